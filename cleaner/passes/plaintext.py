"""Shapes of plain-text documents (an RFC, a manual) that layout.py and unwrap read.

Three shapes, each told by the line alone or by a run of lines, never by the document's
kind: a two-column line (a title block's ``Network Working Group       M. Chiba``), whose
gap is meaningful spacing; a contents line (``3. Attributes ........10``), which stays on
a line of its own; and an indented paragraph (hard-wrapped prose nested under a list
item or a field name, or a body indented deeper than code's four spaces), which is prose,
not indented code.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaner.lazy_re import lazy_compile
from cleaner.memo import recent_lines_cache

# Two columns: at most three spaces of indent, two halves of single-spaced words and a
# gap of eight spaces or more between them (sentence spacing or a justified line's gap
# is narrower).
TWO_COLUMNS_RE = lazy_compile(r" {0,3}(\S+(?: \S+)*) {8,}(\S+(?: \S+)*)")
# Each half of a two-column line is at most this long: a line of prose is longer.
MAX_COLUMN_CHARS = 40
# A contents line ends with dot leaders ("....", ". . .") and a page number.
CONTENTS_LINE_RE = lazy_compile(r"(?:\.{4}|(?:\. ){3}\.)[. ]* ?(?:\d{1,4}|[ivxlc]{1,6})$")
# A line of an indented paragraph: 4 to 12 spaces, then words from a letter, digit, quote
# or bracket (no list marker, "1." or "2)"), without a sign of code (pipes, braces, "=",
# angle brackets, tabs).
PARAGRAPH_LINE_RE = lazy_compile(r" {4,12}(?!\d{1,3}[.)](?: |$))[\w\"'(\[][^|{}=<>\t]*")
# The first line of a paragraph indented as books indent it: 4 to 12 spaces, a number
# of the paragraph if any ("1.  Sun Tzu said:"), then words without a sign of code.
OPENING_LINE_RE = lazy_compile(r" {4,12}(?:\d{1,3}[.,)] +(?:\d{1,3}\. +)?)?[\w\"'(\[][^|{}=<>\t]*")
# A line ending a sentence (then it may be a whole line of its own, no wrapped one).
SENTENCE_END_RE = lazy_compile(r"[.!?:][\"'”’)\]]*$")
# A sign of code in a line (pipes, braces, "=", angle brackets, tabs).
CODE_SIGN_RE = lazy_compile(r"[|{}=<>\t]")
# An indented paragraph is wrapped at least this wide and at most that (its widest line,
# indent and all): a longer line is a paragraph on one line (a book's, indented five).
MIN_PARAGRAPH_WIDTH = 60
MAX_PARAGRAPH_WIDTH = 100
# An indented paragraph's lines are indented at most this many spaces.
MAX_PARAGRAPH_INDENT = 12
# The segments whose indented paragraphs are remembered: the whitespace rule, the survey
# and the layout step ask them of one segment's lines in turn (a book's, up to 3 times).
PARAGRAPH_SEGMENTS_KEPT = 4
# How an indented line (indented code, unless it goes on a list item) starts.
INDENTS = ("    ", "\t")


def is_two_columns(line: str) -> bool:
    """Whether ``line`` is two short columns set apart by a wide gap (a title block's line).

    >>> is_two_columns("Network Working Group                   M. Chiba")
    True
    >>> is_two_columns("It ends here.  Then more"), is_two_columns("    a        b")
    (False, False)
    """
    found = TWO_COLUMNS_RE.fullmatch(line)
    return found is not None and max(map(len, found.groups())) <= MAX_COLUMN_CHARS


def is_contents_line(line: str) -> bool:
    """Whether ``line`` is an entry of a table of contents: dot leaders and a page number.

    >>> is_contents_line("   3.1. Proxy State ..............12"), is_contents_line("Wait...")
    (True, False)
    >>> is_contents_line("B.1.  Relays and Proxies . . . . . . . 45")
    True
    """
    return "." in line and CONTENTS_LINE_RE.search(line) is not None


@recent_lines_cache(maxsize=PARAGRAPH_SEGMENTS_KEPT)
def indented_lines(lines: Sequence[str]) -> list[int]:
    """The indexes of ``lines`` that start with INDENTS, in order: read once a segment for
    the layout rule's indented code and :func:`indented_paragraph_lines`, which ask them
    of one segment's lines in turn (a walk of every line; callers must not change it).

    >>> indented_lines(["    a", "b", "\\tc", "  d", "     e"])
    [0, 2, 4]
    """
    return [i for i, line in enumerate(lines) if line.startswith(INDENTS)]


@recent_lines_cache(maxsize=PARAGRAPH_SEGMENTS_KEPT)
def indented_paragraph_lines(lines: Sequence[str]) -> frozenset[int]:
    """The indexes of the lines of indented paragraphs, which are prose, not indented code.

    Such a paragraph is a run of two or more lines at one indent of 4 to 12 spaces, each of
    words (no sign of code, no gap of three spaces, no dot leaders), each but the last
    broken where the next line's first word would pass the run's widest line, which is
    MIN_PARAGRAPH_WIDTH to MAX_PARAGRAPH_WIDTH wide: hard-wrapped prose. The line above,
    if any, had room for the first word (a label, a field's name): else the run goes on
    that line's paragraph; or it is a list item's line at a smaller indent (``(3)  The
    degree ...``), then the run is that item's hanging lines, and the item's line, which
    ends no sentence, is one of the paragraph's (a single line will do).

    >>> body = "     Interoperability requires that all OTP servers and generators use"
    >>> sorted(indented_paragraph_lines(["Text:", body, "     the same dictionary."]))
    [1, 2]
    >>> indented_paragraph_lines(["    short line", "    another short line"])
    frozenset()
    """
    found: set[int] = set()
    i, total = 0, len(lines)
    starts = [i for i in indented_lines(lines) if lines[i][0] == " "]  # (not a tab's)
    for start in starts:  # Each block of lines at one indent of four spaces or more.
        if start < i:
            continue  # (A line of the block read last.)
        i, line = start, lines[start]
        indent = len(line) - len(line.lstrip(" "))
        prefix, end = line[:indent], i + 1
        while (
            end < total
            and lines[end].startswith(prefix)
            and lines[end][indent : indent + 1].strip()
        ):
            end += 1
        if indent <= MAX_PARAGRAPH_INDENT and _may_hold_paragraph(lines, i, end):
            _mark_runs(lines, i, end, found)
        if (
            end < total
            and _ends_paragraph(lines[end - 2] if end > 1 else "")
            and opens_indented_paragraph(lines[end - 1], lines[end])
        ):
            found.add(end - 1)  # (the run's other lines stand alone: one-line paragraphs)
        i = end
    return frozenset(found)


def opens_indented_paragraph(line: str, after: str) -> bool:
    """Whether ``line``, indented 4 to 12 spaces, is the first line of a paragraph indented
    as books indent it, ``after`` its second (Sun Tzu's ``     It is noticeable that both
    Yeh Shui-hsin and Ch`en Chen-sun,`` / ``while rejecting the personality of Sun Wu``): a
    line of words (after the paragraph's number, if any, and with no gap of four spaces) at
    least MIN_PARAGRAPH_WIDTH wide, then a line of words less indented, no list item, that
    goes on its sentence (``line`` ends none, or ``after`` starts in lower case).

    >>> first = "     It is noticeable that both Yeh Shui-hsin and Ch`en Chen-sun,"
    >>> opens_indented_paragraph(first, "while rejecting the personality of Sun Wu")
    True
    >>> opens_indented_paragraph("    result = compute(first_argument, second_one, third)", "x")
    False
    >>> opens_indented_paragraph("     1.  Sun Tzu said:  The art of war is of vital importance to",
    ...                          "the State.")
    True
    """
    from cleaner.passes.layout import opens_item  # (layout.py imports this module)

    rest = after.lstrip(" ")
    return (
        line.startswith("    ")
        and rest[:1].isalnum()
        and not opens_item(after)
        and len(after) <= MAX_PARAGRAPH_WIDTH  # (a wrapped line too: no paragraph on one)
        and len(after) - len(rest) < len(line) - len(line.lstrip(" ")) <= MAX_PARAGRAPH_INDENT
        and _squeezed_length(line) >= MIN_PARAGRAPH_WIDTH
        and CODE_SIGN_RE.search(after) is None
        and OPENING_LINE_RE.fullmatch(line) is not None
        and "    " not in line.lstrip(" ")
        and not is_contents_line(line)
        and (SENTENCE_END_RE.search(line) is None or rest[:1].islower())
    )


def _ends_paragraph(line: str) -> bool:
    """Whether ``line`` (the one above a paragraph's indented first line) is blank or ends
    a sentence: no verse line whose rest goes on below it, deeper (Whitman's ``This printed
    and bound book--but the printer and the`` / ``      printing-office boy?``).

    >>> _ends_paragraph(""), _ends_paragraph("  This printed and bound book--but the")
    (True, False)
    """
    return not line.strip() or SENTENCE_END_RE.search(line) is not None


def _may_hold_paragraph(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether the block ``lines[start:end]`` (one indent) may hold an indented paragraph,
    told by lengths alone (most indented code is not wide enough): two lines or more, or
    one under an indented line (an item's), and one of them or that line wide enough."""
    above = lines[start - 1] if start else ""
    if end - start < 2 and not above.startswith("    "):
        return False
    return max(len(above), *map(len, lines[start:end])) >= MIN_PARAGRAPH_WIDTH


def _mark_runs(lines: Sequence[str], start: int, end: int, found: set[int]) -> None:
    """Add to ``found`` the indented paragraphs' lines among ``lines[start:end]``."""
    i = start
    while i < end:
        if not _is_paragraph_line(lines[i]):
            i += 1
            continue
        run_end = i + 1
        while run_end < end and _is_paragraph_line(lines[run_end]):
            run_end += 1
        above = lines[i - 1] if i else ""
        indent = len(lines[i]) - len(lines[i].lstrip(" "))
        if _is_item_line(above, indent):  # A list item's hanging lines: "(3)  The ..."
            if not SENTENCE_END_RE.search(above) and _is_wrapped(["", above, *lines[i:run_end]]):
                found.update(range(i - 1, run_end))
        elif run_end - i >= 2 and _is_wrapped([above, *lines[i:run_end]]):
            found.update(range(i, run_end))
        i = run_end


def _is_item_line(line: str, indent: int) -> bool:
    """Whether ``line`` opens a list item left of ``indent``, with words (no sign of code),
    itself indented four spaces or more (else it is no code, and its hanging lines go on
    it as an item's wrapped lines already, if unwrap reads it as an item).

    >>> _is_item_line("      (3)  The degree of management", 11), _is_item_line("   x = 1", 11)
    (True, False)
    >>> _is_item_line("- Stop using freetype for font loading; this", 4)
    False
    """
    from cleaner.passes.layout import opens_item  # (layout.py imports this module)

    return (
        4 <= len(line) - len(line.lstrip(" ")) < indent
        and opens_item(line)
        and CODE_SIGN_RE.search(line) is None
    )


def _is_paragraph_line(line: str) -> bool:
    """Whether ``line`` may be a line of an indented paragraph (see PARAGRAPH_LINE_RE): a
    line too wide for one (a book's paragraph on one line) is not tried further."""
    if not line.startswith("    "):
        return False
    if len(line) > MAX_PARAGRAPH_WIDTH:  # Its letters alone (counted in C) may be too many.
        if len(line) - line.count(" ") > MAX_PARAGRAPH_WIDTH:
            return False
        if _squeezed_length(line) > MAX_PARAGRAPH_WIDTH:
            return False
    return (
        PARAGRAPH_LINE_RE.fullmatch(line) is not None
        and "   " not in line.lstrip(" ")
        and not is_contents_line(line)
    )


def _is_wrapped(run: Sequence[str]) -> bool:
    """Whether each line of ``run`` but its first and last ends where the next word would
    not fit, and its first (the line above: blank, or a label) has room for that word.

    >>> _is_wrapped(["", "    " + "word " * 13 + "end", "    next line"])
    True
    >>> _is_wrapped(["", "    a", "    b"]), _is_wrapped(["x" * 63, "    " + "y " * 30, "    z"])
    (False, False)
    """
    lengths = [_squeezed_length(line) for line in run]
    width = max(lengths[1:])
    if (
        not MIN_PARAGRAPH_WIDTH <= width <= MAX_PARAGRAPH_WIDTH
        or lengths[0] + 1 + len(run[1].split(None, 1)[0]) > width
    ):
        return False
    return all(
        length + 1 + len(after.split(None, 1)[0]) > width
        for length, after in zip(lengths[1:], run[2:], strict=False)
    )


def _squeezed_length(line: str) -> int:
    """The length of ``line`` with its inner runs of spaces one space each: measured so,
    a line reads the same to the whitespace pass (before it squeezes them) and to unwrap.

    >>> _squeezed_length("   o  This  text"), _squeezed_length("")
    (14, 0)
    """
    words = line.split()
    return len(line) - len(line.lstrip(" ")) + len(" ".join(words)) if words else 0
