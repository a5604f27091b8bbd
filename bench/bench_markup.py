"""Benchmark of ``unwrap`` on real hand-wrapped reStructuredText: 240 PEPs.

Usage: ``python bench/bench_markup.py [--show N] [--half even|odd]`` (needs ``pip install
docutils``); ``--half`` shows the failures of that half only (tune on the even one).

The documents are Python Enhancement Proposals by many authors, in the public domain
(``bench/data/peps``, see its README). The gold comes from docutils' parse of each
document (its PEP reader), not from cleaner's own rules:

- every ``paragraph`` whose source spans two or more lines must come out rejoined: some
  line of the cleaned text holds the paragraph's source with each run of whitespace one
  space (after a list marker or field name, perhaps), compared with the same runs made one;
- every ``literal_block`` and ``doctest_block`` must stay intact: its lines, stripped, are
  consecutive lines of the cleaned text (blocks in docutils' error reports, the source of
  directives it does not know, are left out); a block in a table's cell, whose lines stay
  inside the table's rows, must have each line in one of consecutive rows; a parsed
  literal is compared as written (its roles, ``:pep:`342```, unrendered).

Reported for the even-numbered documents of the list and for the odd ones apart (no rule
was tuned on either: cleaner's unwrap predates this benchmark), and for all together.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import build_config, clean  # noqa: E402

DATA = ROOT / "bench" / "data" / "peps"


def gold(text: str) -> tuple[list[str], list[list[str]]]:
    """The document's multi-line paragraphs (joined) and its literal blocks (lines)."""
    from docutils import nodes
    from docutils.core import publish_doctree

    settings = {"report_level": 5, "halt_level": 5, "warning_stream": False}
    tree = publish_doctree(text, reader_name="pep", settings_overrides=settings)
    paragraphs, blocks = [], []
    for node in tree.findall(nodes.paragraph):
        source = node.rawsource
        if "\n" in source.strip() and not _inside(node, (nodes.table, nodes.system_message)):
            paragraphs.append(" ".join(source.split()))
    for node in tree.findall(lambda n: isinstance(n, (nodes.literal_block, nodes.doctest_block))):
        # A parsed literal's source, not its text: its roles (:pep:`8`) stay as written.
        parsed = any(not isinstance(child, nodes.Text) for child in node.children)
        source = node.rawsource if parsed and node.rawsource else node.astext()
        lines = [line.strip() for line in source.split("\n") if line.strip()]
        if lines and not _inside(node, (nodes.system_message,)):
            # A block in a table's cell stays inside the table's rows (marked by a None).
            blocks.append([None, *lines] if _inside(node, (nodes.table,)) else lines)
    return paragraphs, blocks


def _inside(node, kinds: tuple) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent
    return False


def score(cleaned: str, paragraphs: list[str], blocks: list[list[str]]) -> tuple[int, int, list]:
    """Paragraphs rejoined, blocks intact, and the failures of each kind."""
    lines = [" ".join(line.split()) for line in cleaned.split("\n")]
    rejoined, failures = 0, []
    for paragraph in paragraphs:
        if any(paragraph in line for line in lines):
            rejoined += 1
        else:
            failures.append(("paragraph", paragraph))
    stripped = "\n" + "\n".join(line.strip() for line in cleaned.split("\n") if line.strip()) + "\n"
    intact = 0
    for block in blocks:
        if block[0] is None:  # in a table: consecutive rows hold its lines, in order
            ok = _in_rows(block[1:], [line.strip() for line in cleaned.split("\n")])
        else:
            ok = "\n" + "\n".join(block) + "\n" in stripped
        if ok:
            intact += 1
        else:
            failures.append(("block", "\n".join(line for line in block if line is not None)))
    return rejoined, intact, failures


def _in_rows(block: list[str], lines: list[str]) -> bool:
    """Whether consecutive non-blank lines of a table (its cells' rows, ``|`` and spacing
    around) hold the block's lines in order, each in one row."""
    rows = [line for line in lines if line.strip("|+-= ")]
    return any(
        all(part in row for part, row in zip(block, rows[start:], strict=False))
        and len(rows) - start >= len(block)
        for start, row in enumerate(rows)
        if block[0] in row
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="failures of each kind to print")
    parser.add_argument(
        "--half", choices=("even", "odd"), help="print failures of this half only (tune on even)"
    )
    args = parser.parse_args()
    config = build_config({})
    paths = sorted(DATA.glob("pep-*.rst.gz"))
    totals = {"even": [0, 0, 0, 0, 0], "odd": [0, 0, 0, 0, 0]}
    shown = {"paragraph": 0, "block": 0}
    for index, path in enumerate(paths):
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        paragraphs, blocks = gold(text)
        cleaned = clean(text, config)
        rejoined, intact, failures = score(cleaned, paragraphs, blocks)
        half = "even" if index % 2 == 0 else "odd"
        total = totals[half]
        for i, value in enumerate((1, len(paragraphs), rejoined, len(blocks), intact)):
            total[i] += value
        for kind, example in failures:
            if shown[kind] < args.show and args.half in (None, half):
                shown[kind] += 1
                print(f"--- {kind} not kept ({path.name}):\n{example[:300]}")
    everything = [a + b for a, b in zip(totals["even"], totals["odd"], strict=True)]
    for name, (docs, paragraphs, rejoined, blocks, intact) in [
        *totals.items(),
        ("all", everything),
    ]:
        print(
            f"{name:4}: {docs} documents; multi-line paragraphs rejoined {rejoined}/{paragraphs}"
            f" = {rejoined / paragraphs:.1%}; literal/doctest blocks intact {intact}/{blocks}"
            f" = {intact / blocks:.1%}"
        )


if __name__ == "__main__":
    main()
