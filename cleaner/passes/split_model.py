"""The word model of the ``split`` pass: a lexicon of known words and their frequencies.

Loaded once, lazily, by :func:`load_model` (cached), so that text without a candidate
token never pays for it. Frequencies are *Zipf* values: log10 of occurrences per billion
words (``the`` is about 7.7, a word seen once per million words is 3.0).

Sources, both declared dependencies (nothing is copied into cleaner): wordfreq's ``large``
English list (321,000 words from books, news, subtitles, web; frequencies), wordsegment's
``unigrams.txt`` (333,000 words of the Google Web Trillion Word Corpus; more technical
and web words) and its ``words.txt`` (a 178,000-word dictionary; always known). Chosen by
measurement with ``bench/bench_split.py --compare``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Tokens in the Google Web Trillion Word Corpus, the denominator of wordsegment's counts.
GOOGLE_WEB_TOKENS = 1_024_908_267_229


# A listed word whose best two-part split is this many Zipf units more probable than the
# word itself is web debris (``ofthe``, ``donot``), not a word, unless a dictionary has it.
MERGED_DEBRIS_MARGIN = 2.0


@dataclass(frozen=True)
class WordModel:
    """Word frequencies from corpora (lowercase, Zipf) and a dictionary of real words.

    The frequency lists come from the web and hold debris such as ``ofthe``; a listed word
    counts as known unless it is such debris. Dictionary words are always known.
    """

    zipf: Mapping[str, float]
    dictionary: frozenset[str] = frozenset()

    def knows(self, word: str) -> bool:
        """Whether ``word`` (lowercase) is a known word, however rare.

        >>> model = WordModel({"of": 7.5, "the": 7.7, "ofthe": 3.3, "thereof": 3.0})
        >>> model.knows("thereof"), model.knows("ofthe"), model.knows("zzz")
        (True, False, False)
        """
        if word in self.dictionary:
            return True
        zipf = self.zipf.get(word)
        return zipf is not None and not self._is_debris(word, zipf)

    def frequency(self, word: str) -> float:
        """The Zipf frequency of ``word`` (lowercase); 0.0 for an unknown word."""
        return self.zipf.get(word, 0.0)

    def _is_debris(self, word: str, zipf: float) -> bool:
        for cut in range(1, len(word)):
            left, right = self.zipf.get(word[:cut]), self.zipf.get(word[cut:])
            if left and right and left + right - 9 >= zipf + MERGED_DEBRIS_MARGIN:
                return True
        return False


@cache
def load_model() -> WordModel:
    """The English model (cached after the first call): see the module's docstring.

    >>> model = load_model()
    >>> model.knows("sesquipedalian"), model.knows("issuedpreviously")
    (True, False)
    """
    from wordfreq import get_frequency_dict  # Deferred: loading takes about a second.

    zipf = _zipf_table(get_frequency_dict("en", "large"))
    for word, value in _wordsegment_zipf().items():
        zipf.setdefault(word, value)
    return WordModel(zipf=zipf, dictionary=_wordsegment_dictionary())


def _wordsegment_zipf() -> dict[str, float]:
    """Zipf values of wordsegment's unigrams (Google Web 1T counts of 333,000 words)."""
    table = {}
    for line in _wordsegment_file("unigrams.txt").splitlines():
        word, count = line.split("\t")
        if word.isascii() and word.isalpha():
            table[word] = round(math.log10(int(count) * 1e9 / GOOGLE_WEB_TOKENS), 2)
    return table


def _wordsegment_dictionary() -> frozenset[str]:
    """wordsegment's ``words.txt``: 178,000 dictionary words with their inflections."""
    return frozenset(_wordsegment_file("words.txt").split())


def _wordsegment_file(name: str) -> str:
    return resources.files("wordsegment").joinpath(name).read_text(encoding="utf-8")


def _zipf_table(frequencies: Mapping[str, float]) -> dict[str, float]:
    """Zipf values of the purely alphabetic ASCII words of a word -> proportion table.

    >>> _zipf_table({"the": 0.05, "don't": 0.001, "café": 0.0001})
    {'the': 7.7}
    """
    return {
        word: round(math.log10(share) + 9, 2)
        for word, share in frequencies.items()
        if share > 0 and word.isascii() and word.isalpha()
    }
