"""The ``boilerplate`` pass's guard: whole logical lines go, the rest stays as it was."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

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
    # Only when boilerplate ran; lines unwrap sets apart are not wrapped, and lines of soft
    # hyphens alone are blank, as the pass judges.
    from cleaner.passes.boilerplate.whole import (
        UnwrapParts,
        blank_soft_hyphen_lines,
        partial_runs,
    )

    before, after = blank_soft_hyphen_lines(before), blank_soft_hyphen_lines(after)
    removed, pending = _removed_lines(before, after)
    if pending is not None:
        return f"changed or moved a line: {excerpt(pending)}"
    parted = UnwrapParts(before)
    partial: str | None = None
    for start, lines, gone in _paragraphs_of(before, removed):
        runs = list(partial_runs(lines, gone, parted.shifted(start)))
        if runs:
            partial = f"removed part of a wrapped line: {excerpt(lines[runs[-1][0]])}"
            break
    if partial is not None and (
        _whole_aligned_last(before, after)
        or _whole_aligned_between_anchors(before, after)
        or _whole_in_rounds(before, {number for number, _ in removed})
    ):
        return None
    return partial


def _whole_in_rounds(before: str, removed: set[int]) -> bool:
    """Whether the lines of ``before`` numbered in ``removed`` (each line left taken for the
    first input line it can be: :func:`_removed_lines`) are whole logical lines in rounds,
    each judged in the text the ones before left (the pass lets go what its next run would
    remove: see its ``plan_removal``).

    >>> prose = "The council voted on Tuesday night to keep the old ferry running for years."
    >>> before = f"Comments\\n\\u00a9 2020 Foo\\nComments\\na\\n{prose}\\n"
    >>> guard_boilerplate(before, f"a\\n{prose}\\n") is None
    True
    """
    from cleaner.passes.boilerplate import SETTLE_ROUNDS
    from cleaner.passes.boilerplate.whole import whole_in_rounds

    return whole_in_rounds(before.split("\n"), removed, SETTLE_ROUNDS)


def _removed_lines(before: str, after: str) -> tuple[list[tuple[int, int]], str | None]:
    """The non-blank lines of ``before`` (number, offset) that are not in ``after`` when
    each non-blank line of ``after`` is taken for the first line of ``before`` it can be
    (in order); and the first line of ``after`` none is, if any. Neither text is split
    whole (a huge text costs no copy).

    >>> _removed_lines("a\\nx\\n\\nb\\n", "a\\nb\\n")
    ([(1, 2)], None)
    >>> _removed_lines("a\\n", "b\\n")
    ([(0, 0)], 'b')
    """
    removed: list[tuple[int, int]] = []
    n, m = len(before), len(after)
    i = j = k = 0  # (line k of ``before`` starts at i; the line of ``after`` due, at j)
    while i <= n:
        # Lines both texts have in the same place: each is taken for its twin.
        common = common_prefix_length(before, i, after, j) if i < n and j < m else 0
        cut = before.rfind("\n", i, i + common) + 1
        if cut:
            i, j, k = cut, j + cut - i, k + before.count("\n", i, cut)
        j = _next_non_blank(after, j)
        line, end = _line_at(before, i)
        if line.strip():
            if j <= m and line == _line_at(after, j)[0]:
                j += len(line) + 1
            else:
                removed.append((k, i))
        i, k = end + 1, k + 1
    j = _next_non_blank(after, j)
    return removed, _line_at(after, j)[0] if j <= m else None


def _line_at(text: str, start: int) -> tuple[str, int]:
    """The line of ``text`` that starts at ``start``, and where it ends."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return text[start:end], end


def _next_non_blank(text: str, start: int) -> int:
    """Where the first non-blank line of ``text`` at or after ``start`` starts (past the
    end if none)."""
    while start <= len(text):
        line, end = _line_at(text, start)
        if line.strip():
            break
        start = end + 1
    return start


def _paragraphs_of(
    text: str, removed: list[tuple[int, int]]
) -> Iterator[tuple[int, list[str], set[int]]]:
    """Each paragraph (a run of non-blank lines) of ``text`` that holds a line of ``removed``
    (number, offset; in order): its first line's number, its lines, and the numbers of its
    lines that went, counted from its first."""
    index = 0
    while index < len(removed):
        number, offset = removed[index]
        above: list[str] = []
        while offset and (line := text[text.rfind("\n", 0, offset - 1) + 1 : offset - 1]).strip():
            above.append(line)
            offset -= len(line) + 1
        start = number - len(above)
        lines = above[::-1]
        line, end = _line_at(text, removed[index][1])
        while line.strip():
            lines.append(line)
            if end >= len(text):
                break
            line, end = _line_at(text, end + 1)
        gone = set()
        while index < len(removed) and removed[index][0] < start + len(lines):
            gone.add(removed[index][0] - start)
            index += 1
        yield start, lines, gone


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


def _whole_aligned_between_anchors(before: str, after: str) -> bool:
    """Whether what went is whole logical lines when the lines left are aligned with the
    input's between anchors (lines that occur once in each), first-to-first or
    last-to-last in each stretch between two anchors, whichever leaves whole lines there.
    (A line that occurs twice, kept once above and once below what went, aligns neither
    way over the whole text: a page's headline, and the same headline over its menu.)

    >>> prose = "The council voted on Tuesday night to keep the ferry running for years."
    >>> headline = "Lighthouse reopens after a year of repairs"
    >>> before = f"{headline}\\nHome\\n{headline}\\n\\n{prose}\\n\\n{headline}\\nHome\\n\\nHome\\n"
    >>> after = f"{headline}\\n\\n{prose}\\n\\n{headline}\\nHome\\n"
    >>> _whole_aligned_last(before, after), _whole_aligned_between_anchors(before, after)
    (False, True)
    """
    from cleaner.passes.boilerplate.whole import UnwrapParts, partial_runs

    lines = before.split("\n")
    left = [line for line in after.split("\n") if line.strip()]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    once_before = {line for line, n in Counter(lines[i] for i in filled).items() if n == 1}
    once_after = {line for line, n in Counter(left).items() if n == 1}
    where = {lines[i]: i for i in filled if lines[i] in once_before}
    anchors = [(-1, -1)]
    for j, line in enumerate(left):
        if line in once_after and line in where and where[line] > anchors[-1][0]:
            anchors.append((where[line], j))
    anchors.append((len(lines), len(left)))
    parted = UnwrapParts(before)
    for (low, first), (high, end) in pairwise(anchors):
        stretch = [i for i in range(low + 1, high) if lines[i].strip()]
        wanted = left[first + 1 : end]
        ways = (_aligned(lines, stretch, wanted), _aligned(lines, stretch[::-1], wanted[::-1]))
        if not any(
            kept is not None
            and next(partial_runs(lines, set(stretch) - kept, parted), None) is None
            for kept in ways
        ):
            return False
    return True


def _aligned(lines: list[str], stretch: list[int], left: list[str]) -> set[int] | None:
    """The lines of ``stretch`` (indexes of ``lines``, in the order to align in) that the
    ``left`` lines are, each taken for the first it can be; None if some line is none."""
    kept: set[int] = set()
    remaining = iter(left)
    pending = next(remaining, None)
    for i in stretch:
        if pending is not None and lines[i] == pending:
            kept.add(i)
            pending = next(remaining, None)
    return kept if pending is None else None
