"""``unwrap``'s shortcuts for speed give what the plain rule they stand for gives.

Each property below puts one shortcut against a straightforward reference on generated
inputs: lines that start and end with the characters the shortcuts tell apart.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.passes.layout import is_fence, lines_with_meaningful_spacing
from cleaner.passes.unwrap import blocks as unwrap_blocks
from cleaner.passes.unwrap import fast as unwrap_fast
from cleaner.passes.unwrap import hyphens as unwrap_hyphens
from cleaner.passes.unwrap import kinds as unwrap_kinds
from cleaner.passes.unwrap import markup
from cleaner.passes.unwrap import verse as unwrap_verse
from cleaner.passes.unwrap import width as unwrap_width
from cleaner.passes.unwrap.boundaries import (
    OPENING_PUNCTUATION,
    ends_sentence,
    is_lone_word,
    starts_lowercase,
)
from cleaner.passes.unwrap.document import (
    BLOCK_WIDTH_MARGIN,
    Document,
    prose_document,
)
from cleaner.passes.unwrap.fast import (
    ASCII_LOWER,
    PLAIN_END,
    is_verse_at,
    may_be_lone_word,
    plain_paragraph,
    reads_as_ascii,
    starts_lowercase_told,
    verse_slack,
)
from cleaner.passes.unwrap.headings import is_standalone_heading
from cleaner.passes.unwrap.kinds import Kind, classify_structure, items_and_code, with_items
from cleaner.passes.unwrap.room import estimate_wrap_width, first_word_length, has_room
from cleaner.passes.unwrap.segments import raw_lines, read_segments, without_stray_soft_hyphens
from cleaner.passes.unwrap.verse import _is_indented_rhyme, is_stanza
from cleaner.passes.unwrap.width import UNWRAPPED_WIDTH, block_wrap_width
from tests import line_tests_reference

PROPERTIES = settings(max_examples=500, deadline=None)

# Line starts a list marker, a bullet or an indentation may make an item or code of.
ITEM_STARTS = ["- ", "1. ", "12) ", "a) ", "(i) ", "(C) ", "• ", "* ", "    ", "\t", "  ", ""]
# Line bodies that end a sentence or not, at several lengths (so has_room says both).
ITEM_BODIES = ["", "Word", "and so.", "It fell.", "x = 1", "a much longer line that ends.",
               "a line that goes on and on", "Dr.", "x" * 40 + "."]  # fmt: skip
item_lines = st.lists(
    st.tuples(st.sampled_from(ITEM_STARTS), st.sampled_from(ITEM_BODIES)).map("".join),
    max_size=12,
)


@PROPERTIES
@given(item_lines, st.booleans())
def test_unwrap_kinds_said_width_free_are_the_same_at_every_width(
    lines: list[str], markup: bool
) -> None:
    """items_and_code says the width was not read only when the kinds at every width (and
    at none) are the kinds it gave: the survey keeps them as the final kinds."""
    structure = classify_structure(lines, [False] * len(lines))
    kinds, width_read = items_and_code(lines, structure, None, markup=markup)
    if not width_read:
        for width in range(0, 60):
            assert with_items(lines, structure, width, markup=markup) == kinds, width


def _estimate_wrap_width_every_width(wrapped: list[tuple[int, int]], others: list[int]) -> int:
    """estimate_wrap_width as first written: every width tried, narrowest first."""
    lengths = sorted([length for length, _ in wrapped] + list(others))
    with_next = sorted(full for _, full in wrapped)
    tail_sums = list(accumulate(reversed(lengths), initial=0))[::-1]
    best_width, best_cost = 0, float("inf")
    for width in sorted(set(lengths)):
        shorter = bisect_right(lengths, width)
        longer = len(lengths) - shorter
        breaks = tail_sums[shorter] / width - longer if width else 0
        too_long = max(longer, breaks)
        had_room = bisect_right(with_next, width)
        if 2 * too_long + had_room < best_cost:
            best_width, best_cost = width, 2 * too_long + had_room
    explains_a_break = bisect_right(with_next, best_width) < len(with_next)
    return best_width if explains_a_break else 0


# A wrapped line's length and how much longer it is with the next line's first word; a
# small range of lengths makes ties and repeated widths common.
wrap_samples = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=30).map(
    lambda pairs: [(length, length + extra) for length, extra in pairs]
)


@PROPERTIES
@given(wrap_samples, st.lists(st.integers(0, 200), max_size=30))
@example([(10, 11), (30, 31)], [30, 10])  # a tie between two widths
@example([(0, 1)], [0, 0, 5])  # a width of 0
def test_unwrap_wrap_width_walk_is_the_walk_over_every_width(
    wrapped: list[tuple[int, int]], others: list[int]
) -> None:
    """The walk from the widest width that stops early finds the width the walk over every
    width, narrowest first, finds (ties to the narrower)."""
    expected = _estimate_wrap_width_every_width(wrapped, others)
    assert estimate_wrap_width(wrapped, others) == expected


# Pieces of lines that markup, quotes and rules are made of, and of prose that looks like
# them (a quotation's opening mark, an ellipsis, a dash).
MARKUP_PIECES = ["#", "##", ">", "[a]: https://x.org", "[a]", "<div>", "<https://x.org>", "---",
                 "- - -", "***", "* * *", "___", "===", "~~~", "^^^", "+++", "```", "...",
                 "''", '"""', "::", "-", "*", "'", '"', "—", " ", "  ", "\t", "\x1f", "\u3000",
                 "Word", "and so.", "x", "|", "-- "]  # fmt: skip
markup_lines = st.lists(
    st.lists(st.sampled_from(MARKUP_PIECES), max_size=4).map("".join), max_size=10
)


@PROPERTIES
@given(markup_lines)
@example(["~~~", "-- ", "~~~", "Word"])  # a separator in fenced code is none
@example(["```", "-- ", "```", "-- ", "Word"])
def test_unwrap_markup_found_among_candidates_is_markup_found_on_every_line(
    lines: list[str],
) -> None:
    """classify_structure tries the markup patterns only on the lines MARKUP_START_RE
    finds, and marks what trying them on every line marks."""
    kinds = classify_structure(lines, [False] * len(lines))
    expected = [Kind.BLANK if not line or line.isspace() else Kind.PROSE for line in lines]
    _mark_signature_line_by_line(lines, expected)
    unwrap_kinds._mark_markup(lines, expected, range(len(lines)))
    if "|" in "".join(lines) or "+" in "".join(lines):
        unwrap_kinds._mark_pipe_rows(lines, expected)
    assert kinds == expected


def _mark_signature_line_by_line(lines: list[str], kinds: list[Kind]) -> None:
    """_mark_signature as first written: every line walked, fences followed."""
    in_fence = False
    for i, line in enumerate(lines):
        if is_fence(line, lines[i - 1] if i else "", in_fence):
            in_fence = not in_fence
        elif not in_fence and unwrap_kinds.SIGNATURE_RE.match(line):
            if len(lines) - 1 - i > unwrap_kinds.SIGNATURE_LINES:
                continue  # (a separator with the rest of a document below is no signature's)
            kinds[i:] = [Kind.BLANK if kind is Kind.BLANK else Kind.KEPT for kind in kinds[i:]]
            return


def _signs_every_pattern(text: str) -> list[int]:
    """unwrap's markup._signs as first written: every pattern searched for."""
    found = [
        sign.start()
        for sign in markup.EXPLICIT_SIGN_RE.finditer(text)
        if not text[text.rfind("\n", 0, sign.start()) + 1 : sign.start()].strip(" \t")
        and _under_a_blank_or_explicit_line(text, sign.start())
    ]
    for pattern in (markup.LITERAL_SIGN_RE, markup.LINK_SIGN_RE):
        found += [sign.start() for sign in pattern.finditer(text)]
    return found + [
        sign.start()
        for sign in markup.ROLE_SIGN_RE.finditer(text)
        if markup.ROLE_NAME_RE.search(text, max(0, sign.start() - 40), sign.start())
    ]


def _under_a_blank_or_explicit_line(text: str, start: int) -> bool:
    """The explicit markup at ``start`` opens the text or is under a blank line or a line
    of explicit markup (session 40: under a paragraph's line it is that paragraph's text)."""
    lines = text[:start].split("\n")
    return len(lines) == 1 or not lines[-2].strip() or lines[-2].strip().startswith("..")


# Pieces of reStructuredText's signs and of prose that looks like them.
RST_PIECES = [".. ", "..", " .. x", "::", "::\n\n    code", "`", "`x`_", "`x`__", ":pep:`8`",
              ":`", ":a-b:`x`", "Title", "\n=====", "\n", "\n\n", " ", "word", "_"]  # fmt: skip


@PROPERTIES
@given(st.lists(st.sampled_from(RST_PIECES), max_size=20).map("".join))
def test_unwrap_markup_signs_are_found_as_by_every_pattern(text: str) -> None:
    """_signs skips the link and role patterns in a text without a backtick, and finds
    the signs searching for every pattern finds, in that order."""
    assert list(markup._signs(text)) == _signs_every_pattern(text)


# Pieces of texts with soft hyphens, line ends of every kind and trailing whitespace.
SEGMENT_PIECES = ["word", "inter\u00ad", "\u00ad", " \u00ad ", "\n", "\n\n", "\r\n", "\r",
                  "\u2028", " ", "  ", "\t", "```", "It ends.", "and goes on", "::", ">>> ",
                  "a  b", "    code"]  # fmt: skip


@PROPERTIES
@given(st.lists(st.sampled_from(SEGMENT_PIECES), max_size=30).map("".join), st.integers(1, 40))
@example("```\nword\n```", 40)  # only the fence is a sign
def test_unwrap_segment_lines_and_kinds_are_every_line_read(text: str, segment_chars: int) -> None:
    """read_segments removes stray soft hyphens only from segments whose text holds one,
    and judges spacing only in segments whose text shows a sign of it, and gives the lines
    and kinds that reading every line for them gives."""
    for segment, lines in read_segments(text, segment_chars):
        piece = text[segment.start : segment.end]
        raw = raw_lines(piece, last=segment.end == len(text))
        meaningful = lines_with_meaningful_spacing(raw)
        assert lines == without_stray_soft_hyphens(raw, meaningful)
        assert segment.kinds == classify_structure(lines, meaningful)


def _is_verse_at_every_break(lines: tuple[str, ...], width: int) -> bool:
    """is_verse_at counting every break: half of three or more broke mid-sentence with
    room left, or none goes on in lower case (but after a colon with room for the whole
    line: a list) and one had room."""

    def goes_on(a: str, b: str) -> bool:
        return starts_lowercase(b) and not (
            a.endswith(":") and len(a) + 1 + len(b.strip()) <= width
        )

    if not any(goes_on(a, b) for a, b in pairwise(lines)):
        return any(has_room(a, b, width) for a, b in pairwise(lines))

    def room_to_spare(a: str, b: str) -> bool:
        """has_room, with verse_slack columns to spare before a line of a cased script."""
        start = b.strip().lstrip(OPENING_PUNCTUATION + "-–— ")[:1]
        limit = width - verse_slack(width) if start.lower() != start.upper() else width
        too_long = len(a) > width + max(6, width // 10)
        return len(a) + 1 + first_word_length(b) <= limit or too_long

    short_breaks = sum(
        starts_lowercase(b) and room_to_spare(a, b) and not ends_sentence(a)
        for a, b in pairwise(lines)
    )
    breaks = len(lines) - 1
    return breaks >= 2 and short_breaks * 2 >= breaks


# Words of prose lines: lower and upper case, CJK, long ones, sentence ends, titles.
VERSE_WORDS = ["and", "so", "it", "a", "went", "The", "I", "ended.", "Dr.", "(and", "“Why?”",
               "天气", "x" * 12, "café", "été", "1990", "so,", "—and", "are:"]  # fmt: skip
prose_block = st.one_of(
    st.lists(
        st.lists(st.sampled_from(VERSE_WORDS), min_size=1, max_size=9).map(" ".join),
        min_size=2,
        max_size=9,
    ),
    # Lines of one word each, of every length around the widths the tests judge at.
    st.lists(st.integers(1, 45).map(lambda n: "w" * n), min_size=2, max_size=6),
).map(tuple)


@PROPERTIES
@given(prose_block, st.integers(1, 70))
@example(("went so far it", "a way", "and so it went", "a b"), 16)  # room for "a" exactly
@example(("The files are:", "setup.py", "README.md"), 40)  # a list after its colon
def test_unwrap_verse_verdict_is_the_count_of_every_break(
    lines: tuple[str, ...], width: int
) -> None:
    """is_verse_at, which reads each line's case as it walks the breaks and stops as soon
    as the verdict is sure, says what counting every break says."""
    assert is_verse_at(lines, width) == _is_verse_at_every_break(lines, width)


def _prose_document_as_written(prose: tuple[str, ...], document: Document) -> Document:
    """prose_document with the margin worked out for each block."""
    widest = max(document.width, document.verse_width or 0)
    if widest >= UNWRAPPED_WIDTH:
        return document
    margin = max(BLOCK_WIDTH_MARGIN, widest // 12)
    too_long = widest + max(BLOCK_WIDTH_MARGIN, widest // 10)  # longer: no wrap at it wrote
    if len(prose) < 3 or widest < max(map(len, prose[:-1])) + margin <= too_long + margin:
        return document
    if 2 * max(map(len, prose[:-1])) < widest and not document.loose_wraps:
        return document  # (less than half as wide: verse quoted in a book)
    if not document.loose_wraps and _is_indented_rhyme(prose):
        return document  # (a stanza quoted in a book)
    if is_stanza(prose):  # (a stanza fills a narrow width of its own)
        return document
    width = block_wrap_width(list(prose))
    return document if width is None else document.replace(width=width, verse_width=None)


@PROPERTIES
@given(
    prose_block,
    st.sampled_from([20, 30, 40, 59, 60, 61, 72, 100, UNWRAPPED_WIDTH]),
    st.sampled_from([None, 20, 35, 60, 61, 100, UNWRAPPED_WIDTH]),
)
@example(("w" * 25, "w" * 25, "w."), 30, None)  # at the bound: narrower
@example(("w" * 26, "w" * 26, "w."), 30, None)  # past it: the document's
@example(("w" * 26, "w" * 26, "w."), 20, 30)  # the widest is the output's
@example(("w" * 33, "w" * 33, "w."), 30, None)  # at the bound above: the document's
@example(("w" * 34, "w" * 34, "w."), 30, None)  # past it: wider
@example(("w" * 30, "w" * 30, "w."), 60, None)  # half as wide: narrower
@example(("w" * 29, "w" * 29, "w."), 60, None)  # less than half: the document's
def test_unwrap_block_judged_at_its_own_width_as_written(
    lines: tuple[str, ...], width: int, verse_width: int | None
) -> None:
    """prose_document, reading the document's bound once, judges a block at the width
    working out the margin for each block gives."""
    document = Document(width, False, True, True, "", verse_width=verse_width)
    judged = prose_document(lines, document)
    expected = _prose_document_as_written(lines, document)
    assert (judged is document) == (expected is document)
    assert (judged.width, judged.verse_width) == (expected.width, expected.verse_width)


def _sample_wraps_as_written(
    lines: list[str], kinds: list[Kind], wrapped: list, others: list, lone: list
) -> None:
    """sample_wraps as first written: each line's ends sliced, its length asked again."""
    block_others: list[int] = []
    block_wrapped = False
    for i, line in enumerate(lines):
        kind = kinds[i]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        next_kind = kinds[i + 1] if i + 1 < len(lines) else Kind.BLANK
        if kind is Kind.BLANK:
            if block_wrapped or len(block_others) < 2:
                others.extend(block_others)
            block_others, block_wrapped = [], False
            continue
        if kind not in (Kind.PROSE, Kind.ITEM):
            continue
        if may_be_lone_word(line) and is_lone_word(line):
            if kind is Kind.PROSE and next_kind is Kind.PROSE:
                unwrap_width._count_lone_first_word(lines, kinds, i, lone)
            continue
        if next_kind is not Kind.PROSE or not following:
            block_others.append(len(line))
        elif unwrap_width._continues_below(line, following):
            wrapped.append((len(line), len(line) + 1 + first_word_length(following)))
            block_wrapped = True
        else:
            block_others.append(len(line))
    if block_wrapped or len(block_others) < 2:
        others.extend(block_others)


# Lines of every length around a lone word's, with spaces at either end, in lower and upper
# case, CJK, and empty.
SAMPLED_LINES = ["", " ", "The", "and so", "a" * 25, "a" * 26, " " + "b" * 30, "c" * 30 + " ",
                 "\u3000" + "d" * 30, "went on and on and on and on", "It ended there, as it did.",
                 "天气很好" * 8, "“and so it went on and on”", "- an item that goes on and on",
                 "Dr.", "x\ty" * 10, "The" + " " * 25, "\t" * 25 + "The",
                 # Lines starting with what next_line_start tells apart: a lower-case or
                 # capital letter of another script, Han, a CJK closing or opening mark,
                 # an ideographic space; and ending a sentence or with an opening mark.
                 "я шёл домой, и дальше по улице", "Я шёл домой, и дальше по улице.",
                 "éclairs et autres choses sucrées", "，然后我们回家吃饭了，天气很好",
                 "然后我们回家吃饭了，天气很好。", "「我们回家吃饭了」，天气很好（",
                 "\u3000\u3000然后我们回家吃饭了，天气很好",
                 "ﾃｷｽﾄと漢字の行はここで続きます",
                 # Indented below (verse's, an RFC's), read past the spaces: a capital, a
                 # digit, a lower-case letter, a quote, a letter beyond ASCII.
                 "   The wrath of Peleus' son, O Muse,", "  7. and so the list goes on",
                 "  and so it went on and on and on", "   \"Go,\" said he, and went",
                 "  été comme hiver, il allait"]  # fmt: skip


@PROPERTIES
@given(
    st.lists(
        st.tuples(st.sampled_from(SAMPLED_LINES), st.sampled_from(list(Kind))),
        max_size=12,
    )
)
def test_unwrap_wraps_sampled_as_first_written(pairs: list[tuple[str, Kind]]) -> None:
    """sample_wraps, which indexes a long line's ends and its next line's first
    character, samples what slicing them and asking every length again samples."""
    lines = [line for line, _ in pairs]
    kinds = [kind for _, kind in pairs]
    found: tuple[list, list, list] = ([], [], [0, 0])
    expected: tuple[list, list, list] = ([], [], [0, 0])
    unwrap_width.sample_wraps(lines, kinds, *found)
    _sample_wraps_as_written(lines, kinds, *expected)
    assert found == expected


@PROPERTIES
@given(item_lines, st.one_of(st.none(), st.integers(0, 60)), st.booleans())
def test_unwrap_items_and_code_as_every_line_asked(
    lines: list[str], width: int | None, markup: bool
) -> None:
    """items_and_code, which passes a line starting with a letter by its first character
    alone, marks what asking every line (tests/line_tests_reference.py) marks."""
    structure = classify_structure(lines, [False] * len(lines))
    expected = list(structure)
    line_tests_reference.mark_items_and_code(lines, expected, width, markup)
    assert items_and_code(lines, structure, width, markup=markup)[0] == expected


def _plain_paragraph_pair_by_pair(
    lines: tuple[str, ...], width: int, first_word_mode: bool
) -> str | None:
    """plain_paragraph with each pair of lines and the line after them indexed."""
    for i in range(1, len(lines)):
        before, line = lines[i - 1], lines[i]
        after = lines[i + 1] if i + 1 < len(lines) else None
        if before[-1:] not in PLAIN_END and not reads_as_ascii(before[-1:]):
            return None
        first = line[:1]
        if first in ASCII_LOWER or (reads_as_ascii(first) and first.islower()):
            continue
        if (
            not (first.isascii() or reads_as_ascii(first))
            or first.isspace()
            or not first
            or has_room(before, line, width)
            or (ends_sentence(before) and is_standalone_heading(line, after, width))
        ):
            return None
    if first_word_mode and any(is_lone_word(line) for line in lines[1:]):
        return None
    return " ".join([lines[0], *map(str.strip, lines[1:])])


# Lines of paragraphs with headings between them: sentence ends, titles, paragraph starts.
PARAGRAPH_LINES = ["It ended.", "The Long War", "It began.", "and so on", "A Title Here",
                   "went on and on and on", "Dr.", "The", "x" * 20, "of the", "War"]  # fmt: skip


@PROPERTIES
@given(
    st.lists(st.sampled_from(PARAGRAPH_LINES), min_size=1, max_size=6).map(tuple),
    st.integers(1, 30),
    st.booleans(),
)
@example(("It ended.", "The Long War"), 10, False)  # a heading to end the block
@example(("It ended.", "The Long War", "It began."), 12, False)
def test_unwrap_plain_paragraph_as_pair_by_pair(
    lines: tuple[str, ...], width: int, first_word_mode: bool
) -> None:
    """plain_paragraph, walking the pairs with a running index, joins what indexing each
    pair and the line after it joins."""
    expected = _plain_paragraph_pair_by_pair(lines, width, first_word_mode)
    assert plain_paragraph(lines, width, first_word_mode) == expected


WRAPPED = "The first paragraph was wrap-\nped at a narrow width.\nA new one starts here.\n"


@given(
    st.lists(
        st.sampled_from([WRAPPED, "Already one line.\n", "state-\nTV\n", "x" * 30]), max_size=6
    ),
    st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=6),
)
@settings(max_examples=200, deadline=None)
def test_unwrap_the_last_text_again_as_unwrapped_anew(
    texts: list[str], settings_list: list[tuple[bool, bool]]
) -> None:
    """The last text's output, kept for boilerplate's question and the pass after it, is
    given only for the same text with the same settings."""
    import cleaner.passes.unwrap as unwrap

    for text in texts:
        for dehyphenate, use_lexicon in settings_list:
            expected = unwrap.unwrapped_text(text, dehyphenate, use_lexicon)
            got = unwrap.unwrap_paragraphs(text, dehyphenate=dehyphenate, use_lexicon=use_lexicon)
            assert got == expected


def test_unwrap_keeps_only_a_short_last_text(monkeypatch) -> None:
    import cleaner.passes.unwrap as unwrap

    calls = []
    monkeypatch.setattr(unwrap, "_LAST", [])  # (not the last text an earlier test left)
    monkeypatch.setattr(unwrap, "unwrapped_text", lambda *args: calls.append(args) or "out")
    for text in (WRAPPED, WRAPPED, "x" * (unwrap.LAST_KEPT_CHARS + 1)):
        unwrap.unwrap_paragraphs(text)
    unwrap.unwrap_paragraphs("x" * (unwrap.LAST_KEPT_CHARS + 1))
    assert len(calls) == 3  # (the short text once, the long one each time)


# Lines a line starting with a character next_line_start tells of may follow: going on,
# ending a sentence (Latin, CJK), ending with a CJK opening mark, a Thai leading vowel, empty.
LINES_ABOVE = ["It went on", "It ended.", "了解", "了解。", "傑登（", "ติดต่อแ", "so,", "“Why?”", ""]
# What may follow that first character on its line (the first word's length is read).
LINE_TAILS = ["", "x y", " next", "天气", "\u3000b", "-"]


def test_unwrap_next_line_start_is_what_continues_below_says() -> None:
    """Every character of the Basic Multilingual Plane that next_line_start tells of (not
    ASKED) starts lines that _continues_below, first_word_length and (but a closing mark)
    starts_lowercase read as it says."""
    told = 0
    for code in range(0x10000):
        char = chr(code)
        start = unwrap_fast.next_line_start(char)
        if start == unwrap_fast.ASKED:
            continue
        told += 1
        one = start in (unwrap_fast.GOES_ON_ONE, unwrap_fast.GOES_ON_UNLESS_ENDED)
        lower = start in (unwrap_fast.GOES_ON, unwrap_fast.GOES_ON_UNLESS_ENDED)
        for tail in LINE_TAILS:
            following = char + tail
            word = 1 if one else len(following.split(None, 1)[0])
            assert first_word_length(following) == word, (char, tail)
            if start != unwrap_fast.GOES_ON_ONE:  # (starts_lowercase_told asks those)
                assert starts_lowercase(following) is lower, (char, tail)
                assert starts_lowercase_told(following) is lower, (char, tail)
        for following in (char, char + " next"):
            for line in LINES_ABOVE:
                forbidden = line[-1:] in unwrap_width.LINE_END_FORBIDDEN
                goes_on = {
                    unwrap_fast.GOES_ON_UNLESS_ENDED: forbidden or not ends_sentence(line),
                    unwrap_fast.ENDS: forbidden,
                }.get(start, True)
                assert unwrap_width._continues_below(line, following) is goes_on, (line, char)
    assert told > 50_000  # Han and kana, letters, digits, CJK closing marks


# A CJK unit's last line (ending with Han, a stop, a comma, an opening mark, a dash, a
# hyphen, a soft hyphen, Latin, Thai), and the line after it (starting with each of those,
# indented, or a heading of Latin names).
CJK_LAST = ["天气很好我们去", "天气很好。", "天气很好，", "傑登（", "那個月——", "天气-",
            "天气\u00ad", "in Tokyo", "東京 Tokyo", "ไปเที่ยว", "天", "“天气很好”",
            "Dr. 天气"]  # fmt: skip
CJK_NEXT = ["公园吧。", "，然后", "」他说", "。", "「天气」", "\u3000\u3000他说", "Park",
            "and so", "了", "ไทย", "—他说", "あります", "東 Tokyo Osaka Kyoto", "天"]  # fmt: skip


@PROPERTIES
@given(
    st.sampled_from(CJK_LAST),
    st.sampled_from(CJK_NEXT),
    st.one_of(st.none(), st.sampled_from(CJK_NEXT)),
    st.sampled_from([Kind.PROSE, Kind.ITEM, Kind.KEPT]),
    st.integers(1, 2),
    st.integers(1, 16),
    st.booleans(),
    st.booleans(),
)
@example("天气很好。", "東 Tokyo Osaka Kyoto", None, Kind.PROSE, 1, 5, False, False)  # a heading
@example("天气很好", "了", None, Kind.PROSE, 1, 4, True, False)  # a lone word after a heading
@example("天气很好。", "了", None, Kind.PROSE, 2, 4, True, False)  # a lone first word
def test_unwrap_full_cjk_lines_join_as_the_full_rule_joins(
    last: str,
    line: str,
    after: str | None,
    kind: Kind,
    line_count: int,
    width: int,
    first_word_mode: bool,
    paragraph_gaps: bool,
) -> None:
    """_joins_full_cjk, where it says a line goes on with no space, says what _continues
    and line_join_edit say (outside markup; in first-word mode, given a negative width),
    also where blank lines part the paragraphs (the full rule's room is then narrower)."""
    unit = unwrap_blocks._Unit(kind, [last], last, line_count)
    if not unwrap_blocks._joins_full_cjk(unit, line, -width if first_word_mode else width):
        return
    text = last + "\n" + line
    document = Document(width, first_word_mode, True, True, text, paragraph_gaps=paragraph_gaps)
    assert unwrap_blocks._continues(unit, line, after, document)
    edit = unwrap_hyphens.line_join_edit(last, line, lambda: None, dehyphenate=True)
    assert edit == (0, line.strip())


def test_unwrap_full_cjk_lines_are_told() -> None:
    """The shortcut is taken where it should be: a full line before Han, a closing mark."""
    unit = unwrap_blocks._Unit(Kind.PROSE, ["天气很好我们去"], "天气很好我们去")
    assert unwrap_blocks._joins_full_cjk(unit, "公园吧。", 7)
    assert unwrap_blocks._joins_full_cjk(unit, "，然后", 30)
    assert not unwrap_blocks._joins_full_cjk(unit, "公园吧。", 9)  # room left


def _is_mixed_stanza_as_written(block: list[tuple[str, Kind]], width: int) -> bool:
    """is_mixed_stanza reading each line's case twice, and is_verse_at walking every block."""
    kinds = [kind for _, kind in block]
    prose = kinds.count(Kind.PROSE)
    if not prose or prose + kinds.count(Kind.KEPT) != len(kinds) or prose == len(kinds):
        return False
    indented = all(unwrap_verse._is_set_off(line) for line, kind in block if kind is Kind.KEPT)
    lines = tuple(line.strip() for line, _ in block)
    if indented:
        lines = lines[:1] + tuple(
            x
            for x, (line, kind) in zip(lines[1:], block[1:], strict=True)
            if kind is Kind.PROSE
            or len(line) - len(x) < unwrap_verse.GLOSS_INDENT
            or not unwrap_fast.starts_lowercase_told(x)
        )
    return is_stanza(lines, marked=False, strays=indented) and is_verse_at(lines, width)


# Indents a verse line, a line kept as code or a gloss in the margin may have.
MIXED_INDENTS = ["", "  ", "    ", "      ", " " * 24, " " * 30, "\t"]
mixed_block = st.lists(
    st.tuples(
        st.sampled_from(MIXED_INDENTS),
        st.lists(st.sampled_from(VERSE_WORDS), min_size=1, max_size=9).map(" ".join),
        st.sampled_from(["", "", "   *a gloss", "     *going on"]),
        st.sampled_from([Kind.PROSE, Kind.KEPT]),
    ).map(lambda parts: (parts[0] + parts[1] + parts[2], parts[3])),
    min_size=1,
    max_size=24,
)


@PROPERTIES
@given(mixed_block, st.integers(10, 70))
@example(  # a stray line in lower case (one in ten), after a sentence's end: no verse
    [("  I went so far", Kind.PROSE)] * 5
    + [("    And so it went.", Kind.KEPT), ("  and it ended", Kind.PROSE)]
    + [("  I went so far", Kind.PROSE)] * 5,
    40,
)
@example([("  I went so far", Kind.PROSE), ("    And so it went.", Kind.KEPT)] * 2, 40)
def test_unwrap_mixed_stanza_reads_each_case_once_as_written(
    block: list[tuple[str, Kind]], width: int
) -> None:
    """is_mixed_stanza, which reads each line's case once for its glosses and the stanza,
    and skips is_verse_at's walk where no line goes on in lower case, says what the rule
    as written says."""
    assert unwrap_verse.is_mixed_stanza(block, width) == _is_mixed_stanza_as_written(block, width)


# Lines _continues parts a paragraph at: headings, lone first words, sentences' ends and
# starts, items, besides SAMPLED_LINES.
BREAK_LINES = [*SAMPLED_LINES, "The Long War", "Comments", "In", "It began.", "1. Program",
               "The next one went on and on", "- an item", "名前", "apropos - 検索する",
               "  an indented line that goes on"]  # fmt: skip


@PROPERTIES
@given(
    st.lists(st.sampled_from(BREAK_LINES), min_size=1, max_size=3),
    st.sampled_from(BREAK_LINES),
    st.one_of(st.none(), st.sampled_from(BREAK_LINES)),
    st.sampled_from([Kind.PROSE, Kind.ITEM]),
    st.integers(1, 80),
    st.booleans(),
    st.booleans(),
)
@example(["Comments"], "Post a Comment", "and so on", Kind.PROSE, 40, True, False)  # alone
@example(["It went", "so far"], "The", "next", Kind.PROSE, 40, True, False)
def test_unwrap_a_paragraph_of_lines_ending_no_sentence_goes_on(
    pieces: list[str],
    line: str,
    after: str | None,
    kind: Kind,
    width: int,
    first_word_mode: bool,
    paragraph_gaps: bool,
) -> None:
    """_continues tells a prose line below a paragraph of two lines or more that ends no
    sentence goes on without the rules after its indent steps and word breaks
    (_continues_at_a_break): they part no such line either, as read here on all the lines
    sample_wraps' shortcuts are tested on (lone words, headings, room or none, CJK)."""
    last = pieces[-1]
    if not last.strip() or not line.strip():
        return  # (a block holds no blank line)
    unit = unwrap_blocks._Unit(kind, list(pieces), last, len(pieces))
    document = Document(width, first_word_mode, True, True, "", paragraph_gaps=paragraph_gaps)
    ended = ends_sentence(last)
    verdict = unwrap_blocks._continues_at_a_break(unit, line, after, document, ended)
    if kind is Kind.PROSE and len(pieces) > 1 and not ended:
        assert verdict
