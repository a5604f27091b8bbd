"""A file longer than a block is cleaned block by block and judged changed by its digest."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner.chunks
from cleaner import clean
from cleaner.config import Config
from cleaner.report import Status
from cleaner.runner import Action, process_file

PARAGRAPH = "The council met on Tuesday and agreed the budget for the coming year.\n\n"


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of 64 characters, so that a few paragraphs make a "huge" file."""
    monkeypatch.setattr(cleaner.chunks, "CHUNK_CHARS", 64)


@pytest.mark.parametrize("action", [Action.CHECK, Action.FIX])
def test_a_clean_huge_file_is_unchanged(tmp_path: Path, action: Action) -> None:
    path = tmp_path / "clean.txt"
    text = PARAGRAPH * 40
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    before = path.read_bytes()
    outcome = process_file(str(path), Config(), action)
    assert outcome.status is Status.UNCHANGED
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "dirt",
    [
        PARAGRAPH.replace(" the ", "  the ") + "\n\n",  # Shorter once clean.
        PARAGRAPH.replace(" the ", " the\u00a0"),  # As long: only the digest tells.
    ],
)
def test_a_dirty_huge_file_is_fixed_as_a_whole_text_would_be(tmp_path: Path, dirt: str) -> None:
    path = tmp_path / "dirty.txt"
    text = (dirt * 40).rstrip("\n") + "\n"
    path.write_text(text, encoding="utf-8")
    outcome = process_file(str(path), Config(), Action.FIX)
    assert outcome.status is Status.CHANGED
    assert path.read_text(encoding="utf-8") == clean(text)
