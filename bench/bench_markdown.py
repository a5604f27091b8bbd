"""Benchmark of ``unwrap`` on real hand-wrapped Markdown: Rust RFCs, the Rust book's
chapters, Go's design documents and Swift's evolution proposals.

Usage: ``python bench/bench_markdown.py [--show N] [--set NAME]``.

The documents were written by many authors, some wrapped at a width, some a sentence a
line (``bench/data/markdown``, see its README). The gold comes from markdown-it-py's
CommonMark parse of each document (tables enabled), not from cleaner's own rules:

- every paragraph whose source spans two or more lines (outside block quotes and tables)
  must come out rejoined: some line of the cleaned text holds it, each run of whitespace
  one space and its quotes uncurled as the ``encoding`` pass uncurls them;
- every fenced or indented code block must stay intact: its lines, stripped, are
  consecutive lines of the cleaned text (blank lines aside).

The rule that tells Markdown (``unwrap.markup.markup_of``) was chosen on ``rust-rfcs``
and ``rust-book``; ``go-proposals`` was read once, after it, as a held-out set, and so was
``swift-evolution`` after session 34's rules.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path
from typing import Any

from ftfy.fixes import uncurl_quotes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_markup import score  # noqa: E402

from cleaner import build_config, clean  # noqa: E402

DATA = ROOT / "bench" / "data" / "markdown"
SETS = ("rust-rfcs", "rust-book", "go-proposals", "swift-evolution")


def gold(text: str) -> tuple[list[str], list[list[str]]]:
    """The document's multi-line paragraphs (joined) and its code blocks (lines)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    paragraphs, blocks = [], []
    quoted = 0
    for i, token in enumerate(tokens):
        quoted += {"blockquote_open": 1, "blockquote_close": -1}.get(token.type, 0)
        if token.type == "paragraph_open" and token.map and token.map[1] - token.map[0] >= 2:
            if not quoted:  # (each line of it that a hard line break ends, a line apart)
                paragraphs += [
                    uncurl_quotes(" ".join(line.split())) for line in _broken_lines(tokens[i + 1])
                ]
        elif token.type in ("fence", "code_block"):
            lines = [line.strip() for line in token.content.split("\n") if line.strip()]
            if lines:
                blocks.append(lines)
    return paragraphs, blocks


def _broken_lines(inline: Any) -> list[str]:  # (a markdown-it Token)
    """The paragraph's source cut at its hard line breaks (``\\``, two spaces, ``<br>``):
    each piece must come out as a line of its own, the lines between breaks joined."""
    pieces, lines = [], inline.content.split("\n")
    current: list[str] = []
    for line in lines:
        current.append(line.rstrip("\\ ") if _breaks(line) else line)
        if _breaks(line):
            pieces.append(" ".join(current))
            current = []
    return [*pieces, " ".join(current)] if current else pieces


def _breaks(line: str) -> bool:
    """Whether a paragraph's source ``line`` ends with a hard line break."""
    return line.endswith(("\\", "  ", "<br>", "<br/>", "<br />"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="failures of each kind to print")
    parser.add_argument("--set", choices=SETS, action="append", help="only these sets")
    args = parser.parse_args()
    config = build_config({})
    for name in args.set or SETS:
        documents = paragraphs_in = rejoined_in = blocks_in = intact_in = 0
        shown = {"paragraph": 0, "block": 0}
        for path in sorted((DATA / name).glob("*.md.gz")):
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
            paragraphs, blocks = gold(text)
            rejoined, intact, failures = score(clean(text, config), paragraphs, blocks)
            documents += 1
            paragraphs_in, rejoined_in = paragraphs_in + len(paragraphs), rejoined_in + rejoined
            blocks_in, intact_in = blocks_in + len(blocks), intact_in + intact
            for kind, example in failures:
                if shown[kind] < args.show:
                    shown[kind] += 1
                    print(f"--- {kind} not kept ({name}/{path.name}):\n{example[:300]}")
        print(
            f"{name:12}: {documents} documents; multi-line paragraphs rejoined "
            f"{rejoined_in}/{paragraphs_in} = {rejoined_in / max(paragraphs_in, 1):.1%}; "
            f"code blocks intact {intact_in}/{blocks_in} = {intact_in / max(blocks_in, 1):.1%}"
        )


if __name__ == "__main__":
    main()
