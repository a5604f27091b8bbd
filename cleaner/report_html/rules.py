"""Which rule made each change, for the page's view grouped by rule.

A pass with rules says which one fired where: the boilerplate pass names the rule behind each
line it removes, the split pass each merged word it splits. Passes without rules have none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple


class RuleHit(NamedTuple):
    """One change made by a named rule: the line (1-based, in the text the pass saw)."""

    rule: str
    kind: str
    line: int
    text: str
    why: str


def boilerplate_hits(before: str, options: Mapping[str, Any]) -> list[RuleHit]:
    """Each line the boilerplate pass removes from ``before``, with its rule.

    >>> text = "The minister spoke for an hour about the budget.\\n\\nPost a Comment\\n"
    >>> boilerplate_hits(text, {})
    [RuleHit(rule='comments/post-comment', kind='strong', line=3, text='Post a Comment', \
why='anywhere')]
    """
    from cleaner.passes.boilerplate import plan_removal

    plan = plan_removal(before, **options)
    if plan.tripped:
        return []
    return [
        RuleHit(rule.name, rule.kind, index + 1, plan.lines[index].strip(), why)
        for index, (rule, why) in sorted(plan.removed.items())
    ]


def split_hits(before: str, options: Mapping[str, Any]) -> list[RuleHit]:
    """Each merged word the split pass splits in ``before``, with its parts.

    >>> split_hits("It was issuedpreviously by", {})
    [RuleHit(rule='split/merged-words', kind='lexicon', line=1, \
text='issuedpreviously -> issued + previously', \
why='far more probable than the merged word')]
    """
    from cleaner.passes.split import find_splits

    hits = []
    for split in find_splits(before, **options):
        word = before[split.start : split.end]
        rule, kind, why = (
            ("split/forced", "config", "a force entry of [tool.cleaner.split]")
            if split.forced
            else ("split/merged-words", "lexicon", "far more probable than the merged word")
        )
        line = before.count("\n", 0, split.start) + 1
        hits.append(RuleHit(rule, kind, line, f"{word} -> {' + '.join(split.parts)}", why))
    return hits


# Pass name -> the function that lists the rules it applied to a text.
RULE_FINDERS: dict[str, Callable[[str, Mapping[str, Any]], list[RuleHit]]] = {
    "boilerplate": boilerplate_hits,
    "split": split_hits,
}
