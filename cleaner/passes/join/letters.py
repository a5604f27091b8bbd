"""The tokens around a pair the ``join`` pass may join: the word before it, the spaces
beside it, and whether a lone letter in it fits (``T he``, not ``x and y``).

>>> word_before("in T he", 3)
'in'
"""

from __future__ import annotations

import re

from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.join.words import LETTERS_JOINED_ZIPF, LONE_LETTER_JOINED_ZIPF, is_fragment

# The word before a pair, and the word after it (to see a run of lone letters).
WORD_BEFORE_RE = lazy_compile(r"([A-Za-z]+)[^\w\n]{1,3}$")
WORD_AFTER_RE = lazy_compile(r"[^\w\n]{1,3}([A-Za-z]+)")
# The letters up to a position, and from one (the tokens of a pair).
LETTERS_BEFORE_RE = lazy_compile(r"[A-Za-z]+\Z")
LETTERS_AFTER_RE = lazy_compile(r"[A-Za-z]+")
# Words that a lone letter before them names (a tool's "m command", "the y key", "an x
# axis"): that letter is a name, no piece of the word before it ("them command").
NAMING_WORDS = frozenset(
    {"command", "commands", "key", "keys", "option", "options", "flag", "flags", "switch"}
    | {"variable", "variables", "axis", "register", "button", "parameter"}
)


def word_before(text: str, start: int) -> str:
    """The letters just before ``start`` and a space, lower-cased ("" if none)."""
    found = WORD_BEFORE_RE.search(text[max(0, start - 30) : start])
    return found[1].lower() if found and text[start - 1 : start] == " " else ""


def neighbours(text: str, space: int) -> tuple[int, int]:
    """The spaces just before the left token and after the right token of the pair at
    ``space`` (-1 where there is none: a line end or punctuation)."""
    before = LETTERS_BEFORE_RE.search(text, max(0, space - 60), space)
    after = LETTERS_AFTER_RE.match(text, space + 1)
    start = before.start() - 1 if before else -1
    end = after.end() if after else -1
    return (start if text[start : start + 1] == " " else -1), (
        end if text[end : end + 1] == " " else -1
    )


def lone_letters_fit(
    text: str, pair: re.Match[str], left: str, right: str, model: WordModel
) -> bool:
    """A lone letter joins outside a run of them (``a b c``, a list of letters); two lone
    letters, or one with another beyond the word (no fragment) it joins (``x and y``,
    ``b and b``: a formula; ``T he e``), only into a common word (``o f``, ``T he``; not
    ``C c``, ``andy``), and never a letter a word after it names (``the m command``).
    ``a`` and ``I`` are words, no lone letters, and neither is a letter
    that makes a word with the token on its far side (``f`` in ``o f bug s``), as the
    same run joins them: the verdict must not change once they are joined.

    >>> from cleaner.lexicon import load_model
    >>> from cleaner.passes.join import PAIR_RE
    >>> def fit(text, at):
    ...     pair = PAIR_RE.search(text, at)
    ...     return lone_letters_fit(text, pair, pair["left"], pair["right"], load_model())
    >>> [fit(*case) for case in [("x and y", 2), ("T he e", 0), ("o f a", 0), ("C c ode", 0)]]
    [False, True, True, False]
    >>> fit("a b c", 2), fit("to x and y", 0), fit("o f bug s", 4), fit("pleasur e i n", 10)
    (False, True, True, True)
    >>> fit("set by the m command", 7), fit("set by the m ore", 7)
    (False, True)
    """
    if len(left) > 1 and len(right) > 1:
        return True
    start = max(0, pair.start() - 20)
    before = WORD_BEFORE_RE.search(text, start, pair.start())
    after = WORD_AFTER_RE.match(text, pair.end("right"))
    if len(right) == 1 and after and after[1].lower() in NAMING_WORDS:
        return False  # "the m command": a command's name, not "them".
    if len(left) == 1 and len(right) == 1:
        beyond, common = ((before, -1), (after, 1)), True  # A run of lone letters never joins.
    elif is_fragment(left if len(right) == 1 else right, model):
        return True  # "e fforts T he": no word stands between two letters.
    else:  # Only the far side of the word counts: "x and" + " y".
        beyond, common = (((before, -1),) if len(right) == 1 else ((after, 1),)), False
    if any(_stands_alone(text, word, side, model) for word, side in beyond if word):
        return False if common else _common(left + right, model)
    return _common(left + right, model) if common else True


def _stands_alone(text: str, word: re.Match[str], side: int, model: WordModel) -> bool:
    """Whether the token of ``word`` (group 1) is a lone letter other than ``a`` and ``I``
    that makes no word with the token beyond it, on ``side`` (-1 before, 1 after)."""
    letter = word[1]
    if len(letter) > 1 or letter in "aAI":
        return False
    if side < 0:
        if text[word.start(1) - 1 : word.start(1)] != " ":
            return True
        other = LETTERS_BEFORE_RE.search(text, max(0, word.start(1) - 40), word.start(1) - 1)
        joined = other[0] + letter if other else ""
    else:
        other = LETTERS_AFTER_RE.match(text, word.end(1) + 1)
        if text[word.end(1) : word.end(1) + 1] != " ":
            return True
        joined = letter + other[0] if other else ""
    return model.frequency(joined.lower()) < LONE_LETTER_JOINED_ZIPF


def _common(word: str, model: WordModel) -> bool:
    """A word common enough for lone letters to make it (``of``, ``the``; not ``cc``)."""
    return model.frequency(word.lower()) >= LETTERS_JOINED_ZIPF
