"""``unwrap`` on text wrapped by hand: widths that drift, and real books.

    python bench/bench_unwrap_drift.py [--docs 120]

bench_unwrap.py wraps its prose greedily at one width, where a line never has room for the
next word. Text wrapped by hand, or by old tools, drifts: a paragraph stops a column or two
short of the width, and a rule that reads "room for the next word" as verse keeps real
prose line for line. Two figures:

- the speed corpus's hard-wrapped layout (``speed_layouts.hard_wrapped``: a width per
  document, give or take two columns per paragraph) cleaned, against the same documents
  one paragraph a line cleaned (its gold): documents exactly alike, and gold paragraphs
  found whole in the output;
- the real books of ``bench/data/real/books`` (Project Gutenberg, hard-wrapped as
  published; build with tools/build_real_corpus.py): paragraphs of the output still
  wrapped, a block of two or more lines whose lines but the last are 45-80 characters and
  not indented (verse and tables are short or indented; the figure is an upper bound).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from speed_layouts import hard_wrapped, paragraph_per_line, real_documents  # noqa: E402

import cleaner  # noqa: E402


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def drift_row(docs: int) -> str:
    exact = found = total = 0
    for index in range(docs):
        gold = cleaner.clean(paragraph_per_line(index))
        output = cleaner.clean(hard_wrapped(index))
        exact += gold == output
        kept = set(paragraphs(output))
        gold_paragraphs = paragraphs(gold)
        found += sum(p in kept for p in gold_paragraphs)
        total += len(gold_paragraphs)
    return (
        f"hard-wrapped, drifting widths ({docs} documents): exact {exact / docs:.1%}, "
        f"gold paragraphs found {found / total:.2%} of {total:,}"
    )


def still_wrapped(text: str) -> tuple[int, int]:
    """(paragraphs, those still wrapped) of a cleaned text."""
    blocks = [[line for line in p.split("\n") if line.strip()] for p in paragraphs(text)]
    wrapped = [
        block
        for block in blocks
        if len(block) >= 2
        and all(45 <= len(line) <= 80 for line in block[:-1])
        and not any(line[:1].isspace() for line in block)
    ]
    return len(blocks), len(wrapped)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=120)
    args = parser.parse_args()
    print(drift_row(args.docs))
    books = real_documents("books")
    if not books:
        print("(no books in bench/data/real: run tools/build_real_corpus.py)")
    for name, text in books:
        count, wrapped = still_wrapped(cleaner.clean(text))
        share = wrapped / count
        print(f"{name:42} {count:6,} paragraphs, {wrapped:5,} still wrapped ({share:.1%})")


if __name__ == "__main__":
    main()
