"""Align a text with what one pass made of it: which characters it kept, and where.

The passes change little and locally: they delete lines, join lines, change whitespace,
insert spaces or replace a few characters (ftfy). So a linear walk finds the alignment:
copy the common run, and where the texts differ, resynchronise at the nearest place where
the next few characters agree again (found with ``str.find``, at C speed). The result is
always a valid alignment (an ``equal`` block holds the same characters on both sides);
where a change is ambiguous (``a  b`` -> ``a b``: which space went?) it picks one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from itertools import accumulate, pairwise
from typing import NamedTuple

from ftfy.chardata import LIGATURES

from cleaner.passes.encoding.precheck import UNCURL

# Characters that must agree for the walk to resynchronise after a difference.
PROBE = 8
# How far ahead a resynchronisation is first looked for (then anywhere).
WINDOW = 4096
# Differences of up to this many characters (both sides) are looked for first, directly.
SMALL_EDIT = 4
# How many characters of one side a difference may cover before the search looks only
# for pure insertions and deletions.
MAX_SHIFT = 64
# A difference of up to this many characters (both sides) is aligned exactly inside.
MAX_REFINE = 400
# How far a first, cheap search for a resynchronisation looks (at most MAX_SHIFT, WINDOW).
NEAR = 64
# The highest cost up to which _only_place checks a place directly (beyond, it costs more
# than the searches it would save).
ONLY_PLACE_COST = 24
# How many lines _common_run compares whole before it compares the rest in halves.
RUN_LINES = 4
# A match inside a difference this short may be chance (a lone ``&``): look for a longer.
WEAK_MATCH = 2


class Block(NamedTuple):
    """``before[i1:i2]`` became ``after[j1:j2]``; ``equal`` when they are the same text."""

    i1: int
    i2: int
    j1: int
    j2: int
    equal: bool


# ``Block(*fields)`` without the Python frame of a named tuple's ``__new__`` (hot loops).
_block = partial(tuple.__new__, Block)


def align(before: str, after: str) -> list[Block]:
    """Blocks covering both texts in order, alternating kept text and changes.

    >>> [tuple(b) for b in align("a  b\\r\\n", "a b\\n")]
    [(0, 1, 0, 1, True), (1, 2, 1, 1, False), (2, 4, 1, 3, True), (4, 5, 3, 3, False), \
(5, 6, 3, 4, True)]
    """
    blocks: list[Block] = []
    joined: list[tuple[int, int]] = []  # runs of blocks made by _joined_lines
    i = j = 0
    n, m = len(before), len(after)
    while i < n or j < m:
        if i < n and j < m and (k := _common_run(before, i, after, j)):
            blocks.append(_block((i, i + k, j, j + k, True)))
            i, j = i + k, j + k
            if i == n and j == m:
                break
        # A difference at i, j: the common run, if any, ends here (it is the longest).
        if i < n and j < m and _one_replaced(before, i, after, j, n, m):
            blocks.append(_block((i, i + 1, j, j + 1, False)))  # _resync's first answer
            i, j = i + 1, j + 1
            if before[i - 1] == "\n":
                first = len(blocks)
                i, j = _joined_lines(before, i, after, j, blocks)
                joined.append((first, len(blocks)))
            continue
        di, dj = _resync(before, i, after, j)
        if dj - di == 1 and (word := _moved_whole_word(before, i, di, after, j)) is not None:
            blocks += word
        elif di and dj and di + dj > 2 and di + dj <= MAX_REFINE:
            blocks += _refine(before, i, i + di, after, j, j + dj)
        else:
            blocks.append(_block((i, i + di, j, j + dj, False)))
        i, j = i + di, j + dj
    if not joined:
        return _slide_left(before, after, blocks)
    # Nothing slides into or out of a run of joined lines (it starts after a replacement
    # and ends with one, and a replacement never slides): only the blocks between runs.
    slid, start = [], 0
    for first, last in joined:
        slid += _slide_left(before, after, blocks[start:first])
        slid += blocks[first:last]
        start = last
    return slid + _slide_left(before, after, blocks[start:])


def _joined_lines(a: str, i: int, b: str, j: int, blocks: list[Block]) -> tuple[int, int]:
    """The blocks the walk makes of the lines from ``a[i]``, ``b[j]`` on (line starts)
    while each is kept whole and its line break became one other character (a join of
    ``unwrap``, one per line of a hard-wrapped paragraph), added to ``blocks`` in one tight
    loop; returns where the walk goes on, at the first line that is not such.

    >>> blocks = []
    >>> _joined_lines("ab\\ncdefghijkl\\nmn", 0, "ab cdefghijkl mn", 0, blocks)
    (14, 14)
    >>> [tuple(b) for b in blocks]
    [(0, 2, 0, 2, True), (2, 3, 2, 3, False), (3, 13, 3, 13, True), (13, 14, 13, 14, False)]
    """
    n, m, append = len(a), len(b), blocks.append
    while (end := a.find("\n", i)) > i:
        k = j + end - i  # where the line's break is in b, if the line is kept
        # What _common_run and _one_replaced decide: the line is kept, its break became a
        # character that is no line break, and nothing cheaper fits.
        if b[k : k + 1] in ("\n", "") or not b.startswith(a[i:end], j):
            break
        if not _one_replaced(a, end, b, k, n, m):
            break
        append(_block((i, end, j, k, True)))
        append(_block((end, end + 1, k, k + 1, False)))
        i, j = end + 1, k + 1
    return i, j


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
        _block((i, i, j, j + 1, False)),
        _block((i, end, j + 1, j + di, True)),
        _block((end, end + 1, j + di, j + di + 1, False)),
    ]


def _slide_left(before: str, after: str, blocks: list[Block]) -> list[Block]:
    """Move each pure insertion or deletion as far left as the same text allows, so that
    it ends where the kept text resumes (``&amp;answer`` -> ``&answer`` removes ``amp;``,
    not ``mp;a``); touching equal blocks are merged.

    >>> [tuple(b) for b in _slide_left("xaba", "xa", [Block(0, 2, 0, 2, True),
    ...     Block(2, 4, 2, 2, False)])]
    [(0, 1, 0, 1, True), (1, 3, 1, 1, False), (3, 4, 1, 2, True)]
    """
    slid: list[Block] = []
    append = slid.append
    last = None  # slid[-1]
    for block in blocks:
        i1, i2, j1, j2, equal = block
        if last is not None and last[4] and not equal:
            deletion = j1 == j2
            pure = deletion or i1 == i2
            if pure:  # a replacement never slides
                text, start, end = (before, i1, i2) if deletion else (after, j1, j2)
                k, room = 0, last[1] - last[0]
                while k < room and text[start - 1 - k] == text[end - 1 - k]:
                    k += 1
                if k:
                    slid.pop()
                    if room > k:
                        append(_block((last[0], last[1] - k, last[2], last[3] - k, True)))
                    append(_block((i1 - k, i2 - k, j1 - k, j2 - k, False)))
                    block = _block((i2 - k, i2, j2 - k, j2, True))
                    equal = True
        if equal and last is not None and slid[-1][4]:
            previous = slid.pop()
            block = _block((previous[0], block[1], previous[2], block[3], True))
        append(block)
        last = block
    return slid


def _refine(a: str, i1: int, i2: int, b: str, j1: int, j2: int) -> list[Block]:
    """A difference's exact alignment (difflib, on its few characters): a word between a
    line break that went and one that came stays kept (``The\\n`` -> ``\\nThe ``).

    >>> [tuple(x) for x in _refine("The\\nend", 0, 4, "\\nThe end", 0, 5)]
    [(0, 0, 0, 1, False), (0, 3, 1, 4, True), (3, 4, 4, 5, False)]
    """
    return [
        _block((i1 + x1, i1 + x2, j1 + y1, j1 + y2, equal))
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


def align_line_for_line(before: str, after: str, *, respaced: bool = False) -> list[Block]:
    """Blocks for a pass that changes lines in place (``encoding``, ``split``): line ``k`` of
    ``after`` is made from line ``k`` of ``before``. A line that kept its length is compared
    position by position (a quote for a quote); another is aligned as :func:`align` does.
    Falls back to :func:`align` when the numbers of lines differ, and, for a pass that only
    ``respaced`` lines (``whitespace``), when two paired lines hold other words (a blank
    line went where another was added).

    >>> [tuple(b) for b in align_line_for_line("\u2019a\\nb c\\n", "'a\\nb  c\\n")]
    [(0, 1, 0, 1, False), (1, 4, 1, 4, True), (4, 4, 4, 5, False), (4, 7, 5, 8, True)]
    >>> [tuple(b) for b in align_line_for_line("a\\n\\n\\nb ", "a\\n\\nb\\n", respaced=True)]
    [(0, 1, 0, 1, True), (1, 2, 1, 1, False), (2, 5, 1, 4, True), (5, 6, 4, 5, False)]
    """
    if after.endswith("\n") and before[-1:].strip():  # gained a final newline
        blocks = align_line_for_line(before, after[:-1], respaced=respaced)
        return [*blocks, Block(len(before), len(before), len(after) - 1, len(after), False)]
    old, new = before.split("\n"), after.split("\n")
    if len(old) != len(new):
        return align(before, after)
    blocks: list[Block] = []
    i = j = 0  # where the line starts
    kept_i = kept_j = 0  # where the kept text after the last change starts
    slides = False  # whether _slide_left could move a change (else it changes nothing)
    append = blocks.append
    for old_line, new_line in zip(old, new, strict=True):
        if old_line != new_line:
            length = len(new_line)
            one_more = len(old_line) == length + 1 and old_line.startswith(new_line)
            if one_more and old_line[-1] == "\r":  # CRLF became LF: most lines of a CRLF text
                i1, j1 = i + length, j + length
                if i1 > kept_i:
                    append(_block((kept_i, i1, kept_j, j1, True)))
                    slides = slides or before[i1 - 1] == "\r"
                append(_block((i1, i1 + 1, j1, j1, False)))
                kept_i, kept_j = i1 + 1, j1
                i, j = i1 + 2, j1 + 1
                continue
            if respaced and old_line.split() != new_line.split():
                return align(before, after)
            for a, b, c, d in _line_changes(old_line, new_line):
                i1, i2, j1, j2 = i + a, i + b, j + c, j + d
                if i1 > kept_i:
                    append(_block((kept_i, i1, kept_j, j1, True)))
                    if i1 == i2:  # an insertion after kept text
                        slides = slides or after[j1 - 1] == after[j2 - 1]
                    elif j1 == j2:  # a deletion after kept text
                        slides = slides or before[i1 - 1] == before[i2 - 1]
                append(_block((i1, i2, j1, j2, False)))
                kept_i, kept_j = i2, j2
        i, j = i + len(old_line) + 1, j + len(new_line) + 1
    if kept_i < len(before):
        append(_block((kept_i, len(before), kept_j, len(after), True)))
    return _slide_left(before, after, blocks) if slides else blocks


# What ftfy's uncurl_quotes and fix_latin_ligatures make of each character they replace.
_SUBSTITUTIONS = {**{ord(curly): straight for curly, straight in UNCURL}, **LIGATURES}
_SUBSTITUTED_RUN_RE = re.compile(f"[{''.join(map(chr, _SUBSTITUTIONS))}]+")
# The line breaks of one character other than LF (a CR: when no LF follows), which the
# passes make LF (``encoding``, ``whitespace``).
OTHER_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\u2028\u2029"
# Searched in two patterns, each at C speed (a pattern that starts with an alternation is
# tried at every position).
_BREAK_CHAR_RE = re.compile(f"[{OTHER_LINE_BREAKS.replace(chr(13), '')}]")
_LONE_CR_RE = re.compile("\r(?!\n)")
_CRLF_RE = re.compile("\r\n")


def align_repaired(before: str, after: str) -> list[Block]:
    """Blocks for ``encoding``: :func:`align_line_for_line`, when the pass also made
    ``before``'s other line breaks LF (their lines still pair up, and each such break is a
    change of its own: without this, one form feed per page would send a whole PDF text to
    :func:`align`'s walk), and read off in one pass when all it did besides was to replace
    curly quotes and ligatures (:func:`_substituted_changes`: the same blocks).

    >>> [tuple(b) for b in align_repaired("\u2019a\x0cb\\n", "'a\\nb\\n")]
    [(0, 1, 0, 1, False), (1, 2, 1, 2, True), (2, 3, 2, 3, False), (3, 5, 3, 5, True)]
    """
    breaks = []
    if after.count("\n") > before.count("\n"):  # (else no break became LF: no search)
        breaks = [match.start() for match in _BREAK_CHAR_RE.finditer(before)]
        if "\r" in before:
            breaks += [match.start() for match in _LONE_CR_RE.finditer(before)]
            breaks.sort()
    elif "\r\n" in before and (crlf := _crlf_and_quotes(before, after)) is not None:
        return crlf
    # (The lone CRs first: a break made LF after a CR would make it half of a CRLF.)
    text = _BREAK_CHAR_RE.sub("\n", _LONE_CR_RE.sub("\n", before)) if breaks else before
    substituted = _substituted_changes(text, after)
    if substituted is None:
        blocks = align_line_for_line(text, after)
    else:
        blocks = _with_kept_text(substituted, len(text), len(after))
    return _with_breaks_apart(blocks, breaks) if breaks else blocks


def _crlf_and_quotes(before: str, after: str) -> list[Block] | None:
    """Blocks for ``encoding`` when all it did was to make each CRLF LF and uncurl quotes
    (each a character for one: every line keeps its length but its CR), read off in one
    pass: each CR removed and each run of quotes replaced is a change, what
    :func:`align_line_for_line` finds line by line (a CRLF text's every line). None for
    any other repair (a ligature, a lone CR made LF: the line-by-line alignment).

    >>> [tuple(b) for b in _crlf_and_quotes("\u2019a\\r\\nb\\r\\n", "'a\\nb\\n")]
    [(0, 1, 0, 1, False), (1, 2, 1, 2, True), (2, 3, 2, 2, False), (3, 5, 2, 4, True), \
(5, 6, 4, 4, False), (6, 7, 4, 5, True)]
    """
    text = before.replace("\r\n", "\n")
    if len(text) != len(after) or "\r" in text:
        return None
    quotes = [] if text == after else _substituted_changes(text, after)
    if quotes is None:
        return None
    # Each CR, at before[i], is where its line ends in the other two texts (at j).
    cr_before = [match.start() for match in _CRLF_RE.finditer(before)]
    cr_after = [i - k for k, i in enumerate(cr_before)]
    changes = [(i, i + 1, j, j) for i, j in zip(cr_before, cr_after, strict=True)]
    if quotes:
        shift = partial(bisect_left, cr_after)  # CRs before a quote: its shift in before
        changes += [(i1 + (k := shift(i1)), i2 + k, j1, j2) for i1, i2, j1, j2 in quotes]
        changes.sort()
    return _with_kept_text(changes, len(before), len(after))


def _with_kept_text(changes: list[tuple[int, int, int, int]], n: int, m: int) -> list[Block]:
    """Blocks: the ``changes`` in order, and the equal text between them (of texts of
    ``n`` and ``m`` characters).

    >>> [tuple(b) for b in _with_kept_text([(1, 2, 1, 3)], 3, 4)]
    [(0, 1, 0, 1, True), (1, 2, 1, 3, False), (2, 3, 3, 4, True)]
    """
    blocks, i, j = [], 0, 0
    append = blocks.append
    for i1, i2, j1, j2 in changes:
        if i1 > i:
            append(_block((i, i1, j, j1, True)))
        append(_block((i1, i2, j1, j2, False)))
        i, j = i2, j2
    if i < n:
        append(_block((i, n, j, m, True)))
    return blocks


def _with_breaks_apart(blocks: list[Block], breaks: list[int]) -> list[Block]:
    """``blocks`` with the line breaks at ``breaks`` (of the text before), which the pass
    made LF but the blocks hold as kept, each made a change of its own."""
    split: list[Block] = []
    k = 0  # the next break
    for block in blocks:
        i1, i2, j1, j2, equal = block
        while k < len(breaks) and breaks[k] < i1:
            k += 1
        if not equal or k == len(breaks) or breaks[k] >= i2:
            split.append(block)
            continue
        while k < len(breaks) and breaks[k] < i2:  # an equal block holds the same breaks
            at = breaks[k]
            if at > i1:
                split.append(_block((i1, at, j1, j1 + at - i1, True)))
            j1 += at - i1
            split.append(_block((at, at + 1, j1, j1 + 1, False)))
            i1, j1, k = at + 1, j1 + 1, k + 1
        if i1 < i2:
            split.append(_block((i1, i2, j1, j2, True)))
    return split


def _line_changes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """The changes that made line ``new`` of line ``old``: position by position when the
    line kept its length and no two neighbours changed (a quote for a quote), else the
    fewer changed characters of that and :func:`align`'s walk (``\x08word \ufb01`` ->
    ``word fi`` lost a character and gained one: not seven changed places); a line of
    another length, as the walk finds it.

    >>> _line_changes("\x08word \ufb01", "word fi")
    [(0, 1, 0, 0), (6, 7, 5, 7)]
    """
    if len(old) == len(new) + 1 and old[-1:] == "\r" and new[-1:] != "\r":  # a CRLF line
        return [*_line_changes(old[:-1], new), (len(new), len(old), len(new), len(new))]
    if len(old) != len(new):
        substituted = _substituted_changes(old, new)
        return _walked_changes(old, new) if substituted is None else substituted
    by_position = [(a, b, a, b) for a, b in _differences(old, new)]
    if all(b - a == 1 for a, b, _, _ in by_position):
        return by_position
    walked = _walked_changes(old, new)
    return by_position if _changed_size(by_position) <= _changed_size(walked) else walked


def _substituted_changes(old: str, new: str) -> list[tuple[int, int, int, int]] | None:
    """The changes that made line ``new`` of ``old`` if it is ``old`` with its curly quotes
    and Latin ligatures replaced as ftfy replaces them (PDF text: ``“oﬃce”``), a run of
    such characters as one change; else None. What the walk finds, in a search and a slice
    comparison per run.

    >>> _substituted_changes("the \u2019o\ufb03ce\u2019\u2019", "the 'office''")
    [(4, 5, 4, 5), (6, 7, 6, 9), (9, 11, 11, 13)]
    """
    if len(new) < len(old):  # the replacements only lengthen (mojibake repaired shortens)
        return None
    changes, shift, i = [], 0, 0  # i: where the text after the last run starts in old
    for run in _SUBSTITUTED_RUN_RE.finditer(old):  # (slices compared: no per-character map)
        start, end = run.span()
        j = start + shift
        replaced = run.group().translate(_SUBSTITUTIONS)
        if old[i:start] != new[i + shift : j] or not new.startswith(replaced, j):
            return None
        changes.append((start, end, j, j + len(replaced)))
        shift += len(replaced) - (end - start)
        i = end
    return changes if changes and old[i:] == new[i + shift :] else None


def _walked_changes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    return [(x.i1, x.i2, x.j1, x.j2) for x in align(old, new) if not x.equal]


def _changed_size(changes: list[tuple[int, int, int, int]]) -> int:
    return sum(i2 - i1 + j2 - j1 for i1, i2, j1, j2 in changes)


def _differences(a: str, b: str) -> list[tuple[int, int]]:
    """The runs of positions where two texts of one length differ.

    >>> _differences("a\u2019b c\u201d", "a'b c'")
    [(1, 2), (5, 6)]
    """
    runs, k, length = [], 0, len(a)
    while k < length:
        k += common_prefix_length(a, k, b, k)
        start = k
        while k < length and a[k] != b[k]:
            k += 1
        if k > start:
            runs.append((start, k))
    return runs


def align_lines(before: str, after: str) -> list[Block]:
    """Blocks for a pass that only removes whole lines (``after``'s lines are ``before``'s,
    in order): each removed run of lines is one block. Falls back to :func:`align`.

    Each line of ``after`` is the first line of ``before`` equal to it from where the last
    one was; runs of equal lines are found by comparing slices of the two lists of lines,
    and the next line by ``list.index`` (C loops: a novel's whole text is one kept run).

    >>> [tuple(b) for b in align_lines("a\\nx\\nb\\n", "a\\nb\\n")]
    [(0, 2, 0, 2, True), (2, 4, 2, 2, False), (4, 6, 2, 4, True)]
    """
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    starts = list(accumulate(map(len, old), initial=0))  # of the lines of ``before``
    blocks: list[Block] = []
    k = t = j = 0  # the next line of ``before``, of ``after``, and where the latter starts
    while t < len(new):
        try:
            found = old.index(new[t], k)
        except ValueError:
            return align(before, after)
        if found > k:
            blocks.append(Block(starts[k], starts[found], j, j, False))
        run = common_prefix_length(old, found, new, t)  # at least the line found
        i1, i2 = starts[found], starts[found + run]
        blocks.append(Block(i1, i2, j, j + i2 - i1, True))
        k, t, j = found + run, t + run, j + i2 - i1
    if starts[k] < len(before):
        blocks.append(Block(starts[k], len(before), j, j, False))
    return blocks


def _common_run(a: str, i: int, b: str, j: int) -> int:
    """:func:`common_prefix_length`, first tried to the end of ``a``'s line, then to its
    last character: most passes change lines at their ends (a join, a removed line, a
    hyphen joined), so one or two comparisons find most runs.

    >>> _common_run("ab\\ncd", 0, "ab cd", 0), _common_run("inter-\\nnal", 0, "internal", 0)
    (2, 5)

    A kept line break goes on to the next line the same way, for a few lines (a
    paragraph's end, a blank line, the next paragraph's first line joined), before
    :func:`common_prefix_length` takes the rest:

    >>> _common_run("end.\\n\\nNew\\nline", 0, "end.\\n\\nNew line", 0)
    9
    """
    k = 0  # the run so far: whole lines with their line breaks
    for _ in range(RUN_LINES):
        end = a.find("\n", i + k)
        if end < 0:
            break
        length = end - i - k
        if a[i + k : end] != b[j + k : j + k + length]:
            if length and a[i + k : end - 1] == b[j + k : j + k + length - 1]:
                return k + length - 1  # all but the last: that one differs
            break
        k += length
        if b[j + k : j + k + 1] != "\n":  # the line break changed (a join): the run ends
            return k
        k += 1
    return k + common_prefix_length(a, i + k, b, j + k)


def common_prefix_length(a: Sequence[str], i: int, b: Sequence[str], j: int) -> int:
    """The length of the common run of ``a[i:]`` and ``b[j:]`` (texts, or lists of lines),
    compared by slices.

    >>> common_prefix_length("xxabcdef", 2, "abcdxg", 0)
    4
    """
    limit = min(len(a) - i, len(b) - j)
    if limit == 0 or a[i] != b[j]:
        return 0
    done, step = 0, 16
    while done < limit:
        size = min(step, limit - done)
        if a[i + done : i + done + size] != b[j + done : j + done + size]:
            break
        done, step = done + size, step * 2
    else:
        return limit
    low, high = done, done + size  # a[i:i+low] == b[j:j+low]; a difference before high
    while high - low > 1:
        middle = (low + high) // 2
        if a[i + low : i + middle] == b[j + low : j + middle]:
            low = middle
        else:
            high = middle
    return low


def _resync(a: str, i: int, b: str, j: int) -> tuple[int, int]:
    """The smallest ``(di, dj)`` after which ``a`` and ``b`` agree again for ``PROBE``
    characters (or to the end of one): the extent of the difference at ``a[i]``, ``b[j]``.
    Of equally small ones, the one followed by the longer agreement, then by a character
    that is not a space (``\\na`` -> ``a\\n`` keeps the ``a``, not the line break)."""
    n, m = len(a), len(b)
    if i == n or j == m:
        return n - i, m - j
    if (moved := _moved_word(a, i, b, j)) and _only_place(a, i, b, j, moved, sum(moved)):
        return moved  # the one cheapest place, so what the searches below would find
    if small := _small_edit(a, i, b, j):
        return small
    found = [(n - i, m - j)]
    bound, near = _near_bound(a, i, b, j)
    if near is not None and _only_place(a, i, b, j, near, bound):
        return near  # what the searches below would find, and all they would
    for window in (WINDOW, max(n, m)):
        found = _nearest(a, i, b, j, window, found, bound)
        found = [c[::-1] for c in _nearest(b, j, a, i, window, [c[::-1] for c in found], bound)]
        if found != [(n - i, m - j)]:
            break
    if len(found) == 1:
        return found[0]
    return min(found, key=lambda c: _preference(a, i + c[0], b, j + c[1], sum(c)))


def _small_edit(a: str, i: int, b: str, j: int) -> tuple[int, int] | None:
    """The best ``(di, dj)`` of at most ``SMALL_EDIT`` characters in all after which the
    texts agree for ``PROBE`` characters (or both end), tried directly: most differences
    are one quote, one space, one line break."""
    n, m = len(a), len(b)
    if _one_replaced(a, i, b, j, n, m):
        return 1, 1
    for cost in range(1, SMALL_EDIT + 1):
        found = []
        for di in range(max(0, cost - (m - j)), min(cost, n - i) + 1):
            dj = cost - di
            # The first characters first: most candidates fail there, without slicing.
            if i + di < n and (j + dj == m or a[i + di] != b[j + dj]):
                continue
            head = a[i + di : i + di + PROBE]
            if head == b[j + dj : j + dj + PROBE] and (
                len(head) == PROBE or i + di + len(head) == n
            ):
                found.append((di, dj))
        if len(found) == 1:
            return found[0]
        if found:
            return min(found, key=lambda c: _preference(a, i + c[0], b, j + c[1], cost))
    return None


def _moved_word(a: str, i: int, b: str, j: int) -> tuple[int, int] | None:
    """The place after a line's first word that a new line break pushed onto the line
    before (``The\\nquick`` -> ``\\nThe quick``: unwrap joined a line holding only the
    first word of a paragraph), if that is what happened here: a guess, found in a few
    steps where the searches of :func:`_resync` take many, that :func:`_only_place` checks.

    >>> _moved_word("The\\nquick brown", 0, "\\nThe quick brown", 0)
    (4, 5)
    """
    if b[j] != "\n":
        return None
    end = a.find("\n", i, i + NEAR)
    if end < 0 or not b.startswith(a[i:end], j + 1) or b[j + 1 + end - i : j + 2 + end - i] != " ":
        return None
    di, dj = end - i + 1, end - i + 2
    head = a[i + di : i + di + PROBE]  # and the texts agree again there
    return (di, dj) if len(head) == PROBE and b.startswith(head, j + dj) else None


def _one_replaced(a: str, i: int, b: str, j: int, n: int, m: int) -> bool:
    """Whether the difference is one character for another (a line break that became a
    space) and nothing cheaper or as cheap fits: the answer :func:`_small_edit`'s search
    gives, with the candidates it rejects on their first character rejected the same way.

    >>> _one_replaced("ab\\ncdefghijk", 2, "ab cdefghijk", 2, 12, 12)
    True
    """
    if i + 2 >= n or j + 2 >= m:
        return False
    if a[i] == b[j + 1] or a[i + 1] == b[j] or a[i] == b[j + 2] or a[i + 2] == b[j]:
        return False
    head = a[i + 1 : i + 1 + PROBE]
    return head == b[j + 1 : j + 1 + PROBE] and (len(head) == PROBE or i + 1 + len(head) == n)


def _preference(a: str, i: int, b: str, j: int, cost: int) -> tuple[int, int, bool]:
    run = min(common_prefix_length(a, i, b, j), PROBE)
    return cost, -run, i < len(a) and a[i].isspace()


def _near_bound(a: str, i: int, b: str, j: int) -> tuple[int, tuple[int, int] | None]:
    """A place within ``NEAR`` characters where ``a`` and ``b`` agree again
    (``b[j + dj:]``'s next ``PROBE`` characters found in ``a``) and its cost, else no place
    and a cost beyond any.

    :func:`_nearest` finds such a place too (``dj`` below ``MAX_SHIFT``, within its
    window), so the cost it ends with is at most this: its searches can stop there, and
    find the same places, without first scanning its whole window for a probe that is
    not there (``The\\n`` -> ``\\nThe ``: a short first line, once a new paragraph).

    >>> _near_bound("The\\nquick brown fox", 0, "\\nThe quick brown fox", 0)
    (9, (4, 5))
    """
    for dj in range(min(NEAR, len(b) - j - PROBE + 1)):
        position = a.find(b[j + dj : j + dj + PROBE], i, i + NEAR + PROBE)
        if position >= 0:
            return position - i + dj, (position - i, dj)
    return len(a) + len(b), None


def _only_place(a: str, i: int, b: str, j: int, place: tuple[int, int], cost: int) -> bool:
    """Whether ``place`` is the only ``(di, dj)`` of at most ``cost`` after which ``a``
    and ``b`` agree for ``PROBE`` characters, with both texts going on beyond them all.

    Then it is :func:`_resync`'s answer: the searches of :func:`_nearest` end with the
    cheapest such places (each of them, for the first occurrence of a probe is the
    cheapest), no end of text is near, and there is no tie to break. Checked directly,
    for a short cost, in fewer steps than the searches take.

    >>> _only_place("The\\nquick brown fox", 0, "\\nThe quick brown fox", 0, (4, 5), 9)
    True
    """
    if cost > ONLY_PLACE_COST or len(a) - i <= cost + PROBE or len(b) - j <= cost + PROBE:
        return False
    window = b[j : j + cost + PROBE]  # holds b's probes of every dj up to cost
    for di in range(cost + 1):
        probe, limit = a[i + di : i + di + PROBE], cost - di + PROBE  # so dj <= cost - di
        dj = window.find(probe, 0, limit)
        while dj >= 0:
            if (di, dj) != place:
                return False
            dj = window.find(probe, dj + 1, limit)
    return True


def _nearest(
    a: str, i: int, b: str, j: int, window: int, found: list[tuple[int, int]], bound: int
) -> list[tuple[int, int]]:
    """``found`` with the places where ``b[j + dj:]``'s next characters recur in ``a``
    within ``window`` after ``i``, for small ``dj``, that cost no more than the best
    (which is at most ``bound``: see :func:`_near_bound`)."""
    n = len(a)
    cost = min(map(sum, found))
    limit = min(cost, bound)  # no cheaper place lies further
    for dj in range(min(MAX_SHIFT, len(b) - j + 1)):
        if dj > limit:
            break
        probe = b[j + dj : j + dj + PROBE]
        if len(probe) < PROBE:  # the rest of b: too short to trust but as the end of a
            position = n - len(probe) if a.endswith(probe) and n - len(probe) >= i else -1
        else:
            # Only as far as a cheaper candidate could be (the first one found beyond it
            # would be dropped below): after a first find, the searches are short.
            position = a.find(probe, i, i + min(window, limit - dj) + PROBE)
        if position >= 0 and position - i + dj <= cost:
            cost = position - i + dj
            limit = min(cost, bound)
            found = [c for c in found if sum(c) <= cost] + [(position - i, dj)]
    return found


def align_moved_lines(before: str, after: str) -> list[Block]:
    """The alignment of a pass that removes lines and moves some whole (``pages`` puts a
    footnote after its paragraph): lines matched in order, then each line left over in
    ``after`` matched to the same line left over in ``before``, wherever it was. The
    blocks partition both texts; they are in ``after``'s order, and a moved line's block
    is out of ``before``'s order.

    >>> blocks = align_moved_lines("x\\nN\\ny\\n", "N\\nx\\ny\\n")  # N moved up
    >>> [(b.i1, b.i2, b.j1, b.j2) for b in blocks if b.equal]
    [(2, 3, 0, 1), (0, 1, 2, 3), (4, 6, 4, 6)]
    """
    import difflib

    old, new = before.split("\n"), after.split("\n")
    old_starts, new_starts = _line_starts(old), _line_starts(new)
    pairs: dict[int, int] = {}  # new line -> old line
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for i, j, size in matcher.get_matching_blocks():
        pairs.update((j + k, i + k) for k in range(size))
    left: dict[str, list[int]] = {}
    used = set(pairs.values())
    for i, line in enumerate(old):
        if i not in used and line:
            left.setdefault(line, []).append(i)
    for j, line in enumerate(new):
        if j not in pairs and left.get(line):
            pairs[j] = left[line].pop(0)
    equal = [
        Block(
            old_starts[i],
            old_starts[i] + len(old[i]),
            new_starts[j],
            new_starts[j] + len(new[j]),
            True,
        )
        for j, i in sorted(pairs.items())
        if new[j]
    ]
    return _fill_gaps(before, after, equal)


def _line_starts(lines: list[str]) -> list[int]:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return starts


def _fill_gaps(before: str, after: str, equal: list[Block]) -> list[Block]:
    """``equal`` (kept lines, in ``after``'s order) with the text between them: where two
    blocks follow each other in both texts, what lies between them in each is one block;
    elsewhere what ``after`` has between them is inserted and what ``before`` has deleted."""
    start, end = (
        Block(0, 0, 0, 0, True),
        Block(len(before), len(before), len(after), len(after), True),
    )
    by_new = [start, *equal, end]
    by_old = sorted(by_new, key=lambda block: (block.i1, block.i2))
    next_in_old = {id(a): b for a, b in pairwise(by_old)}
    blocks: list[Block] = []
    paired: set[int] = set()
    for a, b in pairwise(by_new):
        blocks.append(a)
        if next_in_old.get(id(a)) is b:
            paired.add(id(a))
            if a.i2 < b.i1 or a.j2 < b.j1:
                same = before[a.i2 : b.i1] == after[a.j2 : b.j1]
                blocks.append(Block(a.i2, b.i1, a.j2, b.j1, same))
        elif a.j2 < b.j1:
            blocks.append(Block(a.i2, a.i2, a.j2, b.j1, False))
    for a, b in pairwise(by_old):
        if id(a) not in paired and a.i2 < b.i1:
            blocks.append(Block(a.i2, b.i1, a.j2, a.j2, False))
    blocks = [b for b in blocks if b.i1 < b.i2 or b.j1 < b.j2]
    blocks.sort(key=lambda block: (block.j1, block.j2, block.i1))
    merged: list[Block] = []
    for block in blocks:
        last = merged[-1] if merged else None
        if last and last.equal and block.equal and last.i2 == block.i1 and last.j2 == block.j1:
            merged[-1] = Block(last.i1, block.i2, last.j1, block.j2, True)
        else:
            merged.append(block)
    return merged
