"""A heading of one word is the document's own (issue 13: RFC 1242's ``### Advertising``);
a heading of a phrase and a bare furniture word are still judged by the rules."""

from __future__ import annotations

import pytest

from cleaner.passes.boilerplate import remove_boilerplate

BODY = "The plan covers how the crates are listed, vetted and maintained over the years.\n"


@pytest.mark.parametrize(
    "heading",
    ["### Advertising", "## Advertisement ##", "Advertising\n-----------", "Comments\n========"],
)
def test_a_one_word_heading_stays(heading: str) -> None:
    text = f"{BODY}\n{heading}\n\n{BODY}"
    assert remove_boilerplate(text) == text


@pytest.mark.parametrize(
    "furniture", ["Advertisement", "## Leave a Reply", "Leave a Reply\n============="]
)
def test_a_bare_word_or_a_phrase_heading_still_goes(furniture: str) -> None:
    assert remove_boilerplate(f"{BODY}\n{furniture}\n\n{BODY}") == f"{BODY}\n{BODY}"


def test_a_one_word_heading_over_nothing_still_goes() -> None:
    """A heading is the document's own only over a section: ``## Advertisement`` as a
    page's last line heads nothing."""
    assert remove_boilerplate(f"{BODY}\n{BODY}\n## Advertisement\n") == f"{BODY}\n{BODY}"
