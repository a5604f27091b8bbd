"""The candidates of the ``split`` pass: the letter runs of a document that may split.

A run may split if it is forced, two function words glued (``ofthe``), or a run the
document writes once, in one spelling only, that looks merged (``issuedpreviously``,
``pageThe``) and that the lexicon does not know (a grammatical pair, ``hasbeen``, even
if it does). A book has tens of thousands of runs and a few dozen candidates, so the
tests are made in the order that costs least, each on what the ones before left: the
runs seen once and their case by set operations in C, the lexicon asked of all of them
at once (:meth:`WordModel.unknown`), and the document's spellings counted only when a
candidate is left. A capitalised run is asked of the lexicon before its shape when the
model is loaded anyway (its shape tests are Python calls; most such runs are known words
that start a sentence). The model loads only when a run may be merged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Set
from functools import cache
from itertools import compress, repeat
from operator import eq, methodcaller
from typing import NamedTuple

from cleaner.lexicon import WordModel
from cleaner.passes.split import function_words, names, openers
from cleaner.passes.split.capitals import MIN_NAME_LEFT_CHARS, ONE_INNER_CAPITAL_RE, opens_sentence
from cleaner.passes.split.function_words import POSSESSIVE_TAIL_RE, function_pair_split
from cleaner.passes.split.lists import common_words, non_final_words
from cleaner.passes.split.names import is_name_after_word

# The endings of the grammatical pairs a known word may be (function_words.grammatical_split).
GRAMMATICAL_ENDINGS = ("been", "than")
# Whether a word ends so (called in C, by ``filter``).
ENDS_GRAMMATICALLY = methodcaller("endswith", GRAMMATICAL_ENDINGS)


class Candidates(NamedTuple):
    """The candidates of a document (``words``), the model if it was loaded, and how many
    spellings each lowercase word of the document has (made only if a candidate is left)."""

    words: set[str]
    model: WordModel | None
    spellings: Counter[str] | None


def find_candidates(
    runs: Counter[str],
    forced: Collection[str],
    protected: Set[str],
    get_model: Callable[[], WordModel],
) -> Candidates:
    """The runs of ``runs`` (a document's letter runs, counted) that may split: ``forced``
    (lowercase joined words), never ``protected`` ones (lowercase) unless forced.

    >>> model = WordModel({"onfire": 3.0, "the": 7.7, "has": 6.4, "been": 6.3, "hasbeen": 1.7})
    >>> found = find_candidates(Counter(["onfire", "the", "wasa", "hasbeen", "Onfire", "xqzt",
    ...     "ofthe", "ofthe"]), {"the"}, set(), lambda: model)
    >>> sorted(found.words), found.spellings["onfire"]
    (['hasbeen', 'ofthe', 'the', 'wasa', 'xqzt'], 2)
    >>> find_candidates(Counter(["The", "the", "the"]), set(), set(), lambda: model).model
    """
    once = seen_once(runs)
    lower_once = set(filter(str.islower, once))
    # A lowercase word of four letters or more, no common word (those are gone), is
    # merged-looking (may_be_merged of most); a shorter one as may_be_merged says.
    merged = {
        run for run in lower_once - protected if len(run) >= MIN_MERGED_LENGTH or may_be_merged(run)
    }
    # Two function words glued (``ofthe``) are a merge however often the document has
    # them, and forced words are candidates however written: neither need be seen once.
    pairs = function_words.function_word_pairs()
    exempt = (runs.keys() & pairs) - protected  # (in C, a look-up a pair)
    if forced:
        exempt.update(run for run in runs if run.lower() in forced)
    capitals = once - lower_once
    if merged or exempt:
        model = get_model()
        capitals = _not_surely_known(capitals, model)
    lowercase = merged.union(filter(str.islower, exempt))  # (their own keys)
    others = exempt.difference(lowercase).union(_capital_candidates(capitals, runs, protected))
    if not lowercase and not others:
        return Candidates(set(), None, None)
    model = get_model()
    found = _not_known(lowercase, model, forced) | _not_known_capitalised(others, model, forced)
    if not found:
        return Candidates(set(), model, None)
    # How many spellings each word has (``the``, ``The``): a word seen twice, in any case,
    # is a word of the document; the keys are every word the document uses.
    spellings = Counter(map(str.lower, runs))
    found = {run for run in found if run in exempt or spellings[run.lower()] == 1}
    return Candidates(found, model, spellings)


def seen_once(runs: Counter[str]) -> set[str]:
    """The runs seen once, but common words of four letters or more (never merged).

    >>> sorted(seen_once(Counter(["about", "xq", "xq", "ab", "About"])))
    ['About', 'ab']
    """
    once = set(compress(runs, map(eq, runs.values(), repeat(1))))  # (in C)
    return once - long_common_words()


def _not_known(lowercase: set[str], model: WordModel, forced: Collection[str]) -> set[str]:
    """The words of ``lowercase`` that are no known words, are ``forced``, or are known
    words that are grammatical pairs all the same (``hasbeen``).

    >>> model = WordModel({"the": 7.7, "has": 6.4, "been": 6.3, "hasbeen": 1.7, "of": 7.5})
    >>> sorted(_not_known({"the", "xq", "hasbeen", "of"}, model, {"of"}))
    ['hasbeen', 'of', 'xq']
    """
    keep = model.unknown(lowercase)
    if forced:
        keep.update(lowercase.intersection(forced))
    # (Most documents have no word ending so, which one search of them all shows.)
    if "been " in (words := " ".join(lowercase) + " ") or "than " in words:
        keep.update(
            word
            for word in filter(ENDS_GRAMMATICALLY, lowercase - keep)
            if _is_grammatical_pair(word, word, model)
        )
    return keep


def _not_known_capitalised(runs: set[str], model: WordModel, forced: Collection[str]) -> set[str]:
    """The runs of ``runs`` (none lowercase) whose lowercase form is no known word or is
    ``forced`` (no grammatical pair has a capital).

    >>> sorted(_not_known_capitalised({"The", "Xq", "Of", "OF"}, WordModel({"the": 7.7,
    ...     "of": 7.5}), {"of"}))
    ['OF', 'Of', 'Xq']
    """
    by_key = dict(zip(map(str.lower, runs), runs, strict=True))  # (in C; a run a key, as a rule)
    if len(by_key) < len(runs):  # Two spellings of a word (forced ones, say).
        return set().union(*(_not_known_capitalised({run}, model, forced) for run in runs))
    unknown = model.unknown(set(by_key))
    if forced:
        unknown.update(by_key.keys() & forced)
    return set(map(by_key.__getitem__, unknown))


def _not_surely_known(runs: set[str], model: WordModel) -> set[str]:
    """``runs`` but those whose lowercase form the model knows without a look-up.

    >>> sorted(_not_surely_known({"The", "THE", "Xq", "Of"}, WordModel({"the": 7.7, "of": 7.5})))
    ['Xq']
    """
    by_key = dict(zip(map(str.lower, runs), runs, strict=True))  # (in C; a run a key, as a rule)
    known = model.surely_known(set(by_key))
    if not known:
        return runs
    kept = set(map(by_key.__getitem__, by_key.keys() - known))
    if len(by_key) < len(runs):  # Two spellings of a word: the one by_key lost is asked alone.
        kept.update(*(_not_surely_known({run}, model) for run in runs - set(by_key.values())))
    return kept


def _capital_candidates(runs: set[str], every: Counter[str], protected: Set[str]) -> set[str]:
    """The runs of ``runs`` (seen once, not lowercase) that look merged: a word glued to a
    name (``pageThe``) or a name to a word (``Wishas``), when the document's runs
    (``every``) show the name elsewhere; not ``protected``."""
    return {
        run
        for run in runs
        if run.lower() not in protected
        and (
            names.may_be_name_before_word(run, every) or openers.may_open(run)
            if run[0].isupper()
            # (may_be_merged wants a lowercase letter first: ``pageThe``, not ``Page``.)
            else may_be_merged(run) or _name_after_word(run, every)
        )
    }


def _name_after_word(run: str, runs: Counter[str]) -> bool:
    """Whether ``run`` is a word glued to a name the document uses elsewhere, and only
    capitalised (``pennyDoris`` beside ``Doris``; not ``userName`` beside ``name``).

    >>> _name_after_word("pennyDoris", Counter(["Doris"])), _name_after_word("userName",
    ...     Counter(["Name", "name"]))
    (True, False)
    """
    match = ONE_INNER_CAPITAL_RE.fullmatch(run)
    if match is None or len(match["left"]) < MIN_NAME_LEFT_CHARS:
        return False
    right = match["right"]
    return right in runs and not any(
        spelling in runs for spelling in (right.lower(), right.upper()) if spelling != right
    )


def _is_grammatical_pair(run: str, key: str, model: WordModel) -> bool:
    """Whether a known word ``run`` (``key`` lowercase) is a grammatical pair all the same
    (``hasbeen``): any other known word, unless forced, never splits.

    >>> _is_grammatical_pair("hasbeen", "hasbeen", WordModel({"has": 6.4, "been": 6.3}))
    True
    """
    return run.islower() and function_words.grammatical_split(key, model) is not None


# The shortest merged word: two two-letter words (``ofit``) or ``a`` + three letters;
# or one of these words + ``a`` (``ofa``, ``ina``), the only three-letter merges worth it.
MIN_MERGED_LENGTH = 4
BEFORE_A_WORDS = frozenset({"of", "to", "in", "on", "at", "by", "is", "as", "or", "if", "so"})


def may_be_merged(word: str) -> bool:
    """Whether a plain-letter token has a shape worth asking the word model about.

    Cheap checks only, so that ordinary text never loads the model: a lowercase token
    that is not a common word, or ``endStart`` with a sentence opener after the capital.

    >>> [may_be_merged(w) for w in ("issuedpreviously", "ofa", "the", "pageThe", "iPhone")]
    [True, True, False, True, False]
    >>> may_be_merged("theIntelligencer"), may_be_merged("aValue")
    (True, False)
    """
    if word.islower():
        if len(word) == MIN_MERGED_LENGTH - 1:
            return word[2] == "a" and word[:2] in BEFORE_A_WORDS
        return len(word) >= MIN_MERGED_LENGTH and word not in common_words()
    match = ONE_INNER_CAPITAL_RE.fullmatch(word)
    if match is None:
        return False
    if match["left"] not in non_final_words() and opens_sentence(match["right"]):
        return True
    return (
        is_name_after_word(word)
        or POSSESSIVE_TAIL_RE.fullmatch(word) is not None
        or function_pair_split(word) is not None
    )


@cache
def long_common_words() -> frozenset[str]:
    """The common words of four letters or more: :func:`may_be_merged` rejects them all."""
    words = common_words()
    if min(map(len, words), default=MIN_MERGED_LENGTH) >= MIN_MERGED_LENGTH:
        return words  # The shipped list holds only such words: a C-level scan, no new set.
    return frozenset(word for word in words if len(word) >= MIN_MERGED_LENGTH)
