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
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from cleaner.passes.boilerplate.around import FILLER_RE, LINK_RUN_MIN_LINES, is_listed_link
from cleaner.passes.boilerplate.ended import FORM_RULES
from cleaner.passes.boilerplate.page import page_text_seen
from cleaner.passes.boilerplate.titled import is_headline, words

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
EDGE_RULES = (HEAD_LINKS, FOOT_LINKS)
# The lines of a run nearest the page's other text that stay: fewer links than a run holds,
# so that what stays does not go on a next run.
EDGE_MARGIN = LINK_RUN_MIN_LINES - 1


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
    phrased = {i for i, rule in matches.items() if rule not in FORM_RULES}
    found: dict[int, tuple[str, ...]] = {}
    for order, rule in ((filled, HEAD_LINKS), (filled[::-1], FOOT_LINKS)):
        run = _without_margin(_edge_run(lines, order, matches.keys()), phrased)
        run = [i for i in run if i != filled[0] and not is_headline(lines[i], title)]
        links = sum(is_listed_link(lines[i].strip()) for i in run)
        if links >= LINK_RUN_MIN_LINES:
            found.update(dict.fromkeys(run, rule))
    return found


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
