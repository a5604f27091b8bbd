"""Parts of the boilerplate pass as first written, line by line: the references for their
fast paths (the line screen's starts' pattern and hits numbered in one sweep; removing
lines by copying the stretches between gaps; normalizing a line; weighing a line).

tests/passes/test_boilerplate_fast.py checks that each fast path gives what this gives.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from cleaner.passes.boilerplate.bound import _ASCII_NOT_ALNUM as ASCII_NOT_ALNUM
from cleaner.passes.boilerplate.lines import (
    END_CHARACTERS,
    KEY_SCREENS,
    NEEDLE_LIMITS,
    SHORT_CORE,
    LineScreen,
    document_key,
)
from cleaner.passes.boilerplate.prefixes import PREFIX, START_SKIPPED, fold_digits
from cleaner.passes.boilerplate.rules import (
    DECORATION_CHARS,
    INVISIBLE_RE,
    LEAD_DECORATION_RE,
    SPACE_RUN_RE,
    TRAIL_DECORATION_RE,
)
from cleaner.passes.layout import has_plain_spacing
from cleaner.textblocks import line_blocks

# The screens of KEY_SCREENS as first written, by their fast form.
FIRST_SCREENS = {
    screen: r"\d(?:\d{3}|[./-]\d)"
    for screen in KEY_SCREENS.values()
    if screen.endswith(r"(?<=\d)(?:\d{3}|[./-]\d)")
}


def candidates(text: str, screen: LineScreen) -> Iterator[tuple[int, list[int]]]:
    first_line = 0
    for block in line_blocks(text):
        key = document_key(block)
        found: dict[int, list[int]] = {}
        add_block(key, screen, first_line, found)
        first_line += key.count("\n")
        for line in sorted(found):
            yield line, sorted(set(found[line]))


def core_length(line: str) -> int:
    """No more than the length of the core of the line whose screen key is ``line``."""
    return len(line) if len(line) <= SHORT_CORE else len(line.strip(END_CHARACTERS))


def add_block(key: str, screen: LineScreen, first: int, found: dict[int, list[int]]) -> None:
    for i, line in enumerate(key.split("\n")):
        if not line:
            continue
        head = line.lstrip(START_SKIPPED)[:PREFIX]
        if not head.isalpha():
            head = fold_digits(head)
        core = core_length(line)
        short = core <= SHORT_CORE
        starts = screen.short_starts if short else screen.long_starts
        indexes = tuple(
            j for length in range(len(head), 0, -1) for j in starts.get(head[:length], ())
        )
        if not short:
            indexes = tuple(
                j for j in indexes if screen.widths[j] is None or screen.widths[j] >= core
            )
        if indexes:
            found.setdefault(first + i, []).extend(indexes)
    ends = list(accumulate(len(line) + 1 for line in key.split("\n")))
    lines = key.split("\n")
    for (prefix, group), limit in zip(screen.needles, screen.limits, strict=True):
        position = key.find(prefix)
        while position >= 0:
            line = bisect_right(ends, position)
            # A group of narrow rules: no hit in a line whose core is wider than its limit.
            wide = limit is not None and core_length(lines[line]) > NEEDLE_LIMITS[limit]
            for needle, indexes in group:
                if key.startswith(needle, position) and not wide:
                    found.setdefault(first + line, []).extend(indexes)
            position = key.find(prefix, position + 1)
    for pattern, whole_line, indexes, _ in screen.patterns:
        for match in re.finditer(FIRST_SCREENS[pattern.pattern], key):
            line = bisect_right(ends, match.start())
            # A line a hit is in is a candidate when it is what the rules may match whole.
            if re.fullmatch(whole_line.pattern, lines[line], re.IGNORECASE):
                found.setdefault(first + line, []).extend(indexes)


def drop_lines(text: str, removed: set[int]) -> str:
    lines = text.split("\n") if text else []
    lines = lines[:-1] if text.endswith("\n") else lines
    kept: list[str] = []
    gap: list[list[str]] = [[]]  # blank runs of the current gap, split by removed lines
    in_gap = False
    for i, line in enumerate(lines):
        if i in removed:
            in_gap = True
            gap.append([])
        elif not line.strip():
            gap[-1].append(line)
        else:
            if kept or not in_gap:
                kept.extend(max(gap, key=len) if in_gap else gap[0])
            kept.append(line)
            gap, in_gap = [[]], False
    if not in_gap:
        kept.extend(gap[0])
    ending = "\n" if text.endswith("\n") and kept else ""
    return "\n".join(kept) + ending


def normalize_line(line: str) -> str:
    if not line.isascii():
        line = INVISIBLE_RE.sub("", line)
    if not has_plain_spacing(line):
        line = SPACE_RUN_RE.sub(" ", line)
    line = LEAD_DECORATION_RE.sub("", line.strip())
    last = line[-1:]
    if not last or last in DECORATION_CHARS or last.isspace():
        line = TRAIL_DECORATION_RE.sub("", line)
    return line


# Runs of characters outside ASCII.
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def weight(line: str) -> int:
    ascii_part = line.encode("ascii", "ignore").translate(None, ASCII_NOT_ALNUM)
    return len(ascii_part) + sum(map(str.isalnum, "".join(NON_ASCII_RE.findall(line))))


def edge_bars(filled: list[int], matches: dict) -> set[int]:
    """``zones._edge_bars`` as it read every line that is not blank."""
    from cleaner.passes.boilerplate.zones import BLOCK_MIN_EDGE_LINES, EDGE

    bars: set[int] = set()
    run: list[int] = []
    for i in [*filled, -1]:  # -1 closes the last run
        if i in matches:
            run.append(i)
            continue
        if run and sum(matches[j].kind == EDGE for j in run) >= BLOCK_MIN_EDGE_LINES:
            bars.update(run)
        run = []
    return bars


def grow_blocks(filled: list[int], matches: dict, seeds: dict) -> dict:
    """``zones._grow_blocks`` with a table of every line's position."""
    position = {index: k for k, index in enumerate(filled)}
    removed = dict(seeds)
    todo = list(seeds)
    while todo:
        k = position[todo.pop()]
        for neighbour in filled[max(k - 1, 0) : k + 2]:
            if neighbour in matches and neighbour not in removed:
                removed[neighbour] = (matches[neighbour], "next to furniture")
                todo.append(neighbour)
    return removed


def keep_middle_neighbours(filled: list[int], removed: dict, zone: set[int]) -> dict:
    """``zones._keep_middle_neighbours`` as it read every line that is not blank."""
    from cleaner.passes.boilerplate.zones import EDGE, LABEL, _block_strength

    kept = dict(removed)
    block: list[int] = []
    for i in [*filled, -1]:  # -1 closes the last block
        if i in removed:
            block.append(i)
            continue
        if not block:
            continue
        takes_edges, takes_labels = _block_strength([removed[j][0].kind for j in block])
        for j in block:
            kind = removed[j][0].kind
            if j not in zone and (
                (kind == EDGE and not takes_edges) or (kind == LABEL and not takes_labels)
            ):
                del kept[j]
        block = []
    return kept
