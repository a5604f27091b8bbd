"""Whether a line had room for the next line's first word, and the wrap width that
explains the most line breaks (the width a text was wrapped at).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import itemgetter

from cleaner.passes.unwrap.bytewidth import next_word_columns
from cleaner.passes.unwrap.cellwidth import first_word_cells
from cleaner.passes.unwrap.measure import BYTES, CELLS, CHARACTERS, line_sizes
from cleaner.scripts import THAI_CHARACTERS, breaks_anywhere

# A wrapped line's length, and its length with the next line's first word (a sample's pair).
LENGTH, LENGTH_WITH_NEXT = itemgetter(0), itemgetter(1)


def estimate_wrap_width(wrapped: list[tuple[int, int]], others: Sequence[int] = ()) -> int:
    """:func:`wrap_fit`'s width.

    >>> estimate_wrap_width([(79, 85)] * 20 + [(77, 82)] * 20 + [(99, 104), (84, 88)])
    79
    """
    return wrap_fit(wrapped, others)[0]


def wrap_fit(wrapped: list[tuple[int, int]], others: Sequence[int] = ()) -> tuple[int, int]:
    """The width the text was wrapped at, the one that explains the most line breaks, and
    how many of the ``wrapped`` lines had room at it for the next word all the same.

    ``wrapped`` holds, for each line known to be wrapped, its length and its length with
    the next line's first word; ``others`` the lengths of the remaining lines. A width is
    contradicted by every wrapped line that had room for the next word, and twice for each
    width's worth of every line longer than it (no wrapper writes those; a ragged hand fill
    leaves room often); the smallest width with the fewest contradictions wins. Lines
    edited after wrapping cost a few contradictions, not the answer, and a paragraph
    already on one line outweighs a few short lines (verse) that continue in lower case.

    >>> wrap_fit([(79, 85)] * 20 + [(77, 82)] * 20 + [(99, 104), (84, 88)])
    (79, 0)
    >>> wrap_fit([(100, 105), (96, 104)], [103, 40])
    (103, 0)
    >>> wrap_fit([(30, 39), (18, 26)], [8, 7])
    (30, 1)
    >>> wrap_fit([(28, 35), (24, 30), (25, 29)], [170, 5])
    (0, 3)

    That last width, 170, explains none of the breaks (each line had room for the next
    word), so nothing is wrapped: 0, and every line had room. Judged again after
    unwrapping, a text whose joined paragraphs set the longest line must not seem wrapped
    at that length.
    """
    lengths = sorted([*map(LENGTH, wrapped), *others])
    with_next = sorted(map(LENGTH_WITH_NEXT, wrapped))
    best_width, best_cost = 0, float("inf")
    # Widest first: each narrower width has at least as many lines longer than it, each
    # costing two at least, so the walk stops where those alone cost more than the best.
    # A tie goes to the narrower width (the first of an ascending walk).
    last = len(lengths) - 1  # The last index of the width tried (each length in turn).
    longer_total = 0  # The total length of the lines longer than it.
    while last >= 0:
        width, shorter = lengths[last], last + 1
        longer = len(lengths) - shorter
        if 2 * longer > best_cost:
            break
        # A wrapper breaks a line of n widths about n - 1 times, and each longer line at
        # least once: a joined paragraph of 170 characters refutes a width of 28 (a verse
        # block) more than three short lines do; a line edited to 109 of 66 counts once.
        breaks = longer_total / width - longer if width else 0
        too_long = max(longer, breaks)
        had_room = bisect_right(with_next, width)
        if 2 * too_long + had_room <= best_cost:
            best_width, best_cost = width, 2 * too_long + had_room
        last = bisect_left(lengths, width, 0, last) - 1
        longer_total += width * (shorter - last - 1)
    had_room = bisect_right(with_next, best_width)
    return (best_width, had_room) if had_room < len(with_next) else (0, had_room)


def has_room(line: str, following: str, width: int, measure: int = CHARACTERS) -> bool:
    """The next line's first word would have fitted, or the line is too long to be wrapped
    (``measure``: what the line and the word are counted in, :mod:`~.measure`).

    >>> line = '"Go," said Prince'
    >>> has_room(line, "Vasíli", 26), has_room(line, "Vasíli", 26, measure=BYTES)
    (True, False)
    >>> has_room("ที่สุดที่สุด", "แล้ว", 11), has_room("ที่สุดที่สุด", "แล้ว", 11, measure=CELLS)
    (False, True)
    """
    if not measure:
        size = len(line)
        return size + 1 + first_word_length(following) <= width or size > width + max(
            6, width // 10
        )
    size, longest = line_sizes(line, measure)
    return size + 1 + word_columns(following, measure) <= width or longest > width + max(
        6, width // 10
    )


def word_columns(following: str, measure: int) -> int:
    """The width in ``measure`` of the first word of ``following`` (0 if it has none), as
    a wrapper needed room for it: :func:`first_word_length` in characters or cells,
    :func:`~cleaner.passes.unwrap.bytewidth.next_word_columns` in bytes.

    >>> [word_columns("ที่สุด แล้ว", measure) for measure in (CHARACTERS, BYTES, CELLS)]
    [6, 18, 3]
    """
    if measure == CELLS:
        return first_word_cells(following, first_word_length(following))
    return next_word_columns(following) if measure == BYTES else first_word_length(following)


def is_full(line: str, after: str | None, width: int) -> bool:
    """The line had no room for the word after it: it was wrapped."""
    return after is not None and not has_room(line, after, width)


# Thai writes no space between its words, and its lines break between any two of them:
# a Thai line's first word is taken to run to its next space, but no longer than this
# (a long Thai word: มหาวิทยาลัย, "university", is 11).
THAI_LONG_WORD = 12


def first_word_length(line: str) -> int:
    """The length of the line's first word (0 for a blank line): the first unit a wrapper
    could break before, one character of Han, kana or CJK punctuation; Thai text counts up
    to its next space, at most THAI_LONG_WORD, as its word breaks are unknown.

    >>> first_word_length("  so it goes"), first_word_length(""), first_word_length("天气很好")
    (2, 0, 1)
    >>> first_word_length("ภาษาไทยไม่เว้นวรรคระหว่างคำ ครับ"), first_word_length("ครับ ผม")
    (12, 4)
    """
    first = line[:1]
    if not first.isascii() or first.isspace():  # (ASCII starts no line wrapped anywhere)
        stripped = line.lstrip()
        if stripped and breaks_anywhere(stripped[0]):
            return 1
        if stripped[:1] in THAI_CHARACTERS:
            return min(len(stripped.split(None, 1)[0]), THAI_LONG_WORD)
    words = line.split(None, 1)
    return len(words[0]) if words else 0
