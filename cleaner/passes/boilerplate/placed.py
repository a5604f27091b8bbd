"""A page's full text in the plan of the ``boilerplate`` pass (with ``page_text``): its
article, the furniture that goes by its place around it (:mod:`.around`), and what the
article changes in the rules' matches (the lines that end it, its own tags and headings,
the notes under its paragraphs). The page modules are imported only once asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from cleaner.passes.boilerplate.ended import FORM_RULES, end_marks
from cleaner.passes.boilerplate.matching import match_lines
from cleaner.passes.boilerplate.rules import Rule, any_rule_re, normalize_line
from cleaner.passes.boilerplate.whole import whole_lines_only

if TYPE_CHECKING:
    from cleaner.passes.boilerplate.page import Article

# With ``page_text``, the families whose ``strong`` rules end a page's article where they
# match inside it, but the rules that match a line only holding the phrase (a caption's
# "... All rights reserved").
END_FAMILIES = frozenset({"comments", "copyright"})
# With ``page_text``, the families whose lines right below a paragraph stay (see
# :func:`without_notes_below_prose`).
NOTE_FAMILIES = frozenset({"credits", "copyright"})
NO_END_RULES = frozenset({"copyright/all-rights-reserved", "copyright/all-right-reserved"})


def page_judged(
    judge: tuple[str, list[str], tuple[str, ...], tuple[Rule, ...], int, tuple[str, ...]],
    article: Article | None,
    end: int | None = None,
    line_rules: dict[str, list[int]] | None = None,
) -> tuple[dict[int, tuple[Rule, str]], list[str], dict[int, Rule], dict[int, Rule]]:
    """The lines of a page's furniture that go by their place around its ``article`` (ended
    by the line ``end``, if given: see :func:`.around.page_furniture`), whole lines only; the
    lines the rules judge (those blanked); and the rules' matches and lines too long there
    (see :func:`.matching.match_lines`, as ``line_rules``). ``judge``: the text, its lines and the
    options."""
    text, lines, extra_patterns, keep, max_line_length, disable = judge
    page = {}
    if article:  # A line a phrase rule matches marks the article's end below it.
        marked = end_marks(lines, article.last, extra_patterns, keep, max_line_length, disable)
        page = _page_lines(lines, article, keep, disable, end, marked)
    if page:  # Whole lines only (see :mod:`.whole`), then the rules judge the rest. (A line
        # that looks wrapped with the article keeps a page's lines, judged by their place.)
        page = whole_lines_only(lines, page, extra_patterns, keep, max_line_length)
    # The rules judge the text as it is without the page's furniture: as a second run sees it.
    rule_lines = [("" if i in page else line) for i, line in enumerate(lines)] if page else lines
    rule_text = "\n".join(rule_lines) + "\n" * text.endswith("\n") if page else text
    matches, too_long = match_lines(
        rule_text, rule_lines, extra_patterns, keep, max_line_length, disable, line_rules
    )
    return page, rule_lines, matches, too_long


def without_topic_lines(
    lines: list[str], article: Article, matches: dict[int, Rule]
) -> dict[int, Rule]:
    """``matches`` but the menu items and teasers inside a page's ``article`` that name its
    topic (:func:`.around.topic_lines`): found by their form, not by a phrase, they may be a
    heading or a tag of the article's own.

    >>> from cleaner.passes.boilerplate.menus import MENU_RULE
    >>> from cleaner.passes.boilerplate.page import Article
    >>> prose = ("The Stadia port of Red Dead Redemption 2 runs at thirty frames a second "
    ...          "in the browser, the analysts said on Monday.")
    >>> lines = [prose, "Red Dead Redemption 2", "Stadia Pro", prose]
    >>> sorted(without_topic_lines(lines, Article(0, 3), dict.fromkeys([1, 2], MENU_RULE)))
    [2]
    """
    from cleaner.passes.boilerplate.around import topic_lines  # Deferred: page_text is off.

    formed = [i for i, rule in matches.items() if rule in FORM_RULES]
    topic = topic_lines(lines, article, formed) if formed else set()
    return {i: rule for i, rule in matches.items() if i not in topic} if topic else matches


def without_notes_below_prose(lines: list[str], matches: dict[int, Rule]) -> dict[int, Rule]:
    """``matches`` but the lines of the credits and copyright families right below a line
    that ends a paragraph (:func:`.page.is_paragraph_end`): a photo's credit or a wire
    story's notice, they are the paragraph's (the article's last line, in many a page's
    article), not a footer's, which follows its links.

    >>> note = Rule("copyright", "copyright-year", "strong", "")
    >>> lines = ["Europa is slightly smaller than Earth's Moon, the team said.", "",
    ...          "Copyright 2019 Hawaii News Now.", "Privacy Policy", "© 2019 Gray Media"]
    >>> sorted(without_notes_below_prose(lines, {2: note, 4: note}))
    [4]
    """
    from cleaner.passes.boilerplate.page import is_paragraph_end  # Deferred: page_text.

    held = set()
    for i in (i for i, rule in matches.items() if rule.family in NOTE_FAMILIES):
        above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if above is not None and is_paragraph_end(lines[above]):
            held.add(i)
    return {i: rule for i, rule in matches.items() if i not in held} if held else matches


def article_end(matches: dict[int, Rule], article: Article) -> int | None:
    """The first line inside a page's ``article`` (not its first) that a ``strong`` rule
    of the comments or copyright families matched: the article has ended above it (the
    comments under it, a footer's copyright), though prose lines follow (comments,
    teasers' summaries), or ``None``.

    >>> from cleaner.passes.boilerplate.page import Article
    >>> closed = Rule("comments", "comments-closed", "strong", "")
    >>> label = Rule("comments", "comments-label", "label", "")
    >>> article_end({9: label, 12: closed, 30: closed}, Article(3, 40))
    12
    >>> article_end({3: closed, 45: closed}, Article(3, 40)) is None
    True
    """
    marks = [
        i
        for i, rule in matches.items()
        if article.first < i <= article.last
        and rule.kind == "strong"
        and rule.family in END_FAMILIES
        and rule.name not in NO_END_RULES
    ]
    return min(marks) if marks else None


def _page_lines(
    lines: list[str],
    article: Article,
    keep: tuple[Rule, ...],
    disable: tuple[str, ...],
    end: int | None = None,
    marked: Callable[[int], bool] = lambda i: False,
) -> dict[int, tuple[Rule, str]]:
    """The furniture of a page's full text by its place (see :mod:`.around`), with why
    (``end``: the line that ended its article; ``marked``: whether a phrase rule matches a
    line; see :func:`.around.page_furniture`)."""
    from cleaner.passes.boilerplate.around import page_furniture  # Deferred: page_text.

    where = f"page text, its article is lines {article.first + 1}-{article.last + 1}"
    placed = page_furniture(lines, article, end=end, marked=marked)
    return _with_rules(lines, placed, keep, disable, where)


def _with_rules(
    lines: list[str],
    placed: dict[int, tuple[str, ...]],
    keep: tuple[Rule, ...],
    disable: tuple[str, ...],
    where: str,
) -> dict[int, tuple[Rule, str]]:
    """The lines ``placed`` by a page rule (its tuple) with their rule and why (``where``),
    but those of a rule in ``disable`` and those ``keep`` matches."""
    keep_re = any_rule_re(keep)
    found = {}
    for i, rule in ((i, page_rules()[r]) for i, r in placed.items()):
        if rule.name not in disable and not keep_re.fullmatch(normalize_line(lines[i])):
            found[i] = (rule, where)
    return found


def edge_furniture(
    judge: tuple[str, list[str], tuple[str, ...], tuple[Rule, ...], int, tuple[str, ...]],
    matches: dict[int, Rule],
) -> dict[int, tuple[Rule, str]]:
    """The lines of the runs of links at a page's head and foot (:func:`.edges.page_edges`),
    whole lines only, with their rule and why (``matches``: the rules' on the whole text,
    which judge the rest as they would without these lines). ``judge``: as
    :func:`page_judged`'s. Its module is imported only once a rule matched a line."""
    from cleaner.passes.boilerplate.edges import page_edges  # Deferred: a clean text never.

    text, lines, extra_patterns, keep, max_line_length, disable = judge
    placed = page_edges(lines, text, matches)
    page = _with_rules(lines, placed, keep, disable, "page text, a run of links at its edge")
    return whole_lines_only(lines, page, extra_patterns, keep, max_line_length) if page else page


def find_article(lines: list[str], text: str) -> Article | None:
    """:func:`.page.page_article`, its module imported only when ``page_text`` is on."""
    from cleaner.passes.boilerplate.page import page_article  # Deferred: page_text is off.

    return page_article(lines, text)


@cache
def page_rules() -> dict[tuple[str, ...], Rule]:
    """The rules of a page's full text above and below its article (see :mod:`.around`) and
    at its edges (:mod:`.edges`), by those modules' tuples: their code is imported only once
    asked for."""
    from cleaner.passes.boilerplate.around import PAGE_RULES
    from cleaner.passes.boilerplate.edges import EDGE_RULES

    return {rule: Rule(*rule[:3], "") for rule in (*PAGE_RULES, *EDGE_RULES)}
