"""The ``boilerplate`` pass's guard: whole logical lines go, the rest stays as it was."""

from __future__ import annotations

from itertools import chain

from cleaner.guard.compare import GUARD_BLOCK_LINES, excerpt
from cleaner.textblocks import lines_of


def guard_boilerplate(before: str, after: str, **_options: object) -> str | None:
    """Boilerplate only removes whole lines: the non-blank lines left are input lines, in
    order, and what went is whole logical lines (never one line of a wrapped paragraph).

    >>> guard_boilerplate("News Ticker\\n\\nText.\\n", "Text.\\n") is None
    True
    >>> guard_boilerplate("Text one.\\n", "Text.\\n")
    "changed or moved a line: 'Text.'"
    >>> guard_boilerplate("Read more about the bridge in the book Mrs Hale wrote with her\\n"
    ...                   "brother in 1998.\\n", "brother in 1998.\\n")
    "removed part of a wrapped line: 'Read more about the bridge in '"
    """
    # Only when boilerplate ran; lines unwrap sets apart are not wrapped, as the pass judges.
    from cleaner.passes.boilerplate.whole import UnwrapParts, partial_runs

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
    if partial is not None and (
        _whole_aligned_last(before, after) or _whole_in_rounds(before, after)
    ):
        return None
    return partial


def _whole_in_rounds(before: str, after: str) -> bool:
    """Whether what went is whole logical lines in rounds, each judged in the text the ones
    before left (the pass lets go what its next run would remove: see its
    ``plan_removal``), each line left taken for the first input line it can be.

    >>> prose = "The council voted on Tuesday night to keep the old ferry running for years."
    >>> before = f"Comments\\n\\u00a9 2020 Foo\\nComments\\na\\n{prose}\\n"
    >>> guard_boilerplate(before, f"a\\n{prose}\\n") is None
    True
    """
    from cleaner.passes.boilerplate import SETTLE_ROUNDS
    from cleaner.passes.boilerplate.whole import whole_in_rounds

    lines = before.split("\n")
    left = iter([line for line in after.split("\n") if line.strip()])
    pending = next(left, None)
    removed: set[int] = set()
    for i, line in enumerate(lines):
        if line.strip():
            if line == pending:
                pending = next(left, None)
            else:
                removed.add(i)
    return pending is None and whole_in_rounds(lines, removed, SETTLE_ROUNDS)


def _whole_aligned_last(before: str, after: str) -> bool:
    """Whether what went is whole logical lines when each line left is taken for the last
    input line it can be. (A line that occurs twice, a menu link and the same line kept
    further down, is taken for the first one above; the pass may have kept the second.)

    >>> before = "Lighthouse reopens after a year of repairs\\nHome\\n\\nHome\\nText.\\n"
    >>> _whole_aligned_last(before, "Home\\nText.\\n")
    True
    >>> guard_boilerplate(before, "Home\\nText.\\n") is None
    True
    """
    from cleaner.passes.boilerplate.whole import UnwrapParts, partial_runs

    parted = UnwrapParts(before)
    lines = before.split("\n")
    left = [line for line in after.split("\n") if line.strip()]
    kept: set[int] = set()
    for i in range(len(lines) - 1, -1, -1):
        if left and lines[i].strip() and lines[i] == left[-1]:
            kept.add(i)
            left.pop()
    if left:
        return False
    start = 0
    for end in [*(i for i, line in enumerate(lines) if not line.strip()), len(lines)]:
        paragraph = lines[start:end]
        removed = {i - start for i in range(start, end) if i not in kept}
        runs = partial_runs(paragraph, removed, parted.shifted(start)) if removed else iter(())
        if next(iter(runs), None) is not None:
            return False
        start = end + 1
    return True
