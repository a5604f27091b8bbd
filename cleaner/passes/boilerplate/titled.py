"""A page's headline: a line that repeats the words of its title (the text's first line,
where a page's full text has its ``<title>``), kept from the rules that judge a line by
its form alone (menus, teaser lists).

``Fergie Cautious When Traveling`` under a site's menu and over the article's date reads
as one more menu item or teaser; the title above (``Fergie Cautious When Traveling - The
Elements``) shows it is the article's headline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.ended import FORM_RULES
from cleaner.passes.boilerplate.listed import is_paragraph
from cleaner.passes.boilerplate.teasers import TEASER_RULE

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from cleaner.passes.boilerplate.rules import Rule

# A headline has at least this many words, all of them words of the title; a title, at
# most this many (a longer first line is a menu's or an article's).
HEADLINE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
WORD_RE = lazy_compile(r"\w+")
# What parts a title's headline from the site's name (``Headline - Site``, ``Site: Headline``,
# ``Site | Headline``, ``Headline- site.com``).
TITLE_PART_RE = lazy_compile(r"\s+[-–—:|»]\s+|\s*[|»]\s*|[-:]\s+")


def words(line: str) -> list[str]:
    """The words of ``line``, lower-cased.

    >>> words("OP-ED: John Esposito")
    ['op', 'ed', 'john', 'esposito']
    """
    return WORD_RE.findall(line.lower())


def is_headline(line: str, title: set[str]) -> bool:
    """A line of at least ``HEADLINE_MIN_WORDS`` words, all of them in the page's ``title``
    (the words of its first line): the article's headline.

    >>> title = {"we", "got", "her", "video", "shows", "rescue", "nbc"}
    >>> is_headline("'We Got Her!' Video Shows Rescue", title), is_headline("NBC", title)
    (True, False)
    """
    found = words(line)
    return len(found) >= HEADLINE_MIN_WORDS and title.issuperset(found)


def without_title_repeats(lines: Sequence[str], matches: Mapping[int, Rule]) -> dict[int, Rule]:
    """``matches`` but the lines that a rule of form alone matched (a menu's, a teaser
    list's) and that repeat the title as the article's headline, not its site's name
    (:func:`names_story`), while the title line itself stays (no rule matched it).

    >>> from cleaner.passes.boilerplate.menus import MENU_RULE
    >>> lines = ["Fergie Cautious When Traveling - The Elements", "", "Home", "Music",
    ...          "Fergie Cautious When Traveling", "Posted on: December 28, 2007"]
    >>> sorted(without_title_repeats(lines, dict.fromkeys([2, 3, 4], MENU_RULE)))
    [2, 3]
    >>> sorted(without_title_repeats(lines, dict.fromkeys([0, 2, 3, 4], MENU_RULE)))
    [0, 2, 3, 4]
    """
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or first in matches:
        return dict(matches)
    title = words(lines[first])
    if len(title) > TITLE_MAX_WORDS:
        return dict(matches)
    held = {
        i
        for i, rule in matches.items()
        if rule in FORM_RULES and names_story(lines[i], lines[first], set(title))
    }
    held |= {j for i in held for j in _teasers_below(lines, matches, i)}
    return {i: rule for i, rule in matches.items() if i not in held} if held else dict(matches)


def _teasers_below(lines: Sequence[str], matches: Mapping[int, Rule], i: int) -> list[int]:
    """The lines under the headline ``i`` that the teaser rule matched with it, up to the
    first line no rule matched (blank lines between allowed), when that one is a paragraph's
    (see :func:`.listed.is_paragraph`): the article's dek, byline and date over its text, read
    as more teasers under a heading over the headline (``More News Stories``). (Over
    anything else, they are other stories' headlines in a list that repeats this one's.)

    >>> body = "Stephen Ames and Mike Weir got a jump on the money list by finishing third "
    >>> body += "and fourth in the season opener."
    >>> lines = ["More News Stories", "", "Canadians Satisfied", "", "Ames third in opener", body]
    >>> _teasers_below(lines, dict.fromkeys([2, 4], TEASER_RULE), 2)
    [4]
    >>> _teasers_below(lines[:-1] + ["Recent Posts"], dict.fromkeys([2, 4], TEASER_RULE), 2)
    []
    """
    if matches.get(i) != TEASER_RULE:
        return []
    below: list[int] = []
    for j in range(i + 1, len(lines)):
        if not lines[j].strip():
            continue
        if matches.get(j) == TEASER_RULE:
            below.append(j)
        elif j not in matches:  # (A date's or a byline's rule decides its own line.)
            return below if is_paragraph(lines[j]) else []
    return []


def names_story(line: str, title: str, title_words: set[str]) -> bool:
    """Whether ``line`` repeats the page's ``title`` (its words, ``title_words``) as the
    article's headline (:func:`is_headline`), not as its site's name (:func:`_names_site`).

    >>> title = "Rudd tours flood zone - The Daily Telegraph"
    >>> names_story("Rudd Tours Flood Zone", title, set(words(title)))
    True
    >>> names_story("The Daily Telegraph", title, set(words(title)))
    False
    """
    return is_headline(line, title_words) and not _names_site(line, title)


def _names_site(line: str, title: str) -> bool:
    """Whether ``line``'s words all lie in a part of the ``title`` other than its longest
    (the headline's; of two as long, the first): the site's name (``The Daily
    Telegraph``), not the headline.

    >>> title = "Rudd tours flood zone - The Daily Telegraph"
    >>> _names_site("The Daily Telegraph", title), _names_site("Rudd Tours Flood Zone", title)
    (True, False)
    >>> _names_site("OP-ED: John Esposito", "OP-ED: John Esposito - METimes.com")
    False
    >>> tied = "Local baker retires early - Harbour Times Daily News:"  # (25 and 25 letters.)
    >>> _names_site("Local baker retires early", tied), _names_site("Times Daily News", tied)
    (False, True)
    """
    split = TITLE_PART_RE.split(title)  # (Of two parts as long, the first is the headline's.)
    parts = sorted(split, key=lambda part: (len(part), -split.index(part)))[:-1]
    found = set(words(line))
    return any(found <= set(words(part)) for part in parts)
