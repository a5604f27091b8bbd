"""Teaser lists for the ``boilerplate`` pass: the headlines under a related-stories heading.

A news page links other stories under a heading (``Related``, ``More:``, ``You may also
like...``, ``More Great WIRED Stories``), one headline a line, and main-content extractors
keep the list between the article's paragraphs. A headline alone reads as a subheading, but
under such a heading it is a link: short, opening with a capital, ending in no full stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cleaner.passes.boilerplate.rules import Rule, normalize_line
from cleaner.passes.boilerplate.zones import is_prose

# The rule of this module (code, not data): family, id, kind, and what it removes, as
# ``cleaner passes --rules`` lists it.
TEASER_LIST = (
    "related",
    "teaser-list",
    "strong",
    "headlines listed under a related-stories heading (Related, More:, You may also like)",
)
TEASER_RULE = Rule(*TEASER_LIST[:3], "")
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
    }
)
# ...but of the bare labels only these: a caption or a list may follow "Video" or "Latest".
HEADING_LABEL_RE = re.compile(
    r"(related|more|read next|up next|see also|further reading|don't miss|recommended)\W*",
    re.IGNORECASE,
)
# A headline: a capital, digit or quote first, no full stop, comma or colon last; at least
# and at most this many words (a name or a link's "Embed" is no headline), and at most this
# many characters. At most this many in a list, and at least this many.
HEADLINE_RE = re.compile(r"[\"'‘“]?[^\W_a-z].*(?<![.,;:])")
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 15
HEADLINE_MAX_CHARS = 120
MAX_TEASERS = 10
MIN_TEASERS = 2
# The start of a line that goes on the line above: a lower-case letter.
LOWER_START_RE = re.compile(r"^\W*[^\W\d_A-Z]")


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
    first_prose = next(
        (i for i, line in enumerate(lines) if i not in matched and is_prose(line)), len(lines)
    )
    for i in sorted(matched):
        if i < first_prose or not _is_heading(lines[i], matched[i]):
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


def _headlines_after(lines: Sequence[str], i: int) -> Iterable[int]:
    """The run of headlines after line ``i``, blank lines skipped, at most MAX_TEASERS."""
    count = 0
    for j in range(i + 1, len(lines)):
        if not lines[j].strip():
            continue
        following = lines[j + 1] if j + 1 < len(lines) else ""
        if count == MAX_TEASERS or not is_headline(lines[j]) or LOWER_START_RE.match(following):
            return
        count += 1
        yield j
