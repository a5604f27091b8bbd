"""unwrap's per-line tests give what their plain forms (tests/line_tests_reference.py) give.

Each fast path reads a line's first or last character before anything else; the lines
drawn here start and end with every kind of character those paths tell apart.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes import layout
from cleaner.passes.unwrap import boundaries, headings, room
from cleaner.passes.unwrap import kinds as unwrap_kinds
from tests import line_tests_reference as reference

EDGES = (
    " \t\u00a0\u3000\n.!?:…。！？：\"'”’»)]」』）】》〉"
    "\"'“‘«([*_¿¡「『（《〈【-–—\u00ad,;/&+=，、；"
    "0123456789¹²³⁴⁵⁶⁷⁸⁹⁰aZéÉßǅ٣Ⅻ天ひカ가ไำเ"
)
WORDS = [
    "Dr",
    "Mrs",
    "St.",
    "the",
    "of",
    "and",
    "In",
    "x" * 26,
    "y" * 25,
    "天气很好",
    "เช่น",
    "1990",
]
line = st.one_of(
    st.text(alphabet=st.sampled_from(list(EDGES)), max_size=10),
    st.lists(st.sampled_from(list(EDGES) + WORDS + [" "] * 6), max_size=16).map("".join),
)
# Each fast line test, by the name its plain form has in the reference.
FAST = {
    "may_open_item": layout.may_open_item,
    "ends_with_word_break": boundaries.ends_with_word_break,
    "first_word_length": room.first_word_length,
    "ends_sentence": boundaries.ends_sentence,
    "starts_paragraph": boundaries.starts_paragraph,
    "starts_lowercase": boundaries.starts_lowercase,
    "is_lone_word": boundaries.is_lone_word,
    "looks_like_heading": headings.looks_like_heading,
}
NAMES = list(FAST)


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=800, deadline=None)
@given(line)
def test_fast_line_test_is_the_plain_one(name: str, text: str) -> None:
    assert FAST[name](text) == getattr(reference, name)(text)


def test_every_code_point_alone_and_around_a_word() -> None:
    """Each character as a line's first and last, where the fast paths look."""
    codes = [*range(0x800), *range(0xE00, 0xE80), *range(0x2000, 0x2070), *range(0x3000, 0x3100)]
    for char in map(chr, [*codes, 0xFF01, 0xFF1F, 0xAC00, 0x4E00]):
        for text in (char, char + "word", "word" + char, char + " a", "It" + char, char + "y" * 24):
            for name in NAMES:
                assert FAST[name](text) == getattr(reference, name)(text), (name, text)


LINE_STARTS = ["- ", "1. ", "a) ", "b)", "(i) ", "• ", "    ", "\t", "  ", "", "", "", "٣. "]
list_lines = st.lists(
    st.tuples(st.sampled_from(LINE_STARTS), st.sampled_from(["", "Word", "and so.", "x = 1"])).map(
        "".join
    ),
    max_size=10,
)


@settings(max_examples=500, deadline=None)
@given(list_lines, st.one_of(st.none(), st.integers(4, 40)), st.booleans())
def test_items_and_code_as_first_written(lines: list[str], width: int | None, markup: bool) -> None:
    structure = unwrap_kinds.classify_structure(lines, [False] * len(lines))
    kinds, width_counts = unwrap_kinds.items_and_code(lines, structure, width, markup=markup)
    expected = list(structure)
    reference.mark_items_and_code(lines, expected, width, markup)
    assert kinds == expected
    if not width_counts:  # The same kinds at any other width.
        assert unwrap_kinds.with_items(lines, structure, 7, markup=markup) == kinds
