"""A tail the document writes only as a name: ``Cis-`` + ``caucasus`` beside ``the
Caucasus``. A compound's second word keeps a name's capital (``anti-Semitic``,
``Nord-Süd``), so a lower-case tail that the document writes elsewhere only capitalized,
inside a sentence, is the end of a word broken at the line end."""

from __future__ import annotations

from collections.abc import Iterator

# A tail this long at least: shorter ones are endings that any word may have.
MIN_NAME_TAIL_LETTERS = 4


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
    if any(not _is_line_end_tail(text, start) for start in _whole_word_starts(text, suffix)):
        return False
    name, first = suffix[:1].upper() + suffix[1:], prefix.lower()
    return any(
        _inside_sentence(text, start) and not _after_word(text, start, first)
        for start in _whole_word_starts(text, name)
    )


def _whole_word_starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (a literal search: a pattern
    starting with a look-behind would try every position)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (_is_letter(text, start - 1) or _is_letter(text, end)):
            yield start
        start = text.find(word, end)


def _is_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


def _is_line_end_tail(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a line after a line-end hyphen."""
    return text[max(0, start - 3) : start].endswith(("-\n", "-\r\n", "-\r"))


def _inside_sentence(text: str, start: int) -> bool:
    """After a word and a space, or a word, a comma and a space (no sentence opens so)."""
    before = text[max(0, start - 3) : start]
    return (len(before) >= 2 and before[-1] in " \t\n" and before[-2].isalpha()) or (
        before.endswith(", ") and before[:1].isalpha()
    )


def _after_word(text: str, start: int, word: str) -> bool:
    """Whether ``word`` (lower-case) and spaces come right before ``start``."""
    before = text[max(0, start - len(word) - 2) : start].rstrip().lower()
    return before.endswith(word) and not _is_letter(before, len(before) - len(word) - 1)
