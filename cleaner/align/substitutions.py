"""What ftfy's ``uncurl_quotes`` and ``fix_latin_ligatures`` change, found at C speed: a
line that is another with its curly quotes and Latin ligatures replaced (PDF text:
``“oﬃce”``), each run of such characters one change.
"""

from __future__ import annotations

import re
from itertools import accumulate, chain, compress, repeat
from operator import add, itemgetter, ne, sub

from ftfy.chardata import LIGATURES

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


def _substitution_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of ``_SUBSTITUTED_RUN_RE`` in ``text``: in a long text, found
    by a search for each character (C speed; the pattern's scan tests every character of
    a text that holds any other than ASCII, five times slower on a book).

    >>> _substitution_runs("a\u201c\ufb01b\u201d" + " " * FIND_SIZE)
    [(1, 3), (4, 5)]
    """
    if len(text) < FIND_SIZE:
        return [run.span() for run in _SUBSTITUTED_RUN_RE.finditer(text)]
    positions: list[int] = []
    find, append = text.find, positions.append
    for char in _SUBSTITUTED_CHARS:
        k = find(char)
        while k >= 0:
            append(k)
            k = find(char, k + 1)
    positions.sort()
    # A run starts where the position before is not one less, and ends where the next is
    # not one more (C loops: a book holds thousands).
    after_each = list(map(add, positions, repeat(1)))
    firsts = map(ne, positions, [-1, *after_each[:-1]])
    lasts = map(ne, after_each, [*positions[1:], -1])
    return list(zip(compress(positions, firsts), compress(after_each, lasts), strict=True))
