"""Which lines of a long document each boilerplate rule may match, found block by block.

Trying every line against the rules costs a Python call and a regex alternation per line;
a hard-wrapped book has 14,000 lines a megabyte, nearly all prose. So for a long text the
pass first finds, for each line, the rules that *may* match it (every rule that does is
among them), and tries those alone. A rule matches a whole normalized line, so:

- most rules fix how a matching line starts: its first :data:`PREFIX` characters in screen
  key form (case-folded, spaces dropped, digits read as ``0``) are one of a few, read from
  the rule's parse tree (:mod:`.prefixes`); a set look-up per line finds the rules;
- a rule that can start anyhow (``.{0,100}all rights reserved``) holds a needle (see
  :mod:`.screen`), found by ``str.find`` over the block's key, whose lines are
  the text's (line feeds kept);
- a rule with neither has a superset pattern of its own (:data:`KEY_SCREENS`);
- a long line's rule must be long: a line whose core is longer than :data:`SHORT_CORE`
  characters is looked up among the long rules only.

If some rule has none of these (a config's pattern, say), :func:`line_candidates` says so
and the pass tries every line, as for short texts. Both ways find the same rules (tests).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from cleaner.passes.boilerplate.prefixes import (
    LEAD_CHARACTERS,
    PREFIX,
    START_SKIPPED,
    StartLines,
    fold_digits,
    rule_prefixes,
)
from cleaner.passes.boilerplate.rules import Rule, shipped_library
from cleaner.passes.layout import INVISIBLE_CHARS
from cleaner.textblocks import line_blocks

# Every character ``\s`` matches but the line feed, and the invisible characters that
# ``normalize_line`` drops: none of them is in a normalized line's screen key.
DROPPED = (
    " \t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" + INVISIBLE_CHARS
)
# The screen key's case folding (as ``screen.FOLD_TABLE``), and the dropping.
KEY_TABLE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k", **dict.fromkeys(DROPPED)})
# The folding alone, and the characters it folds.
FOLD_TABLE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})
FOLDED = "İıſK"
# The dropped characters that are ASCII, as bytes: dropped from a text's bytes at once by
# ``bytes.translate``.
ASCII_DROPPED = "".join(c for c in DROPPED if c.isascii()).encode("ascii")
# The others: each is looked for with ``in``, which reads a text at memory speed, and only
# those found are replaced (three times faster than one pattern of them all; most texts
# hold one or two).
NON_ASCII_DROPPED = "".join(c for c in DROPPED if not c.isascii())
# The characters outside ASCII that a key folds or drops.
FOLDED_OR_DROPPED = frozenset(FOLDED + NON_ASCII_DROPPED)
# ASCII letters lowered, a table for ``bytes.translate`` (which drops ASCII_DROPPED in the
# same sweep); and every ASCII byte, to drop.
ASCII_LOWER = bytes(range(256)).lower()
ASCII_BYTES = bytes(range(128))
# The bytes of a text's start that tell whether it is mostly outside ASCII (an eighth or
# more of them): then its key is lowered whole by ``str.lower``.
OTHERS_SAMPLE = 4096
# What normalization and ``core_length`` may strip from a line's ends: decorations and
# trailing punctuation. A key line without them is no longer than the line's core.
END_CHARACTERS = LEAD_CHARACTERS + ".:!?…,;"
# A line whose core may be this short is looked up among all rules, a longer one among
# the rules that match longer lines.
SHORT_CORE = 48
# Line starts whose rules are remembered, at most (a memo; cleared when full).
MAX_MEMO = 100_000
# Texts with fewer lines are tried line by line, all rules at once (a knob for the tests:
# the shipped rules' prefixes are read from a file, so the screen costs no start-up).
MIN_LINES = 0
# Needles are grouped by their start this long (``next`` for ``nextpage``, ``nextpost`` and
# eight more): one search of the key for each group, by the whole start its needles share
# (``next``; ``allrightsreserved`` for a needle alone: a longer string is found faster).
NEEDLE_PREFIX = 4
# A needle group whose rules all match short lines (each rule's width, the longest core it
# matches, at most one of these) is searched for in the block's key with every line whose
# core is longer than that limit blanked: one paragraph a line, most of the key is such
# lines, and ``str.find`` reads what is left. A hit there could only make a rule a line's
# candidate where that rule cannot match (nor, being narrower than the line, begin it).
NEEDLE_LIMITS = (120, 320)
# The date line's rule (``stamps/date-line``), as compiled.
DATE_LINE_RULE = (
    r"(?:(\w+day,? )?(\d{1,2}(st|nd|rd|th)? \w+,? \d{4}|\w+ \d{1,2}(st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(,| at| -| –| \|)?( \d{1,2}[:.]\d{2}"
    r"( ?[ap]\.?m\.?)?( \w{2,5})?( \(\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( \w{2,5})?\))?)?)"
    r"\s*[.:!?…,;]*"
)
# Superset patterns, over a block's key, of the lines that rules with neither a prefix nor
# a needle can match, by rule source: a search for a place every such line holds, and what
# the line that holds it must be as a whole (see KEY_LINES). A date line: a four-digit year
# or a numeric date.
KEY_SCREENS = {
    DATE_LINE_RULE: r"[^\x00-/:-\x7f\x80-\u065f\u2000-\u206f](?<=\d)(?:\d{3}|[./-]\d)",
}
# (That is \d{4}|\d[./-]\d, its \d first: searched 3x faster; its first \d as a class that
# holds every \d, then checked: a class is found 2x faster than a category. The class is
# all but ASCII other than digits, Latin letters and punctuation (no digit there: curly
# quotes are not checked), negated: compiled in 0.5 ms, where its ranges take 3.5 ms.)
# The whole key line each rule of KEY_SCREENS may match, matched without case: the rule's
# pattern without its spaces (a key has none, and nothing else in the pattern matches a
# space), between the decorations ``normalize_line`` strips. A year in a line of prose is
# found by the search but makes no date line: only the lines that match this are candidates.
KEY_LINES = {
    DATE_LINE_RULE: (
        f"[{re.escape(LEAD_CHARACTERS)}]*"
        r"(?:\w+day,?)?(?:\d{1,2}(?:st|nd|rd|th)?\w+,?\d{4}|\w+\d{1,2}(?:st|nd|rd|th)?,?\d{4}"
        r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:,|at|-|–|\|)?(?:\d{1,2}[:.]\d{2}"
        r"(?:[ap]\.?m\.?)?(?:\w{2,5})?(?:\(\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?(?:\w{2,5})?\))?)?"
        f"[{re.escape(END_CHARACTERS)}]*"
    ),
}
# The most characters a key line of KEY_LINES holds after its last digit, by rule source,
# less the END_CHARACTERS it ends with: a date line ends in its year, its time or the time's
# zone and its bracket (``12:30p.m.est``, ``(4:15a.m.edt)``: ten after the last digit). A
# line of prose a year is found in mostly goes on in words after it: it is not tried whole.
KEY_LINE_TAILS = {DATE_LINE_RULE: 10}
# A decimal digit, as the patterns of KEY_LINES read one.
DIGIT_RE = re.compile(r"\d")
# The searches of KEY_SCREENS made over a key's bytes marked by DIGIT_MARKS (``0`` a digit,
# ``.`` one of ``./-``), by rule source, where the key holds no character past ASCII that
# ``\\d`` or the search's class holds (see :func:`_digit_marks_of`): ``bytes`` searches skip
# to each ``0`` at memory speed, where the class is tried at every character. Each finds a
# place in every key line of KEY_LINES, the date line's a year or a numeric date's
# ``0.0.00``/``0.00.00`` (so fewer lines of prose are matched whole: not ``3.5``).
MARKED_SCREENS = {DATE_LINE_RULE: rb"0(?:000|\.00?\.00)"}


class DigitEndedLine(NamedTuple):
    """A pattern of whole key lines (of KEY_LINES) that end in a digit and at most ``tail``
    more characters before the END_CHARACTERS they end with: ``fullmatch`` says whether the
    pattern matches, asking it only of a line that ends so (see KEY_LINE_TAILS). (A
    NamedTuple: screens made apart compare equal, as their compiled patterns do.)

    >>> date = DigitEndedLine(re.compile(r"\\w*\\d{4}[a-z]{0,3}\\.*"), 3)
    >>> [date.fullmatch(line) for line in ("may2016", "may2016est..", "in1990thetown")]
    [True, True, False]
    >>> date.fullmatch("x\\nmay2016\\nx", 2, 9), date.fullmatch("x\\nmay2016\\nx", 2, 11)
    (True, False)
    """

    whole: re.Pattern[str]
    tail: int

    @property
    def pattern(self) -> str:
        """The pattern's source, as ``re.Pattern.pattern`` (the tests' reference reads it)."""
        return self.whole.pattern

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> bool:
        end = len(string) if endpos is None else endpos
        core = string[pos:end].rstrip(END_CHARACTERS)
        if DIGIT_RE.search(core, max(0, len(core) - self.tail - 1)) is None:
            return False
        return self.whole.fullmatch(string, pos, end) is not None


def _digit_marks() -> bytes:
    """The table of :data:`DIGIT_MARKS`.

    >>> "Tue 1.5.2020 12:00’é٣\\n".encode().translate(_digit_marks())
    b'xxxx0.0.0000x00x00epqxqzq\\n'
    """
    marks = bytearray(b"x" * 256)
    marks[0x81:0xC0] = b"q" * (0xC0 - 0x81)
    marks[0xD9:] = b"z" * (256 - 0xD9)
    marks[0xE2], marks[0x80], marks[ord("\n")] = ord("e"), ord("p"), ord("\n")
    for byte in b"0123456789":
        marks[byte] = ord("0")
    for byte in b"./-":
        marks[byte] = ord(".")
    return bytes(marks)


# A key's UTF-8 bytes as marks: an ASCII digit ``0``, ``./-`` ``.``, the line feed itself;
# the first byte of a character from U+0640 on ``z``, but U+2000-U+2FFF's ``e``, whose
# second byte is ``p`` for U+2000-U+203F (the byte 0x80) and ``q`` else (0x81-0xBF, as any
# byte that goes on a character). Marks without ``z`` and ``eq``: no character but an
# ASCII digit is in ``\\d`` or in the date screen's class (U+0660 on, but U+2000-U+206F).
DIGIT_MARKS = _digit_marks()
# The only letters whose lower case depends on their neighbours (final sigma): lowered as a
# whole text or line by line, a needle without them is found in the same places.
SIGMAS = frozenset("σς")


def document_key(text: str) -> str:
    """The screen key of every line of ``text`` at once, line feeds kept.

    What ``str.translate`` with :data:`KEY_TABLE` gives, faster: the rare characters are
    looked for first (``translate`` reads a dict per character of non-ASCII text).

    >>> document_key("Leave a\\u00a0Reply\\nSHARE  this\\u0130")
    'leaveareply\\nsharethisi'
    """
    return keyed(text)[0]


def keyed(text: str) -> tuple[str, bytes]:
    """:func:`document_key` of ``text``, and the key's UTF-8 bytes (``surrogatepass``) with
    only their ASCII letters lowered, if at all.

    >>> keyed("Leave a Reply\\n2\\u00a0May 2020, ’twas and more")
    ('leaveareply\\n2may2020,’twasandmore', b'leaveareply\\n2may2020,\\xe2\\x80\\x99twasandmore')
    """
    if text.isascii():
        utf8 = text.encode("ascii").translate(ASCII_LOWER, ASCII_DROPPED)
        return utf8.decode("ascii"), utf8
    if _mostly_others(text[:OTHERS_SAMPLE].encode("utf-8", "surrogatepass")):
        return _keyed_whole(text)
    utf8 = text.encode("utf-8", "surrogatepass")
    # The characters outside ASCII, read off the bytes in one sweep (the text is mostly
    # ASCII): the rare ones to fold or drop are replaced in the bytes (no byte of another
    # character is one of theirs), not each looked for in the text.
    others = _others_of(utf8)
    for character in sorted(others & FOLDED_OR_DROPPED):
        replacement = character.translate(FOLD_TABLE) if character in FOLDED else ""
        utf8 = utf8.replace(character.encode("utf-8"), replacement.encode("ascii"))
    cased = _cased(others - FOLDED_OR_DROPPED)
    if cased is None:
        utf8 = utf8.translate(None, ASCII_DROPPED)
        return utf8.decode("utf-8", "surrogatepass").lower(), utf8
    # ASCII letters lowered in the bytes' sweep, the others' few cased letters one by one:
    # ``str.lower`` of two-byte text reads a table per character.
    utf8 = utf8.translate(ASCII_LOWER, ASCII_DROPPED)
    key = utf8.decode("utf-8", "surrogatepass")
    for character in cased:
        key = key.replace(character, character.lower())
    return key, utf8


def _keyed_whole(text: str) -> tuple[str, bytes]:
    """:func:`keyed` of a text mostly outside ASCII: lowered whole by ``str.lower``.

    >>> _keyed_whole("ΑΒΓ Δ\\u00a0Ε")
    ('αβγδε', b'\\xce\\x91\\xce\\x92\\xce\\x93\\xce\\x94\\xce\\x95')
    """
    # (Each character looked for with ``in``: four times faster than a class's search.)
    if any(character in text for character in FOLDED):
        text = text.translate(FOLD_TABLE)
    for character in [character for character in NON_ASCII_DROPPED if character in text]:
        text = text.replace(character, "")
    # The ASCII ones dropped from the UTF-8 bytes (no byte of another character is ASCII),
    # lone surrogates and all: twice as fast as ``replace(" ", "")``, which copies the text
    # word by word.
    utf8 = text.encode("utf-8", "surrogatepass").translate(None, ASCII_DROPPED)
    return utf8.decode("utf-8", "surrogatepass").lower(), utf8


def _mostly_others(utf8: bytes) -> bool:
    """Whether an eighth or more of the first :data:`OTHERS_SAMPLE` bytes of ``utf8`` are
    outside ASCII (the text is then read as a whole: its characters are mostly other).

    >>> _mostly_others(f"Ökonomie{' of plain words' * 4}".encode())
    False
    >>> _mostly_others("Ökonomie".encode())
    True
    """
    sample = utf8[:OTHERS_SAMPLE]
    return len(sample.translate(None, ASCII_BYTES)) * 8 > len(sample)


def _cased_others(utf8: bytes) -> list[str] | None:
    """The characters outside ASCII in ``utf8`` (a text's UTF-8, ``surrogatepass``) that
    ``str.lower`` changes (see :func:`_cased`); None if the text is mostly outside ASCII
    (:data:`OTHERS_SAMPLE`: lowered whole, that is faster).

    >>> _cased_others(f"Ärger über Ökonomie’s {'plain words ' * 6}".encode())
    ['Ä', 'Ö']
    >>> _cased_others(f"ΣΑΣ {'plain words ' * 6}".encode()), _cased_others("Ärger".encode())
    (None, None)
    """
    return None if _mostly_others(utf8) else _cased(_others_of(utf8))


def _others_of(utf8: bytes) -> set[str]:
    """The characters outside ASCII in ``utf8`` (UTF-8, ``surrogatepass``).

    >>> sorted(_others_of("Ärger über’s".encode()))
    ['Ä', 'ü', '’']
    """
    return set(utf8.translate(None, ASCII_BYTES).decode("utf-8", "surrogatepass"))


def _cased(others: set[str]) -> list[str] | None:
    """The characters of ``others`` that ``str.lower`` changes, each into one character
    alone, in order; None if one does not (or is the final-sigma ``Σ``, whose lower case
    depends on its neighbours).

    >>> _cased({"Ä", "’", "ü"}), _cased({"Σ", "Ä"}), _cased({"İ"})
    (['Ä'], None, None)
    """
    cased = sorted(character for character in others if character.lower() != character)
    if any(len(character.lower()) != 1 or character == "Σ" for character in cased):
        return None
    return cased


class LineScreen(NamedTuple):
    """Rule indexes by line start (for short and for long lines), by needle, by pattern.
    (A NamedTuple: a dataclass would import ``dataclasses``, ~8 ms of every start-up.)"""

    short_starts: dict[str, tuple[int, ...]]
    long_starts: dict[str, tuple[int, ...]]
    # Needles by the start each group of them shares (see NEEDLE_PREFIX): each start is
    # searched for once, and the needles that share it are tried where it occurs.
    needles: tuple[tuple[str, tuple[tuple[str, tuple[int, ...]], ...]], ...]
    # For each group, a character its start holds that few texts hold (see :func:`_guard`):
    # where the key lacks it (found at memory speed), the start is not searched for.
    guards: tuple[str, ...]
    # For each group, the index in NEEDLE_LIMITS of the limit its rules' widths fit in (its
    # hits are only in lines whose core is no longer), or None (searched in the whole key).
    limits: tuple[int | None, ...]
    # A search over the key, the pattern of a whole key line it finds (see KEY_LINES), the
    # indexes of the rules of both, and the search over marks (MARKED_SCREENS) or None.
    patterns: tuple[
        tuple[
            re.Pattern[str],
            re.Pattern[str] | DigitEndedLine,
            tuple[int, ...],
            re.Pattern[bytes] | None,
        ],
        ...,
    ]
    # Each rule's width (the longest core it matches; None: unbounded), by index.
    widths: tuple[int | None, ...]
    # The lines that may begin with one of ``short_starts`` (found by a pattern, in time).
    start_lines: StartLines
    # Rule indexes by a line's whole start (short lines, long lines), found as needed.
    memos: tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]


@cache
def line_screen(rules: tuple) -> LineScreen | None:
    """The screen of ``rules`` (see the module's docstring), or None if one has no screen."""
    short, long = shipped_starts(rules) or start_tables(rules)
    screened = set().union(*short.values())
    needles: dict[str, list[int]] = {}
    patterns: dict[tuple[str, str, bytes | None, int | None], list[int]] = {}
    for index, rule in enumerate(rules):
        if index in screened:
            continue
        if rule.needles and not any(SIGMAS & set(needle) for needle in rule.needles):
            for needle in rule.needles:
                needles.setdefault(needle, []).append(index)
        elif rule.source in KEY_SCREENS:
            screens = (
                KEY_SCREENS[rule.source],
                KEY_LINES[rule.source],
                MARKED_SCREENS.get(rule.source),
                KEY_LINE_TAILS.get(rule.source),
            )
            patterns.setdefault(screens, []).append(index)
        else:
            return None
    groups = _by_prefix({needle: tuple(found) for needle, found in needles.items()})
    return LineScreen(
        {start: tuple(found) for start, found in short.items()},
        {start: tuple(found) for start, found in long.items()},
        groups,
        tuple(_guard(start) for start, _ in groups),
        tuple(_limit([rules[j].width for _, found in group for j in found]) for _, group in groups),
        tuple(
            (
                re.compile(search),
                _whole_key_line(line, tail),
                tuple(found),
                None if marked is None else re.compile(marked),
            )
            for (search, line, marked, tail), found in patterns.items()
        ),
        tuple(rule.width for rule in rules),
        StartLines(short, START_SKIPPED),  # (Every start of ``long`` is one of ``short``.)
        ({}, {}),
    )


def start_tables(rules: Sequence[Rule]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The indexes of ``rules`` by the line starts they may match (see :mod:`.prefixes`), for
    all lines and for long lines; a rule whose starts are unknown is in neither.

    >>> from cleaner.passes.boilerplate.rules import library_rules
    >>> short, long = start_tables(library_rules())
    >>> [library_rules()[i].id for i in short["leavea"]]
    ['leave-a-reply']
    """
    short: dict[str, list[int]] = {}
    long: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        starts = rule_prefixes(rule.source)
        if starts is not None:
            tables = (short, long) if rule.width is None or rule.width > SHORT_CORE else (short,)
            for table in tables:
                for start in starts:
                    table.setdefault(start, []).append(index)
    return short, long


def shipped_starts(rules: tuple) -> tuple[dict[str, list[int]], dict[str, list[int]]] | None:
    """:func:`start_tables` of ``rules`` as shipped, if they are the library's shipped rules
    (the config neither adds to them nor disables one), else None."""
    shipped = shipped_library()
    if shipped is None or rules is not shipped.rules:
        return None
    return shipped.short_starts, shipped.long_starts


def _whole_key_line(source: str, tail: int | None) -> re.Pattern[str] | DigitEndedLine:
    """The pattern of KEY_LINES ``source``, matched without case, as a
    :class:`DigitEndedLine` if its lines end ``tail`` characters after a digit at most."""
    pattern = re.compile(source, re.IGNORECASE)
    return pattern if tail is None else DigitEndedLine(pattern, tail)


# The screen of the last rules asked about, kept with them: ``all_rules`` hands the same
# tuple to every text, and looking it up in ``line_screen``'s cache hashes its 400 rules.
_LAST_SCREEN: list[tuple[tuple, LineScreen | None]] = []


def _screen_of(rules: tuple) -> LineScreen | None:
    """``line_screen(rules)``, without hashing ``rules`` when they are the last ones asked.

    >>> from cleaner.passes.boilerplate.rules import library_rules
    >>> _screen_of(library_rules()) is line_screen(library_rules())
    True
    """
    if not _LAST_SCREEN or _LAST_SCREEN[0][0] is not rules:
        _LAST_SCREEN[:] = [(rules, line_screen(rules))]
    return _LAST_SCREEN[0][1]


def _by_prefix(
    needles: dict[str, tuple[int, ...]],
) -> tuple[tuple[str, tuple[tuple[str, tuple[int, ...]], ...]], ...]:
    """The needles (with their rule indexes) grouped by their first NEEDLE_PREFIX characters,
    each group with the start its needles share: what is searched for.

    >>> _by_prefix({"nextpage": (1,), "nextpost": (2,), "(c)": (3,), "cookies": (4,)})[:2]
    (('nextp', (('nextpage', (1,)), ('nextpost', (2,)))), ('(c)', (('(c)', (3,)),)))
    >>> _by_prefix({"cookies": (4,)})
    (('cookies', (('cookies', (4,)),)),)
    """
    groups: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for needle, indexes in needles.items():
        groups.setdefault(needle[:NEEDLE_PREFIX], []).append((needle, indexes))
    # Each group is searched for by the start all its needles share, at least its key: a
    # longer string is found faster (``str.find`` skips further; ``allrightsreserved`` in
    # half the time of ``allr``), and a needle's every place is still a place of it.
    return tuple((_shared_start([n for n, _ in group]), tuple(group)) for group in groups.values())


def _guard(start: str) -> str:
    """A character of a needle group's ``start`` that is no ASCII letter (one prose seldom
    holds), if the start is longer than it; else "".

    >>> _guard("(opensin"), _guard("tousdroitsréservés"), _guard("cookies"), _guard("@")
    ('(', 'é', '', '')
    """
    if len(start) < 2:
        return ""  # (Searched for at memory speed itself.)
    return next((c for c in start if not (c.isascii() and c.isalpha())), "")


def _limit(widths: list[int | None]) -> int | None:
    """The index of the first of NEEDLE_LIMITS no rule width of ``widths`` exceeds, or None.

    >>> _limit([93, 101]), _limit([141, 304]), _limit([80, None]), _limit([400])
    (0, 1, None, None)
    """
    if None in widths:
        return None
    widest = max(widths)  # type: ignore[type-var]
    return next((i for i, limit in enumerate(NEEDLE_LIMITS) if widest <= limit), None)


def _shared_start(strings: list[str]) -> str:
    """The longest start every one of ``strings`` has.

    >>> _shared_start(["nextpage", "nextpost"]), _shared_start(["cookies"])
    ('nextp', 'cookies')
    """
    first, last = min(strings), max(strings)  # (The others share what these two share.)
    pairs = enumerate(zip(first, last, strict=False))
    return first[: next((i for i, (a, b) in pairs if a != b), len(first))]


# The last text screened, its screen's rules, the candidates found there, and whether the
# next text screened is to be read off it (see :func:`remembered_candidates`).
LAST_SCREENED: list[tuple[tuple, str, list[tuple[int, list[int]]], bool]] = []
# A text of more lines is not kept.
MAX_REMEMBERED_LINES = 50_000


def remembered_candidates(
    text: str, lines: list[str], rules: tuple
) -> list[tuple[int, list[int]]] | None:
    """:func:`line_candidates` of ``text`` (whose lines are ``lines``), as a list. After
    :func:`expect_rescreening` of the last text screened, the lines that text held too are
    read off what was found for them there (the screen reads each line alone: a line's
    candidates are its own), and only the others are screened: the pipeline's settling
    runs the pass again on the text it cleaned, whose lines are mostly the first run's.

    >>> from cleaner.passes.boilerplate.rules import library_rules
    >>> rules, prose = library_rules(), "A line of prose that no rule matches."
    >>> first = remembered_candidates(f"Share this:\\n{prose}\\n", ["Share this:", prose], rules)
    >>> expect_rescreening(f"Share this:\\n{prose}\\n")
    >>> again = remembered_candidates(f"{prose}\\nShare this:\\n", [prose, "Share this:"], rules)
    >>> [i for i, _ in first], [i for i, _ in again], first[0][1] == again[0][1]
    ([0], [1], True)
    """
    screen = _screen_for(text, rules)
    if screen is None:
        return None
    found = None
    if LAST_SCREENED and LAST_SCREENED[0][3] and LAST_SCREENED[0][0] is rules:
        found = _read_off(lines, screen, *LAST_SCREENED[0][1:3])
    if found is None:
        found = list(_candidates(text, screen))
    if len(lines) <= MAX_REMEMBERED_LINES:
        LAST_SCREENED[:] = [(rules, text, found, False)]
    else:
        LAST_SCREENED.clear()
    return found


def expect_rescreening(text: str) -> None:
    """Let the next text screened be read off ``text``'s candidates, if ``text`` is the last
    text screened (see :func:`remembered_candidates`)."""
    if LAST_SCREENED and LAST_SCREENED[0][1] == text:
        LAST_SCREENED[0] = (*LAST_SCREENED[0][:3], True)


def _read_off(
    lines: list[str], screen: LineScreen, last_text: str, last_found: list[tuple[int, list[int]]]
) -> list[tuple[int, list[int]]] | None:
    """The candidates of ``lines``, those of the lines of ``last_text`` read off
    ``last_found``, the others screened; None if most lines are new (``unwrap`` joined
    them): screening the whole text is then as fast."""
    last_lines = last_text.split("\n")
    if len(lines) * 2 < len(last_lines):
        return None
    seen = set(last_lines)
    new = [line for line in dict.fromkeys(lines) if line not in seen]
    if len(new) * 2 > len(lines):
        return None
    known = {last_lines[i]: indexes for i, indexes in last_found}
    known.update((new[i], indexes) for i, indexes in _candidates("\n".join(new), screen))
    return [(i, indexes) for i, line in enumerate(lines) if (indexes := known.get(line))]


def line_candidates(text: str, rules: tuple) -> Iterator[tuple[int, list[int]]] | None:
    """For each line of ``text`` that some of ``rules`` may match, in order, its index and
    the indexes of those rules in order (every rule that matches is among them); None when
    the text is short or the rules cannot be screened so (then every line is tried).

    Found a block of lines at a time, so a huge text never has a table of all its lines.

    >>> from cleaner.passes.boilerplate.rules import library_rules
    >>> rules = library_rules()
    >>> text = "Share this:\\n" + "A line of prose that no rule of furniture matches.\\n" * 2000
    >>> [(i, [rules[j].id for j in found][:3]) for i, found in line_candidates(text, rules)]
    [(0, ['share-this', 'share-on-network', 'email-this'])]
    """
    screen = _screen_for(text, rules)
    return None if screen is None else _candidates(text, screen)


def _screen_for(text: str, rules: tuple) -> LineScreen | None:
    """The screen of ``rules`` for ``text``, or None if the text is too short to screen or
    the rules cannot be screened."""
    if MIN_LINES and text.count("\n", 0, 200 * MIN_LINES) < MIN_LINES:
        return None
    return _screen_of(rules)


def _candidates(text: str, screen: LineScreen) -> Iterator[tuple[int, list[int]]]:
    first_line = 0
    for block in line_blocks(text):
        key, utf8 = keyed(block)
        found: dict[int, list[int]] = {}
        first_line += _add_block(key, utf8, screen, first_line, found)
        for line in sorted(found):
            yield line, sorted(set(found[line]))


def _add_block(
    key: str, utf8: bytes, screen: LineScreen, first: int, found: dict[int, list[int]]
) -> int:
    """Add the candidate rules of one block's lines (its key, and the key's bytes as
    :func:`keyed` gives them), numbered from ``first``; return the block's line feeds
    (its lines split here: the key is not read again to count them)."""
    short_starts, long_starts, widths = screen.short_starts, screen.long_starts, screen.widths
    short_memo, long_memo = screen.memos
    if len(short_memo) + len(long_memo) > MAX_MEMO:
        short_memo.clear()
        long_memo.clear()
    lines = key.split("\n")
    for i in screen.start_lines.of(key, len(lines)):
        line = lines[i]
        if not line:
            continue
        head = line.lstrip(START_SKIPPED)[:PREFIX]
        # No longer than the line's core: what may go from its ends, and no spaces.
        core = len(line) if len(line) <= SHORT_CORE else len(line.strip(END_CHARACTERS))
        short = core <= SHORT_CORE
        memo = short_memo if short else long_memo
        indexes = memo.get(head)
        if indexes is None:  # A start not seen yet: the rules of each of its beginnings.
            starts = short_starts if short else long_starts
            folded = head if head.isalpha() else fold_digits(head)
            indexes = memo[head] = tuple(
                j for length in range(len(folded), 0, -1) for j in starts.get(folded[:length], ())
            )
        if indexes and not short:  # Only rules that match lines this long.
            indexes = tuple(j for j in indexes if widths[j] is None or widths[j] >= core)
        if indexes:
            found.setdefault(first + i, []).extend(indexes)
    keys = _limited_keys(key, lines)
    hits: list[list[tuple[int, tuple[int, ...]]]] = [[] for _ in keys]
    groups = zip(screen.needles, screen.guards, screen.limits, strict=True)
    for (prefix, group), guard, limit in groups:
        searched = keys[-1 if limit is None else limit]
        if guard and guard not in searched:
            continue
        found_here = hits[-1 if limit is None else limit]
        position = searched.find(prefix)
        while position >= 0:
            found_here += [
                (position, indexes)
                for needle, indexes in group
                if searched.startswith(needle, position)
            ]
            position = searched.find(prefix, position + 1)
    marks = _digit_marks_of(utf8) if screen.patterns else None
    for pattern, whole_line, indexes, marked in screen.patterns:
        if marked is not None and marks is not None:
            for i in _marked_lines(marks, marked, lines, whole_line):
                found.setdefault(first + i, []).extend(indexes)
        else:
            hits[-1] += [(start, indexes) for start in _whole_line_hits(key, pattern, whole_line)]
    for searched, found_here in zip(keys, hits, strict=True):
        if found_here:
            _add_hits(searched, found_here, first, found)
    return len(lines) - 1


def _whole_line_hits(
    key: str, pattern: re.Pattern[str], whole_line: re.Pattern[str] | DigitEndedLine
) -> Iterator[int]:
    """Where ``pattern`` first finds a place in each line of ``key`` that ``whole_line``
    matches as a whole (a line it does not match is not searched further).

    >>> year, date = re.compile(r"\\d{4}"), re.compile(r"\\d+\\w+\\d{4}")
    >>> list(_whole_line_hits("in1990,2000\\n12may2016\\n2016", year, date))
    [17]
    """
    match = pattern.search(key)
    while match is not None:
        start = match.start()
        end = key.find("\n", start)
        end = len(key) if end < 0 else end
        if whole_line.fullmatch(key, key.rfind("\n", 0, start) + 1, end):
            yield start
        match = pattern.search(key, end + 1)


def _digit_marks_of(utf8: bytes) -> bytes | None:
    """``utf8`` (a key's bytes) marked by :data:`DIGIT_MARKS`, if no character past ASCII
    there is one ``\\d`` or the date screen's class holds; else None.

    >>> _digit_marks_of(f"12may2020’é{'x' * 40}".encode())[:14]
    b'00xxx0000epqxq'
    >>> _digit_marks_of(f"١٢{'x' * 40}".encode()), _digit_marks_of(f"⁵{'x' * 40}".encode())
    (None, None)
    """
    if _mostly_others(utf8):
        return None  # (Most likely it holds one: not marked in vain.)
    marks = utf8.translate(DIGIT_MARKS)
    return None if b"z" in marks or b"eq" in marks else marks


def _marked_lines(
    marks: bytes,
    search: re.Pattern[bytes],
    lines: list[str],
    whole_line: re.Pattern[str] | DigitEndedLine,
) -> Iterator[int]:
    """The indexes of the key lines ``lines``, marked as ``marks``, where ``search`` finds a
    place and that ``whole_line`` matches whole (a line it does not match is not searched
    further), as :func:`_whole_line_hits` finds them in the key.

    >>> date, lines = re.compile(r"\\d+\\w+\\d{4}"), ["in1990,2000", "12may2016", "2016"]
    >>> marks = "\\n".join(lines).encode().translate(DIGIT_MARKS)
    >>> list(_marked_lines(marks, re.compile(rb"0000"), lines, date))
    [1]
    """
    line = last = 0
    match = search.search(marks)
    while match is not None:
        start = match.start()
        line += marks.count(b"\n", last, start)
        last = start
        if whole_line.fullmatch(lines[line]):
            yield line
        end = marks.find(b"\n", start)
        if end < 0:
            return
        match = search.search(marks, end + 1)


def _limited_keys(key: str, lines: list[str]) -> list[str]:
    """For each of NEEDLE_LIMITS, ``key`` (whose lines are ``lines``) with every line whose
    core is longer blanked (the same key when no line is that long); then ``key`` itself.

    >>> lines = ["a", "b" * 200, "c" * 400, "d" * 300 + "....."]
    >>> [[len(line) for line in k.split("\\n")] for k in _limited_keys("\\n".join(lines), lines)]
    [[1, 0, 0, 0], [1, 200, 0, 305], [1, 200, 400, 305]]
    """
    keys = [key]
    longest = max(map(len, lines))
    for limit in reversed(NEEDLE_LIMITS):
        if longest > limit:  # (Else no line's core is longer: a core is part of its line.)
            lines = [
                line if len(line) <= limit or len(line.strip(END_CHARACTERS)) <= limit else ""
                for line in lines
            ]
            keys.append("\n".join(lines))
            longest = max(map(len, lines))
        else:
            keys.append(keys[-1])
    return keys[::-1]


def _add_hits(
    key: str,
    hits: list[tuple[int, tuple[int, ...]]],
    first: int,
    found: dict[int, list[int]],
) -> None:
    """Add the rule indexes of each hit (a position in ``key``, rule indexes) to the line
    that holds it, numbered from ``first``.

    >>> found = {}
    >>> _add_hits("ab\\ncd\\ne", [(7, (2,)), (0, (1,)), (4, (3, 4))], 10, found)
    >>> found
    {10: [1], 11: [3, 4], 12: [2]}
    """
    line = last = 0
    for position, indexes in sorted(hits):
        line += key.count("\n", last, position)
        last = position
        found.setdefault(first + line, []).extend(indexes)
