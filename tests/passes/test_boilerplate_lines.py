"""The line screen of long texts finds the same furniture as trying every line."""

from __future__ import annotations

import gzip
import random
import re
import sys
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.passes.boilerplate import lines as boilerplate_lines
from cleaner.passes.boilerplate import plan_removal
from cleaner.passes.boilerplate.lines import (
    KEY_TABLE,
    document_key,
    line_candidates,
    rule_prefixes,
)
from cleaner.passes.boilerplate.prefixes import (
    PREFIX,
    PREFIX_FILE,
    START_SKIPPED,
    fold_digits,
    format_prefixes,
    parse_prefixes,
)
from cleaner.passes.boilerplate.rules import library_rules, normalize_line

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures"


def furniture_lines() -> list[str]:
    """Every non-blank line of the fixtures and the boilerplate benchmark's corpus."""
    lines = []
    for path in sorted(FIXTURES.glob("*/input.txt")):
        lines += path.read_bytes().decode("utf-8").splitlines()
    for path in sorted((REPO / "bench" / "data" / "boilerplate").glob("**/*")):
        if path.is_file() and path.suffix in (".txt", ".gz"):
            data = path.read_bytes()
            data = gzip.decompress(data) if path.suffix == ".gz" else data
            lines += data.decode("utf-8", "replace").splitlines()
    return [line for line in lines if line.strip()]


@cache
def furniture_lines_once() -> list[str]:
    """:func:`furniture_lines`, read once (hypothesis calls a test many times)."""
    return furniture_lines()


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return furniture_lines()


def test_every_line_a_rule_matches_gets_that_rule(lines: list[str]) -> None:
    rules = library_rules()
    rng = random.Random(5)
    decorated = [rng.choice(["", "» ", "- ", "  ", "* "]) + line for line in lines]
    text = "\n".join(decorated * (1 + boilerplate_lines.MIN_LINES // len(decorated))) + "\n"
    screened = line_candidates(text, rules)
    assert screened is not None
    found = dict(screened)
    checked = 0
    for i, line in enumerate(text.split("\n")[:-1]):
        normal = normalize_line(line)
        for index, rule in enumerate(rules):
            if normal and rule.pattern.fullmatch(normal):
                assert index in found.get(i, ()), (line, rule.name)
                checked += 1
    assert checked > 200


@pytest.mark.parametrize("start", range(0, 3000, 500))
def test_both_ways_plan_the_same(lines: list[str], start: int, monkeypatch) -> None:
    text = "\n\n".join(lines[start : start + 500]) + "\n"
    monkeypatch.setattr(boilerplate_lines, "MIN_LINES", 10**9)
    every_line = plan_removal(text)
    monkeypatch.setattr(boilerplate_lines, "MIN_LINES", 1)
    assert plan_removal(text) == every_line


def test_prefixes_are_starts_of_matches() -> None:
    """Each library rule's prefix set holds the start of lines it matches."""
    samples = {"Share this:": "share-this", "Leave a Reply": "leave-a-reply", "12 comments": ""}
    for line in samples:
        for rule in library_rules():
            starts = rule_prefixes(rule.source)
            if starts is not None and rule.pattern.fullmatch(normalize_line(line)):
                key = line.lower().replace(" ", "")
                folded = "".join("0" if c.isdecimal() else c for c in key)
                assert any(folded.startswith(start) for start in starts), rule.name


@given(
    st.text(
        alphabet=st.sampled_from(
            [*" \t\r\x0b\x1d\u00a0\u2028\u00ad\u200bİıſKaBσΣ\nxY-»1", "\ud800", "\udc00", "😀"]
        )
    )
)
def test_document_key_is_the_tables_translation(text: str) -> None:
    assert document_key(text) == text.translate(KEY_TABLE).lower()


def test_document_key_of_mostly_ascii_text_lowers_every_cased_character() -> None:
    """Mostly ASCII text lowers its other letters one by one: each letter ``str.lower``
    changes, alone and after another (``ǅ``, titlecase; ``Σ``; ``İ``, two characters)."""
    cased = [c for c in map(chr, range(128, sys.maxunicode + 1)) if c.lower() != c]
    fast = 0
    for before, character in zip(["Ä", *cased], cased, strict=False):
        text = f"{'A Line of Prose, ' * 8}{before}{character}x {before}{character}\n"
        assert document_key(text) == text.translate(KEY_TABLE).lower(), character
        fast += boilerplate_lines._cased_others(text.encode()) is not None
    assert fast > 1400


def test_document_key_of_mostly_ascii_text_folds_and_drops_in_its_bytes() -> None:
    """Mostly ASCII text folds and drops its rare characters in its UTF-8 bytes: each one,
    alone and after a cased letter or another, keys as ``KEY_TABLE`` then ``str.lower``."""
    for character in sorted(boilerplate_lines.FOLDED_OR_DROPPED):
        for before in ("", "Ä", "\u00a0", "\u212a", "\ud800"):
            text = f"{'A Line of Prose, ' * 8}{before}{character}x É{character}\n{character}"
            assert not boilerplate_lines._mostly_others(text.encode("utf-8", "surrogatepass"))
            assert document_key(text) == text.translate(KEY_TABLE).lower(), (before, character)


RULES = library_rules()


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_every_line_a_rule_matches_begins_with_one_of_its_starts(data) -> None:
    """A line made from a rule's own pattern (optional words and spaces left out or kept)
    begins, in screen key form, with one of the rule's starts: the starts leave no
    matching line out (`` ?`` and ``(the )?`` read to their end, not as a start's end)."""
    rule = data.draw(st.sampled_from([r for r in RULES if rule_prefixes(r.source) is not None]))
    line = data.draw(st.from_regex(rule.pattern, fullmatch=True).filter(lambda s: "\n" not in s))
    normal = normalize_line(line)
    if not normal or not rule.pattern.fullmatch(normal):
        return
    head = fold_digits(document_key(normal).lstrip(START_SKIPPED)[:PREFIX])
    starts = parse_prefixes(rule.source)  # (As the shipped table has them: a test checks.)
    assert any(head.startswith(start) for start in starts), (rule.name, normal, head)


def test_optional_spaces_and_words_do_not_end_a_start() -> None:
    """`` ?`` (a space, not in the key) and an optional word are read to their end."""
    assert parse_prefixes(r"(?:i ?campi ?obbligatori)\s*") == {"icampi"}
    assert parse_prefixes(r"(?:(we|you) ?can ?go)") == {"wecang", "youcan"}
    assert parse_prefixes(r"(?:(the )?end)") == {"theend", "end"}
    assert parse_prefixes(r"(?:ab(cd)*)") == {"ab", "abcd", "abcdcd"}


def test_a_rule_allowing_any_run_of_skipped_characters_first_is_found_by_its_words() -> None:
    """A leading run of characters a line's start is read past (``[«<]*``) gives no start
    of its own: the rule starts where its words do, and a line that begins with such a run
    is looked up by those words."""
    assert parse_prefixes(r"(?:[«‹←<]* ?(next|older) post)\s*") == {"nextpo", "olderp"}
    assert parse_prefixes(r"(?:(<|&lt;)span)\s*") == {"span", "&lt;sp"}
    assert parse_prefixes(r"(?:<+)\s*") is None  # (Nothing but skipped characters.)
    assert {"abcd", "ab<cd"} <= parse_prefixes(r"(?:ab<*cd)\s*")  # (Only at the start.)
    rules = library_rules()
    lines = ["<<< Older Entries", "« <Next Post »", "| < newer posts", "A line of prose."]
    text = "\n".join(lines * (1 + boilerplate_lines.MIN_LINES)) + "\n"
    found = {i: {rules[j].id for j in indexes} for i, indexes in line_candidates(text, rules)}
    assert [("prev-next-post" in found.get(i, ())) for i in range(4)] == [True] * 3 + [False]


def test_shipped_prefixes_are_parsed_ones() -> None:
    """``data/boilerplate_prefixes.json`` is what ``tools/build_boilerplate_screen.py``
    writes from today's parser and rules (a stale table screens otherwise than parsing)."""
    shipped = (REPO / "cleaner" / "data" / PREFIX_FILE).read_text(encoding="utf-8")
    assert shipped == format_prefixes([rule.source for rule in library_rules()])


DATE_RULE = next(rule for rule in RULES if rule.source == boilerplate_lines.DATE_LINE_RULE)


def _date_candidates(lines: list[str]) -> list[bool]:
    """Whether the date line's rule is a candidate of each of ``lines`` (screened)."""
    index = RULES.index(DATE_RULE)
    found = dict(line_candidates("\n".join(lines) + "\n", RULES) or ())
    return [index in found.get(i, ()) for i in range(len(lines))]


def test_only_a_line_that_may_be_a_date_as_a_whole_is_a_date_candidate() -> None:
    lines = [
        "Monday, 12 May 2016 at 10:30 am",
        "» 05/12/2016 –",
        "The ferry was bought in 1988 and painted in 1990.",  # a year in prose: no date
        "Tel. 0123 4567",
        "In 1990",
        "May 12, 2016",
    ]
    assert _date_candidates(lines) == [True, True, False, False, False, True]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_every_date_line_is_a_date_candidate(data) -> None:
    """A line the date rule matches (as drawn from its own pattern, in any case and with
    decorations around it) keeps that rule among its candidates."""
    line = data.draw(
        st.from_regex(DATE_RULE.pattern, fullmatch=True).filter(lambda s: "\n" not in s)
    )
    line = data.draw(st.sampled_from([line, line.upper(), line.swapcase()]))
    line = data.draw(st.sampled_from(["", "» ", "- ", " * "])) + line
    line += data.draw(st.sampled_from(["", " |", " -", ". »"]))
    if normalize_line(line) and DATE_RULE.pattern.fullmatch(normalize_line(line)):
        assert _date_candidates(["Some prose before it.", line]) == [False, True], line


DATE_KEY_LINE = boilerplate_lines.KEY_LINES[boilerplate_lines.DATE_LINE_RULE]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_every_whole_date_key_line_ends_near_a_digit(data) -> None:
    """A key line the date line's whole-line pattern matches (drawn from it, times with
    their zones and brackets and all) passes the test on its end that comes first."""
    line = data.draw(st.from_regex(DATE_KEY_LINE, fullmatch=True).filter(lambda s: "\n" not in s))
    whole = boilerplate_lines.DigitEndedLine(re.compile(DATE_KEY_LINE, re.IGNORECASE), 10)
    assert whole.fullmatch(line) and whole.fullmatch(f"x\n{line}\nx", 2, 2 + len(line)), line


@pytest.mark.parametrize(
    "line",
    [
        "monday,12may2016at10:30am",
        "12may2016-12:30a.m.cest(14:30a.m.edtxy)...",  # ten characters after the last digit
        "»05/12/2016–",
        "theferrywasboughtin1988andpaintedin1990.",  # a year mid-line of prose
        "victimsthe1988massacreof30000politicalprisonersiniranand",
        "in1990",
        "tel.01234567",
        "2016maytheferry",
    ],
)
def test_the_date_line_end_test_agrees_with_its_pattern(line: str) -> None:
    pattern = re.compile(DATE_KEY_LINE, re.IGNORECASE)
    whole = boilerplate_lines.DigitEndedLine(pattern, 10)
    assert whole.fullmatch(line) is (pattern.fullmatch(line) is not None)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.integers(0, 10_000), min_size=1, max_size=60),
    st.lists(st.integers(0, 10_000), max_size=12),
    st.integers(0, 9),
)
def test_a_text_read_off_the_last_one_gets_its_own_screen(
    picks: list[int], added: list[int], dropped: int
) -> None:
    """The second text's candidates read off the first's (the pipeline's settling run: most
    lines the same, some gone, some new) are those the screen finds in it alone."""
    pool = furniture_lines_once()
    rules = library_rules()
    first = [pool[i % len(pool)] for i in picks]
    second = [line for i, line in enumerate(first) if i % 10 != dropped]
    second += [pool[i % len(pool)] + " and more" for i in added]
    first_text, second_text = "\n".join(first) + "\n", "\n".join(second) + "\n"
    boilerplate_lines.remembered_candidates(first_text, first, rules)
    boilerplate_lines.expect_rescreening(first_text)
    read_off = boilerplate_lines.remembered_candidates(second_text, second, rules)
    assert read_off == list(line_candidates(second_text, rules) or ())


def spy_on_screening(monkeypatch) -> list[str]:
    """The texts boilerplate's line screen is run on from now on (it still runs)."""
    screened: list[str] = []
    candidates = boilerplate_lines._candidates
    monkeypatch.setattr(
        boilerplate_lines,
        "_candidates",
        lambda text, screen: screened.append(text) or candidates(text, screen),
    )
    return screened


def test_only_the_new_lines_are_screened_again(monkeypatch) -> None:
    rules = library_rules()
    prose = [f"Line {i} of the article, which no rule of furniture matches." for i in range(9)]
    first = ["Share this:", *prose, "Leave a Reply"]
    second = [*prose[:5], "Share this article", *prose[5:], "Leave a Reply"]
    first_text = "\n".join(first) + "\n"
    boilerplate_lines.remembered_candidates(first_text, first, rules)
    boilerplate_lines.expect_rescreening(first_text)
    screened = spy_on_screening(monkeypatch)
    found = boilerplate_lines.remembered_candidates("\n".join(second) + "\n", second, rules)
    assert screened == ["Share this article"]
    assert [i for i, _ in found] == [5, 10]


def test_a_text_not_expected_again_is_screened_whole(monkeypatch) -> None:
    rules = library_rules()
    lines = ["Share this:", "A line of prose.", "Leave a Reply"]
    text = "\n".join(lines) + "\n"
    boilerplate_lines.remembered_candidates(text, lines, rules)
    screened = spy_on_screening(monkeypatch)
    boilerplate_lines.remembered_candidates(text, lines, rules)
    assert screened == [text]
