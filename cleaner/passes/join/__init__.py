"""The ``join`` pass: rejoin words broken by a stray space (``e fforts``, ``I NTRODUCTION``).

PDF extractors (pypdf, pdftotext) put a space inside a word where the letters were set
apart: after a small capital (``I NTRODUCTION``), a drop capital (``T he``), or where a
ligature was drawn (``e fforts``, and ``classi cation`` where the ligature itself was lost).
Precision comes first, as in ``split``: two tokens are joined when one of them is no word
(unknown, rare, a lone letter other than ``a``, ``I``, ``O``, or two lowercase letters the
document writes once), the joined word is common, and it is far likelier than the two
tokens side by side. Two words join only when the joined word is far likelier still
(``wi th``, ``sect ion``), a little less so when the document uses it elsewhere (its own
vocabulary): real phrases (``a part``, ``to day``, ``any one``, ``per cent``) never do.
Nor does a capitalized second part (names), a fragment the document uses on its own
elsewhere, a formula (``x and y``), or anything in code (the lines whose spacing counts:
``for k in`` is no ``fork in``), though an indented paragraph that reads as prose is mended.
The pass looks only into documents that show stray spaces (see :mod:`.context`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import NamedTuple

from cleaner.data import read_data
from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel, load_model
from cleaner.passes.join.context import foreign, reads_as_prose, shows_stray_spaces
from cleaner.passes.layout import code_test

# Letters only, ASCII: the lexicon's words.
LETTER_RUN_RE = lazy_compile(r"[A-Za-z]+")
# Two letter runs with one space between, neither touching another letter, digit, hyphen
# or apostrophe ("well- known" and "don' t" are not this pass's), nor a NUL or U+FFFD: a
# lost ligature's place, which the pdf pass (run before this one) judges by the letters
# around it, so a join there would change its verdict on the next run.
PAIR_RE = lazy_compile(
    r"(?<![\w'’\-./\\*@&\x00\ufffd])(?P<left>[A-Za-z]+) "
    r"(?=(?P<right>[A-Za-z]+)(?![\w'’\-/@(=\x00\ufffd]|[.:]\w))"
)
# The word before a pair, and the word after it (to see a run of lone letters).
WORD_BEFORE_RE = lazy_compile(r"([A-Za-z]+)[^\w\n]{1,3}$")
WORD_AFTER_RE = lazy_compile(r"[^\w\n]{1,3}([A-Za-z]+)")
# The letters up to a position, and from one (the tokens of a pair).
LETTERS_BEFORE_RE = lazy_compile(r"[A-Za-z]+\Z")
LETTERS_AFTER_RE = lazy_compile(r"[A-Za-z]+")
# Characters from the middle of a document that judge its language.
LANGUAGE_SAMPLE = 20_000
# A paragraph: lines without a blank line between.
PARAGRAPH_RE = lazy_compile(r"[^\n]+(?:\n[^\n]+)*")
# How many times the pass looks again at the text its joins made: a token joins at most
# once a round, and a word one round made may join a lone letter next to it (``T he e~d``
# -> ``The e~d`` -> ``Thee~d``), which a second run of the pass would otherwise find.
JOIN_ROUNDS = 3
# A token rarer than this (Zipf) may be a fragment of a word; a short one (``ly``, ``nd``)
# up to a higher frequency, as the lexicon lists many fragments as words.
FRAGMENT_ZIPF = 2.5
SHORT_FRAGMENT = 3
SHORT_FRAGMENT_ZIPF = 4.0
# Two lowercase letters the document writes only once are a fragment below this frequency
# ("a ny", "a re", "a ll": "ny", "re" and "ll" are words of the lexicon, as "NY", "Re:" and
# "'ll", but seldom a lowercase word of their own); "so", "me", "is" are not.
ONCE_FRAGMENT_ZIPF = 5.5
# A word in capitals broken in two has at least this many letters ("TH E", "F OR"; two
# lone capitals, "B Y", are as likely initials).
CAPITALS_MIN_LENGTH = 3
# Single letters that are words.
LETTER_WORDS = frozenset({"a", "i", "o"})
# The joined word is at least this common.
JOINED_ZIPF = 2.5
# A lone letter joined to a real word makes a word at least this common ("T he" -> "The").
LONE_LETTER_JOINED_ZIPF = 4.0
# Two lone letters, or one beside a word with a lone letter beyond it, make a word at
# least this common ("o f", "T he e"; not "C c", "p x", "x and y" as "andy").
LETTERS_JOINED_ZIPF = 5.5
# A word this common ("she", "said") may take a lone "s" that could end a plural.
COMMON_WORD_ZIPF = 5.0
# log10 of P(joined word) / (P(left) P(right)) must reach this (see :func:`join_score`).
MIN_SCORE = 3.0
# Two tokens that are both words ("wi th", "a ny", "sect ion") join at this score, or at
# the lower one when the document uses the joined word elsewhere (its own vocabulary):
# real phrases score less ("a part" 0.6, "to day" 1.1, "in deed" 2.7, "per cent" 3.7 and
# the older spellings listed in data/join_phrases.txt, never joined).
WORDS_JOIN_SCORE = 4.5
OWN_WORD_JOIN_SCORE = 3.5
# The ligatures an extractor may drop with a space in their place (``classi cation``).
LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")


# A pair not judged yet (its verdict is a tuple or None).
UNJUDGED = False


class Join(NamedTuple):
    """A space to remove: its offset, and the letters to put in its place (a ligature)."""

    space: int
    insert: str
    word: str
    forced: bool = False
    protected: bool = False


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
    rounds = list(_join_rounds(text, protect, force))
    if not rounds:
        return text
    last_text, last_joins = rounds[-1]
    return _with_joins(last_text, last_joins)


def _join_rounds(
    text: str, protect: Iterable[str], force: Iterable[str]
) -> Iterator[tuple[str, list[Join]]]:
    """Each round of joins the pass makes (at most ``JOIN_ROUNDS``), with the text it made
    them in: the one the round before left.

    >>> [(text, [join.word for join in joins]) for text, joins in _join_rounds("T he e~d", (), ())]
    [('T he e~d', ['The']), ('The e~d', ['Thee'])]
    """
    for _ in range(JOIN_ROUNDS):
        joins = find_joins(text, protect=protect, force=force)
        if not joins:
            return
        yield text, joins
        text = _with_joins(text, joins)


def _with_joins(text: str, joins: list[Join]) -> str:
    """``text`` with each of ``joins`` made (in order).

    >>> _with_joins("T he end", [Join(1, "", "The")])
    'The end'
    """
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
    if not forced and not shows_stray_spaces(text):
        return []
    counts = Counter(LETTER_RUN_RE.findall(text))
    if not counts:
        return []
    lower_counts: Counter[str] = Counter()
    for word, count in counts.items():
        lower_counts[word.lower()] += count
    model = get_model()
    fragments = {word for word, n in counts.items() if _is_fragment(word, model, n)}
    if forced:
        fragments |= {part for entry in forced for part in entry.split()}
    if not fragments:
        return []
    # Whether the document is in another language (its paragraphs may pass for English),
    # judged at the first paragraph that may hold a join: most hold none.
    document_foreign: bool | None = None
    protected = {word.lower() for word in protect}
    # (score, space, join): every pair that could join; a token joins at most once, to the
    # side where the join is likeliest ("farme r and": "farmer", not "rand").
    candidates: list[tuple[float, int, Join]] = []
    verdicts: dict[tuple[str, str], tuple[float, str, str] | bool | None] = {}
    in_code: Callable[[int], bool] | None = None  # Made at the first pair that could join.
    fenced: Callable[[int], bool] | None = None  # Code but for indentation: at the first in code.
    joinable: set[tuple[str, str]] = set()  # The pairs judged so far whose verdict is a join.
    for paragraph in PARAGRAPH_RE.finditer(text):
        start, end = paragraph.span()
        if not forced:
            # Each pair's verdict is all the loop below reads of a paragraph whose pairs
            # have none but None: the paragraph's new pairs judged at once (a set, in C),
            # and the paragraph left at once if none of its pairs may join (most of them).
            pairs = PAIR_RE.findall(text, start, end)
            for left, right in set(pairs).difference(verdicts):
                words = left not in fragments and right not in fragments
                found = _joined(left, right, model, lower_counts, fragments, words)
                verdicts[left, right] = found
                if found is not None:
                    joinable.add((left, right))
            if joinable.isdisjoint(pairs):
                continue
        if document_foreign is None:
            middle = max(0, len(text) // 2 - LANGUAGE_SAMPLE // 2)
            document_foreign = foreign(text[middle : middle + LANGUAGE_SAMPLE], model)
        if document_foreign:
            return []  # (A document in another language: no join is made in it.)
        english: bool | None = None
        for pair in PAIR_RE.finditer(text, start, end):
            left, right = pair.group("left", "right")
            if forced and f"{left} {right}".lower() in forced:
                space = pair.end("left")
                candidates.append((float("inf"), space, Join(space, "", left + right, True)))
                continue
            # The pair's own verdict first (most pairs of words fail it), once per pair
            # (_joined asks first whether the shapes join).
            found = verdicts.get((left, right), UNJUDGED)
            if found is UNJUDGED:
                words = left not in fragments and right not in fragments
                found = _joined(left, right, model, lower_counts, fragments, words)
                verdicts[left, right] = found
            if found is None:
                continue
            space = pair.end("left")
            in_code = in_code or code_test(text)
            if in_code(space):
                fenced = fenced or code_test(text, indented=False)
                if fenced(space) or not reads_as_prose(text[start:end]):
                    continue
            if english is None:  # Judged once, at the paragraph's first candidate.
                english = not foreign(text[start:end], model)
            if not english:
                break  # "und er", "de mon": words of another language, never joined.
            if not _lone_letters_fit(text, pair, left, right, model):
                continue
            if (
                left == "s"
                and right not in fragments
                and model.frequency("s" + right.lower()) < COMMON_WORD_ZIPF
                and model.knows(_word_before(text, pair.start()) + "s")
            ):
                continue  # "Tenant s and": the plural's s, not "sand"; but "that s he".
            protect_it = found[2].lower() in protected  # Still claims its tokens.
            join = Join(space, found[1], found[2], protected=protect_it)
            candidates.append((found[0], space, join))
    taken: set[int] = {-1}  # Spaces next to a token already joined (-1: none).
    joins = []
    for _, space, join in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if taken.isdisjoint(set(_neighbours(text, space)) - {-1}):
            taken.add(space)
            if not join.protected:
                joins.append(join)
    return sorted(joins)


def _word_before(text: str, start: int) -> str:
    """The letters just before ``start`` and a space, lower-cased ("" if none)."""
    found = WORD_BEFORE_RE.search(text[max(0, start - 30) : start])
    return found[1].lower() if found and text[start - 1 : start] == " " else ""


def _neighbours(text: str, space: int) -> tuple[int, int]:
    """The spaces just before the left token and after the right token of the pair at
    ``space`` (-1 where there is none: a line end or punctuation)."""
    before = LETTERS_BEFORE_RE.search(text, max(0, space - 60), space)
    after = LETTERS_AFTER_RE.match(text, space + 1)
    start = before.start() - 1 if before else -1
    end = after.end() if after else -1
    return (start if text[start : start + 1] == " " else -1), (
        end if text[end : end + 1] == " " else -1
    )


def _lone_letters_fit(
    text: str, pair: re.Match[str], left: str, right: str, model: WordModel
) -> bool:
    """A lone letter joins outside a run of them (``a b c``, a list of letters); two lone
    letters, or one with another beyond the word (no fragment) it joins (``x and y``,
    ``b and b``: a formula; ``T he e``), only into a common word (``o f``, ``T he``; not
    ``C c``, ``andy``). ``a`` and ``I`` are words, no lone letters, and neither is a letter
    that makes a word with the token on its far side (``f`` in ``o f bug s``), as the
    same run joins them: the verdict must not change once they are joined.

    >>> from cleaner.lexicon import load_model
    >>> def fit(text, at):
    ...     pair = PAIR_RE.search(text, at)
    ...     return _lone_letters_fit(text, pair, pair["left"], pair["right"], load_model())
    >>> [fit(*case) for case in [("x and y", 2), ("T he e", 0), ("o f a", 0), ("C c ode", 0)]]
    [False, True, True, False]
    >>> fit("a b c", 2), fit("to x and y", 0), fit("o f bug s", 4), fit("pleasur e i n", 10)
    (False, True, True, True)
    """
    if len(left) > 1 and len(right) > 1:
        return True
    start = max(0, pair.start() - 20)
    before = WORD_BEFORE_RE.search(text, start, pair.start())
    after = WORD_AFTER_RE.match(text, pair.end("right"))
    if len(left) == 1 and len(right) == 1:
        beyond, common = ((before, -1), (after, 1)), True  # A run of lone letters never joins.
    elif _is_fragment(left if len(right) == 1 else right, model):
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


def _is_fragment(word: str, model: WordModel, count: int = 2) -> bool:
    """A token that may be part of a word: a lone letter other than a word, a rare token,
    or two lowercase letters the document writes ``count`` = 1 time only.

    >>> model = WordModel({"the": 7.7, "fforts": 0.0, "a": 7.4, "ny": 4.4})
    >>> [_is_fragment(w, model) for w in ("T", "a", "fforts", "the", "NTRODUCTION", "ny")]
    [True, False, True, False, True, False]
    >>> _is_fragment("ny", model, 1), _is_fragment("NY", model, 1)
    (True, False)
    """
    lower = word.lower()
    if len(word) == 1:
        return lower not in LETTER_WORDS
    if not (word.islower() or word.isupper() or word[1:].islower()):
        return False  # camelCase, McDonald: not the pass's.
    frequency = model.frequency(lower)
    if count == 1 and len(word) == 2 and word.islower() and frequency < ONCE_FRAGMENT_ZIPF:
        return True
    limit = SHORT_FRAGMENT_ZIPF if len(word) <= SHORT_FRAGMENT else FRAGMENT_ZIPF
    return frequency < limit


def _joined(
    left: str,
    right: str,
    model: WordModel,
    counts: Counter[str],
    fragments: set[str],
    words: bool = False,
) -> tuple[float, str, str] | None:
    """The join's score, what goes in place of the space ("" or a ligature) and the joined
    word, or None."""
    if not _shapes_join(left, right):
        return None
    if words and model.frequency((left + right).lower()) < JOINED_ZIPF:
        return None  # (join_score's first test: most pairs of words make no word)
    for part in (left, right):
        # A fragment the document uses on its own elsewhere is a word of the document.
        lower = part.lower()
        if len(part) > 1 and counts[lower] > 1 and 0 < model.frequency(lower) < FRAGMENT_ZIPF:
            return None
    score = join_score(left, right, "", model)
    lone = (len(left) == 1 and right not in fragments) or (
        len(right) == 1 and left not in fragments
    )
    if lone and model.frequency((left + right).lower()) < LONE_LETTER_JOINED_ZIPF:
        return None  # "X server", "E as": a lone letter beside a word makes a common word.
    if words:  # Two words ("wi th", "a ny"): the document's own word needs less.
        own = counts[(left + right).lower()] > 0
        if f"{left} {right}".lower() in real_phrases():
            return None
        if score >= (OWN_WORD_JOIN_SCORE if own else WORDS_JOIN_SCORE):
            return score, "", left + right
        return None
    if score >= MIN_SCORE:
        return score, "", left + right
    scores = {lig: join_score(left, right, lig, model) for lig in LIGATURES}
    fits = [lig for lig, score in scores.items() if score >= MIN_SCORE]
    if len(fits) == 1 and right.islower():
        return scores[fits[0]], fits[0], left + fits[0] + right
    return None


@cache
def real_phrases() -> frozenset[str]:
    """The two-word phrases never joined (``data/join_phrases.txt``), lowercase.

    >>> "per cent" in real_phrases()
    True
    """
    lines = (line.strip() for line in read_data("join_phrases.txt").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _shapes_join(left: str, right: str) -> bool:
    """Letter cases a broken word shows: ``e fforts``, ``T he``, ``Intro duction``,
    ``I NTRODUCTION``, ``TH E``; never a capitalized second part (``Mac Donald``)."""
    if right.islower():
        return left.islower() or left[1:].islower() or len(left) == 1
    return left.isupper() and right.isupper() and len(left + right) >= CAPITALS_MIN_LENGTH


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

    Silent when the pass changed nothing: every join removes a space, so an unchanged text
    had none to make (and chunks.clean_blocks asks, for warnings, without a second search).

    >>> explain_joins("our e fforts, d efinitely a T he", "")
    ["'e fforts' -> efforts", "'d efinitely' -> definitely", "'T he' -> The"]
    """
    if before == after:
        return []
    notes: list[str] = []
    rounds = _join_rounds(before, options.get("protect", ()), options.get("force", ()))
    for text, joins in rounds:
        for join in joins:
            start = text.rfind(" ", 0, join.space) + 1
            end = text.find(" ", join.space + 1)
            broken = text[start : end if end >= 0 else len(text)]
            note = " (forced)" if join.forced else ""
            notes.append(f"{broken.strip('.,;:!?')!r} -> {join.word}{note}")
    return notes
