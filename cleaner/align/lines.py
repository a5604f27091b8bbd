"""Alignments for the passes that keep lines: line for line (``encoding``, ``split``,
``whitespace``), read off in one pass where ``encoding`` only made CRLF LF and uncurled
quotes, line by line where whole lines went (``boilerplate``) or moved (``pages``). Each
gives what the walk (:mod:`.walk`) would, faster, and falls back to it where it cannot.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import accumulate, compress, count, islice, pairwise, repeat
from operator import add, itemgetter, ne, sub

from ftfy.chardata import LIGATURES

from cleaner.align.resync import common_prefix_length
from cleaner.align.walk import Block, align, fast_block, slide_left
from cleaner.passes.encoding.precheck import UNCURL


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
    if before.count("\n") != after.count("\n"):  # (the lines do not pair up: no split)
        return align(before, after)
    old, new = before.split("\n"), after.split("\n")
    blocks: list[Block] = []
    i = j = 0  # where the line starts
    kept_i = kept_j = 0  # where the kept text after the last change starts
    slides = False  # whether slide_left could move a change (else it changes nothing)
    append = blocks.append
    done = 0  # the lines before this one are passed
    for k in compress(range(len(old)), map(ne, old, new)):  # the lines that differ (C loops)
        if k > done:  # kept lines, of one width on both sides
            width = sum(map(len, old[done:k])) + k - done
            i, j = i + width, j + width
        old_line, new_line, done = old[k], new[k], k + 1
        length = len(new_line)
        one_more = len(old_line) == length + 1 and old_line.startswith(new_line)
        if one_more and old_line[-1] == "\r":  # CRLF became LF: most lines of a CRLF text
            i1, j1 = i + length, j + length
            if i1 > kept_i:
                append(fast_block((kept_i, i1, kept_j, j1, True)))
                slides = slides or before[i1 - 1] == "\r"
            append(fast_block((i1, i1 + 1, j1, j1, False)))
            kept_i, kept_j = i1 + 1, j1
            i, j = i1 + 2, j1 + 1
            continue
        if respaced and old_line.split() != new_line.split():
            return align(before, after)
        for a, b, c, d in _line_changes(old_line, new_line):
            i1, i2, j1, j2 = i + a, i + b, j + c, j + d
            if i1 > kept_i:
                append(fast_block((kept_i, i1, kept_j, j1, True)))
                if i1 == i2:  # an insertion after kept text
                    slides = slides or after[j1 - 1] == after[j2 - 1]
                elif j1 == j2:  # a deletion after kept text
                    slides = slides or before[i1 - 1] == before[i2 - 1]
            append(fast_block((i1, i2, j1, j2, False)))
            kept_i, kept_j = i2, j2
        i, j = i + len(old_line) + 1, j + len(new_line) + 1
    if kept_i < len(before):
        append(fast_block((kept_i, len(before), kept_j, len(after), True)))
    return slide_left(before, after, blocks) if slides else blocks


# What ftfy's uncurl_quotes and fix_latin_ligatures make of each character they replace.
_SUBSTITUTIONS = {**{ord(curly): straight for curly, straight in UNCURL}, **LIGATURES}
_SUBSTITUTED_CHARS = "".join(map(chr, _SUBSTITUTIONS))
_SUBSTITUTED_RUN_RE = re.compile(f"[{_SUBSTITUTED_CHARS}]+")
# How many characters each of them becomes.
_SUBSTITUTED_WIDTHS = {chr(code): len(text) for code, text in _SUBSTITUTIONS.items()}
# From this length on, _substitution_runs searches for each character rather than scan.
FIND_SIZE = 2000
# The line breaks of one character other than LF (a CR: when no LF follows), which the
# passes make LF (``encoding``, ``whitespace``).
OTHER_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\u2028\u2029"
# The lone CRs are searched by a pattern, the other breaks by ``str.find``.
_OTHER_BREAK_CHARS = OTHER_LINE_BREAKS.replace("\r", "")
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
    breaks, text = [], before
    if after.count("\n") > before.count("\n"):  # (else no break became LF: no search)
        breaks, text = breaks_made_lf(before)
    elif "\r\n" in before and (crlf := _crlf_and_quotes(before, after)) is not None:
        return crlf
    substituted = _substituted_changes(text, after)
    if substituted is None:
        blocks = align_line_for_line(text, after)
    else:
        blocks = _with_kept_text(substituted, len(text), len(after))
    return _with_breaks_apart(blocks, breaks) if breaks else blocks


def breaks_made_lf(text: str) -> tuple[list[int], str]:
    """The positions of ``text``'s line breaks of one character other than LF (a CR: when
    no LF follows), in order, and ``text`` with each made LF, as the passes make them.
    Found by a search and a ``str.replace`` for each kind it holds (C speed: a pattern's
    scan tests every character of a text that holds any other than ASCII).

    >>> breaks_made_lf("a\\x0cb\\r\\nc\\rd")
    ([1, 6], 'a\\nb\\r\\nc\\nd')
    """
    breaks: list[int] = []
    kinds = [char for char in _OTHER_BREAK_CHARS if char in text]
    for char in kinds:
        at = text.find(char)
        while at >= 0:
            breaks.append(at)
            at = text.find(char, at + 1)
    if "\r" in text:  # (the lone CRs first: a break made LF after one would make a CRLF)
        breaks += [match.start() for match in _LONE_CR_RE.finditer(text)]
        text = _LONE_CR_RE.sub("\n", text)
    for char in kinds:
        text = text.replace(char, "\n")
    breaks.sort()
    return breaks, text


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
    # The CRs and the quotes in order, each with the text kept before it: CR number k, at
    # before[c], is where its line ends in the other two texts (at c - k); a quote there
    # before it is k characters further on in ``before``.
    blocks: list[Block] = []
    append = blocks.append
    i = j = q = 0  # where the kept text starts in before and after; the next quote
    count = len(quotes)
    for k, c in enumerate(match.start() for match in _CRLF_RE.finditer(before)):
        while q < count and quotes[q][0] + k < c:
            i1, i2, j1, j2 = quotes[q]
            if i1 + k > i:
                append(fast_block((i, i1 + k, j, j1, True)))
            append(fast_block((i1 + k, i2 + k, j1, j2, False)))
            i, j, q = i2 + k, j2, q + 1
        if c > i:
            append(fast_block((i, c, j, c - k, True)))
        append(fast_block((c, c + 1, c - k, c - k, False)))
        i, j = c + 1, c - k
    shift = len(before) - len(after)  # (all the CRs)
    for i1, i2, j1, j2 in quotes[q:]:
        if i1 + shift > i:
            append(fast_block((i, i1 + shift, j, j1, True)))
        append(fast_block((i1 + shift, i2 + shift, j1, j2, False)))
        i, j = i2 + shift, j2
    if i < len(before):
        append(fast_block((i, len(before), j, len(after), True)))
    return blocks


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
            append(fast_block((i, i1, j, j1, True)))
        append(fast_block((i1, i2, j1, j2, False)))
        i, j = i2, j2
    if i < n:
        append(fast_block((i, n, j, m, True)))
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
                split.append(fast_block((i1, at, j1, j1 + at - i1, True)))
            j1 += at - i1
            split.append(fast_block((at, at + 1, j1, j1 + 1, False)))
            i1, j1, k = at + 1, j1 + 1, k + 1
        if i1 < i2:
            split.append(fast_block((i1, i2, j1, j2, True)))
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
    by_position = _uncurled_changes(old, new)
    if by_position is None:
        by_position = [(a, b, a, b) for a, b in _differences(old, new)]
    if all(b - a == 1 for a, b, _, _ in by_position):
        return by_position
    walked = _walked_changes(old, new)
    return by_position if _changed_size(by_position) <= _changed_size(walked) else walked


def _uncurled_changes(old: str, new: str) -> list[tuple[int, int, int, int]] | None:
    """The runs of positions where line ``new`` differs from ``old`` (of one length) if it
    is ``old`` with its curly quotes straight (most such lines), else None: what
    :func:`_differences` finds, as each quote differs from what it becomes and the rest is
    the same; the quotes found by ``str.find`` rather than the lines compared by halves.

    >>> _uncurled_changes("‘a’’ b", "'a'' b"), _uncurled_changes("a’", "b'")
    ([(0, 1, 0, 1), (2, 4, 2, 4)], None)
    """
    quotes = [(curly, straight) for curly, straight in UNCURL if curly in old]
    replaced = old
    for curly, straight in quotes:
        replaced = replaced.replace(curly, straight)
    if not quotes or replaced != new:
        return None
    positions = []
    for curly, _ in quotes:
        at = old.find(curly)
        while at >= 0:
            positions.append(at)
            at = old.find(curly, at + 1)
    positions.sort()
    runs: list[tuple[int, int, int, int]] = []
    for at in positions:
        if runs and runs[-1][1] == at:
            start = runs.pop()[0]
            runs.append((start, at + 1, start, at + 1))
        else:
            runs.append((at, at + 1, at, at + 1))
    return runs


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


def align_lines(
    before: str, after: str, fallback: Callable[[str, str], list[Block]] = align
) -> list[Block]:
    """Blocks for a pass that only removes whole lines (``after``'s lines are ``before``'s,
    in order): each removed run of lines is one block. Falls back to ``fallback``
    (:func:`align`).

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
            return fallback(before, after)
        if found > k:
            blocks.append(Block(starts[k], starts[found], j, j, False))
        run = _common_line_count(old, found, new, t)  # at least the line found
        i1, i2 = starts[found], starts[found + run]
        blocks.append(Block(i1, i2, j, j + i2 - i1, True))
        k, t, j = found + run, t + run, j + i2 - i1
    if starts[k] < len(before):
        blocks.append(Block(starts[k], len(before), j, j, False))
    return blocks


def _common_line_count(old: list[str], k: int, new: list[str], t: int) -> int:
    """How many lines ``old[k:]`` and ``new[t:]`` have in common at their start, compared
    one by one in a C loop (a book's text is one run of thousands: compared in slices of
    growing size, as :func:`common_prefix_length` compares texts, each line is compared
    about three times).

    >>> _common_line_count(["a", "b", "c"], 1, ["b", "c", "d"], 0)
    2
    """
    limit = min(len(old) - k, len(new) - t)
    return next(compress(count(), map(ne, islice(old, k, None), islice(new, t, None))), limit)


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
