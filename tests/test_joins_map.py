"""An unwrap step's map kept as its joins' positions (cleaner/joins_map.py), and the walk
that finds them a stretch of text at a time (align_compact), give the blocks, offsets and
changes of the step's block-by-block map (align, StepMap.of), spans in any order."""

from __future__ import annotations

import textwrap
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import clean_and_explain
from cleaner.align import align
from cleaner.align import joins as joins_module
from cleaner.align.blocks import JoinedRun, expanded
from cleaner.align.walk import align_compact
from cleaner.classify import classify
from cleaner.joins_map import JoinsStepMap
from cleaner.offsets import OffsetMap, StepMap, carry_spans
from cleaner.passes.unwrap import unwrap_paragraphs
from tests.test_align import QUICK
from tests.test_crlf_map import spans

# Words short and long, one-letter ones, a hyphen at a line's end, Chinese.
WORDS = ("river", "council", "agreed", "a", "I", "The", "budget", "inter-", "national", "x", "-")
WORDS += ("\u6cb3\u6d41", "")
# What a blank line between paragraphs becomes in a made-up ``after`` (and the text's end).
PARAGRAPH_GAPS = ("\n\n", "\n\n", "\n\n", "\n", "\n\n\n", " ")
# What a line break of ``before`` becomes in a made-up ``after``.
BREAK_BECOMES = (*" " * 12, "\n", "\n\n", "", "\u00a0")
# Small sizes, so that short texts go through the checks in bulk and their stretches.
SMALL = {"JOIN_CHUNK": 16, "JOIN_AHEAD": 4, "JOIN_TRIALS": 10**6}


@st.composite
def joined_steps(draw: st.DrawFn) -> tuple[str, str]:
    """Hard-wrapped paragraphs (lines of zero to eight words: short and long ones, one-letter
    ones first, hyphens at the end, Chinese) and either ``unwrap``'s output or the lines
    of each paragraph joined by spaces, some breaks kept, doubled, removed or another
    character, and some blank lines between paragraphs removed or doubled."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 6))):
        lines = draw(st.lists(st.lists(st.sampled_from(WORDS), max_size=8), min_size=1))
        paragraphs.append([" ".join(words) for words in lines])
    before = "\n\n".join("\n".join(lines) for lines in paragraphs) + "\n"
    if draw(st.booleans()):
        return before, unwrap_paragraphs(before)
    after = []
    for lines in paragraphs:
        joined = lines[0]
        for line in lines[1:]:
            joined += draw(st.sampled_from(BREAK_BECOMES)) + line
        after.append(joined)
    gaps = [draw(st.sampled_from(PARAGRAPH_GAPS)) for _ in after]
    return before, "".join(map("".join, zip(after, gaps, strict=True)))


@pytest.mark.parametrize("sizes", [{"JOIN_CHUNK": 512}, SMALL], ids=["default", "small"])
@QUICK
@given(joined_steps(), spans())
def test_joins_map_is_the_block_map(sizes: dict, step: tuple[str, str], found: list) -> None:
    before, after = step
    with mock.patch.multiple(joins_module, **sizes):
        parts = align_compact(before, after)
        joins = JoinsStepMap("unwrap", before, after)
    whole = StepMap.of("unwrap", before, after)
    assert expanded(parts) == align(before, after)
    assert joins.blocks == whole.blocks
    for backward in (False, True):
        assert carry_spans(found, [joins], backward=backward) == carry_spans(
            found, [whole], backward=backward
        )
    fast, slow = OffsetMap((joins,)), OffsetMap((whole,))  # (offsets._carried_span)
    assert [fast.source_span(*span) for span in found] == [
        slow.source_span(*span) for span in found
    ]
    assert [fast.output_span(*span) for span in found] == [
        slow.output_span(*span) for span in found
    ]
    for offset in range(len(before) + 1):
        assert joins.kept(offset) == whole.kept(offset)
        assert joins.to_after(offset) == whole.to_after(offset)
    for offset in range(len(after) + 1):
        assert joins.to_before(offset) == whole.to_before(offset)
        assert joins.to_before(offset, end=True) == whole.to_before(offset, end=True)
    changed = [block for block in whole.blocks if not block[4]]
    assert joins.pieces({}) == classify("unwrap", before, after, changed, {})


def test_a_hard_wrapped_text_is_mapped_by_its_joins() -> None:
    sentence = "The council met on Tuesday and agreed on most of the budget for the year. "
    paragraph = textwrap.fill(sentence * 4, 60)
    text = f"{paragraph}\n\n{paragraph}\n"
    result = clean_and_explain(text)
    joined = paragraph.replace("\n", " ")
    assert result.text == f"{joined}\n\n{joined}\n"
    (step,) = result.offset_map.steps
    assert isinstance(step, JoinsStepMap)
    breaks = [k for k, char in enumerate(text) if char == "\n" and result.text[k] == " "]
    assert step.replaced == breaks  # (8 joins)
    assert len(step.offsets.blocks) == 1  # all of it: a join moves no offset
    start = result.text.index("budget", 300)
    assert result.source_span(start, start + 6) == (start, start + 6)
    assert [change.rule for change in result.changes()] == ["unwrap.line-join"] * 8


def test_joins_in_bulk_past_paragraph_ends() -> None:
    """Past a kept line break (a paragraph's end) the walk's joins are found a stretch at a
    time, over several paragraphs; a blank line removed, a line that starts with a
    one-letter word (``one_replaced`` does not take its break) and short lines are left
    to the walk."""
    paragraph = "\n".join(["The council met on Tuesday and agreed on most"] * 12)
    before = "\n\n".join([paragraph] * 4) + "\na line\nshort\nend of it all.\n"
    after = "\n\n".join([paragraph.replace("\n", " ")] * 3) + "\n"
    after += paragraph.replace("\n", " ") + " a line short end of it all.\n"
    parts = align_compact(before, after)
    blocks = align(before, after)
    assert expanded(parts) == blocks
    assert sum(not block[4] for block in blocks) == 48  # 47 joins, a blank line removed
    # The first paragraph's first join is the walk's; the run goes on over two paragraph
    # ends (11 + 11 + 10 joins), to the blank line removed; then the last paragraph.
    assert [len(part.breaks) for part in parts if type(part) is JoinedRun] == [32, 10]


def test_a_chinese_text_keeps_its_block_map() -> None:
    """Chinese lines are joined with no space: no character is replaced, nothing merges,
    and the step keeps the block map (the same changes, the same offsets)."""
    line = "\u6cb3\u6d41\u5f88\u957f" * 10
    result = clean_and_explain(f"{line}\n{line}\n\u6cb3\u6d41\u3002\n")
    (step,) = result.offset_map.steps
    assert type(step) is StepMap
    assert [change.rule for change in result.changes()] == ["unwrap.line-join"] * 2
    assert result.source_span(40, 44) == (41, 45)  # the second line's first characters
