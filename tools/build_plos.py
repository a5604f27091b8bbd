"""Build ``bench/data/science/plos_bodies.jsonl.gz``: the bodies of 122 PLOS papers.

Real scientific paper bodies (biology, medicine, computational biology, genetics, tropical
diseases), a tuning corpus of the ``split`` pass's precision on scientific prose (the
corpus "plos" of ``bench/bench_split.py``). Source: the JATS XML files of
``allofplos/starter_corpus/`` in the public GitHub repository PLOS/allofplos at commit
07fdeed848b2816a7fbf7da6418ef6e2076e1960 (PLOS articles are published under CC BY, a few
in the public domain; each record keeps its DOI and the licence its XML states; the one
article under other terms is left out).

Usage::

    python tools/build_plos.py <git directory of a PLOS/allofplos mirror>

Each record: ``doi``, ``title``, ``licence``, ``text``. The text is the abstract's and the
body's paragraphs and section titles, one a line, blank lines between, as the XML writes
them (a displayed formula ends a paragraph): inline markup (italics, superscripts,
citations) is read as its text, so no space is added or lost. What is not prose is left
out whole: tables, figures' graphics, references, formulas (an inline formula becomes
``X``, so that no two words meet where it stood).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "data" / "science" / "plos_bodies.jsonl.gz"
COMMIT = "07fdeed848b2816a7fbf7da6418ef6e2076e1960"
FOLDER = "allofplos/starter_corpus/"
XLINK = "{http://www.w3.org/1999/xlink}href"
# The licences kept: CC BY (a link, or PLOS's early "Creative Commons Attribution License"
# written out) and the public domain (CC0, its declaration, "free of all copyright"). One
# article of the folder, under the World Health Organization's own terms, is left out.
OPEN_LICENCES = ("creativecommons.org/licenses/by/", "creativecommons.org/publicdomain/zero/")
OPEN_LICENCE_TEXTS = (
    "Creative Commons Attribution License",
    "Creative Commons Public Domain Declaration",
    "free of all copyright",
)
# Elements left out with their text; an inline formula stands as ``X``.
SKIPPED = {"table", "graphic", "media", "object-id", "label", "alternatives"}
FORMULAS = {"inline-formula", "{http://www.w3.org/1998/Math/MathML}math", "tex-math"}
# Elements that start a paragraph of their own; a displayed formula, left out, ends one
# (``... can be written as`` [formula] ``where X is ...``).
BLOCKS = {"p", "title", "list-item", "caption", "sec", "fig", "table-wrap", "list", "disp-quote"}
DISPLAYED = {"disp-formula", "disp-formula-group", "chem-struct-wrap"}


def paragraphs(element: ET.Element) -> list[str]:
    """The paragraphs of ``element`` (text of inline markup joined as written)."""
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            out.append(text)
        current.clear()

    def walk(node: ET.Element) -> None:
        tag = node.tag
        if tag in SKIPPED:
            return
        if tag in DISPLAYED:
            flush()
            return
        if tag in FORMULAS:
            current.append("X")
            return
        block = tag in BLOCKS
        if block:
            flush()
        current.append(node.text or "")
        for child in node:
            walk(child)
            current.append(child.tail or "")
        if block:
            flush()

    walk(element)
    flush()
    return out


def record(data: bytes) -> dict[str, str] | None:
    """The record of one article's XML, or None when it has no body or no open licence."""
    root = ET.fromstring(data)
    body = root.find("body")
    if body is None:
        return None
    meta = root.find("front/article-meta")
    doi = meta.findtext("article-id[@pub-id-type='doi']") or ""
    title = " ".join("".join(meta.find("title-group/article-title").itertext()).split())
    licence = meta.find("permissions/license")
    href = licence.get(XLINK, "") if licence is not None else ""
    if not href and licence is not None:
        href = " ".join("".join(licence.itertext()).split())[:80]
    if not (href.split("://")[-1].startswith(OPEN_LICENCES) or href.startswith(OPEN_LICENCE_TEXTS)):
        text = " ".join("".join(licence.itertext()).split()) if licence is not None else ""
        if not any(words in text for words in OPEN_LICENCE_TEXTS):
            return None
    texts = [p for abstract in meta.findall("abstract") for p in paragraphs(abstract)]
    texts += paragraphs(body)
    return {"doi": doi, "title": title, "licence": href, "text": "\n\n".join(texts)}


def main(argv: list[str]) -> int:
    git = ["git", "--git-dir", argv[1]]
    names = subprocess.run(
        [*git, "ls-tree", "--name-only", COMMIT, FOLDER], capture_output=True, text=True, check=True
    ).stdout.split()
    records = []
    for name in sorted(n for n in names if n.endswith(".xml")):
        data = subprocess.run([*git, "show", f"{COMMIT}:{name}"], capture_output=True, check=True)
        found = record(data.stdout)
        if found is not None:
            records.append(found)
    jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    OUTPUT.write_bytes(gzip.compress(jsonl, compresslevel=9, mtime=0))
    words = sum(len(r["text"].split()) for r in records)
    print(f"{len(records)} articles, {words:,} words -> {OUTPUT.relative_to(ROOT)}")
    print("jsonl sha256", hashlib.sha256(jsonl).hexdigest())
    print("gzip sha256", hashlib.sha256(OUTPUT.read_bytes()).hexdigest(), OUTPUT.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
