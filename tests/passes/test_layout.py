"""The shared layout rule (cleaner/passes/layout.py): which lines' inner spacing counts, and
that the whitespace and unwrap passes both honour exactly it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner.passes import layout, whitespace
from cleaner.passes.layout import lines_with_meaningful_spacing
from cleaner.passes.unwrap import kinds as unwrap_kinds
from cleaner.passes.unwrap import unwrap_paragraphs
from cleaner.passes.whitespace import normalize_whitespace

# (lines, which keep their spacing)
CASES = [
    (["Name    Age", "Anna    34"], [True, True]),
    (["a\t\tb", "a\t\tb", "alpha beta"], [True, True, False]),
    (["name  age", "Alice 30"], [False, False]),  # a gap no neighbour shares
    (["a  b", "", "c  d"], [False, False, False]),  # a blank line is no neighbour
    # Sentence spacing is not a column; a wider gap or a tab after a colon is.
    (["It works.  By the", "old way.  So it"], [False, False]),
    (["Name:    Anna", "Age:     34"], [True, True]),
    (["Q:\tyes", "A:\tno"], [True, True]),
    # Soft hyphens take no column: unwrap removes them.
    (["ab\u00ad  c", "ab  d"], [True, True]),
    # Lines are judged as they read without soft hyphens: a fence, a line left blank.
    (["\u00ad```", "a  b", "```", "c  d"], [True, True, True, False]),
    (["\t\u00ad", "\ta"], [False, True]),
    # Code: fenced, or indented by four spaces or a tab, except under a list item.
    (["```", "a  b", "", "```", "c  d"], [True, True, True, True, False]),
    (["Text", "    code"], [False, True]),
    (["- item", "    goes on", "more", "\tstill"], [False, False, False, False]),
    (["- item", "", "    code"], [False, False, True]),
    (["```", "- item", "```", "    code"], [True, True, True, True]),
    # A row of a box drawn in text, and its borders (told by the first line with gaps).
    (["Text.", "", "+-----+-----+", "| a   | b   |", "+-----+-----+"], [False] * 2 + [True] * 3),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_lines_with_meaningful_spacing(lines: list[str], expected: list[bool]) -> None:
    assert lines_with_meaningful_spacing(lines) == expected


def test_one_definition_for_both_passes() -> None:
    """Both passes call the shared rule itself, not a copy of it."""
    assert whitespace.lines_with_meaningful_spacing is layout.lines_with_meaningful_spacing
    assert unwrap_kinds.lines_with_meaningful_spacing is layout.lines_with_meaningful_spacing
    assert not hasattr(whitespace, "_alignment_columns")
    assert not hasattr(unwrap_kinds, "_alignment_columns")


FRAGMENTS = (
    "a", "b", "word", "The", "end.", "x:", "-", "- ", "1. ", "\u00ad", " ", "  ", "   ",
    "\t", "\t\t", "    ", "\n", "\n", "\n\n", "```", "inter-", "national",
)  # fmt: skip
TEXTS = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("delta\t\tepsilon\ndelta\t\tepsilon\nalpha beta gamma\n\ndelta epsilon\n")
@example("\t\u00ad\n\ta")  # a line blank but for a soft hyphen is no indented code
def test_unwrap_keeps_every_line_whose_spacing_counts(text: str) -> None:
    """After the whitespace pass, each line the rule marks is an output line of unwrap."""
    canonical = normalize_whitespace(text)
    lines = canonical.split("\n")
    output = iter(unwrap_paragraphs(canonical).split("\n"))
    for line, keep in zip(lines, lines_with_meaningful_spacing(lines), strict=True):
        wanted = line.replace("\u00ad", "").rstrip()  # unwrap drops soft hyphens
        if keep and wanted:
            assert any(candidate == wanted for candidate in output), f"joined: {line!r}"


def test_asciidoc_delimited_blocks_are_code_but_rules_around_prose_are_not() -> None:
    listing = ["Create it:", "", "----", "$ mkdir x", "$ cd x", "----", "", "Then:"]
    assert layout.lines_with_meaningful_spacing(listing)[2:6] == [True] * 4
    attributed = ["[source,c]", "----", "int main(void)", "----"]
    assert all(layout.lines_with_meaningful_spacing(attributed)[1:])
    underlined = ["Related Links", "-------------", "[0] https://crbug.com/git/2", "-------------"]
    assert not any(layout.lines_with_meaningful_spacing(underlined))
    # A novel's chapter between two rules of one length (Hong Lou Meng) is prose.
    chapter = ["", "-" * 20, "He came home.", "She had left.", "It rained.", "-" * 20]
    assert not any(layout.lines_with_meaningful_spacing(chapter))


def test_boilerplate_reads_asciidoc_blocks_as_the_layout_rule_does() -> None:
    from cleaner.passes.boilerplate.structured import meaningful_spacing_at

    lines = ["Run:", "", "----", "$ mkdir x", "$ cd x", "----", "", "Then."]
    marked = {i for i, keep in enumerate(layout.lines_with_meaningful_spacing(lines)) if keep}
    assert marked == {2, 3, 4, 5}
    assert meaningful_spacing_at(lines, range(len(lines))) == marked
