"""Whether a document's Thai lines were wrapped in display cells or in characters.

Only breaks between two Thai characters are read (a Thai line before a Thai line): there
both Thai wrappers (at words, in cells) and wrappers that cut anywhere (in characters, as
Chinese is cut) break, and nothing else, a sentence's end or a capital, tells the break.
Each measure's lines and first words below are fitted to the width that explains the most
breaks (:func:`~cleaner.passes.unwrap.room.wrap_fit`); a text wrapped in cells shows many
lines with room for the next word in characters (those with many marks) and few in cells,
one wrapped in characters the other way round.
"""

from __future__ import annotations

from itertools import pairwise

from cleaner.passes.unwrap.bytewidth import sampled_windows
from cleaner.passes.unwrap.cellwidth import cells, holds_common_thai_marks
from cleaner.passes.unwrap.measure import CELLS
from cleaner.passes.unwrap.room import first_word_length, word_columns, wrap_fit
from cleaner.passes.unwrap.width import MIN_WRAP_WIDTH
from cleaner.scripts import THAI_CHARACTERS

# At least this many breaks between Thai lines for a text to be read in cells (a text of
# paragraphs one a line has a break or two whose lines may fit any width).
MIN_BREAKS = 3
# The lines with room for the next word in cells, fewer than this share of those in
# characters (each at the width it explains best), for a text to be read in cells: on
# bench_languages' tuning half, Thai wrapped at words in cells shows 0-1 in cells against
# 0-6 in characters, Thai cut anywhere at character positions more in cells than in
# characters.
ROOMY_SHARE = 0.5
# Else, with as many, the lines fill the width in cells more closely than in characters,
# leaving less than this share as much unfilled (tuning half: Thai wrapped at words in cells
# 0.06-1.3 times as much, mostly under 0.9; cut anywhere, 3-47 times; paragraphs one a
# line, about as much).
UNFILLED_SHARE = 0.8


def thai_breaks(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The breaks between two Thai characters of ``text`` (read on
    :func:`~cleaner.passes.unwrap.bytewidth.sampled_windows`): for each, the line's length
    and its length with the next line's first word, in characters and in cells.

    >>> thai_breaks("ที่สุดที่สุด\\nแล้ว\\n")
    ([(12, 17)], [(6, 10)])
    """
    in_characters: list[tuple[int, int]] = []
    in_cells: list[tuple[int, int]] = []
    for window in sampled_windows(text):
        for line, following in pairwise(window.split("\n")):
            if line[-1:] in THAI_CHARACTERS and following[:1] in THAI_CHARACTERS:
                length, size = len(line), cells(line)
                in_characters.append((length, length + 1 + first_word_length(following)))
                in_cells.append((size, size + 1 + word_columns(following, CELLS)))
    return in_characters, in_cells


def wrapped_in_cells(text: str) -> bool:
    """Whether ``text``'s Thai lines were wrapped in cells (:func:`thai_breaks`): at least
    MIN_BREAKS breaks, fitted in cells at a wrapper's width (MIN_WRAP_WIDTH or more) that no
    line before a break passes, with no more lines with room for the next word there than
    in characters at the width that fits those best, and either fewer than ROOMY_SHARE as
    many or lines that fill their width more closely (:func:`unfilled`: less than
    UNFILLED_SHARE as much left).

    >>> full = "ที่สุดที่สุดที่สุดที่สุดที่สุด"  # (15 cells, 30 characters)
    >>> text = "\\n".join([full + "ที่สุด", full + "กกกกกก", full + "กกกก", "แล้ว"]) * 2
    >>> wrapped_in_cells(text), wrapped_in_cells(text.replace("ที่สุด", "กกกกกก"))
    (True, False)
    """
    if not holds_common_thai_marks(text):  # (at C speed: most texts hold none)
        return False
    in_characters, in_cells = thai_breaks(text)
    if len(in_cells) < MIN_BREAKS:
        return False
    cell_width, cell_roomy = wrap_fit(in_cells)
    if cell_width < MIN_WRAP_WIDTH or cell_width < max(size for size, _ in in_cells):
        return False
    width, roomy = wrap_fit(in_characters)
    return cell_roomy <= roomy and (
        cell_roomy < ROOMY_SHARE * roomy
        or unfilled(in_cells, cell_width) < UNFILLED_SHARE * unfilled(in_characters, width)
    )


def unfilled(breaks: list[tuple[int, int]], width: int) -> float:
    """The share of ``width`` the lines before ``breaks`` leave unfilled, on average (1.0
    at no width).

    >>> unfilled([(30, 35), (27, 33)], 30), unfilled([(30, 35)], 0)
    (0.05, 1.0)
    """
    if not width:
        return 1.0
    return sum(max(0, width - size) for size, _ in breaks) / (len(breaks) * width)
