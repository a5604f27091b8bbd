"""The runs of link lines at the head and foot of a web page's full visible text, which go
by default (``page_text`` judges the whole page, :mod:`.around`): a site's menus above
all else, its footer's links below all else.

Only in a text that is clearly a page's full text (:func:`.page.page_text_seen`); a run
is the lines from the text's start (or end) that read as links or filler
(:mod:`.around`) or that a rule matched, up to the first that does none of these. It goes
if it holds at least ``LINK_RUN_MIN_LINES`` links, but for its ``EDGE_MARGIN`` lines
nearest that first line that no phrase rule matched (a headline, a byline or a date under
a menu; a story's last related link) and the lines such a rule matched among them (left
to the rules), the page's title (its first line) and a line repeating it
(:func:`.titled.is_headline`). What stays of a run is too short to go on a next run.

Above the article's headline, more goes where the page is clear: where its article
(:func:`.page.article_of`) holds at least ``ARTICLE_MIN_PROSE_SHARE`` of its prose, the
lines that ``page_text`` takes above the article (:func:`.around.before_article`) and that
lie above the first line repeating the title as the story's (:func:`.titled.names_story`),
but for the ``EDGE_MARGIN`` lines right above it that no phrase rule matched (a date, a
section, a kicker over the headline) and the lines such a rule matched among them (a share
bar). Without such a headline the article's start is not sure: nothing more goes. Below
such an article, the lines that ``page_text`` takes there (:func:`.around.after_article`:
once the page shows the article has ended; not prose, not list items), but a line
repeating the headline or a line of the article (a list of posts holding the page's own),
or the start of one (its first paragraph cut short as the page's summary).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.around import (
    ABOVE_MARGIN,
    FILLER_RE,
    LINK_RUN_MIN_LINES,
    after_article,
    before_article,
    is_listed_link,
)
from cleaner.passes.boilerplate.ended import FORM_RULES
from cleaner.passes.boilerplate.page import (
    Article,
    article_of,
    article_prose_share,
    is_prose_line,
    page_text_seen,
    teaser_summaries,
)
from cleaner.passes.boilerplate.placed import article_end
from cleaner.passes.boilerplate.titled import TITLE_MAX_WORDS, is_headline, names_story, words
from cleaner.passes.boilerplate.whole import without_open_ends

if TYPE_CHECKING:
    from cleaner.passes.boilerplate.rules import Rule

# The rules of this module (code, not data): family, id, kind, and what they remove, as
# ``cleaner passes --rules`` lists them.
HEAD_LINKS = (
    "page-text",
    "head-links",
    "strong",
    "in a page's full text, the run of link lines from its start, but the three above the "
    "first line of other text",
)
FOOT_LINKS = (
    "page-text",
    "foot-links",
    "strong",
    "in a page's full text, the run of link lines to its end, but the three below the last "
    "line of other text",
)
ABOVE_HEADLINE = (
    "page-text",
    "above-headline",
    "strong",
    "in a page's full text whose article holds most of its prose, a non-prose line above "
    "its headline (the title repeated), up to the last run of links, but the three above it",
)
BELOW_ARTICLE = (
    "page-text",
    "below-article",
    "strong",
    "in a page's full text whose article holds most of its prose, a non-prose line below the "
    "article, once the page shows the article has ended, but the article's lines repeated",
)
EDGE_RULES = (HEAD_LINKS, FOOT_LINKS, ABOVE_HEADLINE, BELOW_ARTICLE)
# The lines of a run nearest the page's other text that stay: fewer links than a run holds,
# so that what stays does not go on a next run.
EDGE_MARGIN = LINK_RUN_MIN_LINES - 1
# A page's article is clear when it holds this share of the page's prose (in characters;
# on the tuning pages, at 0.5 or 0.6 a blog's other posts lost their bylines and dates and
# its readers' comments; at 0.8, session 36's, a page's other stories' summaries or a
# thread of comments under the article kept many a page's below and above it unjudged)...
ARTICLE_MIN_PROSE_SHARE = 0.7
# A count after a headline (Slashdot's comments: ``NSA Chief To Address Hackers At DEF CON
# 136``), not a word of the title.
COUNT_END_RE = lazy_compile(r"\s+\d{1,5}$")
# A comment's own tools (``Reply to This Share``) end no article: the article found may
# be a thread of comments (Slashdot's pages).
THREAD_TOOLS_RULE = "comments/thread-tools"
# A line below the article that starts one of the article's, this long or more, is its
# paragraph cut short (the page's summary), not furniture.
RETOLD_MIN_CHARS = 40


def page_edges(
    lines: Sequence[str], text: str, matches: Mapping[int, Rule]
) -> dict[int, tuple[str, ...]]:
    """The lines of the head and foot runs of a page's full text that go, each with its
    rule (``matches``: the rule matching each line that one matches; ``text``: the lines
    joined).

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> menu = ["Home", "News", "Sport", "Jobs", "Weather", "Local"]
    >>> lines = ["Ferry Kept - The Herald", *menu * 6, "Ferry Kept", "By Anna Martin",
    ...          prose, prose, prose, "About Us", "Contact Us", "Careers", "Site Map", "Jobs",
    ...          "Terms", "Advertise"]
    >>> found = page_edges(lines, "\\n".join(lines), {})
    >>> sorted(found)[:2], sorted(found)[-5:], found[1][1], found[48][1]
    ([1, 2], [35, 45, 46, 47, 48], 'head-links', 'foot-links')
    """
    if not page_text_seen(lines, text):
        return {}
    filled = [i for i, line in enumerate(lines) if line.strip()]
    title = set(words(lines[filled[0]]))
    story = _story_headline(lines, filled)
    phrased = {i for i, rule in matches.items() if rule not in FORM_RULES}
    found: dict[int, tuple[str, ...]] = {}
    # (The head's run ends at the story's headline: the article's lines start there.)
    for order, rule in ((filled[:story], HEAD_LINKS), (filled[::-1], FOOT_LINKS)):
        run = _without_margin(_edge_run(lines, order, matches.keys()), phrased)
        run = [i for i in run if i != filled[0] and not is_headline(lines[i], title)]
        links = sum(is_listed_link(lines[i].strip()) for i in run)
        if links >= LINK_RUN_MIN_LINES:
            found.update(dict.fromkeys(run, rule))
    article, teasers = _article_without_teasers(lines)
    if article_prose_share(lines, article, teasers=teasers) >= ARTICLE_MIN_PROSE_SHARE:
        if story is not None and filled[story] < article.first:
            nearest = _nearest_story(lines, filled, story, article)
            for i in _above_headline(lines, filled, nearest, article, phrased):
                found.setdefault(i, ABOVE_HEADLINE)
        else:
            for i in _above_unnamed_article(lines, filled, article, matches.keys()):
                found.setdefault(i, ABOVE_HEADLINE)
        ended = _ended_article(article, filled, matches)
        for i in _below_article(lines, filled, ended, matches):
            found.setdefault(i, BELOW_ARTICLE)
    # A run's line that goes on into a line that stays (a menu's last link wrapped with the
    # headline's margin) stays: else the whole run would (:func:`.whole.whole_lines_only`).
    whole = without_open_ends(lines, found)
    return {i: rule for i, rule in found.items() if i in whole}


def _article_without_teasers(lines: Sequence[str]) -> tuple[Article, set[int]]:
    """The page's article found without other stories' summaries
    (:func:`.page.teaser_summaries`: a list of them below it read as its paragraphs) if it
    is the one found with them cut short (the same first line, not another block: a thread
    of one-line comments read as summaries), with the summaries it left out; else that one,
    with none.

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> other = [f"Bus Fares Up {n}" for n in range(6)]
    >>> lines = [*(prose.replace("five", n) for n in ("two", "six", "ten")), "", "Related"]
    >>> for n, story in enumerate(other):
    ...     lines += [story, prose.replace("Tuesday", f"day {n}")]
    >>> article, teasers = _article_without_teasers([*lines, "Home"])
    >>> article, sorted(teasers)
    (Article(first=0, last=2), [6, 8, 10, 12, 14, 16])
    """
    article = article_of(lines)
    teasers = teaser_summaries(lines)
    narrowed = article_of(lines, teasers=teasers)
    if narrowed.first == article.first and narrowed.last <= article.last:
        return narrowed, teasers
    return article, set()


def _story_headline(lines: Sequence[str], filled: list[int]) -> int | None:
    """Where, in ``filled`` (the indexes of ``lines`` that are not blank), the first line
    repeating the page's title as its story's headline (:func:`.titled.names_story`) is,
    or ``None``.

    >>> lines = ["Ferry Kept On - The Herald", "Home", "The Herald", "Ferry Kept On 12", "Ferry"]
    >>> _story_headline(lines, [0, 1, 2, 3, 4])
    3
    """
    title = lines[filled[0]]
    title_words = set(words(title))
    if len(title_words) > TITLE_MAX_WORDS:
        return None
    return next(
        (
            k
            for k, i in enumerate(filled[1:], 1)
            if names_story(COUNT_END_RE.sub("", lines[i]), title, title_words)
        ),
        None,
    )


def _nearest_story(lines: Sequence[str], filled: list[int], story: int, article: Article) -> int:
    """Where, in ``filled`` (as :func:`_story_headline`'s), the line naming the story right
    above the ``article`` is: the last one within ``ABOVE_MARGIN`` lines above it, else
    ``story`` (the first: a list of posts above may name the page's own first).

    >>> lines = ["Ferry Kept On - The Herald", "Ferry Kept On", "Bus Fares Up", "Jobs",
    ...          "Ferry Kept On", "By Anna Martin", "The council voted to keep it."]
    >>> _nearest_story(lines, list(range(7)), 1, Article(6, 6))
    4
    """
    title = lines[filled[0]]
    title_words = set(words(title))
    start = filled.index(article.first)
    for k in range(start - 1, max(story, start - 1 - ABOVE_MARGIN), -1):
        if names_story(COUNT_END_RE.sub("", lines[filled[k]]), title, title_words):
            return k
    return story


def _above_headline(
    lines: Sequence[str], filled: list[int], story: int, article: Article, phrased: Collection[int]
) -> list[int]:
    """The lines above a clear article's headline (``filled[story]``) that go (see the
    module's docstring); ``filled``: the indexes of ``lines`` that are not blank; the
    margin above the headline as a run's (:func:`_without_margin`, ``phrased``: the lines a
    phrase rule matched), so that a share bar between a date and the headline is no margin.

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> menu = ["Home", "News", "Sport", "Jobs", "Weather", "Local"]
    >>> lines = ["Ferry Kept On - The Herald", *menu, "Top Stories", *menu, "Local News",
    ...          "Tuesday", "Ferry Kept On", "By Anna Martin", "Share", "Print", prose, prose]
    >>> _above_headline(lines, list(range(len(lines))), 16, Article(20, 21), set())
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    >>> _above_headline(lines, list(range(len(lines))), 16, Article(20, 21), {14, 15})
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    >>> _above_headline(lines, list(range(len(lines))), 16, Article(7, 21), set())
    []
    """
    if filled[story] >= article.first:
        return []
    above = set(_without_margin(filled[1:story], phrased))
    return [i for i in before_article(lines, article) if i in above]


def _above_unnamed_article(
    lines: Sequence[str], filled: list[int], article: Article, matched: Collection[int]
) -> list[int]:
    """Above a clear ``article`` whose headline repeats no title (a site's name, a script's
    line as the page's first), the lines ``page_text`` takes above it
    (:func:`.around.before_article`), but the ``EDGE_MARGIN`` lines above it that no rule
    matched (a headline, a byline: the margin as :func:`_without_margin`'s, ``matched``:
    the lines any rule matched, a teaser list's too); none if a prose line lies above it
    (its start is not sure: a paragraph found apart from it).

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> menu = ["Home", "News", "Sport", "Jobs", "Weather", "Local"]
    >>> lines = ["The Herald", *menu, "Top Stories", *menu, "Ferry Kept On", "By Anna Martin",
    ...          "Share", "Print", prose, prose]
    >>> _above_unnamed_article(lines, list(range(len(lines))), Article(18, 19), {16, 17})
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    >>> told = [*lines[:14], prose, *lines[14:]]  # (A paragraph above: no sure start.)
    >>> _above_unnamed_article(told, list(range(21)), Article(19, 20), ())
    []
    """
    start = filled.index(article.first)
    if any(is_prose_line(lines[i].strip()) for i in filled[:start]):
        return []
    above = set(_without_margin(filled[1:start], matched))
    return [i for i in before_article(lines, article) if i in above]


def _ended_article(article: Article, filled: list[int], matches: Mapping[int, Rule]) -> Article:
    """The ``article`` ended above the first line inside it that a strong comments or
    copyright rule matched (:func:`.placed.article_end`: a comment form and the comments
    under it read as its last paragraphs), but a comment's own tools; ``filled``: the
    indexes of the non-blank lines.

    >>> from cleaner.passes.boilerplate.rules import Rule
    >>> form = Rule("comments", "post-comment", "strong", "")
    >>> _ended_article(Article(2, 9), list(range(10)), {6: form})
    Article(first=2, last=5)
    >>> tools = Rule("comments", "thread-tools", "strong", "")
    >>> _ended_article(Article(2, 9), list(range(10)), {6: tools})
    Article(first=2, last=9)
    """
    ends = {i: rule for i, rule in matches.items() if rule.name != THREAD_TOOLS_RULE}
    end = article_end(ends, article)
    if end is None:
        return article
    return Article(article.first, max(i for i in filled if i < end))


def _below_article(
    lines: Sequence[str], filled: list[int], article: Article, matches: Mapping[int, Rule]
) -> list[int]:
    """The lines below a clear ``article`` that go (see the module's docstring), but a line
    repeating one of the article or its ``ABOVE_MARGIN`` lines above it (its headline in a
    list of posts); ``filled``: the indexes of ``lines`` that are not blank; ``matches``: as
    :func:`page_edges`'s.

    >>> prose = ("The council voted on Tuesday night to keep the old ferry running for five "
    ...          "more years, after a long meeting.")
    >>> lines = ["Ferry Kept On - The Herald", prose, prose, "Comments (3)", "Sam says:",
    ...          prose, "About Us", "Contact Us", "Ferry Kept On", "Jobs", "Careers"]
    >>> from cleaner.passes.boilerplate.rules import Rule
    >>> comments = {4: Rule("comments", "says", "label", "")}  # The article has ended.
    >>> _below_article(lines, list(range(len(lines))), Article(1, 2), comments)
    [6, 7, 9, 10]
    >>> _below_article(lines, list(range(len(lines))), Article(1, 2), {})
    []
    """
    from cleaner.passes.boilerplate.ended import marks_an_end

    def marked(i: int) -> bool:
        return i in matches and marks_an_end(matches[i])

    after, _ = after_article(lines, article, marked)
    first = filled[max(filled.index(article.first) - ABOVE_MARGIN, 0)]
    told = [_folded(line) for line in lines[first : article.last + 1]]
    title = lines[filled[0]]
    title_words = set(words(title))
    return [
        i
        for i in after
        if not _retold(_folded(lines[i]), told) and not names_story(lines[i], title, title_words)
    ]


def _retold(line: str, told: list[str]) -> bool:
    """Whether ``line`` (folded) is one of ``told`` (the article's lines, folded) or, of
    ``RETOLD_MIN_CHARS`` or more, the start of one (its first paragraph cut short as the
    page's summary).

    >>> told = ["ferry kept on", "the council voted on tuesday night to keep the old ferry."]
    >>> _retold("ferry kept on", told), _retold("the council voted on tuesday night to keep", told)
    (True, True)
    >>> _retold("the council", told)
    False
    """
    if line in told:
        return True
    return len(line) >= RETOLD_MIN_CHARS and any(seen.startswith(line) for seen in told)


def _folded(line: str) -> str:
    """``line`` lower-cased, its spaces single: a line the page repeats is found as such."""
    return " ".join(line.lower().split())


def _without_margin(run: list[int], phrased: Collection[int]) -> list[int]:
    """``run`` (from the text's edge on) but its last ``EDGE_MARGIN`` lines no phrase rule
    matched (``phrased``), and the lines such a rule matched among and after them (a byline,
    a date stamp, a share bar under a headline: the rules judge them).

    >>> _without_margin([0, 1, 2, 3, 4, 5, 6, 7], {5, 7})
    [0, 1, 2]
    """
    unmatched = [k for k, i in enumerate(run) if i not in phrased]
    return run[: unmatched[-EDGE_MARGIN]] if len(unmatched) > EDGE_MARGIN else []


def _edge_run(lines: Sequence[str], order: list[int], matched: Collection[int]) -> list[int]:
    """The lines of ``order`` up to the first that is no link, no filler, and that no rule
    matched.

    >>> _edge_run(["Home", "News", "12:30", "Share", "He left.", "Jobs"], [0, 1, 2, 3, 4, 5], {3})
    [0, 1, 2, 3]
    """
    run = []
    for i in order:
        line = lines[i].strip()
        if not (i in matched or is_listed_link(line) or FILLER_RE.fullmatch(line)):
            break
        run.append(i)
    return run
