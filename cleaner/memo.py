"""Caches of verdicts on lines and paragraphs, bounded in entries and in characters.

A pass asks the same questions of a document's lines several times (its width, its joins,
its furniture), so the answers are cached. ``functools.lru_cache`` bounds a cache by its
number of entries only: its memory then grows with the longest lines of a corpus (65,536
paragraphs of 5 kB each are 330 MB a process). Here a text longer than ``max_chars`` is
judged afresh each time: long lines are rarely asked about twice, and judging one costs
little beside its length.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

Result = TypeVar("Result")

# The lines a line cache keeps: those of a long document (a novel has 16,000), each of
# them asked about several times as a pass goes over the document.
LINE_CACHE_SIZE = 1 << 14
# The longest line a line cache keeps: longer than any hard-wrapped line.
CACHED_LINE_CHARS = 256


def short_text_cache(
    maxsize: int, max_chars: int = CACHED_LINE_CHARS
) -> Callable[[Callable[[str], Result]], Callable[[str], Result]]:
    """Cache ``function(text)`` for the last ``maxsize`` texts of at most ``max_chars``
    characters: the cache never holds more than ``maxsize * max_chars`` characters.
    ``cache_info`` and ``cache_clear`` work as for ``functools.lru_cache``.

    >>> @short_text_cache(maxsize=2, max_chars=5)
    ... def shout(text: str) -> str:
    ...     return text.upper()
    >>> shout("hi"), shout("hello world"), shout.cache_info().currsize
    ('HI', 'HELLO WORLD', 1)
    """

    def decorate(function: Callable[[str], Result]) -> Callable[[str], Result]:
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def judged(text: str) -> Result:
            return cached(text) if len(text) <= max_chars else function(text)

        judged.cache_info = cached.cache_info  # type: ignore[attr-defined]
        judged.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return judged

    return decorate
