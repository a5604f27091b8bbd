"""Real documents for the speed benchmark: books as Project Gutenberg ships them, non-Latin prose.

The files are ``<root>/<kind>/*.txt.gz`` (provenance, licences and checksums in
``bench/data/real/README.md``; ``tools/build_real_corpus.py`` rebuilds them). The root is
``$CLEANER_REAL_CORPUS`` when set, else the first of ``bench/data/real`` and
``/work/shared/real`` that holds files of that kind.

Each file is decoded as cleaner decodes a file it is given: UTF-8 with a byte-order mark
dropped. The three Project Gutenberg books shipped in ISO-8859-1 (their header says
``Character set encoding: ISO-8859-1``) are decoded from that, as ``cleaner fix
--detect-encoding`` would; their line ends are left as they are.

Example (from ``bench/``)::

    from real_corpus import real_documents

    for name, text in real_documents("books"):
        print(name, len(text.encode()))
"""

from __future__ import annotations

import gzip
import os
import re
from pathlib import Path

KINDS = ("books", "nonlatin", "held-out")
DEFAULT_ROOTS = (Path(__file__).resolve().parent / "data" / "real", Path("/work/shared/real"))
BOM = "\ufeff"
# The encoding a Project Gutenberg header declares, in its first few kilobytes.
DECLARED_LATIN_1_RE = re.compile(rb"^Character set encoding: ISO-8859-1\s*$", re.M | re.I)


def document_paths(kind: str) -> list[Path]:
    """The ``.txt.gz`` files of ``kind``, from the first root that has any, sorted by name."""
    override = os.environ.get("CLEANER_REAL_CORPUS")
    for root in (Path(override),) if override else DEFAULT_ROOTS:
        paths = sorted((root / kind).glob("*.txt.gz"))
        if paths:
            return paths
    return []


def decode_document(data: bytes) -> str:
    """A file's text: UTF-8 without its BOM, or ISO-8859-1 where the PG header declares it."""
    if DECLARED_LATIN_1_RE.search(data[:8192]):
        return data.decode("iso-8859-1")
    text = data.decode("utf-8")
    return text[len(BOM) :] if text.startswith(BOM) else text


def real_documents(kind: str) -> list[tuple[str, str]]:
    """(name, text) for every file of ``kind`` ("books", "nonlatin" or "held-out"), sorted
    by name.

    Raises ValueError for an unknown kind and FileNotFoundError when no root holds a file
    of that kind (the data is not on this machine: see bench/data/real/README.md).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: expected one of {', '.join(KINDS)}")
    paths = document_paths(kind)
    if not paths:
        roots = os.environ.get("CLEANER_REAL_CORPUS") or " or ".join(map(str, DEFAULT_ROOTS))
        raise FileNotFoundError(
            f"no {kind}/*.txt.gz in {roots}: run tools/build_real_corpus.py "
            "(see bench/data/real/README.md)"
        )
    return [
        (path.name.removesuffix(".txt.gz"), decode_document(gzip.decompress(path.read_bytes())))
        for path in paths
    ]
