"""Benchmark of ``unwrap`` on real hand-wrapped reStructuredText: 240 PEPs, and NumPy's
documentation.

Usage: ``python bench/bench_markup.py [--set peps|numpy] [--show N] [--half NAME]`` (needs
``pip install docutils``); ``--half`` shows the failures of that half only (tune on the
even one, or on NumPy's ``tuning`` half).

The documents of ``--set peps`` (the default) are Python Enhancement Proposals by many
authors, in the public domain (``bench/data/peps``, see its README); those of ``--set
numpy`` are NumPy's documentation (``bench/data/numpy-docs``): its user guide, reference,
developer guide and release notes are the ``tuning`` half, read in session 34, and its
enhancement proposals (NEPs) the ``held-out`` one. The gold comes from docutils' parse of
each document (its PEP reader for PEPs, its standalone reader for NumPy's; the roles and
directives docutils does not know, Sphinx's, are left in its error reports), not from
cleaner's own rules:

- every ``paragraph`` whose source spans two or more lines must come out rejoined: some
  line of the cleaned text holds the paragraph's source with each run of whitespace one
  space (after a list marker or field name, perhaps), compared with the same runs made one;
- every ``literal_block`` and ``doctest_block`` must stay intact: its lines, stripped, are
  consecutive lines of the cleaned text (blocks in docutils' error reports, the source of
  directives it does not know, are left out); a block in a table's cell, whose lines stay
  inside the table's rows, must have each line in one of consecutive rows; a parsed
  literal is compared as written (its roles, ``:pep:`342```, unrendered).

A paragraph's line-end hyphen (``self-`` / ``explanatory``) is joined without a space,
as ``unwrap`` joins it, and curly quotes are compared straight, as ``encoding`` makes them.

PEPs are reported for the even-numbered documents of the list and for the odd ones apart
(no rule was tuned on either: cleaner's unwrap predates this benchmark), and for all
together.
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
NUMPY = ROOT / "bench" / "data" / "numpy-docs"
# Curly quotes as the encoding pass makes them (ftfy's uncurl_quotes).
STRAIGHT_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def gold(text: str, reader: str = "pep") -> tuple[list[str], list[list[str]]]:
    """The document's multi-line paragraphs (joined) and its literal blocks (lines)."""
    from docutils import nodes
    from docutils.core import publish_doctree

    settings = {"report_level": 5, "halt_level": 5, "warning_stream": False}
    tree = publish_doctree(text, reader_name=reader, settings_overrides=settings)
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
    lines = [_comparable(line) for line in cleaned.split("\n")]
    rejoined, failures = 0, []
    for paragraph in paragraphs:
        if any(_comparable(paragraph) in line for line in lines):
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


def _comparable(text: str) -> str:
    """``text`` with each run of whitespace one space, none after a hyphen that ends a
    word (a line-end hyphen ``unwrap`` joined), and straight quotes.

    >>> _comparable("self- explanatory,  “so”  it is")
    'self-explanatory, "so" it is'
    """
    return " ".join(text.split()).replace("- ", "-").translate(STRAIGHT_QUOTES)


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
    parser.add_argument("--set", choices=("peps", "numpy"), default="peps", help="documents")
    parser.add_argument("--show", type=int, default=0, help="failures of each kind to print")
    parser.add_argument(
        "--half",
        choices=("even", "odd", "tuning", "held-out"),
        help="print failures of this half only (tune on even, or on NumPy's tuning half)",
    )
    args = parser.parse_args()
    config = build_config({})
    if args.set == "peps":
        reader = "pep"
        paths = sorted(DATA.glob("pep-*.rst.gz"))
        halves = [("even" if index % 2 == 0 else "odd", path) for index, path in enumerate(paths)]
    else:
        reader = "standalone"
        halves = [("tuning", path) for path in sorted((NUMPY / "source").glob("*.rst.gz"))]
        halves += [("held-out", path) for path in sorted((NUMPY / "neps").glob("*.rst.gz"))]
    totals: dict[str, list[int]] = {half: [0, 0, 0, 0, 0] for half, _ in halves}
    shown = {"paragraph": 0, "block": 0}
    for half, path in halves:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        paragraphs, blocks = gold(text, reader)
        cleaned = clean(text, config)
        rejoined, intact, failures = score(cleaned, paragraphs, blocks)
        total = totals[half]
        for i, value in enumerate((1, len(paragraphs), rejoined, len(blocks), intact)):
            total[i] += value
        for kind, example in failures:
            if shown[kind] < args.show and args.half in (None, half):
                shown[kind] += 1
                print(f"--- {kind} not kept ({path.name}):\n{example[:300]}")
    everything = [sum(column) for column in zip(*totals.values(), strict=True)]
    for name, (docs, paragraphs, rejoined, blocks, intact) in [
        *totals.items(),
        ("all", everything),
    ]:
        print(
            f"{name:8}: {docs} documents; multi-line paragraphs rejoined {rejoined}/{paragraphs}"
            f" = {rejoined / paragraphs:.1%}; literal/doctest blocks intact {intact}/{blocks}"
            f" = {intact / blocks:.1%}"
        )


if __name__ == "__main__":
    main()
