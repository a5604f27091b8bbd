"""The English lexicon: known words and their frequencies, for ``split`` and ``unwrap``.

Loaded once, lazily, by :func:`load_model` (cached), so that text without a candidate
token never pays for it. Frequencies are *Zipf* values: log10 of occurrences per billion
words (``the`` is about 7.7, a word seen once per million words is 3.0).

The table ``data/split_words.txt.gz`` (490,000 words, 1.7 MB) is precomputed by
``tools/build_split_words.py`` from wordfreq's ``large`` English list (data CC-BY-SA 4.0)
and wordsegment's ``unigrams.txt`` and ``words.txt`` (Apache-2.0), web debris such as
``ofthe`` left out. It has one line per *bucket*, the words that share their first two
letters, and :class:`LazyTable` parses a bucket only when a word of it is looked up: a
dict of all 490,000 words takes ~0.12 s to build, more than the rest of a small run, and
a page of prose looks up a few dozen buckets of ~700. Loading is then ~20 ms (gzip).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator, Mapping
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
    return WordModel(zipf=LazyTable(gzip.decompress(packed).decode("utf-8")))


def bucket_of(word: str) -> str:
    """The bucket a word is filed under: its first two characters."""
    return word[:2]


class LazyTable(Mapping[str, float]):
    """Word -> Zipf from lines ``BUCKET<TAB>ZIPF word word ...<TAB>ZIPF word ...``.

    Each bucket's line is parsed into a dict the first time one of its words is asked for
    (a memo, like functools.cache: the mapping itself never changes).

    >>> table = LazyTable("th\\t7.7 the\\t3.0 thereof\\nof\\t7.5 of\\n")
    >>> table["the"], table.get("thy", 0.0), "of" in table, sorted(table)
    (7.7, 0.0, True, ['of', 'the', 'thereof'])
    """

    def __init__(self, text: str) -> None:
        self._lines = dict(line.split("\t", 1) for line in text.splitlines())
        self._parsed: dict[str, dict[str, float]] = {}

    def _bucket(self, word: str) -> dict[str, float]:
        bucket = bucket_of(word)
        words = self._parsed.get(bucket)
        if words is None:
            words = self._parsed[bucket] = parse_groups(self._lines.get(bucket, ""))
        return words

    def __getitem__(self, word: str) -> float:
        return self._bucket(word)[word]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._bucket(word)

    def get(self, word: str, default: float | None = None) -> float | None:  # type: ignore[override]
        return self._bucket(word).get(word, default)

    def __iter__(self) -> Iterator[str]:
        for bucket in self._lines:
            yield from self._bucket(bucket)

    def __len__(self) -> int:
        return sum(len(self._bucket(bucket)) for bucket in self._lines)


def parse_groups(line: str) -> dict[str, float]:
    """Read one bucket's groups, ``ZIPF word word ...`` separated by tabs.

    >>> parse_groups("3.0 thereof therein\\t7.7 the")
    {'thereof': 3.0, 'therein': 3.0, 'the': 7.7}
    """
    table: dict[str, float] = {}
    for group in line.split("\t") if line else ():
        zipf, *words = group.split(" ")
        table.update(dict.fromkeys(words, float(zipf)))
    return table


def format_table(table: Mapping[str, float]) -> str:
    """The text of ``split_words.txt.gz`` for ``table`` (see :class:`LazyTable`).

    >>> format_table({"the": 7.7, "thereof": 3.0, "of": 7.5})
    'of\\t7.5 of\\nth\\t3.0 thereof\\t7.7 the\\n'
    """
    buckets: dict[str, dict[float, list[str]]] = {}
    for word, zipf in sorted(table.items()):
        buckets.setdefault(bucket_of(word), {}).setdefault(zipf, []).append(word)
    return "".join(
        bucket
        + "".join(f"\t{zipf} {' '.join(words)}" for zipf, words in sorted(groups.items()))
        + "\n"
        for bucket, groups in buckets.items()
    )
