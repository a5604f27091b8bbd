"""Fuzzing the whole pipeline: generated texts, and mutated fixtures (bytes flipped, cut,
lines doubled and shuffled). Never raises (the content guard included), idempotent,
canonical, and the block-by-block cleaning of ``fix`` gives the text ``diff`` shows.

The default run is short; ``pytest -m fuzz`` runs 10,000 examples per property
(``CLEANER_FUZZ_EXAMPLES`` to change it).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from cleaner import Config, clean_and_explain
from cleaner.chunks import clean_text
from cleaner.files import FileProblem, decode
from cleaner.passes.whitespace import keeps_markdown_breaks

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
INPUTS = sorted(FIXTURES.glob("*/input.txt"))
# Fixtures whose mutants are known not to clean idempotently (tests/test_known_gaps.py):
# furniture in other languages, judged by the language found, can change once a mutation
# cuts a paragraph (found on the Polish article: seed 4000, over the removal bound). The
# language fixtures are left out of the random draws until fixed; the cases found are
# pinned as strict xfails. (The page of menus under a wrapped headline and the RFC pages
# with right-aligned page numbers are back in the draws since session 28: 0 of their first
# 1,500 mutants change on a second run.)
UNSTABLE: set[str] = {  # (their gaps pinned in test_known_gaps.py)
    "rfc-indented-paragraphs",
    "unwrap-rhymed-stanza-word-cut-at-rhyme",
}
MUTATED = [
    path
    for path in INPUTS
    if not path.parent.name.startswith("language-") and path.parent.name not in UNSTABLE
]
CONFIG = Config()

QUICK = settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
FUZZ = settings(  # (new draws every run, whatever the profile: fuzzing explores)
    max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "10000")),
    derandomize=False,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)

# Pieces that stress the passes, the guards and the block boundaries of clean_text.
FRAGMENTS = (
    " ", "  ", "\t", "\u00a0", "\u3000", "\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\r",
    "\x0b", "\x0c", "\x85", "\u2028", "\x00", "\x07", "\x1b[31m", "\x9d", "\ufeff", "\u00ad",
    "“", "’", "&amp;", "&lt;", "&EACUTE;", "&#x41;", "<", "&", "Ã©", "â€™", "Ã", "Â ", "ﬁ",
    "Ａ", "e\u0301", "```", "~~~", "    ", "-", "inter-\n", "word", "x", "1", "Привет", "日本",
)  # fmt: skip
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=50).map(
    "".join
)


def assert_canonical(text: str) -> None:
    assert "\r" not in text
    assert text == "" or text.split("\n")[:-1] == text.splitlines(), "a line break other than LF"
    lines = text.split("\n")
    # Trailing whitespace only as a Markdown hard line break (two spaces, a line following).
    breaks = keeps_markdown_breaks(text)
    assert all(
        line == line.rstrip()
        or (breaks and line == line.rstrip() + "  " and line.strip() and following.strip())
        for line, following in zip(lines, [*lines[1:], ""], strict=True)
    ), "trailing whitespace"
    assert "\n\n\n" not in text and not text.startswith("\n"), "blank lines"
    assert text == "" or (text.endswith("\n") and not text.endswith("\n\n")), "final newline"


def check_text(text: str, chunk_chars: int) -> None:
    """The properties every text must have; raising (a guard included) is a failure."""
    result = clean_and_explain(text, CONFIG)
    once = result.text
    assert_canonical(once)
    # fix/check clean block by block without a record: the same text, the same passes.
    assert clean_text(text, CONFIG, chunk_chars=chunk_chars)[:2] == (
        once,
        result.passes,
    )
    again = clean_and_explain(once, CONFIG)
    assert again.text == once, f"not idempotent: {once!r} -> {again.text!r}"


@QUICK
@given(TEXTS, st.integers(1, 64))
@example("a\n\n```\n\nb  c\n\n```\n\nd  e\n", 1)
@example("&amp;\n\n<\n\n&amp;\n", 1)
@example("<\n\x00\r\n&amp;", 1)  # a line of a NUL, blank once repaired, closes a tag
@example("0<\n-\n&amp;", 1)  # "0<" opens no tag: a list item parted from it reads alike
@example("\x00```\x9d\n\nﬁ", 1)  # a fence as encoding reads it (its NUL dropped): one block
@example("x\r\n\r\n\r\ny\n\n\n\nz", 1)
@example("\ufb01&EACUTE;", 1)  # ftfy reads 'ﬁÉ' as MacRoman mojibake: the ligature goes
def test_generated_texts(text: str, chunk_chars: int) -> None:
    check_text(text, chunk_chars)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Apply 1-4 random mutations: byte flips, a truncation, doubled or shuffled lines."""
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(("flip", "truncate", "double", "shuffle"))
        if kind == "flip" and data:
            index = rng.randrange(len(data))
            data = data[:index] + bytes([data[index] ^ (1 << rng.randrange(8))]) + data[index + 1 :]
        elif kind == "truncate":
            data = data[: rng.randint(0, len(data))]
        else:
            lines = data.splitlines(keepends=True)
            if not lines:
                continue
            if kind == "double":
                index = rng.randrange(len(lines))
                lines.insert(index, lines[index])
            else:
                start = rng.randrange(len(lines))
                window = lines[start : start + rng.randint(2, 8)]
                rng.shuffle(window)
                lines[start : start + len(window)] = window
            data = b"".join(lines)
    return data


def check_mutant(case: Path, seed: int, *, record: Callable[[str], None] = event) -> None:
    """The properties on mutant ``seed`` of fixture ``case`` (``record`` takes hypothesis's
    notes: outside a hypothesis test, pass a function that drops them)."""
    rng = random.Random(seed)
    data = mutate(case.read_bytes(), rng)
    try:
        decode(data)  # The file layer: a clean FileProblem or text, nothing else.
    except FileProblem:
        record("mutant rejected by decode (binary or not UTF-8)")
    check_text(data.decode("utf-8", errors="replace"), rng.choice((1, 64, 4096)))


@QUICK
@given(st.sampled_from(MUTATED), st.integers(0, 2**32))
@example(FIXTURES / "whitespace-fenced-code" / "input.txt", 1466272)  # a fence cut in blocks
@example(FIXTURES / "whitespace-fenced-code" / "input.txt", 182)  # an aligned row as furniture
# A NUL removed between two words: boilerplate must see the line as split repairs it.
@example(FIXTURES / "boilerplate-wordpress-comment-form" / "input.txt", 267094)
@example(FIXTURES / "unwrap-signature" / "input.txt", 2**32)  # "--" twice: the guard's hyphens
@example(FIXTURES / "unwrap-verse-short-lines-in-prose" / "input.txt", 50)  # verse set the width
@example(FIXTURES / "whitespace-unicode-line-separators" / "input.txt", 79777463)  # width of 8
# A paragraph after a list item, then "- " after its unfinished line: a dash, not an item.
@example(FIXTURES / "unwrap-dashes-never-joined" / "input.txt", 10886)
@example(FIXTURES / "unwrap-dashes-never-joined" / "input.txt", 1432325)  # width of a joined line
# A prose line that set the width joined, the next run's width joined a block kept as verse.
@example(FIXTURES / "unwrap-verse-short-lines-in-prose" / "input.txt", 8098330)
# A U+FFFD before "n a": join made "\ufffdna", which the pdf pass read as "fina" next run.
@example(FIXTURES / "boilerplate-seed-000" / "input.txt", 617)
def test_mutated_fixtures(case: Path, seed: int) -> None:
    check_mutant(case, seed)


@pytest.mark.fuzz
@FUZZ
@given(TEXTS, st.integers(1, 64))
def test_fuzz_generated_texts(text: str, chunk_chars: int) -> None:
    check_text(text, chunk_chars)


@pytest.mark.fuzz
@FUZZ
@given(st.sampled_from(MUTATED), st.integers(0, 2**32))
def test_fuzz_mutated_fixtures(case: Path, seed: int) -> None:
    check_mutant(case, seed)
