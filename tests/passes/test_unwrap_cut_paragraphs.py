"""A paragraph cut by a blank line inside a sentence, as pdfminer.six sets a paragraph's last
line apart, is mended; a blank line that ends a paragraph stays."""

from __future__ import annotations

from cleaner import clean
from cleaner.passes.unwrap import unwrap_paragraphs

WIDE = (
    "It is a truth universally acknowledged, that a single man in possession of a fortune\n"
    "must be in want of a wife, however little known the feelings or views of such a man\n"
    "may be on his first entering a neighbourhood, and this truth is so well fixed in the\n"
)


def cut(last: str, after: str) -> str:
    """A wrapped paragraph whose line ``last`` is followed by a blank line and ``after``."""
    return f"{WIDE}{last}\n\n{after}\n"


def test_lower_case_line_after_a_full_line_is_the_same_paragraph() -> None:
    text = cut("minds of the surrounding families, that he is considered the property of",
               "some one or other of their daughters.")  # fmt: skip
    out = unwrap_paragraphs(text)
    assert "the property of some one or other" in out
    assert out.count("\n\n") == 0


def test_after_a_comma_too() -> None:
    text = cut("minds of the surrounding families, that he is considered the property of some,",
               "and of others too.")  # fmt: skip
    assert "of some, and of others" in unwrap_paragraphs(text)


def test_a_short_capitalized_end_set_apart_is_mended() -> None:
    text = cut("minds of the families, that he is considered the rightful property of the eldest",
               "Miss Bennet.")  # fmt: skip
    assert "the eldest Miss Bennet." in unwrap_paragraphs(text)


def test_a_quotation_after_a_comma_opens_its_own_paragraph() -> None:
    text = cut("minds of the families that she said, in a low voice, as if she were saying it,",
               '"I am going to see his Ghost!"')  # fmt: skip
    assert unwrap_paragraphs(text).count("\n\n") == 1


def test_a_paragraph_that_ends_or_a_short_line_keeps_its_blank_line() -> None:
    ended = cut("minds of the surrounding families that he is considered their rightful property.",
                "some one said.")  # fmt: skip
    short = cut("minds.", "The families of\n\nthe neighbourhood.")
    assert unwrap_paragraphs(ended).count("\n\n") == 1
    assert unwrap_paragraphs(short).count("\n\n") == 2


def test_one_paragraph_per_line_is_never_mended() -> None:
    text = "A headline with no full stop that runs on for many words on the page\n\nThe End.\n"
    assert clean(text) == text


def test_mended_text_is_idempotent() -> None:
    text = cut("minds of the families, that he is considered the rightful property of the eldest",
               "Miss Bennet.")  # fmt: skip
    once = clean(text)
    assert clean(once) == once
