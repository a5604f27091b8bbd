"""``unwrap`` a segment at a time gives the text the whole-document reading gives.

The reference below is the pass as it was before huge texts were read in segments: every
line, its kind and every block in lists, the output joined whole and then finished. The
pass must give the same text for any segment size, and its lean guard the same verdict as
the guard that built the whole texts without whitespace.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import guard
from cleaner.guard import split as split_guard
from cleaner.guard import unwrap as unwrap_guard
from cleaner.passes import unwrap
from cleaner.passes.layout import SOFT_HYPHEN, lines_with_meaningful_spacing
from cleaner.passes.unwrap import segments as unwrap_segments
from cleaner.passes.unwrap import survey as unwrap_survey
from cleaner.passes.unwrap import width as unwrap_width
from cleaner.passes.unwrap.bytewidth import wrapped_in_bytes
from cleaner.passes.unwrap.cellwrap import wrapped_in_cells
from cleaner.passes.unwrap.document import FIRST_WORD_CHARS, PARAGRAPH_GAP_LINES
from cleaner.passes.unwrap.hyphens import collect_evidence
from cleaner.passes.unwrap.indents import opening_indent, parted_at_opening_indents
from cleaner.passes.unwrap.kinds import Kind, classify_structure, with_items
from cleaner.passes.unwrap.markup import (
    INDENTED_PROSE,
    MARKDOWN,
    markup_kinds,
    markup_of,
    prose_marks,
)
from cleaner.passes.unwrap.measure import BYTES, CELLS, CHARACTERS
from cleaner.textblocks import lines_of

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"
INPUTS = sorted(FIXTURES.glob("*/input.txt"))
FRAGMENTS = (
    "The", "the", "river", "Iran", "inter-", "national", "well-", "known", "-", "--", "—",
    "1)", "a)", "•", "*", ">", "#", "|", "```", "~~~", "====", ".", "word.", "Dr.", "“In",
    "\u00ad", "x" * 30, "A", " ", "  ", "    ", "\t", "\n", "\n", "\n\n", "\n\n", "\n\n\n",
    "\r\n", "\r\n\r\n", "\r", "\u2028", "-- ", "-- \n", "```\n\n", "a  b", "Name    Age",
    "](#a)", "][a]", "\n[a]: b", "\\\n", "<br>\n", "::\n", "\n+\n", "[verse]\n", "|===",
)  # fmt: skip
TEXTS = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=80).map(lambda parts: " ".join(parts)),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=60).map("".join),
)
PROPERTIES = settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))


def unwrap_whole(text: str, dehyphenate: bool = True, use_lexicon: bool = True) -> str:
    """The pass read as one document: lines, kinds and blocks in lists, joined at the end."""
    markup = markup_of(text)
    raw = unwrap_segments.raw_lines(text, last=True, breaks=markup == MARKDOWN)
    meaningful = lines_with_meaningful_spacing(raw)
    lines = unwrap_segments.without_stray_soft_hyphens(raw, meaningful)
    structure = classify_structure(lines, prose_marks(lines, meaningful, markup))
    wrapped: list[tuple[int, int]] = []
    others: list[int] = []
    unmeasured = with_items(lines, structure, None, markup=markup in INDENTED_PROSE)
    # Thai wrapped in display cells is told first, and then every width is read in cells.
    measure = CELLS if not markup and wrapped_in_cells(text) else CHARACTERS
    unwrap_width.sample_wraps(lines, unmeasured, wrapped, others, None, measure)
    width, loose = unwrap_width.wrap_width_fit(wrapped, others)
    kinds = with_items(lines, structure, width, markup=markup in INDENTED_PROSE)
    kinds = markup_kinds(lines, kinds, markup, True)
    lone, lowercase_after = unwrap_width.lone_first_words(lines, kinds)
    blank = kinds.count(Kind.BLANK)
    lines_of_text = len(kinds) - blank
    blank -= len(kinds) - len("".join("b" if k is Kind.BLANK else "t" for k in kinds).rstrip("b"))
    gaps = blank >= 2 and blank * PARAGRAPH_GAP_LINES >= lines_of_text
    document = unwrap.Document(
        width,
        lone >= 2 and lowercase_after >= 1 and lowercase_after * FIRST_WORD_CHARS >= len(text),
        dehyphenate,
        use_lexicon,
        text,
        markup=markup,
        paragraph_gaps=gaps,
        loose_wraps=loose,
        indent_opens="" if markup else opening_indent(text, width),
        measure=measure
        or (
            BYTES
            if not markup and width < unwrap_width.UNWRAPPED_WIDTH and wrapped_in_bytes(text, width)
            else CHARACTERS
        ),
    )
    result = _whole_output(lines, kinds, document)
    # Verse is judged at the width the output shows too, if a verse block shows one.
    if unwrap._verse_shows_wrap([(lines, kinds)], document):
        verse_width = unwrap_survey.estimated_width(result)
        if verse_width not in (width, unwrap_width.UNWRAPPED_WIDTH):
            result = _whole_output(lines, kinds, document.replace(verse_width=verse_width))
    return result


def _whole_output(lines: list[str], kinds: list[Kind], document: unwrap.Document) -> str:
    """The document's blocks unwrapped at ``document``, as one text."""
    blocks_read = unwrap.document.split_blocks(lines, kinds)
    whole_blocks = unwrap.document.mend_cut_paragraphs(blocks_read, document)
    if document.indent_opens:  # (each block parted before the lines its indent opens)
        whole_blocks = [
            block[start:end]
            for block in whole_blocks
            for start, end in parted_at_opening_indents(
                [line for line, _ in block], [kind for _, kind in block], document.indent_opens
            )
        ]
    blocks = [unwrap.unwrap_block(block, document) for block in whole_blocks]
    result = "\n\n".join(block for block in blocks if block).replace(SOFT_HYPHEN, "")
    breaks = document.markup == MARKDOWN  # (its hard line breaks' two spaces stay)
    result = "\n".join(unwrap_segments.without_trailing_space(result.split("\n"), breaks))
    result = result.strip("\n")
    return result + "\n" if result else ""


def unwrap_in_segments(text: str, segment_chars: int) -> str:
    return unwrap.unwrapped_text(text, True, True, segment_chars)


@PROPERTIES
@given(TEXTS, st.integers(1, 40))
@example("a\n\n```\n\nb  c\n\n```\n\n-- \n\nd e\nf", 1)  # a fence across blank lines
@example("Sig\n\n-- \n\nKept\nlines\n\nand\nthese\n", 1)  # all kept after a signature
@example("x\u00ad\n\ny \u00ad z\n\n    a  b\n", 1)  # soft hyphens in one segment only
def test_any_segment_size_gives_the_whole_document_text(text: str, segment_chars: int) -> None:
    assert unwrap_in_segments(text, segment_chars) == unwrap_whole(text)


# Openings of a Markdown and an AsciiDoc document (markup.markup_of reads their signs),
# before drawn text: the segments and the whole read each flavour's rules alike.
MARKUP_OPENINGS = {
    "markdown": "# Title\n\nSee [a](#a) and [b](#b).\n\n",
    "asciidoc": "= Title\n\nSee linkgit:a[1] and linkgit:b[1].\n\n-a::\n\tAll.\n\n",
}


@pytest.mark.parametrize("opening", MARKUP_OPENINGS.values(), ids=MARKUP_OPENINGS.keys())
@PROPERTIES
@given(TEXTS, st.integers(1, 40))
@example("- an item\nits lazy line\n\n    code  kept\n\nA\nB \\\nC", 1)
@example("`-a`::\n\tone\n\ttwo\n+\n\tliteral\n\n[verse]\nA\n B\n\n. x\n0. y\n|===\n|a\n", 1)
def test_markup_in_any_segment_size_gives_the_whole_document_text(
    opening: str, text: str, segment_chars: int
) -> None:
    document = opening + text
    assert unwrap_in_segments(document, segment_chars) == unwrap_whole(document)


@pytest.mark.parametrize("case", INPUTS, ids=lambda path: path.parent.name)
def test_fixtures_in_small_segments(case: Path) -> None:
    text = case.read_text(encoding="utf-8")
    assert unwrap.unwrap_paragraphs(text) == unwrap_whole(text)
    assert unwrap_in_segments(text, 1) == unwrap_whole(text)


def test_all_fixtures_as_one_document_in_small_segments() -> None:
    """Many segments, fences, signatures and widths in one text, as in a huge file."""
    text = "\n\n".join(case.read_text(encoding="utf-8") for case in INPUTS)
    expected = unwrap_whole(text)
    for segment_chars in (1, 100, 5000):
        assert unwrap_in_segments(text, segment_chars) == expected


def test_hyphen_evidence_counted_by_blocks_is_the_whole_count() -> None:
    text = "A well-known co-op.\nWell-\nknown\n" * 50 + "co-\nop and coop\n" * 30
    evidence = unwrap.Document(80, False, True, True, text).evidence
    whole = collect_evidence(text)
    assert evidence._count_all() == whole  # What it counts once asked about many words.
    assert all(evidence.words[word] == count for word, count in whole.words.items())
    assert all(evidence.pairs[pair] == count for pair, count in whole.pairs.items())


# --- the guards, against the versions that built whole texts --------------------------------

WHITESPACE_RE = re.compile(r"\s+")
HYPHENS_RE = re.compile(r"-*")


def guard_unwrap_whole(before: str, after: str) -> bool:
    """The verdict of the unwrap guard computed on the whole texts without whitespace."""
    old, line_end_hyphens = unwrap_guard._without_whitespace(before.replace(SOFT_HYPHEN, ""))
    new = WHITESPACE_RE.sub("", after.replace(SOFT_HYPHEN, ""))
    position = 0
    for run in unwrap_guard.HYPHEN_RUN_RE.finditer(old):
        start, end = run.span()
        if old[start] != "-":
            if not new.startswith(run.group(), position):
                return False
            position += end - start
            continue
        may_go = bisect_left(line_end_hyphens, end) - bisect_left(line_end_hyphens, start)
        kept_count = len(HYPHENS_RE.match(new, position).group())  # type: ignore[union-attr]
        if not end - start - may_go <= kept_count <= end - start:
            return False
        position += kept_count
    return position == len(new)


def mutations(text: str) -> list[str]:
    """The text and a few damaged copies: a character dropped, a hyphen added or lost."""
    out = [text, text + "x", text.replace("-", "", 1), text.replace(" ", "-", 1)]
    if text:
        out += [text[1:], text[:-1], text[: len(text) // 2] + text[len(text) // 2 + 1 :]]
    return out


@PROPERTIES
@given(TEXTS, st.integers(1, 12))
@example("--\n--\nAnna", 1)
@example("a -\n-b\n c", 1)
def test_lean_unwrap_guard_gives_the_whole_verdict(text: str, block_chars: int) -> None:
    after = unwrap.unwrap_paragraphs(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(unwrap_guard, "GUARD_BLOCK_CHARS", block_chars)
        for candidate in mutations(after):
            verdict = guard.guard_unwrap(text, candidate) is None
            assert verdict == guard_unwrap_whole(text, candidate)


@PROPERTIES
@given(TEXTS, st.integers(1, 5))
def test_lean_split_guard_gives_the_whole_verdict(text: str, lines_per_block: int) -> None:
    spaced = text.replace("ab", "a b").replace("x", "x ")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(split_guard, "GUARD_BLOCK_LINES", lines_per_block)
        for candidate in mutations(spaced):
            whole = text.count("\n") == candidate.count("\n") and (
                text.replace(" ", "") == candidate.replace(" ", "")
            )
            assert (guard.guard_split(text, candidate) is None) == whole
        assert list(lines_of(text, lines_per_block)) == text.split("\n")


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.mark.parametrize("case", ["unwrap-rhymed-tercets-accents", "unwrap-prose-wider-than-verse"])
def test_the_next_runs_survey_takes_the_outputs_width_sample(case: str) -> None:
    """Where an output's width is read off its sample (verse kept that goes on in lower
    case), the next run's survey takes that sample instead of reading the output again:
    the output is sampled once, and the settled output and the layout are those of a
    survey read anew."""
    text = (FIXTURES / case / "input.txt").read_text("utf-8")
    sampled: list[str] = []
    real = unwrap_survey.sampled_survey

    def counted(sample_text: str, segment_chars: int) -> unwrap_survey.Sample:
        sampled.append(sample_text)
        return real(sample_text, segment_chars)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(unwrap_survey, "sampled_survey", counted)
        result = unwrap_in_segments(text, unwrap_segments.SEGMENT_CHARS)
    output = sampled[1]  # (the first is the input's)
    assert sampled.count(output) == 1 and output != text
    read_otherwise = unwrap._read_otherwise
    with pytest.MonkeyPatch.context() as patch:  # (the output read anew: no sample taken)
        patch.setattr(
            unwrap,
            "_read_otherwise",
            lambda output, document, chars, known, sample: read_otherwise(
                output, document, chars, known=known
            ),
        )
        assert result == unwrap_in_segments(text, unwrap_segments.SEGMENT_CHARS)
    sample = unwrap_survey.width_sample(output)
    assert sample is not None
    taken, taken_segments = unwrap_survey.layout_survey(
        output, True, True, unwrap_segments.SEGMENT_CHARS, sample
    )
    anew, anew_segments = unwrap_survey.layout_survey(
        output, True, True, unwrap_segments.SEGMENT_CHARS
    )
    assert taken == anew
    assert [s.kinds for s in taken_segments] == [s.kinds for s in anew_segments]


def test_a_sample_of_another_segment_size_is_read_again() -> None:
    """A sample read at another segment size than the survey's is not taken."""
    text = "A paragraph wrapped at a width\nof thirty or so as it\ngoes on.\n"
    sample = unwrap_survey.sampled_survey(text, 9)
    sample.width = 99  # (made up: taken, it would be the layout's width)
    document, _ = unwrap_survey.layout_survey(text, True, True, 200, sample)
    assert document.width == 30
    document, _ = unwrap_survey.layout_survey(text, True, True, 9, sample)
    assert document.width == 99
