"""The walk that aligns any two texts: copy the common run, and where they differ,
resynchronise at the nearest place where the next few characters agree again (found with
``str.find``, at C speed); a run of lines whose breaks became spaces (``unwrap``'s joins)
in one tight loop, and a short difference aligned exactly inside (difflib).
"""

from __future__ import annotations

from cleaner.align.blocks import Block, JoinedRun, fast_block, slide_left
from cleaner.align.joins import _joined_lines, _joined_run, _paragraph_moved_word
from cleaner.align.refine import MAX_REFINE, _moved_whole_word, _refine
from cleaner.align.resync import common_prefix_length, one_replaced, resync

# How many lines _common_run compares whole before it compares the rest in halves.
RUN_LINES = 4


def align(before: str, after: str) -> list[Block]:
    """Blocks covering both texts in order, alternating kept text and changes.

    >>> [tuple(b) for b in align("a  b\\r\\n", "a b\\n")]
    [(0, 1, 0, 1, True), (1, 2, 1, 1, False), (2, 4, 1, 3, True), (4, 5, 3, 3, False), \
(5, 6, 3, 4, True)]
    """
    return _walk(before, after, compact=False)  # type: ignore[return-value]


def align_compact(before: str, after: str) -> list[Block | JoinedRun]:
    """:func:`align`'s blocks, each run of joined lines as one :class:`JoinedRun` (found
    at C speed where it can be: a paragraph's lines, not a Python step per line); the
    same blocks once the runs are expanded (:func:`expanded`).

    >>> before, after = "ab\\ncdefghijkl\\nmnopqrstuvw", "ab cdefghijkl mnopqrstuvw"
    >>> [tuple(x) for x in align_compact(before, after)]
    [(0, 2, 0, 2, True), (2, 3, 2, 3, False), (3, 14, 3, 14, [13]), (14, 25, 14, 25, True)]
    """
    return _walk(before, after, compact=True)


def _walk(before: str, after: str, *, compact: bool) -> list:
    """The walk of :func:`align` (``compact``: of :func:`align_compact`)."""
    blocks: list = []
    joined: list[tuple[int, int]] = []  # runs of blocks made by _joined_lines
    yields = [0, 0]  # (see _joined_run)
    i = j = 0
    n, m = len(before), len(after)
    while i < n or j < m:
        if i < n and j < m and (k := _common_run(before, i, after, j)):
            blocks.append(fast_block((i, i + k, j, j + k, True)))
            i, j = i + k, j + k
            if i == n and j == m:
                break
        # A difference at i, j: the common run, if any, ends here (it is the longest).
        if i < n and j < m and one_replaced(before, i, after, j, n, m):
            blocks.append(fast_block((i, i + 1, j, j + 1, False)))  # _resync's first answer
            i, j = i + 1, j + 1
            if before[i - 1] == "\n":
                first = len(blocks)
                i, j = _joined(before, i, after, j, blocks, yields, compact)
                # A paragraph's first word moved onto the line before: its blocks made
                # directly, and the joins after it as after any other line joined.
                while (word := _paragraph_moved_word(before, i, after, j)) is not None:
                    blocks += word
                    i, j = _joined(before, word[-1].i2, after, word[-1].j2, blocks, yields, compact)
                joined.append((first, len(blocks)))
            continue
        found, di, dj = resynced(before, i, after, j)
        blocks += found
        i, j = i + di, j + dj
    if not joined:
        return slide_left(before, after, blocks)
    # Nothing slides into or out of a run of joined lines (it starts after a replacement
    # and ends with one, and a replacement never slides): only the blocks between runs.
    slid, start = [], 0
    for first, last in joined:
        slid += slide_left(before, after, blocks[start:first])
        slid += blocks[first:last]
        start = last
    return slid + slide_left(before, after, blocks[start:])


def resynced(before: str, i: int, after: str, j: int) -> tuple[list[Block], int, int]:
    """The walk's blocks for the difference at ``before[i]``, ``after[j]`` that is not one
    character for another (:func:`one_replaced`), and its extent ``(di, dj)``: one change,
    or a word moved, or a short one aligned exactly inside (difflib).

    >>> resynced("a \\tb", 1, "a b", 1)  # (" \\t" for " ": the space kept)
    ([Block(i1=1, i2=2, j1=1, j2=2, equal=True), Block(i1=2, i2=3, j1=2, j2=2, equal=False)], 2, 1)
    """
    di, dj = resync(before, i, after, j)
    return difference_blocks(before, i, di, after, j, dj), di, dj


def difference_blocks(before: str, i: int, di: int, after: str, j: int, dj: int) -> list[Block]:
    """:func:`resynced`'s blocks for the difference ``before[i:i + di]``,
    ``after[j:j + dj]`` that :func:`resync` found.

    >>> [tuple(b) for b in difference_blocks("a \\tb", 1, 2, "a b", 1, 1)]
    [(1, 2, 1, 2, True), (2, 3, 2, 2, False)]
    """
    if dj - di == 1 and (word := _moved_whole_word(before, i, di, after, j)) is not None:
        return word
    if di and dj and di + dj > 2 and di + dj <= MAX_REFINE:
        return _refine(before, i, i + di, after, j, j + dj)
    return [fast_block((i, i + di, j, j + dj, False))]


def _joined(
    a: str, i: int, b: str, j: int, blocks: list, yields: list[int], compact: bool
) -> tuple[int, int]:
    """The joins of the walk from ``a[i]``, ``b[j]`` on (after a line break it replaced
    by a character), added to ``blocks`` (``compact``: as one :class:`JoinedRun`, else
    as :func:`_joined_lines` makes them); returns where the walk goes on."""
    if not compact:
        return _joined_lines(a, i, b, j, blocks)
    start, start_j = i, j
    i, j, breaks = _joined_run(a, i, b, j, yields)
    if breaks:
        blocks.append(JoinedRun(start, i, start_j, j, breaks))
    return i, j


def _common_run(a: str, i: int, b: str, j: int) -> int:
    """:func:`common_prefix_length`, first tried to the end of ``a``'s line, then to its
    last character: most passes change lines at their ends (a join, a removed line, a
    hyphen joined), so one or two comparisons find most runs.

    >>> _common_run("ab\\ncd", 0, "ab cd", 0), _common_run("inter-\\nnal", 0, "internal", 0)
    (2, 5)

    A kept line break goes on to the next line the same way, for a few lines (a
    paragraph's end, a blank line, the next paragraph's first line joined), before
    :func:`common_prefix_length` takes the rest:

    >>> _common_run("end.\\n\\nNew\\nline", 0, "end.\\n\\nNew line", 0)
    9
    """
    k = 0  # the run so far: whole lines with their line breaks
    for _ in range(RUN_LINES):
        end = a.find("\n", i + k)
        if end < 0:
            break
        length = end - i - k
        if a[i + k : end] != b[j + k : j + k + length]:
            if length and a[i + k : end - 1] == b[j + k : j + k + length - 1]:
                return k + length - 1  # all but the last: that one differs
            break
        k += length
        if b[j + k : j + k + 1] != "\n":  # the line break changed (a join): the run ends
            return k
        k += 1
    return k + common_prefix_length(a, i + k, b, j + k)
