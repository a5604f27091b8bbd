"""The ``whitespace`` pass, called directly: tables of (input, expected), then properties."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.passes.whitespace import normalize_whitespace

CHANGES = [
    # Line ends of every kind become LF.
    ("a\r\nb\r\n", "a\nb\n"),
    ("a\rb\r", "a\nb\n"),
    ("a\r\n\rb", "a\n\nb\n"),
    ("a\u2028b\u2029c", "a\nb\nc\n"),
    ("a\x0bb\x0cc\x85d", "a\nb\nc\nd\n"),
    ("a\x1cb\x1dc\x1ed", "a\nb\nc\nd\n"),
    # Trailing whitespace goes, whatever kind it is.
    ("a  \nb\t\nc\u00a0\n", "a\nb\nc\n"),
    ("    code  \n", "    code\n"),
    # Runs between words become one space: spaces, tabs, NBSP, other Unicode spaces.
    ("a  b", "a b\n"),
    ("a\tb", "a b\n"),
    ("a \t b", "a b\n"),
    ("a\u00a0\u00a0b", "a b\n"),
    ("a\u00a0b", "a b\n"),
    ("a\u2002\u2003\u2009\u3000b", "a b\n"),
    ("a\u202f b", "a b\n"),
    # Indentation is kept even when the inner runs collapse.
    ("  a  b\n", "  a b\n"),
    ("\u00a0\u00a0a\u00a0\u00a0b\n", "\u00a0\u00a0a b\n"),
    # At most one blank line; none at the start or the end; blank means whitespace too.
    ("a\n\n\nb\n", "a\n\nb\n"),
    ("a\n\n\n\n\n\n\nb\n", "a\n\nb\n"),
    ("a\n \n\t\n\u00a0\nb\n", "a\n\nb\n"),
    ("\n\n\na\n", "a\n"),
    ("a\n\n\n", "a\n"),
    ("  \n\na\n", "a\n"),
    # Exactly one final newline.
    ("a", "a\n"),
    ("a\n\n", "a\n"),
    # Whitespace alone becomes empty.
    (" ", ""),
    ("\n", ""),
    ("\r\n\r\n", ""),
    (" \t\u00a0\n\u2028\r", ""),
    # A gap that no neighbouring line shares is not alignment.
    ("name  age\nAlice 30\n", "name age\nAlice 30\n"),
    ("a  b\n\nc  d\n", "a b\n\nc d\n"),
    # Unclosed fence: the rest is code, but the text before it is still prose.
    ("x  y\n```\na  b\n", "x y\n```\na  b\n"),
    # Code fences protect only what is inside them.
    ("```\na  b\n```\nc  d\n", "```\na  b\n```\nc d\n"),
    ("~~~\na  b\n~~~\nc  d\n", "~~~\na  b\n~~~\nc d\n"),
    # Two spaces after a sentence end are sentence spacing, not a column (GPL style).
    ("It works.  By that\nour work.  So we go\n", "It works. By that\nour work. So we go\n"),
    ("Note:  one\nSee:  two\n", "Note: one\nSee: two\n"),
    # An indented line that goes on with a list item is the item's text, not code.
    ("- an item that\n    goes  on\n", "- an item that\n    goes on\n"),
    ("1. first\n   more\n    still  more\n", "1. first\n   more\n    still more\n"),
]

UNCHANGED = [
    "",
    "a\n",
    "Single spaces between words stay as they are.\n",
    "One paragraph.\n\nAnother paragraph.\n",
    # Indented code: four spaces or a tab, inner spacing kept.
    "    x  =  1\n",
    "\tx  =  1\n",
    "Intro:\n\n    def f(x):\n        return  x  *  2\n",
    "\tif (a  ==  b)  {\n\t\treturn;\n\t}\n",
    # Fenced code keeps its spacing.
    "```\nx   =   1\ny =     2\n```\n",
    "```python\nif  x:\n    pass\n```\n",
    "~~~\na\t\tb\n~~~\n",
    # Aligned columns keep their gaps.
    "Name    Age  City\nAlice   30   Paris\nBob     4    Rome\n",
    "a\tb\nc\td\n",
    "key   value\nk     v\n",
    # Wider gaps after a colon, or a tab after a full stop, are columns.
    "Name:    Anna\nAge:     34\n",
    "1.\tone\n2.\ttwo\n",
    # After a blank line, an indented line is code again.
    "- an item\n\n    x  =  1\n",
    # Less than four spaces of indentation is kept too.
    "  - item\n  - item\n",
    " a\n",
    # Non-space characters, even odd ones, are not whitespace.
    "a\u200bb\n",
    "a\x00b\n",
    "“curly” &amp; Ã©\n",
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_normalizes(text: str, expected: str) -> None:
    assert normalize_whitespace(text) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_leaves_clean_text_alone(text: str) -> None:
    assert normalize_whitespace(text) == text


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_output_is_stable(text: str, expected: str) -> None:
    assert normalize_whitespace(expected) == expected


def test_a_soft_hyphen_in_an_indentation_is_part_of_it() -> None:
    """Session 41 (bench_damage.py --seed 12, RFC 2243): the spaces after a soft hyphen in
    an indentation were collapsed as a gap, so the item moved 3 columns left once unwrap
    dropped the hyphen, and the next run read the line under it otherwise."""
    assert normalize_whitespace("Text.\n \u00ad  a  b\n") == "Text.\n \u00ad  a b\n"
    text = (
        "   A generator compliant with this specification:\n\n"
        "  \u00ad    1. SHOULD generate otp-word tokens in upper case with single\n"
        "         spaces separating them\n"
        "      2. SHOULD generate hexadecimal numbers using only lower case         for letters\n"
    )
    once = clean(text)
    assert clean(once) == once
