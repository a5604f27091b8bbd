"""The rule library of the ``boilerplate`` pass: parsed from ``cleaner/data/boilerplate/``.

Each ``<family>.txt`` holds ``KIND ID PATTERN`` lines (see the README there). The files are
read and compiled once, on first use, so that ``import cleaner`` stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from cleaner.passes.layout import has_plain_spacing

# Where a rule may remove a line: anywhere, in the edge zones, or only next to furniture.
STRONG, EDGE, LABEL = "strong", "edge", "label"
KINDS = (STRONG, EDGE, LABEL)
# The rank of a kind when several rules match one line: the strongest wins.
KIND_RANK = {STRONG: 0, EDGE: 1, LABEL: 2}

# A rule line: kind, id, then the pattern (the rest of the line, spaces included).
RULE_LINE_RE = re.compile(r"^(\w+)\s+([\w.-]+)\s+(\S.*?)\s*$")
# Decorations around a line that say nothing: bullets, arrows, pipes, quote marks of lists.
LEAD_DECORATION_RE = re.compile(r"^[\s\-–—*•·»«›‹>|#=~+→←]*(?=\S)")
TRAIL_DECORATION_RE = re.compile(r"[\s\-–—*•·»«›‹>|#=~+→←]*$")
# Trailing punctuation that any rule allows: a rule needs not spell ``Comments:`` or ``Share!``.
TRAILING_PUNCTUATION = r"\s*[.:!?…,;]*"
# A run of whitespace inside a line, matched by one space in the rules.
SPACE_RUN_RE = re.compile(r"\s+")
# The decoration characters of TRAIL_DECORATION_RE, besides whitespace.
DECORATION_CHARS = "-–—*•·»«›‹>|#=~+→←"
# The characters of TRAILING_PUNCTUATION's final run.
TRAILING_PUNCTUATION_CHARS = ".:!?…,;"


@dataclass(frozen=True)
class Rule:
    """One pattern of furniture: its family (file), id, kind and compiled full-line regex."""

    family: str
    id: str
    kind: str
    pattern: re.Pattern[str]

    @property
    def name(self) -> str:
        """The name ``explain`` shows: ``family/id``."""
        return f"{self.family}/{self.id}"


# Characters that show nothing: soft hyphen, zero-width space/joiners, word joiner, BOM.
INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]+")


def normalize_line(line: str) -> str:
    """The form of a line that rules match: trimmed, single-spaced, decorations stripped.

    Soft hyphens and zero-width characters are dropped: unwrap removes soft hyphens later,
    and a line must be judged the same before and after.

    >>> normalize_line("  » Share  this:  |")
    'Share this:'
    >>> normalize_line("Com\u00adments")
    'Comments'
    """
    if not line.isascii():
        line = INVISIBLE_RE.sub("", line)
    if not has_plain_spacing(line):  # Else every run is one space already.
        line = SPACE_RUN_RE.sub(" ", line)
    line = LEAD_DECORATION_RE.sub("", line.strip())
    last = line[-1:]
    if not last or last in DECORATION_CHARS or last.isspace():  # Else nothing trails.
        line = TRAIL_DECORATION_RE.sub("", line)
    return line


# A space between two letters in a rule's pattern (made optional when compiled).
SPACE_BETWEEN_LETTERS_RE = re.compile(r"(?<=[A-Za-z]) (?=[A-Za-z])")


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a rule's pattern to match a whole normalized line, case-insensitively.

    A space between two letters of the pattern may be missing from the line: extraction
    often loses the space where a tag ended, and the split pass, which runs later, may
    put it back, so the line must match either way.

    >>> bool(compile_pattern("leave a reply").fullmatch("Leave a Reply:"))
    True
    >>> bool(compile_pattern("in this browser").fullmatch("in thisbrowser"))
    True
    """
    pattern = SPACE_BETWEEN_LETTERS_RE.sub(" ?", pattern)
    return re.compile(f"(?:{pattern}){TRAILING_PUNCTUATION}", re.IGNORECASE)


def parse_rules(family: str, text: str) -> list[Rule]:
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
        kind, rule_id, pattern = match.groups()
        try:
            rules.append(Rule(family, rule_id, kind, compile_pattern(pattern)))
        except re.error as error:
            raise ValueError(f"{family}.txt line {number}: bad pattern: {error}") from None
    return rules


@cache
def library_rules() -> tuple[Rule, ...]:
    """Every rule of the shipped library, read and compiled once."""
    folder = resources.files("cleaner").joinpath("data", "boilerplate")
    rules: list[Rule] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            rules.extend(parse_rules(entry.name[: -len(".txt")], entry.read_text("utf-8")))
    return tuple(rules)


@cache
def user_rules(patterns: tuple[str, ...], family: str) -> tuple[Rule, ...]:
    """Rules from the config (``extra_patterns``): strong, named by their position.

    A pattern that is not a valid regex is matched as literal text, so a config never
    makes the pass raise.
    """
    return tuple(
        Rule(family, str(number), STRONG, _compile_user_pattern(pattern))
        for number, pattern in enumerate(patterns, start=1)
    )


def _compile_user_pattern(pattern: str) -> re.Pattern[str]:
    try:
        return compile_pattern(pattern)
    except re.error:
        return compile_pattern(re.escape(pattern))


@cache
def any_rule_re(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    """One alternation of all ``rules``: a cheap first test, since most lines match none."""
    if not rules:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules), re.IGNORECASE)


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
    bounded, unbounded = [], []
    for rule in rules:
        width = _max_width(rule.pattern.pattern)
        if width is None:
            unbounded.append(rule)
        else:
            bounded.append(width)
    return any_rule_re(rules), max(bounded, default=0), any_rule_re(tuple(unbounded))


# Lines shorter than this are tried against all rules at once, without the screen: a
# text of short lines never pays the ~10 ms that building the screen takes.
SCREEN_FROM_LENGTH = 200


@cache
def line_tests(extra_patterns: tuple[str, ...]) -> tuple[tuple[Rule, ...], re.Pattern[str]]:
    """The library's rules and the config's ``extra_patterns``, and their alternation,
    cached by the patterns (a short key: hashing the rules would cost more)."""
    rules = library_rules() + user_rules(extra_patterns, "extra_patterns")
    return rules, any_rule_re(rules)


@cache
def long_line_tests(extra_patterns: tuple[str, ...]) -> tuple[int, re.Pattern[str]]:
    """``(bound, open_re)`` of :func:`rule_screen` for :func:`line_tests`' rules."""
    _, bound, open_re = rule_screen(line_tests(extra_patterns)[0])
    return bound, open_re


def core_length(line: str) -> int:
    """The length of a normalized line without what TRAILING_PUNCTUATION could match.

    >>> core_length("Share this !?")
    10
    """
    return len(line.rstrip(TRAILING_PUNCTUATION_CHARS).rstrip())


def _max_width(pattern: str) -> int | None:
    """The most characters a rule's pattern can match before its trailing punctuation,
    or None when unbounded or unknown (the parser is ``re``'s own, in Python 3.11+)."""
    parser = getattr(re, "_parser", None)
    if parser is None or not pattern.endswith(TRAILING_PUNCTUATION):
        return None
    try:
        _, high = parser.parse(pattern.removesuffix(TRAILING_PUNCTUATION)).getwidth()
    except Exception:  # A private API: without it, no screen, and the same result.
        return None
    return high if high < parser.MAXREPEAT else None


def best_rule(line: str, rules: Iterable[Rule]) -> Rule | None:
    """The strongest rule matching the normalized ``line`` as a whole, if any."""
    matching = [rule for rule in rules if rule.pattern.fullmatch(line)]
    return min(matching, key=lambda r: KIND_RANK[r.kind]) if matching else None
