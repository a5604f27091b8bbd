"""Function words glued to each other or to a word, split only on strong evidence:

- a preposition, conjunction or form of *be* / *have* glued to a capitalised pronoun or
  determiner (``of The``, ``was She``): two function words nothing writes closed;
- a grammatical pair the lexicon lists closed because a dictionary writes it with a
  hyphen (``has-been``, ``greater-than``): a form of *have* before ``been``, a
  comparative before ``than``. The closed form must be rare;
- a contraction's letters glued to the word after them (``don'tknow``);
- a possessive glued to the capitalised word after it (``Korea'sKospi``): no English
  word goes on after ``'s`` with a capital.

And one check on any split of a capitalised token: its last part may not be a word that
opens a phrase and never ends one, before a comma or a stop (``Darnand,`` is a name, not
``Darn and,``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from cleaner.data import english_function_words
from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.split.names import NAME_AFTER_WORD_RE
from cleaner.passes.split.pairs import is_function_word

# The letters after a possessive's apostrophe: ``s`` and a capitalised word.
POSSESSIVE_TAIL_RE = lazy_compile(r"s[A-Z][a-z]{2,}")


# The forms of *have* before ``been``.
BEEN_AFTER = frozenset({"has", "have", "had"})
# Comparatives before ``than`` that do not end in ``-er``.
THAN_AFTER = frozenset({"more", "less", "better", "worse", "rather", "other", "further"})
# A comparative in ``-er`` must be at least this common (``greater``, ``higher``).
COMPARATIVE_MIN_ZIPF = 3.5
# A pair's closed form, when listed, must be rarer than this (``hasbeen`` is 1.7).
MAX_CLOSED_ZIPF = 2.5


# A preposition, conjunction or form of *be* / *have* glued to a capitalised pronoun or
# determiner (``ofThe``, ``onThe``, ``withHer``, ``wasThe``): two function words that
# nothing writes closed, and no identifier either (``isA``, ``forEach``, ``toBe``,
# ``andThen``, ``forAll`` end in words left out here).
GLUED_BEFORE_WORDS = frozenset(
    {
        *("of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "about"),
        *("and", "but", "or", "nor", "than", "as", "if"),
        *("is", "are", "was", "were", "has", "have", "had"),
    }
)
GLUED_AFTER_WORDS = frozenset(
    {
        *("The", "This", "That", "These", "Those", "His", "Her", "Its", "Our", "Their"),
        *("My", "Your", "He", "She", "It", "We", "They", "You"),
    }
)


def function_pair_split(word: str) -> tuple[str, str] | None:
    """Split a function word from the capitalised pronoun or determiner glued after it
    (``ofThe``: a tag ended after ``of``), or ``None`` (no lexicon needed).

    >>> function_pair_split("ofThe"), function_pair_split("wasShe")
    (('of', 'The'), ('was', 'She'))
    >>> function_pair_split("forEach"), function_pair_split("isA"), function_pair_split("theThe")
    (None, None, None)
    """
    match = NAME_AFTER_WORD_RE.fullmatch(word)
    if match and match["left"] in GLUED_BEFORE_WORDS and match["right"] in GLUED_AFTER_WORDS:
        return match["left"], match["right"]
    return None


# Pairs of those words that are words of their own: an identifier (``init``) and words
# of the other languages cleaner has word tables for (``formy``, ``aboutit``, ``tomy``,
# ``athis``, ``towe``: each listed at Zipf 1.5 or more in one of them).
NOT_FUNCTION_WORD_PAIRS = frozenset({"init", "formy", "aboutit", "tomy", "athis", "towe"})


@cache
def function_word_pairs() -> frozenset[str]:
    """A preposition, conjunction or form of *be* / *have* (or ``that``) and a pronoun or
    determiner written as one (``ofthe``, ``thatit``, ``forher``): a merge even when the
    document has it twice, as a careless extractor glues the same tags again and again.
    The known words among them (``washer``, ``toit``) never split: the pass drops them first.

    >>> {"ofthe", "thatit"} <= function_word_pairs(), "isso" in function_word_pairs()
    (True, False)
    """
    lefts = GLUED_BEFORE_WORDS | {"that"}
    rights = {word.lower() for word in GLUED_AFTER_WORDS}
    return frozenset(left + right for left in lefts for right in rights) - NOT_FUNCTION_WORD_PAIRS


# Words no English word is made with as a prefix (``theme``, ``android`` are whole words
# the lexicon knows): an unknown word made of one and a common word (``thecampaign``,
# ``yourworkout``, ``andlater``) is a merge even when the document has it twice, as an
# extractor glues the same spot of each copy of a block.
REPEATABLE_MERGE_LEFTS = ("the", "your", "their", "and")
# The word after it must be this long and this common (``campaign`` 4.6, ``later`` 5.3).
REPEATABLE_MERGE_RIGHT_CHARS = 4
REPEATABLE_MERGE_RIGHT_ZIPF = 4.0


def is_repeatable_merge(run: str, model: WordModel) -> bool:
    """Whether lowercase ``run``, no known word, is a determiner or ``and`` glued to a
    common word (:data:`REPEATABLE_MERGE_LEFTS`): a merge however often it occurs.

    >>> model = WordModel({"campaign": 4.6, "later": 5.3, "rmostat": 0.0, "the": 7.7})
    >>> [is_repeatable_merge(w, model) for w in ("thecampaign", "andlater", "thermostat")]
    [True, True, False]
    >>> is_repeatable_merge("the", model), is_repeatable_merge("Thecampaign", model)
    (False, False)
    """
    if not run.islower() or not run.startswith(REPEATABLE_MERGE_LEFTS) or model.knows(run):
        return False
    return any(
        run.startswith(left)
        and len(rest := run[len(left) :]) >= REPEATABLE_MERGE_RIGHT_CHARS
        and model.frequency(rest) >= REPEATABLE_MERGE_RIGHT_ZIPF
        for left in REPEATABLE_MERGE_LEFTS
    )


# A content word glued to a function word after it that the document writes apart from
# it elsewhere (``possessionof`` beside ``possession of``): the content word has this many
# letters and this Zipf. Not a function word first: ``a``, ``be``, ``in`` are prefixes
# too (Chaucer's ``apair``, ``beseen`` beside ``a pair``, ``be seen``).
WRITTEN_APART_WORD_CHARS = 4
WRITTEN_APART_WORD_ZIPF = 3.5


def is_merge_written_apart(
    run: str, model: WordModel, written_apart: Callable[[str, str], bool]
) -> bool:
    """Whether lowercase ``run``, no known word, is a content word glued to a function
    word after it that the document writes apart elsewhere (``written_apart``): a merge
    however often it occurs (``possessionof marijuana`` twice beside ``possession of a``).

    >>> model = WordModel({"possession": 4.0, "of": 7.5, "what": 6.5, "so": 6.8, "data": 5.3})
    >>> def apart(left, right):
    ...     return f"{left} {right}" in "possession of a, what so, of data"
    >>> [is_merge_written_apart(w, model, apart) for w in ("possessionof", "whatso", "ofdata")]
    [True, False, False]
    """
    if not run.islower() or not run.endswith(_endings()) or model.knows(run):
        return False  # (the ending first, in C: most runs a document repeats end in none)
    function_words = english_function_words()
    for cut in range(WRITTEN_APART_WORD_CHARS, len(run) - 1):
        word, function_word = run[:cut], run[cut:]
        if function_word not in function_words:
            continue  # (most cuts: asked first, without the model)
        zipf = model.frequency(word)
        if (
            zipf >= WRITTEN_APART_WORD_ZIPF
            and not is_function_word(word, zipf)
            and written_apart(word, function_word)
        ):
            return True
    return False


@cache
def _endings() -> tuple[str, ...]:
    """The function words of two letters or more: the endings
    :func:`is_merge_written_apart` looks for."""
    return tuple(word for word in english_function_words() if len(word) > 1)


def possessive_split(word: str) -> tuple[str, str] | None:
    """Split the ``s`` of a possessive from the capitalised word glued to it, or ``None``.

    Only for a ``word`` found by ``POSSESSIVE_CHUNK_RE``, after an apostrophe.

    >>> possessive_split("sKospi"), possessive_split("sUS")
    (('s', 'Kospi'), None)
    """
    return ("s", word[1:]) if POSSESSIVE_TAIL_RE.fullmatch(word) else None


# The letters after a contraction's apostrophe (``n't``, ``'s``, ``'re``), longest first.
CONTRACTION_TAILS = ("ll", "re", "ve", "d", "m", "s", "t")
# The word glued after a contraction must be at least this common (``know``, ``been``).
MIN_AFTER_CONTRACTION_ZIPF = 4.0
MIN_AFTER_CONTRACTION_CHARS = 2


def contraction_split(word: str, before: str, model: WordModel) -> tuple[str, str] | None:
    """Split a contraction's letters from the word glued after them, or ``None``.

    ``word`` follows an apostrophe inside a chunk; ``before`` is the letters before it
    (``don`` of ``don'tknow``). ``t`` goes only after ``n`` (``n't``).

    >>> model = WordModel({"know": 5.9, "been": 6.3, "ever": 5.8})
    >>> contraction_split("tknow", "don", model), contraction_split("vebeen", "we", model)
    (('t', 'know'), ('ve', 'been'))
    >>> contraction_split("tknow", "ca", model), contraction_split("sever", "it", model)
    (None, ('s', 'ever'))
    """
    for tail in CONTRACTION_TAILS:
        rest = word[len(tail) :]
        if not word.startswith(tail) or len(rest) < MIN_AFTER_CONTRACTION_CHARS:
            continue
        if tail == "t" and not before.endswith("n"):
            return None
        if rest.islower() and model.frequency(rest) >= MIN_AFTER_CONTRACTION_ZIPF:
            return tail, rest
        return None
    return None


def grammatical_split(word: str, model: WordModel) -> tuple[str, str] | None:
    """Split ``hasbeen`` or ``greaterthan``: a rare lowercase word that is a grammatical pair.

    >>> model = WordModel({"has": 6.4, "been": 6.3, "hasbeen": 1.7, "greater": 4.9, "great": 5.6,
    ...     "than": 6.1, "she": 6.5, "shebeen": 1.7, "water": 5.0})
    >>> grammatical_split("hasbeen", model), grammatical_split("greaterthan", model)
    (('has', 'been'), ('greater', 'than'))
    >>> grammatical_split("shebeen", model), grammatical_split("waterthan", model)
    (None, None)
    """
    if not word.endswith(("been", "than")) or model.frequency(word) >= MAX_CLOSED_ZIPF:
        return None  # (the ending first: every known candidate of a text is asked)
    if word.endswith("been") and word[:-4] in BEEN_AFTER:
        return word[:-4], "been"
    left = word[:-4]
    if word.endswith("than") and (left in THAN_AFTER or _is_comparative(left, model)):
        return left, "than"
    return None


def _is_comparative(word: str, model: WordModel) -> bool:
    """Whether ``word`` reads as a common ``-er`` comparative (``greater``, not ``water``)."""
    if not word.endswith("er") or model.frequency(word) < COMPARATIVE_MIN_ZIPF:
        return False
    stems = (word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else "")
    return any(model.frequency(stem) > model.frequency(word) for stem in stems if stem)


# Words that open a phrase and never end one: no clause ends on ``the`` or ``and`` (a
# conjunction before an aside's comma, ``and, most important,``, is no end).
PHRASE_OPENING_WORDS = frozenset({"the", "an", "their", "its", "your", "our", "and", "or", "nor"})
# The marks that end a phrase or a clause, or open an aside.
PHRASE_END_MARKS = frozenset(",.;:!?)]}")


def ends_before_a_stop(text: str, span: tuple[int, int], last: str) -> bool:
    """Whether the capitalised token at ``span`` goes before a comma or a stop, and a split
    of it would end there on ``last``, a word that opens a phrase
    (``PHRASE_OPENING_WORDS``): the token is a name of its own (``Joseph Darnand,``), not
    ``Darn and,``. A lowercase token's split is left to the other checks
    (``communitiesand, most important,``: a conjunction may open an aside).

    >>> text = "Joseph Darnand, who led communitiesand, most important,"
    >>> ends_before_a_stop(text, (7, 14), "and"), ends_before_a_stop(text, (27, 37), "and")
    (True, False)
    >>> ends_before_a_stop("in Irelandand Wales", (3, 13), "and")
    False
    """
    start, end = span
    return (
        text[start].isupper()
        and last in PHRASE_OPENING_WORDS
        and text[end : end + 1] in PHRASE_END_MARKS
    )
