"""Plain-text layouts (an RFC's): two columns, contents lines, indented paragraphs; and what
the whitespace, unwrap, pages and join passes do with them (session 26)."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.passes.join import join_broken_words
from cleaner.passes.pages import _ends_paragraph
from cleaner.passes.plaintext import (
    indented_paragraph_lines,
    is_contents_line,
    is_two_columns,
)
from cleaner.passes.unwrap import unwrap_paragraphs
from cleaner.passes.whitespace import normalize_whitespace

TITLE_BLOCK = (
    "Network Working Group                                           M. Chiba\n"
    "Request for Comments: 5176                                    G. Dommety\n"
    "Category: Informational                              Cisco Systems, Inc.\n"
)
BODY = (
    "     Interoperability requires that all OTP servers and generators use\n"
    "     the same dictionary. The standard dictionary was originally\n"
    '     specified in the "S/KEY One Time Password System" that is described\n'
    "     in RFC 1760 [5].  This dictionary is included in this document as\n"
    "     Appendix D.\n"
)
JOINED_BODY = (
    "     Interoperability requires that all OTP servers and generators use the same "
    'dictionary. The standard dictionary was originally specified in the "S/KEY One Time '
    'Password System" that is described in RFC 1760 [5]. This dictionary is included in '
    "this document as Appendix D.\n"
)
CONTENTS = (
    "Table of Contents\n\n"
    "   1. Introduction ....................................................2\n"
    "      1.1. Applicability ..............................................3\n"
    "   2. Overview ........................................................4\n"
    "   Appendix A ........................................................31\n"
)
MARKDOWN_TABLE = "| Name      | Age |\n|-----------|-----|\n| Anna      | 34  |\n"
MARKDOWN_CODE = (
    "Run it:\n\n"
    "    def wrapped(text):\n"
    "        return text\n\n"
    "    print(wrapped('a line that is long enough to look like prose at a width'))\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Network Working Group                                           M. Chiba", True),
        ("Category: Informational                              Cisco Systems, Inc.", True),
        ("   Filter-ID (11) -        Indicates the name", True),
        # Negative rows: sentence spacing, a justified line, long halves, indented code,
        # a table row with pipes, three columns.
        ("It works.  By the way, it does.", False),
        ("the  quick  brown  fox  jumps  over  the  lazy  dog  again  and  again", False),
        ("A very long first half that goes on and on past forty        x", False),
        ("    code        = 1", False),
        ("| Name      | Age |", False),
        ("Chiba, et al.        Informational        [Page 1]", False),
    ],
)
def test_two_columns(line: str, expected: bool) -> None:
    assert is_two_columns(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("   3.1. Proxy State ...............................................12", True),
        ("B.1.  Relays and Proxies . . . . . . . . . . . . . . . . . . . 45", True),
        ("   Preface .......... iv", True),
        ("He waited.... 5 minutes later he left.", False),
        ("Wait....", False),
        ("The total is 1.2", False),
    ],
)
def test_contents_line(line: str, expected: bool) -> None:
    assert is_contents_line(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BODY, [0, 1, 2, 3, 4]),
        # Under a label (a field's name at a smaller indent, with room for the next word).
        (
            "   session\n"
            "        Each service provided by the NAS to a user constitutes a\n"
            "        session, with the beginning of the session defined as the point\n"
            "        that.\n",
            [1, 2, 3],
        ),
        # A list item's hanging lines, the item's line with them (one is enough).
        (
            "      (3)  The degree of management function that is remotely\n"
            "           supported is accordingly increased, thereby imposing the\n"
            "           fewest possible restrictions.\n",
            [0, 1, 2],
        ),
        (
            "      (1)  The development cost for management agent software\n"
            "           necessary to support the protocol is accordingly reduced.\n",
            [0, 1],
        ),
        # Negative rows: an item whose lines are no wrapped prose (short), code, short
        # lines, a full line above (the run goes on its
        # paragraph: an item's wrapped text), one paragraph a line (a book's, indented).
        ("    1. first\n       short\n", []),
        # An item line at the margin: its hanging lines are its own (pango's NEWS).
        (
            "- Use harfbuzz for shaping on all platforms - Stop using freetype for font"
            " loading; this\n"
            "    drops support for type1 and bitmap fonts\n",
            [],
        ),
        # A footnote item whose line ends a sentence (War and Peace): no wrapped paragraph.
        (
            "    * (2) \u201cHurrah for the Austrians! Hurrah for the Russians, all!\n"
            "     Hurrah for Emperor Alexander!\u201d\n",
            [],
        ),
        (MARKDOWN_CODE, []),
        ("    short line\n    another short line\n", []),
        (
            "    o   Mechanisms for describing and naming objects and events for the\n"
            "        purpose of management.  The first version of this Structure of\n"
            "        Management Information (SMI) is called SMIv1 and described in\n",
            [],
        ),
        ("     " + "Word " * 40 + "\n     " + "Next " * 30 + "\n", []),
        ("    x = compute(a, b)  # a long comment that fills the line up to here\n    y = x\n", []),
    ],
)
def test_indented_paragraph_lines(text: str, expected: list[int]) -> None:
    assert sorted(indented_paragraph_lines(text.split("\n"))) == expected


def test_whitespace_keeps_two_columns_and_squeezes_prose() -> None:
    prose = "It works.  By the   way, it does.\n"
    assert normalize_whitespace(TITLE_BLOCK) == TITLE_BLOCK
    assert normalize_whitespace(prose) == "It works. By the way, it does.\n"
    # A Markdown table's rows are no two columns, but its header and first row share their
    # columns across the delimiter row: kept aligned (layout.TABLE_DELIMITER_RE).
    assert normalize_whitespace(MARKDOWN_TABLE) == MARKDOWN_TABLE
    assert (
        normalize_whitespace(MARKDOWN_TABLE.replace("|-----------|-----|", "Rows"))
        == "| Name | Age |\nRows\n| Anna | 34 |\n"
    )


def test_unwrap_keeps_contents_one_per_line() -> None:
    assert unwrap_paragraphs(CONTENTS) == CONTENTS
    assert clean(CONTENTS) == CONTENTS


def test_unwrap_joins_indented_paragraph_not_its_label() -> None:
    assert unwrap_paragraphs(BODY) == JOINED_BODY
    labelled = "   session\n" + BODY.replace("     ", "        ")
    out = unwrap_paragraphs(labelled)
    assert out.startswith("   session\n")  # The field's name stays apart from its text.
    assert "Interoperability requires that all OTP servers and generators use the" in out
    assert clean(clean(labelled)) == clean(labelled)


@pytest.mark.parametrize("text", [MARKDOWN_CODE, MARKDOWN_TABLE, "A prose paragraph\nwrapped.\n"])
def test_unwrap_negative_cases_unchanged(text: str) -> None:
    expected = {"A prose paragraph\nwrapped.\n": "A prose paragraph wrapped.\n"}.get(text, text)
    assert unwrap_paragraphs(text) == expected


def test_pages_short_last_line_after_break() -> None:
    lines = ["   the exchange of messages over a transport", "   mapping is the use of the User"]
    lines += ["", "   Datagram Protocol [6].", ""]
    assert _ends_paragraph(lines, 1, 3)
    # Negative rows: a heading (no sentence end), a line going on, another indent.
    assert not _ends_paragraph([*lines[:3], "   Datagram Protocol", ""], 1, 3)
    assert not _ends_paragraph([*lines[:3], "   Datagram Protocol [6].", "   more"], 1, 3)
    assert not _ends_paragraph([*lines[:3], "Datagram Protocol [6].", ""], 1, 3)


def test_join_keeps_a_letter_a_word_after_it_names() -> None:
    text = (
        "T he pager now builds wi th the co de of the new library.\n\n"
        "File marks (set by the m command) stay; handling %t in prompts and :d on files.\n"
    )
    out = join_broken_words(text)
    assert out.startswith("The pager now builds with the code")
    assert "the m command" in out and "%t in" in out and ":d on" in out
