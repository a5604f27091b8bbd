"""Benchmark of ``unwrap`` on real hand-wrapped AsciiDoc: git's documentation and
Asciidoctor's.

Usage: ``python bench/bench_asciidoc.py [--show N] [--set NAME]``.

The documents (``bench/data/asciidoc``, see its README) were hand-edited over years: some
wrapped at a width, some a sentence a line, some with a short line after an edit. The
gold comes from asciidoc-py 10's rendering of each (``tools/build_asciidoc_docs.py``),
not from cleaner's own rules:

- every paragraph (a ``<p>``: a paragraph, a list item's or a definition's text) whose
  words do not all stand on one line of the source must come out rejoined: its words, in
  order, on one line of the cleaned text (words, as the renderer replaces marks: ``--``
  by a dash, quotes by curly ones, ``linkgit:x[1]`` by a link);
- every listing or literal block (a ``<pre>``) must stay intact: its lines, stripped, are
  consecutive lines of the cleaned text (blank lines aside), each run of whitespace
  compared as one space (the renderer expands tabs).

The rule that tells AsciiDoc (``unwrap.markup.markup_of``) and how its blocks read were
chosen on the ``git-*`` sets; ``asciidoctor-docs`` was read once, after them, as a
held-out set. git's documentation (GPL-2.0) is not committed: build it with the tool.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import build_config, clean  # noqa: E402

DATA = ROOT / "bench" / "data" / "asciidoc"
SETS = ("git-manual", "git-technical", "git-relnotes", "asciidoctor-docs")
WORD_RE = re.compile(r"[^\W_]+")  # (letters and digits: `_emphasis_` is a word)


def words_on_a_line(words: list[str], lines: list[list[str]], where: dict[str, list[int]]) -> bool:
    """Whether ``words`` stand in order on one of ``lines`` (their words; ``where``: the
    lines each word is on)."""
    candidates = min((where.get(word, []) for word in words), key=len)
    for index in candidates:
        rest = iter(lines[index])
        if all(word in rest for word in words):
            return True
    return False


def _lines_and_index(text: str) -> tuple[list[list[str]], dict[str, list[int]]]:
    lines = [WORD_RE.findall(line) for line in text.split("\n")]
    where: dict[str, list[int]] = {}
    for index, words in enumerate(lines):
        for word in set(words):
            where.setdefault(word, []).append(index)
    return lines, where


def score(text: str, cleaned: str, gold: dict[str, list]) -> tuple[int, int, int, int, list]:
    """Multi-line paragraphs, those rejoined, blocks, those intact, and the failures."""
    source = _lines_and_index(text)
    output = _lines_and_index(cleaned)
    paragraphs = rejoined = 0
    failures = []
    for paragraph in gold["paragraphs"]:
        words = WORD_RE.findall(paragraph)
        if len(words) < 2 or words_on_a_line(words, *source):
            continue
        paragraphs += 1
        if words_on_a_line(words, *output):
            rejoined += 1
        else:
            failures.append(("paragraph", paragraph))
    # (compared with each run of whitespace one space: the renderer expands tabs)
    stripped = "\n" + "\n".join(
        " ".join(line.split()) for line in cleaned.split("\n") if line.strip()
    )
    intact = 0
    for block in gold["blocks"]:
        if "\n" + "\n".join(" ".join(line.split()) for line in block) + "\n" in stripped + "\n":
            intact += 1
        else:
            failures.append(("block", "\n".join(block)))
    return paragraphs, rejoined, len(gold["blocks"]), intact, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="failures of each kind to print")
    parser.add_argument("--set", choices=SETS, action="append", help="only these sets")
    args = parser.parse_args()
    config = build_config({})
    for name in args.set or SETS:
        if not (DATA / name / "gold.json.gz").exists():
            print(f"{name:16}: not built (python tools/build_asciidoc_docs.py, see its usage)")
            continue
        golds = json.loads(gzip.decompress((DATA / name / "gold.json.gz").read_bytes()))
        totals = [0, 0, 0, 0, 0]
        shown = {"paragraph": 0, "block": 0}
        for path in sorted((DATA / name).glob("*.adoc.gz")):
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
            *counts, failures = score(text, clean(text, config), golds[path.name[:-3]])
            totals = [a + b for a, b in zip(totals, [1, *counts], strict=True)]
            for kind, example in failures:
                if shown[kind] < args.show:
                    shown[kind] += 1
                    print(f"--- {kind} not kept ({name}/{path.name}):\n{example[:300]}")
        documents, paragraphs, rejoined, blocks, intact = totals
        print(
            f"{name:16}: {documents} documents; multi-line paragraphs rejoined "
            f"{rejoined}/{paragraphs} = {rejoined / max(paragraphs, 1):.1%}; "
            f"listing/literal blocks intact {intact}/{blocks} = {intact / max(blocks, 1):.1%}"
        )


if __name__ == "__main__":
    main()
