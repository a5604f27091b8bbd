"""The ``pages`` pass: remove page numbers and running headers, rejoin across page breaks.

Text extracted from a PDF keeps the furniture of its pages: a page number, a running
header (the title, an author's name) and footer at every page break, and a paragraph that
goes on over the break is cut around them. The pass learns the furniture from the document:

- page breaks are lines holding a page number (alone, or at the start or end of a short
  line, or bracketed at its end as an RFC's footer ``[Page 2]``) whose numbers go up by one,
  page after page, at a regular spacing of lines, until at most two pages before the end;
- running lines are short lines (digits aside) that come back next to most page breaks;
- detection is strict: at least three numbered pages and one other running line, else the
  text is returned as it is;
- a paragraph that goes on over the break (its line before does not end a sentence, or
  the line after starts in lower case, after its indent) has its two halves put on
  adjacent lines, for ``unwrap`` to join (and dehyphenate); a footnote at the page's foot
  is moved after it.

Form feeds are line breaks to the ``whitespace`` pass, which runs before this one: the
page numbers mark the breaks.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import pairwise

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import INVISIBLE_CHARS, fenced_lines, holds_any, space_indentation
from cleaner.passes.plaintext import SENTENCE_END_RE

# A number that may be a page number: alone on its line ("12", "- 12 -", "Page 12",
# "12 of 30"), or at the start or end of a short line ("2 Ruth Dgani", "Title 17"), or
# bracketed at the end of one (an RFC's footer, "Gellens & Klensin Standards Track [Page 2]").
# A number before a month's name starts a date, not a page ("26 October 2012 at 11:32 am",
# the dates of a page's comments, a day apart).
PAGE_NUMBER_RE = lazy_compile(
    r"^(?:(?:page\s+)?[-–—]?\s?(?P<alone>\d{1,4})\s?[-–—]?(?:\s+of\s+\d{1,4})?"
    r"|(?P<first>\d{1,4})\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"\D.{0,78}|.{0,78}\D\s(?P<last>\d{1,4})"
    r"|.{0,78}\s\[page\s(?P<bracketed>\d{1,4})\])$",
    re.IGNORECASE,
)
# The kinds of page number, named as PAGE_NUMBER_RE's groups.
NUMBER_KINDS = ("alone", "first", "last", "bracketed")
# A cheap screen: a line that starts (maybe after "Page", a dash, a space) or ends with a
# digit. Two searches, each led by what it looks for first (a line feed; a digit): one
# pattern led by an alternation would be tried at every character.
LINE_START_NUMBER_RE = re.compile(r"(?:page\s+)?[-–—]?\s?\d", re.IGNORECASE)
AFTER_LINE_FEED_NUMBER_RE = re.compile(r"\n(?:page\s+)?[-–—]?\s?\d", re.IGNORECASE)
# A line feed after a digit, or after a digit and "]" (an RFC's "[Page 2]"): led by the line
# feed, searched for at C speed, where "\d\]?$" is tried at every digit of the text.
DIGIT_LINE_END_RE = re.compile(r"\n(?:(?<=\d\n)|(?<=\d\]\n))")
# Three line feeds or more (two blank lines), made one blank line: a literal prefix, so searched
# for at C speed (``\n{3,}`` is tried at every line feed, ten times as slow on an RFC).
BLANK_LINES_RE = lazy_compile(r"\n\n\n+")
# A letter (or a digit, but the "#" a signature has for digits is no word character).
WORD_CHARACTER_RE = lazy_compile(r"[^\W\d_]")
# The marks of a Markdown code fence, each looked for only where its first character is
# (see holds_any: most PDF text holds no backtick or tilde).
FENCES = ("```", "~~~")
# The invisible characters, dropped from a page-number line's signature.
INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))
# Digits, replaced by "#" in a line's signature so "Page 3" and "Page 4" are one line.
DIGITS_RE = lazy_compile(r"\d+")
# The first line of a footnote: a small number or a mark, then its text.
FOOTNOTE_RE = lazy_compile(r"^(?P<mark>\d{1,2}|[*†‡§¶])\s?[A-Z\"'(]")
# At least this many numbered pages.
MIN_PAGES = 3
# A run's page numbers go up by at most this much from one to the next: by two where
# left and right pages carry different headers (a book's title and its chapter's), by four
# past a chapter's opening page, which has none.
MAX_NUMBER_STEP = 4
# Lines looked at on each side of a page break for running lines (blank lines not counted).
EDGE_LINES = 4
# A running line is at most this long, and comes back at this share of the page breaks.
MAX_RUNNING_LINE = 100
MIN_RUNNING_SHARE = 0.4  # Below a half: journals alternate two headers, page by page.
# Pages are at least this many lines long, and each within this factor of the median.
MIN_PAGE_LINES = 12
PAGE_SPACING_TOLERANCE = 0.5
# Pages hold at least this many lines of their own between two breaks (the median; blank
# lines and furniture aside): a slide's title and bullets, a page of prose dozens.
MIN_PAGE_TEXT_LINES = 5
# At least this share of the pages are within that factor (others may be short).
REGULAR_SHARE = 2 / 3
# The text goes on at most this many pages after its last page number (its last page, when
# the number heads a page): an RFC's field list, "Type" / "1" / "Type-Data", then "2", ...,
# is a regular run of numbers with running lines, in the middle of the text.
MAX_PAGES_AFTER = 2
# A run of at least this many numbered pages is the document's pages wherever it ends: a
# book's index and back matter go on for pages without a running header.
BOOK_PAGES = 10
# In such a run, up to this share of the pages may be longer than the others.
LONG_PAGE_SHARE = 0.1
# In such a run, a numbered line of another kind is a page's number where it stands within
# this share of a page of where that page would start (left and right pages' headers).
FACING_PAGE_SLACK = 0.25
# A line at least this share of the line before the break is a full line of prose.
FULL_LINE_SHARE = 0.6
# A footnote at a page's foot is at most this many lines.
MAX_FOOTNOTE_LINES = 8
# A footnote's mark is looked for within this many lines of it (a page of two columns
# holds a hundred lines), right after a word and any sentence punctuation or closing
# quotes ("week.\"1"), or after a number and a closing quote or bracket ("1791.\"1",
# "p. 12)1"; not "1.5").
MARK_LINES = 150
AFTER_WORD = r"(?:[^\W\d][.,;:!?\"'”’)]*|\d[.,;:!?]?[\"'”’)]+)"
# A page holds physical lines: half its lines are at most this long. Longer lines are
# paragraphs already joined (a text ``unwrap`` cleaned), and its headings ("Chapter 3")
# are no page numbers.
MAX_MEDIAN_LINE = 120
# A line longer than this is a paragraph, no line of a page (a page of two columns
# holds lines of 40-60 characters, one of one column 60-110)...
MAX_PHYSICAL_LINE = 240
# ...and the lines at least this long are a page's lines of prose, of which at most this
# share may be paragraphs (an extractor joins a few lines, a table's row: pypdfium2's text of
# a paper 1.1%)...
MIN_PROSE_LINE = 60
MAX_PARAGRAPH_SHARE = 0.05
# ...once there are this many. One is enough: once ``unwrap`` has joined an RFC's paragraphs,
# one joined line in 16 of prose is all that tells its field descriptions (``Value`` /
# ``11`` / ``Description``) from numbered pages (was 3 before session 40).
MIN_PARAGRAPHS = 1
# A word before a number that makes the line a heading, not a page number ("Chapter 3").
HEADING_WORDS_RE = lazy_compile(
    r"^(?:chapter|section|part|book|volume|vol\.|act|scene|lecture|article|appendix|"
    r"letter|canto|psalm|stave|kapitel|chapitre|cap[ií]tulo|capitolo|hoofdstuk|rozdzia[łl]|"
    r"глава|часть)\b",
    re.IGNORECASE,
)


class PageStructure:
    """What the pass found: lines to remove (with why), breaks to rejoin, footnotes to move.
    (A plain class: a dataclass costs ~0.3 ms to make at import, which every process pays.)"""

    def __init__(self) -> None:
        self.removed: dict[int, str] = {}
        # (last line before the break, first line after it), by line index.
        self.joins: list[tuple[int, int]] = []
        # (first line, last line) of a footnote, and the line it goes after.
        self.moved: list[tuple[int, int, int]] = []


def remove_page_furniture(text: str) -> str:
    """Remove page numbers, running headers and footers; rejoin paragraphs cut by a page.

    >>> def page(n, word):
    ...     body = "\\n".join(f"{word} says {letter}, and so" for letter in "abcdefghijk")
    ...     return f"Running Title\\n\\n{body}\\nand {word} goes on over the\\n\\n{n}\\n\\n"
    >>> text = "".join(page(n, w) for n, w in enumerate(["One", "Two", "Three"], 1))
    >>> lines = remove_page_furniture(text).splitlines()
    >>> lines[11:14], len(lines)
    (['and One goes on over the', 'Two says a, and so', 'Two says b, and so'], 36)
    >>> "Running" in remove_page_furniture(text), "\\n\\n" in remove_page_furniture(text)
    (False, False)
    >>> remove_page_furniture("No pages here.\\n")
    'No pages here.\\n'
    """
    breaks = page_breaks(text)
    if len(breaks) < MIN_PAGES:
        return text  # (without a list of the text's lines: most texts have no pages)
    lines = text.split("\n")
    structure = find_page_structure(lines, breaks, text=text)
    if not structure.removed:
        return text
    return _apply(lines, structure)


def find_page_structure(
    lines: list[str], breaks: list[int], *, text: str | None = None
) -> PageStructure:
    """The page furniture of a document's lines, given its page-number lines ``breaks``
    (:func:`page_breaks`), or an empty structure if it has no pages; ``text``, if given,
    is the lines joined (searched for a fence at once)."""
    structure = PageStructure()
    if len(breaks) < MIN_PAGES or not _physical_lines(lines):
        return structure
    # A Markdown code block is no page: its lines are never numbers nor running lines (a
    # tutorial's console output, "The secret number is: 58", shown three times).
    text = "\n".join(lines) if text is None else text  # (one search, not one a line)
    code = fenced_lines(lines) if holds_any(text, FENCES) else set()
    breaks = [b for b in breaks if b not in code]
    if len(breaks) < MIN_PAGES:
        return structure
    windows = [_window(lines, b) for b in breaks]
    # Each line once, though it may be near two breaks of a short page.
    # The first page's header and the last page's footer count too.
    edges = [_window(lines, -1), _window(lines, len(lines))]
    near = {i for window in [*windows, *edges] for i in window} - code
    signatures = {i: _signature(lines[i]) for i in near}  # (each line's, read again below)
    counts = Counter(signatures.values())
    needed = max(2, MIN_RUNNING_SHARE * len(breaks))
    # A running line has a word: a line of signs is a figure's (an RFC's packet diagram
    # border, "+-+-+-+", near most of its breaks) or code's ("}"); and it is whole: a line
    # that stops on a comma or a word that goes on to another is a sentence's, repeated.
    running = {
        sig
        for sig, count in counts.items()
        if count >= needed
        and len(sig) <= MAX_RUNNING_LINE
        and WORD_CHARACTER_RE.search(sig)
        and not _stops_mid_sentence(sig)
    }
    numbers = set(breaks)
    if not running - {signatures[b] for b in breaks} and not _worded_book(breaks, signatures):
        return structure  # Numbers without another running line: not sure enough.
    for at in (-1, *breaks, len(lines)):
        if at in numbers:
            structure.removed[at] = f"page number {lines[at].strip()!r}"
        for step in (-1, 1):  # Outward from the break, while the lines are furniture.
            i = at + step
            while (
                0 <= i < len(lines)
                and i not in code
                and (not lines[i] or _signature_of(i, lines, signatures) in running)
            ):
                if lines[i]:
                    structure.removed[i] = f"running line {lines[i].strip()!r}"
                i += step
    if _few_lines_a_page(lines, breaks, structure.removed):
        return PageStructure()
    for b in breaks:
        _rejoin_at(lines, b, structure)
    return structure


def page_breaks(text: str) -> list[int]:
    """The indices (in ``text.split("\\n")``) of the text's page-number lines: the longest
    regular run of them, found among the lines that may hold one."""
    return _breaks_among(_numbered_lines(text), text.count("\n") + 1)


def _may_number(line: str) -> bool:
    """A cheap test: the line may hold a page number (a digit or a "Page" or dash at an edge)."""
    return bool(line) and (
        line[0].isdigit() or line[-1].isdigit() or line[:1] in "Pp-–—" or line[-1] == "]"
    )


def _numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` (its index, as in ``text.split("\\n")``) that may hold a page
    number, found by one scan of the text: the lines :func:`_may_number` passes.

    >>> list(_numbered_lines("Title\\n\\n12\\nText\\nPage 3\\n\\n- 4 -"))
    [(2, '12'), (4, 'Page 3'), (6, '- 4 -')]
    """
    index = position = 0
    last = -1
    for start in _edge_digits(text):
        index += text.count("\n", position, start)
        position = start
        if index == last:
            continue
        last = index
        end = text.find("\n", start)
        line = text[text.rfind("\n", 0, start) + 1 : len(text) if end < 0 else end]
        if _may_number(line):
            yield index, line


def _edge_digits(text: str) -> list[int]:
    """Where each digit at a line's edge is (see :data:`LINE_START_NUMBER_RE`), in order; a
    match may begin on a line before its digit's (``Page`` / ``3``).

    >>> _edge_digits("Page 3\\nx\\n- 4 -\\n12")
    [5, 11, 15, 16]
    """
    first = LINE_START_NUMBER_RE.match(text)
    starts = [first.end() - 1] if first else []
    starts += [match.end() - 1 for match in AFTER_LINE_FEED_NUMBER_RE.finditer(text)]
    # Where "\d\]?$" (multiline) matches: the digit before a line feed or the text's end.
    ends = [
        match.start() - (2 if text[match.start() - 1] == "]" else 1)
        for match in DIGIT_LINE_END_RE.finditer(text)
    ]
    if text[-1:].isdecimal() or (text[-1:] == "]" and text[-2:-1].isdecimal()):
        ends.append(len(text) - (2 if text[-1] == "]" else 1))
    return sorted({*starts, *ends}) if ends and starts else starts or ends


def _breaks_among(numbered: Iterable[tuple[int, str]], total: int) -> list[int]:
    """The indices of the page-number lines of the longest regular run of them, from the
    lines that may hold one (index and line), in a text of ``total`` lines."""
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, line in numbered:
        stripped = line.strip()
        found = PAGE_NUMBER_RE.match(stripped)
        if found is None or HEADING_WORDS_RE.match(stripped):
            continue
        kind = found.lastgroup  # (each branch holds one group of NUMBER_KINDS, its number)
        start, end = found.span(kind)
        # Spaces squeezed: a right-aligned number moves its line's text ("Waldbusser   [Page 9]",
        # "Waldbusser  [Page 10]"); invisible characters dropped (a soft hyphen a later
        # pass removes: the next run would find the line in the group).
        line_text = f"{stripped[:start]}@{stripped[end:]}".translate(INVISIBLE)
        signature = DIGITS_RE.sub("#", " ".join(line_text.split()))
        groups[signature if kind != "alone" else "@"].append((i, int(found[kind])))
    best: list[list[tuple[int, int]]] = [[]]
    for signature, entries in groups.items():
        runs = _regular_runs(entries, total, self_numbered="[page @]" in signature.lower())
        if runs and len(runs[0]) > len(best[0]):
            best = runs
    if len(best[0]) < BOOK_PAGES:
        return [line for line, _ in best[0]]
    # A book: its other runs too (stray numbers, a formula's or a figure's, cut them), and
    # its facing pages' numbered lines.
    pages = _with_facing_pages(sorted(entry for run in best for entry in run), groups.values())
    return [line for line, _ in pages]


def _with_facing_pages(
    run: list[tuple[int, int]], groups: Iterable[list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """``run`` (line, number) with the numbered lines of other groups that stand where
    their number's page starts in it: a book's right-hand pages, whose header is the
    chapter's title where the left-hand pages carry the book's.

    >>> run = [(0, 1), (60, 3), (120, 5)]
    >>> _with_facing_pages(run, [run, [(30, 2), (61, 4), (95, 4)], [(5, 9)]])
    [(0, 1), (30, 2), (60, 3), (95, 4), (120, 5)]
    """
    numbers = {number for _, number in run}
    found = list(run)
    for entries in groups:
        for line, number in entries:
            if number in numbers:
                continue
            after = next((i for i, entry in enumerate(run) if entry[1] > number), None)
            if not after:
                continue  # (before the run's first number or after its last)
            (line_a, number_a), (line_b, number_b) = run[after - 1], run[after]
            page = (line_b - line_a) / (number_b - number_a)
            expected = line_a + page * (number - number_a)
            if abs(line - expected) <= FACING_PAGE_SLACK * page:
                found.append((line, number))
                numbers.add(number)
    return sorted(found)


# Words a title or a header never ends on: a line that does goes on in the next.
MID_SENTENCE_WORDS = frozenset({"and", "or", "nor", "the", "a", "an", "of", "to", "with", "that"})


def _stops_mid_sentence(signature: str) -> bool:
    """Whether a line's signature (lower-cased) stops on a comma or on a word that goes on
    to another (``MID_SENTENCE_WORDS``): a sentence's line, no running header.

    >>> _stops_mid_sentence("it should be noted that not all link layers use this name, and")
    True
    >>> _stops_mid_sentence("rfc # radius attributes for ieee # july #")
    False
    """
    words = signature.rsplit(None, 1)
    return signature.endswith(",") or (bool(words) and words[-1] in MID_SENTENCE_WORDS)


def _physical_lines(lines: list[str]) -> bool:
    """Whether the lines are a page's lines, not paragraphs already joined.

    >>> _physical_lines(["a line of a page"] * 3), _physical_lines(["word " * 40] * 3)
    (True, False)
    >>> labels = ["Type", "", "1", "", "Type-Data", ""] * 8
    >>> _physical_lines([*labels, *["This field holds a value. " * 12] * 4])
    False
    """
    # The median of the lengths of the lines not blank is at most MAX_MEDIAN_LINE when more
    # than half of them are that short: counted in C, not sorted.
    lengths = list(map(len, lines))
    filled = len(lengths) - lengths.count(0)
    longer = sum(map(MAX_MEDIAN_LINE.__lt__, lengths))
    if not (filled > 0 and longer <= filled - filled // 2 - 1):
        return False
    # Nor are they when many of the lines of prose are paragraphs (a text of short lines,
    # an RFC's labels and diagrams, once ``unwrap`` joined its paragraphs).
    paragraphs = sum(map(MAX_PHYSICAL_LINE.__lt__, lengths))
    prose = sum(map(MIN_PROSE_LINE.__le__, lengths))
    return paragraphs < MIN_PARAGRAPHS or paragraphs <= MAX_PARAGRAPH_SHARE * prose


def _median(values: list[float]) -> float:
    """The median, as ``statistics.median`` gives it (whose import, with ``fractions`` and
    ``decimal``, cost start-up 4 ms).

    >>> _median([3.0, 1.0, 2.0]), _median([4.0, 1.0, 2.0, 3.0])
    (2.0, 2.5)
    """
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _regular_runs(
    entries: list[tuple[int, int]], total: int, *, self_numbered: bool = False
) -> list[list[tuple[int, int]]]:
    """The runs of (line, number) whose numbers go up by one to MAX_NUMBER_STEP at a
    steady spacing of lines per page (:func:`_is_regular`), longest first; with
    ``self_numbered``, at any spacing.

    >>> page = [(20 * n, n) for n in range(1, 6)]
    >>> [len(run) for run in _regular_runs([*page, (101, 2), (105, 7)], 110)]
    [5]
    """
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for entry in entries:
        if run and not 1 <= entry[1] - run[-1][1] <= MAX_NUMBER_STEP:
            runs.append(run)
            run = []
        run.append(entry)
    runs.append(run)
    runs.sort(key=len, reverse=True)
    return [run for run in runs if len(run) >= MIN_PAGES and _is_regular(run, total, self_numbered)]


def _is_regular(run: list[tuple[int, int]], total: int, self_numbered: bool = False) -> bool:
    """Whether a run of numbered lines is a document's pages: a steady spacing of lines per
    page (a page may be short, none long but a few of a book's), in a text of ``total``
    lines that goes on at most MAX_PAGES_AFTER pages after the run's last number, unless
    the run is a book's (BOOK_PAGES or more).

    An RFC's footer, the same words and ``[Page N]`` (``self_numbered``), numbers its pages
    by itself: their spacing is not asked. Their lengths vary once ``whitespace`` has
    squeezed their runs of blank lines (RFC 2289's test vectors: 53, 32 and 27 lines; RFC
    4282's references: 15 and 53), and again once ``unwrap`` has joined their paragraphs:
    pages too uneven for the first run were not for the second, which removed the footers.

    >>> footers = [(18, 12), (33, 13), (86, 14)]  # (RFC 4282's: pages of 15 and 53 lines)
    >>> _is_regular(footers, 101), _is_regular(footers, 101, self_numbered=True)
    (False, True)
    """
    spacings = [(b[0] - a[0]) / (b[1] - a[1]) for a, b in pairwise(run)]
    typical = _median(spacings)
    if len(spacings) > 1 and spacings[-1] < typical * (1 - PAGE_SPACING_TOLERANCE):
        # The run's last page is short (a section's end, the text cut there): the pages
        # before it are judged alone (else three pages, the last short, are pages once
        # their paragraphs are joined, and none before: a second run removes them).
        spacings = spacings[:-1]
        typical = _median(spacings)
    low, high = typical * (1 - PAGE_SPACING_TOLERANCE), typical * (1 + PAGE_SPACING_TOLERANCE)
    # A page may be short (a chapter's or the document's last).
    regular = sum(low <= s for s in spacings)
    # A book's run may have a few long pages (a figure's labels, each a line of its own).
    long = sum(map(high.__lt__, spacings))
    book = len(run) >= BOOK_PAGES
    allowed = int(LONG_PAGE_SHARE * len(spacings)) if book else 0
    uneven = long > allowed or regular < REGULAR_SHARE * len(spacings)
    if typical < MIN_PAGE_LINES or (uneven and not self_numbered):
        return False
    # Numbered items in a text ("Type" / "1" / "Type-Data") are no pages.
    return book or total - run[-1][0] <= MAX_PAGES_AFTER * typical


def _worded_book(breaks: list[int], signatures: dict[int, str]) -> bool:
    """Whether the page-number lines are a book's (BOOK_PAGES or more) and most of them
    hold words, a running header with its page number (``INTRODUCTION TO MATHEMATICS
    17``): sure enough without another running line.

    >>> _worded_book(list(range(10)), dict.fromkeys(range(10), "variables #"))
    True
    >>> _worded_book(list(range(10)), dict.fromkeys(range(10), "#"))
    False
    """
    if len(breaks) < BOOK_PAGES:
        return False
    worded = sum(1 for b in breaks if WORD_CHARACTER_RE.search(signatures[b]))
    return worded >= MIN_RUNNING_SHARE * len(breaks)


def _few_lines_a_page(lines: list[str], breaks: list[int], removed: dict[int, str]) -> bool:
    """Whether the pages hold too few lines of their own (MIN_PAGE_TEXT_LINES, the median
    between two breaks, blank lines and furniture aside) to be pages: a web page's comment
    thread, each comment numbered with its author's links ("7", "Profile", "Contact") and
    one paragraph, is no document of pages.

    >>> comment = ["", "Profile", "", "A comment.", ""]
    >>> lines = ["7", *comment, "8", *comment, "9"]
    >>> _few_lines_a_page(lines, [0, 6, 12], {0: "", 2: "", 6: "", 8: "", 12: ""})
    True
    >>> page = ["1", *["a line of the page"] * 20, "2", *["another line"] * 20, "3"]
    >>> _few_lines_a_page(page, [0, 21, 42], {0: "", 21: "", 42: ""})
    False
    """
    counts = [
        sum(1 for i in range(start + 1, end) if lines[i] and i not in removed)
        for start, end in pairwise(breaks)
    ]
    return _median(counts) < MIN_PAGE_TEXT_LINES


def _window(lines: list[str], at: int) -> list[int]:
    """The page break line ``at`` and the non-blank lines around it, up to EDGE_LINES a side."""
    window = [at] if 0 <= at < len(lines) else []
    for step in (-1, 1):
        i, taken = at + step, 0
        while 0 <= i < len(lines) and taken < EDGE_LINES:
            if lines[i]:
                window.append(i)
                taken += 1
            i += step
    return sorted(window)


def _signature(line: str) -> str:
    """The line as it comes back on every page: stripped, lower-cased, digits as "#"."""
    return DIGITS_RE.sub("#", line.strip().lower())


def _signature_of(i: int, lines: list[str], signatures: dict[int, str]) -> str:
    """Line ``i``'s signature: from ``signatures`` if there, else made."""
    found = signatures.get(i)
    return _signature(lines[i]) if found is None else found


def _rejoin_at(lines: list[str], at: int, structure: PageStructure) -> None:
    """Record a rejoin over the break at line ``at`` if the paragraph goes on over it."""
    removed = structure.removed
    before = at
    while before >= 0 and (not lines[before] or before in removed):
        before -= 1
    after = at
    while after < len(lines) and (not lines[after] or after in removed):
        after += 1
    if before < 0 or after >= len(lines):
        return
    footnotes = _footnotes_before(lines, before, removed)
    end = footnotes[-1][0] - 1 if footnotes else before
    while end >= 0 and not lines[end]:
        end -= 1
    if end < 0 or end in removed:
        return
    # Lower case goes on; after an unfinished line, so does a full line (a short one may be
    # a heading, or furniture not learnt: never joined to the paragraph).
    # An indented paragraph, as an RFC's, starts in lower case after its indent; a line
    # set out left of the line before (an RFC's heading, "Appendix A - ...", after indented
    # text) starts a block of its own.
    full = len(lines[after]) >= FULL_LINE_SHARE * len(lines[end])
    outdented = space_indentation(lines[after]) < space_indentation(lines[end])
    goes_on = lines[after].lstrip()[:1].islower() or (
        not SENTENCE_END_RE.search(lines[end])
        and (full or _ends_paragraph(lines, end, after))
        and not outdented
    )
    if goes_on:
        structure.joins.append((end, after))
    for first, last in reversed(footnotes):  # After the line its mark ends, else after the
        # paragraph it cuts, else where it is: a paragraph of its own.
        target = after if goes_on else end
        while goes_on and target + 1 < len(lines) and lines[target + 1]:
            target += 1
        marked = _line_ending_with_mark(lines, first, last, removed)
        if marked is not None and not (goes_on and marked == end):
            target = marked
        structure.moved.append((first, last, target))


def _ends_paragraph(lines: list[str], end: int, after: int) -> bool:
    """Whether the short line ``after`` a break ends the paragraph that line ``end`` before
    it leaves unfinished: at the same indent, it ends a sentence and a blank line follows,
    and ``end`` is a full line under another of its paragraph (a heading ends no sentence:
    RFC 1905's ``the use of the User`` / ``Datagram Protocol [6].``).

    >>> lines = ["   It is carried over the preferred", "   mapping is the use of the User"]
    >>> lines += ["", "   Datagram [6].", ""]
    >>> _ends_paragraph(lines, 1, 3), _ends_paragraph([*lines[:3], "   Datagram [6]", ""], 1, 3)
    (True, False)
    """
    if space_indentation(lines[after]) != space_indentation(
        lines[end]
    ) or not SENTENCE_END_RE.search(lines[after]):
        return False
    if after + 1 < len(lines) and lines[after + 1].strip():
        return False
    above = lines[end - 1] if end else ""
    return bool(above.strip()) and len(lines[end]) >= FULL_LINE_SHARE * len(above)


def _footnotes_before(
    lines: list[str], last: int, removed: dict[int, str]
) -> list[tuple[int, int]]:
    """The footnote blocks at a page's foot, ending at line ``last``, bottom up."""
    found: list[tuple[int, int]] = []
    while footnote := _footnote_before(lines, last, removed):
        found.append(footnote)
        last = footnote[0] - 1
        while last >= 0 and not lines[last]:
            last -= 1
        if last < 0 or last in removed:
            break
    return found


def _footnote_before(lines: list[str], last: int, removed: dict[int, str]) -> tuple[int, int]:
    """The footnote block ending at line ``last``, if there is one: after a blank line, with
    its mark in the text before or ending a line on the next page; or, without a blank
    line, when a line before ends with its mark (``week."1``; on less, moving it was found
    not to be idempotent). Of notes numbered in sequence on adjacent lines, the last."""
    start = last
    while start > 0 and lines[start - 1] and start - 1 not in removed:
        start -= 1
        if last - start >= MAX_FOOTNOTE_LINES:
            return _unspaced_footnote(lines, last, removed)
    found = FOOTNOTE_RE.match(lines[start])
    if not found or start == 0 or lines[start - 1]:
        return _unspaced_footnote(lines, last, removed)
    start = _last_numbered_note(lines, start, last)
    mark = re.escape(FOOTNOTE_RE.match(lines[start])["mark"])  # type: ignore[index]
    body = "\n".join(lines[max(0, start - MARK_LINES) : start])
    in_text = re.search(rf"{AFTER_WORD}{mark}(?!\d)|[^\W\d]\[{mark}\]", body)
    if not in_text and _line_ending_with_mark(lines, start, last, removed) is None:
        return ()  # type: ignore[return-value]
    return start, last


def _last_numbered_note(lines: list[str], start: int, last: int) -> int:
    """The first line of the last note of the block ``start``-``last``: notes numbered in
    sequence on adjacent lines (``1 ...``, ``2 ...``, as pdfminer.six sets a page's notes)
    are one note a number.

    >>> _last_numbered_note(["1 A note.", "2 Another", "note.", "4 Not the next."], 0, 3)
    1
    """
    first = start
    number = FOOTNOTE_RE.match(lines[start])["mark"]  # type: ignore[index]
    if not number.isdigit():
        return start
    for i in range(start + 1, last + 1):
        found = FOOTNOTE_RE.match(lines[i])
        if found and found["mark"] == str(int(number) + 1):
            first, number = i, found["mark"]
    return first


def _unspaced_footnote(lines: list[str], last: int, removed: dict[int, str]) -> tuple[int, int]:
    """A footnote of the page's last lines, right after its text (no blank line between),
    whose mark ends a line near it."""
    for first in range(last, max(0, last - MAX_FOOTNOTE_LINES), -1):
        if first - 1 in removed or not lines[first - 1]:
            break
        if FOOTNOTE_RE.match(lines[first]) and _line_ending_with_mark(lines, first, last, removed):
            return first, last
    return ()  # type: ignore[return-value]


def _line_ending_with_mark(
    lines: list[str], first: int, last: int, removed: dict[int, str]
) -> int | None:
    """The line that ends with footnote ``first``-``last``'s mark after a sentence
    (``week."1``), the paragraph the note belongs after: above it on its page, else on the
    next page (a paragraph the break cut, read on after the note)."""
    mark = FOOTNOTE_RE.match(lines[first])["mark"]  # type: ignore[index]
    ending = re.compile(rf"{AFTER_WORD}{re.escape(mark)}$")
    for i in range(first - 1, max(-1, first - MARK_LINES), -1):
        if i in removed:
            break  # the page's top
        if lines[i] and ending.search(lines[i].rstrip()):
            return i
    start = last + 1
    while start < len(lines) and (start in removed or not lines[start]):
        start += 1  # the break's furniture
    for i in range(start, min(len(lines), start + MARK_LINES)):
        if i in removed:
            break  # the next break
        if lines[i] and ending.search(lines[i].rstrip()):
            return i
    return None


def _apply(lines: list[str], structure: PageStructure) -> str:
    """The lines without the furniture, halves of rejoined paragraphs on adjacent lines."""
    drop = set(structure.removed)
    for end, after in structure.joins:
        drop.update(i for i in range(end + 1, after) if not lines[i])
    insert_after: dict[int, list[int]] = defaultdict(list)
    for first, last, target in structure.moved:
        drop.update(range(first, last + 1))
        drop.update(i for i in range(first - 1, first) if not lines[i])
        insert_after[target].extend(range(first, last + 1))
    out: list[str] = []
    kept = 0  # The lines from here to the next line dropped or inserted after go as they are.
    for i in sorted(drop | insert_after.keys()):
        out += lines[kept:i]
        if i not in drop:
            out.append(lines[i])
        if i in insert_after:
            out.extend(["", *(lines[j] for j in insert_after[i]), ""])
        kept = i + 1
    out += lines[kept:]
    text = BLANK_LINES_RE.sub("\n\n", "\n".join(out)).strip("\n")
    return text + "\n" if text else ""


def explain_pages(before: str, after: str, **_options: object) -> list[str]:
    """The lines removed, with why, and the paragraphs rejoined over a page break."""
    if before == after:
        return []
    lines = before.split("\n")
    structure = find_page_structure(lines, page_breaks(before), text=before)
    notes = [f"removed {why}" for _, why in sorted(structure.removed.items())]
    for end, after_line in structure.joins:
        notes.append(
            f"rejoined over a page break: {lines[end][-30:]!r} + {lines[after_line][:30]!r}"
        )
    for first, _, _ in structure.moved:
        notes.append(f"moved footnote {lines[first][:40]!r} after its paragraph")
    return notes
