"""A tail the document writes only as a name: ``Cis-`` + ``caucasus`` beside ``the
Caucasus``. A compound's second word keeps a name's capital (``anti-Semitic``,
``Nord-Süd``), so a lower-case tail that the document writes elsewhere only capitalized,
inside a sentence, is the end of a word broken at the line end."""

from __future__ import annotations

import re

# A tail this long at least: shorter ones are endings that any word may have.
MIN_NAME_TAIL_LETTERS = 4
# Letters (and a comma) before a capitalized word that does not open a sentence.
_INSIDE_SENTENCE = r"(?<=[^\W\d_][ \t\n])|(?<=[^\W\d_], )"


def tail_written_as_name(text: str, prefix: str, suffix: str) -> bool:
    """Whether ``text`` writes ``suffix`` (lower-case, after ``prefix`` and a line-end
    hyphen) only with a capital, at least once inside a sentence (after a word or a comma)
    and not after ``prefix`` (``Soho Square`` is no sign that ``Soho-`` + ``square`` is
    broken), and never in lower case but as the tail of a line-end hyphen.

    >>> text = "The north is the Ciscaucasus, the south the Trans-\\ncaucasus."
    >>> tail_written_as_name(text, "Trans", "caucasus")
    False
    >>> tail_written_as_name(text + " Its peaks are in the Caucasus.", "Trans", "caucasus")
    True
    >>> tail_written_as_name("Soho-\\nsquare, and Soho Square.", "Soho", "square")
    False
    >>> tail_written_as_name("Soho-\\nsquare, a square in Bedford Square.", "Soho", "square")
    False
    >>> tail_written_as_name("The Soho-\\nsquare. Square dances.", "Soho", "square")
    False
    >>> tail_written_as_name("Soho-\\nsquare, near Bedford Square.", "Soho", "square")
    True

    (So the rule asks it only of a tail that is no common word: ``square`` is one.)
    """
    if len(suffix) < MIN_NAME_TAIL_LETTERS or not suffix.islower():
        return False
    word = re.escape(suffix)
    if re.search(rf"(?<![^\W_])(?<!-\n){word}(?![^\W_])", text):
        return False
    name = re.escape(suffix[:1].upper() + suffix[1:])
    after_prefix = re.compile(rf"(?<![^\W_]){re.escape(prefix)}\s+$", re.IGNORECASE)
    return any(
        not after_prefix.search(text[max(0, found.start() - len(prefix) - 2) : found.start()])
        for found in re.finditer(rf"(?:{_INSIDE_SENTENCE}){name}(?![^\W_])", text)
    )
