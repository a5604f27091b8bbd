"""Line layout shared by the ``whitespace`` and ``unwrap`` passes: which lines' spacing counts.

Both passes must agree on the lines whose inner spacing means something (fenced code,
indented code, aligned columns): the whitespace pass keeps their runs of spaces, and the
unwrap pass keeps them line for line, never joining them. If they disagreed, unwrap could
join two aligned lines whose spacing whitespace kept, and the next run would collapse it.
So both call :func:`lines_with_meaningful_spacing`, defined once, here. That includes
reStructuredText's literal blocks (:func:`literal_block_lines`), whatever their indentation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate

from cleaner.lazy_re import lazy_compile
from cleaner.passes.plaintext import (
    INDENTS,
    indented_lines,
    indented_paragraph_lines,
    is_two_columns,
)

# Characters that show nothing: soft hyphen, zero-width space and joiners, word joiner,
# BOM (what a pass drops before it reads a line's text).
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# A fence line that opens or closes a Markdown code block.
FENCE_RE = lazy_compile(r"^\s*(```|~~~)")
# A run of tildes, or of four backticks or more, alone on a line: under a line of text,
# a reStructuredText title's underline, not a fence (see :func:`is_fence`).
UNDERLINE_RUN_RE = lazy_compile(r"(?:~{3,}|`{4,})[ \t]*$")
# A list marker that always opens an item: a bullet symbol.
BULLET_RE = lazy_compile(r"^\s*[*•+‣◦▪·](\s+|$)")
# A marker that opens an item only where a new line of text may start (after a sentence,
# a colon or another item): "- ", "1.", "1)", "a)", "(i)", "(2)". Mid-sentence, "- " is a
# dash that wrapped and "(2)" a reference. "(C)" and "(R)" are signs, not markers.
WEAK_MARKER_RE = lazy_compile(
    r"^\s*(-|\d{1,3}[.)]|[a-z]\)|\((?:\d{1,3}|[a-zA-BD-QS-Z]|[ivxlcdm]{1,6})\))(\s+|$)"
)
# The delimiter of an AsciiDoc block whose lines are code or literal text: four or more
# "-" (listing), "." (literal) or "+" (passthrough), alone on the line.
DELIMITER_RE = lazy_compile(r"(-{4,}|\.{4,}|\+{4,})[ \t]*")
# What must stand above a block's opening delimiter: a blank line, the block's attribute
# list ("[source,c]"), its title (".Example") or a list continuation ("+": the block goes
# on a list item or a definition).
BLOCK_HEAD_RE = lazy_compile(r"\s*$|\[[^\]]*\]\s*$|\.[^.\s]|\+[ \t]*$")
DELIMITER_STARTS = frozenset({"----", "....", "++++"})
# A line feed before a delimiter's start: one search from the line feeds reads a text
# faster than three searches of the strings would.
DELIMITER_SIGN_RE = re.compile(r"\n(?:----|\.\.\.\.|\+\+\+\+)")
# The most lines between a block's delimiters (git's documentation: 175 at most in 608).
MAX_BLOCK_LINES = 300
# A reStructuredText simple table's border: runs of "=" for two columns or more, a space
# or more between them (one run alone is a title's underline).
TABLE_BORDER_RE = lazy_compile(r"=+(?: +=+)+[ \t]*")
# What a text holds if some line of it is such a border (its gap, with one space or more).
TABLE_BORDER_GAPS = ("= =", "=  =")
SENTENCE_ENDS = (".", "!", "?", "\u3002", "\uff01", "\uff1f", "\uff0e", '."', ".\u201d")
# A reStructuredText title's underline: one punctuation mark, repeated.
UNDERLINE_RE = lazy_compile(r"""([=\-~^"'`#*+:.])\1{2,}\s*$""")
# The reStructuredText directives whose content is code, not prose.
CODE_DIRECTIVES = (
    "code-block|code|sourcecode|doctest|testcode|testoutput|productionlist"
    "|parsed-literal|math|raw|highlight|ipython|jupyter-execute"
)
# A line that opens such a directive: its content is kept as a literal block.
CODE_DIRECTIVE_RE = lazy_compile(rf"^\s*\.\. ({CODE_DIRECTIVES})::")
# Such a directive anywhere in a text (see :func:`may_open_literal`), found from its "::"
# (a literal start: ".. " is in every line of an RFC's contents, before its page number).
ANY_CODE_DIRECTIVE_RE = lazy_compile(
    "::(?:" + "|".join(rf"(?<=\.\. {name}::)" for name in CODE_DIRECTIVES.split("|")) + ")"
)
# A wide gap after a word: two or more spaces or tabs, or one tab. Indentation is no gap.
ALIGNMENT_GAP_RE = lazy_compile(r"(?<=\S)(?:[ \t]{2,}|\t)")
# Sentence spacing, not a column: exactly two spaces after a full stop, "!", "?" or ":"
# ("works.  By contrast", as in the GPL's text).
SENTENCE_SPACING = frozenset({".  ", "!  ", "?  ", ":  "})
SOFT_HYPHEN = "\u00ad"
# Whitespace other than a plain space: every character str.isspace() and the ``\s`` of
# ``re`` accept, but " " (tests/passes/test_whitespace.py checks the list against Python's).
# A positive class is searched three times as fast as ``[^\S ]``.
OTHER_SPACE_RE = lazy_compile(
    "[\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def lines_with_meaningful_spacing(
    lines: Sequence[str], *, indented: bool = True, joined: str | None = None
) -> list[bool]:
    """Mark the lines whose inner spacing is meaningful: code and aligned columns.

    Those are fence lines and the lines between them; lines indented by four spaces or a
    tab, unless they go on with a list item (no blank line between), or ``indented`` is
    False (then a line marked for its indentation alone is not), or they are an indented
    paragraph's (hard-wrapped prose, :func:`indented_paragraph_lines`); two or more
    adjacent lines whose wide gaps end in a shared column (a pipe table's header and first
    row with its delimiter row between them too); a line of two short columns
    (:func:`is_two_columns`, a title block's); and a line with wide gaps next to a
    border of a box drawn in text (``+-+-+``). ``lines`` have LF ends cut and
    no trailing whitespace. Each line is judged as it reads once its soft hyphens are gone
    (see :func:`visible_lines`). ``joined``: ``"\\n".join(lines)``, if the caller has it
    (a segment's reader searches it too), else made here.

    >>> lines_with_meaningful_spacing(["Name    Age", "Anna    34", "It works.  By the", "way"])
    [True, True, False, False]
    >>> lines_with_meaningful_spacing(["- an item", "    goes on", "", "    code = 1"])
    [False, False, False, True]
    >>> lines = ["Text", "", "    text", "    x  = 1", "    y  = 2"]
    >>> lines_with_meaningful_spacing(lines, indented=False)
    [False, False, False, True, True]
    >>> lines_with_meaningful_spacing(["Text", "\\u00ad```", "a  b", "```", "\\t\\u00ad"])
    [False, True, True, True, False]
    >>> lines_with_meaningful_spacing(["| Name  | Age |", "| ----- | --- |", "| Anna  | 34  |"])
    [True, False, True]
    """
    text = "\n".join(lines) if joined is None else joined
    if not may_have_meaningful_spacing(text):
        return [False] * len(lines)
    if SOFT_HYPHEN in text:
        lines = visible_lines(lines)
        text = "\n".join(lines)
    keep = [False] * len(lines)
    if holds_any(text, ("```", "~~~")):
        _mark_fenced_and_indented(lines, keep, indented)
    elif indented and (holds_any(text, ("\n    ", "\n\t")) or text.startswith(("    ", "\t"))):
        _mark_indented(lines, keep)
    # Lines that hold no gap (most lines of prose) share no column with the line above.
    above: set[int] = set()  # The line above's gap ends (no list of a set per line).
    after = -1  # The line that ``above`` is of.
    # Whether a drawing's border may hold a row with gaps: asked at the first line with
    # gaps only (most prose has none), "+" looked for first (at memory speed).
    boxed: bool | None = None
    for i, gap_ends in _gap_columns(text, lines):
        if boxed is None:
            boxed = holds_any(text, ("+-", "-+"))
        if after == i - 1 and above & gap_ends:
            keep[i - 1] = keep[i] = True
        elif after == i - 2 and above & gap_ends and TABLE_DELIMITER_RE.fullmatch(lines[i - 1]):
            keep[i - 2] = keep[i] = True  # A pipe table's header, over its delimiter row.
        if boxed and (borders := _borders_next_to(lines, i)):
            # A row of a box drawn in text: |     Code      |  Identifier   |; its borders
            # too, so that unwrap joins none of them to a line of text (the row would
            # lose its border, and the next run its gaps).
            for j in (i, *borders):
                keep[j] = True
        elif "        " in lines[i] and is_two_columns(lines[i]):
            keep[i] = True  # Network Working Group                       M. Chiba
        above, after = gap_ends, i
    if may_open_literal(text):
        for i in literal_block_lines(lines):
            keep[i] = True
    if may_delimit(text):
        for i in delimited_block_lines(lines):
            keep[i] = True
    if holds_any(text, TABLE_BORDER_GAPS):
        for i in simple_table_lines(lines):
            keep[i] = True
    return keep


def simple_table_lines(lines: Sequence[str]) -> Iterator[int]:
    """The indices of reStructuredText's simple tables, borders and all: a border
    (:data:`TABLE_BORDER_RE`) at the top of a block, then any lines (its header, the
    border under it, rows, blank lines between rows) to the same border where a blank line
    or the text's end follows it. A row's columns may be one space apart, where a cell
    fills its column (Flask's ``string`` (default) accepts...): only the borders tell.

    >>> lines = ["Types:", "", "====== ====", "``int`` a number", "====== ====", "", "Text"]
    >>> list(simple_table_lines(lines))
    [2, 3, 4]
    """
    for start, close in _simple_table_spans(lines):
        if close > start + 1:
            yield from range(start, close + 1)


def table_open_after(lines: Sequence[str]) -> bool:
    """Whether a simple table (:func:`simple_table_lines`) may open in ``lines`` (which start
    after a blank line or at the text's start) and close after them: a border at the top of
    a block that no border closes in them, and that the lines after it could still close
    (MAX_BLOCK_LINES). A text cut there is not read the same in pieces.

    >>> table_open_after(["Text", "", "===== =====", "a     1", ""])
    True
    >>> table_open_after(["===== =====", "a     1", "===== =====", "", ""])
    False
    """
    count = len(lines)
    return any(
        close < 0 and start + MAX_BLOCK_LINES + 2 > count
        for start, close in _simple_table_spans(lines)
    )


def _simple_table_spans(lines: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Each border at the top of a block that may open a simple table, and the line of the
    border that closes it (-1 if none does within MAX_BLOCK_LINES): a table is the span from
    one to the other, if some line is between them; a border inside one opens none."""
    count, after = len(lines), -1
    for i in [i for i, line in enumerate(lines) if line[:1] == "="]:
        border = lines[i].rstrip()
        if i <= after or not TABLE_BORDER_RE.fullmatch(border) or (i and lines[i - 1].strip()):
            continue
        end = min(count, i + MAX_BLOCK_LINES + 2)
        close = next(
            (
                j
                for j in range(i + 1, end)
                if lines[j].rstrip() == border and (j == count - 1 or not lines[j + 1].strip())
            ),
            -1,
        )
        yield i, close
        if close > i + 1:
            after = close


def may_delimit(text: str) -> bool:
    """Whether some line of ``text`` may start an AsciiDoc delimiter (read at C speed)."""
    return text.startswith(("----", "....", "++++")) or DELIMITER_SIGN_RE.search(text) is not None


def delimited_block_lines(lines: Sequence[str]) -> Iterator[int]:
    """The indices of AsciiDoc's delimited blocks of code or literal text, delimiters and
    all: a line of four or more ``-``, ``.`` or ``+`` under a blank line, an attribute
    list, a block title or a list continuation (``+``), with text right under it, closed
    by the same line. A title's underline has text above it; a rule between paragraphs, a
    blank line under it.

    >>> lines = ["Run:", "", "----", "$ mkdir x", "$ cd x", "----", "Title", "-----"]
    >>> list(delimited_block_lines(lines))
    [2, 3, 4, 5]
    >>> list(delimited_block_lines(["`-a`::", "\tAll.", "+", "----", "{", "}", "----"]))
    [3, 4, 5, 6]
    """
    count, after = len(lines), -1
    for i in [i for i, line in enumerate(lines) if line[:4] in DELIMITER_STARTS]:
        line = lines[i]
        if (
            i > after
            and i < count - 1
            and DELIMITER_RE.fullmatch(line)
            and (i == 0 or BLOCK_HEAD_RE.match(lines[i - 1]))
            and lines[i + 1].strip()
        ):
            delimiter, end = line.rstrip(), min(count, i + MAX_BLOCK_LINES + 2)
            close = next((j for j in range(i + 1, end) if lines[j].rstrip() == delimiter), -1)
            if close > 0 and not _reads_as_prose(lines[i + 1 : close]):
                yield from range(i, close + 1)
                after = close


def _reads_as_prose(lines: Sequence[str]) -> bool:
    """Whether most of the lines end a sentence (a novel's chapter between two rules of
    the same length), as few lines of code or of a program's output do.

    >>> _reads_as_prose(["He came.", "She left.", "x = 1"]), _reads_as_prose(["$ git init"])
    (True, False)
    """
    written = [line for line in lines if line.strip()]
    ended = sum(line.rstrip().endswith(SENTENCE_ENDS) for line in written)
    return 2 * ended > len(written) >= 2


# A border of a box drawn in text (an RFC's packet diagram): "+-+-+-+", "+--------+".
BORDER_RE = lazy_compile(r"\s*\+[-+=]{3,}\s*")
# A Markdown pipe table's delimiter row, under its header: "| --- | :---: |", "---|---".
TABLE_DELIMITER_RE = lazy_compile(r"\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*")


def _borders_next_to(lines: Sequence[str], i: int) -> list[int]:
    """The lines above and below line ``i`` that are borders of a box drawn in text.

    >>> _borders_next_to(["+-+-+", "| a   | b |", "+-+-+"], 1), _borders_next_to(["a", "b"], 1)
    ([0, 2], [])
    """
    return [
        j
        for j in (i - 1, i + 1)
        if 0 <= j < len(lines) and BORDER_RE.fullmatch(lines[j]) is not None
    ]


# A run of spaces that :func:`alignment_columns` reads as a wide gap: two or more after a
# character that is no space, but two alone after a sentence's end. (Searched for by its
# literal start at C speed: an indentation, the run after a line feed, fails there.)
SPACE_GAP_RE = lazy_compile(r"  (?:(?<=[^\s.!?:]  )| (?<=[.!?:]   )) *")


def _gap_columns(text: str, lines: Sequence[str]) -> Iterator[tuple[int, set[int]]]:
    """Each line of ``text`` (its ``lines``, no soft hyphen) that has
    :func:`alignment_columns`, in order, with them: read off one search of the whole text
    where it holds no tab. (An RFC indents every line: its lines holding two spaces, the
    lines :func:`alignment_columns` was asked about one by one, are nearly all.)

    >>> list(_gap_columns("   a b\\nc  d\\n   It ends.  Then\\ne   \\n   f.   g  h", []))
    [(1, {3}), (3, {4}), (4, {8, 11})]
    """
    if "\t" in text:  # (Tabs are rare: each line holding a sign of a gap is asked.)
        for i in lines_holding(text, ("  ", "\t")):
            if columns := alignment_columns(lines[i]):
                yield i, columns
        return
    index, previous, line_start, line_end = 0, 0, 0, -1
    columns: set[int] = set()
    for match in SPACE_GAP_RE.finditer(text):
        start = match.start()
        if start > line_end:  # The first gap of a line.
            if columns:
                yield index, columns
            index += text.count("\n", previous, start)
            previous = start
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            columns = set()
        columns.add(match.end() - line_start)
    if columns:
        yield index, columns


def lines_found(text: str, pattern: re.Pattern[str]) -> list[int]:
    """The indexes of the lines of ``text`` where ``pattern`` (holding no line feed) finds a
    place, in order: one search a line that holds one.

    >>> import re
    >>> lines_found("ab\\ncd\\nbb b\\n", re.compile("b"))
    [0, 2]
    """
    indexes, index, previous = [], 0, 0
    match = pattern.search(text)
    while match is not None:
        start = match.start()
        index += text.count("\n", previous, start)
        previous = start
        indexes.append(index)
        end = text.find("\n", start)
        match = pattern.search(text, end) if end >= 0 else None
    return indexes


def lines_holding(text: str, signs: Sequence[str]) -> list[int]:
    """The indexes of the lines of ``text`` that hold one of ``signs`` (none holding a line
    feed), in order, each sign found by ``str.find`` at C speed.

    >>> lines_holding("a  b\\nc\\nd\\te  f\\n  g", ("  ", "\\t"))
    [0, 2, 3]
    """
    starts = set()
    for sign in signs:
        position = text.find(sign)
        while position >= 0:
            starts.add(text.rfind("\n", 0, position) + 1)
            end = text.find("\n", position)
            position = text.find(sign, end) if end >= 0 else -1
    indexes, index, previous = [], 0, 0
    for start in sorted(starts):
        index += text.count("\n", previous, start)
        previous = start
        indexes.append(index)
    return indexes


def _mark_indented(lines: Sequence[str], keep: list[bool]) -> None:
    """:func:`_mark_fenced_and_indented` of lines without a fence: each indented line but
    those going on with a list item (an item's marker line above, no blank line between),
    found by reading up from each indented line only.

    >>> keep = [False] * 4
    >>> _mark_indented(["- item", "    goes on", "", "    code"], keep); keep
    [False, False, False, True]
    """
    in_item_at: dict[int, bool] = {}  # Whether a list item goes on at each indented line.
    # (Found once; the indented paragraphs are remembered for the segment's lines.)
    paragraphs = indented_paragraph_lines(lines)
    for i in indented_lines(lines):
        in_item, j = False, i - 1
        while j >= 0 and lines[j]:  # Up to the blank line above: no item goes on past it.
            above = lines[j]
            if j in in_item_at:  # An indented line above, in the same run: as it was.
                in_item = in_item_at[j]
                break
            if opens_item(above):
                in_item = True
                break
            j -= 1
        in_item_at[i] = in_item
        keep[i] = not in_item and i not in paragraphs


def _mark_fenced_and_indented(lines: Sequence[str], keep: list[bool], indented: bool) -> None:
    """Mark fence lines and those between them, and indented lines (see
    :func:`lines_with_meaningful_spacing`)."""
    in_fence = in_item = False
    paragraphs: frozenset[int] | None = None  # The indented paragraphs' lines, once one is asked.
    for i, line in enumerate(lines):
        if ("```" in line or "~~~" in line) and is_fence(line, lines[i - 1] if i else "", in_fence):
            keep[i], in_fence, in_item = True, not in_fence, False
        elif in_fence:
            keep[i] = True
        elif line.startswith(INDENTS):
            if indented and not in_item and paragraphs is None:
                paragraphs = indented_paragraph_lines(lines)
            keep[i] = indented and not in_item and i not in (paragraphs or ())
        elif not may_open_item(line):  # No marker can match: only a blank line ends an item.
            in_item = in_item and bool(line)
        else:
            # An item goes on (its wrapped lines may be indented) until a blank line.
            in_item = bool(BULLET_RE.match(line) or WEAK_MARKER_RE.match(line)) or (
                in_item and bool(line)
            )


def is_fence(line: str, previous: str, in_fence: bool) -> bool:
    """Whether ``line`` opens or closes a fenced code block, ``previous`` the line above.

    Outside a fence, a run of tildes under a line of text at least as long is no fence but
    that title's underline (reStructuredText), and so is a run of four backticks or more
    (Flask's documentation underlines its sections so; a Markdown fence is three).

    >>> is_fence("~~~", "", False), is_fence("~~~~~", "Title", False), is_fence("~~~", "x", True)
    (True, False, True)
    >>> is_fence("`````````", "Templates", False), is_fence("```", "Run:", False)
    (False, True)
    >>> is_fence("````", "````", False)
    True
    """
    if not FENCE_RE.match(line):
        return False
    if in_fence or not previous.strip():
        return True
    return not (
        UNDERLINE_RUN_RE.match(line)
        and len(line.rstrip()) >= len(previous.rstrip())
        # (backticks under a title of words: under a closing fence, they open one)
        and (line.lstrip()[0] == "~" or any(map(str.isalnum, previous)))
    )


def fenced_lines(lines: Sequence[str]) -> set[int]:
    """The indices of the fence lines of Markdown code blocks and of the lines between them.

    >>> sorted(fenced_lines(["Run:", "```console", "$ cargo run", "```", "Done."]))
    [1, 2, 3]
    """
    fenced: set[int] = set()
    inside, previous = False, ""
    for i, line in enumerate(lines):
        fence = ("```" in line or "~~~" in line) and is_fence(line, previous, inside)
        if fence or inside:
            fenced.add(i)
        inside ^= fence
        previous = line
    return fenced


def fence_open_after(lines: Sequence[str], inside: bool) -> bool:
    """Whether a fenced code block is open after ``lines``, given whether one was before
    them (they start after a blank line or at the text's start).

    >>> fence_open_after(["```", "code"], False), fence_open_after(["Title", "~~~~~"], False)
    (True, False)
    """
    previous = ""
    for line in lines:
        if ("```" in line or "~~~" in line) and is_fence(line, previous, inside):
            inside = not inside
        previous = line
    return inside


def literal_block_lines(lines: Sequence[str]) -> Iterator[int]:
    """The indices of reStructuredText's literal lines, whose spacing and breaks are code.

    Those are the lines indented deeper than a paragraph that ends with ``::`` before a
    blank line (its text's column, after a list marker), up to the next line that is not;
    the content of a code directive (``.. code-block:: python``), not another's (``..
    note::``); and doctest blocks, paragraphs that start with ``>>>``. A literal block
    always ends at a line that starts in the first column, so a text cut before such a
    line is read the same in pieces.

    >>> list(literal_block_lines(["Run::", "", "  a  = 1", "", "  b", "Text", "", ">>> 1", "1"]))
    [2, 4, 7, 8]
    >>> list(literal_block_lines(["* Run::", "", "    code", "", "  text", "* Next"]))
    [2]
    >>> list(literal_block_lines(["... or this::", "", "    @decorator", "    class A: pass"]))
    [2, 3]
    >>> list(literal_block_lines(["Title", "=====", ".. code:: python", "", "    a = 1"]))
    [4]
    """
    body: int | None = None  # The column a literal block's lines must pass, while one is open.
    expected: int | None = None  # After a paragraph that ends with "::": its text's column.
    column, after_blank, doctest, explicit = 0, True, False, False
    previous = ""
    for i, line in enumerate(lines):
        if not line:
            after_blank = True
            continue
        # A title's underline ends it: the next line starts a paragraph, blank line or not.
        starts = after_blank or bool(UNDERLINE_RE.match(previous))
        previous = line
        indent = indentation(line)
        if body is not None and indent > body:
            after_blank = False
            yield i
            continue
        body = None
        if expected is not None and after_blank and indent > expected:
            body, expected, after_blank = expected, None, False
            yield i
            continue
        expected = None
        if starts:  # A paragraph starts: its text's column, past any list marker.
            marker = BULLET_RE.match(line) or WEAK_MARKER_RE.match(line)
            column = marker.end() if marker else indent
            doctest = line.startswith(">>>", indent)
            # A directive's "::" opens no literal (explicit markup is ".." and a space: an
            # ellipsis, "... or a decorator::", starts a paragraph).
            explicit = line.startswith(".. ", indent) or line[indent:] == ".."
            if CODE_DIRECTIVE_RE.match(line):
                body = indent
        after_blank = False
        if doctest:
            yield i
        elif line.endswith("::") and not explicit:
            expected = column


def may_open_literal(text: str) -> bool:
    """Whether :func:`literal_block_lines` may find a line in ``text``: only after a line
    that ends with ``::``, in a doctest block or in a code directive. (An RFC's ``::=`` of
    ASN.1 opens none: its every line need not be read.)

    >>> [may_open_literal(x) for x in ("Run::\\n\\n  a", "a ::= b", ".. code:: c", ">>> 1")]
    [True, False, True, True]
    """
    if holds_any(text, (">>>",)):
        return True
    if "::" not in text:  # (Most text: one more search of it.)
        return False
    return "::\n" in text or text.endswith("::") or ANY_CODE_DIRECTIVE_RE.search(text) is not None


def code_test(text: str, *, indented: bool = True) -> Callable[[int], bool]:
    """A test of whether an offset of ``text`` lies on a line of code or aligned columns
    (:func:`lines_with_meaningful_spacing`, as the whitespace and unwrap passes read it),
    where the word passes (``join``, ``split``) change nothing; with ``indented`` False,
    a line indented but neither fenced, literal nor aligned is no code.

    Outside fences and doctest blocks, such a line is indented or has a wide gap: the
    document's lines are judged only when an offset falls on a line like that.

    >>> in_code = code_test("Run::\\n\\n  for k in d\\n\\nThe e nd\\n")
    >>> in_code(10), in_code(23)
    (True, False)
    """
    unindented_code = holds_any(text, ("```", "~~~", ">>>")) or may_delimit(text)
    judged: list[tuple[list[int], list[bool]]] = []

    def in_code(offset: int) -> bool:
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        line = text[start : end if end >= 0 else len(text)]
        if not (unindented_code or line[:1].isspace() or "  " in line or "\t" in line):
            return False
        if not judged:
            lines = text.split("\n")
            starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
            judged.append((starts, lines_with_meaningful_spacing(lines, indented=indented)))
        starts, meaningful = judged[0]
        return meaningful[bisect_right(starts, offset) - 1]

    return in_code


# What a text must hold for a line of it to have meaningful spacing (see
# may_have_meaningful_spacing, which also looks for AsciiDoc's delimiters at a line's start).
MEANINGFUL_SPACING_SIGNS = (
    "```",
    "~~~",
    "  ",
    "\t",
    SOFT_HYPHEN,
    "::",
    ">>>",
    "= =",  # a simple table's border (TABLE_BORDER_RE) whose columns are one space apart
)
# The first characters (after indentation) a list marker can start with, besides a digit
# and a letter before ")".
MARKER_STARTS = frozenset("-(*•+‣◦▪·")


def opens_item(line: str) -> bool:
    """Whether a list marker opens ``line`` (``- item``, ``* item``, ``2. item``).

    >>> opens_item(" - build: fix the tarball"), opens_item("market rallied")
    (True, False)
    """
    return may_open_item(line) and bool(BULLET_RE.match(line) or WEAK_MARKER_RE.match(line))


def may_open_item(line: str) -> bool:
    """Whether a list marker may open ``line`` (else BULLET_RE and WEAK_MARKER_RE cannot
    match it).

    >>> [may_open_item(x) for x in ("- a", "  12. b", "b) c", "٣. d", "The end", "x")]
    [True, True, True, True, False, False]
    """
    if line[:1].isalpha():  # Most prose: no indentation, and a letter marks only "b)".
        return line[1:2] == ")"
    core = line.lstrip()
    return core[:1] in MARKER_STARTS or core[1:2] == ")" or core[:1].isdecimal()


def may_have_meaningful_spacing(text: str) -> bool:
    """Whether some line of ``text`` may be marked by :func:`lines_with_meaningful_spacing`:
    without a fence, a tab, two spaces in a row (an indentation or a gap), a soft hyphen, a
    sign of a literal block or a line starting as AsciiDoc's delimiters do, none is (most
    prose, read at C speed).

    >>> texts = ("Plain prose.\\nMore.", "a  b", "x::", "Run:\\n----\\nx", "a .... b")
    >>> [may_have_meaningful_spacing(x) for x in texts]
    [False, True, True, True, False]
    """
    return holds_any(text, MEANINGFUL_SPACING_SIGNS) or may_delimit(text)


def holds_any(text: str, signs: Sequence[str]) -> bool:
    """Whether ``text`` holds one of ``signs``, each looked for only if its first character
    is there: a one-character search runs at memory speed, a longer one at a fraction of
    it, and most texts hold no backtick, tilde or ">" to look further for.

    >>> holds_any("a `b` c", ("```", "::")), holds_any("a ```b", ("```",))
    (False, True)
    """
    return any(sign[0] in text and sign in text for sign in signs)


def visible_lines(lines: Sequence[str]) -> Sequence[str]:
    """The lines without their soft hyphens, and without the whitespace that then ends them.

    Soft hyphens are invisible and unwrap removes them all, so a line is judged as it will
    read: otherwise a soft hyphen before a fence hides the fence from this run but not from
    the next, and the passes that ask which lines' spacing counts would disagree.

    >>> visible_lines(["\\u00ad```", "\\t\\u00ad", "soft\\u00adly"])
    ['```', '', 'softly']
    """
    if SOFT_HYPHEN not in "".join(lines):  # The common case: nothing to remove.
        return lines
    return [line.replace(SOFT_HYPHEN, "").rstrip() for line in lines]


def alignment_columns(line: str) -> set[int]:
    """Columns where a wide gap ends: two aligned lines share one.

    Soft hyphens are invisible, so they take no column (unwrap removes them).

    >>> sorted(alignment_columns("name    age  city"))
    [8, 13]
    >>> sorted(alignment_columns("    It ends.  Then\\ta tab"))
    [19]
    """
    line = line.replace(SOFT_HYPHEN, "")
    if "  " not in line and "\t" not in line:  # No gap: most lines of prose.
        return set()
    return {
        m.end()
        for m in ALIGNMENT_GAP_RE.finditer(line)
        if line[m.start() - 1 : m.end()] not in SENTENCE_SPACING
    }


def indentation(line: str) -> int:
    """The number of blank characters that start ``line``.

    >>> indentation("   x  y"), indentation("x")
    (3, 0)
    """
    return len(line) - len(line.lstrip())


def space_indentation(line: str) -> int:
    """The number of spaces that start ``line`` (a tab is none).

    >>> space_indentation("   x"), space_indentation("\\tx")
    (3, 0)
    """
    return len(line) - len(line.lstrip(" "))


def has_plain_spacing(line: str) -> bool:
    """Whether every whitespace run of ``line`` is one plain space: nothing to collapse.

    >>> has_plain_spacing("a b c"), has_plain_spacing("a  b"), has_plain_spacing("a\u00a0b")
    (True, False, False)
    """
    return "  " not in line and OTHER_SPACE_RE.search(line) is None
