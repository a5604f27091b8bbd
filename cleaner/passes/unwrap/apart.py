"""Which lines ``unwrap`` sets apart, for a pass that runs before it and must agree with it.

``boilerplate`` keeps a matched line that goes on from or into a line that stays (a
physical line of a wrapped one). If ``unwrap``, which reads the whole document's wrap width
and line kinds, then sets that line apart as a paragraph of its own, the next run judges
it alone and removes it (issue 13): a line ``unwrap`` parts from its neighbour is no part
of the neighbour's logical line. The parted lines are read off ``unwrap``'s own output,
aligned with the lines of its input: that of the whole text when it is short, else of a
window of lines around the line asked about (see :func:`window`), so that a long book
with a few wrapped matches costs little.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaner.passes.layout import SOFT_HYPHEN
from cleaner.passes.unwrap import unwrap_paragraphs

# Lines of a text ``unwrap`` reads to decide the lines it parts near a line: the whole text
# if it has at most three times this many; else the lines of the stretch of this many that
# holds the line, and of the stretches on either side, widened to paragraph ends.
WINDOW_LINES = 200
# The answers for the last texts asked about, known by their length and hash (no reference
# kept): a pass and its content guard ask of the same windows.
_LAST: list[tuple[int, int, tuple[frozenset[int] | None, frozenset[int]] | None]] = []
LAST_KEPT = 8


def window(lines: Sequence[str], i: int, size: int = WINDOW_LINES) -> tuple[int, int]:
    """The first and end line of the window of ``lines`` that ``unwrap`` reads to decide
    whether it parts line ``i`` from the next: at least ``size`` lines on either side of
    it, each end widened to a blank line (by at most ``size`` lines more); the same window
    for every line of a stretch of ``size``.

    >>> window(["a"] * 5, 3, size=2), window(["a", "", "b", "c", "", "d", "e", "f"], 5, size=2)
    ((0, 5), (1, 8))
    """
    if len(lines) <= 3 * size:
        return 0, len(lines)
    stretch = i // size
    first, end = max(0, (stretch - 1) * size), min(len(lines), (stretch + 2) * size)
    low, high = max(0, first - size), min(len(lines), end + size)
    while first > low and lines[first].strip():
        first -= 1
    while end < high and lines[end - 1].strip():
        end += 1
    return first, end


def parted_lines(text: str) -> frozenset[int] | None:
    """The ``i`` such that ``unwrap`` (default settings) sets line ``i + 1`` of ``text``
    (split at ``\\n``) apart from line ``i``, a blank line between them in its output where
    there was none; None if its output does not align with those lines.

    >>> sorted(parted_lines("Home\\nNews\\n\\nThe first paragraph was wrapped\\nat a narrow"
    ...                     " width, but\\nthis one was not.\\nA new one starts here.\\n"))
    [5]
    >>> sorted(parted_lines("Text already one paragraph per line\\nis left as it is.\\n"))
    []
    """
    aligned = _aligned_lines(text)
    return None if aligned is None else aligned[0]


def joined_lines(text: str) -> frozenset[int] | None:
    """The ``i`` such that ``unwrap`` (default settings) joins the next line of ``text``
    (split at ``\\n``) that is not blank to line ``i``: one line of its output, blank lines
    between them gone (a paragraph cut at a page's end); None as :func:`parted_lines`.

    >>> sorted(joined_lines("Home\\nNews\\n\\nThe first paragraph was wrapped\\nat a narrow"
    ...                     " width, but\\nthis one was not.\\nA new one starts here.\\n"))
    [3, 4]
    """
    aligned = _aligned_lines(text)
    return None if aligned is None else aligned[1]


def _aligned_lines(text: str) -> tuple[frozenset[int] | None, frozenset[int]] | None:
    """The lines ``unwrap`` parts (None if it joins any across a blank line) and those it
    joins (see :func:`parted_lines`, :func:`joined_lines`), kept for the last texts asked
    about."""
    key = (len(text), hash(text))
    for length, digest, aligned in _LAST:
        if (length, digest) == key:
            return aligned
    aligned = _align(text)
    _LAST[:] = [(*key, aligned), *_LAST[: LAST_KEPT - 1]]
    return aligned


def _align(text: str) -> tuple[frozenset[int] | None, frozenset[int]] | None:
    out: list[str] = []  # The keys of the output's lines,
    starts: list[bool] = []  # and whether each starts a paragraph.
    blank = True
    for line in unwrap_paragraphs(text).split("\n"):
        if line.strip():
            out.append(_key(line))
            starts.append(blank)
        blank = not line.strip()
    parted: set[int] = set()
    joined: set[int] = set()
    position, built, open_line, filled_before = 0, "", False, False
    last, across = -1, False  # The last line not blank; a paragraph's end inside a line.
    for i, line in enumerate(text.split("\n")):
        if not line.strip():
            across = across or open_line
            filled_before = False
            continue
        if position >= len(out):
            return None
        if open_line:
            joined.add(last)
        elif starts[position] and filled_before:
            parted.add(i - 1)
        built += _key(line)
        if built == out[position]:
            position, built, open_line = position + 1, "", False
        elif out[position].startswith(built):
            open_line = True
        else:
            return None
        filled_before, last = True, i
    if position != len(out) or open_line:
        return None
    return None if across else frozenset(parted), frozenset(joined)


def _key(line: str) -> str:
    """What ``unwrap`` leaves of a line's characters whatever it joins: no whitespace,
    hyphen (a line-end hyphen may go) or soft hyphen."""
    return "".join(line.split()).replace("-", "").replace(SOFT_HYPHEN, "")
