"""Evidence from a document's own vocabulary that a token is a word: another form of it.

Scientific prose coins words the word table lacks or lists in one form only: a text that
writes ``inpaints`` and also ``inpainting`` (or ``gridworld`` and ``gridworlds``) uses one
word of its own in two forms; a lost space leaves no such pair. The endings that make a
word's forms are data (``data/split_word_forms.tsv``).
"""

from __future__ import annotations

from collections.abc import Iterable, Set

from cleaner.passes.split.lists import derived_forms, word_forms

# The shortest stem whose forms count: ``inpaint`` (``inpaints``), not ``ofit`` (``ofits``),
# as short stems are too often a merged pair of short words themselves.
MIN_STEM_CHARS = 5
# Two candidates that are forms of one word this long vouch for each other (``timetree``,
# ``timetrees``): a coinage used twice. Shorter ones do not (``notbe``, ``notbeing``:
# two merges alike).
MIN_COINAGE_CHARS = 8


def lemmas(word: str) -> set[str]:
    """``word`` and the bases its endings allow (``word`` lowercase).

    >>> sorted(lemmas("inpaints")), sorted(lemmas("inpainting"))
    (['inpaint', 'inpaints'], ['inpaint', 'inpainte', 'inpainting'])
    """
    found = {word}
    for ending, bases in word_forms():
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_STEM_CHARS:
            found.update(stem + base for base in bases)
    return found


def with_forms_elsewhere(candidates: Iterable[str], words: Set[str]) -> set[str]:
    """The lowercase ``candidates`` that share a base with another of the document's
    ``words`` (its lowercase letter runs), one that is no candidate itself.

    The other form must be no candidate (a listed word, or one used twice): two merges
    alike (``notbe``, ``notbeing``) are no evidence (but see :func:`coinages`). Splitting
    adds only listed words, which bring no candidate a new form on a second run: a word
    kept whole stays whole.

    >>> sorted(with_forms_elsewhere(["inpaints", "ofits"], {"inpainting", "of", "its"}))
    ['inpaints']
    >>> sorted(with_forms_elsewhere(["notbe", "notbeing"], {"notbe", "notbeing", "not"}))
    []
    """
    wanted: dict[str, list[str]] = {}
    for candidate in candidates:
        if candidate.islower():
            for lemma in lemmas(candidate):
                wanted.setdefault(lemma, []).append(candidate)
    if not wanted:
        return set()
    others = {c.lower() for c in candidates}
    prefixes = {lemma[:MIN_STEM_CHARS] for lemma in wanted}
    found: set[str] = set()
    # (The prefix test in a comprehension: a book has tens of thousands of words.)
    for word in [word for word in words if word[:MIN_STEM_CHARS] in prefixes]:
        if word not in others:
            for lemma in lemmas(word) & wanted.keys():
                found.update(wanted[lemma])
    return found


def coinages(candidates: Iterable[str], text: str) -> set[str]:
    """The lowercase ``candidates`` that are forms of one word of ``MIN_COINAGE_CHARS``
    letters or more with another candidate (``timetree``, ``timetrees``): a word the
    document coins and uses twice, unless ``text`` writes that word's letters as two words
    somewhere (``industrial enterprise`` beside ``industrialenterprise`` and
    ``industrialenterprises``: one phrase merged twice).

    >>> sorted(coinages(["timetree", "timetrees", "ofits"], "a timetree; timetrees"))
    ['timetree', 'timetrees']
    >>> coinages(["ballisticmissile", "ballisticmissiles"], "a ballistic missile")
    set()
    >>> coinages(["notbe", "notbeing"], "notbe notbeing")
    set()
    """
    shared: dict[str, set[str]] = {}
    for candidate in candidates:
        if candidate.islower() and len(candidate) >= MIN_COINAGE_CHARS:
            for lemma in lemmas(candidate):
                if len(lemma) >= MIN_COINAGE_CHARS:
                    shared.setdefault(lemma, set()).add(candidate)
    alike = {lemma: forms for lemma, forms in shared.items() if len(forms) > 1}
    if not alike:
        return set()
    lowered = text.lower()
    found: set[str] = set()
    for lemma, forms in alike.items():
        if not any(f"{lemma[:i]} {lemma[i:]}" in lowered for i in range(1, len(lemma))):
            found.update(forms)
    return found


def regular_bases(word: str) -> set[str]:
    """The words that lowercase ``word`` is a regular form of, by English spelling alone
    (``data/split_derived_forms.tsv``): the caller asks the word table which are words.

    >>> sorted(regular_bases("stopping"))
    ['stop', 'stopp', 'stoppe']
    >>> sorted(regular_bases("detections")), sorted(regular_bases("metalions"))
    (['detect', 'detecte', 'detection'], ['metalion'])
    """
    found = set()
    for ending, bases, stems in derived_forms():
        stem = word[: -len(ending)]
        if not word.endswith(ending) or not stem or (stems and not stem.endswith(stems)):
            continue
        for base in bases:
            if base != "=":
                found.add(stem + base)
            elif len(stem) > 1 and stem[-1] == stem[-2]:
                found.add(stem[:-1])
    return found


# The endings of adverbs in -ly, each with what replaces it in the word the adverb is made
# from (``gradually`` from ``gradual``, ``luckily`` from ``lucky``, ``probably`` from
# ``probable``, ``basically`` from ``basic``).
ADVERB_ENDINGS = (("ily", "y"), ("ably", "able"), ("ibly", "ible"), ("ally", ""), ("ly", ""))
# The word an adverb is made from has this many letters or more (``Kelly``, ``Emily`` are
# no adverbs).
ADVERB_BASE_MIN_CHARS = 4


def adverb_bases(word: str) -> list[str]:
    """The words lowercase ``word`` may be an adverb in -ly of, by spelling alone: the
    caller asks whether one is a common word.

    >>> adverb_bases("luckily"), adverb_bases("basically"), adverb_bases("jelly")
    (['lucky', 'lucki'], ['basic', 'basical'], [])
    """
    return [
        base
        for ending, replacement in ADVERB_ENDINGS
        if word.endswith(ending)
        and len(base := word[: -len(ending)] + replacement) >= ADVERB_BASE_MIN_CHARS
    ]


# The ending of a present participle, and the shortest one read as a verb's (``Having``).
GERUND_ENDING = "ing"
GERUND_MIN_CHARS = 6


def gerund_bases(word: str) -> list[str]:
    """The verbs lowercase ``word`` may be the -ing form of, by spelling alone: the caller
    asks whether one is a common word.

    >>> gerund_bases("having"), gerund_bases("starting"), gerund_bases("stopping")
    (['hav', 'have'], ['start', 'starte'], ['stopp', 'stoppe', 'stop'])
    >>> gerund_bases("king"), gerund_bases("family")
    ([], [])
    """
    if len(word) < GERUND_MIN_CHARS or not word.endswith(GERUND_ENDING):
        return []
    stem = word[: -len(GERUND_ENDING)]
    return [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
