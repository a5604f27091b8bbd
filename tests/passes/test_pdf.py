"""The ``pdf`` pass: line-break hyphens, spacing accents, lost ligatures; and what stays."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import clean
from cleaner.guard import guard_pdf
from cleaner.guard.compare import without_whitespace
from cleaner.guard.pdf import PDF_MAPPING, _pdf_skeleton
from cleaner.passes.layout import alignment_columns, lines_with_meaningful_spacing
from cleaner.passes.pdf import (
    LOST_LIGATURE_RE,
    TRIGGER_CHARS,
    _with_ligatures_rebuilt,
    is_between_marks,
    lost_ligatures,
    rebuild_ligature,
    repair_extraction,
)

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


def test_no_accent_composed_into_mojibake_with_the_rest_of_its_line() -> None:
    """``ßÄ0 Â "`` reads as mojibake (``Â`` and a space: a no-break space) only with the
    ``ß`` and the ``"``, more than three characters away: ftfy is asked about the line."""
    assert repair_extraction('\u00dfA\u00a80 \u00c2 "') == '\u00dfA\u00a80 \u00c2 "'
    # Composed where the line does not read as mojibake, near or far.
    assert repair_extraction('A\u00a80 \u00c2 "') == '\u00c40 \u00c2 "'
    far = "Sch\u00a8on" + " und so weiter" * 20 + ' \u00dfx0 \u00c2 "'
    assert repair_extraction(far).startswith("Sch\u00f6n")


# Characters around a lost ligature: letters (Latin, CJK, "²" which the pattern takes for
# a letter), digits, "_", the two marks, spaces and punctuation.
MARK_PIECES = ["a", "ﬁ", "e", "Z", "中", "²", "7", "_", "\x00", "\ufffd", " ", ",", "\n", "-"]


@given(st.lists(st.sampled_from(MARK_PIECES), max_size=40).map("".join))
def test_lost_ligatures_are_the_matches_of_the_pattern(text: str) -> None:
    """lost_ligatures reads what LOST_LIGATURE_RE.finditer finds, around each mark."""
    matches = [(m.start(), m.start(2) - 1, m.end()) for m in LOST_LIGATURE_RE.finditer(text)]
    assert lost_ligatures(text) == matches


@given(st.lists(st.sampled_from(["di", "erent", "e", "cient", "rst", *MARK_PIECES]), max_size=30))
def test_ligatures_rebuilt_as_the_pattern_rebuilds_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    words = [
        None if is_between_marks(text, m.start(), m.end()) else rebuild_ligature(*m.groups())
        for m in LOST_LIGATURE_RE.finditer(text)
    ]
    rebuilt = sum(word is not None for word in words)
    by_pattern = text
    if 2 * rebuilt >= text.count("\x00") + text.count("\ufffd"):  # (else decoding damage)
        found = iter(words)
        by_pattern = LOST_LIGATURE_RE.sub(lambda m: next(found) or m.group(), text)
    assert _with_ligatures_rebuilt(text) == by_pattern


def test_ascii_text_needs_no_search_but_for_a_nul() -> None:
    # repair_extraction returns an ASCII text without a NUL before it looks for the other
    # trigger characters: that holds only while NUL is the one ASCII one among them.
    assert [c for c in TRIGGER_CHARS if c.isascii()] == ["\x00"]


# Cells of a table row, some with a lost ligature or a spacing accent (``pdf`` repairs
# them into a longer or shorter word).
CELLS = ["\ufffdame", "Sup\u00b4er", "di\ufffderent", "e\u00b4te\u00b4", "Anna", "34", "x"]


@given(
    st.lists(st.lists(st.sampled_from(CELLS), min_size=1, max_size=3), min_size=2, max_size=5),
    st.integers(0, 3),
)
def test_aligned_columns_stay_where_they_were(rows: list[list[str]], extra: int) -> None:
    """Rows of cells padded to the same columns: whatever the repairs, each row whose
    spacing counts keeps its gaps' ends (or stays as it was)."""
    width = max(len(cell) for row in rows for cell in row) + 2 + extra
    text = "\n".join("".join(cell.ljust(width) for cell in row).rstrip() for row in rows)
    repaired = repair_extraction(text)
    keep = lines_with_meaningful_spacing(text.split("\n"))
    lines = zip(text.split("\n"), repaired.split("\n"), strict=True)
    for (old, new), kept in zip(lines, keep, strict=True):
        if kept:
            assert alignment_columns(old) == alignment_columns(new)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word that grows in an aligned row takes its letter from the gap after it.
        ("Name       Age\n\ufffdame       Age\n", "Name       Age\nflame      Age\n"),
        # Its last column: no column after it to keep.
        ("Age   Name\n34    \ufffdame\n", "Age   Name\n34    flame\n"),
        # No room in the gap (two spaces): the mark stays.
        ("Name  Age\n\ufffdame  Age\n", "Name  Age\n\ufffdame  Age\n"),
        # A word made shorter (an accent composed) gives its letter to the gap after it.
        ("Ecole    City\nSup\u00b4er   Paris\n", "Ecole    City\nSupér    Paris\n"),
        # A gap in a line that is no column (not aligned) is left as it is.
        ("To  \ufffdnd it, read on.\n", "To  find it, read on.\n"),
    ],
)
def test_a_repaired_word_keeps_the_columns_after_it(text: str, expected: str) -> None:
    assert repair_extraction(text) == expected


# Characters the pdf guard's skeleton drops or keeps: its marks, accents, combining marks,
# the letters f, l, i, and others (a lone surrogate, a ligature, CJK, a title-case letter).
SKELETON_PIECES = [
    *"afli -x\n\x00\ufffd\ufffe\u2010\u00ad\u00b4\u02cb\u00a8\u02c6\u02dc\u00b8",
    *"\u02c7\u02da\u0301\u0345éÉﬁ\ud800\u3000中ǅ",
]


@given(st.lists(st.sampled_from(SKELETON_PIECES), max_size=40).map("".join))
def test_pdf_skeleton_drops_what_a_walk_of_each_character_drops(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", without_whitespace(text)).translate(PDF_MAPPING)
    walked = "".join(c for c in decomposed if c not in "fli" and not unicodedata.combining(c))
    assert _pdf_skeleton(text) == walked
