"""Dialogue kept line for line in real books: paragraphs that `unwrap` left wrapped.

    CLEANER_REAL_CORPUS=bench/data/real python bench/bench_kept_dialogue.py [FILE ...]

A block `unwrap` keeps line for line is verse, an address, a table, or a paragraph it
misread as one of those. In a novel, a kept block that opens with a quotation mark or a
dialogue dash is nearly always a paragraph of dialogue: verse quoted in a novel is indented
or opens no speech. So the count of such blocks is a floor on misread paragraphs that needs
no gold: each listed block can be read. Project Gutenberg's UTF-8 books wrapped in bytes
(War and Peace, Dubliners, Ulysses) showed hundreds (session 35).

Per book of ``bench/data/real`` (``books``, ``held-out``) and per FILE given (UTF-8, a
byte-order mark allowed): the blocks of two lines or more the default pipeline keeps, and
those opening with ``"``, ``'`` or a dash. ``--show N`` prints N of each book's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from real_corpus import real_documents  # noqa: E402

from cleaner import clean  # noqa: E402

# What opens a paragraph of speech once `encoding` straightened the quotes.
DIALOGUE_OPENINGS = ('"', "'", "\u2014", "\u2013", "--")


def kept_blocks(output: str) -> list[str]:
    """The blocks of two lines or more in ``output``, not indented (indented ones are set off
    on purpose: verse quoted, code).

    >>> kept_blocks('One paragraph.\\n\\n"Two\\nlines."\\n\\n  Set\\n  off\\n')
    ['"Two\\nlines."']
    """
    return [
        block for block in output.split("\n\n") if "\n" in block.strip("\n") and block[:1] != " "
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="more books, UTF-8")
    parser.add_argument("--show", type=int, default=0, help="blocks of dialogue to print")
    args = parser.parse_args(argv)
    books = [
        (kind, name, text) for kind in ("books", "held-out") for name, text in real_documents(kind)
    ]
    books += [("file", path.name, path.read_text(encoding="utf-8-sig")) for path in args.files]
    print(f"{'set':9} {'book':40} {'kept':>6} {'dialogue':>9}")
    total = [0, 0]
    for kind, name, text in books:
        kept = kept_blocks(clean(text))
        speech = [block for block in kept if block.startswith(DIALOGUE_OPENINGS)]
        total[0] += len(kept)
        total[1] += len(speech)
        print(f"{kind:9} {name[:40]:40} {len(kept):6} {len(speech):9}")
        for block in speech[: args.show]:
            print("    | " + block.replace("\n", "\n    | "))
    print(f"{'all':9} {'':40} {total[0]:6} {total[1]:9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
