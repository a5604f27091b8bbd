"""Benchmark for the ``unwrap`` pass: wrap clean prose in several styles, measure restoration.

Usage: ``python bench/bench_unwrap.py [--quick] [--docs N] [--seed S]``

Prose: paragraphs drawn from bench/data/unwrap/sentences.txt (written for this benchmark) and,
when present, the paragraphs of /usr/share/common-licenses/* (real prose by other authors).
Every paragraph ends with sentence punctuation, as real paragraphs do. Each document is
3-9 paragraphs wrapped greedily at a random width from 40 to 120, in one style:

- blank:      wrapped, blank line between paragraphs
- no-blank:   wrapped, no blank lines; a paragraph end is only recoverable when the next
              paragraph's first word would have fitted on the last line (within the longest
              line of the document), so the width is re-drawn until every end is
              recoverable; "no-blank-raw" scores the first draws, ambiguous ones included
- first-word: each paragraph's first word alone on a line, the rest wrapped, no blank lines
- hyphenated: blank lines kept; at line ends, words of 6+ letters are split with a hyphen
              ("interna-" / "tional") and compounds break after their hyphen ("well-" / "known")
- clean:      one paragraph per line, blank lines between: must come out unchanged

For each style: the share of documents restored exactly, and paragraph precision/recall/F1
(an output paragraph counts when it equals a paragraph of the original).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.passes.unwrap import unwrap_paragraphs  # noqa: E402

SENTENCES = ROOT / "bench" / "data" / "unwrap" / "sentences.txt"
LICENSES = Path("/usr/share/common-licenses")
# A paragraph worth using: ends a sentence, and does not open like a list item or heading.
PARAGRAPH_END_RE = re.compile(r"""[.!?]["'”’)]*$""")
MARKER_START_RE = re.compile(r"^(\(?[0-9a-zA-Z]{1,3}[.)]|[-*•]|[A-Z ]+$)")
# A word that may be split at a line end with a hyphen: letters only, maybe punctuation after.
SPLITTABLE_RE = re.compile(r"^([A-Za-z]{6,})([^A-Za-z]*)$")


def own_paragraphs(rng: random.Random, count: int) -> list[str]:
    """Paragraphs of 1-6 sentences drawn from the benchmark's own sentence list."""
    lines = SENTENCES.read_text(encoding="utf-8").splitlines()
    sentences = [line for line in lines if line and not line.startswith("#")]
    return [" ".join(rng.sample(sentences, rng.randint(1, 6))) for _ in range(count)]


def license_paragraphs() -> list[str]:
    """Prose paragraphs of the licence texts shipped with the system, if any."""
    paragraphs: list[str] = []
    for path in sorted(LICENSES.glob("*")) if LICENSES.is_dir() else []:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for block in re.split(r"\n\s*\n", text):
            paragraph = " ".join(block.split())
            if _is_plain_paragraph(paragraph, block):
                paragraphs.append(paragraph)
    return sorted(set(paragraphs))


def _is_plain_paragraph(paragraph: str, block: str) -> bool:
    """Prose: a sensible length, a sentence end, no list marker, no aligned columns."""
    return (
        80 <= len(paragraph) <= 1500
        and bool(PARAGRAPH_END_RE.search(paragraph))
        and not MARKER_START_RE.match(paragraph)
        and "  " not in block.strip()
    )


def wrap(paragraph: str, width: int) -> list[str]:
    return textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)


def wrap_hyphenated(paragraph: str, width: int, rng: random.Random) -> list[str]:
    """Greedy wrap that splits long words (and compounds at their hyphen) at line ends."""
    lines: list[str] = []
    current = ""
    for word in paragraph.split():
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width or not current:
            current = candidate
            continue
        head, tail = _split_word(word, width - len(current) - 1, rng)
        if head:
            lines.append(f"{current} {head}")
            current = tail
        else:
            lines.append(current)
            current = word
    return [*lines, current] if current else lines


def _split_word(word: str, room: int, rng: random.Random) -> tuple[str, str]:
    """Split ``word`` into ``head-`` (at most ``room`` long) and the rest, or ("", word)."""
    if "-" in word[1:-1]:
        head = word[: word.index("-", 1) + 1]
        return (head, word[len(head) :]) if len(head) <= room else ("", word)
    match = SPLITTABLE_RE.match(word)
    if not match or rng.random() < 0.2:
        return "", word
    letters = match.group(1)
    cuts = [k for k in range(2, len(letters) - 1) if k + 1 <= room]
    if not cuts:
        return "", word
    k = rng.choice(cuts)
    return letters[:k] + "-", letters[k:] + match.group(2)


def recoverable(paragraphs: list[str], width: int) -> bool:
    """Every paragraph end has room for the next paragraph's first word.

    Room is judged against the longest line actually written, not the width asked for: a
    reader (or the pass) cannot know that a width of 57 was asked when no line is over 55.
    """
    wrapped = [wrap(paragraph, width) for paragraph in paragraphs]
    longest = max(len(line) for lines in wrapped for line in lines)
    for lines, following in zip(wrapped, paragraphs[1:], strict=False):
        if len(lines[-1]) + 1 + len(following.split()[0]) > longest:
            return False
    return True


def score(documents: list[tuple[str, list[str]]]) -> dict[str, float]:
    """Exact-document rate and paragraph precision, recall and F1 over (input, truth) pairs."""
    exact = true_positive = produced = expected = 0
    for text, truth in documents:
        output = unwrap_paragraphs(text)
        exact += output == "\n\n".join(truth) + "\n"
        got = [p for p in output.split("\n\n") if p.strip()]
        got = [p.strip("\n") for p in got]
        true_positive += sum((Counter(got) & Counter(truth)).values())
        produced, expected = produced + len(got), expected + len(truth)
    precision = true_positive / produced if produced else 1.0
    recall = true_positive / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(documents)
    return {"docs": n, "exact": exact / n, "precision": precision, "recall": recall, "f1": f1}


def build_styles(
    pool: list[str], docs: int, rng: random.Random
) -> tuple[dict[str, list[tuple[str, list[str]]]], dict[str, float]]:
    """The documents of every style, and the ambiguity figures of the no-blank style."""
    styles: dict[str, list[tuple[str, list[str]]]] = {
        name: [] for name in ("blank", "no-blank", "no-blank-raw", "first-word", "hyphenated")
    }
    styles["clean"] = []
    ambiguous = 0
    makers: dict[str, Callable[[list[str], int], str]] = {
        "blank": lambda ps, w: "\n\n".join("\n".join(wrap(p, w)) for p in ps),
        "no-blank": lambda ps, w: "\n".join("\n".join(wrap(p, w)) for p in ps),
        "first-word": lambda ps, w: "\n".join(
            p.split(" ", 1)[0] + "\n" + "\n".join(wrap(p.split(" ", 1)[1], w)) for p in ps
        ),
        "hyphenated": lambda ps, w: "\n\n".join("\n".join(wrap_hyphenated(p, w, rng)) for p in ps),
    }
    for _ in range(docs):
        paragraphs = rng.sample(pool, rng.randint(3, 9))
        for name, make in makers.items():
            width = rng.randint(40, 120)
            if name == "no-blank":
                styles["no-blank-raw"].append((make(paragraphs, width) + "\n", paragraphs))
                ambiguous += not recoverable(paragraphs, width)
                for _attempt in range(200):
                    if recoverable(paragraphs, width):
                        break
                    width = rng.randint(40, 120)
                else:
                    continue
            styles[name].append((make(paragraphs, width) + "\n", paragraphs))
        styles["clean"].append(("\n\n".join(paragraphs) + "\n", paragraphs))
    return styles, {"ambiguous_first_draws": ambiguous / docs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="50 documents per style")
    parser.add_argument("--docs", type=int, default=400, help="documents per style")
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    docs = 50 if args.quick else args.docs
    licences = license_paragraphs()
    pool = own_paragraphs(rng, 400) + licences
    started = time.perf_counter()
    styles, ambiguity = build_styles(pool, docs, rng)
    print(f"paragraph pool: {len(pool)} ({len(licences)} from {LICENSES}); seed {args.seed}")
    print(f"{'style':<14}{'docs':>6}{'exact':>9}{'para P':>9}{'para R':>9}{'para F1':>9}")
    for name, documents in styles.items():
        s = score(documents)
        print(
            f"{name:<14}{s['docs']:>6}{s['exact']:>8.1%}{s['precision']:>9.3f}"
            f"{s['recall']:>9.3f}{s['f1']:>9.3f}"
        )
    print(
        f"no-blank: {ambiguity['ambiguous_first_draws']:.1%} of first-draw documents had an "
        "unrecoverable paragraph end (last line too full); 'no-blank-raw' scores those draws."
    )
    print(f"time: {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
