"""Profile one pass on the text it gets in the default pipeline, for one speed layout.

    python bench/profile_pass.py unwrap books [--mb 1] [--top 25] [--no-profile] [--idle]
    python bench/profile_pass.py unwrap --texts bench/data/rfc
    python bench/profile_pass.py boilerplate --rfc [--no-profile] [--idle]

Prints the pass's MB/s (input of the pass, UTF-8) on that text, timed without the profiler,
then cProfile's top functions by own time. Layouts are bench/speed_layouts.py's; ``--texts``
takes every ``.txt`` file of a folder instead (the layout is then not given), ``--rfc`` the
56 real RFCs of bench/bench_rfc.py (``bench/data/rfc``). ``--idle``: on the pipeline's
output instead (clean text, where the pass has nothing to do), as bench/bench_speed.py's
"idle" row.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from caches import clear_line_caches  # noqa: E402
from speed_layouts import LAYOUTS, layout_documents  # noqa: E402

from cleaner.config import Config  # noqa: E402
from cleaner.passes import PASSES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pass_name", choices=[p.name for p in PASSES])
    parser.add_argument("layout", nargs="?", choices=LAYOUTS)
    parser.add_argument("--texts", type=Path, help="a folder of .txt files instead of a layout")
    parser.add_argument("--rfc", action="store_true", help="the RFCs instead of a layout")
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of the layout")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--idle", action="store_true", help="on the pipeline's output")
    args = parser.parse_args()
    if (args.layout is None) == (not (args.rfc or args.texts)):
        parser.error("give a layout, or --texts DIR or --rfc, not both")
    config = Config()
    if args.rfc:
        args.texts = REPO / "bench" / "data" / "rfc"
    if args.texts:
        texts = [path.read_text("utf-8") for path in sorted(args.texts.glob("*.txt"))]
    else:
        texts = [text for _, text in layout_documents(args.layout, args.mb)]
    if args.idle:
        import cleaner

        texts = [cleaner.clean(text) for text in texts]
    for cleaning_pass in PASSES:
        if cleaning_pass.name == args.pass_name:
            break
        if not args.idle:
            options = config.options_for(cleaning_pass.name)
            texts = [cleaning_pass.function(text, **options) for text in texts]
    function, options = cleaning_pass.function, config.options_for(cleaning_pass.name)
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    [function(text, **options) for text in texts]  # load its tables, as a long run has
    clear_line_caches()  # but forget the lines it has seen: a new corpus has other lines
    start = time.process_time()
    [function(text, **options) for text in texts]
    seconds = time.process_time() - start
    where = "RFCs" if args.rfc else args.texts or args.layout
    where = f"{where} (idle)" if args.idle else where
    rate = f"{size / seconds:.2f} MB/s, {seconds * 1000 / size:.1f} ms/MB (CPU time)"
    print(f"{args.pass_name} on {where}: {size:.2f} MB, {rate}")
    if not args.no_profile:
        clear_line_caches()
        profile = cProfile.Profile()
        profile.runcall(lambda: [function(text, **options) for text in texts])
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
