"""Content guards as first written, whole text by whole text: the references for their fast
forms (``guard_boilerplate`` reads only the lines the texts do not share).

tests/test_guard_fast.py checks that each fast form gives the verdict this gives.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain

from cleaner.guard.boilerplate import _whole_aligned_last
from cleaner.guard.compare import GUARD_BLOCK_LINES, excerpt
from cleaner.passes.boilerplate.whole import UnwrapParts, partial_runs
from cleaner.textblocks import lines_of


def guard_boilerplate(before: str, after: str, **_options: object) -> str | None:
    """Each non-blank line of ``after`` taken for the first line of ``before`` it can be,
    line by line; each paragraph that lost a line read for a partial logical line."""
    parted = UnwrapParts(before)
    remaining = (line for line in lines_of(after, GUARD_BLOCK_LINES) if line.strip())
    pending = next(remaining, None)
    paragraph: list[str] = []
    removed: set[int] = set()
    partial: str | None = None
    for number, line in enumerate(chain(lines_of(before, GUARD_BLOCK_LINES), [""])):
        if line.strip():
            if line == pending:
                pending = next(remaining, None)
            else:
                removed.add(len(paragraph))
            paragraph.append(line)
            continue
        start = number - len(paragraph)
        runs = partial_runs(paragraph, removed, parted.shifted(start)) if removed else ()
        for run in runs if not partial else ():
            partial = f"removed part of a wrapped line: {excerpt(paragraph[run[0]])}"
        paragraph, removed = [], set()
    if pending is not None:
        return f"changed or moved a line: {excerpt(pending)}"
    if partial is not None and _whole_aligned_last(before, after):
        return None
    return partial


def guard_pages(before: str, after: str, **_options: object) -> str | None:
    """Each non-blank line of ``after`` counted off the non-blank lines of ``before``."""
    available = Counter(line for line in before.split("\n") if line.strip())
    for line in after.split("\n"):
        if line.strip():
            if not available[line]:
                return f"changed or added a line: {excerpt(line)}"
            available[line] -= 1
    return None


def canonical(text: str, strip_escapes: bool) -> str:
    """The encoding guard's canonical form, each round searching for control characters."""
    import unicodedata

    from ftfy import fixes

    from cleaner.guard.encoding import _control_char_re

    for _ in range(4):
        previous = text
        text = fixes.unescape_html(text)
        if strip_escapes:
            text = fixes.remove_terminal_escapes(text)
        if _control_char_re().search(text):
            text = fixes.remove_control_chars(text)
        if text == previous:
            break
    return unicodedata.normalize("NFC", text)
