"""Thai wrapped as Thai wrappers wrap it: at word boundaries and at spaces, never inside a word.

Thai writes no space between words; its line breakers (ICU, libthai) find the words with a
dictionary and break between them, or at a space, which then ends the line ("hangs") and is
lost when the text is saved with hard line breaks. PyThaiNLP's default word tokenizer
(``newmm``, dictionary maximal matching over Thai character clusters, its dictionary shipped
in the package: nothing is downloaded) stands in for that dictionary here. It is a benchmark
dependency only (``pip install -e .[bench]``) and is imported when first needed.

A line is at most ``width`` display cells: Thai vowel and tone marks above and below a
letter take no cell of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

# Thai marks that combine with the letter before them: they take no cell, start no line.
THAI_MARKS = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
# Characters no line starts with (UAX 14: no break before them): closing punctuation, a
# hyphen or slash (a wrapper breaks after ``ฝรั่งเศส-``, not before ``-โมนาโก``), the
# repetition mark ๆ, the abbreviation mark ฯ, and the combining marks.
NO_LINE_STARTS = frozenset("”’»)]}.,;:!?%-/\u0e46\u0e2f") | THAI_MARKS
# Characters no line ends with: opening punctuation and Thai's leading vowels (เ แ โ ใ ไ).
NO_LINE_ENDS = frozenset("“‘«([{\u0e40\u0e41\u0e42\u0e43\u0e44")
# A Thai character.
THAI_RE = re.compile("[\u0e01-\u0e5b]")


@cache
def _word_tokenize():  # type: ignore[no-untyped-def]
    try:
        from pythainlp.tokenize import word_tokenize  # (a benchmark dependency, loaded once)
    except ImportError as error:
        message = f"{error}: Thai is wrapped at words with PyThaiNLP: pip install -e .[bench]"
        raise SystemExit(message) from error
    return word_tokenize


def cells(text: str) -> int:
    """Display cells of ``text``: combining Thai marks take none.

    >>> cells("ที่สุด"), len("ที่สุด")
    (3, 6)
    """
    return sum(char not in THAI_MARKS for char in text)


def may_break_between(left: str, right: str) -> bool:
    """Whether a wrapper may break between two words (``left`` and ``right``, not spaces):
    at least one is Thai (so never inside ``COVID-19``), and no punctuation forbids it.

    >>> may_break_between("ผู้นำ", "ที่"), may_break_between("COVID", "-")
    (True, False)
    >>> may_break_between("“", "จำนวน"), may_break_between("มาก", "”")
    (False, False)
    >>> may_break_between("ฝรั่งเศส", "-"), may_break_between("-", "โมนาโก")
    (False, True)
    """
    if left[-1] in NO_LINE_ENDS or right[0] in NO_LINE_STARTS:
        return False
    return bool(THAI_RE.match(left[-1]) or THAI_RE.match(right[0]))


def breakable_units(paragraph: str) -> Iterator[str]:
    """The paragraph cut where a Thai wrapper may break; a unit broken off at a space keeps
    the space at its end (where the line would end, the space hangs).

    >>> list(breakable_units("อ้างว่าคิมจองอึน ที่ดี"))
    ['อ้างว่า', 'คิม', 'จอง', 'อึน ', 'ที่', 'ดี']
    """
    unit = ""
    for token in _word_tokenize()(paragraph, keep_whitespace=True):
        if token.isspace():
            unit += token
        elif unit and (unit[-1].isspace() or may_break_between(unit, token)):
            yield unit
            unit = token
        else:
            unit += token
    if unit:
        yield unit


def wrap_at_words(paragraph: str, width: int) -> list[str]:
    """Greedy lines of at most ``width`` cells (a longer unit alone on its line), broken
    between words and at spaces; a line broken at a space keeps it at its end, so the
    lines joined give the paragraph back.

    >>> wrap_at_words("เขียนลงบล็อกเมื่อวันจันทร์ สำหรับผู้ที่ติดตาม", 12)
    ['เขียนลงบล็อก', 'เมื่อวันจันทร์ ', 'สำหรับผู้ที่ติดตาม']
    """
    lines: list[str] = []
    line = ""
    for unit in breakable_units(paragraph):
        if line and cells(line + unit.rstrip(" ")) > width:
            lines.append(line)
            line = unit
        else:
            line += unit
    return [*lines, line] if line else lines


def restored_pattern(lines: list[str]) -> re.Pattern[str]:
    """What unwrapping ``lines`` (a paragraph's, from :func:`wrap_at_words`) may give back
    when the spaces at line ends were lost: the paragraph, each such space there or not (no
    reader can tell a break at a space from one between words).

    >>> pattern = restored_pattern(["จองอึน ", "ที่ดี"])
    >>> bool(pattern.fullmatch("จองอึน ที่ดี")), bool(pattern.fullmatch("จองอึนที่ดี"))
    (True, True)
    """
    lost_space = "(?: )?"  # (a line broken at a space ends with it, see wrap_at_words)
    return re.compile(
        "".join(re.escape(line.rstrip(" ")) + lost_space * line.endswith(" ") for line in lines)
    )
