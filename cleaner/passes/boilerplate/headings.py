"""A document's own headings: a Markdown heading or an underlined title of one word.

``### Advertising`` in a Rust RFC, or ``Comments`` underlined with ``-`` in a PEP, is the
title of the document's own section, decided by its markup: the rules, which match a line
with its ``#`` decoration stripped, would read it as a lone furniture word (an ad label, a
comment section's widget). A heading of a phrase (``Leave a Reply`` underlined on a page
rendered as text) is still judged by the rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleaner.lazy_re import lazy_compile

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from cleaner.passes.boilerplate.rules import Rule

# A Markdown (ATX) heading: up to three spaces, one to six ``#``, a space, its title, maybe
# closed by a run of ``#``.
ATX_HEADING_RE = lazy_compile(r" {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")


def without_word_headings(lines: Sequence[str], matches: Mapping[int, Rule]) -> dict[int, Rule]:
    """``matches`` but the lines that are a heading of one word (see :func:`heading_title`).

    >>> from cleaner.passes.boilerplate.rules import Rule
    >>> ad = Rule("ads", "advertisement", "strong", "")
    >>> without_word_headings(["### Advertising", "Text."], {0: ad})
    {}
    >>> lines = ["Advertising", "-----------", "## Leave a Reply", "Advertising"]
    >>> sorted(without_word_headings(lines, {0: ad, 2: ad, 3: ad}))
    [2, 3]
    """
    held = {i for i in matches if len(heading_title(lines, i).split()) == 1}
    return {i: rule for i, rule in matches.items() if i not in held} if held else dict(matches)


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
