"""--jobs: a process pool gives the same outcomes, in the same order, as one process."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.config import Config
from cleaner.pool import CHUNK_SIZE, CHUNKS_PER_WORKER
from cleaner.report import Status
from cleaner.runner import MIN_FILES_FOR_POOL, Action, process_files

TEXTS = ["Clean.\n", "Not  clean.\r\n", "Caf\u00c3\u00a9\n", "“Quoted”\n", "x \n"]


@pytest.fixture
def many_files(tmp_path: Path) -> list[str]:
    """More files than a few chunks, clean and dirty mixed, plus a broken one and a missing one."""
    paths = []
    for i in range(CHUNK_SIZE * 5 + 3):
        path = tmp_path / f"f{i:03}.txt"
        path.write_text(TEXTS[i % len(TEXTS)], encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "f050.txt").write_bytes(b"caf\xe9\n")  # not UTF-8: fails
    return [*paths, str(tmp_path / "missing.txt")]


def summary(outcomes) -> list[tuple[str, Status, tuple[str, ...]]]:
    return [(Path(o.path).name, o.status, o.passes) for o in outcomes]


@pytest.mark.parametrize("action", [Action.CHECK, Action.DIFF])
def test_pool_gives_the_same_outcomes_in_order(many_files: list[str], action: Action) -> None:
    one = list(process_files(many_files, Config(), action, jobs=1))
    two = list(process_files(many_files, Config(), action, jobs=2))
    assert summary(two) == summary(one)
    assert [o.result for o in two] == [o.result for o in one]
    assert {o.status for o in one} == set(Status)


def test_check_outcomes_carry_no_texts(many_files: list[str]) -> None:
    outcomes = list(process_files(many_files, Config(), Action.CHECK, jobs=2))
    assert all(o.result is None for o in outcomes)


def test_few_files_stay_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", None)  # would fail if used
    paths = []
    for i in range(MIN_FILES_FOR_POOL - 1):
        (tmp_path / f"{i}.txt").write_text("a  b\n")
        paths.append(str(tmp_path / f"{i}.txt"))
    outcomes = list(process_files(paths, Config(), Action.CHECK, jobs=2))
    assert [o.status for o in outcomes] == [Status.CHANGED] * len(paths)


def test_paths_are_consumed_lazily(tmp_path: Path) -> None:
    """The pool takes paths as it goes: at most a few chunks per worker are in flight."""
    in_flight = 2 * CHUNKS_PER_WORKER * CHUNK_SIZE
    for i in range(3 * in_flight):
        (tmp_path / f"{i}.txt").write_text("a\n")
    taken = []

    def paths():
        for i in range(3 * in_flight):
            taken.append(i)
            yield str(tmp_path / f"{i}.txt")

    outcomes = process_files(paths(), Config(), Action.CHECK, jobs=2)
    next(outcomes)
    assert len(taken) <= in_flight + CHUNK_SIZE
    assert len(list(outcomes)) == 3 * in_flight - 1


@pytest.mark.parametrize("command", ["check", "fix", "diff", "explain"])
def test_cli_output_is_the_same_with_one_or_two_jobs(
    many_files: list[str], tmp_path: Path, command: str
) -> None:
    """Over a pool, what diff and explain show of each file is made in its worker."""
    runner = CliRunner()
    args = [command, "--no-cache", str(tmp_path)]
    if command == "fix":  # fixing twice would compare different inputs: compare a copy
        results = []
        for jobs in ("1", "2"):
            for i, path in enumerate(many_files[:-1]):
                if i != 50:
                    Path(path).write_text(TEXTS[i % len(TEXTS)], encoding="utf-8")
            results.append(runner.invoke(app, [*args, "--jobs", jobs]))
    else:
        results = [runner.invoke(app, [*args, "--jobs", jobs]) for jobs in ("1", "2")]
    assert results[0].exit_code == results[1].exit_code == 3
    assert results[0].output == results[1].output
    shown = {"check": "would clean", "fix": "cleaned", "diff": "(cleaned)", "explain": "  (space"}
    assert shown[command] in results[0].output


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--format", "json"],
        ["check", "--format", "json", "--summary"],
        ["explain", "--format", "json"],
    ],
)
def test_json_is_the_same_with_one_or_two_jobs(
    many_files: list[str], tmp_path: Path, args: list[str]
) -> None:
    """Over a pool each file's JSON is made in the worker that cleaned it; the lines (the
    totals) are those one process prints."""
    runner = CliRunner()
    results = [
        runner.invoke(app, [*args, "--no-cache", str(tmp_path), "--jobs", jobs])
        for jobs in ("1", "2")
    ]
    assert results[0].exit_code == results[1].exit_code == 3
    assert results[0].stdout == results[1].stdout
    lines = results[0].stdout.splitlines()
    assert len(lines) == (1 if "--summary" in args else len(many_files) - 1)
    assert '"rule": "whitespace.' in results[0].stdout or "--summary" in args


def test_json_outcomes_from_workers_carry_no_texts(many_files: list[str]) -> None:
    from cleaner.rendering import JsonMode

    outcomes = list(process_files(many_files, Config(), Action.CHECK, show=JsonMode(), jobs=2))
    assert all(o.result is None and o.json_line for o in outcomes)
    assert sum('"status": "changed"' in o.json_line for o in outcomes) > CHUNK_SIZE
