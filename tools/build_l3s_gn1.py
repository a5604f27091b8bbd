"""Build ``bench/data/l3s_gn1/pages.jsonl.gz`` from the L3S-GN1 news pages.

Usage: ``python tools/build_l3s_gn1.py GIT_DIR`` (needs ``html-text`` 0.7.0 and ``lxml``,
which the project does not: run it with a Python that has them)

``GIT_DIR`` is a clone (bare or not) of github.com/geodrome/page-signal, which carries the
L3S-GN1 dataset (Kohlschuetter et al., WSDM 2010; "research use only", so the built file is
not committed) in ``L3S-GN1-20100130203947-00001/``: 621 Google News pages of 2008 from 408
sites, each as crawled (``original/``) and as seven human assessors labelled its text
blocks (``annotated/``: spans of class ``x-nc-sel1`` headline, ``2`` full text, ``3``
supplemental such as captions, ``4`` related content, ``5`` comments, ``0`` or none: not
content). One JSON object a line, one page each: ``{"id", "url", "site", "held_out",
"gold", "other", "full"}``:

- ``full``: the page's full visible text, ``html_text.extract_text`` of the crawled HTML
  (as ``bench/data/article_benchmark`` has it from the same library);
- ``gold``: the same extraction of the annotated page with every text outside a headline
  or full-text span blanked, so its lines break where the page's do;
- ``other``: the same of the supplemental and comment spans (captions, but also bylines,
  dates, credits and copyright lines the assessors kept with the article; comments). The
  annotated copy lost each non-ASCII character to ``?`` (``Kosovo?s``), so a line
  holding one takes its spelling from the full text where that line occurs there, ``?``
  read as any one character;
- ``site``: the URL's host without ``www.``; ``held_out``: by site, the first byte of the
  sha256 of ``site`` divisible by 4 (161 pages of 96 sites).

The sha256 of each input file is checked against ``SOURCE_SHA256`` (of the sorted
``path sha256`` lines), and the built file's is printed.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import html_text
import lxml.html
from jsonl_gz import write_records

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "l3s_gn1" / "pages.jsonl.gz"
DATASET = "L3S-GN1-20100130203947-00001"
CONTENT_CLASSES = frozenset({"x-nc-sel1", "x-nc-sel2"})
# Supplemental text (captions, but also bylines, dates, credits, copyright lines) and
# comments: neither the article nor furniture, so not judged.
OTHER_CLASSES = frozenset({"x-nc-sel3", "x-nc-sel5"})
SELECTION_RE = re.compile(r"\bx-nc-sel\d\b")
UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
SOURCE_SHA256 = "see bench/data/l3s_gn1/README.md"


def git_show(git_dir: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout


def git_paths(git_dir: str, folder: str) -> list[str]:
    listed = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", "HEAD", folder],
        capture_output=True,
        check=True,
        text=True,
    )
    return sorted(listed.stdout.split())


def parse(html: bytes) -> lxml.html.HtmlElement:
    """The page's tree, its bytes read as UTF-8 whatever its meta tag says (the dataset's
    copies are converted)."""
    text = html.decode("utf-8", errors="replace").encode("utf-8")
    return lxml.html.document_fromstring(text, parser=UTF8_PARSER)


def selection(element: lxml.html.HtmlElement) -> str:
    """The annotation class of the nearest labelled ancestor-or-self, or ``""``."""
    while element is not None:
        found = SELECTION_RE.search(element.get("class") or "")
        if found:
            return found.group()
        element = element.getparent()
    return ""


def labelled_tree(tree: lxml.html.HtmlElement, classes: frozenset[str]) -> lxml.html.HtmlElement:
    """The annotated tree with every text outside a span of ``classes`` blanked."""
    for element in list(tree.iter()):
        if not isinstance(element.tag, str):
            continue
        if "x-nc-invisible" in (element.get("class") or ""):
            element.text = None
            for child in list(element):
                child.drop_tree()
            continue
        if selection(element) not in classes:
            element.text = None
        parent = element.getparent()
        if parent is not None and selection(parent) not in classes:
            element.tail = None
    return tree


def respelled(gold: str, full: str) -> str:
    """Each gold line holding ``?`` as the full text spells it, where found there.

    >>> respelled("Kosovo?s status", "Top\\nKosovo’s status\\n")
    'Kosovo’s status'
    """
    lines = []
    for line in gold.splitlines():
        if "?" in line:
            pattern = ".".join(re.escape(part) for part in line.split("?"))
            found = re.search(pattern, full)
            if found:
                line = found.group()
        lines.append(line)
    return "\n".join(lines)


def held_out(host: str) -> bool:
    return hashlib.sha256(host.encode()).digest()[0] % 4 == 0


def main() -> None:
    git_dir = sys.argv[1]
    urls = {}
    for row in git_show(git_dir, f"{DATASET}/url-mapping.txt").decode().splitlines():
        urn, url = row.split("\t")
        urls[urn.strip("<>").split(":")[-1]] = url
    sources = hashlib.sha256()
    lines = []
    for path in git_paths(git_dir, f"{DATASET}/original"):
        page_id = Path(path).stem
        original = git_show(git_dir, path)
        annotated = git_show(git_dir, path.replace("/original/", "/annotated/"))
        for name, data in ((path, original), (path.replace("original", "annotated"), annotated)):
            sources.update(f"{name} {hashlib.sha256(data).hexdigest()}\n".encode())
        full = html_text.extract_text(parse(original))
        gold, other = (
            respelled(html_text.extract_text(labelled_tree(parse(annotated), classes)), full)
            for classes in (CONTENT_CLASSES, OTHER_CLASSES)
        )
        host = urlsplit(urls[page_id]).hostname or ""
        site = host.removeprefix("www.")
        record = {
            "id": page_id,
            "url": urls[page_id],
            "site": site,
            "held_out": held_out(site),
            "gold": gold,
            "other": other,
            "full": full,
        }
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    write_records(OUT, lines, sources.hexdigest())


if __name__ == "__main__":
    main()
