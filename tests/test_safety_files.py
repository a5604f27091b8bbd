"""Every way a file can go wrong: the one-line message, the exit code, and the file itself.

Each error must print ``cleaner: error: PATH: cause`` (no traceback), exit 3 when a file
failed (2 for usage), leave that file untouched and still process the others.
"""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import chunks, files
from cleaner.cli import app
from cleaner.files import BOM, TEMP_PREFIX, FileProblem, decode
from cleaner.passes import PASS_BY_NAME

DIRTY = b"a  b\r\n"
# Long enough for detection to be sure: on a few words any Latin code page fits.
FRENCH = (
    "Le café est très chaud, dit-elle. Elle a répondu que la crème brûlée était déjà prête, "
    "et nous sommes allés à la fenêtre.\n"
)
CLEAN = b"a b\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_bytes(DIRTY)
    return CliRunner()


def run_fix(cli: CliRunner, *args: str) -> tuple[int, list[str]]:
    """Exit code and stderr lines of ``cleaner fix ARGS``; never a traceback."""
    result = cli.invoke(app, ["fix", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr.splitlines()


def assert_one_failure(code: int, lines: list[str], path: str, cause: str) -> None:
    assert code == 3
    assert [line for line in lines if line.startswith("cleaner: error:")] == [
        f"cleaner: error: {path}: {cause}"
    ]


# --- decoding -------------------------------------------------------------------------------

DECODE_CASES = [
    # (bytes, detect_encoding, expected text or the problem's start)
    (b"caf\xc3\xa9\n", False, "café\n"),
    (BOM + b"caf\xc3\xa9\n", False, "café\n"),
    (b"", False, ""),
    (b"tab\tform\x0cfeed\x1b[0m\n", False, "tab\tform\x0cfeed\x1b[0m\n"),
    (b"caf\xe9\n", False, "!not valid UTF-8 (byte 0xe9 at offset 3)"),
    (FRENCH.encode("cp1252"), True, FRENCH),
    (
        "Привет, как дела? Это пример текста на русском языке.\n".encode("cp1251"),
        True,
        "Привет, как дела? Это пример текста на русском языке.\n",
    ),
    ("café\n".encode("utf-16"), False, "!UTF-16 text (byte-order mark), not UTF-8"),
    ("café\n".encode("utf-16"), True, "café\n"),
    ("café\n".encode("utf-32"), True, "café\n"),
    (b"text\x00more", False, "!binary file"),
    (b"\x01\x02\x03\x04 mostly controls\x05\x06\x07\x08", False, "!binary file"),
]


@pytest.mark.parametrize(("data", "detect", "expected"), DECODE_CASES)
def test_decode(data: bytes, detect: bool, expected: str) -> None:
    if expected.startswith("!"):
        with pytest.raises(FileProblem, match=expected[1:].replace("(", r"\(").replace(")", r"\)")):
            decode(data, detect_encoding=detect)
    else:
        assert decode(data, detect_encoding=detect).text == expected


def test_bom_is_dropped_unless_keep_bom(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(BOM + CLEAN)
    assert run_fix(cli, "bom.txt")[0] == 0
    assert (tmp_path / "bom.txt").read_bytes() == CLEAN
    (tmp_path / "bom.txt").write_bytes(BOM + DIRTY)
    (tmp_path / "cleaner.toml").write_text("keep_bom = true\n")
    assert run_fix(cli, "bom.txt")[0] == 0
    assert (tmp_path / "bom.txt").read_bytes() == BOM + CLEAN


def test_not_utf8_is_reported_and_left_untouched(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9  au lait\n")
    code, lines = run_fix(cli, "latin.txt", "good.txt")
    assert_one_failure(
        code,
        lines,
        "latin.txt",
        "not valid UTF-8 (byte 0xe9 at offset 3); use --detect-encoding to guess its encoding",
    )
    assert (tmp_path / "latin.txt").read_bytes() == b"caf\xe9  au lait\n"
    assert (tmp_path / "good.txt").read_bytes() == CLEAN


@pytest.mark.parametrize("how", ["flag", "config"])
def test_detect_encoding_writes_utf8(cli: CliRunner, tmp_path: Path, how: str) -> None:
    (tmp_path / "latin.txt").write_bytes(FRENCH.encode("cp1252"))
    if how == "config":
        (tmp_path / "cleaner.toml").write_text("detect_encoding = true\n")
    code, _ = run_fix(cli, "latin.txt", *(["--detect-encoding"] if how == "flag" else []))
    assert code == 0
    assert (tmp_path / "latin.txt").read_text(encoding="utf-8") == FRENCH


def test_binary_file_is_skipped_with_a_message(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, lines = run_fix(cli, "image.txt", "good.txt")
    assert_one_failure(code, lines, "image.txt", "binary file (NUL or control bytes), skipped")
    assert (tmp_path / "image.txt").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "good.txt").read_bytes() == CLEAN


# --- paths ----------------------------------------------------------------------------------


def test_missing_path_is_named(cli: CliRunner, tmp_path: Path) -> None:
    code, lines = run_fix(cli, "nowhere/lost.txt", "good.txt")
    assert_one_failure(code, lines, "nowhere/lost.txt", "no such file or folder")
    assert (tmp_path / "good.txt").read_bytes() == CLEAN


def test_symlink_out_of_the_tree_is_not_followed(cli: CliRunner, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes(DIRTY)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "link.txt").symlink_to(outside)
    (tree / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tree / "inner.txt").write_bytes(DIRTY)
    (tree / "inner-link.txt").symlink_to(tree / "inner.txt")
    code, lines = run_fix(cli, "tree")
    assert code == 0, lines
    assert outside.read_bytes() == DIRTY
    assert (tree / "inner.txt").read_bytes() == CLEAN
    assert (tree / "inner-link.txt").is_symlink()


def test_fix_through_a_link_rewrites_its_target_and_keeps_the_link(
    cli: CliRunner, tmp_path: Path
) -> None:
    """A link named (relative, or in a linked folder) stays a link; the file it points to is
    rewritten, beside itself: no temporary file is left in either folder."""
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "target.txt"
    target.write_bytes(DIRTY)
    (tmp_path / "link.txt").symlink_to(Path("real", "target.txt"))
    (tmp_path / "folder-link").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real" / "other.txt").write_bytes(DIRTY)
    code, lines = run_fix(cli, "link.txt", "folder-link/other.txt")
    assert code == 0, lines
    assert (tmp_path / "link.txt").is_symlink()
    assert os.readlink(tmp_path / "link.txt") == os.path.join("real", "target.txt")
    assert target.read_bytes() == CLEAN
    assert (tmp_path / "real" / "other.txt").read_bytes() == CLEAN
    assert not list(tmp_path.rglob(TEMP_PREFIX + "*"))


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755])
def test_fix_keeps_the_file_mode(cli: CliRunner, tmp_path: Path, mode: int) -> None:
    (tmp_path / "good.txt").chmod(mode)
    code, lines = run_fix(cli, "good.txt")
    assert code == 0, lines
    assert (tmp_path / "good.txt").read_bytes() == CLEAN
    assert (tmp_path / "good.txt").stat().st_mode & 0o777 == mode


def test_fifo_is_skipped_without_blocking(cli: CliRunner, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    code, lines = run_fix(cli, ".")
    assert_one_failure(
        code, lines, "pipe.txt", "not a regular file (pipe, socket or device), skipped"
    )
    assert (tmp_path / "good.txt").read_bytes() == CLEAN


def test_read_only_file_is_left_untouched(cli: CliRunner, tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_bytes(DIRTY)
    locked.chmod(0o444)
    code, lines = run_fix(cli, "locked.txt", "good.txt")
    assert_one_failure(code, lines, "locked.txt", "read-only file, left untouched")
    assert locked.read_bytes() == DIRTY
    assert (tmp_path / "good.txt").read_bytes() == CLEAN


@pytest.mark.skipif(IS_ROOT, reason="root reads any file; see the simulated variant below")
def test_unreadable_file_real(cli: CliRunner, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(DIRTY)
    secret.chmod(0)
    code, lines = run_fix(cli, "secret.txt", "good.txt")
    assert_one_failure(code, lines, "secret.txt", "permission denied, left untouched")
    assert (tmp_path / "good.txt").read_bytes() == CLEAN


def test_unreadable_file_simulated(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Works as root too: opening this one file raises as chmod 000 would for a user."""
    (tmp_path / "secret.txt").write_bytes(DIRTY)
    real_open = builtins.open

    def guarded_open(path, *args, **kwargs):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    code, lines = run_fix(cli, "secret.txt", "good.txt")
    assert_one_failure(code, lines, "secret.txt", "permission denied, left untouched")
    assert (tmp_path / "secret.txt").read_bytes() == DIRTY
    assert (tmp_path / "good.txt").read_bytes() == CLEAN


def test_unwritable_folder_simulated(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, lines = run_fix(cli, "good.txt")
    assert_one_failure(code, lines, "good.txt", "cannot write: Permission denied, left untouched")
    assert (tmp_path / "good.txt").read_bytes() == DIRTY
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


def test_full_disk_leaves_no_temp_file(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    code, lines = run_fix(cli, "good.txt")
    assert_one_failure(
        code, lines, "good.txt", "cannot write: No space left on device, left untouched"
    )
    assert (tmp_path / "good.txt").read_bytes() == DIRTY
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


@pytest.mark.skipif(IS_ROOT, reason="root may write into a read-only folder")
def test_unwritable_folder_real(cli: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "a.txt").write_bytes(DIRTY)
    folder.chmod(0o555)
    try:
        code, lines = run_fix(cli, "ro/a.txt")
    finally:
        folder.chmod(0o755)
    assert_one_failure(code, lines, "ro/a.txt", "cannot write: Permission denied, left untouched")


# --- a file that changes while it is cleaned -----------------------------------------------


def meddle_during_cleaning(monkeypatch: pytest.MonkeyPatch, meddle) -> None:
    """Run ``meddle(path)`` between reading and writing (inside the cleaning step)."""
    real = chunks.clean_blocks  # the runner imports it when a file must be cleaned

    def clean_then_meddle(blocks, config, **options):
        meddle()
        return real(blocks, config, **options)

    monkeypatch.setattr(chunks, "clean_blocks", clean_then_meddle)


def test_file_changed_while_cleaned_keeps_the_new_content(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.txt"
    meddle_during_cleaning(monkeypatch, lambda: good.write_bytes(b"someone  else\n"))
    code, lines = run_fix(cli, "good.txt")
    assert_one_failure(
        code, lines, "good.txt", "changed while being cleaned, left as it is now; run again"
    )
    assert good.read_bytes() == b"someone  else\n"


def test_file_vanished_while_cleaned_is_not_recreated(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.txt"
    meddle_during_cleaning(monkeypatch, good.unlink)
    code, lines = run_fix(cli, "good.txt")
    assert_one_failure(code, lines, "good.txt", "vanished while being cleaned, not written")
    assert not good.exists()
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


# --- the content guard ----------------------------------------------------------------------


def break_whitespace_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the whitespace pass drop the last word, as a buggy pass might."""
    broken = PASS_BY_NAME["whitespace"]._replace(
        function=lambda text, **_: text.rsplit(" ", 1)[0]  # (its settings: markdown_breaks)
    )
    monkeypatch.setitem(PASS_BY_NAME, "whitespace", broken)  # type: ignore[arg-type]


GUARD_MESSAGE = (
    "content guard: pass 'whitespace' changed words near 'a b'; left untouched "
    "(a bug in cleaner: please report it; --skip whitespace to go on)"
)


@pytest.mark.parametrize("command", ["fix", "check"])
def test_content_guard_names_the_pass_and_leaves_the_file(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    break_whitespace_pass(monkeypatch)
    result = cli.invoke(app, [command, "good.txt"])
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == f"cleaner: error: good.txt: {GUARD_MESSAGE}"
    assert (tmp_path / "good.txt").read_bytes() == DIRTY


def test_content_guard_on_diff_and_stdin(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    break_whitespace_pass(monkeypatch)
    result = cli.invoke(app, ["diff", "good.txt"])
    assert (result.exit_code, result.stdout) == (3, "")
    result = cli.invoke(app, ["fix", "-"], input="a  b\n")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == f"cleaner: error: -: {GUARD_MESSAGE}\n"


# --- stale temporary files ------------------------------------------------------------------


def test_fix_removes_only_stale_temp_files(cli: CliRunner, tmp_path: Path) -> None:
    stale, fresh = tmp_path / f"{TEMP_PREFIX}old", tmp_path / f"{TEMP_PREFIX}new"
    stale.write_bytes(b"half a fi")
    fresh.write_bytes(b"being writ")
    old = time.time() - files.STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    assert cli.invoke(app, ["check", "."]).exit_code == 1
    assert stale.exists()  # check writes nothing, deletes nothing
    code, _ = run_fix(cli, ".")
    assert code == 0
    assert not stale.exists()
    assert fresh.exists()
    assert (tmp_path / "good.txt").read_bytes() == CLEAN


# --- the real command -----------------------------------------------------------------------


def run_module(*args: str, cwd: Path, code: str = "") -> subprocess.CompletedProcess[str]:
    """``python -m cleaner ARGS``, or a script ``code`` that calls the CLI, in a subprocess."""
    command = [sys.executable, "-m", "cleaner", *args]
    if code:
        command = [sys.executable, "-c", code + "\nfrom cleaner.cli import main; main()", *args]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, timeout=60)


def test_subprocess_reports_every_bad_file_and_fixes_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes(DIRTY)
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9\n")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "locked.txt").write_bytes(DIRTY)
    (tmp_path / "locked.txt").chmod(0o444)
    completed = run_module("fix", ".", "missing.txt", cwd=tmp_path)
    assert completed.returncode == 3
    assert "Traceback" not in completed.stderr
    errors = [line for line in completed.stderr.splitlines() if "error" in line]
    assert errors == [
        "cleaner: error: blob.txt: binary file (NUL or control bytes), skipped",
        "cleaner: error: latin.txt: not valid UTF-8 (byte 0xe9 at offset 3); "
        "use --detect-encoding to guess its encoding",
        "cleaner: error: locked.txt: read-only file, left untouched",
        "cleaner: error: missing.txt: no such file or folder",
    ]
    assert (tmp_path / "good.txt").read_bytes() == CLEAN


def test_subprocess_config_error_exits_2(tmp_path: Path) -> None:
    (tmp_path / "cleaner.toml").write_text("detect_encoding = 'yes'\n")
    completed = run_module("fix", ".", cwd=tmp_path)
    assert completed.returncode == 2
    assert completed.stderr.startswith("cleaner: error: config: setting 'detect_encoding'")
    assert "Traceback" not in completed.stderr


def test_subprocess_content_guard(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes(DIRTY)
    breaker = (
        "from cleaner.passes import PASS_BY_NAME as P\n"
        "P['whitespace'] = P['whitespace']._replace(function=lambda t, **_: t.rsplit(' ', 1)[0])"
    )
    completed = run_module("fix", "good.txt", cwd=tmp_path, code=breaker)
    assert completed.returncode == 3
    assert completed.stderr.splitlines()[0] == f"cleaner: error: good.txt: {GUARD_MESSAGE}"
    assert (tmp_path / "good.txt").read_bytes() == DIRTY
