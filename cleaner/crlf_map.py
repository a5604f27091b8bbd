"""The offset map of an ``encoding`` step that made each CRLF LF and replaced curly quotes,
kept as the positions of the CRs rather than a block per CR (a CRLF book has one a line).

Such a step is two maps in turn: the CRs removed (``before`` to ``before`` with each CRLF
LF), read off a sorted list of positions with ``bisect`` at C speed, then the quotes
replaced (a :class:`cleaner.offsets.StepMap` of a few blocks). Carried through both, a
span lands where the step's one alignment (:func:`cleaner.align.align_repaired`, whose
blocks are the CRs and the quotes' runs with the kept text between) puts it; the changes
are the same, with the same rules. The blocks themselves are made only when asked for
(a diff's kept runs, one offset mapped alone).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property, partial
from itertools import accumulate, repeat
from operator import add, itemgetter, sub
from typing import TYPE_CHECKING, Any

from cleaner.align.lines import _substituted_changes, _with_kept_text
from cleaner.align.walk import fast_block
from cleaner.offsets import StepMap

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from cleaner.align import Block
    from cleaner.classify import Piece

# The rule of a CR removed from a CRLF (what classify's _encoding_pieces tells it).
CR_RULE = "encoding.fix_line_breaks"


def crlf_step_map(before: str, after: str) -> CrlfStepMap | None:
    """The map of an ``encoding`` step whose only changes are CRLFs made LF and curly
    quotes made straight (each a character for one), else None (the step is aligned as
    any other).

    >>> before, after = "\u201ca\u201d\\r\\nb\\r\\n", '"a"\\nb\\n'
    >>> step = crlf_step_map(before, after)
    >>> step.crs, step.lfs, step.carry([0, 3, 5], [1, 5, 7], [False] * 3)
    ([3, 6], [3, 5], ([0, 3, 4], [1, 4, 5]))
    >>> StepMap.of("encoding", before, after).carry([0, 3, 5], [1, 5, 7], [False] * 3)
    ([0, 3, 4], [1, 4, 5])
    """
    if "\r\n" not in before or after.count("\n") > before.count("\n"):
        return None
    parts = before.split("\r\n")
    text = "\n".join(parts)
    if len(text) != len(after) or "\r" in text:
        return None
    quotes: list[tuple[int, int, int, int]] = []
    if text != after:  # (the quotes' runs, as align_repaired reads them off)
        quotes = _substituted_changes(text, after)  # type: ignore[assignment]
        if quotes is None:
            return None
    # Where each CR is: the lengths of the lines before it and their CRLFs (C loops).
    crs = list(accumulate(map(add, map(len, parts[:-1]), repeat(2))))
    crs = list(map(sub, crs, repeat(2)))
    return CrlfStepMap(before, after, crs, quotes)


class CrlfStepMap:
    """:class:`cleaner.offsets.StepMap`'s offsets for a CRLF step (see
    :func:`crlf_step_map`): ``crs``, the CRs' positions in ``before``; ``lfs``, where
    each CR's line break is in ``after``; ``quotes``, the runs of replaced quotes
    (``before`` without its CRs to ``after``: each a character for one). A run of one
    quote moves no boundary (one at its start stays at its start, one at its end at its
    end): only the runs of two or more are a map of their own (``quotes``), if any."""

    def __init__(
        self, before: str, after: str, crs: list[int], quotes: list[tuple[int, int, int, int]]
    ) -> None:
        self._texts = (before, after)
        self.before_length, self.after_length = len(before), len(after)
        self.crs = crs
        self.lfs = list(map(sub, crs, range(len(crs))))
        self.changed_quotes = quotes
        # The map of the runs of several quotes (the others move no boundary: kept text to
        # it), if any.
        self.quotes: StepMap | None = None
        if several := [run for run in quotes if run[1] - run[0] > 1]:
            blocks = _with_kept_text(several, len(after), len(after))
            self.quotes = StepMap(tuple(blocks), len(after), len(after))
        # What OffsetMap._carried_span reads, forward and backward: for the CRs, their
        # positions where a StepMap has its blocks (None).
        removed = (None, crs, self.before_length, self.after_length, False, None, None)
        restored = (None, self.lfs, self.after_length, self.before_length, True, None, None)
        if self.quotes is None:
            self.sides = ((removed,), (restored,))
        else:
            sides = self.quotes._sides
            self.sides = ((removed, sides[0]), (sides[1], restored))

    @cached_property
    def _whole(self) -> StepMap:
        """The step's map block by block, made only when asked for."""
        return StepMap.of("encoding", *self._texts)

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self._whole.blocks

    @property
    def _by_before(self) -> tuple[Block, ...]:
        return self._whole._by_before

    def to_before(self, j: int, *, end: bool = False) -> int:
        return self._whole.to_before(j, end=end)

    def to_after(self, i: int, *, end: bool = False) -> int:
        return self._whole.to_after(i, end=end)

    def kept(self, i: int) -> int | None:
        return self._whole.kept(i)

    def carry(
        self, starts: list[int], ends: list[int], points: Sequence[bool], *, backward: bool = False
    ) -> tuple[list[int], list[int]]:
        """:meth:`cleaner.offsets.StepMap.carry` through the CRs and the quotes in turn."""
        if backward:
            if self.quotes is not None:
                starts, ends = self.quotes.carry(starts, ends, points, backward=True)
            return _carried_crs(starts, ends, points, self.lfs, self.before_length, True)
        starts, ends = _carried_crs(starts, ends, points, self.crs, self.after_length, False)
        if self.quotes is not None:
            starts, ends = self.quotes.carry(starts, ends, points)
        return starts, ends

    def pieces(self, options: Mapping[str, Any]) -> list[Piece]:
        """The step's changes with their rules, as :func:`cleaner.classify.classify` tells
        them from the step's blocks: a CR removed from each CRLF and the quotes' runs, in
        text order (the CRs' made at C speed, the quotes' told as classify tells them)."""
        crs, lfs = self.crs, self.lfs
        pieces = list(zip(crs, map(add, crs, repeat(1)), lfs, lfs, repeat(CR_RULE)))
        if not self.changed_quotes:
            return pieces
        from cleaner.classify import classify

        # The quotes' runs in ``before``: a run holds no line break, so it moves on by the
        # CRs before its line (those of the line breaks at or before its start).
        i1, i2, j1, j2 = (list(map(itemgetter(n), self.changed_quotes)) for n in range(4))
        shifts = list(map(partial(bisect_right, lfs), i1))
        runs = zip(map(add, i1, shifts), map(add, i2, shifts), j1, j2, repeat(False))
        found = classify("encoding", *self._texts, list(map(fast_block, runs)), options)
        return sorted(pieces + found)


def _carried_crs(
    starts: list[int],
    ends: list[int],
    points: Sequence[bool],
    positions: list[int],
    other: int,
    backward: bool,
) -> tuple[list[int], list[int]]:
    """Span boundaries carried across the CRs' removal, at C speed: forward, a boundary
    moves back by the CRs before it (``positions``: the CRs in ``before``); backward, a
    start moves on by the line breaks at or before it, an end by those before it
    (``positions``: the line breaks in ``after``); past the end, the other side's length
    (``other``). Ends never before their starts, and empty spans (``points``) stay so."""
    if backward:
        new_starts = list(map(add, starts, map(partial(bisect_right, positions), starts)))
        new_ends = list(map(add, ends, map(partial(bisect_left, positions), ends)))
    else:
        new_starts = list(map(sub, starts, map(partial(bisect_left, positions), starts)))
        new_ends = list(map(sub, ends, map(partial(bisect_left, positions), ends)))
    if new_starts and max(new_starts) > other:
        new_starts = list(map(min, new_starts, repeat(other)))
    if new_ends and max(new_ends) > other:
        new_ends = list(map(min, new_ends, repeat(other)))
    return new_starts, [
        s if point or e < s else e for s, e, point in zip(new_starts, new_ends, points, strict=True)
    ]
