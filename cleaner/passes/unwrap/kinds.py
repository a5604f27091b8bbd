"""Line kinds for the ``unwrap`` pass: what each line of a document is.

A line is prose (may be joined), a list item (joined with its own continuation lines only),
or a kept structure (code, table, quote, signature, markup) that stays line-for-line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import Enum
from itertools import compress, count, repeat
from operator import is_

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import (
    BULLET_RE,
    WEAK_MARKER_RE,
    holds_any,
    indentation,
    is_fence,
    lines_with_meaningful_spacing,
    may_open_item,
)
from cleaner.passes.plaintext import indented_paragraph_lines, is_contents_line
from cleaner.passes.unwrap.boundaries import ends_sentence
from cleaner.passes.unwrap.fast import steps_indent
from cleaner.passes.unwrap.headings import is_title_like, looks_like_heading
from cleaner.passes.unwrap.room import has_room

# A wrapped line's rest set this many columns deeper than its first line, at least and at
# most (an RFC's references and diagrams set theirs deeper).
HANGING_STEP = 2
HANGING_STEP_MAX = 6
# ... under a line at least this share of the wrap width (it wrapped there: Whitman's
# wrapped lines are 50-79 characters long at an estimated width of 70).
HANGING_FULL_SHARE = 0.7
# A run of spaces inside a line that aligns columns (two may follow a sentence's end).
ALIGNED_GAP = "   "
# Signs of code, never in a block of verse or entries.
CODE_SIGNS = ("=", "{", "}", "<", ">")
# A wrapped line's rest opens with a word (perhaps after a mark), not an address or a sign.
TAIL_WORD_RE = lazy_compile(r"""[('"‘“]?[^\W\d_]+(?:['’-][^\W\d_]+)*(?=[\s,;:.!?)'"’”]|$)""")
# Marks that may open a line before its first letter: "(Yet methinks", "'Tis".
OPENING_MARKS = "('\"‘“"
# Indented code: four spaces or a tab before the text.
INDENTED_RE = lazy_compile(r"^( {4,}|\t)\S")
# A table row drawn with pipes, or a grid-table border such as +----+----+.
PIPE_ROW_RE = lazy_compile(r"^\s*\|.*\||^[^|]*\|[^|]*\|[^|]*$|^\s*\+[-=+:]+\+\s*$")
# An email quote.
QUOTE_RE = lazy_compile(r"^\s*>")
# A quote line that may stand alone: ">" then a space, another ">" or the end ("> Hi").
# A lone ">From" (mbox escaping) is quoted only inside a block of quote lines.
SPACED_QUOTE_RE = lazy_compile(r"^\s*>(\s|>|$)")
# The signature separator "-- " (its trailing space is gone after the whitespace pass).
SIGNATURE_RE = lazy_compile(r"^-- ?$")
# At most this many lines follow a signature separator to the document's end: a lone
# "--" further up is prose's (Sun Tzu's ``biography of Sun Tzu:  [1]`` / ``--``, before
# 6,800 lines of the book).
SIGNATURE_LINES = 30
# What a fence line holds (a text without either has no fenced code).
FENCE_SIGNS = ("```", "~~~")
# A line feed, then a line that is a signature separator (SIGNATURE_RE, searched for from
# the line feeds).
SIGNATURE_LINE_RE = re.compile(r"\n-- ?(?=\n|\Z)")
# Dot leaders as a contents line holds them (``CONTENTS_LINE_RE``'s start): only a line
# with a match is asked whether it is one, found by one search of the text.
DOT_LEADERS_RE = re.compile(r"\.\.\.\.|\. \. \. \.")
# A Markdown ATX heading.
ATX_HEADING_RE = lazy_compile(r"^\s{0,3}#{1,6}(\s|$)")
# A Markdown link reference definition ("[label]: https://..." and an optional title, a
# destination that looks like a URL or path, not prose: "[\\cite=05]: the authors") or a
# line opening with an HTML tag (not an autolink such as "<https://fsf.org/>", nor the
# target of a reStructuredText link or role that wrapped, "<file-upload>`_"): markup,
# one per line, unless :func:`is_tagged_prose`.
MARKUP_LINE_RE = lazy_compile(
    r"""^\s{0,3}\[[^\]]+\]:[ \t]*(<[^<>\s]*>|[^\s<>]*[/.:#][^\s<>]*)"""
    r"""([ \t]+("[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$"""
    r"""|^\s*</?[A-Za-z][A-Za-z0-9-]*(\s[^>]*)?/?>(?!`)"""
)
# An inline HTML element's opening tag at a line's start ("<kbd>enter</kbd> to satisfy"):
# CommonMark's block-level tags (<p>, <div>, <table>, <li>...) are not among them.
INLINE_TAG_START_RE = lazy_compile(
    r"\s*<(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong"
    r"|sub|sup|time|u|var)(\s[^>]*)?>",
    re.IGNORECASE,
)
TAG_RE = lazy_compile(r"<[^<>]*>")
# HTML's elements (the living standard's, a few obsolete ones, SVG and MathML roots): a
# line opening with another name in angle brackets, no attribute, text after it and no
# closing tag, is a placeholder in prose (git's ``"git pull`` / ``<remote> <branch>".``).
HTML_ELEMENTS = frozenset((
    "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b",
    "base", "basefont", "bdi", "bdo", "big", "blockquote", "body", "br", "button", "canvas",
    "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del",
    "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset",
    "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
    "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input",
    "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "marquee", "math",
    "menu", "meta", "meter", "nav", "noframes", "noscript", "object", "ol", "optgroup",
    "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby",
    "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span",
    "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
    "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u",
    "ul", "var", "video", "wbr",
))  # fmt: skip
# A placeholder's opening: a name of letters, digits, "-" or "_" in angle brackets.
PLACEHOLDER_START_RE = lazy_compile(r"\s*<([a-z][a-z0-9_-]*)>")
# Words of prose left once the tags are gone: three make a line of text, not markup.
TAGGED_PROSE_WORDS = 3
# An HTML comment opening a line (Markdown's comment block).
COMMENT_OPEN_RE = lazy_compile(r"\s{0,3}<!--")
COMMENT_CLOSE_RE = lazy_compile(r"\s*-->")
# An RST/setext underline or a horizontal rule: one punctuation mark repeated, or "* * *".
RULE_RE = lazy_compile(r"""^\s*([=\-~^*+#_`'":.])\1{2,}\s*$|^\s*([-*_])(\s+\2){2,}\s*$""")
# An underline of two marks, under a title no longer (reStructuredText's ``C#`` / ``--``).
SHORT_UNDERLINE_RE = lazy_compile(r"""([=\-~^*+#_`'":.])\1""")
# A line that is nothing but a list marker ("1)" alone): the item's text is on the next line.
BARE_MARKER_RE = lazy_compile(r"^\s*([-*•+‣◦▪·]|\d{1,3}[.)]|[a-z]\)|\([^\s()]{1,6}\))$")
# The first characters (after indentation) that markup, quotes and rules can start with:
# a line starting otherwise (most prose) needs none of their patterns tried.
MARKUP_STARTS = frozenset("#>[<=-~^*+_`'\":.")
# Of those, the ones that open a heading, quote, link definition or tag whatever follows;
# the others only mark a rule (RULE_RE), so they are followed by the same mark ("---"),
# or "-", "*" and "_" by a space ("- - -"): a quotation's opening mark is no markup.
MARKUP_OPENERS = "#>[<"
SPACED_RULE_MARKS = "-*_"
# An AsciiDoc document's title ("= The Adventures of Sherlock Holmes"; not a wiki heading,
# "= Title =") and an attribute entry of its header (":toc:", ":icons: font", ":!numbered:").
ASCIIDOC_TITLE_RE = lazy_compile(r"=[ \t]+\S(?!.*[ \t]=[ \t]*$)")
ATTRIBUTE_ENTRY_RE = lazy_compile(r":!?\w[\w-]*!?:(?:[ \t].*)?$")
# The lines an AsciiDoc header may hold between its title and its attribute entries: the
# author line and the revision line ("Sir Arthur Conan Doyle", "v0.0.8").
ASCIIDOC_HEADER_LINES = 2
# A line feed, then a line starting so after any indentation (searched from the line
# feeds, which the regex engine finds at C speed; "^" with MULTILINE tries every position).
MARKUP_START_RE = re.compile(
    r"\n[^\S\n]*(?:[" + re.escape(MARKUP_OPENERS) + "]"
    r"|([" + re.escape("".join(sorted(MARKUP_STARTS - set(MARKUP_OPENERS)))) + r"])\1"
    r"|[" + re.escape(SPACED_RULE_MARKS) + r"][^\S\n])"
)


class Kind(Enum):
    """What a line is, as far as joining goes."""

    BLANK = "blank"
    PROSE = "prose"
    ITEM = "item"
    KEPT = "kept"


def classify_lines(
    lines: list[str], width: int | None = None, *, meaningful: Sequence[bool] | None = None
) -> list[Kind]:
    """Give each line its kind; kept structures are found first, then list items.

    Lines whose inner spacing is meaningful (code, aligned columns) are kept: ``meaningful``
    marks them, by default :func:`lines_with_meaningful_spacing` of ``lines``, the very
    lines the whitespace pass keeps the spacing of. With the document's wrap ``width``, a
    weak marker ("1.", "- ") after a finished line opens an item only if that line had
    room for it: otherwise the wrap put it there.

    >>> [k.value for k in classify_lines(["Intro:", "- one", "- two", "", "    code()"])]
    ['prose', 'item', 'item', 'blank', 'kept']
    """
    if meaningful is None:
        meaningful = lines_with_meaningful_spacing(lines)
    return with_items(lines, classify_structure(lines, meaningful), width)


def classify_structure(lines: list[str], meaningful: Sequence[bool]) -> list[Kind]:
    """The kinds of :func:`classify_lines` before list items are told (none depends on the
    wrap width, so a caller trying two widths classifies the structure once).

    >>> [k.value for k in classify_structure(["Intro:", "- one", "> quote"], [False] * 3)]
    ['prose', 'prose', 'kept']
    """
    return structure_and_signature(lines, meaningful)[0]


def structure_and_signature(
    lines: list[str],
    meaningful: Sequence[bool],
    lines_after: Callable[[], int] | None = None,
    joined: str | None = None,
) -> tuple[list[Kind], bool]:
    """:func:`classify_structure`'s kinds, and whether a signature separator stands outside
    fenced code (found in the same search: a segment's reader carries it on).
    ``lines_after``: the number of the document's lines after ``lines`` (none if not given),
    asked only of a separator's line; ``joined``: ``"\\n".join(lines)`` if the caller has it.

    >>> structure_and_signature(["Thanks,", "--", "Ann"], [False] * 3)[1]
    True
    """
    blank, kept, prose = Kind.BLANK, Kind.KEPT, Kind.PROSE
    kinds = [  # (a line is blank if empty or all whitespace: ``not line.strip()``)
        blank if not line or line.isspace() else kept if keep else prose
        for line, keep in zip(lines, meaningful, strict=True)
    ]
    # Searched whole for the signs each kind needs (most have none).
    text = "\n".join(lines) if joined is None else joined
    signed = _mark_signature(lines, kinds, text, lines_after)
    if text.startswith("="):
        _mark_asciidoc_header(lines, kinds)
    _mark_markup(lines, kinds, _matching_lines(text, MARKUP_START_RE))
    # (Each led by a one-character search, at memory speed: few texts hold a "<" or ">".)
    if ("<" in text and "<!--" in text) or (">" in text and "-->" in text):
        _mark_comments(lines, kinds)
    if "|" in text or "+" in text:
        _mark_pipe_rows(lines, kinds)
    if "...." in text or ". . . ." in text:
        _mark_contents(lines, kinds, text)
    return kinds, signed


def _mark_asciidoc_header(lines: list[str], kinds: list[Kind]) -> None:
    """An AsciiDoc document header opening ``lines``, kept as written: its title, then at
    most an author and a revision line, then attribute entries, to the first blank line.

    >>> lines = ["= Holmes", "Arthur Conan Doyle", "v0.0.8", ":toc:", "", "Text"]
    >>> kinds = [Kind.BLANK if not line else Kind.PROSE for line in lines]
    >>> _mark_asciidoc_header(lines, kinds); [k.value for k in kinds]
    ['kept', 'kept', 'kept', 'kept', 'blank', 'prose']
    """
    end = kinds.index(Kind.BLANK) if Kind.BLANK in kinds else len(kinds)
    if end < 2 or not ASCIIDOC_TITLE_RE.match(lines[0]):
        return
    entries = [bool(ATTRIBUTE_ENTRY_RE.match(line)) for line in lines[1:end]]
    others = entries.index(True) if True in entries else len(entries)
    if others <= ASCIIDOC_HEADER_LINES and all(entries[others:]):
        kinds[:end] = [Kind.KEPT] * end


def _mark_comments(lines: list[str], kinds: list[Kind]) -> None:
    """HTML comments opening a line ("<!--"), each line to the one that closes it ("-->")
    or to its paragraph's end, and a line opening with the close: Markdown's comment
    blocks, kept as written. (Within a paragraph, so that a text cut at blank lines
    reads the same.)

    >>> lines = ["Text", "<!-- Update:", "* a.md", "", "* b.md", "-->", "More"]
    >>> kinds = [Kind.BLANK if not line else Kind.PROSE for line in lines]
    >>> _mark_comments(lines, kinds); [k.value for k in kinds]
    ['prose', 'kept', 'kept', 'blank', 'prose', 'kept', 'prose']
    """
    inside = False  # (in a comment opened above, in this paragraph)
    for i, line in enumerate(lines):
        if kinds[i] is Kind.BLANK:
            inside = False
            continue
        opens = COMMENT_OPEN_RE.match(line) is not None
        if inside or opens or COMMENT_CLOSE_RE.match(line):
            kinds[i] = Kind.KEPT
            closed = "-->" in line[line.find("<!--") + 4 :] if opens else "-->" in line
            inside = not closed


def _mark_contents(lines: list[str], kinds: list[Kind], text: str) -> None:
    """A table of contents' entries (dot leaders and a page number), one per line; only
    the lines of ``text`` (the lines joined) with dot leaders are asked (a book's text
    holds "...." in a few, and a search a line of the rest costs more than the pass's
    other line tests together)."""
    for i in _lines_holding(text, DOT_LEADERS_RE):
        if kinds[i] is Kind.PROSE and is_contents_line(lines[i]):
            kinds[i] = Kind.KEPT


def _lines_holding(text: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """The indexes of the lines of ``text`` where ``pattern`` matches (within the line),
    each once, found by one search of the text.

    >>> list(_lines_holding("a....b....\\nc\\n.... d", DOT_LEADERS_RE))
    [0, 2]
    """
    index = position = 0
    last = -1
    for found in pattern.finditer(text):
        index += text.count("\n", position, found.start())
        position = found.start()
        if index != last:
            last = index
            yield index


def _matching_lines(text: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """The indexes of the lines of ``text`` that ``pattern`` matches from the line feed
    before them (the first line counts as after one), found by one search of the text.

    >>> list(_matching_lines("# a\\nb\\nc\\n  > d", MARKUP_START_RE))
    [0, 3]
    """
    return _lines_holding("\n" + text, pattern)  # (each match its own line feed's line)


def with_items(
    lines: list[str], structure: list[Kind], width: int | None, *, markup: bool = False
) -> list[Kind]:
    """A copy of the ``structure`` kinds with list items and indented code marked (not in
    ``markup``, where code is in literal blocks and an indented line may be prose)."""
    return items_and_code(lines, structure, width, markup=markup)[0]


def items_and_code(
    lines: list[str], structure: list[Kind], width: int | None, *, markup: bool = False
) -> tuple[list[Kind], bool]:
    """:func:`with_items`, and whether ``width`` could matter: some weak marker after a
    line that ends a sentence was judged by it (without one, the kinds are the same at
    every width).

    >>> items_and_code(["Text", "    code()"], [Kind.PROSE] * 2, None)
    ([<Kind.PROSE: 'prose'>, <Kind.KEPT: 'kept'>], False)
    """
    kinds = list(structure)
    width_read = _mark_items_and_code(lines, kinds, width, markup)
    if not markup and Kind.KEPT in kinds:  # (a wrapped line's rest was read as code)
        width_read = _mark_hanging_units(lines, kinds, width) or width_read
    return kinds, width_read


def _mark_signature(
    lines: list[str], kinds: list[Kind], text: str, lines_after: Callable[[], int] | None = None
) -> bool:
    """Everything from a signature separator (outside fenced code) to the end, if at most
    SIGNATURE_LINES lines follow it (``lines_after``: the document's lines after these);
    ``text`` is the lines joined (without a fence, the separator lines are found in it).
    Whether there was one.

    >>> kinds = [Kind.PROSE] * 3
    >>> _mark_signature(["Thanks,", "--", "Ann"], kinds, "Thanks,\\n--\\nAnn"), kinds[1].value
    (True, 'kept')
    >>> _mark_signature(["Thanks,", "--", "Ann"], kinds, "Thanks,\\n--\\nAnn", lambda: 40)
    False
    """
    if not holds_any(text, FENCE_SIGNS):  # (a backtick or tilde looked for first, in C)
        if "\n--" not in text and not text.startswith("--"):
            return False  # (no line starts with "--", told at C speed: most texts)
        for i in _matching_lines(text, SIGNATURE_LINE_RE):
            if _ends_document(lines, i, lines_after):
                kinds[i:] = [Kind.BLANK if kind is Kind.BLANK else Kind.KEPT for kind in kinds[i:]]
                return True
        return False
    in_fence = False
    for i, line in enumerate(lines):
        if not line.startswith("-") and "```" not in line and "~~~" not in line:
            continue  # Neither a fence nor a separator: the patterns need not be tried.
        if is_fence(line, lines[i - 1] if i else "", in_fence):
            in_fence = not in_fence
        elif not in_fence and SIGNATURE_RE.match(line) and _ends_document(lines, i, lines_after):
            for j in range(i, len(lines)):
                kinds[j] = Kind.BLANK if kinds[j] is Kind.BLANK else Kind.KEPT
            return True
    return False


def _ends_document(lines: list[str], i: int, lines_after: Callable[[], int] | None) -> bool:
    """Whether at most SIGNATURE_LINES of the document's lines follow ``lines[i]``."""
    after = len(lines) - 1 - i
    return after <= SIGNATURE_LINES and (
        lines_after is None or after + lines_after() <= SIGNATURE_LINES
    )


def _mark_markup(lines: list[str], kinds: list[Kind], candidates: Iterable[int]) -> None:
    """Markdown headings, link definitions, HTML tags, quotes, rules and underlined titles,
    among the ``candidates``: the lines that start as MARKUP_START_RE reads (no other line
    can be one)."""
    for i in candidates:
        line = lines[i]
        if kinds[i] is not Kind.PROSE:
            continue
        if (
            ATX_HEADING_RE.match(line)
            or _is_quote(lines, i)
            or _is_markup_line(line)
            or _is_dashed_comment(lines, i)
        ):
            kinds[i] = Kind.KEPT
        elif RULE_RE.match(line) or _is_short_underline(lines, kinds, i):
            kinds[i] = Kind.KEPT
            if i > 0 and kinds[i - 1] is Kind.PROSE:
                kinds[i - 1] = Kind.KEPT


def _is_dashed_comment(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` is a line of a comment of SQL, ASN.1 or Lua, ``-- `` at the
    margin, next to another (RFC 2618's ``-- "Access-Response" includes an Access-Accept,``
    / ``-- or Access-Reject``).

    >>> _is_dashed_comment(["-- a comment", "-- goes on", "code"], 1)
    True
    >>> _is_dashed_comment(["Thanks,", "-- Ann"], 1)
    False
    """

    def dashed(line: str) -> bool:
        return line.startswith("-- ")

    return dashed(lines[i]) and _next_to_one_alike(lines, i, dashed)


def _is_short_underline(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """Whether ``lines[i]`` is two marks under a prose title of one or two characters.

    >>> _is_short_underline(["uv", "--"], [Kind.PROSE] * 2, 1)
    True
    >>> _is_short_underline(["Thanks, Ann", "--"], [Kind.PROSE] * 2, 1)
    False
    """
    return (
        i > 0
        and kinds[i - 1] is Kind.PROSE
        and len(lines[i - 1]) <= 2
        and bool(SHORT_UNDERLINE_RE.fullmatch(lines[i]))
    )


def _is_markup_line(line: str) -> bool:
    """A link definition or a line opening with an HTML tag, unless :func:`is_tagged_prose`
    or :func:`opens_with_placeholder`."""
    return (
        bool(MARKUP_LINE_RE.match(line))
        and not is_tagged_prose(line)
        and not opens_with_placeholder(line)
    )


def opens_with_placeholder(line: str) -> bool:
    """Whether ``line`` opens with a placeholder in angle brackets (no HTML element's name,
    no attribute, never closed on the line) and holds more than tags: a line of prose
    (release notes' ``<remote> <branch>".``, a manual's ``<value> were the value``).

    >>> opens_with_placeholder('<remote> <branch>".'), opens_with_placeholder("<div>")
    (True, False)
    >>> opens_with_placeholder("<remote>"), opens_with_placeholder("<my-card>Hi</my-card>")
    (False, False)
    """
    found = PLACEHOLDER_START_RE.match(line)
    if found is None or found[1] in HTML_ELEMENTS or f"</{found[1]}>" in line:
        return False
    return bool(TAG_RE.sub("", line).strip())


def is_tagged_prose(line: str) -> bool:
    """Whether ``line`` opens with an inline HTML element and goes on as prose: a line of a
    wrapped paragraph, not markup kept on its own line (a badge, a lone tag).

    >>> is_tagged_prose("<kbd>enter</kbd> to satisfy `read_line` and input their guess")
    True
    >>> is_tagged_prose('<a href="ci"><img src="badge.svg"></a>'), is_tagged_prose("<p>It was")
    (False, False)
    """
    if not INLINE_TAG_START_RE.match(line):
        return False
    words = TAG_RE.sub(" ", line).split()
    return sum(word[0].isalpha() for word in words) >= TAGGED_PROSE_WORDS


def _is_quote(lines: list[str], i: int) -> bool:
    """An email or Markdown quote: "> " on its own, or a ">" line next to another one.

    >>> _is_quote(["was the word", ">From then on", "it was"], 1), _is_quote([">From", "> b"], 0)
    (False, True)
    """
    if not QUOTE_RE.match(lines[i]):
        return False
    if SPACED_QUOTE_RE.match(lines[i]):
        return True
    return _next_to_one_alike(lines, i, QUOTE_RE.match)


def _next_to_one_alike(lines: list[str], i: int, alike: Callable[[str], object]) -> bool:
    """Whether the line above or below ``lines[i]`` is ``alike`` (a quote's, a comment's).

    >>> _next_to_one_alike(["> a", "b", "c"], 1, QUOTE_RE.match)
    True
    """
    return any(0 <= j < len(lines) and alike(lines[j]) for j in (i - 1, i + 1))


def _mark_pipe_rows(lines: list[str], kinds: list[Kind]) -> None:
    """Table rows drawn with pipes (aligned columns are marked by the shared layout rule)."""
    for i, line in enumerate(lines):
        if "|" not in line and "+" not in line:
            continue  # Rows and borders hold one or the other.
        if kinds[i] is Kind.PROSE and PIPE_ROW_RE.match(line):
            kinds[i] = Kind.KEPT


def _is_shallow_text(line: str) -> bool:
    """Whether ``line`` opens with fewer than four spaces before a letter that opens no
    list item (not one before ``)``): :func:`may_open_item` says no, and the line is not
    indented as code (``INDENTS``), so :func:`_mark_items_and_code` marks nothing there.

    >>> [_is_shallow_text(x) for x in ("  Nel mezzo", "   b) c", "    code", "  - item")]
    [True, False, False, False]
    """
    core = line.lstrip(" ")
    return len(line) - len(core) < 4 and core[:1].isalpha() and core[1:2] != ")"


def _mark_items_and_code(
    lines: list[str], kinds: list[Kind], width: int | None, markup: bool
) -> bool:
    """List items (weak markers only where a new line of text may start), indented code;
    whether ``width`` was read (:func:`width_decides_item`; else it does not count).

    An indented line right after an item, or after a marker alone, continues it; elsewhere
    it is code (not in markup, where it may be prose, and where a kept line, a title's
    underline or a directive, ends what went before as a blank line would), unless it is
    an indented paragraph's (:func:`indented_paragraph_lines`: hard-wrapped prose).
    """
    indented_code = not markup
    in_item = width_read = False
    item_dashed = False  # The item going on opened with a dash (its dashes open items).
    # Under a marker alone that opens no item (the wrap put it there), indented lines are
    # still its item's text: the marker is set apart when the line above is a heading, and
    # the next run reads it at the top of a block, an item, and them as its text.
    under_marker = False
    paragraphs: frozenset[int] | None = None  # The indented paragraphs' lines, once one is asked.
    prose = Kind.PROSE
    if len(lines) != len(kinds):
        raise ValueError("lines and kinds differ in length")
    # Each line with its index and kind (as read before the line is marked), unpacked flat.
    for i, line, kind in zip(count(), lines, kinds):
        if kind is not prose:
            in_item = under_marker = False
            continue
        if line and line[0].isalpha() and line[1:2] != ")":
            under_marker = False
            continue  # may_open_item's commonest no, and no indentation: nothing to mark.
        if line[:1] == " " and _is_shallow_text(line):
            under_marker = False
            continue  # The same no, under an indent too shallow for code (verse's).
        if not may_open_item(line):
            indented = line.startswith(("    ", "\t"))
            if not in_item and indented_code and indented and not under_marker:
                if paragraphs is None:
                    paragraphs = indented_paragraph_lines(lines)
                if INDENTED_RE.match(line) and i not in paragraphs:
                    kinds[i] = Kind.KEPT
            under_marker = under_marker and indented
            continue
        above = kinds[i - 1] if i > 0 else Kind.BLANK
        # Under a blank line or a kept line (never joined: a dash cannot have wrapped
        # from it; in plain text an indented line there may be code going on, unless
        # the kept line is a title's underline or a rule), a line starts afresh, as it
        # does under a title at the top of its block.
        starts = (
            above is Kind.BLANK
            or (
                above is Kind.KEPT
                and (markup or not INDENTED_RE.match(line) or RULE_RE.match(lines[i - 1]))
            )
            or (above is prose and _title_atop(lines, kinds, i - 1))
            # Out of an indented paragraph, a line starts one of its own (blocks._continues),
            # which the next run reads after a blank line.
            or (above is prose and not in_item and steps_indent(lines[i - 1], line))
        )
        previous = "" if starts else lines[i - 1]
        if in_item and WEAK_MARKER_RE.match(line):
            opens = item_dashed or not dash_wrapped_into_item(previous, line, width)
            # (A dash in another marker's item, after a line going on mid-sentence, is
            # judged by the width.)
            width_read = width_read or (
                not item_dashed
                and line.lstrip().startswith("-")
                and bool(previous)
                and not ends_sentence(previous)
            )
        else:
            opens = opens_item_after(previous, line, width)
            width_read = width_read or width_decides_item(previous, line)
        if opens:
            kinds[i] = Kind.ITEM
            in_item, item_dashed = True, line.lstrip().startswith("-")
        elif indented_code and INDENTED_RE.match(line) and not in_item:
            if paragraphs is None:
                paragraphs = indented_paragraph_lines(lines)
            if i not in paragraphs:
                kinds[i] = Kind.KEPT
        under_marker = kinds[i] is prose and bool(BARE_MARKER_RE.match(line))
    return width_read


def _mark_hanging_units(lines: list[str], kinds: list[Kind], width: int | None) -> bool:
    """Blocks set with hanging indentation, each unit's first line at one indent and its
    wrapped rest deeper: verse whose long lines wrap (Project Gutenberg's Whitman), a
    bibliography. Each first line opens a unit (an item) and the deeper lines go on with
    it, where they were read as indented code. A unit's first line starts with a capital
    (code's lines seldom do), and a line goes on deeper only under one that nearly filled
    the wrap ``width``. Without a width, nothing is marked; whether one would decide a
    block is returned.

    >>> lines = ["  Me imperturbe, at ease,", "  Finding my occupation, less",
    ...          "      important than I thought,", "  Me toward the sea,"]
    >>> kinds = [Kind.PROSE, Kind.PROSE, Kind.KEPT, Kind.PROSE]
    >>> _mark_hanging_units(lines, kinds, 32), [k.value for k in kinds]
    (True, ['item', 'item', 'prose', 'item'])
    """
    start = 0
    width_read = False
    # The blank lines' indexes, found at C speed (as document.split_blocks finds them).
    for end in [*compress(count(), map(is_, kinds, repeat(Kind.BLANK))), len(kinds)]:
        if end - start >= 2 and Kind.KEPT in kinds[start:end]:
            width_read = _mark_hanging_block(lines, kinds, start, end, width) or width_read
        start = end + 1
    return width_read


def _mark_hanging_block(
    lines: list[str], kinds: list[Kind], start: int, end: int, width: int | None
) -> bool:
    """:func:`_mark_hanging_units` on the block of lines ``start`` to ``end``: two indents,
    the first line's the outer; each deeper line opens with a word, most in lower case,
    under a line that nearly filled the wrap ``width`` and ends in no colon (which opens
    what is set deeper), and in lower case where that line ends a sentence (a diagram's or
    a form's deeper lines are not so); no aligned columns nor signs of code. Lines set
    deeper above the first (a label, a number) stay. Whether the width was read."""
    indents = [indentation(line) for line in lines[start:end]]
    outer = min(indents)
    label = indents.index(outer)  # (a label set deeper above its verse: "       Poet:")
    block, indents = lines[start + label : end], indents[label:]
    start += label
    inner = max(indents)
    if not HANGING_STEP <= inner - outer <= HANGING_STEP_MAX or set(indents) != {outer, inner}:
        return False
    if any(ALIGNED_GAP in line.strip() or holds_any(line, CODE_SIGNS) for line in block):
        return False  # (aligned columns: a term and its definition, a diagram; code)
    full = 0 if width is None else HANGING_FULL_SHARE * width
    heads = tails = lower_tails = 0
    for i, (line, indent) in enumerate(zip(block, indents, strict=True)):
        first = line[indent:].lstrip(OPENING_MARKS)[:1]
        if indent == outer:
            if not first.isupper() or kinds[start + i] is not Kind.PROSE:
                return False
            heads += 1
            continue
        above = block[i - 1]
        if not TAIL_WORD_RE.match(line, indent) or len(above) < full or above.endswith(":"):
            return False
        if ends_sentence(above) and not first.islower():  # ("Euphrates! / you peering")
            return False
        tails += 1
        lower_tails += first.islower()
    if not (heads and 2 * lower_tails >= tails > 0):
        return False
    if width is not None:
        for i, indent in zip(range(start, end), indents, strict=True):
            kinds[i] = Kind.ITEM if indent == outer else Kind.PROSE
    return True


def _title_atop(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """Line ``i`` is a title at the top of its block (the start, or a blank line above), or
    under prose titles that are (a title doubled, ``THE AWK LANGUAGE`` twice: unwrap sets
    each apart, and the next run reads the last at the top).

    >>> titles = ["THE AWK LANGUAGE", "THE AWK LANGUAGE", "1. Program structure"]
    >>> _title_atop(titles, [Kind.PROSE] * 3, 1), _title_atop(["a", *titles], [Kind.PROSE] * 4, 2)
    (True, False)
    """
    while is_title_line(lines[i]):
        if i == 0 or kinds[i - 1] is Kind.BLANK:
            return True
        if kinds[i - 1] is not Kind.PROSE:  # (code or an item above: no title's block)
            return False
        i -= 1
    return False


def opens_item_after(previous: str, line: str, width: int | None) -> bool:
    """Whether ``line`` opens a list item after ``previous`` when no list goes on above it.

    A bullet always does. A weak marker does at the top of a block, or after a finished
    line that had room for it (by :func:`has_room`, the rule that ends paragraphs, so the
    two agree on a line too long to have been wrapped); otherwise the wrap put it there.
    But not out of an item's indented text: a finished line indented deeper than the
    marker (an item's hanging indent) is followed by the next item whatever its room, as
    a wrap goes on at the item's indent.

    >>> [opens_item_after(p, "- slowly", 30) for p in ("", "It fell.", "It fell", "x" * 29 + ".")]
    [True, True, False, False]
    >>> opens_item_after("   " + "x" * 26 + ".", "4. Then", 30)
    True
    """
    if BULLET_RE.match(line):
        return True
    weak = WEAK_MARKER_RE.match(line)
    if not weak or not previous:
        return bool(weak)
    fits = (
        width is None
        or has_room(previous, weak.group(1), width)
        or indentation(previous) > indentation(line)
    )
    return fits and ends_sentence(previous.rstrip())


def dash_wrapped_into_item(previous: str, line: str, width: int | None) -> bool:
    """Whether a dash that opens ``line`` inside a list item opened by another marker is
    the item's text, put at the line's start by the wrap: the item's line above goes on
    mid-sentence and had no room for it (``* ... Tegen betaling uiteraard`` / ``- de
    familie``, a dash of the text). Another weak marker there, or one at no known width,
    opens an item; in an item opened by a dash, a dash opens the next (not asked here).

    >>> dash_wrapped_into_item("* Paid, of course", "- the family gets money", 18)
    True
    >>> dash_wrapped_into_item("* Paid, of course.", "- the family gets money", 19)
    False
    >>> dash_wrapped_into_item("* Paid", "- the family gets money", 18)
    False
    """
    if width is None or not previous or not line.lstrip().startswith("-"):
        return False
    return not ends_sentence(previous.rstrip()) and not has_room(previous, "-", width)


def width_decides_item(previous: str, line: str) -> bool:
    """Whether :func:`opens_item_after` reads its ``width`` for these lines: a weak marker
    that is no bullet, after a line that ends a sentence (else its answer is the same at
    every width).

    >>> width_decides_item("It fell.", "- slowly"), width_decides_item("It fell", "- slowly")
    (True, False)
    >>> width_decides_item("It fell.", "* slowly"), width_decides_item("", "- slowly")
    (False, False)
    """
    if not previous or BULLET_RE.match(line) or not WEAK_MARKER_RE.match(line):
        return False
    return ends_sentence(previous.rstrip())


def is_title_line(line: str) -> bool:
    """A heading-like line in title case or capitals: alone at the top of a block, a
    marker after it opens a list (``THE AWK LANGUAGE`` over ``1. Program structure``).

    >>> is_title_line("THE AWK LANGUAGE"), is_title_line("rose in the")
    (True, False)
    """
    return looks_like_heading(line) and is_title_like(line)
