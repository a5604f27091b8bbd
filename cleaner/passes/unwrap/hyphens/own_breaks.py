"""A document whose line-end hyphens break no word: each hyphen is the author's own.

A hyphenated text (a PDF, a typeset page) breaks words where its lines end, and some of
those breaks leave a fragment the English lexicon rates below a word (``distin-`` +
``guished``, ``remem-`` + ``bered``). A text re-wrapped without hyphenation (a Project
Gutenberg book, whose transcribers rejoin the print's broken words) has line-end hyphens
only where a compound's hyphen fell at a line end, between two words every time
(``two-`` + ``fold``, ``death-`` + ``bed``, ``camp-`` + ``fires``): there a hyphen the
lexicon's rule would drop is kept.

On the benchmark's English, German, French and Dutch tuning halves (1,500 documents each,
seed 7; a random cut leaves two English words 29% of the time), no document with five or
more line-end hyphens between letters has them all between words; the held-out Canterbury
Tales (31) and Art of War (35) have no other kind (their joins ``two-fold``,
``death-bed``, ``camp-fires`` were the lexicon's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from cleaner.passes.unwrap.hyphens.thresholds import KNOWN_WORD_ZIPF

# Fewer line-end hyphens than this say nothing about the document: a text hyphenated by a
# typesetter may break two or three words between two words by chance (``over-`` + ``took``).
MIN_OWN_BREAKS = 10


def breaks_no_word(breaks: Iterable[tuple[str, str]], frequency: Callable[[str], float]) -> bool:
    """Whether the line-end hyphens ``breaks`` (the word before and after each, as
    :func:`.counts.line_end_breaks` finds them) number at least :data:`MIN_OWN_BREAKS`
    between letters, each between two words ``frequency`` knows (:data:`KNOWN_WORD_ZIPF`,
    lower-cased); stops at the first fragment.

    >>> zipf = {"two": 7.0, "fold": 3.5, "death": 5.2, "bed": 5.0, "distin": 2.0}.get
    >>> def frequency(word: str) -> float:
    ...     return zipf(word, 0.0)
    >>> breaks_no_word([("two", "fold"), ("death", "bed")] * 5, frequency)
    True
    >>> breaks_no_word([("two", "fold"), ("death", "bed")] * 5 + [("distin", "guished")], frequency)
    False
    >>> breaks_no_word([("two", "fold")] * 9 + [("81", "90")], frequency)
    False
    """
    found = 0
    for before, after in breaks:
        if not (before.isalpha() and after.isalpha()):
            continue
        if min(frequency(before.lower()), frequency(after.lower())) < KNOWN_WORD_ZIPF:
            return False
        found += 1
    return found >= MIN_OWN_BREAKS
