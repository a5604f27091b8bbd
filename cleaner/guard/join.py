"""The ``join`` pass's guard: spaces go inside words, and lost ligatures' letters come back."""

from __future__ import annotations

from cleaner.guard.compare import first_difference, is_subsequence


def guard_join(before: str, after: str, **_options: object) -> str | None:
    """The join pass removes spaces inside words, putting a lost ligature back at most: the
    same lines, and the same text without spaces once f, l and i letters are dropped.

    >>> guard_join("e fforts, classi cation", "efforts, classification") is None
    True
    >>> guard_join("e fforts", "e forts")
    "changed non-whitespace characters near 'efforts'"
    """
    if before.count("\n") != after.count("\n"):
        return "changed the number of lines"
    old, new = before.replace(" ", ""), after.replace(" ", "")
    if old == new:
        return None
    if old.translate(FLI_DROPPED) == new.translate(FLI_DROPPED) and is_subsequence(old, new):
        return None  # Only f, l and i letters were added.
    return first_difference(old, new)


# The letters of the ligatures the join pass may rebuild.
FLI_DROPPED = str.maketrans(dict.fromkeys("fli"))
