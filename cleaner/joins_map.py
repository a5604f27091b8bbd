"""The offset map of an ``unwrap`` step, kept as the positions of its joins rather than two
blocks a join (a hard-wrapped book has one a line).

A line break replaced by a space moves no boundary: a start on it stays at its start, an
end after it at its end, as the kept text around it. So the step's map is that of its
blocks with each change of one character for one merged into the kept text around it
(:class:`cleaner.offsets.StepMap`, a few blocks: the paragraph breaks, the hyphens
joined), and the joins are a sorted list of positions
(:func:`cleaner.align.unwrapped.align_unwrapped` reads them off the lines, a stretch of
text at a time where it can). Carried through it, a span lands where the step's whole
alignment (those parts' blocks) puts it; the changes are the same, with the same rules.
The blocks themselves are made only when asked for (a diff's kept runs).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cached_property
from itertools import chain, repeat
from operator import add, attrgetter, eq
from typing import TYPE_CHECKING, Any

from cleaner.align.blocks import JoinedRun, expanded, fast_block
from cleaner.align.unwrapped import align_unwrapped
from cleaner.offsets import PositionsStepMap, StepMap

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from cleaner.align import Block
    from cleaner.classify import Piece


def joins_step_map(name: str, before: str, after: str) -> JoinsStepMap | StepMap:
    """The map of an ``unwrap`` step: a :class:`JoinsStepMap` if it
    joined lines, else the :class:`cleaner.offsets.StepMap` of its blocks (a Chinese
    text's joins remove each line break: no character replaced, nothing to merge).

    >>> type(joins_step_map("unwrap", "\u6cb3\\n\u6d41\\n", "\u6cb3\u6d41\\n")).__name__
    'StepMap'
    """
    parts = align_unwrapped(before, after)
    if JoinedRun not in map(type, parts):  # (its parts are the blocks)
        return StepMap(tuple(parts), len(before), len(after))  # type: ignore[arg-type]
    return JoinsStepMap(name, before, after, parts)


class JoinsStepMap(PositionsStepMap):
    """:class:`cleaner.offsets.StepMap`'s offsets for an ``unwrap`` step: ``offsets``,
    the map of its blocks with the changes of one character for one merged into the kept
    text; ``replaced``, the positions in ``before`` of those
    characters (for :meth:`kept`).

    >>> step = JoinsStepMap("unwrap", "ab\\ncdefghijkl\\nmn\\n", "ab cdefghijkl mn\\n")
    >>> step.replaced, len(step.offsets.blocks), step.to_before(3), step.kept(2)
    ([2, 13], 1, 3, None)
    >>> step.carry([0, 2], [3, 5], [False, False]) == StepMap.of("unwrap", *step._texts[1:]
    ...     ).carry([0, 2], [3, 5], [False, False])
    True
    """

    def __init__(
        self, name: str, before: str, after: str, parts: list[Block | JoinedRun] | None = None
    ) -> None:
        self._texts = (name, before, after)
        self.before_length, self.after_length = len(before), len(after)
        self.parts = align_unwrapped(before, after) if parts is None else parts
        blocks, self.replaced = _merged(self.parts)
        self.offsets = StepMap(tuple(blocks), len(before), len(after))
        self.sides = self.offsets.sides

    @cached_property
    def _whole(self) -> StepMap:
        """The step's map block by block, made only when asked for."""
        blocks = expanded(self.parts)
        return StepMap(tuple(blocks), self.before_length, self.after_length)

    def to_before(self, j: int, *, end: bool = False) -> int:
        return self.offsets.to_before(j, end=end)

    def to_after(self, i: int, *, end: bool = False) -> int:
        return self.offsets.to_after(i, end=end)

    def kept(self, i: int) -> int | None:
        k = bisect_left(self.replaced, i)
        if k < len(self.replaced) and self.replaced[k] == i:
            return None
        return self.offsets.kept(i)

    def carry(
        self, starts: list[int], ends: list[int], points: Sequence[bool], *, backward: bool = False
    ) -> tuple[list[int], list[int]]:
        return self.offsets.carry(starts, ends, points, backward=backward)

    def carry_starts(
        self, starts: list[int], *, backward: bool = False, ascending: bool = False
    ) -> list[int]:
        return self.offsets.carry_starts(starts, backward=backward, ascending=ascending)

    @property
    def in_order(self) -> bool:  # type: ignore[override]
        return self.offsets.in_order

    def carry_in_order(
        self,
        starts: list[int],
        ends: list[int],
        points: Sequence[bool],
        backward: bool,
        ascending: bool | None,
    ) -> tuple[list[int], list[int], bool | None]:
        return self.offsets.carry_in_order(starts, ends, points, backward, ascending)

    def pieces(self, options: Mapping[str, Any]) -> list[Piece]:
        """The step's changes with their rules, as :func:`cleaner.classify.classify` tells
        them from the step's blocks: the joins of each run of joined lines made at C speed
        (a line break become a space: ``unwrap.line-join``), the other changes told as
        classify tells them, in text order."""
        return self.pieces_and_texts(options)[0]

    def pieces_and_texts(
        self, options: Mapping[str, Any]
    ) -> tuple[list[Piece], dict[str, tuple[str, str]]]:
        """:meth:`pieces`, and the rules whose every change replaced the same text by the
        same text, with those texts, as :func:`cleaner.classify.classify_with_texts` tells
        them (the joins made here are all a line break become a space).

        >>> step = JoinsStepMap("unwrap", "ab\\ncdefghijkl\\nmn\\n", "ab cdefghijkl mn\\n")
        >>> step.pieces_and_texts({})[1]["unwrap.line-join"]
        ('\\n', ' ')
        """
        from cleaner.classify import LINE_JOIN, classify_with_texts

        name, before, after = self._texts
        if (found := _spaced_joins_of(self.parts, after)) is not None:
            changed, joins = found
            pieces, texts = classify_with_texts(name, before, after, changed, options)
            return (sorted(pieces + joins) if joins else pieces), texts
        changed: list[Block] = []
        joins: list[Piece] = []
        for part in self.parts:
            if type(part) is not JoinedRun:
                if not part[4]:
                    changed.append(part)  # type: ignore[arg-type]
                continue
            breaks = part.breaks
            targets = list(map(add, breaks, repeat(part.j1 - part.i1)))
            if all(map(eq, map(after.__getitem__, targets), repeat(" "))):
                ends = map(add, breaks, repeat(1))
                joins += zip(breaks, ends, targets, map(add, targets, repeat(1)), repeat(LINE_JOIN))
            else:  # (a break replaced by another character: told as classify tells it)
                changed += [
                    fast_block((i, i + 1, j, j + 1, False))
                    for i, j in zip(breaks, targets, strict=True)
                ]
        pieces, texts = classify_with_texts(name, before, after, changed, options)
        return (sorted(pieces + joins) if joins else pieces), texts


def _spaced_joins_of(
    parts: list[Block | JoinedRun], after: str
) -> tuple[list[Block], list[Piece]] | None:
    """The changed blocks of ``parts`` and the joins of its runs as pieces of
    ``unwrap.line-join``, if every run's every line break became a space (most steps:
    what :meth:`JoinsStepMap.pieces_and_texts` makes of them run by run), found over all
    the runs at once (C loops); else None.

    >>> from cleaner.align import Block
    >>> parts = [JoinedRun(0, 3, 0, 3, [2]), Block(3, 3, 3, 4, False)]
    >>> _spaced_joins_of(parts, "ab \\ncd"), _spaced_joins_of(parts, "ab-\\ncd")
    (([Block(i1=3, i2=3, j1=3, j2=4, equal=False)], [(2, 3, 2, 3, 'unwrap.line-join')]), None)
    """
    from cleaner.classify import LINE_JOIN

    runs: list[JoinedRun] = [part for part in parts if type(part) is JoinedRun]  # type: ignore[misc]
    changed = [part for part in parts if type(part) is not JoinedRun and not part[4]]
    breaks = list(chain.from_iterable(map(attrgetter("breaks"), runs)))
    shifts = chain.from_iterable(repeat(run.j1 - run.i1, len(run.breaks)) for run in runs)
    targets = list(map(add, breaks, shifts))
    if not all(map(eq, map(after.__getitem__, targets), repeat(" "))):
        return None
    ends = map(add, breaks, repeat(1))
    joins = list(zip(breaks, ends, targets, map(add, targets, repeat(1)), repeat(LINE_JOIN)))
    return changed, joins  # type: ignore[return-value]


def _merged(parts: list[Block | JoinedRun]) -> tuple[list[Block], list[int]]:
    """The blocks of :func:`cleaner.align.unwrapped.align_unwrapped`'s ``parts`` with each change of
    one character for one (and each run of joined lines) merged into the kept text
    around it, and the positions of those characters in ``before``, in order.

    >>> from cleaner.align import Block
    >>> blocks, replaced = _merged([Block(0, 2, 0, 2, True), Block(2, 3, 2, 3, False),
    ...     Block(3, 5, 3, 3, False)])
    >>> [tuple(b) for b in blocks], replaced
    ([(0, 3, 0, 3, True), (3, 5, 3, 3, False)], [2])
    """
    blocks: list[Block] = []
    replaced: list[int] = []
    start = None  # where the kept text being merged starts (i, j)
    last = (0, 0)  # where the last part ended (i, j)
    for part in parts:
        i1, i2, j1, j2 = part[0], part[1], part[2], part[3]
        if type(part) is JoinedRun:
            replaced += part.breaks
        elif not part[4]:
            if i2 - i1 != 1 or j2 - j1 != 1:  # (a change of another length)
                if start is not None:
                    blocks.append(fast_block((start[0], i1, start[1], j1, True)))
                    start = None
                blocks.append(part)  # type: ignore[arg-type]
                last = (i2, j2)
                continue
            replaced.append(i1)
        if start is None:
            start = (i1, j1)
        last = (i2, j2)
    if start is not None:
        blocks.append(fast_block((start[0], last[0], start[1], last[1], True)))
    return blocks, replaced
