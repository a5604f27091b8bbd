"""The document as ``unwrap`` judges it, and its blocks: the wrap width and layout the
joining rules read, a block's own width, the verse verdict at it (:mod:`.verse` judges),
and the blocks of a run of lines (a paragraph a PDF extractor cut at a blank line mended).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from itertools import compress, count, repeat
from operator import gt, is_
from typing import TypeVar

from cleaner.lazy_re import lazy_compile
from cleaner.passes.unwrap.boundaries import (
    CLOSING_PUNCTUATION,
    ends_sentence,
)
from cleaner.passes.unwrap.fast import (
    verse_slack,
)
from cleaner.passes.unwrap.hyphens import DocumentEvidence
from cleaner.passes.unwrap.indents import parted_at_opening_indents
from cleaner.passes.unwrap.kinds import Kind
from cleaner.passes.unwrap.measure import CHARACTERS, line_size, line_sizer
from cleaner.passes.unwrap.verse import (
    _is_indented_rhyme,
    is_prose_verse,
    is_stanza,
    rhymes_in,
)
from cleaner.passes.unwrap.width import (
    UNWRAPPED_WIDTH,
    block_wrap_width,
    unwrapped_block_width,
)
from cleaner.scripts import breaks_anywhere

T = TypeVar("T")


# A block too short for its own language takes that of the document's first characters
# (CLD3 reads at most 4,000 bytes).
DOCUMENT_SAMPLE_CHARS = 4000


# A block of Han or kana (wrapped a character at a time: _wrapped_by_character) uses its own
# width when at least this much narrower than the document's.
CHARACTER_WIDTH_MARGIN = 2
# A block's own width is used when at least this much narrower than the document's.
BLOCK_WIDTH_MARGIN = 5
# Blank lines set a document's paragraphs apart when there is one for every this many
# lines of text (or more): a book's paragraphs average 5-8 lines; PDF text with a blank
# line at each page break (pypdf: one for 20 lines), or a title's blank lines above text
# without them, has far fewer.
PARAGRAPH_GAP_LINES = 12
# A document's paragraphs open with their first word alone on a line when, besides two such
# words or more, one goes on in lower case for every this many characters (seed 003: one in
# 500; the speed corpus's first-word layout one in 2,100): a release notes file's version
# lines and headings (`Contributors`, `43.beta`) come a few in tens of thousands, and blank
# lines put between its list items ruin it. Characters, not lines: unwrap's joins leave
# their count, so the next run reads the same.
FIRST_WORD_CHARS = 3000


class Document:
    """What the joining rules need to know about the whole document. (A plain class: a
    dataclass would import ``dataclasses`` and ``inspect``, ~8 ms of every start-up.)"""

    def __init__(
        self,
        width: int,
        first_word_mode: bool,
        dehyphenate: bool,
        use_lexicon: bool,
        text: str,
        verse_width: int | None = None,
        markup: str = "",
        verdicts: dict[tuple[object, ...], tuple[object, tuple[object, ...]]] | None = None,
        paragraph_gaps: bool = False,
        loose_wraps: bool = False,
        indent_opens: str = "",
        measure: int = CHARACTERS,
    ) -> None:
        self.width = width
        self.first_word_mode = first_word_mode
        self.dehyphenate = dehyphenate
        self.use_lexicon = use_lexicon
        # The text as given, whose words are the evidence for line-end hyphens.
        self.text = text
        # The width the output's kept lines show, if another: the next run judges verse by it.
        self.verse_width = verse_width
        # Markup (markup.RST or markup.MARKDOWN, "" for none): a block's prose lines are
        # joined whatever their widths.
        self.markup = markup
        # Verdicts on blocks (their own width, verse at a width) by their lines: each block
        # is judged when the output's width is sampled and again when it is unwrapped.
        # Shared by the copies ``replace`` makes; kept only for texts whose lines are kept too.
        self.verdicts = verdicts
        # Paragraphs set apart by blank lines (PARAGRAPH_GAP_LINES): a break inside a block
        # then ends a paragraph only with room to spare (see paragraph_width).
        self.paragraph_gaps = paragraph_gaps
        # Many lines that go on in lower case had room for the next word (width.LOOSE_WRAPS): verse
        # whose lines open in lower case, as Dante's, may be all that shows a "wrap".
        self.loose_wraps = loose_wraps
        # The indent that opens paragraphs whose other lines are at the margin, with no blank
        # line between them ("" if none: :func:`cleaner.passes.unwrap.indents.opening_indent`):
        # a line so indented under one at the margin opens a paragraph.
        self.indent_opens = indent_opens
        # What the lines' widths are counted in (:mod:`cleaner.passes.unwrap.measure`):
        # characters; UTF-8 bytes (:mod:`cleaner.passes.unwrap.bytewidth`), by which a line's
        # room is judged; or display cells (:mod:`cleaner.passes.unwrap.cellwidth`), in
        # which the widths themselves are found too.
        self.measure = measure

    def _compared(self) -> tuple[object, ...]:
        """The fields equality compares: all but the verdicts, which follow from them."""
        return (
            *(self.width, self.first_word_mode, self.dehyphenate, self.use_lexicon),
            *(self.text, self.verse_width, self.markup, self.paragraph_gaps),
            *(self.loose_wraps, self.indent_opens, self.measure),
        )

    def __eq__(self, other: object) -> bool:
        return type(other) is Document and self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    def __repr__(self) -> str:  # (without the text, which may be a book)
        return (
            f"Document(width={self.width}, first_word_mode={self.first_word_mode}, "
            f"dehyphenate={self.dehyphenate}, use_lexicon={self.use_lexicon}, "
            f"verse_width={self.verse_width}, markup={self.markup}, "
            f"paragraph_gaps={self.paragraph_gaps}, loose_wraps={self.loose_wraps}, "
            f"indent_opens={self.indent_opens}, measure={self.measure})"
        )

    def replace(self, *, verse_width: int | None, width: int | None = None) -> Document:
        """A copy with ``verse_width`` (and ``width``, if given); the verdicts are shared."""
        copy = Document(
            self.width if width is None else width,
            self.first_word_mode,
            self.dehyphenate,
            self.use_lexicon,
            self.text,
            verse_width,
            self.markup,
            self.verdicts,
            self.paragraph_gaps,
            self.loose_wraps,
            self.indent_opens,
            self.measure,
        )
        if self.loose_wraps:  # (read off the text once, for every copy)
            copy.__dict__["rhymes"] = self.rhymes
        return copy

    @cached_property  # (asked once a block: its fields are never set again)
    def paragraph_width(self) -> int:
        """The width at which a line with room for the next word ends a paragraph (after a
        sentence's end, before a capital): the wrap width, less ``verse_slack`` where
        blank lines set the paragraphs apart. There a break inside a block is a
        paragraph's end only if the line stopped well short; hand-wrapped text stops a
        column or two short now and then (one paragraph a line, no blank lines: every
        break with room is a paragraph's end, and a greedy wrapper leaves just that).

        >>> Document(72, False, True, True, "", paragraph_gaps=True).paragraph_width
        69
        """
        return self.width - verse_slack(self.width) if self.paragraph_gaps else self.width

    @property
    def widest(self) -> int:
        """The widest width a block is judged at: the document's, or the one its output
        shows (``verse_width``), so that both runs decide alike."""
        return max(self.width, self.verse_width or 0)

    @property
    def narrowest(self) -> int:
        """The narrowest width a block is judged at: the document's, or the one its output
        shows (``verse_width``), where a rule must hold at both."""
        return min(self.width, self.verse_width or self.width)

    @cached_property
    def clearly_narrower(self) -> int:
        """The longest a block's lines (but its last) may be for the block to be clearly
        narrower than the widest width it is judged at (-1 when the document shows none),
        and so judged at its own width (:func:`prose_document`)."""
        widest = self.widest
        if widest >= UNWRAPPED_WIDTH:
            return -1
        return widest - max(BLOCK_WIDTH_MARGIN, widest // 12)

    @cached_property
    def clearly_wider(self) -> int:
        """The longest a block's lines (but its last) may be for the block to be judged at
        the document's widest width: longer ones no wrapper at it writes (a licence wrapped
        at 72 in Dante's verse, whose lines show 43), so such a block is judged at its own
        width (:func:`prose_document`), if it shows one."""
        widest = self.widest
        if widest >= UNWRAPPED_WIDTH:
            return UNWRAPPED_WIDTH
        return widest + max(BLOCK_WIDTH_MARGIN, widest // 10)

    @cached_property
    def longest_line(self) -> int:
        """The length of the document's longest line (asked only where it shows no wrap
        width, of a block that may have been wrapped at it)."""
        return max(map(line_sizer(self.measure), self.text.split("\n")))

    @cached_property
    def evidence(self) -> DocumentEvidence:
        """Made on first need (most documents have no line-end hyphen to judge); it counts
        only the words asked about, block by block, so a huge document never has a list of
        all its words."""
        return DocumentEvidence(self.text)

    @cached_property
    def rhymes(self) -> bool:
        """Whether the document's stanzas rhyme (:func:`rhymes_in`); asked only where its
        wraps are loose, of a block that rhymes itself."""
        return rhymes_in(self.text)

    @cached_property
    def language(self) -> str:
        """The language of the document's start, for a block too short to tell its own
        (asked only then): a German line-end hyphen in a one-sentence paragraph is German."""
        from cleaner.language import identify  # Deferred: a pass may never need it.

        return identify(self.text[:DOCUMENT_SAMPLE_CHARS])


def block_document(block: list[tuple[str, Kind]], document: Document) -> Document:
    """The document as this block is judged: at the block's own wrap width, if its prose
    was wrapped narrower than the document's (hand-wrapped markup, issue 14) or wider (a
    licence in a book of verse, whose lines set the document's width).

    That is when the block has three or more prose lines, at the width of its longest line
    but the last no line had room for the next one's first word, and that width is clearly
    narrower than the document's or longer than any line a wrap at it writes.
    """
    # Clearly narrower only: the true width may pass the longest line by a word's length.
    # Against the widest width the block is judged at (the output's too: the next run's),
    # so that both runs decide alike.
    # A document that shows no wrap width (UNWRAPPED_WIDTH) gives none to be narrower than.
    if len(block) < 3 or document.widest >= UNWRAPPED_WIDTH:
        return document  # (block_wrap_width needs three lines, and a width to differ from)
    lines, kinds = zip(*block, strict=True)
    prose = lines if kinds.count(Kind.PROSE) == len(kinds) else _prose_lines(block)
    return prose_document(prose, document)


def prose_document(prose: tuple[str, ...], document: Document) -> Document:
    """:func:`block_document` of a block whose prose lines are ``prose``.

    A stanza is judged as the document (:func:`is_stanza`): its lines fill a narrow width
    of their own, which a narrower wrap would join. So is a block less than half as wide
    as a document whose wraps are not loose: a book wrapped at one width quotes verse so
    (Don Quijote's ``Ven, muerte, tan escondida`` / ``que no te sienta venir,``, lines
    that open in lower case and fill 29 columns of 75), and wraps no paragraph that narrow.
    Hand-wrapped markup, whose wraps are loose, does (Rust RFC 3692 wraps its paragraphs at
    80 columns, and others not at all: it shows 180). And so is a block indented alike that
    rhymes (:func:`_is_indented_rhyme`) in such a book: a stanza it quotes. In a document
    that shows no width, a block is judged at the document's longest line where its breaks
    are a wrapper's there (:func:`_unwrapped_block_document`).
    """
    # (The document's width, an attribute, asked first: most documents show one.)
    if document.width >= UNWRAPPED_WIDTH and document.verse_width is None:
        return _unwrapped_block_document(prose, document)
    # block_wrap_width gives None or the longest line but the last: if that is neither
    # clearly narrower nor clearly wider, the block is judged as the document whatever the
    # rest of its verdict.
    if len(prose) < 3:
        # (Two lines, each longer than any wrap at the document's width writes: two
        # paragraphs a line, or one wrapped wider, in a text other blocks set narrow; judged
        # as where the text shows no width, as the next run, those blocks joined, judges it.)
        if len(prose) == 2 and all(
            line_size(line, document.measure) > document.clearly_wider for line in prose
        ):
            return _unwrapped_block_document(prose, document)
        return document
    longest = max(map(line_sizer(document.measure), prose[:-1]))
    if document.clearly_narrower < longest <= document.clearly_wider and not (
        longest <= document.widest - CHARACTER_WIDTH_MARGIN and _wrapped_by_character(prose)
    ):
        return document
    if 2 * longest < document.widest and not document.loose_wraps:
        return document  # (verse quoted in prose: no wrapper at a steady width halves it)
    if not document.loose_wraps and _is_indented_rhyme(prose):
        return document  # (a stanza quoted in prose, its lines in lower case)
    # So block_wrap_width's width, if any, is that longest line: clearly narrower or wider.
    # (Asked before is_stanza: where it gives none, a stanza or not, the block is judged
    # as the document, and most blocks of a verse book show no width of their own.)
    width = _remembered(
        document, ("width", prose), lambda: block_wrap_width(list(prose), document.measure)
    )
    return _judged_at(prose, document, width)


def _wrapped_by_character(prose: tuple[str, ...]) -> bool:
    """Whether a block's first break falls where a wrapper breaks a line at any character,
    between two Han or kana letters or CJK marks (:func:`~cleaner.scripts.breaks_anywhere`):
    its longest line is within a character or two of the width it was wrapped at, so a
    narrower one is its own width however little narrower (紅樓夢 wraps chapters at 32, 33
    and 35 characters).

    >>> _wrapped_by_character(("那長一輩的想他素日孝順，", "平一輩的想他素日和睦"))
    True
    >>> _wrapped_by_character(("A line of prose", "and the next"))
    False
    """
    return breaks_anywhere(prose[0][-1:]) and breaks_anywhere(prose[1].lstrip()[:1])


def _unwrapped_block_document(prose: tuple[str, ...], document: Document) -> Document:
    """:func:`prose_document` of a block of ``prose`` lines in a ``document`` that shows no
    wrap width: judged at the document's longest line where its breaks are a wrapper's
    there (:func:`unwrapped_block_width`), else as the document."""
    # (Most blocks end a sentence on each line, asked before the longest line is.)
    if not all(line[-1:].isalnum() for line in prose[:-1]):
        return document
    width = _remembered(
        document,
        ("unwrapped width", prose),
        lambda: unwrapped_block_width(prose, document.longest_line, document.measure),
    )
    return _judged_at(prose, document, width)


def _judged_at(prose: tuple[str, ...], document: Document, width: int | None) -> Document:
    """The document as a block of ``prose`` lines wrapped at its own ``width`` is judged
    (:func:`_own_document`), or ``document`` itself where the block shows no width or is a
    stanza (:func:`is_stanza`: a stanza is judged as the document)."""
    if width is None or is_stanza(prose):
        return document
    # One copy a width, shared by the blocks judged at it (a verse book has hundreds).
    return _remembered(document, ("own", width), lambda: _own_document(document, width))


def _own_document(document: Document, width: int) -> Document:
    """The document as a block wrapped at its own ``width`` is judged (no ``verse_width``),
    sharing what the document counted or identified: every field but those two is the
    same in all the copies that share its verdicts, so one copy serves every such block."""
    own = document.replace(width=width, verse_width=None)
    own.__dict__["evidence"] = document.evidence  # Counted once, for every block.
    if "language" in document.__dict__:  # Identified once if it was (most never are).
        own.__dict__["language"] = document.__dict__["language"]
    return own


def _prose_lines(block: list[tuple[str, Kind]]) -> tuple[str, ...]:
    """The block's prose lines."""
    return tuple(line for line, kind in block if kind is Kind.PROSE)


def _remembered(
    document: Document, key: tuple[object, ...], verdict: Callable[[], T], *about: object
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


def document_blocks(
    document: Document, lines: list[str], kinds: list[Kind]
) -> list[list[tuple[str, Kind]]]:
    """:func:`split_blocks`, remembered by the document that keeps its lines: the output's width
    is sampled on them, then they are unwrapped."""
    key = ("blocks", id(lines), id(kinds))

    def blocks() -> list[list[tuple[str, Kind]]]:
        mended = mend_cut_paragraphs(split_blocks(lines, kinds), document)
        if not document.indent_opens:
            return mended
        return [
            block[start:end]
            for block in mended
            for start, end in parted_at_opening_indents(
                *zip(*block, strict=True), document.indent_opens
            )
        ]

    return _remembered(document, key, blocks, lines, kinds)


def split_blocks(lines: list[str], kinds: list[Kind]) -> list[list[tuple[str, Kind]]]:
    """Runs of non-blank lines, each line with its kind.

    >>> split_blocks(["a", "", "", "b"], [Kind.PROSE, Kind.BLANK, Kind.BLANK, Kind.KEPT])
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


def block_count(kinds: list[Kind]) -> int:
    """How many blocks :func:`split_blocks` finds (runs of lines not blank), counted
    without making them.

    >>> block_count([Kind.PROSE, Kind.BLANK, Kind.BLANK, Kind.KEPT, Kind.PROSE, Kind.BLANK])
    2
    """
    blanks = [*compress(count(), map(is_, kinds, repeat(Kind.BLANK)))]
    # Each block from the line after a blank (or the first) up to the next blank (or the end).
    return sum(map(gt, [*blanks, len(kinds)], [0, *map((1).__add__, blanks)]))


# A line before a blank line inside a sentence fills at least this share of the wrap width
# (typeset text's lines vary in characters: a full line may have had room for a short word).
CUT_LINE_SHARE = 0.8
# A version number heading a line ("v0.7.4" in a changelog): lower case, yet no sentence's
# continuation.
VERSION_RE = lazy_compile(r"v\d+(?:\.\d+)+\b")


def mend_cut_paragraphs(
    blocks: list[list[tuple[str, Kind]]], document: Document
) -> list[list[tuple[str, Kind]]]:
    """Blocks with a blank line inside a sentence taken out: a block whose last line is
    prose that fills the wrap width and ends no sentence, before one that goes on in lower
    case, is one paragraph (a PDF extractor, pdfminer.six, sets a paragraph's last line
    apart: ``must be`` / blank / ``in want of a wife.``). Scripts without case (CJK, Thai)
    never show it. After a capital, the block must be that last line: one shorter line that
    ends a sentence (``the eldest`` / blank / ``Miss Bennet.``).

    >>> blocks = [[("It is a truth that a man in want of a fortune must be", Kind.PROSE)],
    ...           [("in want of a wife.", Kind.PROSE)]]
    >>> document = Document(54, False, True, True, "")
    >>> [len(block) for block in mend_cut_paragraphs(blocks, document)]
    [2]
    """
    if document.width >= UNWRAPPED_WIDTH or document.markup:
        return blocks
    mended = blocks[:1]
    for block in blocks[1:]:
        (last, last_kind), (first, first_kind) = mended[-1][-1], block[0]
        if _is_cut(last, last_kind, first, first_kind, len(block) == 1, document):
            mended[-1] = mended[-1] + block
        else:
            mended.append(block)
    return mended


def block_runs(
    document: Document,
    lines: list[str],
    kinds: list[Kind],
    kept_read_anew: list[bool] | None = None,
) -> list[tuple[tuple[str, ...], tuple[Kind, ...]]]:
    """:func:`document_blocks`' blocks as runs, each block's lines and kinds apart (slices,
    no pair per line), for a walk that reads most blocks' lines alone; not remembered.
    ``True`` is added to ``kept_read_anew``, if given, for each block mended onto the
    one before that holds a kept line: those lines were read under a blank line that is
    gone now (``Examples`` / blank / ``of`` / an indented rest read as code), and the
    next run reads them anew.

    >>> kinds = [Kind.PROSE, Kind.BLANK, Kind.KEPT]
    >>> block_runs(Document(54, False, True, True, ""), ["a", "", "b"], kinds)
    [(('a',), (<Kind.PROSE: 'prose'>,)), (('b',), (<Kind.KEPT: 'kept'>,))]
    """
    all_lines, all_kinds = tuple(lines), tuple(kinds)
    runs = []
    start = 0
    for end in [*compress(count(), map(is_, kinds, repeat(Kind.BLANK))), len(kinds)]:
        if end > start:
            runs.append((all_lines[start:end], all_kinds[start:end]))
        start = end + 1
    if document.width >= UNWRAPPED_WIDTH or document.markup:
        return _parted_runs(runs, document)
    mended = runs[:1]
    for run_lines, run_kinds in runs[1:]:
        before_lines, before_kinds = mended[-1]
        last, first, one_line = before_lines[-1], run_lines[0], len(run_lines) == 1
        # (_is_cut's test of the run's start, asked first: most runs start a paragraph)
        if (first[:1].islower() or one_line) and _is_cut(
            last, before_kinds[-1], first, run_kinds[0], one_line, document
        ):
            mended[-1] = (before_lines + run_lines, before_kinds + run_kinds)
            if kept_read_anew is not None and Kind.KEPT in run_kinds:
                kept_read_anew.append(True)
        else:
            mended.append((run_lines, run_kinds))
    return _parted_runs(mended, document)


def _parted_runs(
    runs: list[tuple[tuple[str, ...], tuple[Kind, ...]]], document: Document
) -> list[tuple[tuple[str, ...], tuple[Kind, ...]]]:
    """``runs`` parted before their opening indents where ``document`` opens its
    paragraphs so (:func:`cleaner.passes.unwrap.indents.parted_at_opening_indents`)."""
    if not document.indent_opens:
        return runs
    return [
        (lines[start:end], kinds[start:end])
        for lines, kinds in runs
        for start, end in parted_at_opening_indents(lines, kinds, document.indent_opens)
    ]


def _is_cut(
    last: str, last_kind: Kind, first: str, first_kind: Kind, one_line: bool, document: Document
) -> bool:
    """:func:`mend_cut_paragraphs`' verdict on a blank line between a block ending with
    ``last`` and one starting with ``first`` (``one_line`` if that is all of it)."""
    return (
        last_kind is Kind.PROSE
        and first_kind is Kind.PROSE
        and (
            (first[:1].islower() and not VERSION_RE.match(first))
            or (one_line and _is_set_apart_end(first, last))
        )
        and not (one_line and is_web_address(first))
        and not ends_sentence(last)
        and (last[-1:].isalnum() or last[-1:] in ",;")
        # (and no longer than a wrap at it writes: a paragraph joined on one line, in a
        # document whose verse sets a narrow width, is no full line cut at a blank one)
        and CUT_LINE_SHARE * document.width
        <= line_size(last, document.measure)
        <= document.clearly_wider
    )


def is_web_address(line: str) -> bool:
    """Whether ``line`` is one web address and nothing else: a paragraph of its own (a
    licence's link under its name), not a sentence's end set apart.

    >>> is_web_address("https://creativecommons.org/licenses/by-nc/4.0/")
    True
    >>> is_web_address("in want of a wife."), is_web_address("see https://x.org")
    (False, False)
    """
    address = line.strip()
    return " " not in address and ("://" in address or address.startswith("www."))


def _is_set_apart_end(line: str, before: str) -> bool:
    """A block's one ``line``, a paragraph's end set apart: shorter than the line before it,
    starting with a capital letter (not a quote mark) and ending a sentence, not with a
    colon (which introduces what follows: ``Then run these commands:`` after a list).

    >>> _is_set_apart_end("Miss Bennet.", "to the eldest"), _is_set_apart_end("Run:", "a list")
    (True, False)
    """
    return (
        len(line) < len(before)
        and line[:1].isupper()  # not a quotation, which may open a paragraph after a comma
        and ends_sentence(line)
        and not line.rstrip(CLOSING_PUNCTUATION).endswith(":")
    )


def is_verse(block: list[tuple[str, Kind]], document: Document) -> bool:
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
    return is_judged_verse(block, lines, prose_document(lines, document))


def is_judged_verse(
    block: list[tuple[str, Kind]], lines: tuple[str, ...], document: Document
) -> bool:
    """:func:`is_verse` of a block of two or more prose ``lines``, judged as ``document``
    (:func:`block_document`'s for it), remembered in ``document.verdicts``."""
    if document.verdicts is None:
        return is_prose_verse(lines, document)
    key = ("verse", id(block), document.width, document.verse_width)
    found = document.verdicts.get(key)  # (_remembered, inline: a huge text's two walks ask it)
    if found is None:
        found = document.verdicts[key] = (is_prose_verse(lines, document), block)
    return found[0]  # type: ignore[return-value]
