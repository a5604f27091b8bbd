"""Start-up stays cheap: what a whole ``cleaner check`` process imports (not how long it takes).

A pre-commit hook starts cleaner on every commit, mostly on files already known clean, so the
modules that cost tens of milliseconds to import (the passes and their tables, regex, ftfy,
rich, typer, charset_normalizer) must load only when a file needs them. Read from
``python -X importtime``, which lists every module a process imports, once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Modules that must not load when no file needs cleaning (prefixes: submodules count too).
HEAVY = ("regex", "ftfy", "rich", "typer", "charset_normalizer", "cleaner.passes.")
# What a clean ASCII file, cleaned for the first time, never needs: ftfy (the encoding pass's
# pre-check passes clean lines), the terminal libraries, regex (only to judge a word the
# lexicon does not know), importlib.resources with the zipfile, tempfile and gzip it
# brings (data files are read by path; the word table is mapped, a bucket at a time), the
# content guards (only a changed text is checked), hashlib (only a huge file is digested),
# page text's code (off by default), the renderings of diffs and JSON, ``string``, and
# ``dataclasses`` and ``inspect`` (with ``ast``, ``dis`` and ``tokenize``, ~8 ms: the records
# on this path are NamedTuples or plain classes, and a pass's settings are read from its
# function's defaults).
NEVER_FOR_CLEAN_ASCII = (
    "ftfy",
    "rich",
    "typer",
    "charset_normalizer",
    "regex",
    "cleaner.passes.split.unicode",
    "importlib.resources",
    "zipfile",
    "tempfile",
    "gzip",
    "cleaner.guard",
    "hashlib",
    "cleaner.passes.boilerplate.page",  # only with page_text
    "cleaner.passes.boilerplate.around",  # only with page_text
    "cleaner.rendering",  # only for diff, explain and --format json
    "string",
    "dataclasses",
    "inspect",
)
CLEAN = "A clean line of plain text.\n\nAnd a second paragraph.\n"
# A rare word the split pass looks up in the lexicon, which knows it.
CLEAN_WITH_A_RARE_WORD = "The sesquipedalian lecturer spoke.\n\nAnd a second paragraph.\n"


def imported_modules(arguments: list[str], folder: Path, status: int = 0) -> set[str]:
    """Every module a ``python -m cleaner ARGUMENTS`` process run in ``folder`` imports
    (its exit status must be ``status``)."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cleaner", *arguments],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(ROOT)},  # this checkout's cleaner, wherever run
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == status, completed.stderr
    lines = [line for line in completed.stderr.splitlines() if line.startswith("import time:")]
    return {line.rsplit("|", 1)[1].strip() for line in lines[1:]}  # [0] is the header


def heavy(modules: set[str], prefixes: tuple[str, ...]) -> set[str]:
    return {
        m for m in modules if any(m == p or m.startswith(p.rstrip(".") + ".") for p in prefixes)
    }


def test_a_cache_hit_imports_no_pass_and_no_heavy_library(tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    first = imported_modules(["check", "clean.txt"], tmp_path)  # fills the cache
    second = imported_modules(["check", "clean.txt"], tmp_path)
    assert "cleaner.passes.whitespace" in first  # the check above can see a pass load
    assert "cleaner.runner" in second
    assert heavy(second, HEAVY) == set()


def test_a_clean_ascii_file_needs_neither_ftfy_nor_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    modules = imported_modules(["check", "--no-cache", "clean.txt"], tmp_path)
    assert "cleaner.passes.encoding" in modules
    assert heavy(modules, NEVER_FOR_CLEAN_ASCII) == set()


def test_a_word_the_lexicon_knows_needs_no_regex(tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_text(CLEAN_WITH_A_RARE_WORD, encoding="utf-8")
    modules = imported_modules(["check", "--no-cache", "clean.txt"], tmp_path)
    assert "cleaner.lexicon" in modules  # the word was looked up
    assert heavy(modules, NEVER_FOR_CLEAN_ASCII) == set()


def test_an_unknown_merged_word_loads_regex_to_judge_it(tmp_path: Path) -> None:
    (tmp_path / "merged.txt").write_text("It was issuedpreviously.\n", encoding="utf-8")
    modules = imported_modules(["check", "--no-cache", "merged.txt"], tmp_path, status=1)
    assert {"regex", "cleaner.passes.split.unicode"} <= modules
