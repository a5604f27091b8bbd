"""The safety bound: how much of a text's letters and digits the lines to go hold, and when
a page's menus stay out of that count or stay while the rest goes.
"""

from __future__ import annotations

from collections.abc import Iterable

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.menus import MENU_RULE
from cleaner.passes.boilerplate.rules import Rule
from cleaner.passes.boilerplate.zones import SENTENCE_MIN_WORDS, is_prose

# Defaults of the safety bound, shared by the pass and its explain hook. At 0.5 (the full
# text of a news page is often more than a third furniture) bench_furniture_real removed
# 1.2 points more furniture on held-out pages but lost 0.54% of their content lines, against
# 0.15% at 0.3: the bound stays where held-out content is safe.
MAX_REMOVED_SHARE = 0.3
# With ``page_text``, runs of menu items (a page's menus) are not counted by the bound
# when at least this many prose lines stay (the article the bound protects): the rest of
# the lines to go must then hold at most ``max_removed_share`` of the text the menus leave.
# Without prose, the menus count as any line (a table of contents, a list of titles). Not
# by default: on bench_furniture_real's held-out pages it lost 0.54% of their content lines
# (0.15% with the menus counted), title-case lines of the article taken for a menu.
MENU_PROSE_MIN_LINES = 3
# On a web page's full text (:func:`.page.page_text_seen`) the bound is this many times
# ``max_removed_share`` (0.45 by default): a page's menus, teasers and footer often hold
# more than a third of its letters. On bench_furniture_real's tuning pages (session 34)
# it removed 2,463 more furniture lines (9 of the 18 pages kept whole, and the menus of
# pages where they stayed) for 8 content lines (Dragnet's: credits, a channel's name in a
# menu, a headline repeated in a list of posts, one headline tagged ``[Video]``).
PAGE_BOUND_FACTOR = 1.5


def menus_over_bound(
    lines: list[str], removed: dict[int, tuple[Rule, str]], counted: list[int], bound: float
) -> set[int]:
    """The menus (runs of menu items) of ``counted`` that stay when, with them, too much
    would go: if the other lines alone hold at most ``bound`` of the letters and digits,
    and the menus more than ``bound`` of what those lines leave. (A second run, without
    those lines, keeps the menus again: they still hold too much; whereas menus that fit
    in what the rules leave would go then, so with them nothing goes.)

    >>> menu = {i: (MENU_RULE, "anywhere") for i in range(4)}
    >>> from cleaner.passes.boilerplate.rules import STRONG, Rule
    >>> ad = Rule("ads", "advertisement", STRONG, "")
    >>> lines = ["Home", "News", "Sport", "Jobs", "Advertisement", "The council met today."]
    >>> sorted(menus_over_bound(lines, {**menu, 4: (ad, "anywhere")}, [0, 1, 2, 3, 4], 0.3))
    [0, 1, 2, 3]
    """
    menus = {i for i in counted if removed[i][0] is MENU_RULE}
    others = [i for i in counted if i not in menus]
    if not menus or not others or removed_share(lines, others) > bound:
        return set()
    left = [("" if i in others else line) for i, line in enumerate(lines)]
    return menus if removed_share(left, menus) > bound else set()


def page_bound(lines: list[str], text: str, bound: float) -> float:
    """The bound on ``text`` (its ``lines``): ``bound``, or :data:`PAGE_BOUND_FACTOR` times
    it on a web page's full text. Asked only once the lines to go hold more than ``bound``.

    >>> page_bound(["A tale of two cities.", "It was the best of times."], "", 0.3)
    0.3
    """
    from cleaner.passes.boilerplate.page import page_text_seen  # Deferred: pages only.

    return bound * PAGE_BOUND_FACTOR if page_text_seen(lines, text) else bound


def menus_around_prose(
    lines: list[str], removed: dict[int, tuple[Rule, str]], counted: list[int]
) -> set[int]:
    """The lines of ``counted`` removed as runs of menu items (see :mod:`.menus`), if at
    least ``MENU_PROSE_MIN_LINES`` prose lines stay: menus around an article.

    >>> menu = {i: (MENU_RULE, "anywhere") for i in range(5)}
    >>> prose = ["The council met on Monday and voted to keep the library open."] * 3
    >>> sorted(menus_around_prose(["Home"] * 5 + prose, menu, list(menu)))
    [0, 1, 2, 3, 4]
    >>> menus_around_prose(["Home"] * 5 + prose[:2], menu, list(menu))
    set()
    """
    menus = {i for i in counted if removed[i][0] is MENU_RULE}
    if not menus:
        return set()
    prose = 0
    for i, line in enumerate(lines):
        if i not in removed and len(line) > SENTENCE_MIN_WORDS * 2 and is_prose(line):
            prose += 1
            if prose >= MENU_PROSE_MIN_LINES:
                return menus
    return set()


# Anything but a letter or digit (``\\w`` without the underscore).
NOT_ALNUM_RE = lazy_compile(r"[\W_]+")


def removed_share(lines: list[str], removed: Iterable[int]) -> float:
    """The share of the letters and digits that the removed lines hold.

    Letters and digits, not characters: later passes (unwrap joining lines, removing soft
    and line-end hyphens; split adding spaces) change the rest, and the bound must judge a
    text the same on a second run.
    """
    total = _weight("".join(lines))  # (a line's weight is its letters and digits: they add up)
    return sum(_weight(lines[i]) for i in removed) / total if total else 0.0


# Lines weighed at a time until the removed lines surely hold little enough of the text.
CHUNK_LINES = 2000


def share_over_bound(lines: list[str], removed: Iterable[int], bound: float) -> float | None:
    """:func:`removed_share` if it is over ``bound``, else None, the lines weighed only as
    far as it takes to tell: a line or two to go from a book need not weigh the book.

    The removed lines' weight over that of some lines is at least their share of all;
    once it is within ``bound``, so is the share. Weighed to the end, it is the share.

    >>> lines = ["Subscribe now", "The council met on Tuesday.", "It agreed."]
    >>> share_over_bound(lines, [0], 0.25), share_over_bound(lines, [0], 0.3)
    (0.2857142857142857, None)
    """
    weight = sum(_weight(lines[i]) for i in removed)
    seen = 0
    for start in range(0, len(lines), CHUNK_LINES):
        seen += _weight("".join(lines[start : start + CHUNK_LINES]))
        if seen and weight / seen <= bound:
            return None
    share = weight / seen if seen else 0.0
    return share if share > bound else None


def _weight(line: str) -> int:
    """The letters and digits of ``line`` (ASCII text counted at memory speed; ``isalnum``
    is what ``[^\\W_]`` matches)."""
    if line.isascii():
        return len(line.encode("ascii").translate(None, _ASCII_NOT_ALNUM))
    # In UTF-8, the bytes of the characters beyond ASCII are all beyond it too: deleting
    # ASCII bytes leaves exactly those characters (4x faster than finding them by regex).
    data = line.encode("utf-8", "surrogatepass")
    beyond = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    return len(data.translate(None, _NOT_ASCII_ALNUM)) + sum(map(str.isalnum, beyond))


# The ASCII bytes that are neither letters nor digits (what NOT_ALNUM_RE matches there).
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())
# Every ASCII byte; every byte but ASCII letters and digits.
_ASCII = bytes(range(128))
_NOT_ASCII_ALNUM = _ASCII_NOT_ALNUM + bytes(range(128, 256))
