"""The survey of a document before ``unwrap`` joins its lines: its segments, the kinds of
their lines, the wrap width they show and the document's layout (:class:`Document`).

The width is estimated from the lines that were clearly wrapped (those followed by a line
starting in lower case); kinds that depend on it (list items) are told once it is known.
"""

from __future__ import annotations

from cleaner.passes.unwrap.bytewidth import SAMPLE_CHARS, wrapped_in_bytes
from cleaner.passes.unwrap.cellwrap import wrapped_in_cells
from cleaner.passes.unwrap.document import FIRST_WORD_CHARS, PARAGRAPH_GAP_LINES, Document
from cleaner.passes.unwrap.indents import opening_indent
from cleaner.passes.unwrap.kinds import Kind, items_and_code, with_items
from cleaner.passes.unwrap.markup import INDENTED_PROSE, markup_kinds, markup_of
from cleaner.passes.unwrap.measure import BYTES, CELLS, CHARACTERS
from cleaner.passes.unwrap.no_wrap import shows_no_wrap
from cleaner.passes.unwrap.segments import (
    KEEP_LINES_CHARS,
    SEGMENT_CHARS,
    Segment,
    read_segments,
    segment_lines,
)
from cleaner.passes.unwrap.width import (
    UNWRAPPED_WIDTH,
    lone_first_words,
    sample_wraps,
    wrap_width_fit,
)


def estimated_width(text: str) -> int:
    """The wrap width a run of the pass estimates on ``text`` (:func:`layout_survey`'s):
    none without the survey where :func:`shows_no_wrap` proves it (an output of joined
    paragraphs, most often), else :func:`surveyed_width`.

    >>> estimated_width("A paragraph wrapped at a width\\nof thirty or so as it\\ngoes on.\\n")
    30
    """
    sample = width_sample(text)
    return UNWRAPPED_WIDTH if sample is None else sample.width


def width_sample(text: str) -> Sample | None:
    """The :func:`sampled_survey` that :func:`estimated_width` reads its width off (at
    SEGMENT_CHARS), or None where :func:`shows_no_wrap` proves there is none: a layout
    survey of ``text`` at SEGMENT_CHARS may then take it instead of reading the text again.

    >>> width_sample("A paragraph wrapped at a width\\nof thirty or so as it\\ngoes on.\\n").width
    30
    """
    return None if shows_no_wrap(text) else sampled_survey(text, SEGMENT_CHARS)


def surveyed_width(text: str) -> int:
    """The wrap width :func:`layout_survey` estimates on ``text``, read line by line.

    >>> surveyed_width("A paragraph wrapped at a width\\nof thirty or so as it\\ngoes on.\\n")
    30
    """
    return sampled_survey(text, SEGMENT_CHARS).width


class Sample:
    """A text's segments with their wraps sampled (:func:`sampled_segments`), the wrap
    width and looseness those show, whether the text is markup, and what its widths are
    counted in (``measure``: characters or cells): the survey before its layout is read
    (:func:`document_layout`, which takes the segments over: a sample serves one layout).
    A plain class, as :class:`Segment` is."""

    __slots__ = ("loose", "markup", "measure", "segment_chars", "segments", "width")

    def __init__(
        self,
        segments: list[Segment],
        markup: str,
        width: int,
        loose: bool,
        segment_chars: int,
        measure: int = CHARACTERS,
    ) -> None:
        self.segments, self.markup, self.width, self.loose = segments, markup, width, loose
        self.segment_chars, self.measure = segment_chars, measure


def sampled_survey(text: str, segment_chars: int) -> Sample:
    """The :class:`Sample` of ``text`` read ``segment_chars`` at a time.

    >>> text = "A paragraph wrapped at a width\\nof thirty or so as it\\ngoes on.\\n"
    >>> sample = sampled_survey(text, 9)
    >>> sample.width, len(sample.segments)
    (30, 1)
    """
    wrapped: list[tuple[int, int]] = []
    others: list[int] = []
    markup = markup_of(text)
    measure = CELLS if not markup and wrapped_in_cells(text) else CHARACTERS
    segments = sampled_segments(text, segment_chars, markup, wrapped, others, measure)
    width, loose = wrap_width_fit(wrapped, others)
    return Sample(segments, markup, width, loose, segment_chars, measure)


def layout_survey(
    text: str,
    dehyphenate: bool,
    use_lexicon: bool,
    segment_chars: int,
    sample: Sample | None = None,
) -> tuple[Document, list[Segment]]:
    """The document's layout, read a segment at a time: its wrap width from the lines' kinds
    without list items told, then its first-word mode from their final kinds. ``sample``:
    the text's :func:`sampled_survey` at ``segment_chars``, if already read (it is used
    up)."""
    if sample is None or sample.segment_chars != segment_chars:
        sample = sampled_survey(text, segment_chars)
    document = document_layout(
        text,
        sample.segments,
        sample.width,
        dehyphenate,
        use_lexicon,
        sample.markup,
        sample.loose,
        sample.measure,
    )
    return document, sample.segments


def sampled_segments(
    text: str,
    segment_chars: int,
    markup: str,
    wrapped: list[tuple[int, int]],
    others: list[int],
    measure: int = CHARACTERS,
) -> list[Segment]:
    """The text's segments, their lines' wraps sampled into ``wrapped`` and ``others``
    (:func:`sample_wraps`, in ``measure``); each keeps its kinds and lone first words where
    those are known before the width."""
    segments = []
    for segment, lines in read_segments(text, segment_chars, markup=markup):
        kinds, width_counts = items_and_code(
            lines, segment.kinds, None, markup=markup in INDENTED_PROSE
        )
        lone = [0, 0]  # lone_first_words of these kinds, counted as the wraps are sampled.
        sample_wraps(lines, kinds, wrapped, others, lone, measure)
        if not width_counts:  # The kinds at the document's width, known before it is.
            segment.final_kinds = kinds
            segment.lone_counts = None if markup else (lone[0], lone[1])
        elif not markup and segment.lines is not None:  # Kept to compare (see document_layout).
            segment.survey_kinds, segment.lone_counts = kinds, (lone[0], lone[1])
        segments.append(segment)
    return segments


def document_layout(
    text: str,
    segments: list[Segment],
    width: int,
    dehyphenate: bool,
    use_lexicon: bool,
    markup: str,
    loose_wraps: bool = False,
    measure: int = CHARACTERS,
) -> Document:
    """The document's layout at ``width``: its segments' final kinds and first-word mode;
    its widths counted in ``measure`` (characters or cells), or in bytes where a text read
    in characters shows it was wrapped so (:mod:`~.bytewidth`)."""
    lone = lowercase_after = blank = 0
    for segment, (lines, structure) in zip(segments, segment_lines(text, segments), strict=True):
        if segment.final_kinds is not None:
            segment.kinds, segment.final_kinds = segment.final_kinds, None
        else:
            segment.kinds = with_items(lines, structure, width, markup=markup in INDENTED_PROSE)
            if segment.kinds != segment.survey_kinds:  # (the survey's counts stand if equal)
                segment.lone_counts = None
            segment.survey_kinds = None
        if markup:
            segment.kinds = markup_kinds(lines, segment.kinds, markup, segment.start == 0)
        counts = segment.lone_counts or lone_first_words(lines, segment.kinds)
        lone, lowercase_after = lone + counts[0], lowercase_after + counts[1]
        blank += segment.kinds.count(Kind.BLANK)
    lines_of_text = sum(len(segment.kinds) for segment in segments) - blank
    if segments:  # (the blank lines after the last line of text part no paragraphs)
        kinds = segments[-1].kinds
        blank -= next((i for i, k in enumerate(reversed(kinds)) if k is not Kind.BLANK), 0)
    return Document(
        width=width,
        first_word_mode=lone >= 2
        and lowercase_after >= 1
        and lowercase_after * FIRST_WORD_CHARS >= len(text),
        markup=markup,
        dehyphenate=dehyphenate,
        use_lexicon=use_lexicon,
        text=text,
        verdicts={} if len(text) <= KEEP_LINES_CHARS else None,
        paragraph_gaps=blank >= 2 and blank * PARAGRAPH_GAP_LINES >= lines_of_text,
        loose_wraps=loose_wraps,
        indent_opens="" if markup else opening_indent(text, width),
        measure=measure
        or (
            BYTES
            if not markup
            and width < UNWRAPPED_WIDTH
            and wrapped_in_bytes(text, width, split_lines(text, segments))
            else CHARACTERS
        ),
    )


def split_lines(text: str, segments: list[Segment]) -> list[str] | None:
    """``text.split("\\n")`` taken from its ``segments``' kept lines where those are the
    text's own (most texts: no line end but LF, no trailing whitespace, no soft hyphen was
    removed), so that :func:`wrapped_in_bytes` need not split it again; else None, as for
    a text longer than it reads whole (SAMPLE_CHARS). The lines joined, compared with the
    text in C, tell: a segment's lines hold no line feed.

    >>> text = "A\\nb.\\n\\nC\\n"
    >>> segments = [segment for segment, _ in read_segments(text, 1)]
    >>> split_lines(text, segments) == text.split("\\n"), len(segments)
    (True, 2)
    >>> split_lines("A \\nb", [segment for segment, _ in read_segments("A \\nb", 1)])
    """
    if not segments or len(text) > SAMPLE_CHARS:
        return None
    if any(segment.lines is None for segment in segments):
        return None
    if len(segments) == 1:
        lines = segments[0].lines
    else:
        lines = [line for segment in segments for line in segment.lines or ()]
    return lines if lines is not None and "\n".join(lines) == text else None
