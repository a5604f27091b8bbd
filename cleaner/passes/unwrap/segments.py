"""Reading a document for the ``unwrap`` pass a segment at a time, so a huge one fits.

A segment is a span of the text that ends right after a blank line where no fenced code
block is open, before a line in the first column (so no literal block of reStructuredText
is cut). No rule of the pass looks across such a line: the kinds of its lines
(:func:`classify_structure`), the lines whose spacing counts, the wrap-width sample and
the blocks to join all come out the same read segment by segment as read whole, except
that everything after a signature separator is kept, which :func:`read_segments` carries
into the segments that follow. So only one segment's lines are held at once, and a
segment's kinds (a pointer per line) are all that is kept between the pass's reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import (
    SOFT_HYPHEN,
    fence_open_after,
    lines_with_meaningful_spacing,
    visible_lines,
)
from cleaner.passes.unwrap.boundaries import ends_sentence
from cleaner.passes.unwrap.fast import has_trailing_space
from cleaner.passes.unwrap.kinds import Kind, structure_and_signature
from cleaner.passes.unwrap.markup import MARKDOWN, prose_marks
from cleaner.passes.whitespace import (  # its line ends
    MARKDOWN_BREAK,
    markdown_break_lines,
    with_lf_line_ends,
)
from cleaner.textblocks import BLANK_LINE_RE

# A soft hyphen that is not a word's line-end break: removed before anything else.
STRAY_SOFT_HYPHEN_RE = lazy_compile(r"(?<![^\W_\u00ad])\u00ad+|\u00ad+(?!\n)")
# Soft hyphens between two spaces: they go with one space, or their removal would leave a
# run of spaces that the whitespace pass collapses on the next run.
SPACED_SOFT_HYPHEN_RE = lazy_compile(r"(?<= )\u00ad+ ")
# The line ends besides LF that the whitespace pass makes LF (SINGLE_BREAK_RE's): each
# looked for with ``in`` at C speed, fifty times as fast as a search for the class.
OTHER_LINE_ENDS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Characters of text read and classified at a time: a segment ends at the first blank line
# after this many where no fenced code is open (no joining rule looks across such a line).
SEGMENT_CHARS = 1 << 18
# A text up to this many characters keeps its segments' lines between reads (a book does);
# a longer one has them read again from the text, so only one segment's lines are held.
KEEP_LINES_CHARS = 1 << 23


class Segment:
    """A span of the text that ends with a blank line outside fenced code (or at the end),
    and the kinds of its lines: no rule looks across such a line, so segments are read and
    unwrapped one at a time, and only one segment's lines are held at once. (A plain class:
    a dataclass costs ~0.3 ms to make at import, which every ``cleaner`` process pays.)"""

    __slots__ = ("end", "final_kinds", "kinds", "lines", "lone_counts", "start", "survey_kinds")

    def __init__(
        self, start: int, end: int, kinds: list[Kind], lines: list[str] | None = None
    ) -> None:
        self.start, self.end = start, end
        # The lines' structure kinds as read; unwrap's layout step replaces them with the
        # final kinds (list items told at the document's width), which it unwraps by.
        self.kinds = kinds
        # The lines, kept only when the text is short enough (KEEP_LINES_CHARS).
        self.lines = lines
        # The final kinds, when the survey found them the same at every width (no list item).
        self.final_kinds: list[Kind] | None = None
        # Outside markup, lone_first_words of those final kinds, counted by the survey.
        self.lone_counts: tuple[int, int] | None = None
        # Else, in a text whose lines are kept, the kinds the survey read (no width) and
        # counted lone_counts of: the final kinds are often the same, so are their counts.
        self.survey_kinds: list[Kind] | None = None


def read_segments(
    text: str, segment_chars: int, *, markup: str = ""
) -> Iterator[tuple[Segment, list[str]]]:
    """Each segment of ``text``, with its lines' structure kinds, and its lines.

    A segment is at least ``segment_chars`` long and ends right after a blank line where
    no fenced code block is open. Everything after a signature separator is kept, as
    :func:`classify_structure` marks it, even in the segments that follow. In
    markup, lines indented but not code are prose (:func:`prose_marks`).

    >>> [(s.start, s.end) for s, _ in read_segments("A.\\n\\n```\\n\\n```\\n\\nB\\nC", 1)]
    [(0, 4), (4, 14), (14, 17)]
    """
    start, signed = 0, False
    while start < len(text):
        end, raw, fenced = start, [], False
        while end == start or (fenced and end < len(text)):
            piece_end = _segment_end(text, end + max(segment_chars, 1) - 1)
            last = piece_end == len(text)
            piece = raw_lines(text[end:piece_end], last=last, breaks=markup == MARKDOWN)
            # Counted on the visible lines: a fence reads the same once stray soft hyphens
            # go (those before it are all stray), as in classify_structure.
            if piece_end < len(text) and _may_hold_fence(text, end, piece_end):
                fenced = fence_open_after(visible_lines(piece), fenced)
            raw += piece
            end = piece_end
        # Judged on the lines as the whitespace pass sees them, so both keep the same ones.
        # Their text is made once, for that rule and the kinds' searches (with no soft
        # hyphen, those lines are these).
        # (The rule tells a text without a sign of meaningful spacing first, at C speed.)
        joined = "\n".join(raw)
        meaningful = lines_with_meaningful_spacing(raw, joined=joined)
        # Lines hold a soft hyphen only where the text does (found in C, with no walk).
        has_soft_hyphen = text.find(SOFT_HYPHEN, start, end) >= 0
        lines = without_stray_soft_hyphens(raw, meaningful) if has_soft_hyphen else raw
        structure, has_signature = structure_and_signature(
            lines,
            prose_marks(lines, meaningful, markup),
            lambda end=end: len(raw_lines(text[end:], last=True)) if end < len(text) else 0,
            joined if lines is raw else None,
        )
        if signed:
            structure = [Kind.BLANK if k is Kind.BLANK else Kind.KEPT for k in structure]
        signed = signed or has_signature
        keep = len(text) <= KEEP_LINES_CHARS
        yield Segment(start, end, structure, lines if keep else None), lines
        start = end


def _may_hold_fence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a fence line once its soft hyphens are gone
    (``fence_open_after`` of its visible lines walks them all): not without ```` ``` ````,
    ``~~~`` or a soft hyphen, told at C speed (a book's segments hold none of them).

    >>> _may_hold_fence("a\\n```\\nb", 0, 7), _may_hold_fence("a\\n`\\u00ad``", 0, 6)
    (True, True)
    >>> _may_hold_fence("a ~~ b `` c\\n", 0, 12), _may_hold_fence("```", 1, 3)
    (False, False)
    """
    return any(text.find(sign, start, end) >= 0 for sign in ("```", "~~~", SOFT_HYPHEN))


def _segment_end(text: str, position: int) -> int:
    """The end of the first blank line from ``position`` where unwrap cannot mend a
    paragraph cut by the blank line (or the text's end): not before a lower-case line, nor
    after a line that ends no sentence before a block of one line.

    >>> _segment_end("a\\n\\nb.\\n\\nC", 0), _segment_end("a\\n\\nb", 9)
    (7, 4)
    >>> _segment_end("It goes\\n\\nOn.\\n\\nA\\nB", 0)
    14
    """
    while found := BLANK_LINE_RE.search(text, position):
        position = found.end()
        if text[position : position + 1].islower():
            continue
        before = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
        line_end = text.find("\n", position)
        one_line = line_end < 0 or text[line_end + 1 : line_end + 2] in ("", "\n", "\r")
        if one_line and not ends_sentence(before.rstrip()):
            continue
        return position
    return len(text)


def segment_lines(
    text: str, segments: Iterable[Segment], breaks: bool = False
) -> Iterator[tuple[list[str], list[Kind]]]:
    """The lines of each segment, read again from the text (with Markdown's hard line
    breaks if ``breaks``: see :func:`raw_lines`), and the kinds it holds."""
    for segment in segments:
        if segment.lines is not None:
            yield segment.lines, segment.kinds
            continue
        end = segment.end
        raw = raw_lines(text[segment.start : end], last=end == len(text), breaks=breaks)
        yield without_stray_soft_hyphens(raw), segment.kinds


def raw_lines(piece: str, *, last: bool, breaks: bool = False) -> list[str]:
    """The lines of a piece of the text without their trailing whitespace, but for the two
    spaces of a Markdown hard line break if ``breaks`` (see :func:`without_trailing_space`);
    a piece that is not the last ends with a line break, which ends its last line.

    >>> raw_lines("a \\r\\nb\\n", last=False), raw_lines("a \\r\\nb\\n", last=True)
    (['a', 'b'], ['a', 'b', ''])
    """
    if any(map(piece.__contains__, OTHER_LINE_ENDS)):  # A line end besides LF.
        piece = with_lf_line_ends(piece)
    lines = piece.split("\n")
    if has_trailing_space(piece):
        lines = without_trailing_space(lines, breaks)
    return lines if last else lines[:-1]


def without_trailing_space(lines: list[str], breaks: bool) -> list[str]:
    """``lines`` without their trailing whitespace, but for the two spaces that end a line
    if ``breaks`` and it ends with a Markdown hard line break: two spaces or more after
    text, a line of its paragraph after it (what the ``whitespace`` pass keeps in Markdown, see
    :func:`cleaner.passes.whitespace.markdown_break_lines`).

    >>> without_trailing_space(["Jane Doe   ", "John Roe  ", ""], True)
    ['Jane Doe  ', 'John Roe', '']
    >>> without_trailing_space(["Jane Doe   ", "John Roe  "], False)
    ['Jane Doe', 'John Roe']
    """
    stripped = [line.rstrip() for line in lines]
    for i in markdown_break_lines(lines, [False] * len(lines)) if breaks else ():
        stripped[i] += MARKDOWN_BREAK
    return stripped


def without_stray_soft_hyphens(raw: list[str], meaningful: list[bool] | None = None) -> list[str]:
    """The lines without their stray soft hyphens (and without soft hyphens between two
    spaces, outside the lines whose spacing is ``meaningful``: judged if not given)."""
    if not any(SOFT_HYPHEN in line for line in raw):  # Both substitutions would do nothing.
        return raw
    if meaningful is None:
        meaningful = lines_with_meaningful_spacing(raw)
    lines = [
        line if keep else SPACED_SOFT_HYPHEN_RE.sub("", line)
        for line, keep in zip(raw, meaningful, strict=True)
    ]
    return [STRAY_SOFT_HYPHEN_RE.sub("", line + "\n")[:-1].rstrip() for line in lines]
