"""Rules of the ``split`` pass: which tokens may be merged words and where they split.

The shape rules here need no data; :func:`best_split` and :func:`capital_split` consult a
:class:`~cleaner.lexicon.WordModel` handed in by the caller.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set
from functools import cache

from cleaner.data import english_function_words
from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.split.compounds import (
    is_no_phrase,
    is_word_in_context,
    may_be_compound,
)
from cleaner.passes.split.forms import adverb_bases, gerund_bases, regular_bases
from cleaner.passes.split.lists import (
    affixes,
    common_words,
    compound_adjectives,
    non_final_words,
    sentence_openers,
)
from cleaner.passes.split.phrases import (
    GLUED_AFTER_WORDS,
    POSSESSIVE_TAIL_RE,
    function_pair_split,
    is_name_after_word,
)

# A whitespace-delimited chunk that is one plain word: opening punctuation, ASCII letters,
# closing punctuation. Anything else inside (digit, '-', '_', '.', '/', '@', '#', "'") makes
# the chunk a number, URL, e-mail, handle, file name, identifier or hyphenated word. The
# chunk ends at Unicode's White_Space: ``re``'s \s, but for \x1c-\x1f, which str.isspace()
# counts as spaces and Unicode does not (tests/passes/test_fast_paths.py checks them all).
WORD_CHUNK_RE = lazy_compile(
    r"(?<!\S)(?<![\x1c-\x1f])[\"'(\[{“‘«]*(?P<word>[A-Za-z]+)[\"'.,;:!?)\]}”’»…]*"
    r"(?![\x1c-\x1f])(?!\S)"
)
# A chunk of words glued by punctuation with no space after it (``bedding,butif``), after a
# contraction's apostrophe (``don'tknow``) or before a possessive (``sackedlast's``): each
# of its letter runs is a word (``GLUED_WORD_RE``). Only ``,;!?`` join: a ``.`` joins the
# parts of domains and dotted names (``sys.maxsize``), a hyphen a compound, whose lost
# joint is more often a hyphen (``state-ofthe-art``); any other sign (a digit, ``/``,
# ``_``, ``@``) makes the chunk a number, address or identifier (``3issuedpreviously``).
# Only chunks of two words or more match (a lone word is a plain chunk, met already: this
# way most chunks of a text fail in the engine, not in Python).
GLUED_CHUNK_RE = lazy_compile(
    r"(?<!\S)(?<![\x1c-\x1f])[\"'(\[{“‘«]*[A-Za-z]+"
    r"(?:['’][A-Za-z]+(?:[,;!?][A-Za-z]+(?:['’][A-Za-z]+)?)*|(?:[,;!?][A-Za-z]+(?:['’][A-Za-z]+)?)+)"
    r"[\"'.,;:!?)\]}”’»…]*(?![\x1c-\x1f])(?!\S)"
)
# A word of a glued chunk.
# (Compiled now: split's chunk loop tells matches apart by ``match.re is``.)
GLUED_WORD_RE = re.compile(r"(?P<word>[A-Za-z]+)")
# Every run of ASCII letters: how often a word occurs anywhere in the document.
LETTER_RUN_RE = lazy_compile(r"[A-Za-z]+")
# The letters before a hyphen (searched up to it); those after it are a LETTER_RUN_RE match.
LETTERS_BEFORE_RE = lazy_compile(r"[A-Za-z]+\Z")
# A lone letter that is no word ("n", not "a", "I" or "O") one space after a word, or
# before one: a sign of a word broken by a stray space, which ``join`` (run before this
# pass) judges with the word beside it; a split whose part makes a common word with it
# would give join a new word to join ("endno n" -> "end no n", which the next run's join
# reads as "non"). Bounded as join's
# pairs are (``join.PAIR_RE``): "-m timeit" has no lone letter join would pair.
LONE_LETTER_AFTER_RE = lazy_compile(
    r" (?![aAIO](?![A-Za-z]))[A-Za-z](?![\w'’\-/@(=\x00\ufffd]|[.:]\w)"
)
LONE_LETTER_BEFORE_RE = lazy_compile(r"(?<![\w'’\-./\\*@&\x00\ufffd])(?![aAIO] )[A-Za-z] \Z")
# The longest word part looked for before a hyphen.
MAX_PART_CHARS = 40
# Lowercase start and end with exactly one capital between: ``pageThe``, but not ``iPhone``
# (checked by part rules), ``getElementById`` (two capitals) or ``YouTube`` (capital first);
# or ending in the pronoun ``I`` (``businessI``).
ONE_INNER_CAPITAL_RE = lazy_compile(r"(?P<left>[a-z]+)(?P<right>[A-Z][a-z]+|I)")
# A paragraph: text between blank lines.
PARAGRAPH_RE = lazy_compile(r"[^\n]+(?:\n[^\n]+)*")

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
# The shortest merged word: two two-letter words (``ofit``) or ``a`` + three letters;
# or one of these words + ``a`` (``ofa``, ``ina``), the only three-letter merges worth it.
MIN_MERGED_LENGTH = 4
BEFORE_A_WORDS = frozenset({"of", "to", "in", "on", "at", "by", "is", "as", "or", "if", "so"})
# The shortest regular participle: ``tired`` (``tire``), not ``need`` or ``red``.
MIN_PARTICIPLE_LENGTH = 5
# A paragraph is English when at least this share of its words (of five or more) are
# common English words: web lists know ``casa`` and ``madre``, but not as common words.
MIN_ENGLISH_SHARE = 0.4
# A form of a listed word that the lexicon leaves out is a word too, when the listed word
# is at least this frequent: ``seethings`` (``seething``), ``foamin'`` (``foaming``).
WORD_FORM_MIN_ZIPF = 2.0
# A regular form of a word (``detections``, ``stopping``) is a word when its base is a
# content word this long and this frequent: rarer bases are as often web debris
# (``knowit``, ``washi``) as words, and their forms merges (``knowits``).
REGULAR_BASE_MIN_CHARS = 4
REGULAR_BASE_MIN_ZIPF = 3.0
# An apostrophe closing a word: a dropped letter (``foamin'``, ``ol'``).
ELISION_MARKS = ("'", "’")
# ``thou`` just before a word (the text before it is passed): ``thou gettest``.
THOU_BEFORE_RE = lazy_compile(r"(?<![A-Za-z])[Tt]hou\s+\Z")
# How much text before a word is looked at for THOU_BEFORE_RE.
BEFORE_WORD_CHARS = 8
ENGLISH_WORD_ZIPF = 4.5
MIN_WORDS_TO_JUDGE_LANGUAGE = 5
# A paragraph of fewer words that ends no sentence is a heading, a label or a command
# line (``whatis expression``, ``Lt - titlecase letters``): no prose to judge a merge by.
MIN_PROSE_WORDS = 4
# The end of a sentence at the end of a paragraph: ``said.``, ``(see above.)``.
SENTENCE_END_RE = lazy_compile(r"[.!?…][\"'”’)\]]*\s*\Z")


def may_be_merged(word: str) -> bool:
    """Whether a plain-letter token has a shape worth asking the word model about.

    Cheap checks only, so that ordinary text never loads the model: a lowercase token
    that is not a common word, or ``endStart`` with a sentence opener after the capital.

    >>> [may_be_merged(w) for w in ("issuedpreviously", "ofa", "the", "pageThe", "iPhone")]
    [True, True, False, True, False]
    >>> may_be_merged("theIntelligencer"), may_be_merged("aValue")
    (True, False)
    """
    if word.islower():
        if len(word) == MIN_MERGED_LENGTH - 1:
            return word[2] == "a" and word[:2] in BEFORE_A_WORDS
        return len(word) >= MIN_MERGED_LENGTH and word not in common_words()
    match = ONE_INNER_CAPITAL_RE.fullmatch(word)
    if match is None:
        return False
    if match["left"] not in non_final_words() and opens_sentence(match["right"]):
        return True
    return (
        is_name_after_word(word)
        or POSSESSIVE_TAIL_RE.fullmatch(word) is not None
        or function_pair_split(word) is not None
    )


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


def is_word_form(word: str, before: str, closing: str, model: WordModel) -> bool:
    """Whether lowercase ``word`` is a form of a word, and so no merge, though not listed.

    The words of :func:`is_word_in_context` (``all afoam``), and three forms the lexicon
    often lacks: the plural of an ``-ing`` noun (``seethings``,
    ``waverings``, not ``see things``); the dropped-g ``-in'`` of dialogue and verse
    (``foamin'``, not ``foam in``), known by the apostrophe ``closing`` the word; and the
    ``-st`` verb after ``thou`` (``thou belongest``, not ``be longest``), known by the
    text just ``before`` the word.

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"seething": 2.9, "foaming": 3.0})
    >>> is_word_form("seethings", "", "", model), is_word_form("foamin", "", "',", model)
    (True, True)
    >>> is_word_form("foamin", "", ",", model), is_word_form("gettest", "thou ", "", model)
    (False, True)
    """
    if is_word_in_context(word, before, model) or is_regular_form(word, model):
        return True
    if word.endswith("ings"):
        return model.frequency(word[:-1]) >= WORD_FORM_MIN_ZIPF
    if word.endswith("st"):
        return THOU_BEFORE_RE.search(before) is not None
    return (
        word.endswith("in")
        and closing.startswith(ELISION_MARKS)
        and model.frequency(word + "g") >= WORD_FORM_MIN_ZIPF
    )


def is_regular_form(word: str, model: WordModel) -> bool:
    """Whether lowercase ``word`` is a regular form of a common content word, though the
    word table lacks that form (a field's coinages: ``detections``, ``occurring``,
    ``modelled``), by the endings of ``data/split_derived_forms.tsv``, and no function
    word begins or ends it.

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"detection": 3.2, "occur": 4.6, "model": 5.0, "can": 6.5, "only": 6.2})
    >>> [is_regular_form(w, model) for w in ("detections", "occurring", "modelled", "canonly")]
    [True, True, True, False]
    """
    if _has_function_word_edge(word, model):
        return False  # ``canonly`` is ``can only``, not ``canon`` + ``-ly``: the usual merge.
    return any(
        len(base) >= REGULAR_BASE_MIN_CHARS
        and not _is_function_word(base, zipf := model.frequency(base))
        and zipf >= REGULAR_BASE_MIN_ZIPF
        for base in regular_bases(word)
        if base != word
    )


def _has_function_word_edge(word: str, model: WordModel) -> bool:
    """Whether ``word`` reads as a function word and a listed word, in either order
    (``inquestion``, ``heras``): the split a lost space most often leaves."""
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        left_zipf, right_zipf = model.frequency(left), model.frequency(right)
        if (_is_function_word(left, left_zipf) and _is_listed(right, model)) or (
            _is_function_word(right, right_zipf) and _is_listed(left, model)
        ):
            return True
    return False


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
        if i == cut or not (_is_listed(left, model) and _is_listed(right, model)):
            continue
        if model.frequency(left) + model.frequency(right) > score - AMBIGUITY_MARGIN:
            return True
    return False


def _is_a_rival(rest: str, model: WordModel, seen: Set[str]) -> bool:
    """Whether ``a`` + ``rest`` rivals another split of a token (:func:`_has_rival`)."""
    zipf = model.frequency(rest)
    return zipf >= A_RIVAL_MIN_ZIPF or (rest in seen and zipf >= RIVAL_MIN_ZIPF)


def _is_listed(part: str, model: WordModel) -> bool:
    if len(part) == 1:
        return part in SINGLE_LETTER_WORDS
    return model.frequency(part) >= RIVAL_MIN_ZIPF


def capital_split(word: str, model: WordModel) -> tuple[str, str] | None:
    """Split ``endStart`` where a sentence plausibly ended and the next began, or ``None``.

    The left part must be a common word that can end a sentence (not ``the``, ``get``,
    ``is``...) and the right part a common sentence opener (``The``, ``Add``, ``In``...).

    >>> from cleaner.lexicon import WordModel
    >>> capital_split("pageThe", WordModel({"page": 5.0, "the": 7.7}))
    ('page', 'The')
    >>> capital_split("userName", WordModel({"user": 5.0, "name": 5.5})) is None
    True
    """
    match = ONE_INNER_CAPITAL_RE.fullmatch(word)
    if match is None or model.knows(word.lower()):
        return None
    left, right = match["left"], match["right"]
    if left in non_final_words() or not opens_sentence(right, model):
        return None
    if not (
        _is_common(left, right, model)
        or _is_rare_word_before_pronoun(left, right, model)
        or _is_short_word_before_opener(left, model)
    ):
        return None
    return left, right


# A rarer word may end the sentence before a pronoun or determiner glued to it
# (``deflationIt``, ``infamyThe``) when it is this long and at least this common.
RARE_WORD_BEFORE_PRONOUN_CHARS = 5
RARE_WORD_BEFORE_PRONOUN_ZIPF = 2.0


def _is_rare_word_before_pronoun(left: str, right: str, model: WordModel) -> bool:
    """Whether ``left``, too rare for :func:`_is_common`, may still end a sentence before
    ``right``: a capitalised pronoun or determiner opens sentences too often for a name
    or a brand to be written so (``phrases.GLUED_AFTER_WORDS``).

    >>> _is_rare_word_before_pronoun("infamy", "The", WordModel({"infamy": 2.9}))
    True
    >>> _is_rare_word_before_pronoun("infamy", "Name", WordModel({"infamy": 2.9}))
    False
    """
    return (
        right in GLUED_AFTER_WORDS
        and len(left) >= RARE_WORD_BEFORE_PRONOUN_CHARS
        and model.frequency(left) >= RARE_WORD_BEFORE_PRONOUN_ZIPF
    )


# Before a sentence opener, whose capital is evidence of its own, a two-letter word needs
# only be as common as a three-letter part anywhere (``adWhen``, ``tvThe``).
SHORT_WORD_BEFORE_OPENER_ZIPF = MIN_PART_ZIPF[3]


def _is_short_word_before_opener(left: str, model: WordModel) -> bool:
    """Whether two-letter ``left``, too rare for :func:`_is_common`, may still end the
    sentence before a capitalised opener (``ad`` of ``adWhen``).

    >>> model = WordModel({"ad": 4.8, "ze": 3.2})
    >>> _is_short_word_before_opener("ad", model), _is_short_word_before_opener("ze", model)
    (True, False)
    """
    return len(left) == 2 and model.frequency(left) >= SHORT_WORD_BEFORE_OPENER_ZIPF


# An adverb in -ly (``forms.adverb_bases``) made from a word this common opens
# sentences as the listed openers do.
ADVERB_BASE_MIN_ZIPF = 3.0


def opens_sentence(word: str, model: WordModel | None = None) -> bool:
    """Whether capitalised ``word`` commonly opens a sentence: a listed opener
    (``data/split_openers.txt``), an adverb in -ly made from a common word (``Crucially``,
    ``Nearly``; not ``Family``, ``Supply``) or the -ing form of a common verb, commoner
    than the form (``Having``; not ``Morning``). Without ``model``, any word shaped like
    such an adverb or -ing form may be one (the cheap screen).

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"crucial": 3.6, "lucky": 4.4, "family": 5.5, "fami": 1.0})
    >>> [opens_sentence(w, model) for w in ("The", "Crucially", "Luckily", "Family", "Name")]
    [True, True, True, False, False]
    >>> model = WordModel({"have": 6.4, "having": 5.3, "morning": 5.3, "morn": 2.9})
    >>> [opens_sentence(w, model) for w in ("Having", "Morning")]
    [True, False]
    """
    key = word.lower()
    if key in sentence_openers():
        return True
    bases = adverb_bases(key)
    verbs = gerund_bases(key)
    if model is None:
        return bool(bases or verbs)
    return any(model.frequency(base) >= ADVERB_BASE_MIN_ZIPF for base in bases) or (
        _is_verb_form(key, verbs, model)
    )


# An -ing form opens sentences (``Having``, ``Starting``) when the verb it is made from
# is this common, and commoner than the -ing word: ``Building``, ``Training``,
# ``Morning`` are nouns first.
GERUND_BASE_MIN_ZIPF = 4.0


def _is_verb_form(word: str, verbs: list[str], model: WordModel) -> bool:
    """Whether lowercase ``word`` is the -ing form of a common verb (``verbs``: its
    :func:`forms.gerund_bases`), more common than the form itself."""
    needed = max(GERUND_BASE_MIN_ZIPF, model.frequency(word))
    return any(model.frequency(verb) > needed for verb in verbs)


# A word glued before a name must have this many letters (``i`` of ``iPhone``, ``e``).
MIN_NAME_LEFT_CHARS = 3


def name_split_after(word: str, model: WordModel, seen: Set[str]) -> tuple[str, str] | None:
    """Split ``endName`` where the name is used elsewhere in the document, or ``None``.

    Like :func:`capital_split`, but the capitalised part need not open sentences: it is
    a name the document writes elsewhere, only capitalised (the caller checks).

    >>> name_split_after("pennyDoris", WordModel({"penny": 4.0}), {"doris"})
    ('penny', 'Doris')
    >>> name_split_after("ofDoris", WordModel({"of": 7.4}), {"doris"}) is None
    True
    """
    match = ONE_INNER_CAPITAL_RE.fullmatch(word)
    if match is None or model.knows(word.lower()):
        return None
    left, right = match["left"], match["right"]
    if len(left) < MIN_NAME_LEFT_CHARS or left in non_final_words():
        return None
    if right.lower() not in seen or not _is_common(left, right, model):
        return None
    return left, right


def is_english_prose(
    paragraph: str, model: WordModel, common_words: dict[str, bool] | None = None
) -> bool:
    """Whether ``paragraph`` is English prose: a sentence or ``MIN_PROSE_WORDS`` words,
    most of them common English words (when there are enough to judge by).
    ``common_words`` keeps each word's verdict for the next paragraph of the document
    (``the`` and ``of`` are in each).

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"de": 5.2, "la": 4.4, "casa": 3.5, "the": 7.7, "house": 5.3})
    >>> is_english_prose("la casa de mi madre", model)
    False
    >>> is_english_prose("the house of the house", model), is_english_prose("whatis it", model)
    (True, False)
    >>> is_english_prose("It is.", model)
    True
    """
    from cleaner.passes.split.unicode import TWO_LETTERS_OR_MORE_RE  # Deferred: see its module.

    words = TWO_LETTERS_OR_MORE_RE.findall(paragraph)
    total = len(words)
    if total < MIN_PROSE_WORDS and not SENTENCE_END_RE.search(paragraph):
        return False
    if total < MIN_WORDS_TO_JUDGE_LANGUAGE:
        return True
    # common_word_count of paragraph_words, word by word, done as soon as enough are common.
    known = {} if common_words is None else common_words
    needed, common = MIN_ENGLISH_SHARE * total, 0
    for word in map(str.lower, words):
        verdict = known.get(word)
        if verdict is None:
            verdict = known[word] = model.frequency(word) >= ENGLISH_WORD_ZIPF
        if verdict:
            common += 1
            if common >= needed:
                return True
    return False


def paragraph_words(paragraph: str) -> Counter[str]:
    """The words of two letters or more of ``paragraph`` (of any script), lowercased, counted.

    >>> paragraph_words("The cat saw the niños, a dog.")
    Counter({'the': 2, 'cat': 1, 'saw': 1, 'niños': 1, 'dog': 1})
    """
    from cleaner.passes.split.unicode import TWO_LETTERS_OR_MORE_RE  # Deferred: see its module.

    return Counter(map(str.lower, TWO_LETTERS_OR_MORE_RE.findall(paragraph)))  # (C loops)


def common_word_count(
    words: Counter[str], model: WordModel, common_words: dict[str, bool] | None = None
) -> int:
    """How many of ``words`` (:func:`paragraph_words`) are common English words; each
    distinct word is looked up once, and once a document with ``common_words``.

    >>> from cleaner.lexicon import WordModel
    >>> common_word_count(Counter({"the": 2, "casa": 1}), WordModel({"the": 7.7, "casa": 3.5}))
    2
    """
    known = {} if common_words is None else common_words
    common = 0
    for word, count in words.items():
        verdict = known.get(word)
        if verdict is None:
            verdict = known[word] = model.frequency(word) >= ENGLISH_WORD_ZIPF
        if verdict:
            common += count
    return common


def pair_score(
    left: str,
    right: str,
    model: WordModel,
    technical: bool,
    compounds: bool = False,
    seen: Set[str] = frozenset(),
) -> float | None:
    """The Zipf sum of two common parts, or ``None`` when they may not be split apart.

    A rarer part is allowed next to a function word (:func:`_is_rare_word`).
    """
    if not (
        (_is_common(left, right, model) or _is_rare_word(left, right, model, seen))
        and (
            _is_common(right, left, model, first=False)
            or _is_rare_word(right, left, model, seen, first=False)
        )
    ):
        return None
    if left == right or is_compound_adjective(left, right, model):
        return None  # A word said twice is a word (``in toto``, ``nono``), seldom a merge.
    left_zipf, right_zipf = model.frequency(left), model.frequency(right)
    prefixes, suffixes = affixes()
    if (left in prefixes and not _is_function_word(right, right_zipf)) or (
        right in suffixes and (left in NUMBER_WORDS or not _is_function_word(left, left_zipf))
    ):
        return None
    compound = technical or (compounds and may_be_compound(left, right))
    if compound and is_short_content_pair(left, right, model):
        return None
    if is_no_phrase(left, right, model, technical=technical):
        return None
    return left_zipf + right_zipf


def _is_function_word(word: str, zipf: float) -> bool:
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


def _is_common(part: str, other: str, model: WordModel, *, first: bool = True) -> bool:
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


@cache
def long_common_words() -> frozenset[str]:
    """The common words of four letters or more: :func:`may_be_merged` rejects them all."""
    words = common_words()
    if min(map(len, words), default=MIN_MERGED_LENGTH) >= MIN_MERGED_LENGTH:
        return words  # The shipped list holds only such words: a C-level scan, no new set.
    return frozenset(word for word in words if len(word) >= MIN_MERGED_LENGTH)
