"""The furniture around the article of a web page's full visible text (see :mod:`.page`),
by its place: runs of short link lines above the article (menus, other headlines) up to
the last one, and below it once the page shows its article has ended (a footer's links,
other stories). A line naming the article's topic, its headline, prose lines and list
items stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.ended import ended_below
from cleaner.passes.boilerplate.menus import POST_COUNT_RE
from cleaner.passes.boilerplate.page import LIST_ITEM_RE, Article, is_prose_line
from cleaner.passes.boilerplate.titled import is_headline, words

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
# and so does a line that repeats the page's title (its first line: :mod:`.titled`).
ABOVE_MARGIN = 4
# A line of this many words of three letters or more, all of them words of the article's
# prose (its topic), names the article: a heading or a tag of its own (:func:`_on_topic`).
TOPIC_MIN_WORDS = 3
TOPIC_WORD_RE = lazy_compile(r"\w{3,}")


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
    found = dict.fromkeys(before_article(lines, article), BEFORE_ARTICLE)
    found.update(dict.fromkeys(after_article(lines, article, marked)[0], AFTER_ARTICLE))
    if end is not None:
        found.update(dict.fromkeys(_swept(lines, [i for i in filled if i > end]), AFTER_ARTICLE))
    return found


def before_article(lines: Sequence[str], article: Article) -> list[int]:
    """The lines above a page's ``article`` that go by their place (see
    :func:`page_furniture`): from the text's start to the last run of links, but the
    article's last ``ABOVE_MARGIN`` lines above it, its headline, a line naming its topic,
    prose lines and list items.

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> lines = ["Ferry Kept On - The Herald", "Home", "News", "Sport", "Jobs", "Weather",
    ...          "Ferry Kept On", "By Anna Martin", "Share", "Print", "Email", prose, prose, prose]
    >>> before_article(lines, Article(11, 13))
    [1, 2, 3, 4, 5]
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    title = set(words(lines[filled[0]]))
    above = filled[: filled.index(article.first)][:-ABOVE_MARGIN]
    topic = article_topic(lines, article)
    above = [i for i in above if not (is_headline(lines[i], title) or _on_topic(lines[i], topic))]
    runs = _link_runs(lines, above)
    return _swept(lines, above[: above.index(runs[-1][-1]) + 1]) if runs else []


def after_article(
    lines: Sequence[str], article: Article, marked: Callable[[int], bool]
) -> tuple[list[int], list[list[int]]]:
    """The lines below a page's ``article`` that go by their place (see
    :func:`page_furniture`, ``marked`` as there), and the runs of links below it.

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> lines = [prose, prose, "Tags: ferry", "Comments (3)", "About Us", "Contact Us",
    ...          "Careers", "Jobs"]
    >>> after_article(lines, Article(0, 1), {2}.__contains__)
    ([3, 4, 5, 6, 7], [[3, 4, 5, 6, 7]])
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    below = filled[filled.index(article.last) + 2 :]
    while below and is_link_line(lines[below[0]]):
        below = below[1:]
    runs = _link_runs(lines, below)
    if runs and (start := ended_below(lines, runs, filled, marked, article.last)) is not None:
        return _swept(lines, [i for i in below if i >= max(start, runs[0][0])]), runs
    return [], runs


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
        if i >= 0 and is_listed_link(lines[i]):
            run.append(i)
            links += 1
        elif i >= 0 and FILLER_RE.fullmatch(lines[i].strip()):
            run.append(i)
        else:
            if links >= LINK_RUN_MIN_LINES:
                runs.append(run)
            run, links = [], 0
    return runs


def is_listed_link(line: str) -> bool:
    """A link line (:func:`is_link_line`), maybe followed by a count of posts: an archive's
    or a category's link in a list of them (``Novembro (113)``, ``Politics (15)``).

    >>> is_listed_link("Novembro (113)"), is_listed_link("Ward 7 (113)")
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
    found = TOPIC_WORD_RE.findall(line.lower())
    return len(found) >= TOPIC_MIN_WORDS and topic.issuperset(found)
