"""Real clean text by others: the release notes, READMEs and FAQs Debian packages install.

Usage: ``python bench/bench_doc_notes.py [--show N] [--root /usr/share/doc]``

The corpus is rebuilt from the packages installed on the machine, nothing downloaded: every
``NEWS``, ``NEWS.md``, ``README``, ``README.md`` and ``FAQ`` (gzipped) under the root,
each text once (packages built from one source ship the same file: GTK 3's NEWS three
times), each under its package's licence (``/usr/share/doc/<package>/copyright``). The
files are clean text written by people, mostly technical: every ``join`` and every
``split`` on them is wrong, and the other passes may unwrap, squeeze and uncurl, but a word
of the input missing from the output (curly quotes and HTML entities aside) is content
lost. Printed: files and words, wrong joins and splits per 100,000 words, words lost and
the files that lose most, the files read in ``unwrap``'s first-word mode (none should be),
and the files a second run changes. Session 25's figures and what the numbers before it
were: docs/benchmarks.md ("real documents nobody here wrote").

The set depends on the machine's packages: compare figures from one machine only, and
print the corpus's digest (``corpus sha256``) beside them.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cleaner  # noqa: E402
from cleaner.changes import find_changes  # noqa: E402
from cleaner.config import Config  # noqa: E402

NAMES = ("NEWS.gz", "NEWS.md.gz", "README.gz", "README.md.gz", "FAQ.gz")
# Quotes ftfy straightens by default: a word that only lost its curl is no word lost.
STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
FIRST_WORD_NOTE = "each paragraph's first word stands alone"


def documents(root: Path) -> list[tuple[str, str]]:
    """(package/file, text) of each distinct file, sorted by name; unreadable ones skipped."""
    found: dict[str, tuple[str, str]] = {}
    for path in sorted(root.glob("*/*.gz")):
        if path.name not in NAMES:
            continue
        try:
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError):
            continue
        digest = hashlib.sha256(text.encode()).hexdigest()
        found.setdefault(digest, (f"{path.parent.name}/{path.name[:-3]}", text))
    return sorted(found.values())


def words(text: str) -> Counter[str]:
    """The text's whitespace-separated words, quotes straightened and entities read."""
    return Counter(html.unescape(text).translate(STRAIGHT).split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=Path("/usr/share/doc"))
    parser.add_argument("--show", type=int, default=10, help="print N wrong joins and splits")
    args = parser.parse_args()
    docs = documents(args.root)
    corpus = hashlib.sha256("".join(name + text for name, text in docs).encode()).hexdigest()
    config = Config()
    total_words = lost_words = 0
    wrong: Counter[str] = Counter()
    examples: Counter[str] = Counter()
    losses: list[tuple[int, str]] = []
    first_word, second_run = [], []
    for name, text in docs:
        result = cleaner.clean_and_explain(text, config)
        before, after = words(text), words(result.text)
        total_words += sum(before.values())
        lost = sum((before - after).values())
        lost_words += lost
        losses.append((lost, name))
        for change in find_changes(result, config):
            family = change.rule.split(".")[0]
            if family in ("join", "split"):
                wrong[family] += 1
                start = max(0, change.input[0] - 12)
                context = text[start : change.input[1] + 12].replace("\n", " ")
                examples[f"{family}: {context!r}"] += 1
        if any(FIRST_WORD_NOTE in note for _, note in result.notes(config)):
            first_word.append(name)
        if cleaner.clean(result.text) != result.text:
            second_run.append(name)
    per = 100_000 / max(total_words, 1)
    print(f"{len(docs)} files, {total_words:,} words (corpus sha256 {corpus[:16]})")
    for family in ("join", "split"):
        count = wrong[family]
        print(f"  wrong {family}s: {count} ({count * per:.2f} per 100,000 words)")
    print(f"  words lost: {lost_words:,} ({lost_words * per / 1000:.3f}%)")
    for lost, name in sorted(losses, reverse=True)[:5]:
        print(f"    {lost:6,}  {name}")
    print(f"  files in first-word mode: {len(first_word)} {first_word[:5]}")
    print(f"  files a second run changes: {len(second_run)} {second_run[:5]}")
    for example, count in examples.most_common(args.show):
        print(f"  {count:3}  {example}")


if __name__ == "__main__":
    main()
