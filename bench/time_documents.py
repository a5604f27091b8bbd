"""CPU time of ``cleaner.clean`` on each document of the speed corpus, slowest first.

    CLEANER_REAL_CORPUS=bench/data/real python bench/time_documents.py [LAYOUT...] [--top N]

The totals of ``bench/bench_speed.py`` hide one slow document among many; this names it.
Session 20's first final run did not finish because one Russian novel took 178 s (a
quadratic regex in a new ``boilerplate`` screen) while every other document took a second.
Run it after merging a change to a pass. Layouts are ``bench/speed_layouts.py``'s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from speed_layouts import LAYOUTS, layout_documents  # noqa: E402

import cleaner  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("layouts", nargs="*", default=list(LAYOUTS), help="layouts to time")
    parser.add_argument("--mb", type=float, default=0.5, help="megabytes of each generated layout")
    parser.add_argument("--top", type=int, default=5, help="documents printed per layout")
    args = parser.parse_args()
    for layout in args.layouts:
        timed = []
        for name, text in layout_documents(layout, args.mb):
            started = time.process_time()
            cleaner.clean(text)
            seconds = time.process_time() - started
            timed.append((seconds, len(text.encode("utf-8")) / 1e6, name))
        timed.sort(reverse=True)
        total = sum(seconds for seconds, _, _ in timed)
        print(f"{layout}: {len(timed)} documents, {total:.2f} s CPU")
        for seconds, megabytes, name in timed[: args.top]:
            rate = megabytes / seconds if seconds else float("inf")
            print(f"  {seconds:8.2f} s  {megabytes:6.2f} MB  {rate:7.2f} MB/s  {name}")


if __name__ == "__main__":
    main()
