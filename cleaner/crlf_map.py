"""The offset map of an ``encoding`` step that made each CRLF LF and replaced curly quotes,
kept as the positions of the CRs rather than a block per CR (a CRLF book has one a line);
and of one that only replaced curly quotes and ligatures and made other line breaks LF,
kept as the runs of several quotes and the ligatures (a change of a character for one
moves no boundary: most steps' map is then no map at all).

Such a step is two maps in turn: the CRs removed (``before`` to ``before`` with each CRLF
LF), read off a sorted list of positions with ``bisect`` at C speed, then the quotes
replaced (a :class:`cleaner.offsets.StepMap` of a few blocks). Carried through both, a
span lands where the step's one alignment (:func:`cleaner.align.align_repaired`, whose
blocks are the CRs and the quotes' runs with the kept text between) puts it; the changes
are the same, with the same rules. The blocks themselves are made only when asked for
(a diff's kept runs, one offset mapped alone).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, partial
from itertools import accumulate, compress, repeat
from operator import add, and_, eq, itemgetter, ne, not_, or_, sub
from typing import TYPE_CHECKING, Any

from cleaner.align.blocks import fast_block, with_kept_text
from cleaner.align.repaired import breaks_made_lf
from cleaner.align.substitutions import LIGATURE_CHARS, _substituted_changes, uncurled_runs
from cleaner.offsets import PositionsStepMap, StepMap

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from cleaner.classify import Piece

# The rule of a CR removed from a CRLF (what classify's _encoding_pieces tells it).
CR_RULE = "encoding.fix_line_breaks"
# The rule of a curly quote made straight, and the quotes classify tells by it alone (a
# run of one of them: _encoding_pieces' quick look).
QUOTE_RULE = "encoding.uncurl_quotes"
SIMPLE_QUOTES = frozenset("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f")
# The Latin ligatures ftfy replaces (each by two characters or more).
LIGATURE_SET = frozenset(LIGATURE_CHARS)
# A blank (``str.isspace``): where a word ends, as classify's ``_around`` reads words.
_BLANK_RE = re.compile(r"\s")


def replaced_step_map(before: str, after: str) -> CrlfStepMap | None:
    """The map of an ``encoding`` step with no CRLF whose only changes are curly quotes
    made straight, Latin ligatures replaced and other line breaks made LF (a PDF text's
    form feeds), as :func:`cleaner.align.align_repaired` reads them off, else None: a
    :class:`CrlfStepMap` with no CRs, its changes those runs and breaks. Quotes alone
    (most steps: each a character for one) are checked at C speed (``str.replace``, what
    the pass itself uses: ``str.translate`` is 300 times slower); a text with a ligature
    that stays is left to the blocks (``align_repaired`` walks its lines).

    >>> before = "\u201ca\u201d b \u2019\u2019."
    >>> step = replaced_step_map(before, before.replace("\u2019", "'").replace("\u201c", '"'))
    >>> step  # (a right double quote stays curly: not a step of replacements alone)
    >>> step = replaced_step_map(before, '"a" b ' + "''.")
    >>> step.crs, step.changed_quotes, [tuple(b) for b in step.quotes.blocks]
    ([], [(0, 1, 0, 1), (2, 3, 2, 3), (6, 8, 6, 8)], [(0, 6, 0, 6, True), (6, 8, 6, 8, False), \
(8, 9, 8, 9, True)])
    >>> replaced_step_map("a\u2019", "a'").sides[0], replaced_step_map("\ufb01\u2019", "\ufb01'")
    (((None, [], 2, 2, False, None, None),), None)
    >>> step = replaced_step_map("\ufb01x\\x0cy\u2019", "fix\\ny'")
    >>> step.changed_quotes, [tuple(b) for b in step.quotes.blocks]
    ([(0, 1, 0, 2), (2, 3, 3, 4), (4, 5, 5, 6)], [(0, 1, 0, 2, False), (1, 5, 2, 6, True)])
    """
    if before == after or "\r\n" in before:
        return None
    breaks: list[int] = []
    text = before
    if after.count("\n") > before.count("\n"):  # (as align_repaired finds them)
        breaks, text = breaks_made_lf(before)
    if len(text) == len(after):  # quotes alone, if any
        runs = uncurled_runs(text, after)  # type: ignore[assignment]
        if runs is None:
            return None
    else:
        runs = _substituted_changes(text, after)  # type: ignore[assignment]
        if runs is None:
            return None
    if breaks:  # each a change of its own, a character for one (_with_breaks_apart's)
        shifts = list(accumulate((j2 - j1) - (i2 - i1) for i1, i2, j1, j2 in runs))
        starts = list(map(itemgetter(0), runs))
        for at in breaks:
            k = bisect_left(starts, at)  # (a break is never inside a run)
            shift = shifts[k - 1] if k else 0
            runs.append((at, at + 1, at + shift, at + shift + 1))
        runs.sort()
    return CrlfStepMap(before, after, [], runs)


def crlf_step_map(before: str, after: str) -> CrlfStepMap | None:
    """The map of an ``encoding`` step whose only changes are CRLFs made LF, curly
    quotes made straight and lone CRs (or other line breaks) made LF (each a character
    for one, told with the quotes), else None (the step is aligned as any other).

    >>> before, after = "\u201ca\u201d\\r\\nb\\r\\n", '"a"\\nb\\n'
    >>> step = crlf_step_map(before, after)
    >>> step.crs, step.lfs, step.carry([0, 3, 5], [1, 5, 7], [False] * 3)
    ([3, 6], [3, 5], ([0, 3, 4], [1, 4, 5]))
    >>> StepMap.of("encoding", before, after).carry([0, 3, 5], [1, 5, 7], [False] * 3)
    ([0, 3, 4], [1, 4, 5])
    """
    if "\r\n" not in before:
        return None
    found = _crlf_map(before, after, [], before)
    if found is None and after.count("\n") > before.count("\n"):
        found = _crlf_map(before, after, *breaks_made_lf(before))  # (as align_repaired)
    return found


def _crlf_map(before: str, after: str, breaks: list[int], replaced: str) -> CrlfStepMap | None:
    """:func:`crlf_step_map` with the lone CRs and other line breaks made LF at ``breaks``
    (``replaced``, ``before`` with them made LF): tried first with none, which fails where
    there are some (``after`` then holds more LFs than ``before``), so that a book is not
    counted for them (two scans of its every character)."""
    parts = replaced.split("\r\n")
    text = "\n".join(parts)
    if len(text) != len(after) or "\r" in text:
        return None
    quotes: list[tuple[int, int, int, int]] = []
    if text != after:  # (the quotes' runs, as align_repaired reads them off: of one length)
        quotes = uncurled_runs(text, after)  # type: ignore[assignment]
        if quotes is None:
            return None
    # Where each CR is: the lengths of the lines before it and their CRLFs (C loops).
    crs = list(accumulate(map(add, map(len, parts[:-1]), repeat(2))))
    crs = list(map(sub, crs, repeat(2)))
    if breaks:  # in ``text``: back by the CRs before them
        at = list(map(sub, breaks, map(partial(bisect_left, crs), breaks)))
        ends = list(map(add, at, repeat(1)))
        quotes = sorted(quotes + list(zip(at, ends, at, ends, strict=True)))
    return CrlfStepMap(before, after, crs, quotes)


class CrlfStepMap(PositionsStepMap):
    """:class:`cleaner.offsets.StepMap`'s offsets for a CRLF step (see
    :func:`crlf_step_map`): ``crs``, the CRs' positions in ``before``; ``lfs``, where
    each CR's line break is in ``after``; ``quotes``, the runs of replaced quotes
    (``before`` without its CRs to ``after``: each a character for one). A run of one
    quote moves no boundary (one at its start stays at its start, one at its end at its
    end): only the runs of two or more are a map of their own (``quotes``), if any. A step
    with no CRLF (:func:`replaced_step_map`) has no CRs, and its ``changed_quotes`` are
    also its ligatures (in the map of their own) and its other line breaks made LF (a
    character for one)."""

    def __init__(
        self, before: str, after: str, crs: list[int], quotes: list[tuple[int, int, int, int]]
    ) -> None:
        self._texts = (before, after)
        self.before_length, self.after_length = len(before), len(after)
        self.crs = crs
        self.lfs = list(map(sub, crs, range(len(crs))))
        self.changed_quotes = quotes
        # The map of the runs of several quotes and the ligatures (the others, a character
        # for one, move no boundary: kept text to it), if any.
        self.quotes: StepMap | None = None
        if several := [run for run in quotes if run[1] - run[0] > 1 or run[3] - run[2] > 1]:
            length = self.before_length - len(crs)  # (before without its CRs)
            blocks = with_kept_text(several, length, len(after))
            self.quotes = StepMap(tuple(blocks), length, len(after))
        # What OffsetMap._carried_span reads, forward and backward: for the CRs, their
        # positions where a StepMap has its blocks (None).
        removed = (None, crs, self.before_length, self.after_length, False, None, None)
        restored = (None, self.lfs, self.after_length, self.before_length, True, None, None)
        # (With no CR, their side only sets ends past the end at the end, as a map does.)
        forward, backward = ((removed,), (restored,)) if crs or not several else ((), ())
        if self.quotes is not None:
            sides = self.quotes._sides
            forward, backward = (*forward, sides[0]), (sides[1], *backward)
        self.sides = (forward, backward)

    @cached_property
    def _whole(self) -> StepMap:
        """The step's map block by block, made only when asked for."""
        return StepMap.of("encoding", *self._texts)

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
            if not self.crs and self.quotes is not None:
                return starts, ends
            return _carried_crs(starts, ends, points, self.lfs, self.before_length, True)
        if self.crs or self.quotes is None:
            starts, ends = _carried_crs(starts, ends, points, self.crs, self.after_length, False)
        if self.quotes is not None:
            starts, ends = self.quotes.carry(starts, ends, points)
        return starts, ends

    def pieces(self, options: Mapping[str, Any]) -> list[Piece]:
        """The step's changes with their rules, as :func:`cleaner.classify.classify` tells
        them from the step's blocks: a CR removed from each CRLF and the quotes' runs, in
        text order (the CRs' made at C speed, a run of one quote ``uncurl_quotes`` tells,
        as classify's quick look tells it, and a ligature in a word of ligatures alone
        ``fix_latin_ligatures``, as its words tell it; the other runs told as classify
        tells them)."""
        crs, lfs = self.crs, self.lfs
        pieces = list(zip(crs, map(add, crs, repeat(1)), lfs, lfs, repeat(CR_RULE)))
        if not self.changed_quotes:
            return pieces
        from cleaner.classify import LIGATURES_FIXER, classify

        # The quotes' runs in ``before``: a run holds no line break, so it moves on by the
        # CRs before its line (those of the line breaks at or before its start).
        i1, i2, j1, j2 = (list(map(itemgetter(n), self.changed_quotes)) for n in range(4))
        if crs:
            shifts = list(map(partial(bisect_right, lfs), i1))
            i1, i2 = list(map(add, i1, shifts)), list(map(add, i2, shifts))
        before = self._texts[0]
        one = list(map(eq, map(sub, i2, i1), repeat(1)))  # (C loops: most runs are one)
        firsts = list(map(before.__getitem__, i1))
        told = [False] * len(i1)  # the runs told here
        if options.get("uncurl_quotes", True):
            told = list(map(and_, one, map(SIMPLE_QUOTES.__contains__, firsts)))
            pieces += _columns_told(i1, i2, j1, j2, told, QUOTE_RULE)
        ligatures: list[bool] = []
        if options.get(LIGATURES_FIXER, True) is not False and not LIGATURE_SET.isdisjoint(firsts):
            ligatures = list(map(and_, one, map(LIGATURE_SET.__contains__, firsts)))
            ligatures = _in_words_of_ligatures(before, i1, i2, ligatures)
            pieces += _columns_told(i1, i2, j1, j2, ligatures, f"encoding.{LIGATURES_FIXER}")
            told = list(map(or_, told, ligatures))
        runs = list(compress(zip(i1, i2, j1, j2, repeat(False)), map(not_, told)))
        if runs:
            pieces += classify("encoding", *self._texts, list(map(fast_block, runs)), options)
        return sorted(pieces) if crs or runs or any(ligatures) else pieces


def _columns_told(
    i1: list[int], i2: list[int], j1: list[int], j2: list[int], told: list[bool], rule: str
) -> Iterator[Piece]:
    """The pieces of the runs ``told`` (columns ``i1``, ``i2``, ``j1``, ``j2``), of ``rule``."""
    return zip(*(compress(column, told) for column in (i1, i2, j1, j2)), repeat(rule))


def _in_words_of_ligatures(
    before: str, i1: list[int], i2: list[int], ligatures: list[bool]
) -> list[bool]:
    """Which of the runs ``ligatures`` marks (a Latin ligature each; the runs' spans in
    ``before``, in order) lie in a word whose every change is such a ligature: classify
    tells them ``fix_latin_ligatures`` (their word, blank to blank as ``_around`` reads
    it, differs from its new form by ligatures alone), the others as it tells any run.

    >>> before = "\ufb01t \u2019\ufb02y\u2019 \ufb00\ufb01"
    >>> _in_words_of_ligatures(before, [0, 3, 4, 6, 8, 9], [1, 4, 5, 7, 9, 10],
    ...     [True, False, True, False, True, True])
    [True, False, False, False, True, True]
    """
    count = len(i1)

    def apart(m: int) -> bool:  # runs m and m + 1 in words of their own
        return (
            before[i1[m]].isspace()  # (a line break made LF)
            or before[i1[m + 1]].isspace()
            or _BLANK_RE.search(before, i2[m], i1[m + 1]) is not None
        )

    found = [False] * count
    for k in compress(range(count), ligatures):
        left, right = k, k  # the word's first and last runs
        while left > 0 and not apart(left - 1):
            left -= 1
        while right + 1 < count and not apart(right):
            right += 1
        found[k] = all(ligatures[left : right + 1])
    return found


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
    (``other``). Ends never before their starts, and empty spans (``points``) stay so.

    >>> _carried_crs([0, 2, 3], [1, 3, 3], [False, False, True], [2, 4], 9, True)
    ([0, 3, 4], [1, 4, 4])
    """
    if backward:
        new_starts = list(map(add, starts, map(partial(bisect_right, positions), starts)))
        unit_ends = _unit_spans_ends(starts, ends, points, new_starts, positions)
        new_ends = unit_ends or list(map(add, ends, map(partial(bisect_left, positions), ends)))
    else:
        new_starts = list(map(sub, starts, map(partial(bisect_left, positions), starts)))
        new_ends = list(map(sub, ends, map(partial(bisect_left, positions), ends)))
        unit_ends = None
    if new_starts and max(new_starts) > other:
        new_starts = list(map(min, new_starts, repeat(other)))
    if new_ends and max(new_ends) > other:
        new_ends = list(map(min, new_ends, repeat(other)))
    if unit_ends is not None:
        return new_starts, new_ends  # (set where a span is not one character long)
    return new_starts, [
        s if point or e < s else e for s, e, point in zip(new_starts, new_ends, points, strict=True)
    ]


# The share of spans one character long from which their ends are carried back across
# the CRs as their starts (a novel's unwrap step: a join a line).
UNIT_SHARE = 0.875


def _unit_spans_ends(
    starts: list[int],
    ends: list[int],
    points: Sequence[bool],
    new_starts: list[int],
    positions: list[int],
) -> list[int] | None:
    """The ends of spans ``starts``, ``ends`` carried back across the CRs (``positions``,
    the line breaks in ``after``), their starts carried to ``new_starts``, if most of them
    are one character long (else None): such a span's end moves on by the line breaks
    before it, those at or before its start, as its start does (``end + bisect_left(p,
    end)`` is ``start + 1 + bisect_right(p, start)``: no search); the others' are
    searched for, and set never before their starts (a point's, its start).

    >>> starts = list(range(8))
    >>> _unit_spans_ends(starts, [*range(1, 8), 9], [False] * 8, [0, 1, 3, 4, 6, 7, 8, 9], [2, 4])
    [1, 2, 4, 5, 7, 8, 9, 11]
    """
    lengths = list(map(sub, ends, starts))
    if lengths.count(1) < len(lengths) * UNIT_SHARE:
        return None
    new_ends = list(map(add, new_starts, repeat(1)))
    for k in compress(range(len(lengths)), map(ne, lengths, repeat(1))):
        start, end = new_starts[k], ends[k] + bisect_left(positions, ends[k])
        new_ends[k] = start if points[k] or end < start else end
    return new_ends
