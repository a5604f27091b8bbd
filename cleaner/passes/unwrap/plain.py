"""A block of plainly wrapped prose judged no verse and joined in one walk of its lines.

Most blocks of a hard-wrapped text are one paragraph whose lines go on in lower case or
after a full line; :func:`~cleaner.passes.unwrap.verse.is_prose_verse` and then
:func:`~cleaner.passes.unwrap.fast.plain_paragraph` would each walk its line breaks.
:func:`plain_paragraph_unless_verse` reads each break once for both verdicts, and gives up
(None) wherever either needs more than it reads. ``tests/passes/test_unwrap_plain.py``
puts it against the two.
"""

from __future__ import annotations

from itertools import count

from cleaner.passes.unwrap.boundaries import ends_sentence, ends_with_word_break, line_core
from cleaner.passes.unwrap.fast import (
    ASCII_LOWER,
    ASCII_UPPER_OR_DIGIT,
    PLAIN_END,
    breaks_before,
    has_room_at_a_break,
    joined_paragraph,
    joined_unindented,
    reads_as_ascii,
    starts_lowercase_told,
    steps_indent,
    verse_slack,
)
from cleaner.passes.unwrap.measure import CHARACTERS, line_sizes
from cleaner.passes.unwrap.room import first_word_length, word_columns
from cleaner.passes.unwrap.verse import is_cut_verse_shape, is_dashed_stanza
from cleaner.scripts import starts_caseless


def plain_paragraph_unless_verse(
    lines: tuple[str, ...],
    width: int,
    room_width: int,
    *,
    broken: list[int] | None = None,
    measure: int = CHARACTERS,
) -> str | None:
    """``plain_paragraph(lines, width, False, room_width, broken=broken)`` of a block of
    two or more prose ``lines`` that ``is_prose_verse`` judges no verse at ``width``
    (outside first-word mode, with no ``verse_width``); None if it is verse or not one
    plain paragraph (then the caller asks the two itself, unless ``broken`` was filled).
    A word break before a line going on in lower case (which ``plain_paragraph`` reads
    given ``broken``) decides the verse verdict as ``is_prose_verse`` reads it first: no
    verse, unless the block is shaped like cut verse or a dashed stanza (then None).

    Each break is read as ``plain_paragraph`` reads it (the line before ends in an ASCII
    character that is no hyphen or dash, or a letter that reads as one: so no word break
    nor a break no CJK or Thai typesetter makes, which leaves ``is_prose_verse`` only its
    ``is_verse_at``), and, until the verse verdict is decided, as ``is_verse_at`` does
    (``measure`` as it takes it).

    >>> plain_paragraph_unless_verse(("A paragraph", "wrapped at", "a width."), 12, 12)
    'A paragraph wrapped at a width.'
    >>> plain_paragraph_unless_verse(("Roses are red,", "violets are blue,", "I wrote."), 40, 40)
    >>> plain_paragraph_unless_verse(("It ended.", "The next"), 16, 16)
    """
    too_long = width + max(6, width // 10)  # is_verse_at's bounds, as it sets them
    roomy = width - verse_slack(width)
    breaks = len(lines) - 1
    needed = (breaks + 1) // 2
    short_breaks = misses = 0
    any_lower = False
    deciding = True  # The verse verdict is not decided yet.
    indented = False  # Whether an indented line goes on in lower case (an RFC's).
    found: list[int] | None = None  # The lines after a word break, if any (``broken``'s).
    # Each line with the one before (zip stops at the last); i is the index of the one after.
    for i, before, line in zip(count(2), lines, lines[1:]):
        first = line[:1]
        if before[-1:] not in PLAIN_END and not reads_as_ascii(before[-1:]):
            if broken is None or first not in ASCII_LOWER or not ends_with_word_break(before):
                return None
            if found is None:  # The first: is_prose_verse's first test decides, or the caller.
                if is_cut_verse_shape(lines, width) or is_dashed_stanza(lines):
                    return None
                found = []
            found.append(i - 1)
            deciding = False  # No verse: a word break in prose vetoes it.
        if (first == " " or before[:1] == " ") and steps_indent(before, line):
            return None  # An indented paragraph under or above a label: the full rule's.
        # plain_paragraph's verdict on the break (a line going on in lower case joins),
        # then whether is_verse_at reads it as going on in lower case.
        if first in ASCII_LOWER:
            lower = True
        elif first == " " and (core := line.lstrip(" ")[:1]).isascii() and core.strip():
            # Indented (an RFC's lines): plain_paragraph's verdict from the first character
            # on; is_verse_at's reading of the whole line, as below.
            indented = True
            if core in ASCII_LOWER:  # Read below as that letter: no caseless script, and
                lower, first = True, core  # its first word up to a space (split skips them).
            elif breaks_before(lines, i, width, room_width, measure):
                return None
            else:  # (a capital or digit there: is_verse_at reads no lower case, told so)
                asked = deciding and core not in ASCII_UPPER_OR_DIGIT
                lower = asked and starts_lowercase_told(line)
        elif not first.isascii() and not reads_as_ascii(first):
            return None
        elif first.isascii() or not first.islower():
            if first.isspace() or not first or breaks_before(lines, i, width, room_width, measure):
                return None
            lower = deciding and first not in ASCII_UPPER_OR_DIGIT and starts_lowercase_told(line)
        else:
            lower = deciding and starts_lowercase_told(line)
        if not deciding:
            continue
        if lower:  # is_verse_at's reading of a line going on in lower case, as written there.
            if measure:
                size, longest = line_sizes(before, measure)
            else:
                size = longest = len(before)
            caseless = first not in ASCII_LOWER and starts_caseless(line_core(line))
            limit = width if caseless else roomy
            if longest > too_long:  # (as is_verse_at reads it)
                room = True
            elif size + 2 > limit:
                room = False
            elif first in ASCII_LOWER:
                word = word_columns(line, measure) if measure else len(line.split(None, 1)[0])
                room = size + 1 + word <= limit
            else:
                word = word_columns(line, measure) if measure else first_word_length(line)
                room = size + 1 + word <= limit
            if not any_lower and not (
                before.endswith(":") and size + 1 + len(line.strip()) <= width
            ):
                any_lower = True  # (asked until one is found)
            if room and not ends_sentence(before):
                short_breaks += 1
                if short_breaks == needed and breaks >= 2:
                    return None  # Verse.
                continue
        misses += 1
        if any_lower and misses > breaks - needed:
            deciding = False  # No verse: too few breaks are left to make it one.
    if (
        deciding  # is_verse_at's last test: no line goes on in lower case, and one had room.
        and not any_lower
        and has_room_at_a_break(lines, width, measure)
    ):
        return None  # Verse.
    if found is not None and broken is not None:
        broken += found
        return None
    return joined_paragraph(lines, True) if indented else joined_unindented(lines)
