"""The speed corpus: documents in the layouts cleaner exists for, each built deterministically.

    python bench/speed_layouts.py            # list the layouts, their files and sizes

Eight layouts (issue 12). The first six are made here from prose of two kinds, generated
news (curly quotes, dashes, accented names, the seed articles' paragraphs) and real public
domain prose (State of the Union addresses, bench/data/modern; Austen, bench/data/books),
laid out as real documents are: widths that vary from document to document and a little
from paragraph to paragraph, titles, page furniture. The last two are real documents as
others wrote them (bench/data/real, see its README), reported apart.

``layout_documents(name, megabytes)`` gives ``(file name, text)`` pairs; the same name and
size always give the same documents.
"""

from __future__ import annotations

import gzip
import random
import re
import sys
import textwrap
from collections.abc import Callable
from functools import cache
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from speed_corpus import SEEDS, mojibake, news_article  # noqa: E402

DATA = BENCH / "data"
# Bytes per generated document: about a news article or a book chapter.
DOCUMENT_BYTES = 20_000


@cache
def real_paragraphs() -> tuple[str, ...]:
    """Paragraphs of real public-domain prose (one line each): addresses and novels."""
    paragraphs: list[str] = []
    for folder in ("modern", "books"):
        for path in sorted((DATA / folder).glob("*.txt.gz")):
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
            paragraphs += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 120]
    return tuple(paragraphs)


def base_text(index: int, size: int) -> str:
    """Clean prose, one paragraph per line with blank lines between: generated news for
    even ``index``, real public-domain prose for odd."""
    if index % 2 == 0:
        return news_article(index, size)
    rng = random.Random(index)
    pool = real_paragraphs()
    start = rng.randrange(len(pool))
    paragraphs, length = [], 0
    while length < size:
        paragraph = pool[(start + len(paragraphs)) % len(pool)]
        paragraphs.append(paragraph)
        length += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(paragraphs) + "\n"


def paragraphs_of(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def wrap(paragraph: str, width: int) -> list[str]:
    return textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)


def paragraph_per_line(index: int) -> str:
    """Layout 1: clean prose, one paragraph per line."""
    return base_text(index, DOCUMENT_BYTES)


def hard_wrapped(index: int) -> str:
    """Layout 2: the prose hard-wrapped at 60-100 columns (a width per document, give or
    take two columns per paragraph, as hand-edited files drift), blank lines kept."""
    rng = random.Random(index)
    width = rng.randint(60, 100)
    paragraphs = paragraphs_of(base_text(index, DOCUMENT_BYTES))
    return (
        "\n\n".join(
            "\n".join(wrap(p, width + rng.choice((0, 0, 0, -1, -2, 1)))) for p in paragraphs
        )
        + "\n"
    )


def first_word_alone(index: int) -> str:
    """Layout 3: no blank lines, each paragraph's first word alone (seed 003's layout)."""
    rng = random.Random(index)
    if index % 5 == 0 and (SEEDS / "003_cee4aa7fb8bf8a59.txt").is_file():
        return (SEEDS / "003_cee4aa7fb8bf8a59.txt").read_text(encoding="utf-8")
    width = rng.randint(72, 84)
    lines = []
    for paragraph in paragraphs_of(base_text(index, DOCUMENT_BYTES)):
        first, _, rest = paragraph.partition(" ")
        lines.append(first)
        lines += wrap(rest, width) if rest else []
    return "\n".join(lines) + "\n"


def hyphenate_line_ends(lines: list[str], rng: random.Random) -> list[str]:
    """Move the first part of a long next word, with a hyphen, to the end of a line."""
    out = list(lines)
    for i in range(len(out) - 1):
        head, _, tail = out[i + 1].partition(" ")
        if len(head) >= 8 and head.isalpha() and rng.random() < 0.5:
            cut = rng.randint(3, len(head) - 3)
            out[i] += f" {head[:cut]}-"
            out[i + 1] = head[cut:] + (f" {tail}" if tail else "")
    return out


def hyphenated_crlf(index: int) -> str:
    """Layout 4: line ends hyphenated inside words, CRLF line ends, blank lines kept."""
    rng = random.Random(index)
    width = rng.randint(60, 90)
    paragraphs = paragraphs_of(base_text(index, DOCUMENT_BYTES))
    text = "\n\n".join("\n".join(hyphenate_line_ends(wrap(p, width), rng)) for p in paragraphs)
    return text.replace("\n", "\r\n") + "\r\n"


LIGATURES = {"fi": "\ufb01", "fl": "\ufb02", "ff": "\ufb00", "ffi": "\ufb03"}
LIGATURE_RE = re.compile("ffi|fi|fl|ff")


def pdf_like(index: int) -> str:
    """Layout 5: text as PDF extractors give it: pages of 40-50 lines with a running header
    and a page number, form feeds, ligatures, line-end hyphens, no blank lines inside a
    page but the one an extractor leaves between paragraphs."""
    rng = random.Random(index)
    width = rng.randint(80, 100)
    title = f"Journal of Applied Studies, Vol. {rng.randint(1, 40)} ({rng.randint(1990, 2024)})"
    lines: list[str] = []
    for paragraph in paragraphs_of(base_text(index, DOCUMENT_BYTES)):
        paragraph = LIGATURE_RE.sub(lambda m: LIGATURES[m.group()], paragraph)
        lines += [*hyphenate_line_ends(wrap(paragraph, width), rng), ""]
    per_page = rng.randint(40, 50)
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    out = []
    for number, page in enumerate(pages, start=1):
        header = title if number % 2 else "A. Author and B. Author"
        out.append("\n".join([header, "", *page, "", str(number)]))
    return "\n\x0c".join(out) + "\n"


FURNITURE_TOP = ["News Ticker", "Home", "Share this:", "Follow Us", "Subscribe"]
FURNITURE_BOTTOM = [
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Related Posts",
    "© 2024 Daily Example. All rights reserved.",
    "This website uses cookies to improve your experience. Accept",
]


def web_page(index: int) -> str:
    """Layout 6: web text (seed 000's kind): furniture at top and bottom, mojibake in some
    paragraphs, HTML entities, NO-BREAK SPACE runs and trailing spaces."""
    rng = random.Random(index)
    if index % 5 == 0 and (SEEDS / "000_9a84a7cc5089708b.txt").is_file():
        return (SEEDS / "000_9a84a7cc5089708b.txt").read_text(encoding="utf-8")
    paragraphs = paragraphs_of(base_text(index, DOCUMENT_BYTES))
    dirty = []
    for paragraph in paragraphs:
        roll = rng.random()
        if roll < 0.15:
            paragraph = mojibake(paragraph)
        elif roll < 0.3:
            paragraph = paragraph.replace(" and ", " &amp; ", 2).replace(". ", ".&nbsp; ", 2)
        elif roll < 0.4:
            paragraph = paragraph.replace(". ", ".\u00a0 ", 3) + "  "
        dirty.append(paragraph)
    top = rng.sample(FURNITURE_TOP, rng.randint(1, 3))
    bottom = rng.sample(FURNITURE_BOTTOM, rng.randint(1, 4))
    return "\n\n".join([*top, *dirty, *bottom])


def real_documents(kind: str) -> list[tuple[str, str]]:
    """Real documents of bench/data/real/<kind> (see real_corpus.py), none if not built."""
    from real_corpus import real_documents as read_real

    try:
        return read_real(kind)
    except (FileNotFoundError, ValueError, SystemExit):
        return []


GENERATED: dict[str, Callable[[int], str]] = {
    "paragraph-per-line": paragraph_per_line,
    "hard-wrapped": hard_wrapped,
    "first-word-alone": first_word_alone,
    "hyphenated-crlf": hyphenated_crlf,
    "pdf-like": pdf_like,
    "web-page": web_page,
}
REAL = {"books": "books", "non-latin": "nonlatin"}
LAYOUTS = (*GENERATED, *REAL)


def layout_documents(name: str, megabytes: float) -> list[tuple[str, str]]:
    """About ``megabytes`` of documents in layout ``name``: real ones are repeated (under
    new names) until the size is reached, and a real document is never cut."""
    budget = int(megabytes * 1_000_000)
    documents: list[tuple[str, str]] = []
    size = 0
    if name in GENERATED:
        index = 0
        while size < budget:
            text = GENERATED[name](index)
            documents.append((f"{name}-{index:05}.txt", text))
            size += len(text.encode("utf-8"))
            index += 1
        return documents
    real = list(real_documents(REAL[name]))
    if not real:
        return []
    copy = 0
    while size < budget:
        for file_name, text in real:
            stem = file_name.removesuffix(".txt")
            documents.append((f"{stem}-{copy}.txt" if copy else file_name, text))
            size += len(text.encode("utf-8"))
        copy += 1
    return documents


def main() -> None:
    for name in LAYOUTS:
        documents = layout_documents(name, 5.0)
        size = sum(len(text.encode("utf-8")) for _, text in documents)
        print(f"{name:20} {len(documents):5} files {size / 1e6:6.1f} MB")


if __name__ == "__main__":
    main()
