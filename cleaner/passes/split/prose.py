"""Whether a paragraph is English prose, the only text where ``split`` judges a merge by
word frequencies (``la casa de mi madre`` is not)."""

from __future__ import annotations

from collections import Counter

from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel

# A paragraph is English when at least this share of its words (of five or more) are
# common English words: web lists know ``casa`` and ``madre``, but not as common words.
MIN_ENGLISH_SHARE = 0.4


ENGLISH_WORD_ZIPF = 4.5
MIN_WORDS_TO_JUDGE_LANGUAGE = 5
# A paragraph of fewer words that ends no sentence is a heading, a label or a command
# line (``whatis expression``, ``Lt - titlecase letters``): no prose to judge a merge by.
MIN_PROSE_WORDS = 4
# The end of a sentence at the end of a paragraph: ``said.``, ``(see above.)``.
SENTENCE_END_RE = lazy_compile(r"[.!?…][\"'”’)\]]*\s*\Z")
# A character past ASCII.
NON_ASCII_RE = lazy_compile(r"[^\x00-\x7f]")
# UTF-8 bytes to themselves if an ASCII letter's or a character's past ASCII, else to a
# space: a text whose characters past ASCII are all letters so mapped splits into its
# runs of letters.
LETTER_BYTES = bytes(b if 65 <= b <= 90 or 97 <= b <= 122 or b >= 128 else 32 for b in range(256))


def is_english_prose(
    paragraph: str, model: WordModel, common_words: dict[str, bool] | None = None
) -> bool:
    """Whether ``paragraph`` is English prose: a sentence or ``MIN_PROSE_WORDS`` words,
    most of them common English words (when there are enough to judge by).
    ``common_words`` keeps each word's verdict for the next paragraph of the document
    (``the`` and ``of`` are in each).

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"de": 5.2, "la": 4.4, "casa": 3.5, "the": 7.7, "house": 5.3})
    >>> is_english_prose("la casa de mi madre", model)
    False
    >>> is_english_prose("the house of the house", model), is_english_prose("whatis it", model)
    (True, False)
    >>> is_english_prose("It is.", model)
    True
    """
    words = two_letter_words(paragraph)
    total = len(words)
    if total < MIN_PROSE_WORDS and not SENTENCE_END_RE.search(paragraph):
        return False
    if total < MIN_WORDS_TO_JUDGE_LANGUAGE:
        return True
    # common_word_count of paragraph_words, word by word, done as soon as enough are common
    # or too many are not (a paragraph in another language: most of a foreign book's).
    known = {} if common_words is None else common_words
    needed, common = MIN_ENGLISH_SHARE * total, 0
    most = total  # The common words there can be: each uncommon one takes one away.
    for word in map(str.lower, words):
        verdict = known.get(word)
        if verdict is None:
            verdict = known[word] = model.frequency(word) >= ENGLISH_WORD_ZIPF
        if verdict:
            common += 1
            if common >= needed:
                return True
        else:
            most -= 1
            if most < needed:
                return False
    return False


def paragraph_words(paragraph: str) -> Counter[str]:
    """The words of two letters or more of ``paragraph`` (of any script), lowercased, counted.

    >>> paragraph_words("The cat saw the niños, a dog.")
    Counter({'the': 2, 'cat': 1, 'saw': 1, 'niños': 1, 'dog': 1})
    """
    return Counter(map(str.lower, two_letter_words(paragraph)))  # (C loops)


def common_word_count(
    words: Counter[str], model: WordModel, common_words: dict[str, bool] | None = None
) -> int:
    """How many of ``words`` (:func:`paragraph_words`) are common English words; each
    distinct word is looked up once, and once a document with ``common_words``.

    >>> from cleaner.lexicon import WordModel
    >>> common_word_count(Counter({"the": 2, "casa": 1}), WordModel({"the": 7.7, "casa": 3.5}))
    2
    """
    known = {} if common_words is None else common_words
    common = 0
    for word, count in words.items():
        verdict = known.get(word)
        if verdict is None:
            verdict = known[word] = model.frequency(word) >= ENGLISH_WORD_ZIPF
        if verdict:
            common += count
    return common


def two_letter_words(paragraph: str) -> list[str]:
    """The runs of two letters or more of ``paragraph``, of any script:
    ``unicode.TWO_LETTERS_OR_MORE_RE.findall(paragraph)``, whose ``\\p{L}`` costs ~400
    instructions a character, found by ``str.split`` in C instead: the characters past
    ASCII that are no letters made spaces first, then the bytes mapped.

    >>> two_letter_words("A cat — the niños' dog"), two_letter_words("It’s a cat.")
    (['cat', 'the', 'niños', 'dog'], ['It', 'cat'])
    >>> two_letter_words("x² and ab²c, a\\xa0b\\u0301c")
    ['and', 'ab']
    """
    if not paragraph.isascii():
        from cleaner.passes.split.unicode import LETTER_RE  # Deferred: see its module.

        others = set(NON_ASCII_RE.findall(paragraph))
        for char in others.difference(LETTER_RE.findall("".join(others))):
            paragraph = paragraph.replace(char, " ")
    letters = paragraph.encode("utf-8", "surrogatepass").translate(LETTER_BYTES)
    return [run for run in letters.decode("utf-8", "surrogatepass").split() if len(run) > 1]
