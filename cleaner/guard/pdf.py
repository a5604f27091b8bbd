"""The ``pdf`` pass's guard: the same text once markers, accents and f, l, i letters go."""

from __future__ import annotations

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
    """
    return first_difference(_pdf_skeleton(before), _pdf_skeleton(after))


def _pdf_skeleton(text: str) -> str:
    text = unicodedata.normalize("NFD", without_whitespace(text))
    return "".join(
        char
        for char in text.translate(PDF_MAPPING)
        if char not in "fli" and not unicodedata.combining(char)
    )


# What the pdf pass may remove or rewrite: its markers and spacing accents go, and hyphens
# (U+FFFE and U+2010 become "-", or go inside a word pdfium joined), and soft hyphens
# inside a word whose accents it composes.
PDF_MAPPING = str.maketrans(
    {"\ufffe": None, "\u2010": None, "-": None, "\x00": None, "\ufffd": None, "\u00ad": None}
    | dict.fromkeys("\u00b4\u02cb\u00a8\u02c6\u02dc\u00b8\u02c7\u02da")
)
