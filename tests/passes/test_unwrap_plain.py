"""unwrap's one-walk verdict on a plain block gives what the verse test and the plain
paragraph give (cleaner/passes/unwrap/plain.py)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.passes.unwrap.blocks import joined_at_breaks
from cleaner.passes.unwrap.document import Document
from cleaner.passes.unwrap.fast import joined_paragraph, plain_paragraph
from cleaner.passes.unwrap.kinds import Kind
from cleaner.passes.unwrap.plain import plain_paragraph_unless_verse
from cleaner.passes.unwrap.verse import is_prose_verse, is_quoted_couplet
from tests.passes.test_fast_paths import HYPHENATED_DOCUMENT, HYPHENATED_WORDS, wrapped_prose


def _two_walks(lines: tuple[str, ...], document: Document) -> str | None:
    """What the pass did before: the verse verdict, then the plain paragraph."""
    if is_prose_verse(lines, document):
        return None
    return plain_paragraph(lines, document.width, False, document.paragraph_width)


def _one_walk(lines: tuple[str, ...], document: Document) -> str | None:
    """The one walk as the pass asks it: not of a quoted couplet, which it leaves to the
    verse test (the one walk has no document to tell one)."""
    if is_quoted_couplet(lines, document):
        return None
    return plain_paragraph_unless_verse(lines, document.width, document.paragraph_width)


@settings(max_examples=1500, deadline=None)
@given(
    wrapped_prose(),
    st.integers(-8, 8),
    st.booleans(),
    st.lists(st.sampled_from(["", "", "", "", ":", ".", ",", " ", "é", "-", "«", "я", "天"])),
)
@example(([("Files:", 0), ("setup.py", 0)], 40), 0, False, [])  # (a list after a colon)
@example(([("Roses are red,", 0), ("violets are blue,", 0), ("I wrote.", 0)], 40), 0, False, [])
def test_one_walk_is_the_verse_verdict_then_the_plain_paragraph(
    prose, near: int, paragraph_gaps: bool, ends: list[str]
) -> None:
    block, width = prose
    padded = [*ends, *[""] * len(block)]
    lines = tuple(line + end for (line, _), end in zip(block, padded, strict=False))
    if len(lines) < 2:
        return
    document = Document(max(1, width + near), False, True, True, "", paragraph_gaps=paragraph_gaps)
    assert _one_walk(lines, document) == _two_walks(lines, document)


EDGE_SPACES = ["", "", "", " ", "  ", "\t", "\u00a0", "\u3000"]


@settings(max_examples=1500, deadline=None)
@given(
    wrapped_prose(),
    st.integers(-8, 8),
    st.lists(st.tuples(st.sampled_from(EDGE_SPACES), st.sampled_from(EDGE_SPACES))),
)
@example(([("A paragraph", 0), ("wrapped at", 0), ("a width.", 0)], 12), 0, [("", ""), ("", "")])
@example(
    ([("A paragraph", 0), ("wrapped at", 0), ("a width.", 0)], 12), 0, [("", "")] * 2 + [("", " ")]
)
def test_both_walks_join_as_joined_paragraph(prose, near: int, edges) -> None:
    """Both walks join a paragraph's lines as ``joined_paragraph`` does (every line after
    the first stripped, runs of spaces collapsed if one goes on indented), whatever
    whitespace the lines open or end with: they join without stripping where they proved
    none needs it (``joined_unindented``)."""
    block, width = prose
    padded = [*edges, *[("", "")] * len(block)]
    lines = tuple(
        start + line + end for (line, _), (start, end) in zip(block, padded, strict=False)
    )
    if len(lines) < 2:
        return
    document = Document(max(1, width + near), False, True, True, "")
    indented = any(line[:1] == " " for line in lines[1:])
    for joined in (_one_walk(lines, document), _two_walks(lines, document)):
        assert joined is None or joined == joined_paragraph(lines, indented)


# (lines, width, the one walk's answer): joined, or None where the two walks are asked.
CASES = [
    (("A paragraph wrapped", "at a width of twenty", "or so."), 20,
     "A paragraph wrapped at a width of twenty or so."),
    (("It went on until the", "Monday after."), 20, "It went on until the Monday after."),
    (("Roses are red,", "violets are blue,", "sugar is sweet,", "and so are you."), 40, None),
    (("It ended there.", "The next one began."), 40, None),
    (("an inter-", "national deal"), 12, None),
    (("天气很好，我们去", "公园吧。"), 8, None),
    (("Files:", "setup.py", "README.md"), 40, None),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "width", "expected"), CASES)
def test_one_walk_joins_plain_prose_and_leaves_the_rest(lines, width, expected) -> None:
    document = Document(width, False, True, True, "")
    assert _one_walk(lines, document) == expected
    if expected is not None:
        assert _two_walks(lines, document) == expected


def _two_walks_joining_breaks(lines: tuple[str, ...], document: Document) -> str | None:
    """The verse verdict, then the plain paragraph that reads word breaks too, joined."""
    if is_prose_verse(lines, document):
        return None
    broken: list[int] = []
    joined = plain_paragraph(lines, document.width, False, document.paragraph_width, broken=broken)
    return _joined(lines, broken, document) if broken else joined


def _one_walk_joining_breaks(lines: tuple[str, ...], document: Document) -> str | None:
    if is_quoted_couplet(lines, document):
        return None
    broken: list[int] = []
    one = plain_paragraph_unless_verse(
        lines, document.width, document.paragraph_width, broken=broken
    )
    assert not (one and broken)  # (filled only where None is returned)
    return _joined(lines, broken, document) if broken else one


def _joined(lines: tuple[str, ...], broken: list[int], document: Document) -> str:
    return joined_at_breaks(lines, (Kind.PROSE,) * len(lines), broken, document)


@settings(max_examples=1500, deadline=None)
@given(wrapped_prose(HYPHENATED_WORDS), st.integers(-8, 8), st.booleans())
def test_one_walk_reading_word_breaks_is_the_verse_verdict_then_the_plain_paragraph(
    prose, near: int, paragraph_gaps: bool
) -> None:
    block, width = prose
    lines = tuple(line for line, _ in block)
    if len(lines) < 2:
        return
    document = Document(
        max(1, width + near), False, True, True, HYPHENATED_DOCUMENT, paragraph_gaps=paragraph_gaps
    )
    one = _one_walk_joining_breaks(lines, document)
    # None where a word break does not decide the verse verdict (the caller asks the two).
    assert one is None or one == _two_walks_joining_breaks(lines, document)


@pytest.mark.parametrize(
    ("lines", "width", "expected"),
    [
        (("a deal that was inter-", "national and well-", "known to all of us."), 22,
         "a deal that was international and wellknown to all of us."),
        # Cut verse (every line short of half the width) is the caller's to judge.
        (("Si de llegarte a los bue-", "libro, fueres con letu-", "no te dirá el boquirru-",
          "que no pones bien los de-."), 72, None),
    ],
)  # fmt: skip
def test_one_walk_joins_word_breaks(lines, width, expected) -> None:
    document = Document(width, False, True, True, HYPHENATED_DOCUMENT)
    assert _one_walk_joining_breaks(lines, document) == expected
    if expected is not None:
        assert _two_walks_joining_breaks(lines, document) == expected
