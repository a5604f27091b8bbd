"""Fields of a list: ``Label: value`` lines among sibling ``Label: value`` lines.

A credit's form (``Graphics: PyGame``, ``Photo: Jo Li``) is also a field's: in a list of
fields (``Numeric: Numeric, SciPy``, ``GUI toolkit: ???``) it is one entry of the list, not
a photo's credit, and goes with it or not at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import UNDERLINE_RE

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from cleaner.passes.boilerplate.rules import Rule

MIN_FIELDS = 3  # A list's fields, the credit's line among them.
# A label of one to four words, a capital first, then a colon and a value on the same line.
FIELD_RE = lazy_compile(r"\s*([A-Z][\w'/+-]*(?: [\w'/+-]+){0,3}): +\S")


def without_list_fields(lines: Sequence[str], matches: Mapping[int, Rule]) -> dict[int, Rule]:
    """``matches`` but the credits' lines that are fields of a list: ``Label: value`` in a
    run of three fields or more (each the nearest line to the next, past blank lines and
    titles' underlines), one of another label that no rule matched. (Two are a caption
    and its credit: ``Above: A coworking space.`` / ``Image Credit: WeWork``.)

    >>> from cleaner.passes.boilerplate.rules import Rule
    >>> credit = Rule("credits", "photo-credit", "strong", "")
    >>> lines = ["Numeric: Numeric, SciPy", "", "Graphics: PIL, Chaco.", "", "GUI: Tk"]
    >>> without_list_fields(lines, {2: credit})
    {}
    >>> sorted(without_list_fields(["Above: A coworking space.", "Image Credit: Jo Li"],
    ...                            {1: credit}))
    [1]
    """
    held = {
        i
        for i, rule in matches.items()
        if rule.family == "credits"
        and (label := _label(lines[i]))
        and len(run := _run_of_fields(lines, i)) >= MIN_FIELDS
        and any(j not in matches and _label(lines[j]) != label for j in run)
    }
    return {i: rule for i, rule in matches.items() if i not in held} if held else dict(matches)


def _label(line: str) -> str | None:
    """The label of a ``Label: value`` line, lowercased, or None.

    >>> _label("GUI toolkit: ???"), _label("see: here")
    ('gui toolkit', None)
    """
    found = FIELD_RE.match(line)
    return found.group(1).lower() if found else None


def _run_of_fields(lines: Sequence[str], i: int) -> list[int]:
    """The ``Label: value`` lines around field ``i``, each the nearest line to the next.

    >>> _run_of_fields(["Intro.", "A: 1", "", "B: 2", "Title", "=====", "C: 3"], 3)
    [1, 3]
    """
    run = [i]
    for step in (-1, 1):
        j = _nearest(lines, i, step)
        while j is not None and _label(lines[j]):
            run.append(j)
            j = _nearest(lines, j, step)
    return sorted(run)


def _nearest(lines: Sequence[str], i: int, step: int) -> int | None:
    """The nearest line to ``i`` in the direction ``step`` that is neither blank nor an
    underline, or None.

    >>> _nearest(["Domain: Education", "=================", "", "Graphics: PyGame"], 3, -1)
    0
    """
    return next(_lines_past(lines, i, step), None)


def _lines_past(lines: Sequence[str], i: int, step: int) -> Iterator[int]:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].strip() and not UNDERLINE_RE.match(lines[j]):
            yield j
        j += step
