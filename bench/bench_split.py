"""Benchmark of the ``split`` pass: precision, recall, false splits on clean prose.

Usage: ``python bench/bench_split.py [--quick] [--compare] [--show N]``

The corpus is English prose found on the machine (read-only, deterministic order):
the licence texts in /usr/share/common-licenses, the Python language reference help
topics shipped with the stdlib (``pydoc_data.topics``), README files under /usr/share/doc
and the seed articles of ``fixtures/``. Missing sources are skipped. Each file or topic
is one document.

Merges: in a copy of each document, the space between random pairs of plain lowercase
words is deleted at about 1 per 100 words (``issued previously`` -> ``issuedpreviously``),
and at about 1 per 1,000 words a sentence end ``page. The`` becomes ``pageThe``. A split
counts as right only at the deleted space. Clean prose is the untouched documents: every
change there is a wrong split. ``--compare`` runs the same rules with other word models.
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.passes.split import find_splits  # noqa: E402
from cleaner.passes.split_model import WordModel, load_model  # noqa: E402
from cleaner.passes.whitespace import normalize_whitespace  # noqa: E402

SEED = 20240604
MERGE_RATE = 1 / 100
SENTENCE_MERGE_RATE = 1 / 1000
# A gap between two plain lowercase words: ``word word`` (no punctuation around the space).
LOWER_GAP_RE = re.compile(r"(?<=(?<!\S)[a-z]+) (?=[a-z]+[.,;:]?(?!\S))")
# A sentence end followed by a capitalized word: ``page. The``.
SENTENCE_GAP_RE = re.compile(r"(?<=(?<!\S)[a-z]+)\. (?=[A-Z][a-z]+[.,;:]?(?!\S))")
WORD_RE = re.compile(r"\S+")


def documents(quick: bool) -> list[tuple[str, str]]:
    """(name, text) of every prose document found, whitespace-normalized, in fixed order."""
    docs = list(_licence_docs()) + list(_pydoc_topics()) + list(_readmes()) + list(_seeds())
    docs = [(name, normalize_whitespace(text)) for name, text in docs]
    docs = [(name, text) for name, text in docs if len(text.split()) >= 50]
    return docs[::4] if quick else docs


def _licence_docs() -> Iterator[tuple[str, str]]:
    folder = Path("/usr/share/common-licenses")
    seen = set()
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        real = path.resolve()
        if real not in seen and real.is_file():
            seen.add(real)
            yield path.name, real.read_text(encoding="utf-8", errors="replace")


def _pydoc_topics() -> Iterator[tuple[str, str]]:
    try:
        from pydoc_data.topics import topics
    except ImportError:
        return
    yield from sorted(topics.items())


def _readmes() -> Iterator[tuple[str, str]]:
    for path in sorted(Path("/usr/share/doc").glob("*/README*")):
        try:
            data = path.read_bytes()
            data = gzip.decompress(data) if path.suffix == ".gz" else data
            yield str(path), data.decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
            continue


def _seeds() -> Iterator[tuple[str, str]]:
    for path in sorted(ROOT.glob("fixtures/seed-*/expected.txt")):
        yield path.parent.name, path.read_text(encoding="utf-8")


def merge(text: str, rng: random.Random) -> tuple[str, dict[int, str]]:
    """Delete random word gaps; return the text and {dirty-text space position: kind}."""
    words = len(WORD_RE.findall(text))
    gaps = [(m.start(), m.end(), "lower+lower") for m in LOWER_GAP_RE.finditer(text)]
    ends = [(m.start(), m.end(), "lower+Capital") for m in SENTENCE_GAP_RE.finditer(text)]
    chosen = rng.sample(gaps, min(len(gaps), round(words * MERGE_RATE)))
    chosen += rng.sample(ends, min(len(ends), round(words * SENTENCE_MERGE_RATE)))
    chosen.sort()
    pieces, truth, position, removed = [], {}, 0, 0
    for start, end, kind in chosen:
        if start < position or (pieces and " " not in text[position:start]):
            continue  # Keep merges one word apart: a token holds at most one deleted space.
        pieces.append(text[position:start])
        removed += end - start
        truth[end - removed] = kind
        position = end
    pieces.append(text[position:])
    return "".join(pieces), truth


def score(docs: list[tuple[str, str]], get_model: Callable[[], WordModel], show: int) -> dict:
    """Run the pass on merged and clean documents; count right, wrong and missed splits."""
    rng = random.Random(SEED)
    right = {"lower+lower": 0, "lower+Capital": 0}
    total = dict.fromkeys(right, 0)
    wrong, wrong_examples, false_clean, clean_examples, words = 0, [], 0, [], 0
    for _name, text in docs:
        words += len(WORD_RE.findall(text))
        dirty, truth = merge(text, rng)
        for kind in truth.values():
            total[kind] += 1
        for split in find_splits(dirty, get_model=get_model):
            cut = split.start + len(split.parts[0])
            if cut in truth and len(split.parts) == 2:
                right[truth[cut]] += 1
            else:
                wrong += 1
                wrong_examples.append(dirty[split.start : split.end])
        for split in find_splits(text, get_model=get_model):
            false_clean += 1
            clean_examples.append(" + ".join(split.parts))
    made = sum(right.values()) + wrong
    return {
        "words": words,
        "precision": sum(right.values()) / made if made else 1.0,
        "recall": {kind: right[kind] / total[kind] if total[kind] else 0.0 for kind in right},
        "merges": total,
        "wrong": wrong,
        "wrong_examples": wrong_examples[:show],
        "clean_changes": false_clean,
        "clean_per_100k": false_clean * 100_000 / words,
        "clean_examples": clean_examples[:show],
    }


def report(label: str, get_model: Callable[[], WordModel], docs, show: int) -> None:
    started = time.perf_counter()
    get_model()
    loaded = time.perf_counter() - started
    r = score(docs, get_model, show)
    print(f"== model: {label}  (load {loaded:.2f} s)")
    print(f"   clean prose: {r['words']:,} words in {len(docs)} documents")
    print(f"   merges: {r['merges']}")
    print(f"   precision of splits: {r['precision']:.2%} ({r['wrong']} wrong)")
    for kind, value in r["recall"].items():
        print(f"   recall {kind}: {value:.2%}")
    print(
        f"   changes to clean prose: {r['clean_changes']} "
        f"= {r['clean_per_100k']:.2f} per 100,000 words"
    )
    if show:
        print(f"   wrong splits: {r['wrong_examples']}")
        print(f"   clean-prose splits: {r['clean_examples']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a quarter of the documents")
    parser.add_argument("--compare", action="store_true", help="also try other word models")
    parser.add_argument("--show", type=int, default=0, help="print up to N wrong splits")
    args = parser.parse_args()
    docs = documents(args.quick)
    report("default (cleaner.passes.split_model.load_model)", load_model, docs, args.show)
    if args.compare:
        from bench_split_models import CANDIDATES  # a sibling script: not part of cleaner

        for label, loader in CANDIDATES.items():
            report(label, _cached(loader), docs, args.show)


def _cached(loader: Callable[[], WordModel]) -> Callable[[], WordModel]:
    model: list[WordModel] = []
    return lambda: model[0] if model else (model.append(loader()) or model[0])


if __name__ == "__main__":
    main()
