"""Merges of words that only a phrase explains: ``theIntelligencer``, ``hasbeen``.

Two shapes :mod:`.rules` leaves alone, each split only on strong evidence:

- an article or preposition glued to a capitalised word (``by Statista``): the right
  part is a name, so no frequency can vouch for it, but these words never start a
  brand or an identifier written this way (``forEach``, ``toString``, ``isEmpty``,
  ``onClick`` start with other words, and code paragraphs are never judged);
- a grammatical pair the lexicon lists closed because a dictionary writes it with a
  hyphen (``has-been``, ``greater-than``): a form of *have* before ``been``, a
  comparative before ``than``. The closed form must be rare.
"""

from __future__ import annotations

import re

from cleaner.lexicon import WordModel

# Words before a name: ``theIntelligencer``, ``byStatista``, ``ofMaine``, ``fromReuters``.
NAME_BEFORE_WORDS = frozenset({"the", "by", "of", "from"})
# ``the`` + a capitalised word of at least this many letters (``theUS`` is an acronym).
MIN_NAME_CHARS = 3
# A lowercase word and a capitalised word with no other capital (``theIntelligencer``).
NAME_AFTER_WORD_RE = re.compile(r"(?P<left>[a-z]+)(?P<right>[A-Z][a-z]+)")
# The forms of *have* before ``been``.
BEEN_AFTER = frozenset({"has", "have", "had"})
# Comparatives before ``than`` that do not end in ``-er``.
THAN_AFTER = frozenset({"more", "less", "better", "worse", "rather", "other", "further"})
# A comparative in ``-er`` must be at least this common (``greater``, ``higher``).
COMPARATIVE_MIN_ZIPF = 3.5
# A pair's closed form, when listed, must be rarer than this (``hasbeen`` is 1.7).
MAX_CLOSED_ZIPF = 2.5


def name_split(word: str) -> tuple[str, str] | None:
    """Split an article or preposition from the name glued after it, or ``None``.

    >>> name_split("theIntelligencer"), name_split("byStatista")
    (('the', 'Intelligencer'), ('by', 'Statista'))
    >>> name_split("forEach") is None, name_split("iPhone") is None
    (True, True)
    """
    match = NAME_AFTER_WORD_RE.fullmatch(word)
    if match is None or match["left"] not in NAME_BEFORE_WORDS:
        return None
    if len(match["right"]) < MIN_NAME_CHARS:
        return None
    return match["left"], match["right"]


def grammatical_split(word: str, model: WordModel) -> tuple[str, str] | None:
    """Split ``hasbeen`` or ``greaterthan``: a rare lowercase word that is a grammatical pair.

    >>> model = WordModel({"has": 6.4, "been": 6.3, "hasbeen": 1.7, "greater": 4.9, "great": 5.6,
    ...     "than": 6.1, "she": 6.5, "shebeen": 1.7, "water": 5.0})
    >>> grammatical_split("hasbeen", model), grammatical_split("greaterthan", model)
    (('has', 'been'), ('greater', 'than'))
    >>> grammatical_split("shebeen", model), grammatical_split("waterthan", model)
    (None, None)
    """
    if model.frequency(word) >= MAX_CLOSED_ZIPF:
        return None
    if word.endswith("been") and word[:-4] in BEEN_AFTER:
        return word[:-4], "been"
    left = word[:-4]
    if word.endswith("than") and (left in THAN_AFTER or _is_comparative(left, model)):
        return left, "than"
    return None


def _is_comparative(word: str, model: WordModel) -> bool:
    """Whether ``word`` reads as a common ``-er`` comparative (``greater``, not ``water``)."""
    if not word.endswith("er") or model.frequency(word) < COMPARATIVE_MIN_ZIPF:
        return False
    stems = (word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else "")
    return any(model.frequency(stem) > model.frequency(word) for stem in stems if stem)
