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
``for k in`` is no ``fork in``; nor a span in backticks), though an indented paragraph that
reads as prose is mended.
The pass looks only into documents that show stray spaces (see :mod:`.context`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel, load_model
from cleaner.passes.join.context import (
    confirms_stray_spaces,
    foreign,
    reads_as_prose,
    shows_stray_spaces,
)
from cleaner.passes.join.letters import lone_letters_fit, neighbours, word_before
from cleaner.passes.join.words import LETTER_WORDS, is_fragment, pair_verdict
from cleaner.passes.layout import code_test

# Letters only, ASCII: the lexicon's words.
LETTER_RUN_RE = lazy_compile(r"[A-Za-z]+")
# Two letter runs with one space between, neither touching another letter, digit, hyphen
# or apostrophe ("well- known" and "don' t" are not this pass's), nor a NUL or U+FFFD: a
# lost ligature's place, which the pdf pass (run before this one) judges by the letters
# around it, so a join there would change its verdict on the next run. Nor a left token
# right after "%" or ":", a format's or a command's letter ("%t in", "doing :d on"), nor
# after reStructuredText's escaped space (":class:`Group`\ s in": a plural's "s"), nor
# a right token that opens a path (``in c:\MyApp``).
PAIR_RE = lazy_compile(
    r"(?<![\w'’\-./\\*@&%:\x00\ufffd])(?<!\\ )(?P<left>[A-Za-z]+) "
    r"(?=(?P<right>[A-Za-z]+)(?![\w'’\-/@(=\x00\ufffd]|[.:][\w\\]))"
)
# A run of backticks: each opens or closes a code span.
BACKTICKS_RE = lazy_compile(r"`+")
# Characters from the middle of a document that judge its language.
LANGUAGE_SAMPLE = 20_000
# A paragraph: lines without a blank line between.
PARAGRAPH_RE = lazy_compile(r"[^\n]+(?:\n[^\n]+)*")
# How many times the pass looks again at the text its joins made: a token joins at most
# once a round, and a word one round made may join a lone letter next to it (``T he e~d``
# -> ``The e~d`` -> ``Thee~d``), which a second run of the pass would otherwise find.
JOIN_ROUNDS = 3
# A lone letter with no word beside it on either side, one space apart (``p(p)``, ``of
# p.``, a line's ``x = 1``): a symbol's use (:func:`symbol_letters`), this many times.
SYMBOL_LETTER_RE = lazy_compile(r"(?<![A-Za-z] )(?<![\w'’\-])[A-Za-z](?![\w'’\-])(?! [A-Za-z])")
SYMBOL_USES = 2
# A document with this many joins other than a lone letter's with a word (``e fforts``,
# ``s tate``, ``wi th``) shows broken words: its lone letters beside words are judged as
# the lexicon judges them, whatever else the document does with those letters.
BROKEN_WORDS = 3
# A lone letter used alone this many times, most of them joining no word: a name
# (:func:`names_among`).
NAME_USES = 3
# A word this common ("she", "said") may take a lone "s" that could end a plural.
COMMON_WORD_ZIPF = 5.0


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


def symbol_letters(text: str) -> frozenset[str]:
    """The lone letters ``text`` uses as symbols: SYMBOL_USES times or more standing where
    no word goes on either side of them (``p(p)``, ``of p.``, ``x = 1``), as a variable's
    name does, and as a letter a stray space cut from its word (``e fforts``, ``tim e.``)
    does not: such a letter beside a word is no fragment of it (``substitute p in``).

    >>> sorted(symbol_letters("Let p = 2 and q = p(p); then p in itself, e fforts."))
    ['p']
    """
    uses = Counter(found[0] for found in SYMBOL_LETTER_RE.finditer(text))
    return frozenset(letter for letter, count in uses.items() if count >= SYMBOL_USES)


def names_among(text: str, joining: Counter[str]) -> set[str]:
    """The lone letters of ``joining`` (how many joins each would make) that ``text`` uses
    alone NAME_USES times or more, and more than twice as often as they join: a name (the
    language ``C``, a variable ``g``: ``a C lock``, ``of g as``), where a letter a stray
    space cut off (``T he``, ``e fforts``) joins nearly wherever it stands. Not ``a``,
    ``I`` nor ``O``, words of their own (``I NTRODUCTION`` is judged as it is).

    >>> sorted(names_among("a C lock in C code, C API, C function.", Counter({"C": 1})))
    ['C']
    >>> sorted(names_among("T he end. T his is it.", Counter({"T": 2})))
    []
    """
    names = set()
    for letter, joins in joining.items():
        if letter.lower() in LETTER_WORDS:
            continue
        uses = len(re.findall(rf"(?<![\w'’\-]){letter}(?![\w'’\-])", text))
        if uses >= NAME_USES and uses > 2 * joins:
            names.add(letter)
    return names


def _foreign_document(text: str, model: WordModel) -> bool:
    """Whether ``text`` is in another language: :func:`foreign` of LANGUAGE_SAMPLE
    characters from its middle (past a book's English header)."""
    middle = max(0, len(text) // 2 - LANGUAGE_SAMPLE // 2)
    return foreign(text[middle : middle + LANGUAGE_SAMPLE], model)


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
    # Confirmed before the words are counted: most texts that show signs (an RFC's names
    # of variables, "x", "H") have none the lexicon confirms, and need no count.
    model = None if forced else get_model()
    if model is not None and not confirms_stray_spaces(text, model):
        return []  # Lone letters that break no word: a tool's commands, a formula's names.
    # Whether the document is in another language (its paragraphs may pass for English):
    # no join is made in it. Judged before its words are counted, where the lexicon
    # confirmed stray letters (a French or Spanish book's ``a``, ``y``, ``à`` do); with
    # entries to force, at the first paragraph, below.
    document_foreign = None if forced else _foreign_document(text, model)
    if document_foreign:
        return []
    counts = Counter(LETTER_RUN_RE.findall(text))
    if not counts:
        return []
    lower_counts: Counter[str] = Counter()
    for word, count in counts.items():
        lower_counts[word.lower()] += count
    if model is None:
        model = get_model()
    fragments = {word for word, n in counts.items() if is_fragment(word, model, n)}
    if forced:
        fragments |= {part for entry in forced for part in entry.split()}
    if not fragments:
        return []
    protected = {word.lower() for word in protect}
    # (score, space, join): every pair that could join; a token joins at most once, to the
    # side where the join is likeliest ("farme r and": "farmer", not "rand").
    candidates: list[tuple[float, int, Join]] = []
    letters: dict[int, str] = {}  # The lone letter of each candidate of a letter and a word.

    def judge(left: str, right: str) -> tuple[float, str, str] | None:
        """The pair's verdict (:func:`pair_verdict`)."""
        words = left not in fragments and right not in fragments
        return pair_verdict(left, right, model, lower_counts, fragments, words)

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
                found = judge(left, right)
                verdicts[left, right] = found
                if found is not None:
                    joinable.add((left, right))
            if joinable.isdisjoint(pairs):
                continue
        if document_foreign is None:
            document_foreign = _foreign_document(text, model)
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
                found = judge(left, right)
                verdicts[left, right] = found
            if found is None:
                continue
            space = pair.end("left")
            if in_inline_code(text, space):
                continue
            in_code = in_code or code_test(text)
            if in_code(space):
                fenced = fenced or code_test(text, indented=False)
                if fenced(space) or not reads_as_prose(text[start:end]):
                    continue
            if english is None:  # Judged once, at the paragraph's first candidate.
                english = not foreign(text[start:end], model)
            if not english:
                break  # "und er", "de mon": words of another language, never joined.
            if not lone_letters_fit(text, pair, left, right, model):
                continue
            if (
                left == "s"
                and right not in fragments
                and model.frequency("s" + right.lower()) < COMMON_WORD_ZIPF
                and model.knows(word_before(text, pair.start()) + "s")
            ):
                continue  # "Tenant s and": the plural's s, not "sand"; but "that s he".
            protect_it = found[2].lower() in protected  # Still claims its tokens.
            join = Join(space, found[1], found[2], protected=protect_it)
            candidates.append((found[0], space, join))
            if len(left) == 1 and right not in fragments:
                letters[space] = left  # (a letter and a word: "C lock"; not "s tate")
            elif len(right) == 1 and left not in fragments:
                letters[space] = right
    if letters and len(candidates) - len(letters) < BROKEN_WORDS:
        # Few words broken but by a letter beside a word: a letter the document uses as
        # a symbol or a name there is one (``substitute p in itself``, ``a C lock``).
        names = names_among(text, Counter(letters.values())) | symbol_letters(text)
        candidates = [c for c in candidates if letters.get(c[1]) not in names]
    taken: set[int] = {-1}  # Spaces next to a token already joined (-1: none).
    joins = []
    for _, space, join in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if taken.isdisjoint(set(neighbours(text, space)) - {-1}):
            taken.add(space)
            if not join.protected:
                joins.append(join)
    return sorted(joins)


def in_inline_code(text: str, at: int) -> bool:
    """Whether ``at`` is inside a backtick code span of its line (an odd number of runs of
    backticks before it: Markdown's ```x``` and reStructuredText's ````x```` alike).

    >>> in_inline_code("print `x = 5 and y` here", 14), in_inline_code("a `b` c d", 8)
    (True, False)
    >>> in_inline_code("loop as ``for k in d``.", 13), in_inline_code("``a`` and ``b`` c d", 18)
    (True, False)
    """
    line_start = text.rfind("\n", 0, at) + 1
    return len(BACKTICKS_RE.findall(text, line_start, at)) % 2 == 1


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
