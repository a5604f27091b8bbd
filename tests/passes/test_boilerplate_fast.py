"""The boilerplate pass's fast paths give what their plain forms (tests/boilerplate_reference.py)
give: the line screen (the starts' pattern of :mod:`cleaner.passes.boilerplate.prefixes`,
the hits numbered in one sweep) finds the same rules for each line;
:mod:`cleaner.passes.boilerplate.drop` removes lines as the line-by-line loop did;
:mod:`cleaner.passes.boilerplate.structured` marks a few lines as
:func:`lines_with_meaningful_spacing` marks them in the whole text; the bound, a line's
normal form and weight are as before."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.boilerplate import bound, plan, prefixes, whole
from cleaner.passes.boilerplate.drop import drop_lines
from cleaner.passes.boilerplate.lines import (
    DIGIT_MARKS,
    KEY_SCREENS,
    _candidates,
    _digit_marks_of,
    _screen_of,
    line_screen,
)
from cleaner.passes.boilerplate.rules import INVISIBLE_RE, library_rules, normalize_line
from cleaner.passes.boilerplate.structured import meaningful_spacing_at
from cleaner.passes.layout import OTHER_SPACE_RE, lines_with_meaningful_spacing
from tests import boilerplate_reference as reference
from tests.passes.test_boilerplate_lines import furniture_lines

# Lines that begin like furniture, or like prose that shares a start with it.
STARTS = [
    "Share this:",
    "» Leave a Reply",
    "12 comments",
    "١٢ comments",
    "— 5 min read",
    "On example.com: a story",
    "You are here: Home",
    "I agree",
    "In the morning she left.",
    "Copyright © 2020 The Site. All rights reserved.",
    "Posted 3/4/2021 at 10:00",
    "Next post »",
    "We respect your privacy.",
]
# Characters that test the key's forms: case, folding, dropped spaces, decorations, digits.
ALPHABET = list(" \t\r\u00a0\u00ad\u200bİıſKσΣaeinorstxY-»*•#|>0123٣.:/©@[(\n")


def both_ways(text: str) -> list[list[tuple[int, list[int]]]]:
    """The candidates of ``text``'s lines, found by a new screen line by line, and by one
    that compiles the starts' pattern at once."""
    found = []
    for after_lines in (10**9, 0):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(prefixes, "PATTERN_AFTER_LINES", after_lines)
            screen = line_screen.__wrapped__(library_rules())
            found.append(list(_candidates(text, screen)))
    return found


def test_digit_class_is_isdecimal() -> None:
    """``0`` in a start stands for what ``str.isdecimal`` holds; the pattern reads ``\\d``."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(r"\d", every) == [c for c in every if c.isdecimal()]


@pytest.mark.parametrize("screen", KEY_SCREENS.values())
def test_key_screens_find_what_they_first_found(screen: str) -> None:
    digits = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isdecimal())
    text = "\n".join(
        f"{a}{b}{c}{d}"
        for a, b in zip(digits, "0./-x" * 200, strict=False)
        for c, d in ["12", "x1"]
    )
    text += "\n2020 1/2 x-1 ’1999” ٣٣٣٣ ٣.٣"
    fast = [m.span() for m in re.finditer(screen, text)]
    assert fast == [m.span() for m in re.finditer(reference.FIRST_SCREENS[screen], text)]
    assert len(fast) > 100


def test_digit_marks_flag_every_other_character_of_the_date_screen() -> None:
    """A character past ASCII that ``\\d`` or the date screen's class holds is marked so
    that the key is searched by the class (``z``, or ``e`` then ``q``), and curly quotes,
    dashes and Latin letters are not."""
    (date_screen,) = KEY_SCREENS.values()
    held = re.compile(rf"\\d|{date_screen.split('(?<=')[0]}")
    flagged = set()
    for code in range(0x80, sys.maxunicode + 1):
        marks = chr(code).encode("utf-8", "surrogatepass").translate(DIGIT_MARKS)
        if b"z" in marks or b"eq" in marks:
            flagged.add(code)
        else:
            assert not held.match(chr(code)), hex(code)
    assert not flagged & set(map(ord, "’“”—–…éßÄ\u00a0"))


# Lines of dates, times and numbers (one a date line, the others prose or not whole).
DATED = [
    "Posted 3/4/2021 at 10:00",
    "12 May 2016",
    "Tuesday, May 12th, 2016 - 10:30 a.m. EST",
    "in 1990, 3.5 and 1.2.34 more",
    "version 1.2-3",
    "1-2-34",
    "’1999”",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(DATED),
            st.text(
                alphabet=st.sampled_from(list("0123456789./-–, :atmpTuesdayMé’()|")), max_size=25
            ),
        ),
        max_size=30,
    )
)
def test_dates_in_mostly_ascii_text_get_the_same_rules(lines: list[str]) -> None:
    """Text mostly in ASCII, whose date screen reads its marks (the search finds fewer
    places, every date line still among them)."""
    rules = library_rules()
    text = "\n".join(["A plain line of prose that keeps the text in ASCII." * 12, *lines])
    assert _digit_marks_of(text.encode()) is not None
    found = list(reference.candidates(text, _screen_of(rules)))
    assert list(_candidates(text, _screen_of(rules))) == found


def test_furniture_corpus_gets_the_same_rules() -> None:
    rules = library_rules()
    text = "\n".join(furniture_lines()) + "\n"
    found = list(reference.candidates(text, _screen_of(rules)))
    assert both_ways(text) == [found, found]
    assert len(found) > 1000


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(STARTS),
            st.text(alphabet=st.sampled_from(ALPHABET), max_size=30),
            st.builds(str.upper, st.sampled_from(STARTS)),
            st.builds(lambda s: "-*» \u00a0"[: len(s) % 5] + s, st.sampled_from(STARTS)),
        ),
        max_size=40,
    )
)
def test_any_text_gets_the_same_rules(lines: list[str]) -> None:
    rules = library_rules()
    text = "\n".join(lines)
    found = list(reference.candidates(text, _screen_of(rules)))
    assert both_ways(text) == [found, found]


# Needles of narrow rules (``cookies``, ``tous droits réservés``) and of others (``next``).
NEEDLED = [
    "We use cookies.",
    "Tous droits réservés",
    "Copyright (c) 2020",
    "Next post",
    "Photo: Getty Images",
    "Reuters",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(NEEDLED),
            st.sampled_from([0, 60, 100, 118, 119, 120, 121, 150, 300, 318, 319, 320, 321, 500]),
            st.sampled_from(["", ".", "...", " —", "!?"]),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_lines_wider_than_a_needles_rules_get_the_same_rules(lines: list) -> None:
    """Lines as wide as the needle limits (``NEEDLE_LIMITS``), their ends stripped or not:
    a narrow rule's needle is a candidate's where the plain form finds it."""
    rules = library_rules()
    text = "\n".join("x" * width + needle + end for needle, width, end in lines)
    found = list(reference.candidates(text, _screen_of(rules)))
    assert both_ways(text) == [found, found]


def test_a_narrow_rules_needle_in_a_wide_line_is_no_hit() -> None:
    """Only the wide line's ``cookies`` is left out; ``newsletter`` (rules of any width)
    stays."""
    rules = library_rules()
    narrow = "We use cookies."
    text = f"{narrow}\n{'x' * 400}{narrow}\n{'x' * 400} newsletter\n"
    found = _candidates(text, _screen_of(rules))
    ids = {line: {rules[j].id for j in indexes} for line, indexes in found}
    assert any("cookie" in rule for rule in ids[0])
    assert 1 not in ids
    assert ids[2]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b c", "", " ", "\t", "x"]), max_size=30),
    st.sets(st.integers(0, 35), max_size=12),
    st.booleans(),
)
def test_dropping_lines_keeps_what_the_loop_kept(
    lines: list[str], removed: set[int], final_newline: bool
) -> None:
    text = "\n".join(lines) + "\n" * final_newline
    count = text.count("\n") + (not text.endswith("\n")) if text else 0
    removed = {i for i in removed if i < count}  # (Indexes of its lines, as planned.)
    expected = reference.drop_lines(text, removed)
    assert drop_lines(text, removed) == expected
    # Given the lines as the plan splits the text (remove_boilerplate hands them over).
    assert drop_lines(text, removed, plan._split_lines(text)) == expected


# Lines of code, tables, list items and prose, and the signs that need the whole text.
LAYOUT_LINES = [
    "- an item",
    "* x",
    "1. one",
    "    code = 1",
    "\tcode",
    "        deeper",
    "    * a sub-item",
    "\t- a tabbed item",
    "",
    "   ",
    "Name    Age",
    "Anna    34",
    "a  b",
    "x\ty",
    "It ends.  Then more",
    "Plain prose.",
    "    Name    Age",
    "Run::",
    "```",
    ">>> 1",
    "soft\u00adly",
    "   Name ::=  INTEGER",  # (An RFC's ASN.1: no literal block opens.)
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(LAYOUT_LINES), max_size=25),
    st.sets(st.integers(0, 30), max_size=10),
    st.booleans(),
)
def test_a_few_lines_are_marked_as_the_whole_text_marks_them(
    lines: list[str], indexes: set[int], whole_text_signs: bool
) -> None:
    if not whole_text_signs:  # (Mostly the path that reads a line's neighbours only.)
        lines = [line for line in lines if line not in ("Run::", "```", ">>> 1", "soft\u00adly")]
    indexes = {i for i in indexes if i < len(lines)} | set(range(0, len(lines), 3))
    marks = lines_with_meaningful_spacing(lines)
    marked = {i for i in indexes if marks[i]}
    assert meaningful_spacing_at(lines, indexes) == marked
    # As match_lines asks it, with the text it has: the lines joined, a final line feed or not.
    joined = "\n".join(lines)
    assert meaningful_spacing_at(lines, indexes, joined) == marked
    assert meaningful_spacing_at(lines, indexes, joined + "\n") == marked


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["", "Subscribe now", "é’ 12", "The council met.", "—", "ab"])),
    st.sets(st.integers(0, 20), max_size=8),
    st.sampled_from([0.0, 0.1, 0.3, 0.5, 1.0]),
)
def test_the_bound_tells_from_some_lines_what_it_tells_from_all(
    lines: list[str], removed: set[int], share: float
) -> None:
    removed = {i for i in removed if i < len(lines)}
    whole = bound.removed_share(lines, removed)
    expected = whole if whole > share else None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bound, "CHUNK_LINES", 2)  # (Weighed two lines at a time.)
        assert bound.share_over_bound(lines, removed, share) == expected


def test_a_printable_line_holds_no_invisible_character_nor_other_space() -> None:
    """What lets ``normalize_line`` skip both searches on a printable line."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for pattern in (INVISIBLE_RE, OTHER_SPACE_RE):
        found = "".join(pattern.findall(every))
        assert found
        assert not any(character.isprintable() for character in found)


@settings(max_examples=500)
@given(
    st.one_of(
        st.text(alphabet=st.sampled_from(list(" »|-*.:aZé’"))),  # (printable)
        st.text(alphabet=st.sampled_from(list(" \t\u00a0\u00ad\u200b\u3000»|-*.:aZé’"))),
    )
)
def test_lines_are_normalized_as_before(line: str) -> None:
    assert normalize_line(line) == reference.normalize_line(line)


@given(st.text(alphabet=st.sampled_from(list("aZ09 _.-\x7f\x80éß’—١٢Ⅻ²\ud800\U0001d7ce"))))
def test_lines_are_weighed_as_before(line: str) -> None:
    assert bound._weight(line) == reference.weight(line)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Home", "", "The first paragraph was wrapped", "at a width,", "x:"]),
        max_size=12,
    ),
    st.booleans(),
)
def test_unwrap_parts_of_the_plans_lines_are_the_texts(lines: list[str], newline: bool) -> None:
    text = "\n".join(lines) + "\n" * newline
    split = plan._split_lines(text)
    for kind in (whole.UnwrapParts, whole.UnwrapJoins):
        given_lines, own = kind.of_lines(text, split), kind(text)
        assert [i in given_lines for i in range(len(split) + 1)] == [
            i in own for i in range(len(split) + 1)
        ]
