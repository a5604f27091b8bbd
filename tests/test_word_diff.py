"""``diff --words``: read off the passes' kept runs, every change shown, none invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from cleaner import clean_and_explain
from cleaner.diffs import _between, _trimmed, _widened, word_diff
from tests.test_fixtures import CASES, case_config, read_exact
from tests.test_offsets import documents
from tests.test_properties import TEXTS

QUICK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_kept_runs_valid(before: str, after: str, runs: list) -> None:
    """Runs in order on both sides, each the same text on both."""
    i = j = 0
    for i1, i2, j1, j2 in runs:
        assert i1 >= i and j1 >= j and i2 - i1 == j2 - j1 > 0
        assert before[i1:i2] == after[j1:j2]
        i, j = i2, j2


def assert_changes_rebuild(before: str, after: str, changes: list) -> None:
    """The text between changes is the same on both sides, and the changes, applied to
    ``before``, make ``after``."""
    rebuilt, i, j = [], 0, 0
    for i1, i2, j1, j2 in changes:
        assert i1 >= i and j1 >= j and before[i:i1] == after[j:j1]
        rebuilt += [before[i:i1], after[j1:j2]]
        i, j = i2, j2
    assert before[i:] == after[j:]
    assert "".join(rebuilt) + before[i:] == after


def check(text: str) -> None:
    result = clean_and_explain(text)
    runs = result.offset_map.kept_runs(len(text))
    if runs is None:  # a pass moved text: the diff aligns the two texts itself
        return
    assert_kept_runs_valid(text, result.text, runs)
    changes = _between(runs, len(text), len(result.text))
    assert_changes_rebuild(text, result.text, changes)
    trimmed = _trimmed(text, result.text, changes)
    assert_changes_rebuild(text, result.text, trimmed)
    assert_changes_rebuild(text, result.text, _widened(text, result.text, trimmed))
    assert bool(changes) == (text != result.text)


@QUICK
@given(documents())
def test_kept_runs_and_widened_changes_on_generated_documents(text: str) -> None:
    check(text)


@QUICK
@given(TEXTS)
def test_kept_runs_and_widened_changes_on_hostile_text(text: str) -> None:
    check(text)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_kept_runs_on_every_fixture(case: Path) -> None:
    text = read_exact(case / "input.txt")
    result = clean_and_explain(text, case_config(case))
    runs = result.offset_map.kept_runs(len(text))
    if runs is not None:
        assert_kept_runs_valid(text, result.text, runs)
        assert_changes_rebuild(text, result.text, _between(runs, len(text), len(result.text)))


def test_a_change_inside_a_word_shows_the_whole_word() -> None:
    shown = "".join(text for text, _ in word_diff("the pageThe end\n", "the page The end\n", "f"))
    assert "the [-pageThe-]{+page␠The+} end" in shown


def test_without_kept_runs_the_texts_are_aligned() -> None:
    before, after = "a  b\r\nc\n", "a b\nc\n"
    kept = clean_and_explain(before).offset_map.kept_runs(len(before))
    assert word_diff(before, after, "f") == word_diff(before, after, "f", kept=kept)


def test_hunks_far_apart_are_apart_and_numbered() -> None:
    before = "".join(f"line {n}\n" for n in range(1, 11)).replace("line 2\n", "line  2\n")
    before = before.replace("line 9\n", "line  9\n")
    after = before.replace("  ", " ")
    hunks = [text for text, kind in word_diff(before, after, "f") if kind == "hunk"]
    assert hunks == ["@@ -1,3 +1,3 @@\n", "@@ -8,3 +8,3 @@\n"]


def test_a_pass_that_moved_text_falls_back_to_aligning_the_texts() -> None:
    """``pages`` moves a footnote after its paragraph: no runs in order say that, so the
    diff aligns the two texts, and still shows every change."""
    case = next(case for case in CASES if case.name == "pages-rejoin-and-footnote")
    text = read_exact(case / "input.txt")
    result = clean_and_explain(text, case_config(case))
    assert result.offset_map.kept_runs(len(text)) is None
    segments = word_diff(text, result.text, "f")
    assert any(kind == "removed" for _, kind in segments)
    assert any(kind == "added" for _, kind in segments)
