"""Hand-wrapped Markdown: which documents read as Markdown, and how their blocks join.

In Markdown a paragraph's line breaks are spaces whatever width its author wrapped it at
(a sentence a line, or one short line after an edit), a list item's next line goes on it
at any indentation, an indented block is code, and a line ending in a backslash or
``<br>`` asks for its break.
"""

from __future__ import annotations

import pytest

from cleaner import build_config, clean
from cleaner.passes.unwrap import explain_unwrap, unwrap_paragraphs
from cleaner.passes.unwrap.markup import MARKDOWN, RST, markup_of

OPENING = "# Notes\n\nSee [the guide](https://example.org/guide) and [the FAQ](#faq).\n\n"


@pytest.mark.parametrize(
    ("text", "flavour"),
    [
        (OPENING, MARKDOWN),
        ("```\ncode\n```\n\n[a]: https://x.org\nText with a [link][a].\n", MARKDOWN),
        ("Title\n=====\n\n.. _x: https://x.org\n\nSee::\n\n    code\n", RST),
        # Headings alone are no sign: a shell session's comments are written so.
        ("Run:\n# make\n# make test\n# make install\n", ""),
        # A book's bracketed notes are no links.
        ("[Illustration]\n\nCHAPTER I.\n\n[Footnote 1: A note.]\n\nText [sic] here.\n", ""),
        ("Roses are red,\nViolets are blue.\n", ""),
    ],
)
def test_markup_of_tells_markdown(text: str, flavour: str) -> None:
    assert markup_of(text) == flavour


def test_a_sentence_a_line_is_one_paragraph() -> None:
    body = "Each sentence is on a line.\nThe next one too.\nAnd the last.\n"
    assert unwrap_paragraphs(OPENING + body) == (
        OPENING + "Each sentence is on a line. The next one too. And the last.\n"
    )
    # Outside Markdown, such lines (capitals, room for more) are kept as verse.
    assert unwrap_paragraphs(body) == body


def test_a_hard_line_break_is_kept() -> None:
    body = "Jane Doe\\\n12 Main Street<br>\nSpringfield\nand on.\n"
    assert unwrap_paragraphs(OPENING + body).endswith(
        "Jane Doe\\\n12 Main Street<br>\nSpringfield and on.\n"
    )


def test_a_lazy_line_goes_on_its_item_and_indented_code_stays() -> None:
    body = (
        "- An item whose author did\nnot indent its next line.\n- Another item.\n\n"
        "Code:\n\n    let x = one\n    two(x);\n"
    )
    assert unwrap_paragraphs(OPENING + body) == OPENING + (
        "- An item whose author did not indent its next line.\n- Another item.\n\n"
        "Code:\n\n    let x = one\n    two(x);\n"
    )


def test_markdown_output_is_a_fixed_point_and_explained() -> None:
    text = OPENING + "A paragraph wrapped\nby hand, short\nthen longer than the first line.\n"
    config = build_config({})
    once = clean(text, config)
    assert clean(once, config) == once
    assert "Markdown markup: each block's lines joined, whatever their width" in explain_unwrap(
        text, unwrap_paragraphs(text)
    )
