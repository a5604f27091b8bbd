"""unwrap's measure chosen per document: Thai wrapped in display cells or in characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.passes.unwrap import unwrap_paragraphs
from cleaner.passes.unwrap.cellwidth import cells, holds_common_thai_marks
from cleaner.passes.unwrap.cellwrap import thai_breaks, wrapped_in_cells
from cleaner.passes.unwrap.measure import BYTES, CELLS, CHARACTERS, columns, line_size
from cleaner.passes.unwrap.room import has_room, word_columns
from cleaner.passes.unwrap.segments import SEGMENT_CHARS
from cleaner.passes.unwrap.survey import layout_survey, sampled_survey

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"
IN_CELLS = FIXTURES / "unwrap-thai-wrapped-in-cells"
ANYWHERE = FIXTURES / "unwrap-thai-cut-anywhere"


def _read(case: Path, name: str) -> str:
    return (case / name).read_text(encoding="utf-8")


def test_cells_leave_out_every_thai_mark() -> None:
    marks = (
        "\u0e31"
        + "".join(map(chr, range(0x0E34, 0x0E3B)))
        + "".join(map(chr, range(0x0E47, 0x0E4F)))
    )
    assert cells("ก" + marks) == 1
    # Thai letters, leading vowels, SARA AA and AM, digits and Latin take a cell each.
    assert cells("กเาำ๑a") == 6


def test_the_measures_agree_outside_thai() -> None:
    line = '"Go," said Prince Vasíli'
    assert columns(line, CHARACTERS) == columns(line, CELLS) == len(line)
    assert line_size(line, BYTES) == line_size(line, CELLS) == len(line)
    assert word_columns("Vasíli to", CELLS) == word_columns("Vasíli to", CHARACTERS) == 6


def test_a_thai_line_is_sized_in_cells() -> None:
    line = "ที่สุด" * 5  # 30 characters, 15 cells
    # At 18 cells it had no room for a word of 3 (15 + 1 + 3); in characters it is longer
    # than any wrap at 18 writes, so it reads as a line that stands alone.
    assert has_room(line, "แล้ว", 18)
    assert not has_room(line, "แล้ว", 18, CELLS)
    assert has_room(line, "แล้ว", 19, CELLS)


def test_only_texts_with_common_thai_marks_are_asked() -> None:
    assert not holds_common_thai_marks("A plain text\nwrapped at a width\n")
    assert not holds_common_thai_marks("“Curly” and café\n")
    assert not wrapped_in_cells("ภาษาไทย\n" * 10)  # (no mark: as wide in cells)
    assert holds_common_thai_marks(_read(IN_CELLS, "input.txt"))


@pytest.mark.parametrize(("case", "measure"), [(IN_CELLS, CELLS), (ANYWHERE, CHARACTERS)])
def test_the_measure_is_chosen_per_document(case: Path, measure: int) -> None:
    text = _read(case, "input.txt")
    assert wrapped_in_cells(text) is (measure == CELLS)
    sample = sampled_survey(text, SEGMENT_CHARS)
    assert sample.measure == measure
    document, _ = layout_survey(text, True, True, SEGMENT_CHARS)
    assert document.measure == measure
    assert unwrap_paragraphs(text) == _read(case, "expected.txt")


def test_the_widths_are_read_in_the_chosen_measure() -> None:
    text = _read(IN_CELLS, "input.txt")
    in_characters, in_cells = thai_breaks(text)
    # The fixture was wrapped at 32 cells: no line before a break is wider in cells, and
    # the width sampled in cells is that, where characters give a wider one.
    assert max(size for size, _ in in_cells) == 32 < max(size for size, _ in in_characters)
    assert sampled_survey(text, SEGMENT_CHARS).width == 32


def test_paragraphs_one_a_line_are_not_read_in_cells() -> None:
    paragraphs = [line for line in _read(IN_CELLS, "expected.txt").split("\n") if line]
    assert not wrapped_in_cells("\n".join(paragraphs) + "\n")
