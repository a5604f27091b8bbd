"""The ``split`` pass's faster forms give what the plain forms they replace gave."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.passes.split.runs import subtract_runs
from cleaner.passes.split.technical import ASCII_CODE_HINT_RE

# The signs of code as one plain alternation: what ASCII_CODE_HINT_RE is written for.
PLAIN_ASCII_CODE_HINT_RE = re.compile(r"[`{}<>=|\\]|::|://|\.(?<=[a-z]{2}\.)[a-z]{2}")
SIGNS = st.lists(st.sampled_from([*"`{}<>=|\\:/.aZ \n", "ab", "ab.cd", "::"])).map("".join)


@settings(max_examples=500)
@given(SIGNS)
def test_code_hints_match_where_the_plain_alternation_does(text: str) -> None:
    spans = [m.span() for m in ASCII_CODE_HINT_RE.finditer(text)]
    assert spans == [m.span() for m in PLAIN_ASCII_CODE_HINT_RE.finditer(text)]


COUNTS = st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), st.integers(1, 3)).map(Counter)


@given(COUNTS, COUNTS)
def test_subtracting_runs_is_counter_subtraction(runs: Counter[str], taken: Counter[str]) -> None:
    expected = runs - taken
    subtract_runs(runs, taken)
    assert runs == expected
    assert list(runs) == list(expected)


def _hyphenated_by_regex(text: str, candidates: set[str]) -> set[str]:
    """hyphenated_elsewhere as first written: the letters before each hyphen searched for."""
    from cleaner.passes.split import chunk_patterns, compounds

    wanted = {run.lower(): run for run in candidates}
    found = set()
    for joint in compounds.HYPHEN_JOINT_RE.finditer(text):
        hyphen = joint.start()
        left = chunk_patterns.LETTERS_BEFORE_RE.search(
            text, max(0, hyphen - chunk_patterns.MAX_PART_CHARS), hyphen
        )
        right = chunk_patterns.LETTER_RUN_RE.match(text, hyphen + 1)
        if left and right and (key := (left.group() + right.group()).lower()) in wanted:
            found.add(wanted[key])
    return found


HYPHEN_PIECES = st.sampled_from(["-", "spout", "holes", "Spout", " ", "\n", "é", "x" * 38, "1"])


@settings(max_examples=500)
@given(st.lists(HYPHEN_PIECES, max_size=20).map("".join), st.data())
def test_hyphenated_candidates_are_those_the_regex_finds(text: str, data: st.DataObject) -> None:
    from cleaner.passes.split import chunk_patterns
    from cleaner.passes.split.runs import hyphenated_elsewhere

    pairs = re.findall(r"([A-Za-z]+)-([A-Za-z]+)", text)
    # Each pair joined, its first part cut at the 40 letters looked at and either side.
    joined = sorted({a[-n:] + b for a, b in pairs for n in (39, 40, 41)} | {"spoutholes"})
    words = set(data.draw(st.lists(st.sampled_from(joined), max_size=4)))
    words |= set(chunk_patterns.LETTER_RUN_RE.findall(text)[:3])
    assert hyphenated_elsewhere(text, words, {}) == _hyphenated_by_regex(text, words)


CHUNK_PIECES = st.sampled_from(
    [*"ab \n\t\x1c\u00a0\"'(“«.,!)”»-_1é", "cat", "Cat", "catfish", "b", " (cat, ", "'cat'"]
)


@settings(max_examples=500)
@given(
    st.lists(CHUNK_PIECES, max_size=30).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
    st.sets(st.sampled_from(["cat", "Cat", "b", "a", "catfish"])),
)
@example("a catfish", 0, 5, {"cat"})  # (the end cuts a run: the match ends there)
@example("(cat", 1, 4, {"cat"})  # (the start cuts a chunk)
def test_word_chunks_are_the_chunk_regex_matches_of_the_words(
    text: str, start: int, end: int, words: set[str]
) -> None:
    from cleaner.passes.split import chunk_patterns
    from cleaner.passes.split.runs import MAX_SEARCHED_CANDIDATES, word_chunks

    start = min(start, len(text))
    end = min(max(start, end), len(text))
    expected = [
        m.span()
        for m in chunk_patterns.WORD_CHUNK_RE.finditer(text, start, end)
        if m["word"] in words
    ]
    assert [m.span() for m in word_chunks(text, start, end, words)] == expected
    many = words | {f"q{'z' * i}" for i in range(MAX_SEARCHED_CANDIDATES)}
    found = [m.span() for m in word_chunks(text, start, end, many) if m["word"] in many]
    assert found == expected


@given(st.from_regex(r"[A-Z][A-Za-z]{0,12}", fullmatch=True))
def test_no_capitalised_word_is_merged_looking(word: str) -> None:
    """_candidates asks may_be_merged only of words with a lowercase first letter."""
    from cleaner.passes.split import candidates

    assert not candidates.may_be_merged(word)


GLUE_PIECES = st.sampled_from([*"ab \n'’,;!?.-(", "but", "if", "butif", "don", "t", "know"])


@settings(max_examples=500)
@given(
    st.lists(GLUE_PIECES, max_size=30).map("".join),
    st.sets(st.sampled_from(["but", "if", "butif", "t", "know", "tknow", "a", "b"])),
)
@example("soft but?if", {"if"})
@example("don'tknow", {"tknow"})
@example("don’tknow", {"don"})
def test_no_glued_chunk_holds_a_word_where_none_touches_a_glue_mark(
    text: str, words: set[str]
) -> None:
    from cleaner.passes.split import chunk_patterns
    from cleaner.passes.split.runs import may_be_glued

    glued = [
        word.group()
        for chunk in chunk_patterns.GLUED_CHUNK_RE.finditer(text)
        for word in chunk_patterns.GLUED_WORD_RE.finditer(text, chunk.start(), chunk.end())
    ]
    if not may_be_glued(text, 0, len(text), words):
        assert words.isdisjoint(glued)
