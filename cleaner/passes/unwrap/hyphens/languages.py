"""Line-end hyphens in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian
and Swedish: the ``unwrap`` pass's rule when the paragraph is in one of them.

The English rule keeps a hyphen unless the joined form is a known word, since English
writes many compounds with a hyphen (``long-term``). German, Dutch and Swedish write
compounds closed (``Energieversorgung``): there a lower-case word after the hyphen is
joined, but for Dutch's hyphen between vowels (``zee-eend``), a name, an abbreviation or a
prefix the language hyphenates before a word (``Amarna-breven``, ``tv-programma``,
``anti-dogmatisch``), two English words (``science-fictionfilm``: :mod:`.loans`) and Dutch
colours side by side (``oranje-bruin``). French, Spanish, Italian,
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

from cleaner.language import name_of
from cleaner.passes.unwrap.hyphens.compounds import (
    CLASH_HALF_LENGTH,
    CLASH_HALF_ZIPF,
    are_opposite_directions,
    are_paired_adjectives,
    compound_decision,
    is_abbreviation_first,
    is_colour_pair,
)
from cleaner.passes.unwrap.hyphens.loans import is_english_loan_pair
from cleaner.passes.unwrap.hyphens.suspended import (
    keeps_suspended_hyphen,
    shares_tail_with_next_word,
)
from cleaner.passes.unwrap.hyphens.thresholds import COMPOUNDING, KNOWN_WORD_ZIPF, PAIR_JOINED_ZIPF
from cleaner.passes.unwrap.hyphens.word_pairs import (
    CLOSED_PREFIXES,
    hyphen_particles,
    is_broken_before_ending,
    is_inverted_pronoun,
    is_linked_adjective,
    other_ending_known,
)
from cleaner.passes.unwrap.names import (
    MIN_NAME_LENGTH,
    NO_CONTEXT,
    Context,
    is_broken_name,
    is_known_name_broken,
    is_name_before_compound,
    is_name_before_title,
)

# Halves both this frequent (Zipf) may be a hyphenated pair...
PAIR_PART_ZIPF = 3.0
# ...unless their joined form is this frequent, and at most this much rarer than the rarer
# half: web text misspells common pairs whole (``изза`` 3.2 beside ``из`` 6.8 and ``за``
# 6.7), while a compound's halves are seldom far more common than it (``stromversorgung``).
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
    from cleaner.lexicon import load_language_model, load_model  # Deferred: tables.

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
        if shares_tail_with_next_word(prefix, suffix, language, context.after, model.frequency):
            return (
                False,
                f"{name}: a suspended hyphen, the word after the conjunction shares its tail",
            )
        if zipf >= KNOWN_WORD_ZIPF:
            return True, f"{name}: joined form Zipf {zipf:.1f} in its word table"
        if keeps_suspended_hyphen(prefix, suffix, language, model.frequency, context.after):
            return False, f"{name}: a suspended hyphen before a conjunction"
        if is_name_before_compound(prefix, suffix, language, context, model.frequency):
            if is_known_name_broken(prefix, suffix, language):
                return True, f"{name}: a name another table knows whole, broken at the line end"
            return False, f"{name}: a name before a compound keeps its hyphen"
        if is_english_loan_pair(prefix, suffix, model.frequency, load_model().frequency):
            return False, f"{name}: two English words, a loan compound keeps its hyphen"
        if are_paired_adjectives(prefix, suffix, language):
            return False, f"{name}: two adjectives side by side"
        if is_colour_pair(prefix, suffix, language):
            return False, f"{name}: two colours side by side"
        if are_opposite_directions(prefix, suffix, language):
            return False, f"{name}: two opposite points of the compass"
        if is_abbreviation_first(prefix, prefix_zipf, suffix_zipf, language):
            return False, f"{name}: an abbreviation before a compound keeps its hyphen"
        both_words = (
            min(prefix_zipf, suffix_zipf) >= CLASH_HALF_ZIPF
            and min(len(prefix), len(suffix)) >= CLASH_HALF_LENGTH
        )
        return compound_decision(prefix, suffix, name, both_words)
    if prefix.lower() in CLOSED_PREFIXES.get(language, ()):
        return True, f"{name}: a prefix {name} writes closed (re-, dé-, des-)"
    if is_broken_before_ending(prefix, suffix, language):
        return True, f"{name}: an ending after the hyphen, a word broken before it"
    halves = min(prefix_zipf, suffix_zipf)
    broken_name = is_broken_name(prefix, suffix, zipf, language, context, halves)
    if broken_name and not is_linked_adjective(prefix, suffix, language):
        return True, f"{name}: a capitalized word no table knows, a name broken at the line end"
    if halves >= PAIR_PART_ZIPF:
        particles = hyphen_particles().get(language)
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
        if other_ending_known(prefix, suffix, language, model.frequency):
            return True, f"{name}: the joined form with another ending is a word"
        return False, f"{name}: both halves are words, the joined form is not (a hyphenated pair)"
    if zipf >= KNOWN_WORD_ZIPF:
        return True, f"{name}: joined form Zipf {zipf:.1f} in its word table"
    if is_inverted_pronoun(prefix, suffix, language):
        return False, f"{name}: a pronoun after its verb (répondis-je, desmoronou-se)"
    if name_first or is_name_before_title(prefix, suffix, language):
        if is_known_name_broken(prefix, suffix, language):
            return True, f"{name}: a name another table knows whole, broken at the line end"
        return False, f"{name}: a name before a compound keeps its hyphen"
    if keeps_suspended_hyphen(prefix, suffix, language, model.frequency, context.after):
        return False, f"{name}: a suspended hyphen before a conjunction"
    if other_ending_known(prefix, suffix, language, model.frequency):
        return True, f"{name}: the joined form with another ending is a word"
    if halves >= KNOWN_WORD_ZIPF and min(len(prefix), len(suffix)) >= MIN_PAIR_HALF_LENGTH:
        return False, f"{name}: both halves are words, the joined form is unknown (a pair)"
    if is_linked_adjective(prefix, suffix, language):
        return False, f"{name}: a compound adjective (a linking o, an adjective ending)"
    return True, f"{name}: a half is no common word, so a word broken at the line end"
