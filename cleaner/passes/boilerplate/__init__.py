"""The ``boilerplate`` pass: remove site furniture (comment forms, share bars, ads, stamps).

Rules live as data in ``cleaner/data/boilerplate/`` (see :mod:`.rules`). A line
goes only as a whole, and only where its rule's kind allows: ``strong`` rules anywhere,
``edge`` rules in the top and bottom edge zones or in a bar of them, ``label`` rules (and
menu items) only next to other furniture. In a web page's full text (see :mod:`.page`),
the lines around its article go by their place. A safety bound keeps the text unchanged
when too much would go (of a page's full text: too much of its article).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from cleaner.passes.boilerplate.lines import line_candidates
from cleaner.passes.boilerplate.menus import MENU_BLOCK, MENU_ITEM, menu_items_near, menu_lines
from cleaner.passes.boilerplate.page import PAGE_RULES, Article, page_article, page_furniture
from cleaner.passes.boilerplate.rules import (
    EDGE,
    LABEL,
    STRONG,
    Rule,
    all_rules,
    any_rule_re,
    best_rule,
    normalize_line,
    rule_finder,
    user_rules,
)
from cleaner.passes.boilerplate.whole import continues, partial_runs
from cleaner.passes.layout import lines_with_meaningful_spacing

# The edge zone ends after this many lines that match no rule (title, byline, dek)...
EDGE_CONTENT_LINES = 3
# ...or at the first line that reads as prose: this long, this many words, or a sentence
# of this many words (a heading such as "Next" after the last paragraph stays content).
PROSE_MIN_CHARS = 100
PROSE_MIN_WORDS = 15
SENTENCE_MIN_WORDS = 6
# In the middle, a label next to furniture goes only with a block holding at least this many
# strong lines ("Comments" next to one "Advertisement" is likely a heading), and an edge
# line ("Next", "Home") never: only the edge zones have those.
BLOCK_MIN_STRONG_LINES = 2
# ...or this many edge lines ("Facebook", "Twitter", "Email": a share bar).
BLOCK_MIN_EDGE_LINES = 3

# A hard-wrapped paragraph (the pass runs before ``unwrap``): a line this long without
# final punctuation goes on in the next line, so "help." or "Twitter." under it is prose.
WRAPPED_LINE_MIN_CHARS = 60
# The start of a line that goes on a sentence: a lower-case letter.
LOWER_START_RE = re.compile(r"^\W*[^\W\d_A-Z]")
# The end of a line that ends a clause: sentence or clause punctuation.
CLAUSE_END_RE = re.compile(r"[.,;!?…][\"'”’)\]]*$")
# The end of a sentence: final punctuation, maybe inside closing quotes or brackets.
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*$")


# A line in a run of menu items (see :mod:`.menus`).
MENU_RULE = Rule(*MENU_BLOCK[:3], "")
# A menu item next to other furniture (see :func:`.menus.menu_items_near`): a label.
MENU_ITEM_RULE = Rule(*MENU_ITEM[:3], "")
# The lines of a page's full text above and below its article (see :mod:`.page`).
PAGE_RULE = {rule: Rule(*rule[:3], "") for rule in PAGE_RULES}

# Defaults of the safety bound, shared by the pass and its explain hook. At 0.5 (the full
# text of a news page is often more than a third furniture) bench_furniture_real removed
# 1.2 points more furniture on held-out pages but lost 0.54% of their content lines, against
# 0.15% at 0.3: the bound stays where held-out content is safe.
MAX_REMOVED_SHARE = 0.3
# With ``page_text``, runs of menu items (a page's menus) are not counted by the bound
# when at least this many prose lines stay (the article the bound protects): the rest of
# the lines to go must then hold at most ``max_removed_share`` of the text the menus leave.
# Without prose, the menus count as any line (a table of contents, a list of titles). Not
# by default: on bench_furniture_real's held-out pages it lost 0.54% of their content lines
# (0.15% with the menus counted), title-case lines of the article taken for a menu.
MENU_PROSE_MIN_LINES = 3
MAX_LINE_LENGTH = 200


@dataclass(frozen=True)
class Plan:
    """What the pass would do to a text: the lines it would remove and why, or why not."""

    lines: list[str]
    # Line index -> (rule, why it may go here) for every line that goes.
    removed: dict[int, tuple[Rule, str]] = field(default_factory=dict)
    # Lines that match a rule but are longer than ``max_line_length``.
    too_long: dict[int, Rule] = field(default_factory=dict)
    # Why nothing was removed despite matches (the safety bound), or "".
    tripped: str = ""
    # Why the menus stayed while the other lines went (see :func:`_menus_over_bound`), or "".
    kept_menus: str = ""


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
    and digits. ``disable`` names rules (``family/id``) not to use. ``page_text`` (off by
    default: on real pages it loses more content than the 0.2% bar, see the README) also
    removes the menus and link lists around the article of a web page's full visible
    text (:mod:`.page`).

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
    if plan.tripped or not plan.removed:
        _LAST_KEPT[:] = [(len(text), hash(text), options, _notes(plan))]
        _LAST_REMOVED.clear()
        return text
    _LAST_KEPT.clear()
    _LAST_REMOVED[:] = [(len(text), hash(text), options, plan.removed)]
    return _drop_lines(text, set(plan.removed))


# The notes of the last text the pass left as it was, known by its length and hash (no
# reference kept): ``explain`` asked about that text right after (as chunks.clean_blocks
# asks, for warnings) need not plan it again.
_LAST_KEPT: list[tuple[int, int, tuple, list[str]]] = []
# The lines removed from the last text the pass changed, and their rules, known the same
# way: the changes of that step (``--format json``, cleaner.classify) need not plan it again.
_LAST_REMOVED: list[tuple[int, int, tuple, dict[int, tuple[Rule, str]]]] = []
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
    if _LAST_REMOVED:
        length, digest, run_options, removed = _LAST_REMOVED[0]
        if (length, digest, run_options) == (len(text), hash(text), _options_key(options)):
            return removed
    return plan_removal(text, **options).removed  # type: ignore[arg-type]


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
    """Decide which lines go: match, seed by position, grow blocks, check the bound."""
    lines = _split_lines(text)
    keep = user_rules(tuple(keep_patterns), "keep_patterns")
    article = page_article(lines, text) if page_text else None
    page = _page_lines(lines, article, keep, tuple(disable)) if article else {}
    if page:  # Whole lines only (see :mod:`.whole`), then the rules judge the rest.
        page = _whole_lines_only(lines, page, tuple(extra_patterns), keep, max_line_length)
    # The rules judge the text as it is without the page's furniture: as a second run sees it.
    rule_lines = [("" if i in page else line) for i, line in enumerate(lines)] if page else lines
    rule_text = "\n".join(rule_lines) + "\n" * text.endswith("\n") if page else text
    matches, too_long = _match_lines(
        rule_text, rule_lines, tuple(extra_patterns), keep, max_line_length, tuple(disable)
    )
    if not matches and not page:  # Nothing can go: skip the per-line tables of a huge text.
        return Plan(lines, {}, too_long)
    # A matched line wrapped with one that stays neither holds back what follows it nor
    # counts toward a bar: else the next run, without that line, judges them otherwise.
    matches = _without_wrapped_parts(
        rule_lines, matches, tuple(extra_patterns), keep, max_line_length
    )
    removed = _judged_blocks(rule_lines, matches, {}) | page
    whole = _whole_lines_only(lines, removed, tuple(extra_patterns), keep, max_line_length)
    if added := whole.keys() - removed.keys():
        # A block that took the rest of a wrapped line is judged again with that rest as
        # matched, as the next run, which no longer sees it, judges the lines around it:
        # the edge zone reaches past it, and the block grows on (only what the rules
        # judge, within the same strength bounds).
        wider = matches | {i: whole[i][0] for i in added if rule_lines[i].strip()}
        judged = {i: reason for i, reason in whole.items() if rule_lines[i].strip()}
        grown = _judged_blocks(rule_lines, wider, judged)
        if grown.keys() - whole.keys():
            whole = _whole_lines_only(
                lines, grown | whole, tuple(extra_patterns), keep, max_line_length
            )
    removed = whole
    plan = Plan(lines, removed, too_long)
    # The rules are bound by the text that a page's furniture, which goes by its place,
    # leaves them (the bound protects the article, not the page's menus).
    counted = [i for i in removed if i not in page] if page else list(removed)
    # With ``page_text``, a page's menus go by their form too (when an article stays).
    menus = _menus_around_prose(rule_lines, removed, counted) if page_text else set()
    if menus:
        counted = [i for i in counted if i not in menus]
        rule_lines = [("" if i in menus else line) for i, line in enumerate(rule_lines)]
    share = _removed_share(rule_lines, counted) if counted else 0.0
    what = (
        "of the letters and digits around the page's furniture"
        if page
        else "of the letters and digits"
    )
    if share > max_removed_share:
        if kept := _menus_over_bound(rule_lines, removed, counted, max_removed_share):
            rest = {i: reason for i, reason in removed.items() if i not in kept}
            rest = _whole_lines_only(lines, rest, tuple(extra_patterns), keep, max_line_length)
            why = (
                f"with their {len(kept)} line(s), {share:.0%} {what} would go, over "
                f"max_removed_share {max_removed_share}"
            )
            return Plan(lines, rest, too_long, kept_menus=why)
        why = (
            f"removing {len(counted)} line(s) ({share:.0%} {what}) would exceed "
            f"max_removed_share {max_removed_share}"
        )
        return Plan(lines, removed, too_long, why)
    return plan


def _menus_over_bound(
    lines: list[str], removed: dict[int, tuple[Rule, str]], counted: list[int], bound: float
) -> set[int]:
    """The menus (runs of menu items) of ``counted`` that stay when, with them, too much
    would go: if the other lines alone hold at most ``bound`` of the letters and digits,
    and the menus more than ``bound`` of what those lines leave. (A second run, without
    those lines, keeps the menus again: they still hold too much; whereas menus that fit
    in what the rules leave would go then, so with them nothing goes.)

    >>> menu = {i: (MENU_RULE, "anywhere") for i in range(4)}
    >>> ad = Rule("ads", "advertisement", STRONG, "")
    >>> lines = ["Home", "News", "Sport", "Jobs", "Advertisement", "The council met today."]
    >>> sorted(_menus_over_bound(lines, {**menu, 4: (ad, "anywhere")}, [0, 1, 2, 3, 4], 0.3))
    [0, 1, 2, 3]
    """
    menus = {i for i in counted if removed[i][0] is MENU_RULE}
    others = [i for i in counted if i not in menus]
    if not menus or not others or _removed_share(lines, others) > bound:
        return set()
    left = [("" if i in others else line) for i, line in enumerate(lines)]
    return menus if _removed_share(left, menus) > bound else set()


def _menus_around_prose(
    lines: list[str], removed: dict[int, tuple[Rule, str]], counted: list[int]
) -> set[int]:
    """The lines of ``counted`` removed as runs of menu items (see :mod:`.menus`), if at
    least ``MENU_PROSE_MIN_LINES`` prose lines stay: menus around an article.

    >>> menu = {i: (MENU_RULE, "anywhere") for i in range(5)}
    >>> prose = ["The council met on Monday and voted to keep the library open."] * 3
    >>> sorted(_menus_around_prose(["Home"] * 5 + prose, menu, list(menu)))
    [0, 1, 2, 3, 4]
    >>> _menus_around_prose(["Home"] * 5 + prose[:2], menu, list(menu))
    set()
    """
    menus = {i for i in counted if removed[i][0] is MENU_RULE}
    if not menus:
        return set()
    prose = 0
    for i, line in enumerate(lines):
        if i not in removed and len(line) > SENTENCE_MIN_WORDS * 2 and _is_prose(line):
            prose += 1
            if prose >= MENU_PROSE_MIN_LINES:
                return menus
    return set()


def _page_lines(
    lines: list[str], article: Article, keep: tuple[Rule, ...], disable: tuple[str, ...]
) -> dict[int, tuple[Rule, str]]:
    """The furniture of a page's full text by its place (see :mod:`.page`), with why."""
    keep_re = any_rule_re(keep)
    where = f"its article is lines {article.first + 1}-{article.last + 1}"
    found = {}
    for i, rule in ((i, PAGE_RULE[r]) for i, r in page_furniture(lines, article).items()):
        if rule.name not in disable and not keep_re.fullmatch(normalize_line(lines[i])):
            found[i] = (rule, f"page text, {where}")
    return found


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
    for i, indexes in screened:
        normal = normalize_line(lines[i])
        if not normal:
            continue
        candidates = candidates_for(normal) if indexes is None else [rules[j] for j in indexes]
        if not candidates or keep_re.fullmatch(normal):
            continue
        rule = best_rule(normal, candidates)
        if rule is not None and rule.language is not None and not languages.has(rule.language):
            rule = best_rule(normal, [r for r in candidates if r.language is None])
        if rule is None:
            continue
        if len(normal) > max_line_length:
            too_long[i] = rule
        else:
            matches[i] = rule
    for i in menu_lines(lines, text) if MENU_RULE.name not in disable else ():
        if (
            i not in matches
            and len(lines[i]) <= max_line_length
            and not keep_re.fullmatch(normalize_line(lines[i]))
        ):
            matches[i] = MENU_RULE
    if matches:
        # Code and table rows are never furniture, and removing one would change what the
        # whitespace pass sees as aligned columns in the next run.
        structured = lines_with_meaningful_spacing(lines)
        matches = {i: rule for i, rule in matches.items() if not structured[i]}
        too_long = {i: rule for i, rule in too_long.items() if not structured[i]}
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


def _seed(
    lines: list[str], matches: dict[int, Rule], zone: set[int]
) -> dict[int, tuple[Rule, str]]:
    """Lines that go on their own: strong ones, edge ones in an edge zone, outermost labels."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    outermost = {filled[0], filled[-1]} if filled else set()
    in_bar = _edge_bars(filled, matches)
    seeds = {}
    for i, rule in matches.items():
        if rule.kind == STRONG:
            seeds[i] = (rule, "anywhere")
        elif rule.kind == EDGE and i in zone:
            seeds[i] = (rule, "edge zone")
        elif rule.kind == EDGE and i in in_bar:
            seeds[i] = (rule, "bar of edge lines")
        elif rule.kind == LABEL and i in outermost:
            seeds[i] = (rule, "outermost line")
    return seeds


def _judged_blocks(
    lines: list[str], matches: dict[int, Rule], removed: dict[int, tuple[Rule, str]]
) -> dict[int, tuple[Rule, str]]:
    """The lines the rules remove: seeds (and lines already ``removed``), grown into blocks,
    less the middle's weak edge lines and labels."""
    zone = _edge_zone(lines, matches)
    seeds = _seed(lines, matches, zone) | removed
    return _keep_middle_neighbours(lines, _grow_blocks(lines, matches, seeds), zone)


def _edge_bars(filled: list[int], matches: dict[int, Rule]) -> set[int]:
    """The lines of runs of matching lines (blank lines between allowed) that hold at least
    ``BLOCK_MIN_EDGE_LINES`` edge lines: a share bar or a menu anywhere in the text.

    >>> edge = Rule("share", "network-button", EDGE, "")
    >>> sorted(_edge_bars([0, 1, 2, 4], {0: edge, 1: edge, 2: edge}))
    [0, 1, 2]
    """
    bars: set[int] = set()
    run: list[int] = []
    for i in [*filled, -1]:  # -1 closes the last run
        if i in matches:
            run.append(i)
            continue
        if sum(matches[j].kind == EDGE for j in run) >= BLOCK_MIN_EDGE_LINES:
            bars.update(run)
        run = []
    return bars


def _edge_zone(lines: list[str], matches: dict[int, Rule]) -> set[int]:
    """Line indexes of the top and bottom edge zones: up to the first prose of each end."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return _zone_from(filled, lines, matches) | _zone_from(filled[::-1], lines, matches)


def _zone_from(order: Iterable[int], lines: list[str], matches: dict[int, Rule]) -> set[int]:
    """The zone from one end: up to a few content lines, or to the first prose."""
    zone: set[int] = set()
    content = 0
    for i in order:
        if i not in matches:
            content += 1
            if _is_prose(_paragraph_of(lines, i, matches)) or content >= EDGE_CONTENT_LINES:
                break
        zone.add(i)
    return zone


def _paragraph_of(lines: list[str], i: int, matches: dict[int, Rule]) -> str:
    """Line ``i`` joined with the unmatched lines right above and below it.

    A hard-wrapped sentence is prose even when each of its lines is short.

    >>> _paragraph_of(["Share", "Once you can bake", "this loaf, try rye.", ""], 1, {0: None})
    'Once you can bake this loaf, try rye.'
    """
    start = end = i
    while start > 0 and lines[start - 1].strip() and start - 1 not in matches:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].strip() and end + 1 not in matches:
        end += 1
    return " ".join(line.strip() for line in lines[start : end + 1])


def _is_prose(line: str) -> bool:
    """A line that reads as article text: long, wordy, or a sentence of several words.

    >>> _is_prose("Once you can bake this loaf, try rye."), _is_prose("Related Posts")
    (True, False)
    """
    words = len(line.split())
    sentence = words >= SENTENCE_MIN_WORDS and SENTENCE_END_RE.search(line.rstrip()) is not None
    return sentence or len(line.strip()) >= PROSE_MIN_CHARS or words >= PROSE_MIN_WORDS


def _grow_blocks(
    lines: list[str], matches: dict[int, Rule], seeds: dict[int, tuple[Rule, str]]
) -> dict[int, tuple[Rule, str]]:
    """Add matching lines next to removed ones (blank lines between), until none is left."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    position = {index: k for k, index in enumerate(filled)}
    removed = dict(seeds)
    todo = list(seeds)
    while todo:
        k = position[todo.pop()]
        for neighbour in filled[max(k - 1, 0) : k + 2]:
            if neighbour in matches and neighbour not in removed:
                removed[neighbour] = (matches[neighbour], "next to furniture")
                todo.append(neighbour)
    return removed


def _keep_middle_neighbours(
    lines: list[str], removed: dict[int, tuple[Rule, str]], zone: set[int]
) -> dict[int, tuple[Rule, str]]:
    """Keep the middle's edge lines and labels whose block is too weak (see
    :func:`_block_strength`)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    kept = dict(removed)
    block: list[int] = []
    for i in [*filled, -1]:  # -1 closes the last block
        if i in removed:
            block.append(i)
            continue
        takes_edges, takes_labels = _block_strength([removed[j][0].kind for j in block])
        for j in block:
            kind = removed[j][0].kind
            if j not in zone and (
                (kind == EDGE and not takes_edges) or (kind == LABEL and not takes_labels)
            ):
                del kept[j]
        block = []
    return kept


def _block_strength(kinds: list[str]) -> tuple[bool, bool]:
    """Whether a middle block of lines of these rule ``kinds`` takes its edge lines, and its
    labels: a bar of ``BLOCK_MIN_EDGE_LINES`` edge lines ("Facebook", "Twitter", "Email")
    takes both; ``BLOCK_MIN_STRONG_LINES`` strong lines take labels only ("Next" above two
    ad lines may be a heading).

    >>> _block_strength([STRONG, STRONG, EDGE]), _block_strength([EDGE, EDGE, EDGE, LABEL])
    ((False, True), (True, True))
    """
    bar = kinds.count(EDGE) >= BLOCK_MIN_EDGE_LINES
    return bar, bar or kinds.count(STRONG) >= BLOCK_MIN_STRONG_LINES


def _whole_lines_only(
    lines: list[str],
    removed: dict[int, tuple[Rule, str]],
    extra_patterns: tuple[str, ...],
    keep: tuple[Rule, ...],
    max_line_length: int,
) -> dict[int, tuple[Rule, str]]:
    """Never one physical line of a wrapped logical line (see :mod:`.whole`).

    A run of removed lines that a kept line goes on from or into goes only with its whole
    logical line, if that line as one matches a strong rule; otherwise it stays.
    """
    whole = dict(removed)
    for run in list(partial_runs(lines, set(whole))):
        logical = _logical_line(lines, run)
        rule = _strong_rule(" ".join(lines[i].strip() for i in logical), extra_patterns, keep)
        if rule is not None and len(normalize_line(" ".join(lines[i] for i in logical))) <= (
            max_line_length
        ):
            whole.update({i: (rule, "whole wrapped line") for i in logical})
        else:
            for i in run:
                del whole[i]
    while partial := [i for run in partial_runs(lines, set(whole)) for i in run]:
        for i in partial:  # Keeping a run may leave a neighbouring one partial.
            del whole[i]
    return whole


def _without_wrapped_parts(
    lines: list[str],
    matches: dict[int, Rule],
    extra_patterns: tuple[str, ...],
    keep: tuple[Rule, ...],
    max_line_length: int,
) -> dict[int, Rule]:
    """``matches`` but the lines wrapped with a line no rule matches, which can never go
    (see :func:`_whole_lines_only`) unless their whole logical line matches a strong rule.

    Bars, blocks and edge zones are judged on the lines that can go: a line that must stay
    neither lends its strength to others nor holds back the lines after it, else a second
    run, that no longer sees what the first removed, judges them anew.

    >>> rule = Rule("navigation", "nav-label", EDGE, "")
    >>> lines = ["Lighthouse reopens after a year of repairs", "Home", "Home", "", "Home"]
    >>> sorted(_without_wrapped_parts(lines, {1: rule, 2: rule, 4: rule}, (), (), 200))
    [2, 4]
    """
    stays: set[int] = set()
    for run in partial_runs(lines, set(matches)):
        for part in _wrapped_parts(lines, run):
            line = " ".join(lines[i].strip() for i in _logical_line(lines, part))
            rule = _strong_rule(line, extra_patterns, keep)
            if rule is None or len(normalize_line(line)) > max_line_length:
                stays.update(part)
    return {i: rule for i, rule in matches.items() if i not in stays} if stays else matches


def _wrapped_parts(lines: list[str], run: list[int]) -> list[list[int]]:
    """The lines of ``run`` (matched lines of a paragraph) that go on from the unmatched
    line right above it, and those that go on into the one right below it.

    >>> _wrapped_parts(["Lighthouse reopens after a year of repairs", "Home", "Home"], [1, 2])
    [[1]]
    """
    width = _paragraph_width(lines, run)
    parts = []
    if run[0] > 0 and continues(lines[run[0] - 1], lines[run[0]], width):
        k = 1
        while k < len(run) and continues(lines[run[k - 1]], lines[run[k]], width):
            k += 1
        parts.append(run[:k])
    if run[-1] + 1 < len(lines) and continues(lines[run[-1]], lines[run[-1] + 1], width):
        k = len(run) - 1
        while k > 0 and continues(lines[run[k - 1]], lines[run[k]], width):
            k -= 1
        parts.append(run[k:])
    return parts


def _logical_line(lines: list[str], run: list[int]) -> list[int]:
    """The line indexes of the logical line ``run`` is part of: its wrapped neighbours."""
    start, end = _paragraph(lines, run)
    width = _paragraph_width(lines, run)
    first, last = run[0], run[-1]
    while first > start and continues(lines[first - 1], lines[first], width):
        first -= 1
    while last + 1 < end and continues(lines[last], lines[last + 1], width):
        last += 1
    return list(range(first, last + 1))


def _paragraph(lines: list[str], run: list[int]) -> tuple[int, int]:
    """The start and end (exclusive) of the paragraph that holds ``run``."""
    start, end = run[0], run[-1] + 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    while end < len(lines) and lines[end].strip():
        end += 1
    return start, end


def _paragraph_width(lines: list[str], run: list[int]) -> int:
    """The length of the longest line of the paragraph that holds ``run``."""
    return max(len(lines[i].strip()) for i in range(*_paragraph(lines, run)))


def _strong_rule(line: str, extra_patterns: tuple[str, ...], keep: tuple[Rule, ...]) -> Rule | None:
    """The strong rule the logical ``line`` matches as a whole, if any and not kept."""
    normal = normalize_line(line)
    if any_rule_re(keep).fullmatch(normal):
        return None
    rule = best_rule(normal, rule_finder(1, extra_patterns)(normal))
    return rule if rule is not None and rule.kind == STRONG else None


# Anything but a letter or digit (``\\w`` without the underscore).
NOT_ALNUM_RE = re.compile(r"[\W_]+")


def _removed_share(lines: list[str], removed: Iterable[int]) -> float:
    """The share of the letters and digits that the removed lines hold.

    Letters and digits, not characters: later passes (unwrap joining lines, removing soft
    and line-end hyphens; split adding spaces) change the rest, and the bound must judge a
    text the same on a second run.
    """
    total = _weight("".join(lines))  # (a line's weight is its letters and digits: they add up)
    return sum(_weight(lines[i]) for i in removed) / total if total else 0.0


def _weight(line: str) -> int:
    """The letters and digits of ``line`` (ASCII text counted at memory speed; ``isalnum``
    is what ``[^\\W_]`` matches)."""
    if line.isascii():
        return len(line.encode("ascii").translate(None, _ASCII_NOT_ALNUM))
    return sum(map(str.isalnum, line))


# The ASCII bytes that are neither letters nor digits (what NOT_ALNUM_RE matches there).
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())


def _drop_lines(text: str, removed: set[int]) -> str:
    """Remove lines, keeping the blank lines of one side of each gap only.

    A gap (removed lines and the blank lines among them) keeps its largest run of blank
    lines, so no new blank-line run appears; at either end of the text it keeps none.

    >>> _drop_lines("a\\n\\nx\\n\\nb\\n", {2})
    'a\\n\\nb\\n'
    """
    lines = _split_lines(text)
    kept: list[str] = []
    gap: list[list[str]] = [[]]  # blank runs of the current gap, split by removed lines
    in_gap = False
    for i, line in enumerate(lines):
        if i in removed:
            in_gap = True
            gap.append([])
        elif not line.strip():
            gap[-1].append(line)
        else:
            if kept or not in_gap:
                kept.extend(max(gap, key=len) if in_gap else gap[0])
            kept.append(line)
            gap, in_gap = [[]], False
    if not in_gap:
        kept.extend(gap[0])
    ending = "\n" if text.endswith("\n") and kept else ""
    return "\n".join(kept) + ending
