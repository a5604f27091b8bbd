"""What the content guards cost: their share of the default pipeline's CPU time per layout.

    python bench/bench_guards.py [--megabytes 0.5]

Each layout of the speed corpus (bench/speed_layouts.py; the real books and non-Latin prose
when bench/data/real is built) is cleaned once to load the tables, then again as cold as a
new corpus (bench/caches.py), with each pass's guard timed (CPU time); printed is each
guard's share of the whole run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from caches import clear_line_caches  # noqa: E402
from speed_layouts import LAYOUTS, layout_documents  # noqa: E402

import cleaner  # noqa: E402
from cleaner import guard  # noqa: E402


def guard_shares(texts: list[str]) -> tuple[float, dict[str, float]]:
    """Seconds of CPU to clean ``texts`` cold, and each pass's guard's share of them."""
    spent: dict[str, float] = defaultdict(float)
    check_step = guard.check_step

    def timed(cleaning_pass, before: str, after: str, options: dict) -> None:
        start = time.process_time()
        try:
            check_step(cleaning_pass, before, after, options)
        finally:
            spent[cleaning_pass.name] += time.process_time() - start

    for text in texts:  # (tables loaded, as a long run has them)
        cleaner.clean(text)
    clear_line_caches()
    guard.check_step = timed
    try:
        start = time.process_time()
        for text in texts:
            cleaner.clean(text)
        total = time.process_time() - start
    finally:
        guard.check_step = check_step
    return total, {name: seconds / total for name, seconds in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=0.5)
    args = parser.parse_args()
    print(f"{'layout':20} {'CPU s':>6} {'guards':>7}  by pass")
    for name in LAYOUTS:
        texts = [text for _, text in layout_documents(name, args.megabytes)]
        if not texts:
            continue
        total, shares = guard_shares(texts)
        by_pass = "  ".join(
            f"{p} {share:.1%}" for p, share in sorted(shares.items(), key=lambda x: -x[1])
        )
        print(f"{name:20} {total:6.2f} {sum(shares.values()):7.1%}  {by_pass}")


if __name__ == "__main__":
    main()
