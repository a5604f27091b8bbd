"""Regular expressions compiled on first use, so that start-up pays only for those it runs.

A pass module defines dozens of patterns; on a small clean file (what a pre-commit hook
sees) most are never searched, yet compiling them all took ~10 ms of a ~80 ms process.

>>> WORD_RE = lazy_compile(r"\\w+")
>>> WORD_RE.findall("two words")
['two', 'words']
>>> WORD_RE.pattern
'\\\\w+'
"""

from __future__ import annotations

import re


class LazyPattern:
    """A ``re.Pattern`` stand-in that compiles its source on the first attribute asked.

    Only attribute access is forwarded (``search``, ``sub``, ``pattern``...): it is no
    ``re.Pattern`` for ``isinstance`` nor for ``re.sub(pattern, ...)``; call its methods.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        # The pattern's source, as re.Pattern.pattern: read without compiling it (a pattern
        # made of another's source must not compile that one).
        self.pattern = source

    def __getattr__(self, name: str) -> object:
        # Called only for what the instance lacks: each attribute of the compiled pattern
        # is kept on it, so later calls go straight to the pattern's bound method.
        value = self.__dict__[name] = getattr(re.compile(self.source, self.flags), name)
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self.source!r}, {self.flags!r})"


def lazy_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, deferred to the first use (typed as the pattern it
    stands for: every use of a module-level pattern is a method call or attribute)."""
    return LazyPattern(source, flags)  # type: ignore[return-value]
