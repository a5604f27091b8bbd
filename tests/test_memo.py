"""Line caches stay bounded in characters, whatever the length of a corpus's lines."""

from __future__ import annotations

import sys

from cleaner import clean
from cleaner.memo import CACHED_LINE_CHARS, recent_lines_cache, short_text_cache
from cleaner.passes.plaintext import indented_paragraph_lines


def _line_caches() -> list:
    return [
        value
        for name, module in list(sys.modules.items())
        if name.startswith("cleaner")
        for value in vars(module).values()
        if callable(getattr(value, "cache_info", None)) and value.cache_info().maxsize
    ]


def test_a_long_line_is_judged_but_not_kept() -> None:
    calls = []

    @short_text_cache(maxsize=8, max_chars=4)
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    assert [length(t) for t in ("ab", "ab", "abcdef", "abcdef")] == [2, 2, 6, 6]
    assert calls == ["ab", "abcdef", "abcdef"]
    assert length.cache_info().currsize == 1
    length.cache_clear()
    assert length.cache_info().currsize == 0


def test_recent_lines_are_found_by_content_and_kept_up_to_maxsize() -> None:
    calls = []

    @recent_lines_cache(maxsize=2)
    def count(lines: list[str]) -> int:
        calls.append(list(lines))
        return len(lines)

    first, second, third = ["a"], ["a", "b"], ["c", "d", "e"]
    assert [count(x) for x in (first, second, list(first), third, first)] == [1, 2, 1, 3, 1]
    assert calls == [first, second, third, first]  # an equal copy hits; the oldest is gone
    assert count.cache_info().currsize == 2
    count.cache_clear()
    assert count.cache_info().currsize == 0


def test_indented_paragraphs_of_lines_changed_since_are_read_again() -> None:
    """The whitespace rule and unwrap's survey ask one segment's lines in turn (remembered);
    a list of lines changed in place in between is no longer the one remembered."""
    body = "     Interoperability requires that all OTP servers and generators use"
    lines = ["Text:", body, "     the same dictionary."]
    assert sorted(indented_paragraph_lines(lines)) == [1, 2]
    lines[2] = "     x = compute(dictionary)"
    assert sorted(indented_paragraph_lines(lines)) == []


def test_cleaning_long_lines_adds_nothing_to_the_line_caches() -> None:
    """A corpus of one long paragraph a line (web text, JSON Lines records) must not fill
    the caches with its paragraphs: they would grow with the longest lines it has."""
    word = "Paragraphs of this corpus run long and are never wrapped by anyone here"
    lines = [f"{word} {i} " * (1 + CACHED_LINE_CHARS // len(word)) for i in range(200)]
    clean("A short line to load the passes.\n\nAnd another one.\n")
    caches = _line_caches()
    assert len(caches) >= 2  # the title test and the language identifier are found
    before = [cache.cache_info().currsize for cache in caches]
    clean("\n\n".join(line.strip() for line in lines) + "\n")
    assert [cache.cache_info().currsize for cache in caches] == before
