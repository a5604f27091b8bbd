"""``unwrap``'s searches of a whole text find the lines that a test of every line finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.passes.plaintext import is_contents_line
from cleaner.passes.unwrap import kinds as unwrap_kinds
from cleaner.passes.unwrap.kinds import Kind

# Pieces of lines with and without dot leaders and page numbers.
CONTENTS_PIECES = ["....", "...", ". . . .", ". . .", ". ", ".", " ", "12", "iv", "x", "Wait",
                   "3.1 Proxy State ", "\t"]  # fmt: skip
contents_lines = st.lists(st.lists(st.sampled_from(CONTENTS_PIECES), max_size=8).map("".join))


@settings(max_examples=500, deadline=None)
@given(contents_lines)
@example(["Intro ......12", "Wait...", "B.1. Relays . . . . 45", "........ ....7"])
def test_unwrap_contents_lines_found_by_one_search_are_every_line_asked(lines: list[str]) -> None:
    kinds = [Kind.PROSE] * len(lines)
    unwrap_kinds._mark_contents(lines, kinds, "\n".join(lines))
    expected = [Kind.KEPT if is_contents_line(line) else Kind.PROSE for line in lines]
    assert kinds == expected
