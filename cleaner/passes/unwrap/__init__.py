"""The ``unwrap`` pass: rejoin hard-wrapped paragraphs, one per line, and keep other structure.

The document's wrap width is estimated from the lines that were clearly wrapped (those
followed by a line starting in lower case): the width their breaks contradict least. A
break inside a block is a paragraph end only when the line has room left for the next
word and ends a sentence while the next line starts like a paragraph, or the line is a
heading, or (in documents that set each paragraph's first word alone on its line) the
next line is such a lone first word. Lists, code, tables, quotes, signatures, markup and
verse stay line-for-line; verse only if it also looks unwrapped at the width the output's
lines show, which the next run estimates, so the output is a fixed point. Text already one
paragraph per line has no break to judge and comes out unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from cleaner.passes.layout import SOFT_HYPHEN
from cleaner.passes.unwrap.blocks import (
    block_language,
    joined_at_breaks,
    unwrap_block,
    unwrap_prose_block,
)
from cleaner.passes.unwrap.document import (
    Document,
    block_count,
    block_runs,
    document_blocks,
    is_judged_verse,
    is_verse,
    prose_document,
)
from cleaner.passes.unwrap.fast import has_trailing_space
from cleaner.passes.unwrap.hyphens import (
    AFTER_TAIL_LENGTH,
    LEADING_WORD_RE,
    LINE_END_HYPHEN_RE,
    hyphen_decision,
)
from cleaner.passes.unwrap.kinds import Kind
from cleaner.passes.unwrap.markup import ASCIIDOC, MARKDOWN
from cleaner.passes.unwrap.no_wrap import shows_no_wrap
from cleaner.passes.unwrap.plain import plain_paragraph_unless_verse
from cleaner.passes.unwrap.segments import (
    SEGMENT_CHARS,
    Segment,
    segment_lines,
    without_trailing_space,
)
from cleaner.passes.unwrap.survey import Sample, estimated_width, layout_survey, width_sample
from cleaner.passes.unwrap.verse import is_prose_verse, is_quoted_couplet, is_rhymed_stanza
from cleaner.passes.unwrap.width import (
    UNWRAPPED_WIDTH,
    sample_wraps,
)
from cleaner.textblocks import concatenate

# Blocks unwrapped before their output is handed on, in a segment (most hold fewer).
FLUSH_BLOCKS = 2_000
# The last text unwrapped, with its settings and output, if it is at most LAST_KEPT_CHARS
# long: boilerplate asks which lines unwrap parts of a short text (apart.parted_lines), and
# where it removes nothing the pass then unwraps that same text.
_LAST: list[tuple[str, bool, bool, str]] = []
LAST_KEPT_CHARS = 200_000
# Times an output the next run would read otherwise is unwrapped again (issue 13).
SETTLING_ROUNDS = 2
# The width "shown" by an output the next run reads otherwise for sure, whatever width it
# shows: lines were read as kept under a line that is joined now (_kept_read_anew).
READ_AGAIN = -1


def unwrap_paragraphs(text: str, *, dehyphenate: bool = True, use_lexicon: bool = True) -> str:
    """Rejoin hard-wrapped paragraphs into one line each, with a blank line between them.

    ``dehyphenate`` joins ``inter-`` + ``national`` into ``international`` when the document
    or (with ``use_lexicon``) cleaner's lexicon knows the joined word; otherwise, and
    always before a capital (``anti-Islamic``), the hyphen stays. Soft hyphens are removed,
    and a line made by joining others loses its inner runs of spaces (see
    :func:`cleaner.passes.unwrap.blocks._unit_text`).

    >>> unwrap_paragraphs("The first paragraph was wrapped\\nat a narrow width.\\nA new one.\\n")
    'The first paragraph was wrapped at a narrow width.\\n\\nA new one.\\n'
    >>> unwrap_paragraphs("Already clean.\\n\\n- a list\\n- stays\\n")
    'Already clean.\\n\\n- a list\\n- stays\\n'
    """
    for last, last_dehyphenate, last_use_lexicon, output in _LAST:
        if (last_dehyphenate, last_use_lexicon) == (dehyphenate, use_lexicon) and last == text:
            return output
    output = unwrapped_text(text, dehyphenate, use_lexicon)
    if len(text) <= LAST_KEPT_CHARS:
        _LAST[:] = [(text, dehyphenate, use_lexicon, output)]
    return output


def unwrapped_text(
    text: str, dehyphenate: bool, use_lexicon: bool, segment_chars: int = SEGMENT_CHARS
) -> str:
    """The output of :func:`unwrap_paragraphs`, made one segment of ``text`` at a time.

    The document's layout (wrap width, first-word mode) is read first, in two lean passes;
    then its blocks are unwrapped in one walk that also reads the width the output shows.
    That output stands unless the width asks for other verse verdicts (rare: a document
    whose joined lines change its widest lines); then the blocks are unwrapped again,
    judged at that width too. Where the next run would still read the output otherwise
    (:func:`_read_otherwise`), it is unwrapped again, at most SETTLING_ROUNDS times.

    >>> unwrapped_text("A\\nb.\\n\\nC\\n", True, True, segment_chars=1)
    'A b.\\n\\nC\\n'
    """
    *_, (_, output) = unwrap_rounds(text, dehyphenate, use_lexicon, segment_chars)
    return output


def unwrap_rounds(
    text: str, dehyphenate: bool, use_lexicon: bool, segment_chars: int = SEGMENT_CHARS
) -> Iterator[tuple[str, str]]:
    """The input and output of each round of :func:`unwrapped_text`: the first unwraps
    ``text``; each next, the output before it, which the next run would read otherwise.

    >>> [output for _, output in unwrap_rounds("A\\nb.\\n", True, True)]
    ['A b.\\n']
    """
    once = _unwrapped_once(text, dehyphenate, use_lexicon, segment_chars)
    result, document, shown, sample = once
    yield text, result
    for _ in range(SETTLING_ROUNDS):
        if result == text or shown >= UNWRAPPED_WIDTH:
            return  # (an output that shows no width gives the next run nothing to judge by)
        if shown != READ_AGAIN and not _read_otherwise(
            result, document, segment_chars, known=shown > 0, sample=sample
        ):
            return
        text = result
        once = _unwrapped_once(text, dehyphenate, use_lexicon, segment_chars)
        result, document, shown, sample = once
        yield text, result


def _unwrapped_once(
    text: str, dehyphenate: bool, use_lexicon: bool, segment_chars: int
) -> tuple[str, Document, int, Sample | None]:
    """One run's output of ``text``, the document as it judged it, and the width the output
    shows, if known (0 if not): none (UNWRAPPED_WIDTH) unless a verse block it kept goes
    on in lower case (:func:`_verse_shows_wrap`), the only lines that show it one. Last,
    the output's :func:`width_sample` that width was read off, if one was, for the next
    run's survey to take. READ_AGAIN instead of a width where lines were read as kept under
    a line that is joined now (:func:`_kept_read_anew`): the next run reads them anew."""
    document, segments = layout_survey(text, dehyphenate, use_lexicon, segment_chars)
    shows_wrap: list[bool] = []  # Whether a verse block shows a wrap, once all is made.
    kept_read_anew: list[bool] = []
    breaks = document.markup == MARKDOWN
    result = concatenate(
        _finished(
            _unwrapped_sampled(
                segment_lines(text, segments, breaks), document, shows_wrap, kept_read_anew
            ),
            breaks,
        )
    )
    if kept_read_anew and result != text:
        return result, document, READ_AGAIN, None
    if not shows_wrap[0] or result == text:
        return result, document, UNWRAPPED_WIDTH, None  # (or unchanged: the next run's same)
    sample = width_sample(result)
    shown = UNWRAPPED_WIDTH if sample is None else sample.width
    if shown in (document.width, UNWRAPPED_WIDTH):
        return result, document, shown, sample
    del result, sample  # (a huge text's: not held while it is made again)
    document = document.replace(verse_width=shown)  # Verse judged at that width too.
    output = concatenate(_finished(_block_outputs(text, segments, document), breaks))
    return output, document, 0, None


def _read_otherwise(
    output: str,
    document: Document,
    segment_chars: int,
    *,
    known: bool = False,
    sample: Sample | None = None,
) -> bool:
    """Whether the next run may unwrap ``output``, made as ``document`` judged it, again
    (issue 13): it shows a wrap width (most outputs show none, told without a survey:
    :func:`shows_no_wrap`), one this run judged by neither (a block kept as verse at 78
    columns joined leaves an output of 68, at which another breaks), or one at which
    a paragraph this run joined on one line fills the width before a block going on in
    lower case, which the next run mends as a paragraph cut at a blank line. (``known``:
    the output is known to show a width, so the cheap proof is not asked; ``sample``: the
    output's :func:`width_sample`, if read, which the survey takes at its segment size.)

    >>> joined = "harbour river paper winter Comments\\n\\ngarden harbour farmer budget\\n\\n"
    >>> verse = "Comments\\nharbour river paper winter garden\\nharbour farmer budget student\\n"
    >>> document = Document(35, False, True, True, "")
    >>> _read_otherwise(joined + verse, document, SEGMENT_CHARS)  # (35 columns of 35)
    True
    >>> shorter = joined.replace("river paper ", "") + verse  # (16 of 33)
    >>> _read_otherwise(shorter, document, SEGMENT_CHARS), _read_otherwise(
    ...     shorter, document.replace(verse_width=33), SEGMENT_CHARS)
    (True, False)
    """
    if not known and shows_no_wrap(output):
        return False
    next_run, segments = layout_survey(
        output, document.dehyphenate, document.use_lexicon, segment_chars, sample
    )
    if next_run.width >= UNWRAPPED_WIDTH or next_run.markup:
        return False
    if next_run.width not in (document.width, document.verse_width):
        return True
    return "\n\n" in output and any(
        len(block_runs(next_run, lines, kinds)) < block_count(kinds)
        for lines, kinds in segment_lines(output, segments)
    )


def _block_outputs(text: str, segments: list[Segment], document: Document) -> Iterator[str]:
    """Each segment's output, its blocks unwrapped one by one at ``document``."""
    for pair in segment_lines(text, segments, document.markup == MARKDOWN):
        blocks = document_blocks(document, *pair)
        yield "\n\n".join(filter(None, (unwrap_block(block, document) for block in blocks)))


def _kept_read_anew(lines: tuple[str, ...], kinds: tuple[Kind, ...], output: str) -> bool:
    """Whether a line of this block was read as kept (indented code) under a line at the
    margin that its ``output`` joined onto an indented line above (a fragment, ``v-`` /
    ``ersion``, or a heading cut off into a paragraph, by damage or an extractor): the next
    run reads the kept line under the indented line that fragment is part of now.

    >>> prose, kept = Kind.PROSE, Kind.KEPT
    >>> lines = ("   a decimal v-", "ersion", "   code (ten digits)")
    >>> _kept_read_anew(lines, (prose, prose, kept), "   a decimal v-ersion\\n   code (ten digits)")
    True
    >>> lines = ("   Run it", "like this:", "    make")
    >>> _kept_read_anew(lines, (prose, prose, kept), "   Run it\\nlike this:\\n    make")
    False
    """
    prose = Kind.PROSE
    return any(
        kinds[j] is Kind.KEPT
        and kinds[j - 1] is prose
        and kinds[j - 2] is prose
        and lines[j - 1][:1] not in " \t"
        and lines[j - 2][:1] == " "
        and lines[j][:1] == " "
        and not output.startswith(lines[j - 1])
        and f"\n{lines[j - 1]}" not in output
        for j in range(2, len(kinds))
    )


def _output_verse_width(output: str, document: Document) -> int | None:
    """The width the next run estimates on ``output``, if verse must be judged at it too:
    None if that is the document's width or none.

    Read off the output itself, as the next run reads it (a joined line may be read as
    code there, a paragraph set apart from its heading), not foretold from the input's
    lines: so a block kept line for line only because the input's width was read off
    paragraphs that are joined now is judged at the width the next run finds.
    """
    width = estimated_width(output)
    return None if width in (document.width, UNWRAPPED_WIDTH) else width


def _finished(outputs: Iterable[str], breaks: bool = False) -> Iterator[str]:
    """The segments' outputs as one text: a blank line between those not empty, soft hyphens
    and trailing whitespace gone (but Markdown's hard line breaks, if ``breaks``: see
    :func:`without_trailing_space`), no newline at either end, then one final newline."""
    first, started, held = True, False, ""  # held: newlines that stay only if text follows
    for output in filter(None, outputs):
        if SOFT_HYPHEN in output:  # (a one-character search, at memory speed: replace's is not)
            output = output.replace(SOFT_HYPHEN, "")
        piece = ("" if first else "\n\n") + output
        if has_trailing_space(piece):
            piece = "\n".join(without_trailing_space(piece.split("\n"), breaks))
        first = False
        piece = piece if started else piece.lstrip("\n")
        body = piece.rstrip("\n")
        if body:
            yield held + body
            started, held = True, piece[len(body) :]
        else:
            held += piece
    if started:
        yield "\n"


def explain_unwrap(
    before: str, after: str, *, dehyphenate: bool = True, use_lexicon: bool = True
) -> list[str]:
    """What the diff does not show: the wrap width found, the layout, each hyphen decision.

    Silent when the pass changed nothing (the pipeline shows such notes as warnings). Where
    the pass unwrapped its output again (:func:`unwrap_rounds`), the blocks kept line for
    line are those the last round kept, and each round's hyphen decisions are told.

    >>> explain_unwrap("an inter-\\nnational deal\\n", "an international deal\\n")[-1]
    'inter- + national -> international: joined form Zipf 5.4 in the lexicon'
    """
    if before == after:
        return []  # Nothing was joined: nothing to explain, and no warning to give.
    rounds = [
        _read_document(text, dehyphenate, use_lexicon)
        for text, _ in unwrap_rounds(before, dehyphenate, use_lexicon)
    ]
    document = rounds[0][2]
    notes = [
        f"wrap width estimated at {document.width} columns"
        if document.width < UNWRAPPED_WIDTH
        else "no wrap width found (no line long enough goes on in lower case on the next): "
        "every line has room, and one is joined only to a next that goes on in lower case, "
        "or in a block whose lines each break mid-sentence where the next word would pass "
        "the longest line"
    ]
    notes += [
        "output unwrapped again, as the next run would read it: "
        + (f"wrap width {again.width} columns" if again.width < UNWRAPPED_WIDTH else "no width")
        + (f", verse judged at {again.verse_width} too" if again.verse_width else "")
        for _, _, again in rounds[1:]
    ]
    if document.markup:
        flavour = {MARKDOWN: "Markdown", ASCIIDOC: "AsciiDoc"}.get(
            document.markup, "reStructuredText"
        )
        notes.append(f"{flavour} markup: each block's lines joined, whatever their width")
    if document.first_word_mode:
        notes.append("each paragraph's first word stands alone on a line: it opens a paragraph")
    lines, kinds, document = rounds[-1]  # (the blocks the last round kept are the output's)
    if kept := sum(kind is Kind.KEPT for kind in kinds):
        notes.append(f"{kept} lines of code, tables, quotes, markup or signature kept as they are")
    verse = sum(is_verse(block, document) for block in document_blocks(document, lines, kinds))
    if verse:
        notes.append(f"{verse} blocks of verse, addresses or short lines kept line for line")
    hyphens = [note for each in rounds for note in _explain_hyphens(*each, before, after)]
    return notes + list(dict.fromkeys(hyphens))


def _explain_hyphens(
    lines: list[str], kinds: list[Kind], document: Document, before: str, after: str
) -> list[str]:
    """One note per line-end hyphen that was joined, saying whether it was kept and why:
    where the output writes the word as decided more often than the input (``before``)
    did, so not a break kept on its line (verse) whose joined word the text has elsewhere.

    >>> verse = "  the duque\\n\\n  a du-\\n  que\\n"
    >>> lines, kinds, document = _read_document(verse, True, True)
    >>> _explain_hyphens(lines, kinds, document, verse, verse)
    []
    """
    notes = []
    block_of = _block_languages(lines, kinds, document)
    for i, line in enumerate(lines[:-1]):
        hyphen, word = LINE_END_HYPHEN_RE.search(line), LEADING_WORD_RE.match(lines[i + 1].strip())
        if kinds[i] is Kind.KEPT or not (hyphen and word):
            continue
        prefix, suffix = hyphen.group(1), word.group()
        drop, why = hyphen_decision(
            prefix,
            suffix,
            document.evidence,
            use_lexicon=document.use_lexicon,
            language=block_of[i],
            around=(line[: hyphen.start()], lines[i + 1].strip()[word.end() :][:AFTER_TAIL_LENGTH]),
        )
        drop = drop and document.dehyphenate
        joined = prefix + suffix if drop else f"{prefix}-{suffix}"
        why = why if document.dehyphenate else "dehyphenate is off"
        if after.count(joined) > before.count(joined):
            notes.append(f"{prefix}- + {suffix} -> {joined}: {why}")
    return notes


def _block_languages(
    lines: list[str], kinds: list[Kind], document: Document
) -> list[Callable[[], str]]:
    """For each line, its block's language (as :func:`unwrap_block` asks it), lazily."""
    found: list[Callable[[], str]] = []
    start = 0
    for end in [*(i for i, kind in enumerate(kinds) if kind is Kind.BLANK), len(lines)]:
        block = list(zip(lines[start:end], kinds[start:end], strict=True))
        language = block_language(block, document)
        found += [language] * (end - start) + ([language] if end < len(lines) else [])
        start = end + 1
    return found


def _read_document(
    text: str, dehyphenate: bool, use_lexicon: bool
) -> tuple[list[str], list[Kind], Document]:
    """All the text's lines (line breaks and stray soft hyphens normalized), kinds and layout."""
    document, segments = _survey(text, dehyphenate, use_lexicon, SEGMENT_CHARS)
    lines: list[str] = []
    kinds: list[Kind] = []
    for some_lines, their_kinds in segment_lines(text, segments):
        lines += some_lines
        kinds += their_kinds
    return lines, kinds, document


def _survey(
    text: str, dehyphenate: bool, use_lexicon: bool, segment_chars: int
) -> tuple[Document, list[Segment]]:
    """The document's layout (:func:`layout_survey`), with the width the output shows."""
    document, segments = layout_survey(text, dehyphenate, use_lexicon, segment_chars)
    # The next run estimates the width from this run's output, where the joined lines are
    # gone: the width that output shows is the one to judge verse by too, so both runs agree.
    breaks = document.markup == MARKDOWN
    if _verse_shows_wrap(segment_lines(text, segments, breaks), document):
        output = concatenate(_finished(_block_outputs(text, segments, document), breaks))
        verse_width = _output_verse_width(output, document)
        if verse_width is not None:
            document = document.replace(verse_width=verse_width)
    return document, segments


def _verse_shows_wrap(pieces: Iterable[tuple[list[str], list[Kind]]], document: Document) -> bool:
    """Whether a block kept line for line as verse has a line that goes on in lower case
    below (:func:`sample_wraps` reads it as wrapped): only then may the output show a wrap
    width of its own, as the other blocks' lines that go on in lower case are joined.

    >>> from cleaner.passes.unwrap.document import Document
    >>> verse = ["Roses are red,", "violets are blue,", "sugar is sweet."]
    >>> _verse_shows_wrap([(verse, [Kind.PROSE] * 3)], Document(72, False, True, True, ""))
    True
    """
    prose = Kind.PROSE
    for piece_lines, piece_kinds in pieces:
        for block in document_blocks(document, piece_lines, piece_kinds):
            lines, kinds = zip(*block, strict=True)
            if (
                kinds.count(prose) == len(kinds)
                and len(lines) > 1
                and is_judged_verse(block, lines, prose_document(lines, document))
                and _shows_wrap(lines, kinds)
            ):
                return True
    return False


def _shows_wrap(lines: tuple[str, ...], kinds: tuple[Kind, ...]) -> bool:
    """Whether :func:`sample_wraps` reads a line of this block as wrapped."""
    wrapped: list[tuple[int, int]] = []
    sample_wraps(list(lines), list(kinds), wrapped, [])
    return bool(wrapped)


def _unwrapped_sampled(
    pieces: Iterable[tuple[list[str], list[Kind]]],
    document: Document,
    shows_wrap: list[bool],
    kept_read_anew: list[bool] | None = None,
) -> Iterator[str]:
    """Each piece's output at ``document`` (no ``verse_width``), and, once the last is
    made, whether a verse block shows a wrap (:func:`_verse_shows_wrap`) added to
    ``shows_wrap``: one walk over the blocks, each judged once for both. The outputs stand
    unless the width the output shows asks other verse verdicts. ``True`` is added to
    ``kept_read_anew``, if given, for a block whose kept lines the next run reads anew
    (:func:`_kept_read_anew`, and a blank line mended before them:
    :func:`~cleaner.passes.unwrap.document.block_runs`).
    """
    shown = False
    prose, plain = Kind.PROSE, not document.markup
    broken: list[int] = []  # A block's lines after word breaks, when it is one paragraph.
    for piece_lines, piece_kinds in pieces:
        unwrapped: list[str] = []
        for lines, kinds in block_runs(document, piece_lines, piece_kinds, kept_read_anew):
            if len(unwrapped) >= FLUSH_BLOCKS:  # A segment with no place to end (a huge
                yield "\n\n".join(filter(None, unwrapped))  # text of lowercase paragraphs):
                unwrapped = []  # its output goes on in parts, not held whole twice.
            if kinds.count(prose) != len(kinds):
                output = unwrap_block(list(zip(lines, kinds, strict=True)), document)
                unwrapped.append(output)
                if kept_read_anew is not None and _kept_read_anew(lines, kinds, output):
                    kept_read_anew.append(True)
                continue
            if len(lines) == 1:
                unwrapped.append(lines[0])
                continue
            judged = prose_document(lines, document)
            # (asked once for both verdicts; the block's copies of the document share its
            # loose wraps and rhymes)
            rhymed = document.loose_wraps and is_rhymed_stanza(lines, document)
            paragraph = (
                plain_paragraph_unless_verse(
                    lines,
                    judged.width,
                    judged.paragraph_width,
                    broken=broken,
                    measure=judged.measure,
                )
                if plain
                and not judged.first_word_mode
                and judged.verse_width is None
                and not rhymed
                and not is_quoted_couplet(lines, judged)
                else None
            )
            if paragraph is not None:  # (most blocks: both verdicts read in one walk)
                unwrapped.append(paragraph)
                continue
            if broken:  # No verse, one paragraph but for its word breaks (hyphenated text).
                unwrapped.append(joined_at_breaks(lines, kinds, broken, judged))
                broken.clear()
                continue
            if is_prose_verse(lines, judged, rhymed):  # (asked once here: not remembered)
                shown = shown or _shows_wrap(lines, kinds)
                # unwrap_block keeps verse line for line, but markup joins it.
                unwrapped.append(
                    "\n".join(lines)
                    if plain
                    else unwrap_block(list(zip(lines, kinds, strict=True)), document)
                )
                continue
            unwrapped.append(
                unwrap_prose_block(lines, kinds, judged)
                if plain
                else unwrap_block(list(zip(lines, kinds, strict=True)), document)
            )
        yield "\n\n".join(filter(None, unwrapped))
    shows_wrap.append(shown)
