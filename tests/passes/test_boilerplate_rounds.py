"""A later round of ``boilerplate``'s plan reads the rules each line may match off the first
round (``line_rules``) instead of screening the text again: the same plans as screening it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.passes.boilerplate import matching, plan_removal
from cleaner.passes.boilerplate.lines import line_candidates
from cleaner.passes.boilerplate.rules import all_rules

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"
# Fixtures whose plan has a later round (the lines near those that went judged again).
# (``boilerplate-settle-over-the-bound``, with a bound of 0.2, no longer has one since
# session 35: a page's edges take in its first round what its later round took, the same
# 70 lines.)
SETTLED = [
    "boilerplate-set-apart-rating",
    "boilerplate-set-apart-skip-link",
    "boilerplate-strong-block-takes-edge",
]


@pytest.mark.parametrize("name", SETTLED)
def test_later_rounds_plan_as_when_screening_again(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (FIXTURES / name / "input.txt").read_text(encoding="utf-8")
    rounds: list[bool] = []  # Whether each round read the first round's screen.
    screened = matching._screened

    def recorded(text: str, lines: list[str], rules: tuple, line_rules: dict | None) -> object:
        rounds.append(bool(line_rules))
        return screened(text, lines, rules, line_rules)

    monkeypatch.setattr(matching, "_screened", recorded)
    planned = plan_removal(text)
    assert True in rounds  # (A later round read it.)
    monkeypatch.setattr(matching, "_screened", lambda *args: screened(*args[:3], None))
    assert plan_removal(text) == planned


def test_line_rules_hold_each_line_s_own_rules() -> None:
    lines = ["Share this:", "A line of prose.", "Share this:", "", "Leave a Reply"]
    text = "\n".join(lines) + "\n"
    rules = all_rules(())
    line_rules: dict[str, list[int]] = {}
    matching.match_lines(text, lines, (), (), 200, (), line_rules)  # (The first round.)
    assert line_rules == {lines[i]: found for i, found in line_candidates(text, rules) or ()}
    assert set(line_rules) == {"Share this:", "Leave a Reply"}
    left = [lines[0], lines[3], lines[4]]  # A later round: lines of the first.
    assert list(matching._screened("\n".join(left) + "\n", left, rules, line_rules)) == [
        (0, line_rules["Share this:"]),
        (2, line_rules["Leave a Reply"]),
    ]
