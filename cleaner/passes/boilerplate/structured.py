"""Which of a few lines are code or table rows: :func:`lines_with_meaningful_spacing` read
for those lines only.

The pass asks it of the lines it would remove alone; marking a whole book (reading up from
each of its indented lines) cost a tenth of the pass. Where a text has a fence, a soft
hyphen or a sign of a literal block, whose marks depend on what comes before, the whole
text is marked as before; else a line's mark depends on its neighbours only (tests check
both ways agree).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cleaner.passes.layout import (
    BULLET_RE,
    INDENTS,
    SOFT_HYPHEN,
    UNDERLINE_RE,
    WEAK_MARKER_RE,
    alignment_columns,
    holds_any,
    lines_with_meaningful_spacing,
    may_delimit,
    may_have_meaningful_spacing,
    may_open_literal,
    opens_item,
)

# Signs of marks that depend on more than a line's neighbours: fences, soft hyphens (a line
# is judged without them); and literal blocks, where one may open (see may_open_literal:
# not at an RFC's "::="), and AsciiDoc's delimited blocks (see layout.may_delimit).
WHOLE_TEXT_SIGNS = ("```", "~~~", SOFT_HYPHEN)


def meaningful_spacing_at(
    lines: Sequence[str], indexes: Iterable[int], text: str | None = None
) -> set[int]:
    """Those of ``indexes`` that ``lines_with_meaningful_spacing(lines)`` marks. ``text``:
    the lines joined, a final line feed after them or not, if the caller has it (its signs
    are searched for; a huge text is not copied again).

    >>> lines = ["Name    Age", "Anna    34", "- an item", "    goes on", "", "    code = 1"]
    >>> sorted(meaningful_spacing_at(lines, range(6)))
    [0, 1, 5]
    """
    wanted = sorted(indexes)
    text = "\n".join(lines) if text is None else text
    if not wanted or not may_have_meaningful_spacing(text):
        return set()
    if holds_any(text, WHOLE_TEXT_SIGNS) or may_open_literal(text) or may_delimit(text):
        marks = lines_with_meaningful_spacing(lines)
        return {i for i in wanted if marks[i]}
    indented = holds_any(text, ("\n    ", "\n\t")) or text.startswith(INDENTS)
    in_item: dict[int, bool] = {}  # Indented lines' verdicts, so no run is read twice.
    found = set()
    for i in wanted:
        code = indented and lines[i].startswith(INDENTS) and not _goes_on_item(lines, i, in_item)
        if code or _aligned(lines, i):
            found.add(i)
    return found


def _goes_on_item(lines: Sequence[str], i: int, in_item: dict[int, bool]) -> bool:
    """Whether the indented line ``i`` goes on with a list item: an item's marker line above
    it, no blank line between, indented lines passed over (as ``_mark_indented`` reads).

    >>> _goes_on_item(["- item", "    more", "    goes on"], 2, {})
    True
    """
    j = i - 1
    while j >= 0 and lines[j]:
        above = lines[j]
        if j in in_item:
            in_item[i] = in_item[j]
            return in_item[i]
        if not above.startswith(INDENTS) and opens_item(above):
            in_item[i] = True
            return True
        j -= 1
    in_item[i] = False
    return False


def _aligned(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` and a line next to it have wide gaps ending in a shared column.

    >>> _aligned(["Name    Age", "Anna    34", "Text  here"], 1), _aligned(["a  b", "c"], 0)
    (True, False)
    """
    columns = alignment_columns(lines[i])
    if not columns:
        return False
    above = alignment_columns(lines[i - 1]) if i > 0 else set()
    below = alignment_columns(lines[i + 1]) if i + 1 < len(lines) else set()
    return bool(columns & above or columns & below)


def titled_or_listed(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a title underlined as reStructuredText and Markdown do (the
    next line one mark repeated, as long as the title at least), or a list item. A credit's
    shape (``Name Name/Agency``) then names a section or a thing listed, never a photo's
    author: ``Standard Library Changes/Additions``, ``- Hyperbola GNU/Linux-libre``.

    >>> lines = ["Handling Misc/NEWS", "==================", "- Arch GNU/Linux", "Jo Li/AP"]
    >>> [titled_or_listed(lines, i) for i in range(4)]
    [True, False, True, False]
    """
    line = lines[i]
    return bool(BULLET_RE.match(line) or WEAK_MARKER_RE.match(line)) or underlined(lines, i)


def underlined(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a section's title, underlined as reStructuredText and Markdown
    do: the next line one mark repeated, as long as the title at least.

    >>> underlined(["Uses for metaclasses", "--------------------"], 0)
    True
    >>> underlined(["Uses for metaclasses", "----"], 0), underlined(["---", "---"], 1)
    (False, False)
    """
    under = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(UNDERLINE_RE.match(under)) and len(under.rstrip()) >= len(lines[i].strip())
