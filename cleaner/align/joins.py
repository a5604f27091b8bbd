"""The walk's joins: the lines after a line break replaced by a character (``unwrap``'s
joins), found line by line in one tight loop and, past a paragraph's end, a stretch of text
at a time at C speed; and a paragraph's first word moved onto the line before.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, compress, count, islice, repeat
from operator import add, eq, ge, ne, sub

from cleaner.align.blocks import Block, fast_block
from cleaner.align.refine import WEAK_MATCH, _moved_whole_word, _refine
from cleaner.align.resync import (
    PROBE,
    _moved_word,
    _only_place,
    common_prefix_length,
    one_replaced,
)

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
