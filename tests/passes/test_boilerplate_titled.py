"""A page's headline that repeats its title stays, though a menu's or a teaser list's form
matched it (:mod:`cleaner.passes.boilerplate.titled`); chosen on the tuning pages of
``bench/bench_furniture_real.py`` (both sets)."""

from __future__ import annotations

from cleaner.passes.boilerplate.menus import MENU_ITEM_RULE, MENU_RULE
from cleaner.passes.boilerplate.rules import Rule
from cleaner.passes.boilerplate.teasers import TEASER_RULE
from cleaner.passes.boilerplate.titled import without_title_repeats

MENU = ["Home", "News", "Sport", "Business"]


def page(title: str, headline: str) -> list[str]:
    return [title, "", *MENU, headline, "Posted on: March 3, 2021", "", "The council voted."]


def test_headline_held_from_menu_and_teaser_rules() -> None:
    lines = page("Harbour Ferry Kept for Five More Years - The Coastal Courier", "")
    lines[6] = "Harbour Ferry Kept for Five More Years"
    for rule in (MENU_RULE, MENU_ITEM_RULE, TEASER_RULE):
        matches = dict.fromkeys([2, 3, 4, 5, 6], rule)
        assert sorted(without_title_repeats(lines, matches)) == [2, 3, 4, 5]


def test_site_name_from_the_title_still_goes() -> None:
    lines = page(
        "Scotland Yard strengthens Bhutto team | The Daily Telegraph", "The Daily Telegraph"
    )
    matches = dict.fromkeys([2, 3, 4, 5, 6], MENU_RULE)
    assert sorted(without_title_repeats(lines, matches)) == [2, 3, 4, 5, 6]


def test_site_first_then_headline() -> None:
    lines = page("globeandmail.com: Blame game begins amid fury", "Blame game begins amid fury")
    assert sorted(without_title_repeats(lines, dict.fromkeys([2, 6], MENU_RULE))) == [2]


def test_no_guard_when_the_title_line_goes_or_is_a_menu() -> None:
    lines = page("Ferry Kept for Five More Years", "Ferry Kept for Five More Years")
    matches = dict.fromkeys([0, 2, 6], MENU_RULE)
    assert sorted(without_title_repeats(lines, matches)) == [0, 2, 6]
    menu_title = " ".join(["Home News Sport Business Weather Ferry Kept for Five More Years"] * 3)
    lines = page(menu_title, "Ferry Kept for Five More Years")
    assert sorted(without_title_repeats(lines, dict.fromkeys([6], MENU_RULE))) == [6]


def test_phrase_rules_still_judge_the_line() -> None:
    phrase = Rule("newsletter", "subscribe", "strong", "")
    lines = page("Subscribe to our newsletter today - Courier", "Subscribe to our newsletter")
    assert sorted(without_title_repeats(lines, {6: phrase})) == [6]


def test_short_lines_are_no_headline() -> None:
    lines = page("Ferry Kept - The Coastal Courier", "Ferry Kept")
    assert sorted(without_title_repeats(lines, {6: MENU_RULE})) == [6]


def test_of_two_title_parts_as_long_the_first_is_the_headline() -> None:
    """bizjournals' ``Local biotech researcher dies - Kansas City Business Journal:``: the
    parts tie in length, and the headline (the first) was read as the site's name."""
    lines = page("Local baker retires early - Harbour Times Daily News:", "")
    lines[6] = "Local baker retires early"
    matches = dict.fromkeys([2, 3, 4, 5, 6], TEASER_RULE)
    assert sorted(without_title_repeats(lines, matches)) == [2, 3, 4, 5]
