"""One pattern that finds, in a block's screen key, the lines whose start some rule has.

:mod:`.lines` looks each line's start up among the rules' starts; in a book nearly every
line has none. Searched for as one pattern (a line feed, the leading decorations, then a
trie of the starts) over the whole key, the few lines that have one are found at the
regex engine's speed, and only they are looked up. Every line the look-up gives rules is
among those it finds (tests check it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A trie of strings: each character leads to the trie of what may follow it; an empty
# trie ends a string (a start found: the pattern need not read further).
Trie = dict[str, "Trie"]


def starts_re(starts: Iterable[str], lead: str) -> re.Pattern[str]:
    """A pattern matching a line feed, then any of the ``lead`` characters, then one of
    ``starts`` (key strings, ``0`` for any decimal digit): searched for over ``"\\n"`` and
    a screen key, it finds the line feed before each line that begins with one of them
    once its ``lead`` characters are stripped.

    A start that itself begins with a ``lead`` character can begin no stripped line: it is
    left out, so the pattern needs no possessive repeat (Python 3.10 has none).

    >>> pattern = starts_re(["share", "0min", "»x"], "»-")
    >>> [m.start() for m in pattern.finditer("\\nshare\\n»»5mins\\n»xy\\nsharp")]
    [0, 6]
    """
    kept = sorted({start for start in starts if start and start[0] not in lead})
    trie: Trie = {}
    for start in kept:  # (Sorted: a start comes before those it starts.)
        _insert(trie, start)
    lead_class = f"[{re.escape(lead)}]*" if lead else ""
    return re.compile(f"\\n{lead_class}{_source(trie) if trie else '(?!)'}")


def _insert(trie: Trie, string: str) -> None:
    """Add ``string`` to ``trie``, unless a start of it is there: that one is enough.

    >>> trie: Trie = {}
    >>> for string in ("ab", "abc", "b"): _insert(trie, string)
    >>> trie
    {'a': {'b': {}}, 'b': {}}
    """
    node = trie
    for character in string:
        if character not in node:
            node[character] = {}
        elif not node[character]:
            return  # A shorter start ends here (it was added first: they are sorted).
        node = node[character]


def _source(trie: Trie) -> str:
    """The regex source of a non-empty trie (its characters in sorted order, those that
    end a start gathered in one class).

    >>> _source({"a": {}, "b": {}, "c": {"d": {}, "e": {"f": {}}}})
    '(?:[ab]|c(?:d|ef))'
    """
    ends = [character for character, node in sorted(trie.items()) if not node]
    branches = [_char(c) + _source(node) for c, node in sorted(trie.items()) if node]
    if len(ends) == 1:
        branches.insert(0, _char(ends[0]))
    elif ends:
        branches.insert(0, "[" + "".join(_char(c, in_class=True) for c in ends) + "]")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _char(character: str, *, in_class: bool = False) -> str:
    """A key character as regex: ``0`` stands for any decimal digit (``\\d`` matches what
    ``str.isdecimal`` holds, tests check it)."""
    if character == "0":
        return "\\d"
    return re.escape(character) if not in_class or character in "\\]^-[" else character
