"""English words broken at a line end into a fragment: ``bl-`` + ``uffed``, ``Hallstr-`` +
``öm``, joined though the lexicon rates the joined form below the known-word bar or does
not list it.

The English rule keeps a hyphen unless the joined form is a known word (Zipf 2: compounds
written whole by mistake score lower, ``wellknown`` 1.6). A hyphenated compound's halves are
words (or a combining form the lexicon lists: ``electro``, ``socio``); a word broken at the
line end leaves a half no lexicon lists, and the document does not write it apart.
"""

from __future__ import annotations

from cleaner.lexicon import WordModel
from cleaner.passes.unwrap.names import Context

# A first part no lexicon lists before a common word of this many letters and frequency
# (Zipf) is a rare word or a name in a compound (``Suvórov-like``, ``dentistical-looking``),
# kept where the joined form is unknown too.
COMMON_TAIL_LETTERS = 4
COMMON_TAIL_ZIPF = 3.0


def is_broken_into_fragment(
    prefix: str,
    suffix: str,
    lexicon: WordModel,
    context: Context,
    *,
    compound_first_halves: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``prefix-`` + ``suffix`` is a word broken into a fragment: a first part the
    ``lexicon`` does not list (but before a common word, where it does not list the joined
    form either), or a tail it does not list after a first part whose joined form it lists;
    the fragment not written apart in the document (``context.word_count``: the broken
    word's halves count once each). Not after a compound first half
    (``compound_first_halves``: ``self-``, ``half-``), judged apart.

    >>> lexicon = WordModel(dict.fromkeys(["bluffed", "bl", "well", "known", "like"], 4.0))
    >>> is_broken_into_fragment("bl", "uffed", lexicon, Context())
    True
    >>> is_broken_into_fragment("Hallstr", "öm", lexicon, Context())
    True
    >>> is_broken_into_fragment("well", "known", lexicon, Context())
    False
    >>> is_broken_into_fragment("Suvórov", "like", lexicon, Context())
    False
    >>> is_broken_into_fragment("Hallstr", "öm", lexicon, Context(lambda word: 2))
    False
    """
    first, tail = prefix.lower(), suffix.lower()
    if first in compound_first_halves:
        return False
    joined_known = lexicon.knows(first + tail)
    if not lexicon.knows(first) and context.word_count(first) <= 1:
        common_tail = (
            len(tail) >= COMMON_TAIL_LETTERS and lexicon.frequency(tail) >= COMMON_TAIL_ZIPF
        )
        if joined_known or not common_tail:
            return True
    return joined_known and not lexicon.knows(tail) and context.word_count(tail) <= 1
