"""Lines wrapped by a tool that counted display cells rather than characters: Thai.

Thai line breakers (ICU, libthai) fill a line to a width in display cells, and a Thai vowel
or tone mark above or below a letter takes no cell of its own: a Thai line wrapped at 30
cells holds 30 to 40 characters, so a line with few marks seems short in characters, and
had room for the next word there (``ที่สุด``: 6 characters, 3 cells). Thai wrapped at
character positions, as Chinese is, fills its lines in characters. Which of the two a
document shows is told once per document (:mod:`~cleaner.passes.unwrap.cellwrap`), by the
width each measure explains its breaks at; only a text holding a common Thai mark is asked
(:func:`holds_common_thai_marks`).
"""

from __future__ import annotations

from cleaner.lazy_re import lazy_compile

# Thai marks that combine with the letter before them and take no cell: MAI HAN-AKAT, the
# vowels above and below, PHINTHU, MAITAIKHU, the tone marks, THANTHAKHAT, NIKHAHIT, YAMAKKAN.
THAI_MARK_RE = lazy_compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
# The commonest Thai marks: MAI EK, MAI HAN-AKAT and MAI THO. All but 1 of the 397 Thai
# sentences of bench/data/languages/th.txt hold one, and a text of a few lines without any
# is as wide in cells as in characters, near enough.
COMMON_MARKS = ("\u0e48", "\u0e31", "\u0e49")


def holds_common_thai_marks(text: str) -> bool:
    """Whether ``text`` holds one of the COMMON_MARKS: an ASCII text told at once, another
    by a ``str.find`` a mark (at memory speed, where a regex search of all the marks' class
    costs about 20 instructions a character): whether its widths may be counted in cells.

    >>> holds_common_thai_marks("ที่สุด"), holds_common_thai_marks("ภาษา")
    (True, False)
    >>> holds_common_thai_marks("café")
    False
    """
    return not text.isascii() and any(map(text.__contains__, COMMON_MARKS))


def cells(line: str) -> int:
    """The display cells of ``line``: its characters less the Thai marks, which take none.

    >>> cells("ที่สุด"), cells("so it goes")
    (3, 10)
    """
    return len(line) if line.isascii() else len(line) - len(THAI_MARK_RE.findall(line))


def first_word_cells(line: str, characters: int) -> int:
    """The cells of ``line``'s first word, ``characters`` long as
    :func:`~cleaner.passes.unwrap.room.first_word_length` reads it (from the line's first
    character that is no space).

    >>> first_word_cells("ที่สุด แล้ว", 6), first_word_cells("  so it", 2)
    (3, 2)
    """
    return cells(line.lstrip()[:characters])
