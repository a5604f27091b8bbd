"""The pipeline's overhead: ``cleaner.clean`` less the passes run alone, per layout.

    python bench/bench_overhead.py [--megabytes 2] [--layout web-page ...] [--repeat 2]

For each layout of the speed corpus (bench/speed_layouts.py), the CPU time of
``cleaner.clean`` over its documents, and of the passes alone (each pass's function on the
text it gets in the pipeline's first round); the rest is the overhead: the content guards
(timed on their own too), the settling rounds and the pipeline's own work. Best of
``--repeat`` runs, each as cold as a new corpus (bench/caches.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from caches import clear_line_caches  # noqa: E402
from speed_layouts import layout_documents  # noqa: E402

import cleaner  # noqa: E402
from cleaner import guard  # noqa: E402
from cleaner.config import Config  # noqa: E402
from cleaner.passes import PASS_BY_NAME  # noqa: E402


def first_round_inputs(text: str, config: Config) -> list[tuple[str, str, str]]:
    """``(pass, before, after)`` of each pass of the first round, changed or not."""
    steps, current = [], text
    for name in config.passes:
        after = PASS_BY_NAME[name].function(current, **config.options_for(name))
        steps.append((name, current, after))
        current = after
    return steps


def cpu(run, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        clear_line_caches()
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def measure(texts: list[str], repeat: int) -> dict[str, float]:
    config = Config()
    for text in texts:  # (tables loaded, as a long run has them)
        cleaner.clean(text)
    rounds = [first_round_inputs(text, config) for text in texts]

    def passes_alone() -> None:
        for steps in rounds:
            for name, before, _ in steps:
                PASS_BY_NAME[name].function(before, **config.options_for(name))

    def guards_alone() -> None:
        for steps in rounds:
            for name, before, after in steps:
                if after != before:
                    guard.check_step(PASS_BY_NAME[name], before, after, config.options_for(name))

    def clean_all() -> None:
        for text in texts:
            cleaner.clean(text)

    figures = {}
    for _ in range(repeat):  # (alternated, so that a busy moment hits each alike)
        runs = (("clean", clean_all), ("passes", passes_alone), ("guards", guards_alone))
        for label, run in runs:
            figures[label] = min(figures.get(label, float("inf")), cpu(run, 1))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--layout", action="append")
    args = parser.parse_args()
    layouts = args.layout or ["web-page", "pdf-like", "books", "hard-wrapped"]
    print(f"{'layout':14} {'MB':>5} {'clean s':>8} {'passes s':>8} {'overhead':>9} {'guards s':>8}")
    for name in layouts:
        texts = [text for _, text in layout_documents(name, args.megabytes)]
        size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        f = measure(texts, args.repeat)
        over = f["clean"] - f["passes"]
        print(
            f"{name:14} {size:5.1f} {f['clean']:8.2f} {f['passes']:8.2f} "
            f"{over:5.2f} {over / f['clean']:4.0%} {f['guards']:8.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
