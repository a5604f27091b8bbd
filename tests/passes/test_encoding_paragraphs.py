"""The paragraphs the encoding pass repairs as ``unwrap`` will join them: those holding a
line not settled, found by reading around those lines (``paragraphs_holding``), are the
spans of ``paragraph_spans`` that hold one of them, in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.encoding.paragraphs import paragraph_spans, paragraphs_holding

# Lines blank or not, as the pass's lines are: empty, spaces only, a tab, words.
LINES = st.lists(st.sampled_from(["", " ", "\t", "a", "b c", " d", "é’"]), max_size=30)


@settings(max_examples=300, deadline=None)  # (a loaded machine: no deadline)
@given(LINES, st.data())
def test_paragraphs_holding_are_the_spans_holding_those_lines(lines, data):
    indexes = data.draw(
        st.sets(st.integers(0, max(len(lines) - 1, 0))) if lines else st.just(set())
    )
    expected = [(a, b) for a, b in paragraph_spans(lines) if not indexes.isdisjoint(range(a, b))]
    assert paragraphs_holding(lines, indexes) == expected


def test_paragraphs_holding_reads_none_without_lines():
    lines = ["a", "b", "", "c", "d"]
    assert paragraphs_holding(lines, []) == []
    assert paragraphs_holding(lines, [2]) == []  # (a blank line is in no paragraph)
    assert paragraphs_holding(lines, [4, 0]) == [(0, 2), (3, 5)]
    assert paragraph_spans(lines) == [(0, 2), (3, 5)]
