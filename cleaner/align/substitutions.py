"""What ftfy's ``uncurl_quotes`` and ``fix_latin_ligatures`` change, found at C speed: a
line that is another with its curly quotes and Latin ligatures replaced (PDF text:
``“oﬃce”``), each run of such characters one change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import accumulate, chain, compress, filterfalse, repeat
from operator import add, itemgetter, ne, sub

from ftfy.chardata import LIGATURES

from cleaner.align.resync import common_prefix_length
from cleaner.passes.encoding.precheck import UNCURL

# What ftfy's uncurl_quotes and fix_latin_ligatures make of each character they replace.
_SUBSTITUTIONS = {**{ord(curly): straight for curly, straight in UNCURL}, **LIGATURES}
_SUBSTITUTED_CHARS = "".join(map(chr, _SUBSTITUTIONS))
_SUBSTITUTED_RUN_RE = re.compile(f"[{_SUBSTITUTED_CHARS}]+")
# What each of them becomes, by the character.
_SUBSTITUTED_TEXTS = {chr(code): text for code, text in _SUBSTITUTIONS.items()}
# The Latin ligatures ftfy replaces (each by two characters or more).
LIGATURE_CHARS = tuple(map(chr, LIGATURES))
# From this length on, _substitution_runs searches for each character rather than scan.
FIND_SIZE = 2000
# How many kinds of character replaced :func:`one_for_one_runs` looks for before it leaves
# a text to the lines (each costs a search and a rebuild of the whole text).
MAX_KINDS = 16


def _substituted_changes(old: str, new: str) -> list[tuple[int, int, int, int]] | None:
    """The changes that made line ``new`` of ``old`` if it is ``old`` with its curly quotes
    and Latin ligatures replaced as ftfy replaces them (PDF text: ``“oﬃce”``), a run of
    such characters as one change; else None. What the walk finds, checked by ``old``
    rebuilt with its runs replaced and one comparison (C speed), the runs' places read
    off at C speed too.

    >>> _substituted_changes("the \u2019o\ufb03ce\u2019\u2019", "the 'office''")
    [(4, 5, 4, 5), (6, 7, 6, 9), (9, 11, 11, 13)]
    """
    if len(new) < len(old):  # the replacements only lengthen (mojibake repaired shortens)
        return None
    runs = _substitution_runs(old)
    if not runs:
        return None
    starts, ends = list(map(itemgetter(0), runs)), list(map(itemgetter(1), runs))
    # What each run becomes: most are one character (C loops), the others joined.
    texts = list(map(_SUBSTITUTED_TEXTS.__getitem__, map(old.__getitem__, starts)))
    for k in compress(range(len(runs)), map(ne, map(sub, ends, starts), repeat(1))):
        texts[k] = "".join(map(_SUBSTITUTED_TEXTS.__getitem__, old[starts[k] : ends[k]]))
    # ``old`` with every run replaced, rebuilt once (C loops) rather than by a
    # ``str.replace`` of the whole line for each character it holds: the same text, for
    # no character's replacement holds one replaced after it (``ŉ`` becomes ``ʼn``).
    kept = map(old.__getitem__, map(slice, [0, *ends], starts))
    if "".join(chain.from_iterable(zip(kept, texts, strict=True))) + old[ends[-1] :] != new:
        return None
    widths = list(map(len, texts))
    # A run starts in ``new`` as far on as the runs before it lengthened the text.
    shifts = accumulate(map(sub, widths, map(sub, ends, starts)), initial=0)
    targets = list(map(add, starts, shifts))
    return list(zip(starts, ends, targets, map(add, targets, widths), strict=True))


def uncurled_runs(old: str, new: str) -> list[tuple[int, int, int, int]] | None:
    """:func:`_substituted_changes` of two texts of one length (and no change if they are
    the same): ``new`` is ``old`` with its curly quotes straight (each a character for
    one; a Latin ligature would lengthen it), checked by a ``str.replace`` of the whole
    text for each kind of quote (what the pass itself uses, C speed; not a slice a run:
    a CRLF book holds tens of thousands of quotes).

    >>> uncurled_runs("\u2018a\u2019\u2019 b", "'a'' b"), uncurled_runs("\ufb01\u2019", "\ufb01'")
    ([(0, 1, 0, 1), (2, 4, 2, 4)], None)
    """
    uncurled = old
    for curly, straight in UNCURL:
        uncurled = uncurled.replace(curly, straight)
    if uncurled != new or any(map(old.__contains__, LIGATURE_CHARS)):
        return None
    return [(i1, i2, i1, i2) for i1, i2 in _substitution_runs(old)]


def one_for_one_runs(old: str, new: str) -> list[tuple[int, int, int, int]] | None:
    """The runs of positions where ``new`` differs from ``old`` if each is a character of a
    few kinds replaced by one other (a book's curly quotes straight, the ideographic
    spaces of its blank lines plain: ``encoding``), else None. Such a text's lines keep
    their lengths, and :func:`cleaner.align.align_line_for_line` makes these runs of them
    (position by position) where a run of several leaves none of its characters on its
    line in ``new``: no alignment of that line then changes fewer; where one does, None
    (the lines' alignment). Each kind is found where the texts first differ, its places by
    ``str.find``, and ``old`` rebuilt with them all replaced is compared with ``new`` (C
    speed, not a line at a time).

    >>> one_for_one_runs("\u201ca\u3000b\u201d\\n\u3000\u3000c", '"a b"\\n  c')
    [(0, 1, 0, 1), (2, 3, 2, 3), (4, 5, 4, 5), (6, 8, 6, 8)]
    >>> one_for_one_runs("\u3000a\u3000", "\u3000a "), one_for_one_runs("\u3000a\u3000", " a")
    ([(2, 3, 2, 3)], None)
    >>> one_for_one_runs("\u3000\u3000a\u3000", "  a\u3000")  # (the lines' alignment)
    """
    if len(old) != len(new) or old == new:
        return None
    kinds: dict[str, str] = {}  # each character replaced, and what it becomes
    positions: list[int] = []  # where one is replaced
    replaced, at = old, 0
    while len(kinds) < MAX_KINDS:
        at += common_prefix_length(replaced, at, new, at)
        if at == len(new):
            return _apart_on_their_lines(old, new, _runs(positions))
        source, target = old[at], new[at]
        if source in kinds or "\n" in (source, target):
            return None  # (another replacement of one kind; a line break: no line pairs)
        kinds[source] = target
        found = _positions(old, source)
        if source not in new:  # (replaced everywhere: one replace)
            positions = sorted(positions + found)
            replaced = replaced.replace(source, target)
            continue
        kept = set(_positions(new, source))  # (where ``new`` holds it, it is kept)
        positions = sorted(positions + list(filterfalse(kept.__contains__, found)))
        texts = map(kinds.__getitem__, map(old.__getitem__, positions))
        pieces = map(old.__getitem__, map(slice, [0, *map(add, positions, repeat(1))], positions))
        rebuilt = "".join(chain.from_iterable(zip(pieces, texts, strict=True)))
        replaced = rebuilt + old[positions[-1] + 1 :]
    return None


def _apart_on_their_lines(
    old: str, new: str, runs: list[tuple[int, int]]
) -> list[tuple[int, int, int, int]] | None:
    """``runs`` as changes (:func:`one_for_one_runs`), or None if a run of several
    characters has one of them on its line of ``new`` (the walk may change fewer there).

    >>> _apart_on_their_lines("ab\\nxy", "ba\\nzz", [(0, 2), (3, 5)])
    >>> _apart_on_their_lines("ab\\nxy", "cd\\nzz", [(0, 2), (3, 5)])
    [(0, 2, 0, 2), (3, 5, 3, 5)]
    """
    for i1, i2 in runs:
        if i2 - i1 > 1:
            line = new[new.rfind("\n", 0, i1) + 1 : new.find("\n", i2) % (len(new) + 1)]
            if any(map(line.__contains__, set(old[i1:i2]))):
                return None
    return [(i1, i2, i1, i2) for i1, i2 in runs]


def _substitution_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of ``_SUBSTITUTED_RUN_RE`` in ``text``: in a long text, found
    by a search for each character (C speed; the pattern's scan tests every character of
    a text that holds any other than ASCII, five times slower on a book).

    >>> _substitution_runs("a\u201c\ufb01b\u201d" + " " * FIND_SIZE)
    [(1, 3), (4, 5)]
    """
    if len(text) < FIND_SIZE:
        return [run.span() for run in _SUBSTITUTED_RUN_RE.finditer(text)]
    return _runs(_positions(text, _SUBSTITUTED_CHARS))


def _positions(text: str, chars: Iterable[str]) -> list[int]:
    """Where ``text`` holds any of ``chars``, in order (found by ``str.find``)."""
    positions: list[int] = []
    find, append = text.find, positions.append
    for char in chars:
        k = find(char)
        while k >= 0:
            append(k)
            k = find(char, k + 1)
    positions.sort()
    return positions


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """The spans of the runs of consecutive ``positions`` (sorted).

    >>> _runs([1, 2, 4])
    [(1, 3), (4, 5)]
    """
    # A run starts where the position before is not one less, and ends where the next is
    # not one more (C loops: a book holds thousands).
    after_each = list(map(add, positions, repeat(1)))
    firsts = map(ne, positions, [-1, *after_each[:-1]])
    lasts = map(ne, after_each, [*positions[1:], -1])
    return list(zip(compress(positions, firsts), compress(after_each, lasts), strict=True))
