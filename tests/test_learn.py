"""``cleaner learn`` as a library: counting repeated lines, rendering them as config."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from cleaner.learn import (
    RepeatedLine,
    add_patterns_to_config,
    learn_repeated_lines,
    normalize_for_learning,
    patterns_toml,
)
from cleaner.passes.boilerplate import remove_boilerplate

PROSE = "Paragraph {k} of article {d}, which says something of its own about the harbour."


def prose(k: int, d: int) -> str:
    """A line of its own: numbers spelled as letters, since learning ignores digits."""
    return PROSE.format(k="".join(chr(97 + int(c)) for c in f"{k}{d:03d}"), d="")


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Share this:", "share this"),
        ("  SHARE   THIS  ", "share this"),
        ("© 2019 Daily Post. All rights reserved.", "0 daily post all rights reserved"),
        ("Posted on 12/03/2019", "posted on 0 0 0"),
        ("Привет, мир!", "привет мир"),
        ("*** --- ***", ""),
    ],
)
def test_normalize_for_learning(line: str, key: str) -> None:
    assert normalize_for_learning(line) == key


def write_corpus(folder: Path, count: int, footer_every: int = 1) -> list[Path]:
    paths = []
    for d in range(count):
        lines = [prose(k, d) for k in range(3)]
        if d % footer_every == 0:
            lines += [f"© {2000 + d} Harbour Post. All rights reserved.", "Share this:"] * 2
        path = folder / f"a{d:03d}.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_finds_lines_repeated_across_documents(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 20, footer_every=2)
    result = learn_repeated_lines(paths)
    assert result.documents == 20
    assert [(r.key, r.documents) for r in result.lines] == [
        ("0 harbour post all rights reserved", 10),  # repeated twice in a file: counted once
        ("share this", 10),
    ]
    assert result.lines[0].example_file == str(paths[0])
    assert result.lines[0].example == "© 2000 Harbour Post. All rights reserved."


def test_thresholds(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 20, footer_every=4)  # the footer is in 5 documents
    assert len(learn_repeated_lines(paths).lines) == 2
    assert learn_repeated_lines(paths, min_documents=6).lines == ()
    assert learn_repeated_lines(paths, min_share=0.3).lines == ()


def test_pruning_keeps_frequent_lines(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 30)
    result = learn_repeated_lines(paths, max_tracked=10)
    assert {r.key for r in result.lines} == {"0 harbour post all rights reserved", "share this"}


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    result = learn_repeated_lines([tmp_path / "missing.txt"])
    assert result.documents == 0
    assert result.problems[0][0].endswith("missing.txt")


def test_learned_patterns_remove_the_lines(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 6)
    patterns = tuple(r.pattern for r in learn_repeated_lines(paths).lines)
    article = "\n\n".join(prose(k, 99) for k in range(6))
    text = f"{article}\n\n© 2024 Harbour Post - All Rights Reserved\n"
    assert remove_boilerplate(text, extra_patterns=patterns) == article + "\n"


LINES = [RepeatedLine("share this", 12, "Share this: 'now'", "x/a.txt")]


def test_toml_parses_back_to_the_patterns() -> None:
    data = tomllib.loads(patterns_toml(LINES, pyproject=True))
    assert data["tool"]["cleaner"]["boilerplate"]["extra_patterns"] == [LINES[0].pattern]


def test_add_patterns_appends_or_inserts() -> None:
    appended = add_patterns_to_config('passes = ["boilerplate"]\n', LINES, pyproject=False)
    assert tomllib.loads(appended)["boilerplate"]["extra_patterns"] == [LINES[0].pattern]
    pyproject = '[project]\nname = "x"\n\n[tool.cleaner.boilerplate]\nmax_line_length = 150\n'
    inserted = tomllib.loads(add_patterns_to_config(pyproject, LINES, pyproject=True))
    table = inserted["tool"]["cleaner"]["boilerplate"]
    assert table == {"max_line_length": 150, "extra_patterns": [LINES[0].pattern]}
    with pytest.raises(ValueError, match="merge the new ones by hand"):
        add_patterns_to_config("[boilerplate]\nextra_patterns = []\n", LINES, pyproject=False)
