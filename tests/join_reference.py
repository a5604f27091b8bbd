"""The ``join`` pass's verdict on a pair as first written: the reference for
:func:`cleaner.passes.join.words.pair_verdict`, which drops a pair of words whose joined form is too
rare before looking up its parts. tests/passes/test_join.py checks that both agree.
"""

from __future__ import annotations

from collections import Counter

from cleaner.lexicon import WordModel
from cleaner.passes.join.words import (
    COMMON_PART_ZIPF,
    FRAGMENT_ZIPF,
    LETTERS_JOINED_ZIPF,
    LIGATURES,
    LONE_LETTER_JOINED_ZIPF,
    MIN_SCORE,
    OWN_WORD_JOIN_SCORE,
    WORDS_JOIN_SCORE,
    join_score,
    real_phrases,
    shapes_join,
)


def _joined(
    left: str,
    right: str,
    model: WordModel,
    counts: Counter[str],
    fragments: set[str],
    words: bool = False,
) -> tuple[float, str, str] | None:
    if not shapes_join(left, right):
        return None
    for part in (left, right):
        # A fragment the document uses on its own elsewhere is a word of the document.
        lower = part.lower()
        if len(part) > 1 and counts[lower] > 1 and 0 < model.frequency(lower) < FRAGMENT_ZIPF:
            return None
    score = join_score(left, right, "", model)
    lone = (len(left) == 1 and right not in fragments) or (
        len(right) == 1 and left not in fragments
    )
    if lone and model.frequency((left + right).lower()) < LONE_LETTER_JOINED_ZIPF:
        return None  # "X server", "E as": a lone letter beside a word makes a common word.
    capital_before_word = len(left) == 1 and left.isupper()
    common_word = model.frequency(right.lower()) >= COMMON_PART_ZIPF
    rare_joined = model.frequency((left + right).lower()) < LETTERS_JOINED_ZIPF
    if lone and capital_before_word and common_word and rare_joined:
        return None  # (session 25) "module B and": no "Band".
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
