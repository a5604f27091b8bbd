"""The ``pages`` pass's guard: whole lines go or move, none changes."""

from __future__ import annotations

from collections import Counter

from cleaner.guard.compare import excerpt


def guard_pages(before: str, after: str, **_options: object) -> str | None:
    """The pages pass removes, and moves, whole lines: every line left is a line of the input.

    >>> guard_pages("Title\\n\\ntext\\n\\n1\\n", "text\\n") is None
    True
    >>> guard_pages("text one\\n", "text\\n")
    "changed or added a line: 'text'"
    """
    available = Counter(line for line in before.split("\n") if line.strip())
    for line in after.split("\n"):
        if line.strip():
            if not available[line]:
                return f"changed or added a line: {excerpt(line)}"
            available[line] -= 1
    return None
