"""How fast can a pipeline that repairs with ftfy be, per layout? The bound ftfy itself sets.

    python bench/bench_ftfy_bound.py [--megabytes 1]

The ``encoding`` pass gives ftfy only the lines its pre-check cannot prove ftfy would leave
alone (or only uncurl): for each layout of the speed corpus (bench/speed_layouts.py) this
prints the share of the text in such lines, and the CPU time ``ftfy.fix_text`` takes on them
alone as a share of its time on the whole text. Any pipeline that hands those lines to ftfy
once is at most ``1 / share`` times as fast as ``ftfy.fix_text`` on the whole text, before
it does anything else: that is the bound printed. Issue 12 asks for 3x.
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

from cleaner.passes.encoding import LINE_BREAK_RE, PLAIN_LINE_RE  # noqa: E402
from cleaner.passes.encoding.precheck import (  # noqa: E402
    entities_and_ligatures_fixed,
    ftfy_only_uncurls,
)


def needs_ftfy(line: str) -> bool:
    """Whether the encoding pass must give this line to ftfy: neither plain, nor proven to
    need at most uncurled quotes, unescaped entities and ligatures spelt out (default
    settings: entities are unescaped in a line with no ``<``)."""
    if PLAIN_LINE_RE.fullmatch(line):
        return False
    unescape = "<" not in line
    if ftfy_only_uncurls(line, unescape=unescape):
        return False
    fixed = entities_and_ligatures_fixed(line, unescape=unescape, ligatures=True)
    return fixed is None or not ftfy_only_uncurls(fixed, unescape=unescape)


def cpu_seconds(texts: list[str]) -> float:
    import ftfy

    start = time.process_time()
    for text in texts:
        ftfy.fix_text(text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0, help="of each layout")
    args = parser.parse_args()
    print(f"{'layout':20} {'MB':>5} {'to ftfy':>8} {'its ftfy time':>14} {'bound':>8}")
    for layout in LAYOUTS:
        texts = [text for _, text in layout_documents(layout, args.megabytes)]
        if not texts:
            continue
        lines = [line for text in texts for line in LINE_BREAK_RE.split(text)[0::2]]
        needed = [line for line in lines if needs_ftfy(line)]
        share = sum(map(len, needed)) / sum(map(len, texts))
        whole, part = cpu_seconds(texts), cpu_seconds(needed)
        bound = f"{whole / part:7.1f}x" if part > whole / 1000 else "   none"
        size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        print(f"{layout:20} {size:5.1f} {share:8.1%} {part / whole:14.1%} {bound}")


if __name__ == "__main__":
    main()
