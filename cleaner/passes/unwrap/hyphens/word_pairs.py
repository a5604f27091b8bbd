"""Rules for the languages that hyphenate pairs of whole words (French, Spanish, Italian,
Portuguese, Polish, Russian): compound adjectives with a linking vowel, Russian endings,
inflections the word table misses, and the particles written with a hyphen."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from cleaner.data import read_data
from cleaner.passes.unwrap.hyphens.thresholds import MIN_ADJECTIVE_LENGTH

# Compound adjectives join two adjectives with a linking "o" (``francusko-monakijski``,
# ``научно-фантастический``, ``austro-prusiano``, ``franco-monegasco``): a first part of
# this many letters ending in it, before an adjective ending of the language (Spanish,
# Italian and Portuguese: of a people or a place), keeps its hyphen when the joined form is
# unknown.
LINKING_VOWEL = {"es": "o", "it": "o", "pt": "o", "pl": "o", "ru": "о"}
MIN_LINKED_LENGTH = 5
_POLISH_SOFT = tuple(s + c for s in ("sk", "ck") for c in ("i", "a", "ie", "iego", "iej", "ich"))
_POLISH_HARD = tuple(s + c for s in "nwz" for c in ("y", "a", "e", "ej", "ego", "ym", "ych"))
_ROMANCE_PEOPLE = (
    *(s + c for s in ("an", "ic", "in", "en", "es", "ens", "asc") for c in ("o", "a", "os", "as")),
    *(s + c for s in ("an", "in", "en", "es", "ens", "asc") for c in ("i", "e", "es")),
    *("ici", "iche", "ichi", "ês"),
)
_RUSSIAN_CASES = "ий ый ой ая яя ое ее ого его ому ему ым им ом ем ых их ую юю ые ие ыми ими"
# Russian declines and conjugates with endings no hyphen stands before (the words after a
# Russian hyphen are words or particles: ``из-за``, ``кто-то``): a line-end hyphen before
# one of these is a word broken before its ending (``Аткинсон-`` + ``ом``, ``приём-`` +
# ``ах``, ``переписывая-`` + ``сь``), joined though a name or a pair of words it looked.
# On GSD (tools/tune_hyphens.py ru) split words rejoined 99.42 -> 99.50%, on the benchmark's
# tuning half 99.76 -> 99.79%, on Taiga (--confirm) 99.16 -> 99.25%; no real hyphen dropped.
_RUSSIAN_ADJECTIVE = "ий ая ое ие ый ые ого ой ому ым ом их ых ую ими ыми"
_RUSSIAN_NOUN_VERB = "ём ою ею ам ям ах ях ами ями ов ев ёв ью ся сь"
RUSSIAN_ENDINGS = frozenset(
    _RUSSIAN_CASES.split()
    + _RUSSIAN_NOUN_VERB.split()
    + [stem + ending for stem in ("ск", "н") for ending in _RUSSIAN_ADJECTIVE.split()]
)
# French verb endings, no word after a hyphen (a French pair's second word is a word, a
# pronoun or a numeral: ``peut-être``, ``dit-il``, ``vingt-deux``): a line-end hyphen before
# one is a verb broken before its ending (``abus-`` + ``ait``, ``manger-`` + ``ont``), joined
# though both halves are words (``ait``, ``ont``) and the table misses the form, a passé
# simple or an imperfect. Not ``est`` (``sud-est``). Split words kept on Verne (as above)
# 316 -> 228; with the pronouns, split words rejoined on the benchmark's tuning half
# (tools/tune_hyphens.py fr --tuning-half) 99.65 -> 99.78%, on French GSD (--confirm)
# 99.23 -> 99.31%; none of Verne's 935 real hyphens, nor the tuning half's 80, stands
# before one.
FRENCH_VERB_ENDINGS = frozenset(
    {"ai", "ais", "ait", "aient", "ions", "iez", "ons", "ont", "ent", "ient", "es", "ez", "ant"}
    | {"it", "nt"}
)
# Portuguese verb endings likewise (``piorar-`` + ``am``, ``abraça-`` + ``rem``, ``reduz-`` +
# ``irá``): not after a pronoun, where a future or conditional ends (``dar-lhe-ia``,
# ``ver-nos-íamos``: see is_broken_before_ending). tools/tune_hyphens.py pt --tuning-half:
# split words rejoined 99.41 -> 99.56%, on Bosque (--confirm) 99.24 -> 99.31%, real hyphens
# dropped unchanged (0 of 58, 13 of 456).
PORTUGUESE_VERB_ENDINGS = frozenset(
    {"am", "em", "ava", "avam", "ia", "iam", "ria", "riam", "rem", "ram", "aram", "eram"}
    | {"iram", "amos", "emos", "imos", "íamos", "ávamos", "ará", "erá", "irá", "arão", "erão"}
    | {"irão"}
)
# Prefixes French writes closed (``rejeta``, ``délimite``, ``désespoir``, ``mégarde``): a
# line-end hyphen after one is a word broken after its prefix, though the prefix is a word
# too (``ré``, ``dé``) and the table misses the joined form. Verne (as below): split words
# kept 228 -> 203; tools/tune_hyphens.py fr --tuning-half: rejoined 99.78 -> 99.79%, --confirm
# 99.31 -> 99.33%; real hyphens dropped unchanged (32, 3, 13: GSD's ``ré-aménagement`` was
# joined already). Not ``pré`` (``pré-retraite``).
FRENCH_CLOSED_PREFIXES = frozenset({"re", "ré", "dé", "dés", "mé", "més"})
# Portuguese writes these closed too (``renomear``, ``desconhecedores``, ``indisputado``;
# the 1990 agreement hyphenates ``re-``, ``des-`` and ``in-`` before no letter): neither the
# benchmark's Portuguese nor Bosque writes one with a hyphen.
CLOSED_PREFIXES = {"fr": FRENCH_CLOSED_PREFIXES, "pt": frozenset({"re", "des", "in"})}
# A language's endings after a line-end hyphen: a word broken before its ending, joined.
WORD_ENDINGS = {"ru": RUSSIAN_ENDINGS, "fr": FRENCH_VERB_ENDINGS, "pt": PORTUGUESE_VERB_ENDINGS}
# Russian: a pair of words, or a name before a word, whose joined form the table does not
# know, is a word broken at the line end when it is an inflection of one it knows (the
# tables miss many inflected forms: ``мат-`` + ``расу``, ``пред-`` + ``ставший``; a real
# pair is never written closed, so no form of it is a word). The joined form's last one to
# MAX_ENDING_CUT letters are put as any ending (or none), and the stem must go at least
# MIN_STEM_PAST_HYPHEN letters past the hyphen. With Zipf 2.5: on GSD (tools/tune_hyphens.py
# ru) split words rejoined 99.50 -> 99.59%, on the benchmark's tuning half 99.79 -> 99.82%,
# on Taiga (--confirm) 99.25 -> 99.39%, no real hyphen dropped anywhere (with Zipf 2.0,
# one more on GSD).
MAX_ENDING_CUT = 3
MIN_STEM_PAST_HYPHEN = 2
OTHER_ENDING_ZIPF = 2.5
OTHER_ENDINGS = {"ru": frozenset({"", *"аяоеиыуюьй", *RUSSIAN_ENDINGS})}
ADJECTIVE_ENDINGS = {
    "es": _ROMANCE_PEOPLE,
    "it": _ROMANCE_PEOPLE,
    "pt": _ROMANCE_PEOPLE,
    "pl": _POLISH_SOFT + _POLISH_HARD,
    "ru": tuple(_RUSSIAN_CASES.split()),
}


def other_ending_known(
    prefix: str, suffix: str, language: str, frequency: Callable[[str], float]
) -> bool:
    """Whether the joined form is an inflection of a word of the table: the joined form
    with its last one to three letters put another way (:data:`OTHER_ENDINGS`) is a word
    of Zipf :data:`OTHER_ENDING_ZIPF` (``мат-`` + ``расу``: ``матрас``), its stem reaching
    at least two letters past the hyphen (``из-`` + ``за`` is no ``из``). Russian only.

    >>> table = {"матрас": 3.5, "из": 7.0}
    >>> def zipf(word: str) -> float:
    ...     return table.get(word, 0.0)
    >>> other_ending_known("мат", "расу", "ru", zipf), other_ending_known("из", "за", "ru", zipf)
    (True, False)
    """
    endings = OTHER_ENDINGS.get(language)
    if endings is None:
        return False
    joined = (prefix + suffix).lower()
    for cut in range(1, MAX_ENDING_CUT + 1):
        stem = joined[:-cut]
        if len(stem) < len(prefix) + MIN_STEM_PAST_HYPHEN:
            return False
        if any(frequency(stem + ending) >= OTHER_ENDING_ZIPF for ending in endings):
            return True
    return False


# French puts a subject pronoun after its verb with a hyphen in questions and after speech
# (``répondis-je``, ``murmurait-il``, ``pensons-nous``), and an object pronoun after an
# imperative (``dis-moi``): the verb is often a form the table rates below a word
# (``écriai``, a passé simple), so no half is a common word, yet the hyphen is the pair's.
# Each pronoun with the endings of the verb forms before it (``None``: any; a word ending in
# the pronoun after one of these is rare, ``gen-`` + ``til``, and joined where the table knows
# it). Jules Verne's Voyage au centre de la Terre (bench/data/real/books, judged as
# tools/tune_hyphens.py judges: one cut a word, five paragraphs a document) writes 520
# such hyphens of its 935: real hyphens dropped 175 -> 32, split words kept unchanged (316);
# French GSD (tools/tune_hyphens.py fr --confirm) 14 -> 13 (``bénirais-je``).
# Endings of Portuguese verb forms a pronoun follows: preterite, infinitive, third person
# plural, imperfect and present, gerund.
_PORTUGUESE_VERB = ("ou", "eu", "iu", "r", "am", "em", "a", "e", "ndo")
INVERTED_PRONOUNS = {
    "fr": {
        "je": None,
        "moi": None,
        "toi": None,
        "tu": ("s", "x"),
        "il": ("t", "d"),
        "elle": ("t", "d"),
        "on": ("t", "d"),
        "nous": ("ons",),
        "vous": ("ez",),
        "ils": ("nt",),
        "elles": ("nt",),
    },
    # Portuguese puts an object or reflexive pronoun after its verb (``desmoronou-se``,
    # ``ilustrá-lo``, ``fizeram-no``). tools/tune_hyphens.py pt --tuning-half: real hyphens
    # dropped 1 -> 0 of 58 (``desmoronou-se``), split words rejoined 99.42 -> 99.41%; on
    # Bosque (--confirm, whose wrong joins were read before this was written, so no blind
    # check) 48 -> 13 of 456, 99.25 -> 99.24% (``cesaria-`` + ``nos``, ``Matarre-`` + ``se``).
    "pt": {
        **dict.fromkeys(("se", "lhe", "lhes", "me", "te", "nos", "vos"), _PORTUGUESE_VERB),
        **dict.fromkeys(("lo", "la", "los", "las"), ("á", "ê", "ô", "í", "i")),
        **dict.fromkeys(("no", "na", "nas"), ("am", "em", "ão", "õe")),
    },
}


def is_broken_before_ending(prefix: str, suffix: str, language: str) -> bool:
    """Whether ``suffix`` is an ending of the language (:data:`WORD_ENDINGS`), after a part
    that is no pronoun (Portuguese's ``dar-lhe-`` + ``ia`` is a verb's own ending).

    >>> is_broken_before_ending("piorar", "am", "pt"), is_broken_before_ending("lhe", "ia", "pt")
    (True, False)
    """
    if suffix.lower() not in WORD_ENDINGS.get(language, ()):
        return False
    return prefix.lower() not in INVERTED_PRONOUNS.get(language, ())


def is_inverted_pronoun(prefix: str, suffix: str, language: str) -> bool:
    """A pronoun after its verb (:data:`INVERTED_PRONOUNS`, French): ``répondis-je``,
    ``murmurait-il``, the verb's form ending as the pronoun's verbs do.

    >>> is_inverted_pronoun("écriai", "je", "fr"), is_inverted_pronoun("murmurait", "il", "fr")
    (True, True)
    >>> is_inverted_pronoun("sourc", "il", "fr"), is_inverted_pronoun("écriai", "je", "es")
    (False, False)
    """
    pronouns = INVERTED_PRONOUNS.get(language)
    if pronouns is None or (lowered := suffix.lower()) not in pronouns:
        return False
    endings = pronouns[lowered]
    return endings is None or prefix.lower().endswith(endings)


def is_linked_adjective(prefix: str, suffix: str, language: str) -> bool:
    """A compound adjective (Spanish, Italian, Portuguese, Polish, Russian): a first part
    ending in the linking vowel, an adjective ending of the language after the hyphen.

    >>> is_linked_adjective("francusko", "monakijski", "pl")
    True
    >>> is_linked_adjective("Франко", "монегасский", "ru"), is_linked_adjective("zało", "ży", "pl")
    (True, False)
    """
    vowel = LINKING_VOWEL.get(language)
    return (
        vowel is not None
        and len(prefix) >= MIN_LINKED_LENGTH
        and prefix[-1:].lower() == vowel
        and len(suffix) >= MIN_ADJECTIVE_LENGTH
        and suffix.lower().endswith(ADJECTIVE_ENDINGS[language])
    )


@cache
def hyphen_particles() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per language listed, the particles before and after a hyphen
    (cleaner/data/language_hyphen_particles.tsv).

    >>> "то" in hyphen_particles()["ru"][1], "fr" in hyphen_particles()
    (True, False)
    """
    found: dict[str, dict[str, set[str]]] = {}
    for line in read_data("language_hyphen_particles.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            language, side, words = line.split("\t")
            sides = found.setdefault(language, {"before": set(), "after": set()})
            sides[side].update(words.split())
    return {
        language: (frozenset(sides["before"]), frozenset(sides["after"]))
        for language, sides in found.items()
    }
