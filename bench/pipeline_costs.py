"""Where ``cleaner.clean``'s time goes on each speed layout: each pass, each guard, the
settling rounds (CPU ms per MB of input, the best of a few runs, each as cold as a new
corpus).

    python bench/pipeline_costs.py [--mb 0.5] [--repeats 2] [LAYOUT ...]

``first:NAME`` is pass NAME's function in the passes' first round (``whitespace`` again
after ``pages`` included), ``settle:NAME`` in the settling rounds (see
``cleaner.pipeline.settling_steps``), ``guard:NAME`` its content guard, ``settle (all)``
the settling rounds whole; the rest of ``total`` is the pipeline's own bookkeeping.
Layouts are bench/speed_layouts.py's (all of them if none is named).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from caches import clear_line_caches  # noqa: E402
from speed_layouts import LAYOUTS, layout_documents  # noqa: E402

import cleaner  # noqa: E402
from cleaner import guard, pipeline  # noqa: E402
from cleaner.passes import PASS_BY_NAME  # noqa: E402

SECONDS: dict[str, float] = defaultdict(float)
ROUND = ["first"]  # The round the passes run in: "first" or "settle".


def timed(key: Callable[[], str], function: Callable[..., object]) -> Callable[..., object]:
    """``function``, its CPU time added to ``SECONDS[key()]`` at each call."""

    def wrapper(*args: object, **options: object) -> object:
        start = time.process_time()
        try:
            return function(*args, **options)
        finally:
            SECONDS[key()] += time.process_time() - start

    return wrapper


def instrument() -> None:
    """Wrap every pass's function, every guard and the settling rounds in timers."""
    for name, cleaning_pass in PASS_BY_NAME.items():
        key = lambda name=name: f"{ROUND[0]}:{name}"  # noqa: E731
        vars(cleaning_pass)["function"] = timed(key, cleaning_pass.function)
    for name, check in list(guard.GUARDS.items()):
        guard.GUARDS[name] = timed(lambda name=name: f"guard:{name}", check)
    settling = pipeline.settling_steps

    def settling_timed(*args: object, **keywords: object) -> Iterator[tuple[str, str, str]]:
        ROUND[0] = "settle"
        start = time.process_time()
        try:
            yield from settling(*args, **keywords)  # type: ignore[arg-type]
        finally:
            SECONDS["settle (all)"] += time.process_time() - start
            ROUND[0] = "first"

    pipeline.settling_steps = settling_timed  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("layouts", nargs="*", metavar="LAYOUT", help=", ".join(LAYOUTS))
    parser.add_argument("--mb", type=float, default=0.5, help="megabytes of each layout")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    if unknown := set(args.layouts) - set(LAYOUTS):
        parser.error(f"unknown layout(s): {', '.join(sorted(unknown))}")
    instrument()
    for layout in args.layouts or LAYOUTS:
        texts = [text for _, text in layout_documents(layout, args.mb)]
        if not texts:
            continue
        size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        best: tuple[float, dict[str, float]] = (float("inf"), {})
        for _ in range(args.repeats):
            SECONDS.clear()
            clear_line_caches()
            start = time.process_time()
            for text in texts:
                cleaner.clean(text)
            total = time.process_time() - start
            best = min(best, (total, dict(SECONDS)), key=lambda run: run[0])
        total, seconds = best
        print(f"{layout}: {size:.2f} MB, total {total / size * 1000:.1f} ms/MB")
        for key, spent in sorted(seconds.items(), key=lambda item: -item[1]):
            print(f"  {key:22} {spent / size * 1000:7.1f}")


if __name__ == "__main__":
    main()
