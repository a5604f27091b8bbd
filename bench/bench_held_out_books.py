"""Speed on real books held out of speed tuning: the default pipeline against ftfy, per book.

    CLEANER_REAL_CORPUS=bench/data/real python bench/bench_held_out_books.py [--rounds N]

The speed benchmark's books (``bench/bench_speed.py``, layout 7) are the books every speed
change was tuned on: mainstream novels. These ten (``bench/data/real/held-out``; provenance,
licence and checksums in its README, rebuilt by ``tools/build_real_corpus.py --kinds
held-out``) are what a corpus also holds: verse (Milton, Pope's Iliad, Dante, Camões),
Middle English (Chaucer), coined words (Joyce), notes and numbered maxims (Sun Tzu), and
Spanish, French and German prose. Read them once a session, after tuning, and report the
figures apart from the speed benchmark's.

Each book is timed as ``bench/bench_speed.py`` times a layout (its ``layout_row``): ftfy,
the pipeline and each pass on the text it gets there, the best of ``--rounds``, each run as
cold as a new corpus (cleaner's caches of lines and tokens emptied; tables loaded once).
The ratio is ftfy's time over cleaner's: above 1, cleaner is faster.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_speed import layout_row  # noqa: E402
from real_corpus import real_documents  # noqa: E402

from cleaner.passes import PASSES  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="timed calls, best kept")
    args = parser.parse_args(argv)
    books = real_documents("held-out")
    names = [step.name for step in PASSES]
    print("| book | MB | ftfy MB/s | cleaner MB/s | ratio | " + " | ".join(names) + " |")
    print("| --- " * (5 + len(names)) + "|")
    total_mb = total_ftfy = total_cleaner = 0.0
    for name, text in books:
        megabytes = len(text.encode()) / 1e6
        row = layout_row([text], args.rounds)
        total_mb += megabytes
        total_ftfy += row["ftfy"]
        total_cleaner += row["clean"]
        per_pass = " | ".join(f"{row[pass_name] * 1000 / megabytes:.0f}" for pass_name in names)
        print(
            f"| {name} | {megabytes:.2f} | {megabytes / row['ftfy']:.2f} | "
            f"{megabytes / row['clean']:.2f} | {row['ftfy'] / row['clean']:.2f} | {per_pass} |"
        )
    print(
        f"\nall {len(books)} books, {total_mb:.2f} MB: ftfy {total_mb / total_ftfy:.2f} MB/s, "
        f"cleaner {total_mb / total_cleaner:.2f} MB/s, ratio {total_ftfy / total_cleaner:.2f} "
        "(pass columns: ms per MB of the book)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
