"""The content guard: each pass's invariant on synthetic before/after pairs, its wiring into
the pipeline, and block-by-block cleaning (cleaner/chunks.py), which the guard also covers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Config, build_config, clean, clean_and_explain
from cleaner.chunks import clean_text, split_blocks
from cleaner.guard import (
    GUARDS,
    ContentGuardError,
    compare,
    guard_boilerplate,
    guard_encoding,
    guard_for,
    guard_split,
    guard_unwrap,
    guard_whitespace,
)
from cleaner.guard import split as split_guard
from cleaner.guard import unwrap as unwrap_guard
from cleaner.guard import whitespace as whitespace_guard
from cleaner.passes import PASS_BY_NAME, PASSES

OK = None
# A run of whitespace, as str.split cuts at.
WHITESPACE_RUN_RE = re.compile(r"\s+")
# A wrapped caption whose first line alone matches a rule.
CAPTION = (
    "Cover image: artist's impression of the lighting installation by Peter Koros\n"
    "Design at the 7th Amsterdam Light Festival\n"
)

# (guard, before, after, None if allowed else a fragment of the problem)
CASES = [
    # encoding: ftfy's documented repairs pass...
    (guard_encoding, "doesn\u00e2\u20ac\u2122t", "doesn't", OK),
    (guard_encoding, "Caf\u00c3\u00a9 cr\u00c3\u00a8me", "Café crème", OK),
    (guard_encoding, "fish &amp; chips &lt;b&gt;", "fish & chips <b>", OK),
    (guard_encoding, "P&EACUTE;REZ BUNDESSTRA&SZLIG;E", "PÉREZ BUNDESSTRASSE", OK),
    (guard_encoding, "&amp;lt;tag&amp;gt;", "<tag>", OK),
    (guard_encoding, "\x1b[31mred\x1b[0m", "red", OK),
    (guard_encoding, "a\x00b\x07c", "abc", OK),
    (guard_encoding, "\ufb01sh \uff21\uff22", "fish AB", OK),
    (guard_encoding, "o\ufb03ce \ufb01sh", "office fish", OK),  # ligatures spelt out
    (guard_encoding, "one \ufb01sh two", "one fish", "lost ASCII letters"),
    (guard_encoding, "cafe\u0301", "café", OK),
    (guard_encoding, "x\u00b2", "x2", OK),  # NFKC may add ASCII
    (guard_encoding, "\u201cquoted\u201d", '"quoted"', OK),
    # ...but losing or changing ASCII letters does not.
    (
        guard_encoding,
        "one two three",
        "one three",
        "lost ASCII letters or digits near 'onetwothree'",
    ),
    (guard_encoding, "price 100", "price 10", "lost ASCII"),
    (guard_encoding, "\x1b[31mred", "[31mred", OK),  # escapes off, controls on
    (guard_encoding, "abc", "acb", "lost ASCII"),
    # whitespace: any whitespace may change, words may not.
    (guard_whitespace, "a \u00a0 b\t\r\n\r\n\r\nc  ", "a b\n\nc\n", OK),
    (guard_whitespace, "    code  =  1\n", "    code  =  1\n", OK),
    (guard_whitespace, "a b", "ab", "changed words"),
    (guard_whitespace, "a b c", "a c", "changed words"),
    (guard_whitespace, "a\u200bb", "ab", "changed words"),  # ZWSP is not whitespace
    # boilerplate: only whole lines go; the rest stay in order.
    (guard_boilerplate, "News Ticker\n\nText.\n\nLeave a Reply\n", "Text.\n", OK),
    (guard_boilerplate, "a\n\nb\n\nc\n", "a\n\nc\n", OK),
    (guard_boilerplate, "a\nb\n", "b\na\n", "changed or moved a line"),
    (guard_boilerplate, "Text here.\n", "Text.\n", "changed or moved a line: 'Text.'"),
    (guard_boilerplate, "a\n", "a\nb\n", "changed or moved a line: 'b'"),
    # ...whole logical lines: never the first or last line of a wrapped paragraph alone.
    (guard_boilerplate, CAPTION, CAPTION.split("\n", 1)[1], "removed part of a wrapped line"),
    (guard_boilerplate, CAPTION, CAPTION.split("\n")[0] + "\n", "removed part of a wrapped"),
    (guard_boilerplate, CAPTION + "\nText.\n", "\nText.\n", OK),
    (guard_boilerplate, "Share this:\nFacebook\nThe mayor spoke.\n", "The mayor spoke.\n", OK),
    (guard_boilerplate, "It fell on the\nAdvertisement\nrates.\n", "It fell on the\nrates.\n", OK),
    # unwrap: line breaks go, line-end hyphens may go, soft hyphens may go.
    (guard_unwrap, "one\ntwo\nthree\n", "one two three\n", OK),
    (guard_unwrap, "inter-\nnational", "international", OK),
    (guard_unwrap, "well-\nknown", "well-known", OK),
    (guard_unwrap, "co\u00adoperate", "cooperate", OK),
    (guard_unwrap, "a-\nb-\nc", "ab-c", OK),
    (guard_unwrap, "a - b", "a b", "changed non-whitespace"),  # not at a line end
    (guard_unwrap, "one\ntwo", "one", "changed non-whitespace"),
    (guard_unwrap, "one\ntwo", "one two three", "changed non-whitespace"),
    (guard_unwrap, "one-\ntwo", "one-two-", "changed non-whitespace"),
    # A control character in the text is text, not a marker of the guard's own.
    (guard_unwrap, "\x01", "\x01\n", OK),
    (guard_unwrap, "a\x01b-\nc", "a\x01bc", OK),
    (guard_unwrap, "a\x01b-\nc", "abc", "changed non-whitespace"),
    # Runs of line-end hyphens: which one went does not matter, how many may.
    (guard_unwrap, "tomorrow.\n\n--\n--\nAnna\n", "tomorrow.\n\n--\n--\nAnna\n", OK),
    (guard_unwrap, "a-\n-\nb", "a-b", OK),
    (guard_unwrap, "a-\n-\nb", "ab", OK),
    (guard_unwrap, "a-\n-\nb", "a---b", "changed non-whitespace"),
    (guard_unwrap, "a--\nb", "ab", "changed non-whitespace"),  # only one "-" ended the line
    # Every line break unwrap reads as one ends a line for the guard too.
    (guard_unwrap, "inter-\x0bnational", "international\n", OK),
    (guard_unwrap, "inter-\u2028national", "international\n", OK),
    # split: only spaces inside a line are added.
    (guard_split, "issuedpreviously here\n", "issued previously here\n", OK),
    (guard_split, "ab\ncd\n", "a b\ncd\n", OK),
    (guard_split, "ab\ncd\n", "ab cd\n", "changed the number of lines"),
    (guard_split, "issued", "issue d.", "changed non-whitespace"),
]


@pytest.mark.parametrize(
    ("guard", "before", "after", "problem"),
    CASES,
    ids=[f"{case[0].__name__}-{index}" for index, case in enumerate(CASES)],
)
def test_guard(guard, before: str, after: str, problem: str | None) -> None:
    found = guard(before, after)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_every_registered_pass_has_a_guard() -> None:
    assert all(guard_for(cleaning_pass) is not None for cleaning_pass in PASSES)
    assert set(GUARDS) == {
        "encoding",
        "whitespace",
        "pdf",
        "pages",
        "boilerplate",
        "unwrap",
        "join",
        "split",
    }


def test_guard_follows_the_pass_options() -> None:
    """With terminal-escape removal on, escapes are stripped on both sides first."""
    assert guard_encoding("\x1b[31mred", "red", remove_terminal_escapes=True) is None
    assert guard_encoding("\x1b[31mred", "red", remove_terminal_escapes=False) is not None


def test_a_pass_guard_overrides_the_registered_one(monkeypatch: pytest.MonkeyPatch) -> None:
    strict = PASS_BY_NAME["whitespace"]._replace(guard=lambda before, after, **_: "always wrong")
    monkeypatch.setitem(PASS_BY_NAME, "whitespace", strict)  # type: ignore[arg-type]
    with pytest.raises(ContentGuardError) as caught:
        clean_and_explain("a  b")
    assert (caught.value.pass_name, caught.value.problem) == ("whitespace", "always wrong")
    assert clean_and_explain("a b\n").text == "a b\n"  # no change, no check


def test_guard_error_in_clean_text_names_the_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    lossy = PASS_BY_NAME["encoding"]._replace(function=lambda text, **_: text.replace("b", ""))
    monkeypatch.setitem(PASS_BY_NAME, "encoding", lossy)  # type: ignore[arg-type]
    with pytest.raises(ContentGuardError, match="pass 'encoding' lost ASCII letters"):
        clean_text("a\n\nb\n", chunk_chars=1)


# --- block-by-block cleaning ----------------------------------------------------------------

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
INPUTS = sorted(FIXTURES.glob("*/input.txt"))


@pytest.mark.parametrize("case", INPUTS, ids=[case.parent.name for case in INPUTS])
@pytest.mark.parametrize("chunk_chars", [1, 7, 1 << 20])
def test_clean_text_equals_clean(case: Path, chunk_chars: int) -> None:
    text = case.read_bytes().decode("utf-8")
    result = clean_and_explain(text)
    expected = (result.text, result.passes)
    assert clean_text(text, chunk_chars=chunk_chars)[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "a  b\n\n```\n\nx  =  1\n\n\n```\n\nc  d\n",  # blank lines inside a fence
        "&amp; one\n\n<b> two\n\n&amp; three\n",  # ftfy stops unescaping after a '<'
        "a\r\n\r\n\r\n\r\nb\r\n\r\nc",  # CRLF blank runs across blocks
        "\n\n\n\na\n\n\n\n",  # blank edges
        "x\n\n" * 50,
    ],
)
@pytest.mark.parametrize("chunk_chars", [1, 3, 10])
def test_clean_text_at_block_boundaries(text: str, chunk_chars: int) -> None:
    assert clean_text(text, chunk_chars=chunk_chars)[0] == clean(text)


def test_non_local_passes_see_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pass not marked paragraph_local runs once, on the whole text."""
    seen: list[str] = []
    whole = PASS_BY_NAME["whitespace"]._replace(
        function=lambda text, **_: seen.append(text) or text, paragraph_local=False
    )
    monkeypatch.setitem(PASS_BY_NAME, "whitespace", whole)  # type: ignore[arg-type]
    clean_text("a\n\nb\n\nc\n", chunk_chars=1)
    assert seen == ["a\n\nb\n\nc\n"]


def test_split_blocks_cuts_after_blank_lines_only() -> None:
    text = "one\ntwo\n\nthree\r\n\r\nfour"
    assert list(split_blocks(text, 1)) == ["one\ntwo\n\n", "three\r\n\r\n", "four"]
    assert "".join(split_blocks(text, 5)) == text
    assert list(split_blocks("no blank line\n" * 3, 1)) == ["no blank line\n" * 3]


def test_options_reach_every_block() -> None:
    config = build_config({"encoding": {"uncurl_quotes": False}})
    text = "\u201ca\u201d\n\n\u201cb\u201d\n"
    assert clean_text(text, config, chunk_chars=1)[0] == text
    assert clean_text(text, Config(), chunk_chars=1)[0] == '"a"\n\n"b"\n'


def test_without_whitespace_removes_what_the_whitespace_pattern_matches() -> None:
    every_character = "".join(map(chr, range(0x110000)))
    assert compare.without_whitespace(every_character) == compare.WHITESPACE_RE.sub(
        "", every_character
    )


def test_mutated_wrapped_cookie_notice() -> None:
    """A wrapped cookie notice whose last line is repeated (a mutant of
    boilerplate-wrapped-cookies, seed 876; a known gap until the guard took each line left
    for its last occurrence too): the notice goes whole, the repeated line stays."""
    text = (
        Path(__file__).resolve().parent.parent
        / "fixtures"
        / "boilerplate-wrapped-cookies"
        / "input.txt"
    ).read_text(encoding="utf-8")
    notice = "editor said the figures had surprised the whole of the newsroom.\n"
    text = text.replace("stories our readers finish", "stories you finish").replace(
        notice, notice * 2
    )
    once = clean(text)
    assert clean(once) == once
    assert once.count(notice.strip()) == 1 and "We use cookies" not in once


# Words and runs of whitespace (Unicode ones too) to respace.
SPACING_PARTS = st.lists(
    st.sampled_from(["a", "bc", "d.", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u3000", "\u200b"]),
    max_size=24,
)


@given(SPACING_PARTS, SPACING_PARTS)
@settings(max_examples=500, deadline=None)
def test_spacing_walk_agrees_with_the_whole_comparison(before: list[str], after: list[str]) -> None:
    """Whatever two texts, the walk proves only what the whole comparison finds."""
    old, new = "".join(before), "".join(after)
    if whitespace_guard._only_spacing_differs(old, new):
        assert " ".join(old.split()) == " ".join(new.split())


@given(SPACING_PARTS, st.data())
@settings(max_examples=500, deadline=None)
def test_spacing_walk_proves_respaced_text(parts: list[str], data: st.DataObject) -> None:
    """A text whose whitespace runs were changed (never removed between words) is proven."""
    text = "".join(parts)
    spaced = WHITESPACE_RUN_RE.sub(
        lambda run: data.draw(st.sampled_from([" ", "\n", "  \n", "\t"])), text
    )
    with pytest.MonkeyPatch.context() as patch:  # (no text here has too many changes)
        patch.setattr(compare, "SPACING_DIFFERENCES", 1000)
        proven = whitespace_guard._only_spacing_differs(text, spaced)
    assert proven == (" ".join(text.split()) == " ".join(spaced.split()))


# Lines of words, hyphens and dashes, some at a line's end, with soft hyphens and spaces.
HYPHEN_PARTS = st.lists(
    st.sampled_from(["ab", "c", "-", "--", "-\n", "\n", " ", "\u00ad", "\u00a0", "é", "\n-"]),
    max_size=20,
)


@given(HYPHEN_PARTS, st.data())
@settings(max_examples=500, deadline=None)
def test_line_end_hyphen_check_agrees_with_the_run_walk(parts: list[str], data) -> None:
    """Whatever unwrap made of a text (some line-end hyphens dropped, lines joined, or any
    other text), the check proves only what the walk over runs allows, and proves what a
    plain unwrap makes (every line-end hyphen kept, or none, lines joined by spaces)."""
    before = "".join(parts)
    drop = data.draw(st.booleans())
    joined = re.sub(r"-[ \u00a0]*\n" if drop else r"\n", "" if drop else " ", before)
    after = data.draw(st.sampled_from([joined, "".join(data.draw(HYPHEN_PARTS))]))
    allowed = unwrap_guard._runs_walked(before, after) is None
    proven = unwrap_guard._only_line_end_hyphens_gone(before, after)
    assert allowed or not proven
    if after == joined and not re.search(r"--*[\s\u00ad]+-[\s\u00ad]*-", before):
        assert proven == allowed  # (a hyphen run over a whole line between two is not read)
    # A text too long to copy, read a block of lines at a time (blocks of one line and
    # more): it proves only what the walk allows, and what the whole-text check proves
    # when one block holds it all.
    for block_chars in (1, 4, 1 << 16):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(unwrap_guard, "GUARD_BLOCK_CHARS", block_chars)
            by_blocks = unwrap_guard._line_end_hyphens_gone_by_blocks(before, after)
        assert allowed or not by_blocks
        if block_chars == 1 << 16:
            assert by_blocks == proven


@given(st.lists(st.sampled_from(["ab", "c", " ", "  ", "\n", "é"]), max_size=20), st.data())
@settings(max_examples=500, deadline=None)
def test_space_walk_agrees_with_the_whole_comparison(parts: list[str], data) -> None:
    """The walk proves only texts equal without spaces, and proves spaces put in."""
    before = "".join(parts)
    spaced = "".join(part + data.draw(st.sampled_from(["", " "])) for part in parts)
    after = data.draw(
        st.sampled_from([spaced, "".join(data.draw(st.lists(st.sampled_from(parts or ["x"]))))])
    )
    proven = split_guard._only_spaces_differ(before, after)
    if proven:
        assert before.replace(" ", "") == after.replace(" ", "")
    if after == spaced:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(compare, "SPACING_DIFFERENCES", 1000)
            assert split_guard._only_spaces_differ(before, after)


def canonical_every_step(text: str, strip_escapes: bool) -> str:
    """The encoding guard's canonical form with every step run in every round, as first
    written: the reference for the rounds that skip a step with nothing to act on."""
    import unicodedata

    from ftfy import fixes

    for _ in range(4):
        previous = text
        text = fixes.unescape_html(text)
        if strip_escapes:
            text = fixes.remove_terminal_escapes(text)
        text = fixes.remove_control_chars(text)
        if text == previous:
            break
    return unicodedata.normalize("NFC", text)


ESCAPED = [
    "&amp;",
    "&amp;amp;",
    "&#xfeff;",
    "&amp;#xfeff;",
    "&#x1b;[1m",
    "&amp;#x1b;[1m",
    "\x1b[31m",
    "\x07",
    "&",
]


@given(
    st.lists(st.sampled_from(["a", " ", "é", "\u0301", "\ufeff", *ESCAPED]), max_size=20),
    st.booleans(),
)
@settings(max_examples=500, deadline=None)
def test_the_encoding_guards_canonical_form_as_every_step_makes_it(
    parts: list[str], strip_escapes: bool
) -> None:
    from cleaner.guard.encoding import _canonical

    text = "".join(parts)
    assert _canonical(text, strip_escapes) == canonical_every_step(text, strip_escapes)
