"""Map offsets of the clean text back to the input, and of the input on to the clean text.

Each pass that changed the text is aligned with its input (:mod:`cleaner.align`); the
maps of the passes are composed. An offset in a kept run of characters maps exactly; one
inside a change maps to the start of what the change replaced (a span, to all of it).
Nothing here runs unless asked: :class:`cleaner.CleanResult` builds its map on first use.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import compress, islice
from operator import eq, gt, itemgetter, le, lt, not_
from typing import NamedTuple

from cleaner.align import (
    Block,
    align,
    align_line_for_line,
    align_lines,
    align_moved_lines,
    align_repaired,
)
from cleaner.align.blocks import expanded
from cleaner.align.unwrapped import align_unwrapped
from cleaner.align.whole_lines import SPLITLINES_BREAKS

# Passes that only remove whole lines: aligned line by line, so each removal is whole.
LINE_REMOVING_PASSES = frozenset({"boilerplate"})
# Passes that remove lines and move some whole (a footnote after its paragraph): aligned
# line by line, a moved line matched where it went (else each removal is whole lines).
LINE_MOVING_PASSES = frozenset({"pages"})
# Passes that change lines in place: aligned line for line (when the lines still pair up).
LINE_KEEPING_PASSES = frozenset({"encoding", "split"})
# Passes that join lines (a line break become a space), aligned by their lines
# (cleaner/align/unwrapped.py): mapped by the positions of their joins (cleaner/joins_map.py).
JOINING_PASSES = frozenset({"unwrap"})


# The rest of an HTML entity after its "&" (ftfy's unescape_html replaces it whole).
ENTITY_TAIL_RE = re.compile(r"#?\w{1,31};")


def align_step(name: str, before: str, after: str) -> list[Block]:
    """The alignment of one pass's input and output."""
    if name in LINE_REMOVING_PASSES | LINE_MOVING_PASSES and _last_lines_open(before, after):
        # (a dataset record's steps, see cleaner.pipeline.drops_final_newline)
        return _without_added_line_end(
            _aligned(name, before + "\n", after + "\n"), len(before), len(after)
        ) or _aligned(name, before, after)
    return _aligned(name, before, after)


def _last_lines_open(before: str, after: str) -> bool:
    """Whether neither text ends with a line end (a whole last line, removed or moved, then
    has none: line by line, its removal is found only with one put at the end of both)."""
    return bool(before) and bool(after) and before[-1] != "\n" and after[-1] != "\n"


def _without_added_line_end(blocks: list[Block], before: int, after: int) -> list[Block] | None:
    """``blocks`` (in order) of two texts of lengths ``before`` + 1 and ``after`` + 1, a
    line end put at the end of each, without that line end; None where they are not as
    below (the texts are then aligned as they are).

    Either a kept last block ends both texts, or the last line of ``before`` was removed:
    a kept block ends ``after`` (its line end matched to the one before that last line),
    then the removal. Without the line ends put there, the removal starts at that line
    end instead: the last line goes with the line end before it.

    >>> _without_added_line_end([Block(0, 2, 0, 0, False), Block(2, 4, 0, 2, True)], 3, 1)
    [Block(i1=0, i2=2, j1=0, j2=0, equal=False), Block(i1=2, i2=3, j1=0, j2=1, equal=True)]
    >>> _without_added_line_end([Block(0, 2, 0, 2, True), Block(2, 4, 2, 2, False)], 3, 1)
    [Block(i1=0, i2=1, j1=0, j2=1, equal=True), Block(i1=1, i2=3, j1=1, j2=1, equal=False)]
    """
    *rest, last = blocks
    if last.equal and last.i2 == before + 1 and last.j2 == after + 1:
        kept = Block(last.i1, last.i2 - 1, last.j1, last.j2 - 1, True)
        return [*rest, kept] if kept.i1 < kept.i2 else rest
    if not rest or last.equal or last.j1 != last.j2 or last.i2 != before + 1:
        return None
    *rest, kept = rest
    if not (kept.equal and kept.i2 == last.i1 and kept.j2 == after + 1):
        return None
    kept = Block(kept.i1, kept.i2 - 1, kept.j1, kept.j2 - 1, True)
    removed = Block(kept.i2, before, after, after, False)
    return [*rest, kept, removed] if kept.i1 < kept.i2 else [*rest, removed]


def _aligned(name: str, before: str, after: str) -> list[Block]:
    """:func:`align_step` of two texts as they are."""
    if name in LINE_REMOVING_PASSES:
        return align_lines(before, after)
    if name in LINE_MOVING_PASSES:
        # Moved a line (a footnote after its paragraph), or only removed whole ones.
        if not any(map(before.__contains__, SPLITLINES_BREAKS)):
            # Without them, ``align_lines``'s lines are the ``split("\\n")`` lines of
            # ``_moved_lines``: if they match in order, none moved.
            return align_lines(before, after, fallback=_moved_or_walked)
        return _moved_or_walked(before, after, kept=align_lines)
    if name == "whitespace":  # respaces lines; removes blank ones
        return align_line_for_line(before, after, respaced=True)
    if name == "encoding":  # also makes every line break LF
        blocks = align_repaired(before, after)
        return _whole_entities(before, blocks) if "&" in before else blocks
    if name in LINE_KEEPING_PASSES:
        return align_line_for_line(before, after)
    if name in JOINING_PASSES:
        return expanded(align_unwrapped(before, after))
    return align(before, after)


def _moved_or_walked(
    before: str, after: str, kept: Callable[[str, str], list[Block]] = align
) -> list[Block]:
    """``align_moved_lines`` if a line of ``after`` is out of ``before``'s order, else
    ``kept`` (:func:`align_lines` would have found them in order: the walk)."""
    return align_moved_lines(before, after) if _moved_lines(before, after) else kept(before, after)


def _moved_lines(before: str, after: str) -> bool:
    """Whether some line of ``after`` is out of ``before``'s order (a pass moved it).

    >>> _moved_lines("a\\nb\\nc\\n", "a\\n\\nc\\n"), _moved_lines("a\\nb\\nc\\n", "c\\na\\n")
    (False, True)
    """
    lines = iter(before.split("\n"))
    return not all(any(line == old for old in lines) for line in after.split("\n") if line)


def _whole_entities(before: str, blocks: list[Block]) -> list[Block]:
    """An entity that became its first character (``&amp;`` -> ``&``) is one change, not a
    kept ``&`` and a removed ``amp;``. Only the blocks at an ``&`` are looked at (a book's
    encoding step has a block a line, and a few ``&``).

    >>> [tuple(b) for b in _whole_entities("&amp;", align("&amp;", "&"))]
    [(0, 5, 0, 1, False)]
    """
    ends = list(map(itemgetter(1), blocks))
    joined: list[Block] = []
    done = 0  # the blocks up to here are in ``joined``
    at = before.find("&")
    while at >= 0:
        k = bisect_left(ends, at + 1)  # the block holding the "&"
        if k + 1 < len(blocks) and ends[k] == at + 1:
            last, block = blocks[k], blocks[k + 1]
            if last.equal and not block.equal and ENTITY_TAIL_RE.match(before, block.i1, block.i2):
                joined += blocks[done:k]
                if last.i2 - 1 > last.i1:
                    joined.append(Block(last.i1, last.i2 - 1, last.j1, last.j2 - 1, True))
                joined.append(Block(last.i2 - 1, block.i2, last.j2 - 1, block.j2, False))
                done = k + 2
        at = before.find("&", at + 1)
    return joined + blocks[done:] if done else blocks


def step_map(name: str, before: str, after: str) -> StepMap:
    """The offset map of one step: :class:`StepMap`'s blocks, or for an ``encoding`` step
    that only made CRLFs LF and uncurled quotes (or with no CRLF, replaced quotes and
    ligatures and made other line breaks LF), the CRs' positions and the changes that
    move a boundary (:class:`cleaner.crlf_map.CrlfStepMap`, the same offsets), and for an
    ``unwrap`` step its joins' positions (:class:`cleaner.joins_map.JoinsStepMap`, the
    same offsets)."""
    if name in JOINING_PASSES:
        from cleaner.joins_map import joins_step_map  # (it builds on StepMap)

        return joins_step_map(name, before, after)  # type: ignore[return-value]
    if name == "encoding":
        from cleaner.crlf_map import crlf_step_map, replaced_step_map  # (on StepMap)

        found = crlf_step_map(before, after) if "\r\n" in before else None
        found = found or replaced_step_map(before, after)
        if found is not None:
            return found  # type: ignore[return-value]
    return StepMap.of(name, before, after)


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a map or the changes are built, as it
    was before after. They make hundreds of thousands of small tuples that form no cycle
    (reference counting frees them all), and every collection meanwhile goes through all
    of them again: a quarter of the changes' time on a novel.

    >>> with collection_paused():
    ...     gc.isenabled()
    False
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@dataclass(frozen=True)
class StepMap:
    """Offsets across one pass: ``before`` positions to ``after`` positions and back.

    >>> step = StepMap.of("whitespace", "a  b", "a b\\n")
    >>> step.to_before(2), step.to_after(3), step.kept(2), step.kept(1)
    (3, 2, 1, None)
    """

    blocks: tuple[Block, ...]
    before_length: int
    after_length: int
    _i2: list[int] = field(init=False, repr=False, compare=False)
    _j2: list[int] = field(init=False, repr=False, compare=False)

    # The blocks in the before text's order, when a pass moved text (``pages`` moves a
    # footnote): ``blocks`` are then in the after text's order, and the before text's
    # boundaries are looked up in these.
    _by_before: tuple[Block, ...] = field(init=False, repr=False, compare=False)
    # Per direction (forward, backward): blocks, their ends, this side's length, the
    # other's, and where a block holds its start on this side and its start and end on
    # the other.
    _sides: tuple[tuple, tuple] = field(init=False, repr=False, compare=False)
    # The same, as OffsetMap reads a step's sides (a CrlfStepMap has two a direction).
    sides: tuple[tuple, tuple] = field(init=False, repr=False, compare=False)
    # Whether the blocks are in order on both sides (no text moved): the map then keeps
    # boundaries in order (see carry_in_order).
    in_order: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # (C loops over the blocks: a novel's step has a hundred thousand.)
        by_before, i2 = self.blocks, list(map(itemgetter(1), self.blocks))
        if any(map(gt, i2, islice(map(itemgetter(0), self.blocks), 1, None))):
            by_before = tuple(sorted(self.blocks, key=itemgetter(0, 1)))
            i2 = list(map(itemgetter(1), by_before))
        object.__setattr__(self, "_by_before", by_before)
        object.__setattr__(self, "in_order", by_before is self.blocks)
        object.__setattr__(self, "_i2", i2)
        object.__setattr__(self, "_j2", list(map(itemgetter(3), self.blocks)))
        before, after = self.before_length, self.after_length
        object.__setattr__(
            self,
            "_sides",
            (  # what carry needs of each side, once: (before to after, after to before)
                (by_before, i2, before, after, 0, 2, 3),
                (self.blocks, self._j2, after, before, 2, 0, 1),
            ),
        )
        object.__setattr__(self, "sides", ((self._sides[0],), (self._sides[1],)))

    @classmethod
    def of(cls, name: str, before: str, after: str) -> StepMap:
        return cls(tuple(align_step(name, before, after)), len(before), len(after))

    def to_before(self, j: int, *, end: bool = False) -> int:
        """Where boundary ``j`` of ``after`` comes from: a start boundary inside a change maps
        to the change's start, an end boundary (``end``) to its end."""
        block = self._block(self.blocks, self._j2, j, end, self.after_length)
        if block is None:
            return 0 if end and j == 0 else self.before_length
        if block.equal:
            return block.i1 + j - block.j1
        return block.i2 if end else block.i1

    def to_after(self, i: int, *, end: bool = False) -> int:
        """Where boundary ``i`` of ``before`` went (see :meth:`to_before`)."""
        block = self._block(self._by_before, self._i2, i, end, self.before_length)
        if block is None:
            return 0 if end and i == 0 else self.after_length
        if block.equal:
            return block.j1 + i - block.i1
        return block.j2 if end else block.j1

    def kept(self, i: int) -> int | None:
        """Where character ``i`` of ``before`` is in ``after``, or None if the pass changed it."""
        block = self._block(self._by_before, self._i2, i, False, self.before_length)
        if block is None or not block.equal:
            return None
        return block.j1 + i - block.i1

    def carry(
        self, starts: list[int], ends: list[int], points: Sequence[bool], *, backward: bool = False
    ) -> tuple[list[int], list[int]]:
        """Spans of ``before`` (their ``starts`` and ``ends``) where they went in ``after``
        (``backward``: of ``after`` where they came from), in one sweep: a start boundary
        as :meth:`to_after` (:meth:`to_before`) maps it, an end boundary as it maps it with
        ``end=True``, never before the start; ``points`` marks the spans that were empty to
        begin with, which stay points. Two lists of numbers, not a list of pairs: no tuple
        per span and step for the garbage collector to go through."""
        swept = self._swept(starts, ends, backward, None)
        if swept is not None:
            new_starts, new_ends = swept
            return new_starts, _clamped(new_starts, new_ends, points)
        return self._carried_one_by_one(starts, ends, points, backward)

    def carry_starts(
        self, starts: list[int], *, backward: bool = False, ascending: bool = False
    ) -> list[int]:
        """:meth:`carry` of start boundaries alone (the points', whose ends are their
        starts): a sweep where :meth:`carry` would sweep them, else one by one
        (``ascending``: the starts are known to be in order, not checked again)."""
        blocks, block_ends, length, other, source, target, _ = self._sides[backward]
        if len(blocks) * 4 < len(starts) and (ascending or _ascending(starts)):
            return _Sweep(blocks, block_ends, length, other, source).starts(starts, target)
        return self._carried_one_by_one(starts, starts, [True] * len(starts), backward)[0]

    def carry_in_order(
        self,
        starts: list[int],
        ends: list[int],
        points: Sequence[bool],
        backward: bool,
        ascending: bool | None,
    ) -> tuple[list[int], list[int], bool | None]:
        """:meth:`carry` for :func:`carry_boundaries` across a map whose blocks are in
        order on both sides (:attr:`in_order`), ``ascending`` telling whether both lists
        are known to be (None: not known). A sweep leaves the ends as the map puts them:
        they are then ascending too (the map keeps the order), and never before their
        starts (an end boundary maps at or after a start one) but where a point lies, or
        a span made empty by a step before lies, at a place where this one inserted text
        (only then are they set as :meth:`carry` sets them); the points' ends are set once
        after the last step. Returns the spans and whether they are ascending."""
        swept = self._swept(starts, ends, backward, ascending)
        if swept is None:
            return (*self._carried_one_by_one(starts, ends, points, backward), None)
        new_starts, new_ends = swept
        if any(map(lt, new_ends, new_starts)):  # (C loops: most steps have none)
            return new_starts, _clamped(new_starts, new_ends, points), None
        return new_starts, new_ends, True

    def _swept(
        self, starts: list[int], ends: list[int], backward: bool, ascending: bool | None
    ) -> tuple[list[int], list[int]] | None:
        """The boundaries mapped a run of them per block, if there are many spans in text
        order for few blocks (``ascending``: whether they are known to be in order, or
        None), else None."""
        blocks, block_ends, length, other, source, target, target_end = self._sides[backward]
        if len(blocks) * 4 >= len(starts):
            return None
        if not (ascending or (ascending is None and _ascending(starts) and _ascending(ends))):
            return None
        # Many spans in text order, few blocks: a run of spans per block.
        sweep = _Sweep(blocks, block_ends, length, other, source)
        return sweep.starts(starts, target), sweep.ends(ends, target, target_end)

    def _carried_one_by_one(
        self, starts: list[int], ends: list[int], points: Sequence[bool], backward: bool
    ) -> tuple[list[int], list[int]]:
        """:meth:`carry`, a search for each boundary."""
        blocks, block_ends, length, other, source, target, target_end = self._sides[backward]
        new_starts, new_ends = [], []
        for start, end, point in zip(starts, ends, points, strict=True):
            start_before = start
            if start < length:
                block = blocks[bisect_left(block_ends, start + 1)]
                start = block[target] + start - block[source] if block[4] else block[target]
            else:
                start = other
            new_starts.append(start)
            if point:
                new_ends.append(start)
                continue
            if end == start_before + 1 and start_before < length:  # (the start's block)
                new_ends.append(
                    block[target] + end - block[source] if block[4] else block[target_end]
                )
                continue
            if 0 < end <= length:
                block = blocks[bisect_left(block_ends, end)]
                end = block[target] + end - block[source] if block[4] else block[target_end]
            else:
                end = 0 if end == 0 else other
            new_ends.append(end if end > start else start)
        return new_starts, new_ends

    @staticmethod
    def _block(
        blocks: Sequence[Block], ends: list[int], offset: int, end: bool, length: int
    ) -> Block | None:
        """The block of ``blocks`` (whose ends on this side are ``ends``) holding character
        ``offset`` (``offset - 1`` for an end boundary)."""
        char = offset - 1 if end else offset
        if char < 0 or char >= length:
            return None
        # The first block ending after the character: blocks empty on this side end at
        # their start, so they are never it.
        return blocks[bisect_left(ends, char + 1)]


class PositionsStepMap:
    """What the step maps kept as positions rather than blocks share
    (:class:`cleaner.crlf_map.CrlfStepMap`, :class:`cleaner.joins_map.JoinsStepMap`): the
    blocks, read off the step's whole map (``_whole``, a :class:`StepMap` a subclass makes
    when first asked: a diff's kept runs, one offset mapped alone)."""

    _whole: StepMap
    # (Carried as :meth:`StepMap.carry` carries, its points' ends set at each step.)
    in_order = False

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self._whole.blocks

    @property
    def _by_before(self) -> tuple[Block, ...]:
        return self._whole._by_before

    def carry(
        self, starts: list[int], ends: list[int], points: Sequence[bool], *, backward: bool = False
    ) -> tuple[list[int], list[int]]:
        raise NotImplementedError

    def carry_starts(
        self, starts: list[int], *, backward: bool = False, ascending: bool = False
    ) -> list[int]:
        """:meth:`StepMap.carry_starts`: the starts :meth:`carry` carries as points."""
        return self.carry(starts, starts, [True] * len(starts), backward=backward)[0]


@dataclass(frozen=True)
class OffsetMap:
    """Offsets across all the passes that changed a text, composed.

    >>> from cleaner.pipeline import clean_and_explain
    >>> result = clean_and_explain("Caf\\u00c3\\u00a9  au lait\\r\\n")
    >>> result.text, result.source_offset(5), result.source_span(0, 4)
    ('Café au lait\\n', 7, (0, 5))
    """

    steps: tuple[StepMap, ...]
    # What :func:`_carried_span` reads of each step, backward (last step first) and
    # forward: a span is asked of the map one at a time, once per span of a caller's.
    _backward: tuple[tuple, ...] = field(init=False, repr=False, compare=False)
    _forward: tuple[tuple, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        backward = tuple(side for s in reversed(self.steps) for side in s.sides[1])
        object.__setattr__(self, "_backward", backward)
        object.__setattr__(self, "_forward", tuple(side for s in self.steps for side in s.sides[0]))

    @classmethod
    def of(cls, steps: Sequence[tuple[str, str, str]]) -> OffsetMap:
        """The map of ``(pass name, before, after)`` steps, in the order they ran."""
        with collection_paused():
            return cls(tuple(step_map(name, before, after) for name, before, after in steps))

    def source_offset(self, offset: int) -> int:
        """The input offset that output character ``offset`` came from (for a changed
        character, the start of the input that the change replaced)."""
        for step in reversed(self.steps):
            offset = step.to_before(offset)
        return offset

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The input span that output span ``[start, end)`` came from."""
        return _carried_span(start, end, self._backward)

    def output_span(self, start: int, end: int) -> tuple[int, int]:
        """The output span that input span ``[start, end)`` went to."""
        return _carried_span(start, end, self._forward)

    def kept_runs(self, length: int) -> list[tuple[int, int, int, int]] | None:
        """The runs of the input (of ``length`` characters) that every pass kept, in
        order, each as ``(start, end)`` in the input and then in the output; what lies
        between them changed. None if a pass moved text out of order (``pages`` moves a
        footnote), which runs in order cannot say.

        >>> from cleaner.pipeline import clean_and_explain
        >>> clean_and_explain("a  b\\r\\n").offset_map.kept_runs(6)
        [(0, 1, 0, 1), (2, 4, 1, 3), (5, 6, 3, 4)]
        """
        runs = [(0, length, 0, length)] if length else []
        for step in self.steps:
            if step._by_before is not step.blocks:
                return None
            runs = _composed(runs, [block for block in step.blocks if block[4]])
        return runs

    def output_offset(self, offset: int) -> int | None:
        """Where input character ``offset`` is in the output, or None if a pass changed it."""
        position: int | None = offset
        for step in self.steps:
            position = step.kept(position)
            if position is None:
                return None
        return position


def _carried_span(start: int, end: int, sides: tuple[tuple, ...]) -> tuple[int, int]:
    """One span carried through steps as :meth:`StepMap.carry` carries its spans, given each
    step's side to read (``StepMap._sides``): one loop, with no call per step.

    >>> step = StepMap.of("whitespace", "a  b", "a b\\n")
    >>> _carried_span(1, 3, (step._sides[0],)), _carried_span(4, 4, (step._sides[0],))
    ((1, 2), (4, 4))
    """
    point = start == end
    for blocks, ends, length, other, source, target, target_end in sides:
        if blocks is None:  # the CRs of a CRLF step (cleaner/crlf_map.py): their positions
            if source:  # (backward)
                start += bisect_right(ends, start)
                end = start if point else end + bisect_left(ends, end)
            else:
                start -= bisect_left(ends, start)
                end = start if point else end - bisect_left(ends, end)
            start, end = min(start, other), min(end, other)
            end = end if end > start else start
            continue
        if start < length:
            block = blocks[bisect_left(ends, start + 1)]
            start = block[target] + start - block[source] if block[4] else block[target]
        else:
            start = other
        if point:
            end = start
            continue
        if 0 < end <= length:
            block = blocks[bisect_left(ends, end)]
            end = block[target] + end - block[source] if block[4] else block[target_end]
        else:
            end = 0 if end == 0 else other
        if end < start:
            end = start
    return start, end


def _composed(
    runs: list[tuple[int, int, int, int]], kept: list[Block]
) -> list[tuple[int, int, int, int]]:
    """The ``runs`` (input span, span of a text between) that a step also kept, whose
    ``kept`` blocks (of that text, in order) say where they went, touching runs merged.

    >>> _composed([(0, 4, 0, 4)], [Block(0, 2, 0, 2, True), Block(3, 4, 2, 3, True)])
    [(0, 2, 0, 2), (3, 4, 2, 3)]
    """
    composed: list[tuple[int, int, int, int]] = []
    k, count = 0, len(kept)
    for x1, _, y1, y2 in runs:
        while k < count and kept[k][1] <= y1:
            k += 1
        while k < count and kept[k][0] < y2:
            b1, b2, c1, _, _ = kept[k]
            low, high = max(y1, b1), min(y2, b2)
            start, end = x1 + low - y1, c1 + low - b1
            if composed and composed[-1][1] == start and composed[-1][3] == end:
                last = composed.pop()
                composed.append((last[0], start + high - low, last[2], end + high - low))
            else:
                composed.append((start, start + high - low, end, end + high - low))
            if b2 > y2:
                break  # (the block goes on into the next run)
            k += 1
    return composed


def _ascending(values: list[int]) -> bool:
    """Whether ``values`` never go down (C loops: no Python frame per value).

    >>> _ascending([1, 1, 2]), _ascending([2, 1])
    (True, False)
    """
    return all(map(le, values, islice(values, 1, None)))


class _Sweep(NamedTuple):
    """Ascending boundaries of one side of a step mapped to the other side, a run of them
    per block: a kept block shifts its run, a change maps it to one end. What
    :meth:`StepMap.carry` does boundary by boundary, with a Python step per block holding
    boundaries rather than per boundary (a step that changed a few places moves thousands
    of spans by a few offsets)."""

    blocks: Sequence[Block]
    block_ends: list[int]  # on this side
    length: int  # of this side
    other: int  # the other side's length
    source: int  # the index of a block's start on this side

    def starts(self, values: list[int], target: int) -> list[int]:
        """Start boundaries mapped (see :meth:`StepMap.to_after`)."""
        blocks, ends, source = self.blocks, self.block_ends, self.source
        mapped: list[int] = []
        lo, count = 0, bisect_left(values, self.length)  # those past the end: ``other``
        while lo < count:
            index = bisect_left(ends, values[lo] + 1)
            block = blocks[index]
            hi = bisect_left(values, ends[index], lo, count)
            if block[4]:
                shift = block[target] - block[source]
                mapped += [value + shift for value in values[lo:hi]] if shift else values[lo:hi]
            else:
                mapped += [block[target]] * (hi - lo)
            lo = hi
        mapped += [self.other] * (len(values) - count)
        return mapped

    def ends(self, values: list[int], target: int, target_end: int) -> list[int]:
        """End boundaries mapped (see :meth:`StepMap.to_after` with ``end``)."""
        blocks, ends, source = self.blocks, self.block_ends, self.source
        lo = bisect_right(values, 0)  # the zeros stay
        mapped: list[int] = [0] * lo
        count = bisect_right(values, self.length, lo)  # those past the end: ``other``
        while lo < count:
            index = bisect_left(ends, values[lo])
            block = blocks[index]
            hi = bisect_right(values, ends[index], lo, count)
            if block[4]:
                shift = block[target] - block[source]
                mapped += [value + shift for value in values[lo:hi]] if shift else values[lo:hi]
            else:
                mapped += [block[target_end]] * (hi - lo)
            lo = hi
        mapped += [self.other] * (len(values) - count)
        return mapped


def carry_spans(
    spans: Sequence[tuple[int, int]], steps: Sequence[StepMap], *, backward: bool = False
) -> list[tuple[int, int]]:
    """Carry spans through ``steps`` in turn (see :meth:`StepMap.carry`).

    >>> step = StepMap.of("whitespace", "a  b", "a b\\n")
    >>> carry_spans([(0, 1), (1, 3), (4, 4)], [step])
    [(0, 1), (1, 2), (4, 4)]
    """
    starts, ends = carry_boundaries(
        [start for start, _ in spans], [end for _, end in spans], steps, backward=backward
    )
    return list(zip(starts, ends, strict=True))


def carry_boundaries(
    starts: list[int], ends: list[int], steps: Sequence[StepMap], *, backward: bool = False
) -> tuple[list[int], list[int]]:
    """:func:`carry_spans` of the spans of ``starts`` and ``ends``, as the two lists. Across
    the maps in order (:meth:`StepMap.carry_in_order`), the order of the boundaries is
    known from one step to the next, and the points' ends are set once, at the end. Where
    there are many spans, half of them points or more (a CR taken out of each line of a
    CRLF book), the points' starts are carried apart, alone (:func:`_points_apart`).

    >>> step = StepMap.of("whitespace", "a  b\\n\\n\\nc", "a b\\n\\nc\\n")
    >>> carry_boundaries([0, 2, 5, 9] * 20, [1, 2, 5, 9] * 20, [step])[1][:4]
    [1, 1, 3, 7]
    """
    if not steps:
        return starts, ends
    points = list(map(eq, starts, ends))
    if len(points) >= POINTS_APART and points.count(True) * 2 >= len(points):
        return _points_apart(starts, ends, points, steps, backward)
    return _carried_boundaries(starts, ends, points, steps, backward)


# From how many spans on the points' starts are carried apart, if half of them or more
# are points (sorting the spans in two and back costs more than it saves on fewer).
POINTS_APART = 64


def _points_apart(
    starts: list[int],
    ends: list[int],
    points: list[bool],
    steps: Sequence[StepMap],
    backward: bool,
) -> tuple[list[int], list[int]]:
    """:func:`carry_boundaries` of spans some of which are ``points``: a point's end is its
    start at every step (:func:`_clamped`, :func:`_points_set`), so only its start is
    carried (:meth:`StepMap.carry_starts`), the other spans as they were; each span is
    carried alone, so the two sets land where they would together. Put back in order at
    C speed (the next of one set or the other, as ``points`` says)."""
    new_points = list(compress(starts, points))
    # Whether they are in order: checked once, kept across maps in order (each maps its
    # boundaries without changing their order), checked again by a map after another.
    ascending = _ascending(new_points)
    for step in steps:
        new_points = step.carry_starts(new_points, backward=backward, ascending=ascending)
        ascending = ascending and step.in_order
    if len(new_points) == len(starts):
        return new_points, list(new_points)
    others = list(map(not_, points))
    other_starts, other_ends = _carried_boundaries(
        list(compress(starts, others)),
        list(compress(ends, others)),
        [False] * (len(starts) - len(new_points)),
        steps,
        backward,
    )
    sets = [iter(other_starts), iter(new_points)]  # (a point picks the second)
    new_starts = list(map(next, map(sets.__getitem__, points)))
    sets = [iter(other_ends), iter(new_points)]
    return new_starts, list(map(next, map(sets.__getitem__, points)))


def _carried_boundaries(
    starts: list[int],
    ends: list[int],
    points: list[bool],
    steps: Sequence[StepMap],
    backward: bool,
) -> tuple[list[int], list[int]]:
    """:func:`carry_boundaries` through each map in turn, ``points`` marking the spans
    empty to begin with."""
    ascending: bool | None = None  # whether both are known to be in order
    unset = False  # whether a step left the points' ends as its map put them
    for step in steps:
        if step.in_order:
            starts, ends, ascending = step.carry_in_order(starts, ends, points, backward, ascending)
            unset = bool(ascending)
        else:
            starts, ends = step.carry(starts, ends, points, backward=backward)
            ascending, unset = None, False
    return starts, _points_set(starts, ends, points) if unset else ends


def _clamped(starts: list[int], ends: list[int], points: Sequence[bool]) -> list[int]:
    """``ends``, each never before its start, and a point's (``points``) its start.

    >>> _clamped([1, 2, 5], [3, 2, 4], [False, True, False])
    [3, 2, 5]
    """
    return [s if point or e < s else e for s, e, point in zip(starts, ends, points, strict=True)]


def _points_set(starts: list[int], ends: list[int], points: list[bool]) -> list[int]:
    """``ends`` (none before its start) with each point's (``points``) its start: as
    :func:`_clamped` makes them, the loop only where there are points and other spans."""
    if not any(points):
        return ends
    return list(starts) if all(points) else _clamped(starts, ends, points)
