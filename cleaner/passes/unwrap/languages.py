"""Line-end hyphens in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian
and Swedish: the ``unwrap`` pass's rule when the paragraph is in one of them.

The English rule keeps a hyphen unless the joined form is a known word, since English
writes many compounds with a hyphen (``long-term``). German, Dutch and Swedish write
compounds closed (``Energieversorgung``): there a lower-case word after the hyphen is
joined, but for Dutch's hyphen between vowels (``zee-eend``), a name, an abbreviation or a
prefix the language hyphenates before a word (``Amarna-breven``, ``tv-programma``,
``anti-dogmatisch``) and Dutch colours side by side (``oranje-bruin``). French, Spanish, Italian,
Portuguese, Polish and Russian hyphenate pairs of whole words (``peut-être``, ``из-за``,
``biało-czerwony``), so there a line-end hyphen is judged by its halves, with the
language's word table (wordfreq's, shipped in cleaner/data/words/):

- one half is no common word of its own: a word broken at the line end, joined
  (``versor-`` + ``gung``, ``Energie-`` + ``versorgungsregeln``);
- both halves are common words: joined only if the joined form is common too (a known
  word, in Spanish and Polish, which seldom hyphenate, and in Russian but by a particle,
  ``кто-`` + ``то``) and not far rarer than its halves (``Strom-`` + ``versorgung``), else
  a hyphenated pair, kept (``peut-`` + ``être``, ``из-`` + ``за``: web text misspells
  those whole), but in Spanish, Italian and Polish where a half has fewer than 4 letters
  (a syllable: ``evidenzia-`` + ``va``).

A Russian name keeps its hyphen before an Eastern title or a street word (``Тахсина-паши``,
``Уолл-стрит``). A capitalized first part inside a sentence (in Italian anywhere) whose
joined form no table knows is a name broken at the line end (``Boe-`` + ``mer``); in Dutch
and Swedish a name before a compound keeps its hyphen if the document writes it elsewhere
or it stands before a common word (``Laffer-curve``). A capital or digit after the hyphen
(``Nord-`` + ``Süd-Verbindung``, ``E-`` + ``Mail``) and the document's own spelling were
already judged by :func:`hyphen_decision`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cleaner.data import read_data
from cleaner.language import name_of
from cleaner.passes.unwrap.names import (
    MIN_NAME_LENGTH,
    NO_CONTEXT,
    Context,
    is_broken_name,
    is_name_before_compound,
    is_name_before_title,
)

# Conjunctions after a suspended hyphen (``Druck- und Verlagswesen``, ``in- och export``):
# the hyphen stays and so does the space before the conjunction.
SUSPENDED_HYPHEN_WORDS = {
    "de": frozenset({"und", "oder", "bzw", "sowie"}),
    "fr": frozenset({"et", "ou"}),
    "es": frozenset({"y", "e", "o", "u"}),
    "it": frozenset({"e", "ed", "o"}),
    "pt": frozenset({"e", "ou"}),
    "nl": frozenset({"en", "of"}),
    "pl": frozenset({"i", "lub", "oraz", "czy"}),
    "ru": frozenset({"и", "или"}),
    "sv": frozenset({"och", "eller"}),
}
# A conjunction this short is a common ending too (Dutch's plural ``-en``): before it a
# suspended hyphen follows a word (see _suspended). On the tuning treebanks and the
# benchmark's tuning half (tools/tune_hyphens.py nl, also --confirm, --tuning-half) split
# words rejoined went from 99.69 to 99.84%, 99.59 to 99.78 and 99.59 to 99.69; of 35 real
# suspended hyphens before ``en`` there, one follows no word (``Grotesteden-``). Before
# longer conjunctions (``och``, ``und``) the rule would save no split word and lose 4 real
# ones (``ränte-``, ``pivottabell-``). It holds for every language's short conjunctions
# (``et``, ``ou``, ``e``): Portuguese split words rejoined 99.38 -> 99.40% on the tuning
# half, 99.23 -> 99.24% on Bosque (--confirm), the others and the benchmark unchanged.
MAX_ENDING_LENGTH = 2
# ...and the word after it is as long as a compound, where the tail's line shows it: of 33
# real suspended hyphens before Dutch ``en`` or ``of`` on the tuning half and LassySmall 30
# stand before a word of this many letters (``taalstoornissen``), of 23 words ending in
# ``en`` after a word of the table, their joined form unknown (``boekwerk-`` + ``en``), 3.
MIN_SUSPENDED_NEXT = 7
# A conjunction goes on to the second word (on its line or the next), never straight to
# punctuation: a short one so followed is a word's ending (``taalgebied-`` + ``en: het``,
# ``Screening-`` + ``en'.``). Split words kept on LassySmall 24 -> 21, on the Dutch tuning
# half (every cut) 30 -> 29; no real hyphen dropped, and no other language's tuning half,
# nor Talbanken, moved (tools/tune_hyphens.py).
# In a language that writes compounds closed, a suspended hyphen is also told by the word
# after the conjunction: it ends in a word of this many letters or more (its tail) that
# makes a known word with the first part (``zorg-`` + ``en hulpverlening``: ``zorgverlening``).
# Then the hyphen is kept though the first part and the conjunction make a word too
# (``zorgen``, ``landen``, ``open``: joined before). On the benchmark's tuning half and
# LassySmall, of 33 real suspended hyphens before ``en`` or ``of`` the tail tells 10, and of
# 2,913 words ending in ``en`` or ``of`` cut before it none (with 4 letters, 5 such words:
# ``ge-`` + ``en landelijk``, ``gelijk``); Swedish (tuning half and Talbanken) 8 of 34 and
# none of 2, German (tuning half) 2 of 6 and none of 9. Not in the other languages: their
# hyphens are seldom suspended, and there a shorter conjunction ends many words (``com-`` +
# ``e divertimento``, ``commento``).
MIN_SHARED_TAIL = 5
# The word after a conjunction (``after`` begins with the space after it).
TAIL_WORD_RE = re.compile(r"\s+([^\W\d_]+)")
# Prefixes each language's spelling writes with a hyphen before a word (``icke-rökare``,
# ``ex-premier``, ``экс-чемпион``, ``интернет-магазин``) are data: see _hyphen_prefixes. The
# key of all of them together:
ANY_LANGUAGE = "*"
# In Dutch and Swedish such a prefix of this many letters keeps its hyphen before a word no
# table knows too (``non-agressiepact``, ``anti-logaritmetabel``), where they would join
# it as a compound: on the tuning treebanks (tools/tune_hyphens.py nl sv) 4 fewer hyphens
# dropped, no split word kept (``ex-`` + ``ecutieven``, of 2 letters, would be); on
# --confirm's, one split word kept in Swedish. Elsewhere it kept split words and saved no
# hyphen (Russian's loan prefixes: 3 + 2 split words kept).
MIN_OPEN_PREFIX_LENGTH = 3
# A joined form this frequent (Zipf) is a known word (the English rule's KNOWN_WORD_ZIPF)...
KNOWN_WORD_ZIPF = 2.0
# ...but for a pair of common halves (below).
# Languages that write compounds closed: a line-end hyphen there is almost always a break.
COMPOUNDING = frozenset({"de", "nl", "sv"})
# Swedish's "å" too: without it ``hår-`` + ``marknaden`` read as an abbreviation before a
# compound (3 split words kept on the benchmark's tuning half, ``lån-`` + ``ande``).
VOWELS = frozenset("aeiouyäöüéèëåáàâíìîóòôúùû")
# Halves both this frequent (Zipf) may be a hyphenated pair...
PAIR_PART_ZIPF = 3.0
# ...unless their joined form is this frequent, and at most this much rarer than the rarer
# half: web text misspells common pairs whole (``изза`` 3.2 beside ``из`` 6.8 and ``за``
# 6.7), while a compound's halves are seldom far more common than it (``stromversorgung``).
PAIR_JOINED_ZIPF = 3.0
PAIR_JOINED_GAP = 3.0
# Italian writes fewer pairs with a hyphen than French and Portuguese (0.9 in 1,000 words),
# most compounds of two words closed (``postmoderno`` 2.7, ``altoatesino`` 2.5): there a
# joined form this frequent is a word (``ricetta-`` + ``rio`` 2.8, ``indonesia-`` + ``ni``
# 2.8; in the benchmark's tuning half no Italian pair of common halves has a joined form
# above 2.3, ``nord-occidentale``), chosen between the two with a margin for
# ``socio-economico`` (2.5).
PAIR_JOINED_ZIPF_BY_LANGUAGE = {"it": 2.6}
# Spanish and Polish seldom write a hyphen between two words (0.6 and 1.6 in 1,000 words of
# the PUD treebanks' tuning half, against 5.7 in French, 5.0 in Portuguese and 7.0 in
# Russian, the same sentences translated): there a joined form of two common halves that
# the table knows at all (KNOWN_WORD_ZIPF) is a word broken at the line end (``ví-`` +
# ``vida``, ``pod-`` + ``bite``). Not Italian (0.9): on other treebanks' Italian it dropped
# a real hyphen (``hi-tech``) and joined no more split words.
RARELY_HYPHENATING = frozenset({"es", "pl"})
# Halves of a pair of less common words (Zipf 2 to 3, ``austro-prusiano``) that is kept
# have at least this many letters each: shorter ones are more often a word's syllables
# (``fatal-`` + ``ni``).
MIN_PAIR_HALF_LENGTH = 4
# In Spanish, Italian and Polish a pair of common words is kept only if both have that
# many letters too: a shorter half is a syllable of a word the table does not rate (an
# inflected verb, ``evidenzia-`` + ``va``, ``ri-`` + ``presentava``). On the benchmark's
# tuning half (tools/tune_hyphens.py it es pl --tuning-half) such splits kept went from
# 76 to 28 (it), 32 to 16 (es) and 114 to 61 (pl), one real hyphen more dropped
# (``co-protagonisti``); on --confirm's treebanks split words rejoined went from 99.41 to
# 99.78% (it), 99.56 to 99.73 (es), 99.46 to 99.77 (pl), one hyphen more dropped (``hi-tech``).
# French and Portuguese write short pronouns after a hyphen (``dit-il``, ``torna-se``),
# Russian short prepositions before one (``из-за``): there such halves are pairs too.
SHORT_HALVES_BREAK = frozenset({"es", "it", "pl"})
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
# A suffix of a compound adjective is at least this long.
MIN_ADJECTIVE_LENGTH = 6
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


def language_hyphen_decision(
    prefix: str, suffix: str, language: str, context: Context = NO_CONTEXT
) -> tuple[bool, str]:
    """Whether to drop a line-end hyphen in a paragraph in ``language``, and why.

    >>> language_hyphen_decision("Energie", "versorgungsregeln", "de")
    (True, 'German: writes compounds closed')
    >>> language_hyphen_decision("peut", "être", "fr")
    (False, 'French: both halves are words, the joined form is not (a hyphenated pair)')
    >>> language_hyphen_decision("Amsterdam", "centrum", "nl")
    (False, 'Dutch: a name before a compound keeps its hyphen')
    >>> language_hyphen_decision("ví", "vida", "es")[0]
    True
    >>> language_hyphen_decision("mini", "série", "fr")[0]
    False
    """
    from cleaner.lexicon import load_language_model  # Deferred: a table per language.

    model = load_language_model(language)
    name = name_of(language)
    zipf = model.frequency((prefix + suffix).lower())
    if prefix.isupper() and suffix.isupper():
        if zipf >= KNOWN_WORD_ZIPF:
            return True, f"{name}: joined form Zipf {zipf:.1f} in its word table"
        return False, f"{name}: capitals whose joined form is no word (acronyms)"
    # Only German capitalizes every noun: elsewhere a capital is a name, and a compound on
    # a name keeps its hyphen ("Amsterdam-centrum"); a word split in two ("Regieop-leiding",
    # "Ke-steven") has no known word before the hyphen or no common one after it.
    prefix_zipf, suffix_zipf = model.frequency(prefix.lower()), model.frequency(suffix.lower())
    name_first = (
        language not in COMPOUNDING
        and prefix[:1].isupper()
        and len(prefix) >= MIN_NAME_LENGTH
        and prefix_zipf >= KNOWN_WORD_ZIPF
        and suffix_zipf >= PAIR_PART_ZIPF
    )
    if language in COMPOUNDING:
        if _shares_tail(prefix, suffix, language, context.after, model.frequency):
            return (
                False,
                f"{name}: a suspended hyphen, the word after the conjunction shares its tail",
            )
        if zipf >= KNOWN_WORD_ZIPF:
            return True, f"{name}: joined form Zipf {zipf:.1f} in its word table"
        if _suspended(prefix, suffix, language, model.frequency, context.after):
            return False, f"{name}: a suspended hyphen before a conjunction"
        if is_name_before_compound(prefix, suffix, language, context, model.frequency):
            return False, f"{name}: a name before a compound keeps its hyphen"
        if _paired_adjectives(prefix, suffix, language):
            return False, f"{name}: two adjectives side by side"
        if _colour_pair(prefix, suffix, language):
            return False, f"{name}: two colours side by side"
        if _opposite_directions(prefix, suffix, language):
            return False, f"{name}: two opposite points of the compass"
        if _abbreviation_first(prefix, prefix_zipf, suffix_zipf, language):
            return False, f"{name}: an abbreviation before a compound keeps its hyphen"
        both_words = (
            min(prefix_zipf, suffix_zipf) >= CLASH_HALF_ZIPF
            and min(len(prefix), len(suffix)) >= CLASH_HALF_LENGTH
        )
        return _compound_decision(prefix, suffix, name, both_words)
    if language == "ru" and suffix.lower() in RUSSIAN_ENDINGS:
        return True, f"{name}: an ending after the hyphen, a word broken before it"
    halves = min(prefix_zipf, suffix_zipf)
    broken_name = is_broken_name(prefix, suffix, zipf, language, context, halves)
    if broken_name and not is_linked_adjective(prefix, suffix, language):
        return True, f"{name}: a capitalized word no table knows, a name broken at the line end"
    if halves >= PAIR_PART_ZIPF:
        particles = _particles().get(language)
        particle = particles is not None and (
            prefix.lower() in particles[0] or suffix.lower() in particles[1]
        )
        least = (
            KNOWN_WORD_ZIPF
            if language in RARELY_HYPHENATING or (particles is not None and not particle)
            else PAIR_JOINED_ZIPF_BY_LANGUAGE.get(language, PAIR_JOINED_ZIPF)
        )
        if zipf >= max(least, halves - PAIR_JOINED_GAP):
            return True, f"{name}: both halves are words, so is the joined one (Zipf {zipf:.1f})"
        if language in SHORT_HALVES_BREAK and min(len(prefix), len(suffix)) < MIN_PAIR_HALF_LENGTH:
            return True, f"{name}: a half of fewer than {MIN_PAIR_HALF_LENGTH} letters, a syllable"
        if particle:
            return False, f"{name}: a particle the language writes with a hyphen (a pair)"
        if _other_ending_known(prefix, suffix, language, model.frequency):
            return True, f"{name}: the joined form with another ending is a word"
        return False, f"{name}: both halves are words, the joined form is not (a hyphenated pair)"
    if zipf >= KNOWN_WORD_ZIPF:
        return True, f"{name}: joined form Zipf {zipf:.1f} in its word table"
    if name_first or is_name_before_title(prefix, suffix, language):
        return False, f"{name}: a name before a compound keeps its hyphen"
    if _suspended(prefix, suffix, language, model.frequency, context.after):
        return False, f"{name}: a suspended hyphen before a conjunction"
    if _other_ending_known(prefix, suffix, language, model.frequency):
        return True, f"{name}: the joined form with another ending is a word"
    if halves >= KNOWN_WORD_ZIPF and min(len(prefix), len(suffix)) >= MIN_PAIR_HALF_LENGTH:
        return False, f"{name}: both halves are words, the joined form is unknown (a pair)"
    if is_linked_adjective(prefix, suffix, language):
        return False, f"{name}: a compound adjective (a linking o, an adjective ending)"
    return True, f"{name}: a half is no common word, so a word broken at the line end"


def _suspended(
    prefix: str, suffix: str, language: str, frequency: Callable[[str], float], after: str = ""
) -> bool:
    """A suspended hyphen before a conjunction (:func:`is_suspended_hyphen`). Where the
    conjunction is as short as a common ending (:data:`MAX_ENDING_LENGTH`: Dutch ``en``),
    the part before it must be a word of the table, or one with a linking ``s``
    (``Spraak-`` + ``en taalstoornissen``, ``gezondheids-``), not the fragment of a word
    broken before its ending (``ombouwkost-`` + ``en``); and the word after the conjunction
    (``after``: the text after it on its line), if any, must be as long as a compound
    (:data:`MIN_SUSPENDED_NEXT`), not a short word after a plural (``boekwerk-`` + ``en
    van``), nor punctuation.

    >>> table = {"spraak": 3.4, "gezondheid": 4.5, "boekwerk": 2.5}
    >>> def zipf(word: str) -> float:
    ...     return table.get(word, 0.0)
    >>> _suspended("Spraak", "en", "nl", zipf), _suspended("gezondheids", "en", "nl", zipf)
    (True, True)
    >>> _suspended("ombouwkost", "en", "nl", zipf), _suspended("ränte", "och", "sv", zipf)
    (False, True)
    >>> _suspended("boekwerk", "en", "nl", zipf, " van de")
    False
    >>> _suspended("Spraak", "en", "nl", zipf, " taalstoornissen")
    True
    >>> _suspended("Spraak", "en", "nl", zipf, ": het"), _suspended("Spraak", "en", "nl", zipf, "")
    (False, True)
    """
    if not is_suspended_hyphen(suffix, language):
        return False
    if len(suffix) > MAX_ENDING_LENGTH:
        return True
    if after[:1] and not after[:1].isspace():
        return False  # Punctuation right after: an ending (``taalgebied-`` + ``en:``).
    word = prefix.lower()
    stem = word[:-1] if word.endswith("s") else word
    following = TAIL_WORD_RE.match(after)
    if following is not None and len(following.group(1)) < MIN_SUSPENDED_NEXT:
        return False
    return max(frequency(word), frequency(stem)) >= KNOWN_WORD_ZIPF


def _shares_tail(
    prefix: str, suffix: str, language: str, after: str, frequency: Callable[[str], float]
) -> bool:
    """A suspended hyphen before a conjunction (:func:`is_suspended_hyphen`) told by the word
    after it (``after``: the text after the conjunction): that word ends in a known word of
    :data:`MIN_SHARED_TAIL` letters or more which makes a known word with ``prefix`` too.

    >>> table = {"zorgverlening": 2.7, "verlening": 3.5, "zorgen": 5.5}
    >>> def zipf(word: str) -> float:
    ...     return table.get(word, 0.0)
    >>> _shares_tail("zorg", "en", "nl", " hulpverlening voor", zipf)
    True
    >>> _shares_tail("zorg", "en", "nl", " voor de hulpverlening", zipf)
    False
    """
    if not is_suspended_hyphen(suffix, language):
        return False
    word = TAIL_WORD_RE.match(after)
    if word is None:
        return False
    following, first = word.group(1).lower(), prefix.lower()
    return any(
        frequency(following[start:]) >= KNOWN_WORD_ZIPF
        and frequency(first + following[start:]) >= KNOWN_WORD_ZIPF
        for start in range(1, len(following) - MIN_SHARED_TAIL + 1)
    )


def _other_ending_known(
    prefix: str, suffix: str, language: str, frequency: Callable[[str], float]
) -> bool:
    """Whether the joined form is an inflection of a word of the table: the joined form
    with its last one to three letters put another way (:data:`OTHER_ENDINGS`) is a word
    of Zipf :data:`OTHER_ENDING_ZIPF` (``мат-`` + ``расу``: ``матрас``), its stem reaching
    at least two letters past the hyphen (``из-`` + ``за`` is no ``из``). Russian only.

    >>> table = {"матрас": 3.5, "из": 7.0}
    >>> def zipf(word: str) -> float:
    ...     return table.get(word, 0.0)
    >>> _other_ending_known("мат", "расу", "ru", zipf), _other_ending_known("из", "за", "ru", zipf)
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


def _abbreviation_first(prefix: str, prefix_zipf: float, suffix_zipf: float, language: str) -> bool:
    """Dutch and Swedish write an abbreviation before a compound with a hyphen
    (``tv-programma``, ``sms-meddelande``): a first part of two to four letters with no
    vowel, common in the word table, before a known word.

    >>> _abbreviation_first("tv", 5.2, 4.9, "nl"), _abbreviation_first("str", 3.2, 2.5, "nl")
    (True, False)
    """
    return (
        language in ("nl", "sv")
        and ABBREVIATION_LENGTHS[0] <= len(prefix) <= ABBREVIATION_LENGTHS[1]
        and not VOWELS.intersection(prefix.lower())
        and prefix_zipf >= ABBREVIATION_ZIPF
        and suffix_zipf >= KNOWN_WORD_ZIPF
    )


def _colour_pair(prefix: str, suffix: str, language: str) -> bool:
    """Two colours side by side, in Dutch.

    >>> _colour_pair("oranje", "bruin", "nl"), _colour_pair("rood", "borst", "nl")
    (True, False)
    """
    return language == "nl" and prefix.lower() in DUTCH_COLOURS and suffix.lower() in DUTCH_COLOURS


def _opposite_directions(prefix: str, suffix: str, language: str) -> bool:
    """A point of the compass before a word starting with its opposite (German, Dutch and
    Swedish).

    >>> _opposite_directions("west", "oostrichting", "nl")
    True
    >>> _opposite_directions("nord", "sydlig", "sv"), _opposite_directions("Süd", "nordwind", "de")
    (True, True)
    >>> _opposite_directions("noord", "westelijke", "nl"), _opposite_directions("väst", "ra", "sv")
    (False, False)
    """
    first, tail = prefix.lower(), suffix.lower()
    return any(
        (first == one and tail.startswith(other)) or (first == other and tail.startswith(one))
        for one, other in OPPOSITE_DIRECTIONS.get(language, ())
    )


def _paired_adjectives(prefix: str, suffix: str, language: str) -> bool:
    """Two adjectives side by side in a language that writes compounds closed (in Dutch a
    side of politics counts as the first, :data:`DUTCH_SIDES`).

    >>> _paired_adjectives("österreichisch", "preußische", "de")
    True
    >>> _paired_adjectives("sociaal", "liberale", "nl"), _paired_adjectives("Fisch", "suppe", "de")
    (True, False)
    >>> _paired_adjectives("links", "liberale", "nl"), _paired_adjectives("rechts", "zaal", "nl")
    (True, False)
    """
    endings = PAIRED_ADJECTIVE_ENDINGS.get(language)
    if endings is None or len(suffix) < MIN_ADJECTIVE_LENGTH:
        return False
    first = prefix.lower()
    side = language == "nl" and first in DUTCH_SIDES
    return (
        side or (len(prefix) >= MIN_ADJECTIVE_LENGTH and first.endswith(endings))
    ) and suffix.lower().endswith(endings)


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


def _compound_decision(prefix: str, suffix: str, name: str, both_words: bool) -> tuple[bool, str]:
    """German, Dutch and Swedish write compounds closed: a lower-case word after a line-end
    hyphen goes on the word before, but for Dutch's hyphen between two words whose vowels
    would read as one sound (``zee-`` + ``eend``, ``auto-`` + ``ongeluk``).

    An ``i`` meets another vowel than ``e`` without a clash (``ia``, ``io`` read as two:
    ``groei-`` + ``achterstand``, :data:`DUTCH_APART_AFTER_I`).

    >>> _compound_decision("zee", "eend", "Dutch", True)[0]
    False
    >>> _compound_decision("groei", "achterstand", "Dutch", True)[0]
    True
    >>> _compound_decision("Lern", "kurve", "German", True)
    (True, 'German: writes compounds closed')
    """
    last, first = prefix[-1:].lower(), suffix[:1].lower()
    vowels = (
        last in VOWELS and first in VOWELS and not (last == "i" and first in DUTCH_APART_AFTER_I)
    )
    if name == "Dutch" and vowels and both_words:
        return False, "Dutch: a hyphen between two vowels (klinkerbotsing)"
    return True, f"{name}: writes compounds closed"


def may_keep_prefix_hyphen(prefix: str) -> bool:
    """Whether ``prefix`` is one letter or a prefix some language hyphenates: only then is
    :func:`keeps_prefix_hyphen` worth the paragraph's language.

    >>> may_keep_prefix_hyphen("e"), may_keep_prefix_hyphen("Icke"), may_keep_prefix_hyphen("inter")
    (True, True, False)
    """
    return len(prefix) == 1 or prefix.lower() in _hyphen_prefixes()[ANY_LANGUAGE]


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
    if prefix.lower() not in _hyphen_prefixes().get(language, ()):
        return False
    from cleaner.lexicon import load_language_model  # Deferred: a table per language.

    model = load_language_model(language)
    if model.frequency((prefix + suffix).lower()) >= PAIR_JOINED_ZIPF:
        return False
    if language in COMPOUNDING and len(prefix) >= MIN_OPEN_PREFIX_LENGTH:
        return True
    return model.frequency(suffix.lower()) >= KNOWN_WORD_ZIPF


@cache
def _particles() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per language listed, the particles before and after a hyphen
    (cleaner/data/language_hyphen_particles.tsv).

    >>> "то" in _particles()["ru"][1], "fr" in _particles()
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


@cache
def _hyphen_prefixes() -> dict[str, frozenset[str]]:
    """Per language, the prefixes its spelling writes with a hyphen, and under
    :data:`ANY_LANGUAGE` all of them (cleaner/data/language_hyphen_prefixes.tsv)."""
    lines = read_data("language_hyphen_prefixes.tsv").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    found = {language: frozenset(words.split()) for language, words in rows}
    return found | {ANY_LANGUAGE: frozenset().union(*found.values())}


def is_suspended_hyphen(suffix: str, language: str) -> bool:
    """Whether a kept line-end hyphen before ``suffix`` is a suspended hyphen before a
    conjunction of ``language``: joined with a space (``Druck- und``).

    >>> is_suspended_hyphen("und", "de"), is_suspended_hyphen("und", "en")
    (True, False)
    """
    return suffix.lower() in SUSPENDED_HYPHEN_WORDS.get(language, ())
