"""Navigation menus for the ``boilerplate`` pass: runs of short title lines, one link each.

A page's full text holds its menus as runs of lines such as ``Politics``, ``Business``,
``Contact Us``: each a few capitalized words with no sentence punctuation, many in a row.
Article text rarely has that many such lines in a row without a marker (a list item keeps
its ``-`` or ``1.``), so a long enough run is furniture wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.rules import Rule

# The rules of this module (code, not data): family, id, kind, and what they remove, as
# ``cleaner passes --rules`` lists them.
MENU_BLOCK = ("navigation", "menu-block", "strong", "a run of menu items (short title-case lines)")
MENU_ITEM = ("navigation", "menu-item", "label", "a menu item next to other furniture")
# The two as rules: a line in a run of menu items, and a menu item next to other furniture.
MENU_RULE = Rule(*MENU_BLOCK[:3], "")
MENU_ITEM_RULE = Rule(*MENU_ITEM[:3], "")
# A run of menu items this long is a menu.
MENU_RUN_MIN_LINES = 5
# A menu item: at most this many words and characters...
MENU_ITEM_MAX_WORDS = 4
MENU_ITEM_MAX_CHARS = 32
# ...the first a capital or a digit, ending in no sentence or clause punctuation, not a
# list item ("- Item", "1. Item") nor a number alone.
MENU_ITEM_RE = lazy_compile(r"[^\W\d_a-z][^\n]*(?<![.!?,;:…\"'”’)\]。、！？-])")
# Clause and sentence marks of CJK text, or its ideographic indent: a line holding one
# anywhere is prose (a Chinese novel's lines hold no spaces, so each is "one word").
CLAUSE_MARK_RE = lazy_compile("[，。、；：！？．「」『』\u3000]")
LIST_MARKER_RE = lazy_compile(r"^([-*•+‣◦▪·]|\d{1,3}[.)]|[a-z]\))\s")
# Words a title leaves lower-case ("Advertise with Us", "News from Home").
SMALL_WORDS = frozenset({"with", "from", "into", "your", "than", "over", "about", "near"})
NUMBER_RE = lazy_compile(r"^[\d\s.,:/%$£€-]+$")
# A quantity in a table's cell: a share, a decimal, thousands, an amount ("-2.4%", "8.5",
# "23,714", "$147"); not a year or a day ("2012", "12,").
QUANTITY_RE = lazy_compile(
    r"[-+±]?[$£€]?(?:\d+(?:\.\d+)?%|\d+\.\d+|\d{1,3}(?:,\d{3})+|(?<=[$£€])\d+)"
)
# A field: a name of one to three words, a colon, its value ("Type: Standards Track",
# "Created: 03-Dec-2001"). A run of menu items half of them fields is a header (a PEP's,
# an e-mail's, a record's), not a menu; a menu may hold one ("Sensex: 40627.23").
FIELD_RE = lazy_compile(r"[^\W\d_][\w-]*(?: [\w-]+){0,2}: +\S")
# A category's or an archive's count of posts after its link ("Politics (15)"), and the
# lower-case start of a brand name ("iPhone", "eNewspaper", "macOS"): a link all the same.
POST_COUNT_RE = lazy_compile(r"(?<=\S) \(\d[\d,.]*\)$")
BRAND_START_RE = lazy_compile(r"[a-z]{1,5}[A-Z]")
# A quick screen of the whole text: a run of enough lines that may be menu items (a blank
# line allowed after each); a text without one, most prose, is not looked into line by
# line, and one with some only around them. Such a line is short and starts as an item may
# (no lower-case letter, or a brand's lower-case start) and not indented (an indented line
# is no item: it ends a run as a line of prose does; an RFC indents every line), or it is
# blank. The run is sought after a line break (a literal first character keeps the search
# fast), and at the text's start. The rest of the line is taken possessively: a line feed
# or the text's end follows it, which no shorter take could reach (a line of prose too long
# for an item fails at once, not after giving back its characters one by one).
_MAY_BE_ITEM = (
    r"(?:[a-z]{1,5}[A-Z]|[^a-z\n \t]|[ \t](?=[^\S\n]*(?:\n|\Z)))"
    rf"[^\n]{{0,{2 * MENU_ITEM_MAX_CHARS - 1}}}+"
)
MAY_BE_ITEM_RE = lazy_compile(_MAY_BE_ITEM)
# (The items written out, not repeated by ``{4}``: a repeat's set-up costs more than the
# first item's test, which fails on nearly every line of prose.)
SHORT_RUN_RE = re.compile(r"\n" + r"\n\n?".join([_MAY_BE_ITEM] * MENU_RUN_MIN_LINES))
SHORT_RUN_AT_START_RE = re.compile(rf"(?:{_MAY_BE_ITEM}(?:\n\n?|\Z)){{{MENU_RUN_MIN_LINES}}}")


def is_menu_item(line: str) -> bool:
    """A short title-case line without sentence punctuation: a link of a menu.

    >>> [is_menu_item(s) for s in ("Contact Us", "Real Estate", "He left.", "- One", "2019")]
    [True, True, False, False, False]
    >>> is_menu_item("Terms of Use"), is_menu_item("Optical heart sensor")
    (True, False)
    >>> is_menu_item("春夢隨云散，飛花逐水流，"), is_menu_item("曰：")
    (False, False)

    A script without case (Han, kana, Hangul, Thai, Arabic...) shows no title case, so no
    line of it is taken for a menu item: wrapped Korean prose would read as one.

    >>> is_menu_item("보여준 완전히 닫힌 태도"), is_menu_item("首页")
    (False, False)

    A post count after a category and a brand name's lower-case start are a link's too.

    >>> [is_menu_item(s) for s in ("Suriah (88)", "iPhone 11", "macOS Catalina", "(88)")]
    [True, True, True, False]

    An indented line is a plain-text list's entry (a NEWS file's ``* Translation updates:``
    above `` Czech``, `` Danish``, ...): a page's text shows its links unindented.

    >>> is_menu_item(" Czech"), is_menu_item("Czech")
    (False, True)
    """
    if line[:1] in " \t":
        return False
    text = line.strip()
    if text.endswith(")"):
        text = POST_COUNT_RE.sub("", text)
    if not text or len(text) > MENU_ITEM_MAX_CHARS or len(text.split()) > MENU_ITEM_MAX_WORDS:
        return False
    if not text[0].isupper():
        if BRAND_START_RE.match(text) is None:
            return False
        text = text[0].upper() + text[1:]
    if LIST_MARKER_RE.match(text) or NUMBER_RE.match(text) or CLAUSE_MARK_RE.search(line):
        return False
    if MENU_ITEM_RE.fullmatch(text) is None:
        return False
    # Title case: a link's words of four letters or more are capitalized ("Terms of Use"),
    # or hold a capital ("Apple iPhone").
    return all(
        not word[0].islower() or not word.islower()
        for word in text.split()
        if len(word) >= 4 and word not in SMALL_WORDS
    )


def menu_lines(lines: Sequence[str], text: str | None = None) -> list[int]:
    """The indexes of lines in runs of at least ``MENU_RUN_MIN_LINES`` menu items in a row
    (single blank lines between them allowed, but most items adjacent).

    >>> menu_lines(["Home", "News", "Sport", "Weather", "Jobs", "Contact Us", "", "Text."])
    [0, 1, 2, 3, 4, 5]
    >>> menu_lines(["Home", "News", "", "Sport", "Weather", "Jobs", "Contact Us"])
    [0, 1, 3, 4, 5, 6]
    >>> menu_lines(["Home", "News", "", "", "Sport", "Weather", "Jobs", "Contact Us"])
    []
    >>> menu_lines(["Home", "News", "Sport", "Weather", "Jobs", "Contact Us", "", "A Title"])
    [0, 1, 2, 3, 4, 5]
    """
    found: list[int] = []
    if text is None:
        _add_runs(lines, 0, len(lines), found)
        return found
    # (``text``: the lines joined, screened at C speed; only the stretches of lines that
    # may be items or are blank, around each run it finds, are read line by line.)
    end = 0  # Where the last stretch read ends.
    for start in _run_starts(text):
        if start >= end:
            start, end = _stretch(lines, start)
            _add_runs(lines, start, end, found)
    return found


def _run_starts(text: str) -> Iterator[int]:
    """The line indexes, in order, where the screen finds a run that may be a menu."""
    if SHORT_RUN_AT_START_RE.match(text):
        yield 0
    line, position = 0, 0
    for match in SHORT_RUN_RE.finditer(text):
        line += text.count("\n", position, match.start()) + 1  # (The run starts after its \n.)
        position = match.start() + 1
        yield line


def _stretch(lines: Sequence[str], i: int) -> tuple[int, int]:
    """The lines around line ``i`` that are blank or may be menu items (the run in between
    two other lines, each of which ends any run of items).

    >>> prose = "he left the town in the spring, and nobody there heard of him again"
    >>> _stretch([prose, "Home", "", "News", prose, "Jobs"], 3)
    (1, 4)
    """
    start, end = i, i
    while start > 0 and _blank_or_may_be_item(lines[start - 1]):
        start -= 1
    while end < len(lines) and _blank_or_may_be_item(lines[end]):
        end += 1
    return start, end


def _blank_or_may_be_item(line: str) -> bool:
    return not line.strip() or MAY_BE_ITEM_RE.fullmatch(line) is not None


def _add_runs(lines: Sequence[str], start: int, end: int, found: list[int]) -> None:
    """Add to ``found`` the menus among ``lines[start:end]``, after and before a line that
    is no item (or the text's edge)."""
    run: list[int] = []
    for i in range(start, end + 1):
        line = lines[i] if i < end else "."
        # (The length test first: most lines are prose, far longer than a menu item.)
        if i < end and len(line) <= 2 * MENU_ITEM_MAX_CHARS and is_menu_item(line):
            run.append(i)
            continue
        if not line.strip() and run and run[-1] >= i - 1:
            continue  # One blank line may part a menu's groups.
        if len(run) > 1 and run[-1] - run[-2] > 1:
            run.pop()  # A last group of one line is a heading below the menu.
        if (
            len(run) >= MENU_RUN_MIN_LINES
            and _mostly_adjacent(run)
            and not _fields(lines, run)
            and not _table_rows(lines, run)
        ):
            found.extend(run)
        run = []


def _fields(lines: Sequence[str], run: list[int]) -> bool:
    """Whether half the lines of ``run`` or more are fields: a header, not a menu.

    >>> _fields(["Status: Final", "Type: Informational", "Topic: Release", "Home"], [0, 1, 2, 3])
    True
    """
    return 2 * sum(FIELD_RE.match(lines[i].strip()) is not None for i in run) >= len(run)


def _table_rows(lines: Sequence[str], run: list[int]) -> bool:
    """Whether half the lines of ``run`` or more are a table's rows (:func:`is_table_row`):
    a table of figures, not a menu (a menu may hold a ticker: ``Sensex: 40627.23 +157.53``).

    >>> rows = ["Chicago 36,791 -0.1% 7.1%", "Denver $147 8.5% -0.2%", "Ventura 42.0%", "Home"]
    >>> menu = ["Sensex: 40627.23 +157.53", "Home", "News", "Sport"]
    >>> _table_rows(rows, [0, 1, 2, 3]), _table_rows(menu, [0, 1, 2, 3])
    (True, False)
    """
    return 2 * sum(is_table_row(lines[i]) for i in run) >= len(run)


def is_table_row(line: str) -> bool:
    """A line more than half of whose words hold a digit, one of them a quantity (a share,
    a decimal, thousands, an amount): a row of a table of figures.

    >>> is_table_row("Philadelphia 23,714 -2.4%"), is_table_row("Nov 12, 2012")
    (True, False)
    >>> is_table_row("Windows 10"), is_table_row("Xbox 360 Elite")
    (False, False)
    """
    words = line.split()
    figures = sum(any(char.isdigit() for char in word) for word in words)
    return figures * 2 > len(words) and any(QUANTITY_RE.fullmatch(word) for word in words)


def menu_items_near(lines: Sequence[str], matched: Iterable[int]) -> list[int]:
    """The indexes of menu items (:func:`is_menu_item`) in a chain of non-blank lines from a
    ``matched`` line that holds a word: the links around a share bar or a footer's
    furniture. The pass takes them as labels, that go only with a block of furniture. (A
    line of digits, a phone number taken for page numbers, is no menu's neighbour.)

    >>> menu_items_near(["Share this:", "Facebook", "Flipboard", "", "He left.", "Home"], [0])
    [1, 2]
    >>> menu_items_near(["Anna Martin", "Regional Office", "+33 1 23 45 67 89"], [2])
    []
    """
    seeds = {i for i in matched if any(char.isalpha() for char in lines[i])}
    found: set[int] = set()
    todo = list(seeds)
    while todo:
        i = todo.pop()
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in found and is_menu_item(lines[j]):
                found.add(j)
                todo.append(j)
    return sorted(found - seeds)


def _mostly_adjacent(run: list[int]) -> bool:
    """Most of a run's items follow each other with no blank line: a menu's groups. Items
    each parted by a blank line are headings, one per paragraph (a law's or a book's table
    of contents, or any document once unwrapped), not links.

    >>> _mostly_adjacent([0, 1, 2, 4, 5, 6]), _mostly_adjacent([0, 2, 4, 6, 8, 10])
    (True, False)
    """
    adjacent = sum(b - a == 1 for a, b in pairwise(run))
    return adjacent * 2 >= len(run) - 1
