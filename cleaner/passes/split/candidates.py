"""The candidates of the ``split`` pass: the letter runs of a document that may split.

A run may split if it is forced, two function words glued (``ofthe``), or a run the
document writes once, in one spelling only, that looks merged (``issuedpreviously``,
``pageThe``) and that the lexicon does not know (a grammatical pair, ``hasbeen``, even
if it does), or ``endStart`` that the capital rules split, however often it occurs (a
block a page repeats: ``hoursTomato``; ``find_splits`` asks that its neighbours repeat
too). A document has hundreds or thousands of distinct runs and a few candidates, so the
tests are made in the order that costs least, each on what the ones before left:
the lexicon drops the known runs, whatever their case, all at once (in C, against the
spellings of known words it has met before: :meth:`WordModel.unknown_spellings`); the
shapes (Python calls) are tested on the few left; only then is the text asked how often
each occurs (it is searched for them, unless it is long: see ``runs.document_runs``), and
its spellings counted. The model loads only when a run may be merged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Set
from functools import cache
from itertools import filterfalse
from operator import methodcaller
from typing import NamedTuple

from cleaner.lexicon import WordModel
from cleaner.passes.split import function_words, names, openers
from cleaner.passes.split.capitals import (
    BLOCK_PART_MIN_CHARS,
    MIN_NAME_LEFT_CHARS,
    ONE_INNER_CAPITAL_RE,
    block_start_split,
    capital_split,
    opens_sentence,
)
from cleaner.passes.split.function_words import POSSESSIVE_TAIL_RE, function_pair_split
from cleaner.passes.split.lists import common_words, non_final_words
from cleaner.passes.split.names import is_name_after_word

# The endings of the grammatical pairs a known word may be (function_words.grammatical_split).
GRAMMATICAL_ENDINGS = ("been", "than")
# Whether a word ends so (called in C, by ``filter``).
ENDS_GRAMMATICALLY = methodcaller("endswith", GRAMMATICAL_ENDINGS)


class Candidates(NamedTuple):
    """The candidates of a document (``words``), the model if it was loaded, how many
    spellings each lowercase word of the document has, and how often each candidate
    occurs (both made only if a candidate is left)."""

    words: set[str]
    model: WordModel | None
    spellings: Counter[str] | None
    counts: Mapping[str, int] | None = None


def find_candidates(
    runs: Set[str],
    forced: Collection[str],
    protected: Set[str],
    get_model: Callable[[], WordModel],
    count: Callable[[set[str]], Mapping[str, int]],
    written_apart: Callable[[str, str], bool] | None = None,
) -> Candidates:
    """The runs of ``runs`` (a document's distinct letter runs) that may split: ``forced``
    (lowercase joined words), never ``protected`` ones (lowercase) unless forced; ``count``
    tells how often each of the runs it is given occurs (asked of the few runs left);
    ``written_apart`` whether the document writes two words in a row (asked of a run it
    has twice that ends in a function word: ``possessionof``).

    >>> model = WordModel({"onfire": 3.0, "the": 7.7, "has": 6.4, "been": 6.3, "hasbeen": 1.7})
    >>> runs = Counter(["onfire", "the", "wasa", "hasbeen", "Onfire", "xqzt", "ofthe", "ofthe"])
    >>> found = find_candidates(runs.keys(), {"the"}, set(), lambda: model, lambda words: runs)
    >>> sorted(found.words), found.spellings["onfire"], found.counts["ofthe"]
    (['hasbeen', 'ofthe', 'the', 'wasa', 'xqzt'], 2, 2)
    >>> runs = Counter(["The", "the", "the"])
    >>> find_candidates(runs.keys(), set(), set(), lambda: model, lambda words: runs).model
    """
    # Two function words glued (``ofthe``) are a merge however often the document has
    # them, and forced words are candidates however written: neither need be seen once.
    exempt = (runs & function_words.function_word_pairs()) - protected  # (in C)
    if forced:
        exempt.update(run for run in runs if run.lower() in forced)
    common = long_common_words()
    merged = (
        run for run in filter(str.islower, runs) if run not in protected and run not in common
    )
    if not exempt and not any(map(_may_be_merged_lowercase, merged)):  # (most stop at once)
        # No lowercase run looks merged: the model loads only if a capitalised one does.
        capitals = set(filterfalse(str.islower, runs))
        others = _capital_candidates(capitals, runs, protected)
        if not others:
            return Candidates(set(), None, None)
        model = get_model()
        found = _not_known_capitalised(others, model, forced)
    else:
        model = get_model()
        found = _unknown_candidates(runs, exempt, protected, model, forced)
    if not found:
        return Candidates(set(), model, None)
    # How often each occurs (a search of the text for each, as a rule): a word the document
    # has twice is a word of the document.
    counts = count(found)
    # A block's end glued to the next block's start (``hoursTomato``) repeats where the
    # page repeats its blocks (a shop's cards): no writer's word, however often it occurs.
    exempt.update(run for run in found if counts[run] > 1 and is_glued_at_block_end(run, model))
    # Likewise a determiner glued to a common word (``thecampaign`` in each copy of a block),
    # and a common word glued to a function word the document writes apart from it elsewhere
    # (``possessionof marijuana`` twice beside ``possession of a``).
    # (The text is searched for a pair only if its first word is a run of it.)
    apart = written_apart and (lambda left, right: left in runs and written_apart(left, right))
    exempt.update(
        run
        for run in found
        if counts[run] > 1
        and (
            function_words.is_repeatable_merge(run, model)
            or (apart and function_words.is_merge_written_apart(run, model, apart))
        )
    )
    found = {run for run in found if run in exempt or counts[run] == 1}
    if not found:
        return Candidates(set(), model, None)
    # How many spellings each word has (``the``, ``The``): a word seen twice, in any case,
    # is a word of the document; the keys are every word the document uses.
    spellings = Counter(map(str.lower, runs))
    found = {run for run in found if run in exempt or spellings[run.lower()] == 1}
    return Candidates(found, model, spellings, counts)


def is_glued_at_block_end(run: str, model: WordModel) -> bool:
    """Whether ``run`` is ``endStart`` that :func:`capitals.capital_split` or
    :func:`capitals.block_start_split` splits: a sentence's or a block's end glued to the
    next one's start.

    >>> model = WordModel({"hours": 5.0, "tomato": 4.1, "user": 5.0, "name": 5.5})
    >>> is_glued_at_block_end("hoursTomato", model), is_glued_at_block_end("userName", model)
    (True, False)
    """
    if run.islower() or ONE_INNER_CAPITAL_RE.fullmatch(run) is None:
        return False
    return bool(capital_split(run, model) or block_start_split(run, model))


def _unknown_candidates(
    runs: Set[str],
    exempt: set[str],
    protected: Set[str],
    model: WordModel,
    forced: Collection[str],
) -> set[str]:
    """The candidates among a document's ``runs`` (``exempt`` ones among them) before their
    counts are asked: the lexicon drops the known runs all at once (in C: most runs are
    known words, whose spellings it has met before), and the shapes (Python calls) are
    tested on the few left."""
    # (With the runs ending as a grammatical pair does: the known ones are asked below.)
    asked = runs if isinstance(runs, set) else set(runs)
    common = long_common_words()
    unknown = model.unknown_spellings(asked, GRAMMATICAL_ENDINGS)
    known_ending = {
        run for run in unknown if run.endswith(GRAMMATICAL_ENDINGS) and model.knows(run.lower())
    }
    unknown -= known_ending
    found = {
        run
        for run in unknown
        if (
            run.islower()
            and run not in protected
            and run not in common
            and _may_be_merged_lowercase(run)
        )
        or (not run.islower() and run not in exempt)
    }
    capitals = found.difference(filter(str.islower, found))
    found -= capitals
    found.update(_capital_candidates(capitals, runs, protected))
    # Known words that are grammatical pairs all the same (``hasbeen``).
    found.update(
        run
        for run in known_ending
        if run.islower()
        and run not in protected
        and run not in common
        and _is_grammatical_pair(run, run, model)
    )
    exempt_lowercase = set(filter(str.islower, exempt))
    found |= _not_known(exempt_lowercase, model, forced)
    if exempt_lowercase != exempt:
        found |= _not_known_capitalised(exempt - exempt_lowercase, model, forced)
    return found


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
    unknown = model.unknown(set(by_key))
    if forced:
        unknown.update(by_key.keys() & forced)
    found = set(map(by_key.__getitem__, unknown))
    if len(by_key) < len(runs):  # Two spellings of a word (``The``, ``THE``): the others alone.
        for run in runs.difference(by_key.values()):
            if run.lower() in unknown:
                found.add(run)
    return found


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
    that is not a common word, or ``endStart`` with a sentence opener after the capital
    (or the same word: ``yogaYoga``; or two parts of ``BLOCK_PART_MIN_CHARS`` letters or
    more: ``hoursDinner``).

    >>> [may_be_merged(w) for w in ("issuedpreviously", "ofa", "the", "pageThe", "iPhone")]
    [True, True, False, True, False]
    >>> may_be_merged("theIntelligencer"), may_be_merged("aValue"), may_be_merged("yogaYoga")
    (True, False, True)
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
        match["right"].lower() == match["left"]  # (a word glued to itself: ``yogaYoga``)
        or min(len(match["left"]), len(match["right"])) >= BLOCK_PART_MIN_CHARS
        or is_name_after_word(word)
        or POSSESSIVE_TAIL_RE.fullmatch(word) is not None
        or function_pair_split(word) is not None
    )


def _may_be_merged_lowercase(run: str) -> bool:
    """:func:`may_be_merged` of a lowercase run that is no long common word."""
    return len(run) >= MIN_MERGED_LENGTH or may_be_merged(run)


@cache
def long_common_words() -> frozenset[str]:
    """The common words of four letters or more: :func:`may_be_merged` rejects them all."""
    words = common_words()
    if min(map(len, words), default=MIN_MERGED_LENGTH) >= MIN_MERGED_LENGTH:
        return words  # The shipped list holds only such words: a C-level scan, no new set.
    return frozenset(word for word in words if len(word) >= MIN_MERGED_LENGTH)
