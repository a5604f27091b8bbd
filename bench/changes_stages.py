"""One stage of changes as data over a layout, for callgrind's instruction count.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python bench/changes_stages.py first-word-alone json     # cleaning, then the JSON
    valgrind ... python bench/changes_stages.py first-word-alone plain    # cleaning alone
    valgrind ... python bench/changes_stages.py first-word-alone none     # start-up alone
    valgrind ... python bench/changes_stages.py first-word-alone clean    # cleaner.clean

Stages: ``none`` (start-up and the layout's texts), ``clean`` (``cleaner.clean``, what
the speed benchmark's overhead is over), ``plain`` (``clean_and_explain``),
``offsets`` (and the offset map), ``changes`` (and every change with its rule and spans),
``json`` (and the JSON line, as ``--format json`` writes it). Run each with
``PYTHONHASHSEED=0``; ``(json - clean) / (clean - none)`` is the JSON's overhead in
instructions, steady where CPU time on a shared machine moves by 10-25% run to run
(session 13's figures, 0.2 MB: docs/benchmarks.md). ``PYTHONPATH`` picks the checkout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_changes import VARIANTS
from caches import clear_line_caches
from speed_layouts import LAYOUTS, layout_documents

import cleaner
from cleaner.changes import step_changes
from cleaner.offsets import collection_paused

STAGES = ("none", "clean", "plain", "offsets", "changes", "json")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("layout", choices=LAYOUTS)
    parser.add_argument("stage", choices=STAGES)
    parser.add_argument("--mb", type=float, default=0.2, help="megabytes of the layout")
    args = parser.parse_args()
    texts = [text for _, text in layout_documents(args.layout, args.mb)]
    VARIANTS["json"](texts[0])  # warm: word tables, compiled rules, ftfy
    clear_line_caches()
    config = cleaner.Config()
    for text in texts if args.stage != "none" else ():
        if args.stage in ("json", "clean"):
            VARIANTS["plain" if args.stage == "clean" else "json"](text)
            continue
        result = cleaner.clean_and_explain(text)
        with collection_paused():  # as the map and the changes are built for the JSON
            if args.stage == "offsets":
                _ = result.offset_map
            elif args.stage == "changes":
                list(step_changes(result, config))


if __name__ == "__main__":
    main()
