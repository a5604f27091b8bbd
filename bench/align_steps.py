"""The alignment of every pass's step on one layout, for an instruction count.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python bench/align_steps.py hard-wrapped            # cleaning and aligning
    valgrind ... python bench/align_steps.py hard-wrapped --clean-only   # cleaning alone

Run both with ``PYTHONHASHSEED=0``: the difference of the two "Collected" counts is what
aligning the steps costs, in instructions, steady where CPU time on a shared machine moves
by 10-25% from run to run. Run it with ``PYTHONPATH`` set to each of two checkouts to
compare them (session 12's figures, 0.1 MB: docs/benchmarks.md). The garbage collector is
paused while aligning, as in ``CleanResult.offset_map`` and the JSON output (session 12's
figures were taken with it running, which costs more the more blocks a step has).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed_layouts import LAYOUTS, layout_documents

import cleaner
from cleaner.offsets import align_step, collection_paused


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("layout", choices=LAYOUTS)
    parser.add_argument("--mb", type=float, default=0.1, help="megabytes of the layout")
    parser.add_argument("--clean-only", action="store_true", help="the baseline: no alignment")
    args = parser.parse_args()
    texts = [text for _, text in layout_documents(args.layout, args.mb)]
    steps = [step for text in texts for step in cleaner.clean_and_explain(text).steps]
    if not args.clean_only:
        with collection_paused():  # as the offset map and the JSON changes are built
            for step in steps:
                align_step(step.name, step.before, step.after)


if __name__ == "__main__":
    main()
