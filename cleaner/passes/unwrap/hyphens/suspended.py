"""Suspended hyphens (``Druck- und Verlagswesen``, ``in- och export``): a line-end hyphen
before a conjunction keeps its hyphen and the space after it."""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.passes.unwrap.hyphens.thresholds import KNOWN_WORD_ZIPF

# Conjunctions after a suspended hyphen (``Druck- und Verlagswesen``, ``in- och export``):
# the hyphen stays and so does the space before the conjunction.
SUSPENDED_HYPHEN_WORDS = {
    "de": frozenset({"und", "oder", "bzw", "sowie"}),
    "fr": frozenset({"et", "ou"}),
    "es": frozenset({"y", "e", "o", "u"}),
    "it": frozenset({"e", "ed", "o"}),
    "pt": frozenset({"e", "ou"}),
    "nl": frozenset({"en", "of"}),
    "pl": frozenset({"i", "lub", "oraz", "czy"}),
    "ru": frozenset({"и", "или"}),
    "sv": frozenset({"och", "eller"}),
}
# A conjunction this short is a common ending too (Dutch's plural ``-en``): before it a
# suspended hyphen follows a word (see keeps_suspended_hyphen). On the tuning treebanks and the
# benchmark's tuning half (tools/tune_hyphens.py nl, also --confirm, --tuning-half) split
# words rejoined went from 99.69 to 99.84%, 99.59 to 99.78 and 99.59 to 99.69; of 35 real
# suspended hyphens before ``en`` there, one follows no word (``Grotesteden-``). Before
# longer conjunctions (``och``, ``und``) the rule would save no split word and lose 4 real
# ones (``ränte-``, ``pivottabell-``). It holds for every language's short conjunctions
# (``et``, ``ou``, ``e``): Portuguese split words rejoined 99.38 -> 99.40% on the tuning
# half, 99.23 -> 99.24% on Bosque (--confirm), the others and the benchmark unchanged.
MAX_ENDING_LENGTH = 2
# ...and the word after it is as long as a compound, where the tail's line shows it: of 33
# real suspended hyphens before Dutch ``en`` or ``of`` on the tuning half and LassySmall 30
# stand before a word of this many letters (``taalstoornissen``), of 23 words ending in
# ``en`` after a word of the table, their joined form unknown (``boekwerk-`` + ``en``), 3.
MIN_SUSPENDED_NEXT = 7
# A conjunction goes on to the second word (on its line or the next), never straight to
# punctuation: a short one so followed is a word's ending (``taalgebied-`` + ``en: het``,
# ``Screening-`` + ``en'.``). Split words kept on LassySmall 24 -> 21, on the Dutch tuning
# half (every cut) 30 -> 29; no real hyphen dropped, and no other language's tuning half,
# nor Talbanken, moved (tools/tune_hyphens.py).
# In a language that writes compounds closed, a suspended hyphen is also told by the word
# after the conjunction: it ends in a word of this many letters or more (its tail) that
# makes a known word with the first part (``zorg-`` + ``en hulpverlening``: ``zorgverlening``).
# Then the hyphen is kept though the first part and the conjunction make a word too
# (``zorgen``, ``landen``, ``open``: joined before). On the benchmark's tuning half and
# LassySmall, of 33 real suspended hyphens before ``en`` or ``of`` the tail tells 10, and of
# 2,913 words ending in ``en`` or ``of`` cut before it none (with 4 letters, 5 such words:
# ``ge-`` + ``en landelijk``, ``gelijk``); Swedish (tuning half and Talbanken) 8 of 34 and
# none of 2, German (tuning half) 2 of 6 and none of 9. Not in the other languages: their
# hyphens are seldom suspended, and there a shorter conjunction ends many words (``com-`` +
# ``e divertimento``, ``commento``).
MIN_SHARED_TAIL = 5
# The word after a conjunction (``after`` begins with the space after it).
TAIL_WORD_RE = re.compile(r"\s+([^\W\d_]+)")


def keeps_suspended_hyphen(
    prefix: str, suffix: str, language: str, frequency: Callable[[str], float], after: str = ""
) -> bool:
    """A suspended hyphen before a conjunction (:func:`is_suspended_hyphen`). Where the
    conjunction is as short as a common ending (:data:`MAX_ENDING_LENGTH`: Dutch ``en``),
    the part before it must be a word of the table, or one with a linking ``s``
    (``Spraak-`` + ``en taalstoornissen``, ``gezondheids-``), not the fragment of a word
    broken before its ending (``ombouwkost-`` + ``en``); and the word after the conjunction
    (``after``: the text after it on its line), if any, must be as long as a compound
    (:data:`MIN_SUSPENDED_NEXT`), not a short word after a plural (``boekwerk-`` + ``en
    van``), nor punctuation.

    >>> table = {"spraak": 3.4, "gezondheid": 4.5, "boekwerk": 2.5}
    >>> def zipf(word: str) -> float:
    ...     return table.get(word, 0.0)
    >>> keeps_suspended_hyphen("Spraak", "en", "nl", zipf)
    True
    >>> keeps_suspended_hyphen("gezondheids", "en", "nl", zipf)
    True
    >>> keeps_suspended_hyphen("ombouwkost", "en", "nl", zipf)
    False
    >>> keeps_suspended_hyphen("ränte", "och", "sv", zipf)
    True
    >>> keeps_suspended_hyphen("boekwerk", "en", "nl", zipf, " van de")
    False
    >>> keeps_suspended_hyphen("Spraak", "en", "nl", zipf, " taalstoornissen")
    True
    >>> keeps_suspended_hyphen("Spraak", "en", "nl", zipf, ": het")
    False
    >>> keeps_suspended_hyphen("Spraak", "en", "nl", zipf, "")
    True
    """
    if not is_suspended_hyphen(suffix, language):
        return False
    if len(suffix) > MAX_ENDING_LENGTH:
        return True
    if after[:1] and not after[:1].isspace():
        return False  # Punctuation right after: an ending (``taalgebied-`` + ``en:``).
    word = prefix.lower()
    stem = word[:-1] if word.endswith("s") else word
    following = TAIL_WORD_RE.match(after)
    if following is not None and len(following.group(1)) < MIN_SUSPENDED_NEXT:
        return False
    return max(frequency(word), frequency(stem)) >= KNOWN_WORD_ZIPF


def shares_tail_with_next_word(
    prefix: str, suffix: str, language: str, after: str, frequency: Callable[[str], float]
) -> bool:
    """A suspended hyphen before a conjunction (:func:`is_suspended_hyphen`) told by the word
    after it (``after``: the text after the conjunction): that word ends in a known word of
    :data:`MIN_SHARED_TAIL` letters or more which makes a known word with ``prefix`` too.

    >>> table = {"zorgverlening": 2.7, "verlening": 3.5, "zorgen": 5.5}
    >>> def zipf(word: str) -> float:
    ...     return table.get(word, 0.0)
    >>> shares_tail_with_next_word("zorg", "en", "nl", " hulpverlening voor", zipf)
    True
    >>> shares_tail_with_next_word("zorg", "en", "nl", " voor de hulpverlening", zipf)
    False
    """
    if not is_suspended_hyphen(suffix, language):
        return False
    word = TAIL_WORD_RE.match(after)
    if word is None:
        return False
    following, first = word.group(1).lower(), prefix.lower()
    return any(
        frequency(following[start:]) >= KNOWN_WORD_ZIPF
        and frequency(first + following[start:]) >= KNOWN_WORD_ZIPF
        for start in range(1, len(following) - MIN_SHARED_TAIL + 1)
    )


def is_suspended_hyphen(suffix: str, language: str) -> bool:
    """Whether a kept line-end hyphen before ``suffix`` is a suspended hyphen before a
    conjunction of ``language``: joined with a space (``Druck- und``).

    >>> is_suspended_hyphen("und", "de"), is_suspended_hyphen("und", "en")
    (True, False)
    """
    return suffix.lower() in SUSPENDED_HYPHEN_WORDS.get(language, ())
