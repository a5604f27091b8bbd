"""A document's own headings: a Markdown heading or an underlined title of one word over
a section.

``### Advertising`` in a Rust RFC, or ``Comments`` underlined with ``-`` in a PEP, is the
title of the document's own section, decided by its markup: the rules, which match a line
with its ``#`` decoration stripped, would read it as a lone furniture word (an ad label, a
comment section's widget). A heading of a phrase (``Leave a Reply`` underlined on a page
rendered as text) is still judged by the rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import UNDERLINE_RE

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from cleaner.passes.boilerplate.rules import Rule

# A Markdown (ATX) heading: up to three spaces, one to six ``#``, a space, its title, maybe
# closed by a run of ``#``.
ATX_HEADING_RE = lazy_compile(r" {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")


def without_word_headings(lines: Sequence[str], matches: Mapping[int, Rule]) -> dict[int, Rule]:
    """``matches`` but the lines that are a heading of one word (see :func:`heading_title`)
    over a section: the next line that is not blank (past an underline) one no rule
    matched. A heading over nothing (a page's last line, ``## Comments``) or over more
    furniture is still judged by the rules.

    >>> from cleaner.passes.boilerplate.rules import Rule
    >>> ad = Rule("ads", "advertisement", "strong", "")
    >>> without_word_headings(["### Advertising", "Text."], {0: ad})
    {}
    >>> lines = ["Advertising", "-----------", "Text.", "## Leave a Reply", "Text.", "## Ad"]
    >>> sorted(without_word_headings(lines, {0: ad, 3: ad, 5: ad}))
    [3, 5]
    """
    held = set()
    for i in matches:
        if len(heading_title(lines, i).split()) == 1:
            below = _next_filled(lines, i)
            if below is not None and below not in matches:
                held.add(i)
    return {i: rule for i, rule in matches.items() if i not in held} if held else dict(matches)


def _next_filled(lines: Sequence[str], i: int) -> int | None:
    """The next line after the heading at line ``i`` (and its underline) that is not blank.

    >>> _next_filled(["Title", "=====", "", "Text."], 0), _next_filled(["## Title", ""], 0)
    (3, None)
    """
    j = i + 1
    if j < len(lines) and UNDERLINE_RE.match(lines[j]):
        j += 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j if j < len(lines) else None


def heading_title(lines: Sequence[str], i: int) -> str:
    """The title of line ``i`` if it is a Markdown heading or an underlined title (see
    :func:`.structured.underlined`), else "".

    >>> heading_title(["## Comments ##"], 0), heading_title(["Comments", "========"], 0)
    ('Comments', 'Comments')
    >>> heading_title(["#hashtag"], 0), heading_title(["Comments", "Text."], 0)
    ('', '')
    """
    line = lines[i]
    if "#" in line[:4] and (found := ATX_HEADING_RE.fullmatch(line)):
        return found.group(1)
    from cleaner.passes.boilerplate.structured import underlined  # Deferred: rarely asked.

    return line.strip() if line.strip() and underlined(lines, i) else ""
