"""A cheap proof that a text shows no wrap width, told without classifying its lines.

``unwrap`` asks the width its output shows (the one the next run estimates) whenever a
verse block there goes on in lower case; the survey that answers (:func:`estimated_width`)
reads every line's kind. An output of joined paragraphs seldom needs it: each joined line
stands alone between blank lines, and so long a line costs any narrow width more
contradictions (``estimate_wrap_width``'s breaks: a line of n widths, n - 1 of them) than
the widest width can cost, which is at most one a wrapped line. :func:`shows_no_wrap`
bounds both from the lines alone and says True only when no width a wrapped line could
explain can win: then the estimate is none, whatever the lines' kinds.
``tests/passes/test_unwrap_no_wrap.py`` puts it against the survey.
"""

from __future__ import annotations

from itertools import compress, count

from cleaner.passes.layout import (
    DELIMITER_STARTS,
    MAX_BLOCK_LINES,
    SOFT_HYPHEN,
    holds_any,
    may_delimit,
)
from cleaner.passes.unwrap.boundaries import MAX_LONE_WORD
from cleaner.passes.unwrap.cellwidth import holds_common_thai_marks
from cleaner.passes.unwrap.fast import ASCII_LOWER, ASCII_UPPER_OR_DIGIT, has_trailing_space
from cleaner.passes.unwrap.kinds import DOT_LEADERS_RE, FENCE_SIGNS, SIGNATURE_LINE_RE, SIGNATURE_RE
from cleaner.passes.unwrap.segments import OTHER_LINE_ENDS
from cleaner.passes.unwrap.width import may_read_as_wrapped
from cleaner.scripts import LINE_END_FORBIDDEN

# The first characters of a line surely read as prose alone in its block: an ASCII letter
# (no indentation, no list marker but a letter's "b)", no markup, quote, rule or tag).
LETTERS = ASCII_LOWER | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # (``string``: a start-up cost)
# What a line holding one of these may be besides prose: aligned columns, a table's row.
NOT_SURELY_PROSE = ("  ", "\t", "|")


def shows_no_wrap(text: str) -> bool:
    """Whether the survey of ``text`` surely finds no wrap width (``estimated_width`` is
    UNWRAPPED_WIDTH); False when it cannot tell so cheaply (then ask the survey).

    The survey's wrapped lines are lines followed by a line of text: at most K, the
    pairs of adjacent lines that are not blank, and each has room at a width of its
    length with the next line's first word (at most N). The widest width the survey
    tries costs at most K; any width w below N costs at least twice the breaks of the
    lines longer than w that it surely counts (S: lines alone between blank lines,
    starting with a letter, holding nothing another kind needs, in a text without a fence
    or a signature: markup's kinds or not, such a line is prose). If those breaks at
    N - 1 exceed K, no width below N wins, and a width of N or more explains no break:
    the estimate is none. All in characters: a text holding a Thai mark, which the survey
    may read in cells (:mod:`~cleaner.passes.unwrap.cellwidth`), is left to it.

    >>> paragraph = "A paragraph joined into one line, and it goes on" * 4
    >>> shows_no_wrap(f"{paragraph}\\n\\nRoses are red,\\nviolets are blue,\\n\\n{paragraph}\\n")
    True
    >>> shows_no_wrap("A paragraph wrapped at a width\\nof thirty or so as it\\ngoes on.\\n")
    False
    """
    if (
        any(map(text.__contains__, OTHER_LINE_ENDS))  # (lines as the survey reads them)
        or SOFT_HYPHEN in text
        or has_trailing_space(text)
        or holds_any(text, FENCE_SIGNS)
        or SIGNATURE_RE.match(text)
        or ("\n--" in text and SIGNATURE_LINE_RE.search(text))  # (led by a search in C)
    ):
        return False
    lines = text.split("\n")
    lengths = list(map(len, lines))
    # The lines followed by a line of text (both not blank), then those of them that may
    # be read as wrapped (before an ASCII capital or digit, below the spaces of an indented
    # line too, only after a CJK opening mark: may_read_as_wrapped's commonest no, told
    # without a call; a line of text holds more than spaces, as none ends in whitespace).
    pairs = compress(count(), map(min, lengths, lengths[1:]))
    wrapped = [
        i
        for i in pairs
        if (
            lines[i + 1].lstrip(" ")[0] not in ASCII_UPPER_OR_DIGIT
            or lines[i][-1] in LINE_END_FORBIDDEN
        )
        and may_read_as_wrapped(lines[i], lines[i + 1])
    ]
    if not wrapped:  # (no wrapped line: no width)
        return not holds_common_thai_marks(text)  # (the survey may count its widths in cells)
    with_next = max(lengths[i] + 1 + _first_word(lines[i + 1]) for i in wrapped)  # N
    delimited = _maybe_delimited(lines) if may_delimit(text) else set()
    return _breaks_exceed(
        lines, lengths, with_next - 1, len(wrapped), delimited
    ) and not holds_common_thai_marks(text)


def _first_word(line: str) -> int:
    """The length of ``line``'s first word up to whitespace (0 if none): at least the
    survey's reading of the next word."""
    words = line.split(None, 1)
    return len(words[0]) if words else 0


def _breaks_exceed(
    lines: list[str], lengths: list[int], width: int, most: int, delimited: set[int]
) -> bool:
    """Whether twice the breaks at ``width`` of the lines surely counted (S) longer than
    it exceed ``most`` by more than one (a margin for the survey's float sums); lines in
    ``delimited`` are not counted."""
    if width < 1:
        return False
    last = len(lines) - 1
    breaks = 0.0
    for i in compress(count(), map(width.__lt__, lengths)):
        line = lines[i]
        if (
            lengths[i] <= MAX_LONE_WORD
            or (i > 0 and lengths[i - 1])
            or (i < last and lengths[i + 1])
            or line[0] not in LETTERS
            or line[1:2] == ")"
            or any(map(line.__contains__, NOT_SURELY_PROSE))
            or DOT_LEADERS_RE.search(line)
            or i in delimited
        ):
            continue
        breaks += lengths[i] / width - 1
        if 2 * breaks > most + 1:
            return True
    return False


def _maybe_delimited(lines: list[str]) -> set[int]:
    """The lines an AsciiDoc delimited block may hold (``delimited_block_lines``: up to
    MAX_BLOCK_LINES + 1 lines below a line that may open one)."""
    found: set[int] = set()
    for i in [i for i, line in enumerate(lines) if line[:4] in DELIMITER_STARTS]:
        found.update(range(i + 1, i + MAX_BLOCK_LINES + 2))
    return found


def reads_alike(unwrapped: str, text: str) -> bool:
    """Whether ``unwrap`` surely reads ``text`` as it read ``unwrapped``, its own output,
    and so leaves it as it is: they differ only inside lines that stand alone between
    blank lines (a word ``split`` parted or ``join`` joined in a paragraph on one line),
    and neither shows a wrap width (:func:`shows_no_wrap`): such a line is a block of its
    own, kept as it is, and gives no width to judge the others by. False when it cannot
    tell so cheaply (then ask ``unwrap``).

    >>> verse = "Roses are red,\\nViolets are blue.\\n"
    >>> reads_alike(f"Apaper.\\n\\n{verse}", f"A paper.\\n\\n{verse}")
    True
    >>> reads_alike("Apaper\\nB\\n", "A paper\\nB\\n")  # (the line has a neighbour)
    False
    """
    before, after = unwrapped.split("\n"), text.split("\n")
    if len(before) != len(after):
        return False
    last = len(after) - 1
    for i in compress(count(), map(str.__ne__, before, after)):
        if (i > 0 and after[i - 1]) or (i < last and after[i + 1]):
            return False
    return shows_no_wrap(unwrapped) and shows_no_wrap(text)
