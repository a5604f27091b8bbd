"""Whether a candidate of the ``split`` pass can split at all, wherever it stands.

Most candidates of a book (rare words, archaic spellings, names seen once) have no two
parts the rules accept, whatever their paragraph: :func:`may_split` finds them from the
word alone, so that their paragraphs are never read (judged English, technical, code).
It is a necessary condition only: a word it keeps may still stay whole.
"""

from __future__ import annotations

from collections.abc import Set

from cleaner.lexicon import WordModel
from cleaner.passes.split import function_words, pairs

# The lowest frequency a part of two letters or more needs in any rule of
# ``pairs.pair_score``: a rare part the document uses elsewhere (``_is_rare_word``).
MIN_PART_ZIPF = min(pairs.SEEN_PART_MIN_ZIPF, pairs.RARE_PART_MIN_ZIPF, pairs.MIN_LONG_PART_ZIPF)
# The letters a contraction's letters begin with (``t`` of ``don'tknow``): no other word
# need be asked about them.
CONTRACTION_FIRSTS = frozenset(tail[0] for tail in function_words.CONTRACTION_TAILS)


def may_split(word: str, model: WordModel, seen: Set[str]) -> bool:
    """Whether a candidate ``word`` (not forced) may split in some paragraph of a text
    whose lowercase words are ``seen``: it has a capital (such candidates are few, and
    all kept), or is a contraction's letters glued to a word, a grammatical pair or two
    parts that :func:`pairs.pair_score` accepts in prose (elsewhere it accepts fewer).

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"issued": 4.7, "previously": 4.8, "know": 5.9, "sued": 3.5})
    >>> [may_split(w, model, set()) for w in ("issuedpreviously", "tknow", "issuedx", "pageX")]
    [True, True, False, True]
    """
    if not word.islower():
        return True
    if word[0] in CONTRACTION_FIRSTS and function_words.contraction_split(word, "n", model):
        return True  # (``n``: the contraction ``n't`` allows most)
    if function_words.grammatical_split(word, model):
        return True
    cuts = _listed_cuts(word, model)
    return any(
        pairs.pair_score(word[:i], word[i:], model, technical=False, seen=seen) is not None
        for i in cuts
    )


def _listed_cuts(word: str, model: WordModel) -> list[int]:
    """Where ``word`` may be cut into two parts some rule of :func:`pairs.pair_score`
    takes: each part ``a`` or listed at ``MIN_PART_ZIPF`` (the longer part asked first,
    being the likelier to be unlisted: one look-up for most cuts).

    >>> from cleaner.lexicon import WordModel
    >>> _listed_cuts("wasan", WordModel({"was": 6.6, "an": 6.5, "wa": 2.0, "san": 3.0}))
    [2, 3]
    >>> _listed_cuts("abook", WordModel({"book": 5.0})), _listed_cuts("xq", WordModel({}))
    ([1], [])
    """
    get = model.zipf.get  # (model.frequency without its call: a book asks ~70,000 times)
    half = len(word) // 2
    least = MIN_PART_ZIPF
    cuts = [
        i
        for i in range(2, len(word) - 1)
        if (
            get(word[i:], 0.0) >= least and get(word[:i], 0.0) >= least
            if i <= half
            else get(word[:i], 0.0) >= least and get(word[i:], 0.0) >= least
        )
    ]
    # A part of one letter is ``a`` (pairs.SINGLE_LETTER_WORDS), whose score decides.
    if len(word) > 1 and word[0] in pairs.SINGLE_LETTER_WORDS:
        cuts.insert(0, 1)
    if len(word) > 1 and word[-1] in pairs.SINGLE_LETTER_WORDS:
        cuts.append(len(word) - 1)
    return cuts
