"""The ``pdf`` pass's guard: the same text once markers, accents and f, l, i letters go
(F, L, I too: a ligature lost in capitals is rebuilt in capitals, ``DIFFERENT``)."""

from __future__ import annotations

import re
import unicodedata

from cleaner.guard.compare import first_difference, without_whitespace


def guard_pdf(before: str, after: str, **_options: object) -> str | None:
    """The pdf pass writes U+FFFE/U+2010 as "-", composes spacing accents and rebuilds
    ligatures: the same text once marks, accents, markers and f, l, i letters are dropped
    (a coarse check: it would miss an f, l or i lost, which its rules never drop).

    >>> guard_pdf("e\\x00cient Sup\u00b4erieure", "efficient Supérieure") is None
    True
    >>> guard_pdf("e\\x00cient", "eXcient")
    "changed non-whitespace characters near 'ecent'"
    >>> guard_pdf("THE DI\\ufffdERENT WAYS", "THE DIFFERENT WAYS") is None
    True
    """
    return first_difference(_pdf_skeleton(before), _pdf_skeleton(after))


def _pdf_skeleton(text: str) -> str:
    """``text`` without whitespace, decomposed (NFD), without what the pass may remove or
    rewrite (:data:`PDF_MAPPING`), combining marks and the letters f, l and i in either case.

    Each character to drop is dropped at C speed: the non-ASCII ones each by ``replace``
    (a text holds few of them), the ASCII ones from the UTF-8 bytes (no byte of another
    character is ASCII); a Python step a character cost 108 ms/MB of PDF text.

    >>> _pdf_skeleton("e\\x00cient Sup\\u00b4erieure-\\nline")
    'ecentSupereurene'
    """
    text = unicodedata.normalize("NFD", without_whitespace(text))
    if not text.isascii():
        present = set("".join(NON_ASCII_RUN_RE.findall(text)))
        for character in present:
            if ord(character) in PDF_MAPPING or unicodedata.combining(character):
                text = text.replace(character, "")
    utf8 = text.encode("utf-8", "surrogatepass").translate(None, ASCII_DROPPED)
    return utf8.decode("utf-8", "surrogatepass")


# What the pdf pass may remove or rewrite: its markers and spacing accents go, and hyphens
# (U+FFFE and U+2010 become "-", or go inside a word pdfium joined), and soft hyphens
# inside a word whose accents it composes.
PDF_MAPPING = str.maketrans(
    {"\ufffe": None, "\u2010": None, "-": None, "\x00": None, "\ufffd": None, "\u00ad": None}
    | dict.fromkeys("\u00b4\u02cb\u00a8\u02c6\u02dc\u00b8\u02c7\u02da")
)
# Its ASCII characters, and the letters f, l and i of any case, as bytes.
ASCII_DROPPED = bytes(code for code in range(128) if code in PDF_MAPPING) + b"fliFLI"
# A run of non-ASCII characters (lone surrogates too).
NON_ASCII_RUN_RE = re.compile("[^\\x00-\\x7f]+")
