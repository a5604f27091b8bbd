"""The entry point's fast path must behave exactly like the typer command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.entry import main, parse_plain_command

DIRTY = "Caf\u00c3\u00a9  au\u00a0lait\r\n"
CLEAN = "Café au lait\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dirty.txt").write_text(DIRTY, encoding="utf-8", newline="")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("arguments", "fast"),
    [
        (["check", "a.txt"], True),
        (["check", "--diff", "-q", "--no-cache", "a.txt", "b.txt"], True),
        (["fix", "--quiet", "a.txt"], True),
        (["fix", "--", "-odd.txt"], True),
        (["fix", "--diff", "a.txt"], False),  # not an option of fix: typer says so
        (["check", "--jobs", "2", "a.txt"], True),
        (["fix", "-q", "-j", "1", "--no-cache", "a.txt"], True),
        (["fix", "--jobs=0", "a.txt"], True),
        (["fix", "--jobs", "x", "a.txt"], False),  # not a count: typer says so
        (["fix", "--jobs", "-1", "a.txt"], False),
        (["fix", "-j=1", "a.txt"], False),
        (["fix", "a.txt", "-j"], False),  # no value
        (["check", "--jobs", "2", "--color", "never", "a.txt"], False),
        (["check", "--help"], False),
        (["fix", "-"], False),  # stdin
        (["check"], False),  # no paths: typer's error
        (["diff", "a.txt"], False),
        ([], False),
    ],
)
def test_what_the_fast_path_takes(arguments: list[str], fast: bool) -> None:
    assert (parse_plain_command(arguments) is not None) is fast


def run_fast(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(arguments)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out, captured.err


@pytest.mark.parametrize(
    "arguments",
    [
        ["check", "--no-cache", "dirty.txt", "clean.txt"],
        ["check", "--no-cache", "--diff", "dirty.txt"],
        ["check", "--no-cache", "-q", "dirty.txt", "missing.txt"],
        ["check", "--no-cache", "."],
        ["fix", "--no-cache", "dirty.txt", "clean.txt"],
        ["fix", "--no-cache", "-j", "1", "dirty.txt", "clean.txt"],
        ["check", "--no-cache", "--jobs=2", "."],
    ],
)
def test_fast_path_gives_what_typer_gives(
    folder: Path, arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    fast = run_fast(arguments, capsys)
    (folder / "dirty.txt").write_text(DIRTY, encoding="utf-8", newline="")
    typer_result = CliRunner().invoke(app, arguments)
    expected = (typer_result.exit_code, typer_result.stdout, typer_result.stderr)
    assert newlines_as_typer_shows_them(fast) == expected


def newlines_as_typer_shows_them(result: tuple[int, str, str]) -> tuple[int, str, str]:
    """CliRunner reads output with universal newlines: a CR LF in a diff shows as LF."""
    code, out, err = result
    return code, out.replace("\r\n", "\n"), err


def test_a_bad_config_file_is_reported_the_same(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "cleaner.toml").write_text("colour = 1\n")
    fast = run_fast(["check", "clean.txt"], capsys)
    typer_result = CliRunner().invoke(app, ["check", "clean.txt"])
    assert fast[0] == typer_result.exit_code == 2
    assert fast[2] == typer_result.stderr


@pytest.mark.parametrize(("jobs", "expected"), [([], 0), (["-j", "1"], 1), (["--jobs=3"], 3)])
def test_the_fast_path_hands_jobs_on(
    folder: Path, monkeypatch: pytest.MonkeyPatch, jobs: list[str], expected: int
) -> None:
    seen = []
    monkeypatch.setattr("cleaner.runner.run", lambda *args: seen.append(args[-1].jobs) or 0)
    with pytest.raises(SystemExit):
        main(["fix", *jobs, "clean.txt"])
    assert seen == [expected]
