"""Lists inside an article, kept from the menu rule: a run of short title-case lines (a menu's
shape, see :mod:`.menus`) that the article's prose holds on both sides.

``Copying``, ``Comparing``, ``Compiling`` ... under ``Here it is:`` and over the paragraph
that discusses them are the article's list, not a site's menu: a menu stands among the
page's other furniture, not between two paragraphs of one article.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.menus import POST_COUNT_RE

# A paragraph's line at most this many non-blank lines above the run and below it, none of
# those between a line a rule matched: the run is in the article.
PROSE_REACH = 12
# A paragraph's line: at least this many characters, half of its words or more in lower
# case, and an end mark (a colon too: ``... here is the list:``), not an ellipsis. A page's
# menu written on one line (``Home News Video Weather ...``), a headline, a teaser cut short
# (``'It is misery': A video of Haiti's...``) or a site's slogan or call (``Top flights from
# multiple travel sites.``, ``Help support GayGamer by purchasing your items through our
# store!``) is none.
PARAGRAPH_MIN_CHARS = 100
SENTENCE_END_RE = lazy_compile(r"(?<![.…])[.!?:][\"'”’)\]]*$")


def lists_in_prose(lines: Sequence[str], menu: Sequence[int], matched: Container[int]) -> set[int]:
    """The lines of ``menu`` (menu items' indexes, in order) in runs that no rule matched a
    line of, with no count of posts, and that prose holds above and below
    (:func:`_prose_reached`): an article's list, which the menu rule leaves.

    >>> prose = "I described a similar progression in the book (chapter 5) in terms of the "
    >>> prose += "ability to both think and act, and to do both well."
    >>> items = ["Copying", "Comparing", "Compiling", "Computing", "Creating"]
    >>> lines = [prose, "", "Here it is:", "", *items, "", prose]
    >>> menu = [4, 5, 6, 7, 8]
    >>> sorted(lists_in_prose(lines, menu, set()))
    [4, 5, 6, 7, 8]

    Not when a rule matched a line between (a label over a menu), nor without a paragraph
    below, nor when a line counts posts (a blog's widget of categories: ``Ferries (9)``):

    >>> lists_in_prose(lines, menu, {2}), lists_in_prose(lines[:-1], menu, set())
    (set(), set())
    >>> lists_in_prose([*lines[:5], "Compiling (9)", *lines[6:]], menu, set())
    set()
    """
    kept: set[int] = set()
    for run in _runs(lines, menu):
        if any(i in matched or POST_COUNT_RE.search(lines[i]) for i in run):
            continue
        above = _prose_reached(lines, run[0], -1, matched)
        if above and _prose_reached(lines, run[-1], 1, matched):
            kept.update(run)
    return kept


def _runs(lines: Sequence[str], menu: Sequence[int]) -> Iterator[list[int]]:
    """The runs of ``menu``'s lines: lines with only blank lines between them.

    >>> list(_runs(["Home", "", "News", "Text.", "Jobs"], [0, 2, 4]))
    [[0, 2], [4]]
    """
    run: list[int] = []
    for i in menu:
        if run and any(lines[j].strip() for j in range(run[-1] + 1, i)):
            yield run
            run = []
        run.append(i)
    if run:
        yield run


def _prose_reached(lines: Sequence[str], i: int, step: int, matched: Container[int]) -> bool:
    """Whether, going from line ``i`` by ``step`` (-1: up, 1: down), a paragraph's line
    (:func:`is_paragraph`) comes within :data:`PROSE_REACH` non-blank lines, before any line a
    rule matched.

    >>> lines = ["If you find a school we have not heard about yet, or one that is open after "
    ...          "all, tell us in the comments below.", "Roxbury"]
    >>> _prose_reached(lines, 1, -1, set()), _prose_reached(lines, 1, -1, {0})
    (True, False)
    """
    seen = 0
    j = i + step
    while 0 <= j < len(lines) and seen <= PROSE_REACH:
        if lines[j].strip():
            if j in matched:
                return False
            if is_paragraph(lines[j]):
                return True
            seen += 1
        j += step
    return False


def is_paragraph(line: str) -> bool:
    """A line of an article's paragraph: long, mostly lower-case words, ending a sentence.

    >>> is_paragraph("I described a similar progression in the book in terms of the ability "
    ...              "to both think and act, which is:")
    True
    >>> is_paragraph("Home News Video Weather Akron-Canton Investigative Health Health Experts "
    ...              "Consumer Sports Traffic Jobs Cars.")
    False
    >>> is_paragraph("Help support GayGamer by purchasing your items through our store!")
    False
    >>> is_paragraph("'It is misery': a video of the floods that hit the south of Haiti, and "
    ...              "what the people of the towns say...")
    False
    """
    words = line.split()
    if len(line.strip()) < PARAGRAPH_MIN_CHARS or SENTENCE_END_RE.search(line.rstrip()) is None:
        return False
    return 2 * sum(word[0].islower() for word in words) >= len(words)
