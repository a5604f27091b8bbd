"""The walk that aligns any two texts: copy the common run, and where they differ,
resynchronise at the nearest place where the next few characters agree again (found with
``str.find``, at C speed); a run of lines whose breaks became spaces (``unwrap``'s joins)
in one tight loop, and a short difference aligned exactly inside (difflib).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import accumulate, compress, count, islice, repeat
from operator import add, eq, ge, ne, sub
from typing import NamedTuple

from cleaner.align.resync import (
    PROBE,
    _moved_word,
    _only_place,
    common_prefix_length,
    one_replaced,
    resync,
)

# A difference of up to this many characters (both sides) is aligned exactly inside.
MAX_REFINE = 400
# How many lines _common_run compares whole before it compares the rest in halves.
RUN_LINES = 4
# A match inside a difference this short may be chance (a lone ``&``): look for a longer.
WEAK_MATCH = 2
# How many characters _joined_in_bulk checks first (then twice as many each time).
JOIN_CHUNK = 512
# How far past a paragraph's end the texts must agree (line breaks and spaces aside) for
# _joined_run to check the paragraphs after it in bulk.
JOIN_AHEAD = 256
# _joined_run's checks in bulk go on past JOIN_TRIALS stretches only if they found at
# least JOIN_YIELD joins each (each costs about what as many lines' walk costs).
JOIN_TRIALS = 2
JOIN_YIELD = 10
# What ``one_replaced`` never finds right after a line break replaced by a space.
_SPACE_OR_BREAK = " \n"


class Block(NamedTuple):
    """``before[i1:i2]`` became ``after[j1:j2]``; ``equal`` when they are the same text."""

    i1: int
    i2: int
    j1: int
    j2: int
    equal: bool


# ``Block(*fields)`` without the Python frame of a named tuple's ``__new__`` (hot loops).
fast_block = partial(tuple.__new__, Block)


def align(before: str, after: str) -> list[Block]:
    """Blocks covering both texts in order, alternating kept text and changes.

    >>> [tuple(b) for b in align("a  b\\r\\n", "a b\\n")]
    [(0, 1, 0, 1, True), (1, 2, 1, 1, False), (2, 4, 1, 3, True), (4, 5, 3, 3, False), \
(5, 6, 3, 4, True)]
    """
    return _walk(before, after, compact=False)  # type: ignore[return-value]


class JoinedRun(NamedTuple):
    """Lines ``before[i1:i2]`` kept whole, each line break at ``breaks`` replaced by one
    other character (``after[j1:j2]``, the same length): what :func:`_joined_lines` would
    make a kept block and a one-character change of, line by line."""

    i1: int
    i2: int
    j1: int
    j2: int
    breaks: list[int]


def align_compact(before: str, after: str) -> list[Block | JoinedRun]:
    """:func:`align`'s blocks, each run of joined lines as one :class:`JoinedRun` (found
    at C speed where it can be: a paragraph's lines, not a Python step per line); the
    same blocks once the runs are expanded (:func:`expanded`).

    >>> before, after = "ab\\ncdefghijkl\\nmnopqrstuvw", "ab cdefghijkl mnopqrstuvw"
    >>> [tuple(x) for x in align_compact(before, after)]
    [(0, 2, 0, 2, True), (2, 3, 2, 3, False), (3, 14, 3, 14, [13]), (14, 25, 14, 25, True)]
    """
    return _walk(before, after, compact=True)


def expanded(parts: list[Block | JoinedRun]) -> list[Block]:
    """The blocks of :func:`align_compact`'s parts: each run's kept lines and breaks."""
    blocks: list[Block] = []
    for part in parts:
        if type(part) is not JoinedRun:
            blocks.append(part)  # type: ignore[arg-type]
            continue
        start, shift = part.i1, part.j1 - part.i1
        for end in part.breaks:
            blocks.append(fast_block((start, end, start + shift, end + shift, True)))
            blocks.append(fast_block((end, end + 1, end + shift, end + 1 + shift, False)))
            start = end + 1
    return blocks


def _walk(before: str, after: str, *, compact: bool) -> list:
    """The walk of :func:`align` (``compact``: of :func:`align_compact`)."""
    blocks: list = []
    joined: list[tuple[int, int]] = []  # runs of blocks made by _joined_lines
    yields = [0, 0]  # (see _joined_run)
    i = j = 0
    n, m = len(before), len(after)
    while i < n or j < m:
        if i < n and j < m and (k := _common_run(before, i, after, j)):
            blocks.append(fast_block((i, i + k, j, j + k, True)))
            i, j = i + k, j + k
            if i == n and j == m:
                break
        # A difference at i, j: the common run, if any, ends here (it is the longest).
        if i < n and j < m and one_replaced(before, i, after, j, n, m):
            blocks.append(fast_block((i, i + 1, j, j + 1, False)))  # _resync's first answer
            i, j = i + 1, j + 1
            if before[i - 1] == "\n":
                first = len(blocks)
                i, j = _joined(before, i, after, j, blocks, yields, compact)
                # A paragraph's first word moved onto the line before: its blocks made
                # directly, and the joins after it as after any other line joined.
                while (word := _paragraph_moved_word(before, i, after, j)) is not None:
                    blocks += word
                    i, j = _joined(before, word[-1].i2, after, word[-1].j2, blocks, yields, compact)
                joined.append((first, len(blocks)))
            continue
        di, dj = resync(before, i, after, j)
        if dj - di == 1 and (word := _moved_whole_word(before, i, di, after, j)) is not None:
            blocks += word
        elif di and dj and di + dj > 2 and di + dj <= MAX_REFINE:
            blocks += _refine(before, i, i + di, after, j, j + dj)
        else:
            blocks.append(fast_block((i, i + di, j, j + dj, False)))
        i, j = i + di, j + dj
    if not joined:
        return slide_left(before, after, blocks)
    # Nothing slides into or out of a run of joined lines (it starts after a replacement
    # and ends with one, and a replacement never slides): only the blocks between runs.
    slid, start = [], 0
    for first, last in joined:
        slid += slide_left(before, after, blocks[start:first])
        slid += blocks[first:last]
        start = last
    return slid + slide_left(before, after, blocks[start:])


def _joined(
    a: str, i: int, b: str, j: int, blocks: list, yields: list[int], compact: bool
) -> tuple[int, int]:
    """The joins of the walk from ``a[i]``, ``b[j]`` on (after a line break it replaced
    by a character), added to ``blocks`` (``compact``: as one :class:`JoinedRun`, else
    as :func:`_joined_lines` makes them); returns where the walk goes on."""
    if not compact:
        return _joined_lines(a, i, b, j, blocks)
    start, start_j = i, j
    i, j, breaks = _joined_run(a, i, b, j, yields)
    if breaks:
        blocks.append(JoinedRun(start, i, start_j, j, breaks))
    return i, j


def _paragraph_moved_word(a: str, i: int, b: str, j: int) -> list[Block] | None:
    """The blocks the walk makes from ``a[i]``, ``b[j]`` on (a line's start, after lines
    joined: their blocks end here, and ``slide_left`` starts afresh) when that line is a
    paragraph's last (kept, its line break kept) and the next paragraph's first word was
    moved onto the line before it (``end.\\nThe\\nrest`` -> ``end.\\n\\nThe rest``:
    unwrap's first-word-alone layout), made directly; else None.

    The walk keeps the line and its break (``_common_run``: the next line differs at
    once), finds no character replaced there, and ``resync`` answers: a word of
    ``PROBE`` characters or more agrees at once, so a line break put in (then the word
    kept to its line break, which is not kept, and that replaced as ``one_replaced``
    finds it); a shorter one is moved, when it is the only place (``_moved_word``), its
    blocks those of ``_moved_whole_word`` or ``_refine`` (taken here only if they are
    the line break put in, the word kept and its line break replaced). Either way
    ``slide_left`` then moves the line break put in back before the kept one.

    >>> [tuple(x) for x in _paragraph_moved_word("end.\\nThe\\nquick brown fox jumps", 0,
    ...     "end.\\n\\nThe quick brown fox jumps", 0)]
    [(0, 4, 0, 4, True), (4, 4, 4, 5, False), (4, 8, 5, 9, True), (8, 9, 9, 10, False)]
    """
    end = a.find("\n", i)
    start, start_j = end + 1, j + end + 1 - i  # the next line's start, in a and in b
    if end <= i or b[start_j - 1 : start_j + 1] != "\n\n" or a[start : start + 1] in ("\n", ""):
        return None
    word_end = a.find("\n", start)  # the first word's line break
    width = word_end - start
    if width <= 0 or not b.startswith(a[start:word_end], start_j + 1):
        return None
    if not b.startswith(a[i:end], j):
        return None
    after_word = start_j + 1 + width
    if width >= PROBE:  # (its line break not kept: the common run ends at it)
        if b[after_word : after_word + 1] in ("\n", "") or not one_replaced(
            a, word_end, b, after_word, len(a), len(b)
        ):
            return None
    else:
        moved = _moved_word(a, start, b, start_j)
        if moved is None or not _only_place(a, start, b, start_j, moved, sum(moved)):
            return None
        di, dj = moved  # (the walk's blocks of them, as it makes them: then these three?)
        # (A word of more than WEAK_MATCH + 1 characters with no blank in it: the three
        # below, as _moved_whole_word makes them, whose other conditions hold here.)
        whole = width > WEAK_MATCH and not any(map(str.isspace, a[start:word_end]))
        word = (
            whole
            or _moved_whole_word(a, start, di, b, start_j)
            or _refine(a, start, start + di, b, start_j, start_j + dj)
        )
        if word is not True and word != [
            (start, start, start_j, start_j + 1, False),
            (start, word_end, start_j + 1, after_word, True),
            (word_end, word_end + 1, after_word, after_word + 1, False),
        ]:
            return None
    return [
        fast_block((i, end, j, start_j - 1, True)),
        fast_block((end, end, start_j - 1, start_j, False)),  # (slid back by one)
        fast_block((end, word_end, start_j, after_word, True)),
        fast_block((word_end, word_end + 1, after_word, after_word + 1, False)),
    ]


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
        if not one_replaced(a, end, b, k, n, m):
            break
        append(fast_block((i, end, j, k, True)))
        append(fast_block((end, end + 1, k, k + 1, False)))
        i, j = end + 1, k + 1
    return i, j


def _joined_run(
    a: str, i: int, b: str, j: int, yields: list[int] | None = None
) -> tuple[int, int, list[int]]:
    """The joins of the walk from ``a[i]``, ``b[j]`` on, after a line break replaced by a
    character (``a[i - 1]``), up to the place where it meets any other difference: the
    positions in ``a`` of the line breaks it replaces by one character each (its blocks
    are them and the text kept between them), and where it goes on. Found line by line as
    :func:`_joined_lines` finds them, and past a line break kept (a paragraph's end) a
    stretch of text at a time at C speed (:func:`_joined_in_bulk`): the same joins and
    blocks as the walk's. ``yields`` counts the stretches checked and the joins they
    found in this walk: where they find few (a hyphen every few lines), the checks cost
    more than the lines' walk, and after ``JOIN_TRIALS`` stretches they stop.

    >>> _joined_run("ab\\ncdefghijkl\\nmn", 0, "ab cdefghijkl mn", 0)
    (14, 14, [2, 13])
    """
    breaks: list[int] = []
    n, m, shift, size = len(a), len(b), j - i, JOIN_CHUNK
    while True:
        while (end := a.find("\n", i)) > i:  # (what _joined_lines checks, line by line)
            k = end + shift
            if b[k : k + 1] in ("\n", "") or not b.startswith(a[i:end], i + shift):
                break
            if not one_replaced(a, end, b, k, n, m):
                break
            breaks.append(end)
            i = end + 1
        else:
            break  # (the last line, or a blank one: the walk goes on)
        if b[k : k + 1] != "\n":
            break  # (a difference: the walk goes on)
        # A line break kept (a paragraph's end): the joins after it, a stretch at a time,
        # if the next JOIN_AHEAD characters hold no other difference (else the line by
        # line walk costs less than the stretch's check).
        if yields is None:
            yields = [0, 0]
        if yields[0] >= JOIN_TRIALS and yields[1] < yields[0] * JOIN_YIELD:
            break
        ahead = a[end + 1 : end + 1 + JOIN_AHEAD].replace("\n", " ")
        if ahead != b[k + 1 : k + 1 + JOIN_AHEAD].replace("\n", " "):
            break
        known = len(breaks)
        found, whole = _joined_in_bulk(a, i, b, shift, size)
        breaks += found
        while whole:  # (the stretch ended only at its size: the next may hold more)
            i = breaks[-1] + 1 if len(breaks) > known else i
            size *= 2
            found, whole = _joined_in_bulk(a, i, b, shift, size)
            breaks += found
        yields[0] += 1
        yields[1] += len(breaks) - known
        if len(breaks) == known:
            break  # (none found: the walk goes on)
        i = breaks[-1] + 1
    return i, i + shift, breaks


def _joined_in_bulk(a: str, i: int, b: str, shift: int, size: int) -> tuple[list[int], bool]:
    """The joins the walk makes first from ``a[i]`` on (``b`` is ``shift`` further on; the
    walk is in step there, after a line break it replaced), as far as this can tell at
    C speed in the next ``size`` characters, and whether it took all of them (then the
    next stretch may hold more).

    Where ``b`` is ``a`` with some line breaks replaced by spaces, each such break that
    ``one_replaced`` takes for one (the next ``PROBE`` characters the same: no other join
    among them; no space nor line break first or second after it) is a change of its own
    and the text between them is kept, whichever way the walk gets there (its
    ``_joined_lines``, or the common run over kept line breaks and ``one_replaced``).

    >>> before = "ab\\ncdefghijkl\\n\\nmnopqrstuvwx\\nyz"
    >>> _joined_in_bulk(before, 0, "ab cdefghijkl\\n\\nmnopqrstuvwx yz", 0, 99)
    ([2], False)
    """
    end = min(len(a), i + size, len(b) - shift)
    segment, other = a[i:end], b[i + shift : end + shift]
    joined, spaced = segment.replace("\n", " "), other.replace("\n", " ")
    agreed = end  # where the texts, line breaks and spaces aside, agree up to
    if joined != spaced:
        agreed = i + common_prefix_length(joined, 0, spaced, 0)
        segment, other = segment[: agreed - i], other[: agreed - i]
    lines = segment.split("\n")
    if len(lines) < 2:
        return [], False
    # Each line break: the one before (``i - 1`` first), its line's length, and one.
    breaks = list(accumulate(map(add, map(len, lines[:-1]), repeat(1)), initial=i - 1))[1:]
    joins = breaks  # (if ``b`` kept none of them)
    if kept_count := other.count("\n"):
        # What ``b`` has at each break: a line break kept, or a space (a join).
        found = list(map(b.__getitem__, map(add, breaks, repeat(shift))))
        kept = list(compress(breaks, map(eq, found, repeat("\n"))))
        if len(kept) != kept_count:  # a space became a line break: they agree up to it
            lines = other.split("\n")
            ends = list(accumulate(map(add, map(len, lines[:-1]), repeat(1)), initial=i - 1))
            agreed = next(compress(ends[1:], map(ne, ends[1:], kept)), ends[len(kept) + 1])
        joins = list(compress(breaks, map(eq, found, repeat(" "))))
    taken = bisect_right(joins, agreed - PROBE - 1)  # the next PROBE characters agree
    whole = agreed == end == i + size  # (only the stretch's size ended it)
    checks = (
        # Another join among the next PROBE characters: joins[t + 1] - joins[t] <= PROBE.
        map(ge, repeat(PROBE), map(sub, islice(joins, 1, None), joins)),
        # A space or a line break first or second after the join.
        map(_SPACE_OR_BREAK.__contains__, map(a.__getitem__, map(add, joins, repeat(1)))),
        map(_SPACE_OR_BREAK.__contains__, map(a.__getitem__, map(add, joins, repeat(2)))),
    )
    for failed in checks:
        first = next(compress(count(), islice(failed, taken)), None)
        if first is not None:
            taken, whole = first, False
    return joins[:taken], whole


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


def slide_left(before: str, after: str, blocks: list[Block]) -> list[Block]:
    """Move each pure insertion or deletion as far left as the same text allows, so that
    it ends where the kept text resumes (``&amp;answer`` -> ``&answer`` removes ``amp;``,
    not ``mp;a``); touching equal blocks are merged.

    >>> [tuple(b) for b in slide_left("xaba", "xa", [Block(0, 2, 0, 2, True),
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
                        append(fast_block((last[0], last[1] - k, last[2], last[3] - k, True)))
                    append(fast_block((i1 - k, i2 - k, j1 - k, j2 - k, False)))
                    block = fast_block((i2 - k, i2, j2 - k, j2, True))
                    equal = True
        if equal and last is not None and slid[-1][4]:
            previous = slid.pop()
            block = fast_block((previous[0], block[1], previous[2], block[3], True))
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
