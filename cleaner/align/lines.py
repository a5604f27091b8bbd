"""The alignment of the passes that change lines in place (``encoding``, ``split``,
``whitespace``): line ``k`` of the text after is made from line ``k`` of the text before,
each line compared with its pair. It gives what the walk (:mod:`.walk`) would, faster, and
falls back to it where the lines do not pair up.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import ne

from cleaner.align.blocks import Block, fast_block, slide_left
from cleaner.align.read_off import (
    align_respaced,
    aligned_reading_off,
    blanks_taken_out,
    mojibake_repaired,
    read_off_changes,
)
from cleaner.align.resync import common_prefix_length
from cleaner.align.substitutions import _SUBSTITUTIONS, _substituted_changes
from cleaner.align.walk import align
from cleaner.passes.encoding.precheck import UNCURL

# An HTML entity, as ftfy's unescape_html replaces it whole.
_ENTITY_RE = re.compile(r"&#?\w{1,31};")
# How many entities' replacements are kept (a web page's are a few dozen kinds, each
# unescaped by ``html.unescape``'s pattern and a Python call otherwise).
ENTITIES_KEPT = 1024


def align_line_for_line(
    before: str, after: str, *, respaced: bool = False, entities: bool = False
) -> list[Block]:
    """Blocks for a pass that changes lines in place (``encoding``, ``split``): line ``k`` of
    ``after`` is made from line ``k`` of ``before``. A line that kept its length is compared
    position by position (a quote for a quote); another is aligned as :func:`align` does.
    Falls back to :func:`align` when the numbers of lines differ, and, for a pass that only
    ``respaced`` lines (``whitespace``), when two paired lines hold other words (a blank
    line went where another was added). With ``entities``, each HTML entity unescaped is
    one change, read off where it is (:func:`_unescaped_changes`: what ``cleaner.offsets``
    makes of the walk's blocks, ``&`` kept and ``amp;`` gone).

    >>> [tuple(b) for b in align_line_for_line("\u2019a\\nb c\\n", "'a\\nb  c\\n")]
    [(0, 1, 0, 1, False), (1, 4, 1, 4, True), (4, 4, 4, 5, False), (4, 7, 5, 8, True)]
    >>> [tuple(b) for b in align_line_for_line("a\\n\\n\\nb ", "a\\n\\nb\\n", respaced=True)]
    [(0, 1, 0, 1, True), (1, 2, 1, 1, False), (2, 5, 1, 4, True), (5, 6, 4, 5, False)]
    """
    if after.endswith("\n") and before[-1:].strip():  # gained a final newline
        blocks = align_line_for_line(before, after[:-1], respaced=respaced, entities=entities)
        return [*blocks, Block(len(before), len(before), len(after) - 1, len(after), False)]
    if before.count("\n") != after.count("\n"):  # (the lines do not pair up: no split)
        found = align_respaced(before, after) if respaced else None
        return align(before, after) if found is None else found
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
        for a, b, c, d in _line_changes(old_line, new_line, entities, respaced):
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


def _line_changes(
    old: str, new: str, entities: bool = False, respaced: bool = False
) -> list[tuple[int, int, int, int]]:
    """The changes that made line ``new`` of line ``old``: position by position when the
    line kept its length and no two neighbours changed (a quote for a quote), else the
    fewer changed characters of that and :func:`align`'s walk (``\x08word \ufb01`` ->
    ``word fi`` lost a character and gained one: not seven changed places); a line of
    another length, as the walk finds it (``entities``: or each entity unescaped whole;
    ``respaced``: blanks taken out read off, :func:`blanks_taken_out`).

    >>> _line_changes("\x08word \ufb01", "word fi")
    [(0, 1, 0, 0), (6, 7, 5, 7)]
    """
    if len(old) == len(new) + 1 and old[-1:] == "\r" and new[-1:] != "\r":  # a CRLF line
        changes = _line_changes(old[:-1], new, entities, respaced)
        return [*changes, (len(new), len(old), len(new), len(new))]
    if len(old) != len(new):
        found = read_off_changes(old, new, blanks_taken_out) if respaced else None
        if found is None:
            found = _substituted_changes(old, new)
        if found is None and entities and "&" in old:
            found = _unescaped_changes(old, new)
        return _walked_changes(old, new) if found is None else found
    by_position = _uncurled_changes(old, new)
    if by_position is None:
        by_position = [(a, b, a, b) for a, b in _differences(old, new)]
    if all(b - a == 1 for a, b, _, _ in by_position):
        return by_position
    walked = _walked_changes(old, new)
    return by_position if _changed_size(by_position) <= _changed_size(walked) else walked


def _unescaped_changes(old: str, new: str) -> list[tuple[int, int, int, int]] | None:
    """The changes that made line ``new`` of ``old`` if it is ``old`` with HTML entities
    unescaped (as ``html.unescape`` does, then quotes and ligatures replaced as ftfy
    replaces them) and curly quotes made straight, each entity one change (neighbouring
    changes one, as the walk makes them: ``&nbsp;&nbsp;``); else None. Read off where
    the entities are, not walked (a web page's lines of ``&amp;`` and ``&nbsp;``).

    >>> _unescaped_changes("a &amp; b&nbsp;&nbsp;’c &x;", "a & b\xa0\xa0'c &x;")
    [(2, 7, 2, 3), (9, 22, 5, 8)]
    """
    changes: list[list[int]] = []
    i = j = 0  # where the text after the last entity starts, in old and new
    for match in _ENTITY_RE.finditer(old):
        start, end = match.span()
        if not _add_kept(changes, old, new, i, j, start - i):
            return None
        j += start - i
        entity = match.group()
        replaced = _entity_replaced(entity)
        if replaced != entity and new.startswith(replaced, j):
            if changes and changes[-1][1] == start and changes[-1][3] == j:
                changes[-1][1], changes[-1][3] = end, j + len(replaced)
            else:
                changes.append([start, end, j, j + len(replaced)])
            j += len(replaced)
        elif new.startswith(entity, j):  # (kept as written)
            j += len(entity)
        else:
            return None
        i = end
    if len(old) - i != len(new) - j or not _add_kept(changes, old, new, i, j, len(old) - i):
        return None
    return [tuple(change) for change in changes]  # type: ignore[misc]


@lru_cache(maxsize=ENTITIES_KEPT)
def _entity_replaced(entity: str) -> str:
    """What ``entity`` becomes: ``html.unescape``, then quotes and ligatures replaced as
    ftfy replaces them.

    >>> _entity_replaced("&rsquo;"), _entity_replaced("&x;")
    ("'", '&x;')
    """
    from html import unescape  # Deferred: only a line of entities needs it.

    return unescape(entity).translate(_SUBSTITUTIONS)


def _add_kept(changes: list[list[int]], old: str, new: str, i: int, j: int, size: int) -> bool:
    """Whether ``old[i:i + size]`` is ``new[j:j + size]``, or is with curly quotes made
    straight (their changes added to ``changes``, a change next to the last one merged)."""
    if old[i : i + size] == new[j : j + size]:
        return True
    quotes = _uncurled_changes(old[i : i + size], new[j : j + size])
    if quotes is None:
        return False
    for a, b, _, _ in quotes:
        if changes and changes[-1][1] == i + a and changes[-1][3] == j + a:
            changes[-1][1], changes[-1][3] = i + b, j + b
        else:
            changes.append([i + a, i + b, j + a, j + b])
    return True


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


def _walked_changes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """The changes of :func:`align`'s walk, a character's mojibake repaired read off where
    the walk's choice is sure (:func:`mojibake_repaired`: a web page's lines of it).

    >>> _walked_changes("caf\u00c3\u00a9 au lait", "caf\u00e9 au lait")
    [(3, 5, 3, 4)]
    """
    blocks = aligned_reading_off(old, new, mojibake_repaired) or align(old, new)
    return [(x.i1, x.i2, x.j1, x.j2) for x in blocks if not x.equal]


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
