"""The ``split`` pass's guard: only spaces put inside words."""

from __future__ import annotations

from cleaner.guard.compare import GUARD_BLOCK_LINES, differs_only_where, first_difference
from cleaner.textblocks import line_groups


def guard_split(before: str, after: str, **_options: object) -> str | None:
    """Split only inserts spaces inside merged words: the text without spaces is the same.

    Compared a block of lines at a time: with the same lines on both sides, the texts
    without spaces are equal exactly when each pair of blocks cut at the same lines is.

    >>> guard_split("issuedpreviously", "issued previously") is None
    True
    >>> guard_split("issuedpreviously", "issued prev")
    "changed non-whitespace characters near 'issuedpreviously'"
    """
    if before.count("\n") != after.count("\n"):
        return "changed the number of lines"
    if _only_spaces_differ(before, after):
        return None
    for old, new in zip(
        line_groups(before, GUARD_BLOCK_LINES), line_groups(after, GUARD_BLOCK_LINES), strict=True
    ):
        if problem := first_difference(old.replace(" ", ""), new.replace(" ", "")):
            return problem
    return None


def _only_spaces_differ(before: str, after: str) -> bool:
    """Whether the texts differ only in spaces put in or taken out: :func:`guard_split`'s
    verdict, read off at the few places that changed (:func:`differs_only_where`).

    >>> _only_spaces_differ("issuedpreviously", "issued previously")
    True
    >>> _only_spaces_differ("issuedpreviously", "issued prev")
    False
    """
    return differs_only_where(before, after, _past_space)


def _past_space(before: str, after: str, i: int, j: int) -> tuple[int, int] | None:
    """Past a space put in at ``after[j]`` or taken out at ``before[i]``, if that is it."""
    if after[j : j + 1] == " ":
        return i, j + 1
    if before[i : i + 1] == " ":
        return i + 1, j
    return None
