"""How the ``join`` pass judges a pair of tokens by the lexicon: which token is a
fragment of a word, and whether the joined word is far likelier than the two apart.

>>> from cleaner.lexicon import load_model
>>> round(join_score("e", "fforts", "", load_model()), 1) > MIN_SCORE
True
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from cleaner.data import read_data
from cleaner.lexicon import WordModel

# A token rarer than this (Zipf) may be a fragment of a word; a short one (``ly``, ``nd``)
# up to a higher frequency, as the lexicon lists many fragments as words.
FRAGMENT_ZIPF = 2.5
SHORT_FRAGMENT = 3
SHORT_FRAGMENT_ZIPF = 4.0
# Two lowercase letters the document writes only once are a fragment below this frequency
# ("a ny", "a re", "a ll": "ny", "re" and "ll" are words of the lexicon, as "NY", "Re:" and
# "'ll", but seldom a lowercase word of their own); "so", "me", "is" are not.
ONCE_FRAGMENT_ZIPF = 5.5
# A word in capitals broken in two has at least this many letters ("TH E", "F OR"; two
# lone capitals, "B Y", are as likely initials).
CAPITALS_MIN_LENGTH = 3
# Single letters that are words.
LETTER_WORDS = frozenset({"a", "i", "o"})
# The joined word is at least this common.
JOINED_ZIPF = 2.5
# A lone letter joined to a real word makes a word at least this common ("T he" -> "The").
LONE_LETTER_JOINED_ZIPF = 4.0
# A word this common on its own ("and", "he", "any") takes a lone capital before it only
# into a word at least LETTERS_JOINED_ZIPF common ("T he", "M any"; not "B and"),
# as must two lone letters, or one beside a word with a lone letter beyond it ("o f",
# "T he e"; not "C c", "p x", "x and y" as "andy").
COMMON_PART_ZIPF = 5.0
LETTERS_JOINED_ZIPF = 5.5
# log10 of P(joined word) / (P(left) P(right)) must reach this (see :func:`join_score`).
MIN_SCORE = 3.0
# Two tokens that are both words ("wi th", "a ny", "sect ion") join at this score, or at
# the lower one when the document uses the joined word elsewhere (its own vocabulary):
# real phrases score less ("a part" 0.6, "to day" 1.1, "in deed" 2.7, "per cent" 3.7 and
# the older spellings listed in data/join_phrases.txt, never joined).
WORDS_JOIN_SCORE = 4.5
OWN_WORD_JOIN_SCORE = 3.5
# The ligatures an extractor may drop with a space in their place (``classi cation``).
LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")


def is_fragment(word: str, model: WordModel, count: int = 2) -> bool:
    """A token that may be part of a word: a lone letter other than a word, a rare token,
    or two lowercase letters the document writes ``count`` = 1 time only.

    >>> model = WordModel({"the": 7.7, "fforts": 0.0, "a": 7.4, "ny": 4.4})
    >>> [is_fragment(w, model) for w in ("T", "a", "fforts", "the", "NTRODUCTION", "ny")]
    [True, False, True, False, True, False]
    >>> is_fragment("ny", model, 1), is_fragment("NY", model, 1)
    (True, False)
    """
    lower = word.lower()
    if len(word) == 1:
        return lower not in LETTER_WORDS
    if not (word.islower() or word.isupper() or word[1:].islower()):
        return False  # camelCase, McDonald: not the pass's.
    frequency = model.frequency(lower)
    if count == 1 and len(word) == 2 and word.islower() and frequency < ONCE_FRAGMENT_ZIPF:
        return True
    limit = SHORT_FRAGMENT_ZIPF if len(word) <= SHORT_FRAGMENT else FRAGMENT_ZIPF
    return frequency < limit


def pair_verdict(
    left: str,
    right: str,
    model: WordModel,
    counts: Counter[str],
    fragments: set[str],
    words: bool = False,
) -> tuple[float, str, str] | None:
    """The join's score, what goes in place of the space ("" or a ligature) and the joined
    word, or None."""
    if not shapes_join(left, right):
        return None
    if words and model.frequency((left + right).lower()) < JOINED_ZIPF:
        return None  # (join_score's first test: most pairs of words make no word)
    for part in (left, right):
        # A fragment the document uses on its own elsewhere is a word of the document.
        lower = part.lower()
        if len(part) > 1 and counts[lower] > 1 and 0 < model.frequency(lower) < FRAGMENT_ZIPF:
            return None
    score = join_score(left, right, "", model)
    lone = (len(left) == 1 and right not in fragments) or (
        len(right) == 1 and left not in fragments
    )
    if lone and not lone_letter_joins(left, right, model):
        return None
    if words:  # Two words ("wi th", "a ny"): the document's own word needs less.
        own = counts[(left + right).lower()] > 0
        if f"{left} {right}".lower() in real_phrases():
            return None
        if score >= (OWN_WORD_JOIN_SCORE if own else WORDS_JOIN_SCORE):
            return score, "", left + right
        return None
    if score >= MIN_SCORE:
        return score, "", left + right
    scores = {lig: join_score(left, right, lig, model) for lig in LIGATURES}
    fits = [lig for lig, score in scores.items() if score >= MIN_SCORE]
    if len(fits) == 1 and right.islower():
        return scores[fits[0]], fits[0], left + fits[0] + right
    return None


def lone_letter_joins(left: str, right: str, model: WordModel) -> bool:
    """Whether a lone letter and the word beside it make a word common enough: at least
    LONE_LETTER_JOINED_ZIPF ("X server", "E as" make none), and LETTERS_JOINED_ZIPF for a
    capital before a word common on its own (COMMON_PART_ZIPF), as the two apart are then
    a likely phrase: "module B and" (not "Band"); "T he", "M any", "S he" still join.

    >>> from cleaner.lexicon import load_model
    >>> model = load_model()
    >>> [lone_letter_joins(*pair.split(), model) for pair in ("T he", "M any", "B and", "t he")]
    [True, True, False, True]
    """
    joined = model.frequency((left + right).lower())
    if len(left) == 1 and left.isupper() and model.frequency(right.lower()) >= COMMON_PART_ZIPF:
        return joined >= LETTERS_JOINED_ZIPF
    return joined >= LONE_LETTER_JOINED_ZIPF


@cache
def real_phrases() -> frozenset[str]:
    """The two-word phrases never joined (``data/join_phrases.txt``), lowercase.

    >>> "per cent" in real_phrases()
    True
    """
    lines = (line.strip() for line in read_data("join_phrases.txt").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def shapes_join(left: str, right: str) -> bool:
    """Letter cases a broken word shows: ``e fforts``, ``T he``, ``Intro duction``,
    ``I NTRODUCTION``, ``TH E``; never a capitalized second part (``Mac Donald``)."""
    if right.islower():
        return left.islower() or left[1:].islower() or len(left) == 1
    return left.isupper() and right.isupper() and len(left + right) >= CAPITALS_MIN_LENGTH


def join_score(left: str, right: str, middle: str, model: WordModel) -> float:
    """log10 of P(joined word) / (P(left) P(right)), Zipf-based; -inf if not a common word.

    >>> model = WordModel({"a": 7.4, "part": 5.8, "apart": 4.8, "efforts": 4.6})
    >>> round(join_score("a", "part", "", model), 1), join_score("e", "fforts", "", model)
    (0.6, 13.6)
    """
    joined = model.frequency((left + middle + right).lower())
    if joined < JOINED_ZIPF:
        return float("-inf")
    # A lone letter other than a word counts as unknown: "T he" is no phrase.
    parts = [0.0 if len(p) == 1 and p.lower() not in LETTER_WORDS else p for p in (left, right)]
    frequencies = [p if isinstance(p, float) else model.frequency(p.lower()) for p in parts]
    return joined + 9 - sum(frequencies)
