"""Benchmark of the ``join`` pass: recall on words broken by a stray space, wrong joins.

Usage: ``python bench/bench_join.py [--quick] [--show N] [--show-held-out] [--corpus NAME ...]``

The corpora are those of ``bench/bench_split.py`` (own prose, books, modern prose, and the
technical text as the hard case), cut into documents the same way. In a copy of each
document a space is inserted at a random place inside about 1 word in 100 (words of
letters, at least two, perhaps with punctuation after them): ``efforts`` -> ``eff orts``.
A join counts as right only at an inserted space. Clean text is the untouched documents:
every join there is a wrong join; its rate per 100,000 words is printed with an exact 95%
(Poisson) upper bound, also for the own prose, the books and the modern prose together
(the issue's bar: recall at least 80%, at most 1 wrong join per 100,000 words). The
broken documents that a second run of the pass changes again are counted too.

Recall is printed for all inserted spaces and for those inside words the pass may join
at all: lowercase words and capitalized words broken after their first letter (``T he``)
or anywhere in an all-capitals word; a space inside a name (``Eliz abeth``, capitalized
then lowercase past the first letter) is left alone by design.

The technical corpus is also scored in two halves, by a hash of each document's name
(:func:`half_of`): rules are tuned on the ``tuning`` half and the ``held-out`` half is
reported apart. Examples (``--show``) come from the tuning half only, unless
``--show-held-out`` is given.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_split import documents, poisson_upper_95  # noqa: E402

from cleaner.passes.join import find_joins, join_broken_words  # noqa: E402

SEED = 20261203
BREAK_RATE = 1 / 100
# A word that may be broken: letters only (two or more), alone between spaces, perhaps
# followed by punctuation.
WORD_RE = re.compile(r"(?<!\S)[A-Za-z]{2,}(?=[.,;:!?]?(?!\S))")
TOKEN_RE = re.compile(r"\S+")
CLEAN_CORPORA = ("prose", "books", "modern")
# The corpus scored in a tuning and a held-out half.
HALVED_CORPORA = ("technical",)
HALVES = ("tuning", "held-out")


def half_of(name: str) -> str:
    """The half a document belongs to, by a hash of its name (stable across machines that
    hold more or fewer of the technical corpus's documents).

    >>> half_of("Apache-2.0"), half_of("/usr/share/doc/bash/README.commands.gz")
    ('held-out', 'tuning')
    """
    return HALVES[zlib.crc32(name.encode("utf-8")) % 2]


def break_words(text: str, rng: random.Random) -> tuple[str, dict[int, str]]:
    """Insert a space inside random words; the text and {space offset: the word}."""
    words = list(WORD_RE.finditer(text))
    count = round(len(TOKEN_RE.findall(text)) * BREAK_RATE)
    chosen = sorted(rng.sample(words, min(count, len(words))), key=lambda m: m.start())
    pieces, truth, position = [], {}, 0
    for added, word in enumerate(chosen):
        cut = word.start() + rng.randrange(1, len(word.group()))
        pieces.append(text[position:cut])
        truth[cut + added] = word.group()  # Each earlier break added one character.
        pieces.append(" ")
        position = cut
    pieces.append(text[position:])
    return "".join(pieces), truth


def joinable(word: str, offset: int) -> bool:
    """Whether the pass may join ``word`` broken after ``offset`` letters at all."""
    if word.islower() or word.isupper():
        return True
    return word[0].isupper() and word[1:].islower() and offset == 1


class Tally:
    """Counts of one corpus or one half of it."""

    def __init__(self) -> None:
        self.docs = self.words = self.wrong_clean = self.right = self.total = 0
        self.total_joinable = self.right_joinable = self.wrong_dirty = self.unsettled = 0

    def add(self, other: Tally) -> None:
        for key, value in vars(other).items():
            setattr(self, key, getattr(self, key) + value)

    def report(self, label: str) -> None:
        print(
            f"{label}recall: {self.right}/{self.total} = {_share(self.right, self.total)}"
            " of inserted spaces;"
        )
        print(
            f"  {self.right_joinable}/{self.total_joinable} = "
            f"{_share(self.right_joinable, self.total_joinable)}"
            " of those inside words the pass may join (not inside names)"
        )
        made = self.right + self.wrong_dirty
        print(f"  precision on broken text: {self.right}/{made} = {_share(self.right, made, 2)}")
        rate = self.wrong_clean / max(self.words, 1) * 100_000
        upper = poisson_upper_95(self.wrong_clean) / max(self.words, 1) * 100_000
        print(
            f"  wrong joins in clean text: {self.wrong_clean} ({rate:.2f} per 100,000 words, "
            f"95% upper bound {upper:.2f})"
        )
        print(f"  broken documents a second run changes: {self.unsettled} of {self.docs}")


def _share(part: int, whole: int, digits: int = 1) -> str:
    return f"{part / max(whole, 1):.{digits}%}"


def run(corpus: str, quick: bool, show: int, show_held_out: bool = False) -> Tally:
    docs = documents(corpus, quick)
    rng = random.Random(SEED)
    halves = {half: Tally() for half in HALVES}
    clean_examples, dirty_examples, missed = [], [], []
    started = time.perf_counter()
    for name, text in docs:
        half = half_of(name)
        tally = halves[half]
        tally.docs += 1
        examples = corpus not in HALVED_CORPORA or half == "tuning" or show_held_out
        tally.words += len(TOKEN_RE.findall(text))
        for join in find_joins(text):
            tally.wrong_clean += 1
            if examples:
                clean_examples.append(_context(text, join.space))
        dirty, truth = break_words(text, rng)
        made = {join.space for join in find_joins(dirty)}
        once = join_broken_words(dirty)
        tally.unsettled += join_broken_words(once) != once
        for space, word in truth.items():
            offset = space - dirty.rfind(" ", 0, space) - 1
            ok = joinable(word, offset)
            tally.total += 1
            tally.total_joinable += ok
            if space in made:
                tally.right += 1
                tally.right_joinable += ok
            elif ok and examples:
                missed.append(_context(dirty, space))
        for space in made - truth.keys():
            tally.wrong_dirty += 1
            if examples:
                dirty_examples.append(_context(dirty, space))
    seconds = time.perf_counter() - started
    whole = Tally()
    for tally in halves.values():
        whole.add(tally)
    print(f"\n== {corpus}: {len(docs)} documents, {whole.words:,} words ({seconds:.1f} s)")
    whole.report("")
    if corpus in HALVED_CORPORA:
        for half, tally in halves.items():
            print(f"-- {half} half: {tally.docs} documents, {tally.words:,} words")
            tally.report("  ")
    for example in clean_examples[:show]:
        print("  clean:", example)
    for example in dirty_examples[:show]:
        print("  wrong in broken text:", example)
    for example in missed[:show]:
        print("  missed:", example)
    return whole


def _context(text: str, space: int) -> str:
    return repr(text[max(0, space - 25) : space + 25].replace("\n", " "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a quarter of each corpus")
    parser.add_argument("--show", type=int, default=10, help="examples of each kind to print")
    parser.add_argument(
        "--show-held-out",
        action="store_true",
        help="print examples from the technical corpus's held-out half too",
    )
    parser.add_argument(
        "--corpus", action="append", choices=[*CLEAN_CORPORA, "technical"], default=None
    )
    args = parser.parse_args()
    corpora = args.corpus or [*CLEAN_CORPORA, "technical"]
    results = {corpus: run(corpus, args.quick, args.show, args.show_held_out) for corpus in corpora}
    clean = [results[c] for c in CLEAN_CORPORA if c in results]
    if len(clean) > 1:
        words = sum(r.words for r in clean)
        wrong = sum(r.wrong_clean for r in clean)
        right, total = sum(r.right for r in clean), sum(r.total for r in clean)
        print(
            f"\n== clean corpora together: {words:,} words, recall {right / total:.1%}, "
            f"{wrong} wrong joins ({wrong / words * 100_000:.2f} per 100,000 words, "
            f"95% upper bound {poisson_upper_95(wrong) / words * 100_000:.2f})"
        )


if __name__ == "__main__":
    main()
