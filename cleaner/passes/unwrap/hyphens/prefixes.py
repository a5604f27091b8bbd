"""Prefixes each language's spelling writes with a hyphen before a word (``icke-rökare``,
``ex-premier``, ``экс-чемпион``), one letter before a word, and an English word or one in
capitals too short for any hyphenator (``wi-fi``, ``so-so``, ``WI-FI``): the hyphen is the
word's own."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from cleaner.data import read_data
from cleaner.passes.unwrap.hyphens.thresholds import COMPOUNDING, KNOWN_WORD_ZIPF, PAIR_JOINED_ZIPF

# Prefixes each language's spelling writes with a hyphen before a word (``icke-rökare``,
# ``ex-premier``, ``экс-чемпион``, ``интернет-магазин``) are data: see language_prefixes. The
# key of all of them together:
ANY_LANGUAGE = "*"
# In Dutch and Swedish such a prefix of this many letters keeps its hyphen before a word no
# table knows too (``non-agressiepact``, ``anti-logaritmetabel``), where they would join
# it as a compound: on the tuning treebanks (tools/tune_hyphens.py nl sv) 4 fewer hyphens
# dropped, no split word kept (``ex-`` + ``ecutieven``, of 2 letters, would be); on
# --confirm's, one split word kept in Swedish. Elsewhere it kept split words and saved no
# hyphen (Russian's loan prefixes: 3 + 2 split words kept).
MIN_OPEN_PREFIX_LENGTH = 3

# Prefixes English writes closed before a lower-case word (``unselfishness``, ``irresolute``,
# ``disallow``, ``misspent``; ``un-American`` has a capital after the hyphen, judged before):
# a line-end hyphen after one is a word broken after its prefix, whatever the lexicon rates
# the joined form (``un-`` + ``hooped``, 1.0; ``un-`` + ``exaggerating``, unlisted). The
# benchmark's corruption on four Gutenberg novels (a scratch script, 3 seeds) kept 32 such
# splits on ``un-`` alone of 313; the novels and the English treebank write none of these
# prefixes with a hyphen before a lower-case word but ``un-detectable`` (EWT), which the
# lexicon joins already. Not ``in-`` (``in-law``, ``in-flight``) nor ``be-`` (``be-twisk``).
ENGLISH_CLOSED_PREFIXES = frozenset({"un", "ir", "dis", "mis"})


# No hyphenator breaks an English word shorter than this: TeX's English patterns leave two
# letters before a break and three after (lefthyphenmin 2, righthyphenmin 3), LibreOffice
# and Chrome hyphenate words of 5 letters or more by default, InDesign of 6. So a line-end
# hyphen between halves of fewer letters together is the writer's (``wi-fi``, ``so-so``,
# ``go-to``, ``ha-ha``, a drawl: ``ha-ve``). The benchmark's corruption splits words of 6
# letters or more, so it cannot show this; on the English tuning half, UD_English-EWT and
# four Gutenberg novels (a scratch copy of tools/tune_hyphens.py) 15 such real hyphens were
# dropped (``ti-ti`` 3, ``wi-fi``, ``He-he``, ``go-to``, ``so-so``, ``So-ho``, ``Pa-pa``...),
# none after. Other languages' TeX patterns break four letters (Russian ``зи-`` + ``му``),
# but not a word in capitals so short, an abbreviation (``WI-FI`` in an Italian paragraph,
# the only such line-end hyphen in the ten tuning halves, was joined by the lexicon's
# ``wifi``): there the bar holds in every language. Portuguese's TeX patterns leave three
# letters after a break too (righthyphenmin 3; Hyphenator.js's four): there the bar holds
# in lower case as well (``wi-fi`` in a Portuguese paragraph of the tuning half was joined
# as ``wifi``, 2 of its 1,500 documents in the cause table).
MIN_HYPHENATED_ENGLISH_WORD = 5
SHORT_WORDS_UNBROKEN = frozenset({"en", "pt"})


def is_too_short_to_hyphenate(prefix: str, suffix: str, language: Callable[[], str]) -> bool:
    """Whether ``prefix`` + ``suffix`` is a word too short for any hyphenator
    (:data:`MIN_HYPHENATED_ENGLISH_WORD`): in capitals in any language, else in a paragraph
    whose ``language()`` (asked only for such a word) is English or Portuguese
    (:data:`SHORT_WORDS_UNBROKEN`).

    >>> is_too_short_to_hyphenate("wi", "fi", lambda: "en")
    True
    >>> is_too_short_to_hyphenate("зи", "му", lambda: "ru")
    False
    >>> is_too_short_to_hyphenate("WI", "FI", lambda: "it")
    True
    >>> is_too_short_to_hyphenate("wi", "fi", lambda: "pt")
    True
    >>> is_too_short_to_hyphenate("re", "ply", lambda: "en")
    False
    """
    if len(prefix) + len(suffix) >= MIN_HYPHENATED_ENGLISH_WORD:
        return False
    return (prefix.isupper() and suffix.isupper()) or language() in SHORT_WORDS_UNBROKEN


def is_closed_english_prefix(prefix: str) -> bool:
    """Whether English writes ``prefix`` closed before a word (:data:`ENGLISH_CLOSED_PREFIXES`).

    >>> is_closed_english_prefix("Un"), is_closed_english_prefix("in")
    (True, False)
    """
    return prefix.lower() in ENGLISH_CLOSED_PREFIXES


def may_keep_prefix_hyphen(prefix: str) -> bool:
    """Whether ``prefix`` is one letter or a prefix some language hyphenates: only then is
    :func:`keeps_prefix_hyphen` worth the paragraph's language.

    >>> may_keep_prefix_hyphen("e"), may_keep_prefix_hyphen("Icke"), may_keep_prefix_hyphen("inter")
    (True, True, False)
    """
    return len(prefix) == 1 or prefix.lower() in language_prefixes()[ANY_LANGUAGE]


def keeps_prefix_hyphen(prefix: str, suffix: str, language: str) -> bool:
    """Whether a line-end hyphen after ``prefix`` is the word's own in ``language``: one
    letter (no hyphenation leaves one letter on a line), or a prefix it hyphenates, before
    a word of its table (in a language that writes compounds closed, before any word after
    a prefix of :data:`MIN_OPEN_PREFIX_LENGTH` letters: ``anti-`` + ``torpedonetten``),
    and not a word broken at the line end (the joined form is no common word: ``ex-`` +
    ``emple`` is ``exemple``; word tables count some prefixed words whole too,
    ``ickerökare`` at Zipf 2.0).

    >>> keeps_prefix_hyphen("icke", "rökare", "sv"), keeps_prefix_hyphen("ex", "emplo", "pt")
    (True, False)
    >>> keeps_prefix_hyphen("u", "landshjälp", "sv")
    True
    >>> keeps_prefix_hyphen("non", "agressiepact", "nl"), keeps_prefix_hyphen("ex", "ecutief", "nl")
    (True, False)
    """
    if len(prefix) == 1:
        return True
    if prefix.lower() not in language_prefixes().get(language, ()):
        return False
    from cleaner.lexicon import load_language_model  # Deferred: a table per language.

    model = load_language_model(language)
    if model.frequency((prefix + suffix).lower()) >= PAIR_JOINED_ZIPF:
        return False
    if language in COMPOUNDING and len(prefix) >= MIN_OPEN_PREFIX_LENGTH:
        return True
    return model.frequency(suffix.lower()) >= KNOWN_WORD_ZIPF


@cache
def language_prefixes() -> dict[str, frozenset[str]]:
    """Per language, the prefixes its spelling writes with a hyphen, and under
    :data:`ANY_LANGUAGE` all of them (cleaner/data/language_hyphen_prefixes.tsv)."""
    lines = read_data("language_hyphen_prefixes.tsv").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    found = {language: frozenset(words.split()) for language, words in rows}
    return found | {ANY_LANGUAGE: frozenset().union(*found.values())}
