"""The cache of files known clean: hits, misses, invalidation, --no-cache, corruption."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cache import Cache, cache_dir, cache_file, file_stat
from cleaner.cli import app
from cleaner.config import Config, build_config
from cleaner.report import Status
from cleaner.runner import Action, process_files

CLEAN = "Clean text.\n"
DIRTY = "Dirty  text.\r\n"


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    (tmp_path / "clean.txt").write_text(CLEAN)
    (tmp_path / "dirty.txt").write_text(DIRTY)
    return [str(tmp_path / "clean.txt"), str(tmp_path / "dirty.txt")]


def check(paths: list[str], config: Config | None = None, *, cache: Cache | None = None):
    """Run ``check`` with a cache read from disk (or the one given), then save it."""
    config = config or Config()
    cache = cache or Cache.read(config)
    outcomes = list(process_files(paths, config, Action.CHECK, cache=cache))
    cache.write()
    return [(Path(o.path).name, o.status, o.cached) for o in outcomes]


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "c"
    monkeypatch.delenv("CLEANER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "cleaner"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path.home() / ".cache" / "cleaner"


def test_second_run_skips_clean_files_only(files: list[str]) -> None:
    assert check(files) == [
        ("clean.txt", Status.UNCHANGED, False),
        ("dirty.txt", Status.CHANGED, False),
    ]
    assert check(files) == [
        ("clean.txt", Status.UNCHANGED, True),
        ("dirty.txt", Status.CHANGED, False),
    ]


def test_a_changed_size_or_mtime_invalidates(files: list[str]) -> None:
    check(files)
    clean = Path(files[0])
    clean.write_text("Clean text, longer.\n")  # new size
    assert check(files)[0] == ("clean.txt", Status.UNCHANGED, False)
    info = clean.stat()
    os.utime(clean, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))  # same size
    assert check(files)[0] == ("clean.txt", Status.UNCHANGED, False)
    clean.write_text("Dirty  text!\n")
    os.utime(clean, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000))
    assert check(files)[0] == ("clean.txt", Status.CHANGED, False)
    assert check(files)[0] == ("clean.txt", Status.CHANGED, False)  # forgotten, not cached


def test_each_config_has_its_own_cache(files: list[str]) -> None:
    check(files)
    other = build_config({"encoding": {"uncurl_quotes": False}})
    assert cache_file(other) != cache_file(Config())
    assert check(files, other)[0] == ("clean.txt", Status.UNCHANGED, False)
    assert check(files, other)[0] == ("clean.txt", Status.UNCHANGED, True)


def test_fix_records_the_files_it_writes(files: list[str]) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["fix", "--jobs", "1", *files]).exit_code == 0
    assert check(files) == [
        ("clean.txt", Status.UNCHANGED, True),
        ("dirty.txt", Status.UNCHANGED, True),
    ]


def test_a_cache_file_of_other_settings_is_not_believed(files: list[str]) -> None:
    """Two settings whose keys share a file name (a CRC) only evict each other."""
    check(files)
    other = build_config({"encoding": {"uncurl_quotes": False}})
    cache_file(other).parent.mkdir(parents=True, exist_ok=True)
    cache_file(other).write_bytes(cache_file(Config()).read_bytes())  # as if names collided
    assert Cache.read(other).clean == {}
    assert Cache.read(Config()).is_clean(files[0])


@pytest.mark.parametrize("garbage", [b"", b"not json", b"[1, 2]", b'{"clean": {"a": 1}}'])
def test_a_corrupt_cache_is_ignored_and_replaced(files: list[str], garbage: bytes) -> None:
    path = cache_file(Config())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(garbage)
    assert check(files)[0] == ("clean.txt", Status.UNCHANGED, False)
    assert check(files)[0] == ("clean.txt", Status.UNCHANGED, True)


def test_cli_uses_the_cache_unless_told_not_to(files: list[str]) -> None:
    """A cache that (wrongly) lists the dirty file as clean is believed, except --no-cache."""
    runner = CliRunner()
    cache = Cache.read(Config())
    cache.mark_clean(files[1], file_stat(files[1]))
    cache.write()
    assert runner.invoke(app, ["check", files[1]]).exit_code == 0
    assert runner.invoke(app, ["check", "--no-cache", files[1]]).exit_code == 1
    assert runner.invoke(app, ["check", "--no-cache", files[0]]).exit_code == 0
    assert Cache.read(Config()).clean == cache.clean  # --no-cache wrote nothing


def test_explain_ignores_the_cache(files: list[str]) -> None:
    check(files)
    result = CliRunner().invoke(app, ["explain", files[0]])
    assert "clean: no pass changes it" in result.output


def test_an_unwritable_cache_dir_is_not_an_error(files, monkeypatch, tmp_path) -> None:
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "file" / "sub"))
    assert check(files)[0] == ("clean.txt", Status.UNCHANGED, False)


def test_overlapping_runs_keep_each_others_entries(tmp_path: Path) -> None:
    """A long run (a huge ``fix``) saves its entries without dropping those a shorter run
    saved meanwhile, and the other way round: each writes only its own changes."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(CLEAN)
    second.write_text(CLEAN)
    long_run, short_run = Cache.read(Config()), Cache.read(Config())
    long_run.mark_clean(str(first), file_stat(str(first)))
    short_run.mark_clean(str(second), file_stat(str(second)))
    short_run.write()
    long_run.write()
    assert Cache.read(Config()).is_clean(str(first))
    assert Cache.read(Config()).is_clean(str(second))
    later = Cache.read(Config())
    later.forget(str(second))
    Cache.read(Config()).write()  # a run with nothing to save writes nothing
    later.write()
    assert Cache.read(Config()).is_clean(str(first))
    assert not Cache.read(Config()).is_clean(str(second))
