"""Why the ``join`` pass misses the spaces ``bench/bench_join.py`` inserts: counts per cause.

Usage: ``python bench/join_misses.py [--corpus NAME] [--half tuning|held-out|all] [--show N]``

Each missed space inside a word the pass may join at all (see ``bench_join.joinable``) is
given the first check of :func:`cleaner.passes.join.find_joins` it fails, replayed here in
the pass's order: the document gate, the document's language, the pair's shape (``PAIR_RE``:
punctuation, digits), code, the paragraph's language, lone letters, the plural ``s``, the
letter cases, a fragment the document uses alone, the joined word's frequency, the score,
and last a neighbouring join that won the token. Keep it in step with the pass. The
technical corpus's held-out half is left out unless asked for (``--half``).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_join import HALVED_CORPORA, SEED, break_words, half_of, joinable  # noqa: E402
from bench_split import documents  # noqa: E402

import cleaner.passes.join as join  # noqa: E402
import cleaner.passes.join.letters as join_letters  # noqa: E402
import cleaner.passes.join.words as join_words  # noqa: E402
from cleaner.lexicon import WordModel, load_model  # noqa: E402
from cleaner.passes.join.context import foreign, reads_as_prose, shows_stray_spaces  # noqa: E402
from cleaner.passes.layout import code_test  # noqa: E402


def cause(text: str, space: int, model: WordModel) -> str:
    """The first check of the pass that the pair at ``space`` fails."""
    if not shows_stray_spaces(text):
        return "document gate"
    middle = max(0, len(text) // 2 - join.LANGUAGE_SAMPLE // 2)
    if foreign(text[middle : middle + join.LANGUAGE_SAMPLE], model):
        return "document in another language"
    paragraph = next(p for p in join.PARAGRAPH_RE.finditer(text) if p.end() >= space)
    start, end = paragraph.span()
    pair = next(
        (p for p in join.PAIR_RE.finditer(text, start, end) if p.end("left") == space), None
    )
    if pair is None:
        return "pair shape (punctuation, digit)"
    left, right = pair["left"], pair["right"]
    counts = Counter(join.LETTER_RUN_RE.findall(text))
    lower: Counter[str] = Counter()
    for word, count in counts.items():
        lower[word.lower()] += count
    fragments = {word for word, n in counts.items() if join_words.is_fragment(word, model, n)}
    words = left not in fragments and right not in fragments
    if words and not join_words.shapes_join(left, right):
        return "letter cases"
    if code_test(text)(space):
        if code_test(text, indented=False)(space):
            return "code: fenced, literal or columns"
        if not reads_as_prose(text[start:end]):
            return "code: indented, not prose"
    if foreign(text[start:end], model):
        return "paragraph in another language"
    if not join_letters.lone_letters_fit(text, pair, left, right, model):
        return "lone letters: a run, a formula, or a rare word of two"
    if (
        left == "s"
        and right not in fragments
        and model.frequency("s" + right.lower()) < join.COMMON_WORD_ZIPF
        and model.knows(join_letters.word_before(text, pair.start()) + "s")
    ):
        return "plural s"
    if not join_words.shapes_join(left, right):
        return "letter cases"
    for part in (left, right):
        part_lower = part.lower()
        if (
            len(part) > 1
            and lower[part_lower] > 1
            and 0 < model.frequency(part_lower) < join_words.FRAGMENT_ZIPF
        ):
            return "a fragment the document uses alone"
    joined = model.frequency((left + right).lower())
    if joined < join_words.JOINED_ZIPF:
        return "joined word unknown or rare"
    lone = (len(left) == 1 and right not in fragments) or (
        len(right) == 1 and left not in fragments
    )
    if lone and joined < join_words.LONE_LETTER_JOINED_ZIPF:
        return "lone letter and word: joined word not common"
    if words:
        if f"{left} {right}".lower() in join_words.real_phrases():
            return "two words: a listed phrase"
        return "two words: score too low"
    if join_words.pair_verdict(left, right, model, lower, fragments) is None:
        return "score too low"
    return "a neighbouring join won the token"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="technical")
    parser.add_argument("--half", choices=["tuning", "held-out", "all"], default="tuning")
    parser.add_argument("--show", type=int, default=0, help="examples of each cause")
    args = parser.parse_args()
    model = load_model()
    rng = random.Random(SEED)
    causes: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for name, text in documents(args.corpus, False):
        dirty, truth = break_words(text, rng)  # Every document, to draw what bench_join draws.
        halved = args.corpus in HALVED_CORPORA and args.half != "all"
        if halved and half_of(name) != args.half:
            continue
        made = {found.space for found in join.find_joins(dirty)}
        for space, word in truth.items():
            if space in made or not joinable(word, space - dirty.rfind(" ", 0, space) - 1):
                continue
            why = cause(dirty, space, model)
            causes[why] += 1
            context = dirty[max(0, space - 25) : space + 25].replace("\n", " ")
            examples.setdefault(why, []).append(repr(context))
    print(f"{args.corpus} ({args.half}): {causes.total()} missed spaces the pass may join")
    for why, count in causes.most_common():
        print(f"{count:6d}  {why}")
        for example in examples[why][: args.show]:
            print(f"          {example}")


if __name__ == "__main__":
    main()
