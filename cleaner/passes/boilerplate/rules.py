"""The rule library of the ``boilerplate`` pass: parsed from ``cleaner/data/boilerplate/``.

Each ``<family>.txt`` holds ``KIND ID PATTERN`` lines (see the README there). The files are
read once, on first use, so that ``import cleaner`` stays fast, and each rule is compiled
only when a line may match it (see :mod:`.screen`).
"""

from __future__ import annotations

import json
import os
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from functools import cache, cached_property
from typing import NamedTuple

from cleaner.data import data_path, read_data
from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.screen import (
    Needles,
    could_match,
    json_text,
    pattern_facts,
    screen_key,
    shipped_facts,
)
from cleaner.passes.layout import INVISIBLE_CHARS, has_plain_spacing

# Where a rule may remove a line: anywhere, in the edge zones, or only next to furniture.
STRONG, EDGE, LABEL = "strong", "edge", "label"
KINDS = (STRONG, EDGE, LABEL)
# The rank of a kind when several rules match one line: the strongest wins.
KIND_RANK = {STRONG: 0, EDGE: 1, LABEL: 2}

# A rule line: kind, id, then the pattern (the rest of the line, spaces included).
RULE_LINE_RE = lazy_compile(r"^(\w+)\s+([\w.-]+)\s+(\S.*?)\s*$")
# A folder of one language's rules: its ISO 639-1 code.
LANGUAGE_FOLDER_RE = re.compile(r"[a-z]{2}")
# Decorations around a line that say nothing: bullets, arrows, pipes, quote marks of lists.
LEAD_DECORATION_RE = lazy_compile(r"^[\s\-–—*•·»«›‹>|#=~+→←]*(?=\S)")
TRAIL_DECORATION_RE = lazy_compile(r"[\s\-–—*•·»«›‹>|#=~+→←]*$")
# The library parsed and screened ahead by tools/build_boilerplate_screen.py.
LIBRARY_FILE = "boilerplate_library.json"
# Trailing punctuation that any rule allows: a rule needs not spell ``Comments:`` or ``Share!``.
TRAILING_PUNCTUATION = r"\s*[.:!?…,;]*"
# A run of whitespace inside a line, matched by one space in the rules.
SPACE_RUN_RE = lazy_compile(r"\s+")
# The decoration characters of TRAIL_DECORATION_RE, besides whitespace.
DECORATION_CHARS = "-–—*•·»«›‹>|#=~+→←"
# The characters of TRAILING_PUNCTUATION's final run.
TRAILING_PUNCTUATION_CHARS = ".:!?…,;"


class Rule:
    """One pattern of furniture: its family (file), id, kind and full-line regex (``source``,
    compiled on first use), with what a line must hold for it to match (``needles``, ``width``:
    see :mod:`.screen`; None when unknown), and the language it applies in (it goes only
    where that language is found), or None: anywhere
    (``cleaner/data/boilerplate/<language>/furniture.txt``, else None).

    Rules are equal when all but their screen facts are, which their source decides. (A
    plain class: a dataclass would import ``dataclasses`` and ``inspect``, ~8 ms of every
    process's start-up.)
    """

    family: str
    id: str
    kind: str
    source: str
    needles: Needles | None
    width: int | None
    language: str | None

    def __init__(
        self,
        family: str,
        id: str,
        kind: str,
        source: str,
        needles: Needles | None = None,
        width: int | None = None,
        language: str | None = None,
    ) -> None:
        self.family, self.id, self.kind, self.source = family, id, kind, source
        self.needles, self.width, self.language = needles, width, language

    def in_language(self, language: str) -> Rule:
        """This rule, applying only where ``language`` is found."""
        return Rule(
            self.family, self.id, self.kind, self.source, self.needles, self.width, language
        )

    def _compared(self) -> tuple[str, str, str, str, str | None]:
        return self.family, self.id, self.kind, self.source, self.language

    def __eq__(self, other: object) -> bool:
        return type(other) is Rule and self._compared() == other._compared()

    def __hash__(self) -> int:  # (Each cache keyed by a tuple of rules hashes them all.)
        return hash((self.family, self.id, self.kind, self.source, self.language))

    def __repr__(self) -> str:
        return (
            f"Rule(family={self.family!r}, id={self.id!r}, kind={self.kind!r}, "
            f"source={self.source!r}, language={self.language!r})"
        )

    @cached_property
    def begins_wrapped(self) -> bool:
        """Whether the rule may match a line of furniture wrapped over several physical
        lines, none of which it matches alone: a strong rule of every language."""
        return self.kind == STRONG and self.language is None

    @property
    def name(self) -> str:
        """The name ``explain`` shows: ``family/id``."""
        return f"{self.family}/{self.id}"

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex (case-insensitive), compiled once, when first needed."""
        return re.compile(self.source, re.IGNORECASE)


# Characters that show nothing (a run of them).
INVISIBLE_RE = lazy_compile(f"[{INVISIBLE_CHARS}]+")


def normalize_line(line: str) -> str:
    """The form of a line that rules match: trimmed, single-spaced, decorations stripped.

    Soft hyphens and zero-width characters are dropped: unwrap removes soft hyphens later,
    and a line must be judged the same before and after.

    >>> normalize_line("  » Share  this:  |")
    'Share this:'
    >>> normalize_line("Com\u00adments")
    'Comments'
    """
    if not line.isprintable():  # Else no invisible character, no space but " " (a test).
        if not line.isascii():
            line = INVISIBLE_RE.sub("", line)
        if not has_plain_spacing(line):  # Else every run is one space already.
            line = SPACE_RUN_RE.sub(" ", line)
    elif "  " in line:
        # (Its only space is " ": stripped first, an indentation needs no search, and an RFC
        # indents every line.)
        line = line.strip()
        if "  " in line:
            line = SPACE_RUN_RE.sub(" ", line)
    line = line.strip()
    if line[:1] in DECORATION_CHARS:  # Else (a stripped line) nothing leads.
        line = LEAD_DECORATION_RE.sub("", line)
    last = line[-1:]
    if not last or last in DECORATION_CHARS or last.isspace():  # Else nothing trails.
        line = TRAIL_DECORATION_RE.sub("", line)
    return line


# A space between two letters in a rule's pattern (made optional when compiled).
SPACE_BETWEEN_LETTERS_RE = lazy_compile(r"(?<=[A-Za-z]) (?=[A-Za-z])")


def rule_source(pattern: str) -> str:
    """The regex, matched case-insensitively, of a rule's pattern as a whole normalized line.

    A space between two letters of the pattern may be missing from the line: extraction
    often loses the space where a tag ended, and the split pass, which runs later, may
    put it back, so the line must match either way.

    >>> print(rule_source("leave a reply"))
    (?:leave ?a ?reply)\\s*[.:!?…,;]*
    >>> bool(re.fullmatch(rule_source("in this browser"), "In thisbrowser:", re.IGNORECASE))
    True
    """
    pattern = SPACE_BETWEEN_LETTERS_RE.sub(" ?", pattern)
    return f"(?:{pattern}){TRAILING_PUNCTUATION}"


def make_rule(family: str, rule_id: str, kind: str, pattern: str) -> Rule:
    """A rule with its screen facts: the shipped ones if its pattern has them, else parsed
    now, and then also compiled now, so that a bad pattern raises ``re.error`` here."""
    source = rule_source(pattern)
    facts = shipped_facts().get(source)
    if facts is not None:  # Known to compile: tools/build_boilerplate_screen.py did.
        return Rule(family, rule_id, kind, source, *facts)
    rule = Rule(family, rule_id, kind, source, *pattern_facts(source, TRAILING_PUNCTUATION))
    _ = rule.pattern
    return rule


def parse_rules(family: str, text: str, language: str | None = None) -> list[Rule]:
    """Parse one family's file; a bad line raises ``ValueError`` naming it.

    >>> [r.name for r in parse_rules("ads", "# comment\\nstrong  ad-label  advertisement")]
    ['ads/ad-label']
    """
    rules = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = RULE_LINE_RE.match(line)
        if match is None or match.group(1) not in KINDS:
            raise ValueError(
                f"{family}.txt line {number}: expected 'KIND ID PATTERN', "
                f"KIND one of {', '.join(KINDS)}: {line!r}"
            )
        try:
            rule = make_rule(family, *match.group(2, 1, 3))
            rules.append(rule if language is None else rule.in_language(language))
        except re.error as error:
            raise ValueError(f"{family}.txt line {number}: bad pattern: {error}") from None
    return rules


def library_files() -> list[tuple[str, str, str | None]]:
    """``(family, text, language)`` of each rule file of the library, in library order.

    The files of the folder are English (and rules for any text); each language folder
    (``de/``, ``fr/``...) holds ``anywhere.txt``, strings no prose reads like, and
    ``furniture.txt``, rules that apply only where their language is found.
    """
    files: list[tuple[str, str, str | None]] = []
    for name in sorted(os.listdir(data_path("boilerplate"))):
        if name.endswith(".txt"):
            files.append((name[: -len(".txt")], read_data("boilerplate", name), None))
        elif LANGUAGE_FOLDER_RE.fullmatch(name):
            for family, bound in (("anywhere", False), ("furniture", True)):
                text = read_data("boilerplate", name, f"{family}.txt")
                files.append((f"{name}/{family}", text, name if bound else None))
    return files


def library_checksum(files: list[tuple[str, str, str | None]]) -> int:
    """A checksum of the rule files' names and texts: the shipped library is theirs if equal.

    >>> library_checksum([("ads", "strong ad advert", None)]) != library_checksum([])
    True
    """
    return zlib.crc32("\0".join(f"{family}\0{text}" for family, text, _ in files).encode())


@cache
def library_rules() -> tuple[Rule, ...]:
    """Every rule of the shipped library, read once (and compiled rule by rule, as needed):
    from :data:`LIBRARY_FILE` while it was built from the files as they are, else parsed."""
    shipped = shipped_library()
    return shipped.rules if shipped is not None else parse_library(library_files())


def parse_library(files: list[tuple[str, str, str | None]]) -> tuple[Rule, ...]:
    """The rules of the library's ``files`` (:func:`library_files`), parsed (never read from
    the shipped library: what builds it and tests it use).

    >>> parse_library([("ads", "strong  ad-label  advertisement", None)])[0].name
    'ads/ad-label'
    """
    return tuple(rule for file in files for rule in parse_rules(*file))


class ShippedLibrary(NamedTuple):
    """The library as ``tools/build_boilerplate_screen.py`` parsed it: its rules, and the
    rule indexes by line start of :mod:`.lines`' screen (short lines, long lines)."""

    rules: tuple[Rule, ...]
    short_starts: dict[str, list[int]]
    long_starts: dict[str, list[int]]


@cache
def shipped_library() -> ShippedLibrary | None:
    """The shipped library if it was built from the rule files as they are, else None (a
    rule edited since: parsed instead, with the same result, only slower)."""
    table = json.loads(read_data(LIBRARY_FILE))
    if table["checksum"] != library_checksum(library_files()):
        return None
    rules = tuple(
        Rule(
            family,
            rule_id,
            kind,
            source,
            None if needles is None else frozenset(needles),
            width,
            language,
        )
        for family, rule_id, kind, source, needles, width, language in table["rules"]
    )
    return ShippedLibrary(rules, table["short_starts"], table["long_starts"])


def format_library(rules: Sequence[Rule], checksum: int, starts: tuple[dict, dict]) -> str:
    """The text of :data:`LIBRARY_FILE`: the ``checksum`` of the files, one rule a line, and
    the screen's two start tables (``starts``) one start a line, sorted."""

    def rows(table: dict) -> str:
        return ",\n".join(
            f"{json_text(start)}: {json_text(table[start])}" for start in sorted(table)
        )

    rule_rows = ",\n".join(
        json_text(
            [
                r.family,
                r.id,
                r.kind,
                r.source,
                None if r.needles is None else sorted(r.needles),
                r.width,
                r.language,
            ]
        )
        for r in rules
    )
    short, long = starts
    return (
        f'{{"checksum": {checksum},\n"rules": [\n{rule_rows}\n],\n'
        f'"short_starts": {{\n{rows(short)}\n}},\n"long_starts": {{\n{rows(long)}\n}}\n}}\n'
    )


@cache
def user_rules(patterns: tuple[str, ...], family: str) -> tuple[Rule, ...]:
    """Rules from the config (``extra_patterns``): strong, named by their position.

    A pattern that is not a valid regex is matched as literal text, so a config never
    makes the pass raise.
    """
    return tuple(
        _user_rule(family, str(number), pattern) for number, pattern in enumerate(patterns, start=1)
    )


def _user_rule(family: str, rule_id: str, pattern: str) -> Rule:
    try:
        return make_rule(family, rule_id, STRONG, pattern)
    except re.error:
        return make_rule(family, rule_id, STRONG, re.escape(pattern))


@cache
def all_rules(extra_patterns: tuple[str, ...], disable: tuple[str, ...] = ()) -> tuple[Rule, ...]:
    """The library's rules and the config's ``extra_patterns``, but those ``disable`` names
    (``family/id``), cached by the patterns (a short key: hashing the rules would cost more)."""
    rules = library_rules() + user_rules(extra_patterns, "extra_patterns")
    return tuple(rule for rule in rules if rule.name not in disable) if disable else rules


def candidate_rules(line: str, rules: Iterable[Rule]) -> list[Rule]:
    """The ``rules`` that may match the normalized ``line``, in order, found without
    compiling them: every rule that matches it is among them.

    >>> [r.id for r in candidate_rules("Leave a Reply", library_rules())]
    ['leave-a-reply', 'comments-label', 'pagination', 'date-line']
    """
    key, length = screen_key(line), core_length(line)
    return [rule for rule in rules if could_match(key, length, rule.needles, rule.width)]


@cache
def any_rule_re(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    """One alternation of all ``rules``: a cheap first test, since most lines match none."""
    if not rules:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{r.source})" for r in rules), re.IGNORECASE)


@cache
def rule_screen(rules: tuple[Rule, ...]) -> tuple[re.Pattern[str], int, re.Pattern[str]]:
    """The cheap first tests of a line: ``(any_re, bound, open_re)``, cached together
    (hashing the rules for a cache look-up costs more than the look-up).

    ``any_re`` is :func:`any_rule_re` of ``rules``. No rule but those of ``open_re`` (an
    alternation of the rules whose patterns have no length bound) can match a line longer
    than ``bound`` before its trailing punctuation (see :func:`core_length`). Most rules
    spell a short phrase, and a paragraph of prose is long, so its line is tried against a
    few rules rather than all of them.

    >>> _, bound, open_re = rule_screen(tuple(parse_rules("x", "strong a share( this)?")))
    >>> bound, open_re.pattern
    (10, '(?!)')
    """
    bounded = [rule.width for rule in rules if rule.width is not None]
    unbounded = tuple(rule for rule in rules if rule.width is None)
    return any_rule_re(rules), max(bounded, default=0), any_rule_re(unbounded)


# Lines a process screens rule by rule (~45 us a line, compiling only the rules they may
# match) before it compiles the alternation of all rules (~40 ms, once; then ~12 us a line):
# a pre-commit run on a few files never pays for the alternation, a big run soon does.
SCREEN_BUDGET_LINES = 1000

# Lines shorter than this are tried against all rules at once, without the screen: a
# text of short lines never pays the ~10 ms that building the screen takes.
SCREEN_FROM_LENGTH = 200


@cache
def line_tests(
    extra_patterns: tuple[str, ...], disable: tuple[str, ...] = ()
) -> tuple[tuple[Rule, ...], re.Pattern[str]]:
    """:func:`all_rules` and their alternation, cached by the patterns."""
    rules = all_rules(extra_patterns, disable)
    return rules, any_rule_re(rules)


@cache
def long_line_tests(
    extra_patterns: tuple[str, ...], disable: tuple[str, ...] = ()
) -> tuple[int, re.Pattern[str]]:
    """``(bound, open_re)`` of :func:`rule_screen` for :func:`line_tests`' rules."""
    _, bound, open_re = rule_screen(line_tests(extra_patterns, disable)[0])
    return bound, open_re


class _ScreenBudget:
    """Lines this process may still screen rule by rule (see SCREEN_BUDGET_LINES). (A
    plain class, as the start-up path's other records: a dataclass costs ~0.3 ms to make.)"""

    def __init__(self) -> None:
        self.lines = SCREEN_BUDGET_LINES


@cache
def _screen_budget(extra_patterns: tuple[str, ...]) -> _ScreenBudget:
    return _ScreenBudget()


def _screens_rule_by_rule(line_count: int, extra_patterns: tuple[str, ...]) -> bool:
    """Whether a text of ``line_count`` lines is screened rule by rule, within the budget;
    once a text exceeds what is left of it, every text after it uses the alternation. The
    choice changes the speed only: both ways find the same rules (tests check it)."""
    budget = _screen_budget(extra_patterns)
    if line_count > budget.lines:
        budget.lines = 0
        return False
    budget.lines -= line_count
    return True


def rule_finder(
    line_count: int, extra_patterns: tuple[str, ...], disable: tuple[str, ...] = ()
) -> Callable[[str], Sequence[Rule]]:
    """A function giving the rules that may match a normalized line (every rule that does).

    Rule by rule (see :func:`_screens_rule_by_rule`), the rules whose needles the line holds
    (compiled as they are first tried); else, all rules if their alternation matches.
    """
    if _screens_rule_by_rule(line_count, extra_patterns):
        rules = all_rules(extra_patterns, disable)
        return lambda normal: candidate_rules(normal, rules)
    rules, any_re = line_tests(extra_patterns, disable)
    return lambda normal: rules if _may_match(normal, extra_patterns, any_re, disable) else ()


def _may_match(
    normal: str,
    extra_patterns: tuple[str, ...],
    any_re: re.Pattern[str],
    disable: tuple[str, ...] = (),
) -> bool:
    """Whether any rule matches the normalized line: their alternation, or past the bound
    only the unbounded rules (the same answer, faster)."""
    if (length := core_length(normal)) > SCREEN_FROM_LENGTH:
        bound, open_re = long_line_tests(extra_patterns, disable)
        if length > bound:
            return bool(open_re.fullmatch(normal))
    return bool(any_re.fullmatch(normal))


def core_length(line: str) -> int:
    """The length of a normalized line without what TRAILING_PUNCTUATION could match.

    >>> core_length("Share this !?")
    10
    """
    return len(line.rstrip(TRAILING_PUNCTUATION_CHARS).rstrip())


def best_rule(line: str, rules: Iterable[Rule]) -> Rule | None:
    """The strongest rule matching the normalized ``line`` as a whole, if any."""
    matching = [rule for rule in rules if rule.pattern.fullmatch(line)]
    return min(matching, key=lambda r: KIND_RANK[r.kind]) if matching else None
