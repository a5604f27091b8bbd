"""The alignment of the passes that remove whole lines (``boilerplate``) or move some
(``pages``): line by line, each removed run of lines one block.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import accumulate, compress, count, islice, pairwise
from operator import ne

from cleaner.align.blocks import Block
from cleaner.align.resync import common_prefix_length
from cleaner.align.walk import align

# The line breaks of ``str.splitlines`` but LF. (Looked for one by one with ``in``, at C
# speed: a pattern's scan tests every character of a text beyond ASCII.)
SPLITLINES_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def align_lines(
    before: str, after: str, fallback: Callable[[str, str], list[Block]] = align
) -> list[Block]:
    """Blocks for a pass that only removes whole lines (``after``'s lines are ``before``'s,
    in order): each removed run of lines is one block. Falls back to ``fallback``
    (:func:`align`).

    Each line of ``after`` is the first line of ``before`` equal to it from where the last
    one was; runs of equal lines are found by comparing slices of the two lists of lines,
    and the next line by ``list.index`` (C loops: a novel's whole text is one kept run).

    >>> [tuple(b) for b in align_lines("a\\nx\\nb\\n", "a\\nb\\n")]
    [(0, 2, 0, 2, True), (2, 4, 2, 2, False), (4, 6, 2, 4, True)]
    """
    if (blocks := _one_run_removed(before, after)) is not None:
        return blocks
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    starts = list(accumulate(map(len, old), initial=0))  # of the lines of ``before``
    blocks: list[Block] = []
    k = t = j = 0  # the next line of ``before``, of ``after``, and where the latter starts
    while t < len(new):
        try:
            found = old.index(new[t], k)
        except ValueError:
            return fallback(before, after)
        if found > k:
            blocks.append(Block(starts[k], starts[found], j, j, False))
        run = _common_line_count(old, found, new, t)  # at least the line found
        i1, i2 = starts[found], starts[found + run]
        blocks.append(Block(i1, i2, j, j + i2 - i1, True))
        k, t, j = found + run, t + run, j + i2 - i1
    if starts[k] < len(before):
        blocks.append(Block(starts[k], len(before), j, j, False))
    return blocks


def _one_run_removed(before: str, after: str) -> list[Block] | None:
    """:func:`align_lines`'s blocks where ``after`` is ``before`` with one run of whole
    lines taken out, found at C speed (a book's boilerplate step: a line or two), else
    None. Its lines match in order up to the first that differs; the next line of
    ``after`` is then found after the run only if no line of the run is that line (else
    None: the line by line search matches it there). Only for a text whose line breaks
    are all LF (``str.splitlines``' lines are then those ending at an LF).

    >>> [tuple(b) for b in _one_run_removed("a\\nx\\nb\\n", "a\\nb\\n")]
    [(0, 2, 0, 2, True), (2, 4, 2, 2, False), (4, 6, 2, 4, True)]
    >>> _one_run_removed("a\\nM\\nL\\nN\\nL\\nq\\n", "a\\nL\\nq\\n")  # (L found in the run)
    """
    if len(after) >= len(before) or any(map(before.__contains__, SPLITLINES_BREAKS)):
        return None
    start = before.rfind("\n", 0, common_prefix_length(before, 0, after, 0)) + 1
    end = start + len(before) - len(after)  # where the run would end
    if before[end - 1] != "\n" or not before.endswith(after[start:]):
        return None
    line_end = after.find("\n", start) + 1  # (the next line of ``after``, if any)
    if line_end and ("\n" + before[start:end]).find("\n" + after[start:line_end]) >= 0:
        return None
    blocks = [Block(0, start, 0, start, True)] if start else []
    blocks.append(Block(start, end, start, start, False))
    if end < len(before):
        blocks.append(Block(end, len(before), start, len(after), True))
    return blocks


def _common_line_count(old: list[str], k: int, new: list[str], t: int) -> int:
    """How many lines ``old[k:]`` and ``new[t:]`` have in common at their start, compared
    one by one in a C loop (a book's text is one run of thousands: compared in slices of
    growing size, as :func:`common_prefix_length` compares texts, each line is compared
    about three times).

    >>> _common_line_count(["a", "b", "c"], 1, ["b", "c", "d"], 0)
    2
    """
    limit = min(len(old) - k, len(new) - t)
    return next(compress(count(), map(ne, islice(old, k, None), islice(new, t, None))), limit)


def align_moved_lines(before: str, after: str) -> list[Block]:
    """The alignment of a pass that removes lines and moves some whole (``pages`` puts a
    footnote after its paragraph): lines matched in order, then each line left over in
    ``after`` matched to the same line left over in ``before``, wherever it was. The
    blocks partition both texts; they are in ``after``'s order, and a moved line's block
    is out of ``before``'s order.

    >>> blocks = align_moved_lines("x\\nN\\ny\\n", "N\\nx\\ny\\n")  # N moved up
    >>> [(b.i1, b.i2, b.j1, b.j2) for b in blocks if b.equal]
    [(2, 3, 0, 1), (0, 1, 2, 3), (4, 6, 4, 6)]
    """
    import difflib

    old, new = before.split("\n"), after.split("\n")
    old_starts, new_starts = _line_starts(old), _line_starts(new)
    pairs: dict[int, int] = {}  # new line -> old line
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for i, j, size in matcher.get_matching_blocks():
        pairs.update((j + k, i + k) for k in range(size))
    left: dict[str, list[int]] = {}
    used = set(pairs.values())
    for i, line in enumerate(old):
        if i not in used and line:
            left.setdefault(line, []).append(i)
    for j, line in enumerate(new):
        if j not in pairs and left.get(line):
            pairs[j] = left[line].pop(0)
    equal = [
        Block(
            old_starts[i],
            old_starts[i] + len(old[i]),
            new_starts[j],
            new_starts[j] + len(new[j]),
            True,
        )
        for j, i in sorted(pairs.items())
        if new[j]
    ]
    return _fill_gaps(before, after, equal)


def _line_starts(lines: list[str]) -> list[int]:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return starts


def _fill_gaps(before: str, after: str, equal: list[Block]) -> list[Block]:
    """``equal`` (kept lines, in ``after``'s order) with the text between them: where two
    blocks follow each other in both texts, what lies between them in each is one block;
    elsewhere what ``after`` has between them is inserted and what ``before`` has deleted."""
    start, end = (
        Block(0, 0, 0, 0, True),
        Block(len(before), len(before), len(after), len(after), True),
    )
    by_new = [start, *equal, end]
    by_old = sorted(by_new, key=lambda block: (block.i1, block.i2))
    next_in_old = {id(a): b for a, b in pairwise(by_old)}
    blocks: list[Block] = []
    paired: set[int] = set()
    for a, b in pairwise(by_new):
        blocks.append(a)
        if next_in_old.get(id(a)) is b:
            paired.add(id(a))
            if a.i2 < b.i1 or a.j2 < b.j1:
                same = before[a.i2 : b.i1] == after[a.j2 : b.j1]
                blocks.append(Block(a.i2, b.i1, a.j2, b.j1, same))
        elif a.j2 < b.j1:
            blocks.append(Block(a.i2, a.i2, a.j2, b.j1, False))
    for a, b in pairwise(by_old):
        if id(a) not in paired and a.i2 < b.i1:
            blocks.append(Block(a.i2, b.i1, a.j2, a.j2, False))
    blocks = [b for b in blocks if b.i1 < b.i2 or b.j1 < b.j2]
    blocks.sort(key=lambda block: (block.j1, block.j2, block.i1))
    merged: list[Block] = []
    for block in blocks:
        last = merged[-1] if merged else None
        if last and last.equal and block.equal and last.i2 == block.i1 and last.j2 == block.j1:
            merged[-1] = Block(last.i1, block.i2, last.j1, block.j2, True)
        else:
            merged.append(block)
    return merged
