"""Which boilerplate rules could match a line, told without compiling them.

Compiling the 146 library rules and their alternation takes ~80 ms, far more than cleaning a
small file. So each rule carries two facts read from its pattern's parse tree:

- its *needles*: strings of which any line it matches contains one, compared in
  :func:`screen_key` form (case-folded, spaces removed: a space between two letters is
  optional in a rule, see ``rule_source``); None when the pattern has none;
- its *width*: the most characters it matches before its trailing punctuation (None:
  unbounded), so a long line is never tried against a short rule.

A small text then compiles only the rules whose needles its lines hold. Parsing the patterns
costs ~20 ms itself, so the facts of the shipped rules are precomputed in
``data/boilerplate_screen.json`` by ``tools/build_boilerplate_screen.py``, keyed by pattern:
a rule missing from it (edited, or from the config) is parsed when read, with the same result.
"""

from __future__ import annotations

import json
import re
from functools import cache
from itertools import product

from cleaner.data import read_data

# Characters that IGNORECASE matches with an ASCII letter though str.lower() does not map
# them to it (tests/passes/test_boilerplate_screen.py checks every code point), and the
# space, which a line may lack where a rule has one.
FOLD_TABLE = str.maketrans(
    {"İ": "i", "ı": "i", "ſ": "s", "K": "k", " ": None}
    # Old Cyrillic letter forms IGNORECASE matches with в д о с т ъ ѣ ꙋ (re._casefix).
    | dict(zip("ᲀᲁᲂᲃᲄᲅᲆᲇᲈ", "вдосттъѣꙋ", strict=True))
)
# Sets of strings a node matches are followed up to this size, then given up.
MAX_STRINGS = 64
# Ranges of a character class spelled out up to this many characters.
MAX_RANGE = 16
# Needles this long are rare enough in prose: beyond it, fewer needles matter more.
TELLING_LENGTH = 5
# The file of the shipped rules' facts.
SCREEN_FILE = "boilerplate_screen.json"

Needles = frozenset[str]


def screen_key(line: str) -> str:
    """The form in which a line is searched for needles: case-folded, without spaces.

    >>> screen_key("Leave a Reply")
    'leaveareply'
    """
    if line.isascii():
        return line.lower().replace(" ", "")
    return line.translate(FOLD_TABLE).lower()


def could_match(key: str, length: int, needles: Needles | None, width: int | None) -> bool:
    """Whether a rule with these ``needles`` and ``width`` may match a line whose
    :func:`screen_key` is ``key`` and whose ``core_length`` is ``length``.

    >>> could_match("leaveareply", 13, frozenset({"reply", "comment"}), 40)
    True
    >>> could_match("leaveareply", 13, frozenset({"reply"}), 10)
    False
    """
    if width is not None and length > width:
        return False
    return needles is None or any(needle in key for needle in needles)


@cache
def shipped_facts() -> dict[str, tuple[Needles | None, int | None]]:
    """Pattern -> (needles, width) for the shipped rules, read once."""
    table = json.loads(read_data(SCREEN_FILE))
    return {
        pattern: (None if needles is None else frozenset(needles), width)
        for pattern, (needles, width) in table.items()
    }


def format_facts(sources: list[str], trailing: str) -> str:
    """The text of ``data/boilerplate_screen.json`` for rules of these ``sources``: one
    ``"pattern": [needles, width]`` a line, sorted (so a rebuild gives the same bytes).

    >>> print(format_facts([r"(?:ad|ads)\\s*"], r"\\s*"), end="")
    {
    "(?:ad|ads)\\\\s*": [["ad"], 3]
    }
    """
    rows = []
    for source in sorted(set(sources)):
        needles, width = pattern_facts(source, trailing)
        fact = [None if needles is None else sorted(needles), width]
        rows.append(f"{json_text(source)}: {json_text(fact)}")
    return "{\n" + ",\n".join(rows) + "\n}\n"


def json_text(value: object) -> str:
    """``value`` as JSON on one line, non-ASCII characters as they are (the shipped tables).

    >>> json_text(["déjà", None])
    '["déjà", null]'
    """
    return json.dumps(value, ensure_ascii=False)


def pattern_facts(pattern: str, trailing: str) -> tuple[Needles | None, int | None]:
    """``(needles, width)`` of a compiled rule's source ``pattern``, which ends with the
    ``trailing`` punctuation every rule allows; ``(None, None)`` when unknown (the parser
    is ``re``'s own, a private API: without it, every rule is a candidate).

    >>> needles, width = pattern_facts(r"(?:share( this)?|like)\\s*[.]*", r"\\s*[.]*")
    >>> sorted(needles), width
    (['like', 'share'], 10)
    """
    parser = getattr(re, "_parser", None)
    if parser is None or not pattern.endswith(trailing):
        return None, None
    try:
        tree = parser.parse(pattern, re.IGNORECASE)
        _, high = parser.parse(pattern.removesuffix(trailing)).getwidth()
        needles = _group(tree.data)[1]
    except Exception:  # A private API: without it, no screen, and the same result.
        return None, None
    return needles, high if high < parser.MAXREPEAT else None


def _minimal(needles: Needles) -> Needles:
    """Drop needles that hold another one: a line holding them holds the shorter one too.

    >>> sorted(_minimal(frozenset({"comment", "comments", "reply"})))
    ['comment', 'reply']
    """
    return frozenset(n for n in needles if not any(o != n and o in n for o in needles))


def _sequence(items: list) -> tuple[Needles | None, list[Needles]]:
    """``(strings, options)`` of a sequence of parsed nodes: every string it can match (in
    key form) if they are few, and needle sets any of which holds for it: those of its
    items, the strings of each run of items with few strings, and each stretch of text."""
    constants = _constants()
    whole: Needles | None = frozenset({""})
    run, text = whole, ""
    options: list[Needles] = []
    for op, av in items:
        strings, needles = _node(op, av, constants)
        if needles is not None:
            options.append(needles)
        if strings is not None and whole is not None and len(whole) * len(strings) <= MAX_STRINGS:
            whole = _concatenate(whole, strings)
        else:
            whole = None
        if strings is not None and len(strings) == 1:
            text += next(iter(strings))
        else:
            options.append(frozenset({text}))
            text = ""
        if strings is not None and len(run) * len(strings) <= MAX_STRINGS:
            run = _concatenate(run, strings)
        else:
            options.append(run)
            run = strings if strings is not None else frozenset({""})
    options += [run, frozenset({text})]
    return whole, options


def _concatenate(left: Needles, right: Needles) -> Needles:
    return frozenset(a + b for a, b in product(left, right))


def _node(op: object, av: object, c: dict) -> tuple[Needles | None, Needles | None]:
    """``(strings, needles)`` of one parsed node (see :func:`_sequence`)."""
    if op is c["LITERAL"]:
        return _char(chr(av)), None  # type: ignore[arg-type]
    if op is c["IN"]:
        return _char_class(av, c), None  # type: ignore[arg-type]
    if op is c["AT"] or op in (c["ASSERT"], c["ASSERT_NOT"]):
        return frozenset({""}), None  # Zero-width.
    if op is c["SUBPATTERN"]:
        return _group(av[-1].data)  # type: ignore[index]
    if op is c["BRANCH"]:
        return _branch([branch.data for branch in av[1]])  # type: ignore[index]
    if op in c["REPEATS"]:
        low, high, item = av  # type: ignore[misc]
        return _repeat(low, high, item.data)
    return None, None  # Any other character or construct: nothing known.


def _group(items: list) -> tuple[Needles | None, Needles | None]:
    strings, options = _sequence(items)
    return strings, _best(options)


def _best(options: list[Needles]) -> Needles | None:
    """The most telling needle set: the longest shortest needle up to TELLING_LENGTH
    characters, then the fewest needles (each costs a search), then the longest."""
    usable = [_minimal(n) for n in options if n and "" not in n]
    return max(usable, key=_telling, default=None)


def _telling(needles: Needles) -> tuple[int, int, int]:
    shortest = min(map(len, needles))
    return min(shortest, TELLING_LENGTH), -len(needles), shortest


def _branch(branches: list[list]) -> tuple[Needles | None, Needles | None]:
    """A line matching an alternation matches one branch: the union of theirs."""
    all_strings: set[str] | None = set()
    all_needles: set[str] | None = set()
    for items in branches:
        strings, needles = _group(items)
        if all_strings is not None and strings is not None:
            all_strings |= strings
        else:
            all_strings = None
        if all_needles is not None and needles is not None:
            all_needles |= needles
        else:
            all_needles = None
    if all_strings is not None and len(all_strings) > MAX_STRINGS:
        all_strings = None
    return (
        None if all_strings is None else frozenset(all_strings),
        None if all_needles is None else frozenset(all_needles),
    )


def _repeat(low: int, high: int, items: list) -> tuple[Needles | None, Needles | None]:
    """``x{low,high}``: its strings when few; a needle of ``x`` when ``x`` must occur."""
    strings, needles = _group(items)
    needles = needles if low >= 1 else None
    if strings is None or high > 4:
        return None, needles
    every: set[str] = set()
    power = frozenset({""})
    for count in range(high + 1):
        if count >= low:
            every |= power
        if len(power) * len(strings) > MAX_STRINGS:
            return None, needles
        power = _concatenate(power, strings)
    return (frozenset(every) if len(every) <= MAX_STRINGS else None), needles


def _char(char: str) -> Needles | None:
    """A literal character in key form; None for a non-ASCII letter whose case variants
    the key's lower-casing does not follow as IGNORECASE does (Greek ``σ``/``ς``)."""
    if not char.isascii() and (char.lower() != char or char.upper() != char):
        lower = char.lower()
        if len(lower) != 1 or not _folds_like_ignorecase(lower):
            return None
        return frozenset({lower})
    return frozenset({screen_key(char)})


@cache
def _folds_like_ignorecase(lower: str) -> bool:
    """Whether every character IGNORECASE matches with ``lower`` beyond its case pair has
    ``lower`` as its key form (Python's extra cases: ``ᲀ`` for ``в``, ``ς`` for ``σ``)."""
    try:
        from re._casefix import _EXTRA_CASES  # Python 3.11+
    except ImportError:  # Python 3.10
        from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[attr-defined]
    extras = _EXTRA_CASES.get(ord(lower), ())
    return all(chr(code).translate(FOLD_TABLE).lower() == lower for code in extras)


def _char_class(items: list, c: dict) -> Needles | None:
    """The characters of a class, in key form, if it spells a few out."""
    chars: set[str] = set()
    for op, av in items:
        if op is c["LITERAL"]:
            codes = [av]
        elif op is c["RANGE"] and av[1] - av[0] < MAX_RANGE:
            codes = range(av[0], av[1] + 1)
        else:
            return None  # A category, a negation, a wide range.
        for code in codes:
            char = _char(chr(code))
            if char is None:
                return None
            chars |= char
    return frozenset(chars)


@cache
def _constants() -> dict:
    """The parser's opcodes this module follows."""
    constants = re._constants  # type: ignore[attr-defined]
    names = ("LITERAL", "IN", "AT", "ASSERT", "ASSERT_NOT", "SUBPATTERN", "BRANCH", "RANGE")
    found = {name: getattr(constants, name) for name in names}
    repeats = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    found["REPEATS"] = tuple(getattr(constants, n) for n in repeats if hasattr(constants, n))
    return found
