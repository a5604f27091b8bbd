"""Digests of the default pipeline's output for every ``*.txt`` file of a folder.

    PYTHONPATH=<checkout> python tools/dir_digests.py bench/data/rfc > before.txt
    PYTHONPATH=<checkout> python tools/dir_digests.py bench/data/rfc > after.txt  # diff them

For texts outside the recorded digests (``tools/output_digests.py``), such as the RFCs of
``bench/bench_rfc.py``: one line per file, its name and the sha256 of ``cleaner.clean``'s
output. ``PYTHONPATH`` picks the checkout.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from cleaner import clean


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    for path in sorted(args.folder.glob("*.txt")):
        output = clean(path.read_bytes().decode("utf-8"))
        print(path.name, hashlib.sha256(output.encode("utf-8", "surrogatepass")).hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
