"""Whether a candidate of the ``split`` pass can split at all, wherever it stands.

Most candidates of a book (rare words, archaic spellings, names seen once) have no two
parts the rules accept, whatever their paragraph: :func:`may_split` finds them from the
word alone, so that their paragraphs are never read (judged English, technical, code).
It is a necessary condition only: a word it keeps may still stay whole.
"""

from __future__ import annotations

from collections.abc import Set

from cleaner.lexicon import WordModel
from cleaner.passes.split import phrases, rules

# The lowest frequency a part of two letters or more needs in any rule of
# ``rules._pair_score``: a rare part the document uses elsewhere (``_is_rare_word``).
MIN_PART_ZIPF = min(rules.SEEN_PART_MIN_ZIPF, rules.RARE_PART_MIN_ZIPF, rules.MIN_LONG_PART_ZIPF)


def may_split(word: str, model: WordModel, seen: Set[str]) -> bool:
    """Whether a candidate ``word`` (not forced) may split in some paragraph of a text
    whose lowercase words are ``seen``: it is not all lowercase (the rules for those
    shapes are cheap), or a contraction's letters, a grammatical pair or two parts
    that :func:`rules._pair_score` accepts (in prose: elsewhere it accepts fewer).

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"issued": 4.7, "previously": 4.8, "know": 5.9, "sued": 3.5})
    >>> [may_split(w, model, set()) for w in ("issuedpreviously", "tknow", "issuedx", "pageX")]
    [True, True, False, True]
    """
    if not word.islower():
        return True
    if phrases.contraction_split(word, "n", model) or phrases.grammatical_split(word, model):
        return True  # (``n``: the contraction ``n't`` allows most)
    return any(_may_be_pair(word[:i], word[i:], model, seen) for i in range(1, len(word)))


def _may_be_pair(left: str, right: str, model: WordModel, seen: Set[str]) -> bool:
    """Whether ``left right`` is a pair :func:`rules._pair_score` scores in prose; each
    part first checked for the lowest frequency any rule allows (one look-up each)."""
    for part in (left, right):
        if len(part) == 1:
            if part not in rules.SINGLE_LETTER_WORDS:
                return False
        elif model.frequency(part) < MIN_PART_ZIPF:
            return False
    return rules._pair_score(left, right, model, technical=False, seen=seen) is not None
