"""Digests of the default pipeline's output over the fixtures and the speed corpus.

    python tools/output_digests.py --write    # record them (tests/data/output_digests.json)
    python tools/output_digests.py            # check them; print what differs

Issue 12 made the passes faster and promised the same output: the digests were recorded
with the code as it was before, and tests/test_output_digests.py checks them. A deliberate
change of output updates them in its own commit, named in the changelog.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DIGESTS = REPO / "tests" / "data" / "output_digests.json"
# Megabytes of each layout of the speed corpus whose outputs are digested.
LAYOUT_MEGABYTES = 5.0


def documents(layouts: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """(key, text) of every fixture input and every speed-corpus document (of ``layouts``
    only, if given; the real layouts only where their data is built)."""
    sys.path.insert(0, str(REPO / "bench"))
    from speed_layouts import LAYOUTS, layout_documents

    if layouts is None:
        for case in sorted((REPO / "fixtures").iterdir()):
            if (case / "input.txt").is_file():
                yield f"fixtures/{case.name}", (case / "input.txt").read_bytes().decode("utf-8")
    for layout in layouts or LAYOUTS:
        for name, text in layout_documents(layout, LAYOUT_MEGABYTES):
            yield f"{layout}/{name}", text


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def output_digests(layouts: list[str] | None = None) -> dict[str, str]:
    from cleaner import clean

    return {key: digest(clean(text)) for key, text in documents(layouts)}


def _unbuilt(recorded: dict[str, str], found: dict[str, str]) -> dict[str, str]:
    """The recorded digests of the real layouts' documents where none of a layout's was
    found (its corpus is not built here, see bench/real_documents.py): kept as recorded.

    >>> _unbuilt({"books/a": "1", "fixtures/b": "2"}, {"fixtures/b": "3"})
    {'books/a': '1'}
    """
    from speed_layouts import REAL

    layouts_found = {key.split("/", 1)[0] for key in found}
    return {
        key: value
        for key, value in recorded.items()
        if key.split("/", 1)[0] in REAL and key.split("/", 1)[0] not in layouts_found
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record instead of checking")
    parser.add_argument("--layout", action="append", help="only this layout (repeatable)")
    args = parser.parse_args()
    found = output_digests(args.layout)
    recorded = json.loads(DIGESTS.read_text(encoding="utf-8")) if DIGESTS.exists() else {}
    if args.write:
        found = {**recorded, **found} if args.layout else {**_unbuilt(recorded, found), **found}
        DIGESTS.write_text(json.dumps(found, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {len(found)} digests in {DIGESTS.relative_to(REPO)}")
        return 0
    differ = sorted(k for k in found if recorded.get(k) != found[k])
    for key in differ:
        print(f"differs: {key}")
    print(f"{len(found) - len(differ)} of {len(found)} outputs as recorded")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
