"""``unwrap``'s searches of a whole text find the lines that a test of every line finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.passes.plaintext import is_contents_line
from cleaner.passes.unwrap import blocks as unwrap_blocks
from cleaner.passes.unwrap import boundaries
from cleaner.passes.unwrap import fast as unwrap_fast
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


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=12),
    st.sampled_from([chr(c) for c in range(128)]),
    st.text(max_size=8),
    st.integers(1, 3),
    st.integers(-40, 40).filter(bool),
)
def test_unwrap_a_line_starting_in_ascii_never_joins_as_full_cjk(
    end: str, first: str, rest: str, line_count: int, width: int
) -> None:
    """``_joined_units`` asks ``_joins_full_cjk`` only of a line whose first character is
    beyond ASCII: no ASCII start (a capital, a digit, a space, punctuation) joins so."""
    unit = unwrap_blocks._Unit(Kind.PROSE, [end], end, line_count)
    assert not unwrap_blocks._joins_full_cjk(unit, first + rest, width)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aZ.;,“”1 \t", "天", "ก"]), max_size=30))
def test_unwrap_lone_word_verdicts_cached_are_the_verdicts_anew(line: str) -> None:
    """``is_lone_word`` asked again (its token's verdict cached) says what it first said,
    and what the rule says of the token."""
    token = line.strip()
    short = len(token) <= boundaries.MAX_LONE_WORD and " " not in token
    expected = short and boundaries._is_lone_token.__wrapped__(token)
    assert boundaries.is_lone_word(line) is expected
    assert boundaries.is_lone_word(line) is expected  # (from the cache)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \tab", max_size=10), st.text(alphabet=" \tab", max_size=10))
def test_unwrap_no_indent_steps_between_lines_not_starting_with_a_space(
    last: str, line: str
) -> None:
    """``_joined_units`` asks ``steps_indent`` only where a line starts with a space."""
    if last[:1] != " " and line[:1] != " ":
        assert not unwrap_fast.steps_indent(last, line)


# Lines that are a signature separator and lines that almost are.
SEPARATOR_LINES = ["--", "-- ", "---", "-- x", "a --", "", "word", " --"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SEPARATOR_LINES), max_size=6))
@example(["--", "word"])  # the first line a separator
@example(["word", "-- "])
def test_unwrap_signature_found_without_a_copy_is_found_after_a_line_feed(
    lines: list[str],
) -> None:
    """``structure_and_signature`` finds a separator on the first line too: the same as a
    search of the lines joined after a line feed (fence-free lines)."""
    expected = unwrap_kinds.SIGNATURE_LINE_RE.search("\n" + "\n".join(lines)) is not None
    assert unwrap_kinds.structure_and_signature(lines, [False] * len(lines))[1] is expected
