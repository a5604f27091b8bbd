"""The pipeline: passes run once, in canonical order; a step is recorded only on change."""

from __future__ import annotations

import pytest

import cleaner
from cleaner import build_config, clean_and_explain
from cleaner.passes import PASS_NAMES


def test_clean_text_records_no_step() -> None:
    result = clean_and_explain("Already clean.\n")
    assert result.text == "Already clean.\n"
    assert result.steps == ()
    assert not result.changed


def test_a_result_is_an_immutable_record_compared_by_its_fields() -> None:
    result = clean_and_explain("a  b")
    assert result == clean_and_explain("a  b") and hash(result) == hash(clean_and_explain("a  b"))
    assert result != clean_and_explain("a   b") and result != ("a  b", "a b\n", result.steps)
    assert repr(result) == (
        "CleanResult(original='a  b', text='a b\\n', "
        "steps=(Step(name='whitespace', before='a  b', after='a b\\n'),))"
    )
    assert result.source_offset(2) == 3  # (its offset map, made on first use, is kept)
    with pytest.raises(AttributeError):
        result.text = "changed"  # type: ignore[misc]
    assert result.text == "a b\n"


def test_steps_chain_before_and_after_in_canonical_order() -> None:
    config = build_config(select=["whitespace", "encoding"])  # named out of order
    result = clean_and_explain("caf\u00c3\u00a9 x\n\n\n", config)
    assert [step.name for step in result.steps] == ["encoding", "whitespace"]
    first, second = result.steps
    assert first.before == "caf\u00c3\u00a9 x\n\n\n" and first.after == "café x\n\n\n"
    assert second.before == first.after and second.after == result.text == "café x\n"


def test_only_the_passes_that_changed_something_are_recorded() -> None:
    result = clean_and_explain("caf\u00c3\u00a9\n")
    assert [step.name for step in result.steps] == ["encoding"]


def test_selecting_no_pass_that_changes_leaves_text() -> None:
    config = build_config(select=["encoding"])
    assert cleaner.clean("a  b", config) == "a  b"


def test_registry_order_is_canonical() -> None:
    assert PASS_NAMES[:2] == ("encoding", "whitespace")
    assert len(set(PASS_NAMES)) == len(PASS_NAMES)


def test_notes_are_empty_for_passes_without_explain_hook() -> None:
    result = clean_and_explain("a  b")
    assert result.notes(build_config(select=["encoding", "whitespace"])) == []


def test_whitespace_judges_a_page_again_once_pages_joined_it() -> None:
    """RFC 5931's contents go on over a page break: ``whitespace`` kept the gaps of the
    next page's indented entries (code, after a blank line), which ``pages`` then put
    under the entries of an item, where the second run squeezed them. So ``whitespace``
    runs again after ``pages``, recorded as a step of its own; notes, changes and the
    block-by-block path read the record as they read the others."""
    from pathlib import Path

    from cleaner.chunks import clean_text

    case = (
        Path(__file__).resolve().parent.parent / "fixtures" / "pages-rfc-contents-over-a-page-break"
    )
    text = (case / "input.txt").read_text(encoding="utf-8")
    result = clean_and_explain(text)
    names = [step.name for step in result.steps]
    assert names == ["encoding", "whitespace", "pages", "whitespace", "unwrap"]
    assert "2.8.4.1. ECC Groups" in result.text
    assert clean_text(text, chunk_chars=64)[:2] == (result.text, result.passes)
    assert any(name == "pages" for name, _ in result.notes(build_config({})))
    assert {change.pass_name for change in result.changes()} >= {"pages", "whitespace"}
    assert clean_and_explain(result.text).text == result.text
