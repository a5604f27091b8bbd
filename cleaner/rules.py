"""The rule IDs: one stable name for every kind of change a pass can make.

An ID is ``<pass>.<name>``. The boilerplate pass's rules are its data files
(``cleaner/data/boilerplate/<family>.txt``), one ID each: ``boilerplate.<family>/<id>``;
the other passes' rules are listed in ``cleaner/data/rules.txt``. ``cleaner passes
--rules`` lists them all; ``disable = [...]`` in the config turns some of them off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from cleaner.data import read_data

# The boilerplate pass's setting that lists the rules (family/id) it must not use.
BOILERPLATE_DISABLE = "disable"


@dataclass(frozen=True)
class RuleInfo:
    """One rule: its ID, pass, one-line description, and what disabling it sets
    (``(option, value)`` of its pass, or None if it cannot be disabled alone)."""

    id: str
    pass_name: str
    description: str
    disable: tuple[str, object] | None


def parse_rule_table(text: str) -> list[RuleInfo]:
    """Parse ``rules.txt``: ``ID DISABLE DESCRIPTION`` lines.

    >>> parse_rule_table("unwrap.hyphen-join  option:dehyphenate  a hyphen joined")
    [RuleInfo(id='unwrap.hyphen-join', pass_name='unwrap', description='a hyphen joined', \
disable=('dehyphenate', False))]
    """
    rules = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rule_id, disable, description = line.split(None, 2)
        pass_name = rule_id.partition(".")[0]
        effect = None
        if disable.startswith("option:"):
            option = disable.removeprefix("option:")
            effect = (option, "" if option == "normalization" else False)
        rules.append(RuleInfo(rule_id, pass_name, description, effect))
    return rules


@cache
def rule_catalogue() -> dict[str, RuleInfo]:
    """Every rule ID, in pass order: the listed rules, then the boilerplate library's."""
    from cleaner.passes import PASS_NAMES

    rules = parse_rule_table(read_data("rules.txt")) + _boilerplate_rules()
    order = {name: index for index, name in enumerate(PASS_NAMES)}
    rules.sort(key=lambda rule: order[rule.pass_name])  # stable: file order within a pass
    return {rule.id: rule for rule in rules}


def _boilerplate_rules() -> list[RuleInfo]:
    """One rule per rule of the boilerplate library (language folders included), described
    by its kind and pattern, and the menu and page-text rules, which are code."""
    from cleaner.passes.boilerplate.around import PAGE_RULES
    from cleaner.passes.boilerplate.edges import EDGE_RULES
    from cleaner.passes.boilerplate.menus import MENU_BLOCK, MENU_ITEM
    from cleaner.passes.boilerplate.rules import library_rules
    from cleaner.passes.boilerplate.teasers import KICKER_TEASERS, MARKED_TEASERS, TEASER_LIST

    described = [(r.family, r.id, f"{r.kind} line matching: {r.source}") for r in library_rules()]
    described += [
        (family, id_, f"{kind}: {what}")
        for family, id_, kind, what in (
            MENU_BLOCK,
            MENU_ITEM,
            TEASER_LIST,
            KICKER_TEASERS,
            MARKED_TEASERS,
            *PAGE_RULES,
            *EDGE_RULES,
        )
    ]
    return [
        RuleInfo(
            boilerplate_rule_id(family, rule_id),
            "boilerplate",
            description,
            (BOILERPLATE_DISABLE, f"{family}/{rule_id}"),
        )
        for family, rule_id, description in described
    ]


def boilerplate_rule_id(family: str, rule_id: str) -> str:
    """The ID of a boilerplate rule (its name in ``explain`` is ``family/id``).

    >>> boilerplate_rule_id("share", "share-this")
    'boilerplate.share/share-this'
    """
    return f"boilerplate.{family}/{rule_id}"


def disabled_settings(ids: Iterable[str]) -> dict[str, dict[str, object]]:
    """The pass settings that ``disable = ids`` stands for; ``ValueError`` names a bad ID.

    >>> disabled_settings(["encoding.uncurl_quotes", "boilerplate.ads/advertisement"])
    {'encoding': {'uncurl_quotes': False}, 'boilerplate': {'disable': ('ads/advertisement',)}}
    """
    catalogue = rule_catalogue()
    settings: dict[str, dict[str, object]] = {}
    for rule_id in ids:
        rule = catalogue.get(rule_id)
        if rule is None:
            raise ValueError(f"unknown rule {rule_id!r}; `cleaner passes --rules` lists them")
        if rule.disable is None:
            raise ValueError(
                f"rule {rule_id!r} cannot be disabled alone; skip the pass instead "
                f'(skip = ["{rule.pass_name}"])'
            )
        option, value = rule.disable
        table = settings.setdefault(rule.pass_name, {})
        if option == BOILERPLATE_DISABLE:
            table[option] = (*table.get(option, ()), value)  # type: ignore[misc]
        else:
            table[option] = value
    return settings
