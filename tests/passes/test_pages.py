"""The ``pages`` pass: page furniture learnt from the document, strictness, rejoins."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.guard import guard_pages
from cleaner.passes.pages import (
    AFTER_LINE_FEED_NUMBER_RE,
    AFTER_WORD,
    LINE_START_NUMBER_RE,
    NUMBER_KINDS,
    PAGE_NUMBER_RE,
    _edge_digits,
    _may_number,
    _numbered_lines,
    _physical_lines,
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


PAGE_WORDS = "zero one two three four five six seven eight nine ten eleven".split()  # noqa: SIM905


def rfc_page(n: int, last: str, first: str, footer_gap: str = "  ", indent: str = "") -> str:
    """An RFC's page: its header (from page 2 on), indented prose ending with ``last``, then
    its footer (``[Page N]`` at the end, right-aligned) and a form feed; ``first`` opens it."""
    header = "RFC 2289               A One-Time Password System          February 1998\n\n" * (
        n > 1
    )
    word = PAGE_WORDS[n]
    body = "".join(
        f"   The server line {letter} of page {word}'s prose goes on and on,\n"
        for letter in "abcdefghijkl"
    )
    spaces = " " * (20 - len(str(n)))
    footer = f"{indent}Haller                      Standards Track{footer_gap}{spaces}[Page {n}]"
    return f"{header}{first.format(word)}\n{body}{last.format(word)}\n\n\n{footer}\n\f\n"


def rfc_document(
    last: str = "   passed {} to the", first: str = "   and {} on again,", **kwargs: str
) -> str:
    return normalize_whitespace("".join(rfc_page(n, last, first, **kwargs) for n in range(1, 5)))


def test_rfc_footers_and_headers_go_and_a_cut_paragraph_joins() -> None:
    """An RFC's page number is bracketed at its footer's end; the header of the next page
    goes with it, and an indented paragraph in lower case goes on over the break."""
    cleaned = remove_page_furniture(rfc_document())
    assert "[Page" not in cleaned and "RFC 2289" not in cleaned
    assert "   passed three to the\n   and four on again," in cleaned
    assert remove_page_furniture(cleaned) == cleaned


def test_rfc_paragraph_ending_at_the_break_keeps_it() -> None:
    cleaned = remove_page_furniture(rfc_document(last="   {} ends here.", first="   The {} next"))
    assert "[Page" not in cleaned and "   three ends here.\n\n   The four next" in cleaned


def test_a_line_of_signs_near_every_break_is_no_running_line() -> None:
    """A packet diagram's border at each page's foot and head stays; the header goes."""
    border = "   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+"
    cleaned = remove_page_furniture(rfc_document(last=border, first=border))
    assert cleaned.count(border) == 8 and "RFC 2289" not in cleaned


@pytest.mark.parametrize(
    ("first", "apart"),
    [("Appendix {} - Interfaces to Hash", True), ("   Appendix {} - Interfaces to Hash", False)],
)
def test_rfc_heading_at_the_margin_opens_a_block(first: str, apart: bool) -> None:
    """A line set out left of the unfinished line before the break (an RFC's heading after
    indented text) is not joined to it; at the same indent, it goes on."""
    cleaned = remove_page_furniture(rfc_document(last="   EMail: {}@example.com", first=first))
    assert ("three@example.com\n\n" in cleaned) is apart
    assert "[Page" not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "see the three hash functions [12]",
        "Page [3]",
        "as in RFC 1760 [Page 5] and on past the end of the line [Page 6] x",
    ],
)
def test_other_bracketed_numbers_are_no_page_numbers(line: str) -> None:
    assert not PAGE_NUMBER_RE.match(line)


def test_right_aligned_page_numbers_are_one_run() -> None:
    """The footer's text moves left by a space at page 10: its pages are still one run (an
    indented footer keeps its spaces through ``whitespace``)."""
    pages = [
        rfc_page(
            n,
            "   passed {} to the",
            "   and {} on again,",
            footer_gap=" " * (n < 10),
            indent=" " * 10,
        )
        for n in range(8, 12)
    ]
    cleaned = remove_page_furniture(normalize_whitespace("".join(pages)))
    assert "[Page" not in cleaned and "RFC 2289" not in cleaned


def test_numbered_fields_in_the_middle_of_a_text_are_no_pages() -> None:
    """A field list ("Type" / "1" / "Type-Data", then "2", ...) at a steady spacing, with more
    than two of its "pages" of text after it: numbered items, kept."""
    prose = "".join(
        f"      Line {letter} of the field's description goes on,\n" for letter in "abcdefghijklmn"
    )
    fields = "".join(f"   Type\n\n      {n}\n\n   Type-Data\n\n{prose}\n" for n in range(1, 6))
    after = "".join(f"   Closing line {n} of the text's prose goes on,\n" for n in range(60))
    text = normalize_whitespace(fields + "\n" + after)
    assert remove_page_furniture(text) == text
    # The same run at the text's end is still pages (so the rule is the text after it).
    assert remove_page_furniture(normalize_whitespace(fields)) != normalize_whitespace(fields)


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
                   "Pp", "—8", "x [Page 9]", "[1]", "]"]  # fmt: skip


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


# The screen as one pattern, as first written: the reference of the two searches.
NUMBER_EDGE_RE = re.compile(r"^(?:page\s+)?[-–—]?\s?\d|\d\]?$", re.IGNORECASE | re.MULTILINE)
EDGE_PIECES = [*NUMBERED_PIECES, "Page", " -", "PAGE  ", "9\n", "\n\n", "-", "–\n", "a1", "1a"]


@given(st.lists(st.sampled_from(EDGE_PIECES), max_size=30).map("".join))
def test_numbered_lines_are_those_of_one_pattern(text: str) -> None:
    """The two searches of the screen find the lines its one pattern found."""
    index = position = 0
    last, expected = -1, []
    for match in NUMBER_EDGE_RE.finditer(text):
        start = match.end() - 1
        index += text.count("\n", position, start)
        position = start
        if index != last:
            last = index
            line = text.split("\n")[index]
            expected += [(index, line)] if _may_number(line) else []
    assert list(_numbered_lines(text)) == expected


def spaced_document(foot: Callable[[str], str], pages: Iterable[str] = WORDS) -> str:
    """Pages with blank lines between their parts: a running title, lines of prose, ``foot``
    of the page's word (its last lines and notes), then the page number."""
    return normalize_whitespace(
        "".join(
            "A Running Title\n\n"
            + "".join(f"{word} says {letter} in a line of prose,\n" for letter in "abcdefghij")
            + f"{foot(word)}\n\n{n}\n\n"
            for n, word in enumerate(pages, 1)
        )
    )


def test_notes_on_adjacent_lines_each_go_after_their_mark() -> None:
    """pdfminer.six sets a page's notes as one block: each goes after its own mark."""
    text = spaced_document(
        lambda w: (
            f"so the {w} story ends.1\nMore of {w} follows, and it\ngoes on in {w} to its"
            f" end.2\nThen {w} goes on and on.\n\n1 A first note on {w}.\n2 A second note on {w}."
        )
    )
    cleaned = remove_page_furniture(text)
    assert "Three story ends.1\n\n1 A first note on Three.\n\nMore of Three" in cleaned
    assert "Three to its end.2\n\n2 A second note on Three.\n\nThen Three" in cleaned
    assert remove_page_furniture(cleaned) == cleaned


def test_a_spaced_note_goes_after_its_mark_on_the_next_page() -> None:
    """A note at the foot of the page where its paragraph starts, the mark at the end of
    the paragraph on the next page."""
    text = spaced_document(
        lambda w: f"and {w} goes on over the" + ("\n\n1 A note on One." if w == "One" else "")
    )
    text = text.replace("Two says a in a line of prose,", "break, where it ends.1")
    cleaned = remove_page_furniture(text)
    assert "over the\nbreak, where it ends.1\n\n1 A note on One.\n\nTwo says b" in cleaned


def test_a_mark_after_a_number_and_a_quote() -> None:
    text = unspaced_document(
        lambda w: (
            f'and {w} was born in 1791."1\nMore of {w} follows here, and\n'
            f"on it goes in {w}.\n1 A note on {w}.\n"
        ),
        "abcdefghij",
    )
    cleaned = remove_page_furniture(text)
    assert 'Two was born in 1791."1\n\n1 A note on Two.\n\nMore of Two follows' in cleaned


@pytest.mark.parametrize(
    ("line", "marked"),
    [
        ('the end of the next week."1', True),
        ("the end of the week.1", True),
        ('born November 20, 1791."1', True),
        ("as on page 12)1", True),
        ("in version 2.1", False),  # a number, no quote: a decimal
        ("a total of 11", False),
        ("a list: 1", False),
    ],
)
def test_a_line_ending_with_a_mark(line: str, marked: bool) -> None:
    assert bool(re.search(rf"{AFTER_WORD}1$", line)) is marked


def test_a_numbered_list_at_a_page_foot_is_no_note() -> None:
    """Lines numbered in sequence at a page's foot, with no mark in the text, stay put."""
    text = spaced_document(lambda w: f"and {w} lists these.\n\n1 Apples for {w}\n2 Pears for {w}")
    cleaned = remove_page_furniture(text)
    for word in WORDS:
        assert f"lists these.\n\n1 Apples for {word}\n2 Pears for {word}\n" in cleaned
    assert remove_page_furniture(cleaned) == cleaned


NOTE_TEXTS = st.sampled_from(["A note.", "Another note", "on two lines.", "(See above.)"])


@given(
    st.lists(
        st.tuples(
            st.lists(st.integers(1, 4), min_size=1, max_size=3),  # the notes' numbers
            st.lists(st.integers(1, 4), max_size=3),  # the marks in the page's text
            st.lists(NOTE_TEXTS, min_size=1, max_size=3),
        ),
        min_size=4,
        max_size=4,
    )
)
def test_notes_only_move_and_settle(pages: list[tuple[list[int], list[int], list[str]]]) -> None:
    """Whatever notes a page's foot holds, with or without their marks in the text, the
    pass drops only furniture (no line lost or doubled) and a second run changes nothing."""
    feet = {}
    for word, (numbers, marks, texts) in zip(WORDS, pages, strict=True):
        marked = "".join(f"{word} ends a sentence.{m}\n" for m in marks)
        # Each line its own: a line that comes back near the breaks is a running line.
        notes = "\n".join(
            f"{n} {texts[i % len(texts)]} {word} {'xyz'[i]}" for i, n in enumerate(numbers)
        )
        feet[word] = f"{marked}and {word} ends the page.\n\n{notes}"
    text = spaced_document(feet.__getitem__)
    cleaned = remove_page_furniture(text)
    furniture = {"A Running Title", *map(str, range(1, 5))}
    kept = Counter(line for line in text.splitlines() if line and line not in furniture)
    assert Counter(line for line in cleaned.splitlines() if line) == kept
    assert remove_page_furniture(cleaned) == cleaned


# The search _edge_digits made before it was led by the line feed: a digit (maybe and "]")
# at a line's end, tried at every digit of the text.
SLOW_LINE_END_DIGIT_RE = re.compile(r"\d\]?$", re.MULTILINE)


@given(st.text(alphabet="a1]\n \u0663[Pp-", max_size=30))
def test_edge_digits_find_the_line_end_digits_the_slow_search_finds(text: str) -> None:
    first = LINE_START_NUMBER_RE.match(text)
    starts = [first.end() - 1] if first else []
    starts += [m.end() - 1 for m in AFTER_LINE_FEED_NUMBER_RE.finditer(text)]
    ends = [m.start() for m in SLOW_LINE_END_DIGIT_RE.finditer(text)]
    assert _edge_digits(text) == (sorted({*starts, *ends}) if ends and starts else starts or ends)


def test_edge_digits_at_the_text_end_and_before_a_bracket() -> None:
    assert _edge_digits("x 12\ny [Page 3]\nz ]\n\u0663") == [3, 13, 20]
    assert _edge_digits("Text\n[x]") == []


@given(st.lists(st.sampled_from([0, 0, 1, 119, 120, 121, 200]), max_size=9))
def test_physical_lines_is_the_median_of_the_lines_not_blank(lengths: list[int]) -> None:
    lines = ["x" * n for n in lengths]
    filled = sorted(n for n in lengths if n)
    assert _physical_lines(lines) == (bool(filled) and filled[len(filled) // 2] <= 120)


@pytest.mark.parametrize("line", ["12", "Page 3 of 4", "2 Ruth", "Title 17", "Gellens [Page 2]"])
def test_a_page_number_holds_one_group_its_kind(line: str) -> None:
    # _breaks_among reads the kind as the match's last group: the one that matched.
    assert tuple(PAGE_NUMBER_RE.groupindex) == NUMBER_KINDS
    found = PAGE_NUMBER_RE.match(line)
    assert [name for name in NUMBER_KINDS if found[name]] == [found.lastgroup]


def book_page(n: int) -> str:
    """A page of a book as pdfminer.six sets it: the running header and the number alone,
    then 30 lines of prose."""
    body = "\n".join(
        f"Line {letter} of page {n} holds a sentence of its prose,"
        for letter in "abcdefghijklmnopqrstuvwxyzABCD"
    )
    return f"AN INTRODUCTION TO ITS SUBJECT\n\n{n}\n\n{body}\nand the page goes on\n\n"


def test_a_book_with_stray_numbers_loses_every_page_number() -> None:
    # A formula's "2" alone on a line in page 12 cuts the run of numbers in two; a chapter's
    # opening page (16) has no header; one page is long (a figure's labels, each a line).
    pages = []
    for n in range(1, 31):
        text = book_page(n)
        if n == 12:
            text = text.replace("Line m of", "2\n\nLine m of")
        if n == 16:
            text = text.replace("AN INTRODUCTION TO ITS SUBJECT\n\n16\n\n", "")
        if n == 20:
            text = text.replace("Line c of", "\n".join("ABXY") + "\nLine c of")
        pages.append(text)
    cleaned = remove_page_furniture(normalize_whitespace("".join(pages)))
    assert "AN INTRODUCTION TO ITS SUBJECT" not in cleaned
    numbers = [line for line in cleaned.splitlines() if line.strip().isdigit()]
    assert numbers == ["2"]  # (the formula's, kept)
