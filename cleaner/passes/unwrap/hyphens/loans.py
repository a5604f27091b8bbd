"""English loans in a compound of a language that writes compounds closed (Dutch,
Swedish, German): the hyphen between two English words stays (``science-fictionfilm``,
``singer-songwriter``, ``Select-tariff``), as those languages write a compound of
unadapted English words, while a word broken at a line end seldom leaves an English word
on each side that the language itself writes far less often.
"""

from __future__ import annotations

from collections.abc import Callable

# A part is an English word when cleaner's English lexicon rates it at least this (Zipf)...
LOAN_ZIPF = 3.5
# ...and at least this much above the language's own table (``science`` 5.1 in English,
# 4.1 in Swedish; a native word English shares, ``hand``, ``film``, rates alike in both).
LOAN_GAP = 0.8
# Each English word has at least this many letters (the one after the hyphen may open a
# longer part: ``fiction`` in ``fictionantologin``): shorter ones are a native word's
# syllables (``be-`` + ``windsvrouw``, ``pre-`` + ``stationslöner``, ``pens-`` +
# ``ionsberättigade``).
MIN_LOAN_LENGTH = 5


def is_english_loan_pair(
    prefix: str, suffix: str, frequency: Callable[[str], float], english: Callable[[str], float]
) -> bool:
    """Whether ``prefix`` is an English loan and ``suffix`` opens with one (``frequency``:
    the language's table; ``english``: the English lexicon's, both Zipf of a lower-case word).

    >>> sv = {"science": 4.1, "fiction": 3.6, "mind": 3.8, "rest": 4.1}.get
    >>> en = {"science": 5.1, "fiction": 4.4, "mind": 5.4, "rest": 5.2, "re": 3.0}.get
    >>> is_english_loan_pair("science", "fictionfilm", lambda w: sv(w, 0.0), lambda w: en(w, 0.0))
    True
    >>> is_english_loan_pair("mind", "re", lambda w: sv(w, 0.0), lambda w: en(w, 0.0))
    False
    """
    if len(prefix) < MIN_LOAN_LENGTH or not _is_loan(prefix.lower(), frequency, english):
        return False
    return any(
        _is_loan(suffix[:end].lower(), frequency, english)
        for end in range(len(suffix), MIN_LOAN_LENGTH - 1, -1)
    )


def _is_loan(word: str, frequency: Callable[[str], float], english: Callable[[str], float]) -> bool:
    """Whether English rates ``word`` common and far above the language's own table."""
    rated = english(word)
    return rated >= LOAN_ZIPF and rated - frequency(word) >= LOAN_GAP
