"""A word glued to a capitalised word after it: ``pageThe`` where a sentence ended and the
next began, ``pennyDoris`` where a name the document uses begins, ``yogaYoga`` where a
heading's last word opens the paragraph under it, ``hoursDinner`` where a block of a page
ended and the next began."""

from __future__ import annotations

from collections.abc import Set

from cleaner.data import english_function_words
from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.split.forms import adverb_bases, gerund_bases
from cleaner.passes.split.function_words import GLUED_AFTER_WORDS
from cleaner.passes.split.lists import non_final_words, sentence_openers
from cleaner.passes.split.pairs import MIN_PART_ZIPF, is_common

# Lowercase start and end with exactly one capital between: ``pageThe``, but not ``iPhone``
# (checked by part rules), ``getElementById`` (two capitals) or ``YouTube`` (capital first);
# or ending in the pronoun ``I`` (``businessI``).
ONE_INNER_CAPITAL_RE = lazy_compile(r"(?P<left>[a-z]+)(?P<right>[A-Z][a-z]+|I)")


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
    parts = _glued_at_capital(word, model)
    if parts is None or not opens_sentence(parts[1], model):
        return None
    left, right = parts
    if not (
        is_common(left, right, model)
        or _is_rare_word_before_pronoun(left, right, model)
        or _is_short_word_before_opener(left, model)
    ):
        return None
    return left, right


def _glued_at_capital(word: str, model: WordModel, min_left: int = 1) -> tuple[str, str] | None:
    """The parts of ``word``, a lower-case word glued to a capitalised one (``endStart``),
    where the whole is no word and the left part, of ``min_left`` letters or more, may end
    a sentence (no word of :func:`non_final_words`), or ``None``: what every split at an
    inner capital asks first.

    >>> from cleaner.lexicon import WordModel
    >>> _glued_at_capital("pageThe", WordModel({})), _glued_at_capital("theEnd", WordModel({}))
    (('page', 'The'), None)
    """
    match = ONE_INNER_CAPITAL_RE.fullmatch(word)
    if match is None or model.knows(word.lower()):
        return None
    left = match["left"]
    if len(left) < min_left or left in non_final_words():
        return None
    return left, match["right"]


# A rarer word may end the sentence before a pronoun or determiner glued to it
# (``deflationIt``, ``infamyThe``) when it is this long and at least this common.
RARE_WORD_BEFORE_PRONOUN_CHARS = 5
RARE_WORD_BEFORE_PRONOUN_ZIPF = 2.0


def _is_rare_word_before_pronoun(left: str, right: str, model: WordModel) -> bool:
    """Whether ``left``, too rare for :func:`is_common`, may still end a sentence before
    ``right``: a capitalised pronoun or determiner opens sentences too often for a name
    or a brand to be written so (``function_words.GLUED_AFTER_WORDS``).

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
    """Whether two-letter ``left``, too rare for :func:`is_common`, may still end the
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
# A word glued to itself capitalised (``yogaYoga``) splits when this common at least.
REPEATED_WORD_MIN_ZIPF = 3.0


def repeated_word_split(word: str, model: WordModel) -> tuple[str, str] | None:
    """Split ``wordWord``, a word glued to itself capitalised, or ``None``: a heading or a
    list item that ended in a word, glued to the paragraph under it, which opens with the
    same word (``Try yoga`` over ``Yoga is a practice``: ``yogaYoga``). Names and
    identifiers do not repeat a word so; the word must be common and of
    ``MIN_NAME_LEFT_CHARS`` letters or more.

    >>> model = WordModel({"yoga": 3.6, "case": 5.4, "pi": 3.9})
    >>> repeated_word_split("yogaYoga", model), repeated_word_split("caseCase", model)
    (('yoga', 'Yoga'), ('case', 'Case'))
    >>> repeated_word_split("piPi", model), repeated_word_split("caseCash", model)
    (None, None)
    """
    match = ONE_INNER_CAPITAL_RE.fullmatch(word)
    if match is None or match["right"].lower() != match["left"]:
        return None
    left = match["left"]
    if len(left) < MIN_NAME_LEFT_CHARS or model.frequency(left) < REPEATED_WORD_MIN_ZIPF:
        return None
    return left, match["right"]


def name_split_after(word: str, model: WordModel, seen: Set[str]) -> tuple[str, str] | None:
    """Split ``endName`` where the name is used elsewhere in the document, or ``None``.

    Like :func:`capital_split`, but the capitalised part need not open sentences: it is
    a name the document writes elsewhere, only capitalised (the caller checks).

    >>> name_split_after("pennyDoris", WordModel({"penny": 4.0}), {"doris"})
    ('penny', 'Doris')
    >>> name_split_after("ofDoris", WordModel({"of": 7.4}), {"doris"}) is None
    True
    """
    parts = _glued_at_capital(word, model, MIN_NAME_LEFT_CHARS)
    if parts is None:
        return None
    left, right = parts
    if right.lower() not in seen or not is_common(left, right, model):
        return None
    return left, right


# A block's last word glued to the next block's first (``hoursTomato``, ``appearanceSpain``):
# the left part this long, the right one this long, both this common, the whole no word.
# (``dearKelly``, ``fastText``, ``mainSupply``: a short first word is a name's or code's.)
BLOCK_LEFT_MIN_CHARS = 5
BLOCK_PART_MIN_CHARS = 4
BLOCK_PART_MIN_ZIPF = 3.5
# The last words of names of code (``studentName``, ``buttonText``, ``inputValue``): the
# commonest last words of camelCase names (a part of five letters or more first, of four
# or more last) in the Python files of the standard library and the JavaScript files of
# the venv's packages (``nodeName``, ``tagName``, ``firstChild``...), counted once a file,
# 13 files or more (session 32); all but those no noun of code (``With``, ``Equal``,
# ``True``, ``Left``, ``Right``, ``Write``, ``Raises``) and those no word (``Pinv``).
CODE_NAME_TAILS = frozenset(
    {
        *("name", "string", "element", "text", "expr", "start", "type", "node", "value"),
        *("version", "data", "file", "list", "child", "error", "path", "color", "document"),
        *("whitespace", "width", "info", "tokens", "time", "mode", "impl", "results", "count"),
        *("exception", "size", "config", "directory", "handler", "props"),
    }
)


def block_start_split(word: str, model: WordModel) -> tuple[str, str] | None:
    """Split ``endStart`` where one block of a page ended in a common word and the next
    began with a capitalised common word that need not open sentences, or ``None``: the
    left part of ``BLOCK_LEFT_MIN_CHARS`` letters or more and no function word, the right
    one of ``BLOCK_PART_MIN_CHARS`` or more, no name of code's last word
    (``CODE_NAME_TAILS``) and no -ing form, both of Zipf ``BLOCK_PART_MIN_ZIPF``. Asked
    outside technical text only, after the other rules for capitals.

    >>> model = WordModel({"hours": 5.0, "tomato": 4.1, "student": 5.0, "name": 5.5})
    >>> block_start_split("hoursTomato", model)
    ('hours', 'Tomato')
    >>> block_start_split("studentName", model) is None  # (a name of code)
    True
    """
    parts = _glued_at_capital(word, model, BLOCK_LEFT_MIN_CHARS)
    if parts is None:
        return None
    left, right = parts
    if left in english_function_words():
        return None  # (``afterPrint``, ``beforeUnload``: a hook's name, no block's end)
    if len(right) < BLOCK_PART_MIN_CHARS or right.lower() in CODE_NAME_TAILS:
        return None
    if right.endswith("ing"):
        return None  # Left to :func:`opens_sentence` (``Having``; not ``sunnyMorning``).
    if min(model.frequency(left), model.frequency(right.lower())) < BLOCK_PART_MIN_ZIPF:
        return None
    return left, right


# The words next to a run, each side: ``your workoutBeachbody Performance``.
WORD_BEFORE_RE = lazy_compile(r"([A-Za-z]+)[^A-Za-z]{1,3}\Z")
WORD_AFTER_RE = lazy_compile(r"[^A-Za-z]{1,3}([A-Za-z]+)")
# How far around a run its neighbours are looked for.
NEIGHBOUR_CHARS = 40


def is_repeated_block(text: str, run: str) -> bool:
    """Whether every occurrence of ``run`` (a whole run of letters, two or more) in ``text``
    has the same word just before it, or the same word just after it: a page's block
    repeated with its glued ends (``your workoutBeachbody Performance`` in each card of a
    shop), not a name the text uses in its sentences (``the package clusterPower``, ``the
    clusterPower package``, ``with clusterPower,``).

    >>> text = "after your workoutBeachbody Performance. Before your workoutBeachbody Performance."
    >>> is_repeated_block(text, "workoutBeachbody")
    True
    >>> text = "the package clusterPower [1] and the clusterPower package"
    >>> is_repeated_block(text, "clusterPower")
    False
    """
    before, after = set(), set()
    position = text.find(run)
    while position >= 0:
        end = position + len(run)
        if not (text[position - 1 : position].isalpha() or text[end : end + 1].isalpha()):
            word_before = WORD_BEFORE_RE.search(text, max(0, position - NEIGHBOUR_CHARS), position)
            word_after = WORD_AFTER_RE.match(text, end, end + NEIGHBOUR_CHARS)
            before.add(word_before[1] if word_before else "")
            after.add(word_after[1] if word_after else "")
        position = text.find(run, end)
    return len(before) == 1 or len(after) == 1


# A clock time's ``am`` or ``pm`` glued to the capitalised word after it (``9:01pmEach``,
# ``4:36 pmThink``, ``10:00amUPDATE``, ``8:11 amQ&A``): a page's date line glued to the
# heading or paragraph under it, as careless extractions make them; no word, name or
# name of code is written so after a time of day. (It starts at the colon, a literal the
# regex engine finds fast; the hour's digit before it is checked apart: a lookbehind
# there would make every position of the text a start to try.)
CLOCK_GLUED_RE = lazy_compile(
    r":\d\d ?(?P<word>(?P<left>[ap]m)(?P<right>[A-Z][^\W\d_]*))(?![^\W\d_])"
)


def clock_time_splits(text: str) -> list[tuple[int, int, tuple[str, str]]]:
    """The span and parts of each ``am`` or ``pm`` after a clock time glued to a
    capitalised word (``CLOCK_GLUED_RE``), whatever the words' frequencies.

    >>> clock_time_splits("Posted at 9:01pmEach year, and 4:36 pmThink Like a Doctor")
    [(14, 20, ('pm', 'Each')), (36, 43, ('pm', 'Think'))]
    >>> clock_time_splits("at 9:01 pm. Each year; the 5:30amazing show; 10:00 AMPosted; a:00pmX")
    []
    """
    return [
        (*found.span("word"), (found["left"], found["right"]))
        for found in CLOCK_GLUED_RE.finditer(text)
        if text[found.start() - 1 : found.start()].isdigit()
    ]
