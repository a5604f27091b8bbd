"""A sentence's first word glued to the next one: ``Thecompany``, ``Itwas``, ``Inthe``.

A tag that ends after a drop cap or a lead-in's first word, or justified text that lost a
space, leaves a capitalised first word glued to the word after it. At a sentence's start
a capitalised pronoun or determiner (``The``, ``It``, ``We``) is that word, not the start
of a name: a name that begins with one and goes on with a common word (``Hewitt``,
``Theroux``, ``Myers``) is listed by the word table, or goes on with a rare word. Words
that start names and words as often as sentences (``In``, ``A``, ``An``, ``Her``, ``All``,
``At``, ``By``: ``Inman``, ``Atwood``, ``Bywater``, ``Herman``) split off only before a
function word (``Inthe``, ``Atthe``), as :func:`function_words.function_word_pairs` lists them.
"""

from __future__ import annotations

from cleaner.data import english_function_words
from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.split.function_words import (
    GLUED_AFTER_WORDS,
    GLUED_BEFORE_WORDS,
    function_word_pairs,
)
from cleaner.passes.split.lists import common_words
from cleaner.passes.split.pairs import MIN_PART_ZIPF

# Capitalised determiners: a content word follows them (``The company``, not ``The or``,
# the abbreviation ``Theor``).
DETERMINERS = frozenset({"The", "Their", "Our", "My", "Your", "Its", "His"})
# Capitalised pronouns (and demonstratives): a verb, an adverb or a noun follows them.
PRONOUNS = frozenset({"We", "They", "He", "She", "It", "I", "This", "That", "These", "Those"})
OPENERS = DETERMINERS | PRONOUNS
# The verbs a pronoun does not agree with: ``Hedo`` (``Hedo Turkoglu``) and ``Weis``
# (``Weis Markets``) are names, not ``He do`` nor ``We is``.
SINGULAR_MISFITS = frozenset({"am", "are", "do", "have", "were"})
PLURAL_MISFITS = frozenset({"am", "is", "was", "has", "does"})
MISFIT_VERBS = {
    **dict.fromkeys(("He", "She", "It", "This", "That"), SINGULAR_MISFITS),
    **dict.fromkeys(("We", "They", "These", "Those"), PLURAL_MISFITS),
    "I": frozenset({"is", "are", "has", "does"}),
}
# The first words of :func:`function_words.function_word_pairs` (``In`` of ``Inthe``).
PAIR_FIRST_WORDS = GLUED_BEFORE_WORDS | {"that"}
# The word after one is a common word (``split_common_words.txt``: ``company``, ``said``,
# ``think``; not ``roux``), or a shorter word this common, and as common as a part of its
# length anywhere (``Ithink``, ``Itwas``; not ``Ina``, a name).
NEXT_WORD_MIN_ZIPF = 3.5
NEXT_WORD_MIN_CHARS = 2
LISTED_WORD_MIN_CHARS = 4
# Function words that end no name, glued after a common word that opens the sentence
# (``Accordingto``, ``Amongthose``). Not ``in``, ``on``, ``as``, ``is``,
# ``a``, which end names made of a common word (``Justin``, ``Seaton``, ``Willis``); the
# words that end no name anywhere (``names.NAME_END_WORDS``) split there already.
FIRST_WORD_TAILS = frozenset({"to", "you", "your", "our", "those", "these", "than", "it"})
# The punctuation that ends a sentence before the next one's first word, and the closing
# quotes or brackets that may follow it (``said." The``).
SENTENCE_END_CHARS = ".!?:…"
CLOSING_CHARS = "\"'”’)]"
OPENING_CHARS = "\"'“‘(["
# How far before a word its sentence's end is looked for (spaces and opening quotes).
BEFORE_CHARS = 12


def may_open(run: str) -> bool:
    """Whether a capitalised run may be a sentence's first word glued to the next (the
    cheap screen, no lexicon): a listed opener and a word that may follow it, a
    capitalised pair of function words, or a common word and a function word after it.

    >>> may_open("Thecompany"), may_open("Inthe"), may_open("Itwas"), may_open("TheCo")
    (True, True, True, False)
    >>> may_open("Bywater"), may_open("The"), may_open("Isabella")
    (False, False, False)
    """
    if not (run[:1].isupper() and run[1:].islower()):
        return False
    return (
        any(run.startswith(word) and _may_be_next_word(run[len(word) :]) for word in OPENERS)
        or run.lower() in function_word_pairs()
        or bool(_common_word_readings(run))
    )


def _common_word_readings(word: str) -> list[tuple[str, str]]:
    """The cuts of ``word`` into a common word and a tail of :data:`FIRST_WORD_TAILS`."""
    return [
        (word[:cut], word[cut:])
        for cut in range(LISTED_WORD_MIN_CHARS, len(word) - 1)
        if word[cut:] in FIRST_WORD_TAILS and word[:cut].lower() in common_words()
    ]


def _may_be_next_word(rest: str) -> bool:
    """Whether ``rest`` may be the word after an opener: a common word, or a short one."""
    if len(rest) >= LISTED_WORD_MIN_CHARS:
        return rest in common_words()
    return len(rest) >= NEXT_WORD_MIN_CHARS


def opener_split(word: str, model: WordModel) -> tuple[str, str] | None:
    """Split a sentence's capitalised first word from the word glued after it, or ``None``
    (``word`` stands at a sentence's start; the caller checks).

    >>> model = WordModel({"company": 5.3, "was": 6.6, "or": 6.4, "roux": 2.5, "the": 7.7})
    >>> opener_split("Thecompany", model), opener_split("Itwas", model)
    (('The', 'company'), ('It', 'was'))
    >>> opener_split("Theor", model), opener_split("Theroux", model)
    (None, None)
    >>> opener_split("Inthe", model), opener_split("Inman", model)
    (('In', 'the'), None)
    >>> opener_split("Accordingto", model), opener_split("Justin", model)
    (('According', 'to'), None)

    A pronoun glued to a verb it does not agree with is a name (``Hedo Turkoglu``):

    >>> model = WordModel({"do": 6.5, "is": 7.0, "was": 6.6})
    >>> opener_split("Hedo", model), opener_split("Weis", model), opener_split("Wewas", model)
    (None, None, None)
    >>> opener_split("Itis", model)
    ('It', 'is')
    """
    if model.knows(word.lower()):
        return None
    readings = [
        (left, word[len(left) :])
        for left in OPENERS
        if word.startswith(left) and _may_follow(left, word[len(left) :], model)
    ]
    if not readings and word.lower() in function_word_pairs():
        readings = [_function_pair(word)]
    readings = readings or _common_word_readings(word)
    return readings[0] if len(readings) == 1 else None  # (two readings: too close to call)


def _may_follow(left: str, right: str, model: WordModel) -> bool:
    """Whether lowercase ``right`` may follow the opener ``left`` as a word of its own."""
    needed = max(NEXT_WORD_MIN_ZIPF, MIN_PART_ZIPF.get(len(right), 0.0))
    if not _may_be_next_word(right) or model.frequency(right) < needed:
        return False
    if right in MISFIT_VERBS.get(left, ()):
        return False  # ``He do``, ``We is``: a name (``Hedo``, ``Weis``), not two words.
    return left in PRONOUNS or right not in english_function_words()


def _function_pair(word: str) -> tuple[str, str]:
    """The cut of a capitalised pair of :func:`function_words.function_word_pairs` (``Inthe``)."""
    return next(
        (word[:cut], word[cut:])
        for cut in range(1, len(word))
        if word[:cut].lower() in PAIR_FIRST_WORDS and word[cut:].capitalize() in GLUED_AFTER_WORDS
    )


def starts_sentence(text: str, start: int, position: int) -> bool:
    """Whether ``text[position]`` starts a sentence of the paragraph that begins at
    ``start``: the paragraph's first word, or a word after a sentence's end.

    >>> starts_sentence("Itwas late.", 0, 0), starts_sentence('He said. "Itwas', 0, 10)
    (True, True)
    >>> starts_sentence("and Itwas", 0, 4)
    False
    """
    window = max(start, position - BEFORE_CHARS)  # (not the whole paragraph: it may be long)
    before = text[window:position].rstrip(OPENING_CHARS).rstrip()
    if not before:
        return window == start
    return before.rstrip(CLOSING_CHARS)[-1:] in tuple(SENTENCE_END_CHARS)


# A sentence's end inside a paragraph: a full stop after a word of four letters or more
# (not an abbreviation: ``e.g.``, ``etc.``, ``Fig.``, ``al.``), then a space, up to a
# token. Not ``!``, ``?`` nor a closing quote: dialogue goes on lowercase (``'Oh!' she
# said``, ``"Well?" and it``).
SENTENCE_END_BEFORE_RE = lazy_compile(r"[A-Za-z]{4}\.[ \t]+\Z")


def opens_sentence_lowercase(text: str, start: int, position: int) -> bool:
    """Whether the lowercase word at ``text[position]`` opens a sentence after another one
    of its paragraph (which begins at ``start``): a name written in lowercase, as a
    package's or a command's is (``models. statsmodels currently supports``), since
    writers capitalise a sentence's first word and extractors glue words where a tag ended.

    >>> text = "It fits models. statsmodels currently supports them, e.g. arange too."
    >>> opens_sentence_lowercase(text, 0, 16), opens_sentence_lowercase(text, 0, 58)
    (True, False)
    """
    window = max(start, position - BEFORE_CHARS)
    return SENTENCE_END_BEFORE_RE.search(text, window, position) is not None
