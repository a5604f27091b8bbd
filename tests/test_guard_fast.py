"""The guards' fast forms give the verdicts (and messages) of their plain forms
(tests/guard_reference.py), on texts and on mutations of them such as passes make and
such as a broken pass would make."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.guard import guard_boilerplate, guard_encoding, guard_pages
from cleaner.guard.encoding import _canonical
from tests import guard_reference as reference

# Lines of pages and books: furniture, wrapped prose (that goes on into the next line),
# short lines, blank and whitespace-only lines, lines that occur twice.
LINES = [
    "Share this:",
    "Facebook",
    "Home",
    "Subscribe to our newsletter",
    "Advertisement",
    "Cover image: artist's impression of the lighting installation by Peter Koros",
    "Design at the 7th Amsterdam Light Festival",
    "The council met on Tuesday and agreed on most of the budget for the",
    "year, although the mayor said that the roads would have to wait until",
    "spring.",
    "It fell on the",
    "rates.",
    "Read more about the bridge in the book Mrs Hale wrote with her",
    "brother in 1998.",
    "CHAPTER I.",
    "",
    "",
    " ",
    "\t",
]

LINE_LISTS = st.lists(st.sampled_from(LINES), max_size=30)


def _text(lines: list[str], final_newline: bool) -> str:
    return "\n".join(lines) + ("\n" if final_newline else "")


@settings(max_examples=600, deadline=None)
@given(
    LINE_LISTS,
    st.booleans(),
    st.data(),
)
def test_boilerplate_guard_agrees_with_reference(lines: list[str], newline: bool, data) -> None:
    before = _text(lines, newline)
    kept = [line for line in lines if data.draw(st.integers(0, 3))]  # (a line in 4 goes)
    mutation = data.draw(st.sampled_from(["remove", "blank", "change", "move", "add", "none"]))
    if mutation == "blank" and kept:  # blank lines made or gone
        at = data.draw(st.integers(0, len(kept) - 1))
        kept = [*kept[:at], "", *kept[at:]] if kept[at] else kept[:at] + kept[at + 1 :]
    elif mutation == "change" and kept:
        at = data.draw(st.integers(0, len(kept) - 1))
        kept[at] = kept[at][:-1]
    elif mutation == "move" and len(kept) > 1:
        kept = kept[1:] + kept[:1]
    elif mutation == "add":
        kept.insert(data.draw(st.integers(0, len(kept))), data.draw(st.sampled_from(LINES)))
    after = _text(kept, data.draw(st.booleans()))
    assert guard_boilerplate(before, after) == reference.guard_boilerplate(before, after)


@settings(max_examples=600, deadline=None)
@given(LINE_LISTS, st.booleans(), st.data())
def test_pages_guard_agrees_with_reference(lines: list[str], newline: bool, data) -> None:
    """Lines removed (most), moved, changed, added or doubled, as pages and a broken pages
    would make them: the in-order walk gives the verdict of the counting."""
    before = _text(lines, newline)
    kept = [line for line in lines if data.draw(st.integers(0, 3))]  # (a line in 4 goes)
    mutation = data.draw(st.sampled_from(["move", "change", "add", "double", "none"]))
    if mutation == "move" and len(kept) > 1:
        at = data.draw(st.integers(0, len(kept) - 1))
        kept.append(kept.pop(at))
    elif mutation == "change" and kept:
        at = data.draw(st.integers(0, len(kept) - 1))
        kept[at] = kept[at][:-1]
    elif mutation == "add":
        kept.insert(data.draw(st.integers(0, len(kept))), data.draw(st.sampled_from(LINES)))
    elif mutation == "double" and kept:
        at = data.draw(st.integers(0, len(kept) - 1))
        kept.insert(at, kept[at])
    after = _text(kept, data.draw(st.booleans()))
    assert guard_pages(before, after) == reference.guard_pages(before, after)


def test_boilerplate_guard_agrees_on_a_book() -> None:
    """Long shared runs, with the first and last pages gone and a line inside."""
    prose = [LINES[7], LINES[8], LINES[9], ""]
    body = prose * 200 + ["Advertisement", ""] + prose * 200
    before = _text(["Share this:", "Facebook", "", *body, "Subscribe to our newsletter"], True)
    for after in (
        _text(body, True),
        _text([line for line in body if line != "Advertisement"], True),
        _text(body[:-3] + body[-2:], True),  # (a wrapped line's middle gone)
        _text(body[:400] + body[401:], True),
    ):
        assert guard_boilerplate(before, after) == reference.guard_boilerplate(before, after)


# Pieces of text the encoding guard's canonical form acts on: entities (that make entities,
# control characters or terminal escapes), escapes, control characters, marks.
ENCODED_PIECES = ["&amp;", "amp;", "&#27;", "&#x7;", "[31m", "\x1b", "\x07", "&", "#", "27;"]
ENCODED_PIECES += ["e\u0301", "\u0301", "a", "1", " ", "\n", "\u00e9", "&lt;", "lt;"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(ENCODED_PIECES), max_size=20), st.booleans())
def test_encoding_canonical_agrees_with_reference(pieces: list[str], escapes: bool) -> None:
    text = "".join(pieces)
    assert _canonical(text, escapes) == reference.canonical(text, escapes)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ENCODED_PIECES), max_size=12), st.data())
def test_encoding_guard_verdicts_on_mutations(pieces: list[str], data) -> None:
    """The guard accepts what the reference's comparison accepts, pieces dropped or not."""
    from cleaner.guard.compare import is_subsequence
    from cleaner.guard.encoding import _ascii_alnum

    before = "".join(pieces)
    after = "".join(piece for piece in pieces if data.draw(st.integers(0, 4)))
    old = _ascii_alnum(reference.canonical(before, True))
    new = _ascii_alnum(unicodedata.normalize("NFD", reference.canonical(after, True)))
    if _ascii_alnum(before) == _ascii_alnum(after) or old == new or is_subsequence(old, new):
        assert guard_encoding(before, after) is None
    else:
        assert guard_encoding(before, after) is not None


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(ENCODED_PIECES),
            st.sampled_from([chr(code) for code in (*range(0x20), 0x7F, 0x85, 0x206A)]),
            st.sampled_from(["\u206f", "\ufeff", "\ufff9", "\ufffc", "\ufffd", "\ud800", "é"]),
        ),
        max_size=20,
    ).map("".join)
)
def test_control_characters_are_found_as_the_pattern_finds_them(text: str) -> None:
    from cleaner.guard.encoding import _control_char_re, has_control_char

    assert has_control_char(text) == bool(_control_char_re().search(text))


def test_every_control_character_is_found() -> None:
    from ftfy.chardata import CONTROL_CHARS

    from cleaner.guard.encoding import has_control_char

    assert all(has_control_char(f"é{chr(code)}a") for code in CONTROL_CHARS)
    assert all(has_control_char(f"a{chr(code)}") for code in CONTROL_CHARS)
    assert not any(
        has_control_char(f"é{chr(code)}")
        for code in range(0x3000)
        if code not in CONTROL_CHARS and not 0xD800 <= code < 0xE000
    )
