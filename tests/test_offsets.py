"""The offset map: each pass aligned with its input, composed, exact on every kept character."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import CleanResult, Config, clean_and_explain
from cleaner.align import Block, align, align_lines, align_moved_lines
from cleaner.offsets import (
    LINE_MOVING_PASSES,
    POINTS_APART,
    StepMap,
    _carried_boundaries,
    carry_boundaries,
    carry_spans,
)
from tests.test_fixtures import CASES, case_config, read_exact
from tests.test_properties import TEXTS

QUICK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ = settings(max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck))
WORD_RE = re.compile(r"\w+")


def assert_valid_alignment(before: str, after: str, blocks: list, *, moves: bool = False) -> None:
    """Blocks cover both texts in order, and an equal block holds the same text (``moves``:
    in ``after``'s order, and each text covered once in its own order)."""
    for block in blocks:
        assert block.i2 >= block.i1 and block.j2 >= block.j1
        if block.equal:
            assert before[block.i1 : block.i2] == after[block.j1 : block.j2]
    by_before = sorted(blocks, key=lambda b: (b.i1, b.i2)) if moves else blocks
    for order, first, last, length in ((by_before, 0, 1, len(before)), (blocks, 2, 3, len(after))):
        position = 0
        for block in order:
            assert block[first] == position
            position = block[last]
        assert position == length


def unique_words(text: str) -> dict[str, tuple[int, int]]:
    """The words found once in ``text``, with their spans."""
    found = list(WORD_RE.finditer(text))
    counts = Counter(m.group() for m in found)
    return {m.group(): m.span() for m in found if counts[m.group()] == 1}


def assert_offsets_exact(result: CleanResult, *, kept_words_only: bool = False) -> int:
    """Every step is a valid alignment; every kept character maps to the same character
    and back; a word found once in the output, and also in the input, maps to the same word
    there and back to itself (``kept_words_only``: only a word no pass changed, for hostile
    text, where a word can come of a repair and the alignment of a line mangled on purpose
    may keep other characters than a human would). Returns words checked.

    (Not to "its" occurrence in the input: repairing mojibake can make a word that was not
    one before, ``â€œ0:Ã©0`` -> ``"0:é0``, where the input's only word ``0`` is the last.)"""
    for step, step_map in zip(result.steps, result.offset_map.steps, strict=True):
        moves = step.name in LINE_MOVING_PASSES
        assert_valid_alignment(step.before, step.after, list(step_map.blocks), moves=moves)
    for i, char in enumerate(result.text):
        source = result.source_offset(i)
        if result.output_offset(source) == i:
            assert result.original[source] == char
    words_in = set(WORD_RE.findall(result.original))
    checked = 0
    for word, (start, end) in unique_words(result.text).items():
        sources = [result.source_offset(k) for k in range(start, end)]
        # A kept word: each character kept, and side by side in the input too (``0\x1b[31m0``
        # -> ``00``: two kept characters, but no word of the input).
        kept = not kept_words_only or (
            all(result.output_offset(source) == k for k, source in enumerate(sources, start))
            and sources == list(range(sources[0], sources[0] + len(sources)))
        )
        if word in words_in and kept:
            source_start, source_end = result.source_span(start, end)
            assert result.original[source_start:source_end] == word, word
            assert result.output_offset(source_start) == start, word
            checked += 1
    return checked


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_offsets_are_exact_on_every_fixture(case: Path) -> None:
    result = clean_and_explain(read_exact(case / "input.txt"), case_config(case))
    checked = assert_offsets_exact(result)
    assert checked or not WORD_RE.search(result.text) or result.text != result.original


def test_every_fixture_checks_words_where_words_are_kept() -> None:
    checked = sum(
        assert_offsets_exact(clean_and_explain(read_exact(c / "input.txt"), case_config(c)))
        for c in CASES
    )
    assert checked > 5000


ARTICLE = (
    "The minister spoke for an hour about the budget and its cuts.\n\nShare this:\n\n"
    "Leave a Reply\n\nThe end of the story is near, he said to us all.\n"
)


@pytest.mark.parametrize(
    ("text", "output_span", "input_span"),
    [
        ("Caf\u00c3\u00a9 au lait\n", (3, 4), (3, 5)),  # mojibake: 2 characters became 1
        ("Caf\u00c3\u00a9 au lait\n", (5, 7), (6, 8)),  # the word after it
        ("a &amp; b\n", (2, 3), (2, 7)),  # an entity: the whole of it
        (ARTICLE, (80, 83), (95, 98)),  # after a removed line
        ("an inter-\nnational deal, as the papers put it in their long report\n", (3, 16), (3, 18)),
        ("The order was issuedpreviously by him.\n", (21, 31), (20, 30)),  # after a split
        ("a  b\r\n", (2, 3), (3, 4)),
    ],
)
def test_source_span_examples(text: str, output_span: tuple, input_span: tuple) -> None:
    result = clean_and_explain(text)
    assert result.source_span(*output_span) == input_span
    assert_offsets_exact(result)


def test_a_changed_character_maps_to_the_start_of_what_it_replaced() -> None:
    result = clean_and_explain("doesn\u00e2\u20ac\u2122t stop\n")
    assert result.text == "doesn't stop\n"
    assert result.source_offset(5) == 5 and result.output_offset(6) is None
    assert result.source_offset(6) == 8  # the "t" after the three bytes of mojibake


def test_offsets_need_no_work_until_asked() -> None:
    result = clean_and_explain("a  b\n")
    assert "offset_map" not in vars(result)
    result.source_offset(0)
    assert "offset_map" in vars(result)


def test_clean_text_maps_onto_itself() -> None:
    result = clean_and_explain("Already clean.\n")
    assert result.source_span(0, 6) == (0, 6) and result.output_offset(3) == 3


# Real words, each used once in a generated document, so that a kept word is known.
VOCABULARY = (
    "river", "mountain", "budget", "minister", "paper", "garden", "window", "letter",
    "summer", "winter", "morning", "evening", "station", "harbour", "village", "market",
    "teacher", "student", "doctor", "farmer", "soldier", "captain", "question", "answer",
    "history", "country", "council", "company", "family",
)  # fmt: skip
JOINERS = (" ", "  ", "\t", "\u00a0", "\n", "\r\n", "\n\n", "\n\n\n", " \n", "-\n", "\u00ad")
DECOR = ("", "", "", "’", "“", "&amp;", "Ã©", "\x1b[1m", ",", ".")


@st.composite
def documents(draw: st.DrawFn) -> str:
    """Unique real words joined by any spacing, with dirt beside them and furniture lines."""
    words = draw(st.permutations(VOCABULARY))[: draw(st.integers(1, len(VOCABULARY)))]
    pieces = []
    for word in words:
        pieces += [draw(st.sampled_from(DECOR)), word, draw(st.sampled_from(JOINERS))]
        if draw(st.integers(0, 9)) == 0:
            pieces.append(draw(st.sampled_from(("\nShare this:\n", "\nAdvertisement\n\n"))))
    return "".join(pieces)


@QUICK
@given(documents())
def test_offsets_exact_on_generated_documents(text: str) -> None:
    assert_offsets_exact(clean_and_explain(text))


@QUICK
@given(TEXTS)
@example("0\x1b[31m0 &eacute;00")  # a word made by removing a terminal escape inside it
def test_offsets_exact_on_hostile_text(text: str) -> None:
    assert_offsets_exact(clean_and_explain(text), kept_words_only=True)


def test_offsets_of_a_line_with_two_encoding_changes() -> None:
    """A control character removed and a ligature expanded keep the line's length: still
    two changes, and the word between them kept."""
    result = clean_and_explain("\x08word \ufb01")
    assert result.text == "word fi\n"
    assert assert_offsets_exact(result) == 1  # "word"; "fi" was not a word before
    assert result.source_span(0, 4) == (1, 5)


def test_offsets_of_mojibake_beside_a_c1_control() -> None:
    """Mojibake and a C1 control on one line are two changes, each mapped on its own."""
    result = clean_and_explain("0\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a20\x88")
    assert result.text == "0'0\u02c6\n"
    assert_offsets_exact(result)
    assert [result.source_span(k, k + 1) for k in range(4)] == [(0, 1), (1, 9), (9, 10), (10, 11)]


@QUICK
@given(st.text(max_size=60), st.text(max_size=60))
def test_align_any_two_texts(before: str, after: str) -> None:
    assert_valid_alignment(before, after, align(before, after))
    assert_valid_alignment(before, after, align_lines(before, after))


@pytest.mark.fuzz
@FUZZ
@given(documents())
def test_offsets_exact_fuzz(text: str) -> None:
    assert_offsets_exact(clean_and_explain(text, Config()))


@pytest.mark.fuzz
@FUZZ
@given(TEXTS)
def test_offsets_exact_on_hostile_text_fuzz(text: str) -> None:
    assert_offsets_exact(clean_and_explain(text, Config()), kept_words_only=True)


def test_a_word_beats_punctuation_when_a_line_end_changes_too() -> None:
    """An entity and a line end repaired on one line: the word between them is kept, not
    the ``&`` that happens to come first."""
    result = clean_and_explain("&#8217;0 &\r")
    assert result.text == "'0 &\n"
    assert result.source_span(1, 2) == (7, 8)
    assert assert_offsets_exact(result) == 1


def _one_by_one(start: int, end: int, maps: list) -> tuple[int, int]:
    """A span carried boundary by boundary through ``maps`` (``StepMap.to_after`` or
    ``to_before`` of each step): the definition :meth:`StepMap.carry` must follow."""
    empty = start == end
    for boundary in maps:
        start = boundary(start)
        end = start if empty else max(start, boundary(end, end=True))
    return start, end


@QUICK
@given(documents(), st.lists(st.tuples(st.integers(0, 400), st.integers(0, 40)), max_size=30))
def test_spans_carried_in_one_sweep_as_one_by_one(text: str, starts: list) -> None:
    """``carry_spans`` (every change of the JSON output, ``source_span``, ``output_span``)
    gives what mapping each boundary alone gives, through the passes in both directions."""
    result = clean_and_explain(text)
    steps = result.offset_map.steps
    for backward, length in ((False, len(result.original)), (True, len(result.text))):
        spans = sorted((min(a, length), min(a + b, length)) for a, b in starts)
        maps = steps[::-1] if backward else steps
        boundaries = [m.to_before if backward else m.to_after for m in maps]
        one_by_one = [_one_by_one(a, b, boundaries) for a, b in spans]
        assert carry_spans(spans, maps, backward=backward) == one_by_one
        span = result.source_span if backward else result.offset_map.output_span
        assert [span(a, b) for a, b in spans] == one_by_one  # (offsets._carried_span)


@QUICK
@given(
    st.lists(st.sampled_from(["a b", "note 1", "x", "", "Title", "12", "y z w"]), max_size=20),
    st.data(),
)
def test_moved_lines_align_in_both_orders(lines: list[str], data: st.DataObject) -> None:
    """Lines removed, one moved elsewhere, blank lines added (as ``pages`` does): the blocks
    cover both texts once each, and every kept line maps to itself."""
    kept = [line for line in lines if data.draw(st.booleans())]
    if kept:
        moved = kept.pop(data.draw(st.integers(0, len(kept) - 1)))
        kept.insert(data.draw(st.integers(0, len(kept))), moved)
    before, after = "\n".join(lines) + "\n", "\n\n".join(kept) + "\n"
    blocks = align_moved_lines(before, after)
    assert_valid_alignment(before, after, blocks, moves=True)
    step = StepMap(tuple(blocks), len(before), len(after))
    for j in range(len(after)):
        i = step.to_before(j)
        if step.kept(i) == j:
            assert before[i] == after[j]


@QUICK
@given(documents(), st.lists(st.integers(0, 60), min_size=40, max_size=200), st.data())
def test_many_spans_carried_block_by_block_as_one_by_one(
    text: str, widths: list, data: st.DataObject
) -> None:
    """Many spans in text order through a step with few blocks go a run per block
    (``_Sweep``); they land where mapping each boundary alone puts them."""
    result = clean_and_explain(text)
    for step in result.offset_map.steps:
        for backward, length in ((False, step.before_length), (True, step.after_length)):
            starts = sorted(data.draw(st.integers(0, length + 2)) for _ in widths)
            # Ends in order too (the k-th smallest start plus width is at least the k-th start).
            ends = sorted(start + width for start, width in zip(starts, widths, strict=True))
            spans = list(zip(starts, ends, strict=True))
            boundary = step.to_before if backward else step.to_after
            assert carry_spans(spans, [step], backward=backward) == [
                _one_by_one(start, end, [boundary]) for start, end in spans
            ]


@QUICK
@given(documents(), st.lists(st.integers(0, 12), min_size=40, max_size=300), st.data())
def test_many_spans_carried_through_every_step_as_one_by_one(
    text: str, widths: list, data: st.DataObject
) -> None:
    """Many spans in text order, some empty (``widths`` 0), through all the steps at once
    (``carry_boundaries``: across the maps in order, their ends left as each map puts
    them and the points' set at the end) land where mapping each boundary alone puts
    them, in both directions."""
    result = clean_and_explain(text)
    steps = result.offset_map.steps
    for backward, length in ((False, len(result.original)), (True, len(result.text))):
        starts = sorted(data.draw(st.integers(0, length + 2)) for _ in widths)
        ends = sorted(start + width for start, width in zip(starts, widths, strict=True))
        spans = list(zip(starts, ends, strict=True))
        maps = steps[::-1] if backward else steps
        boundaries = [m.to_before if backward else m.to_after for m in maps]
        assert carry_spans(spans, maps, backward=backward) == [
            _one_by_one(start, end, boundaries) for start, end in spans
        ]


@QUICK
@given(
    documents(),
    st.lists(
        st.tuples(st.integers(0, 400), st.integers(0, 1)), min_size=POINTS_APART, max_size=300
    ),
    st.booleans(),
)
def test_points_carried_apart_land_as_carried_with_the_others(
    text: str, spans: list, in_order: bool
) -> None:
    """Many spans, some or all of them points (a CR taken out: most of a CRLF book's
    changes), in order or not: their starts carried apart (``_points_apart``) land where
    carrying all the spans together puts them, through every step in both directions."""
    result = clean_and_explain(text)
    steps = result.offset_map.steps
    spans = [(start, start + width) for start, width in (sorted(spans) if in_order else spans)]
    for backward in (False, True):
        maps = steps[::-1] if backward else steps
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        points = [s == e for s, e in spans]
        together = _carried_boundaries(starts, ends, points, maps, backward)
        assert carry_boundaries(starts, ends, maps, backward=backward) == together
        starts_alone = _carried_boundaries(starts, starts, [True] * len(starts), maps, backward)
        assert carry_boundaries(starts, starts, maps, backward=backward) == starts_alone


def test_points_carried_apart_checked_again_after_a_map_that_moved_text() -> None:
    """Points in order stay in order through maps in order, not through one that moved
    text (``pages``' footnote): their order is checked again after it, and a map in order
    after it carries them one by one, as with the others."""
    moved = StepMap((Block(2, 4, 0, 2, True), Block(0, 2, 2, 4, True)), 4, 4)  # "abcd" -> "cdab"
    kept = StepMap(
        (Block(0, 1, 0, 1, True), Block(1, 2, 1, 1, False), Block(2, 4, 1, 3, True)), 4, 3
    )
    starts = [0] * 40 + [3] * 40 + [1] * 10
    ends = [0] * 40 + [3] * 40 + [2] * 10
    for maps in ([moved, kept], [kept, moved], [kept, kept]):
        points = [s == e for s, e in zip(starts, ends, strict=True)]
        together = _carried_boundaries(starts, ends, points, maps, False)
        assert carry_boundaries(starts, ends, maps) == together


@QUICK
@given(
    documents(),
    st.lists(st.sampled_from((1,) * 14 + (0, 3)), min_size=40, max_size=300),
    st.booleans(),
    st.data(),
)
def test_spans_of_one_character_carried_as_one_by_one(
    text: str, widths: list, in_order: bool, data: st.DataObject
) -> None:
    """Many spans, most of them one character long (a novel's joins), in text order (a
    sweep) or not (one by one: such a span's end mapped in its start's block), through
    each step in both directions, land where mapping each boundary alone puts them."""
    result = clean_and_explain(text)
    for step in result.offset_map.steps:
        for backward, length in ((False, step.before_length), (True, step.after_length)):
            starts = [data.draw(st.integers(0, length + 2)) for _ in widths]
            spans = [(start, start + width) for start, width in zip(starts, widths, strict=True)]
            spans = sorted(spans) if in_order else spans
            boundary = step.to_before if backward else step.to_after
            assert carry_spans(spans, [step], backward=backward) == [
                _one_by_one(start, end, [boundary]) for start, end in spans
            ]


@QUICK
@given(documents(), st.lists(st.tuples(st.integers(0, 400), st.integers(0, 8)), max_size=60))
def test_spans_in_any_order_carried_as_one_by_one(text: str, spans: list) -> None:
    """Spans in no order, some empty, some past the end, through each step in both
    directions (``StepMap.carry``'s columns: many spans, many blocks) land where mapping
    each boundary alone puts them."""
    result = clean_and_explain(text)
    spans = [(start, start + width) for start, width in spans]
    for step in result.offset_map.steps:
        for backward in (False, True):
            boundary = step.to_before if backward else step.to_after
            assert carry_spans(spans, [step], backward=backward) == [
                _one_by_one(start, end, [boundary]) for start, end in spans
            ]


# What encoding makes LF besides LF itself (the oracle of the test below).
OTHER_BREAK_RE = re.compile("[\x0b\x0c\x1c-\x1e\u2028\u2029]|\r(?!\n)")


# Lines as ``encoding`` sees them in PDF text and old files: curly quotes and ligatures
# to fix, and lines broken by form feeds, U+2028 or a lone CR as well as LF.
BREAKS = ("\n", "\n", "\x0c", "\u2028", "\r", "\r\n", "\x0b", "\n\x0c")
LINE_PIECES = ("word", "\u2019s", "\u201cquoted\u201d", "\ufb01ne", "a", " ", "")


@QUICK
@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(LINE_PIECES), max_size=6), st.sampled_from(BREAKS)),
        min_size=1,
        max_size=12,
    )
)
def test_other_line_breaks_made_lf_keep_lines_paired(lines: list[tuple[list[str], str]]) -> None:
    """``encoding`` makes every line break LF; its alignment still pairs line with line, and
    each break it made LF is a change of its own: the same blocks as for the text with LF
    breaks, split there (not the walk of the whole text that one form feed caused)."""
    from cleaner.align import align_line_for_line, align_repaired
    from cleaner.passes.encoding import fix_encoding

    before = "".join(" ".join(pieces) + end for pieces, end in lines)
    after = fix_encoding(before)
    blocks = align_repaired(before, after)
    assert_valid_alignment(before, after, blocks)
    breaks = {m.start() for m in OTHER_BREAK_RE.finditer(before)}
    lf_before = OTHER_BREAK_RE.sub("\n", before)
    if lf_before.count("\n") == after.count("\n"):
        for at in breaks:
            assert (at, at + 1, False) in {(b.i1, b.i2, b.equal) for b in blocks}
        unsplit = align_line_for_line(lf_before, after)
        kept = [(b.i1, b.i2) for b in blocks if b.equal]
        assert sum(i2 - i1 for i1, i2 in kept) == sum(
            b.i2 - b.i1 for b in unsplit if b.equal
        ) - len([at for at in breaks if any(b.equal and b.i1 <= at < b.i2 for b in unsplit)])


def _whole_entities_block_by_block(before: str, blocks: list) -> list:
    """offsets._whole_entities as it was, walking every block: what it must still give."""
    from cleaner.align import Block
    from cleaner.offsets import ENTITY_TAIL_RE

    joined: list = []
    for block in blocks:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.equal
            and not block.equal
            and before[last.i2 - 1] == "&"
            and ENTITY_TAIL_RE.match(before, block.i1, block.i2)
        ):
            joined.pop()
            if last.i2 - 1 > last.i1:
                joined.append(Block(last.i1, last.i2 - 1, last.j1, last.j2 - 1, True))
            block = Block(last.i2 - 1, block.i2, last.j2 - 1, block.j2, False)
        joined.append(block)
    return joined


ENTITY_PIECES = ("&amp;", "&", "&lt;", "&#39;", "a", " ", "&&amp;", "\n", "&x", "&quot;", "amp;")


@QUICK
@given(st.lists(st.sampled_from(ENTITY_PIECES), min_size=1, max_size=12))
def test_whole_entities_found_at_each_ampersand_as_block_by_block(pieces: list[str]) -> None:
    """The blocks at each ``&`` are looked at, not every block: the same entities made
    whole (and a text whose ``&`` begins no entity, ``&x``, left as it is)."""
    import ftfy

    from cleaner.offsets import _whole_entities

    before = "".join(pieces)
    blocks = align(before, ftfy.fix_text(before))
    assert [tuple(b) for b in _whole_entities(before, blocks)] == [
        tuple(b) for b in _whole_entities_block_by_block(before, blocks)
    ]
    assert _whole_entities("a &x b", align("a &x b", "a &x b")) == align("a &x b", "a &x b")


def _pages_blocks_before(before: str, after: str) -> list[tuple]:
    """pages' alignment as it was decided before the lines were first matched in order:
    ``_moved_lines`` asked first, then the moved lines' alignment or ``align_lines``."""
    from cleaner.offsets import _moved_lines

    if _moved_lines(before, after):
        return [tuple(b) for b in align_moved_lines(before, after)]
    return [tuple(b) for b in align_lines(before, after)]


@QUICK
@given(
    st.lists(
        st.sampled_from(["a b", "note 1", "x", "", "Title", "12", "y\x0cz", "a b\x0c"]),
        max_size=20,
    ),
    st.data(),
)
def test_pages_alignment_as_its_moved_lines_check_first(
    lines: list[str], data: st.DataObject
) -> None:
    """``pages`` matches its lines in order first and asks whether one moved only if that
    fails: the same blocks as asking first, for lines removed, one moved, blank lines
    added, a line that no longer matches (the walk), and form feeds (other line breaks)."""
    from cleaner.offsets import align_step

    kept = [line for line in lines if data.draw(st.booleans())]
    if kept and data.draw(st.booleans()):
        moved = kept.pop(data.draw(st.integers(0, len(kept) - 1)))
        kept.insert(data.draw(st.integers(0, len(kept))), moved)
    if kept and data.draw(st.booleans()):
        kept[data.draw(st.integers(0, len(kept) - 1))] += " changed"
    separator = data.draw(st.sampled_from(["\n", "\n\n"]))
    before, after = "\n".join(lines) + "\n", separator.join(kept) + "\n"
    blocks = [tuple(b) for b in align_step("pages", before, after)]
    assert blocks == _pages_blocks_before(before, after)


def test_pages_alignment_with_a_form_feed_in_a_line() -> None:
    """A form feed is a line break to ``align_lines`` but not to ``_moved_lines``: lines
    that match in order split at it may be out of order split at LF alone, so such a text
    is asked whether a line moved first, as before."""
    from cleaner.offsets import align_step

    before, after = "A\x0cX\nB\n", "A\x0cB\n"
    assert [tuple(b) for b in align_step("pages", before, after)] == _pages_blocks_before(
        before, after
    )
