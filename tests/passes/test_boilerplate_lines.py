"""The line screen of long texts finds the same furniture as trying every line."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.passes.boilerplate import lines as boilerplate_lines
from cleaner.passes.boilerplate import plan_removal
from cleaner.passes.boilerplate.lines import (
    KEY_TABLE,
    document_key,
    line_candidates,
    rule_prefixes,
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
    st.text(alphabet=st.sampled_from(list(" \t\r\x0b\x1d\u00a0\u2028\u00ad\u200bİıſKaBσΣ\nxY-»1")))
)
def test_document_key_is_the_tables_translation(text: str) -> None:
    assert document_key(text) == text.translate(KEY_TABLE).lower()
