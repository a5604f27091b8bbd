"""Dialogue dashes at a line end: Spanish and Portuguese set a speaker's aside between two
dashes, the first on the word after it, the last on the word before it (``-Sin duda
-dijo Sancho- que ...``, as Project Gutenberg's Don Quijote writes them). A line ending
in such a closing dash is no word broken at the line end."""

from __future__ import annotations

from collections.abc import Callable

from cleaner.lazy_re import lazy_compile
from cleaner.passes.unwrap.hyphens.thresholds import KNOWN_WORD_ZIPF

# Languages that write dialogue with dashes set on the words (the raya, often typed "-").
DIALOGUE_DASH_LANGUAGES = frozenset({"es", "pt"})
# A dash opening an aside: after a space (lines are joined with one), before a letter or
# an opening mark (`` -dijo``, `` -¿Y``). A paragraph's first dash opens its speech, not
# an aside: nothing is before it. (Both patterns match the character before the dash too:
# one starting with a look-behind would be tried at every position.)
ASIDE_OPENING_RE = lazy_compile(r" -(?=[^\W\d_]|[¡¿])")
# A dash closing one: right after a word, before a space, punctuation or the end
# (``Sancho- que``, ``daba-,``).
ASIDE_CLOSING_RE = lazy_compile(r"[^\W\d_]-(?=[\s,.;:!?]|$)")
# How far back an aside's opening dash is looked for (an aside is a clause: ``-dijo don
# Quijote, oyendo las tristes nuevas que su escudero le daba-`` has 68 characters).
ASIDE_REACH = 160


def closes_aside(
    text: str, end: int, prefix: str, suffix: str, language: Callable[[], str]
) -> bool:
    """Whether the hyphen after ``prefix`` at a line end closes a dialogue aside that a dash
    opened in ``text[:end]`` (the paragraph before ``prefix``), in a paragraph whose
    ``language()`` (asked only then) is one of :data:`DIALOGUE_DASH_LANGUAGES`; not where
    ``prefix`` and ``suffix`` make a word of its table: a word broken inside the aside
    (``nue-`` + ``vas``).

    >>> spanish, text = (lambda: "es"), "-Sin duda -dijo don Quijote, los "
    >>> closes_aside(text, len(text), "dientes", "que", spanish)
    True
    >>> closes_aside(text, len(text), "nue", "vas", spanish)
    False
    >>> closes_aside(text, len(text), "dientes", "que", lambda: "en")
    False
    >>> text = "-Sin duda -dijo Sancho- que los "
    >>> closes_aside(text, len(text), "dientes", "que", spanish)
    False
    """
    start = max(0, end - ASIDE_REACH)
    if text.rfind(" -", start, end) < 0:
        return False  # (No aside opened: the common case, told without a pattern.)
    window = text[start:end]
    opening = max((found.start() for found in ASIDE_OPENING_RE.finditer(window)), default=-1)
    closing = max((found.start() for found in ASIDE_CLOSING_RE.finditer(window)), default=-1)
    if opening < 0 or closing > opening:
        return False
    found = language()
    if found not in DIALOGUE_DASH_LANGUAGES:
        return False
    from cleaner.lexicon import load_language_model  # Deferred: a table per language.

    return load_language_model(found).frequency((prefix + suffix).lower()) < KNOWN_WORD_ZIPF
