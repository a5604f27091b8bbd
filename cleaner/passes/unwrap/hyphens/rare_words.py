"""English words the lexicon lists but rates rare (Zipf 1 to 2), broken at a line end:
``salin-`` + ``ization``, ``con-`` + ``solate``, ``Manet-`` + ``te``, joined though the English
rule's bar (a known word from Zipf 2) would keep the hyphen.

That bar keeps compounds written whole by mistake (``wellknown`` 1.6, ``highquality`` 1.8):
their halves are words, common ones. A word broken at the line end leaves a tail that is no
known word (``solate`` 1.0, ``liths`` 1.0), or two halves that are no common words
(``volcan-`` + ``ology``), or a suffix no compound ends in (``mild-`` + ``ness``); a broken
name, a first part that is no common word, the tail often being one (``Nether-`` +
``field``, ``Brans-`` + ``field``). Kept: prefixes English writes with a hyphen before
rare words (``pre-`` + ``adamite``, ``anti-`` + ``scorbutic``) and reduplicated pairs of
rare halves, which rhyme or change a vowel (``helter-skelter``, ``hoky-poky``,
``tittle-tattle``); after a compound first half (``self-``, ``part-``), only a suffix or a
tail that is no word is a break (``part-`` + ``ed``, ``all-`` + ``usion``).
"""

from __future__ import annotations

from collections.abc import Callable

from cleaner.passes.unwrap.hyphens.thresholds import KNOWN_WORD_ZIPF, LISTED_ZIPF

# Split words kept, before -> after (session 26; tools/tune_hyphens.py's way by a scratch
# copy: the English tuning half every cut, UD_English-EWT's dev and test sentences and four
# Gutenberg novels one cut a word): tuning half 75 -> 47, EWT 193 -> 167, Pride and Prejudice
# 173 -> 123, A Tale of Two Cities 377 -> 252, Moby-Dick 1,233 -> 873, War and Peace 1,242
# -> 958; real hyphens dropped unchanged but Moby-Dick 354 -> 355 (``Mealy-mouthed``) and War
# and Peace 84 -> 86 (``topsy-turvy``, twice). Without the prefixes, 5 more in Moby-Dick
# (``pre-adamite``, ``anti-scorbutic``, ``post-diluvian``) for 4 split words; without the
# reduplications, 11 more in Moby-Dick and War and Peace.
# A half this frequent (Zipf) is a common word: a compound's half, not a fragment.
COMMON_HALF_ZIPF = 3.0
# Prefixes English writes with a hyphen before a rare word (``pre-adamite``, ``anti-
# scorbutic``, ``post-diluvian``, ``co-``, ``non-``): a tail no known word after one is the
# word's own, not a fragment.
ENGLISH_HYPHEN_PREFIXES = frozenset(
    {"anti", "pre", "post", "non", "co", "multi", "semi", "neo", "pseudo", "pro", "mid", "ex"}
    | {"counter"}
)
# English suffixes, which no compound has for a second word: a joined form the lexicon
# lists, broken before one of these after a stem of MIN_STEM_LETTERS letters or more, is a
# word broken before its ending (``mild-`` + ``ness``, ``dole-`` + ``ful``, ``quak-`` + ``ed``,
# ``hasti-`` + ``er``), whatever the halves' frequencies (the lexicon rates ``ness`` 2.7,
# ``ed`` 4.4: a name). Split words kept, on top of the rule above (tools/tune_hyphens.py's
# way, as above): tuning half 47 -> 46, EWT 167 -> 164, Pride and Prejudice 123 -> 101, A
# Tale of Two Cities 252 -> 195, Moby-Dick 873 -> 690, War and Peace 958 -> 812; real
# hyphens dropped unchanged (with stems of 2 letters, War and Peace's ``oh-ing`` and ``ah-ing``).
ENGLISH_SUFFIXES = frozenset(
    {"ed", "ied", "en", "er", "ers", "ier", "est", "iest", "ies", "ing", "ings", "ly", "ness"}
    | {"ful", "ish", "ment", "ments", "able", "ible", "ity", "ous", "ism", "ist", "ists"}
    | {"ion", "ions", "ation", "ations", "ive"}
)
MIN_STEM_LETTERS = 3
# After a compound first half (``part-``, ``all-``, ``long-``, ``high-``), whose hyphen the
# English rule keeps below a common joined form (Zipf 3.5), a suffix or a tail that is no
# known word is a word broken at the line end all the same (``part-`` + ``ed``, ``High-`` +
# ``ness``, ``all-`` + ``usion``, ``part-`` + ``iality``): compounds on those halves end in
# a word. Not ``-ish``, which English hyphenates after them (``long-ish``, ``forty-ish``).
# Split words rejoined (a scratch copy of tools/tune_hyphens.py: the English tuning half
# every cut, UD_English-EWT dev and test and four Gutenberg novels one cut a word): 44 by
# the suffixes (``part-ed`` 17, ``part-ing`` 9, ``long-ed`` 8, ``High-ness`` 8), 26 by the
# tails (``all-usion``, ``part-iculars``, ``all-uded``, ``long-itude``, ``ill-egitimate``);
# no real hyphen dropped on any of them.
SUFFIXES_AFTER_COMPOUND_HALF = ENGLISH_SUFFIXES - {"ish"}
# A rhyme shares this many last letters (``helter-skelter``); a reduplicated first part has
# at least this many (shorter ones would match too much: ``ba-`` + ``nana``).
RHYME_LETTERS = 3
ENGLISH_VOWELS = frozenset("aeiouy")


def is_rare_word_broken(
    prefix: str,
    suffix: str,
    frequency: Callable[[str], float],
    *,
    compound_first_halves: frozenset[str] = frozenset(),
    word_count: Callable[[str], int] = lambda word: 0,
) -> bool:
    """Whether ``prefix-`` + ``suffix`` is a rare English word broken at the line end: its
    joined form listed (``frequency``, the lexicon's Zipf, at least :data:`LISTED_ZIPF`;
    the caller asks only below the known-word bar), and a tail that is no known word
    (:data:`KNOWN_WORD_ZIPF`), or a first part that is no common word
    (:data:`COMMON_HALF_ZIPF`) before a tail that is none either or after a capital (a
    name), or a tail that is an English suffix (:data:`ENGLISH_SUFFIXES`: ``mild-`` +
    ``ness``); no such rare half written apart in the document (``word_count``: the broken
    word's halves count once each). Lower-case letters after the first (no acronym); not
    after a hyphenated prefix, nor a reduplication; after a compound first half
    (``compound_first_halves``), see :func:`is_broken_after_compound_half`.

    >>> table = {"consolate": 1.0, "con": 4.3, "solate": 1.0, "wellknown": 1.6,
    ...          "well": 6.0, "known": 5.6, "bransfield": 1.4, "field": 5.0,
    ...          "volcanology": 1.9, "volcan": 1.5, "ology": 2.5, "helterskelter": 1.0}
    >>> def zipf(word: str) -> float:
    ...     return table.get(word, 0.0)
    >>> is_rare_word_broken("con", "solate", zipf), is_rare_word_broken("well", "known", zipf)
    (True, False)
    >>> is_rare_word_broken("volcan", "ology", zipf), is_rare_word_broken("Brans", "field", zipf)
    (True, True)
    >>> is_rare_word_broken("brans", "field", zipf), is_rare_word_broken("helter", "skelter", zipf)
    (False, False)
    >>> is_rare_word_broken("con", "solate", zipf, word_count=lambda word: 2)
    False
    >>> table.update(mildness=1.8, mild=4.0, ness=2.7, ohing=1.0, oh=5.0, ing=3.0)
    >>> is_rare_word_broken("mild", "ness", zipf), is_rare_word_broken("oh", "ing", zipf)
    (True, False)
    """
    if not (prefix[1:].islower() and suffix.islower()):
        return False
    first = prefix.lower()
    if first in ENGLISH_HYPHEN_PREFIXES:
        return False
    if frequency(first + suffix) < LISTED_ZIPF or is_reduplication(first, suffix):
        return False
    if first in compound_first_halves:
        return is_broken_after_compound_half(first, suffix, frequency, word_count)
    if suffix in ENGLISH_SUFFIXES and len(first) >= MIN_STEM_LETTERS:
        return True
    head, tail = frequency(first), frequency(suffix)
    rare_head, rare_tail = head < COMMON_HALF_ZIPF, tail < COMMON_HALF_ZIPF
    if not (tail < KNOWN_WORD_ZIPF or (rare_head and (prefix[:1].isupper() or rare_tail))):
        return False
    return not (rare_head and word_count(first) > 1) and not (rare_tail and word_count(suffix) > 1)


def is_broken_after_compound_half(
    first: str, suffix: str, frequency: Callable[[str], float], word_count: Callable[[str], int]
) -> bool:
    """Whether a word is broken after a compound first half (``first``, lower-cased, whose
    joined form with ``suffix`` is too rare for the English rule): before a suffix
    (:data:`SUFFIXES_AFTER_COMPOUND_HALF`, after a stem of :data:`MIN_STEM_LETTERS`
    letters), or before a tail that is no known word, not written apart in the document,
    where the joined form is a known word (:data:`KNOWN_WORD_ZIPF`).

    >>> table = {"parted": 3.4, "ed": 4.8, "allusion": 2.9, "usion": 1.5, "longish": 2.3,
    ...          "ish": 3.7}
    >>> def zipf(word: str) -> float:
    ...     return table.get(word, 0.0)
    >>> is_broken_after_compound_half("part", "ed", zipf, lambda word: 1)
    True
    >>> is_broken_after_compound_half("all", "usion", zipf, lambda word: 1)
    True
    >>> is_broken_after_compound_half("long", "ish", zipf, lambda word: 1)
    False
    >>> is_broken_after_compound_half("well", "known", zipf, lambda word: 1)
    False
    """
    if suffix in SUFFIXES_AFTER_COMPOUND_HALF and len(first) >= MIN_STEM_LETTERS:
        return True
    return (
        frequency(suffix) < KNOWN_WORD_ZIPF
        and frequency(first + suffix) >= KNOWN_WORD_ZIPF
        and word_count(suffix) <= 1
    )


def is_reduplication(first: str, tail: str) -> bool:
    """Whether two lower-case halves make a reduplicated word: they rhyme (the same last
    :data:`RHYME_LETTERS` letters, or all but the first: ``helter-skelter``, ``hoky-poky``)
    or the tail's start is the first part with one vowel changed (``tittle-tattle``,
    ``dilly-dallying``).

    >>> is_reduplication("helter", "skelter"), is_reduplication("hoky", "poky")
    (True, True)
    >>> is_reduplication("dilly", "dallying"), is_reduplication("oro", "genies")
    (True, False)
    >>> is_reduplication("ba", "nana")
    False
    """
    if len(first) < RHYME_LETTERS:
        return False
    if first[-RHYME_LETTERS:] == tail[-RHYME_LETTERS:]:
        return True
    if len(tail) >= len(first) and first[1:] == tail[1 : len(first)]:
        return True
    start = tail[: len(first)]
    if len(start) < len(first):
        return False
    changed = [(a, b) for a, b in zip(first, start, strict=True) if a != b]
    return len(changed) == 1 and changed[0][0] in ENGLISH_VOWELS and changed[0][1] in ENGLISH_VOWELS
