"""Evidence that a closed token is a word of its own, not two words merged (``afoam``).

Each rule here names a kind of word that the frequency test of :mod:`.pairs` would split:
a compound in a text that writes compounds (``ropeyarn`` among ``fast-line`` and
``great-grandfather``), an archaic form (``all afoam``, ``to inforce``), a noun made of a
phrase (``a hasbeen``), the identifiers of technical prose (``init``, ``somehost``), and
the Latin of a species or an anatomical name (``B. abortus``, ``processus jugalis``).
"""

from __future__ import annotations

from itertools import pairwise

from cleaner.data import english_function_words
from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel

# A hyphen between two ASCII letters (``spout-holes``), written hyphen first so that the
# search skips to hyphens.
HYPHEN_JOINT_RE = lazy_compile(r"-(?<=[A-Za-z]-)(?=[A-Za-z])")
# A hyphenated word as a chunk between spaces (``fast-line,``, ``great-grandfather``): a
# compound as the writer spells it. Chunks with other signs (URL slugs, ``1.7.1-7``) are
# not compounds.
HYPHENATED_WORD_RE = lazy_compile(r"[\"'(“‘]*[A-Za-z]+(?:-[A-Za-z]+)+[\"'.,;:!?)”’]*")
# The end of a chunk.
SPACE_RE = lazy_compile(r"\s")
# A document with a hyphenated word in this many characters (other than spaces and line
# feeds) writes its compounds out: one in 460, about one word in 100 (*Moby Dick*, technical
# manuals; modern prose has about one in 250 words). Two content words written closed there
# are more often one of its compounds than a lost space. Counted without spaces, since the
# pass adds only spaces: its own splits never change the verdict (idempotence).
CHARS_PER_HYPHENATED_WORD = 460
# The words that seldom make a closed compound are a verb's past (``sacked``, ``assumed``)
# and an adverb (``reportedly``): ``locatednear`` is a lost space anywhere. A word in -ly
# this short is no adverb: ``fly``, ``ugly``, ``holy`` (Hamlet's ``waterfly``).
MIN_ADVERB_CHARS = 5
# A word in -ed is a past form when what its ending leaves is a content word this long and
# this frequent: ``sacked`` (``sack``), ``used`` (``use``), ``relied`` (``rely``),
# ``civilized`` (``civilize``, 2.1); not ``shed`` (``she``). Shorter ones (``red``, ``fed``)
# are all taken for past forms.
MIN_PAST_BASE_CHARS = 3
MIN_PAST_BASE_ZIPF = 2.0
MIN_PAST_CHARS = 4
# ``all`` just before a word: ``all afoam``, ``all aleak``, ``all aglow``: the ``a-`` of
# an old adverb, never the article (``all a ...`` is no phrase).
ALL_BEFORE_RE = lazy_compile(r"(?<![A-Za-z])[Aa]ll\s+\Z")
# An article just before a word: ``a hasbeen`` is the noun, not ``a has been``.
ARTICLE_BEFORE_RE = lazy_compile(r"(?<![A-Za-z])(?:[Aa]n?|[Tt]he)\s+\Z")
# Words that never follow an article: articles, prepositions, conjunctions, forms of *be*
# and subject pronouns (``the in``, ``an a``, ``the it``). A token after an article that
# would split into one of them and a word is a word of its own, made with a prefix (``an
# athermal``, ``the inhomogeneous``, ``the indegree``) or clipped (``the itin``).
NOT_AFTER_ARTICLE = frozenset(
    {"a", "an", "the", "in", "on", "at", "of", "to", "by", "for", "from", "with", "into"}
    | {"onto", "as", "and", "or", "but", "is", "are", "was", "were"}
    | {"it", "he", "she", "we", "they"}
)
# Articles, and conjunctions that never follow one either (``a though``: ``athough`` is a
# typo of ``although``, not a merge; ``a while`` is a phrase).
ARTICLES = frozenset({"a", "an", "the"})
NOT_AFTER_ARTICLE_EITHER = frozenset({"though", "although", "because", "if", "unless", "whether"})
NEVER_AFTER_ARTICLE = NOT_AFTER_ARTICLE | NOT_AFTER_ARTICLE_EITHER
# A subject pronoun is never followed by an object one (``who me``: ``whome`` is a typo of
# ``whom``; ``Who, me?`` has its comma).
SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "who"})
OBJECT_PRONOUNS = frozenset({"me", "him", "us", "them", "whom"})
# A possessive determiner just before a word: like an article, no preposition or
# article follows one (``its in``, ``their a``): ``its inhomogeneous``, ``their asymmetric``.
POSSESSIVE_BEFORE_RE = lazy_compile(r"(?<![A-Za-z])(?:[Ii]ts|[Tt]heir|[Oo]ur|[Yy]our|[Mm]y)\s+\Z")
# A preposition just before a word that no other preposition follows inside a phrase
# (``of in``, ``for on``): ``of inhomogeneous``, ``for indegree``. Not ``from``, ``to``,
# ``as``, ``than``, ``but``: ``from in front``, ``listen to in``, ``as in``.
PREPOSITION_BEFORE_RE = lazy_compile(r"(?<![A-Za-z])(?:[Oo]f|[Ff]or|[Ww]ith|[Bb]y)\s+\Z")
# The prepositions that never follow one of PREPOSITION_BEFORE_RE's.
NOT_AFTER_PREPOSITION = frozenset({"in", "on", "at", "of", "to", "by", "for", "with", "into"})
# ``to`` just before a word: ``to inforce``, the old spelling of ``to enforce``.
TO_BEFORE_RE = lazy_compile(r"(?<![A-Za-z])[Tt]o\s+\Z")
# Words that start placeholder names in technical prose: ``somehost``, ``myfile``.
PLACEHOLDER_WORDS = frozenset({"some", "my", "your"})
# In technical prose a token this short made of two function words is an identifier or
# an abbreviation (``init``, ``isin``), seldom a lost space.
TECHNICAL_MAX_FUNCTION_PAIR = 4
# Endings of singular nouns that look like plurals: ``a class``, ``a virus``, ``a basis``.
SINGULAR_S_ENDINGS = ("ss", "us", "is")
# The stem of a plural must be at least this common for ``a`` + the word to be no phrase.
PLURAL_STEM_MIN_ZIPF = 3.0
# Endings of the -able adjectives, their nouns and adverbs, that the negative prefix
# ``in-`` makes words of (``infeasible``, ``intractability``, ``indistinguishable``):
# ``in`` + such a word is that word more often than a lost space (``in reasonable time``).
# Other adjectives' endings are left out: ``in recent``, ``in private``, ``in various``,
# ``in relative terms`` are common phrases.
NEGATED_ADJECTIVE_ENDINGS = ("able", "ible", "ably", "ibly", "ability", "ibility")
# The letters a word after the article ``an`` begins with: a vowel, or an ``h`` that may
# be silent (``an hour``).
AN_BEFORE = ("a", "e", "i", "o", "u", "h")
# Verb stems that take the agent suffix ``-or``: ``detect or`` is ``detector``.
AGENT_STEM_ENDINGS = ("ct", "pt")
AGENT_SUFFIXES = ("or", "ors")
# What follows ``me`` in the Greek prefixes of science ``meta-``, ``meso-``, ``mega-``:
# ``metastatic`` is no ``me tastatic``.
ME_PREFIX_RESTS = ("ta", "so", "ga")
# The ``-ome`` nouns of biology after a combining form in ``-o`` this long or longer
# (``stylome``, ``proteome``, ``memome``): no ``stylo me``; ``into me``, ``also me`` are
# phrases (function words are no forms).
OME_FORM_MIN_CHARS = 4
# The endings of Latin adjectives and epithets that are English words too: ``jugalis``
# would split as ``jugal is``, ``splendidus`` as ``splendid us``.
LATIN_ENDING_WORDS = frozenset({"is", "us"})
# The word before a Latin epithet in a scientific name: a genus abbreviated (``B.
# abortis``, ``C. generalis``), or a Latin noun (``processus jugalis``, ``crista nuchalis``,
# ``margo vertebralis``, ``flexor fibularis``, ``Sanopus splendidus``) by its ending; the
# word, read lowercase, must then be rare in English (``the focus is`` is English).
LATIN_BEFORE_RE = lazy_compile(
    r"(?<![A-Za-z.])(?:[A-Z]\.|(?P<noun>[A-Z]?[a-z]*(?:us|um|a|ae|o|or|is)))[ \t]+\Z"
)
# A Latin noun before an epithet is rarer than this as an English word (Zipf):
# ``processus`` 1.5, ``crista`` 2.0, ``margo`` 3.0; ``focus`` 4.6, ``data`` 5.4 are English.
LATIN_NOUN_MAX_ZIPF = 3.5


def writes_compounds(text: str) -> bool:
    """Whether ``text`` hyphenates words often enough to be taken as writing compounds.

    >>> writes_compounds("the fast-line and the rope-yarn " + "word " * 100)
    True
    >>> writes_compounds("a well-known fact " + "word " * 200)
    False
    """
    needed = (len(text) - text.count(" ") - text.count("\n")) / CHARS_PER_HYPHENATED_WORD
    words = set()  # Where each hyphenated word starts: ``man-of-war`` is one.
    for joint in HYPHEN_JOINT_RE.finditer(text):
        start = max(text.rfind(" ", 0, joint.start()), text.rfind("\n", 0, joint.start())) + 1
        space = SPACE_RE.search(text, joint.end())
        end = space.start() if space else len(text)
        if start not in words and HYPHENATED_WORD_RE.fullmatch(text, start, end):
            words.add(start)
            if len(words) >= needed:
                return True
    return False


def may_be_compound(left: str, right: str, model: WordModel) -> bool:
    """Whether two content words may make a closed compound (``rope`` + ``yarn``), as
    past forms and adverbs seldom do (``sacked`` + ``last``, ``doctor`` + ``assumed``).

    >>> model = WordModel({"sack": 3.5, "assume": 4.5, "she": 6.3})
    >>> may_be_compound("rope", "yarn", model), may_be_compound("sacked", "last", model)
    (True, False)
    >>> may_be_compound("water", "fly", model), may_be_compound("seen", "shortly", model)
    (True, False)
    >>> may_be_compound("bike", "shed", model), may_be_compound("doctor", "assumed", model)
    (True, False)
    """
    return not (is_past_or_adverb(left, model) or is_past_or_adverb(right, model))


def is_past_or_adverb(word: str, model: WordModel) -> bool:
    """Whether ``word`` reads as a past form (``sacked``: a content word before ``-ed``)
    or an adverb (``shortly``): ``shed`` (``she``) and ``fly`` are neither."""
    if word.endswith("ly"):
        return len(word) >= MIN_ADVERB_CHARS
    if not word.endswith("ed"):
        return False
    if len(word) < MIN_PAST_CHARS:
        return True  # (``red``, ``fed``: kept apart as before, compounds or not)
    stem = word[:-2]
    doubled = stem[:-1] if stem[-1:] == stem[-2:-1] else ""
    bases = (stem, stem + "e", doubled, stem[:-1] + "y" if stem.endswith("i") else "")
    return any(
        len(base) >= MIN_PAST_BASE_CHARS
        and base not in english_function_words()
        and model.frequency(base) >= MIN_PAST_BASE_ZIPF
        for base in bases
    )


def is_word_in_context(word: str, before: str, model: WordModel) -> bool:
    """Whether lowercase ``word`` is a word of its own after the text ``before`` it.

    >>> model = WordModel({"foam": 4.0, "force": 5.0, "enforce": 4.2})
    >>> is_word_in_context("afoam", "runs all ", model), is_word_in_context("afoam", "in ", model)
    (True, False)
    >>> is_word_in_context("hasbeen", "a ", model), is_word_in_context("hasbeen", "it ", model)
    (True, False)
    >>> is_word_in_context("inforce", "room to ", model), is_word_in_context("inforce", "", model)
    (True, False)
    """
    if word.startswith("a") and ALL_BEFORE_RE.search(before):
        return model.knows(word[1:])
    if word.endswith("been") and ARTICLE_BEFORE_RE.search(before):
        return True
    if word.startswith("in") and TO_BEFORE_RE.search(before):
        return model.knows("en" + word[2:])
    return False


def is_no_phrase_after(left: str, before: str) -> bool:
    """Whether a split whose first part is ``left`` is no phrase after the text ``before``:
    an article or a possessive determiner just before it, and ``left`` a word that never
    follows one; or a preposition of ``PREPOSITION_BEFORE_RE`` and ``left`` a preposition
    (``of in homogeneous`` is no English: ``of inhomogeneous`` is one word).

    >>> is_no_phrase_after("in", "the "), is_no_phrase_after("a", "an ")
    (True, True)
    >>> is_no_phrase_after("a", "its "), is_no_phrase_after("in", "of ")
    (True, True)
    >>> is_no_phrase_after("a", "of "), is_no_phrase_after("side", "the ")
    (False, False)
    >>> is_no_phrase_after("in", "as "), is_no_phrase_after("in", "this ")
    (False, False)
    """
    key = left.lower()
    if key in NOT_AFTER_PREPOSITION and PREPOSITION_BEFORE_RE.search(before) is not None:
        return True
    return key in NOT_AFTER_ARTICLE and (
        ARTICLE_BEFORE_RE.search(before) is not None
        or POSSESSIVE_BEFORE_RE.search(before) is not None
    )


def has_no_phrase_pair(parts: tuple[str, ...]) -> bool:
    """Whether a split's parts put side by side two words that never meet in a phrase: an
    article before a word that never follows one, or a subject pronoun before an object
    one. The token is then a word or a typo (``athough``, ``whome``), not two words glued.

    >>> has_no_phrase_pair(("a", "though")), has_no_phrase_pair(("who", "me"))
    (True, True)
    >>> has_no_phrase_pair(("a", "use")), has_no_phrase_pair(("who", "made"))
    (False, False)
    """
    words = [part.lower() for part in parts]
    return any(
        (left in ARTICLES and right in NEVER_AFTER_ARTICLE)
        or (left in SUBJECT_PRONOUNS and right in OBJECT_PRONOUNS)
        for left, right in pairwise(words)
    )


def is_latin_epithet(word: str, right: str, before: str, model: WordModel) -> bool:
    """Whether ``word``, whose split's last part is ``right``, is a Latin word after the
    text ``before``: lowercase, ending in ``is`` or ``us``, after a genus abbreviated or
    a rare Latin noun (:data:`LATIN_BEFORE_RE`): the second word of a scientific name.

    >>> model = WordModel({"processus": 1.5, "focus": 4.6})
    >>> is_latin_epithet("jugalis", "is", "the processus ", model)
    True
    >>> is_latin_epithet("hieroglyphus", "us", "C. ", model)
    True
    >>> is_latin_epithet("signalis", "is", "the focus ", model)
    False
    >>> is_latin_epithet("economyis", "is", "the U.S. ", model)
    False
    >>> is_latin_epithet("crimeis", "is", "sparedHis ", model)
    False
    """
    if right not in LATIN_ENDING_WORDS or not word.islower():
        return False
    found = LATIN_BEFORE_RE.search(before)
    if found is None:
        return False
    noun = found["noun"]
    return noun is None or model.frequency(noun.lower()) < LATIN_NOUN_MAX_ZIPF


def is_affixed_word(left: str, right: str) -> bool:
    """Whether ``left`` + ``right`` is a word made with an affix that is a function word's
    spelling, not a phrase: the negative ``in-`` before an -able word (``infeasible``),
    the agent ``-or`` after a verb in -ct or -pt (``detector``), ``an`` before a
    consonant (``annotated``: ``an notated`` is no English), and the ``me`` of science's
    ``meta-``, ``meso-``, ``mega-`` and ``-ome`` (``metastic``, ``stylome``).

    >>> is_affixed_word("in", "feasible"), is_affixed_word("detect", "or")
    (True, True)
    >>> is_affixed_word("an", "notated"), is_affixed_word("an", "hour")
    (True, False)
    >>> is_affixed_word("in", "recent"), is_affixed_word("black", "or")
    (False, False)
    >>> is_affixed_word("me", "tastic"), is_affixed_word("stylo", "me")
    (True, True)
    >>> is_affixed_word("me", "unconvinced"), is_affixed_word("into", "me")
    (False, False)
    >>> is_affixed_word("memo", "me"), is_affixed_word("also", "me")
    (True, False)
    """
    if left == "in":
        return right.endswith(NEGATED_ADJECTIVE_ENDINGS)
    if left == "an":
        return not right.startswith(AN_BEFORE)
    if left == "me":
        return right.startswith(ME_PREFIX_RESTS)
    if right == "me":
        return (
            len(left) >= OME_FORM_MIN_CHARS
            and left.endswith("o")
            and left not in english_function_words()
        )
    return right in AGENT_SUFFIXES and left.endswith(AGENT_STEM_ENDINGS)


def is_no_phrase(left: str, right: str, model: WordModel, *, technical: bool) -> bool:
    """Whether ``left right`` cannot be the phrase a closed token lost its space in.

    ``a`` + a plural is no phrase (``aports``), nor a word made with an affix that is
    spelt like a function word (:func:`is_affixed_word`); in technical prose neither is a
    short pair of function words (``init``) nor a placeholder name (``somehost``).

    >>> model = WordModel({"port": 4.5, "ports": 4.2, "in": 7.3, "it": 7.2, "host": 4.3})
    >>> is_no_phrase("a", "ports", model, technical=False)
    True
    >>> is_no_phrase("in", "it", model, technical=True)
    True
    >>> is_no_phrase("in", "it", model, technical=False)
    False
    >>> is_no_phrase("some", "host", model, technical=True)
    True
    """
    if left == "a" and right.endswith("s") and not right.endswith(SINGULAR_S_ENDINGS):
        stems = (right[:-1], right[:-2] if right.endswith("es") else "")
        if any(model.frequency(stem) >= PLURAL_STEM_MIN_ZIPF for stem in stems if stem):
            return True
    if is_affixed_word(left, right):
        return True
    if not technical:
        return False
    if left in PLACEHOLDER_WORDS:
        return True
    return len(left) + len(right) <= TECHNICAL_MAX_FUNCTION_PAIR
