"""Combining forms a document builds its own words with (``crypto-`` of ``cryptography``).

A Greek or Latin combining form in ``-o`` (``techno-``, ``crypto-``) makes words the word
table lacks (``technosignatures``, ``cryptoanalyze``). Where the document writes another
word the table knows that starts with the same form (``technological``, ``cryptography``),
the form is a bound prefix there: a token made of it and a word is a derivation, not two
words an extractor glued. A free noun in ``-o`` (``video``, ``tobacco``, ``ratio``) is too
common a word to count as a form: ``tobaccoproducts`` beside ``tobacconist`` stays a merge.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from cleaner.lexicon import WordModel

# A combining form ends in this letter (``magneto-``, ``techno-``, ``crypto-``).
FORM_ENDING = "o"
# The shortest combining form: ``opto``, ``gyro``; ``geo`` and ``bio`` are too short to
# tell from a merge's first word.
MIN_FORM_CHARS = 4
# A combining form is rarer as a word of its own than this (Zipf): ``techno`` 3.5, ``crypto``
# 3.6, ``neuro`` 3.1; the free nouns ``tobacco`` 4.2, ``ratio`` 4.4, ``video`` 5.4 and the
# function words ``also``, ``into`` are not forms.
MAX_FORM_ZIPF = 4.0
# The other word's letters after the form, at least: ``cryptography`` (``graphy``),
# ``technological`` (``logical``); not a plural or an ending (``cryptos``, ``technoid``).
MIN_REST_CHARS = 4


def is_combining_form(form: str, model: WordModel) -> bool:
    """Whether ``form`` has the shape of a combining form: ``-o``, four letters or more,
    rarer than a free word.

    >>> model = WordModel({"crypto": 3.6, "video": 5.4, "also": 6.2})
    >>> [is_combining_form(w, model) for w in ("crypto", "video", "also", "two")]
    [True, False, False, False]
    """
    return (
        len(form) >= MIN_FORM_CHARS
        and form.endswith(FORM_ENDING)
        and model.frequency(form) < MAX_FORM_ZIPF
    )


def sorted_words(words: Iterable[str]) -> list[str]:
    """The lowercase ``words`` (a document's letter runs) in order (:func:`starts_other_word`).

    >>> sorted_words({"the", "The", "cryptography"})
    ['cryptography', 'the']
    """
    return sorted(word for word in words if word.islower())


def starts_other_word(form: str, token: str, words: Sequence[str], model: WordModel) -> bool:
    """Whether ``words`` (:func:`sorted_words` of the document) hold a word the model knows,
    other than ``token`` and its forms, made of ``form`` and ``MIN_REST_CHARS`` letters or
    more: the document uses ``form`` as a prefix of its own words.

    >>> model = WordModel({"cryptography": 2.9, "crypto": 3.6})
    >>> words = sorted_words({"cryptography", "cryptoanalyze", "the"})
    >>> starts_other_word("crypto", "cryptoanalyze", words, model)
    True
    >>> starts_other_word("crypto", "cryptoanalyze", sorted_words({"cryptos"}), model)
    False
    """
    stem = token[: len(form) + MIN_REST_CHARS]  # (the token's own forms share it)
    for index in range(bisect_left(words, form), len(words)):
        word = words[index]
        if not word.startswith(form):
            return False
        long_enough = len(word) - len(form) >= MIN_REST_CHARS
        if long_enough and not word.startswith(stem) and model.knows(word):
            return True
    return False


def is_derivation(parts: tuple[str, ...], words: Sequence[str], model: WordModel) -> bool:
    """Whether ``parts`` (a split of a lowercase token) are a combining form and a word that
    the document derives with that form elsewhere (:func:`starts_other_word`): its
    ``cryptoanalyze`` beside ``cryptography``, its ``technosignatures`` beside
    ``technological``.

    >>> model = WordModel({"cryptography": 2.9, "crypto": 3.6, "analyze": 3.8})
    >>> words = sorted_words({"cryptography", "cryptoanalyze"})
    >>> is_derivation(("crypto", "analyze"), words, model)
    True
    >>> is_derivation(("crypto", "analyze"), sorted_words({"cryptoanalyze"}), model)
    False
    """
    if len(parts) != 2 or not is_combining_form(parts[0], model):
        return False
    return starts_other_word(parts[0], "".join(parts), words, model)
