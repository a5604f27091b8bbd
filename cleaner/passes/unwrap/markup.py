"""Hand-wrapped reStructuredText, Markdown and AsciiDoc: which documents are markup, and
how their blocks read.

In reStructuredText and Markdown a run of lines between blank lines is one element: a
paragraph, whose line breaks are spaces whatever width its author wrapped it at; a list
item, field or footnote with its continuation lines; a definition under its term. So in a
document that shows such markup, ``unwrap`` joins a block's prose lines whatever widths
they show (issue 14), breaks a block only where a marker opens an item (or, in
reStructuredText, where the indentation changes), and never adds a blank line.

The two differ in what indentation means. In reStructuredText an indented line is a
definition, a quote or an item's body (code is in literal blocks after ``::``); in
Markdown an indented block is code, and a paragraph's or an item's next line goes on it at
any indentation (a lazy continuation line). AsciiDoc reads as a renderer (asciidoc-py)
does: a paragraph whose first line is indented is literal text, kept, while the indented
lines under a definition's term (``-a::``) or an item are its prose; each term, attribute
line (``[source,c]``), block title, directive and ``+`` stands on its own line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import chain

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import (
    alignment_columns,
    delimited_block_lines,
    indentation,
    is_fence,
    literal_block_lines,
    may_delimit,
)
from cleaner.passes.unwrap.kinds import INDENTED_RE, Kind

# Signs of reStructuredText that plain text does not show, each kept whole by ``unwrap``
# (so the next run sees as many). Each pattern starts with fixed characters, which ``re``
# finds fast (a pattern tried at every position of a book costs more than unwrap's read):
# explicit markup (a directive, link target, footnote, substitution or comment), at a
# line's start (see :func:`_signs`);
EXPLICIT_SIGN_RE = re.compile(r"\.\. \S")
# a paragraph ending with "::" before a blank line and an indented literal block;
LITERAL_SIGN_RE = re.compile(r"::\n[ \t]*\n[ \t]+\S")
# a link reference (`text`_, `text`__: its closing backtick after text, not Markdown's
# code span of an underscore, `_`);
LINK_SIGN_RE = lazy_compile(r"`(?<=[^\s`]`)__?(?!\w)")
# a role (:pep:`8`): ":`" found, then the role's name before it.
ROLE_SIGN_RE = lazy_compile(r":`\S")
ROLE_NAME_RE = lazy_compile(r"(?<![\w:]):[a-z]+(?:[:-][a-z]+)*\Z")
# A title underlined with one repeated punctuation mark: a sign of markup beside the
# others, not alone (books underline chapter titles, or set a row of dots after a line).
TITLE_RE = lazy_compile(
    r"^(?P<title>\S.*)\n(?P<rule>([=\-~^\"'`#*+:.])\3{2,})[ \t]*$", re.MULTILINE
)
# A document that opens with a title between two rules of one mark, each at least as long
# as the title (a release note's "=====" / "NumPy 1.7.1 Release Notes" / "====="): a sign
# of reStructuredText that is not a title's alone (a book underlines, a listing block's
# delimiters are shorter than its lines).
OVERLINED_TITLE_RE = lazy_compile(
    r"\n*(?P<rule>([=\-~^\"'`#*+:.])\2{2,})[ \t]*\n"
    r"(?P<title>[^\n]*\S)[ \t]*\n(?P=rule)[ \t]*(?:\n|\Z)"
)
# A document with at least this many signs, one of them not a title, is markup.
MARKUP_SIGNS = 3
# The flavours of markup a document may show (:func:`markup_of`): none is plain text.
RST = "rst"
MARKDOWN = "markdown"
ASCIIDOC = "asciidoc"
# The flavours where an indented line may be prose, not code.
INDENTED_PROSE = (RST, ASCIIDOC)
# Signs of AsciiDoc (:func:`is_asciidoc`), each found from fixed characters: a git manual
# page link (``linkgit:git-add[1]``), a directive or block macro at a line's start
# (``include::x.adoc[]``, ``ifdef::``, ``image::``), a cross reference or link macro
# (``xref:page.adoc[text]``), an attribute list alone on a line (``[source,c]``,
# ``[synopsis]``, ``[NOTE]``), a term alone on its line over its definition (``-a::``,
# then a line indented with a tab or not at all: reStructuredText indents a literal block
# after ``::`` with spaces);
ASCIIDOC_STRONG_SIGN_RES = (
    ("linkgit:", lazy_compile(r"linkgit:[\w.-]+\[")),
    ("::", lazy_compile(r"\n(?:include|ifdef|ifndef|endif|image)::[^\s\[]*\[")),
    ("xref:", lazy_compile(r"xref:[^\s\[\]]+\[[^\]\n]*\]")),  # (one per prefix: faster)
    ("link:", lazy_compile(r"link:[^\s\[\]]+\[[^\]\n]*\]")),
    (
        "\n[",
        lazy_compile(
            r"\n\[(?:source|synopsis|listing|literal|verse|quote|NOTE|TIP|IMPORTANT|WARNING"
            r"|CAUTION|cols=|options=|%)[^\]\n]*\][ \t]*\n"
        ),
    ),
    ("::\n", lazy_compile(r"::\n[\t\S](?<=[^\s:]::\n.)")),
)
# and, only beside a sign of another kind, a cross reference (``<<ref,text>>``), an
# anchor alone on a line (``[[ref]]``; TOML writes ``[[bin]]``) or a section title
# (``== Usage``). A delimited listing block of two lines or more is a sign as strong.
# Each pattern with a string every match of it holds: a text without the string is not
# searched (most texts hold few of them, found at C speed; a pattern opening with a line
# feed stops at every line).
ASCIIDOC_WEAK_SIGN_RES = (
    ("<<", lazy_compile(r"<<[\w#:./-]+(?:,[^>\n]+)?>>")),
    ("\n[[", lazy_compile(r"\n\[\[[\w:.-]+\]\][ \t]*\n")),
    ("\n=", lazy_compile(r"\n={1,5}[ \t]+[^=\s]")),
)
# The text's first characters that show its signs: an AsciiDoc document shows them near
# its top (a title, attribute entries, a link, a term); a book is read no further.
ASCIIDOC_SAMPLE_CHARS = 65_536
# Lines of AsciiDoc kept as they are (:func:`with_asciidoc_kinds`): a term alone (its
# definition below), an attribute list or anchor, a block title (``.Example``), an
# attribute entry (``:toc: left``), a list continuation (``+``), a comment, a directive or
# block macro, a section title, the delimiter of an example, sidebar, quote or open block.
ASCIIDOC_TERM = r"\s*\S.*?(?:::|;;|:::|::::)[ \t]*$"
ASCIIDOC_KEPT_RE = lazy_compile(
    ASCIIDOC_TERM + r"|\[.*\][ \t]*$|\.[^.\s]|:!?[\w-]+!?:(?:[ \t]|$)"
    r"|\+[ \t]*$|//|[a-z]+::\S*\[.*\][ \t]*$|={1,6}[ \t]+\S"
    r"|(?:={4,}|\*{4,}|_{4,}|--)[ \t]*$"
)
# A term alone on its line, its definition below.
ASCIIDOC_TERM_RE = lazy_compile(ASCIIDOC_TERM)
# A list item's marker, at any indentation: an indented item is no literal paragraph.
ASCIIDOC_ITEM_RE = lazy_compile(r"\s*(?:-|\*{1,5}|\.{1,5}|\d{1,3}\.|[a-z]\.)[ \t]+\S")
# A paragraph's style that keeps its lines (``[verse]``, git's ``[synopsis]``, a listing
# or literal paragraph).
ASCIIDOC_LINES_STYLE_RE = lazy_compile(r"\[(?:verse|synopsis|literal|listing|source)\b")
# A line an AsciiDoc author ended with a hard line break (`` +``).
ASCIIDOC_HARD_BREAK = " +"
# Signs of Markdown (:func:`markup_of`), each found from a fixed character, as ``re``
# scans for one fast: at a line's start (after a line feed, or at the text's), a code
# fence, a link definition or an ATX heading (``## Usage``; alone no sign, as a comment in
# a shell script is written so);
MARKDOWN_LINE_SIGN = r"(?:```|~~~|\[[^\]\n]+\]:[ \t]+\S|(?P<heading>#{1,6}[ \t]+\S))"
MARKDOWN_LINE_SIGN_RE = lazy_compile("\n" + MARKDOWN_LINE_SIGN)
MARKDOWN_FIRST_LINE_SIGN_RE = lazy_compile(MARKDOWN_LINE_SIGN)
# The first characters of those signs: a text with none of them holds no sign to search for.
MARKDOWN_LINE_SIGN_FIRSTS = "`~[#"
# in a line, an inline link to an address, an anchor or a path (``](https:``, ``](#x)``,
# ``](./a.md)``) or a reference link (``][label]``).
MARKDOWN_LINK_SIGN_RE = lazy_compile(r"\](?:\((?:https?:|#|\.{0,2}/)|\[[^\]\n]*\])")
# A line break a Markdown author asked for at a line's end (a backslash, or ``<br>``): the
# line is no wrap's, nor is one ending with two spaces (kept by ``whitespace`` in Markdown).
MARKDOWN_HARD_BREAK = ("\\", "<br>", "<br/>", "<br />", "  ")
# The indentations of a line of Markdown's indented code, and a list item's marker
# (CommonMark's bullet or ordered list marker, then a space or the line's end).
MARKDOWN_CODE_INDENTS = ("    ", "\t")
MARKDOWN_ITEM_RE = lazy_compile(r"(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
# The flavours whose element goes on with any next prose line, lazily (at any
# indentation), but after its hard line break (:func:`continues_lazily`).
HARD_BREAKS = {MARKDOWN: MARKDOWN_HARD_BREAK, ASCIIDOC: (ASCIIDOC_HARD_BREAK,)}
# An enumerated item of reStructuredText that opens with a letter, a roman numeral or the
# auto-enumerator ("a. text", "ii. text", "(B) text", "#. text"; the arabic ones, "1. text",
# are any text's items). The auto-enumerator's lines are items by RST_ITEM_RE; here it is
# read so that it bounds a lettered item too (``b. text`` on one line, ``#. text`` under).
RST_ENUMERATOR_RE = lazy_compile(r"\s*\(?(?:[a-zA-Z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6}|#)[.)][ \t]+\S")
# A list item's marker and the two or more spaces after it (``-  text``, ``*   text``,
# ``#.  text``, ``1.  text``).
MARKER_GAP_RE = lazy_compile(
    r"\s*(?:[-*+•]|#\.|\d{1,3}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))[ \t]{2,}(?=\S)"
)
# A footnote or citation (".. [1] text"), a field (":Author: text"), an auto-numbered
# item ("#. text"), an admonition with its text on the marker's line (".. note:: The API
# is experimental"; the text of a "versionadded" or "image" is an argument, not prose):
# an item whose continuation lines are indented under it.
RST_ITEM_RE = lazy_compile(
    r"^\s*(\.\. \[[^\]\s]+\]|:[^:\s][^:]*:|#[.)]|\(#\))(\s+|$)"
    r"|^\s*\.\. (?:attention|caution|danger|error|hint|important|note|seealso|tip|warning)::"
    r"[ \t]+\S"
)
# A header line ("Title: PEP Purpose", "Post-History: 21-Mar-2001", or with no value yet,
# "Post-History:"), as in a document's first block of RFC 2822 headers (a PEP's): an item,
# its continuation indented under it.
HEADER_RE = lazy_compile(r"^[A-Za-z][\w-]*:(\s|$)")
# Other explicit markup: a directive, a link target, a substitution, a comment.
EXPLICIT_MARKUP_RE = lazy_compile(r"^\s*\.\.(\s|$)")


def is_markup(text: str) -> bool:
    """Whether ``text`` shows reStructuredText: MARKUP_SIGNS signs, one not a title.

    >>> is_markup("Title\\n=====\\n\\nSee::\\n\\n    code\\n\\n.. _x: https://x.org\\n")
    True
    >>> is_markup("I\\n=\\n\\nII\\n==\\n\\nIII\\n===\\n"), is_markup("Yours,\\nAnn\\n")
    (False, False)
    """
    signs = int(_opens_with_overlined_title(text))
    for _ in _signs(text):
        signs += 1
        if signs >= MARKUP_SIGNS:
            return True
    if not signs:
        return False
    for title in TITLE_RE.finditer(text):
        if len(title["rule"]) >= len(title["title"].rstrip()):  # Else it underlines no title.
            signs += 1
            if signs >= MARKUP_SIGNS:
                return True
    return False


def _opens_with_overlined_title(text: str) -> bool:
    """Whether ``text`` opens with a title between two equal rules at least as long.

    >>> _opens_with_overlined_title("=====\\nNotes\\n=====\\n"), _opens_with_overlined_title(
    ...     "---\\nInitialized repository\\n---\\n")
    (True, False)
    """
    found = OVERLINED_TITLE_RE.match(text)
    return bool(found) and len(found["rule"]) >= len(found["title"].strip())


def markup_of(text: str) -> str:
    """The markup ``text`` shows: :data:`ASCIIDOC` (:func:`is_asciidoc`), :data:`RST`
    (:func:`is_markup`), :data:`MARKDOWN` (MARKUP_SIGNS signs of it, one not a heading),
    or none (``""``).

    >>> markup_of("# Title\\n\\nSee [the docs](https://x.org) and\\n[more](#more).\\n")
    'markdown'
    >>> markup_of("Title\\n=====\\n\\nSee::\\n\\n    code\\n\\n.. _x: https://x.org\\n")
    'rst'
    >>> markup_of("Run:\\n# make\\n# make test\\n# make install\\n")
    ''
    """
    if is_asciidoc(text):
        return ASCIIDOC
    if is_markup(text):
        return RST
    return MARKDOWN if shows_markdown(text) else ""


def shows_markdown(text: str) -> bool:
    """Whether ``text`` shows MARKUP_SIGNS signs of Markdown, one not a heading (it reads
    as Markdown unless it shows AsciiDoc or reStructuredText: :func:`markup_of`).

    >>> shows_markdown("# Title\\n\\nSee [the docs](https://x.org) and\\n[more](#more).\\n")
    True
    """
    signs = headings = 0
    first = MARKDOWN_FIRST_LINE_SIGN_RE.match(text)
    # (Each search led by a one-character search, at memory speed: most texts hold no sign.)
    holds_signs = any(map(text.__contains__, MARKDOWN_LINE_SIGN_FIRSTS))
    line_signs = MARKDOWN_LINE_SIGN_RE.finditer(text) if holds_signs else ()
    for found in chain([first] if first else [], line_signs):
        signs += 1
        headings += found["heading"] is not None
        if signs >= MARKUP_SIGNS and headings < signs:
            return True
    for _ in MARKDOWN_LINK_SIGN_RE.finditer(text) if "]" in text else ():
        signs += 1
        if signs >= MARKUP_SIGNS:
            return True
    return False


def is_asciidoc(text: str) -> bool:
    """Whether ``text`` shows AsciiDoc in its first ASCIIDOC_SAMPLE_CHARS: MARKUP_SIGNS
    strong signs (:data:`ASCIIDOC_STRONG_SIGN_RES`, or delimited listing blocks), or
    MARKUP_SIGNS signs of two kinds or more, one of them strong, or of three kinds.

    >>> is_asciidoc("== Usage\\n\\nSee linkgit:git-add[1].\\n\\n-a::\\n\\tAll of it.\\n")
    True
    >>> is_asciidoc("[[bin]]\\nname = 'a'\\n\\n[[bin]]\\nname = 'b'\\n"), is_asciidoc("Hi.\\n")
    (False, False)
    """
    sample = text[:ASCIIDOC_SAMPLE_CHARS]
    if "[" not in sample and "::" not in sample and not may_delimit(sample):
        return False  # (no strong sign: weak ones, of two kinds at most, do not make three)
    text = "\n" + sample
    strong = [_count(text, needle, pattern) for needle, pattern in ASCIIDOC_STRONG_SIGN_RES]
    if may_delimit(text):
        strong.append(_listing_blocks(text))
    if sum(strong) >= MARKUP_SIGNS:
        return True
    weak = [_count(text, needle, pattern) for needle, pattern in ASCIIDOC_WEAK_SIGN_RES]
    counts = [count for count in strong + weak if count]
    kinds = len(counts) + (any(strong) and len(counts) >= 2)  # (a strong kind counts two)
    return kinds >= 3 and sum(counts) >= MARKUP_SIGNS


def _count(text: str, needle: str, pattern: re.Pattern[str]) -> int:
    """How many times ``pattern``, whose every match holds ``needle``, matches ``text``."""
    return sum(1 for _ in pattern.finditer(text)) if needle in text else 0


def _listing_blocks(text: str) -> int:
    """How many delimited listing or literal blocks of two lines or more ``text`` holds."""
    found = set(delimited_block_lines(text.split("\n")))
    starts = sorted(i for i in found if i - 1 not in found)
    ends = sorted(i for i in found if i + 1 not in found)
    return sum(1 for start, end in zip(starts, ends, strict=True) if end - start >= 3)


def with_asciidoc_prose(lines: Sequence[str], meaningful: Sequence[bool]) -> list[bool]:
    """The ``meaningful`` marks without the indented lines that go on the block above (a
    definition's under its term, an item's under its marker, a paragraph's) and without
    indented list items. A block whose first line is indented otherwise (under a blank
    line, a ``+`` or a kept line) is a literal paragraph, and keeps its marks, as do
    delimited blocks and aligned columns.

    >>> with_asciidoc_prose(["-a::", "\\tAll", "\\tof it.", "", "\\t$ git add"],
    ...                     [False, True, True, False, True])
    [False, False, False, False, True]
    >>> with_asciidoc_prose(["", "\\t1. One", "\\t   more.", "", "\\t- Two"],
    ...                     [False, True, True, False, True])
    [False, False, False, False, False]
    """
    code = set(delimited_block_lines(lines)) if any(meaningful) else set()
    marks = list(meaningful)
    for i, line in enumerate(lines):
        if not marks[i] or i in code or not line[:1].isspace() or alignment_columns(line):
            continue
        above = lines[i - 1].strip() if i else ""
        if above and above != "+" and not marks[i - 1]:
            marks[i] = False  # (it goes on the block above)
        elif (not above or not marks[i - 1]) and ASCIIDOC_ITEM_RE.match(line):
            marks[i] = False
    return marks


def with_asciidoc_kinds(lines: list[str], kinds: list[Kind]) -> list[Kind]:
    """The kinds with AsciiDoc's own lines kept (:data:`ASCIIDOC_KEPT_RE`), a table's
    delimiters and rows (lines opening with ``|``), the lines of a paragraph styled to keep
    them (:data:`ASCIIDOC_LINES_STYLE_RE`) and of a literal paragraph (its first line
    indented, under a blank or kept line), and list items (:data:`ASCIIDOC_ITEM_RE`).

    >>> [k.value for k in with_asciidoc_kinds(["-a::", "--all::", "Adds all.", "+", "More"],
    ...                                       [Kind.PROSE] * 5)]
    ['kept', 'kept', 'prose', 'kept', 'prose']
    >>> [k.value for k in with_asciidoc_kinds(["[verse]", "git add", "  [-n]", "", "More"],
    ...                                       [Kind.PROSE] * 3 + [Kind.BLANK, Kind.PROSE])]
    ['kept', 'kept', 'kept', 'blank', 'prose']
    >>> blank, prose = Kind.BLANK, Kind.PROSE
    >>> [k.value for k in with_asciidoc_kinds(["", "  Literal", "  text", "", "*** An item"],
    ...                                       [blank, prose, prose, blank, prose])]
    ['blank', 'kept', 'kept', 'blank', 'item']
    >>> [k.value for k in with_asciidoc_kinds(["Stage", "0. Also", "", ". One", "+", ". Two"],
    ...                                       [prose, prose, blank, prose, prose, prose])]
    ['prose', 'prose', 'blank', 'item', 'kept', 'item']
    """
    marked = list(kinds)
    styled = in_list = False  # (each ends at a blank line, as a segment may: see segments)
    for i, line in enumerate(lines):
        kind = marked[i]
        if line[:1] == "|":  # A table's delimiter or a row's cells.
            marked[i] = Kind.KEPT
        elif kind is Kind.BLANK or line.strip() == "+":  # (a + ends a paragraph too)
            styled = False
            in_list = in_list and kind is not Kind.BLANK
            marked[i] = Kind.KEPT if kind is not Kind.BLANK else kind
        elif styled:
            marked[i] = Kind.KEPT
        elif kind not in (Kind.PROSE, Kind.ITEM):
            continue
        elif ASCIIDOC_KEPT_RE.match(line):
            marked[i] = Kind.KEPT
            styled = bool(ASCIIDOC_LINES_STYLE_RE.match(line))
        elif kind is Kind.ITEM or ASCIIDOC_ITEM_RE.match(line):
            # A marker opens an item atop a block or in a list; mid-paragraph it is text.
            in_list = in_list or not i or marked[i - 1] in (Kind.BLANK, Kind.KEPT)
            marked[i] = Kind.ITEM if in_list else Kind.PROSE
        elif line[:1].isspace() and (not i or _opens_literal(lines[i - 1], marked[i - 1])):
            marked[i] = Kind.KEPT  # A literal paragraph, whose lines are kept as they are.
            styled = True
    return marked


def _opens_literal(above: str, kind: Kind) -> bool:
    """Whether an indented line under ``above`` (of ``kind``) opens a literal paragraph: it
    does under a blank line or a kept line (``+``, an attribute list), not under a term.
    """
    return kind is Kind.BLANK or (kind is Kind.KEPT and not ASCIIDOC_TERM_RE.match(above))


def continues_lazily(last_line: str, markup: str) -> bool:
    """Whether a Markdown or AsciiDoc (``markup``) element goes on with the next prose line
    after its line ``last_line``: it does at any indentation (a lazy continuation line),
    unless ``last_line`` ends with that markup's hard line break (:data:`HARD_BREAKS`). A
    marker, a blank line or a kept line (code, a heading, a quote) ends it, as their kinds
    tell.

    >>> continues_lazily("a wrapped line of", MARKDOWN), continues_lazily("Jane Doe\\\\", MARKDOWN)
    (True, False)
    >>> continues_lazily("Jane Doe +", ASCIIDOC), continues_lazily("Jane Doe +", MARKDOWN)
    (False, True)
    """
    return not last_line.endswith(HARD_BREAKS[markup])


def _signs(text: str) -> Iterator[int]:
    """The offsets of the signs of reStructuredText in ``text`` other than titles, lazily
    (explicit markup only where it starts a block: :func:`_starts_a_block`).

    >>> list(_signs("See :pep:`8` and `this`_... .. no\\n\\n  .. _x: y\\n"))
    [37, 22, 8]
    >>> list(_signs("`_` can be used"))
    []
    """
    for found in EXPLICIT_SIGN_RE.finditer(text):
        start = found.start()
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip(" \t") and _starts_a_block(text, line_start):
            yield start
    # (its fixed start looked for first, at C speed: most texts hold none)
    for found in LITERAL_SIGN_RE.finditer(text) if "::\n" in text else ():
        yield found.start()
    if "`" not in text:  # Found in C: links and roles need a backtick.
        return
    for found in LINK_SIGN_RE.finditer(text):
        yield found.start()
    for found in ROLE_SIGN_RE.finditer(text):
        start = found.start()
        if ROLE_NAME_RE.search(text, max(0, start - 40), start):
            yield start


def _starts_a_block(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` starts a block: the text's first, or under a blank
    line or another explicit markup line (``.. _a: x`` / ``.. _b: y``). Under a line of a
    paragraph, ``.. note::`` is that paragraph's text, which ``unwrap`` joins: the next run
    would not see it as a sign.

    >>> text = "Text\\n.. note:: a\\n\\n.. _x: y\\n.. _z: w\\n"
    >>> [_starts_a_block(text, at) for at in (0, 5, 19, 28)]
    [True, False, True, True]
    """
    if line_start == 0:
        return True
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    return not above or above.startswith("..")


def prose_marks(lines: Sequence[str], meaningful: Sequence[bool], markup: str) -> list[bool]:
    """The ``meaningful`` marks of ``lines`` as ``markup`` reads them: without the lines
    marked only for an indentation that is prose there (:func:`with_indented_prose`,
    :func:`with_asciidoc_prose`), nor for the spacing after their list marker
    (:func:`_only_marker_gap`); with Markdown's indented code blocks
    (:func:`with_markdown_code`); as they are in plain text."""
    if not markup:
        return list(meaningful)
    pairs = zip(lines, meaningful, strict=True)
    marks = [keep and not _only_marker_gap(line) for line, keep in pairs]
    if markup == RST:
        return with_indented_prose(lines, marks)
    if markup == ASCIIDOC:
        return with_asciidoc_prose(lines, marks)
    if markup == MARKDOWN:
        return with_markdown_code(lines, marks)
    return marks


def marker_gap(line: str) -> int:
    """The end of the spacing after ``line``'s list marker if two spaces or more, else 0.

    >>> marker_gap("-  Make decisions"), marker_gap("- Make"), marker_gap("#.  Item")
    (3, 0, 4)
    """
    found = MARKER_GAP_RE.match(line)
    return found.end() if found else 0


def _only_marker_gap(line: str) -> bool:
    """Whether the one gap of ``line`` is the spacing after its list marker (``-  text``,
    ``*   text``, ``1.  text``): an item's, not a column's, so in markup its lines join.

    >>> _only_marker_gap("-  Make decisions"), _only_marker_gap("-  name    age")
    (True, False)
    """
    end = marker_gap(line)
    return bool(end) and alignment_columns(line) == {end}


def with_markdown_code(lines: Sequence[str], meaningful: Sequence[bool]) -> list[bool]:
    """The ``meaningful`` marks with Markdown's indented code blocks marked too, as
    CommonMark reads them: from a line indented four spaces or a tab under a blank line
    (or atop ``lines``) to the next line indented less, blank lines between kept, where
    no list goes on (since the last block that opened with a list marker, indented less
    than four spaces, a block opened in the first column). A block whose first line is
    long and in words (``// ERROR -- Type argument unconstrained, what integral type did
    you want?``) is code there too, where plain text reads an indented paragraph. In a
    list, an indented block under a blank line is the item's next paragraph, as before.

    >>> with_markdown_code(["Text:", "", "    // A comment of many words, then", "    f(x)"],
    ...                    [False] * 4)
    [False, False, True, True]
    >>> with_markdown_code(["  1. An item", "", "     its second paragraph, in words", "     more"],
    ...                    [False] * 4)
    [False, False, False, False]
    """
    marks = list(meaningful)
    in_code = in_list = False
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        indented = line.startswith(MARKDOWN_CODE_INDENTS)
        under_blank = not i or not lines[i - 1].strip()
        if indented and (in_code or (under_blank and not in_list)):
            in_code = marks[i] = True
            continue
        in_code = False
        if under_blank and MARKDOWN_ITEM_RE.match(line.lstrip(" ")):
            in_list = True  # (an item at an indentation of 0 to 3)
        elif under_blank and not line[:1].isspace():
            in_list = False  # A paragraph in the first column ends the list.
    return marks


def markup_kinds(lines: list[str], kinds: list[Kind], markup: str, first: bool) -> list[Kind]:
    """The kinds of ``lines`` as ``markup`` marks them (:func:`with_markup_kinds`,
    :func:`with_asciidoc_kinds`; Markdown marks none), ``first`` if they open the text."""
    if markup == RST:
        return with_markup_kinds(lines, kinds, first=first)
    if markup == ASCIIDOC:
        return with_asciidoc_kinds(lines, kinds)
    return kinds


def with_indented_prose(lines: Sequence[str], meaningful: Sequence[bool]) -> list[bool]:
    """The ``meaningful`` marks without the lines marked only for their indentation.

    In markup an indented line is a block quote, a definition, a directive's content or an
    item's body, which are prose: code is in literal blocks and fences, and stays marked,
    as do aligned columns.

    >>> with_indented_prose(["term", "    its definition", "", "Code::", "", "    x = 1"],
    ...                     [False, True, False, False, False, True])
    [False, False, False, False, False, True]
    """
    code = set(literal_block_lines(lines))
    in_fence = False
    for i, line in enumerate(lines):
        if is_fence(line, lines[i - 1] if i else "", in_fence):
            in_fence = not in_fence
            code.add(i)
        elif in_fence:
            code.add(i)
    return [
        keep and (i in code or not INDENTED_RE.match(line) or bool(alignment_columns(line)))
        for i, (line, keep) in enumerate(zip(lines, meaningful, strict=True))
    ]


def with_markup_kinds(lines: list[str], kinds: list[Kind], *, first: bool) -> list[Kind]:
    """The kinds with footnotes and fields made items, other explicit markup kept; in the
    ``first`` lines of a document, a block of headers is items too.

    >>> [k.value for k in with_markup_kinds([".. [1] A note", ".. _x: y", "text"],
    ...                                     [Kind.PROSE] * 3, first=False)]
    ['item', 'kept', 'prose']
    >>> [k.value for k in with_markup_kinds(["PEP: 8", "Title: Style", "", "Text: more"],
    ...                                     [Kind.PROSE] * 4, first=True)]
    ['item', 'item', 'prose', 'prose']
    """
    marked = list(kinds)
    if first:
        _mark_headers(lines, marked)
    for i, line in enumerate(lines):
        if marked[i] is not Kind.PROSE:
            continue
        opening = line.lstrip()[:1]
        if opening.isalpha():
            if RST_ENUMERATOR_RE.match(line) and _may_open_item(lines, i):
                marked[i] = Kind.ITEM
        elif opening not in ".:#(":
            continue
        elif RST_ITEM_RE.match(line):
            marked[i] = Kind.ITEM
        elif EXPLICIT_MARKUP_RE.match(line):
            marked[i] = Kind.KEPT
    return marked


def _may_open_item(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` may open an enumerated item, as docutils reads one: it opens a
    block, or an item above it (its marker's line, or a line indented deeper under the
    marker) goes before it; and it ends the block, or an indented line or another item
    comes after it (else it is a paragraph's first line).

    >>> _may_open_item(["a. One", "b. Two"], 1), _may_open_item(["Text by", "A. Smith"], 1)
    (True, False)
    >>> _may_open_item(["a. Some", "   more"], 0), _may_open_item(["a. Some", "more"], 0)
    (True, False)
    """
    above = lines[i - 1] if i else ""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return _bounds_item(above, lines[i]) and _bounds_item(below, lines[i])


def _bounds_item(neighbour: str, line: str) -> bool:
    """Whether ``neighbour``, the line above or below ``line``, lets ``line`` be an item: it
    is blank, another enumerated item, or indented deeper (an item's body).

    >>> _bounds_item("", "a. One"), _bounds_item("   more", "a. One"), _bounds_item("x", "a. One")
    (True, True, False)
    """
    return (
        not neighbour.strip()
        or RST_ENUMERATOR_RE.match(neighbour) is not None
        or indentation(neighbour) > indentation(line)
    )


def continues_element(first_line: str, kind: Kind, line: str) -> bool:
    """Whether prose ``line`` goes on the element that ``first_line`` opened: a paragraph
    at the same indentation, an item (field, footnote) on any line indented under its
    marker, and a header (see :func:`_mark_headers`) also on a line of its column that is
    no header. A deeper line under a paragraph is a definition or quote; a shallower one
    ends it (in reStructuredText: see :func:`continues_lazily` for Markdown and AsciiDoc).

    >>> continues_element("Some text", Kind.PROSE, "goes on"), continues_element(
    ...     "term", Kind.PROSE, "    definition")
    (True, False)
    >>> continues_element(":Field: value", Kind.ITEM, "   more")
    True
    >>> continues_element("Title: A", Kind.ITEM, "\ufffduthor: B"), continues_element(
    ...     ":Field: value", Kind.ITEM, "more")
    (True, False)
    """
    if kind is Kind.ITEM:
        deeper = indentation(line) - indentation(first_line)
        return deeper > 0 or (deeper == 0 and bool(HEADER_RE.match(first_line)))
    return indentation(line) == indentation(first_line)


def _mark_headers(lines: list[str], kinds: list[Kind]) -> None:
    """The headers of the document's first block as items, if its first line is one.

    Another line of their column goes on the header above (a header that lost its colon,
    ``Title\ufffd A``, or a wrapped line): so the block reads the same once joined, when
    its first line is all that shows of its column (as judging each line of the column
    did not: the next run saw a block of headers where the first saw a paragraph).
    """
    end = lines.index("") if "" in lines else len(lines)
    heads = [i for i in range(end) if not lines[i][:1].isspace()]
    if not heads or kinds[heads[0]] is not Kind.PROSE or not HEADER_RE.match(lines[heads[0]]):
        return
    for i in heads:
        if kinds[i] is Kind.PROSE and HEADER_RE.match(lines[i]):
            kinds[i] = Kind.ITEM
