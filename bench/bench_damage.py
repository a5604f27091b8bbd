"""Windows of real documents with the damage real text carries, cleaned twice: does any raise,
does a second run change any?

    python bench/bench_damage.py [--per-file 6] [--seed 3838] [--save DIR] [--show 5]

Issue 13 wants a second run to change nothing on real documents and bad input never to
stop the run. Each text file under ``bench/data`` (``*.txt``, ``*.txt.gz``, ``*.md``,
``*.rst``; read as UTF-8 with replacement) gives ``--per-file`` windows of 300, 2,000 or
8,000 characters, each damaged 1 to 12 times where text is damaged in the wild: a
character inserted (U+FFFD, a soft hyphen, a zero-width space, a no-break space, a
byte-order mark, a tab, CR, CRLF, a form feed, U+2028, a hyphen and a line break, a blank
line, an entity, mojibake, a curly quote, a ligature, a combining accent), one deleted, or
one's case flipped. Deterministic for a seed. ``--save DIR`` writes each damaged text that
raised or changed on a second run, to shrink by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_windows import DATA, data_files, read_text, second_run_fault  # noqa: E402

PATTERNS = ("**/*.txt", "**/*.txt.gz", "**/*.md", "**/*.rst")
SIZES = (300, 2000, 8000)
# What gets into text: decoding marks, invisible characters, line ends of every kind,
# entities and mojibake, typography.
INSERTS = (
    *("\ufffd", "\u00ad", "\u200b", "\u00a0", "\ufeff", "\t", "\r\n", "\r", "\x0c", "\u2028"),
    *("-\n", "\n\n", "&amp;", "&#8217;", "Ã©", "â€™", " ", "\u201c", "\u2019", "ﬁ", "\u0301"),
)


def damaged(text: str, rng: random.Random) -> str:
    """``text`` with 1 to 12 damages (an insert of ``INSERTS``, a deletion, a case flip).

    >>> damaged("abc", random.Random(1)) != "abc"
    True
    """
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(len(chars) + 1)
        kind = rng.random()
        if kind < 0.6 or not chars:
            chars.insert(at, rng.choice(INSERTS))
        elif kind < 0.8:
            del chars[min(at, len(chars) - 1)]
        else:
            at = min(at, len(chars) - 1)
            chars[at] = chars[at].swapcase()
    return "".join(chars)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-file", type=int, default=6, help="damaged windows a file")
    parser.add_argument("--seed", type=int, default=3838)
    parser.add_argument("--save", type=Path, help="write the failing texts here")
    parser.add_argument("--show", type=int, default=5, help="name up to N failing texts")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    total, raised, changed = 0, [], []
    for path in data_files(*PATTERNS):
        text = read_text(path)
        for k in range(args.per_file):
            size = rng.choice(SIZES)
            start = rng.randrange(max(1, len(text) - size))
            piece = damaged(text[start : start + size], rng)
            label = f"{path.relative_to(DATA)}#{k}"
            total += 1
            fault = second_run_fault(piece)
            if fault is None:
                continue
            if fault == "changed":
                changed.append(label)
            else:
                raised.append(f"{label}: {fault}")
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                name = label.replace("/", "_").replace("#", "_")
                (args.save / f"{name}.txt").write_text(piece, encoding="utf-8")
    print(f"{total} damaged windows, seed {args.seed}: {len(raised)} raised, ", end="")
    print(f"{len(changed)} changed by a second run")
    for label in [*raised[: args.show], *changed[: args.show]]:
        print(f"  {label}")


if __name__ == "__main__":
    main()
