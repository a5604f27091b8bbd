"""Names at a line-end hyphen, for :mod:`.languages`: a name broken at the line end
(``Boe-`` + ``mer``, joined) and a name before a compound (``Laffer-curve``, kept).

Both are told from the word tables and from where the word stands: inside a sentence or at
its start, and whether the document writes the name elsewhere (:class:`Context`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from cleaner.passes.unwrap.hyphens.compounds import is_compass_point
from cleaner.passes.unwrap.hyphens.decision import KNOWN_WORD_ZIPF
from cleaner.passes.unwrap.hyphens.thresholds import LISTED_ZIPF

# A name before a compound's hyphen has at least this many letters (and see
# UNSEEN_NAME_BOUNDS).
MIN_NAME_LENGTH = 3
# A common word (Zipf), of this many letters or more: what a name stands before where the
# document does not write it elsewhere (UNSEEN_NAME_BOUNDS).
COMMON_WORD_ZIPF = 3.0
MIN_WORD_AFTER_NAME = 4
# Italian writes no lower-case word after a capitalized one with a hyphen but where the
# joined form is a word (``Centro-destra`` 3.9; the benchmark's tuning half has none at
# all): a capitalized first part whose joined form no table knows is a name broken at the
# line end (``Pap-`` + ``worth``).
NAMES_BROKEN = frozenset({"it"})
MIN_NAME_TAIL = 3
# French, Spanish, Portuguese, Polish and Russian likewise, but only inside a sentence: at
# its start a capital begins pairs, inversions and numbers too (``Au-delà``, ``Sont-ils``,
# ``Quarante-cinq``, ``Terça-feira``; on French-GSD, judged anywhere, the rule dropped 14
# to 24 hyphens of 282). Inside one, and with both halves less common than Zipf 4 (else two
# words: ``Moyen-âge``, ``Norte-americana``, ``Ministro-presidente``), on
# tools/tune_hyphens.py (ru; --confirm fr es pt pl) split words rejoined went from 99.15%
# to 99.42% (ru), 99.04 to 99.21 (fr), 99.37 to 99.56 (es), 99.12 to 99.23 (pt), 99.32 to
# 99.46 (pl), hyphens dropped from 3 to 4 (ru, ``Брейн-рингу``), 14 to 15 (fr,
# ``Jiao-tong``), the same elsewhere.
NAMES_BROKEN_INSIDE = frozenset({"fr", "es", "pt", "pl", "ru"})
NAME_HALVES_ZIPF = 4.0
# English too (is_broken_english_name), where the tail is no common word (Zipf below this):
# a name is often written before a common word there (``Soho-square``, ``Guernsey-man``,
# ``Paris-based``). On the benchmark's English tuning half (every cut, as
# tools/tune_hyphens.py --tuning-half does) split words kept went from 489 to 277, real
# hyphens dropped 8 -> 8; on four Gutenberg novels (one cut a word) 1,081 -> 861 (A Tale of
# Two Cities), 3,708 -> 3,261 (Moby-Dick), 703 -> 535 (Pride and Prejudice), 4,873 -> 3,120
# (War and Peace), hyphens dropped 110, 334 -> 339 (``Sperm-whalemen``), 37, 68 -> 70.
ENGLISH_NAME_TAIL_ZIPF = 3.0
# ...but a tail of this many letters or fewer must be a very common word (``Obama-era`` 4.7,
# ``Kremlin-led`` 5.1): the lexicon rates many short fragments above 3 (``Boe-`` + ``mer``
# 3.3, ``Gez-`` + ``ira`` 3.8, ``Petra-`` + ``ssi`` 3.0), a name's last syllable. Split words
# kept (one cut a word; the English tuning half every cut), before -> after: tuning half 95
# -> 87, A Tale of Two Cities 419 -> 392, Pride and Prejudice 192 -> 176, Moby-Dick 1,319 ->
# 1,296, War and Peace 1,316 -> 1,283; real hyphens dropped unchanged in each (Zipf 4.0: 89,
# 392, 189, 1,298, 1,289; Zipf 5.0 or tails of 4 letters drop one more in Moby-Dick).
ENGLISH_NAME_SHORT_TAIL = 3
ENGLISH_NAME_SHORT_TAIL_ZIPF = 4.5
# English writes no compound on a capitalized word of two letters inside a sentence before
# a lower-case word (its prefixes are lower-case there, ``co-``, ``ex-``; a title capitalizes
# both, ``Ex-President``): such a first part is a name's first syllable, broken after it,
# where the lexicon lists the joined form at all (LISTED_ZIPF; ``Ca-`` + ``ribs``, ``Ti-`` +
# ``oman``, ``Ro-`` + ``sings``: the tail a common word, so is_broken_english_name keeps
# them). Split words kept (the English tuning half every cut; UD_English-EWT dev and test,
# Pride and Prejudice, A Tale of Two Cities, Moby-Dick one cut a word, five paragraphs or
# sentences a document): 3, 0, 4, 0, 1 fewer; no real hyphen in them is written so.
ENGLISH_SYLLABLE_NAME_LENGTH = 2
# The end of the text before a word that opens a sentence: a full stop, question or
# exclamation mark, ellipsis or colon, or an opening quote, bracket or dash, then spaces.
SENTENCE_OPENING_RE = re.compile(r"[.!?…:\"'«»„“”‘’(\[—–-]\s*$")
# In Dutch and Swedish, a name the document does not write elsewhere has this many letters,
# before a word of this many letters (MIN_WORD_AFTER_NAME) and this frequency (Zipf). On
# the tuning treebanks (tools/tune_hyphens.py nl sv), Dutch's rule of 3 letters before a
# known word (Zipf 2) kept 72 split words broken for 27 real hyphens; 4 before a common
# word (Zipf 3) keeps 17 for 26 (``Sea-dog`` is joined): a fragment of a split word never
# recurs in the document, a name often does (``Vlaams-nationale``), and a fragment seldom
# stands before a common word of 4 letters. Swedish keeps the old bounds: the narrower ones
# joined ``Eko-pocket`` there and ``Österrike-preussiska`` (Zipf 2.6) in the benchmark's
# tuning half. Both only inside a sentence, where a capital says something: at its start,
# on the tuning treebanks 2 + 2 more split words rejoined (``Rimlighets-`` + ``studien``)
# and one more hyphen dropped (``Eko-pocket``, at a sentence start), on --confirm's 0 + 3
# more rejoined and none dropped.
UNSEEN_NAME_BOUNDS = {"nl": (4, COMMON_WORD_ZIPF), "sv": (MIN_NAME_LENGTH, KNOWN_WORD_ZIPF)}
# Swedish endings, which no compound has for a second word: a name with one is written
# closed (``Paionierna``, ``Sahelens``), so a name broken before one is joined. On the Swedish
# tuning half (every cut) split words kept 33 -> 30 (session 26); Talbanken and LinES
# (--confirm) unchanged, no real hyphen dropped.
NAME_ENDINGS = {
    "sv": frozenset(
        {"en", "et", "er", "ar", "or", "na", "ens", "ets", "erna", "arna", "orna", "ernas"}
        | {"arnas", "ornas", "ingen", "ingar", "ingarna", "isk", "iska", "iskt", "ska", "skt"}
    )
}
# Nor is a capitalized point of the compass before a lower-case word (is_compass_point).
# Dutch and Swedish write a compound on one closed (``Noordzee``, ``Noordierse``,
# ``Sydkamerun``, ``Nordkaukasus``) and hyphenate it only before a name, whose capital it
# keeps (``Zuid-Afrika``, ``Oost-Europa``): in the benchmark's source and the tuning
# treebanks (LassySmall, Alpino, Talbanken, LinES) no point is written with a hyphen
# before a lower-case word. So ``Noord-`` + ``europese`` is a split word (the source writes
# ``Noordeuropese`` 3 times), not a name before a compound.
# Neither is a first part whose last letters (up to this many) make a common word with the
# second (``Regieop-`` + ``leiding``): on the tuning treebanks that held for 3 + 6 split
# words the name rule kept, and for none of its 26 + 2 real hyphens. Nor one whose last
# letters make with it a word the document writes elsewhere, however rare (``Transkau-`` +
# ``kasus`` beside ``Kaukasus``, 2.7 in Swedish's table): the cause table of the Swedish
# tuning half (1,500 documents, seeds 7, 8, 9) lost that split word twice and kept no
# other; tools/tune_hyphens.py nl sv (treebanks, --tuning-half, --confirm) unchanged.
MAX_WORD_REACH = 8
# The word those letters make is one the table knows (Zipf; session 31: it was 3.0, a common
# word): a name before a compound seldom ends in the start of a word the compound ends, and
# ``Basistaken-`` + ``pakket`` makes ``takenpakket`` (2.8). On tools/tune_hyphens.py nl sv,
# split words kept: Talbanken 6 -> 3 (``Ohrl-`` + ``ander``, ``Cronq-`` + ``vist``), the
# Dutch tuning half (every cut) 27 -> 21 (``Basistaken-`` + ``pakket`` 5, ``Laurus-`` +
# ``winkels``), the Swedish 27 -> 26 (``Sahe-`` + ``lens``), LassySmall 18, LinES and Alpino
# (--confirm) 16 and 4 unchanged; real hyphens dropped unchanged in each (4, 2, 7, 42, 8, 19).
INSIDE_WORD_ZIPF = KNOWN_WORD_ZIPF
# Russian joins an Eastern title or a street word to the name before it with a hyphen
# (``Осман-паша``, ``Нуралы-хан``, ``Уолл-стрит``): after a capitalized first part, these
# words in any case keep it.
RUSSIAN_NAME_TITLES = frozenset(
    {"паша", "паши", "паше", "пашу", "пашой", "бей", "бея", "бею", "беем", "бее"}
    | {"хан", "хана", "хану", "ханом", "хане", "ханы", "стрит", "авеню"}
)


def _no_words(word: str) -> int:
    return 0


class Context(NamedTuple):
    """What the document says around a line-end hyphen: how often it writes a word
    (lower-cased; the broken word's halves count once each), whether the broken word opens
    a sentence (None: not known, it begins its line), whether a hyphen follows it (one
    link of a chain, ``Aix-`` + ``les-Bains``) and the text after it on its line (a few
    words: ``zorg-`` + ``en hulpverlening``)."""

    word_count: Callable[[str], int] = _no_words
    opens_sentence: bool | None = None
    chained: bool = False
    after: str = ""


def opens_sentence(before: str) -> bool | None:
    """Whether a word after ``before`` (the text before it on its line) opens a sentence;
    None when nothing is before it.

    >>> opens_sentence("Il dit : « "), opens_sentence("la ville de "), opens_sentence("")
    (True, False, None)
    """
    if not before.strip():
        return None
    return SENTENCE_OPENING_RE.search(before) is not None


# A line-end hyphen judged with nothing known around it.
NO_CONTEXT = Context()


def is_broken_english_name(
    prefix: str, suffix: str, zipf: float, context: Context, frequency: Callable[[str], float]
) -> bool:
    """:func:`is_broken_name` in English, where the lexicon keeps every hyphen whose joined
    form it does not know: a capitalized (not all-capitals) first part inside a sentence,
    and a tail that is no common word (:data:`ENGLISH_NAME_TAIL_ZIPF`, a higher bar for a
    tail of three letters): ``Flen-`` + ``sburg`` and ``Boe-`` + ``mer`` are names broken at
    the line end, ``Soho-`` + ``square`` and ``Obama-`` + ``era`` a name before a word.

    >>> inside = Context(opens_sentence=False)
    >>> zipf = {"flen": 1.0, "sburg": 0.0, "soho": 3.0, "square": 4.6}.get
    >>> is_broken_english_name("Flen", "sburg", 0.0, inside, lambda word: zipf(word.lower(), 0.0))
    True
    >>> is_broken_english_name("Soho", "square", 0.0, inside, lambda word: zipf(word.lower(), 0.0))
    False
    >>> zipf = {"boe": 2.9, "mer": 3.3, "obama": 4.5, "era": 4.7}.get
    >>> is_broken_english_name("Boe", "mer", 0.0, inside, lambda word: zipf(word.lower(), 0.0))
    True
    >>> is_broken_english_name("Obama", "era", 0.0, inside, lambda word: zipf(word.lower(), 0.0))
    False
    """
    if prefix.isupper():  # (A name in camel case counts: ``LaBr-`` + ``occa``.)
        return False
    tail = frequency(suffix)
    short = len(suffix) <= ENGLISH_NAME_SHORT_TAIL
    if tail >= (ENGLISH_NAME_SHORT_TAIL_ZIPF if short else ENGLISH_NAME_TAIL_ZIPF):
        return False
    return is_broken_name(prefix, suffix, zipf, "en", context, min(frequency(prefix), tail))


def is_name_broken_after_syllable(prefix: str, zipf: float, context: Context) -> bool:
    """In English, a capitalized first part of :data:`ENGLISH_SYLLABLE_NAME_LENGTH` letters
    inside a sentence, whose joined form (Zipf ``zipf``) the lexicon lists: a name broken
    after its first syllable (``Ca-`` + ``ribs``), not a compound.

    >>> inside = Context(opens_sentence=False)
    >>> is_name_broken_after_syllable("Ca", 1.8, inside)
    True
    >>> is_name_broken_after_syllable("Ca", 0.0, inside)
    False
    >>> is_name_broken_after_syllable("Ca", 1.8, Context(opens_sentence=True))
    False
    """
    return (
        len(prefix) == ENGLISH_SYLLABLE_NAME_LENGTH
        and prefix[0].isupper()
        and prefix[1:].islower()
        and context.opens_sentence is False
        and zipf >= LISTED_ZIPF
    )


def is_broken_name(
    prefix: str, suffix: str, zipf: float, language: str, context: Context, halves: float
) -> bool:
    """A name broken at the line end: a capitalized first part, a lower-case tail of a few
    letters, a joined form unknown to the word table; in Italian anywhere, in
    :data:`NAMES_BROKEN_INSIDE` only inside a sentence (at its start a capital may begin a
    pair: ``Au-delà``, ``Terça-feira``), and not there two common words (``halves``, the
    rarer's Zipf: ``Moyen-âge``). Not one link of a chain (``Aix-les-Bains``), a word
    said twice (``Тук-тук``), a Russian name before a title.

    >>> is_broken_name("Pap", "worth", 0.0, "it", NO_CONTEXT, 3.0)
    True
    >>> is_broken_name("Centro", "destra", 3.9, "it", NO_CONTEXT, 4.2)
    False
    >>> is_broken_name("Boe", "mer", 0.0, "fr", Context(opens_sentence=False), 2.5)
    True
    >>> is_broken_name("Terça", "feira", 0.0, "pt", Context(opens_sentence=True), 3.6)
    False
    """
    if not (prefix[:1].isupper() and len(suffix) >= MIN_NAME_TAIL and zipf < KNOWN_WORD_ZIPF):
        return False
    inside = language in (*NAMES_BROKEN_INSIDE, "en") and context.opens_sentence is False
    if not (language in NAMES_BROKEN or (inside and halves < NAME_HALVES_ZIPF)):
        return False
    return not (
        context.chained
        or prefix.lower() == suffix.lower()
        or is_name_before_title(prefix, suffix, language)
    )


def is_name_before_compound(
    prefix: str, suffix: str, language: str, context: Context, frequency: Callable[[str], float]
) -> bool:
    """Dutch and Swedish write a name before a compound with a hyphen (``Amarna-breven``,
    ``Vlaams-nationale``), the joined form unknown (checked before): a capitalized first
    part, even one no table knows, that the document writes elsewhere too, or one of
    :data:`UNSEEN_NAME_BOUNDS` letters before a common word (``Laffer-curve``) inside a
    sentence (at its start a capital is no sign of a name: ``Rimlighets-`` + ``studien``);
    not a point of the compass before a lower-case word (``Noord-`` + ``europese``:
    :func:`.is_compass_point`), not before an ending (:data:`NAME_ENDINGS`: ``Paioni-`` +
    ``erna``), nor a split word's fragment (``Basis-`` + ``takenpakket``, Zipf 2.8;
    ``Kon-`` + ``mars``), nor a break inside a word (see :func:`breaks_inside_word`).

    >>> table = {"curve": 3.3, "takenpakket": 2.8}
    >>> def frequency(word: str) -> float:
    ...     return table.get(word, 0.0)
    >>> is_name_before_compound("Laffer", "curve", "nl", Context(), frequency)
    True
    >>> is_name_before_compound("Basis", "takenpakket", "nl", Context(), frequency)
    False
    >>> is_name_before_compound("Laffer", "curve", "nl", Context(opens_sentence=True), frequency)
    False
    >>> twice = Context(lambda word: 2 if word == "basis" else 0)
    >>> is_name_before_compound("Basis", "takenpakket", "nl", twice, frequency)
    True
    >>> is_name_before_compound("Paioni", "erna", "sv", Context(lambda word: 2), frequency)
    False
    >>> is_name_before_compound("Noord", "europese", "nl", Context(lambda word: 2), frequency)
    False
    """
    bounds = UNSEEN_NAME_BOUNDS.get(language)
    if bounds is None or not prefix[:1].isupper() or len(prefix) < MIN_NAME_LENGTH:
        return False
    if suffix.lower() in NAME_ENDINGS.get(language, ()) or is_compass_point(prefix, language):
        return False
    if breaks_inside_word(prefix, suffix, frequency, context.word_count):
        return False
    least_length, least_zipf = bounds
    long_enough = len(prefix) >= least_length and len(suffix) >= MIN_WORD_AFTER_NAME
    if long_enough and not context.opens_sentence and frequency(suffix.lower()) >= least_zipf:
        return True
    return context.word_count(prefix.lower()) > 1  # Once is the broken word itself.


def breaks_inside_word(
    prefix: str,
    suffix: str,
    frequency: Callable[[str], float],
    word_count: Callable[[str], int] = _no_words,
) -> bool:
    """Whether the last letters of ``prefix`` (up to :data:`MAX_WORD_REACH`) and ``suffix``
    make a word the table knows (:data:`INSIDE_WORD_ZIPF`) or one the document writes
    (``word_count``, lower-cased): the break falls inside the word, not between a name and
    a compound (``Regieop-`` + ``leiding``: ``opleiding``; ``Gezinssamens-`` + ``telling``:
    ``stelling``; ``Basistaken-`` + ``pakket``: ``takenpakket``, 2.8; ``Transkau-`` +
    ``kasus`` beside ``Kaukasus``).

    >>> frequency = {"opleiding": 4.9, "takenpakket": 2.8}.get
    >>> breaks_inside_word("Regieop", "leiding", lambda word: frequency(word, 0.0))
    True
    >>> breaks_inside_word("Basistaken", "pakket", lambda word: frequency(word, 0.0))
    True
    >>> breaks_inside_word("Laffer", "curve", lambda word: frequency(word, 0.0))
    False
    >>> written = {"kaukasus": 1}.get
    >>> breaks_inside_word("Transkau", "kasus", lambda word: 0.0, lambda word: written(word, 0))
    True
    """
    joined, cut = (prefix + suffix).lower(), len(prefix)
    reach = range(1, min(cut - 1, MAX_WORD_REACH) + 1)
    return any(
        frequency(joined[cut - k :]) >= INSIDE_WORD_ZIPF or word_count(joined[cut - k :]) > 0
        for k in reach
    )


# A name broken at the line end that another language's table (or the English lexicon) knows
# whole is joined where a rule would keep it as a name before a compound (nl, sv), a name
# before a word (fr, es, it, pt, pl, ru) or a name the English lexicon does not know (in
# English only inside a sentence: at its start ``Self-made`` and ``High-tech`` are capitalized
# and German writes them whole). Split words kept (tools/tune_hyphens.py, session 25):
# Swedish tuning half (every cut) 53 -> 42, Dutch 28 -> 27, English 87 -> 78, LassySmall 20
# -> 18; four Gutenberg novels (one cut a word) A Tale of Two Cities 392 -> 388, Moby-Dick
# 1,296 -> 1,285, War and Peace 1,283 -> 1,269; real hyphens dropped unchanged in each. With
# tails of 2 letters too, 2 + 1 more real hyphens dropped in the novels (``Wo-ho``,
# ``Louis-es``): MIN_NAME_TAIL holds. Outside English, the English lexicon's joined form
# counts from LISTED_ZIPF (session 26; it was KNOWN_WORD_ZIPF): on the tuning sets no name
# before a compound is listed at all, while names broken inside are (``Peniston`` 1.8,
# ``Scotlands`` 1.7, ``Bransfield`` 1.4); Swedish tuning half split words kept 42 -> 33,
# every other tuning half, LassySmall, Talbanken and GSD unchanged, no real hyphen dropped.
def is_known_name_broken(prefix: str, suffix: str, language: str) -> bool:
    """A name broken at the line end that other languages write too: a capitalized first
    part, a tail of :data:`MIN_NAME_TAIL` letters or more, and a joined form that another
    language's word table knows as a word (:data:`KNOWN_WORD_ZIPF`; ``Thess-`` + ``alien``:
    German ``Thessalien``; ``Chré-`` + ``tien``), or that the English lexicon lists at all
    (:data:`LISTED_ZIPF`; ``Peni-`` + ``ston``, ``Scot-`` + ``lands`` in Swedish). A name
    before a compound is no word in any table (``Laffer-curve``, ``Visa-menyn``).

    >>> is_known_name_broken("Thess", "alien", "sv"), is_known_name_broken("Laffer", "curve", "nl")
    (True, False)
    """
    if not prefix[:1].isupper() or len(suffix) < MIN_NAME_TAIL:
        return False
    from cleaner.language import TABLE_LANGUAGES  # Deferred: tables load on first need.
    from cleaner.lexicon import load_language_model, load_model

    joined = (prefix + suffix).lower()
    if language != "en" and load_model().frequency(joined) >= LISTED_ZIPF:
        return True
    return any(
        load_language_model(other).frequency(joined) >= KNOWN_WORD_ZIPF
        for other in TABLE_LANGUAGES
        if other != language
    )


def is_name_before_title(prefix: str, suffix: str, language: str) -> bool:
    """A Russian name before an Eastern title or a street word (``Тахсина-`` + ``паши``).

    >>> is_name_before_title("Тахсина", "паши", "ru"), is_name_before_title("Каркас", "сона", "ru")
    (True, False)
    """
    return (
        language == "ru"
        and prefix[:1].isupper()
        and len(prefix) >= MIN_NAME_LENGTH
        and suffix.lower() in RUSSIAN_NAME_TITLES
    )
