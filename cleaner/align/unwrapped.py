"""The alignment of an ``unwrap`` step read off its lines: each line of the text after is
a line of the text before, kept, or a run of them joined (a line break become a space,
removed, or removed with the hyphen before it or the next line's indentation), or a
blank line put in or taken out.

Where the walk (:mod:`.walk`) resynchronises change by change (Python steps for each
line and more for each paragraph), this compares a paragraph joined by spaces with one
slice, and a stretch of lines whose breaks and spaces only swapped at once (C speed),
and goes line by line only where a paragraph is joined otherwise (a hyphen). Each line
break is a change of its own: the walk merges two that come within a few characters of
each other, and finds a short first word moved onto the line before by searching for
it; here the lines say where it is. A paragraph joined in any other way (a soft hyphen
removed) is left to the walk, alone where its end is found, else with the rest.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate, compress, repeat
from operator import add, eq, sub

from cleaner.align.blocks import Block, JoinedRun, fast_block
from cleaner.align.walk import align_compact

# How many characters the first stretch of lines checked at once holds (then twice as
# many after each that holds only kept lines and joins by spaces), and how many lines
# are read one by one after a stretch that did not, before another is checked.
STRETCH = 2048
STRETCH_WAIT = 8


def align_unwrapped(before: str, after: str) -> list[Block | JoinedRun]:
    """:func:`cleaner.align.walk.align_compact`'s kind of parts for an ``unwrap`` step:
    kept text, changes, and runs of lines joined by spaces (:class:`JoinedRun`), read off
    the lines; an inserted or removed line break as far left as the same text allows.

    >>> before = "end.\\nThe\\nquick brown\\nfox in-\\nside.\\n"
    >>> [tuple(x) for x in align_unwrapped(before, "end.\\n\\nThe quick brown fox inside.\\n")]
    [(0, 4, 0, 4, True), (4, 4, 4, 5, False), (4, 8, 5, 9, True), (8, 9, 9, 10, False), \
(9, 21, 10, 22, [20]), (21, 27, 22, 28, True), (27, 29, 28, 28, False), (29, 35, 28, 34, True)]
    """
    old, new = before.split("\n"), after.split("\n")
    # Where each line of ``before`` starts (the last: one past the end, as after a break).
    starts = list(accumulate(map(add, map(len, old), repeat(1)), initial=0))
    spaced = before.replace("\n", " ")
    parts: list[Block | JoinedRun] = []
    kept = [0, 0]  # where the kept text since the last change starts, in before and after
    b = j = 0  # the next line of ``before``; where the next line of ``after`` starts
    a, count = 0, len(new)
    size, wait = STRETCH, 0  # the next stretch's size; lines to go before another
    while a < count:
        if b >= len(old):
            return align_compact(before, after)
        line, i = new[a], starts[b]
        if wait:
            wait -= 1
        elif (end := _swapped_stretch(before, after, spaced, i, j, size)) > i:
            k = bisect_left(starts, end, b)
            breaks = list(map(sub, starts[b + 1 : k + 1], repeat(1)))
            if (lines := _stretch_joins(parts, kept, after, breaks, j - i, end - i)) is not None:
                a += lines
                b, j, size = k, j + end - i, size * 2
                continue
            size, wait = STRETCH, STRETCH_WAIT
        else:
            size, wait = STRETCH, STRETCH_WAIT
        if old[b] == line:  # kept, with its line break
            b += 1
        elif not line and a + 1 < count:  # a blank line put in (a first word moved up)
            _change(parts, kept, before, after, (i, i, j, j + 1))
        elif not old[b] and b + 1 < len(old):  # a blank line taken out
            _change(parts, kept, before, after, (i, i + 1, j, j))
            b += 1
            continue
        else:
            end = i + len(line) + 1  # where the next line starts, if all joined by spaces
            k = bisect_left(starts, end, b + 2)
            if k < len(starts) and starts[k] == end and spaced[i : end - 1] == line:
                _spaced_breaks(parts, kept, list(map(sub, starts[b + 1 : k], repeat(1))), j - i)
                b = k
            else:
                found = _joined_lines(parts, kept, (before, after, old, starts), b, line, j)
                if found < 0:  # (joined otherwise: the walk aligns the paragraph, or the rest)
                    found = _region_end(old, b, new[a + 1] if a + 1 < count else None)
                    end = min(starts[found], len(before)) if found >= 0 else -1
                    other = min(j + len(line) + 1, len(after))
                    if found < 0 or not _respaced(before[i:end], after[j:other]):
                        _walked(parts, kept, before, after, (i, len(before)), (j, len(after)))
                        return _closed(parts, kept, len(before), len(after))
                    _walked(parts, kept, before, after, (i, end), (j, other))
                b = found
        a, j = a + 1, j + len(line) + 1
    if b != len(old):
        return align_compact(before, after)
    return _closed(parts, kept, len(before), len(after))


def _swapped_stretch(before: str, after: str, spaced: str, i: int, j: int, size: int) -> int:
    """Where a stretch of about ``size`` characters from ``before[i]`` and ``after[j]``
    on (line starts) ends, at a line start in both, if ``after``'s is ``before``'s with
    line breaks and spaces swapped, one for the other (C speed); else ``i``."""
    other = after.rfind("\n", j, j + size) + 1
    end = i + other - j
    if (
        other <= j
        or before[end - 1 : end] != "\n"
        or spaced[i:end] != after[j:other].replace("\n", " ")
    ):
        return i
    return end


def _stretch_joins(
    parts: list, kept: list[int], after: str, breaks: list[int], shift: int, length: int
) -> int | None:
    """The line breaks at ``breaks`` (all those of a stretch of ``length`` characters of
    ``before``, as :func:`_swapped_stretch` found it, ``shift`` further on in ``after``)
    that became spaces, added to ``parts``, and how many line breaks the stretch holds in
    ``after`` (its lines there); None (nothing added) if a space of the stretch became a
    line break."""
    found = map(after.__getitem__, map(add, breaks, repeat(shift)))
    joins = list(compress(breaks, map(eq, found, repeat(" "))))
    start = breaks[-1] + 1 - length + shift  # (the stretch's, in ``after``)
    lines = after.count("\n", start, start + length)
    if lines != len(breaks) - len(joins):
        return None
    if joins:
        _spaced_breaks(parts, kept, joins, shift)
    return lines


def _closed(parts: list, kept: list[int], n: int, m: int) -> list[Block | JoinedRun]:
    """``parts`` and the kept text after them, to the ends of the texts (``n``, ``m``)."""
    if kept[0] < n or kept[1] < m:
        parts.append(fast_block((kept[0], n, kept[1], m, True)))
    return parts


def _joined_lines(
    parts: list,
    kept: list[int],
    texts: tuple[str, str, list[str], list[int]],
    b: int,
    line: str,
    j: int,
) -> int:
    """The changes that joined the lines of ``before`` from line ``b`` on into ``line`` of
    ``after`` (at ``j``), added to ``parts``: each line break become a space, removed, or
    removed with the hyphen before it; returns the next line of ``before``, or -1 (and
    ``parts`` unchanged) if ``line`` is not made so."""
    before, after, old, starts = texts
    found: list[tuple[int, int, int, int]] = []  # the changes, in before and after
    pos = 0  # how much of ``line`` the lines joined so far make
    skip = 0  # how much of the next line's indentation went with its line break
    while True:
        text = old[b][skip:]
        following = old[b + 1] if b + 1 < len(old) else ""
        indent = len(following) - len(following.lstrip())
        brk = starts[b + 1] - 1  # the line break after ``text``
        if line.startswith(text, pos):
            pos += len(text)
            if pos == len(line):
                break
            if indent == len(following):
                return -1
            # (The next line must then go on at ``pos``: the next turn checks it.)
            if line[pos] != " ":  # the line break went, and the indentation with it
                found.append((brk, brk + 1 + indent, j + pos, j + pos))
            elif not indent:  # the line break became a space
                found.append((brk, brk + 1, j + pos, j + pos + 1))
                pos += 1
            elif following[indent - 1] == " ":  # went, with all the indentation but a space
                found.append((brk, brk + indent, j + pos, j + pos))
                pos += 1
            else:
                return -1
            skip = indent
        elif text.endswith("-") and indent < len(following) and line.startswith(text[:-1], pos):
            pos += len(text) - 1
            found.append((brk - 1, brk + 1 + indent, j + pos, j + pos))
            skip = indent
        else:
            return -1
        b += 1
    spaced: list[int] = []  # the breaks become spaces since the last other change
    shift = 0  # (how much further on they are in ``after``)
    for change in found:
        if change[3] - change[2] == 1:
            spaced.append(change[0])
            shift = change[2] - change[0]
            continue
        if spaced:
            _spaced_breaks(parts, kept, spaced, shift)
            spaced = []
        _change(parts, kept, before, after, change)
    if spaced:
        _spaced_breaks(parts, kept, spaced, shift)
    return b + 1


def _spaced_breaks(parts: list, kept: list[int], breaks: list[int], shift: int) -> None:
    """The line breaks at ``breaks`` of ``before``, each become a space at ``shift``
    further on in ``after``, added to ``parts`` as the walk makes them: the first a
    change, the others a :class:`JoinedRun`."""
    first, last = breaks[0], breaks[-1]
    if first > kept[0]:
        parts.append(fast_block((kept[0], first, kept[1], first + shift, True)))
    parts.append(fast_block((first, first + 1, first + shift, first + 1 + shift, False)))
    if len(breaks) > 1:
        parts.append(
            JoinedRun(first + 1, last + 1, first + 1 + shift, last + 1 + shift, breaks[1:])
        )
    kept[0], kept[1] = last + 1, last + 1 + shift


def _change(
    parts: list, kept: list[int], before: str, after: str, change: tuple[int, int, int, int]
) -> None:
    """``change`` (of ``before[i1:i2]`` into ``after[j1:j2]``) added to ``parts`` after
    the kept text before it; an insertion or a deletion moved as far left into that text
    as the same text allows (as :func:`cleaner.align.blocks.slide_left` moves it)."""
    i1, i2, j1, j2 = change
    if i1 == i2 or j1 == j2:
        text, start, end = (after, j1, j2) if i1 == i2 else (before, i1, i2)
        room, slid = i1 - kept[0], 0
        while slid < room and text[start - 1 - slid] == text[end - 1 - slid]:
            slid += 1
        i1, i2, j1, j2 = i1 - slid, i2 - slid, j1 - slid, j2 - slid
    if i1 > kept[0]:
        parts.append(fast_block((kept[0], i1, kept[1], j1, True)))
    parts.append(fast_block((i1, i2, j1, j2, False)))
    kept[0], kept[1] = i2, j2


def _region_end(old: list[str], b: int, following: str | None) -> int:
    """The line of ``before`` after line ``b`` where a paragraph that is not joined as
    read here ends, if the next line of ``after`` (``following``) is blank or a line kept:
    the next such line of ``before`` (None: the text ends, and so does the region); else
    -1."""
    if following is None:
        return len(old)
    if following.strip() and following not in old[b + 1 : b + 64]:
        return -1
    try:
        return old.index(following, b + 1)
    except ValueError:
        return -1


def _respaced(old: str, new: str) -> bool:
    """Whether two texts hold the same characters but whitespace (C speed)."""
    return "".join(old.split()) == "".join(new.split())


def _walked(
    parts: list,
    kept: list[int],
    before: str,
    after: str,
    on: tuple[int, int],
    other: tuple[int, int],
) -> None:
    """Added to ``parts``: the walk's parts of ``before[on[0]:on[1]]`` and
    ``after[other[0]:other[1]]`` (both from a line's start, the text before them aligned)."""
    i, j = on[0], other[0]
    for part in align_compact(before[i : on[1]], after[j : other[1]]):
        if type(part) is not JoinedRun and part[4]:
            continue  # (kept text: the kept text before goes on)
        i1, j1 = part[0] + i, part[2] + j
        if i1 > kept[0] or j1 > kept[1]:
            parts.append(fast_block((kept[0], i1, kept[1], j1, True)))
        if type(part) is JoinedRun:
            shifted = [end + i for end in part.breaks]
            parts.append(JoinedRun(i1, part.i2 + i, j1, part.j2 + j, shifted))
        else:
            parts.append(fast_block((i1, part[1] + i, j1, part[3] + j, False)))
        kept[0], kept[1] = part[1] + i, part[3] + j
