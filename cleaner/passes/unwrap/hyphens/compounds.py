"""Rules for the languages that write compounds closed (German, Dutch, Swedish): the
hyphens they keep inside a compound (two adjectives or colours side by side, opposite
points of the compass, an abbreviation first, Dutch's hyphen between two vowels)."""

from __future__ import annotations

from cleaner.passes.unwrap.hyphens.thresholds import KNOWN_WORD_ZIPF, MIN_ADJECTIVE_LENGTH

# Swedish's "å" too: without it ``hår-`` + ``marknaden`` read as an abbreviation before a
# compound (3 split words kept on the benchmark's tuning half, ``lån-`` + ``ande``).
VOWELS = frozenset("aeiouyäöüéèëåáàâíìîóòôúùû")
# Languages that write compounds closed join two adjectives side by side with a hyphen
# (``österreichisch-preußische``, ``sociaal-liberale``, ``manisk-depressiva``): both halves
# of at least MIN_ADJECTIVE_LENGTH letters ending as an adjective keep it. Swedish's
# adjectives of a people end in "sk", not only "isk" (``fransk-monegaskiska``: on the
# benchmark's tuning half one real hyphen fewer dropped, on Talbanken and LinES nothing moved).
# Dutch adjectives of a people or a place end in "se" (``Europese``, ``Amerikaanse``,
# ``puriteinse``): with them LassySmall's ``islamitisch-puriteinse`` keeps its hyphen (real
# hyphens dropped 43 -> 42), no split word kept on any tuning set (tools/tune_hyphens.py).
_GERMAN_ADJECTIVES = ("isch", "lich", "ig", "al", "ell", "iv", "är")
PAIRED_ADJECTIVE_ENDINGS = {
    "de": tuple(s + c for s in _GERMAN_ADJECTIVES for c in ("", "e", "en", "er", "es", "em")),
    "nl": (
        *(s + c for s in ("isch", "lijk", "ig", "iek") for c in ("", "e")),
        *("aal", "ale", "eel", "ele", "ief", "ieve", "air", "aire", "ese", "anse", "inse", "ense"),
    ),
    "sv": tuple(s + c for s in ("sk", "lig", "ig", "al", "ell", "iv") for c in ("", "a", "t")),
}
# Dutch writes a side of politics before an adjective with a hyphen, as two adjectives
# side by side (``links-liberale``, ``rechts-populistisch``), though neither word ends as an
# adjective of PAIRED_ADJECTIVE_ENDINGS: the first part is one of these, the second part
# ends as an adjective. From LassySmall (tools/tune_hyphens.py nl: 4 real hyphens dropped,
# ``links-liberaal``, ``links-vrijzinnige``); closed words on them are nouns or adverbs
# (``linksbuiten``, ``rechtszaak``, ``rechtsaf``), and an adjective on ``rechts-`` the table
# knows (``rechtsstatelijke``) is joined before this is asked.
DUTCH_SIDES = frozenset({"links", "rechts"})
# Dutch writes coordinated adjectives with a hyphen, colours too (``rood-wit``,
# ``oranje-bruin``): a word broken at a line end is never two colour words. (Swedish writes
# them closed: ``blågul``.)
DUTCH_COLOURS = frozenset(
    {"rood", "rode", "wit", "witte", "blauw", "blauwe", "groen", "groene", "geel", "gele"}
    | {"oranje", "paars", "paarse", "zwart", "zwarte", "bruin", "bruine", "grijs", "grijze"}
    | {"roze"}
)
# German, Dutch and Swedish write a compound of two opposite points of the compass with a
# hyphen (``west-oostrichting``, ``nord-sydlig``, ``Nord-Süd-Gefälle``), but the points
# between them closed (``noordwest``, ``sydöstra``): a line-end hyphen between a point and
# its opposite is the word's own. From LassySmall and the Swedish tuning half (one real
# hyphen each, no split word of any tuning set reads so).
OPPOSITE_DIRECTIONS = {
    "de": (("nord", "süd"), ("ost", "west")),
    "nl": (("noord", "zuid"), ("oost", "west")),
    "sv": (("nord", "syd"), ("öst", "väst")),
}
# Dutch's hyphen between two vowels (klinkerbotsing, ``auto-ongeval``) stands between two
# words of at least this frequency (Zipf) and length: a name or a word broken between two
# vowels leaves a fragment the table rates lower or a shorter one (``Eskimo-`` + ``otje``
# 2.3, ``aly-`` + ``ots`` 2.4, ``Rube-`` + ``us``: 3 split words kept on LassySmall, where
# the real ones' rarer half is 2.9, ``wiskunde-olympiade``).
CLASH_HALF_ZIPF = 2.5
CLASH_HALF_LENGTH = 3
# Dutch spelling hyphenates two vowels that could be read as one sound; after an ``i`` only
# ``ie`` (and ``ij``) is one, so an ``i`` before these reads apart and the compound is
# written closed (``groeiachterstand``, ``radioactief``): on the tuning sets
# (tools/tune_hyphens.py nl, --tuning-half) 2 split words rejoined (``groei-`` +
# ``achterstand``, ``Bibi-`` + ``ana``) and no real hyphen dropped.
DUTCH_APART_AFTER_I = frozenset("aouáàâäóòôöúùûü")
# An abbreviation before a compound: this many letters, none a vowel, this common.
ABBREVIATION_LENGTHS = (2, 4)
ABBREVIATION_ZIPF = 3.5


def is_abbreviation_first(
    prefix: str, prefix_zipf: float, suffix_zipf: float, language: str
) -> bool:
    """Dutch and Swedish write an abbreviation before a compound with a hyphen
    (``tv-programma``, ``sms-meddelande``): a first part of two to four letters with no
    vowel, common in the word table, before a known word.

    >>> is_abbreviation_first("tv", 5.2, 4.9, "nl"), is_abbreviation_first("str", 3.2, 2.5, "nl")
    (True, False)
    """
    return (
        language in ("nl", "sv")
        and ABBREVIATION_LENGTHS[0] <= len(prefix) <= ABBREVIATION_LENGTHS[1]
        and not VOWELS.intersection(prefix.lower())
        and prefix_zipf >= ABBREVIATION_ZIPF
        and suffix_zipf >= KNOWN_WORD_ZIPF
    )


def is_colour_pair(prefix: str, suffix: str, language: str) -> bool:
    """Two colours side by side, in Dutch.

    >>> is_colour_pair("oranje", "bruin", "nl"), is_colour_pair("rood", "borst", "nl")
    (True, False)
    """
    return language == "nl" and prefix.lower() in DUTCH_COLOURS and suffix.lower() in DUTCH_COLOURS


def are_opposite_directions(prefix: str, suffix: str, language: str) -> bool:
    """A point of the compass before a word starting with its opposite (German, Dutch and
    Swedish).

    >>> are_opposite_directions("west", "oostrichting", "nl")
    True
    >>> are_opposite_directions("nord", "sydlig", "sv")
    True
    >>> are_opposite_directions("Süd", "nordwind", "de")
    True
    >>> are_opposite_directions("noord", "westelijke", "nl")
    False
    >>> are_opposite_directions("väst", "ra", "sv")
    False
    """
    first, tail = prefix.lower(), suffix.lower()
    return any(
        (first == one and tail.startswith(other)) or (first == other and tail.startswith(one))
        for one, other in OPPOSITE_DIRECTIONS.get(language, ())
    )


def is_compass_point(word: str, language: str) -> bool:
    """One of the four points of the compass in German, Dutch or Swedish
    (:data:`OPPOSITE_DIRECTIONS`), in any case.

    >>> [is_compass_point(word, "nl") for word in ("Noord", "west", "Nord")]
    [True, True, False]
    """
    first = word.lower()
    return any(first in pair for pair in OPPOSITE_DIRECTIONS.get(language, ()))


def are_paired_adjectives(prefix: str, suffix: str, language: str) -> bool:
    """Two adjectives side by side in a language that writes compounds closed (in Dutch a
    side of politics counts as the first, :data:`DUTCH_SIDES`).

    >>> are_paired_adjectives("österreichisch", "preußische", "de")
    True
    >>> are_paired_adjectives("sociaal", "liberale", "nl")
    True
    >>> are_paired_adjectives("Fisch", "suppe", "de")
    False
    >>> are_paired_adjectives("links", "liberale", "nl")
    True
    >>> are_paired_adjectives("rechts", "zaal", "nl")
    False
    """
    endings = PAIRED_ADJECTIVE_ENDINGS.get(language)
    if endings is None or len(suffix) < MIN_ADJECTIVE_LENGTH:
        return False
    first = prefix.lower()
    side = language == "nl" and first in DUTCH_SIDES
    return (
        side or (len(prefix) >= MIN_ADJECTIVE_LENGTH and first.endswith(endings))
    ) and suffix.lower().endswith(endings)


def compound_decision(prefix: str, suffix: str, name: str, both_words: bool) -> tuple[bool, str]:
    """German, Dutch and Swedish write compounds closed: a lower-case word after a line-end
    hyphen goes on the word before, but for Dutch's hyphen between two words whose vowels
    would read as one sound (``zee-`` + ``eend``, ``auto-`` + ``ongeluk``).

    An ``i`` meets another vowel than ``e`` without a clash (``ia``, ``io`` read as two:
    ``groei-`` + ``achterstand``, :data:`DUTCH_APART_AFTER_I`).

    >>> compound_decision("zee", "eend", "Dutch", True)[0]
    False
    >>> compound_decision("groei", "achterstand", "Dutch", True)[0]
    True
    >>> compound_decision("Lern", "kurve", "German", True)
    (True, 'German: writes compounds closed')
    """
    last, first = prefix[-1:].lower(), suffix[:1].lower()
    vowels = (
        last in VOWELS and first in VOWELS and not (last == "i" and first in DUTCH_APART_AFTER_I)
    )
    if name == "Dutch" and vowels and both_words:
        return False, "Dutch: a hyphen between two vowels (klinkerbotsing)"
    return True, f"{name}: writes compounds closed"
