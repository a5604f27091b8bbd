"""The paragraphs (runs of two or more non-blank lines) whose lines the ``encoding`` pass
repairs again as ``unwrap`` will join them: all of them, or only those holding given lines,
found by reading around those lines (a book has 20,000 paragraphs, a few hundred of them
with a line that may need it)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def paragraph_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of two or more non-blank lines.

    >>> paragraph_spans(["a", "b", "", "c", " ", "d", "e", "f"])
    [(0, 2), (5, 8)]
    """
    spans, start = [], 0
    for index, line in enumerate([*lines, ""]):
        if not line.strip():
            if index - start > 1:
                spans.append((start, index))
            start = index + 1
    return spans


def paragraphs_holding(lines: Sequence[str], indexes: Iterable[int]) -> list[tuple[int, int]]:
    """The spans of :func:`paragraph_spans` that hold one of ``indexes`` (in order), read
    only around those lines: each paragraph is read once, and the others not at all.

    >>> lines = ["a", "b", "", "c", " ", "d", "e", "f"]
    >>> paragraphs_holding(lines, [7, 3, 6, 1, 2])
    [(0, 2), (5, 8)]
    >>> paragraphs_holding(lines, [3, 4]), paragraphs_holding(lines, [])
    ([], [])
    """
    spans, end = [], 0
    for index in sorted(indexes):
        if index < end or not lines[index].strip():
            continue  # (In the paragraph just found, or blank: in none.)
        start, end = index, index + 1
        while start > 0 and lines[start - 1].strip():
            start -= 1
        while end < len(lines) and lines[end].strip():
            end += 1
        if end - start > 1:
            spans.append((start, end))
    return spans
