"""Shortcuts for the ``unwrap`` pass's commonest cases, each the same verdict as the full rule.

Wrapped prose is mostly lines that go on in lower case after a line ending in a letter: such
a line always continues the paragraph, joined with one space (:func:`joins_plainly`), as
does a line after a full one (no room for its first word) unless it is a heading; a block
of nothing else is one paragraph (:func:`plain_paragraph`). A block's verse verdict
stops as soon as it is decided (:func:`is_verse_at`); trailing whitespace is looked for
from the line feeds (:func:`has_trailing_space`); the lines that may be a lone word are
found at C speed (:func:`lone_word_candidates`). ``tests/passes/test_fast_paths.py``
puts each against the rule it stands for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import compress, count, pairwise
from operator import itemgetter, or_

from cleaner.memo import LINE_CACHE_SIZE
from cleaner.passes.plaintext import opens_indented_paragraph
from cleaner.passes.unwrap.boundaries import (
    MAX_LONE_WORD,
    OPENING_PUNCTUATION,
    SENTENCE_END_LAST,
    WORD_BREAK_LAST,
    ends_sentence,
    ends_with_word_break,
    is_lone_word,
    line_core,
    starts_lowercase,
)
from cleaner.passes.unwrap.headings import is_standalone_heading
from cleaner.passes.unwrap.hyphens import LINE_END_MARKS
from cleaner.passes.unwrap.measure import CHARACTERS, line_sizes
from cleaner.passes.unwrap.room import first_word_length, has_room, word_columns
from cleaner.passes.whitespace import collapse_inner_spaces
from cleaner.scripts import (
    CJK_CLOSING_MARKS,
    HAN_OR_KANA_RE,
    LINE_END_FORBIDDEN,
    NO_SPACE_RE,
    THAI_CHARACTERS,
    breaks_anywhere,
    starts_caseless,
)

# A line starting with one of these starts in lower case, with nothing to strip first.
ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# A line starting with one of these (a capital or digit) does not start in lower case.
ASCII_UPPER_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# The last characters after which a line is joined with line_join_edit's plain space.
NOT_PLAIN_END = frozenset(LINE_END_MARKS)
# The last characters (or none) after which plain_paragraph may join: ASCII, neither those
# nor whitespace.
PLAIN_END = frozenset(
    {""} | {chr(c) for c in range(128) if chr(c) not in NOT_PLAIN_END and not chr(c).isspace()}
)


@lru_cache(maxsize=LINE_CACHE_SIZE)  # (one entry a character)
def reads_as_ascii(char: str) -> bool:
    """Whether a letter beyond ASCII reads at a line break as an ASCII letter does: a letter
    of a script with case (``é``, ``ß``, ``я``), which neither CJK nor Thai rules read (no
    join without a space, no break anywhere) and no line-end test names.

    >>> [reads_as_ascii(c) for c in "éßяÜ天ａ한ก-a"]
    [True, True, True, True, False, False, False, False, False, False]
    """
    return (
        char.isalpha()
        and not char.isascii()
        and not starts_caseless(char)
        and char not in THAI_CHARACTERS
        and NO_SPACE_RE.match(char) is None
        and not breaks_anywhere(char)
        and char not in NOT_PLAIN_END
        and char not in WORD_BREAK_LAST
        and char not in SENTENCE_END_LAST
        and char not in LINE_END_FORBIDDEN
    )


def joins_plainly(end: str, line: str, first_word_mode: bool) -> bool:
    """Whether prose ``line`` continues a paragraph or item whose text ends with ``end``,
    joined by one space, whatever the rest of ``_continues`` would say (outside markup).

    A line starting with an ASCII lower-case letter is no heading nor paragraph start, so
    only a lone first word (in first-word mode) may break there; after an ASCII character
    that is no hyphen or dash, or a letter that reads as one (:func:`reads_as_ascii`), the
    join is a plain space.

    >>> joins_plainly("it was wrapped", "at a narrow width.", False)
    True
    >>> joins_plainly("inter-", "national", False), joins_plainly("ends.", "The", False)
    (False, False)
    """
    last, first = end[-1:], line[:1]
    return (
        (first in ASCII_LOWER or (first == " " and goes_on_lowercase(line)))
        and (last in PLAIN_END or reads_as_ascii(last))
        and not (
            first_word_mode
            # (may_be_lone_word, inline: asked of every line going on in first-word mode)
            and (len(line) <= MAX_LONE_WORD or first == " " or line[-1:].isspace())
            and is_lone_word(line)
        )
    )


def goes_on_lowercase(line: str) -> bool:
    """Whether ``line`` starts with an ASCII lower-case letter, maybe after spaces (an RFC
    indents every line): no heading nor paragraph start, read as one would be unindented
    (``starts_paragraph``, ``looks_like_heading`` and ``first_word_length`` strip it).

    >>> goes_on_lowercase("and so"), goes_on_lowercase("   and so"), goes_on_lowercase("   The")
    (True, True, False)
    """
    first = line[:1]
    return first in ASCII_LOWER or (first == " " and line.lstrip(" ")[:1] in ASCII_LOWER)


def plain_paragraph(
    lines: tuple[str, ...],
    width: int,
    first_word_mode: bool,
    room_width: int | None = None,
    *,
    broken: list[int] | None = None,
    measure: int = CHARACTERS,
) -> str | None:
    """The block of prose ``lines`` (no verse) as one paragraph, when each line after the
    first continues the one before, joined by one space; else None.

    Given ``broken`` (an empty list), a line may also end in a word break
    (:func:`ends_with_word_break`: ``inter-``, ``regime—``) before a line going on in ASCII
    lower case, which the full rule always joins (``line_join_edit`` decides how): where
    the block is such a paragraph with such a break, None is returned and the indexes of
    the lines after those breaks are put in ``broken`` (``blocks.joined_at_breaks`` joins
    it), which stays empty otherwise.

    A line continues so when the line before ends in an ASCII character that is no hyphen
    or dash and it goes on in ASCII lower case (:func:`joins_plainly`), or starts with
    another ASCII character the line before had no room for (``has_room`` at
    ``room_width``, by default ``width``: ``Document.paragraph_width``), and is no heading
    after a sentence's end nor (in first-word mode) a lone word. A letter beyond ASCII
    that reads as one (:func:`reads_as_ascii`) counts as an ASCII letter.

    >>> plain_paragraph(("A paragraph", "wrapped at", "a width."), 12, False)
    'A paragraph wrapped at a width.'
    >>> plain_paragraph(("It went on until", "Monday."), 16, False)
    'It went on until Monday.'
    >>> plain_paragraph(("It ended.", "The next"), 16, False) is None
    True
    """
    room_width = width if room_width is None else room_width
    rest = lines[1:]
    # In first-word mode a lone word below the first line is the full rule's: asked first,
    # its candidates found at C speed (a document of such paragraphs is one block, whose
    # every break would be read before the verdict).
    if first_word_mode and any(is_lone_word(rest[i]) for i in lone_word_candidates(rest)):
        return None
    indented = False  # Whether an indented line goes on in lower case (see the end).
    found: list[int] | None = None  # The lines after a word break, if any (``broken``'s).
    # Each line with the one before (zip stops at the last); i is the index of the one after.
    for i, before, line in zip(count(2), lines, rest):
        first = line[:1]
        if before[-1:] not in PLAIN_END and not reads_as_ascii(before[-1:]):
            if broken is None or first not in ASCII_LOWER or not ends_with_word_break(before):
                return None
            if found is None:  # (a list made only where a block has one)
                found = []
            found.append(i - 1)  # (then read as a line going on in lower case)
        if (first == " " or before[:1] == " ") and steps_indent(before, line):
            return None  # An indented paragraph under or above a label: the full rule's.
        if first in ASCII_LOWER:
            continue
        if first == " ":  # Indented (an RFC's lines): read from its first character on,
            first = line.lstrip(" ")[:1]  # as every test below strips it (or reads past it).
            indented = True
            if first in ASCII_LOWER:
                continue
            if not first.isascii() or not first.strip():
                return None
        if first.isascii():
            pass
        elif reads_as_ascii(first):
            if first.islower():
                continue  # (as an ASCII lower-case letter)
        else:
            return None
        if first.isspace() or not first or breaks_before(lines, i, width, room_width, measure):
            return None
    if found is not None and broken is not None:
        broken += found
        return None
    return joined_paragraph(lines, True) if indented else joined_unindented(lines)


def breaks_before(
    lines: Sequence[str], i: int, width: int, room_width: int, measure: int = CHARACTERS
) -> bool:
    """Whether a paragraph ends before line ``i - 1`` of ``lines`` (``i`` the index of the
    line after it), which does not go on in lower case: the line before had room for its
    first word, or ended a sentence above a standalone heading.

    >>> breaks_before(["It ended.", "The next", "one"], 2, 30, 30)
    True
    """
    before, line = lines[i - 2], lines[i - 1]
    return has_room(before, line, room_width, measure) or (
        ends_sentence(before)
        and is_standalone_heading(line, lines[i] if i < len(lines) else None, width)
    )


def steps_indent(last: str, line: str) -> bool:
    """Whether ``line`` starts or ends an indented paragraph under or above ``last``: one of
    them is indented four spaces or more (lines that are prose only in an indented
    paragraph, :func:`cleaner.passes.plaintext.indented_paragraph_lines`), and their
    indents differ (a field's name, then its description), unless ``last`` is the first
    line of a paragraph indented as books indent it, ``line`` its second
    (:func:`cleaner.passes.plaintext.opens_indented_paragraph`).

    >>> steps_indent("   session", "        Each service"), steps_indent("    a", "    b")
    (True, False)
    """
    if not (line.startswith("    ") or last.startswith("    ")):
        return False
    indent, last_indent = len(line) - len(line.lstrip(" ")), len(last) - len(last.lstrip(" "))
    return indent != last_indent and not opens_indented_paragraph(last, line)


def joined_paragraph(lines: tuple[str, ...], indented: bool) -> str:
    """The lines joined by one space each, the first as it is, the rest stripped; its runs
    of whitespace made one space if ``indented`` (a line of it went on indented, which
    blocks._joined_units judged until then, and whose unit it collapses so).

    >>> joined_paragraph(("  One", "  two  three"), True), joined_paragraph(("a", " b"), False)
    ('  One two three', 'a b')
    """
    joined = lines[0] + " " + " ".join(map(str.strip, lines[1:])) if len(lines) > 1 else lines[0]
    return collapse_inner_spaces(joined) if indented else joined


def joined_unindented(lines: tuple[str, ...]) -> str:
    """``joined_paragraph(lines, False)`` of lines as :func:`plain_paragraph` reads them when
    none goes on indented: each after the first opens with no whitespace, and each but the
    last ends with none, so only the last's trailing whitespace is stripped (one join in C,
    where joined_paragraph strips every line and copies the text twice).

    >>> joined_unindented(("  One", "two", "three  ")), joined_unindented(("  alone  ",))
    ('  One two three', '  alone  ')
    """
    return " ".join(lines).rstrip() if len(lines) > 1 else lines[0]


# What the first character of the line below tells of a line (:func:`next_line_start`).
GOES_ON = 1  # The line goes on below, whose first word ends at its first whitespace.
GOES_ON_ONE = 2  # It goes on below, whose first word is that one character.
GOES_ON_UNLESS_ENDED = 3  # As GOES_ON_ONE, unless it ends a sentence (and does not end
# with a CJK opening mark, which always goes on).
ENDS = 4  # The line ends there unless it ends with a CJK opening mark (or Thai leading
# vowel); the first word below ends at its first whitespace.
ASKED = 5  # The first character alone does not tell: ask width._continues_below.


@lru_cache(maxsize=LINE_CACHE_SIZE)  # (one entry a character: a few thousand for Chinese)
def next_line_start(char: str) -> int:
    """What a line's first character ``char`` alone tells ``sample_wraps`` of the line
    before it: a lower-case letter of a script with case (GOES_ON), a CJK closing mark
    (GOES_ON_ONE), a Han or kana letter (GOES_ON_UNLESS_ENDED), any other character
    that neither strips nor breaks anywhere (ENDS: a capital, a digit), or not enough
    (ASKED). Each answer is what ``_continues_below`` and :func:`first_word_length` give
    for every line so starting: a character that strips, or Thai, is ASKED.

    >>> [next_line_start(c) for c in "я，天Я7「"]
    [1, 2, 3, 4, 4, 5]
    """
    if char in CJK_CLOSING_MARKS:
        return GOES_ON_ONE if breaks_anywhere(char) and not char.isspace() else ASKED
    if (
        char.isspace()
        or char in OPENING_PUNCTUATION
        or char in "-–— "  # (what line_core strips besides those)
        or char in THAI_CHARACTERS  # (Thai breaks read the line's end too)
    ):
        return ASKED
    if starts_caseless(char):
        return GOES_ON_UNLESS_ENDED if breaks_anywhere(char) else ASKED
    if breaks_anywhere(char):
        return ASKED
    return GOES_ON if char.islower() else ENDS


def starts_lowercase_told(line: str) -> bool:
    """:func:`starts_lowercase`, told by the line's first character alone where that tells
    (:func:`next_line_start`: a lower-case letter, Han or kana; a capital or digit not).

    >>> starts_lowercase_told("ещё"), starts_lowercase_told("天气"), starts_lowercase_told("Это")
    (True, True, False)
    """
    start = next_line_start(line[:1])
    if start in (GOES_ON, GOES_ON_UNLESS_ENDED):
        return True
    return False if start == ENDS else starts_lowercase(line)


def may_be_lone_word(line: str) -> bool:
    """False only when :func:`is_lone_word` is: a line longer than a lone word, with no
    whitespace at either end to strip (most lines of prose, told without a call).

    >>> may_be_lone_word("The"), may_be_lone_word("a line of wrapped prose that goes on")
    (True, False)
    """
    return len(line) <= MAX_LONE_WORD or line[:1].isspace() or line[-1:].isspace()


# A line's first and last characters ("" for an empty line), taken at C speed by ``map``.
FIRST_CHARACTER = itemgetter(slice(None, 1))
LAST_CHARACTER = itemgetter(slice(-1, None))


def lone_word_candidates(lines: Sequence[str]) -> Iterator[int]:
    """The indexes of the lines for which :func:`may_be_lone_word` holds, found without a
    call per line (maps and ``compress`` run at C speed).

    >>> list(lone_word_candidates(["The", "a line of wrapped prose that goes on", " x"]))
    [0, 2]
    """
    short = map(MAX_LONE_WORD.__ge__, map(len, lines))
    spaced_start = map(str.isspace, map(FIRST_CHARACTER, lines))
    spaced_end = map(str.isspace, map(LAST_CHARACTER, lines))
    return compress(count(), map(or_, map(or_, short, spaced_start), spaced_end))


# A stanza may hold one line starting in lower case for every this many breaks.
STRAY_LOWER_BREAKS = 10


def is_verse_at(lines: tuple[str, ...], width: int, measure: int = CHARACTERS) -> bool:
    """The lines were not wrapped at ``width``: in three or more lines half broke mid-sentence
    with room left, or no line starts in lower case and one had room for the next word (a
    line after a colon counts as no such start if it fit whole there: a list).

    >>> is_verse_at(("Roses are red,", "Violets are blue,"), 40)
    True
    >>> is_verse_at(("a wrapped paragraph of", "prose that goes on"), 22)
    False
    >>> is_verse_at(("Files:", "setup.py", "README.md"), 40)
    True

    A break mid-sentence counts only with a few columns to spare (:func:`verse_slack`; not
    in caseless scripts): a hand-wrapped book's lines stop a column or two short of the
    width now and then.

    >>> is_verse_at(("a paragraph wrapped at", "thirty or so, give or a", "column."), 30)
    False

    ``measure``: what a line's size is counted in (:mod:`~cleaner.passes.unwrap.measure`):
    in UTF-8 bytes, :func:`~cleaner.passes.unwrap.bytewidth.byte_columns`; in cells,
    :func:`~cleaner.passes.unwrap.cellwidth.cells`, which also tells a line too long.

    >>> from cleaner.passes.unwrap.measure import BYTES
    >>> is_verse_at(('"Go," said Prince', "Vasíli to Anna."), 22, measure=BYTES)
    False
    """
    too_long = width + max(6, width // 10)  # has_room's bound
    roomy = width - verse_slack(width)  # the longest a line with room to spare may be
    breaks = len(lines) - 1
    needed = (breaks + 1) // 2  # short breaks, for short_breaks * 2 >= breaks
    short_breaks = misses = 0  # misses: breaks that do not count
    any_lower = False
    # Lines in lower case a long stanza may hold with room above them (a typo: Sonnet 96's
    # "if thou wouldst use"), one in ten; a wrapped line in lower case under a full one
    # never.
    stray_lower = breaks // STRAY_LOWER_BREAKS
    # One walk over the breaks, which stops once the short breaks are enough (verse) or
    # too few may be left, some line going on in lower case (no verse).
    for i, a in enumerate(lines[:-1]):
        after = lines[i + 1]
        # starts_lowercase, called only for a line that starts with neither an ASCII
        # letter nor a digit
        if (first := after[:1]) in ASCII_LOWER or (
            first not in ASCII_UPPER_OR_DIGIT and starts_lowercase_told(after)
        ):
            if measure:
                size, longest = line_sizes(a, measure)
            else:
                size = longest = len(a)
            # (Caseless scripts, CJK and Thai, keep the whole width: room is all that tells
            # their breaks, as no capital starts their sentences.)
            caseless = first not in ASCII_LOWER and starts_caseless(line_core(after))
            limit = width if caseless else roomy
            if longest > too_long:  # (in characters or cells: longer than a wrap writes)
                room = True
            elif size + 2 > limit or (  # (full: no first word fits; or Han cut mid-phrase)
                caseless and 2 * size >= width and is_mid_phrase_break(a, after)
            ):
                room = False
            elif first in ASCII_LOWER:  # Its first word without a call.
                word = word_columns(after, measure) if measure else len(after.split(None, 1)[0])
                room = size + 1 + word <= limit
            else:
                word = word_columns(after, measure) if measure else first_word_length(after)
                room = size + 1 + word <= limit
            mid_sentence = room and not ends_sentence(a)
            if mid_sentence and stray_lower:
                stray_lower -= 1  # (a stray line in lower case: no veto)
            elif not (a.endswith(":") and size + 1 + len(after.strip()) <= width):
                any_lower = True  # (no wrapper breaks before a line that fits whole after
                # a colon: a list, ``Files:`` / ``setup.py``, is no wrapped prose)
            if mid_sentence:
                short_breaks += 1
                if short_breaks == needed and breaks >= 2:
                    return True
                continue
        misses += 1
        if any_lower and misses > breaks - needed:
            return False
    if any_lower:
        return False  # (two lines, or too few short breaks)
    return has_room_at_a_break(lines, width, measure)


def is_mid_phrase_break(line: str, after: str) -> bool:
    """Whether a break between ``line`` and ``after`` falls between two Han or kana letters,
    mid-phrase: a wrapper's, in a line at least half the width (:func:`is_verse_at`). Verse
    in these scripts ends its lines with punctuation, or is short and unpunctuated
    (``床前明月光``); a wrapper counting columns may leave a line of Han a character or two
    short of a width that lines mixing ASCII marks show in characters.

    >>> is_mid_phrase_break("原來女媧氏煉石補天之時，方經二十", "四丈頑石三万六千五百零一塊．")
    True
    >>> is_mid_phrase_break("混沌未分天地亂，茫茫渺渺無人見。", "自從盤古破鴻濛，開闢從茲清濁辨。")
    False
    """
    return (
        HAN_OR_KANA_RE.match(line[-1:]) is not None and HAN_OR_KANA_RE.match(after[:1]) is not None
    )


def has_room_at_a_break(lines: tuple[str, ...], width: int, measure: int = CHARACTERS) -> bool:
    """:func:`is_verse_at` of lines none of which goes on in lower case (as
    :func:`starts_lowercase_told` reads them): some line had room at ``width`` for the next
    one's first word, or is longer than a wrap at it writes.

    >>> has_room_at_a_break(("Roses are red,", "Violets are blue,"), 40)
    True
    >>> has_room_at_a_break(("A line that fills its width up", "Of thirty"), 30)
    False
    """
    too_long = width + max(6, width // 10)  # has_room's bound
    if measure:  # (as is_verse_at reads the lines)
        return any(has_room(a, b, width, measure) for a, b in pairwise(lines))
    word = first_word_length
    return any(len(a) + 1 + word(b) <= width or len(a) > too_long for a, b in pairwise(lines))


def verse_slack(width: int) -> int:
    """Columns a line must have to spare, beyond the next word, to count as not wrapped at
    ``width`` (:func:`is_verse_at`). Books wrapped by hand or by an old tool stop short of
    their width now and then: War and Peace's lines are 68-72 columns at 72, and a
    paragraph whose lines stop at 70 and 69 had "room" for a short word without being
    verse. Verse and addresses leave far more.

    >>> verse_slack(72), verse_slack(40)
    (3, 2)
    """
    return max(2, width // 24)


# A line feed after whitespace that ends a line (what ``str.rstrip`` would remove from
# it): searched from the line feeds, which the regex engine finds at C speed (a search
# for the whitespace itself stops at every space), see :func:`has_trailing_space`.
SPACE_BEFORE_LF_RE = re.compile(r"\n(?<=[^\S\n]\n)")


def has_trailing_space(text: str) -> bool:
    """Whether a line of ``text`` ends with whitespace (``str.rstrip`` would remove some).

    >>> has_trailing_space("a\\nb \\nc"), has_trailing_space("a\\t"), has_trailing_space("a\\n")
    (True, True, False)
    """
    return bool(SPACE_BEFORE_LF_RE.search(text)) or (text[-1:].isspace() and text[-1:] != "\n")
