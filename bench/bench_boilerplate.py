"""Benchmark of the ``boilerplate`` pass: furniture recall and content precision, by lines.

Clean articles (``bench/data/boilerplate/articles/``) get furniture blocks from
``bench/data/boilerplate/furniture.txt`` -- a list written apart from the rules, in other
wordings -- at the top, the bottom and in the middle, as scrapers leave them. Half of the
documents are hard-wrapped at 78 columns, as the pass sees them before ``unwrap``. The pass
then runs on each document and every line it removed is counted as furniture or content.

    python bench/bench_boilerplate.py [--quick] [--verbose]
"""

from __future__ import annotations

import argparse
import random
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner.passes.boilerplate import plan_removal, remove_boilerplate

DATA = Path(__file__).resolve().parent / "data" / "boilerplate"
SEED = 20240501


def read_furniture(path: Path) -> dict[str, list[list[str]]]:
    """Blocks of furniture by where they may go: ``{"top": [[line, ...], ...], ...}``."""
    blocks: dict[str, list[list[str]]] = {"top": [], "bottom": [], "middle": []}
    current: list[str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("@"):
            current = []
            blocks[line[1:]].append(current)
        elif line and not line.startswith("#") and current is not None:
            current.append("" if line == "." else line)
    return blocks


def read_articles(folder: Path) -> dict[str, list[str]]:
    """Each clean article as its paragraphs (blocks of lines between blank lines)."""
    articles = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip("\n")
        articles[path.stem] = [p.split("\n") for p in text.split("\n\n")]
    return articles


def hard_wrap(paragraphs: list[list[str]]) -> list[list[str]]:
    """The paragraphs wrapped at 78 columns, like a plain-text scrape."""
    return [[part for line in p for part in textwrap.wrap(line, 78) or [line]] for p in paragraphs]


def build_document(
    paragraphs: list[list[str]], blocks: dict[str, list[list[str]]], rng: random.Random
) -> list[tuple[str, bool]]:
    """An article with furniture around and inside it: (line, is_furniture) pairs."""
    if rng.random() < 0.5:
        paragraphs = hard_wrap(paragraphs)
    top = rng.sample(blocks["top"], rng.randint(0, 2))
    bottom = rng.sample(blocks["bottom"], rng.randint(1, 3))
    parts: list[tuple[list[str], bool]] = [(b, True) for b in top]
    middle_at = rng.randint(2, len(paragraphs) - 2) if len(paragraphs) > 4 else -1
    for k, paragraph in enumerate(paragraphs):
        if k == middle_at:
            parts.append((rng.choice(blocks["middle"]), True))
        parts.append((paragraph, False))
    parts += [(b, True) for b in bottom]
    lines: list[tuple[str, bool]] = []
    for block, furniture in parts:
        if lines:
            lines.append(("", False))
        lines += [(line, furniture) for line in block]
    return lines


def removed_lines(before: list[str], after: list[str]) -> list[int]:
    """Indexes of the non-blank lines of ``before`` missing from ``after`` (a subsequence)."""
    missing, k = [], 0
    for i, line in enumerate(before):
        if k < len(after) and after[k] == line:
            k += 1
        elif line.strip():
            missing.append(i)
    return missing


def run(variants: int, verbose: bool) -> None:
    blocks = read_furniture(DATA / "furniture.txt")
    articles = read_articles(DATA / "articles")
    rng = random.Random(SEED)
    furniture_total = furniture_removed = content_total = content_removed = documents = 0
    tripped = 0
    missed: dict[str, int] = {}
    wrongly: dict[str, int] = {}
    start = time.perf_counter()
    for paragraphs in articles.values():
        for _ in range(variants):
            document = build_document(paragraphs, blocks, rng)
            lines = [line for line, _ in document]
            text = "\n".join(lines) + "\n"
            after = remove_boilerplate(text)
            tripped += bool(plan_removal(text).tripped)
            gone = set(removed_lines(lines, after.rstrip("\n").split("\n")))
            documents += 1
            for i, (line, furniture) in enumerate(document):
                if not line.strip():
                    continue
                if furniture:
                    furniture_total += 1
                    furniture_removed += i in gone
                    if i not in gone:
                        missed[line] = missed.get(line, 0) + 1
                else:
                    content_total += 1
                    content_removed += i in gone
                    if i in gone:
                        wrongly[line] = wrongly.get(line, 0) + 1
    seconds = time.perf_counter() - start
    clean_removed = sum(_clean_article_losses(articles).values())
    recall = furniture_removed / furniture_total
    precision = furniture_removed / max(furniture_removed + content_removed, 1)
    print(f"documents: {documents} from {len(articles)} articles, {seconds:.2f} s")
    print(f"documents kept whole by the safety bound: {tripped}")
    print(f"furniture lines: {furniture_total}, removed: {furniture_removed}")
    print(f"content lines: {content_total}, removed: {content_removed}")
    print(f"line recall of furniture: {recall:.2%}  (target >= 95%)")
    print(f"line precision: {precision:.2%}  (target >= 99.5%)")
    print(f"content lines removed from clean articles: {clean_removed}  (target 0)")
    if verbose:
        _print_counts("missed furniture", missed)
        _print_counts("content removed", wrongly)


def _clean_article_losses(articles: dict[str, list[list[str]]]) -> dict[str, int]:
    """Lines the pass removes from each article without any furniture (should be none)."""
    losses = {}
    for name, paragraphs in articles.items():
        for form in (paragraphs, hard_wrap(paragraphs)):
            text = "\n\n".join("\n".join(p) for p in form) + "\n"
            after = remove_boilerplate(text).split("\n")
            losses[name] = losses.get(name, 0) + len(removed_lines(text.split("\n"), after))
    return losses


def _print_counts(title: str, counts: dict[str, int]) -> None:
    print(f"\n{title}:")
    for line, count in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"  {count:4d}  {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="5 variants per article")
    parser.add_argument("--verbose", action="store_true", help="list missed and wrong lines")
    args = parser.parse_args()
    run(5 if args.quick else 40, args.verbose)


if __name__ == "__main__":
    main()
