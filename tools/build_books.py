"""Rebuild bench/data/books/*.txt.gz: public-domain novels for the split benchmark.

Usage: ``python tools/build_books.py [--janeaustenr RDB] [--tokenizers RDB]``

The texts come from two Debian packages (``apt-get download r-cran-janeaustenr
r-cran-tokenizers`` then ``dpkg-deb -x``, or ``apt-get install`` them): Jane Austen's six
novels in ``janeaustenr/data/Rdata.rdb`` and Melville's *Moby Dick* in
``tokenizers/data/Rdata.rdb``. Both are Project Gutenberg transcriptions of public-domain
books. An ``Rdata.rdb`` holds R objects, each zlib-compressed in R's XDR serialization;
the few types these packages use are read here, so R is not needed.

Each book is cleaned the same way: the Project Gutenberg header and licence are cut off,
hard-wrapped lines are joined into one line a paragraph, paragraphs are separated by a
blank line, and ``_italic_`` underscores are dropped (web text shows italics without them).
"""

from __future__ import annotations

import argparse
import gzip
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "books"
R_LIBRARY = Path("/usr/lib/R/site-library")
AUSTEN_NAMES = (  # The order of the objects in janeaustenr's Rdata.rdb (alphabetical).
    "austen_emma",
    "austen_mansfield_park",
    "austen_northanger_abbey",
    "austen_persuasion",
    "austen_pride_and_prejudice",
    "austen_sense_and_sensibility",
)
# R serialization type codes: the ones these data files use.
NILVALUE, CHARSXP, SYMSXP, LISTSXP, STRSXP, VECSXP = 254, 9, 1, 2, 16, 19
# Project Gutenberg's start and end markers: ``*** START OF THIS PROJECT GUTENBERG EBOOK``.
GUTENBERG_START_RE = re.compile(r"^\*\*\* ?START OF TH(IS|E) PROJECT GUTENBERG.*$", re.M)
GUTENBERG_END_RE = re.compile(r"^(End of (the )?Project Gutenberg|\*\*\* ?END OF TH)", re.M | re.I)
# A line of the transcriber's credit right after the start marker.
PRODUCED_BY_RE = re.compile(r"\A\s*Produced by[^\n]*(\n[^\n]+)*\n")
# Italics marked ``_thus_``: an underscore at either end of a word.
ITALIC_RE = re.compile(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)")
BLANK_LINES_RE = re.compile(r"\n\s*\n")


class Reader:
    """Reads one R object serialized in XDR format (``serialize(x, NULL)``)."""

    def __init__(self, data: bytes) -> None:
        if data[:2] != b"X\n":
            raise ValueError("not an XDR serialization")
        self.data, self.position = data, 2
        version = self.int()
        self.position += 8  # The R versions that wrote and can read it.
        if version == 3:
            length = self.int()  # The native encoding's name follows.
            self.position += length

    def int(self) -> int:
        (value,) = struct.unpack_from(">i", self.data, self.position)
        self.position += 4
        return value

    def object(self) -> object:
        flags = self.int()
        kind, has_attributes, has_tag = flags & 0xFF, flags & 1 << 9, flags & 1 << 10
        if kind == NILVALUE:
            return None
        if kind == CHARSXP:
            length = self.int()
            if length < 0:
                return None  # NA_character_
            start = self.position
            self.position += length
            return self.data[start : self.position].decode("utf-8")
        if kind == SYMSXP:
            return self.object()
        if kind == LISTSXP:  # A pairlist (attributes): skip the optional attributes and tag.
            if has_attributes:
                self.object()
            tag = self.object() if has_tag else None
            return [(tag, self.object()), *(self.object() or [])]
        if kind in (STRSXP, VECSXP):
            values = [self.object() for _ in range(self.int())]
            if has_attributes:
                self.object()
            return values
        raise ValueError(f"R type {kind} is not read here")


def rdb_objects(path: Path) -> Iterator[object]:
    """Every object of an R lazy-load database, in file order."""
    data = path.read_bytes()
    position = 0
    while position < len(data):
        stream = zlib.decompressobj()
        serialized = stream.decompress(data[position + 4 :])  # After the length of the result.
        yield Reader(serialized).object()
        position = len(data) - len(stream.unused_data)


def clean_book(text: str) -> str:
    """The book's text alone, one line a paragraph, paragraphs separated by a blank line.

    >>> clean_book("x\\n*** START OF THIS PROJECT GUTENBERG EBOOK X ***\\nProduced by Y\\n\\n"
    ...            "The _end_\\nof it.\\n\\nEnd of Project Gutenberg's X")
    'The end of it.\\n'
    """
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    if start := GUTENBERG_START_RE.search(text):
        text = text[start.end() :].lstrip("\n")
        text = PRODUCED_BY_RE.sub("", text, count=1)
    if end := GUTENBERG_END_RE.search(text):
        text = text[: end.start()]
    text = ITALIC_RE.sub("", text)
    paragraphs = (" ".join(p.split()) for p in BLANK_LINES_RE.split(text))
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def books(janeaustenr: Path, tokenizers: Path) -> Iterator[tuple[str, str]]:
    """(name, raw text) of each book."""
    for name, lines in zip(AUSTEN_NAMES, rdb_objects(janeaustenr), strict=True):
        title = name.removeprefix("austen_").replace("_", " ")
        if lines[0].lower() != title:  # Each novel starts with its title: check the order.
            raise ValueError(f"{janeaustenr}: expected {title!r}, found {lines[0]!r}")
        yield name, "\n".join(line or "" for line in lines)
    (mobydick,) = next(rdb_objects(tokenizers))
    yield "melville_moby_dick", mobydick


def write_gzip(path: Path, text: str) -> None:
    """Write ``text`` gzipped, no name or time in the header: a rebuild gives the same bytes."""
    with path.open("wb") as raw_file, gzip.GzipFile("", "wb", fileobj=raw_file, mtime=0) as out:
        out.write(text.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--janeaustenr", type=Path, default=R_LIBRARY / "janeaustenr/data/Rdata.rdb"
    )
    parser.add_argument("--tokenizers", type=Path, default=R_LIBRARY / "tokenizers/data/Rdata.rdb")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, raw in books(args.janeaustenr, args.tokenizers):
        text = clean_book(raw)
        write_gzip(OUT / f"{name}.txt.gz", text)
        print(f"{name}: {len(text.split()):,} words")


if __name__ == "__main__":
    main()
