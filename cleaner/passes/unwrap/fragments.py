"""English words broken at a line end into a fragment: ``bl-`` + ``uffed``, ``vu-`` +
``lcanology``, joined though the lexicon rates the joined form below the known-word bar.

The English rule keeps a hyphen unless the joined form is a known word (Zipf 2: compounds
written whole by mistake score lower, ``wellknown`` 1.6). Such a compound's halves are both
words; a word broken at the line end leaves a half no lexicon lists. So where the lexicon
lists the joined form at all and one half is no word of it, nor written elsewhere in the
document, the hyphen is a break.
"""

from __future__ import annotations

from collections.abc import Callable

from cleaner.passes.unwrap.names import Context


def is_broken_into_fragment(
    prefix: str,
    suffix: str,
    knows: Callable[[str], bool],
    context: Context,
    *,
    compound_first_halves: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``prefix-`` + ``suffix`` is a word the lexicon lists (``knows``, lower-case
    words) broken into a fragment: a half it does not list and the document does not write
    apart (``context.word_count``: the broken word's halves count once each). Not after a
    compound first half (``compound_first_halves``: ``self-``, ``half-``), judged apart.

    >>> listed = {"bluffed", "bl", "wellknown", "well", "known", "seafarings"}.__contains__
    >>> is_broken_into_fragment("bl", "uffed", listed, Context())
    True
    >>> is_broken_into_fragment("well", "known", listed, Context())
    False
    >>> is_broken_into_fragment("heart", "warmer", listed, Context())
    False
    >>> is_broken_into_fragment("bl", "uffed", listed, Context(lambda word: 2))
    False
    """
    if prefix.lower() in compound_first_halves or not knows((prefix + suffix).lower()):
        return False
    return any(
        not knows(half) and context.word_count(half) <= 1
        for half in (prefix.lower(), suffix.lower())
    )
