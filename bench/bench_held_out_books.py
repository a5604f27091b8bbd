"""Speed on real books held out of speed tuning: the default pipeline against ftfy, per book.

    CLEANER_REAL_CORPUS=bench/data/real python bench/bench_held_out_books.py [--rounds N]

The speed benchmark's books (``bench/bench_speed.py``, layout 7) are the books every speed
change was tuned on: mainstream novels. These ten (``bench/data/real/held-out``; provenance,
licence and checksums in its README, rebuilt by ``tools/build_real_corpus.py --kinds
held-out``) are what a corpus also holds: verse (Milton, Pope's Iliad, Dante, Camões),
Middle English (Chaucer), coined words (Joyce), notes and numbered maxims (Sun Tzu), and
Spanish, French and German prose. Read them once a session, after tuning, and report the
figures apart from the speed benchmark's.

Each book is cleaned once to warm the caches (word tables, compiled patterns), then
``ftfy.fix_text`` and ``cleaner.clean`` are timed in turn, CPU time, the best of
``--rounds``; then each pass of the pipeline on the text it gets there (ms per MB of the
book). The ratio is ftfy's time over cleaner's: above 1, cleaner is faster.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import ftfy  # noqa: E402
from real_corpus import real_documents  # noqa: E402

import cleaner  # noqa: E402
from cleaner.config import Config  # noqa: E402
from cleaner.passes import PASSES  # noqa: E402
from cleaner.pipeline import run_pass  # noqa: E402


def best_time(function, text: str, rounds: int) -> float:
    """The least CPU time of ``rounds`` calls of ``function(text)``, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        function(text)
        best = min(best, time.process_time() - start)
    return best


def pass_costs(text: str, config: Config) -> dict[str, float]:
    """Each pass's CPU seconds on the text the pipeline gives it (one run, no settling).

    >>> sorted(pass_costs("Caf\\u00c3\\u00a9\\n", Config()))[:2]
    ['boilerplate', 'encoding']
    """
    costs = {}
    for step in PASSES:
        start = time.process_time()
        text = run_pass(step.name, text, config)
        costs[step.name] = time.process_time() - start
    return costs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="timed calls, best kept")
    args = parser.parse_args(argv)
    books = real_documents("held-out")
    config = Config()
    for _, text in books:  # Warm: word tables, compiled patterns, language models.
        cleaner.clean(text)
        ftfy.fix_text(text)
    names = [step.name for step in PASSES]
    print("| book | MB | ftfy MB/s | cleaner MB/s | ratio | " + " | ".join(names) + " |")
    print("| --- " * (5 + len(names)) + "|")
    total_mb = total_ftfy = total_cleaner = 0.0
    for name, text in books:
        megabytes = len(text.encode()) / 1e6
        ftfy_time = best_time(ftfy.fix_text, text, args.rounds)
        cleaner_time = best_time(cleaner.clean, text, args.rounds)
        costs = pass_costs(text, config)
        total_mb += megabytes
        total_ftfy += ftfy_time
        total_cleaner += cleaner_time
        per_pass = " | ".join(f"{costs[pass_name] * 1000 / megabytes:.0f}" for pass_name in names)
        print(
            f"| {name} | {megabytes:.2f} | {megabytes / ftfy_time:.2f} | "
            f"{megabytes / cleaner_time:.2f} | {ftfy_time / cleaner_time:.2f} | {per_pass} |"
        )
    print(
        f"\nall {len(books)} books, {total_mb:.2f} MB: ftfy {total_mb / total_ftfy:.2f} MB/s, "
        f"cleaner {total_mb / total_cleaner:.2f} MB/s, ratio {total_ftfy / total_cleaner:.2f} "
        "(pass columns: ms per MB of the book)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
