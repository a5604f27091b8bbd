"""Build ``bench/data/science/{astropy,scipy}_docs.jsonl.gz``: documentation prose.

Clean technical and scientific prose (astronomy, physics, mathematics, statistics,
software), tuning corpora of the ``split`` pass's precision (session 24): every split the
pass makes in them is a wrong split. Sources (:data:`SOURCES`), both under the BSD
3-Clause licence, reproduced with their copyright lines in ``bench/data/science/README.md``:
the reStructuredText files under ``docs/`` of the public GitHub repository astropy/astropy
and under ``doc/source/`` of scipy/scipy (release notes left out: lists of identifiers).

Usage::

    python tools/build_docs_prose.py astropy <git directory of an astropy/astropy mirror>
    python tools/build_docs_prose.py scipy <git directory of a scipy/scipy mirror>

Each record: ``path``, ``text``. Only the plain paragraphs of a file are kept, one a line,
blank lines between (reST wraps lines at spaces, so a line break is a space): directives
and their bodies, literal and doctest blocks, tables, comments, section titles and
substitution definitions are left out whole. Inline markup is read so that no space is
added or lost: ``*emph*`` and links are read as their text, and a literal, a role
(``:class:`~astropy.units.Quantity```) or a substitution becomes ``X``, so that no two
words meet where it stood. A paragraph still holding a backquote is left out.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Each source: the commit read, the folder of its documentation, a folder left out.
SOURCES = {
    "astropy": ("1fdfae1fe1881234e08855ac662dae86e538ed7c", "docs/", "docs/changes/"),
    "scipy": ("3dbf660a919b1479cdf30d533176053b428d08d3", "doc/source/", "doc/source/release/"),
    # Session 25: biology, symbolic mathematics, statistics (corpus "docs2").
    "biopython": (
        "8b4d499f0e42567439e18a44986f342cc46e4faa",
        "Doc/Tutorial/",
        "Doc/Tutorial/images/",
    ),
    "sympy": ("e950d313a932bc6cccbc95376b3821cd2f8b5af4", "doc/src/", "doc/src/_templates/"),
    "statsmodels": (
        "82c59e378bdfb5ae324006c477954879ad3e24be",
        "docs/source/",
        "docs/source/release/",
    ),
    "numpy": ("1f90bbb55e65e7de68921bc3f1a2d94492fdf689", "doc/source/", "doc/source/release/"),
    "skimage": (
        "cd0a3d22b9f359f05618d75d5c7a29b91b4951ca",
        "doc/source/",
        "doc/source/release_notes/",
    ),
    "photutils": ("2f7d3a5c3b27aaf92b425de4df77fc42c3ea2671", "docs/", "docs/whats_new/"),
    "specutils": ("4e0c8223e16f87781839ea55dfe6b06d1fdeea18", "docs/", "docs/_templates/"),
}

# Inline markup, in the order it is read: a role or a literal or a substitution stands as
# ``X``; a link (`text <url>`_, `text`_) and emphasis as their text.
LITERAL_RE = re.compile(r"(?::[\w:+-]+:)?``.+?``|:[\w:+-]+:`[^`]+`|\|[^|\s][^|]*\|_{0,2}")
LINK_RE = re.compile(r"`([^`<]+?)\s*<[^`>]+>`__?|`([^`]+)`__?")
EMPHASIS_RE = re.compile(r"\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*")
# A line that is a section's underline or overline, or a grid table's border.
RULE_LINE_RE = re.compile(r"^[=\-~^\"'`#*+_:.]{3,}[=\-~^\"'`#*+_:. ]*$|^[+|]")
# A list item's marker: the item is a paragraph of its own, without it.
LIST_MARKER_RE = re.compile(r"^(?:[-*+•]|\d+\.|#\.|\(?[a-z0-9]\))\s+")


def blocks(source: str) -> list[list[str]]:
    """The blocks of lines of ``source`` separated by blank lines, with their indentation."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in source.splitlines():
        if line.strip():
            current.append(line.rstrip())
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def paragraphs(source: str) -> list[str]:
    """The plain paragraphs of a reST file, inline markup read as described above."""
    out = []
    skip_indent: int | None = None  # Inside a directive or literal block: its indentation.
    for block in blocks(source):
        indent = len(block[0]) - len(block[0].lstrip())
        if skip_indent is not None and indent > skip_indent:
            continue
        skip_indent = None
        first = block[0].strip()
        if first.startswith(".."):
            skip_indent = indent
            continue
        literal_next = block[-1].rstrip().endswith("::")
        if _is_prose_block(block) and indent == 0:
            for item in _items(block):
                if text := _read_inline(" ".join(line.strip() for line in item)):
                    out.append(text)
        if literal_next:
            skip_indent = indent
    return out


def _items(block: list[str]) -> list[list[str]]:
    """A block cut before each line that starts a list item."""
    items: list[list[str]] = []
    for line in block:
        if not items or LIST_MARKER_RE.match(line):
            items.append([])
        items[-1].append(line)
    return items


def _is_prose_block(block: list[str]) -> bool:
    """Whether a block is a plain paragraph or list item: no title, table, doctest, field."""
    if any(RULE_LINE_RE.match(line.strip()) for line in block):
        return False
    first = block[0].strip()
    # Not a doctest, a field list, a line block, a definition list or a quote.
    indented_body = len(block) > 1 and block[1].startswith(" ")
    return not (first.startswith((">>>", ":", "|", "$")) or indented_body)


def _read_inline(text: str) -> str:
    """``text`` with its inline markup read as its words, or ``""`` if some is left."""
    text = LIST_MARKER_RE.sub("", text)
    text = LITERAL_RE.sub("X", text)
    text = LINK_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = text.replace("::", ":").replace("\\ ", "")
    if "`" in text or len(text.split()) < 4:
        return ""
    return text


def main() -> None:
    """Read the ``.rst`` files of one source's documentation and write its corpus."""
    source_name, git_dir = sys.argv[1:3]
    commit, folder, left_out = SOURCES[source_name]
    output = ROOT / "bench" / "data" / "science" / f"{source_name}_docs.jsonl.gz"
    names = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit, folder],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    records = []
    for name in sorted(n for n in names if n.endswith(".rst") and not n.startswith(left_out)):
        source = subprocess.run(
            ["git", "--git-dir", git_dir, "show", f"{commit}:{name}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        text = "\n\n".join(paragraphs(source))
        if len(text.split()) >= 50:
            records.append({"path": name, "text": text})
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    output.write_bytes(gzip.compress(data, mtime=0))
    words = sum(len(r["text"].split()) for r in records)
    print(f"{len(records)} files, {words:,} words, jsonl sha256 {hashlib.sha256(data).hexdigest()}")
    digest = hashlib.sha256(output.read_bytes()).hexdigest()
    print(f"{output.name}: {output.stat().st_size:,} bytes, sha256 {digest}")


if __name__ == "__main__":
    main()
