"""The starts of the lines each boilerplate rule can match, read from its parse tree.

A rule matches a whole normalized line, so most rules fix how a matching line starts: its
first :data:`PREFIX` characters in screen key form (case-folded, spaces dropped, digits
read as ``0``) are one of a few. :mod:`.lines` looks each line's start up among them. The
shipped rules' starts are precomputed in :data:`PREFIX_FILE` by
``tools/build_boilerplate_screen.py``; another rule's are parsed when asked for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache

from cleaner.data import read_data
from cleaner.passes.boilerplate.screen import _char, _char_class, _constants

# Characters of a line's start looked up; more sets apart more rules, and costs more.
PREFIX = 6
# Prefix sets are followed up to this many strings, then the rule is screened otherwise.
MAX_PREFIXES = 400
# The shipped rules' prefix sets, precomputed by tools/build_boilerplate_screen.py.
PREFIX_FILE = "boilerplate_prefixes.json"


def fold_digits(text: str) -> str:
    """Every decimal digit (what ``\\d`` matches) as ``0``.

    >>> fold_digits("p12\\u0663")
    'p000'
    """
    return "".join("0" if character.isdecimal() else character for character in text)


def rule_prefixes(source: str) -> frozenset[str] | None:
    """:func:`parse_prefixes` of ``source``, read from the shipped table if it is there."""
    shipped = _shipped_prefixes()
    if source in shipped:
        starts = shipped[source]
        return None if starts is None else frozenset(starts)
    return parse_prefixes(source)


@cache
def _shipped_prefixes() -> dict[str, list[str] | None]:
    return json.loads(read_data(PREFIX_FILE))


def format_prefixes(sources: list[str]) -> str:
    """The text of ``data/boilerplate_prefixes.json``: one ``"pattern": [starts]`` a line."""
    rows = []
    for source in sorted(set(sources)):
        starts = parse_prefixes(source)
        value = None if starts is None else sorted(starts)
        rows.append(
            f"{json.dumps(source, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)}"
        )
    return "{\n" + ",\n".join(rows) + "\n}\n"


@cache
def parse_prefixes(source: str) -> frozenset[str] | None:
    """The starts (up to :data:`PREFIX` characters, in screen key form, digits folded) one
    of which every line the rule ``source`` fully matches begins with; None if unknown.

    >>> sorted(parse_prefixes(r"(?:(the )?(story|text) goes on)\\s*"))
    ['storyg', 'textgo', 'thesto', 'thetex', 'thethe']
    >>> sorted(parse_prefixes(r"(?:\\d+ (likes?|shares?))\\s*"))[-3:]
    ['0like', '0likes', '0share']
    >>> print(parse_prefixes(r"(?:.{0,10}all rights reserved)"))
    None
    """
    constants = _prefix_constants()
    complete, final = _sequence(re._parser.parse(source, re.IGNORECASE).data, constants)  # type: ignore[attr-defined]
    starts = {fold_digits(start) for start in complete | final}
    return None if "" in starts else frozenset(starts)


Strings = tuple[set[str], set[str]]


def _sequence(items: Sequence, c: dict) -> Strings:
    """``(complete, final)`` of a sequence of parsed nodes: key strings shorter than
    :data:`PREFIX` it can match in full, and starts it can match that cannot be extended
    (:data:`PREFIX` long, or followed by what is not known)."""
    complete, final = {""}, set()
    for op, av in items:
        if not complete:
            break
        strings = _node(op, av, c)
        if strings is None:
            return set(), final | complete
        extended = _extend(complete, final, strings)
        if len(extended[0]) + len(extended[1]) > MAX_PREFIXES:
            return set(), final | complete
        complete, final = extended
    return complete, final


def _extend(complete: set[str], final: set[str], strings: Strings) -> Strings:
    """The strings of a sequence followed by a node's ``strings``."""
    more_complete, more_final = set(), set(final)
    for start in complete:
        for tail in strings[0]:
            joined = start + tail
            (more_complete if len(joined) < PREFIX else more_final).add(joined[:PREFIX])
        for tail in strings[1]:
            more_final.add((start + tail)[:PREFIX])
    return more_complete, more_final


def _node(op: object, av: object, c: dict) -> Strings | None:
    """``(complete, final)`` of one parsed node (see :func:`_sequence`), None if unknown."""
    if op is c["LITERAL"]:
        char = _char(chr(av))  # type: ignore[arg-type]
        return None if char is None else (set(char), set())
    if op is c["IN"]:
        if av == [(c["CATEGORY"], c["CATEGORY_DIGIT"])]:
            return {"0"}, set()
        chars = _char_class(av, c)  # type: ignore[arg-type]
        return None if chars is None else (set(chars), set())
    if op is c["AT"] or op in (c["ASSERT"], c["ASSERT_NOT"]):
        return {""}, set()
    if op is c["SUBPATTERN"]:
        return _sequence(av[-1].data, c)  # type: ignore[index]
    if op is c["BRANCH"]:
        complete: set[str] = set()
        final: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            complete_b, final_b = _sequence(branch.data, c)
            complete |= complete_b
            final |= final_b
        return complete, final
    if op in c["REPEATS"]:
        low, high, item = av  # type: ignore[misc]
        return _repeat(low, high, _sequence(item.data, c))
    return None


def _repeat(low: int, high: int, strings: Strings) -> Strings:
    """``x{low,high}`` of a node's ``strings``: past PREFIX + 1 repetitions, every string
    is a start that cannot be extended."""
    complete: set[str] = set()
    final: set[str] = set()
    power: Strings = ({""}, set())
    for count in range(min(high, PREFIX + 1) + 1):
        if count >= low:
            complete |= power[0]
            final |= power[1]
        power = _extend(power[0], power[1], strings)
    return complete, final | power[0] | power[1]


@cache
def _prefix_constants() -> dict:
    constants = re._constants  # type: ignore[attr-defined]
    return {
        **_constants(),
        "CATEGORY": constants.CATEGORY,
        "CATEGORY_DIGIT": constants.CATEGORY_DIGIT,
    }
