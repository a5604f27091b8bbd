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
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import compress, count, pairwise, repeat
from operator import is_
from typing import TypeVar

from cleaner.passes.layout import SOFT_HYPHEN
from cleaner.passes.unwrap.fast import (
    ASCII_LOWER,
    has_trailing_space,
    is_verse_at,
    joins_plainly,
    may_be_lone_word,
    plain_paragraph,
    prose_joined_lengths,
)
from cleaner.passes.unwrap.hyphens import (
    LEADING_WORD_RE,
    LINE_END_HYPHEN_RE,
    LINE_END_MARKS,
    DocumentEvidence,
    hyphen_decision,
    line_join_edit,
)
from cleaner.passes.unwrap.lines import (
    BARE_MARKER_RE,
    WORD_BREAK_LAST,
    Kind,
    ends_sentence,
    ends_with_word_break,
    has_room,
    is_full,
    is_lone_word,
    is_standalone_heading,
    items_and_code,
    looks_like_heading,
    opens_item_after,
    starts_lowercase,
    starts_paragraph,
    with_items,
)
from cleaner.passes.unwrap.markup import continues_element, is_markup, with_markup_kinds
from cleaner.passes.unwrap.segments import (
    KEEP_LINES_CHARS,
    SEGMENT_CHARS,
    Segment,
    read_segments,
    segment_lines,
)
from cleaner.passes.unwrap.width import (
    UNWRAPPED_WIDTH,
    block_wrap_width,
    lone_first_words,
    sample_wraps,
    wrap_width,
)
from cleaner.textblocks import concatenate

T = TypeVar("T")
# A block too short for its own language takes that of the document's first characters
# (CLD3 reads at most 4,000 bytes).
DOCUMENT_SAMPLE_CHARS = 4000


@dataclass(frozen=True)
class _Document:
    """What the joining rules need to know about the whole document."""

    width: int
    first_word_mode: bool
    dehyphenate: bool
    use_lexicon: bool
    # The text as given, whose words are the evidence for line-end hyphens.
    text: str = field(repr=False)
    # The width the output's kept lines show, if another: the next run judges verse by it.
    verse_width: int | None = None
    # Markup (reStructuredText): a block's prose lines are joined whatever their widths.
    markup: bool = False
    # Verdicts on blocks (their own width, verse at a width) by their lines: each block is
    # judged when the output's width is sampled and again when it is unwrapped. Shared by
    # the copies ``replace`` makes; kept only for texts whose lines are kept too.
    verdicts: dict[tuple[object, ...], tuple[object, tuple[object, ...]]] | None = field(
        default=None, repr=False, compare=False
    )

    @cached_property
    def evidence(self) -> DocumentEvidence:
        """Made on first need (most documents have no line-end hyphen to judge); it counts
        only the words asked about, block by block, so a huge document never has a list of
        all its words."""
        return DocumentEvidence(self.text)

    @cached_property
    def language(self) -> str:
        """The language of the document's start, for a block too short to tell its own
        (asked only then): a German line-end hyphen in a one-sentence paragraph is German."""
        from cleaner.language import identify  # Deferred: a pass may never need it.

        return identify(self.text[:DOCUMENT_SAMPLE_CHARS])


@dataclass
class _Unit:
    """One output unit: a paragraph or list item being built, or a kept line."""

    kind: Kind
    # The unit's text in pieces, one per joined line, so joining stays linear.
    pieces: list[str]
    last_line: str
    line_count: int = 1
    # An item laid out like a paragraph: its marker alone on a line ("1)" in seed 003).
    loose: bool = False


def unwrap_paragraphs(text: str, *, dehyphenate: bool = True, use_lexicon: bool = True) -> str:
    """Rejoin hard-wrapped paragraphs into one line each, with a blank line between them.

    ``dehyphenate`` joins ``inter-`` + ``national`` into ``international`` when the document
    or (with ``use_lexicon``) cleaner's lexicon knows the joined word; otherwise, and
    always before a capital (``anti-Islamic``), the hyphen stays. Soft hyphens are removed.

    >>> unwrap_paragraphs("The first paragraph was wrapped\\nat a narrow width.\\nA new one.\\n")
    'The first paragraph was wrapped at a narrow width.\\n\\nA new one.\\n'
    >>> unwrap_paragraphs("Already clean.\\n\\n- a list\\n- stays\\n")
    'Already clean.\\n\\n- a list\\n- stays\\n'
    """
    return concatenate(unwrapped_pieces(text, dehyphenate, use_lexicon))


def unwrapped_pieces(
    text: str, dehyphenate: bool, use_lexicon: bool, segment_chars: int = SEGMENT_CHARS
) -> Iterator[str]:
    """The output of :func:`unwrap_paragraphs` in pieces, one segment of ``text`` at a time.

    The document's layout (wrap width, first-word mode) is read first, in two lean passes.

    >>> list(unwrapped_pieces("A\\nb.\\n\\nC\\n", True, True, segment_chars=1))
    ['A b.', '\\n\\nC', '\\n']
    """
    document, segments = _survey(text, dehyphenate, use_lexicon, segment_chars)
    outputs = (
        "\n\n".join(
            filter(
                None,
                (_unwrap_block(block, document) for block in _document_blocks(document, *pair)),
            )
        )
        for pair in segment_lines(text, segments)
    )
    return _finished(outputs)


def _finished(outputs: Iterable[str]) -> Iterator[str]:
    """The segments' outputs as one text: a blank line between those not empty, soft hyphens
    and trailing whitespace gone, no newline at either end, then one final newline."""
    first, started, held = True, False, ""  # held: newlines that stay only if text follows
    for output in filter(None, outputs):
        piece = ("" if first else "\n\n") + output.replace(SOFT_HYPHEN, "")
        if has_trailing_space(piece):
            piece = "\n".join(line.rstrip() for line in piece.split("\n"))
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

    Silent when the pass changed nothing (the pipeline shows such notes as warnings).

    >>> explain_unwrap("an inter-\\nnational deal\\n", "an international deal\\n")[-1]
    'inter- + national -> international: joined form Zipf 5.4 in the lexicon'
    """
    if before == after:
        return []  # Nothing was joined: nothing to explain, and no warning to give.
    lines, kinds, document = _read_document(before, dehyphenate, use_lexicon)
    notes = [
        f"wrap width estimated at {document.width} columns"
        if document.width < UNWRAPPED_WIDTH
        else "no line continues in lower case on the next: nothing looks hard-wrapped"
    ]
    if document.markup:
        notes.append("reStructuredText markup: each block's lines joined, whatever their width")
    if document.first_word_mode:
        notes.append("each paragraph's first word stands alone on a line: it opens a paragraph")
    if kept := sum(kind is Kind.KEPT for kind in kinds):
        notes.append(f"{kept} lines of code, tables, quotes, markup or signature kept as they are")
    verse = sum(_is_verse(block, document) for block in _blocks(lines, kinds))
    if verse:
        notes.append(f"{verse} blocks of verse, addresses or short lines kept line for line")
    return notes + _explain_hyphens(lines, kinds, document, after)


def _explain_hyphens(
    lines: list[str], kinds: list[Kind], document: _Document, after: str
) -> list[str]:
    """One note per line-end hyphen that was joined, saying whether it was kept and why."""
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
            around=(line[: hyphen.start()], lines[i + 1].strip()[word.end() : word.end() + 1]),
        )
        drop = drop and document.dehyphenate
        joined = prefix + suffix if drop else f"{prefix}-{suffix}"
        why = why if document.dehyphenate else "dehyphenate is off"
        if joined in after:
            notes.append(f"{prefix}- + {suffix} -> {joined}: {why}")
    return notes


def _block_languages(
    lines: list[str], kinds: list[Kind], document: _Document
) -> list[Callable[[], str]]:
    """For each line, its block's language (as :func:`_unwrap_block` asks it), lazily."""
    found: list[Callable[[], str]] = []
    start = 0
    for end in [*(i for i, kind in enumerate(kinds) if kind is Kind.BLANK), len(lines)]:
        block = list(zip(lines[start:end], kinds[start:end], strict=True))
        language = _block_language(block, document)
        found += [language] * (end - start) + ([language] if end < len(lines) else [])
        start = end + 1
    return found


def _read_document(
    text: str, dehyphenate: bool, use_lexicon: bool
) -> tuple[list[str], list[Kind], _Document]:
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
) -> tuple[_Document, list[Segment]]:
    """The document's layout, read a segment at a time: its wrap width from the lines' kinds
    without list items told, then its first-word mode from their final kinds."""
    segments, wrapped, others = [], [], []
    markup = is_markup(text)
    for segment, lines in read_segments(text, segment_chars, markup=markup):
        kinds, width_counts = items_and_code(lines, segment.kinds, None, markup=markup)
        sample_wraps(lines, kinds, wrapped, others)
        if not width_counts:  # The kinds at the document's width, known before it is.
            segment.final_kinds = kinds
        segments.append(segment)
    width = wrap_width(wrapped, others)
    del wrapped, others
    document = _layout(text, segments, width, dehyphenate, use_lexicon, markup)
    # The next run estimates the width from this run's output, where the joined lines are
    # gone: the width that output shows is the one to judge by, so both runs agree.
    width = _output_wrap_width(segment_lines(text, segments), document)
    if width not in (document.width, UNWRAPPED_WIDTH):
        document = replace(document, verse_width=width)
    return document, segments


def _layout(
    text: str,
    segments: list[Segment],
    width: int,
    dehyphenate: bool,
    use_lexicon: bool,
    markup: bool,
) -> _Document:
    """The document's layout at ``width``: its segments' final kinds and first-word mode."""
    lone = lowercase_after = 0
    for segment, (lines, structure) in zip(segments, segment_lines(text, segments), strict=True):
        if segment.final_kinds is not None:
            segment.kinds, segment.final_kinds = segment.final_kinds, None
        else:
            segment.kinds = with_items(lines, structure, width, markup=markup)
        if markup:
            segment.kinds = with_markup_kinds(lines, segment.kinds, first=segment.start == 0)
        counts = lone_first_words(lines, segment.kinds)
        lone, lowercase_after = lone + counts[0], lowercase_after + counts[1]
    return _Document(
        width=width,
        first_word_mode=lone >= 2 and lowercase_after >= 1,
        markup=markup,
        dehyphenate=dehyphenate,
        use_lexicon=use_lexicon,
        text=text,
        verdicts={} if len(text) <= KEEP_LINES_CHARS else None,
    )


def _output_wrap_width(pieces: Iterable[tuple[list[str], list[Kind]]], document: _Document) -> int:
    """The wrap width the output would show, read from each piece's lines and kinds.

    Verse blocks stay line for line; in the other blocks each line continued in lower case
    is joined to the one before (:func:`_continues` always joins those), which is what
    :func:`sample_wraps` of such lines (:func:`add_output_lines`) would read: no line left
    continues in lower case, so only their lengths count, and only when the block has fewer
    than two of them. That is worked out from the lengths without joining the lines, and
    only if some verse block shows a wrap: else no width is estimated at all.
    """
    wrapped: list[tuple[int, int]] = []
    others: list[int] = []
    joined: list[list[tuple[str, Kind]]] = []  # Blocks joined that are not all prose,
    joined_prose: list[tuple[str, ...]] = []  # and the lines of those that are.
    prose = Kind.PROSE
    for piece_lines, piece_kinds in pieces:
        for block in _document_blocks(document, piece_lines, piece_kinds):
            # _is_verse and _joined_lengths, inline, the block's lines unzipped once.
            lines, kinds = zip(*block, strict=True)
            if kinds.count(prose) != len(kinds):
                joined.append(block)
            elif len(lines) > 1 and _is_judged_verse(
                block, lines, _prose_document(lines, document)
            ):
                sample_wraps(list(lines), list(kinds), wrapped, others)
            else:
                joined_prose.append(lines)
    if not wrapped:
        return UNWRAPPED_WIDTH  # wrap_width's answer without a wrapped line, whatever others.
    # (estimate_wrap_width sorts the lengths: their order is no matter)
    for lines in joined_prose:
        others += prose_joined_lengths(lines)
    for block in joined:
        others += _joined_lengths(block)
    return wrap_width(wrapped, others)


def _joined_lengths(block: list[tuple[str, Kind]]) -> list[int]:
    """The lengths :func:`sample_wraps` adds to its ``others`` for the block's lines as
    :func:`add_output_lines` joins them: its prose and item lines, once joined, that are not
    a lone word, if fewer than two.

    >>> _joined_lengths([("Wrapped", Kind.PROSE), ("prose.", Kind.PROSE)])
    [14]
    """
    lines, kinds = zip(*block, strict=True)
    if kinds.count(Kind.PROSE) == len(kinds):
        return prose_joined_lengths(lines)
    lengths: list[int] = []
    length, countable = -1, False  # The output line being built (none yet).
    previous = Kind.BLANK
    for line, kind in block:
        if (
            kind is Kind.PROSE
            and previous in (Kind.PROSE, Kind.ITEM)
            and (line[:1] in ASCII_LOWER or starts_lowercase(line))
        ):
            length, countable = length + 1 + len(line), True  # Joined: never a lone word.
        else:
            if countable:
                lengths.append(length)
                if len(lengths) == 2:
                    return []
            length = len(line)
            countable = kind in (Kind.PROSE, Kind.ITEM) and not (
                may_be_lone_word(line) and is_lone_word(line)
            )
        previous = kind
    if countable:
        lengths.append(length)
    return lengths if len(lengths) < 2 else []


# A block's own width is used when at least this much narrower than the document's.
BLOCK_WIDTH_MARGIN = 5


def block_document(block: list[tuple[str, Kind]], document: _Document) -> _Document:
    """The document as this block is judged: at the block's own wrap width, if its prose
    was wrapped narrower than the document's (hand-wrapped markup, issue 14).

    That is when the block has three or more prose lines, at the width of its longest line
    but the last no line had room for the next one's first word, and that width is clearly
    narrower than the document's.
    """
    # Clearly narrower only: the true width may pass the longest line by a word's length.
    # Against the widest width the block is judged at (the output's too: the next run's),
    # so that both runs decide alike.
    # A document that shows no wrap width (UNWRAPPED_WIDTH) gives none to be narrower than.
    if len(block) < 3:
        return document  # (block_wrap_width needs three lines)
    lines, kinds = zip(*block, strict=True)
    prose = lines if kinds.count(Kind.PROSE) == len(kinds) else _prose_lines(block)
    return _prose_document(prose, document)


def _prose_document(prose: tuple[str, ...], document: _Document) -> _Document:
    """:func:`block_document` of a block whose prose lines are ``prose``."""
    widest = max(document.width, document.verse_width or 0)
    if widest >= UNWRAPPED_WIDTH:
        return document
    margin = max(BLOCK_WIDTH_MARGIN, widest // 12)
    # block_wrap_width gives None or the longest line but the last: if that is not clearly
    # narrower, the block is judged as the document whatever the rest of its verdict.
    if len(prose) < 3 or max(map(len, prose[:-1])) + margin > widest:
        return document
    # So block_wrap_width's width, if any, is that longest line: clearly narrower.
    width = _remembered(document, ("width", prose), lambda: block_wrap_width(list(prose)))
    if width is None:
        return document
    narrower = replace(document, width=width, verse_width=None)
    narrower.__dict__["evidence"] = document.evidence  # Counted once, for every block.
    if "language" in document.__dict__:  # Identified once if it was (most never are).
        narrower.__dict__["language"] = document.__dict__["language"]
    return narrower


def _prose_lines(block: list[tuple[str, Kind]]) -> tuple[str, ...]:
    """The block's prose lines."""
    return tuple(line for line, kind in block if kind is Kind.PROSE)


def _remembered(
    document: _Document, key: tuple[object, ...], verdict: Callable[[], T], *about: object
) -> T:
    """``verdict()``, remembered in ``document.verdicts`` under ``key`` if it keeps them.

    A key may name objects ``about`` by their ``id``: they are kept with the verdict, so
    that no other object can take their id while it is remembered.
    """
    if document.verdicts is None:
        return verdict()
    if key not in document.verdicts:
        document.verdicts[key] = (verdict(), about)
    return document.verdicts[key][0]  # type: ignore[index, no-any-return]


def _document_blocks(
    document: _Document, lines: list[str], kinds: list[Kind]
) -> list[list[tuple[str, Kind]]]:
    """:func:`_blocks`, remembered by the document that keeps its lines: the output's width
    is sampled on them, then they are unwrapped."""
    key = ("blocks", id(lines), id(kinds))
    return _remembered(
        document, key, lambda: _mend_cut_paragraphs(_blocks(lines, kinds), document), lines, kinds
    )


def _blocks(lines: list[str], kinds: list[Kind]) -> list[list[tuple[str, Kind]]]:
    """Runs of non-blank lines, each line with its kind.

    >>> _blocks(["a", "", "", "b"], [Kind.PROSE, Kind.BLANK, Kind.BLANK, Kind.KEPT])
    [[('a', <Kind.PROSE: 'prose'>)], [('b', <Kind.KEPT: 'kept'>)]]
    """
    blocks: list[list[tuple[str, Kind]]] = []
    start = 0
    # The blank lines' indexes, found at C speed (map and compress), then the end.
    for end in [*compress(count(), map(is_, kinds, repeat(Kind.BLANK))), len(kinds)]:
        if end > start:
            blocks.append(list(zip(lines[start:end], kinds[start:end], strict=True)))
        start = end + 1
    return blocks


# A line before a blank line inside a sentence fills at least this share of the wrap width
# (typeset text's lines vary in characters: a full line may have had room for a short word).
CUT_LINE_SHARE = 0.8


def _mend_cut_paragraphs(
    blocks: list[list[tuple[str, Kind]]], document: _Document
) -> list[list[tuple[str, Kind]]]:
    """Blocks with a blank line inside a sentence taken out: a block whose last line is
    prose that fills the wrap width and ends no sentence, before one that goes on in lower
    case, is one paragraph (a PDF extractor, pdfminer.six, sets a paragraph's last line
    apart: ``must be`` / blank / ``in want of a wife.``). Scripts without case (CJK, Thai)
    never show it. After a capital, the block must be that last line: one shorter line that
    ends a sentence (``the eldest`` / blank / ``Miss Bennet.``).

    >>> blocks = [[("It is a truth that a man in want of a fortune must be", Kind.PROSE)],
    ...           [("in want of a wife.", Kind.PROSE)]]
    >>> document = _Document(54, False, True, True, "")
    >>> [len(block) for block in _mend_cut_paragraphs(blocks, document)]
    [2]
    """
    if document.width >= UNWRAPPED_WIDTH or document.markup:
        return blocks
    mended = blocks[:1]
    for block in blocks[1:]:
        (last, last_kind), (first, first_kind) = mended[-1][-1], block[0]
        if (
            last_kind is Kind.PROSE
            and first_kind is Kind.PROSE
            and (first[:1].islower() or _is_set_apart_end(block, last))
            and not ends_sentence(last)
            and (last[-1:].isalnum() or last[-1:] in ",;")
            and len(last) >= CUT_LINE_SHARE * document.width
        ):
            mended[-1] = mended[-1] + block
        else:
            mended.append(block)
    return mended


def _is_set_apart_end(block: list[tuple[str, Kind]], before: str) -> bool:
    """The block is one line, a paragraph's end set apart: shorter than the line before it,
    starting with a capital letter (not a quote mark) and ending a sentence."""
    line = block[0][0]
    return (
        len(block) == 1
        and len(line) < len(before)
        and line[:1].isupper()  # not a quotation, which may open a paragraph after a comma
        and ends_sentence(line)
    )


def _unwrap_block(block: list[tuple[str, Kind]], document: _Document) -> str:
    """Join the lines of one block into units, then lay the units out."""
    if len(block) == 1:  # Nothing to join (a one-line block is never verse either).
        return block[0][0]
    if not document.markup:  # (Markup joins a block's lines at any width, verse too.)
        lines, kinds = zip(*block, strict=True)
        if kinds.count(Kind.PROSE) == len(kinds):  # Most blocks: a paragraph, or verse.
            document = _prose_document(lines, document)
            if _is_judged_verse(block, lines, document):
                return "\n".join(lines)
            joined = plain_paragraph(lines, document.width, document.first_word_mode)
            if joined is not None:
                return joined
        else:
            document = block_document(block, document)
    units: list[_Unit] = []
    language = _block_language(block, document)

    def evidence() -> DocumentEvidence:
        return document.evidence

    last = len(block) - 1
    first_word_mode, kept, prose = document.first_word_mode, Kind.KEPT, Kind.PROSE
    plain = not document.markup
    unit: _Unit | None = None  # The last unit (units[-1]), if any.
    for i, (line, kind) in enumerate(block):
        if (
            plain
            and kind is prose
            and unit is not None
            and line[:1] in ASCII_LOWER  # (joins_plainly's first test, asked before the call)
            and unit.kind is not kept
            and joins_plainly(unit.pieces[-1], line, first_word_mode)
        ):
            unit.pieces.append(" " + line.strip())
            unit.last_line, unit.line_count = line, unit.line_count + 1
            continue
        after = block[i + 1][0] if i < last else None
        if kind is Kind.ITEM and _list_ended(units, line, document):
            kind = Kind.PROSE
        if units and kind is Kind.PROSE and _continues(units[-1], line, after, document):
            unit = units[-1]
            end, right = unit.pieces[-1], line.strip()
            if not end.endswith(LINE_END_MARKS) and end[-1:].isascii() and right[:1].isascii():
                drop, addition = 0, " " + right  # line_join_edit's plain case, inline.
            else:
                drop, addition = line_join_edit(
                    end,
                    line,
                    evidence,
                    dehyphenate=document.dehyphenate,
                    use_lexicon=document.use_lexicon,
                    language=language,
                )
            if drop:
                unit.pieces[-1] = end[:-drop]
            unit.pieces.append(addition)
            unit.last_line, unit.line_count = line, unit.line_count + 1
        else:
            loose = kind is Kind.ITEM and bool(BARE_MARKER_RE.match(line))
            unit = _Unit(kind, [line], line, loose=loose)
            units.append(unit)
    return _lay_out(units, document)


def _block_language(block: list[tuple[str, Kind]], document: _Document) -> Callable[[], str]:
    """The block's language, identified on first call (most blocks never ask); the
    document's when the block says too little to tell (CLD3 unsure)."""
    found: list[str] = []

    def language() -> str:
        if not found:
            from cleaner.language import UNKNOWN, identify  # Deferred: may never be needed.

            own = identify(" ".join(line.strip() for line, _ in block))
            found.append(document.language if own == UNKNOWN else own)
        return found[0]

    return language


def _list_ended(units: list[_Unit], line: str, document: _Document) -> bool:
    """A weak marker that was an item only because a list went on above, which has ended.

    Line kinds carry a list on through every prose line after an item, but a paragraph
    that starts there ends the list, and in the output it follows a blank line. Judged
    after that paragraph alone, as the next run judges it, ``- `` after an unfinished line
    is a dash that wrapped: so it is judged so now, and the output is a fixed point.
    """
    if not units or units[-1].kind is not Kind.PROSE:
        return False
    return not opens_item_after(units[-1].last_line, line, document.width)


def _lay_out(units: list[_Unit], document: _Document) -> str:
    """Paragraphs get a blank line between them; kept lines and tight lists stay adjacent."""
    parts = ["".join(units[0].pieces)]
    for previous, unit in pairwise(units):
        # Lists stay tight, except in documents laid out like seed 003, whose list items
        # are paragraphs like the rest ("1)" alone on a line, then the item's text).
        # Markup gets no blank line (it would change what the block is), nor a line that
        # ends with "::" (which would make a sign of markup: see markup.RST_SIGN_RE).
        adjacent = (
            Kind.KEPT in (previous.kind, unit.kind)
            or (unit.kind is Kind.ITEM and not (document.first_word_mode or unit.loose))
            or document.markup
            or previous.pieces[-1].endswith("::")
        )
        parts.append("\n" if adjacent else "\n\n")
        parts.append("".join(unit.pieces))
    return "".join(parts)


def _continues(unit: _Unit, line: str, after: str | None, document: _Document) -> bool:
    """Whether prose ``line`` continues ``unit`` (True) or starts a new paragraph."""
    if unit.kind is Kind.KEPT:
        return False
    if document.markup:
        return continues_element(unit.pieces[0], unit.kind, line)
    if unit.line_count == 1 and BARE_MARKER_RE.match(unit.last_line):
        return True
    last = unit.last_line
    if ends_with_word_break(last):
        return True
    alone = unit.kind is Kind.PROSE and unit.line_count == 1
    if (
        document.first_word_mode
        and is_lone_word(line)
        and (ends_sentence(last) or (alone and looks_like_heading(last)))
    ):
        return False
    if ends_sentence(last) and is_standalone_heading(line, after, document.width):
        return False
    if not (has_room(last, line, document.width) and starts_paragraph(line)):
        return True
    if ends_sentence(last):
        return False
    if alone and looks_like_heading(last):
        # A lone first word before a wrapped line or the rest of a sentence is that
        # paragraph's start, not a heading ("Comments" before "Post a Comment" is one).
        lone_start = document.first_word_mode and is_lone_word(last)
        return lone_start and (is_full(line, after, document.width) or ends_sentence(line))
    return True


def _is_verse(block: list[tuple[str, Kind]], document: _Document) -> bool:
    """Verse, addresses, one-line paragraphs: lines that were not wrapped.

    Either no line starts in lower case and one had room for the next word, or in three or
    more lines half broke mid-sentence with room left. Wrapped prose has no line with room
    but its last, so capitalized lines that all filled the width are still joined. Judged at
    the document's width and at the width its output shows (``verse_width``), if another.
    """
    if len(block) < 2:
        return False
    lines, kinds = zip(*block, strict=True)
    if kinds.count(Kind.PROSE) != len(kinds):
        return False
    return _is_judged_verse(block, lines, _prose_document(lines, document))


def _is_judged_verse(
    block: list[tuple[str, Kind]], lines: tuple[str, ...], document: _Document
) -> bool:
    """:func:`_is_verse` of a block of two or more prose ``lines``, judged as ``document``
    (:func:`block_document`'s for it), remembered in ``document.verdicts``."""
    if document.verdicts is None:
        return _is_prose_verse(lines, document)
    key = ("verse", id(block), document.width, document.verse_width)
    found = document.verdicts.get(key)  # (_remembered, inline: asked of every block twice)
    if found is None:
        found = document.verdicts[key] = (_is_prose_verse(lines, document), block)
    return found[0]  # type: ignore[return-value]


def _is_prose_verse(lines: tuple[str, ...], document: _Document) -> bool:
    """:func:`_is_verse` of a block's prose lines, judged as ``document`` (the block's)."""
    ends = {line[-1:] for line in lines[:-1]}
    if not WORD_BREAK_LAST.isdisjoint(ends) and any(map(ends_with_word_break, lines[:-1])):
        return False
    if document.first_word_mode and is_lone_word(lines[0]):
        return False
    if not is_verse_at(lines, document.width):
        return False
    return document.verse_width is None or is_verse_at(lines, document.verse_width)
