"""The boilerplate screen: a line's candidate rules hold every rule that matches it, and the
pass removes the same lines, for the same rules, whichever way it finds them."""

from __future__ import annotations

import re
import string
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.data import read_data
from cleaner.passes import boilerplate
from cleaner.passes.boilerplate import matching as boilerplate_matching
from cleaner.passes.boilerplate import rules as boilerplate_rules
from cleaner.passes.boilerplate.rules import (
    TRAILING_PUNCTUATION,
    core_length,
    library_rules,
    make_rule,
    normalize_line,
    parse_rules,
)
from cleaner.passes.boilerplate.screen import (
    SCREEN_FILE,
    could_match,
    format_facts,
    pattern_facts,
    screen_key,
)

REPO = Path(__file__).resolve().parents[2]
FURNITURE = [
    line
    for line in (REPO / "bench" / "data" / "boilerplate" / "furniture.txt").read_text().splitlines()
    if line and line[0] not in "#@."
]
FIXTURE_TEXTS = [
    path.read_text(encoding="utf-8")
    for path in sorted((REPO / "fixtures").glob("*/*.txt"))
    if path.name in ("input.txt", "expected.txt")
]
RULES = library_rules()
# Characters IGNORECASE matches with an ASCII letter, and spaces a line may lack or hold.
CASE_TWINS = {"s": "ſS", "i": "ıİI", "k": "KK"}


def test_the_shipped_facts_are_those_of_the_rules() -> None:
    """Rebuild with tools/build_boilerplate_screen.py after editing a rule."""
    expected = format_facts([rule.source for rule in RULES], TRAILING_PUNCTUATION)
    assert read_data(SCREEN_FILE) == expected


def test_every_rule_has_its_patterns_facts_and_compiles() -> None:
    for rule in RULES:
        assert (rule.needles, rule.width) == pattern_facts(rule.source, TRAILING_PUNCTUATION)
        assert rule.pattern.pattern == rule.source


def test_only_two_rules_have_no_needles() -> None:
    assert sorted(r.name for r in RULES if r.needles is None) == [
        "navigation/pagination",
        "stamps/date-line",
    ]


def test_case_folding_follows_ignorecase_for_every_code_point() -> None:
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        if ascii_letter.fullmatch(char):
            folded = screen_key(char)
            assert folded in string.ascii_lowercase, repr(char)
            assert re.fullmatch(folded, char, re.IGNORECASE), repr(char)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:\d+ (comments?|replies)(?= )?.{0,9})",
        r"(?:[«‹] ?(next|prev) (post|page)s?)",
        r"(?:(a|b|c|d|e|f|g|h)(i|j|k|l|m|n|o|p)(q|r|s|t|u|v|w|x)(y|z|é|ü))",
        r"(?:(ab){2,3}|\w+ (x|y){1,}z|[^a]bc|(?i:Straße))",
        r"(?:café|[a-f]x|(?!no)yes|\bword\b)",
    ],
)
def test_needles_hold_for_constructs(pattern: str) -> None:
    rule = make_rule("t", "x", "strong", pattern)
    strings = st.from_regex(rule.pattern, fullmatch=True)

    @settings(max_examples=200, deadline=None)
    @given(strings.flatmap(_variants))
    def check(line: str) -> None:
        if rule.pattern.fullmatch(line):
            assert could_match(screen_key(line), core_length(line), rule.needles, rule.width)

    check()


def _variants(line: str) -> st.SearchStrategy[str]:
    """``line`` with some letters swapped for case twins and some spaces dropped."""
    choices = [
        st.sampled_from([c, c.swapcase(), *CASE_TWINS.get(c.lower(), "")])
        if c.isalpha()
        else st.sampled_from([c, ""] if c == " " else [c])
        for c in line
    ]
    return st.tuples(*choices).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.data())
def test_every_rule_a_line_matches_is_a_candidate(data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from(RULES))
    line = data.draw(st.from_regex(rule.pattern, fullmatch=True).flatmap(_variants))
    if rule.pattern.fullmatch(line):
        assert could_match(screen_key(line), core_length(line), rule.needles, rule.width)
        normal = normalize_line(line)
        if rule.pattern.fullmatch(normal):
            assert could_match(screen_key(normal), core_length(normal), rule.needles, rule.width)


def _both_plans(text: str, **options: object) -> tuple[object, object]:
    with mock.patch.object(boilerplate_rules, "_screens_rule_by_rule", lambda *_: True):
        screened = boilerplate.plan_removal(text, **options)  # type: ignore[arg-type]
    with mock.patch.object(boilerplate_rules, "_screens_rule_by_rule", lambda *_: False):
        alternation = boilerplate.plan_removal(text, **options)  # type: ignore[arg-type]
    return screened, alternation


def test_both_ways_agree_on_every_fixture_and_furniture_line() -> None:
    for text in [*FIXTURE_TEXTS, "\n".join(FURNITURE)]:
        screened, alternation = _both_plans(text)
        assert screened == alternation
    for line in FURNITURE:
        screened, alternation = _both_plans(line)
        assert screened == alternation


PROSE = st.text(alphabet=string.ascii_letters + " .,'’-ſıİK«»|" + "éü", max_size=120)
FRAGMENT = st.sampled_from(RULES).flatmap(lambda r: st.from_regex(r.pattern, fullmatch=True))
LINE = st.one_of(st.sampled_from(FURNITURE), FRAGMENT.flatmap(_variants), PROSE, st.just(""))


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=12), st.sampled_from([(), ("share this",), ("[",)]))
def test_both_ways_agree_on_generated_texts(lines: list[str], extra: tuple[str, ...]) -> None:
    text = "\n".join(lines)
    screened, alternation = _both_plans(text, extra_patterns=extra)
    assert screened == alternation


def test_a_bad_pattern_still_names_its_line() -> None:
    with pytest.raises(ValueError, match=r"x\.txt line 2: bad pattern"):
        parse_rules("x", "strong a ok\nstrong b (unclosed")
    with pytest.raises(ValueError, match=r"x\.txt line 1: bad pattern"):
        parse_rules("x", "strong b (?<=a+)b")  # parses, but does not compile


def test_a_small_text_compiles_only_the_rules_its_lines_may_match() -> None:
    rules = parse_rules("t", read_data("boilerplate", "comments.txt"))  # fresh, uncompiled
    with (
        mock.patch.object(boilerplate_rules, "all_rules", lambda extra, disable=(): rules),
        mock.patch.object(boilerplate_matching, "all_rules", lambda *_: tuple(rules)),
        mock.patch.object(boilerplate_rules, "_screens_rule_by_rule", lambda *_: True),
    ):
        text = "The minister spoke for an hour about the budget.\n\nLeave a Reply\n"
        assert boilerplate.remove_boilerplate(text) == text.replace("\nLeave a Reply\n", "")
    compiled = [rule.id for rule in rules if "pattern" in vars(rule)]
    # Only the rules whose lines may start as these do ("lea", "the"), of 26.
    assert compiled == ["leave-a-reply"]


def test_a_process_screens_rule_by_rule_until_the_alternation_pays_off() -> None:
    screens, budget = boilerplate_rules._screens_rule_by_rule, boilerplate_rules.SCREEN_BUDGET_LINES
    extra = ("a test's own budget",)
    assert screens(10, extra) and screens(budget - 10, extra)
    assert not screens(1, extra)  # spent: the alternation now
    other = ("another budget",)
    assert not screens(budget + 1, other)
    assert not screens(1, other)  # a big text spends it all
