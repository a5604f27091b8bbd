"""Dataset files: JSON Lines (plain, gzip, zstd) and Parquet, one field cleaned per record.

Records reach the passes as ``str``, exactly as a text file's text does; this package only
reads them, writes them back and reports on each. A file is streamed a batch of records
(JSON Lines) or a row group (Parquet) at a time, and ``fix`` writes it to a temporary
file that replaces the original only at the end, as for a text file.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from cleaner.config import Config
from cleaner.datasets.records import BatchMapper, Cleaned, batched
from cleaner.files import AtomicOutput, FileProblem, dataset_format, file_stamp
from cleaner.report import FileOutcome, Status

# Bytes of a file looked at to tell its compression (and read back from a gzip header).
HEAD_BYTES = 1024


def process_dataset(
    path: str, config: Config, action_name: str, *, show: bool = False, jobs: int = 1
) -> Iterator[FileOutcome]:
    """Clean the field of every record of a dataset file: an outcome for each record that
    changes, fails or has a warning (``record`` true), then one for the whole file.

    ``action_name`` is the runner's action ("fix" writes the file back). Never raises for
    a problem with the file or a record.
    """
    keep = action_name in ("diff", "explain") or show
    tally = Tally(config.passes)
    try:
        with open_input(path) as (handle, stamp):
            tally.stamp = stamp
            kind = dataset_format(path, config)
            process = _process_jsonl if kind == "jsonl" else _process_parquet
            yield from process(path, handle, config, action_name, keep, jobs, tally)
    except FileProblem as problem:
        yield FileOutcome(path, Status.FAILED, str(problem))
        return
    except OSError as error:
        yield FileOutcome(path, Status.FAILED, f"cannot read: {error.strerror or error}")
        return
    yield tally.outcome(path, written=action_name == "fix")


def first_text(path: str, config: Config, most_chars: int) -> str | None:
    """The start (up to ``most_chars``) of the first record's field, or None if it cannot
    be read: a sample of the file's text, to load what its passes need before workers fork.

    >>> import json, tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as f:
    ...     _ = f.write(json.dumps({"text": "Hello, world"}) + "\\n"); f.flush()
    ...     first_text(f.name, Config(), 5)
    'Hello'
    """
    import json

    try:
        with open_input(path) as (handle, _):
            if dataset_format(path, config) == "parquet":
                from cleaner.datasets import parquet

                source = parquet.open_parquet(handle)
                column = source.read_row_group(0, columns=[config.field]).column(0)
                value = column[0].as_py() if len(column) else None
            else:
                from cleaner.datasets import jsonl

                head = handle.read(HEAD_BYTES)
                handle.seek(0)
                reader = jsonl.open_reader(handle, jsonl.compression(head))
                value = json.loads(reader.readline()).get(config.field)
    except Exception:  # only a sample: the file's problems are reported when it is cleaned
        return None
    return value[:most_chars] if isinstance(value, str) else None


@contextlib.contextmanager
def open_input(path: str) -> Iterator[tuple[IO[bytes], tuple[int, ...]]]:
    """The file opened for reading and its stamp; failures become :class:`FileProblem`."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise FileProblem("not a regular file (folder, pipe, socket or device), skipped")
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the stream is read
    except FileNotFoundError:
        raise FileProblem("no such file or folder") from None
    except PermissionError:
        raise FileProblem("permission denied, left untouched") from None
    except OSError as error:
        raise FileProblem(f"cannot read: {error.strerror or error}") from None
    with handle:
        yield handle, file_stamp(os.fstat(handle.fileno()))


@dataclass
class Tally:
    """Counts over one dataset file, and the file's outcome from them."""

    order: tuple[str, ...]
    records: int = 0
    changed: int = 0
    failed: int = 0
    passes: set[str] = field(default_factory=set)
    stamp: tuple[int, ...] | None = None
    committed: bool = False
    # Why ``fix`` cannot write the file (read-only...): an error only if a record changes.
    write_problem: FileProblem | None = None

    def add(
        self, path: str, line: int, record_id: str | None, cleaned: Cleaned
    ) -> FileOutcome | None:
        """Count one record; its outcome if there is something to say about it."""
        self.records += 1
        name = f"{path}:{line}"
        where = f"{name} (id {record_id})" if record_id is not None else name
        record = {"dataset_file": str(path), "line": line, "record_id": record_id}
        if cleaned.error:
            self.failed += 1
            return FileOutcome(name, Status.FAILED, cleaned.error, **record)
        if cleaned.text is not None:
            self.changed += 1
            self.passes.update(cleaned.passes)
            return FileOutcome(
                where,
                Status.CHANGED,
                passes=cleaned.passes,
                result=cleaned.result,
                warnings=cleaned.warnings,
                **record,
            )
        if cleaned.warnings:
            return FileOutcome(where, Status.UNCHANGED, warnings=cleaned.warnings, **record)
        return None

    def outcome(self, path: str, *, written: bool) -> FileOutcome:
        """The file's outcome: failed if a record was bad, else changed or not."""
        verb = "cleaned" if written else "would change"
        message = f"{self.changed} of {self.records} records {verb}"
        passes = tuple(name for name in self.order if name in self.passes)
        counts = (self.records, self.changed, self.failed)
        if self.failed:
            noun, pronoun = ("record", "it was") if self.failed == 1 else ("records", "they were")
            message = f"{self.failed} bad {noun} left as {pronoun}; {message}"
            return FileOutcome(path, Status.FAILED, message, passes=passes, record_counts=counts)
        if not self.changed:
            size_and_time = (self.stamp[-2], self.stamp[-1]) if self.stamp else None
            return FileOutcome(
                path, Status.UNCHANGED, message, stat=size_and_time, record_counts=counts
            )
        from cleaner.cache import file_stat

        stat_after = file_stat(path) if self.committed else None
        return FileOutcome(
            path, Status.CHANGED, message, passes=passes, stat=stat_after, record_counts=counts
        )


def _process_jsonl(
    path: str,
    handle: IO[bytes],
    config: Config,
    action_name: str,
    keep: bool,
    jobs: int,
    tally: Tally,
) -> Iterator[FileOutcome]:
    from cleaner.datasets import jsonl

    head = handle.read(HEAD_BYTES)
    handle.seek(0)
    kind = jsonl.compression(head)
    reader = jsonl.open_reader(handle, kind)
    with _output(path, action_name, tally) as out, BatchMapper(config, keep, jobs) as mapper:
        writer = jsonl.open_writer(out.handle, kind, head) if out else None
        batches = batched(jsonl.read_lines(reader), lambda line: len(line.body), jobs)
        for lines, records in mapper.map(jsonl.clean_lines, _reading(batches, kind)):
            for record in records:
                outcome = tally.add(path, record.number, record.record_id, record.cleaned)
                if outcome is not None:
                    yield outcome
            if writer is not None:
                data = b"".join(
                    (line.body if record.body is None else record.body) + line.end
                    for line, record in zip(lines, records, strict=True)
                )
                with _writing():
                    writer.write(data)
        with _writing():
            if writer is not None and out is not None and writer is not out.handle:
                writer.close()  # the compressor's end; the file itself stays open
        _finish(out, tally)


def _reading(batches: Iterator[list], kind: str) -> Iterator[list]:
    """``batches``, with a damaged compressed stream reported as a problem with the file."""
    try:
        yield from batches
    except (OSError, EOFError) as error:
        raise FileProblem(f"damaged {kind or 'JSON Lines'} data ({error})") from None
    except Exception as error:  # zstandard.ZstdError has no common base with the above
        if type(error).__name__ != "ZstdError":
            raise
        raise FileProblem(f"damaged zstd data ({error})") from None


def _process_parquet(
    path: str,
    handle: IO[bytes],
    config: Config,
    action_name: str,
    keep: bool,
    jobs: int,
    tally: Tally,
) -> Iterator[FileOutcome]:
    from cleaner.datasets import parquet

    with parquet.arrow_problems():
        yield from _parquet_records(path, handle, config, action_name, keep, jobs, tally)


def _parquet_records(
    path: str,
    handle: IO[bytes],
    config: Config,
    action_name: str,
    keep: bool,
    jobs: int,
    tally: Tally,
) -> Iterator[FileOutcome]:
    from cleaner.datasets import parquet

    source = parquet.open_parquet(handle)
    index = parquet.field_index(source, config.field)
    with _output(path, action_name, tally) as out, BatchMapper(config, keep, jobs) as mapper:
        writer = parquet.make_writer(source, out.handle) if out else None
        first = 1
        for group in range(source.num_row_groups):
            table = source.read_row_group(group)
            texts: list[str | None] = []
            for row, cleaned in parquet.clean_row_group(table, index, first, mapper):
                outcome = tally.add(path, row.number, row.record_id, cleaned)
                if outcome is not None:
                    yield outcome
                texts.append(row.text if cleaned.text is None else cleaned.text)
            if writer is not None:
                table = parquet.replace_column(table, index, texts)
                with _writing():
                    writer.write_table(table, row_group_size=max(1, table.num_rows))
            first += table.num_rows
            del table, texts
        if writer is not None:
            with _writing():
                writer.close()
        _finish(out, tally)


@contextlib.contextmanager
def _output(path: str, action_name: str, tally: Tally) -> Iterator[AtomicOutput | None]:
    """For ``fix``, the temporary file the new dataset is written to; else None."""
    if action_name != "fix":
        yield None
        return
    try:
        out = AtomicOutput(path, expected=tally.stamp)
    except FileProblem as problem:  # read-only...: an error only if a record would change
        tally.write_problem = problem
        yield None
        return
    with out:
        yield out


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    """A failure to write the temporary file (a full disk) as a problem with the file."""
    try:
        yield
    except OSError as error:
        raise FileProblem(f"cannot write: {error.strerror or error}, left untouched") from None


def _finish(out: AtomicOutput | None, tally: Tally) -> None:
    """Replace the file with the new one if any record changed (else leave it untouched)."""
    if tally.changed and tally.write_problem is not None:
        raise tally.write_problem
    if tally.changed and out is not None:
        out.commit()
        tally.committed = True
