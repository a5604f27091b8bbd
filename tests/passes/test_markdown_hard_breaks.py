"""Markdown's hard line break of two trailing spaces (CommonMark 6.7): kept, with its two
spaces, in a document read as Markdown, and stripped everywhere else."""

from __future__ import annotations

import pytest

from cleaner import build_config, clean
from cleaner.chunks import clean_text
from cleaner.passes.whitespace import normalize_whitespace

# Three fences: enough signs of Markdown (see cleaner/passes/unwrap/markup.py).
MARKDOWN = "## Examples\n\n```kotlin\nval x = 1  \nval y = 2\n```\n\n```\nz\n```\n\n"
BREAK = "**Example #1**   \nConsider the following\nfunction, wrapped.\n"


def test_break_kept_with_two_spaces_in_markdown() -> None:
    cleaned = clean(MARKDOWN + BREAK, build_config({}))
    assert "**Example #1**  \nConsider the following function, wrapped.\n" in cleaned
    assert "val x = 1\n" in cleaned  # (in code: trailing spaces go)


def test_break_stripped_in_plain_text() -> None:
    cleaned = clean(BREAK, build_config({}))
    assert "  \n" not in cleaned


@pytest.mark.parametrize("setting", [False, True])
def test_setting_overrides_the_document(setting: bool) -> None:
    config = build_config({"whitespace": {"markdown_breaks": setting}})
    assert ("  \n" in clean(MARKDOWN + BREAK, config)) is setting
    assert ("  \n" in normalize_whitespace(BREAK, markdown_breaks=setting)) is setting


@pytest.mark.parametrize(
    "tail", ["**Example #1**  \n\nNext.\n", "Last line  \n", "Before code:  \n```\nx\n```\n"]
)
def test_no_break_where_it_means_nothing(tail: str) -> None:
    """At a paragraph's end, before a blank line, the text's end or a fence: spaces go."""
    assert "  \n" not in clean(MARKDOWN + tail, build_config({}))


def test_cleaned_in_small_blocks_as_whole_and_settled() -> None:
    """The document is judged whole: a block alone shows no sign of Markdown."""
    text = MARKDOWN + BREAK + "\nMore text  \nafter it.\n"
    once = clean(text, build_config({}))
    assert clean_text(text, build_config({}), chunk_chars=1)[0] == once
    assert clean(once, build_config({})) == once
    assert "More text  \nafter it.\n" in once
