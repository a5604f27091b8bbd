"""Teaser lists for the ``boilerplate`` pass: the headlines under a related-stories heading.

A news page links other stories under a heading (``Related``, ``More:``, ``You may also
like...``, ``More Great WIRED Stories``), one headline a line, and main-content extractors
keep the list between the article's paragraphs. A headline alone reads as a subheading, but
under such a heading it is a link: short, opening with a capital, ending in no full stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cleaner.lazy_re import LazyPattern, lazy_compile
from cleaner.passes.boilerplate.rules import Rule, normalize_line
from cleaner.passes.boilerplate.zones import is_prose
from cleaner.passes.layout import indentation

# The rule of this module (code, not data): family, id, kind, and what it removes, as
# ``cleaner passes --rules`` lists it.
TEASER_LIST = (
    "related",
    "teaser-list",
    "strong",
    "headlines listed under a related-stories heading (Related, More:, You may also like)",
)
TEASER_RULE = Rule(*TEASER_LIST[:3], "")
KICKER_TEASERS = (
    "related",
    "kicker-teasers",
    "strong",
    "three or more headlines in a row, each under a kicker in capitals (RANDY ANDY)",
)
KICKER_RULE = Rule(*KICKER_TEASERS[:3], "")
MARKED_TEASERS = (
    "related",
    "marked-teasers",
    "strong",
    "three or more headlines in a row, each after a bare list marker (-) with its dek",
)
MARKED_RULE = Rule(*MARKED_TEASERS[:3], "")
# A list of teasers an extractor wrote as empty list items: a bare marker line ("-", "•")
# before each headline and its one-line dek, at least this many in a row, at most this many
# headline lines after each marker.
MIN_MARKED_TEASERS = 3
MAX_MARKED_HEADLINES = 2
# A dek under its headline: a line like a headline of at most this many words.
DEK_MAX_WORDS = 25
# A line of a list marker alone: a hyphen (trafilatura's), as whitespace leaves it.
BARE_MARKER = "-"
# Where such a line stands: the text is searched for it first (at C speed, one search: each
# more needle costs ~1% of the pass on prose).
BARE_MARKER_NEEDLE = "\n-\n"
# A tabloid's teasers: a kicker of at most this many words in capitals over each headline,
# at least this many pairs in a row.
KICKER_MAX_WORDS = 4
MIN_KICKER_PAIRS = 3
# The quotes around a kicker ("'NAÏVE AND TRUSTING'").
QUOTES = "'\"‘’“”"
# A quick screen of the whole text: a line break before a line with no lower-case letter
# (of ``lower``) and a letter that may be a capital (not of ``caseless``, a script without
# case), with one such two lines below (blank lines between allowed): a kicker that may
# head a pair, followed by the next one. Only those lines are read. Searched after a line
# feed, a literal (3x faster than at each ``^``); the letter looked for ahead and the line
# taken possessively, so linear in the line's length (``[^a-z\n]*[^\W\d_a-z][^a-z\n]*``
# was quadratic on a long Russian line with an ASCII letter late in it: 178 s on a novel).
# ASCII text needs only ``a-z``, and its letters that may be capitals are ``A-Z``, found
# after a possessive run of the other characters (3x faster than the lazy search on an
# RFC, whose lines of ASCII art hold no letter); other text the lower case of Latin-1,
# Greek and Cyrillic and the scripts without case, a pattern of 2 ms to compile, so
# compiled only for it.
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u03ac-\u03ce\u0430-\u045f"
_CASELESS = "\u0e01-\u0e5b\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_KICKER_LINE = rf"(?=[^{_LOWER}\n]*?[^\W\d_{_LOWER}{_CASELESS}])[^{_LOWER}\n]*+"
_KICKER_LINE_ASCII = r"(?=[^a-zA-Z\n]*+[A-Z])[^a-z\n]*+"


def _kicker_start_pattern(line: str) -> str:
    return rf"(?m)\n(?={line}\n(?:[ \t]*\n)*[^\n]+\n(?:[ \t]*\n)*{line}$)"


KICKER_START_ASCII_RE = re.compile(_kicker_start_pattern(_KICKER_LINE_ASCII))
KICKER_START_RE = LazyPattern(_kicker_start_pattern(_KICKER_LINE))
# The rules whose line heads a list of teasers...
HEADING_RULES = frozenset(
    {
        "related/related-posts",
        "related/you-may-like",
        "related/recommended",
        "related/more-from",
        "related/popular-posts",
        "related/you-may-have-missed",
        "related/more-stories",
        "related/popular-on",
        "related/promoted",
        "related/outbrain",
        "related/related-label",
        "related/related-colon",
    }
)
# ...but of the bare labels only these: a caption or a list may follow "Video" or "Latest".
HEADING_LABEL_RE = lazy_compile(
    r"(related|more|read next|up next|see also|further reading|don't miss|recommended)\W*",
    re.IGNORECASE,
)
# A headline: a capital, digit or quote first, no full stop, comma or colon last; at least
# and at most this many words (a name or a link's "Embed" is no headline), and at most this
# many characters. At most this many in a list, and at least this many.
HEADLINE_RE = lazy_compile(r"[\"'‘“]?[^\W_a-z].*(?<![.,;:])")
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 15
HEADLINE_MAX_CHARS = 120
MAX_TEASERS = 10
MIN_TEASERS = 2
# The start of a line that goes on the line above (or on a sentence): a lower-case letter.
LOWER_START_RE = lazy_compile(r"^\W*[^\W\d_A-Z]")


def is_headline(line: str) -> bool:
    """A short line that opens like a title and ends in no full stop: a story's link.

    >>> [is_headline(s) for s in ("Spacewalking into 'her-story'", "He left.", "and so on")]
    [True, False, False]
    >>> is_headline("Apple AirPods")
    False
    """
    text = normalize_line(line)
    return (
        len(text) <= HEADLINE_MAX_CHARS
        and HEADLINE_MIN_WORDS <= len(text.split()) <= HEADLINE_MAX_WORDS
        and HEADLINE_RE.fullmatch(text) is not None
    )


def teaser_lines(lines: Sequence[str], matched: dict[int, Rule]) -> list[int]:
    """The indexes of the headlines right under each heading among ``matched`` lines (blank
    lines between allowed), when at least two follow it and the article's prose came above
    it (a heading at a text's top, after the site's furniture, stands over the article's
    own headline and byline); a line that a lower-case line goes on directly is a wrapped
    paragraph's, and ends the list.

    >>> heading = Rule("related", "related-label", "edge", "")
    >>> prose = "NASA on Monday enlisted five more companies for its moon landers."
    >>> lines = [prose, "More:", "", "The New Space Race", "", "China lands a probe", "It flew."]
    >>> teaser_lines(lines, {1: heading}), teaser_lines(lines[1:], {0: heading})
    ([3, 5], [])
    >>> teaser_lines([prose, "Related", "The plan for the", "city was dropped."], {1: heading})
    []
    """
    found: list[int] = []
    first_prose = None
    for i in sorted(matched):
        if not _is_heading(lines[i], matched[i]):
            continue
        if first_prose is None:
            first_prose = next(
                (j for j, line in enumerate(lines) if j not in matched and is_prose(line)),
                len(lines),
            )
        if i < first_prose:
            continue
        run = list(_headlines_after(lines, i))
        if len(run) >= MIN_TEASERS:
            found += run
    return found


def _is_heading(line: str, rule: Rule) -> bool:
    """Whether a line matched by ``rule`` heads a list of teasers."""
    if rule.name not in HEADING_RULES:
        return False
    return rule.id != "related-label" or bool(HEADING_LABEL_RE.fullmatch(normalize_line(line)))


def _indented_below(lines: Sequence[str], j: int) -> bool:
    """Whether the line right under line ``j`` is indented deeper: ``j`` is a term over its
    definition, or an item over its body, not a teaser's headline.

    >>> _indented_below(["  **PEP 3135** - New super", "     Introduced super()"], 0)
    True
    >>> _indented_below(["China lands a probe", "It flew."], 0)
    False
    """
    below = lines[j + 1] if j + 1 < len(lines) else ""
    return bool(below.strip()) and indentation(below) > indentation(lines[j])


def _headlines_after(lines: Sequence[str], i: int) -> Iterable[int]:
    """The run of headlines after line ``i``, blank lines skipped, at most MAX_TEASERS; a
    section's underlined title ends it (a reference text's ``See also:``, then the next
    section, ``Uses for metaclasses`` over its ``----``), and so does a term over its
    indented definition (``  **PEP 3135** - New super`` over ``     Includes the...``)."""
    from cleaner.passes.boilerplate.structured import underlined  # (Deferred: rarely asked.)

    count = 0
    for j in range(i + 1, len(lines)):
        if not lines[j].strip():
            continue
        if count == MAX_TEASERS or not is_headline(lines[j]) or _goes_on_below(lines, j):
            return
        if underlined(lines, j) or _indented_below(lines, j):
            return
        count += 1
        yield j


def is_kicker(line: str) -> bool:
    """A teaser's kicker: a few words in capitals, maybe quoted; not in brackets, which
    hold an aside or a file's type and size (``(DOC)``, ``(83 KB PDF)`` under each file of
    a paper's supporting information).

    >>> is_kicker("TIME TRAVELLER"), is_kicker("'NAÏVE AND TRUSTING'"), is_kicker("Warning")
    (True, True, False)
    >>> is_kicker("(83 KB PDF)"), is_kicker("[DOC]"), is_kicker("``PACKAGE_VERSION``")
    (False, False, False)
    """
    text = normalize_line(line).strip(QUOTES)
    if text[:1] in "([" or "_" in text or "`" in text:
        return False  # (an identifier, ``PACKAGE_FIND_VERSION``, is a term, no kicker)
    words = len(text.split())
    return 0 < words <= KICKER_MAX_WORDS and text.upper() == text and text.lower() != text


def kicker_teasers(lines: Sequence[str], text: str) -> list[int]:
    """The indexes of the lines of runs of at least ``MIN_KICKER_PAIRS`` pairs of a kicker
    and a headline (blank lines between allowed): a tabloid's teaser block. (``text``: the
    lines joined, screened at C speed.)

    >>> block = ["RANDY ANDY", "Andrew parties in unearthed pics", "TIME TRAVELLER",
    ...          "Conspiracy theorists spot Greta in old pic", "'NAÏVE'", "Grace 'gave list'"]
    >>> lines = ["The council met.", *block, "It voted."]
    >>> kicker_teasers(lines, "\\n".join(lines))
    [1, 2, 3, 4, 5, 6]
    >>> lines = ["The council met.", *block[:4], "It voted."]
    >>> kicker_teasers(lines, "\\n".join(lines))
    []
    """
    found: list[int] = []
    for i in _kicker_starts(text):
        if found and i <= found[-1]:
            continue
        run: list[int] = []
        kicker = i
        while (headline := _next_filled(lines, kicker)) is not None and _kicker_pair(
            lines, kicker, headline
        ):
            run += [kicker, headline]
            kicker = _next_filled(lines, headline)
            if kicker is None:
                break
        if len(run) >= 2 * MIN_KICKER_PAIRS:
            found += run
    return found


def _kicker_starts(text: str) -> list[int]:
    """The indexes of the lines that may begin a run of kicker pairs (KICKER_START_RE)."""
    starts: list[int] = []
    line, position = 0, 0
    pattern = KICKER_START_ASCII_RE if text.isascii() else KICKER_START_RE
    for match in pattern.finditer("\n" + text):  # (The line feed: the first line.)
        line += text.count("\n", position, match.start())
        position = match.start()
        starts.append(line)
    return starts


def marked_teasers(lines: Sequence[str], text: str) -> list[int]:
    """The indexes of the lines of runs of at least ``MIN_MARKED_TEASERS`` teasers, each a
    bare list marker line and one or two headlines (a story's title and its dek, no full
    stop), the run's last marker included: the empty list items an extractor leaves of a
    list of linked stories. (``text``: the lines joined, screened at C speed.)

    >>> teaser = ["-", "Pochettino fired by Tottenham", "He took the club to the final in June"]
    >>> lines = ["The council met.", *teaser * 3, "-", "It voted."]
    >>> marked_teasers(lines, "\\n".join(lines))
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    >>> lines = ["The council met.", *teaser * 2, "-", "It voted on the plan for the harbour."]
    >>> marked_teasers(lines, "\\n".join(lines))
    []
    """
    if BARE_MARKER_NEEDLE not in text:
        return []
    found: list[int] = []
    run: list[int] = []
    teasers = 0
    for i in _bare_marker_lines(text):
        headlines = _marked_headlines(lines, i)
        if run and run[-1] != i - 1:  # (This marker does not follow the run's last teaser.)
            if teasers >= MIN_MARKED_TEASERS:
                found += run
            run, teasers = [], 0
        run += [i, *headlines]
        teasers += bool(headlines)
        if not headlines:  # (A marker with no teaser after it ends the run.)
            if teasers >= MIN_MARKED_TEASERS:
                found += run
            run, teasers = [], 0
    if teasers >= MIN_MARKED_TEASERS:
        found += run
    return found


def _bare_marker_lines(text: str) -> list[int]:
    """The indexes of the lines of ``text`` that are a bare marker alone, in order: found
    by ``str.find`` (a book holds a few among its 100,000 lines, each read in Python before).

    >>> _bare_marker_lines("-\\na\\n-\\n-\\nb -\\n-"), _bare_marker_lines("a\\n-\\n")
    ([0, 2, 3, 5], [1])
    """
    found = [0] if text == BARE_MARKER or text.startswith(BARE_MARKER + "\n") else []
    line = last = 0
    position = text.find(BARE_MARKER_NEEDLE)
    while position >= 0:
        line += text.count("\n", last, position + 1)  # (The marker's, after that line feed.)
        last = position + 1
        found.append(line)
        position = text.find(BARE_MARKER_NEEDLE, position + len(BARE_MARKER_NEEDLE) - 1)
    if text.endswith("\n" + BARE_MARKER):
        found.append(line + text.count("\n", last))
    return found


def _marked_headlines(lines: Sequence[str], marker: int) -> list[int]:
    """The one or two headlines right after a bare marker line, up to the next marker
    line, or none if any line there is no headline (or there are more)."""
    headlines: list[int] = []
    for j in range(marker + 1, len(lines)):
        if lines[j] == BARE_MARKER:
            return headlines
        if len(headlines) == MAX_MARKED_HEADLINES or not _is_headline_or_dek(
            lines[j], dek=bool(headlines)
        ):
            return []
        headlines.append(j)
    return headlines


def _is_headline_or_dek(line: str, *, dek: bool) -> bool:
    """A headline (:func:`is_headline`), or if ``dek``, a dek: the same but maybe longer.

    >>> dek = "Here are some names to keep an eye on as Spurs look for a new manager"
    >>> is_headline(dek), _is_headline_or_dek(dek, dek=True)
    (False, True)
    """
    if not dek:
        return is_headline(line)
    text = normalize_line(line)
    return (
        HEADLINE_MIN_WORDS <= len(text.split()) <= DEK_MAX_WORDS
        and HEADLINE_RE.fullmatch(text) is not None
    )


def _next_filled(lines: Sequence[str], i: int) -> int | None:
    """The index of the first non-blank line after line ``i``, or None."""
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)


def _kicker_pair(lines: Sequence[str], kicker: int, headline: int) -> bool:
    """Whether line ``kicker`` is a kicker and line ``headline`` its headline (no kicker,
    not a wrapped paragraph's first line)."""
    return (
        is_kicker(lines[kicker])
        and not _indented_under(lines[headline], lines[kicker])
        and not is_kicker(lines[headline])
        and is_headline(lines[headline])
        and not _goes_on_below(lines, headline)
    )


def _indented_under(line: str, term: str) -> bool:
    """Whether ``line`` is indented further than ``term``: a definition under its term
    (``CMAKE_VERSION`` over `` The CMake version string``), not a headline under a kicker.

    >>> _indented_under(" Full version string", "CMAKE_VERSION"), _indented_under("A", "B")
    (True, False)
    """
    return len(line) - len(line.lstrip()) > len(term) - len(term.lstrip())


def _goes_on_below(lines: Sequence[str], i: int) -> bool:
    """Whether the line after line ``i`` starts in lower case: line ``i`` opens a wrapped
    paragraph, no headline (its indentation aside: ``   II. Once all positional patterns
    have been converted to keyword`` over ``   patterns,``)."""
    return i + 1 < len(lines) and LOWER_START_RE.match(lines[i + 1].lstrip()) is not None
