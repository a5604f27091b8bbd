"""Whether a document the ``split`` pass reads is probably clean, and which of its splits
such a document keeps: a verdict on the splits found (asked once a document, after them).

A document glued by an extractor holds its merges at every tag end (one every few hundred
words); clean text holds none, so what the pass finds there is a word of the text
(``sidegate``, ``boatheader``, ``stockgrowing``, ``electronvolts``). Where fewer splits
are found than one per :data:`CLEAN_WORDS_PER_SPLIT` words, the document's own rate of
merges says it is clean, and two content words glued in the shape of a closed compound (no
function word, all lowercase, short, no past form or adverb) stay whole, as they do in
technical text: a compound there is likelier than a merge. A function word, a capital
(``countryand``, ``byStatista``), a long token (``assaultweapons``), a past form or an
adverb (``issuedpreviously``, ``sackedlast``) is a merge's own mark and splits in any text.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaner.lexicon import WordModel
from cleaner.passes.split.compounds import may_be_compound
from cleaner.passes.split.pairs import is_function_word, is_short_content_pair

# Fewer splits found than one per this many words: the document is probably clean. Text
# glued by extractors has one every 80 to 400 words where two content words are glued
# (``locatednear``: one in 301 words; ``sackedlast``: one in 384); the clean novels,
# PLOS papers and documentation of the tuning corpora, one in 1,600 to 12,600.
CLEAN_WORDS_PER_SPLIT = 1000


# A probably clean document this long (in words) is an edited book, or as long as one:
# the rate of its splits is then sure evidence (an extractor's merges, one in 80 to 400
# words, would be 60 or more), and every closed token there is the author's word
# (Joyce's ``carriagewindow``, Milton's ``asphaltus``, Chaucer's ``Aprilis``) unless the
# book writes its parts apart elsewhere too (``thefollowing`` beside ``the following``),
# or its splits are mostly such pairs, lost spaces (:func:`are_lost_spaces`). Longer than
# the papers and documentation of the tuning corpora (the longest PLOS paper: 25,289 words,
# whose lost spaces ``glucosemetabolism`` and ``anaccumulation`` it never writes apart).
BOOK_WORDS = 30_000
# A book whose splits are mostly its author's words splits only a pair it writes apart this
# many times or more: an author may write a word both ways once (Ulysses' ``piledup`` beside
# one ``piled up``, Paradise Lost's ``whereso``), common pairs recur (``the following``: 8
# times in the Canterbury Tales; ``as saith``: 18).
AUTHOR_BOOK_APART_TIMES = 2
# Characters counted at a time: the count stops once the words needed are found.
COUNTED_CHARS = 1 << 16


def is_probably_clean(text: str, splits: int) -> bool:
    """Whether ``text``, in which ``splits`` splits were found, has fewer than one per
    :data:`CLEAN_WORDS_PER_SPLIT` words, counted by the spaces and line breaks between
    them, a block at a time up to the number needed (on War and Peace, 3.2 MB, which the
    pass reads in about 300 ms: ``text.split()`` 173 ms, both counts of the whole 23 ms).

    >>> novel = "They came by a sidegate. " + "The day was fine. " * 500
    >>> is_probably_clean(novel, 1), is_probably_clean(novel, 3), is_probably_clean(novel[:300], 1)
    (True, False, False)
    """
    return _has_more_words(text, splits * CLEAN_WORDS_PER_SPLIT)


def is_clean_book(text: str, splits: int) -> bool:
    """Whether ``text``, in which ``splits`` splits were found, is a clean book: probably
    clean (:func:`is_probably_clean`) and at least :data:`BOOK_WORDS` words long.

    >>> book = "They came by a carriagewindow. " + "The day was fine. " * 8000
    >>> is_clean_book(book, 1), is_clean_book(book, 40), is_clean_book(book[:50_000], 1)
    (True, False, False)
    """
    return _has_more_words(text, max(splits * CLEAN_WORDS_PER_SPLIT, BOOK_WORDS))


def are_lost_spaces(written_apart: int, splits: int) -> bool:
    """Whether a clean book's ``splits`` are mostly lost spaces: more than half of them
    (``written_apart``) of two words the book writes apart elsewhere too. Spaces lost at
    random fall between words in a row, whose pairs a book repeats (``in whom``, ``or
    rather``: three in four of those split in novels glued one pair in 2,000); an author's
    closed words are pairs it seldom writes apart (Ulysses: 20 of 137, the Canterbury
    Tales 2 of 27, Paradise Lost 1 of 9).

    >>> are_lost_spaces(3, 4), are_lost_spaces(2, 4), are_lost_spaces(20, 137)
    (True, False, False)
    """
    return written_apart * 2 > splits


def _has_more_words(text: str, needed: int) -> bool:
    """Whether ``text`` has more than ``needed`` spaces and line breaks, counted a block
    at a time until that many are found."""
    gaps = 0
    for start in range(0, len(text), COUNTED_CHARS):
        end = start + COUNTED_CHARS
        gaps += text.count(" ", start, end) + text.count("\n", start, end)
        if gaps > needed:
            return True
    return False


def is_compound_shaped(parts: Sequence[str], model: WordModel) -> bool:
    """Whether ``parts`` are two lowercase content words (neither a function word) shaped
    as a closed compound: shorter than technical text's compounds, and neither a past form
    nor an adverb (:func:`compounds.may_be_compound`, :func:`pairs.is_short_content_pair`:
    ``boatheader``, ``electronvolts``; ``sackedlast`` and ``assaultweapons`` are phrases).

    >>> model = WordModel({"side": 5.5, "gate": 4.5, "and": 7.4, "after": 6.3, "sack": 3.5})
    >>> is_compound_shaped(("side", "gate"), model), is_compound_shaped(("and", "after"), model)
    (True, False)
    >>> is_compound_shaped(("sacked", "last"), model)
    False
    >>> is_compound_shaped(("assault", "weapons"), model)
    False
    >>> is_compound_shaped(("business", "I"), model)
    False
    """
    return (
        len(parts) == 2
        and all(part.islower() for part in parts)
        and not any(is_function_word(part, model.frequency(part)) for part in parts)
        and may_be_compound(*parts, model)
        and is_short_content_pair(*parts, model)
    )


# The endings of old verse's forms of a listed word that read as a function word after
# another word: a noun's plural in ``-as`` (``avataras``, of ``avatara``) and the old
# spelling ``-all`` of an adjective in ``-al`` (``hepaticall``).
VERSE_FORM_ENDINGS = frozenset({"as", "all"})
# The shortest word before such an ending: ``avatar`` (``human as`` is a phrase, though
# ``humana`` is listed).
VERSE_FORM_MIN_STEM_CHARS = 6


def is_verse_form(parts: Sequence[str], model: WordModel) -> bool:
    """Whether ``parts`` read as a form of a listed word that verse writes: a content word
    and ``as`` or ``all`` whose first letter with it makes a listed word (``avatar`` +
    ``as``: ``avatara``'s plural; ``impediment`` + ``as``: ``impedimenta``'s): what a
    probably clean document keeps whole when it is archaic verse
    (:func:`register.is_archaic_verse`).

    >>> model = WordModel({"avatar": 3.7, "avatara": 1.5, "as": 7.0, "sharp": 4.0, "a": 7.4})
    >>> is_verse_form(("avatar", "as"), model), is_verse_form(("sharp", "as"), model)
    (True, False)
    """
    if len(parts) != 2 or not all(part.islower() for part in parts):
        return False
    left, right = parts
    return (
        right in VERSE_FORM_ENDINGS
        and len(left) >= VERSE_FORM_MIN_STEM_CHARS
        and model.knows(left + right[:-1])
    )
