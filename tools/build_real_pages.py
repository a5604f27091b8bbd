"""Build ``bench/data/pages/pages.jsonl.gz``: the full visible text of real web pages.

Usage: ``python tools/build_real_pages.py [--pdf]``

Sources, found on this machine (nothing is downloaded):

- *The Rust Programming Language* (the Rust book), as rustup installs it with the stable
  toolchain's documentation (``~/.rustup/toolchains/stable-*/share/doc/rust/html/book``),
  MIT or Apache-2.0;
- the Node.js API documentation, as the Debian package ``nodejs-doc`` installs it
  (``/usr/share/doc/nodejs/api``), MIT.

Each page's visible text is what a browser shows, read with the standard library's HTML
parser: the text of ``<body>`` without scripts and styles, a line break at each block
element, entities decoded; navigation, sidebars and footers stay, as in the full text of
a page a scraper saves. One JSON object a line: ``{"name": ..., "text": ...}``.

``--pdf`` instead prints (to stdout, as JSON lines) the text ``pdftotext`` (Debian
``poppler-utils``) extracts from the PDF manuals under ``/usr/share/doc``, three pages a
document; their licences do not allow committing them, so they are checked by hand.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "pages" / "pages.jsonl.gz"
RUSTUP = Path.home() / ".rustup" / "toolchains"
NODE = Path("/usr/share/doc/nodejs/api")
PDFS = (
    "/usr/share/doc/libtasn1-doc/libtasn1.pdf",
    "/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf",
)
# The Node.js pages taken: the smaller ones (the largest are 700 kB of API reference).
NODE_MAX_BYTES = 60_000
# Elements whose text a browser does not show.
HIDDEN = {"script", "style", "head", "noscript", "svg", "template"}
# Elements that start a new line.
BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr",
    "table", "section", "article", "header", "footer", "nav", "aside", "blockquote", "dt",
    "dd", "dl", "main", "hr", "figure", "figcaption", "details", "summary", "form", "title",
}  # fmt: skip


class VisibleText(HTMLParser):
    """The text of a page as a browser lays it out, roughly: blocks on lines of their own."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n")
        self.pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in BLOCKS:
            self.parts.append("\n")
        self.pre -= tag == "pre" and self.pre > 0

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data if self.pre else " ".join(data.split("\n")))

    def text(self) -> str:
        lines = [line.strip() for line in "".join(self.parts).split("\n")]
        text, blank = [], False
        for line in lines:
            if line:
                text.append(line)
                blank = False
            elif not blank:
                text.append("")
                blank = True
        return "\n".join(text).strip() + "\n"


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    parser.close()
    return parser.text()


def pages() -> list[tuple[str, Path]]:
    """The Rust book's chapters and the Node.js API pages of at most ``NODE_MAX_BYTES``."""
    books = sorted(RUSTUP.glob("stable-*/share/doc/rust/html/book"))
    found = [(f"rust-book/{p.stem}", p) for p in sorted(books[0].glob("ch*.html"))] if books else []
    node = [p for p in sorted(NODE.glob("*.html")) if p.stat().st_size <= NODE_MAX_BYTES]
    return found + [(f"nodejs-api/{p.stem}", p) for p in node]


def pdf_documents() -> None:
    for pdf in PDFS:
        text = subprocess.run(
            ["pdftotext", pdf, "-"], capture_output=True, text=True, check=True
        ).stdout
        sheets = text.split("\f")
        for start in range(0, len(sheets), 3):
            document = "\f".join(sheets[start : start + 3])
            if document.strip():
                name = f"pdf/{Path(pdf).stem}#{start // 3}"
                print(json.dumps({"name": name, "text": document}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pdf", action="store_true")
    if parser.parse_args().pdf:
        pdf_documents()
        return
    found = pages()
    if not found:
        sys.exit("no pages found: install the Rust documentation (rustup) or nodejs-doc")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"name": name, "text": visible_text(path.read_text(encoding="utf-8"))})
        for name, path in found
    ]
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(lines)} pages -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
