"""The full visible text of a web page: its article is the region of prose lines, and the
runs of short link lines around it (menus, other headlines, footers) are furniture.

Text extracted whole from a page (``html-text``, a browser's "select all") keeps every
menu link, teaser headline and footer link as a line of its own. Rules per line cannot
tell ``Politics`` or ``Fairfield's late rally falls short`` from article text; the page's
shape can. This module judges that shape only when it is clear (:func:`is_page_text`):
books, verse, lists, tables, markup, PDF text, CJK text and clean articles never are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass
from itertools import pairwise

from cleaner.lazy_re import lazy_compile
from cleaner.scripts import CJK_LETTER_RE, THAI_RE

# A page's full text is at most this long (the longest of the 181 pages of
# bench_furniture_real is 57 KB; of Dragnet's 1,072 tuning pages two are 239 and 251 KB, a
# post's long thread of comments), has at least this many non-blank lines...
PAGE_MAX_CHARS = 300_000
PAGE_MIN_LINES = 40
# ...at least this share of short lines (:func:`is_short_line`), this many in a row...
PAGE_MIN_SHORT_SHARE = 0.5
PAGE_MIN_SHORT_RUN = 10
# ...at least this many prose lines (:func:`is_prose_line`), or one when this share of its
# lines are short (a page of menus around an article of one paragraph; at 0.75, 13 Dragnet
# tuning pages of 65-74% short lines were none: a blog's post of two paragraphs between
# its menus, a photo's page with its caption)...
PAGE_MIN_PROSE_LINES = 3
PAGE_FEW_PROSE_SHORT_SHARE = 0.65
# ...at most this share of lines of markup, or ending in a comma or semicolon (verse)...
PAGE_MAX_MARKUP_SHARE = 0.05
PAGE_MAX_CLAUSE_END_SHARE = 0.1
# A clause's end: a line of two words or more ending in a comma or semicolon, but a
# comment's head (``Jacob said,``); a tag of a list of tags (``gulf-oil-spill,``) is none.
CLAUSE_END_RE = lazy_compile(r"(?=\S+\s+\S).*(?<!\bsaid)(?<!\bsays)(?<!\bwrote)(?<!\bwrites)[,;]")
# ...and short lines of at most this many words on average: links of one to three words
# (on the pages of bench_furniture_real: 1.5 to 4.5), not verse (five to seven).
PAGE_MAX_SHORT_MEAN_WORDS = 5.0
# ...and at most this many joints of a hard-wrapped paragraph (:func:`_wrap_joints`): an
# article wrapped in lines holds no prose line, so the page's article would be sought
# elsewhere (its comments, a box of products) and the article swept above it. (On the
# 134 tuning pages' full text at most 3; on html2text's rendering of them, which wraps some
# articles at 78 columns, 13 to 138.)
PAGE_MAX_WRAP_JOINTS = 5
# A wrapped line (and the line after it, unless that one ends a sentence, its paragraph's
# last): this long at least, no sentence's or clause's end at its end, running prose (at
# least ``PROSE_MIN_LOWER_SHARE`` of its words lower-case: no headline over its byline, tag
# or comment count, as in a list of posts: ``Carlos Gomez To Start Today`` over ``by Kyle
# Lobner 3 months ago``), the next line going on with a word (no link's address).
WRAPPED_MIN_CHARS = 50
WRAPPED_END_RE = lazy_compile(r"[.!?:;…\"'”’)\]]$")
GOES_ON_RE = lazy_compile(r"[^\W\d_]+(?:[\s,;.'’-]|$)")
# A line of Markdown or reStructuredText (heading, fence, quote, directive, underline), an
# indented line (code, a quote, a definition: a page's text has none), a table row.
MARKUP_RE = lazy_compile(r"(?:#{1,6}\s|```|~~~|>\s|\.\.\s|[=\-~^*#+]{4,}\s*$|[ \t]+\S|\|)")
# A menu's item with its bar (``News |``, ``| español |``, a bar alone), as html-text writes
# a menu of links parted by bars: no table row, if its text holds no figure (session 34:
# 51 of L3S-GN1's 460 tuning pages were no page's text for them); or a menu's items on one
# line that starts with no bar (The Hindu's ``News: ePaper | Front Page | National |``).
BARRED_ITEM_RE = lazy_compile(r"\|?\s*([^\s|{}<>=;#][^|{}<>=;]*?)?\s*\|?")
# A menu's item after an arrow (``> Home Cinema``), no Markdown quote if a short line of letters.
QUOTED_ITEM_RE = lazy_compile(r">\s+(\S.*)")
# A menu item's text: words of letters, no figure (a table's cells hold figures: ``63 |``).
LETTERS_ONLY_RE = lazy_compile(r"[^\W\d_][^\d]*")
# ...or a line of code (a brace; a semicolon at its end, after a symbol of code or a few
# words), or the end of a table row. A template's placeholder (``{* welcomeName *}``,
# ``{{ name }}``, ``{% if %}``: a sign-in widget's text) is no code, and a clause of prose
# ending in a semicolon (``contains links to viruses and malicious software;``) neither.
CODE_OR_ROW_END_RE = lazy_compile(
    r"(?<![{*%])\{(?![{*%])|(?<![}*%])\}(?!\})|\|\s*$"
    r"|[=()\[\]<>].*;\s*$|^\s*\S+(?:\s+\S+){0,2};\s*$"
)
# A list item: never furniture by its place (a list-heavy article keeps its lists).
LIST_ITEM_RE = lazy_compile(r"\s*(?:[-*•+‣◦▪]|\d{1,3}[.)])\s")
# A prose line: a paragraph on one line this long, of this many words, holding a sentence,
# with this share of its words starting lower-case (a headline capitalizes them).
PROSE_MIN_CHARS = 100
PROSE_MIN_WORDS = 15
PROSE_MIN_LOWER_SHARE = 0.3
# A sentence's end, inside or at the end of a line; at its end.
SENTENCE_RE = lazy_compile(r"[.!?…][\"'”’)\]]*(?:\s|$)")
SENTENCE_END_RE = lazy_compile(r"[.!?…][\"'”’)\]]*$")
# A paragraph's last line, a sentence's end at its end, has at least this many words.
PARAGRAPH_END_MIN_WORDS = 8
# A short line: at most this many words and characters.
SHORT_MAX_WORDS = 8
SHORT_MAX_CHARS = 80
# Prose lines parted by at most this many other lines are one block; the article spans
# the blocks holding at least this share of the largest block's letters...
BLOCK_MAX_GAP = 8
BLOCK_MIN_SHARE = 0.3
# ...widened over the sentences of this many words at its edges.
SENTENCE_MIN_WORDS = 5
# A headline over its summary in a list of other stories has at most this many words
# (longer than a short line's: L3S-GN1's CBC pages list ``Nuclear safety watchdog head fired
# for 'lack of leadership': minister`` over its summary).
TEASER_HEAD_MAX_WORDS = 15
# The quick screen: a run of lines short enough (blank lines between them allowed), after
# a line break: all a run of short lines holds but its first and last line (which may have
# no line break before or after them). A line is measured from its first character that is
# no space, found by one way only: were its indentation also a short line's characters
# (``\n\s*`` before ``[^\n]{1,N}``), each line's spaces could be parted between the two in
# many ways, tried in every combination where the run fails (RFC 4679's title page, its
# lines indented 40 to 60 spaces: 190 s for 7,000 characters).
SHORT_RUN_RE = lazy_compile(
    rf"\n(?:[^\S\n]*\S[^\n]{{0,{SHORT_MAX_CHARS - 1}}}\n(?:[^\S\n]*\n)*)"
    rf"{{{PAGE_MIN_SHORT_RUN - 2}}}"
)


@dataclass(frozen=True)
class Article:
    """The article of a page's full text: the indexes of its first and last lines."""

    first: int
    last: int


def is_prose_line(line: str) -> bool:
    """A paragraph on one line: long, wordy, holding a sentence, mostly lower-case words.

    >>> is_prose_line("The council of the small harbour town voted on Tuesday night to keep "
    ...               "the old ferry running for at least five more years.")
    True
    >>> is_prose_line("Fairfield's Late Rally Falls Short In Young's Debut As Coach Of The Team")
    False
    """
    if len(line) < PROSE_MIN_CHARS:
        return False
    if len(line.split()) < PROSE_MIN_WORDS or not SENTENCE_RE.search(line):
        return False
    return _is_running_prose(line)


def is_short_line(line: str) -> bool:
    """A line of at most ``SHORT_MAX_WORDS`` words and ``SHORT_MAX_CHARS`` characters.

    >>> is_short_line("Real Estate"), is_short_line("")
    (True, False)
    """
    return len(line) <= SHORT_MAX_CHARS and 0 < len(line.split()) <= SHORT_MAX_WORDS


def is_page_text(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are clearly a web page's full visible text: many lines, most of
    them short (links of a few words), a menu's run of them, a few paragraphs of prose on
    one line each; no markup, code, tables or verse; not Chinese, Japanese, Korean or Thai.

    >>> menu = ["Home", "News", "Sport", "Weather", "Local", "Politics"] * 6
    >>> prose = ["The council of the small harbour town voted on Tuesday night to keep the "
    ...          "old ferry running for at least five more years."] * 4
    >>> is_page_text(menu + prose), is_page_text(prose * 10)
    (True, False)
    """
    filled = [line.strip() for line in lines if line.strip()]
    if len(filled) < PAGE_MIN_LINES:
        return False
    short = [is_short_line(line) for line in filled]
    if sum(short) < PAGE_MIN_SHORT_SHARE * len(filled) or _longest_run(short) < PAGE_MIN_SHORT_RUN:
        return False
    words = sum(len(line.split()) for line, is_short in zip(filled, short, strict=True) if is_short)
    if words > PAGE_MAX_SHORT_MEAN_WORDS * sum(short):
        return False
    markup = sum(_is_markup(line) for line in lines)
    clause_ends = sum(CLAUSE_END_RE.fullmatch(line) is not None for line in filled)
    if markup > PAGE_MAX_MARKUP_SHARE * len(filled):
        return False
    if clause_ends > PAGE_MAX_CLAUSE_END_SHARE * len(filled):
        return False
    if _wrap_joints(filled) > PAGE_MAX_WRAP_JOINTS:
        return False
    prose = sum(map(is_prose_line, filled))
    if prose < PAGE_MIN_PROSE_LINES and not (
        prose and sum(short) >= PAGE_FEW_PROSE_SHORT_SHARE * len(filled)
    ):
        return False
    return not _mostly_cjk_or_thai(filled)


def _is_markup(line: str) -> bool:
    """Whether ``line`` is markup, code or a table row (:data:`MARKUP_RE`,
    :data:`CODE_OR_ROW_END_RE`), but a menu's items with their bars (:func:`_is_barred_menu`).

    >>> _is_markup("| Name | Age |"), _is_markup("Business |"), _is_markup("| español |")
    (True, False, False)
    >>> _is_markup("    return x"), _is_markup("|"), _is_markup("|---|"), _is_markup("63 |")
    (True, False, True, True)
    >>> _is_markup("News: ePaper | Front Page | National |"), _is_markup("x = 1 | y |")
    (False, True)
    """
    if not (MARKUP_RE.match(line) or CODE_OR_ROW_END_RE.search(line)):
        return False
    if "|" in line:
        return not _is_barred_menu(line)
    quoted = QUOTED_ITEM_RE.fullmatch(line)
    return quoted is None or not (is_short_line(quoted[1]) and LETTERS_ONLY_RE.fullmatch(quoted[1]))


def _is_barred_menu(line: str) -> bool:
    """Whether ``line`` is a menu's items parted by bars (:data:`BARRED_ITEM_RE`): one item
    with its bars, a bar alone, or items on a line that starts with no bar (a table's row
    starts with one); each item a short line of letters, no figure."""
    items = [item.strip() for item in line.split("|") if item.strip()]
    if len(items) > 1 and line.lstrip().startswith("|"):
        return False
    return all(
        BARRED_ITEM_RE.fullmatch(item) and is_short_line(item) and LETTERS_ONLY_RE.fullmatch(item)
        for item in items
    )


def page_text_seen(lines: Sequence[str], text: str) -> bool:
    """Whether ``lines`` (``text``, joined) are a page's full text (:func:`is_page_text`),
    most texts told apart by a quick screen first (:func:`_may_be_page_text`)."""
    return _may_be_page_text(lines, text) and is_page_text(lines)


def _may_be_page_text(lines: Sequence[str], text: str) -> bool:
    """A quick screen of the whole text (``lines`` joined): not too long, enough lines,
    one of them of prose length, a run of short ones. Most texts fail it at C speed
    (a hard-wrapped one by the length of its longest line).

    >>> _may_be_page_text(["Home"] * 40, "Home\\n" * 40), _may_be_page_text([], "")
    (False, False)
    """
    if len(text) > PAGE_MAX_CHARS or len(lines) < PAGE_MIN_LINES:
        return False
    if max(map(len, lines)) < PROSE_MIN_CHARS:
        return False
    return SHORT_RUN_RE.search(text) is not None


def _wrap_joints(lines: Sequence[str]) -> int:
    """How many of ``lines`` (stripped, non-blank) read as a hard-wrapped paragraph's line
    that goes on in the next: ``WRAPPED_MIN_CHARS`` long or more, no sentence's or clause's
    end at its end, running prose, the next line going on with a lower-case word and as long
    or ending a sentence (a paragraph's last line; a comment over its writer's name or
    ``reply to this comment`` is none: on Dragnet's tuning pages, 10 to 161 of them made a
    thread's page no page's text).

    >>> _wrap_joints(["The council of the small harbour town voted on Tuesday night to",
    ...               "keep the old ferry running.", "Home", "news"])
    1
    >>> _wrap_joints(["Carlos Gomez, Logan Schafer, Martin Maldonado Called Up Today",
    ...               "by Kyle Lobner 3 months ago",
    ...               "Fiiine :) I do hear he wants to play soccer for a team in England",
    ...               "http://www.huffingtonpost.com/social/MRLeavey/usain-bolt"])
    0
    >>> _wrap_joints(["Five years is not long enough and we all know the bridge will not come",
    ...               "tgrant", "About time the council listened to the people who use the boat",
    ...               "reply to this comment"])
    0
    """
    return sum(
        len(line) >= WRAPPED_MIN_CHARS
        and nxt[:1].islower()
        and GOES_ON_RE.match(nxt) is not None
        and (len(nxt) >= WRAPPED_MIN_CHARS or SENTENCE_END_RE.search(nxt) is not None)
        and not WRAPPED_END_RE.search(line)
        and _is_running_prose(line)
        for line, nxt in pairwise(lines)
    )


def _is_running_prose(line: str) -> bool:
    """Whether at least ``PROSE_MIN_LOWER_SHARE`` of the words of ``line`` start lower-case
    (a sentence's words, not a headline's)."""
    words = line.split()
    return sum(word[0].islower() for word in words) >= PROSE_MIN_LOWER_SHARE * len(words)


def _longest_run(flags: Sequence[bool]) -> int:
    longest = run = 0
    for flag in flags:
        run = run + 1 if flag else 0
        longest = max(longest, run)
    return longest


def _mostly_cjk_or_thai(lines: Sequence[str]) -> bool:
    """Whether most letters are Han, kana, Hangul or Thai (their lines show no case)."""
    text = "".join(lines)
    if text.isascii():
        return False
    letters = sum(map(str.isalpha, text))
    return 2 * (len(CJK_LETTER_RE.findall(text)) + len(THAI_RE.findall(text))) > letters


def page_article(lines: Sequence[str], text: str | None = None) -> Article | None:
    """The article of ``lines`` if they are a page's full text (:func:`is_page_text`): from
    the first to the last block of prose lines holding much of the page's prose, widened
    over the sentences at its edges. (``text``: the lines joined, screened at C speed.)

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> menu = ["Home", "News", "Sport", "Jobs", "Weather", "Local"] * 6
    >>> page_article([*menu, "Ferry Kept", "By Anna Martin", prose, prose, prose])
    Article(first=38, last=40)
    """
    if not (page_text_seen(lines, text) if text is not None else is_page_text(lines)):
        return None
    return article_of(lines)


def article_of(lines: Sequence[str], *, teasers: Set[int] = frozenset()) -> Article:
    """The article of ``lines``, known to be a page's full text (:func:`page_article`);
    its prose lines but other stories' summaries (``teasers``, :func:`teaser_summaries`),
    if it holds others."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    prose = [k for k, i in enumerate(filled) if is_prose_line(lines[i].strip())]
    if teasers:
        prose = [k for k in prose if filled[k] not in teasers] or prose
    blocks: list[list[int]] = [[prose[0]]]
    for k in prose[1:]:
        if k - blocks[-1][-1] - 1 <= BLOCK_MAX_GAP:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    # A paragraph the page repeats (a footer's disclaimer above and below) weighs nothing.
    repeated = Counter(lines[filled[k]].strip() for k in prose)
    weights = [
        sum(len(lines[filled[k]]) for k in block if repeated[lines[filled[k]].strip()] == 1)
        for block in blocks
    ]
    if not any(weights):
        weights = [sum(len(lines[filled[k]]) for k in block) for block in blocks]
    kept = [b for b, w in zip(blocks, weights, strict=True) if w >= BLOCK_MIN_SHARE * max(weights)]
    first, last = kept[0][0], kept[-1][-1]
    while first > 0 and _is_sentence(lines[filled[first - 1]]):
        first -= 1
    while last + 1 < len(filled) and _is_sentence(lines[filled[last + 1]]):
        last += 1
    return Article(filled[first], filled[last])


def teaser_summaries(lines: Sequence[str]) -> set[int]:
    """The indexes of the prose lines of ``lines`` that are other stories' summaries (a
    page's lists of them), not an article's paragraphs, set apart by blank lines: one set
    right between two short lines, no blank line between (under its headline, over the next
    one's), or one of two or more in a row each under its headline (:func:`_is_teaser_head`:
    a headline of up to ``TEASER_HEAD_MAX_WORDS`` words), no blank line between.

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> sorted(teaser_summaries(["Ferry Kept", prose, "Bus Fares Up", prose, "", prose, ""]))
    [1, 3]
    >>> head = "Nuclear safety watchdog head fired for 'lack of leadership': minister"
    >>> sorted(teaser_summaries([head, prose, head, prose, "", head, prose, "", prose]))
    [1, 3]
    """
    prose = {i for i, line in enumerate(lines) if is_prose_line(line.strip())}
    paired = {i for i in prose if i > 0 and i - 1 not in prose and _is_teaser_head(lines[i - 1])}
    listed = {i for i in paired if i + 2 in paired or i - 2 in paired}
    return listed | {
        i
        for i in prose
        if 0 < i < len(lines) - 1
        and is_short_line(lines[i - 1].strip())
        and is_short_line(lines[i + 1].strip())
    }


def _is_teaser_head(line: str) -> bool:
    """A story's headline over its summary in a list of them: a line of at most
    ``TEASER_HEAD_MAX_WORDS`` words (no prose line, as the caller knows).

    >>> _is_teaser_head("Will banks refuse to follow Bank of Canada rate cut?"), _is_teaser_head("")
    (True, False)
    """
    return 0 < len(line.split()) <= TEASER_HEAD_MAX_WORDS


def article_prose_share(
    lines: Sequence[str], article: Article, *, teasers: Set[int] = frozenset()
) -> float:
    """The share of the page's prose (:func:`is_prose_line`, in characters) that lies in its
    ``article``: near 1 where the article is clear, lower where other prose (a blog's other
    posts, teasers' summaries, comments above it) might be the article.

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> article_prose_share([prose, "Home", prose, prose, prose], Article(2, 4))
    0.75
    """
    prose = [(i, len(line)) for i, line in enumerate(lines) if is_prose_line(line.strip())]
    if teasers:
        prose = [(i, size) for i, size in prose if i not in teasers] or prose
    inside = sum(size for i, size in prose if article.first <= i <= article.last)
    return inside / sum(size for _, size in prose) if prose else 0.0


def is_paragraph_end(line: str) -> bool:
    """A line of prose that ends a sentence: at least ``PARAGRAPH_END_MIN_WORDS`` words,
    a sentence's end at its end (a paragraph of an article, not a link or a label).

    >>> is_paragraph_end("Europa is slightly smaller than Earth's Moon, the team said.")
    True
    >>> is_paragraph_end("Read more."), is_paragraph_end("The ferry kept running for years")
    (False, False)
    """
    text = line.strip()
    return len(text.split()) >= PARAGRAPH_END_MIN_WORDS and SENTENCE_END_RE.search(text) is not None


def _is_sentence(line: str) -> bool:
    """A sentence of a few words, or a line that goes on one (a lower-case start)."""
    text = line.strip()
    if text[:1].islower():
        return True
    return len(text.split()) >= SENTENCE_MIN_WORDS and SENTENCE_RE.search(text) is not None
