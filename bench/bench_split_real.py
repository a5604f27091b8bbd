"""Benchmark of the ``split`` pass on the merges real extractors make.

Usage: ``python bench/bench_split_real.py [--show N]``

The pages are scrapinghub's article-extraction benchmark (``bench/data/article_benchmark``):
181 real pages, a human-made gold body each, and the text four extractors (trafilatura,
readability, goose3, newspaper) and ``html-text`` (the full page) made of them. A merge is
a word of an extractor's text (a run of letters) that the gold body does not have but
writes as two words in a row: ``adWhen`` where the gold has ``ad When``. Each merge is
counted once per page (extractors often agree). The pass runs on each text after the
``encoding`` and ``whitespace`` passes; a merge is restored when the pass splits it where
the gold's space was. Any other split of a word the gold body has is a wrong split.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.passes.encoding import fix_encoding  # noqa: E402
from cleaner.passes.split import find_splits  # noqa: E402
from cleaner.passes.whitespace import normalize_whitespace  # noqa: E402

DATA = ROOT / "bench" / "data" / "article_benchmark" / "pages.jsonl.gz"
# A run of letters, and two runs with only spaces between them.
LETTERS_RE = re.compile(r"[^\W\d_]+")
PAIR_RE = re.compile(r"(?=(?<![^\W\d_])([^\W\d_]+) +([^\W\d_]+)(?![^\W\d_]))")


def kind_of(first: str, second: str, function_words: set[str]) -> str:
    if first.lower() in function_words or second.lower() in function_words:
        return "function word"
    return "lower+Upper" if second[:1].isupper() else "lower+lower"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N missed merges")
    args = parser.parse_args()
    from cleaner.passes.unwrap.lines import _function_words

    function_words = set(_function_words())
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        pages = [json.loads(line) for line in lines]
    merges: Counter[str] = Counter()
    restored: Counter[str] = Counter()
    missed: list[str] = []
    wrong: list[str] = []
    words = 0
    for page in pages:
        gold = normalize_whitespace(fix_encoding(page["gold"]))
        gold_words = {w.lower() for w in LETTERS_RE.findall(gold)}
        pairs = {}
        for match in PAIR_RE.finditer(gold):
            first, second = match.group(1), match.group(2)
            pairs.setdefault(first + second, (first, second))
        seen: dict[str, bool] = {}
        for text in [page["full"], *page["extracted"].values()]:
            text = normalize_whitespace(fix_encoding(text))
            words += len(text.split())
            splits = {text[s.start : s.end]: s.parts for s in find_splits(text)}
            for run in set(LETTERS_RE.findall(text)):
                parts = splits.get(run)
                if run in pairs and run.lower() not in gold_words:
                    first, second = pairs[run]
                    right = parts is not None and parts[0] == first and "".join(parts[1:]) == second
                    seen[run] = seen.get(run, False) or right
                elif parts is not None and run.lower() in gold_words:
                    wrong.append(f"{run} -> {' '.join(parts)}")
        for run, right in seen.items():
            kind = kind_of(*pairs[run], function_words)
            merges[kind] += 1
            restored[kind] += right
            if not right:
                missed.append(f"{kind}: {pairs[run][0]}|{pairs[run][1]}")
    print(f"{len(pages)} pages, {words:,} words of extractor and page text")
    for kind in sorted(merges):
        print(
            f"  {kind:14} merges {merges[kind]:4}  restored {restored[kind]:4}"
            f"  recall {restored[kind] / merges[kind]:6.1%}"
        )
    total, right = sum(merges.values()), sum(restored.values())
    print(f"  {'all':14} merges {total:4}  restored {right:4}  recall {right / total:6.1%}")
    rate = len(wrong) / words * 1e5
    print(f"wrong splits of gold words: {len(wrong)} ({rate:.2f} per 100,000 words)")
    for line in wrong[:20]:
        print(f"  wrong: {line}")
    for line in missed[: args.show]:
        print(f"  missed {line}")


if __name__ == "__main__":
    main()
