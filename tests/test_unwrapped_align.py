"""An ``unwrap`` step aligned by its lines (cleaner/align/unwrapped.py): a valid alignment
of any two texts, each line break its own change, the walk's blocks where the walk finds
each line break apart (every fixture but two; the speed layouts, tools/changes_digests.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import clean_and_explain
from cleaner.align.blocks import expanded
from cleaner.align.unwrapped import align_unwrapped
from cleaner.align.walk import align_compact
from tests.test_align import QUICK, first_words_alone, wrapped_first_words_alone
from tests.test_joins_map import joined_steps
from tests.test_offsets import assert_valid_alignment

FIXTURES = sorted(Path(__file__).resolve().parent.parent.glob("fixtures/*/input.txt"))
# Fixtures whose unwrap step the walk aligns otherwise (see the table below).
WALKED_OTHERWISE = {"pages-rfc-right-aligned-page-numbers", "unwrap-title-before-first-word"}


def changes(before: str, after: str) -> list[tuple[str, str]]:
    """The changes of ``align_unwrapped``'s blocks, as the texts they replace."""
    blocks = expanded(align_unwrapped(before, after))
    assert_valid_alignment(before, after, blocks)
    return [(before[b.i1 : b.i2], after[b.j1 : b.j2]) for b in blocks if not b.equal]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        # Lines joined by spaces; a paragraph's end kept.
        ("a b\nc d\n\ne\nf\n", "a b c d\n\ne f\n", [("\n", " "), ("\n", " ")]),
        # A first word moved onto the line before: a blank line put in, its break a space.
        ("end.\nThe\nrest\n", "end.\n\nThe rest\n", [("", "\n"), ("\n", " ")]),
        # A hyphen joined, and one kept.
        ("inter-\nnational Nord-\nSüd\n", "international Nord-Süd\n", [("-\n", ""), ("\n", "")]),
        # Indentation: all but its last space go with the line break; ideographic spaces all.
        ("from\n   the use\n", "from the use\n", [("\n  ", "")]),
        ("云云．\n\u3000\u3000此回\n", "云云．此回\n", [("\n\u3000\u3000", "")]),
        # A blank line taken out.
        ("a\n\nb\n", "a\nb\n", [("\n", "")]),
        # A title kept above a first word moved (the walk: the word deleted, then inserted).
        (
            "Title\nQuantum\nfield theory\n",
            "Title\n\nQuantum field theory\n",
            [("", "\n"), ("\n", " ")],
        ),
        # Nothing read off the lines (a soft hyphen went): the walk's changes.
        ("ab\u00adc\nd\n", "abc d\n", [("\u00ad", ""), ("\n", " ")]),
        # Nothing changed.
        ("a\nb\n", "a\nb\n", []),
    ],
)
def test_changes_read_off_the_lines(before: str, after: str, expected: list) -> None:
    assert changes(before, after) == expected


@QUICK
@given(st.text("ab \n-\u3000", max_size=40), st.text("ab \n-\u3000", max_size=40))
def test_any_two_texts_align(before: str, after: str) -> None:
    changes(before, after)


@QUICK
@given(st.one_of(joined_steps(), first_words_alone(), wrapped_first_words_alone()))
def test_joined_steps_align(step: tuple[str, str]) -> None:
    changes(*step)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.parent.name)
def test_fixtures_as_the_walk(path: Path) -> None:
    """Every fixture's unwrap step: a valid alignment, the walk's but for two, where the
    walk merges changes (and moves a word) that the lines keep apart."""
    for step in clean_and_explain(path.read_text("utf-8")).steps:
        if step.name == "unwrap":
            walked = expanded(align_compact(step.before, step.after))
            read = expanded(align_unwrapped(step.before, step.after))
            assert_valid_alignment(step.before, step.after, read)
            assert (read == walked) is (path.parent.name not in WALKED_OTHERWISE)
