"""The plan of the ``boilerplate`` pass: which lines of a text go and why, or why none do
(the safety bound), in rounds that judge the text the removed lines leave as the next run
does.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from cleaner.passes.boilerplate.bound import (
    MAX_REMOVED_SHARE,
    menus_around_prose,
    menus_over_bound,
    page_bound,
    share_over_bound,
)
from cleaner.passes.boilerplate.document import in_document, is_document
from cleaner.passes.boilerplate.fields import without_list_fields
from cleaner.passes.boilerplate.headings import without_word_headings
from cleaner.passes.boilerplate.menus import MENU_RULE
from cleaner.passes.boilerplate.nested import without_nested_entries
from cleaner.passes.boilerplate.placed import (
    article_end,
    edge_furniture,
    find_article,
    page_judged,
    without_notes_below_prose,
    without_topic_lines,
)
from cleaner.passes.boilerplate.rules import Rule, user_rules
from cleaner.passes.boilerplate.teasers import KICKER_RULE, MARKED_RULE, TEASER_RULE
from cleaner.passes.boilerplate.titled import without_title_repeats
from cleaner.passes.boilerplate.whole import (
    UnwrapJoins,
    UnwrapParts,
    blank_soft_hyphen_lines,
    kept_positions,
    whole_in_rounds,
    whole_lines_only,
    without_wrapped_parts,
)
from cleaner.passes.boilerplate.zones import judged_blocks

MAX_LINE_LENGTH = 200
# Rounds of judging the text the removed lines leave (see :func:`plan_removal`), at most,
# for matched lines that stay this many lines or fewer from one that goes.
SETTLE_ROUNDS = 3
SETTLE_REACH = 40
# The rules of teaser lists: when too much would go with them, the rest goes without them.
TEASER_RULES = frozenset({TEASER_RULE, KICKER_RULE, MARKED_RULE})


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
    # The matched lines that would go but stay, wrapped with a line no rule matches:
    # ``unwrap`` joins or parts them, and the next run judges the logical line it makes
    # (see :func:`.memos.may_remove_more`).
    kept_wrapped: frozenset[int] = frozenset()


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
    plan = _with_underlines(_settled_plan(seen, options))
    return plan if seen is text else plan._replace(lines=_split_lines(text))


def _with_underlines(plan: Plan) -> Plan:
    """The plan with the underline of every title that goes (``Related Links`` over a row
    of ``-``): left alone, it would underline nothing, or the line above it.

    >>> rule = Rule("related", "related-posts", "strong", "")
    >>> plan = Plan(["Related Links", "-------------", "[0] a link"], {0: (rule, "")}, {})
    >>> sorted(_with_underlines(plan).removed)
    [0, 1]
    """
    if plan.tripped or not plan.removed:
        return plan
    from cleaner.passes.boilerplate.structured import underlined  # Deferred: rarely asked.

    lines, removed = plan.lines, plan.removed
    unders = {i + 1: removed[i] for i in removed if i + 1 not in removed and underlined(lines, i)}
    return plan._replace(removed=removed | unders) if unders else plan


def _settled_plan(text: str, options: dict[str, object]) -> Plan:
    """The plan of :func:`plan_removal`, its rounds and all, for ``text`` as it is seen.
    (A later round judges ``text`` less some lines: the rules each line may match, read in
    the first, are not screened for again; a page's text blanks other lines each round.)"""
    line_rules: dict[str, list[int]] | None = None if options["page_text"] else {}
    plan = settled = last = _planned_once(text, **options, line_rules=line_rules)  # type: ignore[arg-type]
    for _ in range(SETTLE_ROUNDS - 1):
        if settled.tripped or not _held_near_removed(last):
            break
        from cleaner.passes.boilerplate.drop import drop_lines  # Deferred: a clean text never.

        left = drop_lines(text, set(settled.removed), plan.lines)
        more = last = _planned_once(left, **options, line_rules=line_rules)  # type: ignore[arg-type]
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
    line_rules: dict[str, list[int]] | None = None,
) -> Plan:
    """Decide which lines go: match, seed by position, grow blocks, check the bound.
    (``line_rules``: see :func:`.matching.match_lines`.)"""
    lines = _split_lines(text)
    keep = user_rules(tuple(keep_patterns), "keep_patterns")
    article = find_article(lines, text) if page_text else None
    judge = (text, lines, tuple(extra_patterns), keep, max_line_length, tuple(disable))
    page, rule_lines, matches, too_long = page_judged(judge, article, line_rules=line_rules)
    if not page_text and matches:  # The runs of links at a page's head and foot go too.
        page = edge_furniture(judge, matches)
    if article and (end := article_end(matches, article)) is not None:
        # The article ended above the comments or a footer's copyright inside it.
        article = type(article)(article.first, max(i for i in range(end) if lines[i].strip()))
        page, rule_lines, matches, too_long = page_judged(judge, article, end)
    if article and matches:  # A tag or heading of the article's own, inside it, stays.
        matches = without_topic_lines(lines, article, matches)
    if page_text and matches:  # (On any text, as on the next run's: no page left there.)
        matches = without_notes_below_prose(lines, matches)
    if matches:  # A credit's form in a list of ``Label: value`` fields is a field.
        matches = without_list_fields(lines, matches)
    if matches:  # A menu's words heading an index's sub-entries are an entry of it.
        matches = without_nested_entries(lines, matches)
    if matches:  # A heading of one word is the document's own (``### Advertising``).
        matches = without_word_headings(lines, matches)
    if matches:  # A page's headline, its title repeated, is no menu item nor teaser.
        matches = without_title_repeats(lines, matches)
    matched = matches.keys()
    if not matches and not page:  # Nothing can go: skip the per-line tables of a huge text.
        return Plan(lines, {}, too_long)
    if document := not page and is_document(text):  # (A page's full text is none.)
        matches = in_document(matches)
    # Lines unwrap sets apart are never wrapped (see :mod:`.whole`).
    parted = UnwrapParts.of_lines(text, lines)
    # A matched line wrapped with one that stays neither holds back what follows it nor
    # counts toward a bar: else the next run, without that line, judges them otherwise.
    unwrapped = without_wrapped_parts(
        rule_lines, matches, tuple(extra_patterns), keep, max_line_length, parted
    )
    wrapped, matches = matches.keys() - unwrapped.keys(), unwrapped
    # (Read only near an edge zone's end: see zones._edge_zone.)
    joined = UnwrapJoins.of_lines(text, lines)
    removed = judged_blocks(rule_lines, matches, {}, document, joined) | page
    whole = whole_lines_only(lines, removed, tuple(extra_patterns), keep, max_line_length, parted)
    if added := whole.keys() - removed.keys():
        # A block that took the rest of a wrapped line is judged again with that rest as
        # matched, as the next run, which no longer sees it, judges the lines around it:
        # the edge zone reaches past it, and the block grows on (only what the rules
        # judge, within the same strength bounds).
        wider = matches | {i: whole[i][0] for i in added if rule_lines[i].strip()}
        judged = {i: reason for i, reason in whole.items() if rule_lines[i].strip()}
        grown = judged_blocks(rule_lines, wider, judged, document, joined)
        if grown.keys() - whole.keys():
            whole = whole_lines_only(
                lines, grown | whole, tuple(extra_patterns), keep, max_line_length, parted
            )
    kept_wrapped = frozenset((wrapped | removed.keys()) - whole.keys())
    removed = whole
    kept_matched = frozenset(matched - removed.keys())
    plan = Plan(lines, removed, too_long, kept_matched=kept_matched, kept_wrapped=kept_wrapped)
    # The rules are bound by the text that a page's furniture, which goes by its place,
    # leaves them (the bound protects the article, not the page's menus).
    counted = [i for i in removed if i not in page] if page else list(removed)
    # With ``page_text``, a page's menus go by their form too (when an article stays).
    menus = menus_around_prose(rule_lines, removed, counted) if page_text else set()
    if menus:
        counted = [i for i in counted if i not in menus]
        rule_lines = [("" if i in menus else line) for i, line in enumerate(rule_lines)]
    share = share_over_bound(rule_lines, counted, max_removed_share) if counted else None
    bound = max_removed_share
    if share is not None and (bound := page_bound(lines, text, bound)) > max_removed_share:
        share = share_over_bound(rule_lines, counted, bound)  # (A page's full text.)
    what = (
        "of the letters and digits around the page's furniture"
        if page
        else "of the letters and digits"
    )
    if share is not None:
        if kept := menus_over_bound(rule_lines, removed, counted, bound):
            rest = {i: reason for i, reason in removed.items() if i not in kept}
            rest = whole_lines_only(
                lines, rest, tuple(extra_patterns), keep, max_line_length, parted
            )
            why = (
                f"with their {len(kept)} line(s), {share:.0%} {what} would go, over "
                f"max_removed_share {bound:g}"
            )
            kept_matched = frozenset(matched - rest.keys())
            return Plan(
                lines,
                rest,
                too_long,
                kept_menus=why,
                kept_matched=kept_matched,
                kept_wrapped=kept_wrapped,
            )
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
            f"max_removed_share {bound:g}"
        )
        return Plan(lines, removed, too_long, why)
    return plan


def _split_lines(text: str) -> list[str]:
    """The lines of ``text`` without their ``\\n``; the final newline ends the last line."""
    lines = text.split("\n") if text else []
    return lines[:-1] if text.endswith("\n") else lines  # (No copy of a huge text.)
