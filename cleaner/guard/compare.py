"""Comparisons the guards share: texts without whitespace, the first difference, subsequences."""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.align import common_prefix_length

# Any run of whitespace (Unicode-aware): what the whitespace pass may change.
WHITESPACE_RE = re.compile(r"\s+")


# The guards read a huge text a block at a time: of this many characters (cut at a line
# end) or of this many lines.
GUARD_BLOCK_CHARS = 1 << 16


GUARD_BLOCK_LINES = 1 << 14


# How many differences _only_spacing_differs looks at, at most, per this many characters,
# before it leaves the text to the whole comparison (each costs a search in slices).
SPACING_DIFFERENCES = 8


SPACING_DIFFERENCE_CHARS = 250


def differs_only_where(
    before: str, after: str, past: Callable[[str, str, int, int], tuple[int, int] | None]
) -> bool:
    """Whether ``past`` accepts every difference of the texts: the common runs are skipped
    by slice comparisons (C speed), and at each difference ``past`` gives where the texts
    go on, or None. A text with many differences is left to the whole comparison (False:
    not proven), as soon as they are denser than the budget allows up to where the walk is
    (an RFC's spacing changes on every line: the walk would spend its budget to no end)."""
    i = j = 0
    n, m = len(before), len(after)
    budget = SPACING_DIFFERENCES + n // SPACING_DIFFERENCE_CHARS
    for seen in range(budget):
        common = common_prefix_length(before, i, after, j)
        i, j = i + common, j + common
        if i == n and j == m:
            return True
        if seen >= SPACING_DIFFERENCES + i // SPACING_DIFFERENCE_CHARS:
            return False
        step = past(before, after, i, j)
        if step is None:
            return False
        i, j = step
    return False


def without_whitespace(text: str) -> str:
    """``WHITESPACE_RE.sub("", text)``, at twice its speed (``str.split`` cuts at the same
    characters: tests/test_guard.py checks every one).

    >>> without_whitespace(" a\\u3000b\\n\\tc ")
    'abc'
    """
    return "".join(text.split())


def is_subsequence(needle: str, haystack: str) -> bool:
    """True if ``needle``'s characters appear in ``haystack`` in order (extra ones allowed).

    Greedy, each character at its first place from where the last one matched; a run the
    two share is skipped at once (each of its characters would match where it stands).

    >>> is_subsequence("Zoe", "Zoe\u0308"), is_subsequence("ab", "ba")
    (True, False)
    """
    index = position = 0
    while index < len(needle):
        common = common_prefix_length(needle, index, haystack, position)
        index, position = index + common, position + common
        if index == len(needle):
            return True
        position = haystack.find(needle[index], position) + 1
        if not position:
            return False
        index += 1
    return True


def missing_from(needle: str, haystack: str) -> str:
    """``needle`` around the first character ``haystack`` cannot match in order."""
    position = 0
    for index, char in enumerate(needle):
        position = haystack.find(char, position) + 1
        if not position:
            return needle[max(0, index - 10) : index + 20]
    return ""


def first_difference(
    old: str, new: str, what: str = "changed non-whitespace characters"
) -> str | None:
    """None if equal, else a short description with the text around the first difference."""
    if old == new:
        return None
    low, high = 0, min(len(old), len(new))
    while low < high:  # Binary search on slices: C-speed comparisons, even for huge texts.
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    # From the start of the word that differs (at most 10 characters back).
    start = max(old.rfind(" ", 0, low) + 1, low - 10)
    return f"{what} near {excerpt(old[start:] or new[start:])}"


def excerpt(text: str, width: int = 30) -> str:
    return repr(text[:width])
