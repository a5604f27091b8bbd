"""Changes read off where the walk's choice is sure, not searched for: a few blanks taken
out of a run (a ``whitespace`` step), a character's UTF-8 mojibake repaired (an
``encoding`` step's line). At a difference, the walk (:mod:`.walk`) takes the cheapest
change after which the texts agree for ``PROBE`` characters, rejecting a candidate on its
first character where it can; when no character of the change can stand for another near
it (:func:`_walked_alike`), the change proposed is the only candidate as cheap, and it is
the walk's. Anywhere else the change is found as the walk finds it (:func:`one_replaced`,
:func:`resynced`), and the kept text between two is skipped at once
(:func:`common_prefix_length`), where the walk steps through each line a change ends on.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from cleaner.align.blocks import Block, slide_left, with_kept_text
from cleaner.align.resync import (
    MAX_SHIFT,
    PROBE,
    SMALL_EDIT,
    _moved_word,
    _only_place,
    common_prefix_length,
    one_replaced,
)
from cleaner.align.walk import difference_blocks, resynced
from cleaner.lazy_re import lazy_compile

# A change proposed at a difference: how many characters of the text before it replaces
# and how many of the text after it puts there, or None.
Proposal = Callable[[str, int, str, int], "tuple[int, int] | None"]
# The straight quotes ftfy's uncurling makes, and the curly ones each was.
_CURLED = {"'": "\u2018\u2019\u201a\u201b", '"': "\u201c\u201d\u201e\u201f"}
# A character other than ASCII (where a line of mojibake may differ next), and how far
# _common_run_past_ascii looks for one.
_NON_ASCII_RE = lazy_compile(r"[^\x00-\x7f]")
ASCII_REACH = 256
# What ftfy keeps of a character whose bytes were read with one undefined (lost).
REPLACEMENT_CHAR = "\ufffd"


def align_respaced(before: str, after: str) -> list[Block] | None:
    """The walk's blocks (:func:`cleaner.align.align`) for a ``whitespace`` step, blanks
    taken out read off (:func:`blanks_taken_out`); None where the walk would read a
    line break replaced by a character (not a ``whitespace`` step's change).

    >>> [tuple(b) for b in align_respaced("a  \\n \\n\\n\\nb\\n", "a\\n\\nb\\n")]
    [(0, 1, 0, 1, True), (1, 6, 1, 1, False), (6, 10, 1, 5, True)]
    """
    return aligned_reading_off(before, after, blanks_taken_out)


def aligned_reading_off(before: str, after: str, proposal: Proposal) -> list[Block] | None:
    """The walk's blocks, the changes :func:`read_off_changes` finds; None where it finds
    none (a join)."""
    changes = read_off_changes(before, after, proposal)
    if changes is None:
        return None
    return slide_left(before, after, with_kept_text(changes, len(before), len(after)))


def read_off_changes(
    old: str, new: str, proposal: Proposal
) -> list[tuple[int, int, int, int]] | None:
    """The walk's changes that made ``new`` of ``old`` (a deletion as far right as it goes:
    the walk slides it left afterwards). At each difference, the change ``proposal`` makes
    is taken where the walk would take it alone (:func:`_walked_alike`) and the next
    difference is ``PROBE`` characters or more away; else the change is the walk's own.
    None where the walk would read a line break replaced by a character (a join).

    >>> read_off_changes("Then  words and then.\\xa0 More  ", "Then words and then. More",
    ...     blanks_taken_out)
    [(5, 6, 5, 5), (21, 22, 20, 20), (27, 29, 25, 25)]
    >>> read_off_changes("a  b  c", "a b c", blanks_taken_out)  # (too near: the walk's)
    [(2, 3, 2, 2), (4, 5, 3, 3)]
    """
    changes: list[tuple[int, int, int, int]] = []
    n, m = len(old), len(new)
    i = j = 0
    read = False  # whether the last change was read off (not the walk's own)
    common = _common_run_past_ascii if proposal is mojibake_repaired else common_prefix_length
    while True:
        same = common(old, i, new, j)
        i, j = i + same, j + same
        if i == n and j == m:
            return changes
        if read and i - changes[-1][1] < PROBE:  # (the walk resynchronised elsewhere)
            i, _, j, _ = changes.pop()
            if (extent := _cluster_extent(old, i, new, j, proposal)) is not None:
                di, dj = extent  # (what the walk's resync finds: one search, not its all)
                changes += [b[:4] for b in difference_blocks(old, i, di, new, j, dj) if not b[4]]
                i, j, read = i + di, j + dj, False
                continue
        elif (size := proposal(old, i, new, j)) and _walked_alike(old, i, new, j, *size):
            changes.append((i, i + size[0], j, j + size[1]))
            i, j, read = i + size[0], j + size[1], True
            continue
        read = False
        if i < n and j < m and one_replaced(old, i, new, j, n, m):
            if old[i] == "\n":
                return None
            changes.append((i, i + 1, j, j + 1))
            i, j = i + 1, j + 1
            continue
        found, di, dj = resynced(old, i, new, j)
        changes += [block[:4] for block in found if not block[4]]
        i, j = i + di, j + dj


def _cluster_extent(
    old: str, i: int, new: str, j: int, proposal: Proposal
) -> tuple[int, int] | None:
    """Where the walk resynchronises after the difference at ``old[i]``, ``new[j]`` (what
    :func:`cleaner.align.resync.resync` finds) when changes that ``proposal`` makes lie
    closer than ``PROBE`` characters one after another (``â€œItâ€™s``): the end of the last
    of them, if it is the only place of that cost where the texts agree again
    (:func:`_only_place`); else None (the walk's own search).

    >>> _cluster_extent("cr\u00c3\u00a8m\u00c3\u00a9 brulee, a dessert", 2,
    ...     "cr\u00e8m\u00e9 brulee, a dessert", 2, mojibake_repaired)
    (5, 3)
    """
    n, m = len(old), len(new)
    at_i, at_j = i, j
    while True:
        size = proposal(old, at_i, new, at_j)
        if not size:
            return None
        at_i, at_j = at_i + size[0], at_j + size[1]
        if at_i - i + at_j - j >= MAX_SHIFT:  # (beyond what _only_place may check)
            return None
        same = _common_run_past_ascii(old, at_i, new, at_j)
        if same >= PROBE or at_i + same == n or at_j + same == m:
            break
        at_i, at_j = at_i + same, at_j + same
    place = (at_i - i, at_j - j)
    cost = sum(place)
    # (More than SMALL_EDIT: the walk's first, direct tries find no place that cheap.)
    if cost <= SMALL_EDIT or not _only_place(old, i, new, j, place, cost, MAX_SHIFT - 1):
        return None
    return place


def _common_run_past_ascii(a: str, i: int, b: str, j: int) -> int:
    """:func:`common_prefix_length`, first tried up to ``a``'s next character other than
    ASCII (within ``ASCII_REACH``), at C speed: where a line of mojibake differs next.

    >>> _common_run_past_ascii("a caf\u00c3\u00a9", 0, "a caf\u00e9", 0)
    5
    """
    if a[i : i + 1] != b[j : j + 1] or i == len(a):
        return 0
    found = _NON_ASCII_RE.search(a, i, i + ASCII_REACH)
    end = found.start() if found else min(len(a), i + ASCII_REACH)
    if a[i:end] != b[j : j + end - i]:
        return common_prefix_length(a, i, b, j)
    return end - i + common_prefix_length(a, end, b, j + end - i)


def _walked_alike(old: str, i: int, new: str, j: int, a: int, b: int) -> bool:
    """Whether the walk takes ``old[i:i + a]`` for ``new[j:j + b]`` at this difference if the
    texts agree for ``PROBE`` characters after them: at most ``SMALL_EDIT`` characters in
    all, none taken out among those put in or among the text after at the place of each
    and the next, none put in among the text after; not at a line break put in (where
    the walk first looks for a word moved onto the line before).

    Any other change as cheap then takes out fewer or puts in fewer, and leaves one of
    those characters against another: the walk rejects it on its first character. Nor
    does one character for another (:func:`one_replaced`) fit, nor a word moved, and the
    change has nothing in common inside (difflib's refinement leaves it whole).

    >>> _walked_alike("a  word", 2, "a word", 2, 1, 0), _walked_alike("a  b c", 2, "a b c", 2, 1, 0)
    (True, False)
    """
    if not 0 < a + b <= SMALL_EDIT:
        return False
    taken, put = set(old[i : i + a]), set(new[j : j + b])
    if not taken.isdisjoint(put) or not taken.isdisjoint(new[j + b : j + a + b + 1]):
        return False
    if not put.isdisjoint(old[i + a : i + a + b + 1]):
        return False
    return new[j : j + 1] != "\n" or (not b and _moved_word(old, i, new, j) is None)


def blanks_taken_out(old: str, i: int, new: str, j: int) -> tuple[int, int] | None:
    """The change at ``old[i]``, ``new[j]`` if blanks (``str.isspace``) are taken out there,
    the rest of their run kept (what ``whitespace`` does to a run, a line's end, blank
    lines).

    >>> blanks_taken_out("a\\xa0 b", 1, "a b", 1), blanks_taken_out("a\\tb", 1, "a b", 1)
    ((1, 0), None)
    """
    run, kept = _blanks(old, i), _blanks(new, j)
    size = run - kept
    if size <= 0 or old[i + size : i + run] != new[j : j + kept]:
        return None
    return size, 0


def mojibake_repaired(old: str, i: int, new: str, j: int) -> tuple[int, int] | None:
    """The change at ``old[i]``, ``new[j]`` if ``old`` holds there the UTF-8 bytes of
    ``new[j]`` read as Windows-1252 or Latin-1 (ftfy's ``fix_encoding``), or of the curly
    quote it was made straight from.

    >>> mojibake_repaired("caf\\u00c3\\u00a9!", 3, "caf\\u00e9!", 3)
    (2, 1)
    >>> mojibake_repaired("\\u00e2\\u20ac\\u2122s", 0, "'s", 0)
    (3, 1)
    """
    char = new[j : j + 1]
    if char == REPLACEMENT_CHAR:
        lost = _lost_last_byte(old, i)
        return None if lost is None else (lost, 0)
    for source in _CURLED.get(char, char):
        if source.isascii():
            return None
        for form in _mojibake(source):
            if old.startswith(form, i):
                return len(form), 1
    return None


def _lost_last_byte(old: str, i: int) -> int | None:
    """How many characters stand at ``old[i]`` before a ``\ufffd`` for the first bytes of
    a character's UTF-8 whose last byte Windows-1252 leaves undefined, lost (``”`` read as
    ``â€\ufffd``: ftfy repairs it as ``\ufffd``, the ``â€`` taken out), else None.

    >>> [_lost_last_byte(text, 0) for text in ("â€\ufffd x", "Ã\ufffd", "â\ufffd", "a\ufffd")]
    [2, 1, None, None]
    """
    cp1252_bytes = _cp1252_bytes()
    lead = cp1252_bytes.get(old[i : i + 1], 0)
    size = (
        2
        if 0xC2 <= lead <= 0xDF
        else 3
        if 0xE0 <= lead <= 0xEF
        else 4
        if 0xF0 <= lead <= 0xF4
        else 0
    )
    if not size or old[i + size - 1 : i + size] != REPLACEMENT_CHAR:
        return None
    for char in old[i + 1 : i + size - 1]:
        if not 0x80 <= cp1252_bytes.get(char, 0) <= 0xBF:  # (a continuation byte)
            return None
    return size - 1


@cache
def _cp1252_bytes() -> dict[str, int]:
    """The byte each character of Windows-1252 above ASCII stands for (made on first use:
    plain cleaning imports this module and never asks)."""
    chars = ((bytes([byte]).decode("cp1252", "ignore"), byte) for byte in range(0x80, 0x100))
    return {char: byte for char, byte in chars if char}  # (not the bytes it leaves undefined)


@cache
def _mojibake(char: str) -> tuple[str, ...]:
    """``char``'s UTF-8 bytes read as Windows-1252 (a byte it leaves undefined read as
    Latin-1, as ftfy's sloppy codec does) and as Latin-1."""
    data = char.encode("utf-8")
    sloppy = "".join(_sloppy_1252(byte) for byte in data)
    latin = data.decode("latin-1")
    return (sloppy, latin) if latin != sloppy else (sloppy,)


def _sloppy_1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def _blanks(text: str, start: int) -> int:
    """How many blanks (``str.isspace``) ``text`` holds from ``start`` on."""
    end = start
    while end < len(text) and text[end].isspace():
        end += 1
    return end - start
