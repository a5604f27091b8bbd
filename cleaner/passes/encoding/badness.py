"""ftfy's badness test (``ftfy.badness.is_bad``) narrowed to one document's characters.

``is_bad`` searches a text with a regex of 37 branches, each a short sequence of
character classes: on Cyrillic, Greek or CJK prose, where every letter may start a
branch, it runs at about 13 MB/s, and the encoding pass asks it of every line and of the
views of it later passes make. A branch can match only if each of its classes holds some
character of the text. So for one document the branches that cannot match there are
dropped (none is left for most Chinese text, a few for Russian), and a line made of the
document's characters is searched with the rest: the same answer, found faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Characters later passes may bring into a line of the document: the space that joins
# the next line, and the straight quotes uncurling makes.
ADDED_LATER = frozenset(" '\"")
# What no class of a spot may hold (spot_pattern): those and the line feed.
SPOT_FREE = ADDED_LATER | {"\n"}
# Characters searched with the whole regex before a document's is narrowed (about 4 ms of
# search on non-Latin prose, what compiling a narrowed regex costs).
NARROW_AFTER = 50_000
# characters_of reads this many characters one by one, and searches the rest.
FIRST_STRETCH = 8192
# Classes of at most this many characters are told apart by how often the document holds them.
TIE_COUNTED = 4


class DocumentBadness:
    """``is_bad`` for the lines of one document and the views of them (made of its
    characters and ``ADDED_LATER``); any other text gets ftfy's whole regex.

    >>> check = DocumentBadness("Привет, мир", narrow_after=0)
    >>> check("Привет"), check.branches, check("РџСЂРёРІРµС‚")
    (False, 0, True)
    """

    def __init__(self, document: str, narrow_after: int = NARROW_AFTER) -> None:
        self.document = document
        self.narrow_after = narrow_after
        self.searched = 0  # characters searched with the whole regex so far
        self.allowed: frozenset[str] | None = None
        self.narrowed: re.Pattern[str] | None = None
        self.branches = 0
        self._characters: frozenset[str] | None = None

    def __call__(self, text: str) -> bool:
        if self.allowed is None:
            # Narrowing costs a few milliseconds (the narrowed regex compiled): worth it
            # only once a document has asked about many characters.
            self.searched += len(text)
            if self.searched <= self.narrow_after:
                return _badness_regex().search(text) is not None
            self.allowed = self.characters()
            branches = possible_branches(self.allowed)
            self.narrowed, self.branches = narrowed_regex(branches), len(branches)
        if not self.allowed.issuperset(text):
            return _badness_regex().search(text) is not None
        return self.narrowed is not None and self.narrowed.search(text) is not None

    def characters(self) -> frozenset[str]:
        """The document's characters and ``ADDED_LATER`` (found once)."""
        if self._characters is None:
            self._characters = characters_of(self.document) | ADDED_LATER
        return self._characters

    def spot_pattern(self) -> str | None:
        """:func:`spot_pattern` of the document's :meth:`characters`."""
        return spot_pattern(self.characters(), self.document)

    def of_own_text(self, text: str) -> bool:
        """:meth:`__call__` of a text made of the document's characters and
        ``ADDED_LATER`` (one of its lines, respaced, uncurled), which the caller knows:
        that is not checked again."""
        if self.allowed is None:
            return self(text)
        return self.narrowed is not None and self.narrowed.search(text) is not None


def possible_branches(characters: frozenset[str]) -> tuple[int, ...]:
    """The indexes of the badness regex's branches that text made of ``characters`` can
    match: each class (or character) the branch needs holds one of them."""
    pool = "".join(sorted(characters))
    return tuple(
        index
        for index, needs in enumerate(_branch_needs())
        if all(need.search(pool) for need in needs)
    )


def characters_of(text: str) -> frozenset[str]:
    """``frozenset(text)``, found faster: those of a first stretch, then the rest by a
    search for what they are not (``frozenset`` makes a string of each non-Latin-1
    character; in Cyrillic or Greek prose, the others are found four times as fast).

    >>> sorted(characters_of("Привет, мир" * 1000 + "!")) == sorted(set("Привет, мир!"))
    True
    """
    seen = set(text[:FIRST_STRETCH])
    while True:
        others = re.findall(f"[^{re.escape(''.join(seen))}]", text) if seen else list(text)
        if not others:
            return frozenset(seen)
        seen.update(others)


def spot_pattern(characters: frozenset[str], document: str = "") -> str | None:
    """A regex that finds, in a text made of ``characters``, a spot the badness regex needs
    to match there: for each branch that can match, either two characters side by side it
    needs (two classes or literals in a row) or one (a class or literal), whichever is
    found by scanning for the fewest of ``characters`` (two on a tie; the fewest
    occurrences in ``document`` among single classes as large). No class chosen holds a
    space, a straight quote (which later passes add) or a line feed, so that what they add
    can neither make a match nor bring two characters together. Empty when no branch can
    match; None when some branch needs no class free of them.

    >>> spot_pattern(frozenset("Привет, мир") | ADDED_LATER)
    ''
    >>> import re
    >>> found = re.compile(spot_pattern(frozenset("вЂ, Вот. ГўВЂВ") | ADDED_LATER))
    >>> found.search("Вот, вот."), found.search("вЂ™").group()  # (``в`` before an ``Ђ``)
    (None, 'в')
    """
    pool = "".join(sorted(characters))
    needs, pairs = _branch_needs(), _branch_pairs()
    counted = _Counts(document)  # (a tie is counted once a character, not once a branch)
    singles: set[str] = set()
    alternatives, starts = [], set()
    for index in possible_branches(characters):
        fewest = None
        for need in needs[index]:
            found = need.findall(pool)
            if SPOT_FREE.isdisjoint(found) and _fewer(counted, found, fewest):
                fewest = found
        two = None
        for first, second in pairs[index]:
            both = (first.findall(pool), second.findall(pool))
            if SPOT_FREE.isdisjoint(both[0] + both[1]) and (
                two is None or min(map(len, both)) < min(map(len, two))
            ):
                two = both
        if two is not None and (fewest is None or min(map(len, two)) <= len(fewest)):
            if not _fewer(counted, two[1], two[0]):  # the first scanned for, the second after
                alternatives.append(f"(?<={_class(two[0])})(?={_class(two[1])})")
                starts.update(two[0])
            else:  # the second scanned for, the first before it
                alternatives.append(f"(?<={_class(two[0])}{_class(two[1])})")
                starts.update(two[1])
        elif fewest is not None:
            singles.update(fewest)
        else:
            return None
    if singles:
        alternatives.append(f"(?<={_class(singles)})")
    if not alternatives:
        return ""
    # One class scanned for (in C), the rest checked where it occurs.
    return f"{_class(starts | singles)}(?:{'|'.join(alternatives)})"


def _class(characters: Iterable[str]) -> str:
    return f"[{re.escape(''.join(sorted(characters)))}]"


class _Counts(dict[str, int]):
    """How many times ``document`` holds a character, counted at the first question.

    >>> counts = _Counts("abca")
    >>> counts["a"], counts["d"]
    (2, 0)
    """

    def __init__(self, document: str) -> None:
        super().__init__()
        self.document = document

    def __missing__(self, character: str) -> int:
        self[character] = count = self.document.count(character)
        return count


def _fewer(counts: Mapping[str, int], these: list[str], those: list[str] | None) -> bool:
    """Whether ``these`` characters are fewer than ``those`` (if any), or as many and the
    document holds fewer of them (``counts``: counted only when they are few, the only
    ties worth breaking)."""
    if those is None or len(these) < len(those):
        return True
    if len(these) > len(those) or len(these) > TIE_COUNTED:
        return False
    return sum(counts[c] for c in these) < sum(counts[c] for c in those)


@lru_cache(maxsize=64)
def narrowed_regex(branches: tuple[int, ...]) -> re.Pattern[str] | None:
    """The badness regex with only ``branches`` (None for none)."""
    if not branches:
        return None
    parsed, alternatives = _parsed_branches()
    chosen = [alternatives[index] for index in branches]
    pattern = sre_parse.SubPattern(parsed.state, [(sre_parse.BRANCH, (None, chosen))])
    return sre_compile.compile(pattern, _badness_regex().flags)


@lru_cache(maxsize=1)
def _branch_needs() -> list[list[re.Pattern[str]]]:
    """Per branch, a regex per character it needs (a class, a literal, any character, a
    repeat of at least one); what else a branch holds (``^``, ``\\s?``) needs none."""
    parsed, alternatives = _parsed_branches()
    flags = _badness_regex().flags
    return [
        [
            sre_compile.compile(sre_parse.SubPattern(parsed.state, [item]), flags)
            for item in map(_one_character, branch.data)
            if item is not None
        ]
        for branch in alternatives
    ]


@lru_cache(maxsize=1)
def _branch_pairs() -> list[list[tuple[re.Pattern[str], re.Pattern[str]]]]:
    """Per branch, a regex for each of two characters it needs side by side (two classes
    or literals in a row)."""
    parsed, alternatives = _parsed_branches()
    flags = _badness_regex().flags
    single = (sre_parse.LITERAL, sre_parse.IN)
    return [
        [
            tuple(
                sre_compile.compile(sre_parse.SubPattern(parsed.state, [item]), flags)
                for item in (first, second)
            )
            for first, second in zip(branch.data[:-1], branch.data[1:], strict=True)
            if first[0] in single and second[0] in single
        ]
        for branch in alternatives
    ]


def _one_character(item: tuple) -> tuple | None:
    """The one-character item a branch's ``item`` needs at least once: itself (a class,
    a literal, any character), the item a repeat of at least one repeats; None when it
    needs none (``^``, ``\\s?``) or is anything else (a group: no narrowing by it)."""
    op, av = item
    if op in (sre_parse.LITERAL, sre_parse.IN, sre_parse.ANY):
        return item
    if op == sre_parse.MAX_REPEAT and av[0] >= 1 and len(av[2].data) == 1:
        return _one_character(av[2].data[0])
    return None


@lru_cache(maxsize=1)
def _parsed_branches() -> tuple[sre_parse.SubPattern, list[sre_parse.SubPattern]]:
    """ftfy's badness regex parsed, and its top-level branches (the whole regex as one
    branch if it has no top-level alternation)."""
    regex = _badness_regex()
    parsed = sre_parse.parse(regex.pattern, regex.flags)
    if len(parsed.data) == 1 and parsed.data[0][0] == sre_parse.BRANCH:
        return parsed, list(parsed.data[0][1][1])
    return parsed, [parsed]


def _badness_regex() -> re.Pattern[str]:
    from ftfy.badness import BADNESS_RE  # Deferred: only lines with a spot need it.

    return BADNESS_RE
