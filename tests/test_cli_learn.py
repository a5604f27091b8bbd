"""``cleaner learn`` through typer's runner: the table, thresholds and ``--write``."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

FOOTER = "[Harbour Post] Share this story with a friend"


def article(k: int) -> str:
    words = "".join(chr(97 + int(c)) for c in f"{k:04d}")
    first = f"The ferry story number {words} tells of the harbour and the town council vote."
    second = f"Residents of {words} wrote to the mayor, who answered every letter in person."
    return f"{first}\n\n{second}\n\n{FOOTER}\n"


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    for k in range(12):
        (tmp_path / "pages" / f"p{k:02d}.txt").write_text(article(k), encoding="utf-8")
    return tmp_path


def test_learn_shows_repeated_lines_with_counts_and_example(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["learn", "pages"])
    assert result.exit_code == 0, result.output
    assert "1 lines repeated over 12 files" in result.stdout
    assert FOOTER in result.stdout  # shown literally, not read as rich markup
    assert "12" in result.stdout and "100.0%" in result.stdout
    assert "p00.txt" in result.stdout
    assert not (corpus / "cleaner.toml").exists()


def test_learn_thresholds(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["learn", "pages", "--min-documents", "13"])
    assert result.exit_code == 0
    assert "0 lines repeated over 12 files" in result.stdout


def test_learn_write_creates_config_that_fix_uses(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["learn", "pages", "--write"])
    assert result.exit_code == 0, result.output
    assert "added 1 patterns to cleaner.toml" in result.stderr
    patterns = tomllib.loads((corpus / "cleaner.toml").read_text())["boilerplate"]
    assert len(patterns["extra_patterns"]) == 1
    fixed = CliRunner().invoke(app, ["fix", "pages"])
    assert fixed.exit_code == 0, fixed.output
    assert (corpus / "pages" / "p03.txt").read_text() == article(3).replace(f"\n\n{FOOTER}", "")


def test_learn_write_into_pyproject_then_refuses_to_merge(corpus: Path) -> None:
    pyproject = corpus / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n\n[tool.cleaner]\nskip = []\n')
    assert CliRunner().invoke(app, ["learn", "pages", "--write"]).exit_code == 0
    table = tomllib.loads(pyproject.read_text())["tool"]["cleaner"]["boilerplate"]
    assert len(table["extra_patterns"]) == 1
    before = pyproject.read_text()
    again = CliRunner().invoke(app, ["learn", "pages", "--write"])
    assert again.exit_code == 2
    assert "merge the new ones by hand" in again.stderr
    assert pyproject.read_text() == before


def test_learn_reports_missing_file(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["learn", "pages", "missing.txt"])
    assert result.exit_code == 3
    assert "missing.txt" in result.stderr
