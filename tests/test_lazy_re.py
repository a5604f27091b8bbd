"""Patterns compiled on first use (cleaner/lazy_re.py)."""

from __future__ import annotations

import re

import pytest

from cleaner.lazy_re import lazy_compile


def test_the_source_is_read_without_compiling() -> None:
    unbalanced = lazy_compile("(")  # would raise if compiled
    assert unbalanced.pattern == "("
    with pytest.raises(re.error):
        unbalanced.search("(")


@pytest.mark.parametrize(("source", "flags"), [(r"\w+", 0), ("[a-z]", re.IGNORECASE)])
def test_a_lazy_pattern_matches_as_the_compiled_one(source: str, flags: int) -> None:
    lazy, compiled = lazy_compile(source, flags), re.compile(source, flags)
    assert lazy.pattern == compiled.pattern
    assert lazy.findall("Two words") == compiled.findall("Two words")
