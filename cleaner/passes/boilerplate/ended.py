"""Where a page's article has ended, below it: the evidence that the lines under it are a
page's furniture (see :func:`.around.page_furniture`), not a box of the article's own.

Below an article, a run of short lines may be a site's footer or other stories' headlines,
or the article's own box: an event's date, venue and prices, a list of places. The page
shows its article has ended with a line a phrase rule knows (a share bar, tags, a comment
form, a footer's links) or with a link it also shows elsewhere (its header's menu repeated
in its footer, other stories teased above too).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from cleaner.passes.boilerplate.lines import line_candidates
from cleaner.passes.boilerplate.menus import MENU_ITEM_RULE, MENU_RULE
from cleaner.passes.boilerplate.rules import (
    Rule,
    all_rules,
    any_rule_re,
    best_rule,
    candidate_rules,
    normalize_line,
)
from cleaner.passes.boilerplate.teasers import KICKER_RULE, MARKED_RULE, TEASER_RULE

# The rules that judge a line by its form alone (menus, teaser lists), not by a phrase.
FORM_RULES = frozenset({TEASER_RULE, KICKER_RULE, MARKED_RULE, MENU_RULE, MENU_ITEM_RULE})
# The families whose lines below an article do not show that it has ended: a photo's
# credit is its caption's (an article's last line, on many pages).
NO_MARK_FAMILIES = frozenset({"credits"})
# A list of this many different headlines among a run of links below an article (other
# stories; a headline has this many words or more, this share of them lower-case: not an
# event's dates, venue and prices, not a list of names) shows the article has ended there.
# (On the tuning pages 4 removed a few more lines and lost none; 6 leaves more room.)
HEADLINE_RUN_MIN_LINES = 6
HEADLINE_MIN_WORDS = 4
HEADLINE_MIN_LOWER_SHARE = 0.3


def ended_below(
    lines: Sequence[str],
    runs: list[list[int]],
    filled: list[int],
    marked: Callable[[int], bool],
    last: int,
) -> int | None:
    """The first line below an article (its ``last`` line) that shows it has ended, or
    ``None``: a line a phrase rule matches (``marked``, see :func:`end_marks`), or a link
    of a run of links (``runs``) that the page shows outside that run. A box of short lines
    under the article that no rule knows and the page does not repeat (an event's dates,
    venue and prices) is no proof: it may be the article's. (``filled``: the indexes of
    the non-blank lines.)

    >>> lines = ["Home", "News", "Sport", "Jobs", "Ferry kept", "Mon 4 May", "Town Hall",
    ...          "Tickets", "Free Entry", "Home", "News", "Sport", "Jobs"]
    >>> runs, unmarked = [[5, 6, 7, 8], [9, 10, 11, 12]], lambda i: False
    >>> ended_below(lines, runs, list(range(13)), unmarked, 4)
    9
    >>> ended_below(lines, runs[:1], list(range(9)), unmarked, 4) is None
    True
    >>> ended_below(lines, runs[:1], list(range(9)), {2, 7}.__contains__, 4)
    7
    """
    shown = Counter(lines[i].strip().lower() for i in filled)
    run_of: dict[int, Counter[str]] = {}
    listed = _headline_list_starts(lines, runs)
    for run in runs:
        here = Counter(lines[i].strip().lower() for i in run)  # (One count for the run.)
        run_of.update((i, here) for i in run)
    for i in filled[filled.index(last) + 1 :]:
        if marked(i) or i in listed:
            return i
        if i in run_of and shown[link := lines[i].strip().lower()] > run_of[i][link]:
            return i
    return None


def _headline_list_starts(lines: Sequence[str], runs: list[list[int]]) -> set[int]:
    """The first lines of the lists of other stories in ``runs`` (runs of links below an
    article): stretches of headlines (:func:`_is_headline`; filler between them allowed: a
    time stamp) holding ``HEADLINE_RUN_MIN_LINES`` different ones (other stories differ; an
    image's ``License: Image author owned`` under each of an article's pictures does not).
    An event's box above them (its venue, ``Free entry for residents``) is not of them.

    >>> stamps = [f"1{n}:44" for n in range(6)]
    >>> heads = [f"Ferry kept on for {n} more years" for n in range(6)]
    >>> lines = ["Harbour Hall", "Quay Street", *(x for pair in zip(stamps, heads) for x in pair)]
    >>> _headline_list_starts(lines, [list(range(len(lines)))])
    {3}
    >>> _headline_list_starts([*lines[:2], *[heads[0]] * 6], [list(range(8))])
    set()
    """
    from cleaner.passes.boilerplate.around import FILLER_RE  # (around imports this module.)

    starts: set[int] = set()
    for run in runs:
        stretch: list[int] = []
        for i in [*run, -1]:  # -1 closes the last stretch
            if i >= 0 and _is_headline(lines[i]):
                stretch.append(i)
            elif i >= 0 and stretch and FILLER_RE.fullmatch(lines[i].strip()):
                continue
            else:
                if len({lines[k].strip() for k in stretch}) >= HEADLINE_RUN_MIN_LINES:
                    starts.add(stretch[0])
                stretch = []
    return starts


def _is_headline(line: str) -> bool:
    """A story's headline: ``HEADLINE_MIN_WORDS`` words or more, at least
    ``HEADLINE_MIN_LOWER_SHARE`` of them lower-case (a clause, not a name and its school in
    an article's own list: ``Ely Allen (University of Washington)``).

    >>> _is_headline("Iraq: Rice makes surprise visit to Baghdad")
    True
    >>> _is_headline("Ely Allen (Ohio State)")
    False
    """
    words = line.split()
    lower = sum(word[0].islower() for word in words)
    return len(words) >= HEADLINE_MIN_WORDS and lower >= HEADLINE_MIN_LOWER_SHARE * len(words)


def end_marks(
    lines: list[str],
    last: int,
    extra_patterns: tuple[str, ...],
    keep: tuple[Rule, ...],
    max_line_length: int,
    disable: tuple[str, ...],
) -> Callable[[int], bool]:
    """Whether the line at an index below an article (its ``last`` line) shows that it has
    ended (:func:`marks_an_end`): the rules each of those lines may match are screened for
    at once (:func:`.lines.line_candidates`), then tried on the lines asked. (The options
    are the pass's.)

    >>> lines = ["The ferry runs on.", "Share this:", "Politics", "Photo: AP"]
    >>> marked = end_marks(lines, 0, (), (), 200, ())
    >>> [marked(i) for i in range(1, 4)]
    [True, False, False]
    """
    rules = all_rules(extra_patterns, disable)
    below = last + 1
    screened = line_candidates("\n".join(lines[below:]) + "\n", rules)
    found = {below + i: indexes for i, indexes in screened} if screened is not None else None
    keep_re = any_rule_re(keep)

    def marked(i: int) -> bool:
        normal = normalize_line(lines[i])
        if found is None:  # (A text too short to screen: every rule is tried.)
            candidates = candidate_rules(normal, rules)
        else:
            candidates = [rules[j] for j in found.get(i, ())]
        if not candidates or len(normal) > max_line_length or keep_re.fullmatch(normal):
            return False
        rule = best_rule(normal, candidates)
        return rule is not None and marks_an_end(rule)

    return marked


def marks_an_end(rule: Rule) -> bool:
    """Whether a line ``rule`` matched below a page's article shows that the article has
    ended there: a phrase rule's (a share bar, tags, a comment form, a footer's links), not
    a form's (menus and teaser lists, which an article may hold) or a credit's.

    >>> marks_an_end(Rule("share", "share-label", "strong", "")), marks_an_end(MENU_RULE)
    (True, False)
    >>> marks_an_end(Rule("credits", "photo-credit", "strong", ""))
    False
    """
    return rule not in FORM_RULES and rule.family not in NO_MARK_FAMILIES
