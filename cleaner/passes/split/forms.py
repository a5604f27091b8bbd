"""Evidence that a token is a form of a word, not two words merged.

Scientific prose coins words the word table lacks or lists in one form only: a text that
writes ``inpaints`` and also ``inpainting`` (or ``gridworld`` and ``gridworlds``) uses one
word of its own in two forms; a lost space leaves no such pair. A regular form of a common
word (``detections``), the plural of an ``-ing`` noun (``seethings``), verse's ``foamin'``
and ``thou belongest`` are words too (:func:`is_word_form`). The endings that make a
word's forms are data (``data/split_word_forms.tsv``, ``data/split_derived_forms.tsv``).
"""

from __future__ import annotations

from collections.abc import Iterable, Set

from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.split.compounds import is_word_in_context
from cleaner.passes.split.lists import derived_forms, word_forms
from cleaner.passes.split.pairs import is_function_word, is_listed

# The shortest stem whose forms count: ``inpaint`` (``inpaints``), not ``ofit`` (``ofits``),
# as short stems are too often a merged pair of short words themselves.
MIN_STEM_CHARS = 5
# Two candidates that are forms of one word this long vouch for each other (``timetree``,
# ``timetrees``): a coinage used twice. Shorter ones do not (``notbe``, ``notbeing``:
# two merges alike).
MIN_COINAGE_CHARS = 8


def lemmas(word: str) -> set[str]:
    """``word`` and the bases its endings allow (``word`` lowercase).

    >>> sorted(lemmas("inpaints")), sorted(lemmas("inpainting"))
    (['inpaint', 'inpaints'], ['inpaint', 'inpainte', 'inpainting'])
    """
    found = {word}
    for ending, bases in word_forms():
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_STEM_CHARS:
            found.update(stem + base for base in bases)
    return found


def with_forms_elsewhere(candidates: Iterable[str], words: Set[str]) -> set[str]:
    """The lowercase or capitalised ``candidates`` that share a base with another of the
    document's ``words`` (its lowercase letter runs), one that is no candidate itself: a
    dictionary's ``The Zanzibaris`` under its headword ``ZANZIBARI``.

    The other form must be no candidate (a listed word, or one used twice): two merges
    alike (``notbe``, ``notbeing``) are no evidence (but see :func:`coinages`). Splitting
    adds only listed words, which bring no candidate a new form on a second run: a word
    kept whole stays whole.

    >>> sorted(with_forms_elsewhere(["inpaints", "ofits"], {"inpainting", "of", "its"}))
    ['inpaints']
    >>> sorted(with_forms_elsewhere(["Zanzibaris", "ZanzibarIs"], {"zanzibari", "is"}))
    ['Zanzibaris']
    >>> sorted(with_forms_elsewhere(["notbe", "notbeing"], {"notbe", "notbeing", "not"}))
    []
    """
    wanted: dict[str, list[str]] = {}
    for candidate in candidates:
        if candidate.islower() or candidate.istitle():  # (``Zanzibaris`` beside ``ZANZIBARI``)
            for lemma in lemmas(candidate.lower()):
                wanted.setdefault(lemma, []).append(candidate)
    if not wanted:
        return set()
    others = {c.lower() for c in candidates}
    prefixes = {lemma[:MIN_STEM_CHARS] for lemma in wanted}
    found: set[str] = set()
    # (The prefix test in a comprehension: a book has tens of thousands of words.)
    for word in [word for word in words if word[:MIN_STEM_CHARS] in prefixes]:
        if word not in others:
            for lemma in lemmas(word) & wanted.keys():
                found.update(wanted[lemma])
    return found


# Endings of Latinate derivatives that are function words too: ``regressand`` and
# ``persistor`` are no ``regress and``, ``persist or`` when the document derives the stem.
FUNCTION_WORD_ENDINGS = ("and", "or")
# Other Latinate endings that show the document deriving a stem (``regressor``,
# ``persistent``, ``posterior``). Not ``-ion`` nor ``-ance``: a text writing
# ``protection`` or ``appearance`` may glue ``protect and``, ``appear and``.
DERIVING_ENDINGS = ("or", "ors", "and", "ands", "ior", "ive", "ent", "ence")


def derived_elsewhere(candidates: Iterable[str], words: Set[str], model: WordModel) -> set[str]:
    """The lowercase ``candidates`` made of a stem of ``MIN_STEM_CHARS`` letters or more and
    ``-and`` or ``-or`` whose stem the document's ``words`` (its lowercase letter runs) show
    with another Latinate ending, in a word the model knows: a derivative of the document's
    own vocabulary (``regressand`` beside ``regressor``), not a word glued to a conjunction.
    (Two merges alike, ``overweightand`` and ``overweightor``, vouch for nothing.)

    >>> model = WordModel({"regressor": 1.1, "results": 5.0, "protection": 4.6})
    >>> sorted(derived_elsewhere(["regressand", "resultsand"], {"regressor", "results"}, model))
    ['regressand']
    >>> derived_elsewhere(["protectand"], {"protection"}, model)
    set()
    >>> derived_elsewhere(["overweightand"], {"overweightor"}, model)
    set()
    """
    found = set()
    for candidate in candidates:
        if not candidate.islower() or not candidate.endswith(FUNCTION_WORD_ENDINGS):
            continue
        stem = candidate[: -len("and" if candidate.endswith("and") else "or")]
        if len(stem) < MIN_STEM_CHARS:
            continue
        derived = {stem + ending for ending in DERIVING_ENDINGS} - {candidate}
        if any(word in words and model.knows(word) for word in derived):
            found.add(candidate)
    return found


def coinages(candidates: Iterable[str], text: str) -> set[str]:
    """The lowercase ``candidates`` that are forms of one word of ``MIN_COINAGE_CHARS``
    letters or more with another candidate (``timetree``, ``timetrees``): a word the
    document coins and uses twice, unless ``text`` writes that word's letters as two words
    somewhere (``industrial enterprise`` beside ``industrialenterprise`` and
    ``industrialenterprises``: one phrase merged twice).

    >>> sorted(coinages(["timetree", "timetrees", "ofits"], "a timetree; timetrees"))
    ['timetree', 'timetrees']
    >>> coinages(["ballisticmissile", "ballisticmissiles"], "a ballistic missile")
    set()
    >>> coinages(["notbe", "notbeing"], "notbe notbeing")
    set()
    """
    shared: dict[str, set[str]] = {}
    for candidate in candidates:
        if candidate.islower() and len(candidate) >= MIN_COINAGE_CHARS:
            for lemma in lemmas(candidate):
                if len(lemma) >= MIN_COINAGE_CHARS:
                    shared.setdefault(lemma, set()).add(candidate)
    alike = {lemma: forms for lemma, forms in shared.items() if len(forms) > 1}
    if not alike:
        return set()
    lowered = text.lower()
    found: set[str] = set()
    for lemma, forms in alike.items():
        if not any(f"{lemma[:i]} {lemma[i:]}" in lowered for i in range(1, len(lemma))):
            found.update(forms)
    return found


def regular_bases(word: str) -> set[str]:
    """The words that lowercase ``word`` is a regular form of, by English spelling alone
    (``data/split_derived_forms.tsv``): the caller asks the word table which are words.

    >>> sorted(regular_bases("stopping"))
    ['stop', 'stopp', 'stoppe']
    >>> sorted(regular_bases("detections")), sorted(regular_bases("metalions"))
    (['detect', 'detecte', 'detection'], ['metalion'])
    """
    found = set()
    for ending, bases, stems in derived_forms():
        stem = word[: -len(ending)]
        if not word.endswith(ending) or not stem or (stems and not stem.endswith(stems)):
            continue
        for base in bases:
            if base != "=":
                found.add(stem + base)
            elif len(stem) > 1 and stem[-1] == stem[-2]:
                found.add(stem[:-1])
    return found


# The endings of adverbs in -ly, each with what replaces it in the word the adverb is made
# from (``gradually`` from ``gradual``, ``luckily`` from ``lucky``, ``probably`` from
# ``probable``, ``basically`` from ``basic``).
ADVERB_ENDINGS = (("ily", "y"), ("ably", "able"), ("ibly", "ible"), ("ally", ""), ("ly", ""))
# The word an adverb is made from has this many letters or more (``Kelly``, ``Emily`` are
# no adverbs).
ADVERB_BASE_MIN_CHARS = 4


def adverb_bases(word: str) -> list[str]:
    """The words lowercase ``word`` may be an adverb in -ly of, by spelling alone: the
    caller asks whether one is a common word.

    >>> adverb_bases("luckily"), adverb_bases("basically"), adverb_bases("jelly")
    (['lucky', 'lucki'], ['basic', 'basical'], [])
    """
    return [
        base
        for ending, replacement in ADVERB_ENDINGS
        if word.endswith(ending)
        and len(base := word[: -len(ending)] + replacement) >= ADVERB_BASE_MIN_CHARS
    ]


# The ending of a present participle, and the shortest one read as a verb's (``Having``).
GERUND_ENDING = "ing"
GERUND_MIN_CHARS = 6


def gerund_bases(word: str) -> list[str]:
    """The verbs lowercase ``word`` may be the -ing form of, by spelling alone: the caller
    asks whether one is a common word.

    >>> gerund_bases("having"), gerund_bases("starting"), gerund_bases("stopping")
    (['hav', 'have'], ['start', 'starte'], ['stopp', 'stoppe', 'stop'])
    >>> gerund_bases("king"), gerund_bases("family")
    ([], [])
    """
    if len(word) < GERUND_MIN_CHARS or not word.endswith(GERUND_ENDING):
        return []
    stem = word[: -len(GERUND_ENDING)]
    return [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])


# A form of a listed word that the lexicon leaves out is a word too, when the listed word
# is at least this frequent: ``seethings`` (``seething``), ``foamin'`` (``foaming``).
WORD_FORM_MIN_ZIPF = 2.0
# A regular form of a word (``detections``, ``stopping``, ``threefolds``) is a word when
# its base is a content word this long and this frequent: rarer bases are as often web
# debris (``washi``, 2.3) as words (session 32: 3.0 -> 2.5, for ``threefold``, 2.7;
# ``knowits`` is ``know its`` by its function word, see ``_has_function_word_edge``).
REGULAR_BASE_MIN_CHARS = 4
REGULAR_BASE_MIN_ZIPF = 2.5
# An apostrophe closing a word: a dropped letter (``foamin'``, ``ol'``).
ELISION_MARKS = ("'", "’")
# ``thou`` just before a word (the text before it is passed): ``thou gettest``.
THOU_BEFORE_RE = lazy_compile(r"(?<![A-Za-z])[Tt]hou\s+\Z")
# How much text before a word is looked at for THOU_BEFORE_RE.
BEFORE_WORD_CHARS = 8


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
    ``modelled``), by the endings of ``data/split_derived_forms.tsv``, or another form of
    a closed word the table lists (:func:`siblings`: ``heartwarmer`` beside
    ``heartwarming``), and no function word begins or ends it.

    >>> from cleaner.lexicon import WordModel
    >>> model = WordModel({"detection": 3.2, "occur": 4.6, "model": 5.0, "can": 6.5, "only": 6.2})
    >>> [is_regular_form(w, model) for w in ("detections", "occurring", "modelled", "canonly")]
    [True, True, True, False]
    >>> is_regular_form("heartwarmer", WordModel({"heartwarming": 3.0}))
    True
    """
    if _has_function_word_edge(word, model):
        return False  # ``canonly`` is ``can only``, not ``canon`` + ``-ly``: the usual merge.
    return any(
        len(base) >= REGULAR_BASE_MIN_CHARS
        and not is_function_word(base, zipf := model.frequency(base))
        and zipf >= REGULAR_BASE_MIN_ZIPF
        for base in regular_bases(word)
        if base != word
    ) or any(model.frequency(sibling) >= REGULAR_BASE_MIN_ZIPF for sibling in siblings(word))


# Endings that make forms of one closed word (``heartwarmer``, ``heartwarming``): a token
# with one of them is another form of a word the table lists with another.
SIBLING_ENDINGS = ("er", "ers", "ing", "ed", "s")
# The stem left without the ending is this long at least (``heartwarm``): short stems are
# a merged pair of short words as often (``ofit`` + ``-s``).
SIBLING_STEM_MIN_CHARS = 8


def siblings(word: str) -> list[str]:
    """The other forms of lowercase ``word`` made by swapping its ending among
    ``SIBLING_ENDINGS`` (the caller asks the word table which are words): no base need be
    a word, as a closed compound's is not (``heartwarm``).

    >>> siblings("heartwarmer")
    ['heartwarmers', 'heartwarming', 'heartwarmed', 'heartwarms']
    >>> siblings("hotdog")
    []
    """
    return [
        stem + other
        for ending in SIBLING_ENDINGS
        if word.endswith(ending) and len(stem := word[: -len(ending)]) >= SIBLING_STEM_MIN_CHARS
        for other in SIBLING_ENDINGS
        if other != ending
    ]


def _has_function_word_edge(word: str, model: WordModel) -> bool:
    """Whether ``word`` reads as a function word and a listed word, in either order
    (``inquestion``, ``heras``): the split a lost space most often leaves."""
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        left_zipf, right_zipf = model.frequency(left), model.frequency(right)
        if (is_function_word(left, left_zipf) and is_listed(right, model)) or (
            is_function_word(right, right_zipf) and is_listed(left, model)
        ):
            return True
    return False


# Prefixes that make a word of a word and are no word themselves (``relayout``,
# ``unbuffered``): a token read so is a derivative, not two words glued.
BOUND_PREFIXES = frozenset({"re", "un", "pre", "de", "dis", "mis", "non", "sub", "co"})
# Suffixes that make an agent's noun of a word (``hasher``, ``hashers``).
AGENT_SUFFIXES = ("er", "ers")
# The rest of a derivative must be a word this common, of this many letters or more.
DERIVED_FROM_MIN_ZIPF = 3.0
DERIVED_FROM_MIN_CHARS = 4


def is_derivative(word: str, parts: tuple[str, ...], model: WordModel) -> bool:
    """Whether lowercase ``word``, which would split into ``parts`` ending in a function
    word, reads as a prefix that is no word and a content word (``re`` + ``layout``), or as
    a content word and an agent's suffix (``hash`` + ``er``): a word of technical text
    (``relayout``, ``hasher``), not ``relay out`` or ``has her``.

    >>> model = WordModel({"layout": 4.1, "hash": 3.6, "out": 6.4, "her": 6.3, "users": 4.6})
    >>> is_derivative("relayout", ("relay", "out"), model)
    True
    >>> is_derivative("hasher", ("has", "her"), model)
    True
    >>> is_derivative("sousers", ("so", "users"), model)  # (``sous`` + ``ers``)
    False
    """
    last = parts[-1].lower()
    if not is_function_word(last, model.frequency(last)):
        return False  # A merge's own shape: a content word last (``so users``).
    for prefix in BOUND_PREFIXES:
        if word.startswith(prefix) and _is_derived_from(word[len(prefix) :], model):
            return True
    return any(
        word.endswith(suffix) and _is_derived_from(word[: -len(suffix)], model)
        for suffix in AGENT_SUFFIXES
    )


def _is_derived_from(stem: str, model: WordModel) -> bool:
    """Whether ``stem`` is a content word common enough to derive from."""
    zipf = model.frequency(stem)
    return (
        len(stem) >= DERIVED_FROM_MIN_CHARS
        and zipf >= DERIVED_FROM_MIN_ZIPF
        and not is_function_word(stem, zipf)
    )


# Items of a list in a row before or after a token: words parted by commas, ``and`` or ``or``
# before the last (``odontophrynid, batrachylid, hylodid, or alsodid taxa``).
LIST_BEFORE_RE = lazy_compile(r"(?:(?<![\w'’.-])[A-Za-z]+,[ \t]+){2,}(?:(?:and|or)[ \t]+)?\Z")
LIST_AFTER_RE = lazy_compile(r"\A(?:,[ \t]+(?:(?:and|or)[ \t]+)?[A-Za-z]+(?![\w'’-])){2,}")
# How far a token's list is looked for on either side.
LIST_AROUND_CHARS = 160
# The ending an item shares with the token, and how many such items make a series.
SERIES_ENDING_CHARS = 2
SERIES_MIN_ITEMS = 2


def is_in_series(text: str, start: int, end: int, model: WordModel) -> bool:
    """Whether lowercase token ``text[start:end]`` is an item of a list whose other items,
    ``SERIES_MIN_ITEMS`` or more, are words the table lacks that end as the token does
    (``SERIES_ENDING_CHARS``): one of a series of a field's coinages (a family's
    ``odontophrynid, batrachylid, hylodid, or alsodid``), not ``also did``. A lost space
    leaves a word no series shares its end with.

    >>> model = WordModel({"also": 6.5, "did": 6.3, "red": 5.2, "blue": 5.0})
    >>> text = "any batrachylid, cycloramphid, hylodid, or alsodid taxa"
    >>> is_in_series(text, 43, 50, model)
    True
    >>> is_in_series("red, blue, or alsodid paint", 14, 21, model)
    False
    """
    token = text[start:end]
    items = []
    before = LIST_BEFORE_RE.search(text, max(0, start - LIST_AROUND_CHARS), start)
    if before:
        items += before.group().replace(",", " ").split()
    after = LIST_AFTER_RE.match(text[end : end + LIST_AROUND_CHARS])
    if after:
        items += after.group().replace(",", " ").split()
    ending = token[-SERIES_ENDING_CHARS:]
    series = [
        item
        for item in items
        if item not in ("and", "or") and item.endswith(ending) and not model.knows(item.lower())
    ]
    return len(series) >= SERIES_MIN_ITEMS
