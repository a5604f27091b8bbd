"""Benchmark of the ``encoding`` pass against ``ftfy.fix_text`` on real garbled text.

Usage: ``python bench/bench_encoding.py [--documents N] [--paragraphs P]``

The documents are ``bench/garbled_corpus.py``'s: real novels, addresses and articles,
typeset and garbled in turn as Windows-1252, Latin-1, twice, in part, as HTML entities and
as Windows-1252 with its undefined bytes lost. For each kind it prints how many documents
the pass repairs exactly as ftfy does, as ftfy does with ``"auto"`` decided line by line
(the README's documented difference: ``tests/passes/test_encoding_vs_ftfy.py``), and how
many each restores to the typeset text (as ftfy leaves clean text: quotes uncurled); then
the same for the default pipeline.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ftfy  # noqa: E402
from garbled_corpus import KINDS, garbled_documents  # noqa: E402

from cleaner import clean  # noqa: E402
from cleaner.passes.encoding import LINE_BREAK_RE, fix_encoding  # noqa: E402


def ftfy_by_line(text: str) -> str:
    """``ftfy.fix_text`` with ``"auto"`` decided for each line, as the pass decides it."""
    pieces = LINE_BREAK_RE.split(text) if "<" in text else [text]
    return "".join(ftfy.fix_text("".join(pieces[k : k + 2])) for k in range(0, len(pieces), 2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--paragraphs", type=int, default=4, help="paragraphs per document")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    same, by_line, by_pass, by_ftfy, by_pipeline, pipeline_ftfy = (Counter() for _ in range(6))
    started = time.perf_counter()
    for _name, kind, document, garbled in garbled_documents(args.documents, args.paragraphs):
        counts[kind] += 1
        want = ftfy.fix_text(document)
        ours, theirs = fix_encoding(garbled), ftfy.fix_text(garbled)
        same[kind] += ours == theirs
        by_line[kind] += ours == ftfy_by_line(garbled)
        by_pass[kind] += ours == want
        by_ftfy[kind] += theirs == want
        # The pipeline also unwraps: compare with the pipeline on the ungarbled text.
        cleaned = clean(garbled)
        by_pipeline[kind] += cleaned == clean(document)
        pipeline_ftfy[kind] += cleaned == clean(theirs)
    print(f"{sum(counts.values())} documents, {time.perf_counter() - started:.0f} s")
    print(
        "kind      docs  pass==ftfy  ==ftfy by line  restored: pass  ftfy  pipeline"
        "  pipeline==clean(ftfy)"
    )
    for kind in KINDS:
        print(
            f"{kind:9} {counts[kind]:5} {same[kind]:10} {by_line[kind]:15}"
            f"  {by_pass[kind]:14} {by_ftfy[kind]:5}"
            f" {by_pipeline[kind]:9} {pipeline_ftfy[kind]:9}"
        )
    total = sum(counts.values())
    print(
        f"all       {total:5} {sum(same.values()):10} {sum(by_line.values()):15}"
        f"  {sum(by_pass.values()):14}"
        f" {sum(by_ftfy.values()):5} {sum(by_pipeline.values()):9}"
        f" {sum(pipeline_ftfy.values()):9}"
    )


if __name__ == "__main__":
    main()
