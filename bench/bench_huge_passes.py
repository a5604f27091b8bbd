"""Where the time goes when ``fix`` cleans one huge file: each pass, timed inside the run.

    python bench/bench_huge_passes.py [--megabytes N] [--layout NAME]

Builds the file ``bench/bench_memory.py`` builds (20 MB of the hard-wrapped layout by
default, ``--layout`` another of the speed benchmark's layouts), then cleans it in process
as ``cleaner fix`` does (``cleaner.chunks.clean_text``: the ``paragraph_local`` passes a block
at a time, the others on the whole text) and prints each pass's CPU seconds, calls and
MB/s, its content guard included. A pass that slows down on a huge text shows here first
(``unwrap`` ran at 5.6 MB/s on 20 MB and 13.5 MB/s on 5 MB before session 19).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_memory import build_layout_file  # noqa: E402

import cleaner.chunks  # noqa: E402
import cleaner.pipeline  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=20)
    parser.add_argument("--layout", default="hard-wrapped")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "huge.txt")
        build_layout_file(path, args.megabytes, args.layout)
        text = path.read_text(encoding="utf-8")
    seconds: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    run_pass = cleaner.pipeline.run_pass

    def timed(name: str, current: str, config: cleaner.Config) -> str:
        start = time.process_time()
        after = run_pass(name, current, config)
        seconds[name] += time.process_time() - start
        calls[name] += 1
        return after

    cleaner.chunks.run_pass = timed  # (chunks imported it by name)
    size = len(text.encode("utf-8")) / 1e6
    start = time.process_time()
    cleaner.chunks.clean_text(text)
    total = time.process_time() - start
    print(f"{args.layout}, {size:.1f} MB: {total:.2f} CPU s, {size / total:.2f} MB/s")
    for name, spent in seconds.items():
        print(
            f"  {name:12} {spent:6.2f} s {spent / total:6.1%}  calls {calls[name]:4}"
            f"  {size / spent:7.1f} MB/s"
        )


if __name__ == "__main__":
    main()
