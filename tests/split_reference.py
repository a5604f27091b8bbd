"""The ``split`` pass's candidates as first written, a Python test per run: the reference
for :func:`cleaner.passes.split.candidates.find_candidates`, which makes them by set
operations in C, asks the lexicon of all of them at once, screens capitalised runs with
what the lexicon has parsed, and counts spellings only when a candidate is left.

tests/passes/test_split_candidates.py checks that both give the same candidates.
"""

from __future__ import annotations

from collections import Counter

from cleaner.lexicon import WordModel
from cleaner.passes.split import function_words, names, openers
from cleaner.passes.split.candidates import (
    GRAMMATICAL_ENDINGS,
    MIN_MERGED_LENGTH,
    _name_after_word,
    is_glued_at_block_end,
    long_common_words,
    may_be_merged,
)


def candidates(
    runs: Counter[str], forced: dict[str, tuple[int, ...]], protected: set[str], model: WordModel
) -> set[str]:
    """The candidates ``find_splits`` kept after the lexicon's look-ups (known words gone)."""
    spellings = Counter(map(str.lower, runs))
    found = _candidates(runs, spellings, forced, protected)
    # ``endStart`` that the capital rules split, however often it occurs (session 34).
    found.update(
        r
        for r, count in runs.items()
        if count > 1
        and r[:1].islower()
        and not r.islower()
        and r.lower() not in protected
        and (may_be_merged(r) or _name_after_word(r, runs))
        and is_glued_at_block_end(r, model)
    )
    words = model.zipf
    return {
        r
        for r in found
        if (key := r.lower()) not in words
        or key in forced
        or (key.endswith(GRAMMATICAL_ENDINGS) and _is_grammatical_pair(r, key, model))
    }


def _candidates(
    runs: Counter[str],
    spellings: Counter[str],
    forced: dict[str, tuple[int, ...]],
    protected: set[str],
) -> set[str]:
    once = {run for run, count in runs.items() if count == 1} - long_common_words()
    found = {
        run
        for run in once
        if spellings[key := run.lower()] == 1
        and key not in protected
        and (
            (len(run) >= MIN_MERGED_LENGTH or may_be_merged(run))
            if run.islower()
            else names.may_be_name_before_word(run, runs) or openers.may_open(run)
            if run[0].isupper()
            else may_be_merged(run) or _name_after_word(run, runs)
        )
    }
    found.update(
        w for w in function_words.function_word_pairs() if w in runs and w not in protected
    )
    if forced:
        found.update(run for run in runs if run.lower() in forced)
    return found


def _is_grammatical_pair(run: str, key: str, model: WordModel) -> bool:
    return run.islower() and function_words.grammatical_split(key, model) is not None
