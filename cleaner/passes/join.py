"""The ``join`` pass: rejoin words broken by a stray space (``e fforts``, ``I NTRODUCTION``).

PDF extractors (pypdf, pdftotext) put a space inside a word where the letters were set
apart: after a small capital (``I NTRODUCTION``), a drop capital (``T he``), or where a
ligature was drawn (``e fforts``, and ``classi cation`` where the ligature itself was lost).
Precision comes first, as in ``split``: two tokens are joined only when one of them is no
word (unknown, rare, or a lone letter other than ``a``, ``I``, ``O``), the joined word is
common, and it is far likelier than the two tokens side by side. Two real words (``a
part``, ``to day``, ``any one``) are never joined, nor a capitalized second part (names),
nor a fragment the document uses on its own elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import NamedTuple

from cleaner.lexicon import WordModel, load_model

# Letters only, ASCII: the lexicon's words.
LETTER_RUN_RE = re.compile(r"[A-Za-z]+")
# Two letter runs with one space between, neither touching another letter, digit, hyphen
# or apostrophe ("well- known" and "don' t" are not this pass's).
PAIR_RE = re.compile(r"(?<![\w'’\-])(?P<left>[A-Za-z]+) (?=(?P<right>[A-Za-z]+)(?![\w'’\-]|\.\w))")
# A paragraph: lines without a blank line between.
PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")
# A lowercase token rarer than this (Zipf) may be a fragment of a word.
FRAGMENT_ZIPF = 3.0
# Single letters that are words.
LETTER_WORDS = frozenset({"a", "i", "o"})
# The joined word is at least this common.
JOINED_ZIPF = 3.0
# log10 of P(joined word) / (P(left) P(right)) must reach this (see :func:`join_score`).
MIN_SCORE = 3.0
# The ligatures an extractor may drop with a space in their place (``classi cation``).
LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")


class Join(NamedTuple):
    """A space to remove: its offset, and the letters to put in its place (a ligature)."""

    space: int
    insert: str
    word: str
    forced: bool = False


def join_broken_words(
    text: str, *, protect: tuple[str, ...] = (), force: tuple[str, ...] = ()
) -> str:
    """Rejoin words a stray space broke; ``protect`` words stay broken, ``force`` pairs join.

    A ``force`` entry is the broken form, ``"e fforts"``: every such pair (any case) joins.
    ``protect`` lists joined words (any case) never to make.

    >>> join_broken_words("Our e fforts in the I NTRODUCTION. T he end of classi cation.")
    'Our efforts in the INTRODUCTION. The end of classification.'
    >>> join_broken_words("It fell a part, and to day any one may see it.")
    'It fell a part, and to day any one may see it.'
    >>> join_broken_words("the e fforts", protect=("efforts",))
    'the e fforts'
    """
    joins = find_joins(text, protect=protect, force=force)
    if not joins:
        return text
    pieces, start = [], 0
    for join in joins:
        pieces += [text[start : join.space], join.insert]
        start = join.space + 1
    pieces.append(text[start:])
    return "".join(pieces)


def find_joins(
    text: str,
    *,
    protect: Iterable[str] = (),
    force: Iterable[str] = (),
    get_model: Callable[[], WordModel] = load_model,
) -> list[Join]:
    """Every join the pass makes in ``text``, in order; the model loads only if needed."""
    forced = {" ".join(entry.lower().split()) for entry in force if len(entry.split()) == 2}
    counts = Counter(LETTER_RUN_RE.findall(text))
    if not counts:
        return []
    lower_counts: Counter[str] = Counter()
    for word, count in counts.items():
        lower_counts[word.lower()] += count
    model = get_model()
    fragments = {word for word in counts if _is_fragment(word, model)}
    if forced:
        fragments |= {part for entry in forced for part in entry.split()}
    if not fragments:
        return []
    protected = {word.lower() for word in protect}
    joins = []
    for paragraph in PARAGRAPH_RE.finditer(text):
        start, end = paragraph.span()
        if fragments.isdisjoint(LETTER_RUN_RE.findall(text, start, end)) and not forced:
            continue
        for pair in PAIR_RE.finditer(text, start, end):
            left, right = pair["left"], pair["right"]
            if joins and joins[-1].space >= pair.start("left") - 1:
                continue  # The left token was just joined to the one before it.
            key = f"{left} {right}".lower()
            if key in forced:
                joins.append(Join(pair.end("left"), "", left + right, forced=True))
                continue
            if left not in fragments and right not in fragments:
                continue
            joined = _joined(left, right, model, lower_counts)
            if joined is not None and joined[1].lower() not in protected:
                joins.append(Join(pair.end("left"), joined[0], joined[1]))
    return joins


def _is_fragment(word: str, model: WordModel) -> bool:
    """A token that may be part of a word: a lone letter other than a word, or a rare token.

    >>> model = WordModel({"the": 7.7, "fforts": 0.0, "a": 7.4})
    >>> [_is_fragment(w, model) for w in ("T", "a", "fforts", "the", "NTRODUCTION")]
    [True, False, True, False, True]
    """
    lower = word.lower()
    if len(word) == 1:
        return lower not in LETTER_WORDS
    if not (word.islower() or word.isupper() or word[1:].islower()):
        return False  # camelCase, McDonald: not the pass's.
    return model.frequency(lower) < FRAGMENT_ZIPF


def _joined(
    left: str, right: str, model: WordModel, counts: Counter[str]
) -> tuple[str, str] | None:
    """What goes in place of the space ("" or a ligature) and the joined word, or None."""
    if not _shapes_join(left, right):
        return None
    for part in (left, right):
        # A fragment the document uses on its own elsewhere is a word of the document.
        if counts[part.lower()] > 1 and model.frequency(part.lower()) > 0:
            return None
    if join_score(left, right, "", model) >= MIN_SCORE:
        return "", left + right
    fits = [lig for lig in LIGATURES if join_score(left, right, lig, model) >= MIN_SCORE]
    if len(fits) == 1 and right.islower():
        return fits[0], left + fits[0] + right
    return None


def _shapes_join(left: str, right: str) -> bool:
    """Letter cases a broken word shows: ``e fforts``, ``T he``, ``Intro duction``,
    ``I NTRODUCTION``; never a capitalized second part (``Mac Donald``)."""
    if len(right) == 1:
        return False  # A lone letter starts a word ("e fforts"); "th e" is no break seen.
    if right.islower():
        return left.islower() or left[1:].islower() or len(left) == 1
    return left.isupper() and right.isupper() and len(left + right) >= 4


def join_score(left: str, right: str, middle: str, model: WordModel) -> float:
    """log10 of P(joined word) / (P(left) P(right)), Zipf-based; -inf if not a common word.

    >>> model = WordModel({"a": 7.4, "part": 5.8, "apart": 4.8, "efforts": 4.6})
    >>> round(join_score("a", "part", "", model), 1), join_score("e", "fforts", "", model)
    (0.6, 13.6)
    """
    joined = model.frequency((left + middle + right).lower())
    if joined < JOINED_ZIPF:
        return float("-inf")
    # A lone letter other than a word counts as unknown: "T he" is no phrase.
    parts = [0.0 if len(p) == 1 and p.lower() not in LETTER_WORDS else p for p in (left, right)]
    frequencies = [p if isinstance(p, float) else model.frequency(p.lower()) for p in parts]
    return joined + 9 - sum(frequencies)


def explain_joins(before: str, after: str, **options: tuple[str, ...]) -> list[str]:
    """One line per join made.

    >>> explain_joins("our e fforts", "")
    ["'e fforts' -> efforts"]
    """
    found = find_joins(before, protect=options.get("protect", ()), force=options.get("force", ()))
    notes = []
    for join in found:
        start = before.rfind(" ", 0, join.space) + 1
        end = before.find(" ", join.space + 1)
        broken = before[start : end if end >= 0 else len(before)]
        note = " (forced)" if join.forced else ""
        notes.append(f"{broken.strip('.,;:!?')!r} -> {join.word}{note}")
    return notes
