"""Build ``bench/data/science/``: real scientific prose for ``bench/bench_split.py``.

Two sources, told apart by their sha256 (see the folder's README); arXiv's metadata,
abstracts included, is dedicated to the public domain (CC0 1.0):

- ``arxiv_abstracts.jsonl.gz`` (the corpus "science"): ``arxiv_data.csv`` of the public
  GitHub repository tiagoft/NLP at commit 897bafbd4a97393ae8797f59ec501d6c943ec1ac (1,000
  arXiv records, machine learning and vision: title, abstract, categories; sha256
  f7bb0aa044684daeffa18e99ff35a04d34161336ef3a870a4fd5e85609ef83d2);
- ``arxiv_physics_abstracts.jsonl.gz`` (the corpus "physics"): ``arxiv_data.csv`` of the
  public GitHub repository gechhai/Topic_Discovery at commit
  01102fc9aa76adafdc32ad53ede0921a8c308a4c (the first 2,000 records of arXiv's metadata
  snapshot, papers of 2007: physics, astronomy, mathematics; sha256
  a7a6b558bb5eccc0d8930476553932ac898c90f3d399619e2a550d8a0920c09d);
- the corpus "arxiv2" (session 31, tuning; machine learning, security, data mining,
  Python, most of 2023-2024), three files of arXiv API or listing records:
  ``arxiv_ml_abstracts`` from ``arxiv_data.csv`` of GuiBanzato/ProjetoCD at commit
  929ac5f293b8f7fb000d050c46042501d86bd559 (sha256
  8940b9beb9e5e954a5b754e417f7110be8371d06d269153a69719d8228e23a16),
  ``arxiv_python_abstracts`` from ``arxiv_data.csv`` of manarhk/Peojet_python at
  commit ea03bf57d8e157903c2572db79ebc52e24c9df9f (sha256
  6cc36283b7f2b6cb9a555791270db4c0e629c4fd32d1484213621364c85433ab) and
  ``arxiv_mining_abstracts`` from ``arxiv_data.csv`` of roadev/assignment1_datamining
  at commit cae2a9fcd32def9be0839950911c8d2c34e401fb (sha256
  0240542242d681b8017ddbe5640cfd9e2b554c34ee5faf3d12852d28583043ad; scraped from arXiv's
  listing pages, each abstract ending in the listing's fold link ``△ Less``, dropped);
- the corpus "arxiv-math" (session 31, tuning, built here only, never committed: the
  repository is under CC BY-NC-ND 4.0): ``arxiv_math_2025_abstracts.jsonl.gz`` from
  ``dataset/arxiv_data.csv`` of clopezvice/ArXiv-Scraper at commit
  e0ffb1e082b63d92558cd1826b266bd109d6fd83 (arXiv API records of May 2025, mostly
  mathematics; sha256 45f7de7bee5021f9f8a1f8390320a5c6fb4e5fc945210bf876236f3e4999d8a0).

Usage::

    git -C <mirror of tiagoft/NLP> show 897bafbd:arxiv_data.csv > /tmp/arxiv_data.csv
    python tools/build_science.py /tmp/arxiv_data.csv

Cleaning, by whole abstracts only (nothing is cut out of a kept abstract, so cleaning
cannot merge two words): duplicates are dropped, and so is every abstract holding LaTeX
or a web or e-mail address (``$``, ``\\``, ``{``, ``}``, ``http:``/``https:``, ``www.``,
``@``). arXiv wraps abstracts at about 80 columns, breaking lines only at spaces: a line
break becomes a space; a line break followed by indentation starts a new paragraph.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import sys
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "bench" / "data" / "science"
# Each source by its sha256: (output file, title column, abstract column).
SOURCES = {
    "f7bb0aa044684daeffa18e99ff35a04d34161336ef3a870a4fd5e85609ef83d2": (
        "arxiv_abstracts.jsonl.gz",
        "titles",
        "summaries",
    ),
    "a7a6b558bb5eccc0d8930476553932ac898c90f3d399619e2a550d8a0920c09d": (
        "arxiv_physics_abstracts.jsonl.gz",
        "title",
        "abstract",
    ),
    "8940b9beb9e5e954a5b754e417f7110be8371d06d269153a69719d8228e23a16": (
        "arxiv_ml_abstracts.jsonl.gz",
        "title",
        "summary",
    ),
    "6cc36283b7f2b6cb9a555791270db4c0e629c4fd32d1484213621364c85433ab": (
        "arxiv_python_abstracts.jsonl.gz",
        "Title",
        "Summary",
    ),
    "0240542242d681b8017ddbe5640cfd9e2b554c34ee5faf3d12852d28583043ad": (
        "arxiv_mining_abstracts.jsonl.gz",
        "Title",
        "Abstract",
    ),
    "45f7de7bee5021f9f8a1f8390320a5c6fb4e5fc945210bf876236f3e4999d8a0": (
        "arxiv_math_2025_abstracts.jsonl.gz",
        "title",
        "abstract",
    ),
}
MARKUP_RE = re.compile(r"[$\\{}]|https?:|www\.|@")
# The fold link arXiv's listing pages end an abstract with (roadev/assignment1_datamining).
FOLD_LINK_RE = re.compile(r"\s*△ Less\s*$")


def unwrap(abstract: str) -> str:
    """arXiv's wrapped abstract as paragraphs, one line each, blank lines between."""
    paragraphs = re.split(r"\n[ \t]+", abstract.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def main() -> None:
    data = Path(sys.argv[1]).read_bytes()
    source = SOURCES.get(hashlib.sha256(data).hexdigest())
    if source is None:
        sys.exit("arxiv_data.csv is none of the expected versions (sha256 differs)")
    name, title_column, abstract_column = source
    out = FOLDER / name
    rows = csv.DictReader(data.decode("utf-8").splitlines(keepends=True))
    seen: set[str] = set()
    lines = []
    for row in rows:
        abstract = FOLD_LINK_RE.sub("", row[abstract_column])
        if abstract in seen or MARKUP_RE.search(abstract):
            seen.add(abstract)
            continue
        seen.add(abstract)
        record = {"title": " ".join(row[title_column].split()), "text": unwrap(abstract)}
        lines.append(json.dumps(record, ensure_ascii=False))
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    out.write_bytes(gzip.compress(payload, mtime=0))
    words = sum(len(json.loads(line)["text"].split()) for line in lines)
    print(f"{out.relative_to(ROOT)}: {len(lines)} abstracts, {words:,} words")
    print(f"sha256 {hashlib.sha256(out.read_bytes()).hexdigest()} (gzip)")
    print(f"sha256 {hashlib.sha256(payload).hexdigest()} (jsonl)")


if __name__ == "__main__":
    main()
