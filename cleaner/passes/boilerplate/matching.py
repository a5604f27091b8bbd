"""Which rule of the ``boilerplate`` pass matches each line: the strongest that may, with
the lines that begin wrapped furniture, menus, teasers and menu items, less code, table rows
and the ends of wrapped sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.lines import remembered_candidates
from cleaner.passes.boilerplate.listed import lists_in_prose
from cleaner.passes.boilerplate.menus import MENU_ITEM_RULE, MENU_RULE, menu_items_near, menu_lines
from cleaner.passes.boilerplate.rules import (
    Rule,
    all_rules,
    any_rule_re,
    best_rule,
    normalize_line,
    rule_finder,
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
    opens_paragraph_or_sentence,
    wrapped_furniture,
)
from cleaner.passes.boilerplate.zones import SENTENCE_END_RE

# A hard-wrapped paragraph (the pass runs before ``unwrap``): a line this long without
# final punctuation goes on in the next line, so "help." or "Twitter." under it is prose.
WRAPPED_LINE_MIN_CHARS = 60
# The end of a line that ends a clause: sentence or clause punctuation.
CLAUSE_END_RE = lazy_compile(r"[.,;!?…][\"'”’)\]]*$")


def match_lines(
    text: str,
    lines: list[str],
    extra_patterns: tuple[str, ...],
    keep: tuple[Rule, ...],
    max_line_length: int,
    disable: tuple[str, ...] = (),
    line_rules: dict[str, list[int]] | None = None,
) -> tuple[dict[int, Rule], dict[int, Rule]]:
    """The strongest rule matching each line of ``text``, and matching lines kept for their
    length.

    Only the lines a rule may match are tried (see :mod:`.lines`), and the rules
    a line may match are found without compiling the others (see :func:`rule_finder`).
    ``line_rules``: the rules each line may match, by line, filled here if empty; if filled (by
    an earlier round of the plan on a text all these lines come from), read instead of
    screening the text again (the screen reads each line alone: a line's are its own).
    """
    rules = all_rules(extra_patterns, disable)
    screened = _screened(text, lines, rules, line_rules)
    record = screened is not None and line_rules is not None and not line_rules
    if screened is None:
        candidates_for = rule_finder(len(lines), extra_patterns, disable)
        screened = ((i, None) for i in range(len(lines)))
    keep_re = any_rule_re(keep)
    languages = _LanguagesFound(lines)
    matches: dict[int, Rule] = {}
    too_long: dict[int, Rule] = {}
    starts: dict[int, list[Rule]] = {}  # Lines that may begin a wrapped line of furniture.
    for i, indexes in screened:
        if record:
            line_rules[lines[i]] = indexes  # type: ignore[index]
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
            n = len(normal)  # (A strong rule of every language, for longer lines.)
            strong = [r for r in candidates if r.begins_wrapped and (r.width or n + 1) > n]
            if strong and opens_paragraph_or_sentence(lines, i):
                starts[i] = strong  # (It may begin a wrapped line of furniture.)
            continue
        if len(normal) > max_line_length:
            too_long[i] = rule
        else:
            matches[i] = rule
    for i, rule in wrapped_furniture(lines, starts, keep_re, max_line_length).items():
        matches.setdefault(i, rule)
    menu = menu_lines(lines, text) if MENU_RULE.name not in disable else []
    listed = lists_in_prose(lines, menu, matches) if menu else set()
    for i in menu:
        if (
            i not in matches
            and i not in listed
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

        structured = meaningful_spacing_at(lines, matches.keys() | too_long.keys(), text)
        # A credit's shape on a section's title or a list item names no photo's author.
        structured |= {
            i
            for i, rule in matches.items()
            if rule.family == "credits" and titled_or_listed(lines, i)
        }
        matches = {i: rule for i, rule in matches.items() if i not in structured}
        too_long = {i: rule for i, rule in too_long.items() if i not in structured}
    ends = [i for i in matches if _ends_wrapped_sentence(lines, i, matches)]
    if ends:  # Unless ``unwrap`` sets it apart under a colon: the next run judges it alone.
        # (Only those are asked, each asking unwrap on a window: on the RFCs, asking every
        # line cost 15% of the pipeline's time.)
        parted = UnwrapParts.of_lines(text, lines)
        for i in ends:
            if not lines[i - 1].rstrip().endswith(":") or i - 1 not in parted:
                del matches[i]
    for i in menu_items_near(lines, matches) if MENU_ITEM_RULE.name not in disable else ():
        if not keep_re.fullmatch(normalize_line(lines[i])):
            matches[i] = MENU_ITEM_RULE
    return matches, too_long


def _screened(
    text: str, lines: list[str], rules: tuple[Rule, ...], line_rules: dict[str, list[int]] | None
) -> Iterable[tuple[int, list[int]]] | None:
    """:func:`.lines.remembered_candidates` of ``text``, or read off ``line_rules`` if it is
    filled (see :func:`match_lines`)."""
    if line_rules:
        return ((i, line_rules[line]) for i, line in enumerate(lines) if line in line_rules)
    return remembered_candidates(text, lines, rules)


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
    """Whether line ``i`` is the end of a hard-wrapped sentence that the line above begins
    (as its shape says; :func:`match_lines` asks ``unwrap`` too).

    >>> wrapped = ["The mayor said the residents who wrote to him would all get some", "help."]
    >>> _ends_wrapped_sentence(wrapped, 1, {})
    True
    """
    above = lines[i - 1].strip() if i > 0 else ""
    if i - 1 in matches or len(above) < WRAPPED_LINE_MIN_CHARS or SENTENCE_END_RE.search(above):
        return False
    line = lines[i].strip()
    return bool(LOWER_START_RE.match(line) or CLAUSE_END_RE.search(line))
