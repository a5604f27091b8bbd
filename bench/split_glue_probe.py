"""Merges made on the tuning pages' gold text as extractors make them, by shape.

Usage: ``python bench/split_glue_probe.py [--show SHAPE]``

``bench/bench_split_real.py`` has few merges that matter (28 on the tuning pages), too few
to choose a rule by. This probe makes more, of the shapes real extractors make, in the
gold text of the tuning pages of the same benchmark (never the held-out quarter):

- tag ends: each line ending in a letter is glued to the next non-blank line starting
  with one (a block's end dropped: ``day-by-dayThe``, ``kitchenHaving``);
- function words: in three copies of each page, 15 random pairs of words in a row, one
  of them or both function words (``function_words.txt``), lose their space
  (``onTuesday``, ``Thereare``, ``launcheda``).

A merge is restored when the pass splits it at the lost space; any other split (the gold
text is clean) is printed. Shapes: ``lower``, ``Title``, ``UP`` for the case of each word
in the tag-end set; ``F`` (function word) or ``w`` and ``l`` (lowercase) or ``U`` in the
other. ``--show SHAPE`` prints the misses of one shape with their context.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from bench_split_real import held_out, load_pages  # noqa: E402

from cleaner.data import english_function_words  # noqa: E402
from cleaner.passes.encoding import fix_encoding  # noqa: E402
from cleaner.passes.split import find_splits  # noqa: E402
from cleaner.passes.whitespace import normalize_whitespace  # noqa: E402

SEED = 7
COPIES = 3
PAIRS_PER_COPY = 15
# Two words in a row with one space between, no other sign touching them.
PAIR_RE = re.compile(r"(?<![\w'’.-])([A-Za-z]+) ([A-Za-z]+)(?![\w'’-])")
LAST_WORD_RE = re.compile(r"[A-Za-z]+\Z")
FIRST_WORD_RE = re.compile(r"[A-Za-z]+")


def tag_end_merges(gold: str) -> tuple[str, dict[int, tuple[str, str]]]:
    """``gold`` with each line ending in a letter glued to the next non-blank line
    starting with one; the lost spaces' offsets and the two words at each."""
    lines = gold.split("\n")
    text, truth, i = "", {}, 0
    while i < len(lines):
        line = lines[i]
        text += line
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines):
            after = FIRST_WORD_RE.match(lines[j])
            before = LAST_WORD_RE.search(line)
            if before and after and before.group().isascii() and after.group().isascii():
                truth[len(text)] = (before.group(), after.group())
            else:
                text += "\n" * (j - i)
        i = j
    return text, truth


def function_word_merges(
    gold: str, rng: random.Random, function_words: set[str]
) -> tuple[str, dict[int, tuple[str, str]]]:
    """``gold`` with up to ``PAIRS_PER_COPY`` pairs holding a function word merged."""
    gaps = [
        m
        for m in PAIR_RE.finditer(gold)
        if m[1].lower() in function_words or m[2].lower() in function_words
    ]
    chosen = sorted(rng.sample(gaps, min(len(gaps), PAIRS_PER_COPY)), key=lambda m: m.start())
    text, truth, position = "", {}, 0
    for match in chosen:
        space = match.start(2) - 1
        if space < position:
            continue
        text += gold[position:space]
        truth[len(text)] = (match[1], match[2])
        position = space + 1
    return text + gold[position:], truth


def tag_shape(left: str, right: str) -> str:
    def case(word: str) -> str:
        if word.isupper() and len(word) > 1:
            return "UP"
        return "Title" if word[0].isupper() else "lower"

    return f"{case(left)}+{case(right)}"


def function_shape(left: str, right: str, function_words: set[str]) -> str:
    def kind(word: str) -> str:
        return ("F" if word.lower() in function_words else "w") + (
            "U" if word[0].isupper() else "l"
        )

    return f"{kind(left)}+{kind(right)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", default="", help="print the misses of this shape")
    args = parser.parse_args()
    function_words = set(english_function_words())
    rng = random.Random(SEED)
    totals = {"tag ends": Counter(), "function words": Counter()}
    restored = {"tag ends": Counter(), "function words": Counter()}
    other: list[str] = []
    for page in load_pages():
        if held_out(page):
            continue
        gold = normalize_whitespace(fix_encoding(page["gold"]))
        made = [("tag ends", *tag_end_merges(gold))]
        made += [
            ("function words", *function_word_merges(gold, rng, function_words))
            for _ in range(COPIES)
        ]
        for kind, text, truth in made:
            found = set()
            for split in find_splits(text):
                cut = split.start + len(split.parts[0])
                if cut in truth and len(split.parts) == 2:
                    found.add(cut)
                else:
                    other.append(" + ".join(split.parts))
            for cut, (left, right) in truth.items():
                shape = (
                    tag_shape(left, right)
                    if kind == "tag ends"
                    else function_shape(left, right, function_words)
                )
                totals[kind][shape] += 1
                restored[kind][shape] += cut in found
                if args.show == shape and cut not in found:
                    context = text[max(0, cut - 40) : cut + 30].replace("\n", " / ")
                    print(f"  missed {left}{right}: {context}")
    for kind, counts in totals.items():
        print(f"{kind}: {sum(restored[kind].values())} of {sum(counts.values())} restored")
        for shape, total in counts.most_common():
            print(f"  {shape:12} {restored[kind][shape]:5} / {total:5}")
    print(f"other splits of the gold text: {len(other)} {other[:20]}")


if __name__ == "__main__":
    main()
