"""The shared layout rule read off whole-text searches (issue 12: an RFC indents every line,
so the lines holding two spaces were nearly all, each read one by one): the same marks,
the same collapsed lines, as the rule read line by line."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner.passes import layout, whitespace
from cleaner.passes.layout import alignment_columns, literal_block_lines, may_open_literal
from cleaner.passes.whitespace import collapse_inner_spaces

FRAGMENTS = (
    "a", "word", "end.", "x:", "?", "!", "|", "+-+-+", "::", "::=", ">>>", ".. code::", "\u00a0",
    "\u3000", " ", "  ", "   ", "\t", " \t", "\n", "\n", "\n   ", "\n    ", "- ", "1. ",
)  # fmt: skip
TEXTS = st.lists(st.sampled_from(FRAGMENTS), max_size=50).map("".join)
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _gap_columns_line_by_line(lines: list[str]) -> list[tuple[int, set[int]]]:
    """What ``_gap_columns`` stands for: each line's alignment columns, asked one by one."""
    return [(i, columns) for i, line in enumerate(lines) if (columns := alignment_columns(line))]


@SETTINGS
@given(TEXTS)
@example("   a b\nc  d\n   It ends.  Then\ne   \n   f.   g  h")
@example("x.  \ny:   z\n  \n  a  b")
def test_gap_columns_as_line_by_line(text: str) -> None:
    lines = text.split("\n")
    assert list(layout._gap_columns(text, lines)) == _gap_columns_line_by_line(lines)


@SETTINGS
@given(TEXTS)
@example("   indented\n   It ends.  Then\n   a\u00a0b\n\tz  y")
def test_collapsed_lines_as_line_by_line(text: str) -> None:
    """Only the lines ``_spaced_lines`` finds are collapsed: the others cannot change."""
    text = whitespace.with_lf_line_ends(text)
    lines = [line.rstrip() for line in text.split("\n")]
    keep = layout.lines_with_meaningful_spacing(lines)
    expected = [line if keep[i] else collapse_inner_spaces(line) for i, line in enumerate(lines)]
    assert whitespace._collapsed_lines(text) == expected


@SETTINGS
@given(TEXTS)
@example("Run::\n\n    code")
@example(".. code:: c\n\n  a")
def test_no_literal_block_unless_one_may_open(text: str) -> None:
    lines = text.split("\n")
    if not may_open_literal(text):
        assert list(literal_block_lines(lines)) == []


def test_rfc_lines_are_not_read_one_by_one() -> None:
    """An indentation and sentence spacing are no gap; a column after them is."""
    lines = ["   The text.  It goes on", "   as it did,", "   Name    Age", "   Anna    34"]
    assert list(layout._gap_columns("\n".join(lines), lines)) == [(2, {11}), (3, {11})]
    assert whitespace._spaced_lines("\n".join(lines)) == [0, 2, 3]
