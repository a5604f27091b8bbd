"""Huge texts a block at a time: cut them at line ends, and build one without a second copy.

A pass or guard that works on a 200 MB text keeps its per-line records for one block of
lines at a time (:func:`line_blocks`, :func:`line_groups`, :func:`lines_of`), reads a
text derived from it as a stream (:class:`CharacterStream`), and builds its result with
:func:`concatenate`, which holds the result and one piece, where ``"".join`` holds every
piece and the result.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator

# Characters per block: big enough that per-block overhead vanishes, small next to memory.
BLOCK_CHARS = 1 << 20
# A blank line in LF or CRLF text before a line that starts in the first column: where a
# block of paragraphs may end. (Not before an indented line, which may go on a literal
# block of reStructuredText: see cleaner.passes.layout.literal_block_lines.)
BLANK_LINE_RE = re.compile(r"\n\r?\n(?=[^\s\u00ad])")


def line_blocks(text: str, block_chars: int = BLOCK_CHARS) -> Iterator[str]:
    """Cut ``text`` into pieces of at least ``block_chars``, each ending with ``\\n``.

    The last piece holds the rest. No line (and so no ``\\r\\n``) is cut in two.

    >>> list(line_blocks("ab\\ncd\\r\\nef", 1))
    ['ab\\n', 'cd\\r\\n', 'ef']
    """
    start = 0
    while start < len(text):
        end = text.find("\n", start + max(block_chars, 1) - 1) + 1 or len(text)
        yield text[start:end]
        start = end


def concatenate(pieces: Iterable[str]) -> str:
    """``"".join(pieces)``, holding only the result so far and one piece at a time.

    CPython grows a string that nothing else refers to in place (``+=`` reallocates it, and
    the C library moves a big block's pages rather than copying them), so a huge result
    costs one copy of itself, not two. Elsewhere this would be quadratic: join instead.

    >>> concatenate(iter(["a", "é", "’"]))
    'aé’'
    """
    if sys.implementation.name != "cpython":  # pragma: no cover - CPython runs the tests
        return "".join(pieces)
    text = ""
    for piece in pieces:
        text += piece
    return text


def line_groups(text: str, lines_per_group: int) -> Iterator[str]:
    """``text`` in groups of ``lines_per_group`` lines, each ending with its ``\\n``, then the
    rest after the last ``\\n`` (maybe empty): two texts with as many lines give as many.

    >>> list(line_groups("a\\nb\\nc", 2)), list(line_groups("a\\n", 2))
    (['a\\nb\\n', 'c'], ['a\\n', ''])
    """
    start = 0
    while True:
        end = start
        for _ in range(lines_per_group):
            found = text.find("\n", end)
            if found < 0:
                break
            end = found + 1
        else:
            yield text[start:end]
            start = end
            continue
        if end > start:
            yield text[start:end]
        yield text[end:]
        return


def lines_of(text: str, lines_per_group: int = 1 << 14) -> Iterator[str]:
    """``text.split("\\n")``, one line at a time (a group of them split at once).

    >>> list(lines_of("a\\n")), list(lines_of(""))
    (['a', ''], [''])
    """
    for block in line_groups(text, lines_per_group):
        lines = block.split("\n")
        yield from lines[:-1] if block.endswith("\n") else lines


class CharacterStream:
    """The characters of a stream of strings, read from the front a few at a time.

    >>> stream = CharacterStream(["ab", "--", "-c"])
    >>> stream.peek(1), stream.skip(2), stream.hyphens(), stream.skip(3), stream.peek(9)
    ('a', None, 3, None, 'c')
    """

    def __init__(self, pieces: Iterable[str]) -> None:
        self._pieces = iter(pieces)
        self._buffer = ""
        self._position = 0

    def peek(self, count: int) -> str:
        """The next ``count`` characters (fewer at the end), not consumed."""
        while len(self._buffer) - self._position < count:
            piece = next(self._pieces, None)
            if piece is None:
                break
            self._buffer = self._buffer[self._position :] + piece
            self._position = 0
        return self._buffer[self._position : self._position + count]

    def skip(self, count: int) -> None:
        self._position += count

    def hyphens(self) -> int:
        """How many hyphens come next."""
        count = 64
        while True:
            window = self.peek(count)
            hyphens = len(window) - len(window.lstrip("-"))
            if hyphens < len(window) or len(window) < count:
                return hyphens
            count *= 2
