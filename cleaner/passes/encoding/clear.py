"""Which lines the ``encoding`` pass settles without ftfy: those with no spot ftfy could
change but their quotes (spotless), and, in Cyrillic, Greek or CJK prose, those no branch
of ftfy's badness test can match in this document's characters (clear).

>>> sorted(spotless_lines(["“Plain” text", "café’s", "R&D", "ok"], "NFC"))
[0, 3]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

from cleaner.lazy_re import LazyPattern, lazy_compile
from cleaner.passes.encoding.badness import DocumentBadness
from cleaner.passes.encoding.precheck import (
    HARD_CHARS,
    KEPT_IN_CJK,
    LONE_BAD_CHARS,
    MAX_SEGMENT,
    NOT_SIMPLE_CHARS,
    SPECIAL_CHARS,
    SPOT_RE,
    spell_out_ligatures,
    uncurl,
)
from cleaner.passes.layout import SOFT_HYPHEN
from cleaner.scripts import CJK_LETTERS, has_cjk

if TYPE_CHECKING:
    from collections.abc import Sequence

# clear_lines is worth its searches from this many lines walked, if they hold at least a
# CLEAR_SHARE-th of the text (as in Cyrillic or Greek prose: all but a few per cent; a few
# long lines of a Latin book with a spot each are walked faster than the searches cost);
# NOT_CLEAR_RE finds what keeps a line from being clear, but the document's spots;
# KEPT_IN_CJK_RE, what the pass keeps only in a CJK line.
CLEAR_AFTER = 20
CLEAR_SHARE = 2
KEPT_IN_CJK_RE = lazy_compile(f"[{KEPT_IN_CJK}]")


def class_without(members: str, removed: str) -> str:
    """The body of a regex class of ``members`` but ``removed`` (both class bodies of
    characters and ``a-z`` ranges, unescaped), as ranges: one class is scanned for in C,
    where a class with a lookbehind stops at each character it then rejects.

    >>> class_without("a-z0", "d-fx")
    '0a-cg-wy-z'
    """
    kept = _ranges(members)
    for low, high in _ranges(removed):
        kept = [
            part
            for first, last in kept
            for part in ((first, min(last, low - 1)), (max(first, high + 1), last))
            if part[0] <= part[1]
        ]
    return "".join(
        re.escape(chr(first)) + (f"-{re.escape(chr(last))}" if last > first else "")
        for first, last in sorted(kept)
    )


def _ranges(body: str) -> list[tuple[int, int]]:
    """The ranges of code points of a class body of characters and ``a-z`` ranges."""
    ranges, index = [], 0
    while index < len(body):
        if index + 2 < len(body) and body[index + 1] == "-":
            ranges.append((ord(body[index]), ord(body[index + 2])))
            index += 3
        else:
            ranges.append((ord(body[index]), ord(body[index])))
            index += 1
    return ranges


# (The class without the characters kept in CJK: in Chinese prose, a full-width comma every
# few letters stopped the search of ``[HARD](?<![KEPT])``.)
NOT_CLEAR_RE = lazy_compile(f"[{class_without(HARD_CHARS + SOFT_HYPHEN, KEPT_IN_CJK)}]")


# What keeps a line with no ampersand from spelled_out_if_simple's shortcut, but its
# normalization form: a HARD character but the Latin ligatures ftfy spells out in ASCII, a
# soft hyphen, a spot (MAYBE_BAD_RE's), an ampersand, a CJK letter. Led by a class.
_NOT_SPELLED_ALONE = f"{NOT_SIMPLE_CHARS}&{CJK_LETTERS}{LONE_BAD_CHARS}"
NOT_SPELLED_RE = lazy_compile(
    f"[{_NOT_SPELLED_ALONE}{SPECIAL_CHARS}]"
    f"(?:(?<=[{_NOT_SPELLED_ALONE}])|(?<=[{SPECIAL_CHARS}])[{SPECIAL_CHARS}])"
)


def spotless_lines(
    lines: list[str], normalization: str | None, spotted: set[int] | None = None
) -> set[int]:
    """The indexes of the lines that pass :func:`only_quotes_to_fix`, found by one search
    of all of them for the characters and spots that fail it (those holding a spot:
    ``spotted``, if the caller searched already).

    No spot spans a line feed, so these lines joined by line feeds (or spaces) pass too.

    >>> sorted(spotless_lines(["“Plain” text", "café’s", "R&D", "ok"], "NFC"))
    [0, 3]
    """
    found = lines_found(SPOT_RE, "\n".join(lines)) if spotted is None else spotted
    spotless = set(range(len(lines))).difference(found)
    # Their normalization form checked all at once (a line feed composes with nothing: they
    # are in the form when each is), only them (Cyrillic or CJK text has few: a slow check).
    if not normalization:
        return spotless
    kept = "\n".join([lines[i] for i in spotless])
    if kept.isascii() or unicodedata.is_normalized(normalization, kept):
        return spotless
    return {
        i
        for i in spotless
        if (line := lines[i]).isascii() or unicodedata.is_normalized(normalization, line)
    }


def clear_lines(
    text: str,
    lines: list[str],
    spotless: set[int],
    code: frozenset[int],
    normalization: str | None,
    is_bad: DocumentBadness,
    clear_after: int = CLEAR_AFTER,
) -> set[int]:
    """The indexes of lines (not ``code``) for which :func:`ftfy_only_uncurls` holds, and
    for each of their views and for any of them joined after spaces: what ``_fix_line``
    then gives is what it gives a ``spotless`` line (their quotes uncurled), and a
    paragraph of them is left as it is.

    A line of Cyrillic or Greek prose has spots everywhere (two letters of the badness
    regex side by side), and the walk asks ``is_bad`` of it and of each of its views. Yet
    a match of the badness regex in a text made of the document's characters holds one
    of its spots (``DocumentBadness.spot_pattern``: for each branch that can match, two
    characters side by side it needs, or one); the views only drop soft hyphens and
    trailing spaces, respace, and add spaces and straight quotes, none of which is in a
    spot or can bring two characters together. So a line with no spot, no HARD character
    (but those the pass keeps in a CJK line), no soft hyphen, already in the
    normalization form (which spacing keeps), passes every check of the walk, and so do
    such lines joined. A search of the text finds the lines that hold one of those.
    Empty where few lines would be spared the walk (unless ``clear_after`` is 0).

    >>> text = "Привет, мир\\nвЂ™ и т.д.\\n“Да”\\nok"
    >>> lines, badness = text.split("\\n"), DocumentBadness(text)
    >>> sorted(clear_lines(text, lines, {3}, frozenset(), "NFC", badness, clear_after=0))
    [0, 2, 3]
    """
    walked = sorted(set(range(len(lines))).difference(spotless, code))
    if len(walked) < clear_after:
        return set()  # (a short text: the walk costs less than the search's set-up)
    if clear_after and CLEAR_SHARE * sum(len(lines[i]) for i in walked) < len(text):
        return set()  # (nor can fewer of them, below: PDF text's lines of ligatures)
    walked = lines_without(NOT_CLEAR_RE, lines, walked)
    if clear_after and (
        len(walked) < clear_after or CLEAR_SHARE * sum(len(lines[i]) for i in walked) < len(text)
    ):
        return set()  # (finding the document's characters would cost more than it spares)
    spots = is_bad.spot_pattern()
    if spots is None:
        return set()
    kept_in_cjk = KEPT_IN_CJK_RE.search(text) is not None
    walked = [
        i
        for i in walked
        if len(lines[i]) + 1 < MAX_SEGMENT
        and not (kept_in_cjk and KEPT_IN_CJK_RE.search(lines[i]) and not has_cjk(lines[i]))
        and (not normalization or unicodedata.is_normalized(normalization, lines[i]))
    ]
    candidates = sorted([*walked, *spotless])
    if spots:  # (re.compile keeps the patterns it made: a document's is made once)
        candidates = lines_without(re.compile(spots), lines, candidates)
    return set(candidates)


def spelled_out_lines(
    lines: list[str], indexes: Sequence[int], normalization: str | None, uncurl_quotes: bool
) -> dict[int, str]:
    """Those of ``indexes`` (lines that are not spotless, nor code) that ``_fix_line``
    settles by :func:`spelled_out_if_simple` with no ampersand, with what it gives them:
    their Latin ligatures spelt out in ASCII (and their quotes uncurled), done on all of
    them joined (the lines of PDF text). Empty if any of them would not be in the
    ``normalization`` form so (then each is left to ``_fix_line``).

    >>> lines = ["the \ufb01rst", "“o\ufb03ce”", "R&\ufb01", "\ufb01’"]
    >>> spelled_out_lines(lines, [0, 1, 2, 3], "NFC", True)
    {0: 'the first', 1: '"office"'}
    """
    chosen = [
        i for i in lines_without(NOT_SPELLED_RE, lines, indexes) if len(lines[i]) + 1 < MAX_SEGMENT
    ]
    if not chosen:
        return {}
    spelled = spell_out_ligatures("\n".join([lines[i] for i in chosen]))
    if not (
        spelled.isascii() or not normalization or unicodedata.is_normalized(normalization, spelled)
    ):
        return {}  # (a line with no ligature is here only when not in that form)
    if uncurl_quotes:
        spelled = uncurl(spelled)
    return dict(zip(chosen, spelled.split("\n"), strict=True))


def lines_without(
    pattern: re.Pattern[str] | LazyPattern, lines: list[str], indexes: Sequence[int] | None = None
) -> list[int]:
    """Those of ``indexes`` (all the lines' by default) whose line ``pattern`` does not
    find, by one search of those lines joined (and one more a line it finds).

    >>> lines_without(re.compile("x"), ["ax", "b", "cx", "d"], [0, 1, 2])
    [1]
    >>> lines_without(re.compile("x"), ["ax", "b", "cx", "d"])
    [1, 3]
    """
    if indexes is None:
        chosen, indexes = lines, range(len(lines))
    else:
        chosen = [lines[i] for i in indexes]
    starts = list(accumulate((len(line) + 1 for line in chosen), initial=0))
    joined = "\n".join(chosen)
    found_in = set()
    found = pattern.search(joined)
    while found:  # One a line is enough: the search goes on from the next line.
        k = bisect_right(starts, found.start()) - 1
        found_in.add(k)
        found = pattern.search(joined, starts[k + 1])
    return [i for k, i in enumerate(indexes) if k not in found_in]


def lines_found(pattern: re.Pattern[str] | LazyPattern, text: str) -> set[int]:
    """The indexes of the lines of ``text`` that ``pattern`` finds (a match spanning no line
    feed), by one search a line it finds: lines are counted only up to each match.

    >>> sorted(lines_found(re.compile("x"), "ax\\nb\\ncxx\\nd\\nx"))
    [0, 2, 4]
    """
    found: set[int] = set()
    line = last = 0
    match = pattern.search(text)
    while match:
        start = match.start()
        line += text.count("\n", last, start)
        found.add(line)
        last = text.find("\n", start)
        if last < 0:
            break
        match = pattern.search(text, last + 1)  # (One a line is enough.)
    return found


def all_clear(lines: list[str], start: int, end: int, clear: set[int]) -> bool:
    """Whether the paragraph ``lines[start:end]`` is made of clear lines and is short
    enough for ftfy to read it as one segment when they are joined."""
    if not clear.issuperset(range(start, end)):
        return False
    return sum(len(line) + 1 for line in lines[start:end]) < MAX_SEGMENT
