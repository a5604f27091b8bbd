"""What changes as data cost: the offset map and the JSON objects, against plain cleaning.

    python bench/bench_changes.py [--quick]

For each corpus, in one process, the best of a few runs over all its documents of:

- ``plain``: ``cleaner.clean(text)`` (what ``fix`` and ``check`` do without ``--format``);
- ``steps``: ``cleaner.clean_and_explain(text)`` (the record ``diff`` and ``explain`` keep);
- ``offsets``: that, plus the offset map built and a span every 100 characters mapped back;
- ``json``: that, plus every change with its rule (``result.changes()``) as the JSON line
  ``--format json`` prints.

Then the whole command line, ``cleaner check --no-cache -j 1`` with and without
``--format json``, on the same files. Corpora: generated news prose, clean and dirty (see
speed_corpus.py, the speed benchmark's own), which the offset code was written against;
and real text it was not tuned on: the public-domain novels of bench/data/books and the
State of the Union addresses of bench/data/modern (documents of about 20,000 characters),
as they are and hard-wrapped at 72 columns (so that unwrap makes a change every line).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from caches import clear_line_caches
from speed_corpus import dirty_variant, news_article

import cleaner
from cleaner.json_output import file_line
from cleaner.report import FileOutcome, Status

DATA = Path(__file__).resolve().parent / "data"
DOCUMENT_CHARS = 20_000


def documents_of(text: str, size: int = DOCUMENT_CHARS) -> list[str]:
    """``text`` cut at paragraph ends into documents of about ``size`` characters."""
    documents, current = [], []
    length = 0
    for paragraph in text.split("\n\n"):
        current.append(paragraph)
        length += len(paragraph) + 2
        if length >= size:
            documents.append("\n\n".join(current) + "\n")
            current, length = [], 0
    if current:
        documents.append("\n\n".join(current) + "\n")
    return documents


def hard_wrapped(text: str, width: int = 72) -> str:
    """Every paragraph hard-wrapped at ``width`` columns, as plain-text e-books are."""
    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n") if p.strip()) + "\n"


def real_corpus(folder: str, chars: int) -> list[str]:
    """Documents from the gzipped texts of ``bench/data/<folder>``, up to ``chars`` in all,
    taken evenly from every file."""
    files = sorted((DATA / folder).glob("*.txt.gz"))
    share = chars // len(files)
    documents = []
    for path in files:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        documents += documents_of(text[:share])
    return documents


def corpora(quick: bool) -> dict[str, list[str]]:
    chars = 300_000 if quick else 1_500_000
    count = max(chars // DOCUMENT_CHARS, 1)
    news = [news_article(i, DOCUMENT_CHARS) for i in range(count)]
    books = real_corpus("books", chars)
    modern = real_corpus("modern", chars)
    return {
        "news prose, clean (generated)": news,
        "news prose, dirty (generated)": [dirty_variant(t, i) for i, t in enumerate(news)],
        "novels (real)": books,
        "novels, hard-wrapped at 72 (real)": [hard_wrapped(t) for t in books],
        "State of the Union 1900-2026 (real)": modern,
    }


def plain(text: str) -> object:
    return cleaner.clean(text)


def steps(text: str) -> object:
    return cleaner.clean_and_explain(text)


def offsets(text: str) -> object:
    result = cleaner.clean_and_explain(text)
    spans = [result.source_span(start, start + 5) for start in range(0, len(result.text), 100)]
    return result.offset_map, spans


def as_json(text: str) -> object:
    result = cleaner.clean_and_explain(text)
    status = Status.CHANGED if result.changed else Status.UNCHANGED
    return file_line(FileOutcome("doc.txt", status, result=result), cleaner.Config())


VARIANTS: dict[str, Callable[[str], object]] = {
    "plain": plain,
    "steps": steps,
    "offsets": offsets,
    "json": as_json,
}


def best_times(documents: list[str], repeats: int) -> dict[str, float]:
    """Seconds per variant over all documents: the best of ``repeats`` interleaved rounds,
    each as cold as a new corpus (bench/caches.py): else a variant run after another on the
    same texts finds its lines' verdicts cached, and its extra cost looks smaller."""
    best = dict.fromkeys(VARIANTS, float("inf"))
    for _ in range(repeats):
        for name, function in VARIANTS.items():
            clear_line_caches()
            start = time.perf_counter()
            for text in documents:
                function(text)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def change_count(documents: list[str]) -> int:
    return sum(len(cleaner.clean_and_explain(text).changes()) for text in documents)


def print_library(quick: bool) -> None:
    repeats = 2 if quick else 3
    print(f"in-process, best of {repeats} (overhead against plain cleaning)")
    header = f"{'corpus':<38} {'MB':>5} {'changes':>8} {'plain s':>8}"
    print(header + "".join(f" {name:>14}" for name in list(VARIANTS)[1:]))
    for name, documents in corpora(quick).items():
        for text in documents[:2]:  # warm up: word tables, compiled rules, ftfy
            as_json(text)
        times = best_times(documents, repeats)
        megabytes = sum(len(t.encode("utf-8")) for t in documents) / 1e6
        row = f"{name:<38} {megabytes:5.2f} {change_count(documents):8} {times['plain']:8.2f}"
        for variant in list(VARIANTS)[1:]:
            extra = times[variant] / times["plain"] - 1
            row += f" {times[variant]:6.2f} ({extra:+4.0%})"
        print(row)


def print_command_line(quick: bool) -> None:
    """``cleaner check`` on files, with and without ``--format json`` (best of 3)."""
    documents = corpora(True)["news prose, dirty (generated)"][: 10 if quick else 15]
    documents += corpora(True)["novels, hard-wrapped at 72 (real)"][: 10 if quick else 15]
    with tempfile.TemporaryDirectory() as folder:
        for i, text in enumerate(documents):
            Path(folder, f"doc-{i:03}.txt").write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "cleaner", "check", "--no-cache", "-j", "1", folder]
        env = {**os.environ, "CLEANER_CACHE_DIR": str(Path(folder, ".cache"))}
        times = {}
        for label, extra in (("text", []), ("--format json", ["--format", "json"])):
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                done = subprocess.run(command + extra, capture_output=True, env=env, check=False)
                runs.append(time.perf_counter() - start)
            times[label] = min(runs)
            if extra:
                lines = done.stdout.decode().splitlines()
                assert len(lines) == len(documents) and all(json.loads(x) for x in lines)
    ratio = times["--format json"] / times["text"] - 1
    print(
        f"\ncleaner check --no-cache -j 1, {len(documents)} files: "
        f"{times['text']:.2f} s; --format json {times['--format json']:.2f} s ({ratio:+.0%})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small corpus, for CI")
    quick = parser.parse_args().quick
    print_library(quick)
    print_command_line(quick)


if __name__ == "__main__":
    main()
