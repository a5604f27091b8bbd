"""Build bench/data/peps: hand-wrapped reStructuredText documents by many authors.

Usage: ``python tools/build_peps.py GIT_DIR [COMMIT]``, where GIT_DIR is a clone (bare or
not) of https://github.com/python/peps; COMMIT defaults to the one the data was built
from (see bench/data/peps/README.md).

Takes every PEP (``peps/pep-NNNN.rst``) whose Copyright section places it in the public
domain (with or without the CC0 alternative), in number order, then every other one of
those up to ``COUNT`` documents, and writes each gzipped, with SHA256SUMS of the
uncompressed texts. Nothing is changed in the texts.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "peps"
COMMIT = "ba4deeb7969588d937da609008d05bb83a47b1ab"
COUNT = 240
PEP_RE = re.compile(r"^peps/pep-\d{4}\.rst$")
# The licence statement, in the Copyright section: public domain (CC0 as an alternative).
PUBLIC_DOMAIN_RE = re.compile(
    r"^Copyright\n[=\-~*]+\n\n(?:This document (?:has been|is) placed in(?:to)? the public "
    r"domain(?:\.| or under the\s+CC0))",
    re.MULTILINE | re.IGNORECASE,
)


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True
    ).stdout


def main() -> int:
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else COMMIT
    listing = git(git_dir, "ls-tree", "-r", "--name-only", commit).split()
    names = sorted(n for n in listing if PEP_RE.match(n))
    public = [n for n in names if PUBLIC_DOMAIN_RE.search(git(git_dir, "show", f"{commit}:{n}"))]
    chosen = public[::2][:COUNT]
    OUT.mkdir(parents=True, exist_ok=True)
    sums = []
    for name in chosen:
        text = git(git_dir, "show", f"{commit}:{name}")
        data = text.encode("utf-8")
        target = OUT / (Path(name).name + ".gz")
        target.write_bytes(gzip.compress(data, mtime=0))
        sums.append(f"{hashlib.sha256(data).hexdigest()}  {Path(name).name}")
    (OUT / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    print(f"{len(public)} public-domain PEPs at {commit}; wrote {len(chosen)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
