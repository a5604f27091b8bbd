"""One block of lines joined into paragraphs, list items and kept lines, then laid out.

A line continues the unit above unless it has room for the next word and starts like a
paragraph after a sentence's end, is a heading, or (in documents that set each
paragraph's first word alone on its line) is such a lone first word.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from cleaner.passes.layout import BULLET_RE, WEAK_MARKER_RE
from cleaner.passes.unwrap.boundaries import (
    WORD_BREAK_LAST,
    ends_sentence,
    ends_with_word_break,
    is_lone_word,
    starts_paragraph,
)
from cleaner.passes.unwrap.document import (
    Document,
    block_document,
    is_judged_verse,
    prose_document,
)
from cleaner.passes.unwrap.fast import (
    ASCII_LOWER,
    GOES_ON_ONE,
    GOES_ON_UNLESS_ENDED,
    joins_plainly,
    may_be_lone_word,
    next_line_start,
    plain_paragraph,
    steps_indent,
)
from cleaner.passes.unwrap.headings import is_standalone_heading, looks_like_heading
from cleaner.passes.unwrap.hyphens import LINE_END_MARKS, DocumentEvidence, line_join_edit
from cleaner.passes.unwrap.kinds import BARE_MARKER_RE, Kind, is_title_line, opens_item_after
from cleaner.passes.unwrap.markup import (
    ASCIIDOC,
    HARD_BREAKS,
    continues_element,
    continues_lazily,
    marker_gap,
)
from cleaner.passes.unwrap.measure import CHARACTERS, line_size
from cleaner.passes.unwrap.passages import IDEOGRAPHIC_SPACE, passage_joins
from cleaner.passes.unwrap.room import has_room, is_full
from cleaner.passes.unwrap.verse import is_mixed_stanza
from cleaner.passes.whitespace import MARKDOWN_BREAK, collapse_inner_spaces
from cleaner.scripts import NO_SPACE_RE, THAI_CHARACTERS, is_forbidden_break, starts_caseless

# The longest line of a script without case read as a heading over a Latin word
# (``終了ステータス``).
MAX_CASELESS_HEADING = 10

# The first characters of a line joins_plainly may join: a lower-case letter, or a space
# before one (an indented line).
LOWER_OR_SPACE = ASCII_LOWER | {" "}


class _Unit:
    """One output unit: a paragraph or list item being built, or a kept line. (A plain
    class: a dataclass costs ~0.3 ms to make at import, which every process pays.)"""

    __slots__ = ("kind", "last_line", "line_count", "loose", "pieces")

    def __init__(
        self,
        kind: Kind,
        pieces: list[str],
        last_line: str,
        line_count: int = 1,
        *,
        loose: bool = False,
    ) -> None:
        self.kind = kind
        # The unit's text in pieces, one per joined line, so joining stays linear.
        self.pieces = pieces
        self.last_line, self.line_count = last_line, line_count
        # An item laid out like a paragraph: its marker alone on a line ("1)" in seed 003).
        self.loose = loose


def unwrap_block(block: list[tuple[str, Kind]], document: Document) -> str:
    """Join the lines of one block into units, then lay the units out."""
    if len(block) == 1:  # Nothing to join (a one-line block is never verse either).
        return block[0][0]
    lines, kinds = zip(*block, strict=True)
    if kinds.count(Kind.KEPT) == len(kinds):  # Code, a table (an RFC's figures): each kept
        return "\n".join(lines)  # line a unit of its own, laid out adjacent (_joined_units).
    if not document.markup:  # (Markup joins a block's lines at any width, verse too.)
        if kinds.count(Kind.PROSE) == len(kinds):  # Most blocks: a paragraph, or verse.
            document = prose_document(lines, document)
            if is_judged_verse(block, lines, document):
                return "\n".join(lines)
            return unwrap_prose_block(lines, kinds, document)
        if is_mixed_stanza(block, document.width):
            return "\n".join(lines)
        document = block_document(block, document)
    return _joined_units(block, document)


def unwrap_prose_block(lines: tuple[str, ...], kinds: tuple[Kind, ...], document: Document) -> str:
    """:func:`unwrap_block` of a block of two or more prose ``lines`` (``kinds``), outside
    markup, that is no verse as judged by ``document`` (:func:`prose_document`'s for it).

    A block that is one plain paragraph but for word breaks (``inter-``) before lines
    going on in lower case (hyphenated text's commonest) is joined without the full rule's
    walk (:func:`joined_at_breaks`)."""
    broken: list[int] = []
    joined = plain_paragraph(
        lines,
        document.width,
        document.first_word_mode,
        document.paragraph_width,
        broken=broken,
        measure=document.measure,
    )
    if joined is not None:
        return joined
    if broken:
        return joined_at_breaks(lines, kinds, broken, document)
    return _joined_units(list(zip(lines, kinds, strict=True)), document)


def joined_at_breaks(
    lines: tuple[str, ...], kinds: tuple[Kind, ...], broken: list[int], document: Document
) -> str:
    """:func:`_joined_units` of a block of prose ``lines`` that ``plain_paragraph`` reads
    as one paragraph but for the ``broken`` lines (their indexes), each after a word break
    (``inter-``, ``regime—``): those go on the unit as the full rule joins them
    (``line_join_edit`` on the unit's last piece), the others with one space; its runs of
    whitespace collapsed as :func:`_unit_text` collapses a unit's.

    >>> from cleaner.passes.unwrap.document import Document
    >>> lines = ("a well-", "known fact, an inter-", "national deal")
    >>> joined_at_breaks(lines, (Kind.PROSE,) * 3, [1, 2], Document(40, False, True, True, ""))
    'a well-known fact, an international deal'
    """
    language = block_language(list(zip(lines, kinds, strict=True)), document)

    def evidence() -> DocumentEvidence:
        return document.evidence

    pieces = [lines[0]]
    after_break = iter(broken)
    next_broken = next(after_break)
    for i in range(1, len(lines)):
        line = lines[i]
        if i != next_broken:
            pieces.append(" " + line.strip())
            continue
        end = pieces[-1]
        drop, addition = _join_edit(end, line, evidence, document, language)
        if drop:
            pieces[-1] = end[:-drop]
        pieces.append(addition)
        next_broken = next(after_break, 0)  # (0 once none is left: no line after is)
    return collapsed("".join(pieces))


def _joined_units(block: list[tuple[str, Kind]], document: Document) -> str:
    """The block's lines joined into units line by line, laid out: the full rule."""
    units: list[_Unit] = []
    language = block_language(block, document)

    def evidence() -> DocumentEvidence:
        return document.evidence

    last = len(block) - 1
    first_word_mode, kept, prose = document.first_word_mode, Kind.KEPT, Kind.PROSE
    plain = not document.markup
    width = document.width if not first_word_mode else -document.width  # (see _joins_full_cjk)
    unit: _Unit | None = None  # The last unit (units[-1]), if any.
    passage: set[int] | None = None  # passage_joins of the block, once asked
    for i, (line, kind) in enumerate(block):
        if kind is kept:  # Never joined, nor joins what follows: a unit of its own.
            unit = _Unit(kind, [line], line)
            units.append(unit)
            continue
        if (
            plain
            and kind is prose
            and unit is not None
            and line[:1] in LOWER_OR_SPACE  # (joins_plainly's first test, asked before the call)
            and unit.kind is not kept
            and joins_plainly(unit.pieces[-1], line, first_word_mode)
            and not (
                unit.kind is prose
                and (line[:1] == " " or unit.last_line[:1] == " ")  # (else no indent steps)
                and steps_indent(unit.last_line, line)
            )
        ):
            unit.pieces.append(" " + line.strip())
            unit.last_line, unit.line_count = line, unit.line_count + 1
            continue
        if (
            plain
            and line[:1] == IDEOGRAPHIC_SPACE
            and kind is prose
            and unit is not None
            and unit.kind is prose
        ):
            if passage is None:  # (asked once a block, at its first line so opened)
                passage = passage_joins([line for line, _ in block], document.width)
            if i in passage:  # A passage indented on every line and wrapped.
                unit.pieces.append(line.strip())  # (joined without a space, as below)
                unit.last_line, unit.line_count = line, unit.line_count + 1
                continue
        if (
            plain
            and kind is prose
            and unit is not None
            and not line[:1].isascii()  # (an ASCII start never goes on so: not asked)
            and _joins_full_cjk(unit, line, width, document.measure)
        ):
            unit.pieces.append(line.strip())  # (line_join_edit's join without a space)
            unit.last_line, unit.line_count = line, unit.line_count + 1
            continue
        after = block[i + 1][0] if i < last else None
        if kind is Kind.ITEM and document.markup != ASCIIDOC and _list_ended(units, line, document):
            kind = Kind.PROSE  # (AsciiDoc's items are told in markup.with_asciidoc_kinds)
        if units and kind is Kind.PROSE and _continues(units[-1], line, after, document):
            unit = units[-1]
            end, right = unit.pieces[-1], line.strip()
            if not end.endswith(LINE_END_MARKS) and end[-1:].isascii() and right[:1].isascii():
                drop, addition = 0, " " + right  # line_join_edit's plain case, inline.
            else:
                drop, addition = _join_edit(end, line, evidence, document, language)
            if drop:
                unit.pieces[-1] = end[:-drop]
            unit.pieces.append(addition)
            unit.last_line, unit.line_count = line, unit.line_count + 1
        else:
            loose = kind is Kind.ITEM and bool(BARE_MARKER_RE.match(line))
            unit = _Unit(kind, [line], line, loose=loose)
            units.append(unit)
    return _lay_out(units, document)


def _join_edit(
    end: str,
    line: str,
    evidence: Callable[[], DocumentEvidence],
    document: Document,
    language: Callable[[], str],
) -> tuple[int, str]:
    """``line_join_edit`` of a unit's last piece ``end`` and the ``line`` joined to it, with
    the document's settings: the characters to drop from ``end``, and what to add."""
    return line_join_edit(
        end,
        line,
        evidence,
        dehyphenate=document.dehyphenate,
        use_lexicon=document.use_lexicon,
        language=language,
    )


def _joins_full_cjk(unit: _Unit, line: str, width: int, measure: int = CHARACTERS) -> bool:
    """Whether prose ``line`` goes on ``unit`` (no kept line) with no space, whatever the
    rest of :func:`_continues` and ``line_join_edit`` would say (outside markup).

    So it does when it starts with a CJK closing mark (a break no typesetter makes) after
    text that ends with no hyphen nor dash; or with a Han or kana letter (a one-character
    first word), the break between two characters that take no space (``NO_SPACE_RE``),
    after a line that had no room for it, or had room but ends no sentence and is not a
    one-line paragraph that looks like a heading. After a full line that ends a sentence,
    only a title-like heading starts a paragraph: a line with no whitespace starting with
    Han has no capital, so it is none. In first-word mode (``width`` given negative) the
    unit must have more than one line (else its line may be a heading before a lone first
    word) and, after a sentence's end, ``line`` no lone word. The line before is sized by
    ``measure``, the document's (:func:`~cleaner.passes.unwrap.measure.line_size`).

    >>> unit = _Unit(Kind.PROSE, ["天气很好，我们去"], "天气很好，我们去")
    >>> _joins_full_cjk(unit, "公园吧。", 8), _joins_full_cjk(unit, "公园吧。", 30)
    (True, False)
    >>> unit.line_count = 2  # (no paragraph of its own that looks like a heading)
    >>> _joins_full_cjk(unit, "公园吧。", 30)
    True
    >>> _joins_full_cjk(unit, "，公园吧。", 30), _joins_full_cjk(unit, "Park", 8)
    (True, False)
    """
    if unit.kind is Kind.KEPT or line[:1] == IDEOGRAPHIC_SPACE:
        return False
    last, end = unit.last_line, unit.pieces[-1]
    first_word_mode = width < 0
    if first_word_mode:
        if unit.kind is Kind.PROSE and unit.line_count == 1:
            return False
        width = -width
    if (start := next_line_start(line[:1])) == GOES_ON_ONE:
        return end != "" and not end.endswith(LINE_END_MARKS)
    if not (
        start == GOES_ON_UNLESS_ENDED
        and NO_SPACE_RE.match(line[0]) is not None
        and NO_SPACE_RE.match(end[-1:]) is not None
        and not end.endswith(LINE_END_MARKS)
    ):
        return False
    # has_room, False: no room for the first word, and not too long to be wrapped.
    size = line_size(last, measure) if measure else len(last)
    if width < size + 2 and size <= width + max(6, width // 10):
        if not ends_sentence(last):
            return True
        return len(line.split(None, 1)) == 1 and not (first_word_mode and is_lone_word(line))
    alone = unit.kind is Kind.PROSE and unit.line_count == 1
    return not ends_sentence(last) and not (alone and looks_like_heading(last))


def block_language(block: list[tuple[str, Kind]], document: Document) -> Callable[[], str]:
    """The block's language, identified on first call (most blocks never ask); the
    document's when the block says too little to tell (see
    :func:`cleaner.language.identify_within`)."""
    found: list[str] = []

    def language() -> str:
        if not found:
            from cleaner.language import identify_within  # Deferred: may never be needed.

            text = " ".join(line.strip() for line, _ in block)
            found.append(identify_within(text, lambda: document.language))
        return found[0]

    return language


def _list_ended(units: list[_Unit], line: str, document: Document) -> bool:
    """A weak marker that was an item only because a list went on above, which has ended.

    Line kinds carry a list on through every prose line after an item, but a paragraph
    that starts there ends the list, and in the output it follows a blank line. Judged
    after that paragraph alone, as the next run judges it, ``- `` after an unfinished line
    is a dash that wrapped: so it is judged so now, and the output is a fixed point.
    """
    if not units or units[-1].kind is not Kind.PROSE:
        return False
    if after_hard_break(units, document.markup):
        return False  # (a line after a hard line break goes on its element: no paragraph)
    if units[-1].line_count == 1 and is_title_line(units[-1].last_line):
        return False
    if steps_indent(units[-1].last_line, line):
        return False  # Out of an indented paragraph, an item starts afresh (kinds reads so).
    return not opens_item_after(units[-1].last_line, line, document.width)


def after_hard_break(units: list[_Unit], markup: str) -> bool:
    """Whether the last of ``units`` opened after a hard line break of ``markup`` (Markdown's
    two spaces or ``\\``, AsciiDoc's `` +``) that ended the unit before it: the same
    paragraph or item goes on there, so a list above it goes on too.
    """
    return (
        markup in HARD_BREAKS
        and len(units) > 1
        and not continues_lazily(units[-2].last_line, markup)
    )


def _lay_out(units: list[_Unit], document: Document) -> str:
    """Paragraphs get a blank line between them; kept lines and tight lists stay adjacent."""
    parts = [_unit_text(units[0])]
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
            or (_opened_by_ideographic_space(previous) and _opened_by_ideographic_space(unit))
        )
        parts.append("\n" if adjacent else "\n\n")
        parts.append(_unit_text(unit))
    return "".join(parts)


def _opened_by_ideographic_space(unit: _Unit) -> bool:
    """Whether ``unit`` is one prose line opened by an ideographic space: lines so opened one
    under another stay adjacent, as written (a Chinese poem's lines, each its own unit, or
    one-line paragraphs, which the next run reads the same).

    >>> line = "\u3000\u3000春採百花為飲食"
    >>> _opened_by_ideographic_space(_Unit(Kind.PROSE, [line], line))
    True
    """
    return (
        unit.kind is Kind.PROSE and unit.line_count == 1 and unit.last_line[:1] == IDEOGRAPHIC_SPACE
    )


def _unit_text(unit: _Unit) -> str:
    """The unit's text; if it joins lines, its inner runs of whitespace made one space each.

    A run kept in a line that looked aligned or indented like code (an RST footnote's
    indented body, ``now is.  This``) is prose once joined, and the whitespace pass would
    collapse it on the next run: collapsed now, the output is a fixed point.

    >>> _unit_text(_Unit(Kind.PROSE, [".. [1] Now", " is.  This"], " is.  This", 2))
    '.. [1] Now is. This'

    A Markdown hard line break at its end stays (two spaces, see
    :func:`cleaner.passes.unwrap.segments.raw_lines`).
    """
    text = "".join(unit.pieces)
    if unit.line_count == 1:
        return text
    # A list marker's spacing stays (``-  an item``): the next run keeps it where the
    # items above or below align with it, and collapses it nowhere else.
    gap = marker_gap(text) if unit.kind is Kind.ITEM else 0
    if unit.last_line.endswith(MARKDOWN_BREAK):  # (kept after its last line: see raw_lines)
        return text[:gap] + collapsed(text[gap:].rstrip()) + MARKDOWN_BREAK
    return text[:gap] + collapsed(text[gap:])


def collapsed(text: str) -> str:
    """:func:`collapse_inner_spaces` of a unit's text, told at C speed for most: a text with
    no two spaces in a row that ``isprintable`` holds no other whitespace (every character
    of ``OTHER_SPACE_RE`` is unprintable: ``tests/passes/test_fast_paths.py``), so nothing
    to collapse; ``isprintable`` reads ~1.5x as fast as that class is searched.

    >>> collapsed("one  two"), collapsed("one two"), collapsed("one\u00a0two")
    ('one two', 'one two', 'one two')
    """
    if "  " not in text and is_printable(text):
        return text
    return collapse_inner_spaces(text)


# The printable ASCII characters, as bytes: space to tilde (the rest of ASCII is control).
PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def is_printable(text: str) -> bool:
    """``text.isprintable()``, told of an ASCII text by deleting its printable bytes (a
    table read a byte, at C speed: ``isprintable`` reads Unicode's records for every
    character, ~6x as slow on a paragraph).

    >>> is_printable("a b~"), is_printable("a\\tb"), is_printable("\\x7f"), is_printable("é—x")
    (True, False, False, True)
    """
    if text.isascii():
        return not text.encode("ascii").translate(None, PRINTABLE_ASCII)
    return text.isprintable()


def _continues(unit: _Unit, line: str, after: str | None, document: Document) -> bool:
    """Whether prose ``line`` continues ``unit`` (True) or starts a new paragraph."""
    if unit.kind is Kind.KEPT:
        return False
    if document.markup in HARD_BREAKS:
        return continues_lazily(unit.last_line, document.markup)
    if document.markup:
        return continues_element(unit.pieces[0], unit.kind, line)
    if unit.line_count == 1 and BARE_MARKER_RE.match(unit.last_line):
        return True
    if line[:1] == IDEOGRAPHIC_SPACE:  # CJK text's indent: a paragraph's or verse's start,
        return False  # never a wrapped line's (which a wrapper starts with a character).
    last = unit.last_line
    if (
        unit.kind is Kind.PROSE
        and (line[:1] == " " or last[:1] == " ")  # (else no indent steps: not asked)
        and steps_indent(last, line)
    ):
        return False
    if last[-1:] in WORD_BREAK_LAST and ends_with_word_break(last):  # (its first test)
        return True
    # A break no CJK or Thai typesetter makes, and one between Thai letters in a block
    # judged wrapped, go on the line.
    if is_forbidden_break(last, line):
        return True
    if last[-1:] in THAI_CHARACTERS and line[:1] in THAI_CHARACTERS:
        return True
    alone = unit.kind is Kind.PROSE and unit.line_count == 1
    ended = ends_sentence(last)
    if not ended and unit.kind is Kind.PROSE and not alone:
        return True  # (told without the rest: _continues_at_a_break)
    return _continues_at_a_break(unit, line, after, document, ended)


def _continues_at_a_break(
    unit: _Unit, line: str, after: str | None, document: Document, ended: bool
) -> bool:
    """:func:`_continues` of a prose ``line`` below ``unit`` (outside markup), read past
    its indent steps, word breaks and breaks no CJK or Thai typesetter makes; ``ended``:
    whether the unit's last line ends a sentence. Each rule here that parts the line from
    the unit needs that end, a unit of one line or an item: so a paragraph of two lines or
    more that ends no sentence goes on, which :func:`_continues` tells without asking
    (``tests/passes/test_unwrap_shortcuts.py``)."""
    last = unit.last_line
    alone = unit.kind is Kind.PROSE and unit.line_count == 1
    if (
        document.first_word_mode
        and may_be_lone_word(line)
        and is_lone_word(line)
        and (ended or (alone and looks_like_heading(last)))
    ):
        return False
    if ended and is_standalone_heading(line, after, document.width):
        return False
    if alone and _caseless_heading(last, line):
        return False
    room = has_room(last, line, document.paragraph_width, document.measure)
    if room and unit.kind is Kind.ITEM and not line[:1].isspace() and unit.pieces[0][:2] == "  ":
        return False  # At the margin, left of an indented item, with room: a new line.
    if not (room and starts_paragraph(line)):
        return True
    if ended:
        return False
    if unit.kind is Kind.ITEM and unit.line_count == 1:
        # A numbered or bulleted heading ("1. Program structure") over a wrapped
        # paragraph: the line had room for the paragraph's first three words.
        return not (
            _item_heading(last, document.width)
            and is_full(line, after, document.width)
            and has_room(last, " ".join(line.split()[:3]), document.width)
        )
    if alone and looks_like_heading(last):
        # A lone first word before a wrapped line or the rest of a sentence is that
        # paragraph's start, not a heading ("Comments" before "Post a Comment" is one).
        lone_start = document.first_word_mode and is_lone_word(last)
        return lone_start and (is_full(line, after, document.width) or ends_sentence(line))
    return True


def _item_heading(line: str, width: int) -> bool:
    """Whether a list item's text, after its marker, looks like a heading: no longer
    than half the wrap width, no sentence.

    >>> _item_heading("   1. Program structure", 72), _item_heading("- fixed the build", 72)
    (True, False)
    """
    marker = BULLET_RE.match(line) or WEAK_MARKER_RE.match(line)
    text = line[marker.end() :] if marker else line
    return 2 * len(text) <= width and looks_like_heading(text)


def _caseless_heading(last: str, line: str) -> bool:
    """A short line of a script without case (Han, kana, Hangul) alone, then a line that
    starts with a Latin word in lower case, which tells nothing there: a heading over a
    command's name (``名前`` / ``apropos - ...``, a Japanese manual page), not a sentence
    going on.

    >>> _caseless_heading("名前", "apropos - 検索する"), _caseless_heading("The", "apropos")
    (True, False)
    """
    core = last.strip()
    return (
        len(core) <= MAX_CASELESS_HEADING
        and starts_caseless(core)
        and starts_caseless(core[-1])
        and line[:1].isascii()
        and line[:1].isalpha()
    )
