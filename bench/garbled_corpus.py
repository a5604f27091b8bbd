"""Real text garbled in the common ways, for comparing the ``encoding`` pass with ftfy.

The text is real: the public-domain novels and State of the Union addresses in
``bench/data/books`` and ``bench/data/modern`` (see their READMEs) and the articles in
``bench/data/prose``. It is cut into documents of a few paragraphs and typeset as
publishers do (curly quotes and apostrophes, em dashes for ``--``, an ellipsis for
``...``), since Project Gutenberg's plain ASCII has nothing for a wrong decoding to garble.
Each document is then garbled one way, in turn:

- ``cp1252``: its UTF-8 bytes read as Windows-1252 (ftfy's sloppy variant: the five
  undefined bytes map to C1 controls), the common web mojibake (``â€™``);
- ``latin1``: read as Latin-1;
- ``double``: garbled as Windows-1252 twice;
- ``partial``: one paragraph in two garbled as Windows-1252, the rest left right;
- ``entities``: as HTML: its non-ASCII characters written as entities (named where HTML
  has a name, ``&#8217;`` otherwise), ``&`` as ``&amp;``, and Gutenberg's ``_italics_``
  as ``<i>italics</i>`` (ftfy keeps the entities from the first line with a ``<`` on);
- ``lossy``: read as Windows-1252 with the five bytes it does not define dropped, as a
  round trip through a strict decoder leaves it (``”`` becomes ``â€``).

Deterministic: the same documents in the same order on every machine.
"""

from __future__ import annotations

import gzip
import html.entities
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
KINDS = ("cp1252", "latin1", "double", "partial", "entities", "lossy")
# Paragraphs per document.
DOCUMENT_PARAGRAPHS = 4

# A double quote opening a quotation: at the start or after a space or opening bracket.
OPEN_DOUBLE_RE = re.compile(r'(^|(?<=[\s(\[—]))"')
OPEN_SINGLE_RE = re.compile(r"(^|(?<=[\s(\[—\"“]))'")
# Gutenberg's italics, ``_word_``.
ITALICS_RE = re.compile(r"\b_([^_\n]+)_\b")
# The bytes Windows-1252 leaves undefined, as ftfy's sloppy codec decodes them.
UNDEFINED_RE = re.compile("[\x81\x8d\x8f\x90\x9d]")
# Entities by code point, for the ``entities`` garbling.
NAMED = {code: name for code, name in html.entities.codepoint2name.items()}


def typeset(text: str) -> str:
    """Curly quotes, em dashes and ellipses, as a publisher sets plain text.

    >>> typeset('"It\\'s fine," she said -- \\'quite\\' fine...')
    '“It’s fine,” she said — ‘quite’ fine…'
    """
    text = text.replace(" -- ", " — ").replace("--", "—").replace("...", "…")
    text = OPEN_DOUBLE_RE.sub("“", text).replace('"', "”")
    return OPEN_SINGLE_RE.sub("‘", text).replace("'", "’")


def garble(text: str, kind: str) -> str:
    """``text`` garbled the way ``kind`` names (see the module docstring)."""
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    def cp1252(part: str) -> str:
        return part.encode("utf-8").decode("sloppy-windows-1252")

    if kind == "cp1252":
        return cp1252(text)
    if kind == "latin1":
        return text.encode("utf-8").decode("latin-1")
    if kind == "double":
        return cp1252(cp1252(text))
    if kind == "partial":
        paragraphs = text.split("\n\n")
        return "\n\n".join(cp1252(p) if k % 2 else p for k, p in enumerate(paragraphs))
    if kind == "entities":
        return ITALICS_RE.sub(r"<i>\1</i>", "".join(_entity(c) for c in text))
    if kind == "lossy":
        return UNDEFINED_RE.sub("", cp1252(text))
    raise ValueError(kind)


def _entity(char: str) -> str:
    if char == "&":
        return "&amp;"
    if char.isascii():
        return char
    name = NAMED.get(ord(char))
    return f"&{name};" if name else f"&#{ord(char)};"


def source_texts() -> Iterator[tuple[str, str]]:
    """``(name, text)`` of each real source file, in a fixed order."""
    for path in sorted((DATA / "books").glob("*.txt.gz")) + sorted(
        (DATA / "modern").glob("*.txt.gz")
    ):
        yield path.name, gzip.decompress(path.read_bytes()).decode("utf-8")
    for path in sorted((DATA / "prose").glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8")


def clean_documents(
    limit: int | None = None, paragraphs_each: int = DOCUMENT_PARAGRAPHS
) -> Iterator[tuple[str, str]]:
    """``(name, text)``: the sources cut into typeset documents of a few paragraphs."""
    count = 0
    for name, text in source_texts():
        paragraphs = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
        for start in range(0, len(paragraphs), paragraphs_each):
            chunk = paragraphs[start : start + paragraphs_each]
            document = typeset("\n\n".join(chunk)) + "\n"
            if document.isascii():
                continue  # Nothing to garble.
            yield f"{name}#{start}", document
            count += 1
            if limit is not None and count >= limit:
                return


def garbled_documents(
    limit: int | None = None, paragraphs_each: int = DOCUMENT_PARAGRAPHS
) -> Iterator[tuple[str, str, str, str]]:
    """``(name, kind, clean, garbled)`` for each document, the kinds taken in turn."""
    for k, (name, document) in enumerate(clean_documents(limit, paragraphs_each)):
        kind = KINDS[k % len(KINDS)]
        yield name, kind, document, garble(document, kind)
