"""Two lowercase words merged (``issuedpreviously``): where such a token splits, and
whether its two parts may be split apart at all.

The rules consult a :class:`~cleaner.lexicon.WordModel` handed in by the caller.
"""

from __future__ import annotations

from collections.abc import Set

from cleaner.data import english_function_words
from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.split.compounds import is_no_phrase, may_be_compound
from cleaner.passes.split.lists import affixes, compound_adjectives

# The Zipf frequency a part needs to count as a common word, by its length. Short parts
# need to be very common: most false splits leave a rare fragment of two to four letters
# (``rayther``: ``ther``; ``chassee``: ``chas``; ``harpstring``: ``harp``).
MIN_PART_ZIPF = {1: 9.0, 2: 5.5, 3: 4.5, 4: 3.5}
MIN_LONG_PART_ZIPF = 3.0
# A part this common (``the``, ``of``, ``to``, ``is``) is a function word: a split next to
# it is the usual merge. Two content words merged are harder to tell from a compound.
FUNCTION_WORD_ZIPF = 6.0
# Single letters that are words on their own: ``a`` (``abook``, ``wasa``).
SINGLE_LETTER_WORDS = frozenset({"a"})
# ``a`` as the second part only after a word this common (``wasa``, ``witha``): after a rare
# stem, a final ``a`` is more often a foreign or technical word (``mohareb``-like names).
A_SECOND_MIN_ZIPF = 5.0
# In technical text two content words split apart only in a token this long: short
# compounds are identifiers (``memoryview``), long ones merged phrases (``stringliteral``
# is the exception that stays whole, ``infiniterecursion`` splits).
TECHNICAL_MIN_MERGED_LENGTH = 14
# A part the document uses elsewhere as a word needs only be listed this often, and be
# this long, when the other part is a function word.
SEEN_PART_MIN_ZIPF = 1.5
SEEN_PART_MIN_LENGTH = 4
# Next to a function word, a word the document does not use elsewhere needs this
# frequency and length: ``toforbearance``, ``pretenceof``, ``wasadventuring``. Both are
# above what SCOWL-only words get, so a word only a spelling list knows stays whole.
RARE_PART_MIN_ZIPF = 2.0
RARE_PART_MIN_LENGTH = 5
# Function words that also build compounds and derived words, so a rare word next to one
# may be its compound: ``adroop``, ``bedarned``, ``goodhumoured``, ``wellbred``,
# ``newlanded``, ``allpowerful``, ``oneeyed``, ``twofold``. Only common parts join them.
COMPOUNDING_WORDS = frozenset({"a", "be", "good", "new", "well", "all", "one", "two"})
# Numerals, common as they are, build compounds with a suffix (``twodimensional``,
# ``threefold``): no function word for the affix rule of :func:`pair_score`.
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight"})
# Function words that also end words as a suffix, so a rare word before one may be a
# word of its own: ``mallein``, ``casein`` (the -in of chemistry).
SUFFIX_FUNCTION_WORDS = frozenset({"in"})
# Runner-up split within this many Zipf units of the best one: too close to call.
AMBIGUITY_MARGIN = 1.0
# A rival reading's parts need only be listed words this frequent (rare ones count too).
RIVAL_MIN_ZIPF = 2.0
# ``a`` + a word at least this frequent rivals any other split of the token.
A_RIVAL_MIN_ZIPF = 3.5


# The shortest regular participle: ``tired`` (``tire``), not ``need`` or ``red``.
MIN_PARTICIPLE_LENGTH = 5


def best_split(
    word: str,
    model: WordModel,
    *,
    technical: bool = False,
    compounds: bool = False,
    seen: Set[str] = frozenset(),
) -> tuple[str, str] | None:
    """Split a lowercase unknown ``word`` into two common words, or ``None``.

    The best split maximises the parts' joint probability (the sum of their Zipf values);
    it must clearly beat the runner-up, and the word must not be in the lexicon. A compound
    prefix or suffix (``over-``, ``-able``) splits off only next to a function word, and in
    ``technical`` text (with code) or text that writes ``compounds`` (with many hyphenated
    words) so do other parts, unless the token is long.

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"issued": 4.7, "previously": 4.8, "is": 6.9, "sued": 3.5})
    >>> best_split("issuedpreviously", model)
    ('issued', 'previously')
    >>> best_split("issued", model) is None
    True
    """
    if model.knows(word):
        return None
    candidates = (
        (pair_score(word[:i], word[i:], model, technical, compounds, seen), i)
        for i in range(1, len(word))
    )
    scored = sorted(((s, i) for s, i in candidates if s is not None), reverse=True)
    if not scored:
        return None
    best, cut = scored[0]
    if _has_rival(word, cut, best, model, seen):
        return None
    return word[:cut], word[cut:]


def _has_rival(
    word: str, cut: int, score: float, model: WordModel, seen: Set[str] = frozenset()
) -> bool:
    """Whether another reading of ``word`` comes close to the split at ``cut``.

    Rivals are all splits into two listed words, common or not: ``hedgehogsand`` is not
    ``hedgehog sand`` when ``hedgehogs and`` scores higher, though ``hedgehogs`` is rare.
    A leading ``a`` before a listed word (``atin``: ``a tin``, not ``at in``) is a rival
    that Zipf sums underrate, since two function words seldom meet: before a common word,
    or before a rarer one the document uses elsewhere (``seen``: ``arecurrent`` beside
    ``recurrent layers`` is ``a recurrent``, not ``are current``).

    >>> model = WordModel({"are": 6.7, "current": 5.3, "a": 7.4, "recurrent": 3.2})
    >>> _has_rival("arecurrent", 3, 12.0, model), _has_rival("arecurrent", 3, 12.0, model,
    ...     {"recurrent"})
    (False, True)
    """
    if cut != 1 and word[0] == "a" and _is_a_rival(word[1:], model, seen):
        return True
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        if i == cut or not (is_listed(left, model) and is_listed(right, model)):
            continue
        if model.frequency(left) + model.frequency(right) > score - AMBIGUITY_MARGIN:
            return True
    return False


def _is_a_rival(rest: str, model: WordModel, seen: Set[str]) -> bool:
    """Whether ``a`` + ``rest`` rivals another split of a token (:func:`_has_rival`)."""
    zipf = model.frequency(rest)
    return zipf >= A_RIVAL_MIN_ZIPF or (rest in seen and zipf >= RIVAL_MIN_ZIPF)


def is_listed(part: str, model: WordModel) -> bool:
    if len(part) == 1:
        return part in SINGLE_LETTER_WORDS
    return model.frequency(part) >= RIVAL_MIN_ZIPF


def pair_score(
    left: str,
    right: str,
    model: WordModel,
    technical: bool,
    compounds: bool = False,
    seen: Set[str] = frozenset(),
) -> float | None:
    """The Zipf sum of two common parts, or ``None`` when they may not be split apart.

    A rarer part is allowed next to a function word (:func:`_is_rare_word`), but in
    ``technical`` text not next to an accessor's verb or a POSIX call's ``at``
    (:func:`_is_identifier_affix`: ``getdelim``, ``fstatat``).
    """
    # In technical text a rare word glued to ``get``, ``set``... is a function's name.
    rare_ok = not (technical and _is_identifier_affix(left, right))
    if not (
        (is_common(left, right, model) or (rare_ok and _is_rare_word(left, right, model, seen)))
        and (
            is_common(right, left, model, first=False)
            or (rare_ok and _is_rare_word(right, left, model, seen, first=False))
        )
    ):
        return None
    if left == right or is_compound_adjective(left, right, model):
        return None  # A word said twice is a word (``in toto``, ``nono``), seldom a merge.
    left_zipf, right_zipf = model.frequency(left), model.frequency(right)
    prefixes, suffixes = affixes()
    if (left in prefixes and not is_function_word(right, right_zipf)) or (
        right in suffixes and _takes_suffix(left, left_zipf)
    ):
        return None
    compound = technical or (compounds and may_be_compound(left, right, model))
    if compound and is_short_content_pair(left, right, model):
        return None
    if is_no_phrase(left, right, model, technical=technical):
        return None
    return left_zipf + right_zipf


# The verbs of accessor names and the POSIX ``*at`` calls: glued to a rare word in technical
# text, the name of a function (``getdelim``, ``getxattr``, ``ifconf``, ``fstatat``,
# ``symlinkat``), not a function word an extractor glued to it. (Not ``is``: ``isdisjoint``
# has the shape of merges such as ``isinitialized``, ``ispartitioned``.)
IDENTIFIER_PREFIXES = frozenset({"get", "set", "has", "if"})
IDENTIFIER_SUFFIXES = frozenset({"at"})


def _is_identifier_affix(left: str, right: str) -> bool:
    """Whether ``left`` is an accessor's verb or ``right`` the ``at`` of a POSIX call."""
    return left in IDENTIFIER_PREFIXES or right in IDENTIFIER_SUFFIXES


# A content word this long takes a suffix however common it is (``timelike``: ``time`` is
# as common as a function word, Zipf 6.3, but none).
SUFFIXED_COMMON_WORD_MIN_CHARS = 4


def _takes_suffix(word: str, zipf: float) -> bool:
    """Whether ``word`` (of Zipf frequency ``zipf``) before a listed suffix makes a word
    with it: a numeral (``threefold``), a content word (``worm`` + ``like``), or one as
    common as a function word but not listed as one and of ``SUFFIXED_COMMON_WORD_MIN_CHARS``
    letters or more (``time`` + ``like``; not ``him`` + ``like``, ``go`` + ``less``).

    >>> _takes_suffix("time", 6.3), _takes_suffix("him", 6.3), _takes_suffix("worm", 3.8)
    (True, False, True)
    """
    if word in NUMBER_WORDS or not is_function_word(word, zipf):
        return True
    return len(word) >= SUFFIXED_COMMON_WORD_MIN_CHARS and word not in english_function_words()


def is_function_word(word: str, zipf: float) -> bool:
    """Whether ``word`` (of Zipf frequency ``zipf``) is a function word, listed
    (``every``, ``such``) or as common as one (``what``)."""
    return zipf >= FUNCTION_WORD_ZIPF or word in english_function_words()


def is_short_content_pair(left: str, right: str, model: WordModel) -> bool:
    """Whether ``left`` + ``right`` are two content words (no function word) making a token
    shorter than ``TECHNICAL_MIN_MERGED_LENGTH``: in technical text, or text that writes
    compounds, more often a compound than a merge (``ropeyarn``, ``memoryview``)."""
    return (
        len(left) + len(right) < TECHNICAL_MIN_MERGED_LENGTH
        and max(model.frequency(left), model.frequency(right)) < FUNCTION_WORD_ZIPF
    )


def is_compound_adjective(left: str, right: str, model: WordModel) -> bool:
    """Whether ``left`` + ``right`` reads as a compound adjective: a first word such as
    ``new`` or ``half`` and a past participle (``newlanded``, ``halfspent``).

    A participle is listed as irregular, or is a word of five letters or more ending in
    ``-ed`` after a common stem (``coat``, ``tire``, ``plan``): ``greatneed`` and
    ``deepred`` split.

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"coat": 4.3, "need": 5.5})
    >>> is_compound_adjective("great", "coated", model)
    True
    >>> is_compound_adjective("half", "spent", model), is_compound_adjective("great", "need", model)
    (True, False)
    >>> is_compound_adjective("new", "house", model)
    False
    """
    firsts, participles = compound_adjectives()
    if left not in firsts:
        return False
    if right in participles:
        return True
    stems = (right[:-2], right[:-1], right[:-3] if right[-3:-2] == right[-4:-3] else "")
    return (
        len(right) >= MIN_PARTICIPLE_LENGTH
        and right.endswith("ed")
        and any(model.frequency(stem) >= MIN_LONG_PART_ZIPF for stem in stems if stem)
    )


def _is_rare_word(
    part: str, other: str, model: WordModel, seen: Set[str], *, first: bool = True
) -> bool:
    """Whether ``part``, too rare to be a common part, may split off next to ``other``.

    ``other`` must be a function word that neither builds compounds (``adroop``) nor,
    after ``part`` (``first``), ends words as a suffix (``mallein``); ``part`` a listed
    word that the document uses elsewhere (``thebothy`` in a text about a bothy) or a
    word listed often enough (``toforbearance``). The exclusions hold for both, so that
    a part another split brings into the document allows nothing new on a second run.

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"to": 7.5, "a": 7.4, "in": 7.3, "forbearance": 2.6, "droop": 2.9})
    >>> _is_rare_word("forbearance", "to", model, set())
    True
    >>> _is_rare_word("droop", "a", model, set()), _is_rare_word("droop", "a", model, {"droop"})
    (False, False)
    >>> _is_rare_word("forbearance", "in", model, set())
    False
    """
    if model.frequency(other) < FUNCTION_WORD_ZIPF or other in COMPOUNDING_WORDS:
        return False
    if first and other in SUFFIX_FUNCTION_WORDS:
        return False
    zipf = model.frequency(part)
    if part in seen:
        return len(part) >= SEEN_PART_MIN_LENGTH and zipf >= SEEN_PART_MIN_ZIPF
    return len(part) >= RARE_PART_MIN_LENGTH and zipf >= RARE_PART_MIN_ZIPF


def is_common(part: str, other: str, model: WordModel, *, first: bool = True) -> bool:
    """Whether ``part`` is common enough to split off; ``other`` is the rest of the token."""
    if len(part) == 1:
        if part not in SINGLE_LETTER_WORDS:
            return False
        return first or model.frequency(other) >= A_SECOND_MIN_ZIPF or _is_participle(other, model)
    needed = MIN_PART_ZIPF.get(len(part), MIN_LONG_PART_ZIPF)
    return model.frequency(part) >= needed


# A participle before ``a`` (``displayinga``, ``launcheda``): a verb's form in -ing or
# -ed this long and this common takes an object, and no word ends so (the endings
# ``-inga``, ``-eda`` are other languages' or names').
PARTICIPLE_ENDINGS = ("ing", "ed")
PARTICIPLE_MIN_CHARS = 5
PARTICIPLE_MIN_ZIPF = 3.0


def _is_participle(word: str, model: WordModel) -> bool:
    """Whether ``word`` before ``a`` is a common participle (``displaying``, ``launched``).

    >>> model = WordModel({"displaying": 3.6, "launched": 4.5, "ring": 4.4, "bled": 2.9})
    >>> [_is_participle(w, model) for w in ("displaying", "launched", "ring", "bled")]
    [True, True, False, False]
    """
    return (
        len(word) >= PARTICIPLE_MIN_CHARS
        and word.endswith(PARTICIPLE_ENDINGS)
        and model.frequency(word) >= PARTICIPLE_MIN_ZIPF
    )


# Participles that head a compound adjective after a noun (``graph-based methods``,
# ``data-driven models``), each with the prepositions it takes when it is a verb's
# participle after its own noun instead (``an algorithm based on``, ``a model driven by``).
COMPOUND_HEADS = {
    "based": ("on", "upon"),
    "driven": ("by",),
    "guided": ("by",),
    "oriented": ("to", "toward", "towards"),
}
# The word after a token: letters after spaces.
NEXT_WORD_RE = lazy_compile(r"[ \t]+(?P<word>[A-Za-z]+)")


def is_compound_before_noun(left: str, right: str, after: str, model: WordModel) -> bool:
    """Whether ``left`` + ``right`` is a compound adjective whose hyphen was lost or never
    written: a content word and a participle of :data:`COMPOUND_HEADS`, before a content
    word (``after``: the text after the token), not before the participle's preposition
    nor a function word (``chaosbased communications``; but ``an algorithmbased on``).

    >>> model = WordModel({"chaos": 4.2, "based": 5.0, "on": 6.9, "communications": 4.4})
    >>> is_compound_before_noun("chaos", "based", " communications", model)
    True
    >>> is_compound_before_noun("chaos", "based", " on this", model)
    False
    >>> is_compound_before_noun("is", "based", " communications", model)
    False
    """
    prepositions = COMPOUND_HEADS.get(right)
    following = NEXT_WORD_RE.match(after)
    if prepositions is None or following is None or not left.isalpha():
        return False
    nxt = following["word"]
    return (
        nxt.islower()
        and nxt not in prepositions
        and not is_function_word(left, model.frequency(left))
        and not is_function_word(nxt, model.frequency(nxt))
    )
