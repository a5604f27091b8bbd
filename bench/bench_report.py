"""Benchmark of ``cleaner report``: page size and build time over many files.

Generated corpus (default 10,000 files): news-like articles from speed_corpus.py, of which
about half get one or two kinds of dirt (mojibake, NO-BREAK SPACEs, CRLF, trailing
spaces, hard wraps), a quarter get site furniture lines, a few get merged words, and the
rest are already clean. Real corpus (``--real``): the public-domain novels and State of the
Union addresses of bench/data/books and bench/data/modern (provenance in their READMEs),
one file each. Prints the files, the page's size and the wall and CPU time of the whole
``cleaner report`` process; ``--open`` also loads the page in headless Chromium.

    python bench/bench_report.py [--files N] [--real] [--open] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from speed_corpus import dirty_variant, news_article  # noqa: E402

import cleaner  # noqa: E402

FURNITURE = [
    "Share this article", "Post a Comment", "Sign up for our newsletter",
    "Posted in News | Tagged council, harbour", "Related Posts", "Advertisement",
]  # fmt: skip
MERGED = ["issuedpreviously", "sackedlast", "locatednear", "votedagainst"]


def generated_corpus(folder: Path, files: int) -> None:
    """Write ``files`` articles into ``folder``, in subfolders of 1,000."""
    for index in range(files):
        rng = random.Random(index)
        text = cleaner.clean(news_article(index, rng.randint(800, 4000)))
        kind = rng.random()
        if kind < 0.5:
            text = dirty_variant(text, index)
        elif kind < 0.75:
            text = "\n\n".join([rng.choice(FURNITURE), text, *rng.sample(FURNITURE, 2)]) + "\n"
        elif kind < 0.8:
            text = text.replace(" the ", f" {rng.choice(MERGED)} the ", 1)
        sub = folder / f"part{index // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article{index:05d}.txt").write_text(text, encoding="utf-8")


def real_corpus(folder: Path) -> None:
    """The novels and addresses of bench/data, unpacked, one file each."""
    for source in sorted([*(ROOT / "bench/data/books").glob("*.gz"),
                          *(ROOT / "bench/data/modern").glob("*.gz")]):  # fmt: skip
        (folder / source.name.removesuffix(".gz")).write_bytes(gzip.decompress(source.read_bytes()))


def time_report(folder: Path, page: Path) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (all processes) and the stderr line of one report run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = [sys.executable, "-m", "cleaner", "report", str(folder), "-o", str(page)]
    run = subprocess.run([*command, "--no-cache"], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if run.returncode not in (0, 3):
        sys.exit(f"cleaner report failed ({run.returncode}): {run.stderr}")
    return wall, cpu, run.stderr.strip().splitlines()[-1]


def open_seconds(page: Path) -> float:
    """Seconds for headless Chromium to load the page and run its script."""
    sys.path.insert(0, str(ROOT / "tests"))
    from browser import open_browser

    with open_browser() as driver:
        started = time.perf_counter()
        driver.get(page.resolve().as_uri())
        driver.find_element("css selector", "body[data-ready]")
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--real", action="store_true", help="the real corpus instead")
    parser.add_argument("--open", action="store_true", help="time loading it in Chromium")
    parser.add_argument("--keep", type=Path, help="write the corpus and page here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp)
        corpus = folder / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        if args.real:
            real_corpus(corpus)
        else:
            generated_corpus(corpus, args.files)
        size = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
        print(f"corpus: {sum(1 for _ in corpus.rglob('*.txt')):,} files, {size / 1e6:.1f} MB "
              f"(made in {time.perf_counter() - started:.1f} s)")  # fmt: skip
        page = folder / "report.html"
        wall, cpu, line = time_report(corpus, page)
        print(f"cleaner report: {wall:.1f} s wall, {cpu:.1f} s CPU; {line}")
        print(f"page: {page.stat().st_size:,} bytes ({page.stat().st_size / 1e6:.2f} MB)")
        if args.open:
            print(f"opened in headless Chromium in {open_seconds(page):.2f} s")


if __name__ == "__main__":
    main()
