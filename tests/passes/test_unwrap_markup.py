"""Hand-wrapped reStructuredText (issue 14): paragraphs rejoined, code and tables kept.

Each row is a document with enough markup to be read as reStructuredText (a title, a
target, a literal block), a paragraph that must come out on one line, and the lines
beside it that must stay exactly as they are.
"""

from __future__ import annotations

import pytest

from cleaner import build_config, clean
from cleaner.chunks import clean_text
from cleaner.passes.unwrap import unwrap_paragraphs
from cleaner.passes.unwrap.markup import is_markup

MARKUP = "Title\n=====\n\n.. _target: https://example.org\n\nSee::\n\n    x = 1\n\n"

CASES = [
    # Wrapped at no single width: a short line in the middle, a long one after it.
    (
        "The author broke lines\nwhere it felt right,\nso no width explains the lines of this"
        " paragraph at all.\nIt ends here.\n",
        "The author broke lines where it felt right, so no width explains the lines of this"
        " paragraph at all. It ends here.",
        [],
    ),
    # Each line a sentence, each with room: still one paragraph in markup.
    (
        "Short lines.\nEach one a sentence.\nOne paragraph.\n",
        "Short lines. Each one a sentence. One paragraph.",
        [],
    ),
    # A list item's indented continuation; the next item stays its own line.
    (
        "* An item whose text goes on\n  to a second line.\n* Another item.\n",
        "* An item whose text goes on to a second line.",
        ["* Another item."],
    ),
    # A definition, indented four spaces, under a term that stays on its own line.
    (
        "``spam``\n    A definition under\n    its term.\n",
        "    A definition under its term.",
        ["``spam``"],
    ),
    # A directive's content is prose; the directive line stays.
    (
        ".. note::\n\n   A note, wrapped\n   at three spaces.\n",
        "   A note, wrapped at three spaces.",
        [".. note::"],
    ),
    # A literal block indented two spaces, beside a paragraph: its spacing and lines stay.
    (
        "Run this loop, which the text\nintroduces::\n\n  for k in d:\n      print(k,  d[k])\n",
        "Run this loop, which the text introduces::",
        ["  for k in d:", "      print(k,  d[k])"],
    ),
    # A doctest block and a code directive stay line for line.
    (
        "A doctest follows\nthis paragraph.\n\n>>> spam(1,  2)\n3\n4\n\n.. code-block:: python\n"
        "\n  eggs = [1,\n    2]\n",
        "A doctest follows this paragraph.",
        [">>> spam(1,  2)", "3", "4", "  eggs = [1,", "    2]"],
    ),
    # A simple table stays as it is.
    (
        "A table follows\nthis paragraph.\n\n=====  =====\nName   Value\n=====  =====\n"
        "spam   one\neggs   two\n=====  =====\n",
        "A table follows this paragraph.",
        ["Name   Value", "spam   one", "eggs   two"],
    ),
    # A title underlined with tildes is no Markdown fence: the text after it is prose.
    (
        "Section\n~~~~~~~\n\nText after a title\nunderlined with  tildes.\n",
        "Text after a title underlined with tildes.",
        ["Section", "~~~~~~~"],
    ),
    # A tilde fence after a blank line is still one: its lines stay.
    (
        "Text before a\nfence.\n\n~~~\nfor k in d:\n    pass\n~~~\n",
        "Text before a fence.",
        ["~~~", "for k in d:", "    pass"],
    ),
    # A list right under a title's underline; the wrapped target of a link is no HTML tag.
    (
        "``name``\n~~~~~~~~\n- Format: string\n- Core metadata: ``Name``\n  (`link\n"
        "  <https://example.org/#name>`__)\n",
        "- Core metadata: ``Name`` (`link <https://example.org/#name>`__)",
        ["- Format: string", "~~~~~~~~"],
    ),
    # A footnote's continuation joins it; a field's too.
    (
        ".. [1] A footnote that\n   goes on.\n\n:Author: Ann\n   and Bob\n",
        ".. [1] A footnote that goes on.",
        [":Author: Ann and Bob"],
    ),
    # A paragraph that starts with an ellipsis is no directive: its "::" opens a literal.
    (
        "... or with a class\ndecorator::\n\n    @sentinel\n    class NotGiven: pass\n",
        "... or with a class decorator::",
        ["    @sentinel", "    class NotGiven: pass"],
    ),
    # A code directive right under a title's underline, no blank line between.
    (
        "Delegation\n^^^^^^^^^^\n.. code:: python\n\n    def sub():\n        x = yield 1\n"
        "        yield x\n\nAfter the code comes\nprose.\n",
        "After the code comes prose.",
        ["    def sub():", "        x = yield 1", "        yield x"],
    ),
]


@pytest.mark.parametrize(("body", "paragraph", "kept"), CASES)
def test_markup_paragraph_rejoined_and_structure_kept(
    body: str, paragraph: str, kept: list[str]
) -> None:
    text = MARKUP + body
    assert is_markup(text)
    lines = clean(text, build_config({})).split("\n")
    assert paragraph in lines
    for line in kept:
        assert line in lines
    assert "    x = 1" in lines  # The literal block of MARKUP, too.


@pytest.mark.parametrize(("body", "paragraph", "kept"), CASES)
def test_markup_output_is_a_fixed_point(body: str, paragraph: str, kept: list[str]) -> None:
    once = clean(MARKUP + body, build_config({}))
    assert clean(once, build_config({})) == once


@pytest.mark.parametrize(("body", "paragraph", "kept"), CASES)
def test_markup_cleaned_in_small_blocks_as_whole(
    body: str, paragraph: str, kept: list[str]
) -> None:
    """Blocks are cut only before a line in the first column: no literal block is cut."""
    text = MARKUP + body
    assert clean_text(text, build_config({}), chunk_chars=1)[0] == clean(text, build_config({}))


@pytest.mark.parametrize(
    "text",
    [
        "An ordinary letter.\n\nYours,\nAnn\n",
        # One sign of markup is not enough: plain text may end a line with "::".
        "Note::\n\n  indented\n\nRoses are red,\nviolets are blue.\n",
    ],
)
def test_plain_text_is_not_markup(text: str) -> None:
    assert not is_markup(text)


def test_verse_outside_markup_stays_line_for_line() -> None:
    text = "Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you.\n"
    assert unwrap_paragraphs(text) == text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # A block of headers: each its own line, its indented continuation joined to it.
        (
            "PEP: 9999\nTitle: A Proposal\nAuthor: Ann <a@x.org>,\n    Bob <b@x.org>\n",
            "PEP: 9999\nTitle: A Proposal\nAuthor: Ann <a@x.org>, Bob <b@x.org>\n",
        ),
        # A header with no value yet is a header too (PEP 4's "Post-History:").
        (
            "PEP: 4\nCreated: 01-Oct-2000\nPost-History:\n",
            "PEP: 4\nCreated: 01-Oct-2000\nPost-History:\n",
        ),
        # A header that lost its colon goes on the header above, as its next run reads it.
        (
            "PEP: 9999\nTitle\ufffd A Proposal\nAuthor: Ann <a@x.org>,\n    Bob <b@x.org>\n",
            "PEP: 9999 Title\ufffd A Proposal\nAuthor: Ann <a@x.org>, Bob <b@x.org>\n",
        ),
        (
            "PEP: 9999\n\ufffduthor: Ann <a@x.org>,\n    Bob <b@x.org>\nStatus: Draft\n",
            "PEP: 9999 \ufffduthor: Ann <a@x.org>, Bob <b@x.org>\nStatus: Draft\n",
        ),
        # A first line that is no header: a paragraph, its deeper line a definition.
        (
            "The proposal\nis short:\n    a definition\n",
            "The proposal is short:\n    a definition\n",
        ),
    ],
)
def test_a_first_block_of_headers_reads_the_same_once_joined(head: str, expected: str) -> None:
    text = head + "\n" + MARKUP.rstrip("\n") + "\n"
    once = unwrap_paragraphs(text)
    assert once == expected + "\n" + MARKUP.rstrip("\n") + "\n"
    assert unwrap_paragraphs(once) == once
