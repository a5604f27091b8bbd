"""English words broken at a line end into a fragment: ``bl-`` + ``uffed``, ``Hallstr-`` +
``öm``, joined though the lexicon rates the joined form below the known-word bar or does
not list it.

The English rule keeps a hyphen unless the joined form is a known word (Zipf 2: compounds
written whole by mistake score lower, ``wellknown`` 1.6). A hyphenated compound's halves are
words (or a combining form the lexicon lists: ``electro``, ``socio``); a word broken at the
line end leaves a half no lexicon lists, and the document does not write it apart.
"""

from __future__ import annotations

from cleaner.lexicon import WordModel
from cleaner.passes.unwrap.hyphens.decision import ENGLISH_INFLECTIONS, KNOWN_WORD_ZIPF
from cleaner.passes.unwrap.names import Context

# A first part no lexicon lists before a common word of this many letters and frequency
# (Zipf) is a rare word or a name in a compound (``Suvórov-like``, ``dentistical-looking``),
# kept where the joined form is unknown too.
COMMON_TAIL_LETTERS = 4
COMMON_TAIL_ZIPF = 3.0
# A tail the lexicon does not list is a fragment whether or not it lists the joined form (a
# word it lacks, broken: ``ma-`` + ``ssebot``, ``mass-`` + ``ebot``), but a known word with an
# ending (``fellow-`` + ``inscrutables``, ``good-`` + ``humoredly``, ``over-`` + ``arboring``:
# the stem, the ending put away, is a known word) or after a capitalized first part at a
# sentence's start (``Wol-`` + ``gensburg``: there a capital says nothing, as in the name
# rules). The benchmark's corruption on four Gutenberg novels (a scratch script, 3 seeds):
# split words kept 275 -> 190, real hyphens dropped 145 -> 146 (``be-twisk``); without the
# endings 176 kept, 149 dropped. The English tuning half's cause table (1,500 documents):
# 20 -> 12 kept.
TAIL_ENDINGS = (*ENGLISH_INFLECTIONS, ("ly", ""), ("ness", ""))


def is_broken_into_fragment(
    prefix: str,
    suffix: str,
    lexicon: WordModel,
    context: Context,
    *,
    compound_first_halves: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``prefix-`` + ``suffix`` is a word broken into a fragment: a first part the
    ``lexicon`` does not list (but before a common word, where it does not list the joined
    form either), or a tail it does not list (where it does not list the joined form either,
    not a known word with an ending, ``good-`` + ``humoredly``, nor after a capital at a
    sentence's start);
    the fragment not written apart in the document (``context.word_count``: the broken
    word's halves count once each). Not after a compound first half
    (``compound_first_halves``: ``self-``, ``half-``), judged apart.

    >>> lexicon = WordModel(dict.fromkeys(["bluffed", "bl", "well", "known", "like"], 4.0))
    >>> is_broken_into_fragment("bl", "uffed", lexicon, Context())
    True
    >>> is_broken_into_fragment("Hallstr", "öm", lexicon, Context())
    True
    >>> is_broken_into_fragment("well", "known", lexicon, Context())
    False
    >>> is_broken_into_fragment("Suvórov", "like", lexicon, Context())
    False
    >>> is_broken_into_fragment("Hallstr", "öm", lexicon, Context(lambda word: 2))
    False
    >>> is_broken_into_fragment("well", "nown", lexicon, Context())
    True
    >>> is_broken_into_fragment("well", "knowns", lexicon, Context())
    False
    """
    first, tail = prefix.lower(), suffix.lower()
    if first in compound_first_halves:
        return False
    joined_known = lexicon.knows(first + tail)
    if not lexicon.knows(first) and context.word_count(first) <= 1:
        common_tail = (
            len(tail) >= COMMON_TAIL_LETTERS and lexicon.frequency(tail) >= COMMON_TAIL_ZIPF
        )
        if joined_known or not common_tail:
            return True
    if lexicon.knows(tail) or context.word_count(tail) > 1:
        return False
    if joined_known:
        return True
    # (A capital at a sentence's start says nothing: ``Wol-`` + ``gensburg`` may be a name's.)
    name_at_start = prefix[:1].isupper() and context.opens_sentence is not False
    return not name_at_start and not is_known_word_with_ending(tail, lexicon)


def is_known_word_with_ending(word: str, lexicon: WordModel) -> bool:
    """Whether ``word``, an ending put away (:data:`TAIL_ENDINGS`), is a known word.

    >>> lexicon = WordModel({"humored": 2.5, "inscrutable": 2.8})
    >>> [is_known_word_with_ending(w, lexicon) for w in ("humoredly", "inscrutables", "ssebot")]
    [True, True, False]
    """
    return any(
        word.endswith(ending)
        and lexicon.frequency(word[: len(word) - len(ending)] + stem_end) >= KNOWN_WORD_ZIPF
        for ending, stem_end in TAIL_ENDINGS
    )
