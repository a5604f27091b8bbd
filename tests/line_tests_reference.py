"""unwrap's per-line tests (and layout's may_open_item) as first written, the reference for
their fast paths.

tests/passes/test_line_tests_fast.py checks that each function in cleaner/passes/unwrap/
(boundaries.py, room.py, headings.py) gives what its plain form here gives, on any line.
"""

from __future__ import annotations

from cleaner.data import english_function_words
from cleaner.passes.layout import MARKER_STARTS
from cleaner.passes.plaintext import opens_indented_paragraph
from cleaner.passes.unwrap import boundaries as unwrap_boundaries
from cleaner.passes.unwrap import kinds as unwrap_kinds
from cleaner.passes.unwrap.boundaries import (
    CLOSING_PUNCTUATION,
    FOOTNOTE_MARKS,
    LONE_WORD_RE,
    MAX_LONE_CJK,
    OPENING_PUNCTUATION,
    SENTENCE_PUNCTUATION,
    TITLES,
    WORD_BREAK_MARKS,
)
from cleaner.passes.unwrap.headings import CONTINUING_END
from cleaner.passes.unwrap.room import THAI_LONG_WORD
from cleaner.scripts import (
    NO_SPACE_RE,
    THAI_CHARACTERS,
    breaks_anywhere,
    starts_caseless,
    starts_mid_word,
)


def may_open_item(line: str) -> bool:
    core = line.lstrip()
    return core[:1] in MARKER_STARTS or core[1:2] == ")" or core[:1].isdecimal()


def ends_with_word_break(line: str) -> bool:
    if line.endswith("\n"):
        line = line[:-1]
    if line.endswith(WORD_BREAK_MARKS) and len(line) > 1 and line[-2].isalnum():
        return True
    return line.endswith("--") and len(line) > 2 and line[-3].isalnum()


def first_word_length(line: str) -> int:
    stripped = line.lstrip()
    if stripped and breaks_anywhere(stripped[0]):
        return 1
    words = line.split(None, 1)
    length = len(words[0]) if words else 0
    return min(length, THAI_LONG_WORD) if stripped[:1] in THAI_CHARACTERS else length


def ends_sentence(line: str) -> bool:
    if line.endswith("\n"):
        line = line[:-1]
    core = line.rstrip(CLOSING_PUNCTUATION)
    if core and core[-1] in FOOTNOTE_MARKS:
        core = unwrap_boundaries._without_footnote_mark(core)
    if not core or core[-1] not in SENTENCE_PUNCTUATION:
        return False
    before = core[:-1]
    if before.endswith(TITLES):
        for title in TITLES:
            start = len(before) - len(title)
            if before.endswith(title) and (
                start == 0 or not unwrap_boundaries._is_word_character(before[start - 1])
            ):
                return False
    return True


def starts_paragraph(line: str) -> bool:
    core = line.strip().lstrip(OPENING_PUNCTUATION)
    return bool(core) and (
        core[0].isupper()
        or core[0].isdigit()
        or (starts_caseless(core) and not starts_mid_word(core))
    )


def starts_lowercase(line: str) -> bool:
    core = line.strip().lstrip(OPENING_PUNCTUATION + "-–— ")
    return bool(core) and (core[0].islower() or starts_caseless(core))


def is_lone_word(line: str) -> bool:
    token = line.strip()
    if len(token) > MAX_LONE_CJK and not token.isascii() and NO_SPACE_RE.search(token):
        return False
    return (
        bool(LONE_WORD_RE.match(token))
        and any(c.isalnum() for c in token)
        and not ends_sentence(token)
        and not token.endswith(";")
    )


def looks_like_heading(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 12 or line.endswith(CONTINUING_END) or ends_sentence(line):
        return False
    if len(words[-1]) > 20 and starts_caseless(words[-1][-1]):
        return False  # (a long run of Han or kana: a line of a sentence, session 26)
    if starts_lowercase(line) and not starts_caseless(line.lstrip(OPENING_PUNCTUATION)):
        return False
    function_words = english_function_words()
    return words[-1].strip("\"'”’)].").lower() not in function_words


def steps_indent(last: str, line: str) -> bool:
    """unwrap_fast.steps_indent as first written: indents differ, one of four or more, and
    ``last`` is no first line of a paragraph indented as books indent it."""
    indents = [len(x) - len(x.lstrip(" ")) for x in (last, line)]
    return (
        max(indents) >= 4 and indents[0] != indents[1] and not opens_indented_paragraph(last, line)
    )


def mark_items_and_code(
    lines: list[str], kinds: list[unwrap_kinds.Kind], width: int | None, markup: bool
) -> None:
    """unwrap_kinds._mark_items_and_code as first written: every prose line asked."""
    prose, item, kept, blank = (unwrap_kinds.Kind.PROSE, unwrap_kinds.Kind.ITEM,
                                unwrap_kinds.Kind.KEPT, unwrap_kinds.Kind.BLANK)  # fmt: skip
    indented_code = not markup
    in_item = item_dashed = False
    for i, line in enumerate(lines):
        if kinds[i] is not prose:
            in_item = False
            continue
        if not may_open_item(line):
            if not in_item and indented_code and line.startswith(("    ", "\t")):
                kinds[i] = kept if unwrap_kinds.INDENTED_RE.match(line) else kinds[i]
            continue
        above = kinds[i - 1] if i > 0 else blank
        top = i - 1  # The block's first line, and whether it and each line to i - 1 is a title.
        while top > 0 and kinds[top - 1] is not blank:
            top -= 1
        title_atop = i > 0 and all(
            unwrap_kinds.is_title_line(lines[k]) and (k == i - 1 or kinds[k] is prose)
            for k in range(top, i)
        )
        starts = (
            above is blank
            or (above is kept and (markup or not unwrap_kinds.INDENTED_RE.match(line)
                                   or unwrap_kinds.RULE_RE.match(lines[i - 1])))
            or (above is prose and title_atop)
            or (above is prose and not in_item and steps_indent(lines[i - 1], line))
        )  # fmt: skip
        previous = "" if starts else lines[i - 1]
        if (
            in_item
            and unwrap_kinds.WEAK_MARKER_RE.match(line)
            and (item_dashed or not unwrap_kinds.dash_wrapped_into_item(previous, line, width))
        ) or unwrap_kinds.opens_item_after(previous, line, width):
            kinds[i] = item
            in_item, item_dashed = True, line.lstrip().startswith("-")
        elif indented_code and unwrap_kinds.INDENTED_RE.match(line) and not in_item:
            kinds[i] = kept
