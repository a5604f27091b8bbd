"""A CRLF step's map kept as the CRs' positions (cleaner/crlf_map.py) gives the offsets and
the changes of the step's block-by-block map (StepMap.of), spans in any order included."""

from __future__ import annotations

import pytest
from ftfy.chardata import LIGATURES
from hypothesis import given
from hypothesis import strategies as st

from cleaner import clean_and_explain
from cleaner.classify import SIMPLE_QUOTES, classify
from cleaner.crlf_map import SIMPLE_QUOTES as QUICK_QUOTES
from cleaner.crlf_map import CrlfStepMap, crlf_step_map, replaced_step_map
from cleaner.offsets import OffsetMap, StepMap, carry_spans
from tests.test_align import QUICK

WORDS = ("river", "a", "I", "The", "budget", "", " ", "x", "&", "&amp", "#")
QUOTES = ("", "", "\u2019", "\u201c", "\u201d", "\u2018\u201c", "'")
LINE_ENDS = ("\r\n", "\r\n", "\r\n", "\n", " ", "\r\n\r\n")
STRAIGHT = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")
# A step that only uncurled quotes: every quote ftfy's uncurl_quotes straightens, the
# modifier letter apostrophe (not one classify's quick look tells) among them.
ALL_QUOTES = ("", "", "\u2019", "\u201c\u201d", "\u201a\u201b\u201e\u201f", "\u02bc", "'", "\u2018")
ALL_STRAIGHT = str.maketrans(
    "\u2018\u2019\u201a\u201b\u02bc\u201c\u201d\u201e\u201f", "'''''\"\"\"\""
)


@st.composite
def crlf_steps(draw: st.DrawFn) -> tuple[str, str]:
    """A text with CRLFs (and a few LFs) and curly quotes, and maybe lone CRs and other
    line breaks, and what ``encoding`` makes of it: every CRLF LF, every curly quote
    straight, every other line break LF."""
    ends = LINE_ENDS + (("\r", "\x0c", "\r\r\n", "\u2028") if draw(st.booleans()) else ())
    pieces = ["\r\n"] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0, 20))):
        pieces += [draw(st.sampled_from(QUOTES)), draw(st.sampled_from(WORDS))]
        pieces += [draw(st.sampled_from(QUOTES)), draw(st.sampled_from(ends))]
    before = "".join(pieces) + draw(st.sampled_from(("\r\n", "\r\nend", "\r\n\u201c")))
    after = before.replace("\r\n", "\n").replace("\r", "\n").translate(STRAIGHT)
    return before, after.replace("\x0c", "\n").replace("\u2028", "\n")


@st.composite
def spans(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Spans in any order, some empty, some past the end of a text of ~100 characters."""
    pairs = draw(st.lists(st.tuples(st.integers(0, 140), st.integers(0, 9)), max_size=40))
    return [(start, start + width) for start, width in pairs]


@QUICK
@given(crlf_steps(), spans())
def test_crlf_map_carries_spans_as_the_blocks_do(step: tuple[str, str], found: list) -> None:
    before, after = step
    crlf, whole = crlf_step_map(before, after), StepMap.of("encoding", before, after)
    assert isinstance(crlf, CrlfStepMap)
    for backward in (False, True):
        assert carry_spans(found, [crlf], backward=backward) == carry_spans(
            found, [whole], backward=backward
        )
    fast, slow = OffsetMap((crlf,)), OffsetMap((whole,))  # (offsets._carried_span)
    assert [fast.source_span(*span) for span in found] == [
        slow.source_span(*span) for span in found
    ]
    assert [fast.output_span(*span) for span in found] == [
        slow.output_span(*span) for span in found
    ]
    assert crlf.blocks == whole.blocks  # (made when asked for)


@st.composite
def joins(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Spans in any order, seven in eight one character long or more (a novel's joins,
    carried back across its CRs by their starts alone), the others points or wider."""
    found = draw(st.lists(st.integers(0, 140), min_size=8, max_size=40))
    spans = [(start, start + 1) for start in found]
    for _ in range(len(spans) // 8):
        start, width = draw(st.integers(0, 140)), draw(st.sampled_from((0, 0, 2, 9)))
        spans[draw(st.integers(0, len(spans) - 1))] = (start, start + width)
    return spans


@QUICK
@given(crlf_steps(), joins())
def test_spans_of_one_character_are_carried_back_as_the_blocks_do(
    step: tuple[str, str], found: list
) -> None:
    before, after = step
    crlf, whole = crlf_step_map(before, after), StepMap.of("encoding", before, after)
    assert isinstance(crlf, CrlfStepMap)
    assert carry_spans(found, [crlf], backward=True) == carry_spans(found, [whole], backward=True)


@QUICK
@given(crlf_steps())
def test_crlf_map_changes_and_rules_are_the_blocks(step: tuple[str, str]) -> None:
    before, after = step
    crlf = crlf_step_map(before, after)
    changed = [block for block in StepMap.of("encoding", before, after).blocks if not block[4]]
    for options in ({}, {"uncurl_quotes": False}):
        assert crlf.pieces(options) == classify("encoding", before, after, changed, options)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("a\nb\n", "a\nb\n"),  # no CRLF
        ("o\ufb03ce\r\n", "office\n"),  # a ligature: the text gets longer
        ("caf\u00c3\u00a9\r\n", "caf\u00e9\n"),  # mojibake repaired
        ("a\u2019 b\r\n", "a' b\r\n"),  # a CR kept
    ],
)
def test_other_steps_keep_their_blocks(before: str, after: str) -> None:
    assert crlf_step_map(before, after) is None


def test_a_crlf_text_is_mapped_by_its_crs() -> None:
    result = clean_and_explain("The \u201cend\u201d.\r\n\r\nOf it.\r\n")
    assert result.text == 'The "end".\n\nOf it.\n'
    (step,) = result.offset_map.steps
    assert isinstance(step, CrlfStepMap)
    assert (step.crs, step.lfs) == ([10, 12, 20], [10, 11, 18])
    assert result.source_span(12, 14) == (14, 16)  # "Of"
    assert [change.rule for change in result.changes()] == [
        *["encoding.uncurl_quotes"] * 2,
        *["encoding.fix_line_breaks"] * 3,
    ]


@st.composite
def replaced_steps(draw: st.DrawFn) -> tuple[str, str]:
    """A text with curly quotes, and with ``ligatures`` Latin ligatures and line breaks
    other than LF (a form feed, a lone CR), with no CRLF; and what ``encoding`` makes of
    it when that is all it repairs: every curly quote straight, every ligature its
    letters, every line break LF."""
    ligatures = draw(st.booleans())
    between = ("\n", " ", "", *(("\ufb01", "\ufb03", "\x0c", "\r", "\u2028") if ligatures else ()))
    pieces = []
    for _ in range(draw(st.integers(1, 20))):
        pieces += [draw(st.sampled_from(ALL_QUOTES)), draw(st.sampled_from(WORDS))]
        pieces += [draw(st.sampled_from(ALL_QUOTES)), draw(st.sampled_from(between))]
    before = "".join(pieces) + draw(st.sampled_from(("", "\n", "\u201c")))
    before = before.replace("\r\n", "\r \n")
    after = before.translate(ALL_STRAIGHT).translate(LIGATURES)
    return before, after.replace("\r", "\n").replace("\x0c", "\n").replace("\u2028", "\n")


@QUICK
@given(replaced_steps(), spans())
def test_replaced_map_carries_spans_and_tells_changes_as_the_blocks_do(
    step: tuple[str, str], found: list
) -> None:
    before, after = step
    quotes, whole = replaced_step_map(before, after), StepMap.of("encoding", before, after)
    if before == after:
        assert quotes is None
        return
    assert isinstance(quotes, CrlfStepMap)
    assert not quotes.crs
    for backward in (False, True):
        assert carry_spans(found, [quotes], backward=backward) == carry_spans(
            found, [whole], backward=backward
        )
    fast, slow = OffsetMap((quotes,)), OffsetMap((whole,))  # (offsets._carried_span)
    assert [fast.source_span(*span) for span in found] == [
        slow.source_span(*span) for span in found
    ]
    assert [fast.output_span(*span) for span in found] == [
        slow.output_span(*span) for span in found
    ]
    changed = [block for block in whole.blocks if not block[4]]
    for options in ({}, {"uncurl_quotes": False}, {"fix_latin_ligatures": False}):
        assert quotes.pieces(options) == classify("encoding", before, after, changed, options)
    assert quotes.blocks == whole.blocks  # (made when asked for)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("a\u2019b", "a\u2019b"),  # nothing changed
        ("\u201ca\u201d", '"a\u201d'),  # a quote left curly
        ("\u201co\ufb03ce\u201d", '"o\ufb03ce"'),  # a ligature kept (align_repaired walks it)
        ("a\u2019\r\nb", "a'\r\nb"),  # a CRLF (crlf_step_map's, or the blocks')
        ("caf\u00c3\u00a9 \u2019", "caf\u00e9 '"),  # mojibake repaired
    ],
)
def test_other_steps_are_not_replacements_alone(before: str, after: str) -> None:
    assert replaced_step_map(before, after) is None


def test_a_pdf_text_is_mapped_by_its_ligatures_and_runs_of_several_quotes() -> None:
    result = clean_and_explain("The \u201cof\ufb01ce\u201d.\x0cIt \ufb02ows.\n")
    assert result.text == 'The "office".\nIt flows.\n'
    (step,) = result.offset_map.steps
    assert isinstance(step, CrlfStepMap)
    assert [tuple(b) for b in step.quotes.blocks if not b.equal] == [
        (7, 8, 7, 9, False),
        (16, 17, 17, 19, False),
    ]
    assert result.source_span(17, 22) == (16, 20)  # "flows"
    assert result.source_span(18, 22) == (16, 20)  # "lows": the ligature whole
    assert [change.rule for change in result.changes()] == [
        "encoding.uncurl_quotes",
        "encoding.fix_latin_ligatures",
        "encoding.uncurl_quotes",
        "encoding.fix_line_breaks",
        "encoding.fix_latin_ligatures",
    ]


def test_a_text_with_quotes_alone_is_mapped_by_its_runs_of_several() -> None:
    result = clean_and_explain("The \u201cend\u201d. \u2018\u201cOf\u201d\u2019 it.\n")
    assert result.text == 'The "end". \'"Of"\' it.\n'
    (step,) = result.offset_map.steps
    assert isinstance(step, CrlfStepMap)
    assert (step.crs, [tuple(b) for b in step.quotes.blocks if not b.equal]) == (
        [],
        [(11, 13, 11, 13, False), (15, 17, 15, 17, False)],
    )
    assert result.source_span(13, 15) == (13, 15)  # "Of"
    assert result.source_span(12, 15) == (11, 15)  # a quote of a run of two: the whole run
    assert [change.rule for change in result.changes()] == ["encoding.uncurl_quotes"] * 4


def test_the_quick_quotes_are_classify_s() -> None:
    assert frozenset(SIMPLE_QUOTES) == QUICK_QUOTES


def test_a_crlf_text_with_lone_crs_is_mapped_by_its_crs() -> None:
    result = clean_and_explain("A law.\r\rThe \u2018end\u2019.\r\nOf it.\r\n")
    assert result.text == "A law.\n\nThe 'end'.\nOf it.\n"
    steps = [step for step in result.offset_map.steps if isinstance(step, CrlfStepMap)]
    assert [step.crs for step in steps] == [[18, 26]]
    assert result.source_span(8, 11) == (8, 11)  # "The"
    assert [change.rule for change in result.changes() if change.pass_name == "encoding"] == [
        *["encoding.fix_line_breaks"] * 2,
        *["encoding.uncurl_quotes"] * 2,
        *["encoding.fix_line_breaks"] * 2,
    ]
