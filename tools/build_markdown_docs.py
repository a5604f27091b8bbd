"""Build bench/data/markdown: hand-wrapped Markdown documents by many authors.

Usage: ``python tools/build_markdown_docs.py RFCS_GIT BOOK_GIT GO_GIT``, three clones (bare
or not) of https://github.com/rust-lang/rfcs, https://github.com/rust-lang/book and
https://github.com/golang/proposal, read at the commits in ``SOURCES`` (see
bench/data/markdown/README.md).

From each, in name order, every ``STEP``-th Markdown file of its folder, written gzipped
(mtime 0) under a folder of the source's name, with SHA256SUMS of the uncompressed texts.
Nothing is changed in the texts.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "markdown"
# name: (commit, files, step)
SOURCES = {
    "rust-rfcs": ("354518a8c9025f40be6f730452c1bfe71a12dc22", r"^text/\d{4}-[\w-]+\.md$", 4),
    "rust-book": ("917544888a55e4da7109bdba8c88c893c0da70f4", r"^src/(ch|appendix)[\w-]+\.md$", 2),
    "go-proposals": ("f6e2e6b7f89c932d16aaa20b2aabddd599e5b468", r"^design/[\w.-]+\.md$", 2),
}


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True
    ).stdout


def main() -> int:
    sums = []
    for git_dir, (name, (commit, files, step)) in zip(sys.argv[1:4], SOURCES.items(), strict=True):
        listing = git(git_dir, "ls-tree", "-r", "--name-only", commit).split("\n")
        matching = sorted(n for n in listing if re.match(files, n))
        chosen = matching[::step]
        (OUT / name).mkdir(parents=True, exist_ok=True)
        for path in chosen:
            data = git(git_dir, "show", f"{commit}:{path}").encode("utf-8")
            target = OUT / name / (Path(path).name + ".gz")
            target.write_bytes(gzip.compress(data, mtime=0))
            sums.append(f"{hashlib.sha256(data).hexdigest()}  {name}/{Path(path).name}")
        print(f"{name}: {len(chosen)} of its {len(matching)} Markdown files at {commit}")
    (OUT / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
