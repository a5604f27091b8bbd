"""Parquet dataset files: the text column cleaned, schema, row groups and codecs kept."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from cleaner import Config, clean
from cleaner.cli import app
from cleaner.datasets import records
from cleaner.files import TEMP_PREFIX

DIRTY = "Don\u2019t  panic\r\n"


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 16 records, so that small files make several (and --jobs 2 uses workers)."""
    monkeypatch.setattr(records, "BATCH_RECORDS", 16)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def corpus(n: int) -> pa.Table:
    schema = pa.schema(
        [
            pa.field("id", pa.string()),
            pa.field("text", pa.large_string(), metadata={"note": "the document"}),
            pa.field("score", pa.float64()),
            pa.field("tags", pa.list_(pa.string())),
        ],
        metadata={"source": "tests", "licence": "CC0"},
    )
    return pa.table(
        {
            "id": [f"doc-{i}" for i in range(n)],
            "text": [DIRTY + str(i) if i % 3 == 0 else f"clean {i}\n" for i in range(n)],
            "score": [i / 7 for i in range(n)],
            "tags": [["a", "b"][: i % 3] for i in range(n)],
        },
        schema=schema,
    )


@pytest.mark.parametrize("codec", ["zstd", "snappy", "gzip", "none"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fix_keeps_schema_row_groups_and_codec(tmp_path: Path, codec: str, jobs: str) -> None:
    table = corpus(130)
    path = tmp_path / "c.parquet"
    pq.write_table(table, path, row_group_size=50, compression=codec)
    schema = pq.ParquetFile(path).schema_arrow
    code, _, stderr = invoke("fix", "--jobs", jobs, str(path))
    assert code == 0, stderr
    assert "44 of 130 records cleaned" in stderr
    new = pq.ParquetFile(path)
    assert new.schema_arrow.equals(schema, check_metadata=True)
    assert new.schema_arrow.metadata[b"licence"] == b"CC0"
    assert new.schema_arrow.field("text").metadata == {b"note": b"the document"}
    sizes = [new.metadata.row_group(i).num_rows for i in range(new.metadata.num_row_groups)]
    assert sizes == [50, 50, 30]
    expected_codec = "UNCOMPRESSED" if codec == "none" else codec.upper()
    assert {new.metadata.row_group(0).column(i).compression for i in range(4)} == {expected_codec}
    result = new.read()
    assert result.column("text").to_pylist() == [
        clean(t, Config(final_newline="keep")) for t in table["text"].to_pylist()
    ]
    for name in ("id", "score", "tags"):
        assert result.column(name).to_pylist() == table.column(name).to_pylist()
    # A clean file is not rewritten.
    mtime = path.stat().st_mtime_ns
    assert invoke("fix", "--no-cache", str(path))[0] == 0
    assert path.stat().st_mtime_ns == mtime
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


def test_check_names_rows_with_their_id(tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    pq.write_table(corpus(5), path)
    code, stdout, _ = invoke("check", str(path))
    assert code == 1
    assert stdout.splitlines() == [
        f"would clean {path}:1 (id doc-0)",
        f"would clean {path}:4 (id doc-3)",
        f"would clean {path} (2 of 5 records would change)",
    ]


def test_null_is_a_bad_record_and_others_go_on(tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    pq.write_table(pa.table({"text": ["a  b", None, "c\n"]}), path)
    code, _, stderr = invoke("fix", str(path))
    assert code == 3
    assert f"cleaner: error: {path}:2: field 'text' is null, not a string" in stderr
    assert pq.read_table(path).column("text").to_pylist() == ["a b", None, "c\n"]


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        (pa.table({"body": ["x"]}), "no field 'text' (fields: body)"),
        (pa.table({"text": [1, 2]}), "field 'text' is int64, not a string"),
    ],
)
def test_a_file_without_a_text_column_is_one_error(
    tmp_path: Path, table: pa.Table, problem: str
) -> None:
    path = tmp_path / "c.parquet"
    pq.write_table(table, path)
    before = path.read_bytes()
    code, _, stderr = invoke("fix", str(path))
    assert code == 3
    assert stderr.splitlines()[0] == f"cleaner: error: {path}: {problem}"
    assert path.read_bytes() == before


def test_not_parquet_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    path.write_bytes(b"PAR1 not really")
    code, _, stderr = invoke("check", str(path))
    assert code == 3
    assert stderr.startswith(f"cleaner: error: {path}: not a readable Parquet file (")


def test_field_option_selects_the_column(tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    pq.write_table(pa.table({"body": ["a  b"], "text": ["c  d"]}), path)
    assert invoke("fix", "--field", "body", str(path))[0] == 0
    assert pq.read_table(path).to_pylist() == [{"body": "a b", "text": "c  d"}]
