"""The ``pdf`` pass: line-break hyphens, spacing accents, lost ligatures; and what stays."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.guard import guard_pdf
from cleaner.passes.pdf import repair_extraction

CASES = [
    # pdfium's line-break hyphen, at a line end and inside a word it joined.
    ("infor\ufffe\nmation", "infor-\nmation"),
    ("infor\ufffe\r\nmation", "infor-\r\nmation"),
    ("a neigh\ufffebourhood", "a neighbourhood"),
    ("over\ufffescrupulous", "over-scrupulous"),
    ("a line-break hyphen\u2010\nthere", "a line-break hyphen-\nthere"),
    # Spacing accents, before or after their vowel.
    ("Sup\u00b4erieure", "Supérieure"),
    ("e\u00b4te\u00b4", "été"),
    ("fac\u00b8ade", "façade"),
    # Lost ligatures, marked by NUL or U+FFFD.
    ("e\x00cient", "efficient"),
    ("di\ufffderent", "different"),
    ("the \ufffdrst", "the first"),
    ("the sta\ufffd.", "the staff."),
    # Negative rows: nothing unmistakable.
    ("it\u00b4s, I\u00b4m, don\u00b4t", "it\u00b4s, I\u00b4m, don\u00b4t"),
    ("x\ufffdq and \ufffd alone", "x\ufffdq and \ufffd alone"),
    ("na\u00a8ive", "na\u00a8ive"),  # Both neighbours take it; neither word is known.
    ("a U+2010 in a\u2010word stays", "a U+2010 in a\u2010word stays"),
    ("`code` and 10-20 and n-tridecanal", "`code` and 10-20 and n-tridecanal"),
    ("plain text", "plain text"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_repair_extraction(text: str, expected: str) -> None:
    assert repair_extraction(text) == expected
    assert guard_pdf(text, expected) is None
    assert repair_extraction(expected) == expected


def test_settings_turn_each_repair_off() -> None:
    text = "infor\ufffe\nmation Sup\u00b4erieure e\x00cient"
    assert repair_extraction(text, hyphens=False, accents=False, ligatures=False) == text


def test_guard_catches_a_lost_letter() -> None:
    assert guard_pdf("Sup\u00b4erieure", "Suprieure") is not None


def test_no_accent_composed_into_mojibake() -> None:
    """``A`` and a spacing diaeresis before ``¹`` would make ``Ä¹``, UTF-8 ``Ĺ`` read as
    Latin-1: left as it is, so that a second run does not repair it (found by a random
    run of the generated-text property, which cleaned ``Ａ¨¹`` differently twice)."""
    assert repair_extraction("A\u00a8\u00b9") == "A\u00a8\u00b9"
    assert repair_extraction("Sch\u00a8on und A\u00a8rger") == "Schön und Ärger"
    once = clean("\uff21\u00a8\u00b9")
    assert clean(once) == once
