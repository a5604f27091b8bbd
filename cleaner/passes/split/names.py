"""Names glued to a word: a function word before a name (``theIntelligencer``,
``inLondon``, ``onTuesday``) and a name before a word (``Wishas``, ``Tanfreportedly``).

- an article or preposition glued to a capitalised word (``by Statista``): the right
  part is a name, so no frequency can vouch for it, but these words never start a
  brand or an identifier written this way (``forEach``, ``toString``, ``isEmpty``,
  ``onClick`` start with other words, and code paragraphs are never judged);
- a name glued to the word after it (``Wishas``, ``Tanfreportedly``): the name must be
  one the document writes elsewhere inside a sentence, and the word a function word or
  a long common one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Set

from cleaner.data import english_function_words
from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.split.forms import adverb_bases
from cleaner.passes.split.lists import common_words, non_final_words

# Words before a name: ``theIntelligencer``, ``byStatista``, ``ofMaine``, ``fromReuters``.
NAME_BEFORE_WORDS = frozenset({"the", "by", "of", "from"})
# Function words a tag may end after, before a name the document writes elsewhere
# (``inLondon``, ``toReuters``, ``withBiden``): prepositions, conjunctions, determiners
# and forms of *be* / *have*. Not ``a`` or ``an`` (``aValue``, ``anObject``: identifiers).
NAME_AFTER_FUNCTION_WORDS = frozenset(
    {
        *("the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto"),
        *("about", "over", "under", "after", "before", "between", "through", "during"),
        *("against", "among", "across", "without", "within", "toward", "towards", "via"),
        *("and", "but", "or", "nor", "than", "as", "if", "because", "while", "when"),
        *("this", "that", "these", "those", "his", "her", "its", "our", "their", "my", "your"),
        *("is", "are", "was", "were", "has", "have", "had"),
    }
)
# The names of the days and months (and the months' abbreviations): English writes them
# capitalised, as names, so after a function word (``onTuesday``, ``inJuly``, ``onNov.``)
# or a word that goes before a date (``everyNovember``, ``lastMonday``) one is a name
# glued to it, though the document does not use it elsewhere. (``Mar`` is left out: a
# name and a word of other languages.)
DATE_NAMES = frozenset(
    {
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
        *("Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
    }
)
# Prepositions before which a capitalised word the table lists as a word, but no common
# one (``data/split_common_words.txt``), is a name glued to them though the document uses
# it once (``inFrance``, ``ofMiami``, ``atTufts``, ``fromReuters``): identifiers glue common
# words (``inRange``, ``ofType``, ``forEach``). Not ``on`` and ``to``, which start event
# handlers and conversions (``onScroll``, ``onBlur``, ``toFloat``), nor ``the`` (brands:
# ``theScore``, ``theGuardian``), nor ``before`` and ``after`` (hooks: ``beforeUnload``).
# Conjunctions and the other prepositions start few names of code (session 32: five in
# the Python files of the standard library and the project's packages; ``thatRussia``,
# ``overWashington``, ``andAmstel``).
LISTED_NAME_AFTER_WORDS = frozenset(
    {
        *("in", "of", "at", "from", "for", "with", "by", "into"),
        *("that", "and", "or", "over", "than", "where", "but", "about", "between", "during"),
        *("under", "near", "across", "against", "through", "within"),
    }
)
# Words that go before a date but are no function words of NAME_AFTER_FUNCTION_WORDS.
DATE_BEFORE_WORDS = frozenset({"every", "each", "last", "next", "since", "until", "till"})
# ``the`` + a capitalised word of at least this many letters (``theUS`` is an acronym).
MIN_NAME_CHARS = 3
# The name must be rarer than this as a lowercase word: brands made of ``the`` and a
# common word are written closed (``theScore``, ``theGuardian``) and stay whole.
MAX_NAME_ZIPF = 3.0
# A lowercase word and a capitalised word with no other capital (``theIntelligencer``).
NAME_AFTER_WORD_RE = lazy_compile(r"(?P<left>[a-z]+)(?P<right>[A-Z][a-z]+)")


def is_name_after_word(word: str) -> bool:
    """Whether ``word`` has the shape :func:`name_split` splits (no lexicon needed): a
    function word glued to a capitalised word of three letters or more.

    >>> is_name_after_word("byStatista"), is_name_after_word("inLondon")
    (True, True)
    >>> is_name_after_word("aValue"), is_name_after_word("inLo"), is_name_after_word("eBay")
    (False, False, False)
    """
    match = NAME_AFTER_WORD_RE.fullmatch(word)
    if match is None or len(match["right"]) < MIN_NAME_CHARS:
        return False
    left = match["left"]
    return left in NAME_AFTER_FUNCTION_WORDS or (
        left in DATE_BEFORE_WORDS and match["right"] in DATE_NAMES
    )


def name_split(
    word: str,
    model: WordModel,
    is_name: Callable[[str], bool] | None = None,
    written_apart: Callable[[str, str], bool] | None = None,
) -> tuple[str, str] | None:
    """Split a function word from the name glued after it, or ``None``.

    The name is rare as a lowercase word, after an article or a preposition of
    ``NAME_BEFORE_WORDS`` (``byStatista``); or, after any of ``NAME_AFTER_FUNCTION_WORDS``,
    one the document writes elsewhere inside a sentence, capitalised (``is_name``) and
    never lowercase (``inLondon`` beside ``in London``; not ``onClick`` beside ``click``),
    or whose two words it writes apart elsewhere (``written_apart``: ``theUnited``
    beside ``the United States`` and ``united``). The closed form must be no known word.

    >>> model = WordModel({"statista": 1.4, "score": 4.8, "london": 4.9, "click": 4.6})
    >>> name_split("byStatista", model), name_split("theScore", model)
    (('by', 'Statista'), None)
    >>> name_split("forEach", model) is None, name_split("iPhone", model) is None
    (True, True)
    >>> name_split("toLondon", model), name_split("toLondon", model, {"London"}.__contains__)
    (None, ('to', 'London'))
    >>> name_split("onClick", model, {"Click", "click"}.__contains__) is None
    True

    After a preposition of ``LISTED_NAME_AFTER_WORDS``, a word the table lists but no
    common word is a name too (``inLondon`` beside no other ``London``):

    >>> name_split("inFrance", WordModel({"france": 4.9})), name_split("inRange", model)
    (('in', 'France'), None)

    The name of a day or a month is a name wherever it stands:

    >>> name_split("onTuesday", model), name_split("everyNovember", model)
    (('on', 'Tuesday'), ('every', 'November'))
    >>> name_split("everyDay", model) is None
    True
    """
    if not is_name_after_word(word):
        return None
    cut = len(word) - len(word.lstrip("abcdefghijklmnopqrstuvwxyz"))
    left, right = word[:cut], word[cut:]
    if left in NAME_BEFORE_WORDS and model.frequency(right.lower()) < MAX_NAME_ZIPF:
        return left, right
    if right in DATE_NAMES and not model.knows(word.lower()):
        return left, right  # (``onTuesday``, ``everyNovember``: a date's name)
    if left in LISTED_NAME_AFTER_WORDS and _is_listed_name_only(right, model, is_name):
        return None if model.knows(word.lower()) else (left, right)
    if is_name is None or not is_name(right) or model.knows(word.lower()):
        return None
    if is_name(right.lower()) and not (written_apart and written_apart(left, right)):
        return None
    return left, right


def _is_listed_name_only(
    name: str, model: WordModel, is_name: Callable[[str], bool] | None
) -> bool:
    """Whether capitalised ``name`` is a word the table lists often enough
    (``LISTED_NAME_MIN_ZIPF``) but no common word, nor one the document writes lowercase
    inside a sentence (``is_name``): a name (``France``, ``Miami``; not ``Range``,
    ``Click``, ``Map`` beside ``map``).

    >>> model = WordModel({"france": 4.9, "range": 5.1, "map": 4.8, "elkton": 2.2})
    >>> [_is_listed_name_only(w, model, None) for w in ("France", "Range", "Elkton")]
    [True, False, False]
    >>> _is_listed_name_only("Map", model, {"map"}.__contains__), _is_listed_name_only("All",
    ...     WordModel({"all": 6.5}), None)
    (False, False)
    """
    key = name.lower()
    if key in common_words() or key in non_final_words() or key in english_function_words():
        return False  # (``set``, ``get``, ``init``, ``all``: identifiers' words, ``forAll``)
    if model.frequency(key) < LISTED_NAME_MIN_ZIPF:
        return False
    return not (is_name and is_name(key))


def is_written_apart(text: str, left: str, right: str, *, times: int = 1) -> bool:
    """Whether ``text`` writes ``left`` and ``right`` as two words in a row, at least
    ``times`` times.

    >>> is_written_apart("in the United States", "the", "United")
    True
    >>> is_written_apart("bathe United", "the", "United")
    False
    >>> is_written_apart("the Units", "the", "Unit"), is_written_apart("(the Unit)", "the", "Unit")
    (False, True)
    >>> is_written_apart("the Unit, the Unit", "the", "Unit", times=2)
    True
    >>> is_written_apart("the Unit, the Units", "the", "Unit", times=2)
    False
    """
    pair = f"{left} {right}"
    position = text.find(pair)
    while position >= 0:
        end = position + len(pair)
        before, after = text[position - 1 : position], text[end : end + 1]
        if not (before.isalpha() or after.isalpha()):
            times -= 1
            if times <= 0:
                return True
        position = text.find(pair, end)
    return False


# A name glued before a word has at least this many letters (``Wish``, ``Tanf``).
MIN_NAME_BEFORE_CHARS = 3
# The word after a name is a listed function word (``as``, ``of``) or a common word
# (``split_common_words.txt``) or an adverb in -ly of one, this long (``previously``,
# ``reportedly``): a short content word ends names (``Juston``, ``Cleggmania``).
MIN_WORD_AFTER_NAME_CHARS = 6
# A participle after a name is a compound adjective that lost its hyphen (``Libyan-inspired``).
PARTICIPLE_ENDING = "ed"
# Function words that end no name (unlike ``on``, ``in``, ``as``, ``is``, ``all``, ``her``,
# ``more``, ``than``: ``Juston``, ``Austin``, ``Thomas``, ``Kendall``, ``Archer``,
# ``Gilmore``, ``Jonathan``): a capitalised word the word table lists glued before one is
# a word of its own (``Irelandand``, ``Londonthat``), though the document uses it once.
NAME_END_WORDS = frozenset(
    {
        *("and", "the", "that", "this", "with", "from", "into", "onto", "after", "before"),
        *("about", "during", "through", "between", "because", "without", "within", "while"),
        *("had", "has", "have", "was", "were", "been", "would", "could", "should", "might"),
        *("must", "which", "where", "their", "they"),
        *("of", "for", "are", "can", "will"),
    }
)
# A name the table lists is listed this often at least (``tufts`` 3.1).
LISTED_NAME_MIN_ZIPF = 3.0
# The capitalised word before one must be listed this often as a word (``ireland`` 4.6,
# ``hilly`` 3.2 of ``Hillyand``); before ``are``, which ends many words and names too
# (``compare``, ``welfare``, ``Clare``), this often: rarer ones start names (``Barbare``:
# ``barb`` 3.3; ``Istare``, ``I stare``: ``ist`` 3.3).
WORD_BEFORE_END_WORD_MIN_ZIPF = LISTED_NAME_MIN_ZIPF
WORD_BEFORE_ARE_MIN_ZIPF = 3.5


def is_word_after_name(word: str) -> bool:
    """Whether lowercase ``word`` may follow a name it was glued to: a function word or a
    long common word (no lexicon needed).

    >>> is_word_after_name("as"), is_word_after_name("previously"), is_word_after_name("mania")
    (True, True, False)
    >>> is_word_after_name("reportedly")  # an adverb of a common word (``reported``)
    True
    """
    if word in english_function_words():
        return True
    if len(word) < MIN_WORD_AFTER_NAME_CHARS:
        return False
    words = common_words()
    return word in words or any(base in words for base in adverb_bases(word))


def word_split_after_name(
    word: str, model: WordModel, is_name: Callable[[str], bool], suffixes: Set[str]
) -> tuple[str, str] | None:
    """Split ``NameWord`` into a name (``is_name``: the document writes it elsewhere, inside
    a sentence) and the word glued after it, or ``None``; a compound suffix (``-like``)
    or a participle after a name is its compound (``Ising-like``, ``Libyan-inspired``).

    >>> model = WordModel({"as": 6.8, "like": 6.5, "on": 7.0})
    >>> word_split_after_name("Wishas", model, {"Wish"}.__contains__, {"like"})
    ('Wish', 'as')
    >>> word_split_after_name("Isinglike", model, {"Ising"}.__contains__, {"like"}) is None
    True
    >>> word_split_after_name("Juston", model, set().__contains__, set()) is None
    True

    A word the table lists may go before a function word that ends no name, though the
    document does not use it elsewhere (``NAME_END_WORDS``):

    >>> model = WordModel({"ireland": 4.6, "and": 7.5, "lancaster": 3.4, "on": 7.0})
    >>> word_split_after_name("Irelandand", model, set().__contains__, set())
    ('Ireland', 'and')
    >>> word_split_after_name("Lancasteron", model, set().__contains__, set()) is None
    True
    """
    if model.knows(word.lower()):
        return None
    cuts = [
        (word[:cut], right)
        for cut in range(MIN_NAME_BEFORE_CHARS, len(word) - 1)
        if (right := word[cut:]) not in suffixes
        and not right.endswith(PARTICIPLE_ENDING)
        and is_word_after_name(right)
    ]
    # A name of the document first; else a listed word before a word that ends no name.
    readings = [cut for cut in cuts if is_name(cut[0])]
    readings = readings or [cut for cut in cuts if _is_listed_name(*cut, model)]
    return readings[0] if len(readings) == 1 else None  # (two readings: too close to call)


def _is_listed_name(left: str, right: str, model: WordModel) -> bool:
    """Whether ``left`` is a word the table lists, glued to a function word ``right`` that
    ends no name (``NAME_END_WORDS``): ``Ireland`` + ``and``."""
    least = WORD_BEFORE_ARE_MIN_ZIPF if right == "are" else WORD_BEFORE_END_WORD_MIN_ZIPF
    return right in NAME_END_WORDS and model.frequency(left.lower()) >= least


def may_be_name_before_word(run: str, runs: Mapping[str, int]) -> bool:
    """Whether ``run`` may be a capitalised word the document uses elsewhere, or any
    capitalised word before a word that ends no name (``NAME_END_WORDS``), with letters
    glued after it (``Wishas`` beside ``Wish``, ``Irelandand``);
    :func:`word_split_after_name` decides.

    >>> may_be_name_before_word("Wishas", {"Wish": 1}), may_be_name_before_word("Wishto",
    ...     {"wish": 1}), may_be_name_before_word("Bettdecke", {"Bett": 1})
    (True, False, False)
    >>> may_be_name_before_word("Irelandand", {})
    True
    """
    if not (run[0].isupper() and run[1:].islower()):
        return False
    return any(
        (run[:cut] in runs or run[cut:] in NAME_END_WORDS) and is_word_after_name(run[cut:])
        for cut in range(MIN_NAME_BEFORE_CHARS, len(run) - 1)
    )


# What a name inside a sentence has just before it: a lowercase letter or a comma and a
# space (``a Wish``, ``said, Tanf``), or a lowercase letter and a hyphen (``al-Tanf``).
NAME_AFTER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def name_test(
    text: str, runs: Collection[str], split_off: Set[str] = frozenset()
) -> Callable[[str], bool]:
    """Whether a word is a name of ``text``: written capitalised inside a sentence there
    (each word's verdict kept, as the text is searched for it), or one of ``split_off``,
    the names a split of the text sets apart after a function word (:func:`names_split_off`),
    as the next run would find them written.

    >>> test = name_test("Just so. Light a Wish, al-Tanf too.", {"Just": 1, "Wish": 1, "Tanf": 1})
    >>> test("Wish"), test("Tanf"), test("Just"), test("Came")
    (True, True, False, False)
    >>> name_test("He moved inFrance.", {"inFrance": 1}, {"France"})("France")
    True
    """
    verdicts: dict[str, bool] = {}

    def is_name(word: str) -> bool:
        if word in split_off:
            return True
        if word not in runs:
            return False
        if word not in verdicts:
            verdicts[word] = is_inside_sentence(text, word)
        return verdicts[word]

    return is_name


def names_split_off(candidates: Iterable[str], model: WordModel) -> set[str]:
    """The names that :func:`name_split` sets apart from the function word before them
    without the document's evidence (``byStatista``, ``onTuesday``, ``inFrance``): split,
    each is a name the text writes inside a sentence (``to France`` then splits on the
    next run: it must on this one).

    >>> sorted(names_split_off(["inFrance", "toFrance", "inRange"], WordModel({"france": 4.9})))
    ['France']
    """
    return {
        parts[1]
        for word in candidates
        if word[:1].islower() and not word.islower() and (parts := name_split(word, model))
    }


def is_inside_sentence(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole run of letters inside a sentence.

    >>> is_inside_sentence("Wish it. A Wish. a Wishes", "Wish")
    False
    >>> is_inside_sentence("the al-Tanf base", "Tanf"), is_inside_sentence("a Wish", "Wish")
    (True, True)
    """
    position = text.find(word)
    while position >= 0:
        end = position + len(word)
        after = text[end : end + 1]
        if position >= 2 and not ("a" <= after <= "z" or "A" <= after <= "Z"):
            mark, before = text[position - 1], text[position - 2]
            if (mark == " " and before in NAME_AFTER_CHARS) or (mark == "-" and before.islower()):
                return True
        position = text.find(word, end)
    return False
