"""The word lists of the ``split`` pass, read from ``cleaner/data`` once, when first asked.

>>> "which" in common_words(), "over" in affixes()[0], "new" in compound_adjectives()[0]
(True, True, True)
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.data import read_data

# A comment line of a word list.
COMMENT_LINE_RE = re.compile(r"^#.*$", re.MULTILINE)


@cache
def common_words() -> frozenset[str]:
    """The most common English words: tokens the model need not be loaded for."""
    return _word_list("split_common_words.txt")


@cache
def affixes() -> tuple[frozenset[str], frozenset[str]]:
    """Compound-building prefixes and suffixes, from ``data/split_affixes.txt`` and the
    combining forms of science, from ``data/split_science_prefixes.txt``."""
    prefixes, suffixes = _first_and_second_parts("split_affixes.txt")
    science_prefixes, science_suffixes = _first_and_second_parts("split_science_prefixes.txt")
    return prefixes | science_prefixes, suffixes | science_suffixes


@cache
def compound_adjectives() -> tuple[frozenset[str], frozenset[str]]:
    """First words and irregular participles of compound adjectives (``newlanded``)."""
    return _first_and_second_parts("split_compound_adjectives.txt")


def _first_and_second_parts(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The ``first-`` and the ``-second`` entries of a word list, without their hyphens."""
    entries = _word_list(name)
    firsts = frozenset(e.rstrip("-") for e in entries if e.endswith("-"))
    return firsts, frozenset(e.lstrip("-") for e in entries if e.startswith("-"))


@cache
def word_forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(ending, its base's endings) of a word's forms, from ``data/split_word_forms.tsv``.

    >>> dict(word_forms())["ing"]
    ('', 'e')
    """
    rows = []
    for line in COMMENT_LINE_RE.sub("", read_data("split_word_forms.tsv")).splitlines():
        if line.strip():
            ending, bases = line.split("\t")
            rows.append((ending, tuple(b.strip().replace("-", "") for b in bases.split(","))))
    return tuple(rows)


@cache
def derived_forms() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(ending, its base's endings, the stem's required endings) of the regular forms of a
    word, from ``data/split_derived_forms.tsv``; ``=`` as a base ending undoes a doubled
    last letter, and no required ending is written ``()``.

    >>> dict((e, (b, s)) for e, b, s in derived_forms())["ions"]
    (('', 'e'), ('t', 's'))
    """
    rows = []
    for line in COMMENT_LINE_RE.sub("", read_data("split_derived_forms.tsv")).splitlines():
        if line.strip():
            ending, bases, stems = line.split("\t")
            rows.append((ending, _column(bases), tuple(s for s in _column(stems) if s)))
    return tuple(rows)


def _column(cell: str) -> tuple[str, ...]:
    """A cell's comma-separated entries, ``-`` written as nothing."""
    return tuple(entry.strip().replace("-", "") for entry in cell.split(","))


@cache
def sentence_openers() -> frozenset[str]:
    """Words that commonly open a sentence (lowercase), from ``data/split_openers.txt``."""
    return _word_list("split_openers.txt")


@cache
def non_final_words() -> frozenset[str]:
    """Words that cannot end a sentence (or are identifier prefixes), never a left part."""
    return _word_list("split_non_final.txt")


@cache
def software_words() -> frozenset[str]:
    """Words of programming, each as written, lowercase, capitalised and in capitals, from
    ``data/split_software_words.txt``.

    >>> {"python", "Python", "PYTHON", "GitHub", "github"} <= software_words()
    True
    """
    words = COMMENT_LINE_RE.sub("", read_data("split_software_words.txt")).split()
    return frozenset(
        form
        for word in words
        for form in (word, word.lower(), word.lower().capitalize(), word.upper())
    )


def _word_list(name: str) -> frozenset[str]:
    """The words of a data file, lowercase, one a line; ``#`` starts a comment line.

    >>> sorted(_word_list("split_non_final.txt"))[:3]
    ['a', 'add', 'an']
    """
    # Whole-text operations, not a loop over 5,000 lines: this runs in every cold start.
    return frozenset(COMMENT_LINE_RE.sub("", read_data(name)).lower().split())
