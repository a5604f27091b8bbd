"""Line classification for the ``unwrap`` pass: what each line of a document is.

A line is prose (may be joined), a list item (joined with its own continuation lines only),
or a kept structure (code, table, quote, signature, markup) that stays line-for-line.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from enum import Enum
from itertools import count
from operator import itemgetter

from cleaner.data import english_function_words
from cleaner.lazy_re import lazy_compile
from cleaner.memo import LINE_CACHE_SIZE, short_text_cache
from cleaner.passes.layout import (
    BULLET_RE,
    WEAK_MARKER_RE,
    holds_any,
    is_fence,
    lines_with_meaningful_spacing,
    may_open_item,
)
from cleaner.scripts import (
    NO_SPACE_RE,
    breaks_anywhere,
    starts_caseless,
    starts_mid_word,
)

# Indented code: four spaces or a tab before the text.
INDENTED_RE = lazy_compile(r"^( {4,}|\t)\S")
# A table row drawn with pipes, or a grid-table border such as +----+----+.
PIPE_ROW_RE = lazy_compile(r"^\s*\|.*\||^[^|]*\|[^|]*\|[^|]*$|^\s*\+[-=+:]+\+\s*$")
# An email quote.
QUOTE_RE = lazy_compile(r"^\s*>")
# A quote line that may stand alone: ">" then a space, another ">" or the end ("> Hi").
# A lone ">From" (mbox escaping) is quoted only inside a block of quote lines.
SPACED_QUOTE_RE = lazy_compile(r"^\s*>(\s|>|$)")
# The signature separator "-- " (its trailing space is gone after the whitespace pass).
SIGNATURE_RE = lazy_compile(r"^-- ?$")
# What a fence line holds (a text without either has no fenced code).
FENCE_SIGNS = ("```", "~~~")
# A line feed, then a line that is a signature separator (SIGNATURE_RE, searched for from
# the line feeds).
SIGNATURE_LINE_RE = re.compile(r"\n-- ?(?=\n|\Z)")
# A Markdown ATX heading.
ATX_HEADING_RE = lazy_compile(r"^\s{0,3}#{1,6}(\s|$)")
# A Markdown link reference definition ("[label]: https://..." and an optional title, a
# destination that looks like a URL or path, not prose: "[\\cite=05]: the authors") or a
# line opening with an HTML tag (not an autolink such as "<https://fsf.org/>", nor the
# target of a reStructuredText link or role that wrapped, "<file-upload>`_"): markup,
# one per line.
MARKUP_LINE_RE = lazy_compile(
    r"""^\s{0,3}\[[^\]]+\]:[ \t]*(<[^<>\s]*>|[^\s<>]*[/.:#][^\s<>]*)"""
    r"""([ \t]+("[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$"""
    r"""|^\s*</?[A-Za-z][A-Za-z0-9-]*(\s[^>]*)?/?>(?!`)"""
)
# An RST/setext underline or a horizontal rule: one punctuation mark repeated, or "* * *".
RULE_RE = lazy_compile(r"""^\s*([=\-~^*+#_`'":.])\1{2,}\s*$|^\s*([-*_])(\s+\2){2,}\s*$""")
# A line that is nothing but a list marker ("1)" alone): the item's text is on the next line.
BARE_MARKER_RE = lazy_compile(r"^\s*([-*•+‣◦▪·]|\d{1,3}[.)]|[a-z]\)|\([^\s()]{1,6}\))$")
# The end of a line that may close a paragraph: sentence punctuation, a colon or an ellipsis,
# then closing quotes or brackets; a title such as "Dr." does not end a sentence. Tested
# with string methods (:func:`ends_sentence`): a regex searched for at the end of a line
# tries every position of the line first.
SENTENCE_PUNCTUATION = ".!?:…。！？："
CLOSING_PUNCTUATION = "\"'”’»)]」』）】》〉"
# A footnote's mark after a sentence ("week.\"1", "horse.4", "end.²"): up to two digits.
FOOTNOTE_MARKS = "0123456789¹²³⁴⁵⁶⁷⁸⁹⁰"
# The last characters a line that ends a sentence may have ("$" allows a final LF).
SENTENCE_END_LAST = frozenset(SENTENCE_PUNCTUATION + CLOSING_PUNCTUATION + FOOTNOTE_MARKS + "\n")
TITLES = ("Dr", "Mr", "Mrs", "Ms", "St", "Prof", "Rev", "Gen", "Col", "Capt", "Lt", "Sgt", "Sen",
          "Gov", "Mt")  # fmt: skip

# A paragraph's first word alone on its line ("The", "Initially,", "“In"): one short token
# with a letter or digit that does not end a sentence.
MAX_LONE_WORD = 25
LONE_WORD_RE = lazy_compile(rf"^\S{{1,{MAX_LONE_WORD}}}$")
# In Han, kana and Thai, written without spaces, a lone word is at most this many characters.
MAX_LONE_CJK = 4
# A line ending inside a word or a dashed phrase: a hyphen, soft hyphen or dash right after
# a letter or digit ("inter-", "regime—", "1990–"); see :func:`ends_with_word_break`.
WORD_BREAK_MARKS = ("-", "\u00ad", "—", "–")
# The last characters a line ending in a word break may have ("$" allows a final LF).
WORD_BREAK_LAST = frozenset((*WORD_BREAK_MARKS, "\n"))
# Opening punctuation a paragraph may start with before its first letter.
OPENING_PUNCTUATION = "\"'“‘«([*_¿¡「『（《〈【"
# Trailing characters that say a line continues, so it cannot be a heading.
CONTINUING_END = tuple(",;-–—/&(+=，、；（「『《【")
# The first characters (after indentation) that markup, quotes and rules can start with:
# a line starting otherwise (most prose) needs none of their patterns tried.
MARKUP_STARTS = frozenset("#>[<=-~^*+_`'\":.")
# Of those, the ones that open a heading, quote, link definition or tag whatever follows;
# the others only mark a rule (RULE_RE), so they are followed by the same mark ("---"),
# or "-", "*" and "_" by a space ("- - -"): a quotation's opening mark is no markup.
MARKUP_OPENERS = "#>[<"
SPACED_RULE_MARKS = "-*_"
# A line feed, then a line starting so after any indentation (searched from the line
# feeds, which the regex engine finds at C speed; "^" with MULTILINE tries every position).
MARKUP_START_RE = re.compile(
    r"\n[^\S\n]*(?:[" + re.escape(MARKUP_OPENERS) + "]"
    r"|([" + re.escape("".join(sorted(MARKUP_STARTS - set(MARKUP_OPENERS)))) + r"])\1"
    r"|[" + re.escape(SPACED_RULE_MARKS) + r"][^\S\n])"
)


class Kind(Enum):
    """What a line is, as far as joining goes."""

    BLANK = "blank"
    PROSE = "prose"
    ITEM = "item"
    KEPT = "kept"


def classify_lines(
    lines: list[str], width: int | None = None, *, meaningful: Sequence[bool] | None = None
) -> list[Kind]:
    """Give each line its kind; kept structures are found first, then list items.

    Lines whose inner spacing is meaningful (code, aligned columns) are kept: ``meaningful``
    marks them, by default :func:`lines_with_meaningful_spacing` of ``lines``, the very
    lines the whitespace pass keeps the spacing of. With the document's wrap ``width``, a
    weak marker ("1.", "- ") after a finished line opens an item only if that line had
    room for it: otherwise the wrap put it there.

    >>> [k.value for k in classify_lines(["Intro:", "- one", "- two", "", "    code()"])]
    ['prose', 'item', 'item', 'blank', 'kept']
    """
    if meaningful is None:
        meaningful = lines_with_meaningful_spacing(lines)
    return with_items(lines, classify_structure(lines, meaningful), width)


def classify_structure(lines: list[str], meaningful: Sequence[bool]) -> list[Kind]:
    """The kinds of :func:`classify_lines` before list items are told (none depends on the
    wrap width, so a caller trying two widths classifies the structure once).

    >>> [k.value for k in classify_structure(["Intro:", "- one", "> quote"], [False] * 3)]
    ['prose', 'prose', 'kept']
    """
    blank, kept, prose = Kind.BLANK, Kind.KEPT, Kind.PROSE
    kinds = [  # (a line is blank if empty or all whitespace: ``not line.strip()``)
        blank if not line or line.isspace() else kept if keep else prose
        for line, keep in zip(lines, meaningful, strict=True)
    ]
    text = "\n".join(lines)  # Searched whole for the signs each kind needs (most have none).
    _mark_signature(lines, kinds, text)
    _mark_markup(lines, kinds, _matching_lines(text, MARKUP_START_RE))
    if "|" in text or "+" in text:
        _mark_pipe_rows(lines, kinds)
    return kinds


def _matching_lines(text: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """The indexes of the lines of ``text`` that ``pattern`` matches from the line feed
    before them (the first line counts as after one), found by one search of the text.

    >>> list(_matching_lines("# a\\nb\\nc\\n  > d", MARKUP_START_RE))
    [0, 3]
    """
    text = "\n" + text
    index = position = 0
    for found in pattern.finditer(text):
        index += text.count("\n", position, found.start())
        position = found.start()
        yield index


def with_items(
    lines: list[str], structure: list[Kind], width: int | None, *, markup: bool = False
) -> list[Kind]:
    """A copy of the ``structure`` kinds with list items and indented code marked (not in
    ``markup``, where code is in literal blocks and an indented line may be prose)."""
    return items_and_code(lines, structure, width, markup=markup)[0]


def items_and_code(
    lines: list[str], structure: list[Kind], width: int | None, *, markup: bool = False
) -> tuple[list[Kind], bool]:
    """:func:`with_items`, and whether ``width`` could matter: some weak marker after a
    line that ends a sentence was judged by it (without one, the kinds are the same at
    every width).

    >>> items_and_code(["Text", "    code()"], [Kind.PROSE] * 2, None)
    ([<Kind.PROSE: 'prose'>, <Kind.KEPT: 'kept'>], False)
    """
    kinds = list(structure)
    return kinds, _mark_items_and_code(lines, kinds, width, markup)


def _mark_signature(lines: list[str], kinds: list[Kind], text: str) -> None:
    """Everything from a signature separator (outside fenced code) to the end; ``text`` is
    the lines joined (without a fence, the first separator line is found in it)."""
    if not holds_any(text, FENCE_SIGNS):  # (a backtick or tilde looked for first, in C)
        for i in _matching_lines(text, SIGNATURE_LINE_RE):
            kinds[i:] = [Kind.BLANK if kind is Kind.BLANK else Kind.KEPT for kind in kinds[i:]]
            return
        return
    in_fence = False
    for i, line in enumerate(lines):
        if not line.startswith("-") and "```" not in line and "~~~" not in line:
            continue  # Neither a fence nor a separator: the patterns need not be tried.
        if is_fence(line, lines[i - 1] if i else "", in_fence):
            in_fence = not in_fence
        elif not in_fence and SIGNATURE_RE.match(line):
            for j in range(i, len(lines)):
                kinds[j] = Kind.BLANK if kinds[j] is Kind.BLANK else Kind.KEPT
            return


def _mark_markup(lines: list[str], kinds: list[Kind], candidates: Iterable[int]) -> None:
    """Markdown headings, link definitions, HTML tags, quotes, rules and underlined titles,
    among the ``candidates``: the lines that start as MARKUP_START_RE reads (no other line
    can be one)."""
    for i in candidates:
        line = lines[i]
        if kinds[i] is not Kind.PROSE:
            continue
        if ATX_HEADING_RE.match(line) or _is_quote(lines, i) or MARKUP_LINE_RE.match(line):
            kinds[i] = Kind.KEPT
        elif RULE_RE.match(line):
            kinds[i] = Kind.KEPT
            if i > 0 and kinds[i - 1] is Kind.PROSE:
                kinds[i - 1] = Kind.KEPT


def _is_quote(lines: list[str], i: int) -> bool:
    """An email or Markdown quote: "> " on its own, or a ">" line next to another one.

    >>> _is_quote(["was the word", ">From then on", "it was"], 1), _is_quote([">From", "> b"], 0)
    (False, True)
    """
    if not QUOTE_RE.match(lines[i]):
        return False
    if SPACED_QUOTE_RE.match(lines[i]):
        return True
    return any(0 <= j < len(lines) and QUOTE_RE.match(lines[j]) for j in (i - 1, i + 1))


def _mark_pipe_rows(lines: list[str], kinds: list[Kind]) -> None:
    """Table rows drawn with pipes (aligned columns are marked by the shared layout rule)."""
    for i, line in enumerate(lines):
        if "|" not in line and "+" not in line:
            continue  # Rows and borders hold one or the other.
        if kinds[i] is Kind.PROSE and PIPE_ROW_RE.match(line):
            kinds[i] = Kind.KEPT


def _mark_items_and_code(
    lines: list[str], kinds: list[Kind], width: int | None, markup: bool
) -> bool:
    """List items (weak markers only where a new line of text may start), indented code;
    whether ``width`` was read (:func:`width_decides_item`; else it does not count).

    An indented line right after an item, or after a marker alone, continues it; elsewhere
    it is code (not in markup, where it may be prose, and where a kept line, a title's
    underline or a directive, ends what went before as a blank line would).
    """
    indented_code = not markup
    in_item = width_read = False
    # Under a marker alone that opens no item (the wrap put it there), indented lines are
    # still its item's text: the marker is set apart when the line above is a heading, and
    # the next run reads it at the top of a block, an item, and them as its text.
    under_marker = False
    prose = Kind.PROSE
    if len(lines) != len(kinds):
        raise ValueError("lines and kinds differ in length")
    # Each line with its index and kind (as read before the line is marked), unpacked flat.
    for i, line, kind in zip(count(), lines, kinds):
        if kind is not prose:
            in_item = under_marker = False
            continue
        if line and line[0].isalpha() and line[1:2] != ")":
            under_marker = False
            continue  # may_open_item's commonest no, and no indentation: nothing to mark.
        if not may_open_item(line):
            indented = line.startswith(("    ", "\t"))
            if not in_item and indented_code and indented and not under_marker:
                kinds[i] = Kind.KEPT if INDENTED_RE.match(line) else kinds[i]
            under_marker = under_marker and indented
            continue
        above = kinds[i - 1] if i > 0 else Kind.BLANK
        starts = above is Kind.BLANK or (markup and above is Kind.KEPT)
        previous = "" if starts else lines[i - 1]
        if in_item and WEAK_MARKER_RE.match(line):
            opens = True
        else:
            opens = opens_item_after(previous, line, width)
            width_read = width_read or width_decides_item(previous, line)
        if opens:
            kinds[i] = Kind.ITEM
            in_item = True
        elif indented_code and INDENTED_RE.match(line) and not in_item:
            kinds[i] = Kind.KEPT
        under_marker = kinds[i] is prose and bool(BARE_MARKER_RE.match(line))
    return width_read


def opens_item_after(previous: str, line: str, width: int | None) -> bool:
    """Whether ``line`` opens a list item after ``previous`` when no list goes on above it.

    A bullet always does. A weak marker does at the top of a block, or after a finished
    line that had room for it (by :func:`has_room`, the rule that ends paragraphs, so the
    two agree on a line too long to have been wrapped); otherwise the wrap put it there.

    >>> [opens_item_after(p, "- slowly", 30) for p in ("", "It fell.", "It fell", "x" * 29 + ".")]
    [True, True, False, False]
    """
    if BULLET_RE.match(line):
        return True
    weak = WEAK_MARKER_RE.match(line)
    if not weak or not previous:
        return bool(weak)
    fits = width is None or has_room(previous, weak.group(1), width)
    return fits and ends_sentence(previous.rstrip())


def width_decides_item(previous: str, line: str) -> bool:
    """Whether :func:`opens_item_after` reads its ``width`` for these lines: a weak marker
    that is no bullet, after a line that ends a sentence (else its answer is the same at
    every width).

    >>> width_decides_item("It fell.", "- slowly"), width_decides_item("It fell", "- slowly")
    (True, False)
    >>> width_decides_item("It fell.", "* slowly"), width_decides_item("", "- slowly")
    (False, False)
    """
    if not previous or BULLET_RE.match(line) or not WEAK_MARKER_RE.match(line):
        return False
    return ends_sentence(previous.rstrip())


# A wrapped line's length, and its length with the next line's first word (a sample's pair).
LENGTH, LENGTH_WITH_NEXT = itemgetter(0), itemgetter(1)


def estimate_wrap_width(wrapped: list[tuple[int, int]], others: Sequence[int] = ()) -> int:
    """The width the text was wrapped at: the one that explains the most line breaks.

    ``wrapped`` holds, for each line known to be wrapped, its length and its length with
    the next line's first word; ``others`` the lengths of the remaining lines. A width is
    contradicted by every wrapped line that had room for the next word, and twice for each
    width's worth of every line longer than it (no wrapper writes those; a ragged hand fill
    leaves room often); the smallest width with the fewest contradictions wins. Lines
    edited after wrapping cost a few contradictions, not the answer, and a paragraph
    already on one line outweighs a few short lines (verse) that continue in lower case.

    >>> estimate_wrap_width([(79, 85)] * 20 + [(77, 82)] * 20 + [(99, 104), (84, 88)])
    79
    >>> estimate_wrap_width([(100, 105), (96, 104)], [103, 40])
    103
    >>> estimate_wrap_width([(30, 39), (18, 26)], [8, 7])
    30
    >>> estimate_wrap_width([(28, 35), (24, 30), (25, 29)], [170, 5])
    0

    That last width, 170, explains none of the breaks (each line had room for the next
    word), so nothing is wrapped: 0. Judged again after unwrapping, a text whose joined
    paragraphs set the longest line must not seem wrapped at that length.
    """
    lengths = sorted([*map(LENGTH, wrapped), *others])
    with_next = sorted(map(LENGTH_WITH_NEXT, wrapped))
    best_width, best_cost = 0, float("inf")
    # Widest first: each narrower width has at least as many lines longer than it, each
    # costing two at least, so the walk stops where those alone cost more than the best.
    # A tie goes to the narrower width (the first of an ascending walk).
    last = len(lengths) - 1  # The last index of the width tried (each length in turn).
    longer_total = 0  # The total length of the lines longer than it.
    while last >= 0:
        width, shorter = lengths[last], last + 1
        longer = len(lengths) - shorter
        if 2 * longer > best_cost:
            break
        # A wrapper breaks a line of n widths about n - 1 times, and each longer line at
        # least once: a joined paragraph of 170 characters refutes a width of 28 (a verse
        # block) more than three short lines do; a line edited to 109 of 66 counts once.
        breaks = longer_total / width - longer if width else 0
        too_long = max(longer, breaks)
        had_room = bisect_right(with_next, width)
        if 2 * too_long + had_room <= best_cost:
            best_width, best_cost = width, 2 * too_long + had_room
        last = bisect_left(lengths, width, 0, last) - 1
        longer_total += width * (shorter - last - 1)
    explains_a_break = bisect_right(with_next, best_width) < len(with_next)
    return best_width if explains_a_break else 0


@short_text_cache(maxsize=LINE_CACHE_SIZE)
def is_title_like(line: str) -> bool:
    """Most words that are not function words are capitalized.

    >>> is_title_like("MEK's Domestic Activism and Intelligence Network")
    True
    >>> is_title_like("Pourmohammadi, who also served on the commission")
    False
    """
    words = [w.lstrip(OPENING_PUNCTUATION) for w in line.split()]
    content = [w for w in words if w and w.lower() not in english_function_words()]
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in content)
    return bool(content) and capitals * 2 > len(content)


def ends_with_word_break(line: str) -> bool:
    """A hyphen, soft hyphen or dash after a letter: the word or phrase goes on below.

    >>> [ends_with_word_break(x) for x in ("inter-", "1990–", "so--", "a ---", "_-", "x")]
    [True, True, True, False, False, False]
    """
    if line[-1:] not in WORD_BREAK_LAST:  # Most lines end with a letter: nothing to read.
        return False
    if line.endswith("\n"):  # As "$" reads a line: before one final line feed.
        line = line[:-1]
    if line.endswith(WORD_BREAK_MARKS) and len(line) > 1 and line[-2].isalnum():
        return True
    return line.endswith("--") and len(line) > 2 and line[-3].isalnum()


def has_room(line: str, following: str, width: int) -> bool:
    """The next line's first word would have fitted, or the line is too long to be wrapped."""
    return len(line) + 1 + first_word_length(following) <= width or len(line) > width + max(
        6, width // 10
    )


def is_standalone_heading(line: str, after: str | None, width: int) -> bool:
    """A title-like heading line, then the end or a paragraph start it left room for.

    >>> is_standalone_heading("The Long War", "It began.", 40)
    True
    >>> is_standalone_heading("The Long War", "and went on.", 40)
    False
    """
    if not (looks_like_heading(line) and is_title_like(line)):
        return False
    if after is None:
        return True
    return has_room(line, after, width) and starts_paragraph(after)


def first_word_length(line: str) -> int:
    """The length of the line's first word (0 for a blank line): the first unit a wrapper
    could break before, one character of Han, kana or CJK punctuation (Thai text counts up
    to its next space, as its word breaks are unknown).

    >>> first_word_length("  so it goes"), first_word_length(""), first_word_length("天气很好")
    (2, 0, 1)
    """
    first = line[:1]
    if not first.isascii() or first.isspace():  # (ASCII starts no line wrapped anywhere)
        stripped = line.lstrip()
        if stripped and breaks_anywhere(stripped[0]):
            return 1
    words = line.split(None, 1)
    return len(words[0]) if words else 0


def is_full(line: str, after: str | None, width: int) -> bool:
    """The line had no room for the word after it: it was wrapped."""
    return after is not None and not has_room(line, after, width)


def ends_sentence(line: str) -> bool:
    """Sentence punctuation, a colon or an ellipsis ends the line, then closing quotes or
    brackets; not after a title.

    A footnote's mark may follow (``week."1``, ``horse.4``), not a number's digits (``3.1``).

    >>> [ends_sentence(x) for x in ("It ended.", "“Why?”", "see Dr.", "a DDr.", "so,")]
    [True, True, False, True, False]
    >>> [ends_sentence(x) for x in ('next week."1', "a horse.4", "version 3.1", "page 12")]
    [True, True, False, False]
    """
    if line[-1:] not in SENTENCE_END_LAST:  # Most lines end with a letter: no sentence end.
        return False
    if line.endswith("\n"):  # As "$" reads a line: before one final line feed.
        line = line[:-1]
    core = line.rstrip(CLOSING_PUNCTUATION)
    if core and core[-1] in FOOTNOTE_MARKS:
        core = _without_footnote_mark(core)
    if not core or core[-1] not in SENTENCE_PUNCTUATION:
        return False
    before = core[:-1]
    if before.endswith(TITLES):
        for title in TITLES:
            start = len(before) - len(title)
            if before.endswith(title) and (start == 0 or not _is_word_character(before[start - 1])):
                return False
    return True


def _without_footnote_mark(core: str) -> str:
    """``core`` without a footnote mark of one or two digits after a sentence's punctuation
    (and closing quotes); unchanged when the digits are a number's."""
    mark = len(core) - len(core.rstrip(FOOTNOTE_MARKS))
    before = core[:-mark].rstrip(CLOSING_PUNCTUATION)
    if mark > 2 or len(before) < 2 or before[-1] not in SENTENCE_PUNCTUATION:
        return core
    return before if not before[-2].isdigit() else core


def _is_word_character(character: str) -> bool:
    """A character of ``\\w`` as ``re`` reads it in a str pattern."""
    return character.isalnum() or character == "_"


def starts_paragraph(line: str) -> bool:
    """Starts with a capital or digit, after any opening quotes or brackets, or with a
    letter of a script without case (CJK, Thai), which may start anything but a Thai vowel
    or mark that only follows a consonant.

    >>> starts_paragraph("The end"), starts_paragraph("มัก"), starts_paragraph("ำ เช่น")
    (True, True, False)
    """
    first = line[:1]
    if first.isascii() and first.isalnum():  # Nothing stripped; no caseless script.
        return not first.islower()
    core = line.strip().lstrip(OPENING_PUNCTUATION)
    return bool(core) and (
        core[0].isupper()
        or core[0].isdigit()
        or (starts_caseless(core) and not starts_mid_word(core))
    )


def starts_lowercase(line: str) -> bool:
    """Starts with a lower-case letter, after opening punctuation or a dash, or with a
    letter of a script without case (CJK, Thai), which may go on a sentence.

    >>> starts_lowercase("and then"), starts_lowercase("「天气」"), starts_lowercase("The")
    (True, True, False)
    """
    first = line[:1]
    if first.isascii() and first.isalnum():  # Nothing stripped; no caseless script.
        return first.islower()
    core = line_core(line)
    return bool(core) and (core[0].islower() or starts_caseless(core))


def line_core(line: str) -> str:
    """``line`` from its first word on: without its indentation, opening punctuation and
    dashes (what :func:`starts_lowercase` reads past).

    >>> line_core("  «— été")
    'été'
    """
    return line.strip().lstrip(OPENING_PUNCTUATION + "-–— ")


def is_lone_word(line: str) -> bool:
    """One short token with a letter or digit, not ending a sentence: ``The``, ``29``, ``Dr.``.

    >>> [is_lone_word(w) for w in ("“In", "Initially,", "Dr.", "Iran.", "“Sunshine.”")]
    [True, True, True, False, False]
    """
    token = line.strip()
    if len(token) > MAX_LONE_WORD or " " in token:  # (LONE_WORD_RE matches neither)
        return False
    if len(token) > MAX_LONE_CJK and not token.isascii() and NO_SPACE_RE.search(token):
        return False  # A run of Han, kana or Thai is a phrase, not one word.
    return (
        bool(LONE_WORD_RE.match(token))
        and any(c.isalnum() for c in token)
        and not ends_sentence(token)
        and not token.endswith(";")
    )


def looks_like_heading(line: str) -> bool:
    """Short, no closing or continuing punctuation, not ending on a function word.

    >>> looks_like_heading("A Long Conflict between the Clerical Regime and the MEK")
    True
    >>> looks_like_heading("Antonio Guterres to refer to the 1988 massacre of")
    False
    """
    if line.endswith(CONTINUING_END) or ends_sentence(line):
        return False
    words = line.split()
    if not 1 <= len(words) <= 12:
        return False
    if starts_lowercase(line) and not starts_caseless(line.lstrip(OPENING_PUNCTUATION)):
        return False
    return words[-1].strip("\"'”’)].").lower() not in english_function_words()
