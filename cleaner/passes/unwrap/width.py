"""The wrap width of a document, sampled from its lines: what ``unwrap`` judges breaks by.

A line followed by a lower-case continuation was wrapped: its length, and its length with
the next word, bound the width (:func:`sample_wraps`); :func:`wrap_width` picks the width
those breaks contradict least (``estimate_wrap_width``), or none.
"""

from __future__ import annotations

from functools import partial
from itertools import count, pairwise

from cleaner.passes.layout import opens_item
from cleaner.passes.unwrap.boundaries import (
    MAX_LONE_WORD,
    OPENING_PUNCTUATION,
    ends_sentence,
    is_lone_word,
    starts_lowercase,
)
from cleaner.passes.unwrap.cellwidth import cells
from cleaner.passes.unwrap.fast import (
    ASCII_LOWER,
    ASCII_UPPER_OR_DIGIT,
    ASKED,
    ENDS,
    GOES_ON,
    GOES_ON_ONE,
    GOES_ON_UNLESS_ENDED,
    lone_word_candidates,
    next_line_start,
)
from cleaner.passes.unwrap.headings import looks_like_heading
from cleaner.passes.unwrap.kinds import Kind
from cleaner.passes.unwrap.measure import CELLS, CHARACTERS, line_sizer
from cleaner.passes.unwrap.room import first_word_length, word_columns, wrap_fit
from cleaner.scripts import (
    CJK_CLOSING_MARKS,
    LINE_END_FORBIDDEN,
    THAI_CHARACTERS,
    starts_caseless,
    starts_mid_word,
)

# A block's own wrap width is at least this (narrower blocks are judged at the document's).
MIN_BLOCK_WIDTH = 20
# A block of a document that shows no wrap width is read as wrapped at the document's
# longest line only where that is this long: a wrapper's prose width, not verse's (whose
# lines, a capital each, are seldom as long).
MIN_UNWRAPPED_BLOCK_WIDTH = 60
# ... and at most this long: a longer line is a paragraph never wrapped or joined by an
# earlier run (a run that judged the document at a width it showed kept the line after
# it apart, ``United States`` / ``.``: the next must not join them at that line's length).
MAX_UNWRAPPED_BLOCK_WIDTH = 160
# The width used when nothing in the document looks wrapped: every line has room.
UNWRAPPED_WIDTH = 1 << 30
# Narrower than this, an estimated wrap width is noise (a few one- or two-word lines, as in
# verse), not a wrap: no wrapper fills lines of under twenty columns.
MIN_WRAP_WIDTH = 20
# Wraps are loose when at least one in LOOSE_WRAPS of the lines that go on in lower case had
# room for the next word at the wrap width: 0-12% in prose books, 18-61% in verse books
# (whose lines may open in lower case, as Dante's: see document.is_rhymed_stanza).
LOOSE_WRAPS = 7


def sample_wraps(
    lines: list[str],
    kinds: list[Kind],
    wrapped: list[tuple[int, int]],
    others: list[int],
    lone: list[int] | None = None,
    measure: int = CHARACTERS,
) -> None:
    """Add to ``wrapped`` the lines followed by a lower-case continuation (their length, and
    with the next word), and to ``others`` the lengths of the other prose and item lines;
    to ``lone``, if given, the two counts of :func:`lone_first_words` (read in the same walk).
    Lengths are in characters, or in cells if ``measure`` is CELLS
    (:mod:`~cleaner.passes.unwrap.cellwidth`).

    A block of two or more such lines where none continues in lower case (verse, a list, an
    address) gives no sign of a wrap: its ragged lengths would only pull the estimate above
    the prose's width, after which the prose would seem unwrapped until a later run.
    """
    block_others: list[int] = []
    block_wrapped = False
    block_thai: list[tuple[int, int]] = []  # Thai lines before Thai, no sign either way
    blank, prose, item = Kind.BLANK, Kind.PROSE, Kind.ITEM
    size = line_sizer(measure)
    word = partial(word_columns, measure=CELLS) if measure == CELLS else first_word_length
    # Each line with its index, the next one and its kind (a blank line after the last).
    for i, line, kind, following, next_kind in zip(
        count(), lines, kinds, [*lines[1:], ""], [*kinds[1:], blank], strict=False
    ):
        if kind is blank:
            if block_thai:
                block_wrapped = _add_even_thai(block_thai, wrapped, block_others) or block_wrapped
                block_thai = []
            if block_wrapped or len(block_others) < 2:
                others.extend(block_others)
            block_others, block_wrapped = [], False
            continue
        if kind is not prose and kind is not item:
            continue
        # is_lone_word asked only of a line as short as a lone word once stripped (one
        # call of strip, which copies nothing from a line with no whitespace to strip)
        if (
            (length := size(line)) <= MAX_LONE_WORD or len(line.strip()) <= MAX_LONE_WORD
        ) and is_lone_word(line):
            if lone is not None and kind is prose and next_kind is prose:
                _count_lone_first_word(lines, kinds, i, lone)
            continue
        if next_kind is not prose or not following:
            block_others.append(length)
            continue
        if (first := following[0]) in ASCII_LOWER:
            # Goes on below (ASCII told without a call); its first word up to a space.
            wrapped.append((length, length + 1 + len(following.split(None, 1)[0])))
            block_wrapped = True
            continue
        if first == " ":  # (Indented, as an RFC's lines: read past the spaces where that tells;
            core = following.lstrip(" ")[:1]  # lower case told without a call: verse's indent)
            first = core if core in ASCII_LOWER else _first_letter_or_digit(following)
        # (ASCII told without a call, as next_line_start tells it)
        if first in ASCII_LOWER:
            start = GOES_ON
        else:
            start = ENDS if first in ASCII_UPPER_OR_DIGIT else next_line_start(first)
        if start == GOES_ON:
            wrapped.append((length, length + 1 + len(following.split(None, 1)[0])))
            block_wrapped = True
        elif start == ENDS:  # (a capital, a digit: a line ending in 「 still goes on)
            if line[-1:] in LINE_END_FORBIDDEN:
                wrapped.append((length, length + 1 + len(following.split(None, 1)[0])))
                block_wrapped = True
            else:
                block_others.append(length)
        elif start == GOES_ON_ONE:
            wrapped.append((length, length + 2))
            block_wrapped = True
        elif start == GOES_ON_UNLESS_ENDED:  # (the first word below: one character)
            if line[-1:] in LINE_END_FORBIDDEN or not ends_sentence(line):
                wrapped.append((length, length + 2))
                block_wrapped = True
            else:
                block_others.append(length)
        elif _continues_below(line, following):
            wrapped.append((length, length + 1 + word(following)))
            block_wrapped = True
        elif line[-1:] in THAI_CHARACTERS and following[:1] in THAI_CHARACTERS:
            block_thai.append((length, length + 1 + word(following)))
        else:
            block_others.append(length)
    if block_thai:
        block_wrapped = _add_even_thai(block_thai, wrapped, block_others) or block_wrapped
    if block_wrapped or len(block_others) < 2:
        others.extend(block_others)


def may_read_as_wrapped(line: str, following: str) -> bool:
    """Whether :func:`sample_wraps` may read ``line`` as wrapped before ``following`` (two
    lines of text, whatever their kinds): False only where the next line's first
    character, neither a space nor an ASCII lower-case letter, tells that the line ends
    there (a capital or digit after no CJK opening mark; a dash or quote before no
    sentence going on), or, below spaces, its first ASCII capital or digit does (as
    :func:`sample_wraps` reads an indented line: indented verse, a line a capital each).

    >>> may_read_as_wrapped("It ended.", "The next"), may_read_as_wrapped("he said,", '- "Ihr')
    (False, False)
    >>> may_read_as_wrapped("it went", "on"), may_read_as_wrapped("so it went", "- and on")
    (True, True)
    >>> may_read_as_wrapped("  Sing, O Muse,", "  The wrath"), may_read_as_wrapped("a", "  b")
    (False, True)
    """
    first = following[:1]
    if first == " ":  # (a space before no ASCII letter or digit stays " ": it may)
        first = _first_letter_or_digit(following)
    if first in ASCII_LOWER or first.isspace() or not first:
        return True
    start = next_line_start(first)
    if start == ENDS:
        return line[-1:] in LINE_END_FORBIDDEN
    if start == ASKED:  # (the Thai lines before Thai may be counted as wrapped too)
        thai = line[-1:] in THAI_CHARACTERS and first in THAI_CHARACTERS
        return thai or _continues_below(line, following)
    return True


def _first_letter_or_digit(line: str) -> str:
    """The ASCII letter or digit that starts ``line`` after its spaces, else " ": what
    sample_wraps reads of a line so indented is what it reads of that character (the
    first word up to a space, ``_continues_below`` of a lower-case one; a capital or digit
    goes on only after a line ending in ``LINE_END_FORBIDDEN``); others it asks.

    >>> [_first_letter_or_digit(line) for line in ("   and", "   2.", "  (a", "   é")]
    ['a', '2', ' ', ' ']
    """
    first = line.lstrip(" ")[:1]
    return first if first in ASCII_LOWER or first in ASCII_UPPER_OR_DIGIT else " "


def _add_even_thai(
    thai: list[tuple[int, int]], wrapped: list[tuple[int, int]], others: list[int]
) -> bool:
    """Add a block's Thai lines followed by Thai (``thai``: length, and with the next
    word) to ``wrapped`` if there is one, or if they are about as long as each other, as a
    wrapper fills its lines (Thai ends no sentence with a sign, so nothing else tells a
    wrap from a paragraph's end: paragraphs one a line are as long as they are); else their
    lengths to ``others``. Whether they were added.

    >>> wrapped, others = [], []
    >>> _add_even_thai([(77, 80), (68, 76)], wrapped, others), wrapped
    (True, [(77, 80), (68, 76)])
    >>> _add_even_thai([(276, 300), (189, 200)], wrapped, others), others
    (False, [276, 189])
    """
    lengths = [length for length, _ in thai]
    if len(lengths) == 1 or (lengths and min(lengths) >= max(lengths) - max(3, max(lengths) // 5)):
        wrapped.extend(thai)
        return True
    others.extend(lengths)
    return False


def _count_lone_first_word(lines: list[str], kinds: list[Kind], i: int, lone: list[int]) -> None:
    """Count line ``i``, a lone word of prose before prose, in ``lone`` (lone first words,
    those going on in lower case): after a break (the start, a blank line, a sentence's end
    or a title: issue 14); above a list's item, it is the list's heading (a release notes
    file's "43.beta")."""
    if _follows_break(lines, kinds, i) and not opens_item(lines[i + 1]):
        lone[0] += 1
        lone[1] += goes_on_in_lower_case(lines[i], lines[i + 1])


def _follows_break(lines: list[str], kinds: list[Kind], i: int) -> bool:
    """Line ``i`` follows a break: the start, a blank line, a sentence's end or a title."""
    return (
        i == 0
        or kinds[i - 1] is Kind.BLANK
        or ends_sentence(lines[i - 1])
        or looks_like_heading(lines[i - 1])
    )


def _continues_below(line: str, following: str) -> bool:
    """The sentence goes on in ``following``: it starts in lower case, or in a script without
    case (CJK, Thai) after a line that does not end a sentence, or the break is one CJK
    typesetting never makes (a line ending in ``（``, or the next starting with ``。``)."""
    if line[-1:] in LINE_END_FORBIDDEN or following[:1] in CJK_CLOSING_MARKS:
        return True  # (is_forbidden_break, inline: asked of most lines)
    if not starts_lowercase(following):
        return False
    if following[:1] in THAI_CHARACTERS and line[-1:] in THAI_CHARACTERS:
        return starts_mid_word(following)  # (Thai ends no sentence with a sign)
    return not (starts_caseless(following.lstrip(OPENING_PUNCTUATION)) and ends_sentence(line))


def wrap_width(wrapped: list[tuple[int, int]], others: list[int]) -> int:
    """Estimate the wrap width from lines followed by a lower-case continuation.

    Without such lines, or with a width too narrow to be a wrap, nothing looks hard-wrapped,
    and every line counts as having room.
    """
    return wrap_width_fit(wrapped, others)[0]


def wrap_width_fit(wrapped: list[tuple[int, int]], others: list[int]) -> tuple[int, bool]:
    """:func:`wrap_width`, and whether the wraps are loose: at least one in LOOSE_WRAPS of
    the ``wrapped`` lines had room at it all the same (all of them, without a width; see
    :func:`~cleaner.passes.unwrap.room.wrap_fit`).

    >>> wrap_width_fit([(30, 39), (18, 26)], [8, 7]), wrap_width_fit([(30, 39)] * 7, [8])
    ((30, True), (30, False))
    """
    width, had_room = wrap_fit(wrapped, others) if wrapped else (UNWRAPPED_WIDTH, 0)
    if width < MIN_WRAP_WIDTH:
        width, had_room = UNWRAPPED_WIDTH, len(wrapped)
    return width, had_room * LOOSE_WRAPS >= len(wrapped) > 0


def lone_first_words(lines: list[str], kinds: list[Kind]) -> tuple[int, int]:
    """Paragraphs that start with their first word alone on a line (as in seed 003), and
    how many of those go on in lower case: two and one make the document's first-word mode.
    """
    lone = [0, 0]  # The lone first words, and those going on in lower case.
    prose = Kind.PROSE
    last = min(len(lines), len(kinds)) - 1
    # Each line but the last that may be a lone word (most lines are not asked about).
    for i in lone_word_candidates(lines):
        if i >= last:
            break
        if kinds[i] is not prose or kinds[i + 1] is not prose or not is_lone_word(lines[i]):
            continue
        _count_lone_first_word(lines, kinds, i, lone)
    return lone[0], lone[1]


def goes_on_in_lower_case(word: str, following: str) -> bool:
    """A lone word of a script with case, then a line in lower case: a sentence's first
    word set apart (``The`` / ``rest of it``). A Japanese heading over a command's name
    (``名前`` / ``apropos - ...``) is none.

    >>> goes_on_in_lower_case("The", "rest of it."), goes_on_in_lower_case("名前", "apropos")
    (True, False)
    """
    return starts_lowercase(following) and not starts_caseless(word)


def unwrapped_block_width(
    lines: tuple[str, ...], longest: int, measure: int = CHARACTERS
) -> int | None:
    """The width a block of prose ``lines`` was wrapped at in a document that shows none
    (no line goes on in lower case), ``longest`` its longest line: that length, when it is
    at least MIN_UNWRAPPED_BLOCK_WIDTH and each line but the last ends in a letter or digit
    (no sentence's end, no mark: the sentence goes on) and had no room at it for the next
    one's first word. A break where the next word would have fitted in the document's
    widest line is a real one; one where it would not have, mid-sentence in a long line,
    is a wrapper's (a document of one wrapped paragraph, whose only break goes on in a
    name: ``The last Olympic`` / ``Games are believed ...``).

    >>> line = "However this was reversed when Julian was killed in battle. The last Olympic"
    >>> unwrapped_block_width((line, "Games are believed to have been held in 393."), 80)
    80
    >>> unwrapped_block_width((line, "Games are believed to have been held in 393."), 90)
    >>> unwrapped_block_width(("Roses are red and violets", "Blue is the sky"), 25)

    ``measure``: the document's; in cells (:mod:`~cleaner.passes.unwrap.cellwidth`),
    ``longest`` and each line are counted so.
    """
    if not MIN_UNWRAPPED_BLOCK_WIDTH <= longest <= MAX_UNWRAPPED_BLOCK_WIDTH:
        return None
    for line, following in pairwise(lines):
        if not line[-1:].isalnum():
            return None
        if measure == CELLS:
            if cells(line) + 1 + word_columns(following, CELLS) <= longest:
                return None
        elif len(line) + 1 + first_word_length(following) <= longest:
            return None
    return longest


def block_wrap_width(lines: list[str], measure: int = CHARACTERS) -> int | None:
    """The width a block of prose lines was wrapped at, if it shows one: the length of its
    longest line but the last, when no line had room at it for the next one's first word
    and most lines break mid-sentence (three lines or more, the width at least
    MIN_BLOCK_WIDTH).

    >>> block_wrap_width(["a wrapped paragraph of", "prose that goes on for", "three lines."])
    22
    >>> block_wrap_width(["Roses are red,", "violets are blue,", "sugar is sweet."]) is None
    True

    ``measure``: the document's; lines and words are counted by
    :func:`~cleaner.passes.unwrap.measure.line_size` (in cells, or characters).
    """
    if len(lines) < 3:
        return None
    size = line_sizer(measure)
    width = max(size(line) for line in lines[:-1])
    if width < MIN_BLOCK_WIDTH:
        return None
    for line, following in pairwise(lines):
        first_word = following.split(None, 1)[:1]
        if size(line) + 1 + (size(first_word[0]) if first_word else 0) <= width:
            return None
    # Wrapped prose breaks mostly mid-sentence; lines that each end a sentence are not.
    if sum(ends_sentence(line) for line in lines[:-1]) * 2 >= len(lines) - 1:
        return None
    return width
