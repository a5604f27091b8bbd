"""Benchmark of ``cleaner learn``: time and memory over a generated corpus of many files.

Writes N articles (default 10,000) into a temporary folder: random prose from a fixed word
list, and from each of a few made-up sites a header and footer of its own furniture (with
dates and counts that vary). Then times :func:`learn_repeated_lines` over the folder and
checks that it finds the sites' furniture and no prose.

    python bench/bench_learn.py [--quick] [--files N]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner.files import find_files
from cleaner.learn import learn_repeated_lines, normalize_for_learning

SEED = 7
WORDS = [
    "the",
    "council",
    "harbour",
    "ferry",
    "voted",
    "minister",
    "said",
    "people",
    "city",
    "market",
    "river",
    "winter",
    "report",
    "government",
    "school",
    "new",
    "old",
    "first",
    "last",
    "year",
    "month",
    "week",
    "water",
    "road",
    "bridge",
    "price",
    "money",
    "workers",
    "union",
    "plan",
    "north",
    "south",
    "a",
    "of",
    "to",
    "in",
    "and",
    "for",
    "with",
    "on",
    "by",
    "was",
    "were",
    "will",
    "would",
    "could",
    "after",
    "before",
    "during",
    "since",
    "because",
    "while",
    "many",
    "few",
    "most",
    "some",
    "every",
    "each",
    "other",
    "more",
    "less",
]
# Site furniture; {n} becomes a number that changes from page to page.
SITES = [
    (
        [f"Site {s} Daily News", "Skip to content", f"Home » Section {s}"],
        [
            f"© {{n}} Site {s} Media. All rights reserved.",
            "Share this:",
            f"More from Site {s}",
            f"{{n}} comments on this story at site {s}",
        ],
    )
    for s in ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel")
]


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 20))
    return " ".join(words).capitalize() + "."


def write_corpus(folder: Path, count: int, rng: random.Random) -> None:
    """``count`` articles, each from one site, with 3 to 8 paragraphs of prose."""
    for k in range(count):
        header, footer = rng.choice(SITES)
        paragraphs = [
            " ".join(sentence(rng) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(3, 8))
        ]
        lines = [*header, *paragraphs, *(f.format(n=rng.randint(2000, 2024)) for f in footer)]
        sub = folder / f"{k % 100:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article-{k:06d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 files")
    parser.add_argument("--files", type=int, default=10_000)
    args = parser.parse_args()
    count = 1_000 if args.quick else args.files
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="cleaner-learn-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        write_corpus(folder, count, rng)
        print(f"wrote {count} files in {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        result = learn_repeated_lines(find_files([str(folder)], ("*.txt",)))
        seconds = time.perf_counter() - start
    expected = {normalize_for_learning(line) for header, footer in SITES for line in header}
    expected |= {normalize_for_learning(f.format(n=2020)) for _, footer in SITES for f in footer}
    found = {r.key for r in result.lines}
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"learn over {result.documents} files: {seconds:.1f} s (target < 60 s)")
    print(f"peak memory of the process: {peak_mb:.0f} MB")
    print(
        f"repeated lines found: {len(found)}; site furniture found: "
        f"{len(found & expected)}/{len(expected)}; other lines found: {len(found - expected)}"
    )


if __name__ == "__main__":
    main()
