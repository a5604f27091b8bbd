"""Dialogue dashes at a line end: Spanish and Portuguese set a speaker's aside between two
dashes, the first on the word after it, the last on the word before it (``-Sin duda
-dijo Sancho- que ...``, as Project Gutenberg's Don Quijote types them; ``—dijo Sancho—``
with the raya). A line ending in such a closing dash is no word broken at the line end,
and the space after the dash stays."""

from __future__ import annotations

from collections.abc import Callable

from cleaner.lazy_re import lazy_compile
from cleaner.passes.unwrap.hyphens.thresholds import KNOWN_WORD_ZIPF

# Languages that write dialogue with dashes set on the words.
DIALOGUE_DASH_LANGUAGES = frozenset({"es", "pt"})
# The dashes they are typed with: a hyphen, the raya (em dash) and the en dash.
DIALOGUE_DASHES = "-—–"
# A dash opening an aside: after a space (lines are joined with one), before a letter or
# an opening mark (`` -dijo``, `` —¿Y``). A paragraph's first dash opens its speech, not
# an aside: nothing is before it. (Both patterns match the character before the dash too:
# one starting with a look-behind would be tried at every position.)
ASIDE_OPENING_RE = {dash: lazy_compile(rf" {dash}(?=[^\W\d_]|[¡¿])") for dash in DIALOGUE_DASHES}
# A dash closing one: right after a word, before a space, punctuation or the end
# (``Sancho- que``, ``daba-,``).
ASIDE_CLOSING_RE = {
    dash: lazy_compile(rf"[^\W\d_]{dash}(?=[\s,.;:!?]|$)") for dash in DIALOGUE_DASHES
}
# How far back an aside's opening dash is looked for (an aside is a clause: ``-dijo don
# Quijote, oyendo las tristes nuevas que su escudero le daba-`` has 68 characters).
ASIDE_REACH = 160


def aside_open(text: str, end: int, dash: str) -> bool:
    """Whether an aside that ``dash`` opened in ``text[:end]`` (within :data:`ASIDE_REACH`
    characters) is not closed yet.

    >>> aside_open("-Sin duda -dijo don Quijote, los ", 33, "-")
    True
    >>> aside_open("-Sin duda -dijo Sancho- que los ", 32, "-"), aside_open("a -v flag", 9, "—")
    (False, False)
    """
    start = max(0, end - ASIDE_REACH)
    if text.rfind(f" {dash}", start, end) < 0:
        return False  # (No aside opened: the common case, told without a pattern.)
    window = text[start:end]
    opening = max((m.start() for m in ASIDE_OPENING_RE[dash].finditer(window)), default=-1)
    closing = max((m.start() for m in ASIDE_CLOSING_RE[dash].finditer(window)), default=-1)
    return opening > closing


def closes_aside(
    text: str, end: int, prefix: str, suffix: str, language: Callable[[], str]
) -> bool:
    """Whether the hyphen after ``prefix`` at a line end closes a dialogue aside opened in
    ``text[:end]`` (the paragraph before ``prefix``), in a paragraph whose ``language()``
    (asked only then) is one of :data:`DIALOGUE_DASH_LANGUAGES`; not where ``prefix`` and
    ``suffix`` make a word of its table: a word broken inside the aside (``nue-`` + ``vas``).

    >>> spanish, text = (lambda: "es"), "-Sin duda -dijo don Quijote, los "
    >>> closes_aside(text, len(text), "dientes", "que", spanish)
    True
    >>> closes_aside(text, len(text), "nue", "vas", spanish)
    False
    >>> closes_aside(text, len(text), "dientes", "que", lambda: "en")
    False
    """
    if not aside_open(text, end, "-"):
        return False
    found = language()
    if found not in DIALOGUE_DASH_LANGUAGES:
        return False
    from cleaner.lexicon import load_language_model  # Deferred: a table per language.

    return load_language_model(found).frequency((prefix + suffix).lower()) < KNOWN_WORD_ZIPF


def dash_closes_aside(text: str, language: Callable[[], str]) -> bool:
    """Whether ``text`` ends in a raya or en dash on a word that closes a dialogue aside
    (no word is broken with one), in a paragraph in :data:`DIALOGUE_DASH_LANGUAGES`.

    >>> dash_closes_aside("—Pues —dijo Sancho, contando los dientes—", lambda: "es")
    True
    >>> dash_closes_aside("He said the plan—and I quote, as he gave it—", lambda: "en")
    False
    """
    dash = text[-1:]
    return (
        dash in DIALOGUE_DASHES[1:]
        and aside_open(text, len(text) - 1, dash)
        and language() in DIALOGUE_DASH_LANGUAGES
    )
