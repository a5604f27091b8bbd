"""The ``pages`` pass: page furniture learnt from the document, strictness, rejoins."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from hypothesis import given
from hypothesis import strategies as st

from cleaner.guard import guard_pages
from cleaner.passes.pages import (
    PAGE_NUMBER_RE,
    _may_number,
    _numbered_lines,
    remove_page_furniture,
)
from cleaner.passes.whitespace import normalize_whitespace

WORDS = ["One", "Two", "Three", "Four"]


def page(n: int, word: str, header: str = "A Running Title", last: str = "goes on") -> str:
    body = "\n".join(f"{word} says {letter} in a line of prose," for letter in "abcdefghijk")
    return f"{header}\n\n{body}\nand {word} {last}\n\n{n}\n\n"


def document(**kwargs: str) -> str:
    return normalize_whitespace("".join(page(n, w, **kwargs) for n, w in enumerate(WORDS, 1)))


def test_furniture_goes_and_pages_join() -> None:
    text = document()
    cleaned = remove_page_furniture(text)
    assert "Running" not in cleaned
    assert "\n\n" not in cleaned  # Each page's last line goes on on the next page.
    assert [line for line in cleaned.splitlines() if line.strip().isdigit()] == []
    assert guard_pages(text, cleaned) is None
    assert remove_page_furniture(cleaned) == cleaned


def test_a_page_that_ends_a_paragraph_keeps_the_break() -> None:
    cleaned = remove_page_furniture(document(last="ends here."))
    assert cleaned.count("\n\n") == 3


def test_header_with_the_page_number() -> None:
    text = normalize_whitespace(
        "".join(
            page(n, w, header=f"Persuasion {n}").replace(f"\n\n{n}\n\n", "\n\nJane Austen\n\n")
            for n, w in enumerate(WORDS, 1)
        )
    )
    cleaned = remove_page_furniture(text)
    assert "Persuasion" not in cleaned and "Jane Austen" not in cleaned


def test_numbers_without_a_running_line_stay() -> None:
    text = normalize_whitespace(
        "".join(page(n, w).replace("A Running Title\n\n", "") for n, w in enumerate(WORDS, 1))
    )
    assert remove_page_furniture(text) == text


def test_too_few_pages_stay() -> None:
    text = normalize_whitespace(page(1, "One") + page(2, "Two"))
    assert remove_page_furniture(text) == text


def test_guard_catches_a_changed_line() -> None:
    assert guard_pages("a line\n", "a lime\n") is not None


def test_chapter_headings_are_no_page_numbers() -> None:
    """Chapters at a steady spacing, each after the same line, are no pages."""
    chapter = "\n".join(
        f"Line {letter} of the chapter's prose goes on," for letter in "abcdefghijklmn"
    )
    text = normalize_whitespace(
        "".join(f"The Book\n\nChapter {n}\n\n{chapter}\n\n" for n in range(1, 6))
    )
    assert remove_page_furniture(text) == text


def test_joined_paragraphs_have_no_pages() -> None:
    """A text whose lines are whole paragraphs (one ``unwrap`` cleaned) is left alone, though
    numbered lines come back at a steady spacing: a second run changes nothing."""
    paragraph = "A paragraph joined into one long line of prose, " * 4
    body = "\n\n".join([paragraph] * 7)
    text = "".join(f"A Running Title\n\n{body}\n\n{n}\n\n" for n in range(1, 5)).strip() + "\n"
    assert remove_page_furniture(text) == text


def unspaced_document(foot: Callable[[str], str], letters: str) -> str:
    """Pages without blank lines: a running title, lines that name the page's word (so
    none of them reads as a running line), ``foot`` of that word, then the page number."""
    pages = (
        "A Running Title\n"
        + "".join(f"{word} says {letter} in a line of prose,\n" for letter in letters)
        + f"{foot(word)}{n}\n"
        for n, word in enumerate(WORDS, 1)
    )
    return normalize_whitespace("".join(pages))


def test_footnote_goes_after_the_line_ending_with_its_mark() -> None:
    text = unspaced_document(
        lambda w: (
            f"and so the {w} story ends.1\nMore of {w} follows here, and\n"
            f"on it goes in {w}.\n1 A note on {w}.\n"
        ),
        "abcdefghij",
    )
    cleaned = remove_page_furniture(text)
    assert "Running" not in cleaned
    assert "Two story ends.1\n\n1 A note on Two.\n\nMore of Two follows" in cleaned
    assert remove_page_furniture(cleaned) == cleaned


def test_two_footnotes_at_a_page_foot_each_go_after_their_mark() -> None:
    text = unspaced_document(
        lambda w: (
            f"so the {w} story ends.1\nMore of {w} follows, and it\n"
            f"goes on in {w} to its end.2\nThen {w} goes on and on.\n1 A first note on {w}.\n"
            f"2 A second note on {w}.\n"
        ),
        "abcdefg",
    )
    cleaned = remove_page_furniture(text)
    assert "Three story ends.1\n\n1 A first note on Three.\n\nMore of Three" in cleaned
    assert "Three to its end.2\n\n2 A second note on Three.\n\nThen Three" in cleaned
    assert remove_page_furniture(cleaned) == cleaned


NUMBERED_PIECES = ["", " ", "12", " 3 ", "Page 4", "page\n", "- 5 -", "x 6", "7 y", "text", "\n",
                   "Pp", "—8"]  # fmt: skip


@given(st.lists(st.sampled_from(NUMBERED_PIECES), max_size=30).map("\n".join))
def test_numbered_lines_found_by_one_scan_are_those_of_the_line_test(text: str) -> None:
    """Every line that may hold a page number is found (lines that hold none may be)."""

    def numbers(pairs: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
        return [(i, line) for i, line in pairs if PAGE_NUMBER_RE.match(line.strip())]

    found = list(_numbered_lines(text))
    assert all(_may_number(line) and text.split("\n")[i] == line for i, line in found)
    assert numbers(found) == numbers(
        (i, line) for i, line in enumerate(text.split("\n")) if _may_number(line)
    )
