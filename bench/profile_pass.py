"""Profile one pass on the text it gets in the default pipeline, for one speed layout.

    python bench/profile_pass.py unwrap books [--mb 1] [--top 25] [--no-profile]
    python bench/profile_pass.py unwrap --texts bench/data/rfc

Prints the pass's MB/s (input of the pass, UTF-8) on that text, timed without the profiler,
then cProfile's top functions by own time. Layouts are bench/speed_layouts.py's; ``--texts``
takes every ``.txt`` file of a folder instead (the layout is then not given).
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
    parser.add_argument("layout", choices=LAYOUTS, nargs="?")
    parser.add_argument("--texts", type=Path, help="a folder of .txt files instead of a layout")
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of the layout")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    config = Config()
    if args.texts:
        texts = [path.read_text("utf-8") for path in sorted(args.texts.glob("*.txt"))]
    elif args.layout:
        texts = [text for _, text in layout_documents(args.layout, args.mb)]
    else:
        parser.error("give a layout or --texts DIR")
    for cleaning_pass in PASSES:
        if cleaning_pass.name == args.pass_name:
            break
        options = config.options_for(cleaning_pass.name)
        texts = [cleaning_pass.function(text, **options) for text in texts]
    function, options = cleaning_pass.function, config.options_for(cleaning_pass.name)
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    [function(text, **options) for text in texts]  # load its tables, as a long run has
    clear_line_caches()  # but forget the lines it has seen: a new corpus has other lines
    start = time.process_time()
    [function(text, **options) for text in texts]
    seconds = time.process_time() - start
    name = args.texts or args.layout
    print(f"{args.pass_name} on {name}: {size:.2f} MB, {size / seconds:.2f} MB/s (CPU time)")
    if not args.no_profile:
        clear_line_caches()
        profile = cProfile.Profile()
        profile.runcall(lambda: [function(text, **options) for text in texts])
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
