"""Speech a novel spells as heard: a character's lisp, whose words the ``split`` pass
must not read as merges.

War and Peace writes Denisov's ``r`` as ``w`` (``stwuck``, ``pwoceed``, ``genewal``),
and some of his words then read as two: ``weported`` (``we ported``), ``wefused``,
``weturn``. One such word could be a merge (``we turn``); a document holding several
with a ``w`` inside them (no merge with ``we`` puts one there) spells a speaker's lisp.
"""

from __future__ import annotations

from collections.abc import Iterable

from cleaner.lexicon import WordModel

# A candidate whose every ``w`` read as ``r`` is a word this frequent is a lisped word.
LISPED_WORD_MIN_ZIPF = 2.5
# So many lisped candidates with a ``w`` after their first letter: the text spells a lisp.
MIN_INNER_LISPED_WORDS = 3


def lisped_words(candidates: Iterable[str], model: WordModel) -> set[str]:
    """The ``candidates`` that are words lisped (``r`` spelt ``w``), when enough of them
    have the ``w`` inside (:data:`MIN_INNER_LISPED_WORDS`); else none.

    >>> model = WordModel({"reported": 5.0, "struck": 4.2, "proceed": 4.1, "general": 5.3,
    ...     "we": 7.0, "ported": 2.0})
    >>> sorted(lisped_words(["weported", "stwuck", "pwoceed", "genewal", "issuedby"], model))
    ['genewal', 'pwoceed', 'stwuck', 'weported']
    >>> sorted(lisped_words(["weported", "stwuck", "issuedby"], model))
    []
    """
    lisped = {
        word
        for word in candidates
        if "w" in (key := word.lower())
        and model.frequency(key.replace("w", "r")) >= LISPED_WORD_MIN_ZIPF
    }
    inner = sum(1 for word in lisped if "w" in word[1:].lower())
    return lisped if inner >= MIN_INNER_LISPED_WORDS else set()
