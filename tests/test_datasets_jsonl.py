"""JSON Lines dataset files: records cleaned in place, everything else kept byte for byte."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
import zstandard
from typer.testing import CliRunner

from cleaner import build_config, clean
from cleaner.cli import app
from cleaner.datasets import dataset_format
from cleaner.datasets import records as batching
from cleaner.datasets.jsonl import clean_line, field_span
from cleaner.files import TEMP_PREFIX

DIRTY = "Don\u2019t  panic\r\n"
# A record's text is cleaned as a text file's, but keeps whether it ends with a line end.
RECORDS = build_config().for_records()
CLEAN = clean(DIRTY, RECORDS)


def clean_record(text: str) -> str:
    return clean(text, RECORDS)


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 8 records, so that small files make several (and --jobs 2 uses workers)."""
    monkeypatch.setattr(batching, "BATCH_RECORDS", 8)


# (line as written, line expected back): other keys, their order, spacing and number
# spellings stay; the new string is escaped as the line was.
SPLICE_CASES = [
    ('{"id": 1, "text": "a  b", "n": 1.50}', '{"id": 1, "text": "a b", "n": 1.50}'),
    ('{"text":"a  b","z":1e3,"a":[1,2]}', '{"text":"a b","z":1e3,"a":[1,2]}'),
    ('{"meta": {"text": "x  y"}, "text": "a  b"}', '{"meta": {"text": "x  y"}, "text": "a b"}'),
    # Non-ASCII written raw: stays raw.
    ('{"text": "caf\u00e9  au lait"}', '{"text": "caf\u00e9 au lait"}'),
    # An ASCII-only line (\\u escapes): the new text is escaped too.
    ('{"text": "caf\\u00e9  au lait"}', '{"text": "caf\\u00e9 au lait"}'),
    # Mojibake written with escapes, repaired, still escaped.
    ('{"text": "caf\\u00c3\\u00a9\\n"}', '{"text": "caf\\u00e9\\n"}'),
    # Repeated key: json.loads takes the last, so that one is cleaned.
    ('{"text": "a  b", "text" : "c  d" }', '{"text": "a  b", "text" : "c d" }'),
    # Escaped key name.
    ('{"te\\u0078t": "a  b"}', '{"te\\u0078t": "a b"}'),
]


@pytest.mark.parametrize(("line", "expected"), SPLICE_CASES)
def test_changed_record_keeps_everything_but_its_field(line: str, expected: str) -> None:
    record = clean_line(1, line.encode(), build_config(), False)
    assert record.body is not None
    assert record.body.decode() == expected
    assert json.loads(expected)["text"] == clean_record(json.loads(line)["text"])


# (line, error) for records that must be left as they are; None: a clean record, no error.
BAD_RECORDS = [
    (b'{"text": "ok\\n"}', None),
    (b"   ", None),  # a blank line is not a record
    (b'{"text": "a", ', "invalid JSON (Expecting property name enclosed in double quotes"),
    (b"[1, 2]", "not a JSON object"),
    (b'{"title": "x"}', "no field 'text'"),
    (b'{"text": null}', "field 'text' is null, not a string"),
    (b'{"text": 3}', "field 'text' is a number, not a string"),
    (b'{"text": ["a"]}', "field 'text' is an array, not a string"),
    (b'{"text": "caf\xe9"}', "not valid UTF-8 (byte 0xe9 at column 14)"),
]


@pytest.mark.parametrize(("line", "error"), BAD_RECORDS)
def test_bad_records_are_named_and_kept(line: bytes, error: str | None) -> None:
    record = clean_line(1, line, build_config(), False)
    assert record.body is None
    if error is None:
        assert record.cleaned.error == ""
    else:
        assert record.cleaned.error.startswith(error)


def test_field_span_finds_top_level_key_only() -> None:
    line = '{"a": {"text": "x"}, "text": "y", "b": "text"}'
    start, end = field_span(line, "text")
    assert line[start:end] == '"y"'


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.jsonl", "jsonl"),
        ("a.JSONL.GZ", "jsonl"),
        ("dir/a.ndjson.zst", "jsonl"),
        ("a.parquet", "parquet"),
        ("a.txt", None),
        ("a.json", None),
        ("jsonl.txt", None),
    ],
)
def test_format_by_extension(name: str, expected: str | None) -> None:
    assert dataset_format(name, build_config()) == expected
    assert dataset_format(name, build_config(input_format="jsonl")) == "jsonl"
    assert dataset_format(name, build_config(input_format="text")) is None


# --- through the command line ---------------------------------------------------------------


def records(n: int = 40) -> list[dict]:
    """A small corpus: every third record dirty, ids of both kinds, other fields of all types."""
    return [
        {
            "id": f"doc-{i}" if i % 2 else i,
            "text": DIRTY + f"number {i}" if i % 3 == 0 else f"clean {i}\n",
            "score": i / 7,
            "tags": ["a", "b\u00e9"],
            "meta": {"text": "not  this one", "ok": True, "none": None},
        }
        for i in range(n)
    ]


def jsonl_bytes(rows: list[dict], *, ensure_ascii: bool = False) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=ensure_ascii) + "\n" for row in rows).encode()


def write(path: Path, data: bytes) -> None:
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    elif path.name.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)


def read(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        return gzip.decompress(data)
    if path.name.endswith(".zst"):
        return zstandard.ZstdDecompressor().decompressobj().decompress(data)
    return data


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz", "c.jsonl.zst"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fix_cleans_the_field_and_keeps_every_other_byte(
    tmp_path: Path, name: str, jobs: str
) -> None:
    rows = records()
    path = tmp_path / name
    original = jsonl_bytes(rows)
    write(path, original)
    code, _, stderr = invoke("fix", "--jobs", jobs, str(path))
    assert code == 0, stderr
    new_lines = read(path).splitlines(keepends=True)
    old_lines = original.splitlines(keepends=True)
    assert len(new_lines) == len(old_lines)
    for old, new, row in zip(old_lines, new_lines, rows, strict=True):
        if row["text"] == clean_record(row["text"]):
            assert new == old  # unchanged record: byte for byte
        else:
            expected = {**row, "text": clean_record(row["text"])}
            assert json.loads(new) == expected
            assert list(json.loads(new)) == list(row)  # key order
            assert new == (json.dumps(expected, ensure_ascii=False) + "\n").encode()
    changed = sum(r["text"] != clean_record(r["text"]) for r in rows)
    assert f"{changed} of 40 records cleaned" in stderr
    # Idempotent, and a second run leaves the file alone (not even rewritten).
    mtime = path.stat().st_mtime_ns
    assert invoke("fix", "--no-cache", str(path))[0] == 0
    assert path.stat().st_mtime_ns == mtime
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


def test_gzip_output_keeps_name_and_timestamp(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    with open(path, "wb") as raw, gzip.GzipFile("c.jsonl", "wb", fileobj=raw, mtime=1234) as out:
        out.write(jsonl_bytes(records(6)))
    assert invoke("fix", str(path))[0] == 0
    header = path.read_bytes()[:20]
    assert int.from_bytes(header[4:8], "little") == 1234
    assert b"c.jsonl\0" in header


def test_check_names_each_record_with_its_id(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(jsonl_bytes(records(7)))
    before = path.read_bytes()
    code, stdout, _ = invoke("check", str(path))
    assert code == 1
    assert stdout.splitlines() == [
        f"would clean {path}:1 (id 0)",
        f"would clean {path}:4 (id doc-3)",
        f"would clean {path}:7 (id 6)",
        f"would clean {path} (3 of 7 records would change)",
    ]
    assert path.read_bytes() == before


def test_diff_and_explain_show_each_changed_record(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(jsonl_bytes(records(4)))
    code, stdout, _ = invoke("diff", str(path))
    assert code == 0
    assert f"--- {path}:1 (id 0)\t(original)" in stdout
    assert "-Don’t  panic" in stdout and "+Don't panic" in stdout
    assert f"{path}:2" not in stdout  # clean records are not shown
    code, stdout, _ = invoke("explain", str(path))
    assert stdout.startswith(f"{path}:1 (id 0)\n  encoding: 2 changes (uncurl_quotes")
    assert "whitespace" in stdout


def test_bad_records_get_one_line_each_and_the_rest_is_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": 1, "text": DIRTY}),
        "{not json",
        json.dumps({"id": 3, "body": "x"}),
        json.dumps({"id": 4, "text": 4}),
        json.dumps({"id": 5, "text": DIRTY}),
    ]
    path.write_text("\n".join(lines) + "\n")
    code, _, stderr = invoke("fix", str(path))
    assert code == 3
    errors = [line for line in stderr.splitlines() if line.startswith("cleaner: error:")]
    assert errors == [
        f"cleaner: error: {path}:2: invalid JSON (Expecting property name enclosed in double "
        "quotes at column 2)",
        f"cleaner: error: {path}:3: no field 'text'",
        f"cleaner: error: {path}:4: field 'text' is a number, not a string",
        f"cleaner: error: {path}: 3 bad records left as they were; 2 of 5 records cleaned",
    ]
    new = path.read_text().splitlines()
    assert new[1:4] == lines[1:4]
    assert json.loads(new[0])["text"] == json.loads(new[4])["text"] == CLEAN


def test_field_option_and_config_and_line_ends(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"body": "a  b", "text": "c  d"}\r\n{"body": "ok\\n"}')
    assert invoke("fix", "--field", "body", "c.jsonl")[0] == 0
    assert path.read_bytes() == b'{"body": "a b", "text": "c  d"}\r\n{"body": "ok\\n"}'
    (tmp_path / "cleaner.toml").write_text('field = "text"\n')
    assert invoke("check", "c.jsonl")[0] == 3  # record 2 has no "text"


def test_every_file_command_takes_field_and_input_format(tmp_path: Path) -> None:
    path = tmp_path / "records.txt"
    path.write_bytes(b'{"id": 7, "body": "a  b"}\n{"id": 8, "body": "ok\\n"}\n')
    where = f"{path}:1 (id 7)"
    options = ["--field", "body", "--input-format", "jsonl", str(path)]
    for command in ("check", "diff", "explain"):
        code, stdout, stderr = invoke(command, *options)
        assert code == (1 if command == "check" else 0) and "error" not in stderr, command
        assert where in stdout, command
    code, stdout, _ = invoke("explain", "--format", "json", *options)
    found = [json.loads(line) for line in stdout.splitlines()]
    assert [(x.get("record"), x["status"]) for x in found] == [("7", "changed"), (None, "changed")]
    assert invoke("fix", *options)[0] == 0
    assert path.read_bytes() == b'{"id": 7, "body": "a b"}\n{"id": 8, "body": "ok\\n"}\n'


def test_format_option_reads_any_name(tmp_path: Path) -> None:
    path = tmp_path / "records.txt"
    path.write_bytes(b'{"text": "a  b"}\n')
    assert invoke("fix", "--input-format", "jsonl", str(path))[0] == 0
    assert path.read_bytes() == b'{"text": "a b"}\n'
    code, _, stderr = invoke("check", "--input-format", "csv", str(path))
    assert code == 2 and "setting 'input_format'" in stderr


def test_damaged_compressed_file_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    data = gzip.compress(jsonl_bytes(records(200)))
    path.write_bytes(data[: len(data) // 2])
    code, _, stderr = invoke("fix", str(path))
    assert code == 3
    assert f"cleaner: error: {path}: damaged gzip data" in stderr
    assert path.read_bytes() == data[: len(data) // 2]
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


def test_cache_skips_a_clean_dataset(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(jsonl_bytes(records(5)))
    assert invoke("fix", str(path))[0] == 0
    from cleaner.datasets import jsonl

    def fail(*args, **kwargs):
        raise AssertionError("a file the cache knows clean was read")

    monkeypatch.setattr(jsonl, "clean_lines", fail)
    assert invoke("check", str(path))[0] == 0
    monkeypatch.undo()
    # Another field is another configuration: read again (the field is an object: bad).
    assert invoke("check", "--field", "meta", str(path))[0] == 3


def test_folders_take_datasets_by_include(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(3)))
    (tmp_path / "b.txt").write_text("x  y\n")
    code, stdout, _ = invoke("check", "--include", "*.jsonl", "--include", "*.txt", str(tmp_path))
    assert code == 1
    assert f"would clean {tmp_path / 'a.jsonl'}:1 (id 0)" in stdout
    assert f"would clean {tmp_path / 'b.txt'}" in stdout


@pytest.fixture
def cleaning_pids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file to which every record's cleaning appends the id of the process that did it
    (forked workers inherit the patch)."""
    from cleaner.datasets import jsonl

    real = jsonl.clean_field
    pids = tmp_path / "pids"

    def clean_and_note_pid(text, config, keep):
        with open(pids, "a") as out:
            out.write(f"{os.getpid()}\n")
        return real(text, config, keep)

    monkeypatch.setattr(jsonl, "clean_field", clean_and_note_pid)
    return pids


def test_jobs_spread_one_file_over_worker_processes(tmp_path: Path, cleaning_pids: Path) -> None:
    """--jobs 2 cleans the batches of a single file in more than one process."""
    pids = cleaning_pids
    path = tmp_path / "c.jsonl"
    rows = records(80)  # 10 batches of 8
    path.write_bytes(jsonl_bytes(rows))
    assert invoke("fix", "--jobs", "2", str(path))[0] == 0
    seen = pids.read_text().split()
    assert len(seen) == 80
    assert len(set(seen) - {str(os.getpid())}) >= 1  # workers did some of them
    assert [json.loads(line)["text"] for line in path.read_text().splitlines()] == [
        clean_record(row["text"]) for row in rows
    ]


def test_read_only_dataset_fails_only_if_a_record_would_change(tmp_path: Path) -> None:
    clean_file, dirty_file = tmp_path / "clean.jsonl", tmp_path / "dirty.jsonl"
    clean_file.write_bytes(b'{"text": "ok\\n"}\n')
    dirty_file.write_bytes(b'{"text": "a  b"}\n')
    for path in (clean_file, dirty_file):
        path.chmod(0o444)
    code, _, stderr = invoke("fix", str(clean_file), str(dirty_file))
    assert code == 3
    assert [line for line in stderr.splitlines() if "error" in line] == [
        f"cleaner: error: {dirty_file}: read-only file, left untouched"
    ]
    assert dirty_file.read_bytes() == b'{"text": "a  b"}\n'


def test_full_disk_leaves_the_dataset_and_no_temp_file(tmp_path: Path, monkeypatch) -> None:
    import os

    def no_space(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    path = tmp_path / "c.jsonl.gz"
    write(path, jsonl_bytes(records(20)))
    before = path.read_bytes()
    monkeypatch.setattr(os, "fsync", no_space)
    code, _, stderr = invoke("fix", str(path))
    assert code == 3
    assert f"cleaner: error: {path}: cannot write: No space left on device, left untouched" in (
        stderr
    )
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


def test_datasets_among_many_text_files_same_with_one_or_two_jobs(tmp_path: Path) -> None:
    """In the pool of text files, a dataset is cleaned in order, its records listed."""
    outputs = []
    for jobs in ("1", "2"):
        folder = tmp_path / jobs
        folder.mkdir()
        (folder / "a.jsonl").write_bytes(jsonl_bytes(records(10)))
        for i in range(12):
            (folder / f"t{i:02}.txt").write_text("x  y\n" if i % 2 else "ok\n")
        (folder / "z.jsonl").write_bytes(jsonl_bytes(records(4)))
        code, stdout, _ = invoke(
            "check", "--jobs", jobs, "--include", "*.jsonl", "--include", "*.txt", str(folder)
        )
        assert code == 1
        outputs.append(stdout.replace(str(folder), "DIR"))
    assert outputs[0] == outputs[1]
    lines = outputs[0].splitlines()
    assert lines[0] == "would clean DIR/a.jsonl:1 (id 0)"
    assert lines[-1] == "would clean DIR/z.jsonl (2 of 4 records would change)"
    assert "would clean DIR/t01.txt" in lines


def test_small_dataset_files_go_whole_to_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over many small dataset files, --jobs 2 gives each file whole to one worker, as it
    does text files: here only a sample of the first record is cleaned (to load what the
    passes need before the workers fork), each file in a single worker, and the outcomes
    come in the order of the files, each file's records before its own line."""
    from cleaner.datasets import jsonl

    real, log = jsonl.clean_field, tmp_path / "log"

    def clean_and_note_file_and_pid(text, config, keep):
        with open(log, "a") as out:
            out.write(f"{text.split()[0]} {os.getpid()}\n")
        return real(text, config, keep)

    monkeypatch.setattr(jsonl, "clean_field", clean_and_note_file_and_pid)
    paths = [tmp_path / f"shard-{k}.jsonl" for k in range(9)]
    for k, path in enumerate(paths):
        rows = records(24)
        for row in rows:
            row["text"] = f"file{k} " + row["text"]
        path.write_bytes(jsonl_bytes(rows))
    code, stdout, _ = invoke("check", "--jobs", "2", *map(str, paths))
    assert code == 1
    lines = stdout.splitlines()
    file_lines = [line for line in lines if " records would change)" in line]
    assert [line.split()[2] for line in file_lines] == list(map(str, paths))
    assert lines.index(file_lines[0]) == 8  # the first file's 8 changed records come first
    pids_by_file: dict[str, set[str]] = {}
    for line in log.read_text().splitlines():
        name, pid = line.split()
        pids_by_file.setdefault(name, set()).add(pid)
    assert sorted(pids_by_file) == [f"file{k}" for k in range(9)]
    assert all(len(pids) == 1 for pids in pids_by_file.values())
    workers = set.union(*pids_by_file.values())
    assert 1 <= len(workers) <= 2 and str(os.getpid()) not in workers


def test_whole_files_in_workers_same_as_in_process(tmp_path: Path) -> None:
    """Whole dataset files cleaned in workers give the same files as one process."""
    results = []
    for jobs in ("1", "2"):
        folder = tmp_path / jobs
        folder.mkdir()
        paths = [folder / f"s{k}.jsonl.gz" for k in range(9)]
        for k, path in enumerate(paths):
            write(path, jsonl_bytes(records(30 + k)))
        assert invoke("fix", "--jobs", jobs, *map(str, paths))[0] == 0
        results.append([read(path) for path in paths])
    assert results[0] == results[1]
    assert results[0][0] != jsonl_bytes(records(30))


def test_dataset_files_of_a_run_share_their_workers(
    tmp_path: Path, cleaning_pids: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over many large dataset files, --jobs 2 starts its workers once: only the first
    file's first batch is cleaned here, every other batch by one of two worker processes."""
    from cleaner import pool

    monkeypatch.setattr(pool, "WHOLE_DATASET_BYTES", 0)  # every file counts as large
    pids = cleaning_pids
    paths = [tmp_path / f"shard-{k}.jsonl" for k in range(9)]  # a pool needs 8 paths or more
    for path in paths:
        path.write_bytes(jsonl_bytes(records(24)))  # 3 batches of 8 each
    assert invoke("fix", "--jobs", "2", *map(str, paths))[0] == 0
    seen = pids.read_text().split()
    assert len(seen) == 9 * 24
    assert seen.count(str(os.getpid())) == 8  # the first batch of the first file
    assert len(set(seen) - {str(os.getpid())}) <= 2
    expected = [clean_record(row["text"]) for row in records(24)]
    for path in paths:
        assert [json.loads(line)["text"] for line in path.read_text().splitlines()] == expected
