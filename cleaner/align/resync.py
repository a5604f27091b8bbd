"""Where two texts agree again after a difference: the smallest step on each side after
which the next ``PROBE`` characters are the same (found with ``str.find``, at C speed), and
the shortcuts that find it directly for the usual differences (a character for another, a
paragraph's first word moved onto the line before).
"""

from __future__ import annotations

from collections.abc import Sequence

# Characters that must agree for the walk to resynchronise after a difference.
PROBE = 8
# How far ahead a resynchronisation is first looked for (then anywhere).
WINDOW = 4096
# Differences of up to this many characters (both sides) are looked for first, directly.
SMALL_EDIT = 4
# How many characters of one side a difference may cover before the search looks only
# for pure insertions and deletions.
MAX_SHIFT = 64
# How far a first, cheap search for a resynchronisation looks (at most MAX_SHIFT, WINDOW).
NEAR = 64
# The highest cost up to which _only_place checks a place directly (beyond, it costs more
# than the searches it would save).
ONLY_PLACE_COST = 24


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


def resync(a: str, i: int, b: str, j: int) -> tuple[int, int]:
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
    if one_replaced(a, i, b, j, n, m):
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
    steps where the searches of :func:`resync` take many, that :func:`_only_place` checks.

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


def one_replaced(a: str, i: int, b: str, j: int, n: int, m: int) -> bool:
    """Whether the difference is one character for another (a line break that became a
    space) and nothing cheaper or as cheap fits: the answer :func:`_small_edit`'s search
    gives, with the candidates it rejects on their first character rejected the same way.

    >>> one_replaced("ab\\ncdefghijk", 2, "ab cdefghijk", 2, 12, 12)
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


def _only_place(
    a: str, i: int, b: str, j: int, place: tuple[int, int], cost: int, limit: int = ONLY_PLACE_COST
) -> bool:
    """Whether ``place`` is the only ``(di, dj)`` of at most ``cost`` after which ``a``
    and ``b`` agree for ``PROBE`` characters, with both texts going on beyond them all.

    Then it is :func:`resync`'s answer: the searches of :func:`_nearest` end with the
    cheapest such places (each of them, for the first occurrence of a probe is the
    cheapest), no end of text is near, and there is no tie to break. Checked directly,
    for a short cost (up to ``limit``, below ``MAX_SHIFT``: the searches look no further
    on either side), in fewer steps than the searches take.

    >>> _only_place("The\\nquick brown fox", 0, "\\nThe quick brown fox", 0, (4, 5), 9)
    True
    """
    if cost > limit or len(a) - i <= cost + PROBE or len(b) - j <= cost + PROBE:
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
