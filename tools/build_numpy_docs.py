"""Build bench/data/numpy-docs: NumPy's hand-wrapped reStructuredText documentation.

Usage: ``python tools/build_numpy_docs.py GIT_DIR [COMMIT]``, where GIT_DIR is a clone (bare
or not) of https://github.com/numpy/numpy; COMMIT defaults to the one the data was built
from (see bench/data/numpy-docs/README.md).

Takes every ``.rst`` file under ``doc/source`` (the user guide, reference, developer
guide, F2PY and release notes; not ``doc/source/_templates``, Jinja templates) and
``doc/neps`` (the enhancement proposals), and writes each gzipped as
``source/PATH.rst.gz`` or ``neps/PATH.rst.gz`` (``/`` in the path below those folders made
``__``), with SHA256SUMS of the uncompressed texts. Nothing is changed in the texts.
"""

from __future__ import annotations

import gzip
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_peps import git

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "numpy-docs"
COMMIT = "1f90bbb55e65e7de68921bc3f1a2d94492fdf689"
SETS = {"doc/source/": "source", "doc/neps/": "neps"}


def main() -> int:
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else COMMIT
    listing = git(git_dir, "ls-tree", "-r", "--name-only", commit).split("\n")
    sums = []
    for name in sorted(listing):
        prefix = next((p for p in SETS if name.startswith(p)), None)
        if prefix is None or not name.endswith(".rst") or "/_templates/" in name:
            continue
        data = git(git_dir, "show", f"{commit}:{name}").encode("utf-8")
        target = Path(SETS[prefix]) / name[len(prefix) :].replace("/", "__")
        (OUT / target.parent).mkdir(parents=True, exist_ok=True)
        (OUT / f"{target}.gz").write_bytes(gzip.compress(data, mtime=0))
        sums.append(f"{hashlib.sha256(data).hexdigest()}  {target}")
    (OUT / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    print(f"wrote {len(sums)} documents of {commit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
