"""unwrap's shortcuts read an indented line (an RFC indents every line) as the full rule
does: the plain paragraph, the plain join, the one-walk verse verdict and the wrap sample
(cleaner/passes/unwrap/fast.py, plain.py, width.py)."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.passes.unwrap import blocks as unwrap_blocks
from cleaner.passes.unwrap import width as unwrap_width
from cleaner.passes.unwrap.document import Document
from cleaner.passes.unwrap.kinds import Kind
from tests.passes.test_fast_paths import _full_unwrap_block, wrapped_prose
from tests.passes.test_unwrap_plain import _one_walk, _two_walks

REPO = Path(__file__).resolve().parent.parent.parent

# What may indent a line: spaces mostly, a tab or a no-break space now and then (read by
# the full rule only).
INDENTS = st.sampled_from(["", " ", "  ", "   ", "   ", "    ", "\t", "\u00a0", " \u00a0"])


@st.composite
def indented_prose(draw: st.DrawFn) -> tuple[list[tuple[str, Kind]], int]:
    """wrapped_prose with its lines indented: all alike (an RFC's three spaces) or each its own."""
    block, width = draw(wrapped_prose())
    if draw(st.booleans()):
        indent = draw(INDENTS)
        indents = [indent] * len(block)
    else:
        indents = [draw(INDENTS) for _ in block]
    return [(indent + line, kind) for indent, (line, kind) in zip(indents, block, strict=True)], (
        width + len(indents[0])
    )


RFC_PARAGRAPH = [
    ("   The SNMP models all management agent functions as alterations or", Kind.PROSE),
    ("   inspections of variables. Thus, a protocol entity on a logically", Kind.PROSE),
    ("   Remote host (possibly the network element itself) interacts with the", Kind.PROSE),
    ("   management agent.", Kind.PROSE),
]


@settings(max_examples=1000, deadline=None)
@given(indented_prose(), st.booleans(), st.booleans(), st.booleans())
@example((RFC_PARAGRAPH, 72), False, True, False)
def test_indented_plain_joins_are_what_the_full_rule_joins(
    prose, first_word_mode, dehyphenate, paragraph_gaps
) -> None:
    block, width = prose
    document = Document(
        width, first_word_mode, dehyphenate, True, "the word", paragraph_gaps=paragraph_gaps
    )
    assert unwrap_blocks.unwrap_block(block, document) == _full_unwrap_block(block, document)


def test_an_rfc_paragraph_is_one_plain_paragraph() -> None:
    lines = tuple(line for line, _ in RFC_PARAGRAPH)
    document = Document(72, False, True, True, "")
    joined = _one_walk(lines, document)
    assert joined is not None and joined.startswith("   The SNMP") and "\n" not in joined
    assert joined == _two_walks(lines, document)


@settings(max_examples=1000, deadline=None)
@given(indented_prose(), st.integers(-8, 8), st.booleans())
def test_indented_one_walk_is_the_verse_verdict_then_the_plain_paragraph(
    prose, near: int, paragraph_gaps: bool
) -> None:
    block, width = prose
    lines = tuple(line for line, _ in block)
    if len(lines) < 2:
        return
    document = Document(max(1, width + near), False, True, True, "", paragraph_gaps=paragraph_gaps)
    assert _one_walk(lines, document) == _two_walks(lines, document)


def _samples(lines: list[str], kinds: list[Kind]) -> tuple[list, list, list]:
    wrapped: list[tuple[int, int]] = []
    others: list[int] = []
    lone = [0, 0]
    unwrap_width.sample_wraps(lines, kinds, wrapped, others, lone)
    return wrapped, others, lone


@settings(max_examples=1000, deadline=None)
@given(st.lists(indented_prose(), min_size=1, max_size=3))
def test_indented_lines_sample_the_wrap_as_the_full_reading_does(proses) -> None:
    lines: list[str] = []
    kinds: list[Kind] = []
    for block, _ in proses:
        lines += [line for line, _ in block] + [""]
        kinds += [kind for _, kind in block] + [Kind.BLANK]
    read_past = _samples(lines, kinds)
    # Before: an indented line below was always asked (next_line_start(" ") is ASKED).
    with mock.patch.object(unwrap_width, "_first_letter_or_digit", lambda line: " "):
        assert read_past == _samples(lines, kinds)


@settings(max_examples=300, deadline=None)
@given(indented_prose(), st.booleans(), st.booleans())
def test_a_block_of_kept_lines_is_laid_out_as_its_units_are(prose, markup, first_word_mode) -> None:
    block = [(line, Kind.KEPT) for line, _ in prose[0]]
    document = Document(prose[1], first_word_mode, True, True, "", markup=markup)
    assert unwrap_blocks.unwrap_block(block, document) == unwrap_blocks._joined_units(
        block, document
    )


def test_an_indented_paragraph_under_a_label_stays_apart_on_the_fast_paths() -> None:
    # RFC 2924 (bench/data/rfc, committed): the fast paths read indented lines since
    # rfcuw-26; the label above an indented paragraph (rfcq-26's rule in _continues) must
    # stay apart there too (merged without it, the label and the paragraph were one line).
    lines = (REPO / "bench" / "data" / "rfc" / "rfc2924.txt").read_text().splitlines()
    out = cleaner.clean("\n".join(lines[959:1000]) + "\n")
    assert "<!ELEMENT Amount (#PCDATA)>\n" in out
    assert "Identifies a numeric value. Expressed using the period" in out
