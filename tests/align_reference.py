"""The oracle of tests/test_align.py: cleaner/align.py as it was before its speed work
(commit 4a2c954), kept verbatim but for one amendment (marked): a line of another length
that is its input with curly quotes and ligatures replaced is aligned by those replacements
(cleaner.align.substitutions._substituted_changes, tested on its own against the walk).
The faster align must give exactly these blocks.

Align a text with what one pass made of it: which characters it kept, and where.

The passes change little and locally: they delete lines, join lines, change whitespace,
insert spaces or replace a few characters (ftfy). So a linear walk finds the alignment:
copy the common run, and where the texts differ, resynchronise at the nearest place where
the next few characters agree again (found with ``str.find``, at C speed). The result is
always a valid alignment (an ``equal`` block holds the same characters on both sides);
where a change is ambiguous (``a  b`` -> ``a b``: which space went?) it picks one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from cleaner.align.substitutions import _substituted_changes

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
    i = j = 0
    n, m = len(before), len(after)
    while i < n or j < m:
        k = _common_run(before, i, after, j) if i < n and j < m else 0
        if k:
            blocks.append(_block((i, i + k, j, j + k, True)))
            i, j = i + k, j + k
            continue
        di, dj = _resync(before, i, after, j)
        if di and dj and di + dj > 2 and di + dj <= MAX_REFINE:
            blocks += _refine(before, i, i + di, after, j, j + dj)
        else:
            blocks.append(_block((i, i + di, j, j + dj, False)))
        i, j = i + di, j + dj
    return _slide_left(before, after, blocks)


def _slide_left(before: str, after: str, blocks: list[Block]) -> list[Block]:
    """Move each pure insertion or deletion as far left as the same text allows, so that
    it ends where the kept text resumes (``&amp;answer`` -> ``&answer`` removes ``amp;``,
    not ``mp;a``); touching equal blocks are merged.

    >>> [tuple(b) for b in _slide_left("xaba", "xa", [Block(0, 2, 0, 2, True),
    ...     Block(2, 4, 2, 2, False)])]
    [(0, 1, 0, 1, True), (1, 3, 1, 1, False), (3, 4, 1, 2, True)]
    """
    slid: list[Block] = []
    for block in blocks:
        last = slid[-1] if slid else None
        if last is not None and last.equal and not block.equal:
            deletion = block.j1 == block.j2
            text, start, end = (
                (before, block.i1, block.i2) if deletion else (after, block.j1, block.j2)
            )
            pure = deletion or block.i1 == block.i2
            k, room = 0, (last.i2 - last.i1) if pure else 0
            while k < room and text[start - 1 - k] == text[end - 1 - k]:
                k += 1
            if k:
                slid.pop()
                if room > k:
                    slid.append(_block((last.i1, last.i2 - k, last.j1, last.j2 - k, True)))
                slid.append(_block((block.i1 - k, block.i2 - k, block.j1 - k, block.j2 - k, False)))
                block = _block((block.i2 - k, block.i2, block.j2 - k, block.j2, True))
        if block.equal and slid and slid[-1].equal:
            last = slid.pop()
            block = _block((last.i1, block.i2, last.j1, block.j2, True))
        slid.append(block)
    return slid


def _refine(a: str, i1: int, i2: int, b: str, j1: int, j2: int) -> list[Block]:
    """A difference's exact alignment (difflib, on its few characters): a word between a
    line break that went and one that came stays kept (``The\\n`` -> ``\\nThe ``).

    >>> [tuple(x) for x in _refine("The\\nend", 0, 4, "\\nThe end", 0, 5)]
    [(0, 0, 0, 1, False), (0, 3, 1, 4, True), (3, 4, 4, 5, False)]
    """
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
            blocks += _refine(a, i1 + x1, i1 + x2, b, j1 + y1, j1 + y2)
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
    changes: list[tuple[int, int, int, int]] = []
    i = j = 0
    for old_line, new_line in zip(old, new, strict=True):
        if old_line != new_line:
            if old_line[-1:] == "\r" and old_line[:-1] == new_line:  # CRLF became LF
                end = i + len(new_line)
                changes.append((end, end + 1, j + len(new_line), j + len(new_line)))
            elif respaced and old_line.split() != new_line.split():
                return align(before, after)
            else:
                changes += [
                    (i + a, i + b, j + c, j + d) for a, b, c, d in _line_changes(old_line, new_line)
                ]
        i, j = i + len(old_line) + 1, j + len(new_line) + 1
    return _slide_left(before, after, _with_kept_text(changes, len(before), len(after)))


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
        # Amended: by the replacements when they made the line (see the module's docstring).
        substituted = _substituted_changes(old, new)
        return _walked_changes(old, new) if substituted is None else substituted
    by_position = [(a, b, a, b) for a, b in _differences(old, new)]
    if all(b - a == 1 for a, b, _, _ in by_position):
        return by_position
    walked = _walked_changes(old, new)
    return by_position if _changed_size(by_position) <= _changed_size(walked) else walked


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


def _with_kept_text(changes: list[tuple[int, int, int, int]], n: int, m: int) -> list[Block]:
    """Blocks: the changes, in order, and the equal text between them."""
    blocks, i, j = [], 0, 0
    for i1, i2, j1, j2 in changes:
        if i1 > i:
            blocks.append(_block((i, i1, j, j1, True)))
        blocks.append(_block((i1, i2, j1, j2, False)))
        i, j = i2, j2
    if i < n:
        blocks.append(_block((i, n, j, m, True)))
    return blocks


def align_lines(before: str, after: str) -> list[Block]:
    """Blocks for a pass that only removes whole lines (``after``'s lines are ``before``'s,
    in order): each removed run of lines is one block. Falls back to :func:`align`.

    >>> [tuple(b) for b in align_lines("a\\nx\\nb\\n", "a\\nb\\n")]
    [(0, 2, 0, 2, True), (2, 4, 2, 2, False), (4, 6, 2, 4, True)]
    """
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    blocks: list[Block] = []
    i = j = 0  # character offsets
    k = 0  # index into old
    for line in new:
        start = k
        while k < len(old) and old[k] != line:
            k += 1
        if k == len(old):
            return align(before, after)
        removed = sum(len(x) for x in old[start:k])
        if removed:
            blocks.append(Block(i, i + removed, j, j, False))
            i += removed
        _append_equal(blocks, i, j, len(line))
        i, j, k = i + len(line), j + len(line), k + 1
    if i < len(before):
        blocks.append(Block(i, len(before), j, j, False))
    return blocks


def _append_equal(blocks: list[Block], i: int, j: int, length: int) -> None:
    """Add an equal block, merged with the previous one when they touch."""
    if blocks and blocks[-1].equal and blocks[-1].i2 == i:
        last = blocks.pop()
        blocks.append(Block(last.i1, i + length, last.j1, j + length, True))
    else:
        blocks.append(Block(i, i + length, j, j + length, True))


def _common_run(a: str, i: int, b: str, j: int) -> int:
    """:func:`common_prefix_length`, first tried to the end of ``a``'s line: most passes
    change lines at their ends (a join, a removed line), so one comparison finds most runs.

    >>> _common_run("ab\\ncd", 0, "ab cd", 0)
    2
    """
    end = a.find("\n", i)
    if end > i and a[i:end] == b[j : j + end - i]:
        return end - i + common_prefix_length(a, end, b, j + end - i)
    return common_prefix_length(a, i, b, j)


def common_prefix_length(a: str, i: int, b: str, j: int) -> int:
    """The length of the common run of ``a[i:]`` and ``b[j:]``, compared by slices.

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
    if small := _small_edit(a, i, b, j):
        return small
    found = [(n - i, m - j)]
    for window in (WINDOW, max(n, m)):
        found = _nearest(a, i, b, j, window, found)
        found = [c[::-1] for c in _nearest(b, j, a, i, window, [c[::-1] for c in found])]
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


def _nearest(
    a: str, i: int, b: str, j: int, window: int, found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``found`` with the places where ``b[j + dj:]``'s next characters recur in ``a``
    within ``window`` after ``i``, for small ``dj``, that cost no more than the best."""
    n = len(a)
    cost = min(map(sum, found))
    for dj in range(min(MAX_SHIFT, len(b) - j + 1)):
        if dj > cost:
            break
        probe = b[j + dj : j + dj + PROBE]
        if len(probe) < PROBE:  # the rest of b: too short to trust but as the end of a
            position = n - len(probe) if a.endswith(probe) and n - len(probe) >= i else -1
        else:
            # Only as far as a cheaper candidate could be (the first one found beyond it
            # would be dropped below): after a first find, the searches are short.
            position = a.find(probe, i, i + min(window, cost - dj) + PROBE)
        if position >= 0 and position - i + dj <= cost:
            cost = position - i + dj
            found = [c for c in found if sum(c) <= cost] + [(position - i, dj)]
    return found
