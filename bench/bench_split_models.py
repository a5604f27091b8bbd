"""Word models the split benchmark compares with ``--compare`` (each loader timed there).

Sizes on disk of the data each one reads are printed by ``python bench/bench_split_models.py``.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner.lexicon import WordModel

# Total tokens of the Google Web Trillion Word Corpus, wordsegment's denominator.
GOOGLE_TOTAL = 1_024_908_267_229


def _package_file(package: str, name: str) -> Path:
    module = __import__(package)
    return Path(module.__file__).parent / name


def _counts(path: Path, sep: str | None) -> dict[str, float]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, count = line.split(sep)
        if word.isascii() and word.isalpha():
            table[word] = round(math.log10(int(count) * 1e9 / GOOGLE_TOTAL), 2)
    return table


def wordsegment_unigrams() -> WordModel:
    return WordModel(_counts(_package_file("wordsegment", "unigrams.txt"), "\t"))


def symspell_82k() -> WordModel:
    path = _package_file("symspellpy", "frequency_dictionary_en_82_765.txt")
    return WordModel(_counts(path, " "))


def _zipf_table(name: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return {
        word: round(math.log10(share) + 9, 2)
        for word, share in get_frequency_dict("en", name).items()
        if share > 0 and word.isascii() and word.isalpha()
    }


def wordfreq_large() -> WordModel:
    return WordModel(_zipf_table("large"))


def wordfreq_small() -> WordModel:
    return WordModel(_zipf_table("small"))


CANDIDATES: dict[str, Callable[[], WordModel]] = {
    "wordfreq large alone (en, 321k words)": wordfreq_large,
    "wordfreq small (en, 29k words)": wordfreq_small,
    "wordsegment unigrams (333k words, Google Web 1T)": wordsegment_unigrams,
    "symspellpy frequency_dictionary_en_82_765": symspell_82k,
}

DATA_FILES = {
    "cleaner split_words.bin (shipped)": ("cleaner", "data/split_words.bin"),
    "wordfreq large_en.msgpack.gz": ("wordfreq", "data/large_en.msgpack.gz"),
    "wordfreq small_en.msgpack.gz": ("wordfreq", "data/small_en.msgpack.gz"),
    "wordsegment unigrams.txt": ("wordsegment", "unigrams.txt"),
    "symspellpy frequency_dictionary_en_82_765.txt": (
        "symspellpy",
        "frequency_dictionary_en_82_765.txt",
    ),
}

if __name__ == "__main__":
    for label, (package, name) in DATA_FILES.items():
        size = _package_file(package, name).stat().st_size
        print(f"{label}: {size / 1e6:.2f} MB")
