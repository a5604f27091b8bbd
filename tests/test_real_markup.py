"""Real reStructuredText, the 240 PEPs of ``bench/data/peps``: nothing of them is taken for
furniture, and cleaning them twice changes nothing.

PEPs hold no furniture: their header fields, titles, lists and footnotes are the document.
Session 22 found 93 of them losing their header fields to the menu rule, titles and list
items to the credit rule, a wrapped line to ``read-more``, and 6 changing on a second run.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from cleaner import clean
from cleaner.config import Config
from cleaner.passes import PASS_BY_NAME, PASS_NAMES

PEPS = sorted((Path(__file__).resolve().parent.parent / "bench" / "data" / "peps").glob("*.gz"))
# The one line the pass still removes: a label above a list of PEPs, which on a web page
# heads teasers.
KNOWN_LOSSES = {"Related:"}


def _pep_texts() -> list[tuple[str, str]]:
    return [(path.name, gzip.decompress(path.read_bytes()).decode("utf-8")) for path in PEPS]


def test_boilerplate_removes_no_line_of_a_pep() -> None:
    config = Config()
    lost: dict[str, list[str]] = {}
    for name, text in _pep_texts():
        before = text
        for step in PASS_NAMES[: PASS_NAMES.index("boilerplate")]:  # (the passes before it)
            before = PASS_BY_NAME[step].function(before, **config.options_for(step))
        after = PASS_BY_NAME["boilerplate"].function(before, **config.options_for("boilerplate"))
        gone = Counter(before.split("\n")) - Counter(after.split("\n"))
        if unexpected := [line for line in gone if line.strip() and line not in KNOWN_LOSSES]:
            lost[name] = unexpected
    assert len(PEPS) == 240
    assert not lost, lost


def test_peps_clean_twice_the_same() -> None:
    changed = [name for name, text in _pep_texts() if clean(once := clean(text)) != once]
    assert not changed
