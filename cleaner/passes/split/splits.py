"""A split as data (a token's span and its parts), the spaces it puts into a text, and
the splits a user forces (``force = ["issued previously"]``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Split(NamedTuple):
    """One token to split: its span in the text and its parts, spaces to go between."""

    start: int
    end: int
    parts: tuple[str, ...]
    forced: bool = False


def part_starts(splits: Iterable[Split]) -> list[int]:
    """The positions where the second and later parts of each split begin."""
    starts = []
    for split in sorted(splits):
        position = split.start
        for part in split.parts[:-1]:
            position += len(part)
            starts.append(position)
    return starts


def apply_splits(text: str, splits: Iterable[Split]) -> str:
    """Insert the spaces of ``splits`` into ``text`` (which must be the text they came from).

    >>> apply_splits("ab cd", [Split(0, 2, ("a", "b"))])
    'a b cd'
    """
    pieces = []
    position = 0
    for split in sorted(splits):
        pieces.append(text[position : split.start])
        pieces.append(" ".join(split.parts))
        position = split.end
    pieces.append(text[position:])
    return "".join(pieces)


def forced_splits(entries: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The ``force`` setting as ``{joined word: part lengths}``; malformed entries are left out.

    >>> forced_splits(["issued previously", "oneword", "bad-entry here"])
    {'issuedpreviously': (6, 10)}
    """
    table = {}
    for entry in entries:
        parts = entry.split()
        if len(parts) > 1 and all(part.isalpha() and part.isascii() for part in parts):
            table["".join(parts).lower()] = tuple(len(part) for part in parts)
    return table


def cut(word: str, lengths: tuple[int, ...]) -> tuple[str, ...]:
    """Cut ``word`` into pieces of the given lengths, keeping its own letters and case."""
    parts, position = [], 0
    for length in lengths:
        parts.append(word[position : position + length])
        position += length
    return tuple(parts)
