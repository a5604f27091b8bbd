"""What ftfy's ``uncurl_quotes`` and ``fix_latin_ligatures`` change, found at C speed: a
line that is another with its curly quotes and Latin ligatures replaced (PDF text:
``“oﬃce”``), each run of such characters one change.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, ne, sub

from ftfy.chardata import LIGATURES

from cleaner.passes.encoding.precheck import UNCURL

# What ftfy's uncurl_quotes and fix_latin_ligatures make of each character they replace.
_SUBSTITUTIONS = {**{ord(curly): straight for curly, straight in UNCURL}, **LIGATURES}
_SUBSTITUTED_CHARS = "".join(map(chr, _SUBSTITUTIONS))
_SUBSTITUTED_RUN_RE = re.compile(f"[{_SUBSTITUTED_CHARS}]+")
# How many characters each of them becomes.
_SUBSTITUTED_WIDTHS = {chr(code): len(text) for code, text in _SUBSTITUTIONS.items()}
# From this length on, _substitution_runs searches for each character rather than scan.
FIND_SIZE = 2000


def _substituted_changes(old: str, new: str) -> list[tuple[int, int, int, int]] | None:
    """The changes that made line ``new`` of ``old`` if it is ``old`` with its curly quotes
    and Latin ligatures replaced as ftfy replaces them (PDF text: ``“oﬃce”``), a run of
    such characters as one change; else None. What the walk finds, checked by
    ``str.replace`` of each such character ``old`` holds and one comparison (C speed),
    the runs' places read off at C speed too.

    >>> _substituted_changes("the \u2019o\ufb03ce\u2019\u2019", "the 'office''")
    [(4, 5, 4, 5), (6, 7, 6, 9), (9, 11, 11, 13)]
    """
    if len(new) < len(old):  # the replacements only lengthen (mojibake repaired shortens)
        return None
    runs = _substitution_runs(old)
    if not runs:
        return None
    starts, ends = list(map(itemgetter(0), runs)), list(map(itemgetter(1), runs))
    present = set(map(old.__getitem__, starts))  # the characters to replace (C loops)
    longer = list(compress(range(len(runs)), map(ne, map(sub, ends, starts), repeat(1))))
    for k in longer:
        present.update(old[starts[k] : ends[k]])
    replaced = old
    for char in _SUBSTITUTED_CHARS:  # (in this order: ``ŉ`` becomes ``ʼn``, and stays)
        if char in present:
            replaced = replaced.replace(char, _SUBSTITUTIONS[ord(char)])
    if replaced != new:
        return None
    # What each run becomes: most are one character (C loops), the others summed.
    widths = list(map(_SUBSTITUTED_WIDTHS.__getitem__, map(old.__getitem__, starts)))
    for k in longer:
        widths[k] = sum(map(_SUBSTITUTED_WIDTHS.__getitem__, old[starts[k] : ends[k]]))
    # A run starts in ``new`` as far on as the runs before it lengthened the text.
    shifts = accumulate(map(sub, widths, map(sub, ends, starts)), initial=0)
    targets = list(map(add, starts, shifts))
    return list(zip(starts, ends, targets, map(add, targets, widths), strict=True))


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
