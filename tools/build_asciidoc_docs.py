"""Build bench/data/asciidoc: hand-wrapped AsciiDoc documents and their gold.

Usage: ``python tools/build_asciidoc_docs.py ASCIIDOC GIT_GIT ASCIIDOCTOR_GIT``: the
``asciidoc`` command of asciidoc-py 10 (``pip install asciidoc`` in a scratch venv) and
two clones (bare or not) of https://github.com/git/git and
https://github.com/asciidoctor/asciidoctor, read at the commits in ``SOURCES`` (see
bench/data/asciidoc/README.md).

Each chosen file is written gzipped (mtime 0) under a folder of its set's name, with
SHA256SUMS of the uncompressed texts; nothing is changed in them. The gold of a set,
``gold.json.gz`` in its folder, is asciidoc-py's rendering of each file (its xhtml11
backend, includes not found): the text of every paragraph (``<p>``, outside tables)
and the lines of every listing or literal block (``<pre>``). git's documentation is
GPL-2.0 and is not committed (see .gitignore): this tool rebuilds it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "asciidoc"
GIT_COMMIT = "1a3e64c6c4a623626ff0687008732a8e007e2a1c"
ASCIIDOCTOR_COMMIT = "ae5891df10f12dda069abea8a318c9b94d545bee"
MAN_PAGES = (
    "git-bisect|git-commit|git-config|git-log|git-merge|git-push|git-rebase"
    "|gitcore-tutorial|gittutorial|user-manual|MyFirstContribution"
)
# name: (source, commit, files)
SOURCES = {
    "git-manual": (0, GIT_COMMIT, rf"^Documentation/({MAN_PAGES})\.adoc$"),
    "git-technical": (0, GIT_COMMIT, r"^Documentation/(technical|howto)/[^/]+\.adoc$"),
    "git-relnotes": (0, GIT_COMMIT, r"^Documentation/RelNotes/2\.(4\d|5[0-6])\.0\.adoc$"),
    "asciidoctor-docs": (1, ASCIIDOCTOR_COMMIT, r"^docs/modules/[^/]+/pages/.+\.adoc$"),
}


class _Gold(HTMLParser):
    """Paragraph texts and block lines of asciidoc-py's xhtml11 output."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.paragraphs: list[str] = []
        self.blocks: list[list[str]] = []
        self.tables = 0
        self.current: list[str] | None = None
        self.kind = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables += 1
        elif tag in ("p", "pre") and not self.tables and self.current is None:
            self.current, self.kind = [], tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.tables -= 1
        elif tag == self.kind and self.current is not None:
            text = unescape("".join(self.current))
            if tag == "p" and text.strip():
                self.paragraphs.append(" ".join(text.split()))
            elif tag == "pre":
                lines = [line.strip() for line in text.split("\n") if line.strip()]
                if lines:
                    self.blocks.append(lines)
            self.current, self.kind = None, ""

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")


def render_gold(asciidoc: str, text: str) -> dict[str, list]:
    """asciidoc-py's paragraphs and blocks of ``text``."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.adoc"
        source.write_text(text, encoding="utf-8")
        subprocess.run(
            [asciidoc, "-b", "xhtml11", "-o", str(source.with_suffix(".html")), str(source)],
            check=False,  # (an error in one block still renders the rest)
            capture_output=True,
        )
        parser = _Gold()
        parser.feed(source.with_suffix(".html").read_text(encoding="utf-8"))
    return {"paragraphs": parser.paragraphs, "blocks": parser.blocks}


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True
    ).stdout


def main() -> int:
    asciidoc, git_dirs = sys.argv[1], sys.argv[2:4]
    for name, (source, commit, files) in SOURCES.items():
        git_dir = git_dirs[source]
        listing = git(git_dir, "ls-tree", "-r", "--name-only", commit).split("\n")
        chosen = sorted(n for n in listing if re.match(files, n))
        folder = OUT / name
        folder.mkdir(parents=True, exist_ok=True)
        sums, gold = [], {}
        for path in chosen:
            text = git(git_dir, "show", f"{commit}:{path}")
            target = path.split("/", 1)[1].replace("/", "_") + ".gz"
            (folder / target).write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            sums.append(f"{digest}  {name}/{target[:-3]}")
            gold[target[:-3]] = render_gold(asciidoc, text)
        data = json.dumps(gold, ensure_ascii=False, indent=0, sort_keys=True).encode("utf-8")
        (folder / "gold.json.gz").write_bytes(gzip.compress(data, mtime=0))
        (folder / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
        print(f"{name}: {len(chosen)} files at {commit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
