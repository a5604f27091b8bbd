"""The ``pages`` pass's guard: whole lines go or move, none changes."""

from __future__ import annotations

from collections import Counter

from cleaner.align import common_prefix_length
from cleaner.guard.compare import excerpt


def guard_pages(before: str, after: str, **_options: object) -> str | None:
    """The pages pass removes, and moves, whole lines: every line left is a line of the input.

    >>> guard_pages("Title\\n\\ntext\\n\\n1\\n", "text\\n") is None
    True
    >>> guard_pages("text one\\n", "text\\n")
    "changed or added a line: 'text'"
    """
    old, new = before.split("\n"), after.split("\n")
    if _lines_kept_in_order(old, new):
        return None  # (each line left matched to one of the input, in order: the common case)
    available = Counter(line for line in old if line.strip())
    for line in new:
        if line.strip():
            if not available[line]:
                return f"changed or added a line: {excerpt(line)}"
            available[line] -= 1
    return None


def _lines_kept_in_order(old: list[str], new: list[str]) -> bool:
    """Whether the non-blank lines of ``new`` are lines of ``old`` in the same order (then
    each is matched to a line of its own there): runs of equal lines are skipped by slice
    comparisons, and each other line found with ``list.index``. False: not proven.

    >>> _lines_kept_in_order(["h", "a", "", "1", "b"], ["a", "b", " "])
    True
    >>> _lines_kept_in_order(["a", "b"], ["b", "a"]), _lines_kept_in_order(["a"], ["a", "a"])
    (False, False)
    """
    i = j = 0
    while True:
        common = common_prefix_length(old, i, new, j)
        i, j = i + common, j + common
        if j == len(new):
            return True
        if not new[j].strip():
            j += 1  # (a blank line needs no match)
            continue
        try:
            i = old.index(new[j], i) + 1
        except ValueError:
            return False
        j += 1
