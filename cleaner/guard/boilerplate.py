"""The ``boilerplate`` pass's guard: whole logical lines go, the rest stays as it was."""

from __future__ import annotations

from collections.abc import Iterator

from cleaner.align import common_prefix_length
from cleaner.guard.compare import excerpt


def guard_boilerplate(before: str, after: str, **_options: object) -> str | None:
    """Boilerplate only removes whole lines: the non-blank lines left are input lines, in
    order, and what went is whole logical lines (never one line of a wrapped paragraph).

    Each line left is taken for the first input line it can be, from where the last one
    was taken; the runs the texts share are skipped at C speed (a book loses its first and
    last pages, and keeps 60,000 lines between), and only the paragraphs that lost a line
    are read (tests/guard_reference.py keeps the line-by-line form this must agree with).

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

    lines = before.split("\n")
    removed, pending = _removed_lines(before, after, lines)
    if pending is not None:
        return f"changed or moved a line: {excerpt(pending)}"
    parted = UnwrapParts(before, lines=lines)
    partial: str | None = None
    for start, end, gone in _paragraphs_of(lines, removed):
        runs = list(partial_runs(lines[start:end], gone, parted.shifted(start)))
        if runs:
            partial = f"removed part of a wrapped line: {excerpt(lines[start + runs[-1][0]])}"
            break
    if partial is not None and _whole_aligned_last(before, after):
        return None
    return partial


def _removed_lines(before: str, after: str, lines: list[str]) -> tuple[list[int], str | None]:
    """The numbers of the non-blank lines of ``before`` (``lines``) that are not in
    ``after`` when each non-blank line of ``after`` is taken for the first line of
    ``before`` it can be (in order); and the first line of ``after`` none is, if any.

    >>> _removed_lines("a\\nx\\n\\nb\\n", "a\\nb\\n", ["a", "x", "", "b", ""])
    ([1], None)
    >>> _removed_lines("a\\n", "b\\n", ["a", ""])
    ([0], 'b')
    """
    kept = after.split("\n")
    removed: list[int] = []
    i = j = k = m = 0  # (where line k of ``before`` and line m of ``after`` start)
    while k < len(lines):
        # Lines both texts have in the same place: each is taken for its twin.
        common = common_prefix_length(before, i, after, j) if j < len(after) else 0
        cut = before.rfind("\n", i, i + common) + 1
        if cut:
            count = before.count("\n", i, cut)
            i, j, k, m = cut, j + cut - i, k + count, m + count
        while m < len(kept) and not kept[m].strip():
            j, m = j + len(kept[m]) + 1, m + 1
        line = lines[k]
        if line.strip():
            if m < len(kept) and line == kept[m]:
                j, m = j + len(line) + 1, m + 1
            else:
                removed.append(k)
        i, k = i + len(line) + 1, k + 1
    pending = next((line for line in kept[m:] if line.strip()), None)
    return removed, pending


def _paragraphs_of(lines: list[str], removed: list[int]) -> Iterator[tuple[int, int, set[int]]]:
    """Each paragraph (a run of non-blank lines) that holds a line of ``removed`` (sorted):
    its start and end, and its lines that went, counted from its start."""
    index = 0
    while index < len(removed):
        start = end = removed[index]
        while start and lines[start - 1].strip():
            start -= 1
        while end < len(lines) and lines[end].strip():
            end += 1
        gone = set()
        while index < len(removed) and removed[index] < end:
            gone.add(removed[index] - start)
            index += 1
        yield start, end, gone


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
