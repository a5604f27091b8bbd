"""Huge texts a block at a time: cut them at line ends, and build one without a second copy.

A pass or guard that works on a 200 MB text keeps its per-line records for one block of
lines at a time (:func:`line_blocks`), and builds its result with :func:`concatenate`,
which holds the result and one piece, where ``"".join`` holds every piece and the result.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

# Characters per block: big enough that per-block overhead vanishes, small next to memory.
BLOCK_CHARS = 1 << 20


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
