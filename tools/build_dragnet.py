"""Build ``bench/data/dragnet/pages.jsonl.gz`` from Dragnet's pages (a third set for
``bench/bench_furniture_real.py``, its held-out part unread so far).

Usage: ``python tools/build_dragnet.py GIT_DIR`` (needs ``html-text`` 0.7.0 and ``lxml``,
as ``tools/build_l3s_gn1.py``)

``GIT_DIR`` is a clone (bare or not) of github.com/j-szulc/html-cleaning-dataset-merged,
whose ``dragnet_data/`` holds the pages of Dragnet's data set (github.com/seomoz/dragnet_data,
Moz, 2012; AGPLv3, so the built file is not committed; that repository's own snapshot
lacks its HTML archive): 1,381 news and blog pages, each as crawled (``input/N.html``)
and its hand-corrected main content (``GoldStandard/N.txt``: the article, then after the
line ``!@#$%^&*()  COMMENTS`` its comments). One JSON object a line, one page each:
``{"id", "site", "held_out", "gold", "other", "full"}``:

- ``full``: ``html_text.extract_text`` of the crawled page (its declared charset);
- ``gold``: the article (UTF-8, else Windows-1252, as the files are); ``other``: the
  comments (not judged);
- ``site``: the host (without ``www.``) of the page's canonical or ``og:url`` link, else
  the host most of its absolute links point to, else ``""``; ``held_out``: by site, as
  ``tools/build_l3s_gn1.py`` (the first byte of the sha256 of ``site`` divisible by 4).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import html_text
import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_l3s_gn1 import git_paths, git_show, held_out
from jsonl_gz import write_records

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "dragnet" / "pages.jsonl.gz"
COMMENTS_MARK = "!@#$%^&*()  COMMENTS"
CANONICAL_XPATH = "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"


def decoded(data: bytes) -> str:
    """``data`` as UTF-8, else as Windows-1252 (Dragnet's gold files are either).

    >>> decoded(b"\\x93You Can\\x92t\\x94"), decoded("né".encode())
    ('“You Can’t”', 'né')
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def host(url: str) -> str:
    found = urlsplit(url.strip()).hostname or ""
    return found.removeprefix("www.")


def page_site(tree: lxml.html.HtmlElement) -> str:
    """The page's site: its canonical link's host, else its absolute links' commonest."""
    for url in tree.xpath(CANONICAL_XPATH):
        if found := host(url):
            return found
    hosts = Counter(
        host(url) for url in tree.xpath("//a/@href") if re.match(r"https?://", url.strip())
    )
    hosts.pop("", None)
    return hosts.most_common(1)[0][0] if hosts else ""


def main() -> None:
    git_dir = sys.argv[1]
    sources = hashlib.sha256()
    lines = []
    paths = [p for p in git_paths(git_dir, "dragnet_data/input") if p.endswith(".html")]
    for path in sorted(paths):
        page_id = Path(path).stem
        gold_path = f"dragnet_data/GoldStandard/{page_id}.txt"
        html, gold = git_show(git_dir, path), git_show(git_dir, gold_path)
        for name, data in ((path, html), (gold_path, gold)):
            sources.update(f"{name} {hashlib.sha256(data).hexdigest()}\n".encode())
        if not html.strip():
            continue
        tree = lxml.html.document_fromstring(html)
        site = page_site(tree)
        article, _, comments = decoded(gold).replace("\r\n", "\n").partition(COMMENTS_MARK)
        record = {
            "id": page_id,
            "site": site,
            "held_out": held_out(site),
            "gold": article.strip("\n"),
            "other": comments.strip("\n"),
            "full": html_text.extract_text(tree),
        }
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    write_records(OUT, lines, sources.hexdigest())


if __name__ == "__main__":
    main()
