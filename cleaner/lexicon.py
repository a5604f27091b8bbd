"""The English lexicon: known words and their frequencies, for ``split`` and ``unwrap``.

Loaded once, lazily, by :func:`load_model` (cached), so that text without a candidate
token never pays for it. Frequencies are *Zipf* values: log10 of occurrences per billion
words (``the`` is about 7.7, a word seen once per million words is 3.0).

The table ``data/split_words.txt.gz`` (490,000 words, 1.7 MB) is precomputed by
``tools/build_split_words.py`` from wordfreq's ``large`` English list (data CC-BY-SA 4.0)
and wordsegment's ``unigrams.txt`` and ``words.txt`` (Apache-2.0), web debris such as
``ofthe`` left out. It loads in about 0.2 s, a quarter of the time wordfreq took, and
drops both packages from cleaner's run-time dependencies.
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class WordModel:
    """Word frequencies (lowercase words, Zipf); every listed word is a known word."""

    zipf: Mapping[str, float]

    def knows(self, word: str) -> bool:
        """Whether ``word`` (lowercase) is a known word, however rare.

        >>> model = WordModel({"of": 7.5, "the": 7.7, "thereof": 3.0})
        >>> model.knows("thereof"), model.knows("ofthe")
        (True, False)
        """
        return word in self.zipf

    def frequency(self, word: str) -> float:
        """The Zipf frequency of ``word`` (lowercase); 0.0 for an unknown word."""
        return self.zipf.get(word, 0.0)


@cache
def load_model() -> WordModel:
    """The English model (cached after the first call): see the module's docstring.

    >>> model = load_model()
    >>> model.knows("sesquipedalian"), model.knows("issuedpreviously"), model.knows("ofthe")
    (True, False, False)
    """
    packed = resources.files("cleaner.data").joinpath("split_words.txt.gz").read_bytes()
    return WordModel(zipf=parse_table(gzip.decompress(packed).decode("utf-8")))


def parse_table(text: str) -> dict[str, float]:
    """Read lines ``ZIPF<TAB>word word ...`` (the format of ``split_words.txt.gz``).

    >>> parse_table("3.0\\tthereof hereof\\n7.7\\tthe\\n")
    {'thereof': 3.0, 'hereof': 3.0, 'the': 7.7}
    """
    table: dict[str, float] = {}
    for line in text.splitlines():
        zipf, words = line.split("\t")
        table.update(dict.fromkeys(words.split(" "), float(zipf)))
    return table
