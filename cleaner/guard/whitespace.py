"""The ``whitespace`` pass's guard: whitespace may change, words may not."""

from __future__ import annotations

import re

from cleaner.guard.compare import differs_only_where, first_difference


def guard_whitespace(before: str, after: str, **_options: object) -> str | None:
    """Whitespace may change, but not vanish between words; every other character stays.

    >>> guard_whitespace("a \\t b\\r\\n", "a b\\n") is None
    True
    >>> guard_whitespace("a b c", "ab c")
    "changed words near 'a b c'"
    """
    if _only_spacing_differs(before, after):
        return None
    # " ".join(text.split()): every whitespace run one space, none at the ends, in C.
    old = " ".join(before.split())
    new = " ".join(after.split())
    return first_difference(old, new, "changed words")


# A run of whitespace, maybe empty (``\s`` is what ``str.split`` cuts at: str.isspace).
SPACING_RE = re.compile(r"\s*")


def _only_spacing_differs(before: str, after: str) -> bool:
    """Whether the texts differ only in their runs of whitespace (none gone between two
    words, none made inside one): :func:`guard_whitespace`'s verdict, read off at the few
    places that changed (:func:`differs_only_where`).

    >>> _only_spacing_differs("a  b \\n\\n\\nc", "a b\\n\\nc\\n")
    True
    >>> _only_spacing_differs("a b", "ab"), _only_spacing_differs("a b", "a c")
    (False, False)
    """
    return differs_only_where(before, after, _past_spacing)


def _past_spacing(before: str, after: str, i: int, j: int) -> tuple[int, int] | None:
    """Past the runs of whitespace that differ at ``before[i]`` and ``after[j]``, if that is
    all that differs there (see :func:`_only_spacing_differs`)."""
    n, m = len(before), len(after)
    # The whitespace run the difference is in (on both sides, from where it starts).
    back = i - _run_start(before, i)
    i, j = i - back, j - back
    end_i, end_j = SPACING_RE.match(before, i).end(), SPACING_RE.match(after, j).end()
    if end_i == i and end_j == j:
        return None  # (not whitespace: a word changed)
    inside = i > 0 and end_i < n and j > 0 and end_j < m  # between two words
    if inside and (end_i == i or end_j == j):
        return None  # (whitespace gone between words, or made inside one)
    if (end_i == n) != (end_j == m) or (end_i < n and before[end_i] != after[end_j]):
        return None  # (a word changed after the whitespace, or one went at the end)
    return end_i, end_j


def _run_start(text: str, index: int) -> int:
    """Where the run of whitespace that ends at ``index`` starts (``index`` if none)."""
    while index and text[index - 1].isspace():
        index -= 1
    return index
