"""``fix`` in one process writes a file back while it cleans the next (cleaner/write_behind.py):
the same files and outcomes, in the same order, as one file at a time."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import cleaner.runner as runner
from cleaner.config import Config
from cleaner.report import FileOutcome, Status
from cleaner.runner import Action, process_file, process_files

TEXTS = ["Clean.\n", "Not  clean.\r\n", "Caf\u00c3\u00a9\n", "“Quoted”\n", "x \n"]


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    """Clean and dirty files mixed, one read-only (its write fails), one not UTF-8, one
    missing."""
    paths = []
    for i in range(12):
        path = tmp_path / f"f{i:02}.txt"
        path.write_text(TEXTS[i % len(TEXTS)], encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "f06.txt").chmod(0o444)  # dirty: its write is refused
    (tmp_path / "f07.txt").write_bytes(b"caf\xe9\n")
    return [*paths, str(tmp_path / "missing.txt")]


def summary(outcomes: list[FileOutcome]) -> list[tuple[str, Status, str, bool]]:
    return [(Path(o.path).name, o.status, o.message, o.stat is not None) for o in outcomes]


def test_the_outcomes_are_those_of_one_file_at_a_time(files: list[str], tmp_path: Path) -> None:
    copies = [f.replace(str(tmp_path), str(tmp_path / "one")) for f in files]
    (tmp_path / "one").mkdir()
    for source, copy in zip(files, copies, strict=True):
        if os.path.exists(source):
            Path(copy).write_bytes(Path(source).read_bytes())
            os.chmod(copy, os.stat(source).st_mode)
    one_at_a_time = [process_file(path, Config(), Action.FIX) for path in copies]
    outcomes = list(process_files(files, Config(), Action.FIX, jobs=1))
    assert summary(outcomes) == summary(one_at_a_time)
    assert {o.status for o in outcomes} == set(Status)
    for source, copy in zip(files, copies, strict=True):
        if os.path.exists(source):
            assert Path(source).read_bytes() == Path(copy).read_bytes()


def test_the_writes_run_beside_the_cleaning_and_each_outcome_follows_its_write(
    files: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[tuple[str, bool]] = []
    real = runner.write_atomic

    def write_atomic(path, data, **options):
        real(path, data, **options)
        written.append((path, threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(runner, "write_atomic", write_atomic)
    for outcome in process_files(files, Config(), Action.FIX, jobs=1):
        if outcome.status is Status.CHANGED:
            assert (outcome.path, False) in written  # on disk when its outcome comes
    assert len(written) == 7  # (on a worker thread)


def test_a_file_named_twice_is_read_again_once_written(tmp_path: Path) -> None:
    dirty = tmp_path / "dirty.txt"
    dirty.write_text("Not  clean.\n")
    (tmp_path / "link.txt").symlink_to(dirty)
    paths = [str(dirty), str(dirty), str(tmp_path / "link.txt")]
    outcomes = list(process_files(paths, Config(), Action.FIX, jobs=1))
    assert [o.status for o in outcomes] == [Status.CHANGED, Status.UNCHANGED, Status.UNCHANGED]
    assert dirty.read_text() == "Not clean.\n"


def test_a_run_stopped_early_writes_what_it_reported_and_no_more(files: list[str]) -> None:
    outcomes = process_files(files, Config(), Action.FIX, jobs=1)
    assert [next(outcomes).status for _ in range(2)] == [Status.UNCHANGED, Status.CHANGED]
    outcomes.close()
    assert Path(files[1]).read_text() == "Not clean.\n"
    assert Path(files[2]).read_text() == "Caf\u00c3\u00a9\n"  # cleaned, not written
    assert not [name for name in os.listdir(Path(files[0]).parent) if name.startswith(".")]
    assert threading.active_count() == 1
