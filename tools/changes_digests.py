"""Digests of the changes as data (the ``--format json`` line) over the fixtures and the
speed corpus, to show that a faster offset map or JSON line changes none of them.

    python tools/changes_digests.py > before.txt      # with the code before
    python tools/changes_digests.py > after.txt       # and after; then diff the two
    python tools/changes_digests.py --layout books --mb 2

One line per fixture and per layout: its documents, their changes, and a digest of their
JSON lines (each change's rule, spans, before and after) and of the input spans of every
fifth output offset (``source_span``). ``PYTHONPATH`` picks the checkout.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from speed_layouts import LAYOUTS, layout_documents  # noqa: E402

import cleaner  # noqa: E402
from cleaner.json_output import file_line  # noqa: E402
from cleaner.report import FileOutcome, Status  # noqa: E402


def groups(layouts: list[str], megabytes: float) -> Iterator[tuple[str, list[str]]]:
    """(name, texts) of every fixture (when no layout is named) and every layout."""
    if layouts == list(LAYOUTS):
        for case in sorted((REPO / "fixtures").iterdir()):
            if (case / "input.txt").is_file():
                yield f"fixtures/{case.name}", [(case / "input.txt").read_text("utf-8")]
    for layout in layouts:
        yield layout, [text for _, text in layout_documents(layout, megabytes)]


def digest(texts: list[str]) -> tuple[int, str]:
    """The number of changes of ``texts`` and a digest of their JSON lines and spans."""
    hashed, count, config = hashlib.sha256(), 0, cleaner.Config()
    for text in texts:
        result = cleaner.clean_and_explain(text)
        status = Status.CHANGED if result.changed else Status.UNCHANGED
        hashed.update(file_line(FileOutcome("doc.txt", status, result=result), config).encode())
        spans = [result.source_span(i, i + 3) for i in range(0, len(result.text), 5)]
        hashed.update(repr(spans).encode())
        count += len(result.changes(config)) if result.steps else 0
    return count, hashed.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layout", action="append", choices=LAYOUTS, help="only these")
    parser.add_argument("--mb", type=float, default=0.5, help="megabytes of each layout")
    args = parser.parse_args()
    for name, texts in groups(args.layout or list(LAYOUTS), args.mb):
        count, hexdigest = digest(texts)
        print(f"{name:45} {len(texts):5} {count:8} {hexdigest}", flush=True)


if __name__ == "__main__":
    main()
