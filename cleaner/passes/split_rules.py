"""Rules of the ``split`` pass: which tokens may be merged words and where they split.

The shape rules here need no data; :func:`best_split` and :func:`capital_split` consult a
:class:`~cleaner.passes.split_model.WordModel` handed in by the caller.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

from cleaner.passes.split_model import WordModel

# A whitespace-delimited chunk that is one plain word: opening punctuation, ASCII letters,
# closing punctuation. Anything else inside (digit, '-', '_', '.', '/', '@', '#', "'") makes
# the chunk a number, URL, e-mail, handle, file name, identifier or hyphenated word.
WORD_CHUNK_RE = regex.compile(r"(?<!\S)[\"'(\[{“‘«]*(?P<word>[A-Za-z]+)[\"'.,;:!?)\]}”’»…]*(?!\S)")
# Every run of ASCII letters: how often a word occurs anywhere in the document.
LETTER_RUN_RE = regex.compile(r"[A-Za-z]+")
# Lowercase start and end with exactly one capital between: ``pageThe``, but not ``iPhone``
# (checked by part rules), ``getElementById`` (two capitals) or ``YouTube`` (capital first).
ONE_INNER_CAPITAL_RE = regex.compile(r"(?P<left>[a-z]+)(?P<right>[A-Z][a-z]+)")
# Signs of code or markup in a paragraph: ``snake_case``, ``dotted.name``, ``call()``,
# backticks, ``--option``, ``a=b``, ``<tag>``, braces, ``::``, a URL's ``://``.
CODE_HINT_RE = regex.compile(r"\w_\w|[a-z]{2,}\.[a-z]{2,}|\w\(|[`{}<>=|\\]|::|(?<!\S)--?[a-z]|://")
# A run of letters of any script, for judging a paragraph's language (``niños`` is one).
ANY_LETTER_RUN_RE = regex.compile(r"\p{L}+")
# A paragraph: text between blank lines.
PARAGRAPH_RE = regex.compile(r"[^\n]+(?:\n[^\n]+)*")

# The Zipf frequency a part needs to count as a common word, by its length. Short parts
# need to be very common: most false splits leave a rare two- or three-letter fragment.
MIN_PART_ZIPF = {1: 9.0, 2: 5.5, 3: 4.5}
MIN_LONG_PART_ZIPF = 3.0
# A part this common (``the``, ``of``, ``to``, ``is``) is a function word: a split next to
# it is the usual merge. Two content words merged are harder to tell from a compound.
FUNCTION_WORD_ZIPF = 6.0
# Single letters that are words on their own (``a`` only as the first part: ``abook``).
SINGLE_LETTER_WORDS = frozenset({"a"})
# Runner-up split within this many Zipf units of the best one: too close to call.
AMBIGUITY_MARGIN = 1.0
# The shortest merged word: two two-letter words (``ofit``) or ``a`` + three letters.
MIN_MERGED_LENGTH = 4
# A paragraph is English when at least this share of its words (of five or more) are
# common English words: web lists know ``casa`` and ``madre``, but not as common words.
MIN_ENGLISH_SHARE = 0.4
ENGLISH_WORD_ZIPF = 4.5
MIN_WORDS_TO_JUDGE_LANGUAGE = 5


def may_be_merged(word: str) -> bool:
    """Whether a plain-letter token has a shape worth asking the word model about.

    Cheap checks only, so that ordinary text never loads the model: a lowercase token
    that is not a common word, or ``endStart`` with a sentence opener after the capital.

    >>> [may_be_merged(w) for w in ("issuedpreviously", "the", "pageThe", "iPhone", "MEK")]
    [True, False, True, False, False]
    """
    if word.islower():
        return len(word) >= MIN_MERGED_LENGTH and word not in common_words()
    match = ONE_INNER_CAPITAL_RE.fullmatch(word)
    return bool(
        match
        and match["left"] not in non_final_words()
        and match["right"].lower() in sentence_openers()
    )


def best_split(word: str, model: WordModel, *, technical: bool = False) -> tuple[str, str] | None:
    """Split a lowercase unknown ``word`` into two common words, or ``None``.

    The best split maximises the parts' joint probability (the sum of their Zipf values);
    it must clearly beat the runner-up, and the word must not be in the lexicon. A compound
    prefix or suffix (``over-``, ``-able``) splits off only next to a function word, and in a
    ``technical`` paragraph (one with code) so does every part.

    >>> from cleaner.passes.split_model import WordModel
    >>> model = WordModel({"issued": 4.7, "previously": 4.8, "is": 6.9, "sued": 3.5})
    >>> best_split("issuedpreviously", model)
    ('issued', 'previously')
    >>> best_split("issued", model) is None
    True
    """
    if model.knows(word):
        return None
    candidates = (
        (_pair_score(word[:i], word[i:], model, technical), i) for i in range(1, len(word))
    )
    scored = sorted(((s, i) for s, i in candidates if s is not None), reverse=True)
    if not scored:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < AMBIGUITY_MARGIN:
        return None
    cut = scored[0][1]
    return word[:cut], word[cut:]


def capital_split(word: str, model: WordModel) -> tuple[str, str] | None:
    """Split ``endStart`` where a sentence plausibly ended and the next began, or ``None``.

    The left part must be a common word that can end a sentence (not ``the``, ``get``,
    ``is``...) and the right part a common sentence opener (``The``, ``Add``, ``In``...).

    >>> from cleaner.passes.split_model import WordModel
    >>> capital_split("pageThe", WordModel({"page": 5.0, "the": 7.7}))
    ('page', 'The')
    >>> capital_split("userName", WordModel({"user": 5.0, "name": 5.5})) is None
    True
    """
    match = ONE_INNER_CAPITAL_RE.fullmatch(word)
    if match is None or model.knows(word.lower()):
        return None
    left, right = match["left"], match["right"]
    if left in non_final_words() or right.lower() not in sentence_openers():
        return None
    if not _is_common(left, model, first=True):
        return None
    return left, right


def is_english(paragraph: str, model: WordModel) -> bool:
    """Whether most words of ``paragraph`` are common English words (short ones: yes).

    >>> from cleaner.passes.split_model import WordModel
    >>> model = WordModel({"de": 5.2, "la": 4.4, "casa": 3.5, "the": 7.7, "house": 5.3})
    >>> is_english("la casa de mi madre", model), is_english("the house of the house", model)
    (False, True)
    """
    words = [w.lower() for w in ANY_LETTER_RUN_RE.findall(paragraph) if len(w) > 1]
    if len(words) < MIN_WORDS_TO_JUDGE_LANGUAGE:
        return True
    common = sum(model.frequency(w) >= ENGLISH_WORD_ZIPF for w in words)
    return common >= MIN_ENGLISH_SHARE * len(words)


def _pair_score(left: str, right: str, model: WordModel, technical: bool) -> float | None:
    """The Zipf sum of two common parts, or ``None`` when they may not be split apart."""
    if not (_is_common(left, model, first=True) and _is_common(right, model, first=False)):
        return None
    left_zipf, right_zipf = model.frequency(left), model.frequency(right)
    if max(left_zipf, right_zipf) < FUNCTION_WORD_ZIPF:
        prefixes, suffixes = affixes()
        if technical or left in prefixes or right in suffixes:
            return None
    return left_zipf + right_zipf


def is_technical(paragraph: str) -> bool:
    """Whether ``paragraph`` shows code or markup, where compounds such as ``frozenset`` abound.

    >>> is_technical("Use os.path.join() here."), is_technical("He said so.")
    (True, False)
    """
    return CODE_HINT_RE.search(paragraph) is not None


def _is_common(part: str, model: WordModel, *, first: bool) -> bool:
    if len(part) == 1:
        return first and part in SINGLE_LETTER_WORDS
    needed = MIN_PART_ZIPF.get(len(part), MIN_LONG_PART_ZIPF)
    return model.frequency(part) >= needed


@cache
def common_words() -> frozenset[str]:
    """The most common English words: tokens the model need not be loaded for."""
    return _word_list("split_common_words.txt")


@cache
def affixes() -> tuple[frozenset[str], frozenset[str]]:
    """Compound-building prefixes and suffixes, from ``data/split_affixes.txt``."""
    entries = _word_list("split_affixes.txt")
    prefixes = frozenset(e.rstrip("-") for e in entries if e.endswith("-"))
    return prefixes, frozenset(e.lstrip("-") for e in entries if e.startswith("-"))


@cache
def sentence_openers() -> frozenset[str]:
    """Words that commonly open a sentence (lowercase), from ``data/split_openers.txt``."""
    return _word_list("split_openers.txt")


@cache
def non_final_words() -> frozenset[str]:
    """Words that cannot end a sentence (or are identifier prefixes), never a left part."""
    return _word_list("split_non_final.txt")


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("cleaner.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )
