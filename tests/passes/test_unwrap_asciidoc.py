"""Hand-wrapped AsciiDoc: which documents read as AsciiDoc, and how their blocks join.

In AsciiDoc, as asciidoc-py renders it, a paragraph's line breaks are spaces whatever
width its author wrapped it at; a definition's indented lines under its terms and an
item's lines are its prose; a paragraph whose first line is indented is literal text,
and delimited blocks, attribute lines, terms and ``+`` keep their lines.
"""

from __future__ import annotations

import pytest

from cleaner import build_config, clean
from cleaner.passes.unwrap import explain_unwrap, unwrap_paragraphs
from cleaner.passes.unwrap.markup import ASCIIDOC, MARKDOWN, RST, markup_of

OPENING = "= notes(1)\n\nSee linkgit:git-add[1] and linkgit:git-rm[1].\n\n"


@pytest.mark.parametrize(
    ("text", "flavour"),
    [
        (OPENING, ASCIIDOC),
        (
            "`-a`::\n\tAll.\n\n`-q`::\n\tQuiet.\n\n[source,c]\n----\nint x;\nint y;\n----\n",
            ASCIIDOC,
        ),
        ("== Usage\n\nSee <<a,A>>, <<b>>.\n\n[[a]]\n== A\n\ninclude::b.adoc[]\n", ASCIIDOC),
        # TOML's arrays of tables are no anchors; a reStructuredText literal block after
        # "::" is indented with spaces, no definition.
        ("[[bin]]\nname = 'a'\n\n[[bin]]\nname = 'b'\n\n[[bin]]\nname = 'c'\n", ""),
        ("Title\n=====\n\nSee::\n\n    code\n\n.. _x: https://x.org\n", RST),
        ("# Notes\n\nSee [a](https://x.org) and [b](#b).\n", MARKDOWN),
        ("Roses are red,\nViolets are blue.\n", ""),
    ],
)
def test_markup_of_tells_asciidoc(text: str, flavour: str) -> None:
    assert markup_of(text) == flavour


def test_a_paragraph_edited_by_hand_is_one_line() -> None:
    body = "The `--dry-run` option can be used to obtain a\nsummary of what is included.\n"
    assert unwrap_paragraphs(OPENING + body) == OPENING + (
        "The `--dry-run` option can be used to obtain a summary of what is included.\n"
    )


def test_terms_stay_apart_and_their_definition_is_prose() -> None:
    body = (
        "`-a`::\n`--all`::\n\tStage the files that have\n\tbeen modified.\n+\nMore on it\nhere.\n"
    )
    assert unwrap_paragraphs(OPENING + body) == OPENING + (
        "`-a`::\n`--all`::\n\tStage the files that have been modified.\n+\nMore on it here.\n"
    )


def test_literal_paragraphs_and_listing_blocks_keep_their_lines() -> None:
    body = (
        "To run it:\n\n\t$ make\n\t$ make test\n\n"
        "The step:\n+\n----\n$ git add x\n$ git commit\n----\n"
    )
    assert unwrap_paragraphs(OPENING + body) == OPENING + body


def test_a_marker_opens_an_item_atop_a_block_or_in_a_list_only() -> None:
    body = (
        "Paths are collapsed into stage\n0.  Also the rest.\n\n"
        ". One item\nwrapped.\n+\nIts paragraph.\n. Two.\n"
    )
    assert unwrap_paragraphs(OPENING + body) == OPENING + (
        "Paths are collapsed into stage 0. Also the rest.\n\n"
        ". One item wrapped.\n+\nIts paragraph.\n. Two.\n"
    )


def test_asciidoc_output_is_a_fixed_point_and_explained() -> None:
    text = OPENING + "[synopsis]\nnotes [-a]\n\t[--] [<note>...]\n\nA paragraph\nwrapped.\n"
    config = build_config({})
    once = clean(text, config)
    assert "[synopsis]\nnotes [-a]\n\t[--] [<note>...]\n" in once
    assert clean(once, config) == once
    assert "AsciiDoc markup: each block's lines joined, whatever their width" in explain_unwrap(
        text, unwrap_paragraphs(text)
    )
