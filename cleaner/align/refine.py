"""A short difference aligned exactly inside (difflib, on its few characters), and the
usual one made directly: a paragraph's first word pushed onto the line before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from cleaner.align.blocks import Block, fast_block

# A difference of up to this many characters (both sides) is aligned exactly inside.
MAX_REFINE = 400
# A match inside a difference this short may be chance (a lone ``&``): look for a longer.
WEAK_MATCH = 2


def _moved_whole_word(a: str, i: int, di: int, b: str, j: int) -> list[Block] | None:
    """The blocks :func:`_refine` makes of a paragraph's first word that a new line break
    pushed onto the line before (``Word\\n`` -> ``\\nWord ``, unwrap's first-word-alone
    layout), made directly: with no space in it and more than ``WEAK_MATCH`` characters,
    the word is difflib's one longest match. None for any other difference.

    >>> [tuple(x) for x in _moved_whole_word("Word\\nrest", 0, 5, "\\nWord rest", 0)]
    [(0, 0, 0, 1, False), (0, 4, 1, 5, True), (4, 5, 5, 6, False)]
    """
    end = i + di - 1  # the word's line break
    if di <= WEAK_MATCH + 1 or a[end] != "\n" or b[j] != "\n" or b[j + di] != " ":
        return None
    word = a[i:end]
    if not b.startswith(word, j + 1) or any(map(str.isspace, word)):
        return None
    return [
        fast_block((i, i, j, j + 1, False)),
        fast_block((i, end, j + 1, j + di, True)),
        fast_block((end, end + 1, j + di, j + di + 1, False)),
    ]


def _refine(a: str, i1: int, i2: int, b: str, j1: int, j2: int) -> list[Block]:
    """A difference's exact alignment (difflib, on its few characters): a word between a
    line break that went and one that came stays kept (``The\\n`` -> ``\\nThe ``).

    >>> [tuple(x) for x in _refine("The\\nend", 0, 4, "\\nThe end", 0, 5)]
    [(0, 0, 0, 1, False), (0, 3, 1, 4, True), (3, 4, 4, 5, False)]
    """
    return [
        fast_block((i1 + x1, i1 + x2, j1 + y1, j1 + y2, equal))
        for x1, x2, y1, y2, equal in _refined(a[i1:i2], b[j1:j2])
    ]


@lru_cache(maxsize=4096)
def _refined(a: str, b: str) -> tuple[tuple[int, int, int, int, bool], ...]:
    """:func:`_refine` of all of ``a`` and ``b``, as plain tuples (cached: the same small
    differences recur, a paragraph's first word moved off its line)."""
    return tuple(tuple(block) for block in _refine_between(a, 0, len(a), b, 0, len(b)))


def _refine_between(a: str, i1: int, i2: int, b: str, j1: int, j2: int) -> list[Block]:
    """The work of :func:`_refine`."""
    if set(a[i1:i2]).isdisjoint(b[j1:j2]):  # Nothing in common: one change (``â€™`` -> ``'``).
        return [Block(i1, i2, j1, j2, False)]
    # First a kept word, not a kept line break: whitespace only extends a match. Where that
    # keeps a character or two, punctuation too may only extend one, if that keeps more
    # (``&#8217;0 &\r`` -> ``'0 &\n`` keeps the ``0``, not the first ``&``). What is left
    # unmatched is matched again, spaces and all (``&quot; &#x263A;`` keeps its space).
    blocks = []
    junk, opcodes = str.isspace, _opcodes(str.isspace, a[i1:i2], b[j1:j2])
    if _kept(opcodes) <= WEAK_MATCH:
        other = _opcodes(_not_a_word, a[i1:i2], b[j1:j2])
        if _kept(other) > _kept(opcodes):
            junk, opcodes = _not_a_word, other
    if len(opcodes) == 1:
        junk, opcodes = None, _opcodes(None, a[i1:i2], b[j1:j2])
    for tag, x1, x2, y1, y2 in opcodes:
        if tag == "replace" and junk is not None and x2 - x1 + y2 - y1 > 2:
            blocks += _refine_between(a, i1 + x1, i1 + x2, b, j1 + y1, j1 + y2)
        else:
            blocks.append(Block(i1 + x1, i1 + x2, j1 + y1, j1 + y2, tag == "equal"))
    return blocks


def _opcodes(junk: Callable[[str], bool] | None, a: str, b: str) -> list[tuple]:
    import difflib  # Deferred: only for a difference of several characters on both sides.

    return difflib.SequenceMatcher(junk, a, b, autojunk=False).get_opcodes()


def _kept(opcodes: list[tuple]) -> int:
    return sum(x2 - x1 for tag, x1, x2, _, _ in opcodes if tag == "equal")


def _not_a_word(char: str) -> bool:
    return not char.isalnum()
