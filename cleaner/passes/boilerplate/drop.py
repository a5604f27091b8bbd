"""Removing the lines the pass decided on, keeping the blank lines of one side of each gap.

A gap is a run of removed and blank lines between two kept lines that are not blank. It
keeps its largest run of blank lines (the first of the largest), so no new blank-line run
appears; at either end of the text it keeps none. Only the gaps are read line by line: the
lines between them are copied as they are (a book loses its header and footer, and the
rest of its 15,000 lines a megabyte is joined at C speed).
"""

from __future__ import annotations


def drop_lines(text: str, removed: set[int], lines: list[str] | None = None) -> str:
    """``text`` without the ``removed`` lines (indexes), each gap as the module says.
    ``lines``: the text's lines, a final line feed ending the last (as the plan splits it),
    if the caller has them (a huge text is not split again; they are not changed).

    >>> drop_lines("a\\n\\nx\\n\\nb\\n", {2})
    'a\\n\\nb\\n'
    >>> drop_lines("x\\n\\na\\n\\ny\\n\\n\\nz\\nb\\n\\n", {0, 4, 7})
    'a\\n\\n\\nb\\n\\n'
    """
    if lines is None:
        lines = text.split("\n") if text else []
        if text.endswith("\n"):
            lines.pop()  # (The final line feed ends the last line.)
    kept: list[str] = []
    copied = 0  # The first line not yet copied or judged.
    for index in sorted(removed):
        if index < copied:
            continue  # (In a gap already judged.)
        start = index  # The gap: blank lines above the removed line, and below it,
        while start > copied and not lines[start - 1].strip():
            start -= 1
        end = index + 1  # removed and blank lines up to the next kept line with text.
        while end < len(lines) and (end in removed or not lines[end].strip()):
            end += 1
        kept += lines[copied:start]
        if start > 0 and end < len(lines):  # (At either end of the text, none.)
            kept += _largest_blank_run(lines, start, end, removed)
        copied = end
    kept += lines[copied:]
    return "\n".join(kept) + ("\n" if text.endswith("\n") and kept else "")


def _largest_blank_run(lines: list[str], start: int, end: int, removed: set[int]) -> list[str]:
    """The first longest run of blank lines that the removed lines part in ``lines[start:end]``.

    >>> _largest_blank_run(["", "x", "", " ", "y", ""], 0, 6, {1, 4})
    ['', ' ']
    """
    runs: list[list[str]] = [[]]
    for i in range(start, end):
        if i in removed:
            runs.append([])
        else:
            runs[-1].append(lines[i])
    return max(runs, key=len)
