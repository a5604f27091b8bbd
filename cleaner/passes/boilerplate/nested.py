"""Entries of a nested list: a book's index, a tree of topics.

A menu's words (``main menu``) are also an index's term: indented as its sibling terms and
heading lines indented deeper (its sub-entries), the line is one entry of the list, not a
page's menu toggle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleaner.passes.layout import space_indentation

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from cleaner.passes.boilerplate.rules import Rule


def without_nested_entries(lines: Sequence[str], matches: Mapping[int, Rule]) -> dict[int, Rule]:
    """``matches`` but the indented lines that head an entry of a nested list: the next
    line that is not blank indented deeper, and the nearest line above indented no deeper
    a sibling (indented as much) that no rule matched.

    >>> from cleaner.passes.boilerplate.rules import Rule
    >>> toggle = Rule("navigation", "toggle-nav", "strong", "")
    >>> lines = ["   mailing list", "        Debian", "   main menu", "        installation"]
    >>> without_nested_entries(lines, {2: toggle})
    {}
    >>> sorted(without_nested_entries(["Home", "   main menu", "        News"], {1: toggle}))
    [1]
    """
    held = {i for i in matches if _heads_entry(lines, i, matches)}
    return {i: rule for i, rule in matches.items() if i not in held} if held else dict(matches)


def _heads_entry(lines: Sequence[str], i: int, matches: Mapping[int, Rule]) -> bool:
    """Whether line ``i`` is an indented entry with deeper lines below and a sibling above.

    >>> _heads_entry(["   a", "      b", "   c", "      d"], 2, {})
    True
    """
    indent = space_indentation(lines[i])
    if not indent:
        return False
    below = next((line for line in lines[i + 1 :] if line.strip()), "")
    if space_indentation(below) <= indent:
        return False
    above = next(
        (
            j
            for j in range(i - 1, -1, -1)
            if lines[j].strip() and space_indentation(lines[j]) <= indent
        ),
        None,
    )
    return above is not None and space_indentation(lines[above]) == indent and above not in matches
