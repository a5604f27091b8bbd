"""What users of black, ruff or ftfy expect: --version, a changelog, colour switches that
honour NO_COLOR and FORCE_COLOR, and --stdin-filename for editors and hooks."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner import output
from cleaner.cli import app

ROOT = Path(__file__).resolve().parent.parent
ANSI = "\x1b["


@pytest.fixture
def runner() -> Iterator[CliRunner]:
    yield CliRunner()
    output.set_color(None)  # a command's --color lasts for the process: forget it


def test_version_comes_from_the_package_metadata(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"cleaner {version('cleaner')}\n"
    assert cleaner.__version__ == version("cleaner")


def test_version_of_the_installed_command() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "cleaner", "--version"], capture_output=True, text=True, check=False
    )
    assert (run.returncode, run.stdout, run.stderr) == (0, f"cleaner {version('cleaner')}\n", "")


def test_changelog_starts_with_this_version() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[([^\]]+)\]", changelog, flags=re.MULTILINE)
    assert releases[:3] == ["Unreleased", project["version"], "0.1.0"]


@pytest.fixture
def dirty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    (tmp_path / "a.txt").write_bytes(b"a  b\n")
    return "a.txt"


# (command-line switches before and after the command, environment, coloured?)
COLOR_CASES = [
    ([], [], {}, False),  # not a terminal
    ([], ["--color"], {}, True),
    (["--color"], [], {}, True),
    ([], [], {"FORCE_COLOR": "1"}, True),
    ([], [], {"FORCE_COLOR": "0"}, False),
    ([], [], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
    ([], ["--color"], {"NO_COLOR": "1"}, True),  # the flag wins
    ([], ["--no-color"], {"FORCE_COLOR": "1"}, False),
    (["--color"], ["--no-color"], {}, False),  # the command's own switch wins
]


@pytest.mark.parametrize(("before", "after", "env", "coloured"), COLOR_CASES)
def test_colour_switches_and_environment(
    runner: CliRunner, dirty: str, before: list, after: list, env: dict, coloured: bool
) -> None:
    result = runner.invoke(app, [*before, "diff", *after, dirty], env=env)
    assert result.exit_code == 0
    assert "+a b" in result.stdout
    assert (ANSI in result.stdout) is coloured


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose config keeps only whitespace and leaves out drafts/."""
    (tmp_path / "proj" / "drafts").mkdir(parents=True)
    (tmp_path / "proj" / "cleaner.toml").write_text(
        'passes = ["whitespace"]\nexclude = ["drafts/*"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path / "proj"


DIRTY = "a  “b”\r\n"


def test_stdin_filename_picks_the_config_of_its_folder(runner: CliRunner, project: Path) -> None:
    result = runner.invoke(app, ["fix", "-", "--stdin-filename", "proj/new.txt"], input=DIRTY)
    assert result.exit_code == 0
    assert result.stdout == "a “b”\n"  # whitespace only: the quotes stay
    plain = runner.invoke(app, ["fix", "-"], input=DIRTY)
    assert plain.stdout == 'a "b"\n'  # no config here: every pass


def test_stdin_filename_left_out_passes_the_text_through(runner: CliRunner, project: Path) -> None:
    args = ["fix", "-", "--stdin-filename", "proj/drafts/x.txt"]
    assert runner.invoke(app, args, input=DIRTY.encode()).stdout_bytes == DIRTY.encode()
    args = ["check", "-", "--stdin-filename", "proj/notes.md"]  # not *.txt
    result = runner.invoke(app, args, input=DIRTY)
    assert (result.exit_code, result.stdout) == (0, "")


def test_check_names_stdin_by_its_filename(runner: CliRunner, project: Path) -> None:
    args = ["check", "-", "--stdin-filename", "proj/new.txt"]
    result = runner.invoke(app, args, input=DIRTY)
    assert (result.exit_code, result.stdout) == (1, "would clean proj/new.txt\n")
    result = runner.invoke(app, [*args, "--diff"], input=DIRTY)
    assert "--- proj/new.txt\t(original)" in result.stdout
    bad = runner.invoke(app, args, input=b"\xff\xfe\x00")
    assert bad.exit_code == 3
    assert bad.stderr.startswith("cleaner: error: proj/new.txt: ")


def test_stdin_filename_needs_stdin(runner: CliRunner, project: Path) -> None:
    result = runner.invoke(app, ["check", "x.txt", "--stdin-filename", "proj/new.txt"])
    assert result.exit_code == 2
    assert result.stderr.startswith("cleaner: error: --stdin-filename: ")
