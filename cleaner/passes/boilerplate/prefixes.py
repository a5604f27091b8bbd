"""The starts of the lines each boilerplate rule can match, read from its parse tree.

A rule matches a whole normalized line, so most rules fix how a matching line starts: its
first :data:`PREFIX` characters in screen key form (case-folded, spaces dropped, digits
read as ``0``) are one of a few. :mod:`.lines` looks each line's start up among them. The
shipped rules' starts are precomputed in :data:`PREFIX_FILE` by
``tools/build_boilerplate_screen.py``; another rule's are parsed when asked for.

In a book nearly every line has none of them. Searched for as one pattern (a line feed, the
leading decorations, then a trie of the starts: :func:`starts_re`) over a block's whole key,
the few lines that have one are found at the regex engine's speed, and only they are
looked up (:class:`StartLines`). Every line the look-up gives rules is among those it finds
(tests check it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from cleaner.data import read_data
from cleaner.passes.boilerplate.screen import _char, _char_class, _constants, json_text

# Characters of a line's start looked up; more sets apart more rules, and costs more.
PREFIX = 6
# Prefix sets are followed up to this many strings, then the rule is screened otherwise.
MAX_PREFIXES = 400
# The shipped rules' prefix sets, precomputed by tools/build_boilerplate_screen.py.
PREFIX_FILE = "boilerplate_prefixes.json"
# Leading decorations, which normalization strips from a line's start.
LEAD_CHARACTERS = "-–—*•·»«›‹>|#=~+→←"
# Characters a line's start is read past, in key form: those, and ``<``, which a rule may
# allow before its words as it allows them (``[«‹←<]*`` before ``next post``). A rule's
# starts are read past them too, so a rule that allows any number of them first is still
# found by its words.
START_SKIPPED = LEAD_CHARACTERS + "<"


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
        rows.append(f"{json_text(source)}: {json_text(value)}")
    return "{\n" + ",\n".join(rows) + "\n}\n"


@cache
def parse_prefixes(source: str) -> frozenset[str] | None:
    """The starts (up to :data:`PREFIX` characters, in screen key form, digits folded) one
    of which every line the rule ``source`` fully matches begins with; None if unknown.

    >>> sorted(parse_prefixes(r"(?:(the )?(story|text) goes on)\\s*"))
    ['storyg', 'textgo', 'thesto', 'thetex']
    >>> sorted(parse_prefixes(r"(?:\\d+ (likes?|shares?))\\s*"))[-3:]
    ['0like', '0likes', '0share']
    >>> print(parse_prefixes(r"(?:.{0,10}all rights reserved)"))
    None
    >>> sorted(parse_prefixes(r"(?:[«<]* ?(next|older) post)"))
    ['nextpo', 'olderp']
    """
    constants = _prefix_constants()
    tree = re._parser.parse(source, re.IGNORECASE)  # type: ignore[attr-defined]
    complete, final = _sequence(_past_skipped(tree.data, constants), constants)
    starts = {fold_digits(start).lstrip(START_SKIPPED) for start in complete | final}
    return None if "" in starts else frozenset(starts)


def _past_skipped(items: Sequence, c: dict) -> list:
    """The parsed nodes of a pattern past those at its start that match only characters of
    :data:`START_SKIPPED` (which a line's start is read past: its starts are the same),
    its leading groups opened (a group's nodes in a sequence read as the group).

    >>> c = _prefix_constants()
    >>> len(_past_skipped(re._parser.parse(r"(?:[«<]* ?next)").data, c))
    5
    """
    items = list(items)
    while items:
        op, av = items[0]
        if op is c["SUBPATTERN"]:
            items[:1] = list(av[-1].data)  # type: ignore[index]
        elif _only_skipped(op, av, c):
            del items[0]
        else:
            break
    return items


def _only_skipped(op: object, av: object, c: dict) -> bool:
    """Whether a parsed node matches only characters of :data:`START_SKIPPED`, if any."""
    if op in c["REPEATS"]:
        _, _, item = av  # type: ignore[misc]
        return len(item.data) == 1 and _only_skipped(*item.data[0], c)
    if op is c["LITERAL"]:
        return chr(av) in START_SKIPPED  # type: ignore[arg-type]
    if op is c["IN"]:
        return all(o is c["LITERAL"] and chr(a) in START_SKIPPED for o, a in av)  # type: ignore[attr-defined]
    return False


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
    is a start that cannot be extended. A repeat whose every count was read (``x?``, ``x{2}``)
    has no such strings: `` ?`` (a space, dropped from the key) stays ``{""}``, not a start
    that ends the rule's (``o ?seu`` begins ``oseu``, not any line that begins ``o``).

    >>> _repeat(0, 1, ({""}, set()))
    ({''}, set())
    >>> _repeat(0, 1, ({"a"}, set()))
    ({'', 'a'}, set())
    >>> _repeat(1, 65535, ({"ab"}, set()))[1]
    {'ababab'}
    """
    complete: set[str] = set()
    final: set[str] = set()
    power: Strings = ({""}, set())
    for count in range(min(high, PREFIX + 1) + 1):
        if count >= low:
            complete |= power[0]
            final |= power[1]
        power = _extend(power[0], power[1], strings)
    if high <= PREFIX + 1 and low <= high:  # Every count was read.
        return complete, final
    return complete, final | power[0] | power[1]


@cache
def _prefix_constants() -> dict:
    constants = re._constants  # type: ignore[attr-defined]
    return {
        **_constants(),
        "CATEGORY": constants.CATEGORY,
        "CATEGORY_DIGIT": constants.CATEGORY_DIGIT,
    }


# A process looks lines up one by one (~1.2 us a line) until it has read this many, then
# compiles the pattern (~9 ms, once) and looks up only the lines it finds: a clean file or
# two (a pre-commit run) never pays for the pattern, a long run soon does.
PATTERN_AFTER_LINES = 10_000
# A trie of strings: each character leads to the trie of what may follow it; an empty
# trie ends a string (a start found: the pattern need not read further).
Trie = dict[str, "Trie"]


def starts_re(starts: Iterable[str], lead: str) -> re.Pattern[str]:
    """A pattern matching a line feed, then any of the ``lead`` characters, then one of
    ``starts`` (key strings, ``0`` for any decimal digit): searched for over ``"\\n"`` and
    a screen key, it finds the line feed before each line that begins with one of them
    once its ``lead`` characters are stripped.

    A start that itself begins with a ``lead`` character can begin no stripped line: it is
    left out, so the pattern needs no possessive repeat (Python 3.10 has none).

    >>> pattern = starts_re(["share", "0min", "»x"], "»-")
    >>> [m.start() for m in pattern.finditer("\\nshare\\n»»5mins\\n»xy\\nsharp")]
    [0, 6]
    """
    kept = sorted({start for start in starts if start and start[0] not in lead})
    trie: Trie = {}
    for start in kept:  # (Sorted: a start comes before those it starts.)
        _insert(trie, start)
    lead_class = f"[{re.escape(lead)}]*" if lead else ""
    return re.compile(f"\\n{lead_class}{_source(trie) if trie else '(?!)'}")


def _insert(trie: Trie, string: str) -> None:
    """Add ``string`` to ``trie``, unless a start of it is there: that one is enough.

    >>> trie: Trie = {}
    >>> for string in ("ab", "abc", "b"): _insert(trie, string)
    >>> trie
    {'a': {'b': {}}, 'b': {}}
    """
    node = trie
    for character in string:
        if character not in node:
            node[character] = {}
        elif not node[character]:
            return  # A shorter start ends here (it was added first: they are sorted).
        node = node[character]


def _source(trie: Trie) -> str:
    """The regex source of a non-empty trie (its characters in sorted order, those that
    end a start gathered in one class).

    >>> _source({"a": {}, "b": {}, "c": {"d": {}, "e": {"f": {}}}})
    '(?:[ab]|c(?:d|ef))'
    """
    ends = [character for character, node in sorted(trie.items()) if not node]
    branches = [_pattern_char(c) + _source(node) for c, node in sorted(trie.items()) if node]
    if len(ends) == 1:
        branches.insert(0, _pattern_char(ends[0]))
    elif ends:
        branches.insert(0, "[" + "".join(_pattern_char(c, in_class=True) for c in ends) + "]")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _pattern_char(character: str, *, in_class: bool = False) -> str:
    """A key character as regex: ``0`` stands for any decimal digit (``\\d`` matches what
    ``str.isdecimal`` holds, tests check it)."""
    if character == "0":
        return "\\d"
    return re.escape(character) if not in_class or character in "\\]^-[" else character


class StartLines:
    """The lines of screen keys that may begin with one of ``starts`` (see :func:`starts_re`),
    found line by line until :data:`PATTERN_AFTER_LINES` lines are read, then by the pattern.

    >>> list(StartLines(["share"], "»").of("a\\n»share\\nb", 3))
    [0, 1, 2]
    """

    def __init__(self, starts: Iterable[str], lead: str) -> None:
        self._starts = tuple(starts)
        self._lead = lead
        self._read = 0
        self._pattern: re.Pattern[str] | None = None

    def of(self, key: str, count: int) -> Iterable[int]:
        """The indexes of the ``count`` lines of ``key`` to look up: every one, until enough
        lines were read so; then those whose start the pattern finds (with every line that
        begins with a start, tests check)."""
        if self._pattern is None:
            if self._read + count <= PATTERN_AFTER_LINES:
                self._read += count
                return range(count)
            self._pattern = starts_re(self._starts, self._lead)
        return _found_lines(self._pattern, key)


def _found_lines(pattern: re.Pattern[str], key: str) -> Iterator[int]:
    """The indexes of the lines of ``key`` whose line feed the starts' ``pattern`` finds.

    >>> list(_found_lines(starts_re(["ab"], ""), "ab\\nx\\nabc"))
    [0, 2]
    """
    line = last = 0
    for match in pattern.finditer("\n" + key):
        start = match.start()  # (Its line's line feed, one place on in the key.)
        line += key.count("\n", last, start)
        last = start
        yield line
