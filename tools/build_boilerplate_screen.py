"""Build ``cleaner/data/boilerplate_screen.json``, the screen facts of the boilerplate rules.

Usage: ``python tools/build_boilerplate_screen.py`` after editing a rule in
``cleaner/data/boilerplate/`` (tests/passes/test_boilerplate_screen.py fails until then).

For each rule's full-line regex: its needles (strings any line it matches holds) and its
width, derived from the regex's parse tree by ``cleaner/passes/boilerplate/screen.py``;
in ``boilerplate_prefixes.json`` the starts of the lines it matches
(``cleaner/passes/boilerplate/prefixes.py``); and in ``boilerplate_library.json`` the whole
library parsed, with the screen's tables of rules by line start, and a checksum of the rule
files it was read from (``cleaner/passes/boilerplate/rules.py``: used while they match).
cleaner reads them instead of parsing 146 patterns (~20 ms) at each start; a rule missing
from the file is parsed when read, so a stale file costs time, never a different result.
Every pattern is compiled here, so the file lists only patterns known to compile.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cleaner.passes.boilerplate.lines import start_tables  # noqa: E402
from cleaner.passes.boilerplate.prefixes import PREFIX_FILE, format_prefixes  # noqa: E402
from cleaner.passes.boilerplate.rules import (  # noqa: E402
    LIBRARY_FILE,
    TRAILING_PUNCTUATION,
    Rule,
    format_library,
    library_checksum,
    library_files,
    parse_library,
)
from cleaner.passes.boilerplate.screen import SCREEN_FILE, format_facts  # noqa: E402

OUTPUT = REPO / "cleaner" / "data" / SCREEN_FILE
PREFIX_OUTPUT = REPO / "cleaner" / "data" / PREFIX_FILE
LIBRARY_OUTPUT = REPO / "cleaner" / "data" / LIBRARY_FILE


def build(rules: Sequence[Rule]) -> str:
    sources = [rule.source for rule in rules]
    for source in sources:
        re.compile(source, re.IGNORECASE)
    return format_facts(sources, TRAILING_PUNCTUATION)


if __name__ == "__main__":
    files = library_files()
    rules = parse_library(files)  # (From the files as they are, never the shipped library.)
    OUTPUT.write_text(build(rules), encoding="utf-8")
    PREFIX_OUTPUT.write_text(format_prefixes([r.source for r in rules]), encoding="utf-8")
    library = format_library(rules, library_checksum(files), start_tables(rules))
    LIBRARY_OUTPUT.write_text(library, encoding="utf-8")
    print(f"{len(rules)} rules -> {OUTPUT}, {LIBRARY_OUTPUT}", file=sys.stderr)
