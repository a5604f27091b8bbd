"""Gaps once pinned in tests/test_known_gaps.py as strict xfails, now fixed: regression tests.

Session 11: a matched line wrapped with a line that stays no longer holds back the furniture
after it nor counts toward a bar (``boilerplate._without_wrapped_parts``, on by default).
"""

from __future__ import annotations

from tests.test_known_gaps import FIXTURES, _page_with_a_menu_under_a_headline, check_mutant


def test_mutated_polish_article_is_idempotent() -> None:
    check_mutant(FIXTURES / "language-pl-article" / "input.txt", 9690826)


def test_a_menu_under_a_wrapped_headline_is_idempotent_by_default() -> None:
    from cleaner.passes.boilerplate import remove_boilerplate
    from tests.passes.test_boilerplate_page import HEADLINES, PROSE

    below = [HEADLINES[0], "Home", "Home", "Local", "Local", "Local", "", "Home", PROSE[0]]
    once = remove_boilerplate(_page_with_a_menu_under_a_headline(["Home"] * 30, below))
    assert remove_boilerplate(once) == once
