"""What ``unwrap`` counts a line's width in, chosen once per document: characters, UTF-8
bytes (:mod:`~cleaner.passes.unwrap.bytewidth`: Project Gutenberg's books) or display cells
(:mod:`~cleaner.passes.unwrap.cellwidth`: Thai). ``Document.measure`` holds the choice, and
each rule that sets a line's size against the width reads the line by it.

A document read in cells is never read in bytes: cells are told first, from the width
itself (bytes only once the width in characters is known), and a wrapper counting bytes
would give a Thai letter three columns, so its Thai lines would be a third as long in
characters as its Latin ones, not longer than the cells' width.
"""

from __future__ import annotations

from collections.abc import Callable

from cleaner.passes.unwrap.bytewidth import byte_columns
from cleaner.passes.unwrap.cellwidth import cells

# The measures (CHARACTERS false, as the bool ``in_bytes`` they extend was).
CHARACTERS, BYTES, CELLS = 0, 1, 2


def columns(line: str, measure: int) -> int:
    """The width of ``line`` in ``measure``.

    >>> [columns('"Go," ที่สุด', measure) for measure in (CHARACTERS, BYTES, CELLS)]
    [12, 28, 9]
    """
    if measure == CELLS:
        return cells(line)
    return byte_columns(line) if measure else len(line)


def line_sizer(measure: int) -> Callable[[str], int]:
    """What :func:`line_size` counts a line with in ``measure``: ``cells`` in cells, else
    ``len`` (a document read in bytes finds its widths in characters).

    >>> line_sizer(CELLS)("ที่สุด"), line_sizer(BYTES)("ที่สุด")
    (3, 6)
    """
    return cells if measure == CELLS else len


def line_size(line: str, measure: int) -> int:
    """The size of ``line`` set against a width found in the document's lines (its wrap
    width, a block's own, its longest line): in cells in a document read in cells, else in
    characters (a document read in bytes finds its widths in characters; only a line's room
    for the next word is told in bytes, by :func:`columns`).

    >>> [line_size('"Go," ที่สุด', measure) for measure in (CHARACTERS, BYTES, CELLS)]
    [12, 12, 9]
    """
    return line_sizer(measure)(line)


def line_sizes(line: str, measure: int) -> tuple[int, int]:
    """``line``'s width in ``measure`` (:func:`columns`: set against the room for the next
    word), and its size against the bound past which a line is too long to be wrapped
    (:func:`line_size`: a line wider in bytes only is no wider than a wrap writes; in
    cells, a Thai line is longer in characters than any wrap at its width).

    >>> [line_sizes('"Go," ที่สุด', measure) for measure in (CHARACTERS, BYTES, CELLS)]
    [(12, 12), (28, 12), (9, 9)]
    """
    size = columns(line, measure)
    return size, size if measure == CELLS else len(line)
