"""Real documents cut into windows of whole lines, cleaned twice: how many does a second run
change, and does any raise?

    python bench/bench_line_windows.py [--files GLOB] [--sizes 150,260,400] [--stride 50]

``bench/bench_windows.py`` cuts at characters, every 2,500; this cuts at line breaks, at
several lengths and a stride of lines, so a window starts and ends at other places of a
page (a footer's page, a table's rows, a field list). The default is the RFCs of
``bench/data/rfc`` (session 40: 3 of 4,123 windows changed by a second run, 0 after the
fixes of ``pages``; the one left, RFC 2867's field values read as numbered pages, was
fixed too). A gzipped file is read as its text.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import clean  # noqa: E402

SKIPPED = ("README.md", "SHA256SUMS")


def windows(lines: list[str], sizes: list[int], stride: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each window of ``sizes`` lines, every ``stride`` lines.

    >>> windows(["a"] * 10, [4], 3)
    [(0, 4), (3, 7), (6, 10)]
    """
    return [
        (start, start + size)
        for size in sizes
        for start in range(0, max(1, len(lines) - size // 2), stride)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", default="bench/data/rfc/*.txt", help="a glob under the root")
    parser.add_argument("--sizes", default="150,260,400", help="window lengths in lines")
    parser.add_argument("--stride", type=int, default=50, help="lines between window starts")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    count = changed = raised = 0
    for path in sorted(ROOT.glob(args.files)):
        if path.name in SKIPPED or not path.is_file():
            continue
        data = path.read_bytes()
        data = gzip.decompress(data) if path.suffix == ".gz" else data
        lines = data.decode("utf-8", errors="replace").split("\n")
        for start, end in windows(lines, sizes, args.stride):
            text = "\n".join(lines[start:end]) + "\n"
            count += 1
            try:
                once = clean(text)
                if clean(once) != once:
                    changed += 1
                    print(f"changed: {path.relative_to(ROOT)} lines {start}-{end}")
            except Exception as error:  # (counted and named; the run goes on)
                raised += 1
                print(f"raised: {path.relative_to(ROOT)} lines {start}-{end}: {error!r}")
    print(f"{count} windows, {changed} changed by a second run, {raised} raised")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
