"""Whether a block of prose lines is verse (kept line for line) rather than a wrapped
paragraph: stanzas, rhymes, verse quoted in prose, cut verse, and the verse verdict
:func:`is_prose_verse` that :mod:`~cleaner.passes.unwrap.document` asks of a block judged
at its width.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, compress, count, islice
from operator import eq
from typing import TYPE_CHECKING

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import space_indentation
from cleaner.passes.unwrap.boundaries import (
    WORD_BREAK_LAST,
    ends_sentence,
    ends_with_word_break,
    is_lone_word,
)
from cleaner.passes.unwrap.fast import (
    FIRST_CHARACTER,
    LAST_CHARACTER,
    STRAY_LOWER_BREAKS,
    has_room_at_a_break,
    is_verse_at,
    starts_lowercase_told,
)
from cleaner.passes.unwrap.kinds import Kind
from cleaner.passes.unwrap.passages import IDEOGRAPHIC_SPACE, passage_joins
from cleaner.passes.unwrap.width import UNWRAPPED_WIDTH
from cleaner.scripts import CJK_CLOSING_MARKS, LINE_END_FORBIDDEN

if TYPE_CHECKING:
    from cleaner.passes.unwrap.document import Document

# A stanza (:func:`is_stanza`) has at least this many lines, half of them (but the last)
# ending in one of these marks.
STANZA_LINES = 3
# A kept line this far in, in a stanza whose kept lines are set off, is a gloss in the
# margin going on (Chaucer's ``*had a respite`` / ``from suffering*``, 57 columns in), not
# an indented paragraph's line (RFC 5090's, 9 columns in).
GLOSS_INDENT = 24
# A stanza this long needs no marks: a narrower wrap of prose would have broken before some
# word in lower case among its many breaks. Blank verse ends about half its lines in a
# word (Paradise Lost, whose every Book is one block of 600 to 1,100 lines).
UNMARKED_STANZA_LINES = 20
# A line's last word, for its rhyme (:func:`is_rhymed`), and the letters compared.
RHYME_WORD_REVERSED_RE = lazy_compile(r"\W*([^\W\d_]+)")
RHYME_LETTERS = 2
# A word rhymes with itself (is_rhymed's ``repeats``) only this long: ``tm`` / ``tm``
# (``Gutenberg-tm``) ends a licence's lines, ``Cristo`` / ``Cristo`` Dante's.
RHYME_REPEAT_LETTERS = 4
# A document rhymes (:func:`rhymes_in`) when at least half of the blocks of STANZA_LINES
# lines or more it samples (RHYME_SAMPLE_BLOCKS, from a third of the way in: past a
# book's preface) rhyme, RHYME_MIN_RHYMED of them at least. Wrapped prose's blocks rhyme
# by chance at most one in seven (real books in five languages, rewrapped at 30 to 50
# columns in blocks of three to five lines); Dante's and Camões' nearly all. (The
# least is of rhyming blocks, not of blocks sampled: the next run samples no paragraph
# this one joined on one line, and must find the same.)
RHYME_SAMPLE_BLOCKS = 64
RHYME_MIN_RHYMED = 4
STANZA_LINE_END = frozenset(",;:.!?-—")
# Dashes that may end a line of verse (a hyphen after a letter is a cut word's).
LINE_END_DASHES = ("--", "—", "–")
# What may close a line after its mark (quotes, brackets, spaces).
STANZA_CLOSERS = " \t\"'”’»)]"

# Two indented lines quoted in a book (:func:`is_quoted_couplet`) are set this far in, the
# first less than half as wide as the document's width, or as such a page where none shows.
QUOTE_INDENT = 2
QUOTE_PAGE = 80

# A block of this many lines or more, each shorter than half the wrap width, may be verse
# though its lines end with hyphens (:func:`is_cut_verse_shape`): Don Quijote's prologue
# poems cut each line's last word (``boquirru-``); a wrapped paragraph's hyphen ends a
# line that filled the width.
CUT_VERSE_LINES = 4
CUT_VERSE_PAGE = 80


def _is_indented_rhyme(prose: tuple[str, ...]) -> bool:
    """Whether a block's lines are all indented alike (QUOTE_INDENT spaces or more) and
    rhyme (:func:`is_rhymed`): a stanza a book quotes, whose lines may open in lower case
    (Don Quijote's ``Canción desesperada, no te quejes`` / ``cuando mi triste compañía
    dejes;``), which :func:`prose_document` judges at the book's width, not its own.

    >>> _is_indented_rhyme(("   Canción desesperada, no te quejes",
    ...                     "   cuando mi triste compañía dejes;",
    ...                     "   antes, pues que la causa do naciste",
    ...                     "   con mi desdicha augmenta su ventura,",
    ...                     "   aun en la sepultura no estés triste."))
    True
    >>> _is_indented_rhyme(("Canción desesperada, no te quejes",
    ...                     "cuando mi triste compañía dejes;", "antes, pues que naciste"))
    False
    """
    indent = prose[0][: space_indentation(prose[0])]
    return (
        len(indent) >= QUOTE_INDENT
        and all(line.startswith(indent) for line in prose)
        and is_rhymed(prose)
    )


def is_stanza(
    prose: tuple[str, ...], *, marked: bool = True, strays: bool = True, lower: int | None = None
) -> bool:
    """Whether a block's prose lines read as a stanza: STANZA_LINES or more, none going on
    in lower case (with ``strays``, one in STRAY_LOWER_BREAKS may: a typo), and (if
    ``marked``) at least half of those before the last ending in punctuation, or rhymed
    (:func:`is_rhymed`), or the last ending in a letter or digit, as no paragraph's last
    line does (an address: ``Redmond, WA 98052``). A narrower wrap breaks before a
    lower-case word as often as not, and seldom after a mark; three breaks in a row before
    capitals happen in German prose (its nouns), but not after a comma, a semicolon or a
    full stop each time. ``lower``: the lines after the first that start in lower case
    (:func:`starts_lowercase_told`), if the caller counted them.

    >>> is_stanza(("Allah's good laws I faithfully have kept,",
    ...            "And ever for the sins of man have wept;",
    ...            "And sometimes kneeling in the temple I",
    ...            "Have reverently crossed my hands and slept."))
    True
    >>> is_stanza(("Drei Verwandlungen nenne ich euch des Geistes: wie der Geist zum",
    ...            "Kamele wird, und zum Löwen das Kameel, und zum Kinde zuletzt der",
    ...            "Löwe, und dann", "Gut."))
    False
    """
    if lower is None:
        lower = sum(map(starts_lowercase_told, prose[1:]))
    allowed = (len(prose) - 1) // STRAY_LOWER_BREAKS if strays else 0
    if len(prose) < STANZA_LINES or lower > allowed:
        return False
    if not marked or len(prose) >= UNMARKED_STANZA_LINES:
        return True
    marks = sum(line.rstrip(STANZA_CLOSERS)[-1:] in STANZA_LINE_END for line in prose[:-1])
    return 2 * marks >= len(prose) - 1 or is_rhymed(prose) or prose[-1][-1:].isalnum()


def is_rhymed(lines: tuple[str, ...], *, repeats: bool = False) -> bool:
    """Whether the lines' last words rhyme as a stanza's do: one pair of different words
    ending in the same two letters, at most three lines apart (abab, abba), for every two
    lines after the first (Baudelaire's ``choses``/``roses``, ``enchantement``/``charmant``,
    whose lines end in few marks). A wrapped paragraph's line ends pair so by chance a few
    times in a hundred. With ``repeats``, a word of RHYME_REPEAT_LETTERS or more rhymes
    with itself too (Dante's ``Cristo`` / ``Cristo``): wrapped prose's line ends repeat
    (``which`` / ``which``) too often for that to tell verse unless the document's stanzas
    rhyme; and accents are not compared (``lì`` / ``burli``, ``uscìo`` / ``mio``).

    >>> is_rhymed(("Parmi toutes les belles choses", "Dont est fait son enchantement,",
    ...            "Parmi les objets noirs ou roses", "Qui composent son corps charmant,"))
    True
    >>> is_rhymed(("Drei Verwandlungen nenne ich euch des Geistes: wie der Geist zum",
    ...            "Kamele wird, und zum Löwen das Kameel, und zum Kinde zuletzt der",
    ...            "Löwe, und dann"))
    False
    """
    # (matched on each line reversed: a search from the start tries every position)
    match = RHYME_WORD_REVERSED_RE.match
    words = [found[1][::-1].lower() if (found := match(line[::-1])) else "" for line in lines]
    if repeats:
        words = list(map(_without_accents, words))
    return rhyme_pairs(words, repeats=repeats) >= max(1, (len(lines) - 1) // 2)


def rhyme_pairs(words: list[str], *, repeats: bool = False) -> int:
    """The pairs of :func:`is_rhymed` among lines' last ``words``: two words at most three
    apart, each of RHYME_LETTERS letters or more, ending in the same RHYME_LETTERS letters,
    not the same word (unless ``repeats`` and it has RHYME_REPEAT_LETTERS letters or more).

    Counted at C speed: the pairs of equal keys (a word's last letters, or a shorter word's
    own index, which equals no other key) less those of the same word that do not count.

    >>> rhyme_pairs(["choses", "enchantement", "roses", "charmant"])
    2
    >>> rhyme_pairs(["cristo", "visto", "cristo"]), rhyme_pairs(["cristo", "x", "cristo"])
    (2, 0)
    >>> rhyme_pairs(["cristo", "x", "cristo"], repeats=True)
    1
    """
    keys = [
        word[-RHYME_LETTERS:] if len(word) >= RHYME_LETTERS else i for i, word in enumerate(words)
    ]
    steps = range(1, min(4, len(words)))  # (no step past the last line is walked)
    pairs = sum([sum(map(eq, keys, keys[step:])) for step in steps])
    if pairs and len(set(words)) < len(words):  # A word twice: its pairs may not count.
        # The words whose repeats are no rhyme (the others by their own index: they pair none).
        same = [
            word
            if len(word) >= RHYME_LETTERS and not (repeats and len(word) >= RHYME_REPEAT_LETTERS)
            else i
            for i, word in enumerate(words)
        ]
        pairs -= sum([sum(map(eq, same, same[step:])) for step in steps])
    return pairs


def _without_accents(word: str) -> str:
    """``word`` without its combining accents: Dante rhymes ``lì`` with ``burli``.

    >>> _without_accents("uscìo"), _without_accents("mio")
    ('uscio', 'mio')
    """
    if word.isascii():
        return word
    from unicodedata import combining, normalize  # (only verse in a rhyming document asks)

    return "".join(c for c in normalize("NFD", word) if not combining(c))


def is_rhymed_stanza(lines: tuple[str, ...], document: Document) -> bool:
    """A block of STANZA_LINES lines or more that rhymes (:func:`is_rhymed`) in a document
    whose wraps are loose and whose stanzas rhyme: verse whose lines open in lower case
    (Dante's tercets, ``ove udirai le disperate strida,`` / ``vedrai li antichi spiriti
    dolenti,`` / ``ch'a la seconda morte ciascun grida;``), which no width tells apart
    from a wrapped paragraph.
    """
    return (
        document.loose_wraps
        and len(lines) >= STANZA_LINES
        and document.rhymes
        and is_rhymed(lines, repeats=True)
    )


def rhymes_in(text: str) -> bool:
    """Whether ``text``'s blocks of STANZA_LINES lines or more rhyme (:func:`is_rhymed`), at
    least half of RHYME_SAMPLE_BLOCKS of them sampled from a third of the way in (then from
    the start), RHYME_MIN_RHYMED at least.

    >>> tercet = "\\n".join(("ove udirai le disperate strida,", "vedrai li antichi spiriti",
    ...                       "ch'a la seconda morte ciascun grida;"))
    >>> prose = "A paragraph wrapped at\\na narrow width that ran\\non for three lines."
    >>> rhymes_in("\\n\\n".join([tercet] * 8)), rhymes_in("\\n\\n".join([tercet, prose, prose] * 8))
    (True, False)
    """
    third = max(0, text.find("\n\n", len(text) // 3))
    blocks = chain(_blocks_between(text, third, len(text)), _blocks_between(text, 0, third))
    stanzas = (block for block in blocks if block.count("\n") >= STANZA_LINES - 1)
    sampled = rhymed = 0
    for block in islice(stanzas, RHYME_SAMPLE_BLOCKS):
        sampled += 1
        rhymed += is_rhymed(tuple(block.split("\n")))
    return rhymed >= RHYME_MIN_RHYMED and 2 * rhymed >= sampled


def _blocks_between(text: str, start: int, end: int) -> Iterator[str]:
    """The runs of lines of ``text[start:end]`` between blank lines, one by one (a huge
    text is never split whole).

    >>> list(_blocks_between("a\\nb\\n\\n\\nc\\n", 0, 9))
    ['a\\nb', 'c']
    """
    while start < end:
        stop = text.find("\n\n", start, end)
        if stop < 0:
            stop = end
        block = text[start:stop].strip("\n")
        if block:
            yield block
        start = stop + 2


def is_mixed_stanza(block: list[tuple[str, Kind]], width: int) -> bool:
    """Whether a block of prose lines and lines kept for their indentation (four spaces or
    more, as code) or for a column set off by three spaces (a gloss in the margin) is a
    stanza with such lines: its lines, stripped, read as a stanza (:func:`is_stanza`, its
    lines' ends unread: no prose indents a line in its middle, and a line that starts in
    lower case still tells code, unless every kept line is set off so: then a kept line in
    lower case in the margin, GLOSS_INDENT columns in or more (a gloss going on), is no
    line of the stanza) and as verse at ``width``, the document's.

    >>> block = [("  A transient, horrible, fantastic dream,", Kind.PROSE),
    ...          ("      Wherein is nothing yet all things do seem:", Kind.KEPT),
    ...          ("  From which we're wakened by a friendly nudge", Kind.PROSE)]
    >>> is_mixed_stanza(block, 70)
    True
    >>> is_mixed_stanza([(line, Kind.PROSE) for line, _ in block], 70)
    False
    """
    kinds = [kind for _, kind in block]
    prose = kinds.count(Kind.PROSE)
    if not prose or prose + kinds.count(Kind.KEPT) != len(kinds) or prose == len(kinds):
        return False
    # A line in lower case is no typo where a line is kept for another reason than its
    # indentation or a gloss beside it (a Markdown fence and its code). A gloss may go on
    # in lower case below (Chaucer's ``*had a respite`` / ``from suffering*``).
    indented = all(_is_set_off(line) for line, kind in block if kind is Kind.KEPT)
    lines = tuple(line.strip() for line, _ in block)
    # Each line's start read once (the first goes on no gloss), for glosses and the stanza.
    lower = list(map(starts_lowercase_told, lines[1:]))
    glosses = {
        i
        for i in compress(count(1), lower)
        if block[i][1] is not Kind.PROSE and len(block[i][0]) - len(lines[i]) >= GLOSS_INDENT
    }
    if indented and glosses:
        lines = tuple(x for i, x in enumerate(lines) if i not in glosses)
        lower = [starts for i, starts in enumerate(lower, 1) if i not in glosses]
    if not is_stanza(lines, marked=False, strays=indented, lower=sum(lower)):
        return False
    # (no line going on in lower case: is_verse_at's verdict without its walk)
    return is_verse_at(lines, width) if any(lower) else has_room_at_a_break(lines, width)


def _is_set_off(line: str) -> bool:
    """Indented four spaces or more (or a tab), or with a column set off by three spaces.

    >>> [_is_set_off(x) for x in ("    code", "A verse,        *a gloss", "```", "x = 1  # y")]
    [True, True, False, False]
    """
    return line.startswith(("    ", "\t")) or "   " in line.strip()


def is_prose_verse(lines: tuple[str, ...], document: Document, rhymed: bool | None = None) -> bool:
    """:func:`is_verse` of a block's prose lines, judged as ``document`` (the block's);
    ``rhymed``: :func:`is_rhymed_stanza` of them, if the caller asked it already.

    A line-end word break vetoes verse, but in a stanza shaped so (:func:`is_cut_verse_shape`,
    :func:`is_dashed_stanza`) or one that rhymes in a document whose stanzas rhyme: a poet
    cuts a word at a rhyme (Dante's ``così quelle carole, differente-`` / ``mente
    danzando, ...`` / ``... veloci e lente.``), which stays line for line."""
    ends = map(LAST_CHARACTER, lines[:-1])  # (read in C, as the next test is only on a hit)
    if (
        not WORD_BREAK_LAST.isdisjoint(ends)
        and any(map(ends_with_word_break, lines[:-1]))
        and not is_cut_verse_shape(lines, document.narrowest)
        and not is_dashed_stanza(lines)
    ):
        if rhymed is None:
            rhymed = is_rhymed_stanza(lines, document)
        if not rhymed:
            return False
    if document.first_word_mode and is_lone_word(lines[0]):
        return False
    if rhymed is None:
        rhymed = is_rhymed_stanza(lines, document)
    if rhymed or is_quoted_couplet(lines, document):
        return True
    measure = document.measure
    if (
        not is_verse_at(lines, document.width, measure)
        or _has_forbidden_break(lines)
        or (lines[0][:1] == IDEOGRAPHIC_SPACE and passage_joins(lines, document.width))
    ):
        return False  # (the break tests last: only blocks that look like verse need them)
    return document.verse_width is None or is_verse_at(lines, document.verse_width, measure)


def is_quoted_couplet(lines: tuple[str, ...], document: Document) -> bool:
    """Two lines of verse quoted in a book, which no width tells apart from a paragraph of
    two lines when the second opens in lower case (Don Quijote's ``Caballero, si a Francia
    ides,`` / ``por Gaiferos preguntad;``): both indented alike (QUOTE_INDENT spaces or
    more) in a document of prose, not markup, the first ending no sentence and less than
    half as wide as each width the block is judged at, in a document whose wraps are not
    loose, or than a page of QUOTE_PAGE columns where no width shows (the book's next run,
    its paragraphs joined). A wrapper at a steady width fills a paragraph's first line; an
    indented quotation of prose too.

    >>> from cleaner.passes.unwrap.document import Document
    >>> book = Document(75, False, True, True, "")
    >>> is_quoted_couplet(("   Caballero, si a Francia ides,", "   por Gaiferos preguntad;"), book)
    True
    >>> is_quoted_couplet(("   The server answers", "   with its own name."), book.replace(
    ...     verse_width=None, width=40))
    False
    """
    if len(lines) != 2 or document.markup:
        return False
    page = document.narrowest
    if page >= UNWRAPPED_WIDTH:
        page = QUOTE_PAGE
    elif document.loose_wraps:
        return False
    first, second = lines
    indent = space_indentation(first)
    return (
        indent >= QUOTE_INDENT
        and second.startswith(first[:indent])
        and second[indent : indent + 1] not in ("", " ")
        and 2 * len(first) < page
        and not ends_sentence(first)
    )


def is_dashed_stanza(lines: tuple[str, ...]) -> bool:
    """A stanza (:func:`is_stanza`) whose line-end word breaks are all dashes (``fish
    up--``, ``so—``), no hyphen of a cut word: a dash at a line's end vetoes verse in
    prose, where the phrase goes on below, not before a line that opens with a capital in
    a block whose every line does.

    >>> is_dashed_stanza(("If I were a jolly archbishop,", "On Fridays I'd eat all the fish up--",
    ...                   "Salmon and flounders and smelts;", "On other days everything else."))
    True
    >>> is_dashed_stanza(("If I were a jolly arch-", "Bishop, On Fridays I'd eat all the",
    ...                   "Salmon and flounders and smelts;", "On other days everything else."))
    False
    """
    # (A generator: prose's first word break, a hyphen, ends the walk.)
    breaks = (line for line in lines[:-1] if ends_with_word_break(line))
    return all(line.rstrip().endswith(LINE_END_DASHES) for line in breaks) and is_stanza(lines)


def is_cut_verse_shape(lines: tuple[str, ...], width: int) -> bool:
    """Shaped like verse whose lines may end with a hyphen (Cervantes' *versos de cabo
    roto*, ``no te dirá el boquirru-``): CUT_VERSE_LINES lines or more, each shorter than
    half the wrap ``width`` and than half a page of CUT_VERSE_PAGE columns (the width a
    document shows once its paragraphs are joined is none). A wrapper fills its lines, so
    a line-end hyphen vetoes verse only in a block with a line that long.

    >>> is_cut_verse_shape(("Si de llegarte a los bue-,", "libro, fueres con letu-,",
    ...                     "no te dirá el boquirru-", "que no pones bien los de-."), 72)
    True
    >>> is_cut_verse_shape(("a column wrapped at", "twenty, with a hyphen-", "ated", "word."), 24)
    False
    """
    return len(lines) >= CUT_VERSE_LINES and 2 * max(map(len, lines)) < min(width, CUT_VERSE_PAGE)


def _has_forbidden_break(lines: tuple[str, ...]) -> bool:
    """Whether a break between two of ``lines`` is one no CJK or Thai typesetter makes
    (:func:`cleaner.scripts.is_forbidden_break`): a wrapper's, never verse's.

    >>> _has_forbidden_break(("我们今天去公园", "。"))
    True
    >>> _has_forbidden_break(("静かな池。", "蛙飛び込む"))
    False
    """
    return not LINE_END_FORBIDDEN.isdisjoint(
        map(LAST_CHARACTER, lines[:-1])
    ) or not CJK_CLOSING_MARKS.isdisjoint(map(FIRST_CHARACTER, lines[1:]))
