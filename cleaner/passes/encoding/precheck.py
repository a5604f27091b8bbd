"""Which lines can ftfy change beyond uncurling quotes? A cheap, exact pre-check.

``ftfy.fix_text`` runs a dozen fixers on every line until nothing changes: about 1.5 MB/s,
even on clean prose. Yet each fixer acts only on certain characters, so a scan of a line
tells whether any fixer could change it:

- HARD characters: some fixer other than ``fix_encoding`` acts on them (``&`` for HTML
  entities, control characters, C1 controls, ligatures, full-width forms, odd line breaks,
  surrogates). A line holding one goes to ftfy, unless it holds a CJK letter and its only
  HARD characters are full-width forms the pass keeps there (see cjk.py).
- QUOTE characters: only ``uncurl_quotes`` acts on them, one character at a time, so a line
  whose only special characters are quotes is fixed here with ``str.replace``.
- SOFT characters: the non-ASCII characters of ftfy's badness regex (minus the quotes).
  ``fix_encoding`` leaves a line alone unless ``ftfy.badness.is_bad`` finds mojibake in it,
  and every branch of that regex needs two special characters side by side, or one of
  ``Œ œ Ã Â``; only for a line with such a spot is ``is_bad`` asked.
- Normalization: a line that is not already in the configured form goes to ftfy.

The tables below are derived from ftfy's own tables and regexes;
tests/passes/test_encoding_precheck.py derives them again from the installed ftfy, fails
(printing the new values) when they differ, and checks ``ftfy.fix_text`` against
:func:`uncurl` on every line this module lets through, over a large corpus.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import SOFT_HYPHEN
from cleaner.scripts import has_cjk

# ftfy.TextFixerConfig.max_decode_length: longer lines are cut into segments of this size.
MAX_SEGMENT = 1_000_000

# Characters a fixer other than fix_encoding and uncurl_quotes can change (see the docstring).
HARD_CHARS = (
    "\x00-\x08\x0b\x0d-\x1f&\x7f-\x9f\u0132-\u0133\u0149\u01c4-\u01cc\u01f1-\u01f3"
    "\u2028-\u2029\u206a-\u206f\u3000\ud800-\udfff\ufb00-\ufb06\ufeff\uff01-\uffbe"
    "\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc\uffe0-\uffe6\uffe8-\uffee\ufff9-\ufffc"
)
# Characters ftfy.fixes.uncurl_quotes replaces (SINGLE_QUOTE_RE and DOUBLE_QUOTE_RE).
QUOTE_CHARS = "\u02bc\u2018-\u201f"
# Non-ASCII characters of ftfy.badness.BADNESS_RE that are neither HARD nor QUOTE.
SOFT_CHARS = (
    "\xa0-\xfc\u0100-\u0107\u010c-\u0113\u0116-\u011b\u011e-\u011f\u0122-\u0123\u012a-\u012b"
    "\u012f-\u0130\u0136-\u0137\u0139-\u013e\u0141-\u0143\u0145\u0147\u014c\u0150\u0152-\u0153"
    "\u0155\u0158\u015a-\u015b\u015e-\u0162\u0164-\u0165\u016a\u016e\u0170\u0172\u0178-\u017e"
    "\u0192\u02c6-\u02c7\u02d8\u02db-\u02dd\u0384-\u0386\u0388-\u038a\u038c\u038e-\u038f"
    "\u0391-\u03c9\u0401-\u045f\u0490-\u0491\u2013-\u2015\u2020-\u2022\u2026\u2030\u2039-\u203a"
    "\u2044\u20a7\u20ac\u2116\u2122\u2202\u2206\u220f\u2211\u221a\u221e\u2229\u222b\u2248"
    "\u2260-\u2261\u2264-\u2265\u2310\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c"
    "\u2550-\u256c\u2580\u2584\u2588\u258c\u2590-\u2593\u25ca\uf8ff\ufffd"
)

# Badness branches with no two special characters side by side need one of these.
LONE_BAD_CHARS = "\u0152\u0153\xc3\xc2"  # Œ œ Ã Â

# A character that sends its line to ftfy.
HARD_RE = lazy_compile(f"[{HARD_CHARS}]")
# The Latin ligatures PDF text is full of (``ﬁ``, ``ﬂ``, ``ﬃ``), HARD characters that only
# ftfy's fix_latin_ligatures acts on, and what it makes of each (ftfy.chardata.LIGATURES;
# a test checks).
LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "\u017ft",
    "\ufb06": "st",
}
# A HARD character other than those ligatures and the ampersand (which, where it starts no
# entity, no fixer acts on).
HARD_BUT_LIGATURE_RE = lazy_compile(f"(?![&{''.join(LIGATURES)}])[{HARD_CHARS}]")
HARD_BUT_AMPERSAND_RE = lazy_compile(f"(?!&)[{HARD_CHARS}]")
# Characters the pass keeps in a line that holds a CJK letter (cjk.KEPT_IN_CJK_RE:
# the ideographic space, full-width ASCII, brackets and signs), where only ftfy's width fix,
# which that module keeps out of CJK text, would change them.
KEPT_IN_CJK = "\u3000\uff01-\uff60\uffe0-\uffe6"
# What keeps an unescaped line from :func:`spelled_out_if_simple`: a HARD character but the
# ampersand and the ligatures ftfy spells out in ASCII, a soft hyphen (the views drop it,
# which may bring a letter and a combining mark together), a line break an entity made.
NOT_SIMPLE_CHARS = HARD_CHARS.replace("&", "").replace("\ufb00-\ufb06", "\ufb05") + "\xad\x0c"
NOT_SIMPLE_RE = lazy_compile(f"[{NOT_SIMPLE_CHARS}\n]")
# A HARD character that sends even a CJK line to ftfy.
HARD_IN_CJK_RE = lazy_compile(f"(?![{KEPT_IN_CJK}])[{HARD_CHARS}]")
# The longest match of ftfy's badness regex (``sre`` parses it: 7 in ftfy 6.3); a test
# checks it against the installed ftfy.
BADNESS_WIDTH = 7
# Lines up to this long are searched whole for badness; longer ones around their spots, if
# they have fewer than MAX_SPOTS.
SPOT_READ_CHARS = 48
MAX_SPOTS = 6
# A character uncurl_quotes replaces.
QUOTE_RE = lazy_compile(f"[{QUOTE_CHARS}]")
# A spot where ftfy's badness regex may match: any match of it contains one of these.
# Two special characters side by side, or one of LONE_BAD_CHARS (special too): the same
# matches as ``MAYBE_BAD_ALTERNATION``, found three times as fast (a pattern led by a class
# is scanned for in C; one led by an alternation is tried at every position).
SPECIAL_CHARS = f"{SOFT_CHARS}{QUOTE_CHARS}{HARD_CHARS}"
MAYBE_BAD_ALTERNATION = f"[{SPECIAL_CHARS}][{SPECIAL_CHARS}]|[{LONE_BAD_CHARS}]"
MAYBE_BAD_RE = lazy_compile(f"[{SPECIAL_CHARS}](?:[{SPECIAL_CHARS}]|(?<=[{LONE_BAD_CHARS}]))")
# What makes a line fail only_quotes_to_fix, but its normalization form...
SPOT_ALTERNATION = f"{HARD_RE.pattern}|{SOFT_HYPHEN}|{MAYBE_BAD_ALTERNATION}"
# ...searched as one character class first, with the rest checked where it occurs: the
# same starts, found three times as fast (a pattern that starts with an alternation is tried
# at every position; one that starts with a class is scanned for in C).
_ALONE = f"{HARD_CHARS}{SOFT_HYPHEN}{LONE_BAD_CHARS}"  # a spot by itself
_PAIRED = f"{SOFT_CHARS}{QUOTE_CHARS}{HARD_CHARS}"  # a spot when two are side by side
SPOT_RE = lazy_compile(f"[{_ALONE}{_PAIRED}](?:(?<=[{_ALONE}])|(?<=[{_PAIRED}])[{_PAIRED}])")
# What makes a text fail has_no_spot, but its normalization form: a quote, or a spot
# (``QUOTE_RE`` or ``SPOT_RE``, in one search).
QUOTE_OR_SPOT_RE = lazy_compile(
    f"[{_ALONE}{_PAIRED}](?:(?<=[{_ALONE}{QUOTE_CHARS}])|(?<=[{_PAIRED}])[{_PAIRED}])"
)
# uncurl_quotes, as (curly, straight) pairs for str.replace (much faster than str.translate).
UNCURL = [(curly, "'") for curly in "\u02bc\u2018\u2019\u201a\u201b"] + [
    (curly, '"') for curly in "\u201c\u201d\u201e\u201f"
]


def ftfy_only_uncurls(
    line: str,
    normalization: str | None = "NFC",
    is_bad: Callable[[str], bool] | None = None,
    *,
    unescape: bool = True,
) -> bool:
    """True when ftfy, on this line, can do nothing but uncurl quotes.

    Then ``ftfy.fix_text(line) == uncurl(line)`` (or ``line`` with ``uncurl_quotes`` off),
    whatever the other settings; in a line holding a CJK letter, the pass's ftfy
    (:func:`cleaner.passes.encoding.cjk.fix_text`, whose width fix spares full-width
    forms there) is meant: ``“我们，你呢？”`` only uncurls. ``is_bad`` is ftfy's
    (:func:`ftfy.badness.is_bad`), or the same test narrowed to a document
    (:class:`cleaner.passes.encoding.badness.DocumentBadness`). An ``&`` that starts no
    entity, or any ``&`` where ftfy does not ``unescape`` this text, is left alone.

    >>> ftfy_only_uncurls("“Plain” café — fine…"), ftfy_only_uncurls("Caf\u00c3\u00a9")
    (True, False)
    >>> ftfy_only_uncurls("R&amp;D"), ftfy_only_uncurls("R&D"), ftfy_only_uncurls("e\u0301")
    (False, True, False)
    >>> [ftfy_only_uncurls(line) for line in ("天气很好！", "ＬＯＵＤ！", "ｶﾞｯｺｳ！")]
    [True, False, False]
    """
    if len(line) >= MAX_SEGMENT:
        return False
    if "\n" in line[:-1]:  # (an entity for a line break made it two)
        return all(ftfy_only_uncurls(part, normalization, is_bad, unescape=unescape)
                   for part in _segments(line))  # fmt: skip
    if (
        HARD_RE.search(line)
        and (HARD_IN_CJK_RE.search(line) or not has_cjk(line))
        and not _only_inert_ampersands(line, unescape)
    ):
        return False
    if line.isascii():
        return True
    if normalization and not unicodedata.is_normalized(normalization, line):
        return False
    spot = MAYBE_BAD_RE.search(line)
    if spot is None:
        return True
    # A spot, such as "é’" in "José’s": ask ftfy's own heuristic. Straight quotes match no
    # branch that curly ones do not, so the uncurled line is not bad either.
    if is_bad is None:
        from ftfy.badness import is_bad  # Deferred: only lines with a spot need ftfy.
    return not is_bad_around_spots(line, spot, is_bad)


def is_bad_around_spots(line: str, spot: re.Match[str], is_bad: Callable[[str], bool]) -> bool:
    """``is_bad(line)`` for a line whose first spot is ``spot``, asked of the stretches
    around its spots when they are few: every match of the badness regex holds a spot
    and is at most ``BADNESS_WIDTH`` characters long (the regex searched over a 400-character
    line costs ten times as much as over a few stretches around one spot, ``é’``). A stretch
    that does not start the line may pass for one (``^``): that only says "ask ftfy".

    >>> from ftfy.badness import is_bad
    >>> line = "Mr Jos\u00e9\u2019s reply, " * 4
    >>> is_bad_around_spots(line, MAYBE_BAD_RE.search(line), is_bad), is_bad(line)
    (False, False)
    >>> line = "a " * 30 + "caf\u00c3\u00a9"
    >>> is_bad_around_spots(line, MAYBE_BAD_RE.search(line), is_bad), is_bad(line)
    (True, True)
    """
    if len(line) <= SPOT_READ_CHARS or any("\u0370" <= c <= "\u04ff" for c in spot.group()):
        return is_bad(line)  # (Greek and Cyrillic letters are spots side by side: read it whole)
    stretches: list[list[int]] = []
    for count, found in enumerate(MAYBE_BAD_RE.finditer(line, spot.start())):
        if count == MAX_SPOTS:
            return is_bad(line)  # (many spots, as in Cyrillic or Greek text: read it whole)
        start, end = max(0, found.start() - BADNESS_WIDTH), found.end() + BADNESS_WIDTH
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    return any(is_bad(line[start:end]) for start, end in stretches)


def _only_inert_ampersands(line: str, unescape: bool) -> bool:
    """Whether the line's only HARD characters are ampersands that no fixer acts on: where
    ftfy would ``unescape`` it, no ``&`` starts an entity (``R&D``, not ``R&amp;D``). Only
    ``unescape_html`` acts on an ``&``; elsewhere it is an ASCII character like any other.
    (A line with a CJK letter is not looked into.)"""
    if HARD_BUT_AMPERSAND_RE.search(line) or has_cjk(line):
        return False
    if not unescape:
        return True
    from ftfy.fixes import unescape_html  # Deferred: only lines with an ``&`` need it.

    return unescape_html(line) == line


def _segments(text: str) -> list[str]:
    """``text`` as ``ftfy.fix_text`` fixes it, a line at a time (each with its line feed):
    its badness test reads ``Ã `` as a lost ``à`` at a line's start, not after a line feed.

    >>> _segments("a\\nb\\n"), _segments("a\\n\\nb")
    (['a\\n', 'b\\n'], ['a\\n', '\\n', 'b'])
    """
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def entities_and_ligatures_fixed(
    line: str, *, unescape: bool, ligatures: bool, is_bad: Callable[[str], bool] | None = None
) -> str | None:
    """``line`` with its HTML entities unescaped (where ftfy ``unescape``\\ s this line) and
    then its Latin ligatures replaced (where it fixes ``ligatures``), as ftfy's fixers for
    them do, when those (and ampersands) are its only HARD characters and ``fix_encoding``
    leaves the unescaped line alone (no spot, or ``is_bad`` says no); else None.

    Then the fixers ftfy runs before those two leave the line as it is, and from there on
    ftfy works on the result as on a text of its own: if :func:`ftfy_only_uncurls` holds for
    the result (with the same ``unescape``: no ``&`` left that a next round would unescape),
    ``ftfy.fix_text(line) == uncurl(result)``. A line of PDF text needs no call
    to ftfy for its ligatures, nor a line of web text for its ``&amp;``.

    >>> from functools import partial
    >>> fixed = partial(entities_and_ligatures_fixed, unescape=True, ligatures=True)
    >>> fixed("the \ufb01rst o\ufb03ce"), fixed("caf&eacute; &lt;b&gt;"), fixed("a\x1b\ufb01")
    ('the first office', 'café <b>', None)
    >>> fixed("R&amp;D"), fixed("&amp;amp;")  # (ftfy_only_uncurls tells if it unescapes again)
    ('R&D', '&amp;')
    >>> entities_and_ligatures_fixed("\ufb01rst", unescape=True, ligatures=False) is None
    True
    """
    if len(line) >= MAX_SEGMENT or has_cjk(line):
        return None
    if unescape and "&" in line:
        from ftfy.fixes import unescape_html  # Deferred: only lines with entities need it.

        line, is_bad = unescape_html(line), None  # (what it made may be no letter of the text)
    if HARD_BUT_LIGATURE_RE.search(line):
        return None
    if not has_ligature(line):
        return line
    if not ligatures:
        return None
    if MAYBE_BAD_RE.search(line):
        if is_bad is None:
            from ftfy.badness import is_bad  # Deferred: only lines with a spot need ftfy.
        if is_bad(line):
            return None
    return spell_out_ligatures(line)


def has_ligature(text: str) -> bool:
    """Whether ``text`` holds one of :data:`LIGATURES`."""
    return any(ligature in text for ligature in LIGATURES)


def spell_out_ligatures(text: str) -> str:
    """``text`` with :data:`LIGATURES` spelt out as ftfy's ``fix_latin_ligatures`` does.

    >>> spell_out_ligatures("o\ufb03ce")
    'office'
    """
    for ligature, letters in LIGATURES.items():
        if ligature in text:  # (A one-character search, at memory speed: most are absent.)
            text = text.replace(ligature, letters)
    return text


def spelled_out_if_simple(
    line: str, normalization: str | None = "NFC", *, unescape: bool, ligatures: bool
) -> str | None:
    """What ftfy makes of ``line`` before it uncurls quotes, when that is only its entities
    unescaped (where ftfy ``unescape``\\ s it) and its Latin ligatures spelt out in ASCII
    (where it fixes ``ligatures``), and what they leave is simple: no HARD character but an
    ``&`` that starts no entity, no soft hyphen or line break, no spot, in the
    ``normalization`` form; else None.

    The shortcut of ``_fixed_without_ftfy`` for a line of PDF or web text: that walk gives
    ``uncurl`` of this (its views, respaced, hold no spot either, as a run of spaces
    collapses to a space and no character is dropped from between two others), asking
    a dozen questions of the line and of each view to find it.

    >>> from functools import partial
    >>> simple = partial(spelled_out_if_simple, unescape=True, ligatures=True)
    >>> simple("the \ufb01rst o\ufb03ce"), simple("caf&eacute; &lt;b&gt;.&nbsp; ")
    ('the first office', 'café <b>.\xa0 ')
    >>> simple("R&amp;D"), simple("\ufb01\u2019"), simple("\u5929 \ufb01"), simple("&amp;amp;")
    ('R&D', None, None, None)
    """
    if len(line) >= MAX_SEGMENT or has_cjk(line):
        return None
    if "&" in line and unescape:
        from ftfy.chardata import HTML_ENTITY_RE  # Deferred: only lines with an ``&``.
        from ftfy.fixes import unescape_html

        line = unescape_html(line)
        if HTML_ENTITY_RE.search(line):
            return None  # (an ``&`` a next round may unescape)
    if NOT_SIMPLE_RE.search(line) or MAYBE_BAD_RE.search(line):
        return None
    if "&" in line and has_cjk(line):
        return None  # (an ``&`` is HARD there: see _only_inert_ampersands)
    if has_ligature(line):
        if not ligatures:
            return None
        line = spell_out_ligatures(line)
    if line.isascii() or not normalization or unicodedata.is_normalized(normalization, line):
        return line
    return None


def space_after_keeps_it(line: str) -> bool:
    """Given that :func:`ftfy_only_uncurls` holds for ``line``: whether it holds for
    ``line + " "`` too (the view of a line joined to the next, which later passes may
    make), checked on the line's last characters alone.

    A space is no HARD, quote or special character and changes no normalization, so only
    a badness match that ends with the added space can differ (``…Ã`` + space is one), and
    such a match, of at most ``BADNESS_WIDTH`` characters, lies in the line's last ones.

    >>> space_after_keeps_it("Привет, мир"), space_after_keeps_it("voilÃ")
    (True, False)
    >>> space_after_keeps_it("Ã\\nÃ")
    False
    """
    if len(line) + 1 >= MAX_SEGMENT:
        return False
    from ftfy.badness import BADNESS_RE  # Deferred: only lines with a spot come here.

    # ftfy reads a text a line at a time: the space goes after its last line, whose start
    # is a line's start, ``^``. (A window's start may pass for one: that only says "ask
    # ftfy".)
    last = line[line.rfind("\n") + 1 :]
    return BADNESS_RE.search(last[-BADNESS_WIDTH:] + " ") is None


def only_quotes_to_fix(text: str, normalization: str | None = "NFC") -> bool:
    """True when ftfy can do nothing to ``text`` but uncurl its quotes, nor to it respaced
    or joined to the next line: no HARD character, no soft hyphen, no spot (a quote beside
    another special character is one), the normalization form already. A cheaper, stricter
    :func:`ftfy_only_uncurls` for a line and the views of it later passes make.

    >>> only_quotes_to_fix("“Plain” café"), only_quotes_to_fix("café’s"), only_quotes_to_fix("R&D")
    (True, False, False)
    """
    if SPOT_RE.search(text):  # (a HARD character, a soft hyphen or a spot)
        return False
    return text.isascii() or not normalization or unicodedata.is_normalized(normalization, text)


def has_no_spot(text: str, normalization: str | None = "NFC") -> bool:
    """True when no fixer can change ``text``, nor the same lines joined by spaces: no HARD
    character, no quote, no soft hyphen, no spot the badness regex could match, and the
    normalization form already. A line break or a space is no special character, so lines
    that pass together pass joined either way.

    >>> has_no_spot("plain\\ncafé — fine"), has_no_spot("Caf\u00c3\u00a9"), has_no_spot("“Hi”")
    (True, False, False)
    """
    if QUOTE_OR_SPOT_RE.search(text):  # (what fails only_quotes_to_fix, or a quote)
        return False
    return text.isascii() or not normalization or unicodedata.is_normalized(normalization, text)


def has_quotes(text: str) -> bool:
    return QUOTE_RE.search(text) is not None


def uncurl(text: str) -> str:
    """ftfy's ``uncurl_quotes``, without importing ftfy.

    >>> print(uncurl("“It’s” ‘fine’"))
    "It's" 'fine'
    """
    for curly, straight in UNCURL:
        text = text.replace(curly, straight)
    return text
