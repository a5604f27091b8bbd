"""Where the time of changes as data goes, step by step: ms of CPU per layout.

    python bench/changes_costs.py [--layout NAME]... [--mb 0.5] [--repeats 3]

For each layout of bench/speed_layouts.py (``--quick`` sizes by default), the best of a
few runs of ``cleaner.clean_and_explain`` (``plain``), then of what ``--format json`` adds
to it, apart: each step's offset map (``map``), its changes told with their rules
(``rules``), their spans carried to the input and the output through the other steps
(``carry``), and their JSON strings (``strings``); the extra time as a share of ``plain``
at the end. What bench_speed.py's "Changes as data" table sums, taken apart, to see which
step and which stage to work on (docs/benchmarks.md, session 31).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from caches import clear_line_caches
from speed_layouts import LAYOUTS, layout_documents

import cleaner
from cleaner.changes import StepChanges, _carrier, _classified
from cleaner.json_output import _change_lines
from cleaner.offsets import carry_boundaries, collection_paused, step_map

STAGES = ("map", "rules", "carry", "strings")


def timed(costs: dict[str, float], key: str, function: Callable[[], object]) -> object:
    """``function()``, its CPU time added to ``costs[key]``."""
    start = time.process_time()
    result = function()
    costs[key] += time.process_time() - start
    return result


def document_costs(text: str, config: cleaner.Config, costs: dict[str, float]) -> None:
    """Add one document's costs to ``costs``, as :func:`cleaner.changes.step_changes` and
    :func:`cleaner.json_output.file_line` spend them."""
    result = timed(costs, "plain", lambda: cleaner.clean_and_explain(text))
    steps = result.steps  # type: ignore[attr-defined]
    with collection_paused():
        maps = [
            timed(costs, f"map {s.name}", lambda s=s: step_map(s.name, s.before, s.after))
            for s in steps
        ]
        found = [
            timed(costs, f"rules {s.name}", lambda s=s, m=m: _classified(s, m, config))
            for s, m in zip(steps, maps, strict=True)
        ]
        total = sum(len(pieces) for pieces, *_ in found)  # type: ignore[misc]
        carriers = [
            _carrier(m, f[1:5], s.name, total - len(f[0]))  # type: ignore[index]
            for s, m, f in zip(steps, maps, found, strict=True)
        ]
        for k, step in enumerate(steps):
            pieces, i1, i2, j1, j2, counts, texts = found[k]  # type: ignore[misc]
            before, after = carriers[:k][::-1], carriers[k + 1 :]
            inputs = timed(
                costs,
                f"carry {step.name}",
                lambda i1=i1, i2=i2, b=before: carry_boundaries(i1, i2, b, backward=True),
            )
            outputs = timed(
                costs,
                f"carry {step.name}",
                lambda j1=j1, j2=j2, a=after: carry_boundaries(j1, j2, a),
            )
            changes = StepChanges(step, pieces, *inputs, *outputs, counts, texts)  # type: ignore[misc]
            timed(costs, f"strings {step.name}", lambda c=changes: _change_lines(c))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layout", action="append", choices=LAYOUTS, help="only these")
    parser.add_argument("--mb", type=float, default=0.5, help="megabytes of each layout")
    parser.add_argument("--repeats", type=int, default=3, help="runs, the best kept")
    args = parser.parse_args()
    config = cleaner.Config()
    for name in args.layout or LAYOUTS:
        texts = [text for _, text in layout_documents(name, args.mb)]
        if not texts:
            continue
        document_costs(texts[0], config, defaultdict(float))  # warm: word tables, rules, ftfy
        best: dict[str, float] = {}
        for _ in range(args.repeats):
            clear_line_caches()
            costs: dict[str, float] = defaultdict(float)
            for text in texts:
                document_costs(text, config, costs)
            best = {key: min(best.get(key, costs[key]), costs[key]) for key in costs}
        plain = best.pop("plain")
        stages = {stage: sum(v for k, v in best.items() if k.startswith(stage)) for stage in STAGES}
        print(f"{name}: plain {plain * 1000:.1f} ms, extra {sum(stages.values()) / plain:+.1%}")
        print("  " + ", ".join(f"{s} {v * 1000:.1f} ({v / plain:+.1%})" for s, v in stages.items()))
        for stage in STAGES:
            steps = [(k.split()[1], v) for k, v in best.items() if k.startswith(stage + " ")]
            print(f"    {stage:8}" + ", ".join(f"{n} {v * 1000:.1f}" for n, v in steps))


if __name__ == "__main__":
    main()
