"""Real texts this machine holds that no other benchmark reads, cleaned twice: which does a
second run change?

    python bench/bench_second_run.py [--show N] [--man-step 40] [--module-step 2]

Issue 13 wants a second run to change nothing on real documents of every kind. The texts,
rebuilt from the machine (nothing downloaded; the set depends on its packages, so compare
figures from one machine only):

- ``doc``: the text files under ``/usr/share/doc`` (gzipped or not: changelogs, copyright
  files, TODOs, READMEs...), but the NEWS, README and FAQ files that
  ``bench/bench_doc_notes.py`` reads, and markup, code and images; each text once;
- ``man``: every ``--man-step``-th page under ``/usr/share/man`` as ``man -P cat`` writes
  it to a file (plain text, no overstrikes: ``MAN_KEEP_FORMATTING`` unset);
- ``pydoc``: ``pydoc.render_doc`` of every ``--module-step``-th top-level module Python
  finds (its docstrings; rendered in a child process, since importing runs code).

A document longer than 50,000 characters is cut at its last blank line before that. For
each kind: documents read and how many a second run of the default pipeline changes; then
the first ``--show`` changed documents with the start of their second run's diff.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import clean  # noqa: E402

MAX_CHARS = 50_000
# Read by bench/bench_doc_notes.py already.
DOC_NOTES = frozenset({"NEWS", "NEWS.md", "README", "README.md", "FAQ"})
NOT_TEXT = (".html", ".htm", ".png", ".jpg", ".gif", ".pdf", ".svg", ".css", ".js", ".py")
NOT_TEXT += (".c", ".h", ".pl", ".sh", ".el", ".xml", ".json", ".yml", ".ico", "Makefile")
RENDER_MODULES = """
import contextlib, io, json, pydoc, sys, warnings
out = {}
for name in sys.argv[1:]:
    try:
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out[name] = pydoc.render_doc(__import__(name), renderer=pydoc.plaintext)
    except BaseException:
        pass
print(json.dumps(out))
"""


def cut(text: str) -> str:
    """``text``, or its first MAX_CHARS characters cut at a blank line."""
    if len(text) <= MAX_CHARS:
        return text
    end = text.rfind("\n\n", 0, MAX_CHARS)
    return text[: end if end > 0 else MAX_CHARS]


def doc_texts(root: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(root.rglob("*")):
        name = path.name.removesuffix(".gz")
        if path.is_symlink() or not path.is_file() or name in DOC_NOTES:
            continue
        if name.endswith(NOT_TEXT):
            continue
        try:
            raw = (
                gzip.decompress(path.read_bytes())
                if path.name.endswith(".gz")
                else path.read_bytes()
            )
            yield str(path.relative_to(root)), raw.decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError):
            continue


def man_texts(root: Path, step: int) -> Iterator[tuple[str, str]]:
    pages = sorted(p for p in root.rglob("*") if p.is_file() and "/man" in str(p.parent))
    env = {k: v for k, v in os.environ.items() if k != "MAN_KEEP_FORMATTING"}
    env.update(MANWIDTH="80", LANG="C.UTF-8")
    for page in pages[::step]:
        try:
            done = subprocess.run(["man", "-P", "cat", str(page)], capture_output=True,
                                  env=env, timeout=20)  # fmt: skip
        except (OSError, subprocess.TimeoutExpired):
            continue
        yield str(page.relative_to(root)), done.stdout.decode("utf-8", "replace")


def pydoc_texts(step: int) -> Iterator[tuple[str, str]]:
    import pkgutil

    names = sorted(m.name for m in pkgutil.iter_modules() if not m.name.startswith("_"))
    for start in range(0, len(names[::step]), 20):
        batch = names[::step][start : start + 20]
        done = subprocess.run([sys.executable, "-c", RENDER_MODULES, *batch],
                              capture_output=True, text=True, timeout=300)  # fmt: skip
        rendered = json.loads(done.stdout or "{}")
        yield from ((name, rendered[name]) for name in batch if name in rendered)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument("--man-step", type=int, default=40)
    parser.add_argument("--module-step", type=int, default=2)
    args = parser.parse_args()
    kinds = {
        "doc": doc_texts(Path("/usr/share/doc")),
        "man": man_texts(Path("/usr/share/man"), args.man_step),
        "pydoc": pydoc_texts(args.module_step),
    }
    seen: set[str] = set()
    changed: list[tuple[str, list[str]]] = []
    for kind, texts in kinds.items():
        read = again = 0
        for name, text in texts:
            text = cut(text)
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
            if not text.strip() or "\x00" in text or digest in seen:
                continue
            seen.add(digest)
            read += 1
            once = clean(text)
            twice = clean(once)
            if twice != once:
                again += 1
                diff = difflib.unified_diff(once.splitlines(), twice.splitlines(), lineterm="")
                changed.append((f"{kind}/{name}", list(diff)[2:8]))
        print(f"{kind:6} {read:5} documents, {again:3} changed by a second run", flush=True)
    for name, diff in changed[: args.show]:
        print(f"\n{name}")
        print("\n".join(line[:120] for line in diff))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
