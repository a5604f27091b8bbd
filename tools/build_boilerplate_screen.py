"""Build ``cleaner/data/boilerplate_screen.json``, the screen facts of the boilerplate rules.

Usage: ``python tools/build_boilerplate_screen.py`` after editing a rule in
``cleaner/data/boilerplate/`` (tests/passes/test_boilerplate_screen.py fails until then).

For each rule's full-line regex: its needles (strings any line it matches holds) and its
width, derived from the regex's parse tree by ``cleaner/passes/boilerplate/screen.py``;
and in ``boilerplate_prefixes.json`` the starts of the lines it matches
(``cleaner/passes/boilerplate/prefixes.py``).
cleaner reads them instead of parsing 146 patterns (~20 ms) at each start; a rule missing
from the file is parsed when read, so a stale file costs time, never a different result.
Every pattern is compiled here, so the file lists only patterns known to compile.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cleaner.passes.boilerplate.prefixes import PREFIX_FILE, format_prefixes  # noqa: E402
from cleaner.passes.boilerplate.rules import TRAILING_PUNCTUATION, library_rules  # noqa: E402
from cleaner.passes.boilerplate.screen import SCREEN_FILE, format_facts  # noqa: E402

OUTPUT = REPO / "cleaner" / "data" / SCREEN_FILE
PREFIX_OUTPUT = REPO / "cleaner" / "data" / PREFIX_FILE


def build() -> str:
    sources = [rule.source for rule in library_rules()]
    for source in sources:
        re.compile(source, re.IGNORECASE)
    return format_facts(sources, TRAILING_PUNCTUATION)


if __name__ == "__main__":
    OUTPUT.write_text(build(), encoding="utf-8")
    PREFIX_OUTPUT.write_text(format_prefixes([r.source for r in library_rules()]), encoding="utf-8")
    print(f"{len(library_rules())} rules -> {OUTPUT}", file=sys.stderr)
