"""Patterns of the ``split`` pass that need the ``regex`` module's Unicode classes.

Importing ``regex`` takes ~10 ms, as long as cleaning a small file. These patterns judge a
paragraph that holds a merged-looking word the lexicon does not know (is it English? does it
show code?), so :mod:`.prose` and :mod:`.technical` import this module only then: clean text
never does.
"""

from __future__ import annotations

import regex

# Signs of code or markup in a paragraph: ``snake_case``, ``dotted.name``, ``call()``,
# backticks, ``--option``, ``a=b``, ``<tag>``, braces, ``::``, a URL's ``://``.
CODE_HINT_RE = regex.compile(r"\w_\w|[a-z]{2,}\.[a-z]{2,}|\w\(|[`{}<>=|\\]|::|(?<!\S)--?[a-z]|://")
# The signs of CODE_HINT_RE that technical.ASCII_CODE_HINT_RE leaves out, each searched
# only where its telltale character occurs: (that character, how many characters of a
# match come before it, the pattern).
UNICODE_CODE_HINTS = (
    ("_", 1, regex.compile(r"\w_\w")),
    ("(", 1, regex.compile(r"\w\(")),
    ("-", 0, regex.compile(r"(?<!\S)--?[a-z]")),
)
# A run of letters of any script, for judging a paragraph's language (``niños`` is one).
ANY_LETTER_RUN_RE = regex.compile(r"\p{L}+")
# A letter of any script.
LETTER_RE = regex.compile(r"\p{L}")
# Such a run of two letters or more (a run is whole: a longer one never matches in part).
TWO_LETTERS_OR_MORE_RE = regex.compile(r"\p{L}{2,}")
