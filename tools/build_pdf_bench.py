"""Build bench/data/pdf: PDFs typeset from known public-domain text, and what extractors read.

Usage: ``pip install reportlab pyphen pdfminer.six pypdf pypdfium2 pymupdf`` then
``python tools/build_pdf_bench.py``.

Two layouts of Jane Austen's text (public domain; from ``bench/data/books``), each with a
running header, page numbers and footnotes (notes written here, numbered through the
document, the mark set as a superscript after a word):

- ``single``: *Pride and Prejudice*, chapters 1-6, A4, one justified column with
  hyphenation (pyphen), the title as a running header, the page number centred at the foot;
- ``twocol``: *Persuasion*, chapters 1-2, US Letter, two columns, a header line ending in
  the page number (``Persuasion 7``) and a running footer line.

For each layout it writes ``<layout>.gold.txt`` (the known text: one paragraph a line
group, blank lines between, chapter titles as paragraphs, each footnote as a paragraph
after the paragraph that cites it) and ``<layout>.<extractor>.txt`` for pdfminer.six,
pypdf, pypdfium2 and PyMuPDF, read as a user of each would (see :func:`extract`). For the
two-column layout it also writes ``twocol.pdfminer-boxes_flow0.txt``, pdfminer.six with
``LAParams(boxes_flow=0.0)``: no user's default, a reference line (with the default, 0.5,
pdfminer.six reads each page's right column first; see ``bench/data/pdf/README.md``). The PDFs
themselves are not kept (rebuilt by this script; reportlab writes the date into them).
"""

from __future__ import annotations

import gzip
import hashlib
import re
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "pdf"
BOOKS = ROOT / "bench" / "data" / "books"
# Every this-many paragraphs (from the 4th) carries a footnote.
FOOTNOTE_EVERY = 7
CHAPTER_RE = re.compile(r"^Chapter \d+$", re.MULTILINE)


def chapters(book: str, first: int, last: int) -> list[str]:
    """The paragraphs of chapters ``first`` to ``last`` of a book, titles included."""
    text = gzip.decompress((BOOKS / f"{book}.txt.gz").read_bytes()).decode("utf-8")
    starts = [m.start() for m in CHAPTER_RE.finditer(text)] + [len(text)]
    body = text[starts[first - 1] : starts[last]]
    return [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]


@cache
def note_texts() -> list[str]:
    """Sentences of another Austen novel, as footnotes: short, and each different."""
    text = gzip.decompress((BOOKS / "austen_northanger_abbey.txt.gz").read_bytes()).decode()
    sentences = re.findall(r"(?<=[.!?] )[A-Z][a-z][^.!?\"\n]{30,70}[a-z]{4}[.!?](?= )", text)
    return sentences


def note_text(number: int) -> str:
    return f"{number} {note_texts()[number * 7]}"


def build(layout: str, paragraphs: list[str], pdf_path: Path) -> list[str]:
    """Typeset ``paragraphs`` into ``pdf_path``; return the gold paragraphs."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    notes_on_page: list[str] = []

    class NotedParagraph(Paragraph):
        """A paragraph whose footnote is set at the foot of the page it starts on."""

        def __init__(self, text, style, note: str | None = None, **kwargs) -> None:
            super().__init__(text, style, **kwargs)
            self.note = note

        def draw(self) -> None:
            super().draw()
            if self.note:
                notes_on_page.append(self.note)
                self.note = None

        def split(self, width: float, height: float) -> list:
            parts = super().split(width, height)
            if parts:
                parts[0].note = self.note
                for part in parts[1:]:
                    part.note = None
            return parts

    single = layout == "single"
    size = A4 if single else letter
    width, height = size
    margin = 2.4 * cm if single else 1.8 * cm
    notes_height = 2.2 * cm
    body = ParagraphStyle(
        "body",
        fontName="Times-Roman" if single else "Helvetica",
        fontSize=11 if single else 9.5,
        leading=14 if single else 12,
        alignment=TA_JUSTIFY if single else 0,
        firstLineIndent=0.5 * cm,
        spaceAfter=4,
        hyphenationLang="en_GB" if single else "",
        embeddedHyphenation=1,
    )
    title = ParagraphStyle("title", parent=body, fontSize=14, leading=18, spaceAfter=10)
    running = "Pride and Prejudice" if single else "Persuasion"
    footer = "Jane Austen, typeset for cleaner's benchmark"

    # As TeX ships a page out: the header first, then the body, the notes, the footer.
    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(body.fontName, 9)
        if single:
            canvas.drawCentredString(width / 2, height - 1.4 * cm, running)
        else:
            canvas.drawRightString(width - margin, height - 1.2 * cm, f"{running} {doc.page}")
        canvas.restoreState()

    def on_page_end(canvas, doc) -> None:
        canvas.saveState()
        y = margin + notes_height - 0.5 * cm
        canvas.setFont(body.fontName, 8)
        for note in notes_on_page:
            canvas.drawString(margin, y, note)
            y -= 10
        notes_on_page.clear()
        canvas.setFont(body.fontName, 9)
        if single:
            canvas.drawCentredString(width / 2, 1.2 * cm, str(doc.page))
        else:
            canvas.drawString(margin, 0.9 * cm, footer)
        canvas.restoreState()

    bottom = margin + notes_height
    frame_height = height - margin - bottom
    if single:
        frames = [Frame(margin, bottom, width - 2 * margin, frame_height, id="body")]
    else:
        column = (width - 2 * margin - 0.8 * cm) / 2
        frames = [
            Frame(margin, bottom, column, frame_height, id="left"),
            Frame(margin + column + 0.8 * cm, bottom, column, frame_height, id="right"),
        ]
    doc = BaseDocTemplate(str(pdf_path), pagesize=size, title=running, author="Jane Austen")
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=frames, onPage=on_page, onPageEnd=on_page_end)]
    )
    story, gold, number = [], [], 0
    for i, paragraph in enumerate(paragraphs):
        escaped = paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if CHAPTER_RE.match(paragraph):
            story.append(Paragraph(escaped, title))
            gold.append(paragraph)
            continue
        note = None
        if i % FOOTNOTE_EVERY == 3 and paragraph.endswith((".", '"')) and len(paragraph) > 200:
            number += 1
            note = note_text(number)
            head, _, tail = escaped.rpartition(" ")
            escaped = f"{head} {tail}<super>{number}</super>"
            head_plain, _, tail_plain = paragraph.rpartition(" ")
            paragraph = f"{head_plain} {tail_plain}{number}"
        story.append(NotedParagraph(escaped, body, note))
        gold.append(paragraph)
        if note:
            gold.append(note)
    doc.build(story)
    return gold


def extract(extractor: str, pdf_path: Path) -> str:
    """The PDF's text as each library's documented plain-text call gives it."""
    if extractor.startswith("pdfminer"):
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams

        flow = 0.0 if extractor == "pdfminer-boxes_flow0" else 0.5  # 0.5: the default
        # Pages end with a form feed.
        return extract_text(str(pdf_path), laparams=LAParams(boxes_flow=flow))
    if extractor == "pypdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(str(pdf_path)).pages)
    if extractor == "pypdfium2":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(pdf_path))
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    import pymupdf

    with pymupdf.open(str(pdf_path)) as pdf:
        return "".join(page.get_text() for page in pdf)


EXTRACTORS = ("pdfminer", "pypdf", "pypdfium2", "pymupdf")
# Extractor settings that are no default, read for one layout only, as reference lines.
REFERENCES = {"twocol": ("pdfminer-boxes_flow0",)}
LAYOUTS = {"single": ("austen_pride_and_prejudice", 1, 6), "twocol": ("austen_persuasion", 1, 2)}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for layout, (book, first, last) in LAYOUTS.items():
        pdf_path = Path("/tmp") / f"cleaner-pdf-bench-{layout}.pdf"
        gold = build(layout, chapters(book, first, last), pdf_path)
        (OUT / f"{layout}.gold.txt").write_text("\n\n".join(gold) + "\n", encoding="utf-8")
        for extractor in (*EXTRACTORS, *REFERENCES.get(layout, ())):
            text = extract(extractor, pdf_path)
            # newline="" keeps pdfium's CRLF line ends as they came.
            with open(OUT / f"{layout}.{extractor}.txt", "w", encoding="utf-8", newline="") as f:
                f.write(text)
    for path in sorted(OUT.glob("*.txt")):
        print(hashlib.sha256(path.read_bytes()).hexdigest(), path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
