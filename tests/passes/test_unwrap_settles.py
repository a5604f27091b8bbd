"""One run of ``unwrap`` reaches the fixed point where the next run would read its output
otherwise (issue 13): a paragraph of short lines it joins on one line that fills the width
the output shows, before a block going on in lower case (which the next run mends as a
paragraph cut at a blank line), and an output that shows a width this run judged by
neither (a block kept as verse at one width joined at another).
"""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import clean
from cleaner.passes.unwrap import explain_unwrap, unwrap_paragraphs
from tests.test_idempotence_furniture import QUICK, WORDS

# A block unwrap keeps line for line (a heading over two lines that go on in lower case):
# its lines show the output a wrap width, the one the next run judges by.
KEPT = "Comments\nharbour river paper winter garden\nharbour farmer budget student\n"
# Minimized from derandomized draws of tests/test_offsets.documents() and
# tests/test_idempotence_furniture.wrapped_documents() a second run changed.
JOINED_FILLS_THE_OUTPUT_WIDTH = (
    "harbour river paper winter\nComments\n\ngarden harbour farmer budget\n\n" + KEPT
)
JOINED_FILLS_THE_SAME_WIDTH = (
    'river captain\n"station\n&question teacher\n&paper "summer\n\n'
    "harbour éwinter \"ministerstudentégarden council'window .morning\n"
    'écountry .farmer evening\n"company\n'
)
JOINED_IN_A_DOCUMENT_OF_NO_WIDTH = (
    "soldier &summer-\nminister student\n\npaper\n\n"
    ".history éwindow 'captain\n'garden ,station\nletter\n"
)
HYPHEN_AT_THE_OUTPUT_WIDTH = (
    '"family\nériver\n,answer\n\nShare this:\n"teacher \'budget\n"company farmer\n'
    ",letter .minister \"morning station-\néharbour\n'captain\n'student\n\n"
    ".paper mountain\ncouncil\n"
)
# Lines of libxt-dev's changelog.gz (libXt's git log, Debian's libxt-dev 1:1.2.1), minimized
# from bench/bench_second_run.py's one changed document: kept as verse at 84 and 78 columns,
# the block of ``Uses malloc`` joined leaves an output of 68, at which ``Expanded`` breaks.
CHANGELOG = (
    "    As noted in Initialize.c, _XtInherit needs special treatment as it's both called\n"
    "    problems with an incorrect relocation being calculated in the case where libXt\n"
    "\n"
    "    Expanded from original Sun test case for Solaris bug 4163152.\n"
    "    Verified that with commit 16d9941f3aa38 reverted, this test case\n"
    "    fails on amd64, with it present, this test case passes.\n"
    "\n"
    "    Uses malloc debugging flags for various platforms to try to catch errors\n"
    "    with uninitialized memory (such as the recently fixed failure to terminate\n"
    "    Requires xorg-macros 1.13 for XORG_ENABLE_UNIT_TESTS and XORG_WITH_GLIB.\n"
)
SETTLED = (
    JOINED_FILLS_THE_OUTPUT_WIDTH,
    JOINED_FILLS_THE_SAME_WIDTH,
    JOINED_IN_A_DOCUMENT_OF_NO_WIDTH,
    HYPHEN_AT_THE_OUTPUT_WIDTH,
    CHANGELOG,
)


@st.composite
def short_paragraphs_and_a_kept_block(draw: st.DrawFn) -> str:
    """Paragraphs of short lines, each no longer joined than a drawn width, and a block
    kept line for line whose lines, wrapped at that width, go on in lower case."""
    width = draw(st.integers(25, 40))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=8, max_size=14))
    heading = draw(st.sampled_from(("Comments", "Notes", "Summer")))
    lines: list[str] = []
    for _ in range(draw(st.integers(2, 4))):
        paragraph: list[str] = []
        for word in draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8)):
            if len(" ".join([*paragraph, word])) > width:
                break
            paragraph.append(word)
        lines += [*textwrap.wrap(" ".join(paragraph), draw(st.integers(8, 16))), ""]
    at = draw(st.integers(0, len(lines)))
    lines[at:at] = [heading, *textwrap.wrap(" ".join(words), width), ""]
    return "\n".join(lines) + "\n"


@QUICK
@given(short_paragraphs_and_a_kept_block())
@example(JOINED_FILLS_THE_OUTPUT_WIDTH)
@example(
    "market farmer\nharbour doctor\n\nanswer station\npaper teacher\nComments\n"
    "answer station paper teacher river\nriver river river\n\n"
)
def test_a_second_run_changes_nothing_after_short_paragraphs(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@pytest.mark.parametrize("text", SETTLED)
def test_unwrap_settles_in_one_run(text: str) -> None:
    """The pass alone, and the pipeline: each of these a second run changed."""
    once = unwrap_paragraphs(text)
    assert unwrap_paragraphs(once) == once
    cleaned = clean(text)
    assert clean(cleaned) == cleaned


def test_a_joined_paragraph_that_fills_the_output_width_is_mended_in_the_first_run() -> None:
    """The next run reads ``... winter Comments`` (35 columns, the width the kept block
    shows) as a line cut at the blank line before ``garden``: the first run joins them."""
    assert unwrap_paragraphs(JOINED_FILLS_THE_OUTPUT_WIDTH) == (
        "harbour river paper winter Comments garden harbour farmer budget\n\n" + KEPT
    )


def test_a_commit_message_is_joined_at_the_width_its_output_shows() -> None:
    out = unwrap_paragraphs(CHANGELOG)
    assert (
        "    Expanded from original Sun test case for Solaris bug 4163152. Verified that with"
        " commit 16d9941f3aa38 reverted, this test case fails on amd64, with it present,"
        " this test case passes.\n" in out
    )


def _verse_noted(text: str) -> int:
    """The blocks of verse ``explain_unwrap`` says the pass kept line for line in ``text``."""
    notes = explain_unwrap(text, unwrap_paragraphs(text))
    counts = [int(found[1]) for n in notes if (found := re.match(r"(\d+) blocks of verse", n))]
    return counts[0] if counts else 0


def _kept_line_for_line(text: str) -> int:
    """The blocks of two or more lines in the pass's output (a text of prose words only)."""
    return sum("\n" in block for block in unwrap_paragraphs(text).strip("\n").split("\n\n"))


@pytest.mark.parametrize("text", SETTLED)
def test_explain_counts_the_blocks_the_output_keeps(text: str) -> None:
    """``cleaner explain`` tells what ``clean`` did: where the pass unwrapped its output
    again, the blocks the last round kept line for line (before: the first round's, one
    block each in JOINED_FILLS_THE_SAME_WIDTH and CHANGELOG that the output joins)."""
    assert _verse_noted(text) == _kept_line_for_line(text)


@QUICK
@given(short_paragraphs_and_a_kept_block())
@example(  # (a block kept as verse, mended with the paragraph cut before it: none kept)
    "Summer\nbudget paper summer minister mountain\ngarden student minister letter\n\n"
    "budget farmer\nquestion\nstation\nmountain\n\nharbour window\n\n"
    "teacher\nsoldier\nvillage\nminister\n\n"
)
def test_explain_counts_the_blocks_kept_line_for_line(text: str) -> None:
    assert _verse_noted(text) == _kept_line_for_line(text)


def test_explain_says_the_output_was_unwrapped_again() -> None:
    notes = explain_unwrap(CHANGELOG, unwrap_paragraphs(CHANGELOG))
    assert notes[:2] == [
        "wrap width estimated at 84 columns",
        "output unwrapped again, as the next run would read it: wrap width 68 columns",
    ]
