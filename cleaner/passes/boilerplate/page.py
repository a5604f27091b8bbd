"""The full visible text of a web page: its article is the region of prose lines, and the
runs of short link lines around it (menus, other headlines, footers) are furniture.

Text extracted whole from a page (``html-text``, a browser's "select all") keeps every
menu link, teaser headline and footer link as a line of its own. Rules per line cannot
tell ``Politics`` or ``Fairfield's late rally falls short`` from article text; the page's
shape can. This module judges that shape only when it is clear (:func:`is_page_text`):
books, verse, lists, tables, markup, PDF text, CJK text and clean articles never are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.ended import ended_below
from cleaner.passes.boilerplate.menus import POST_COUNT_RE
from cleaner.scripts import CJK_LETTER_RE, THAI_RE

# The rules of this module (code, not data): family, id, kind, and what they remove, as
# ``cleaner passes --rules`` lists them.
BEFORE_ARTICLE = (
    "page-text",
    "before-article",
    "strong",
    "in a page's full text, a non-prose line above its article, up to the last run of links",
)
AFTER_ARTICLE = (
    "page-text",
    "after-article",
    "strong",
    "in a page's full text, a non-prose line below its article, from the first run of links "
    "on, once a phrase rule's line or a link the page repeats shows the article has ended",
)
PAGE_RULES = (BEFORE_ARTICLE, AFTER_ARTICLE)

# A page's full text is at most this long (the longest of the 181 pages of
# bench_furniture_real is 57 KB), has at least this many non-blank lines...
PAGE_MAX_CHARS = 200_000
PAGE_MIN_LINES = 40
# ...at least this share of short lines (:func:`is_short_line`), this many in a row...
PAGE_MIN_SHORT_SHARE = 0.5
PAGE_MIN_SHORT_RUN = 10
# ...at least this many prose lines (:func:`is_prose_line`), or one when this share of its
# lines are short (a page of menus around an article of one paragraph)...
PAGE_MIN_PROSE_LINES = 3
PAGE_FEW_PROSE_SHORT_SHARE = 0.75
# ...at most this share of lines of markup, or ending in a comma or semicolon (verse)...
PAGE_MAX_MARKUP_SHARE = 0.05
PAGE_MAX_CLAUSE_END_SHARE = 0.1
# ...and short lines of at most this many words on average: links of one to three words
# (on the pages of bench_furniture_real: 1.5 to 4.5), not verse (five to seven).
PAGE_MAX_SHORT_MEAN_WORDS = 5.0
# A line of Markdown or reStructuredText (heading, fence, quote, directive, underline), an
# indented line (code, a quote, a definition: a page's text has none), a table row.
MARKUP_RE = lazy_compile(r"(?:#{1,6}\s|```|~~~|>\s|\.\.\s|[=\-~^*#+]{4,}\s*$|[ \t]+\S|\|)")
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
# A link line: at most this many words (a lower-case one, this many), no sentence or
# clause end, a letter, numbers in at most a quarter of its words (a table row has more).
LINK_MAX_WORDS = 12
LOWER_LINK_MAX_WORDS = 4
LINK_END_RE = lazy_compile(r"[.!?;,:…][\"'”’)\]]*$")
# Filler between links: a symbol ("×", "☰"), a list number, a date, a time, "2 hours ago",
# "32M ago", "11/20/2019 01:14 PM".
FILLER_RE = lazy_compile(
    r"[^\w\s]{1,2}|\d{1,3}"
    r"|(?=.*\d)(?:\w+day,? )?(?:\d{1,2}(?:st|nd|rd|th)? )?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{1,2}(?:st|nd|rd|th)?)?"
    r",? ?(?:\d{4})?(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)?"
    r"|\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?"
    r"|(?:updated )?\d+ ?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[mhd])"
    r" ago"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,? \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
# A run of at least this many link lines (filler between them allowed) is a menu or a list
# of links: above the article, all from the text's start to the last such run goes...
LINK_RUN_MIN_LINES = 4
# ...but the lines right above the article (headline, byline, date, dek), this many, stay,
# and so does a line that repeats this many words of the page's title (its first line).
ABOVE_MARGIN = 4
HEADLINE_MIN_WORDS = 3
# The quick screen: a run of lines short enough (blank lines between them allowed), after
# a line break: all a run of short lines holds but its first and last line (which may have
# no line break before or after them).
SHORT_RUN_RE = lazy_compile(rf"\n(?:[^\n]{{1,{SHORT_MAX_CHARS}}}\n\s*){{{PAGE_MIN_SHORT_RUN - 2}}}")
# A word, for the headline test.
WORD_RE = lazy_compile(r"\w+")
# A line of this many words of three letters or more, all of them words of the article's
# prose (its topic), names the article: a heading or a tag of its own (:func:`_on_topic`).
TOPIC_MIN_WORDS = 3
TOPIC_WORD_RE = lazy_compile(r"\w{3,}")


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
    words = line.split()
    if len(words) < PROSE_MIN_WORDS or not SENTENCE_RE.search(line):
        return False
    return sum(word[0].islower() for word in words) >= PROSE_MIN_LOWER_SHARE * len(words)


def is_short_line(line: str) -> bool:
    """A line of at most ``SHORT_MAX_WORDS`` words and ``SHORT_MAX_CHARS`` characters.

    >>> is_short_line("Real Estate"), is_short_line("")
    (True, False)
    """
    return len(line) <= SHORT_MAX_CHARS and 0 < len(line.split()) <= SHORT_MAX_WORDS


def is_link_line(line: str) -> bool:
    """A line that reads as a link: a few words, no sentence or clause end, no list marker,
    not a table row; a lower-case one very short ("icon chevron down").

    >>> is_link_line("Fairfield's late rally falls short"), is_link_line("Here is how:")
    (True, False)
    >>> is_link_line("1 Kyle Busch 5040 5 1 17 27"), is_link_line("and the wind blew over")
    (False, False)
    """
    text = line.strip()
    words = text.split()
    if not words or len(words) > LINK_MAX_WORDS or LINK_END_RE.search(text):
        return False
    if text[0].islower() and len(words) > LOWER_LINK_MAX_WORDS:
        return False
    if LIST_ITEM_RE.match(text) or not any(char.isalpha() for char in text):
        return False
    return sum(any(char.isdigit() for char in word) for word in words) * 4 <= len(words)


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
    markup = sum(bool(MARKUP_RE.match(line) or CODE_OR_ROW_END_RE.search(line)) for line in lines)
    clause_ends = sum(line.endswith((",", ";")) for line in filled)
    if markup > PAGE_MAX_MARKUP_SHARE * len(filled):
        return False
    if clause_ends > PAGE_MAX_CLAUSE_END_SHARE * len(filled):
        return False
    prose = sum(map(is_prose_line, filled))
    if prose < PAGE_MIN_PROSE_LINES and not (
        prose and sum(short) >= PAGE_FEW_PROSE_SHORT_SHARE * len(filled)
    ):
        return False
    return not _mostly_cjk_or_thai(filled)


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
    if text is not None and not _may_be_page_text(lines, text):
        return None
    if not is_page_text(lines):
        return None
    filled = [i for i, line in enumerate(lines) if line.strip()]
    prose = [k for k, i in enumerate(filled) if is_prose_line(lines[i].strip())]
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


def page_furniture(
    lines: Sequence[str],
    article: Article,
    *,
    end: int | None = None,
    marked: Callable[[int], bool] = lambda i: False,
) -> dict[int, tuple[str, ...]]:
    """The furniture of a page's full text by its place, each line with its rule.

    Above the ``article`` (but its last ``ABOVE_MARGIN`` lines, its headline and a line
    naming its topic, :func:`_on_topic`): every line from the text's start to the last
    run of links that is neither prose nor a list item. Below it (after the line right
    below and the links that follow: a list that ends the article, maybe under its
    heading): the same from the first run of links to the text's end, once the page shows
    that its article has ended (:func:`.ended.ended_below`; ``marked``: whether a phrase rule
    matches a line). Below the line ``end`` (a line that ended the article: the comments' start,
    a footer's copyright; itself the line right below the article, left to the rules), all
    of them.

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> lines = [*["Home", "News", "Sport", "Jobs", "Weather", "Local"] * 6, "Ferry Kept",
    ...          "By Anna Martin", prose, prose, prose, "", "Tags: ferry", "Comments (3)",
    ...          "About Us", "Contact Us", "Careers", "Site Map"]
    >>> found = page_furniture(lines, Article(38, 40), marked={42}.__contains__)
    >>> sorted(found)[-6:], found[0][1], found[47][1]
    ([33, 43, 44, 45, 46, 47], 'before-article', 'after-article')
    >>> sorted(page_furniture(lines, Article(38, 40)))[-1]
    33
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    title = set(_words(lines[filled[0]]))
    above = filled[: filled.index(article.first)][:-ABOVE_MARGIN]
    topic = article_topic(lines, article)
    above = [i for i in above if not (_is_headline(lines[i], title) or _on_topic(lines[i], topic))]
    below = filled[filled.index(article.last) + 2 :]
    while below and is_link_line(lines[below[0]]):
        below = below[1:]
    found: dict[int, tuple[str, ...]] = {}
    runs = _link_runs(lines, above)
    if runs:
        found.update(
            dict.fromkeys(_swept(lines, above[: above.index(runs[-1][-1]) + 1]), BEFORE_ARTICLE)
        )
    runs = _link_runs(lines, below)
    if runs and (start := ended_below(lines, runs, filled, marked, article.last)) is not None:
        after = [i for i in below if i >= max(start, runs[0][0])]
        found.update(dict.fromkeys(_swept(lines, after), AFTER_ARTICLE))
    if end is not None:
        found.update(dict.fromkeys(_swept(lines, [i for i in filled if i > end]), AFTER_ARTICLE))
    return found


def _link_runs(lines: Sequence[str], part: list[int]) -> list[list[int]]:
    """The runs of ``part`` holding at least ``LINK_RUN_MIN_LINES`` link lines in a row
    (filler lines between them allowed).

    >>> lines = ["Home", "1", "News", "Sport", "Weather", "He left.", "Jobs", "Cars"]
    >>> _link_runs(lines, list(range(8)))
    [[0, 1, 2, 3, 4]]
    """
    runs: list[list[int]] = []
    run: list[int] = []
    links = 0
    for i in [*part, -1]:  # -1 closes the last run
        if i >= 0 and _is_listed_link(lines[i]):
            run.append(i)
            links += 1
        elif i >= 0 and FILLER_RE.fullmatch(lines[i].strip()):
            run.append(i)
        else:
            if links >= LINK_RUN_MIN_LINES:
                runs.append(run)
            run, links = [], 0
    return runs


def _is_listed_link(line: str) -> bool:
    """A link line (:func:`is_link_line`), maybe followed by a count of posts: an archive's
    or a category's link in a list of them (``Novembro (113)``, ``Politics (15)``).

    >>> _is_listed_link("Novembro (113)"), _is_listed_link("Ward 7 (113)")
    (True, False)
    """
    if line.endswith(")") and is_link_line(POST_COUNT_RE.sub("", line.strip())):
        return True
    return is_link_line(line)


def _swept(lines: Sequence[str], part: list[int]) -> list[int]:
    """The lines of ``part`` that go: all but prose lines and list items."""
    return [
        i for i in part if not is_prose_line(lines[i].strip()) and not LIST_ITEM_RE.match(lines[i])
    ]


def article_topic(lines: Sequence[str], article: Article) -> set[str]:
    """The words of three letters or more of the ``article``'s prose lines, lower-cased.

    >>> prose = ("The Stadia port of Red Dead Redemption 2 runs at thirty frames a second "
    ...          "in the browser, the analysts said on Monday.")
    >>> sorted(article_topic(["Related", prose, "Stadia Pro"], Article(0, 2)))[:4]
    ['analysts', 'browser', 'dead', 'frames']
    """
    prose = [line for line in lines[article.first : article.last + 1] if is_prose_line(line)]
    return set(TOPIC_WORD_RE.findall("\n".join(prose).lower()))


def topic_lines(lines: Sequence[str], article: Article, candidates: Sequence[int]) -> set[int]:
    """The ``candidates`` inside the ``article`` that name its topic (:func:`_on_topic`),
    such as a tag under a paragraph (``Red Dead Redemption 2``).

    >>> prose = ("The Stadia port of Red Dead Redemption 2 runs at thirty frames a second "
    ...          "in the browser, the analysts said on Monday.")
    >>> lines = [prose, "Related", "Red Dead Redemption 2", "Stadia Pro", "More Games", prose]
    >>> sorted(topic_lines(lines, Article(0, 5), [2, 3, 4]))
    [2]
    """
    inside = [i for i in candidates if article.first <= i <= article.last]
    if not inside:
        return set()
    topic = article_topic(lines, article)
    return {i for i in inside if _on_topic(lines[i], topic)}


def _on_topic(line: str, topic: set[str]) -> bool:
    """A line of at least ``TOPIC_MIN_WORDS`` words of three letters or more, all of them
    words of the article's prose (``topic``): a heading or tag of the article's, not a
    site's menu item or another story's headline.

    >>> topic = {"stock", "car", "calendar", "race", "season"}
    >>> _on_topic("Stock Car Race Calendar", topic), _on_topic("Stock Car", topic)
    (True, False)
    >>> _on_topic("Stock Car Results", topic)
    False
    """
    words = TOPIC_WORD_RE.findall(line.lower())
    return len(words) >= TOPIC_MIN_WORDS and topic.issuperset(words)


def _words(line: str) -> list[str]:
    return WORD_RE.findall(line.lower())


def _is_headline(line: str, title: set[str]) -> bool:
    """A line of at least ``HEADLINE_MIN_WORDS`` words, all of them in the page's title
    (its first line): the article's headline.

    >>> title = {"we", "got", "her", "video", "shows", "rescue", "nbc"}
    >>> _is_headline("'We Got Her!' Video Shows Rescue", title), _is_headline("NBC", title)
    (True, False)
    """
    words = _words(line)
    return len(words) >= HEADLINE_MIN_WORDS and title.issuperset(words)
