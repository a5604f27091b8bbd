"""The ``boilerplate`` pass: remove site furniture (comment forms, share bars, ads, stamps).

Rules live as data in ``cleaner/data/boilerplate/`` (see :mod:`.rules`). A line
goes only as a whole, and only where its rule's kind allows: ``strong`` rules anywhere,
``edge`` rules in the top and bottom edge zones or in a bar of them, ``label`` rules (and
menu items) only next to other furniture. In a web page's full text (see :mod:`.page`),
the lines around its article go by their place. A safety bound keeps the text unchanged
when too much would go (of a page's full text: too much of its article).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.bound import (
    MAX_REMOVED_SHARE,
    menus_around_prose,
    menus_over_bound,
    share_over_bound,
)
from cleaner.passes.boilerplate.lines import line_candidates
from cleaner.passes.boilerplate.menus import MENU_ITEM_RULE, MENU_RULE, menu_items_near, menu_lines
from cleaner.passes.boilerplate.rules import (
    Rule,
    all_rules,
    any_rule_re,
    best_rule,
    normalize_line,
    rule_finder,
    user_rules,
)
from cleaner.passes.boilerplate.teasers import (
    KICKER_RULE,
    LOWER_START_RE,
    MARKED_RULE,
    TEASER_RULE,
    kicker_teasers,
    marked_teasers,
    teaser_lines,
)
from cleaner.passes.boilerplate.whole import (
    UnwrapParts,
    blank_soft_hyphen_lines,
    kept_positions,
    opens_paragraph_or_sentence,
    whole_in_rounds,
    whole_lines_only,
    without_wrapped_parts,
    wrapped_furniture,
)
from cleaner.passes.boilerplate.zones import SENTENCE_END_RE, judged_blocks

if TYPE_CHECKING:
    from cleaner.passes.boilerplate.page import Article

# A hard-wrapped paragraph (the pass runs before ``unwrap``): a line this long without
# final punctuation goes on in the next line, so "help." or "Twitter." under it is prose.
WRAPPED_LINE_MIN_CHARS = 60
# The end of a line that ends a clause: sentence or clause punctuation.
CLAUSE_END_RE = lazy_compile(r"[.,;!?…][\"'”’)\]]*$")


MAX_LINE_LENGTH = 200
# Rounds of judging the text the removed lines leave (see :func:`plan_removal`), at most,
# for matched lines that stay this many lines or fewer from one that goes.
SETTLE_ROUNDS = 3
SETTLE_REACH = 40
# The rules of teaser lists: when too much would go with them, the rest goes without them.
TEASER_RULES = frozenset({TEASER_RULE, KICKER_RULE, MARKED_RULE})
# With ``page_text``, the families whose ``strong`` rules end a page's article where they
# match inside it, but the rules that match a line only holding the phrase (a caption's
# "... All rights reserved").
END_FAMILIES = frozenset({"comments", "copyright"})
NO_END_RULES = frozenset({"copyright/all-rights-reserved", "copyright/all-right-reserved"})


class Plan(NamedTuple):
    """What the pass would do to a text: the lines it would remove and why, or why not.
    (A NamedTuple: a dataclass would import ``dataclasses``, ~8 ms of every start-up.)"""

    lines: list[str]
    # Line index -> (rule, why it may go here) for every line that goes.
    removed: dict[int, tuple[Rule, str]]
    # Lines that match a rule but are longer than ``max_line_length``.
    too_long: dict[int, Rule]
    # Why nothing was removed despite matches (the safety bound), or "".
    tripped: str = ""
    # Why the menus stayed while the other lines went (see :func:`menus_over_bound`), or "".
    kept_menus: str = ""
    # The lines a rule matched that stay, held by their context: a next run, without the
    # lines that go, may judge them otherwise (see :func:`plan_removal`).
    kept_matched: frozenset[int] = frozenset()


def remove_boilerplate(
    text: str,
    *,
    extra_patterns: tuple[str, ...] = (),
    keep_patterns: tuple[str, ...] = (),
    max_removed_share: float = MAX_REMOVED_SHARE,
    max_line_length: int = MAX_LINE_LENGTH,
    disable: tuple[str, ...] = (),
    page_text: bool = False,
) -> str:
    """Remove whole lines of site furniture, keeping the article.

    ``extra_patterns`` are more full-line regexes (case-insensitive) removed anywhere, e.g.
    from ``cleaner learn``; a line matching one of ``keep_patterns`` is never removed. The
    pass never removes a line longer than ``max_line_length`` characters, and removes
    nothing when the lines to go hold more than ``max_removed_share`` of the text's letters
    and digits (in each round of its plan, of the text that round judges: see
    :func:`plan_removal`). ``disable`` names rules (``family/id``) not to use.
    ``page_text`` (off by default: on real pages it loses more content than the 0.2% bar,
    see the README) also removes the menus and link lists around the article of a web
    page's full visible text (:mod:`.page`).

    >>> body = "The minister spoke for an hour about the budget and its cuts."
    >>> remove_boilerplate(f"News Ticker\\n\\n{body}\\n\\nLeave a Reply\\n") == body + "\\n"
    True
    >>> remove_boilerplate("We read the comments.\\n\\nComments\\n\\nThey were kind.\\n")
    'We read the comments.\\n\\nComments\\n\\nThey were kind.\\n'
    """
    options = _options_key(locals())
    plan = plan_removal(
        text,
        extra_patterns=extra_patterns,
        keep_patterns=keep_patterns,
        max_removed_share=max_removed_share,
        max_line_length=max_line_length,
        disable=disable,
        page_text=page_text,
    )
    _LAST_PLANNED[:] = [(len(text), hash(text), options, _planned_any(plan))]
    if plan.tripped or not plan.removed:
        _LAST_KEPT[:] = [(len(text), hash(text), options, _notes(plan))]
        return text
    _LAST_KEPT.clear()
    _LAST_REMOVED[:] = [(len(text), hash(text), options, plan.removed), *_LAST_REMOVED][
        :REMOVED_MEMOS
    ]
    from cleaner.passes.boilerplate.drop import drop_lines  # Deferred: a clean text never.

    return drop_lines(text, set(plan.removed))


# The notes of the last text the pass left as it was, known by its length and hash (no
# reference kept): ``explain`` asked about that text right after (as chunks.clean_blocks
# asks, for warnings) need not plan it again.
_LAST_KEPT: list[tuple[int, int, tuple, list[str]]] = []
# The lines removed from the last texts the pass changed, and their rules, known the same
# way, newest first: the changes of those steps (``--format json``, cleaner.classify) need
# not plan them again. A text the pipeline settles has up to four boilerplate steps.
_LAST_REMOVED: list[tuple[int, int, tuple, dict[int, tuple[Rule, str]]]] = []
REMOVED_MEMOS = 4
# Whether the last text the pass ran on held furniture it planned to remove (see
# :func:`may_remove_more`), known the same way.
_LAST_PLANNED: list[tuple[int, int, tuple, bool]] = []
# The pass's options and their defaults, in order: what the memos above are kept under.
OPTION_DEFAULTS = (
    ("extra_patterns", ()),
    ("keep_patterns", ()),
    ("max_removed_share", MAX_REMOVED_SHARE),
    ("max_line_length", MAX_LINE_LENGTH),
    ("disable", ()),
    ("page_text", False),
)


def _options_key(options: Mapping[str, object]) -> tuple[object, ...]:
    """The pass's options as a memo's key, defaults filled in.

    >>> _options_key({"disable": ("x/y",)})[4:]
    (('x/y',), False)
    """
    return tuple(options.get(name, default) for name, default in OPTION_DEFAULTS)


def planned_removals(text: str, **options: object) -> dict[int, tuple[Rule, str]]:
    """``plan_removal(text, **options).removed``: the lines the pass removes from ``text``,
    each with its rule and why, as its last run on that very text planned them.

    >>> text = "The minister spoke for an hour about the budget.\\n\\nPost a Comment\\n"
    >>> _ = remove_boilerplate(text)
    >>> [rule.name for rule, _ in planned_removals(text).values()]
    ['comments/post-comment']
    """
    key = (len(text), hash(text), _options_key(options))
    for length, digest, run_options, removed in _LAST_REMOVED:
        if (length, digest, run_options) == key:
            return removed
    return plan_removal(text, **options).removed  # type: ignore[arg-type]


def may_remove_more(text: str, **options: object) -> bool:
    """Whether the pass, run on ``text``, found furniture there: lines it removed, or that
    the safety bound kept. Only then may a second run on its output, or on a later pass's
    (``unwrap`` parting a menu, joining a wrapped line), judge otherwise and remove more: a
    removed line changes its neighbours' context (a menu's run, the edge zones). Read from
    the pass's last run when that was on ``text`` (see :mod:`cleaner.pipeline`'s settling).

    >>> prose = "The council met on Tuesday and agreed on most of the budget for the year."
    >>> may_remove_more(f"Subscribe now\\n\\n{prose}\\n"), may_remove_more(f"{prose}\\n")
    (True, False)
    """
    if _LAST_PLANNED:
        length, digest, run_options, planned = _LAST_PLANNED[0]
        if (length, digest, run_options) == (len(text), hash(text), _options_key(options)):
            return planned
    return _planned_any(plan_removal(text, **options))  # type: ignore[arg-type]


def _planned_any(plan: Plan) -> bool:
    """Whether ``plan`` found furniture (see :func:`may_remove_more`)."""
    return bool(plan.removed or plan.kept_menus)


def explain_boilerplate(before: str, after: str, **options: object) -> list[str]:
    """Each removed line with the rule that matched it; why the bound kept the text.

    >>> print(explain_boilerplate("Text.\\n\\nPost a Comment\\n", "Text.\\n")[0])
    kept the text: removing 1 line(s) (75% of the letters and digits) would exceed ...
    >>> text = "The minister spoke for an hour about the budget.\\n\\nPost a Comment\\n"
    >>> explain_boilerplate(text, "")
    ["removed line 3 'Post a Comment': comments/post-comment (strong, anywhere)"]
    """
    if before == after and _LAST_KEPT:
        length, digest, kept_options, notes = _LAST_KEPT.pop()
        key = _options_key(options)
        if (length, digest, kept_options) == (len(before), hash(before), key):
            return notes
    return _notes(plan_removal(before, **options))  # type: ignore[arg-type]


def _notes(plan: Plan) -> list[str]:
    """What ``explain`` says of a plan: each removed line and its rule, the bound."""
    notes = [
        f"removed line {i + 1} {plan.lines[i].strip()!r}: {rule.name} ({rule.kind}, {why})"
        for i, (rule, why) in sorted(plan.removed.items())
    ]
    notes += [
        f"kept line {i + 1}: longer than max_line_length though it matches {rule.name}"
        for i, rule in sorted(plan.too_long.items())
    ]
    if plan.tripped:
        notes = [f"kept the text: {plan.tripped}", *(f"(would have) {n}" for n in notes)]
    if plan.kept_menus:
        notes.append(f"kept the menus: {plan.kept_menus}")
    return notes


def plan_removal(
    text: str,
    *,
    extra_patterns: tuple[str, ...] = (),
    keep_patterns: tuple[str, ...] = (),
    max_removed_share: float = MAX_REMOVED_SHARE,
    max_line_length: int = MAX_LINE_LENGTH,
    disable: tuple[str, ...] = (),
    page_text: bool = False,
) -> Plan:
    """Decide which lines go (see :func:`_planned_once`), then judge the text they leave as
    the next run does, and let go what it would remove too, up to :data:`SETTLE_ROUNDS`.

    A line wrapped with one that stays is kept, but ``unwrap`` may set it apart once the
    lines around it went (a label left first in the text reads as a title): the next run
    would remove it. It goes now if every line that goes is still a whole logical line in
    the text the rounds before it left (see :func:`whole_in_rounds`), as the content guard
    checks. Each round is bound by the text it judges, as the next run is: weighed against
    the whole text, what the next run would remove might stay over the bound now, and go
    then (menus kept while the rest went, judged otherwise once it went). A line of soft
    hyphens alone is blank, as ``unwrap`` reads it (see :func:`blank_soft_hyphen_lines`);
    the plan's lines are the text's own.
    """
    options = {
        "extra_patterns": extra_patterns,
        "keep_patterns": keep_patterns,
        "max_removed_share": max_removed_share,
        "max_line_length": max_line_length,
        "disable": disable,
        "page_text": page_text,
    }
    seen = blank_soft_hyphen_lines(text)
    plan = _settled_plan(seen, options)
    return plan if seen is text else plan._replace(lines=_split_lines(text))


def _settled_plan(text: str, options: dict[str, object]) -> Plan:
    """The plan of :func:`plan_removal`, its rounds and all, for ``text`` as it is seen."""
    plan = settled = last = _planned_once(text, **options)  # type: ignore[arg-type]
    for _ in range(SETTLE_ROUNDS - 1):
        if settled.tripped or not _held_near_removed(last):
            break
        from cleaner.passes.boilerplate.drop import drop_lines  # Deferred: a clean text never.

        left = drop_lines(text, set(settled.removed))
        more = last = _planned_once(left, **options)  # type: ignore[arg-type]
        if more.tripped or not more.removed:
            break
        position = kept_positions(plan.lines, settled.removed, more.lines)
        later = {
            position[j]: (rule, f"{why}, once lines near it went")
            for j, (rule, why) in more.removed.items()
        }
        removed = settled.removed | later
        if not whole_in_rounds(plan.lines, set(removed), SETTLE_ROUNDS):
            break
        # (Menus the bound kept that a later round lets go are no longer kept.)
        menus_went = any(rule is MENU_RULE for rule, _ in later.values())
        kept_menus = "" if menus_went else settled.kept_menus
        settled = Plan(plan.lines, removed, plan.too_long, kept_menus=kept_menus)
    return settled


def _held_near_removed(plan: Plan) -> bool:
    """Whether a line a rule matched stays within :data:`SETTLE_REACH` lines of one that
    goes: only there may the next run judge otherwise (the rules match lines, which do not
    change, and a line's context is its paragraph, its neighbours and its edge zone).

    >>> rule = Rule("comments", "comments-label", "label", "")
    >>> plan = Plan(["x"] * 200, {3: (rule, "")}, {}, kept_matched=frozenset({150}))
    >>> _held_near_removed(plan), _held_near_removed(Plan(plan.lines, plan.removed, {}))
    (False, False)
    >>> _held_near_removed(plan._replace(kept_matched=frozenset({150, 9})))
    True
    """
    if not plan.kept_matched or not plan.removed:
        return False
    removed = sorted(plan.removed)
    for i in plan.kept_matched:
        at = bisect_left(removed, i - SETTLE_REACH)
        if at < len(removed) and removed[at] <= i + SETTLE_REACH:
            return True
    return False


def _planned_once(
    text: str,
    *,
    extra_patterns: tuple[str, ...] = (),
    keep_patterns: tuple[str, ...] = (),
    max_removed_share: float = MAX_REMOVED_SHARE,
    max_line_length: int = MAX_LINE_LENGTH,
    disable: tuple[str, ...] = (),
    page_text: bool = False,
) -> Plan:
    """Decide which lines go: match, seed by position, grow blocks, check the bound."""
    lines = _split_lines(text)
    keep = user_rules(tuple(keep_patterns), "keep_patterns")
    article = _page_article(lines, text) if page_text else None
    judge = (text, lines, tuple(extra_patterns), keep, max_line_length, tuple(disable))
    page, rule_lines, matches, too_long = _page_judged(judge, article)
    if article and (end := _end_mark(matches, article)) is not None:
        # The article ended above the comments or a footer's copyright inside it.
        article = type(article)(article.first, max(i for i in range(end) if lines[i].strip()))
        page, rule_lines, matches, too_long = _page_judged(judge, article, end)
    matched = matches.keys()
    if not matches and not page:  # Nothing can go: skip the per-line tables of a huge text.
        return Plan(lines, {}, too_long)
    parted = UnwrapParts(text)  # Lines unwrap sets apart are never wrapped (see :mod:`.whole`).
    # A matched line wrapped with one that stays neither holds back what follows it nor
    # counts toward a bar: else the next run, without that line, judges them otherwise.
    matches = without_wrapped_parts(
        rule_lines, matches, tuple(extra_patterns), keep, max_line_length, parted
    )
    removed = judged_blocks(rule_lines, matches, {}) | page
    whole = whole_lines_only(lines, removed, tuple(extra_patterns), keep, max_line_length, parted)
    if added := whole.keys() - removed.keys():
        # A block that took the rest of a wrapped line is judged again with that rest as
        # matched, as the next run, which no longer sees it, judges the lines around it:
        # the edge zone reaches past it, and the block grows on (only what the rules
        # judge, within the same strength bounds).
        wider = matches | {i: whole[i][0] for i in added if rule_lines[i].strip()}
        judged = {i: reason for i, reason in whole.items() if rule_lines[i].strip()}
        grown = judged_blocks(rule_lines, wider, judged)
        if grown.keys() - whole.keys():
            whole = whole_lines_only(
                lines, grown | whole, tuple(extra_patterns), keep, max_line_length, parted
            )
    removed = whole
    plan = Plan(lines, removed, too_long, kept_matched=frozenset(matched - removed.keys()))
    # The rules are bound by the text that a page's furniture, which goes by its place,
    # leaves them (the bound protects the article, not the page's menus).
    counted = [i for i in removed if i not in page] if page else list(removed)
    # With ``page_text``, a page's menus go by their form too (when an article stays).
    menus = menus_around_prose(rule_lines, removed, counted) if page_text else set()
    if menus:
        counted = [i for i in counted if i not in menus]
        rule_lines = [("" if i in menus else line) for i, line in enumerate(rule_lines)]
    share = share_over_bound(rule_lines, counted, max_removed_share) if counted else None
    what = (
        "of the letters and digits around the page's furniture"
        if page
        else "of the letters and digits"
    )
    if share is not None:
        if kept := menus_over_bound(rule_lines, removed, counted, max_removed_share):
            rest = {i: reason for i, reason in removed.items() if i not in kept}
            rest = whole_lines_only(
                lines, rest, tuple(extra_patterns), keep, max_line_length, parted
            )
            why = (
                f"with their {len(kept)} line(s), {share:.0%} {what} would go, over "
                f"max_removed_share {max_removed_share}"
            )
            kept_matched = frozenset(matched - rest.keys())
            return Plan(lines, rest, too_long, kept_menus=why, kept_matched=kept_matched)
        if teasers := TEASER_RULES & {rule for rule, _ in removed.values()}:
            # Too much would go with the teaser lists (and the furniture beside them): the
            # rest may go without them (a page's full text, teasers all around its article).
            return _planned_once(
                text,
                extra_patterns=extra_patterns,
                keep_patterns=keep_patterns,
                max_removed_share=max_removed_share,
                max_line_length=max_line_length,
                disable=(*disable, *(rule.name for rule in teasers)),
                page_text=page_text,
            )
        why = (
            f"removing {len(counted)} line(s) ({share:.0%} {what}) would exceed "
            f"max_removed_share {max_removed_share}"
        )
        return Plan(lines, removed, too_long, why)
    return plan


def _page_judged(
    judge: tuple[str, list[str], tuple[str, ...], tuple[Rule, ...], int, tuple[str, ...]],
    article: Article | None,
    end: int | None = None,
) -> tuple[dict[int, tuple[Rule, str]], list[str], dict[int, Rule], dict[int, Rule]]:
    """The lines of a page's furniture that go by their place around its ``article`` (ended
    by the line ``end``, if given: see :func:`.page.page_furniture`), whole lines only; the
    lines the rules judge (those blanked); and the rules' matches and lines too long there
    (see :func:`_match_lines`). ``judge``: the text, its lines and the pass's options."""
    text, lines, extra_patterns, keep, max_line_length, disable = judge
    page = _page_lines(lines, article, keep, disable, end) if article else {}
    if page:  # Whole lines only (see :mod:`.whole`), then the rules judge the rest. (A line
        # that looks wrapped with the article keeps a page's lines, judged by their place.)
        page = whole_lines_only(lines, page, extra_patterns, keep, max_line_length)
    # The rules judge the text as it is without the page's furniture: as a second run sees it.
    rule_lines = [("" if i in page else line) for i, line in enumerate(lines)] if page else lines
    rule_text = "\n".join(rule_lines) + "\n" * text.endswith("\n") if page else text
    matches, too_long = _match_lines(
        rule_text, rule_lines, extra_patterns, keep, max_line_length, disable
    )
    return page, rule_lines, matches, too_long


def _end_mark(matches: dict[int, Rule], article: Article) -> int | None:
    """The first line inside a page's ``article`` (not its first) that a ``strong`` rule
    of the comments or copyright families matched: the article has ended above it (the
    comments under it, a footer's copyright), though prose lines follow (comments,
    teasers' summaries), or ``None``.

    >>> from cleaner.passes.boilerplate.page import Article
    >>> closed = Rule("comments", "comments-closed", "strong", "")
    >>> label = Rule("comments", "comments-label", "label", "")
    >>> _end_mark({9: label, 12: closed, 30: closed}, Article(3, 40))
    12
    >>> _end_mark({3: closed, 45: closed}, Article(3, 40)) is None
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
) -> dict[int, tuple[Rule, str]]:
    """The furniture of a page's full text by its place (see :mod:`.page`), with why
    (``end``: the line that ended its article, see :func:`.page.page_furniture`)."""
    from cleaner.passes.boilerplate.page import page_furniture  # Deferred: page_text is off.

    keep_re = any_rule_re(keep)
    where = f"its article is lines {article.first + 1}-{article.last + 1}"
    found = {}
    placed = page_furniture(lines, article, end=end)
    for i, rule in ((i, page_rules()[r]) for i, r in placed.items()):
        if rule.name not in disable and not keep_re.fullmatch(normalize_line(lines[i])):
            found[i] = (rule, f"page text, {where}")
    return found


def _page_article(lines: list[str], text: str) -> Article | None:
    """:func:`.page.page_article`, its module imported only when ``page_text`` is on."""
    from cleaner.passes.boilerplate.page import page_article  # Deferred: page_text is off.

    return page_article(lines, text)


@cache
def page_rules() -> dict[tuple[str, ...], Rule]:
    """The rules of a page's full text above and below its article (see :mod:`.page`), by
    that module's tuples: its code is imported only once ``page_text`` is asked for."""
    from cleaner.passes.boilerplate.page import PAGE_RULES

    return {rule: Rule(*rule[:3], "") for rule in PAGE_RULES}


def _split_lines(text: str) -> list[str]:
    """The lines of ``text`` without their ``\\n``; the final newline ends the last line."""
    lines = text.split("\n") if text else []
    return lines[:-1] if text.endswith("\n") else lines  # (No copy of a huge text.)


def _match_lines(
    text: str,
    lines: list[str],
    extra_patterns: tuple[str, ...],
    keep: tuple[Rule, ...],
    max_line_length: int,
    disable: tuple[str, ...] = (),
) -> tuple[dict[int, Rule], dict[int, Rule]]:
    """The strongest rule matching each line of ``text``, and matching lines kept for their
    length.

    Only the lines a rule may match are tried (see :mod:`.lines`), and the rules
    a line may match are found without compiling the others (see :func:`rule_finder`).
    """
    rules = all_rules(extra_patterns, disable)
    screened = line_candidates(text, rules)
    if screened is None:
        candidates_for = rule_finder(len(lines), extra_patterns, disable)
        screened = ((i, None) for i in range(len(lines)))
    keep_re = any_rule_re(keep)
    languages = _LanguagesFound(lines)
    matches: dict[int, Rule] = {}
    too_long: dict[int, Rule] = {}
    starts: dict[int, list[Rule]] = {}  # Lines that may begin a wrapped line of furniture.
    for i, indexes in screened:
        normal = normalize_line(lines[i])
        if not normal:
            continue
        candidates = candidates_for(normal) if indexes is None else [rules[j] for j in indexes]
        if not candidates or (keep and keep_re.fullmatch(normal)):
            continue
        rule = best_rule(normal, candidates)
        if rule is not None and rule.language is not None:
            # A rule of every language that matches as strongly decides without the
            # language ("Home": Italian sites' word too), which is found only as needed:
            # a page without it is read paragraph by paragraph to the end.
            general = best_rule(normal, [r for r in candidates if r.language is None])
            same = general is not None and general.kind == rule.kind
            if same or not languages.has(rule.language):
                rule = general
        if rule is None:
            if not opens_paragraph_or_sentence(lines, i):
                continue
            n = len(normal)  # (A strong rule of every language, for longer lines.)
            if strong := [r for r in candidates if r.begins_wrapped and (r.width or n + 1) > n]:
                starts[i] = strong  # (It may begin a wrapped line of furniture.)
            continue
        if len(normal) > max_line_length:
            too_long[i] = rule
        else:
            matches[i] = rule
    for i, rule in wrapped_furniture(lines, starts, keep_re, max_line_length).items():
        matches.setdefault(i, rule)
    for i in menu_lines(lines, text) if MENU_RULE.name not in disable else ():
        if (
            i not in matches
            and len(lines[i]) <= max_line_length
            and not keep_re.fullmatch(normalize_line(lines[i]))
        ):
            matches[i] = MENU_RULE
    for i in teaser_lines(lines, matches) if TEASER_RULE.name not in disable else ():
        if i not in matches and not keep_re.fullmatch(normalize_line(lines[i])):
            matches[i] = TEASER_RULE
    for i in kicker_teasers(lines, text) if KICKER_RULE.name not in disable else ():
        if i not in matches and not keep_re.fullmatch(normalize_line(lines[i])):
            matches[i] = KICKER_RULE
    for i in marked_teasers(lines, text) if MARKED_RULE.name not in disable else ():
        if i not in matches and not keep_re.fullmatch(normalize_line(lines[i])):
            matches[i] = MARKED_RULE
    if matches:
        # Code and table rows are never furniture, and removing one would change what the
        # whitespace pass sees as aligned columns in the next run.
        from cleaner.passes.boilerplate.structured import (  # (Deferred.)
            meaningful_spacing_at,
            titled_or_listed,
        )

        structured = meaningful_spacing_at(lines, matches.keys() | too_long.keys())
        # A credit's shape on a section's title or a list item names no photo's author.
        structured |= {
            i
            for i, rule in matches.items()
            if rule.family == "credits" and titled_or_listed(lines, i)
        }
        matches = {i: rule for i, rule in matches.items() if i not in structured}
        too_long = {i: rule for i, rule in too_long.items() if i not in structured}
    for i in [i for i in matches if _ends_wrapped_sentence(lines, i, matches)]:
        del matches[i]
    for i in menu_items_near(lines, matches) if MENU_ITEM_RULE.name not in disable else ():
        if not keep_re.fullmatch(normalize_line(lines[i])):
            matches[i] = MENU_ITEM_RULE
    return matches, too_long


class _LanguagesFound:
    """The languages of a text's paragraphs, identified on first need (only a line that
    matches a rule of another language than English asks) and only as far as needed: the
    paragraphs up to the first in the language asked for."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._found: set[str] = set()
        self._unread: Iterator[str] | None = None

    def has(self, language: str) -> bool:
        if self._unread is None:
            from cleaner.language import paragraph_languages  # Deferred: rarely needed.

            self._unread = paragraph_languages(self._lines)
        for found in self._unread if language not in self._found else ():
            self._found.add(found)
            if found == language:
                break
        return language in self._found


def _ends_wrapped_sentence(lines: list[str], i: int, matches: dict[int, Rule]) -> bool:
    """Whether line ``i`` is the end of a hard-wrapped sentence that the line above begins.

    >>> wrapped = ["The mayor said the residents who wrote to him would all get some", "help."]
    >>> _ends_wrapped_sentence(wrapped, 1, {})
    True
    """
    above = lines[i - 1].strip() if i > 0 else ""
    if i - 1 in matches or len(above) < WRAPPED_LINE_MIN_CHARS or SENTENCE_END_RE.search(above):
        return False
    line = lines[i].strip()
    return bool(LOWER_START_RE.match(line) or CLAUSE_END_RE.search(line))
