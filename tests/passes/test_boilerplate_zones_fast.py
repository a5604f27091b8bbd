"""``boilerplate.zones`` finds the runs of matched and removed lines from their indexes,
not by reading every line that is not blank (an RFC has 22,000 lines a megabyte, a handful
matched): the same bars, blocks and kept lines as reading them all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.boilerplate import zones
from cleaner.passes.boilerplate.rules import EDGE, LABEL, STRONG, Rule
from tests import boilerplate_reference as reference

RULES = [Rule("x", kind, kind, "") for kind in (STRONG, EDGE, LABEL)]
LINES = st.lists(st.sampled_from(["", "a", "Share", "b"]), max_size=20)


@settings(max_examples=400, deadline=None)
@given(LINES, st.data())
def test_bars_blocks_and_kept_lines_as_reading_every_line(lines: list[str], data) -> None:
    filled = zones.filled_lines(lines)
    matched = data.draw(st.sets(st.sampled_from(filled))) if filled else set()
    matches = {i: data.draw(st.sampled_from(RULES)) for i in sorted(matched)}
    seeded = data.draw(st.sets(st.sampled_from(sorted(matched)))) if matched else set()
    seeds = {i: (matches[i], "seed") for i in seeded}
    zone = data.draw(st.sets(st.integers(0, 20)))
    assert zones._edge_bars(filled, matches) == reference.edge_bars(filled, matches)
    grown = zones._grow_blocks(matches, seeds, filled)
    assert grown == reference.grow_blocks(filled, matches, seeds)
    assert zones._keep_middle_neighbours(grown, zone, filled) == (
        reference.keep_middle_neighbours(filled, grown, zone)
    )


def test_runs_skip_blank_lines_between_and_leave_out_a_blank_line() -> None:
    assert zones._runs([0, 2, 3, 5], [5, 0, 2, 4]) == [[0, 2], [5]]


PROSE_PIECES = ["", " ", "\u00a0", "Share", "Once you can bake this loaf, try rye.", "x" * 40]
PROSE_PIECES += ["word " * 9, "  an indented line of twenty-five  ", "a" * 99, "Read more."]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PROSE_PIECES), min_size=1, max_size=12), st.data())
def test_prose_is_judged_as_on_the_whole_paragraph(lines: list[str], data) -> None:
    # The edge zones read a paragraph's lines only until they make a long one.
    i = data.draw(st.integers(0, len(lines) - 1))
    matches = {j: RULES[0] for j in data.draw(st.sets(st.integers(0, len(lines) - 1)))}
    matches.pop(i, None)
    expected = zones.is_prose(zones._paragraph_of(lines, i, matches))
    assert zones._reads_as_prose(lines, i, matches) == expected
