"""Paragraphs opened by an indent, with no blank line between them: each first line indented
(two ideographic spaces in Chinese text, a few spaces in some books), the other lines at the
margin. There an indented line under a line at the margin opens a paragraph, whatever the
room the line above had left (a paragraph's last line may fill the width).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from cleaner.lazy_re import lazy_compile
from cleaner.passes.unwrap.kinds import Kind
from cleaner.passes.unwrap.width import UNWRAPPED_WIDTH

# A paragraph's first line as such documents indent it: one to four ideographic spaces, or
# one to eight spaces, then a character that is not whitespace.
OPENING_INDENT = "(\u3000{1,4}| {1,8})[^\\s]"
# An indented line (its group) after a line break, then a line at the margin: with a line at
# the margin above it (:func:`_under_the_margin`), a paragraph opened by its indent, above
# and below it lines of paragraphs. (Searched from the line break, found at C speed.)
OPENED_PARAGRAPH_RE = lazy_compile(f"\\n({OPENING_INDENT}[^\\n]*+)\\n(?=[^\\s])")
# At least this many paragraphs opened so, and more than blank lines part, for a document
# to be read so (a letter's indented first line in a book of blank-line paragraphs is not).
MIN_OPENED_PARAGRAPHS = 3
# An opening line fills at least this share of the wrap width: a wrapped paragraph's first
# line (verse indents every other line, each short: ``The sparkle from its eye;``).
OPENING_LINE_SHARE = 0.75
# The least an opening line may be where the document shows no wrap width.
MIN_OPENING_LINE = 30
# The spaces a line indented so starts with (a line at the margin starts with neither).
MARGIN_SPACES = " \u3000"


def opening_indent(text: str, width: int) -> str:
    """The indent ``text``, wrapped at ``width``, opens its paragraphs with rather than
    with blank lines ("" if none): the commonest of its lines indented between lines at the
    margin, each filling OPENING_LINE_SHARE of the width and going on below in lower case
    (or a script without case), if at least MIN_OPENED_PARAGRAPHS of them are indented so,
    more than the blank lines that part its paragraphs.

    >>> opening_indent("\\u3000\\u3000天地之數，有十二\\n萬九千六百歲為一元。\\n" * 4, 10)
    '\\u3000\\u3000'
    >>> opening_indent("  A first line\\nand its second.\\n\\n  Another\\nand more.\\n" * 4, 14)
    ''
    >>> opening_indent("The fulness was gone,\\n  The sparkle from its eye;\\n" * 4, 40)
    ''
    >>> opening_indent("And justify the ways of God to men.\\n  Say first, for Heaven hides\\n"
    ...                "Nor the deep tract of Hell, say first\\n" * 4, 40)  # (Milton's)
    ''
    """
    if "\u3000" not in text and "\n " not in text:
        return ""  # (no line indented so, told at C speed: the pattern's search costs more)
    least = OPENING_LINE_SHARE * width if width < UNWRAPPED_WIDTH else MIN_OPENING_LINE
    indents = Counter(
        found[2]
        for found in OPENED_PARAGRAPH_RE.finditer(text)
        if len(found[1]) >= least
        and _goes_on(text[found.end() : found.end() + 1])
        and _under_the_margin(text, found.start())
    )
    if not indents:
        return ""
    indent, opened = indents.most_common(1)[0]
    return indent if opened >= MIN_OPENED_PARAGRAPHS and opened > text.count("\n\n") else ""


def _under_the_margin(text: str, end: int) -> bool:
    """Whether the line of ``text`` that ends at ``end`` (a line break's index) is a line at
    the margin: it starts with a character that is not whitespace.

    >>> _under_the_margin("a\\n  b\\n", 1), _under_the_margin("  b\\nc", 3)
    (True, False)
    """
    return not text[text.rfind("\n", 0, end) + 1 : end + 1][:1].isspace()


def _goes_on(start: str) -> bool:
    """Whether a line starting with ``start`` goes on the sentence of the line above: a
    letter in lower case or of a script without case (verse opens each line with a capital).

    >>> _goes_on("a"), _goes_on("天"), _goes_on("N"), _goes_on("(")
    (True, True, False, False)
    """
    return start.isalpha() and not start.isupper()


def opening_indents(lines: Sequence[str], kinds: Sequence[Kind], indent: str) -> list[int]:
    """The indexes of the prose lines of a block (but its first) that open a paragraph by
    ``indent`` (the document's :func:`opening_indent`): under a prose line at the margin,
    or above one (a paragraph after a poem whose lines are each indented: 紅樓夢's).

    >>> lines = ["\\u3000\\u3000天地之數，", "萬九千六百歲。", "\\u3000\\u3000將一元", " 一"]
    >>> opening_indents(lines, [Kind.PROSE] * 4, "\\u3000\\u3000")
    [2]
    >>> poem = ["未卜三生愿，", "悶來時斂額，", "一日，早又", "月至廟中來"]
    >>> opening_indents(["  " + line for line in poem[:3]] + poem[3:], [Kind.PROSE] * 4, "  ")
    [2]
    """
    prose, size = Kind.PROSE, len(indent)
    last = len(lines) - 1
    return [
        i
        for i in range(1, len(lines))
        if kinds[i] is prose
        and kinds[i - 1] is prose
        and lines[i].startswith(indent)
        and not lines[i][size : size + 1].isspace()
        and (
            lines[i - 1][:1] not in MARGIN_SPACES
            or (i < last and kinds[i + 1] is prose and lines[i + 1][:1] not in MARGIN_SPACES)
        )
    ]


def parted_at_opening_indents(
    lines: Sequence[str], kinds: Sequence[Kind], indent: str
) -> list[tuple[int, int]]:
    """A block's (start, end) parts, parted before each of its :func:`opening_indents`.

    >>> parted_at_opening_indents(["  One", "two.", "  Three", "four."], [Kind.PROSE] * 4, "  ")
    [(0, 2), (2, 4)]
    """
    starts = [0, *opening_indents(lines, kinds, indent)]
    return list(zip(starts, [*starts[1:], len(lines)], strict=True))
