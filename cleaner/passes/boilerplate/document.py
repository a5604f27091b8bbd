"""Documents written as plain text (an RFC, a package's NEWS or README, Markdown or RST), as
against a web page's text, for the ``boilerplate`` pass.

A web page's text, whether an extractor's or the page's full text, holds its paragraphs and
links at the margin, one a line, and no markup of plain-text structure. A document written
as text shows its structure: headings underlined (RST, Markdown's setext) or marked with
``#``, list items indented under their parent, or a body indented as a whole (an RFC's
three spaces). Its copyright notice, its header's ``Category:`` field, its ``See also:``
references and its lists of contributors or languages are content, though they look like a
page's footer, tags, teasers and menus: there, the rules of those families are labels
(they go only beside a block of other furniture), and no line goes for being at the text's
top or bottom (its first line is its title, not a site's header).
"""

from __future__ import annotations

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.rules import LABEL, Rule

# The families (and code rules, by name) of furniture whose look a document's own lines
# share: its copyright notice, a header's fields, its references, its lists of names (menu
# items are labels already).
DOCUMENT_CONTENT_FAMILIES = frozenset({"copyright", "taxonomy", "related"})
DOCUMENT_CONTENT_RULES = frozenset({"navigation/menu-block"})
# The marks of a document's structure, each at a line's start (the pattern starts with the
# line break, a literal the search skips to at C speed): a Markdown heading (``# Title``); a
# list item indented under its parent (`` * Fix crash``, ``   - new API``); a line of ``=``
# or ``-`` under a heading (RST, Markdown's setext) if about as long as the line above it;
# a paragraph indented (its first line, after a blank line). Each survives ``unwrap``, so
# that a document's output is judged as one too.
MARK_RE = lazy_compile(
    r"\n(?:(#{1,6} \S)|([ \t]+(?:[-*•+]|\d{1,3}[.)])[ \t]+\S)"
    r"|[ \t]*(={3,}|-{3,})[ \t]*(?=\n|\Z)|(?<=\n\n)([ \t]+\S))"
)
ATX_HEADINGS_MIN = 2
INDENTED_ITEMS_MIN = 3
# A body indented as a whole: this many of its paragraphs, and a third of them (an RFC's,
# its headings at the margin).
INDENTED_PARAGRAPHS_MIN = 5
# The start of a paragraph: a line that is not blank after a blank line.
PARAGRAPH_START_RE = lazy_compile(r"\n\n(?=[ \t]*\S)")
# A document shows its kind from its start (an RFC's header and indented body, a README's
# headings, a NEWS file's first release): only this many characters of a text are read, so
# that a book costs what a page does.
HEAD_CHARS = 5_000


def is_document(text: str) -> bool:
    """Whether ``text`` is a document written as plain text, not a web page's text (see the
    module's docstring): its first :data:`HEAD_CHARS` characters hold an underlined
    heading, two Markdown headings, three indented list items, or a body indented as a
    whole (five paragraphs indented, a third of them).

    >>> is_document("Copyright\\n---------\\n\\nCopyright (c) 2018 A. Author\\n")
    True
    >>> is_document("PulseAudio 16.1\\n\\n * Fix one\\n * Fix two\\n * Fix three\\n")
    True
    >>> is_document("Home\\nNews\\n\\nThe council met on Tuesday.\\n\\n© 2021 The Gazette\\n")
    False
    >>> is_document("The council met.\\n\\n---\\n\\n# Comments\\n")
    False
    """
    head = "\n" + text[:HEAD_CHARS]  # (Marks are found after a line break: the first's too.)
    headings = items = indented = 0
    for mark in MARK_RE.finditer(head):
        if mark[1]:
            headings += 1
            if headings >= ATX_HEADINGS_MIN:
                return True
        elif mark[2]:
            items += 1
            if items >= INDENTED_ITEMS_MIN:
                return True
        elif mark[3]:
            above = head[head.rfind("\n", 0, mark.start()) + 1 : mark.start()].strip()
            if len(above) // 2 <= len(mark[3]) <= len(above) * 3 // 2 + 2 and above.strip("=-"):
                return True
        else:
            indented += 1
    if indented < INDENTED_PARAGRAPHS_MIN:
        return False
    return 3 * indented >= len(PARAGRAPH_START_RE.findall(head))


def in_document(matches: dict[int, Rule]) -> dict[int, Rule]:
    """``matches`` as a document's lines are judged: the rules of the families a document's
    own lines look like (:data:`DOCUMENT_CONTENT_FAMILIES`, menus) as labels.

    >>> year = Rule("copyright", "copyright-year", "strong", "")
    >>> share = Rule("share", "share-this", "edge", "")
    >>> [rule.kind for rule in in_document({0: year, 3: share}).values()]
    ['label', 'edge']
    """
    return {i: _as_label(rule) if _document_content(rule) else rule for i, rule in matches.items()}


def _document_content(rule: Rule) -> bool:
    return rule.kind != LABEL and (
        rule.family in DOCUMENT_CONTENT_FAMILIES or rule.name in DOCUMENT_CONTENT_RULES
    )


def _as_label(rule: Rule) -> Rule:
    return Rule(rule.family, rule.id, LABEL, rule.source, rule.needles, rule.width, rule.language)
