"""The ``whitespace`` pass: canonical spaces, line ends, blank lines and final newline."""

from __future__ import annotations

import re
from typing import Literal

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import (
    INVISIBLE_CHARS,
    has_plain_spacing,
    lines_found,
    lines_holding,
    lines_with_meaningful_spacing,
)

# The one-character line boundaries str.splitlines() knows but LF: CR, VT, FF, FS/GS/RS,
# NEL, LS, PS. Once each CRLF is an LF, these are the rest.
SINGLE_BREAK_RE = lazy_compile(r"[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Its ASCII characters: an ASCII text without them has LF line ends only.
ASCII_SINGLE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e"
# All its characters, each looked for with ``in`` (at memory speed; the class's search
# tries each character of the text against it).
SINGLE_BREAKS = ASCII_SINGLE_BREAKS + "\x85\u2028\u2029"
# Every line boundary str.splitlines() knows but LF: CRLF, then the single ones.
LINE_BREAK_RE = lazy_compile(rf"\r\n|{SINGLE_BREAK_RE.pattern}")
# A line's indentation: leading horizontal whitespace, kept as it is.
INDENT_RE = lazy_compile(r"^[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*")
# A run of horizontal whitespace (any Unicode space, tab, NO-BREAK SPACE), not a line break,
# unless it is only ideographic spaces (U+3000): CJK text spaces with those on purpose.
SPACE_RUN_RE = lazy_compile(
    r"(?!\u3000+(?![^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]))"
    r"[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+"
)
# The runs of SPACE_RUN_RE that its substitution by a space changes (all but a lone space),
# led by a class (searched for at C speed: SPACE_RUN_RE is led by a look-ahead, tried at
# every place): a first character not a space nor U+3000, or a space before another, or
# U+3000 before a run that holds another character than U+3000.
SPACE_CHANGE_RE = lazy_compile(
    r"[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]"
    r"(?:(?<=[^ \u3000])|(?<= )(?=[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])"
    r"|(?<=\u3000)(?=\u3000*[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\u3000]))"
    r"[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*"
)
# Space characters the per-line work changes, once line ends are LF: any but the space and
# the LF (OTHER_SPACE_RE's but the LF). With two spaces in a row or a space ending a line,
# these are what make a text need that work.
OTHER_SPACE_BUT_LF_RE = lazy_compile(
    "[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
# Its ASCII characters, looked for in an ASCII text one by one (at memory speed each).
ASCII_OTHER_SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f"
# All its characters, looked for in a text that is not ASCII one by one: on Latin text the
# 27 ``in`` tests cost a quarter to a half of the class's search, tried at every character
# (one wider than the text's widest is not looked for at all); on Chinese or Russian text
# a few more than it (1.5 against 0.9 ms/MB).
OTHER_SPACES = (
    ASCII_OTHER_SPACES
    + "\x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
# Two spaces or more: the runs to collapse where the space is the only whitespace (a
# literal start, searched for at C speed; SPACE_RUN_RE stops at every space).
SPACES_RE = lazy_compile("  +")
# The characters that show nothing, and an indentation that holds some of them.
INVISIBLE_SET = frozenset(INVISIBLE_CHARS)
INVISIBLE_INDENT_RE = lazy_compile(rf"^[^\S\n]*(?:[{INVISIBLE_CHARS}][^\S\n]*)+")
# Two spaces after a character that is no space: the start of an inner run (searched for
# by its literal start; an indentation fails at once).
GAP_START_RE = lazy_compile(r"  (?<=\S  )")
# A line end under two spaces or more: in Markdown, a hard line break (CommonMark 6.7),
# kept as two spaces (:func:`keeps_markdown_breaks`), as pre-commit's
# ``trailing-whitespace --markdown-linebreak-ext`` keeps them.
MARKDOWN_BREAK = "  "
MARKDOWN_BREAK_RE = lazy_compile(r"  \r?\n")
# A line that opens a block of its own in Markdown, ending the paragraph above, whose
# last line then asks for no break (CommonMark 4.1-5.2: a list item, an ATX heading, a
# fence, a block quote, an HTML block).
MARKDOWN_BLOCK_START_RE = lazy_compile(
    r" {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|```|~~~|>|<)"
)
# Three or more line breaks in a row: more than one blank line (written with a literal
# start, which re searches for ten times faster than a repeat).
BLANK_RUN_RE = re.compile(r"\n\n\n+")


def normalize_whitespace(text: str, *, markdown_breaks: bool | Literal["auto"] = "auto") -> str:
    """Make spaces and line ends canonical without touching indentation or alignment.

    Line breaks of any kind become ``\\n``; trailing whitespace goes, but for two spaces
    that end a line of a Markdown paragraph before its next line (a hard line break: see
    :func:`markdown_break_lines`) if ``markdown_breaks`` is True, or "auto" and the text
    reads as Markdown (:func:`keeps_markdown_breaks`); a run of horizontal
    whitespace between words becomes one space, except inside fenced or indented code and
    in aligned columns (the lines cleaner/passes/layout.py marks, which unwrap keeps as
    they are too); at most one blank line separates paragraphs; the text ends with exactly
    one newline, and whitespace alone becomes the empty string.

    >>> normalize_whitespace("a \\u00a0 b\\t\\r\\n\\r\\n\\r\\n\\r\\n    code  =  1\\r\\n")
    'a b\\n\\n    code  =  1\\n'
    >>> normalize_whitespace(" \\n\\t\\n")
    ''
    """
    text = with_lf_line_ends(text)
    if not _needs_spacing_work(text):  # Only blank lines and the ends to see to.
        return _with_canonical_blank_lines(text)
    if markdown_breaks == "auto":
        markdown_breaks = keeps_markdown_breaks(text)
    return _with_canonical_blank_lines("\n".join(_collapsed_lines(text, markdown_breaks)))


def keeps_markdown_breaks(text: str) -> bool:
    """Whether the ``whitespace`` pass keeps the Markdown hard line breaks of ``text``: it
    has some (a line ending with two spaces) and reads as Markdown (see
    :func:`cleaner.passes.unwrap.markup.markup_of`). The pipeline asks it of a whole
    document, before cutting it into blocks (:func:`cleaner.pipeline.for_document`).

    >>> keeps_markdown_breaks("# Title\\n\\nJane Doe  \\nJohn Roe\\n\\n```\\nx\\n```\\n")
    True
    >>> keeps_markdown_breaks("Jane Doe  \\nJohn Roe\\n")
    False
    """
    if not MARKDOWN_BREAK_RE.search(text):
        return False
    from cleaner.passes.unwrap.markup import is_asciidoc, is_markup, shows_markdown

    # markup_of(text) == MARKDOWN, Markdown's signs read first (most texts show none, and
    # are read no further) and once.
    return shows_markdown(text) and not is_asciidoc(text) and not is_markup(text)


def markdown_break_lines(lines: list[str], code: list[bool]) -> list[int]:
    """The indexes of ``lines`` (LF ends cut) that end with a Markdown hard line break: two
    spaces or more after a character, in prose (neither it nor the next line ``code``, the
    lines whose spacing is meaningful, a fence's among them), with a line of the same
    paragraph after it (:func:`goes_on_after_break`).

    >>> markdown_break_lines(["Jane Doe  ", "John Roe  ", "", "    x = 1  ", "    y"],
    ...                      [False, False, False, True, True])
    [0]
    """
    return [
        i
        for i, line in enumerate(lines[:-1])
        if line.endswith(MARKDOWN_BREAK)
        and not (code[i] or code[i + 1])
        and goes_on_after_break(line, lines[i + 1])
    ]


def goes_on_after_break(above: str, line: str) -> bool:
    """Whether ``line``, under the line ``above`` that ends with two spaces, goes on the
    same paragraph, so that the two spaces are a hard line break: inside the same block
    quotes, neither of the two is blank, and ``line`` opens no block of its own (a list
    item, a heading, a fence, a quote: at a paragraph's end a break means nothing).

    >>> [goes_on_after_break("Jane  ", line) for line in ("Roe", "", "- RFC PR: 1", "# Notes")]
    [True, False, False, False]
    >>> goes_on_after_break("> IDENT:  ", "> XID_Start"), goes_on_after_break(">  ", "> text")
    (True, False)
    """
    while above.lstrip()[:1] == ">" and line.lstrip()[:1] == ">":  # (one quote's level)
        above, line = _inside_quote(above), _inside_quote(line)
    return bool(above.strip() and line.strip()) and not MARKDOWN_BLOCK_START_RE.match(line)


def _inside_quote(line: str) -> str:
    """``line`` without its first block quote marker (``>`` and one space after it).

    >>> _inside_quote("  > > text")
    '> text'
    """
    rest = line.lstrip()[1:]
    return rest[1:] if rest[:1] == " " else rest


def with_lf_line_ends(text: str) -> str:
    """``LINE_BREAK_RE.sub("\\n", text)`` at twice its speed: CRLF first, in C, then the
    rest (no CRLF is broken, since no other break ends with a CR).

    >>> with_lf_line_ends("a\\r\\r\\nb\\u2028c\\r\\n")
    'a\\n\\nb\\nc\\n'
    """
    breaks = ASCII_SINGLE_BREAKS if text.isascii() else SINGLE_BREAKS
    if not any(c in text for c in breaks):
        return text  # (most text: no pattern compiled, nor run)
    return SINGLE_BREAK_RE.sub("\n", text.replace("\r\n", "\n"))


def ends_with_line_end(text: str) -> bool:
    """Whether a line end follows the last character of ``text`` that is not whitespace
    (blank lines and spaces may come after it): what ``final_newline = "keep"`` keeps.

    >>> ends_with_line_end("a b\\r\\n \\n"), ends_with_line_end("a b  "), ends_with_line_end("")
    (True, False, False)
    """
    end = len(text)
    while end and text[end - 1].isspace():  # (the tail only: a huge text is not copied)
        end -= 1
    return any(c in text[end:] for c in "\n" + SINGLE_BREAKS)


def _needs_spacing_work(text: str) -> bool:
    """Whether some line of ``text`` (LF line ends) has whitespace to collapse or strip."""
    if "  " in text or " \n" in text or text.endswith(" "):
        return True
    return any(c in text for c in (ASCII_OTHER_SPACES if text.isascii() else OTHER_SPACES))


def _other_spaces_in(text: str) -> str:
    """The space characters other than the space and the LF (those OTHER_SPACE_BUT_LF_RE
    finds) that ``text`` holds, each looked for with ``in``.

    >>> _other_spaces_in("a b\\nc"), _other_spaces_in("a\\u00a0b\\u00a0"), _other_spaces_in("’\\t")
    ('', '\\xa0', '\\t')
    """
    return "".join(c for c in (ASCII_OTHER_SPACES if text.isascii() else OTHER_SPACES) if c in text)


def _collapsed_lines(text: str, markdown_breaks: bool = False) -> list[str]:
    """The lines of ``text`` (LF line ends) without trailing whitespace, their inner runs
    of spaces collapsed but where the spacing is meaningful; with ``markdown_breaks``, the
    lines that end with a hard line break end with two spaces."""
    raw = text.split("\n") if markdown_breaks else []
    # (A space first: a page's lines often end with one, and its other spaces are then
    # looked for in the stripped lines only, as before.)
    others = None if _ends_lines_with_space(text, " ") else _other_spaces_in(text)
    if others is None or _ends_lines_with_space(text, others):
        lines = [line.rstrip() for line in text.split("\n")]
        joined = "\n".join(lines)  # (Read by both: one copy of a huge text, not two.)
        others = None
    else:  # (Most prose: its lines as they are, and no copy of it.)
        lines, joined = text.split("\n"), text
    keep = lines_with_meaningful_spacing(lines, joined=joined)
    spaced = [i for i in _spaced_lines(joined, others) if not keep[i]]
    for i, line in zip(spaced, _collapsed([lines[i] for i in spaced]), strict=True):
        lines[i] = line
    for i in markdown_break_lines(raw, keep) if markdown_breaks else ():
        lines[i] += MARKDOWN_BREAK
    return lines


def _ends_lines_with_space(text: str, spaces: str) -> bool:
    """Whether ``text`` ends with whitespace, or one of ``spaces`` ends a line of it: with
    the space and the other space characters ``text`` holds (:func:`_other_spaces_in`),
    whether ``str.rstrip`` would shorten a line of it.

    >>> _ends_lines_with_space("a \\nb", " "), _ends_lines_with_space("a\\nb\\t", "")
    (True, True)
    >>> _ends_lines_with_space("a  b\\n\\u3000c\\n", " \\u3000")
    False
    """
    if text[-1:].isspace() and text[-1:] != "\n":
        return True
    return any(space + "\n" in text for space in spaces)


def _collapsed(lines: list[str]) -> list[str]:
    """``collapse_inner_spaces`` of each of ``lines`` (no trailing whitespace), their runs
    collapsed by one substitution of them all; where none holds U+3000 (kept in runs of
    its own) nor a line break, each by ``str.split`` (its runs are those, in C).

    >>> _collapsed(["  a  b", "c\\u00a0 d", "\\te\\u3000\\u3000f"])
    ['  a b', 'c d', '\\te\\u3000\\u3000f']
    >>> _collapsed(["   It ends.  Then   more", "a\\u00a0b"])  # (By str.split.)
    ['   It ends. Then more', 'a b']
    """
    if not lines:
        return []
    rests = [line.lstrip() for line in lines]  # (INDENT_RE's indentation: no line break.)
    if any(rest[:1] in INVISIBLE_SET for rest in rests):
        # A character that shows nothing in an indentation is part of it: the spaces after
        # it are the line's indentation, not a gap (unwrap drops a soft hyphen there, and
        # the next run would read those spaces as the indentation they are).
        rests = [_after_indentation(line) for line in lines]
    joined = "\n".join(rests)
    if "\u3000" not in joined and not any(c in joined for c in SINGLE_BREAKS):
        collapsed = [" ".join(rest.split()) for rest in rests]  # (A rest ends in no space.)
    else:
        only_spaces = joined.isascii() and not any(c in joined for c in ASCII_OTHER_SPACES)
        collapsed = (SPACES_RE if only_spaces else SPACE_CHANGE_RE).sub(" ", joined).split("\n")
    return [
        line[: len(line) - len(rest)] + new
        for line, rest, new in zip(lines, rests, collapsed, strict=True)
    ]


def _after_indentation(line: str) -> str:
    """``line`` after its indentation, the characters that show nothing in it included.

    >>> _after_indentation("  \u00ad    1. Item"), _after_indentation("   a  b")
    ('1. Item', 'a  b')
    """
    invisible = INVISIBLE_INDENT_RE.match(line)
    return line[invisible.end() :] if invisible else line.lstrip()


def _spaced_lines(text: str, others: str | None = None) -> list[int]:
    """The indexes of the lines of ``text`` (LF line ends) that ``collapse_inner_spaces``
    may change: two spaces after a character that is no space, or a space character other
    than the space (``others``: :func:`_other_spaces_in` of ``text``, if known). (Not an
    indentation alone: an RFC indents every line.)

    >>> _spaced_lines("   a b\\nc  d\\n  x\\u00a0y\\n\\tz\\n")
    [1, 2, 3]
    """
    found = lines_found(text, GAP_START_RE)
    # Each one the text holds found by ``str.find`` (most text holds none or one or two):
    # the class's search reads every character of the text.
    if others := _other_spaces_in(text) if others is None else others:
        found = sorted({*found, *lines_holding(text, others)})
    return found


def _with_canonical_blank_lines(text: str) -> str:
    """At most one blank line in a row, none at either end, one final newline (if any text).

    >>> _with_canonical_blank_lines("\\n\\na\\n\\n\\n\\nb"), _with_canonical_blank_lines("\\n\\n")
    ('a\\n\\nb\\n', '')
    """
    joined = BLANK_RUN_RE.sub("\n\n", text)
    if joined[:1] not in ("\n", "") and joined.endswith("\n") and not joined.endswith("\n\n"):
        return joined  # (Most text: already so, and a huge one is not copied twice more.)
    joined = joined.strip("\n")
    return joined + "\n" if joined else ""


def collapse_inner_spaces(line: str) -> str:
    """Collapse whitespace runs after the indentation to one space.

    >>> collapse_inner_spaces("  a\\u00a0\\u00a0b\\tc")
    '  a b c'
    >>> collapse_inner_spaces("東京\\u3000大阪 \\u3000京都")
    '東京\\u3000大阪 京都'
    """
    if has_plain_spacing(line):  # Already collapsed.
        return line
    indent = INDENT_RE.match(line).group()  # type: ignore[union-attr]
    rest = line[len(indent) :]
    if has_plain_spacing(rest):  # (only the indentation: a Chinese paragraph's "\u3000\u3000")
        return line
    return indent + SPACE_RUN_RE.sub(" ", rest)
