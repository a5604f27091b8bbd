"""Whether a token the ``split`` pass would split is a slip of one word: a verdict asked of
a split found (seldom).

A lowercase token that lacks one inner letter of a very common word, where its split
would leave a short function word (``importat``: ``important``), is a typo of that word,
not two words glued (``import at``). A letter missing at either end is the merges' own
shape (``andwriting``: ``handwriting``; ``resultin``: ``resulting``), so only inner
letters count. A token one letter off (not its first) a word as common as ``something``
(``somethink``) is a typo of it too, not ``some think``.
"""

from __future__ import annotations

from functools import cache

from cleaner.lexicon import WordModel
from cleaner.passes.split.lists import common_words

# The letters a typo may lack (not ``string.ascii_lowercase``: no module more at start-up).
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# A token this long at least may be a slip: shorter ones are one letter from many words
# (``isa``: ``visa``; ``ona``: ``oona``).
MIN_SLIP_CHARS = 8
# The word the token is a slip of must be this common (``important`` 5.4): merges lie one
# inner letter from rarer words (``exhibitin``: ``exhibition`` 4.4; ``hadwritten``:
# ``handwritten`` 3.3; ``acertain``: ``ascertain`` 3.3).
MIN_INTENDED_ZIPF = 4.5
# The split's last part is this short at most (``at``, ``or``, ``in``): a typo's tail that
# reads as a function word. (The look-ups are the cost: 26 a position.)
MAX_TAIL_CHARS = 3


def slip_of(token: str, parts: tuple[str, ...], model: WordModel) -> str | None:
    """The common word that ``token`` is a typo of, one inner letter missing inside the
    short last part of its split ``parts`` or just before it, or ``None`` (a word equal to
    a part of the split is no such word).

    >>> model = WordModel({"important": 5.4, "import": 4.5, "at": 6.4, "resulting": 4.7})
    >>> slip_of("importat", ("import", "at"), model)
    'important'
    >>> slip_of("resultin", ("result", "in"), model) is None  # (a letter missing last)
    True
    """
    word = token.lower()
    last = len(parts[-1])
    if word != token or len(word) < MIN_SLIP_CHARS or last > MAX_TAIL_CHARS:
        return None
    best, best_zipf = None, MIN_INTENDED_ZIPF
    # The letter goes inside the last part or just before it (``import·a·t``).
    for i in range(len(word) - last, len(word)):
        for letter in LETTERS:
            intended = word[:i] + letter + word[i:]
            zipf = model.frequency(intended)
            if zipf >= best_zipf and intended not in parts:
                best, best_zipf = intended, zipf
    return best


# The word a token with one letter wrong is a slip of must be this common
# (``something`` 5.8): far commoner than any merge is likely to come near.
MIN_MISSPELT_ZIPF = 5.5


def wrong_letter_slip_of(token: str, parts: tuple[str, ...], model: WordModel) -> str | None:
    """The very common word (of ``lists.common_words``) ``token`` is with one letter wrong,
    not its first, or ``None`` (a part of its split ``parts`` is no such word).

    >>> model = WordModel({"something": 5.8, "some": 6.6, "think": 6.0})
    >>> wrong_letter_slip_of("somethink", ("some", "think"), model)
    'something'
    >>> wrong_letter_slip_of("somethink", ("some", "think"), WordModel({})) is None
    True
    """
    word = token.lower()
    if word != token or len(word) < MIN_SLIP_CHARS:
        return None
    for intended in _common_words_by_shape().get((len(word), word[0]), ()):
        one_off = sum(a != b for a, b in zip(word, intended, strict=True)) == 1
        if one_off and intended not in parts and model.frequency(intended) >= MIN_MISSPELT_ZIPF:
            return intended
    return None


@cache
def _common_words_by_shape() -> dict[tuple[int, str], tuple[str, ...]]:
    """The common words (``lists.common_words``) by length and first letter."""
    shapes: dict[tuple[int, str], list[str]] = {}
    for word in sorted(common_words()):
        shapes.setdefault((len(word), word[:1]), []).append(word)
    return {shape: tuple(words) for shape, words in shapes.items()}
