"""Words of the field the word table lacks: which would the ``split`` pass break?

Usage: ``python bench/split_lexicon_gaps.py [--corpus science] [--show]``

Clean scientific prose has few wrong splits to learn from (the tuning half of the arXiv
abstracts had one change to clean text, a lost hyphen), yet held-out prose holds words the
word table lacks. This probe makes such gaps on the tuning text: each listed lowercase
word used once in a document is taken out of the table in turn, and the pass is run on
the document as it is; a split of that word is a wrong split the gap would cause. Only
tuning text is read: the science corpus's tuning half (even record index, as in
``bench/bench_split.py``) or another corpus whole (``prose``, ``books``, ``modern``,
``technical``), never the held-out half or the physics abstracts.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from bench_split import documents, science_half  # noqa: E402

from cleaner.lexicon import WordModel, load_model  # noqa: E402
from cleaner.passes.split import find_splits  # noqa: E402

# A plain lowercase word of four letters or more, not part of a hyphenated or dotted chunk.
PLAIN_WORD_RE = re.compile(r"(?<![A-Za-z0-9'’.-])[a-z]{4,}(?![A-Za-z0-9'’-])")
LETTERS_RE = re.compile(r"[A-Za-z]+")


class Without(Mapping):
    """A word table with one word left out."""

    def __init__(self, table: Mapping[str, float], word: str) -> None:
        self.table, self.word = table, word

    def __getitem__(self, key: str) -> float:
        if key == self.word:
            raise KeyError(key)
        return self.table[key]

    def __iter__(self) -> Iterator[str]:
        return (key for key in self.table if key != self.word)

    def __len__(self) -> int:
        return len(self.table) - 1


def gap_splits(text: str, model: WordModel) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(word, parts) for each listed word used once in ``text`` that the pass splits once
    the table lacks it."""
    counts = Counter(run.lower() for run in LETTERS_RE.findall(text))
    for word in sorted({w for w in PLAIN_WORD_RE.findall(text) if counts[w] == 1}):
        if not model.knows(word):
            continue
        lacking = WordModel(zipf=Without(model.zipf, word))
        for split in find_splits(text, get_model=lambda lacking=lacking: lacking):
            if text[split.start : split.end] == word:
                yield word, split.parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpora = "science (its tuning half), prose, books, modern or technical"
    parser.add_argument("--corpus", default="science", help=corpora)
    parser.add_argument("--show", action="store_true", help="print each split")
    args = parser.parse_args()
    if args.corpus == "physics":
        parser.error("physics is never tuned on")
    docs = documents(args.corpus, quick=False)
    docs = science_half(docs, "tuning") if args.corpus == "science" else docs
    model = load_model()
    words = splits = 0
    for _name, text in docs:
        counts = Counter(run.lower() for run in LETTERS_RE.findall(text))
        once = {w for w in PLAIN_WORD_RE.findall(text) if counts[w] == 1}
        words += sum(map(model.knows, once))
        for word, parts in gap_splits(text, model):
            splits += 1
            if args.show:
                print(f"{word} -> {' + '.join(parts)}")
    print(f"{args.corpus}: {splits} of {words} listed words used once split when lacking")


if __name__ == "__main__":
    main()
