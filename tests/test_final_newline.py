"""``final_newline``: a dataset record (and a datatrove document) keeps whether its text
ends with a line end; a text file gets one final newline, as always.

A clean dataset whose texts end without a line end (most of them: Hugging Face, C4,
FineWeb) passes ``check`` unchanged, through every command, format and path.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import zstandard
from hypothesis import example, given
from typer.testing import CliRunner

from cleaner import Config, build_config, clean, clean_and_explain
from cleaner.chunks import clean_text
from cleaner.cli import app
from cleaner.config import ConfigError
from cleaner.datasets.records import clean_field
from cleaner.passes.whitespace import ends_with_line_end
from tests.test_fuzz import QUICK, TEXTS
from tests.test_offsets import assert_offsets_exact, documents

KEEP = Config(final_newline="keep")
REPO_ROOT = Path(__file__).resolve().parent.parent

# (text, as a record, as a text file): a record keeps whether a line end comes after its
# last character that is not whitespace; blank lines and spaces go either way.
CASES = [
    ("a b", "a b", "a b\n"),  # a clean record: unchanged
    ("a  b", "a b", "a b\n"),
    ("a b  \t", "a b", "a b\n"),
    ("a b\n", "a b\n", "a b\n"),
    ("a b\n\n\n", "a b\n", "a b\n"),
    ("a b \r\n \n ", "a b\n", "a b\n"),
    ("a\r\n\r\nb", "a\n\nb", "a\n\nb\n"),
    ("a\n\n\n\nb", "a\n\nb", "a\n\nb\n"),
    ("a b\u2028", "a b\n", "a b\n"),  # any line end counts
    ("caf\u00c3\u00a9  \u2019", "caf\u00e9 '", "caf\u00e9 '\n"),
    ("", "", ""),
    (" \t", "", ""),
    ("\n\n", "", ""),
]


@pytest.mark.parametrize(("text", "as_record", "as_file"), CASES)
def test_records_keep_their_ending_and_files_get_one_newline(
    text: str, as_record: str, as_file: str
) -> None:
    assert clean(text, KEEP) == as_record
    assert clean(text) == clean(text, Config(final_newline="add")) == as_file
    cleaned = clean_field(text, Config(), keep=False)
    assert (cleaned.text if cleaned.text is not None else text) == as_record
    for chunk_chars in (1, 1 << 18):  # fix and check clean block by block
        assert clean_text(text, KEEP, chunk_chars=chunk_chars)[0] == as_record


def test_a_clean_record_has_no_step_and_a_dirty_one_no_final_newline_change() -> None:
    assert clean_and_explain("a b", KEEP).steps == ()
    result = clean_and_explain("x  y", KEEP)
    assert [(c.rule, c.input, c.output) for c in result.changes()] == [
        ("whitespace.space-run", (1, 2), (1, 1))
    ]
    assert result.passes == ("whitespace",)
    assert clean_text("x  y", KEEP)[1] == ("whitespace",)


def test_a_record_gets_the_warnings_of_the_text_file() -> None:
    """Notes are asked of the texts the passes saw, with the line end put at the end."""
    page = "Share this:\nFacebook\nTwitter\n\nShort text."
    notes = clean_and_explain(page).notes(Config(), unchanged_only=True)
    assert notes[0][1].startswith("kept the text: removing 3 line(s)")
    assert clean_and_explain(page, KEEP).notes(KEEP, unchanged_only=True) == notes
    assert clean_text(page, KEEP) == (page, (), notes)


def test_final_newline_setting_is_checked() -> None:
    assert build_config({"final_newline": "keep"}).final_newline == "keep"
    assert build_config().final_newline is None
    assert build_config().for_records().final_newline == "keep"
    assert build_config({"final_newline": "add"}).for_records().final_newline == "add"
    with pytest.raises(ConfigError, match="setting 'final_newline' must be one of add, keep"):
        build_config({"final_newline": "strip"})


def test_cache_fingerprint_tells_the_settings_apart() -> None:
    fingerprints = {Config(final_newline=v).fingerprint() for v in (None, "add", "keep")}
    assert len(fingerprints) == 3
    assert Config().fingerprint() == Config(field="text").fingerprint()  # old caches stay


# --- idempotence and offsets over any text ---------------------------------------------------


@QUICK
@given(TEXTS)
@example("x&#10;")  # an entity makes the line end: the record had none
@example("a\u00a0")
def test_records_are_idempotent_and_keep_their_ending(text: str) -> None:
    result = clean_and_explain(text, KEEP)
    once = result.text
    assert clean_and_explain(once, KEEP).text == once, "not idempotent"
    # fix and check (block by block, no steps kept) give the same text, passes and warnings.
    assert clean_text(text, KEEP) == (once, result.passes, result.notes(KEEP, unchanged_only=True))
    as_file = clean(text)
    assert once == (as_file if ends_with_line_end(text) else as_file.removesuffix("\n"))
    assert once == "" or once.endswith("\n") == ends_with_line_end(text)
    if once and not ends_with_line_end(text):
        assert not any(c.rule == "whitespace.final-newline" for c in result.changes())
    assert_offsets_exact(result, kept_words_only=True)


@QUICK
@given(documents())
@example(
    "river \nShare this:\nmountain \nShare this:\nbudget \nShare this:\nminister \nShare this:\n"
    "paper \nShare this:\ngarden \nShare this:\nwindow \nShare this:\nletter summer\nwinter \n"
    "Share this:"
)
def test_record_offsets_exact_on_documents_with_furniture(text: str) -> None:
    """Words and furniture lines, the ending kept or not; in the example, its last line is
    removed (line by line, it is aligned with a line end put at the end of both texts)."""
    for record in (text, text.rstrip()):
        result = clean_and_explain(record, KEEP)
        as_file = clean(record)
        ends = ends_with_line_end(record)
        assert result.text == (as_file if ends else as_file.removesuffix("\n"))
        assert_offsets_exact(result)


# --- through the command line ----------------------------------------------------------------

CLEAN_TEXTS = ["First record.", "Second one.\n\nIn two paragraphs.", "Third ends with one.\n"]
DIRTY_TEXTS = ["Dirty  record.  ", "Two line ends.\n\n\n", "Fine."]
FORMATS = ["d.jsonl", "d.jsonl.gz", "d.jsonl.zst", "d.parquet"]


def write_dataset(path: Path, texts: list[str]) -> None:
    if path.suffix == ".parquet":
        pa = pytest.importorskip("pyarrow")
        from pyarrow import parquet

        ids = [f"r{k}" for k in range(len(texts))]
        parquet.write_table(pa.table({"id": ids, "text": texts}), path)
        return
    data = "".join(json.dumps({"id": f"r{k}", "text": t}) + "\n" for k, t in enumerate(texts))
    raw = data.encode()
    if path.name.endswith(".gz"):
        raw = gzip.compress(raw)
    elif path.name.endswith(".zst"):
        raw = zstandard.ZstdCompressor().compress(raw)
    path.write_bytes(raw)


def read_texts(path: Path) -> list[str]:
    if path.suffix == ".parquet":
        from pyarrow import parquet

        return parquet.read_table(path).column("text").to_pylist()
    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    elif path.name.endswith(".zst"):
        raw = zstandard.ZstdDecompressor().decompressobj().decompress(raw)
    return [json.loads(line)["text"] for line in raw.decode().splitlines()]


def invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", FORMATS)
def test_a_clean_dataset_passes_every_command(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_dataset(path, CLEAN_TEXTS)
    before = path.read_bytes()
    for command in ("check", "diff", "explain"):
        code, stdout, stderr = invoke(command, "--no-cache", str(path))
        assert (code, stdout) == (0, ""), (command, stdout, stderr)
    code, stdout, _ = invoke("check", "--format", "json", str(path))
    assert code == 0
    assert [json.loads(line)["status"] for line in stdout.splitlines()] == ["unchanged"]
    assert invoke("fix", str(path))[0] == 0
    assert path.read_bytes() == before  # not rewritten


@pytest.mark.parametrize("name", FORMATS)
def test_a_dirty_record_is_fixed_and_keeps_its_ending(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_dataset(path, DIRTY_TEXTS)
    code, stdout, _ = invoke("check", str(path))
    assert code == 1
    assert stdout.splitlines()[:2] == [
        f"would clean {path}:1 (id r0)",
        f"would clean {path}:2 (id r1)",
    ]
    code, stdout, _ = invoke("explain", str(path))
    assert "space-run" in stdout and "final-newline" not in stdout
    code, stdout, _ = invoke("diff", str(path))
    assert stdout.count("\\ No newline at end of file") == 2  # record 1, before and after
    code, stdout, _ = invoke("diff", "--format", "json", str(path))
    objects = [json.loads(line) for line in stdout.splitlines()]
    first = objects[0]["changes"]
    assert [(c["rule"], c["input"], c["output"]) for c in first] == [
        ("whitespace.space-run", [5, 6], [5, 5]),
        ("whitespace.edges", [14, 16], [13, 13]),
    ]
    assert invoke("fix", str(path))[0] == 0
    assert read_texts(path) == ["Dirty record.", "Two line ends.\n", "Fine."]
    assert invoke("check", "--no-cache", str(path))[0] == 0


def test_report_of_a_clean_dataset_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    write_dataset(path, CLEAN_TEXTS)
    write_dataset(tmp_path / "e.jsonl", DIRTY_TEXTS)
    report = tmp_path / "report.html"
    code, _, stderr = invoke("report", str(path), str(tmp_path / "e.jsonl"), "-o", str(report))
    assert code == 0, stderr
    html = report.read_text(encoding="utf-8")
    assert "e.jsonl:1 (id r0)" in html and "e.jsonl:2 (id r1)" in html
    assert "d.jsonl:" not in html  # no record of the clean dataset listed
    assert "final-newline" not in html


def test_settings_choose_the_ending_and_the_cache_follows(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_dataset(tmp_path / "d.jsonl", CLEAN_TEXTS)
    page = tmp_path / "page.txt"
    page.write_text("Clean text.")  # a text file: no final newline is dirty
    code, stdout, _ = invoke("check", "d.jsonl", "page.txt")
    assert (code, stdout) == (1, "would clean page.txt\n")
    assert invoke("check", "d.jsonl", "page.txt")[1] == "would clean page.txt\n"  # cached
    # "add" everywhere: the dataset's records now lack a final newline (not the cache's word).
    (tmp_path / "cleaner.toml").write_text('final_newline = "add"\n')
    code, stdout, _ = invoke("check", "d.jsonl")
    assert code == 1 and "d.jsonl:1 (id r0)" in stdout and "d.jsonl:3" not in stdout
    # "keep" everywhere: a text file keeps its ending too (stdin as well).
    (tmp_path / "cleaner.toml").write_text('final_newline = "keep"\n')
    assert invoke("check", "d.jsonl", "page.txt")[0] == 0
    assert invoke("fix", "-", stdin="a  b")[1] == "a b"
    assert invoke("fix", "-", stdin="a  b\n\n")[1] == "a b\n"
    page.write_text("Dirty  text.")
    assert invoke("fix", "page.txt")[0] == 0
    assert page.read_text() == "Dirty text."
    (tmp_path / "cleaner.toml").write_text('final_newline = "no"\n')
    code, _, stderr = invoke("check", "d.jsonl")
    assert code == 2 and "setting 'final_newline'" in stderr


def test_cache_of_a_record_is_not_served_for_the_text_file_or_the_reverse(tmp_path: Path) -> None:
    # One file, clean read as records, dirty read as text (no final line end), and one
    # clean as text, dirty as records (a NO-BREAK SPACE written as an escape).
    records_clean = tmp_path / "a.jsonl"
    records_clean.write_bytes(b'{"text": "Hello world."}')
    text_clean = tmp_path / "b.jsonl"
    text_clean.write_bytes(b'{"text": "Hello\\u00a0world."}\n')
    assert invoke("check", str(records_clean))[0] == 0
    assert invoke("check", "--input-format", "text", str(records_clean))[0] == 1
    assert invoke("check", "--input-format", "text", str(text_clean))[0] == 0
    assert invoke("check", str(text_clean))[0] == 1
    assert invoke("check", str(records_clean))[0] == 0  # (the cache's answer, still right)


def test_real_command_line_on_a_clean_and_a_dirty_dataset(tmp_path: Path) -> None:
    clean_path, dirty_path = tmp_path / "clean.jsonl.gz", tmp_path / "dirty.jsonl"
    write_dataset(clean_path, CLEAN_TEXTS)
    write_dataset(dirty_path, DIRTY_TEXTS)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "cleaner", *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path)

    assert run("check", str(clean_path)).returncode == 0
    assert run("check", str(dirty_path)).returncode == 1
    assert run("fix", str(dirty_path)).returncode == 0
    assert read_texts(dirty_path) == ["Dirty record.", "Two line ends.\n", "Fine."]
    assert run("check", "--no-cache", str(clean_path), str(dirty_path)).returncode == 0
