"""The shipped boilerplate library (``data/boilerplate_library.json``): the rules and screen
tables parsed ahead, used only while the rule files are those it was built from."""

from __future__ import annotations

from unittest import mock

import pytest

from cleaner.data import read_data
from cleaner.passes.boilerplate import lines as boilerplate_lines
from cleaner.passes.boilerplate import remove_boilerplate
from cleaner.passes.boilerplate import rules as boilerplate_rules
from cleaner.passes.boilerplate.lines import line_screen, shipped_starts, start_tables
from cleaner.passes.boilerplate.rules import (
    LIBRARY_FILE,
    format_library,
    library_checksum,
    library_files,
    library_rules,
    parse_library,
    parse_rules,
    shipped_library,
)

PROSE = (
    "The council of the small harbour town voted on Tuesday night to keep the old ferry.\n"
    "The meeting lasted four hours, and most of the town came to hear the vote.\n"
    "The ferry has crossed the bay twice a day for more than sixty years.\n"
)


def parsed_rules() -> tuple:
    return parse_library(library_files())


def fields(rules: tuple) -> list[tuple]:
    """Every field of each rule, the ones equality leaves out too (needles, width)."""
    return [(r.family, r.id, r.kind, r.source, r.needles, r.width, r.language) for r in rules]


def clear_caches() -> None:
    """Forget the library, its screen and the rules built on it, to be read again."""
    for function in (
        boilerplate_rules.library_rules,
        boilerplate_rules.shipped_library,
        boilerplate_rules.all_rules,
        boilerplate_lines.line_screen,
    ):
        function.cache_clear()
    boilerplate_lines._LAST_SCREEN.clear()


@pytest.fixture
def fresh_caches():
    """Clear the library's caches around a test that changes what they would read."""
    clear_caches()
    yield
    clear_caches()


def test_the_shipped_library_is_that_of_the_rule_files() -> None:
    """Rebuild with tools/build_boilerplate_screen.py after editing a rule."""
    rules = parsed_rules()
    expected = format_library(rules, library_checksum(library_files()), start_tables(rules))
    assert read_data(LIBRARY_FILE) == expected
    assert shipped_library() is not None


def test_the_shipped_rules_and_starts_are_the_parsed_ones() -> None:
    rules = parsed_rules()
    assert fields(library_rules()) == fields(rules)
    assert shipped_starts(library_rules()) == start_tables(rules)


def test_other_rules_get_their_starts_computed() -> None:
    assert shipped_starts(library_rules()[1:]) is None
    assert shipped_starts(parsed_rules()) is None  # (Equal rules, not the shipped tuple.)


def test_the_screen_from_shipped_starts_is_the_computed_one() -> None:
    # Made anew (equal rules would find the cached screen), compared but for the memos and
    # start lines, which a screen fills as it reads lines.
    from_shipped = line_screen.__wrapped__(library_rules())
    computed = line_screen.__wrapped__(parsed_rules())
    assert from_shipped is not None and computed is not None
    assert from_shipped[:-2] == computed[:-2]
    assert from_shipped._fields[-2:] == ("start_lines", "memos")


def test_an_edited_rule_file_is_parsed_not_read_from_the_shipped_library(fresh_caches) -> None:
    files = library_files()
    family, text, language = files[0]
    edited = [(family, text + "\nstrong  test-rule  a line no page holds\n", language), *files[1:]]
    with mock.patch.object(boilerplate_rules, "library_files", return_value=edited):
        assert shipped_library() is None
        rules = library_rules()
        assert rules[len(parse_rules(family, text))].id == "test-rule"
        assert remove_boilerplate(PROSE + "A line no page holds.\n") == PROSE
    clear_caches()
    assert shipped_library() is not None
    assert remove_boilerplate(PROSE + "A line no page holds.\n") != PROSE


def test_the_checksum_tells_names_and_texts_apart() -> None:
    assert library_checksum([("a", "bc", None)]) != library_checksum([("ab", "c", None)])
    assert library_checksum([("a", "b", None)]) == library_checksum([("a", "b", "de")])
