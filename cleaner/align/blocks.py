"""The alignment's blocks: kept text and changes (:class:`Block`), a run of joined lines
held as one (:class:`JoinedRun`), and the last touch of every walk, insertions and
deletions slid left (:func:`slide_left`).
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple


class Block(NamedTuple):
    """``before[i1:i2]`` became ``after[j1:j2]``; ``equal`` when they are the same text."""

    i1: int
    i2: int
    j1: int
    j2: int
    equal: bool


# ``Block(*fields)`` without the Python frame of a named tuple's ``__new__`` (hot loops).
fast_block = partial(tuple.__new__, Block)


class JoinedRun(NamedTuple):
    """Lines ``before[i1:i2]`` kept whole, each line break at ``breaks`` replaced by one
    other character (``after[j1:j2]``, the same length): what :func:`_joined_lines` would
    make a kept block and a one-character change of, line by line."""

    i1: int
    i2: int
    j1: int
    j2: int
    breaks: list[int]


def expanded(parts: list[Block | JoinedRun]) -> list[Block]:
    """The blocks of :func:`align_compact`'s parts: each run's kept lines and breaks."""
    blocks: list[Block] = []
    for part in parts:
        if type(part) is not JoinedRun:
            blocks.append(part)  # type: ignore[arg-type]
            continue
        start, shift = part.i1, part.j1 - part.i1
        for end in part.breaks:
            blocks.append(fast_block((start, end, start + shift, end + shift, True)))
            blocks.append(fast_block((end, end + 1, end + shift, end + 1 + shift, False)))
            start = end + 1
    return blocks


def slide_left(before: str, after: str, blocks: list[Block]) -> list[Block]:
    """Move each pure insertion or deletion as far left as the same text allows, so that
    it ends where the kept text resumes (``&amp;answer`` -> ``&answer`` removes ``amp;``,
    not ``mp;a``); touching equal blocks are merged.

    >>> [tuple(b) for b in slide_left("xaba", "xa", [Block(0, 2, 0, 2, True),
    ...     Block(2, 4, 2, 2, False)])]
    [(0, 1, 0, 1, True), (1, 3, 1, 1, False), (3, 4, 1, 2, True)]
    """
    slid: list[Block] = []
    append = slid.append
    last = None  # slid[-1]
    for block in blocks:
        i1, i2, j1, j2, equal = block
        if last is not None and last[4] and not equal:
            deletion = j1 == j2
            pure = deletion or i1 == i2
            if pure:  # a replacement never slides
                text, start, end = (before, i1, i2) if deletion else (after, j1, j2)
                k, room = 0, last[1] - last[0]
                while k < room and text[start - 1 - k] == text[end - 1 - k]:
                    k += 1
                if k:
                    slid.pop()
                    if room > k:
                        append(fast_block((last[0], last[1] - k, last[2], last[3] - k, True)))
                    append(fast_block((i1 - k, i2 - k, j1 - k, j2 - k, False)))
                    block = fast_block((i2 - k, i2, j2 - k, j2, True))
                    equal = True
        if equal and last is not None and slid[-1][4]:
            previous = slid.pop()
            block = fast_block((previous[0], block[1], previous[2], block[3], True))
        append(block)
        last = block
    return slid


def with_kept_text(changes: list[tuple[int, int, int, int]], n: int, m: int) -> list[Block]:
    """Blocks: the ``changes`` in order, and the equal text between them (of texts of
    ``n`` and ``m`` characters).

    >>> [tuple(b) for b in with_kept_text([(1, 2, 1, 3)], 3, 4)]
    [(0, 1, 0, 1, True), (1, 2, 1, 3, False), (2, 3, 3, 4, True)]
    """
    blocks, i, j = [], 0, 0
    append = blocks.append
    for i1, i2, j1, j2 in changes:
        if i1 > i:
            append(fast_block((i, i1, j, j1, True)))
        append(fast_block((i1, i2, j1, j2, False)))
        i, j = i2, j2
    if i < n:
        append(fast_block((i, n, j, m, True)))
    return blocks
