"""The default pipeline's output is what it was before the passes were made faster.

tests/data/output_digests.json holds a digest of ``cleaner.clean`` of every fixture and
every speed-corpus document, recorded with the code before issue 12's changes
(``python tools/output_digests.py --write``). Here: every fixture and the first documents
of each generated layout; ``python tools/output_digests.py`` checks them all, the real
layouts included (where their data is built).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))

from output_digests import DIGESTS, digest  # noqa: E402

from cleaner import clean  # noqa: E402

RECORDED = json.loads(DIGESTS.read_text(encoding="utf-8"))
# Documents of each generated layout checked here (about 20 KB each).
PER_LAYOUT = 12


def sample() -> list[tuple[str, str]]:
    sys.path.insert(0, str(REPO / "bench"))
    from speed_layouts import GENERATED, layout_documents

    chosen = [
        (f"fixtures/{case.name}", (case / "input.txt").read_bytes().decode("utf-8"))
        for case in sorted((REPO / "fixtures").iterdir())
        if (case / "input.txt").is_file()
    ]
    for layout in GENERATED:
        for name, text in layout_documents(layout, 0.3)[:PER_LAYOUT]:
            chosen.append((f"{layout}/{name}", text))
    return chosen


def test_every_fixture_and_layout_has_a_recorded_digest() -> None:
    keys = {key.split("/")[0] for key in RECORDED}
    assert {"fixtures", "hard-wrapped", "first-word-alone", "pdf-like", "web-page"} <= keys
    assert sum(key.startswith("fixtures/") for key in RECORDED) >= 90


@pytest.mark.parametrize(("key", "text"), sample(), ids=lambda value: str(value)[:60])
def test_output_is_as_recorded(key: str, text: str) -> None:
    assert digest(clean(text)) == RECORDED[key]
