"""The alignment of a ``whitespace`` step read off its runs of whitespace: every change it
makes shortens one (a run collapsed to a space, a line's end stripped, blank lines taken
out) or puts one blank for another. Where each such change is at least ``PROBE``
characters from the next, they are what the walk (:mod:`.walk`) finds: it resynchronises
on the ``PROBE`` characters after a change, places a deletion after the longest common
run and slides it left at the end, as done here. The kept text between two changes is
skipped at C speed (:func:`common_prefix_length`), where the walk steps through each
line a change ends on; a text whose blank lines went is not walked whole.
"""

from __future__ import annotations

from cleaner.align.blocks import Block, slide_left, with_kept_text
from cleaner.align.resync import (
    PROBE,
    SMALL_EDIT,
    _moved_word,
    common_prefix_length,
    one_replaced,
)
from cleaner.align.walk import resynced


def align_respaced(before: str, after: str) -> list[Block] | None:
    """The walk's blocks (:func:`cleaner.align.align`) for a ``whitespace`` step, read off
    its :func:`respaced_changes`; None where those are not the walk's.

    >>> [tuple(b) for b in align_respaced("a  \\n \\n\\n\\nb\\n", "a\\n\\nb\\n")]
    [(0, 1, 0, 1, True), (1, 6, 1, 1, False), (6, 10, 1, 5, True)]
    """
    changes = respaced_changes(before, after)
    if changes is None:
        return None
    return slide_left(before, after, with_kept_text(changes, len(before), len(after)))


def respaced_changes(old: str, new: str) -> list[tuple[int, int, int, int]] | None:
    """The walk's changes that made ``new`` of ``old`` (:func:`cleaner.align.align`'s, a
    deletion as far right as it goes: the walk slides it left afterwards). At each
    difference, a few blanks taken out are read off (:func:`_blanks_taken_out`) when the
    next difference is ``PROBE`` characters or more away; else the change is found as the
    walk finds it (:func:`one_replaced`, :func:`resynced`). The kept text between two is
    skipped at once (:func:`common_prefix_length`). None where the walk would read a line
    break replaced by a character (a join: not a ``whitespace`` step's change).

    >>> respaced_changes("Then  words and then.\\xa0 More  ", "Then words and then. More")
    [(5, 6, 5, 5), (21, 22, 20, 20), (27, 29, 25, 25)]
    >>> respaced_changes("a  b  c", "a b c")  # (two changes too near: the walk reads them)
    [(2, 3, 2, 2), (4, 5, 3, 3)]
    """
    changes: list[tuple[int, int, int, int]] = []
    n, m = len(old), len(new)
    i = j = 0
    read = False  # whether the last change was read off (not the walk's own)
    while True:
        same = common_prefix_length(old, i, new, j)
        i, j = i + same, j + same
        if i == n and j == m:
            return changes
        if read and i - changes[-1][1] < PROBE:  # (the walk resynchronised elsewhere)
            i, _, j, _ = changes.pop()
        elif size := _blanks_taken_out(old, i, new, j):
            changes.append((i, i + size, j, j))
            i, read = i + size, True
            continue
        read = False
        if i < n and j < m and one_replaced(old, i, new, j, n, m):
            if old[i] == "\n":
                return None
            changes.append((i, i + 1, j, j + 1))
            i, j = i + 1, j + 1
            continue
        found, di, dj = resynced(old, i, new, j)
        changes += [block[:4] for block in found if not block[4]]
        i, j = i + di, j + dj


def _blanks_taken_out(old: str, i: int, new: str, j: int) -> int:
    """How many characters the walk takes out at the difference at ``old[i]``, ``new[j]``,
    if the texts agree for ``PROBE`` characters after them, when that is sure: at most
    ``SMALL_EDIT`` blanks (``str.isspace``) of a run of ``old``, the rest of the run kept
    (``new``'s run there), none of them among ``new``'s characters at the place of each
    and the next; else 0 (not known).

    The walk's cheapest change there is then the only one: any other takes out fewer of
    them (leaving one against one of those characters: the walk rejects it on its first
    character) or puts in at least as many (no cheaper); and neither a character for
    another (:func:`one_replaced`) nor a word moved onto the line before fits.

    >>> _blanks_taken_out("a  word", 2, "a word", 2), _blanks_taken_out("a\xa0 b", 1, "a b", 1)
    (1, 1)
    >>> _blanks_taken_out("a  b c", 2, "a b c", 2)  # (a space out, against the next one)
    0
    """
    run, kept = _blanks(old, i), _blanks(new, j)
    size = run - kept
    if not 0 < size <= SMALL_EDIT or old[i + size : i + run] != new[j : j + kept]:
        return 0
    if not set(old[i : i + size]).isdisjoint(new[j : j + size + 1]):
        return 0
    if new[j : j + 1] == "\n" and _moved_word(old, i, new, j) is not None:
        return 0
    return size


def _blanks(text: str, start: int) -> int:
    """How many blanks (``str.isspace``) ``text`` holds from ``start`` on."""
    end = start
    while end < len(text) and text[end].isspace():
        end += 1
    return end - start
