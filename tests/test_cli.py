"""The command line, through typer's runner and through a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

DIRTY = "Caf\u00c3\u00a9  au\u00a0lait\r\n\r\n\r\n"
CLEAN = "Café au lait\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a dirty file, a clean file, a nested file and things to skip."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dirty.txt").write_bytes(DIRTY.encode())
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "nested.txt").write_bytes(b"x \n")
    (tmp_path / "notes.md").write_bytes(b"md  file\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "hidden.txt").write_bytes(b"hidden  \n")
    return tmp_path


def test_fix_stdin_to_stdout(runner: CliRunner) -> None:
    result = runner.invoke(app, ["fix", "-"], input="a  b\r\n")
    assert result.exit_code == 0
    assert result.stdout == "a b\n"


def test_fix_cleans_folder_in_place_and_skips_hidden_and_other_globs(
    runner: CliRunner, corpus: Path
) -> None:
    result = runner.invoke(app, ["fix", "."])
    assert result.exit_code == 0, result.output
    assert (corpus / "dirty.txt").read_text(encoding="utf-8") == CLEAN
    assert (corpus / "sub" / "nested.txt").read_bytes() == b"x\n"
    assert (corpus / "notes.md").read_bytes() == b"md  file\n"
    assert (corpus / ".git" / "hidden.txt").read_bytes() == b"hidden  \n"
    assert "2 files fixed, 1 unchanged, 0 failed" in result.stderr


def test_fix_leaves_unchanged_file_alone(runner: CliRunner, corpus: Path) -> None:
    clean = corpus / "clean.txt"
    os.utime(clean, ns=(1_000_000_000, 1_000_000_000))
    assert runner.invoke(app, ["fix", "clean.txt"]).exit_code == 0
    assert clean.stat().st_mtime_ns == 1_000_000_000


def test_fix_keeps_permissions(runner: CliRunner, corpus: Path) -> None:
    dirty = corpus / "dirty.txt"
    dirty.chmod(0o640)
    assert runner.invoke(app, ["fix", "dirty.txt"]).exit_code == 0
    assert dirty.stat().st_mode & 0o777 == 0o640


def test_include_and_exclude_globs(runner: CliRunner, corpus: Path) -> None:
    result = runner.invoke(
        app, ["check", ".", "--include", "*.md", "--include", "*.txt", "--exclude", "sub/*"]
    )
    assert result.exit_code == 1
    assert sorted(result.stdout.split("\n")) == [
        "",
        "would clean dirty.txt",
        "would clean notes.md",
    ]


def test_a_folder_that_gives_no_file_is_named_in_a_warning(runner: CliRunner, corpus: Path) -> None:
    """A folder of Markdown under the default ``*.txt``: not a silent empty run."""
    (corpus / "docs").mkdir()
    (corpus / "docs" / "a.md").write_bytes(b"md  file\n")
    (corpus / "docs" / "b.rst").write_bytes(b"rst\n")
    result = runner.invoke(app, ["check", "docs", "sub"])
    assert result.exit_code == 1  # (sub's file would change)
    warning = "cleaner: warning: docs: no file taken: none of 2 files matches --include *.txt\n"
    assert result.stderr.startswith(warning)  # and nothing of sub, which gave a file
    assert "1 file would change, 0 unchanged" in result.stderr
    excluded = runner.invoke(app, ["fix", "sub", "--exclude", "*.txt"])
    assert "sub: no file taken: none of 1 file matches --include *.txt but not --exclude *.txt" in (
        excluded.stderr
    )
    assert "warning" not in runner.invoke(app, ["check", "-q", "docs"]).stderr


@pytest.mark.parametrize(
    ("content", "code", "listed"),
    [(DIRTY, 1, True), (CLEAN, 0, False), ("", 0, False)],
)
def test_check_exit_code_and_listing(
    runner: CliRunner, tmp_path: Path, content: str, code: int, listed: bool
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(content.encode())
    result = runner.invoke(app, ["check", str(page)])
    assert result.exit_code == code
    assert (str(page) in result.stdout) is listed
    assert page.read_bytes() == content.encode()  # check never writes


def test_diff_is_a_plain_unified_diff_when_piped(runner: CliRunner, corpus: Path) -> None:
    result = runner.invoke(app, ["diff", "dirty.txt"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:4] == [
        "--- dirty.txt\t(original)",
        "+++ dirty.txt\t(cleaned)",
        "@@ -1,3 +1 @@",
        "-Caf\u00c3\u00a9  au\u00a0lait",
    ]
    assert "+Café au lait" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal
    assert (corpus / "dirty.txt").read_bytes() == DIRTY.encode()


def test_diff_words(runner: CliRunner, corpus: Path) -> None:
    result = runner.invoke(app, ["diff", "--words", "dirty.txt"])
    # The CRs of the CRLF line ends that went are shown, as the blank lines removed.
    shown = "[-Caf\u00c3\u00a9␠␠-]{+Café␠+}au[-⍽-]{+␠+}lait[-␍⏎␍⏎␍-]"
    assert result.stdout.splitlines()[3] == shown


def test_diff_words_shows_line_ends_made_lf(runner: CliRunner, tmp_path: Path) -> None:
    """A file whose only change is CRLF -> LF has a word diff (it showed nothing when
    lines were compared without their ends), each CR where it went."""
    (tmp_path / "crlf.txt").write_bytes(b"One line.\r\nAnother line.\r\n")
    result = runner.invoke(app, ["diff", "--words", str(tmp_path / "crlf.txt")])
    assert result.stdout.splitlines()[2:] == [
        "@@ -1,2 +1,2 @@",
        "One line.[-␍-]",
        "Another line.[-␍-]",
    ]


def test_explain_attributes_changes_to_passes(runner: CliRunner, corpus: Path) -> None:
    result = runner.invoke(app, ["explain", "dirty.txt", "clean.txt"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "dirty.txt"
    assert lines[1] == "  encoding: 4 changes (fix_line_breaks 3, fix_encoding 1)"
    assert lines[2] == (
        "    line 1: Caf[-\u00c3\u00a9-]{+é+}  au\u00a0lait[-␍-]  (fix_encoding, fix_line_breaks)"
    )
    assert lines[3] == "    line 2: [-␍-]  (fix_line_breaks)"
    assert "  whitespace: 3 changes (space-run 2, blank-lines 1)" in lines
    assert "clean.txt" in lines and "  clean: no pass changes it" in lines


def test_explain_shows_the_first_changes_of_a_pass_and_counts_the_rest(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A CRLF text has a change a line: explain lists the first ones, counts them all."""
    from cleaner.explanation import MAX_SHOWN

    lines = [f"Line number {i} of a CRLF file." for i in range(MAX_SHOWN + 30)]
    (tmp_path / "crlf.txt").write_bytes("\r\n\r\n".join(lines).encode() + b"\r\n")
    shown = runner.invoke(app, ["explain", str(tmp_path / "crlf.txt")]).stdout.splitlines()
    total = 2 * len(lines) - 1
    assert shown[1] == f"  encoding: {total} changes (fix_line_breaks {total})"
    assert shown[2] == "    line 1: Line number 0 of a CRLF file.[-␍-]  (fix_line_breaks)"
    assert shown[3] == "    line 2: [-␍-]  (fix_line_breaks)"
    assert (
        shown[2 + MAX_SHOWN] == f"    … {total - MAX_SHOWN} more (explain --format json lists all)"
    )


def test_pass_and_skip_select_passes(runner: CliRunner, corpus: Path) -> None:
    only_whitespace = runner.invoke(app, ["fix", "-", "--pass", "whitespace"], input=DIRTY)
    assert only_whitespace.stdout == "Caf\u00c3\u00a9 au lait\n"
    skipped = runner.invoke(
        app, ["fix", "-", "--skip", "whitespace", "--skip", "unwrap"], input=DIRTY
    )
    assert skipped.stdout == "Café  au\u00a0lait\n\n\n"


def test_passes_lists_every_pass_in_order(runner: CliRunner) -> None:
    from cleaner.passes import PASSES

    result = runner.invoke(app, ["passes"])
    names = [line.split()[0] for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert names == [p.name for p in PASSES]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["fix", "-", "--pass", "nope"], "unknown pass 'nope'"),
        (["fix", "-", "--config", "missing.toml"], "config file missing.toml does not exist"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    runner: CliRunner, corpus: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, args, input="x\n")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"cleaner: error: config: {message}"
        + (
            "; passes are: " + ", ".join(p.name for p in __import__("cleaner.passes").passes.PASSES)
            if "unknown pass" in message
            else ""
        )
    ]


def test_config_file_is_found_upward_and_flags_override(runner: CliRunner, corpus: Path) -> None:
    (corpus / "pyproject.toml").write_text('[tool.cleaner]\nskip = ["encoding"]\n')
    os.chdir(corpus / "sub")
    from_file = runner.invoke(app, ["fix", "-"], input=DIRTY)
    assert from_file.stdout == "Caf\u00c3\u00a9 au lait\n"
    overridden = runner.invoke(app, ["fix", "-", "--pass", "encoding"], input=DIRTY)
    assert overridden.stdout == "Café  au\u00a0lait\n\n\n"


def test_unknown_config_key_names_the_key(runner: CliRunner, corpus: Path) -> None:
    (corpus / "cleaner.toml").write_text("[whitespace]\ncollapse = true\n")
    result = runner.invoke(app, ["check", "clean.txt"])
    assert result.exit_code == 2
    assert "unknown setting 'collapse' in [tool.cleaner.whitespace]" in result.stderr


def test_missing_file_is_reported_and_others_still_processed(
    runner: CliRunner, corpus: Path
) -> None:
    result = runner.invoke(app, ["fix", "missing.txt", "dirty.txt"])
    assert result.exit_code == 3
    assert "cleaner: error: missing.txt: no such file or folder" in result.stderr
    assert (corpus / "dirty.txt").read_text(encoding="utf-8") == CLEAN


def test_real_subprocess_stdin_contract() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "cleaner", "fix", "-"],
        input=b"a  b\r\n",
        capture_output=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == b"a b\n"
    assert completed.stderr == b""


def test_real_subprocess_check_exit_codes(tmp_path: Path) -> None:
    dirty, clean = tmp_path / "dirty.txt", tmp_path / "clean.txt"
    dirty.write_bytes(b"a  b\r\n")
    clean.write_bytes(b"a b\n")
    command = [sys.executable, "-m", "cleaner", "check"]
    assert subprocess.run([*command, str(dirty)], capture_output=True).returncode == 1
    assert subprocess.run([*command, str(clean)], capture_output=True).returncode == 0


def test_check_says_why_a_safety_bound_kept_the_text(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Short text.\n\nPost a Comment\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(page)])
    assert result.exit_code == 0
    assert f"cleaner: warning: {page}: boilerplate: kept the text: removing 1 line(s)" in (
        result.stderr
    )
