"""Parquet records (pyarrow, the ``parquet`` extra): a row group at a time, its text column
cleaned in batches and the row group written back with the same schema and codec.

Kept: the schema and its metadata (field metadata too), the row order, each row group's
number of rows, each column's compression codec and the format version. Not kept byte for
byte: encodings, page sizes, statistics and the ``created_by`` string (pyarrow's own).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from cleaner.config import Config
from cleaner.datasets.records import BatchMapper, Cleaned, batched, clean_field
from cleaner.files import FileProblem

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq

# Parquet's codec names as pyarrow's writer takes them.
CODECS = {"UNCOMPRESSED": "none", "LZ4_RAW": "lz4", "LZ4": "lz4"}


@dataclass(frozen=True)
class Row:
    """One row's field: its number in the file (from 1), its id, its text (None: null)."""

    number: int
    record_id: str | None
    text: str | None


def pyarrow_parquet() -> Any:
    """``pyarrow.parquet``, or a problem saying how to install it."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise FileProblem(
            "Parquet file, and pyarrow is not installed; pip install 'cleaner[parquet]'"
        ) from None
    return pq


def open_parquet(handle: IO[bytes]) -> pq.ParquetFile:
    """The Parquet file behind ``handle``, or a problem saying why it cannot be read."""
    pq = pyarrow_parquet()
    import pyarrow as pa

    try:
        return pq.ParquetFile(handle)
    except (pa.ArrowException, OSError) as error:
        raise FileProblem(f"not a readable Parquet file ({_first_line(error)})") from None


def field_index(parquet: pq.ParquetFile, field: str) -> int:
    """The column of ``field``, which must hold strings."""
    import pyarrow as pa

    schema = parquet.schema_arrow
    index = schema.get_field_index(field)
    if index < 0:
        raise FileProblem(f"no field {field!r} (fields: {', '.join(schema.names)})")
    kind = schema.field(index).type
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
        raise FileProblem(f"field {field!r} is {kind}, not a string")
    return index


def make_writer(parquet: pq.ParquetFile, out: IO[bytes]) -> pq.ParquetWriter:
    """A writer with the schema (and its metadata), codecs and version of ``parquet``."""
    pq = pyarrow_parquet()
    metadata = parquet.metadata
    codecs: dict[str, str] | str = "snappy"
    if metadata.num_row_groups:
        group = metadata.row_group(0)
        codecs = {
            group.column(i).path_in_schema: CODECS.get(
                group.column(i).compression, group.column(i).compression.lower()
            )
            for i in range(group.num_columns)
        }
    return pq.ParquetWriter(
        out, parquet.schema_arrow, compression=codecs, version=metadata.format_version
    )


def rows_of(table: pa.Table, index: int, first: int) -> list[Row]:
    """The rows of one row group (numbered from ``first``), with their ``id`` where any."""
    texts = table.column(index).to_pylist()
    ids: list[Any] = (
        table.column("id").to_pylist() if "id" in table.schema.names else [None] * len(texts)
    )
    return [
        Row(first + i, None if record_id is None else str(record_id), text)
        for i, (record_id, text) in enumerate(zip(ids, texts, strict=True))
    ]


def clean_rows(rows: list[Row], config: Config, keep: bool) -> list[Cleaned]:
    """Clean each row's text; a null is a bad record, left as it is."""
    return [
        Cleaned(error=f"field {config.field!r} is null, not a string")
        if row.text is None
        else clean_field(row.text, config, keep)
        for row in rows
    ]


def clean_row_group(
    table: pa.Table, index: int, first: int, mapper: BatchMapper
) -> Iterator[tuple[Row, Cleaned]]:
    """Each row of a row group with its cleaned field, in order (batches over the workers)."""
    rows = rows_of(table, index, first)
    batches = list(batched(rows, lambda row: len(row.text or ""), mapper.jobs))
    for batch, results in mapper.map(clean_rows, batches):
        yield from zip(batch, results, strict=True)


def replace_column(table: pa.Table, index: int, texts: list[str | None]) -> pa.Table:
    """``table`` with column ``index`` holding ``texts`` (same type, field and metadata)."""
    import pyarrow as pa

    field = table.schema.field(index)
    return table.set_column(index, field, pa.array(texts, type=field.type))


@contextlib.contextmanager
def arrow_problems() -> Iterator[None]:
    """pyarrow's errors while reading or writing (a damaged row group) as a FileProblem."""
    pyarrow_parquet()  # says how to install pyarrow if it is missing
    import pyarrow as pa

    try:
        yield
    except pa.ArrowException as error:
        raise FileProblem(f"cannot read or write Parquet data ({_first_line(error)})") from None


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
