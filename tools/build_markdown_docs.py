"""Build bench/data/markdown: hand-wrapped Markdown documents by many authors.

Usage: ``python tools/build_markdown_docs.py NAME=GIT_DIR ...``, for each set to build
(``rust-rfcs``, ``rust-book``, ``go-proposals``, ``swift-evolution``) a clone (bare or not)
of https://github.com/rust-lang/rfcs, https://github.com/rust-lang/book,
https://github.com/golang/proposal or https://github.com/swiftlang/swift-evolution, read
at the commits in ``SOURCES`` (see bench/data/markdown/README.md).

From each, in name order, every ``STEP``-th Markdown file of its folder, written gzipped
(mtime 0) under a folder of the source's name, with SHA256SUMS of the uncompressed texts
(the lines of the sets not built stay). Nothing is changed in the texts.
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
    "swift-evolution": (
        "0105e139a22938561c700cfbb89ddc3ebe402f0c",
        r"^proposals/\d{4}-[\w.+-]+\.md$",
        4,
    ),
}


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True
    ).stdout


def main() -> int:
    built = dict(argument.split("=", 1) for argument in sys.argv[1:])
    sums_file = OUT / "SHA256SUMS"
    old = sums_file.read_text(encoding="utf-8").split("\n") if sums_file.exists() else []
    sums = [line for line in old if line and line.split()[1].split("/")[0] not in built]
    for name, git_dir in built.items():
        commit, files, step = SOURCES[name]
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
    sums_file.write_text("\n".join(sums) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
