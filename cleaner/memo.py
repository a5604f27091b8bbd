"""Caches of verdicts on lines and paragraphs, bounded in entries and in characters.

A pass asks the same questions of a document's lines several times (its width, its joins,
its furniture), so the answers are cached. ``functools.lru_cache`` bounds a cache by its
number of entries only: its memory then grows with the longest lines of a corpus (65,536
paragraphs of 5 kB each are 330 MB a process). Here a text longer than ``max_chars`` is
judged afresh each time: long lines are rarely asked about twice, and judging one costs
little beside its length.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Sized
from functools import wraps
from typing import Any, NamedTuple, TypeVar

Result = TypeVar("Result")


class CacheInfo(NamedTuple):
    """What ``cache_info`` tells, as for ``functools.lru_cache`` (hits and misses untold)."""

    hits: int
    misses: int
    maxsize: int
    currsize: int


# The lines a line cache keeps: those of a long document (a novel has 16,000), each of
# them asked about several times as a pass goes over the document.
LINE_CACHE_SIZE = 1 << 14
# The longest line a line cache keeps: longer than any hard-wrapped line.
CACHED_LINE_CHARS = 256


def short_text_cache(
    maxsize: int, max_chars: int = CACHED_LINE_CHARS
) -> Callable[[Callable[[str], Result]], Callable[[str], Result]]:
    """Cache ``function(text)`` for at most ``maxsize`` texts of at most ``max_chars``
    characters: the cache never holds more than ``maxsize * max_chars`` characters.
    ``cache_info`` and ``cache_clear`` work as for ``functools.lru_cache``.

    The cache is a plain dict, emptied when full. An LRU cache costs more than most of
    these verdicts on a miss (it keeps its order), and a pass sweeping a novel's 20,000
    lines again and again misses on every line of an LRU cache smaller than that; a dict
    emptied when full costs one lookup on a hit and one store on a miss.

    >>> @short_text_cache(maxsize=2, max_chars=5)
    ... def shout(text: str) -> str:
    ...     return text.upper()
    >>> shout("hi"), shout("hello world"), shout.cache_info().currsize
    ('HI', 'HELLO WORLD', 1)
    """

    def decorate(function: Callable[[str], Result]) -> Callable[[str], Result]:
        verdicts: dict[str, Result] = {}
        missing = object()

        @wraps(function)
        def judged(text: str) -> Result:
            verdict = verdicts.get(text, missing)
            if verdict is not missing:
                return verdict  # type: ignore[return-value]
            verdict = function(text)
            if len(text) <= max_chars:
                if len(verdicts) >= maxsize:
                    verdicts.clear()
                verdicts[text] = verdict  # type: ignore[assignment]
            return verdict  # type: ignore[return-value]

        return _with_cache_api(judged, maxsize, verdicts)

    return decorate


def recent_lines_cache(
    maxsize: int,
) -> Callable[[Callable[[Sequence[str]], Result]], Callable[[Sequence[str]], Result]]:
    """Cache ``function(lines)`` for the last ``maxsize`` lists of lines it was given: for
    work that several steps ask of one segment's lines in turn. Each list is kept as a copy
    and found again by comparing lists (at C speed, each line first by identity), so a list
    changed since gives no stale verdict. Verdicts are shared: callers must not change them.
    ``cache_info`` and ``cache_clear`` work as for ``functools.lru_cache``.

    >>> @recent_lines_cache(maxsize=1)
    ... def widest(lines):
    ...     print("read"); return max(map(len, lines))
    >>> lines = ["ab", "c"]
    >>> widest(lines)
    read
    2
    >>> widest(lines)
    2
    >>> lines[1] = "cde"; widest(lines)
    read
    3
    """

    def decorate(function: Callable[[Sequence[str]], Result]) -> Callable[[Sequence[str]], Result]:
        recent: list[tuple[list[str], Result]] = []  # (the last asked first)

        @wraps(function)
        def judged(lines: Sequence[str]) -> Result:
            for seen, verdict in recent:
                if seen == lines:
                    return verdict
            verdict = function(lines)
            recent.insert(0, (list(lines), verdict))
            del recent[maxsize:]
            return verdict

        return _with_cache_api(judged, maxsize, recent)

    return decorate


def _with_cache_api(judged: Callable[..., Any], maxsize: int, store: Sized) -> Any:
    """``judged`` given ``cache_info`` and ``cache_clear`` as ``functools.lru_cache`` has
    them, over ``store`` (what it remembers: a dict or a list, with ``clear``)."""
    judged.cache_info = lambda: CacheInfo(0, 0, maxsize, len(store))  # type: ignore[attr-defined]
    judged.cache_clear = store.clear  # type: ignore[attr-defined]
    return judged
