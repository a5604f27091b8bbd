"""The work of ``cleaner.clean``, of one pass or of ``ftfy.fix_text`` on a speed layout, to
count in instructions under cachegrind (wall-clock time is noise on a shared machine).

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python bench/instruction_costs.py LAYOUT MODE [--mb 0.5]

Every mode first builds the layout's documents (bench/speed_layouts.py), cleans each once
and calls ``ftfy.fix_text`` once (tables loaded, as in a long run), then forgets the lines
seen (bench/caches.py). Then ``setup`` does nothing more; ``clean`` cleans every document
again, ``ftfy`` fixes each; ``upto:NAME`` runs the passes before NAME on each document,
then NAME once, and forgets the lines again; ``pass:NAME`` does that, then runs NAME once
more. The cost of a mode is its ``I refs`` less the set-up's: ``clean`` - ``setup``, and
for a pass ``pass:NAME`` - ``upto:NAME``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from caches import clear_line_caches  # noqa: E402
from speed_layouts import LAYOUTS, layout_documents  # noqa: E402

import cleaner  # noqa: E402
from cleaner.config import Config  # noqa: E402
from cleaner.passes import PASS_BY_NAME, PASSES  # noqa: E402

MODES = ("setup", "clean", "ftfy", "upto:NAME", "pass:NAME")


def run_passes_up_to(name: str, texts: list[str], *, twice: bool) -> None:
    """The passes before ``name`` on ``texts``, then ``name`` once (its tables loaded) and,
    if ``twice``, once more on the same inputs after the lines seen are forgotten."""
    config = Config()
    for cleaning_pass in PASSES:
        options = config.options_for(cleaning_pass.name)
        if cleaning_pass.name == name:
            break
        texts = [cleaning_pass.function(text, **options) for text in texts]
    [cleaning_pass.function(text, **options) for text in texts]
    clear_line_caches()
    if twice:
        [cleaning_pass.function(text, **options) for text in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("layout", choices=LAYOUTS)
    parser.add_argument("mode", help=", ".join(MODES))
    parser.add_argument("--mb", type=float, default=0.5, help="megabytes of the layout")
    args = parser.parse_args()
    kind, _, name = args.mode.partition(":")
    if kind not in ("setup", "clean", "ftfy", "upto", "pass") or bool(name) != (
        kind in ("upto", "pass")
    ):
        parser.error(f"unknown mode {args.mode!r}: one of {', '.join(MODES)}")
    if name and name not in PASS_BY_NAME:
        parser.error(f"unknown pass {name!r}: one of {', '.join(PASS_BY_NAME)}")
    import ftfy

    texts = [text for _, text in layout_documents(args.layout, args.mb)]
    for text in texts:
        cleaner.clean(text)
    ftfy.fix_text(texts[0])
    clear_line_caches()
    if kind == "clean":
        for text in texts:
            cleaner.clean(text)
    elif kind == "ftfy":
        for text in texts:
            ftfy.fix_text(text)
    elif name:
        run_passes_up_to(name, texts, twice=kind == "pass")


if __name__ == "__main__":
    main()
