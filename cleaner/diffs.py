"""Diffs as plain data: lists of ``(text, kind)`` segments that output.py prints or colours.

A kind is one of ``""`` (context), ``"header"``, ``"hunk"``, ``"added"``, ``"removed"``.
Plain rendering is the concatenation of the texts, so piped output is ordinary diff text.
"""

from __future__ import annotations

import difflib
import re

from cleaner.align import align

Segment = tuple[str, str]

# Word-diff tokens: whitespace runs, words, and single other characters.
TOKEN_RE = re.compile(r"\s+|\w+|[^\w\s]")
# Characters a reader cannot see, shown with a visible stand-in inside a change: Unicode's
# control pictures for the C0 controls (a form feed is ␌) and DEL, and a few others.
VISIBLE_WHITESPACE = str.maketrans(
    {chr(code): chr(0x2400 + code) for code in range(0x20)}
    | {"\x7f": "␡", "\n": "⏎", "\t": "→", "\r": "␍", "\u00a0": "⍽", " ": "␠", "\ufeff": "[BOM]"}
)


def unified_diff(before: str, after: str, name: str) -> list[Segment]:
    """A unified diff as ``git diff`` writes it, one segment per line.

    >>> "".join(text for text, _ in unified_diff("a\\nb\\n", "a\\nc\\n", "f.txt"))
    '--- f.txt\\t(original)\\n+++ f.txt\\t(cleaned)\\n@@ -1,2 +1,2 @@\\n a\\n-b\\n+c\\n'
    """
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"{name}\t(original)",
        tofile=f"{name}\t(cleaned)",
    )
    return [(_terminated(line), _line_kind(line)) for line in lines]


def _terminated(line: str) -> str:
    return line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"


def _line_kind(line: str) -> str:
    if line.startswith(("---", "+++")):
        return "header"
    return {"@": "hunk", "+": "added", "-": "removed"}.get(line[:1], "")


# A kept run of the input and where it is in the output: (start, end, start, end).
Run = tuple[int, int, int, int]
# A change: input[i1:i2] became output[j1:j2].
Change = tuple[int, int, int, int]


def word_diff(
    before: str, after: str, name: str, *, kept: list[Run] | None = None, context: int = 1
) -> list[Segment]:
    """A word-level diff like ``git diff --word-diff``: changed words inline, in context.

    The changes are read off ``kept``, the runs of ``before`` that cleaning kept (what
    :meth:`cleaner.offsets.OffsetMap.kept_runs` gives, from the passes' own alignments),
    else off an alignment of the two texts. A change is widened to whole words, and every
    change shows, a CR removed from a line end too.

    >>> segments = word_diff("the  cat\\nsat\\n", "the cat\\nsat\\n", "f.txt")
    >>> "".join(text for text, _ in segments)
    '--- f.txt\\t(original)\\n+++ f.txt\\t(cleaned)\\n@@ -1,2 +1,2 @@\\nthe[-␠␠-]{+␠+}cat\\nsat\\n'
    >>> print("".join(text for text, _ in word_diff("a\\r\\nissuedpreviously\\r\\n",
    ...     "a\\nissued previously\\n", "f.txt")).split("@@\\n")[1], end="")
    a[-␍-]
    [-issuedpreviously-]{+issued␠previously+}[-␍-]
    """
    if kept is None:
        kept = [(b.i1, b.i2, b.j1, b.j2) for b in align(before, after) if b.equal]
    changes = _between(kept, len(before), len(after))
    changes = _widened(before, after, _trimmed(before, after, changes))
    if not changes:
        return []
    segments: list[Segment] = [
        (f"--- {name}\t(original)\n", "header"),
        (f"+++ {name}\t(cleaned)\n", "header"),
    ]
    line, line_after, counted, counted_after = 1, 1, 0, 0  # line numbers at ``counted``
    for start, end, hunk in _hunks(before, changes, context):
        first, last = hunk[0], hunk[-1]
        start_after, end_after = first[2] - (first[0] - start), last[3] + (end - last[1])
        line += before.count("\n", counted, start)
        line_after += after.count("\n", counted_after, start_after)
        counted, counted_after = start, start_after
        old_lines = _line_count(before, start, end)
        new_lines = _line_count(after, start_after, end_after)
        segments.append((f"@@ -{line},{old_lines} +{line_after},{new_lines} @@\n", "hunk"))
        position = start
        for i1, i2, j1, j2 in hunk:
            segments.append((before[position:i1], ""))
            if i2 > i1:
                segments.append((f"[-{before[i1:i2].translate(VISIBLE_WHITESPACE)}-]", "removed"))
            if j2 > j1:
                segments.append((f"{{+{after[j1:j2].translate(VISIBLE_WHITESPACE)}+}}", "added"))
            position = i2
        tail = before[position:end]
        segments.append((tail if tail.endswith("\n") else tail + "\n", ""))
    return [segment for segment in segments if segment[0]]


def _between(kept: list[Run], n: int, m: int) -> list[Change]:
    """The changes between the kept runs of texts of ``n`` and ``m`` characters."""
    changes, i, j = [], 0, 0
    for i1, i2, j1, j2 in [*kept, (n, n, m, m)]:
        if i1 > i or j1 > j:
            changes.append((i, i1, j, j1))
        i, j = i2, j2
    return changes


def _trimmed(before: str, after: str, changes: list[Change]) -> list[Change]:
    """Each change without the characters its two sides end, then start, with (passes
    that each kept a different character may leave ``\\r\\n`` -> ``\\n`` as one change).

    >>> _trimmed("a\\r\\n", "a\\n", [(1, 3, 1, 2)])
    [(1, 2, 1, 1)]
    """
    trimmed = []
    for i1, i2, j1, j2 in changes:
        while i2 > i1 and j2 > j1 and before[i2 - 1] == after[j2 - 1]:
            i2, j2 = i2 - 1, j2 - 1
        while i2 > i1 and j2 > j1 and before[i1] == after[j1]:
            i1, j1 = i1 + 1, j1 + 1
        if i2 > i1 or j2 > j1:  # (a stretch both sides hold the same is no change)
            trimmed.append((i1, i2, j1, j2))
    return trimmed


def _kind(char: str) -> str:
    """A word-diff token's kind: word characters, or whitespace within a line; any other
    character (a line feed too) is a token of its own."""
    if char.isalnum() or char == "_":
        return "w"
    return "s" if char.isspace() and char != "\n" else ""


def _widened(before: str, after: str, changes: list[Change]) -> list[Change]:
    """Each change widened to the whole words and runs of spaces it cuts into (a space
    put into ``issuedpreviously`` changes that word); two that then meet inside a word
    are one.

    >>> _widened("ab cd", "aX cY", [(1, 2, 1, 2), (4, 5, 4, 5)])
    [(0, 2, 0, 2), (3, 5, 3, 5)]
    """
    widened: list[Change] = []
    n = len(before)
    for index, (i1, i2, j1, j2) in enumerate(changes):
        floor = widened[-1][1] if widened else 0
        ceiling = changes[index + 1][0] if index + 1 < len(changes) else n
        kind = _kind(before[i1 - 1]) if i1 > floor else ""
        if kind and (_kind(before[i1 : i1 + 1]) == kind or _kind(after[j1 : j1 + 1]) == kind):
            while i1 > floor and _kind(before[i1 - 1]) == kind:
                i1, j1 = i1 - 1, j1 - 1
        kind = _kind(before[i2]) if i2 < ceiling else ""
        if kind and (_kind(before[i2 - 1 : i2]) == kind or _kind(after[j2 - 1 : j2]) == kind):
            while i2 < ceiling and _kind(before[i2]) == kind:
                i2, j2 = i2 + 1, j2 + 1
        if widened and widened[-1][1] == i1 and 0 < i1 < n and _inside_token(before, i1):
            previous = widened.pop()
            i1, j1 = previous[0], previous[2]
        widened.append((i1, i2, j1, j2))
    return widened


def _inside_token(text: str, position: int) -> bool:
    """Whether ``position`` falls inside a word or a run of spaces of ``text``."""
    return _kind(text[position - 1]) == _kind(text[position]) != ""


def _hunks(before: str, changes: list[Change], context: int) -> list[tuple[int, int, list[Change]]]:
    """The changes grouped into hunks, each with ``context`` whole lines of ``before``
    around it: ``(start, end, changes)``; hunks whose context would touch are one."""
    hunks: list[tuple[int, int, list[Change]]] = []
    for change in changes:
        start, end = _with_context(before, change[0], change[1], context)
        if hunks and start <= hunks[-1][1]:
            hunks[-1][2].append(change)
            hunks[-1] = (hunks[-1][0], end, hunks[-1][2])
        else:
            hunks.append((start, end, [change]))
    return hunks


def _with_context(text: str, i1: int, i2: int, context: int) -> tuple[int, int]:
    """``text[i1:i2]`` widened to its whole lines and ``context`` lines on each side."""
    start = text.rfind("\n", 0, i1) + 1
    for _ in range(context):
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    end = i2 if i2 > i1 and text[i2 - 1] == "\n" else text.find("\n", i2) + 1 or len(text)
    for _ in range(context):
        if end >= len(text):
            break
        end = text.find("\n", end) + 1 or len(text)
    return start, end


def _line_count(text: str, start: int, end: int) -> int:
    """The number of lines in ``text[start:end]`` (a last one without its line feed too)."""
    return text.count("\n", start, end) + (end > start and text[end - 1] != "\n")


def _visible(tokens: list[str]) -> str:
    return "".join(tokens).translate(VISIBLE_WHITESPACE)
