"""Whether a token the ``split`` pass would split is a name of code or a word cut short, not
two words an extractor glued: the verdicts asked of a split found (seldom), with the text.

- a word cut short by an ellipsis glued to it (``argume...``, ``refreshin…``): its end is
  no word's end, so its last part is no word (``argu me``, ``refresh in``);
- in technical text, a token whose neighbours name it as code: a code noun after it and a
  determiner before (``the nothrow function attribute``, ``an unlinkat syscall``),
  ``named`` before it (``a macro named issignaling``), an option in a usage line's
  brackets or a member sign after it (``getcap [-r]``, ``writeonly ::group``), or a
  one-letter option before it (``"-o norecovery"``); in other text, only a token with a
  function word among its parts (``the ndarray astype method``: no ``as type method``);
- in technical text, a token whose two content words the document writes glued as a name
  of code, in camelCase or snake_case (``eventcontroller`` beside ``GtkEventController``);
- in technical text, a token listed beside a name of code (``keyof, and typeof``,
  ``rustfmt and rustup``, ``capget, capset``), or last of a list before a plural code noun
  (``trace and timeit modules``);
- in any text, the package a package manager's command installs (``pip install aflow``),
  and a lowercase token alone in parentheses after a noun of things that get names
  (``package``, ``framework``, ``model``), their name (``a plotting package (afterplot)``),
  and an item of its own in a list of examples in brackets (``(e.g. arange, ones, zeros,
  etc.)``).

Extractors glue words where a tag ended, in pages' prose. Code nouns, options and names of
code around the token, in a document that shows code or talks about software, are signs
of an identifier that prose does not show: ``adWhen``, ``pageThe`` and ``locatednear``
still split. (A rare word glued to ``get`` or to the ``at`` of a POSIX call is judged by
``pairs.pair_score``: ``getdelim``, ``fstatat``.)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence, Set
from itertools import pairwise

from cleaner.data import english_function_words
from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.split.compounds import is_past_or_adverb
from cleaner.passes.split.pairs import is_function_word

# An ellipsis right after a token: the token was cut short (a title shortened to fit).
ELLIPSIS_AFTER_RE = lazy_compile(r"\.\.\.|…")
# Nouns that name a thing of code: the token before one is its name (``the nothrow
# function``, ``the unlinkat syscall``, ``the endswith methods``, ``the propertychanged
# signal``). Singular and plural.
CODE_NOUNS = frozenset(
    {
        *("command", "commands", "function", "functions", "method", "methods"),
        *("macro", "macros", "syscall", "syscalls", "option", "options", "flag", "flags"),
        *("attribute", "attributes", "property", "properties", "signal", "signals"),
        *("class", "classes", "variable", "variables", "parameter", "parameters"),
        *("keyword", "keywords", "module", "modules", "directive", "directives"),
        *("struct", "structs", "operator", "operators", "target", "targets"),
    }
)
# The word after which a token is a name: ``a macro named issignaling``. (``called`` and
# ``program`` come before merges as often: ``Called bybytes``, ``program isinstalled``.)
NAMING_WORDS = frozenset({"named"})
# A determiner one or two words before a token with a code noun after it: ``the nothrow
# function``, ``the pdb whatis command``, ``an unlinkat syscall``.
DETERMINER_BEFORE_RE = lazy_compile(
    r"(?<![A-Za-z])(?:[Tt]he|[Aa]n?|[Tt]his|[Ee]ach|[Ii]ts)[ \t]+(?:[\w.-]+[ \t]+)?\Z"
)
# A list's separator right before a token, after another item: ``trace and timeit
# modules``, ``readline, readlines & readall methods``. With a plural code noun after the
# token, the items are names of code, whatever their last part (``endswith``, ``readall``),
# unless their first is a preposition or a quantifier (``and forsome methods``).
LIST_BEFORE_RE = lazy_compile(r"[\w`)](?:,|,?[ \t]+(?:and|or|&))[ \t]+\Z")
# Parts of a split that no name of code has (articles, determiners, numbers, conjunctions):
# a token holding one is words glued (``callthe function``, ``twomain functions``,
# ``accessors, orsmall macros``), whatever its neighbours.
NOT_IN_NAMES = frozenset(
    {
        *("a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her"),
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("and", "or", "but", "nor"),
    }
)
# Last parts that take the noun after the token as theirs (``a set of methods``, ``a class
# with no methods``, ``about where``): a phrase before the code noun, not a name.
NOT_LAST_IN_NAMES = frozenset(
    {
        *("of", "for", "to", "about", "with", "without", "by", "from", "into", "as"),
        *("no", "all", "some", "any", "each", "every", "many", "more", "most", "other"),
        *("and", "or", "but", "where", "which", "what", "whose", "when", "how"),
    }
)
# The word after a token (after a closing quote or bracket, before its own punctuation).
NEXT_WORD_RE = lazy_compile(r"[\"'`’”)\]]*[ \t]+[\"'`‘“(\[]*(?P<word>[A-Za-z]+)")
# The word before a token (after its punctuation, before an opening quote or bracket).
PREVIOUS_WORD_RE = lazy_compile(r"(?<![A-Za-z])(?P<word>[A-Za-z]+)[ \t]+[\"'`‘“(\[]*\Z")
# Code one space after a token: an option in a usage line's brackets (``getcap [-r]``), a
# member sign (``writeonly ::group``) or a dotted name in brackets (``timeit
# (Timer.print_exc)``; not ``(e.g.``). (A bare option after a token follows merges too:
# ``the sanitizer librarieswith --no-as-needed``.)
CODE_AFTER_RE = lazy_compile(r"[ \t]+(?:\[--?[A-Za-z]|::[A-Za-z]|\([A-Za-z_]\w+\.[A-Za-z_]\w)")
# A one-letter option right before a token, which is its value: ``"-o norecovery"``.
OPTION_BEFORE_RE = lazy_compile(r"(?<![\w-])-[A-Za-z][ \t]+\Z")
# A name of code written glued: a capital after a lowercase letter or a digit
# (``GtkEventController``, ``eventController``) or opening a word after capitals
# (``HTTPServer``), or an underscore between letters or digits (``event_controller``).
# Where such a name shows (``aB``, ``ABc``, ``a_b``), found from its capital or underscore,
# the rarer letters, so the search skips the rest at C speed (5 ms/MB on books; 48 from the
# letter before it); the name is the word around it. A search for the whole word, ``\w*``
# first, backtracked through every word of the text: 170 ms/MB of Ulysses.
GLUED_NAME_SIGN_RE = lazy_compile(
    r"[A-Z_](?:(?<=[a-z0-9][A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z0-9]_)(?=[A-Za-z]))"
)
WORD_REST_RE = lazy_compile(r"\w*")
# The words of such a name: capitalised or lowercase runs, runs of capitals (``HTTP``).
NAME_WORD_RE = lazy_compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# How far around a token its neighbours are read.
AROUND_CHARS = 40
# A package manager's install command right before a token, flags allowed: the token is
# the package's name (``pip install aflow``, ``cargo add serde``, ``npm install -g yo``).
INSTALL_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?:pip3?|pipx|conda|mamba|npm|yarn|pnpm|gem|cargo|brew|apt(?:-get)?|uv)"
    r"[ \t]+(?:install|add)(?:[ \t]+--?[\w=-]+)*[ \t]+\Z"
)
# A word, a space and an opening parenthesis right before a token: ``package (afterplot``.
WORD_AND_PARENTHESIS_BEFORE_RE = lazy_compile(r"(?<![A-Za-z])(?P<word>[A-Za-z]+)[ \t]+\(\Z")
# A lowercase name's apposition right after it: a comma, ``a`` or ``an`` and up to four
# words, one of them a noun of ``SOFTWARE_NOUNS`` (``pastamarkers, a customized Python
# package``). The wider ``NAMED_THING_NOUNS`` (``a method``, ``a system``) follow merges
# too: ``thisalgorithm, a method``.
APPOSITION_AFTER_RE = lazy_compile(r"\A,[ \t]+an?[ \t]+(?P<words>[\w-]+(?:[ \t]+[\w-]+){0,3})")
SOFTWARE_NOUNS = frozenset(
    {"package", "library", "toolkit", "toolbox", "framework", "plugin", "module", "software"}
)
# Nouns of things that get names, before a name in parentheses (``a plotting package
# (afterplot)``, ``a framework (aftershock)``); the code nouns too. After other words a
# token alone in parentheses may be words glued (``He said (issuedpreviously) so``).
NAMED_THING_NOUNS = CODE_NOUNS | frozenset(
    {
        *("package", "packages", "library", "libraries", "tool", "tools", "toolkit"),
        *("toolbox", "toolset", "framework", "frameworks", "program", "programs"),
        *("software", "plugin", "extension", "app", "application", "platform", "interpreter"),
        *("model", "models", "dataset", "datasets", "algorithm", "algorithms", "method"),
        *("system", "language", "code", "engine", "pipeline", "benchmark", "corpus"),
    }
)


def is_cut_short(text: str, end: int) -> bool:
    """Whether the token ending at ``end`` is cut short by an ellipsis glued to it.

    >>> is_cut_short("in the seconda... and", 14), is_cut_short("in the seconda. And", 14)
    (True, False)
    """
    return ELLIPSIS_AFTER_RE.match(text, end) is not None


def is_named_code(text: str, start: int, end: int, parts: tuple[str, ...]) -> bool:
    """Whether the token ``text[start:end]``, which would split into ``parts``, is named as
    code by its neighbours: a code noun after it with a determiner before, ``named``
    before it, an option or a member sign next to it. Asked of technical text only.

    >>> is_named_code("The nothrow function attribute", 4, 11, ("no", "throw"))
    True
    >>> is_named_code("a macro named issignaling to", 14, 25, ("is", "signaling"))
    True
    >>> is_named_code("use getcap [-r] to list", 4, 10, ("get", "cap"))
    True
    >>> is_named_code('the "-o norecovery" option', 8, 18, ("no", "recovery"))
    True
    >>> is_named_code("trace and timeit modules", 10, 16, ("time", "it"))
    True
    >>> is_named_code("startswith and endswith methods", 15, 23, ("ends", "with"))
    True
    >>> is_named_code("- timeit (Timer.print_exc)", 2, 8, ("time", "it"))
    True
    >>> is_named_code("then callthe function", 5, 12, ("call", "the"))
    False
    >>> is_named_code("as the noexecute part", 7, 16, ("no", "execute"))
    False
    >>> is_named_code("a class withno methods", 8, 14, ("with", "no"))
    False
    """
    if any(part.lower() in NOT_IN_NAMES for part in parts):
        return False
    before = text[max(0, start - AROUND_CHARS) : start]
    after = text[end : end + AROUND_CHARS]
    following = NEXT_WORD_RE.match(after)
    noun = following["word"].lower() if following else ""
    if (
        _is_plural_code_noun(noun)
        and LIST_BEFORE_RE.search(before)
        and parts[0].lower() not in NOT_LAST_IN_NAMES
    ):
        return True  # The last of a list of names (``startswith and endswith methods``).
    if parts[-1].lower() in NOT_LAST_IN_NAMES:
        return False
    if noun in CODE_NOUNS and DETERMINER_BEFORE_RE.search(before):
        return True
    previous = PREVIOUS_WORD_RE.search(before)
    if previous and previous["word"].lower() in NAMING_WORDS:
        return True
    return bool(CODE_AFTER_RE.match(after) or OPTION_BEFORE_RE.search(before))


# A byline: ``by`` right before a token, and ``on`` and a date's first word right after it
# (``by randfish on November 13, 2010``): the token is its author's handle.
BYLINE_BEFORE_RE = lazy_compile(r"(?<![^\W\d_])[Bb]y \Z")
BYLINE_AFTER_RE = lazy_compile(
    r" on (?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)"
)
# ``writes`` and a quote right after a token: a news site's submitter (``wiredmikey writes
# "Later this week...``).
WRITES_AFTER_RE = lazy_compile(r" writes:? [\"“]")


def is_named_by_neighbours(text: str, start: int, end: int) -> bool:
    """Whether the token ``text[start:end]`` is a name in any text: the package an install
    command names (``pip install aflow``), a lowercase token alone in parentheses after
    a noun of things that get names, its name (``a plotting package (afterplot)``:
    :data:`NAMED_THING_NOUNS`), a lowercase token whose apposition names a piece of
    software (``pastamarkers, a customized Python package``: :data:`SOFTWARE_NOUNS`), an
    item of a list of examples in brackets (:func:`is_listed_example`), or an author's
    handle: in a byline, or before ``writes`` and a quote (``by randfish on November 13``,
    ``wiredmikey writes "Later...``). An extractor glues words where a tag ended, not there.

    >>> text = 'via "pip install aflow" and a package (afterplot) built'
    >>> is_named_by_neighbours(text, 17, 22), is_named_by_neighbours(text, 39, 48)
    (True, True)
    >>> is_named_by_neighbours("to install aflow", 11, 16)
    False
    >>> is_named_by_neighbours("(afterplot) is new", 1, 10)
    False
    >>> is_named_by_neighbours("a package (viaReuters) now", 11, 21)
    False
    >>> is_named_by_neighbours("He said (issuedpreviously) so", 9, 25)
    False
    >>> is_named_by_neighbours("Tina Eisenberg (swissmiss) and In (ofthe)", 16, 25)
    True
    >>> is_named_by_neighbours("Tina Eisenberg (swissmiss) and In (ofthe)", 35, 40)
    False
    >>> text = "We present pastamarkers, a customized Python package, and ofthe, a tiny part"
    >>> is_named_by_neighbours(text, 11, 23), is_named_by_neighbours(text, 58, 63)
    (True, False)
    >>> is_named_by_neighbours("Guidelines by randfish on November 5, 2010", 14, 22)
    True
    >>> is_named_by_neighbours('dept. wiredmikey writes "Later this week', 6, 16)
    True
    >>> is_named_by_neighbours("Made by handfuls on the farm", 8, 16)
    False
    """
    if INSTALL_BEFORE_RE.search(text, max(0, start - AROUND_CHARS), start):
        return True
    if WRITES_AFTER_RE.match(text, end):
        return True
    byline = BYLINE_BEFORE_RE.search(text, max(0, start - 3), start)
    if byline and BYLINE_AFTER_RE.match(text, end):
        return True
    if is_listed_example(text, start, end):
        return True
    if text[end : end + 1] == "," and text[start:end].islower():
        apposition = APPOSITION_AFTER_RE.match(text[end : end + AROUND_CHARS])
        words = apposition["words"].lower().split() if apposition else ()
        if any(word in SOFTWARE_NOUNS for word in words):
            return True
    if text[end : end + 1] != ")" or not text[start:end].islower():
        return False
    before = WORD_AND_PARENTHESIS_BEFORE_RE.search(text, max(0, start - AROUND_CHARS), start)
    if before is None:
        return False
    word = before["word"]
    # After a name, its holder's handle: ``Tina Roth Eisenberg (swissmiss)``.
    return word.lower() in NAMED_THING_NOUNS or (
        word.istitle() and word.lower() not in english_function_words()
    )


# A list of examples in brackets: its items, one to three words each, parted by commas
# (``or``/``and`` before the last), after ``e.g.``, ``i.e.`` or ``such as``, or ending in
# ``etc.``: ``(e.g. arange, ones, zeros, etc.)``, ``(scikit-learn, statsmodels, etc.)``.
EXAMPLE_ITEM = r"[\w.-]+(?:[ \t][\w.-]+){0,2}"
EXAMPLES_IN_BRACKETS_RE = lazy_compile(
    rf"\((?:(?:e\.g\.|i\.e\.|such as),?[ \t]+)?{EXAMPLE_ITEM}"
    rf"(?:,[ \t]+(?:(?:and|or)[ \t]+)?{EXAMPLE_ITEM})+\)"
)
# The brackets' text marks the list as one of examples (searched in the match).
EXAMPLES_MARK_RE = lazy_compile(r"\A\((?:e\.g\.|i\.e\.|such as)|,[ \t]+etc\.?\)\Z")
# How far from a token its list's brackets may open.
EXAMPLES_AROUND_CHARS = 200


def is_listed_example(text: str, start: int, end: int) -> bool:
    """Whether the token ``text[start:end]`` is an item of its own in a list of examples
    in brackets (``EXAMPLES_IN_BRACKETS_RE``, three items or more, marked by ``e.g.``,
    ``i.e.``, ``such as`` or ``etc.``): a name there (``(e.g. arange, ones, zeros,
    etc.)``), as an extractor glues words where a tag ended, not between commas.

    >>> text = "functions (e.g. arange, ones, zeros, etc.) and"
    >>> is_listed_example(text, 16, 22), is_listed_example("(arange, ones, zeros)", 1, 7)
    (True, False)
    >>> is_listed_example("(e.g. the arange, ones, zeros, etc.)", 10, 16)
    False
    """
    opening = text.rfind("(", max(0, start - EXAMPLES_AROUND_CHARS), start)
    if opening < 0:
        return False
    match = EXAMPLES_IN_BRACKETS_RE.match(text, opening)
    if match is None or match.end() < end or EXAMPLES_MARK_RE.search(match.group()) is None:
        return False
    if match.group().count(",") < 2:
        return False  # (two items: a phrase as often)
    # The token is a whole item: a comma, the bracket or the mark before it, a comma after.
    before = text[opening + 1 : start].rstrip(" \t")
    after = text[end : end + 1]
    return after in ",)" and (
        before == "" or before.endswith((",", "e.g.", "i.e.", "such as", " and", " or"))
    )


def _is_plural_code_noun(word: str) -> bool:
    """Whether ``word`` is a code noun in the plural (``methods``, ``classes``, ``properties``,
    not ``class``).

    >>> [_is_plural_code_noun(w) for w in ("methods", "classes", "properties", "class")]
    [True, True, True, False]
    """
    return word in CODE_NOUNS and (
        word[:-1] in CODE_NOUNS or word[:-2] in CODE_NOUNS or word[:-3] + "y" in CODE_NOUNS
    )


def glued_names(text: str) -> frozenset[str]:
    """The two words in a row of every name of code ``text`` writes glued (camelCase with
    an inner capital, snake_case), lowercase and joined: ``GtkEventController`` gives
    ``gtkevent`` and ``eventcontroller``.

    >>> sorted(glued_names("the GtkEventController and event_loop_run() of HTTPServer"))
    ['eventcontroller', 'eventloop', 'gtkevent', 'httpserver', 'looprun']
    """
    pairs = set()
    for name in _glued_name_words(text):
        words = [word.lower() for word in NAME_WORD_RE.findall(name)]
        pairs.update(a + b for a, b in pairwise(words))
    return frozenset(pairs)


def _glued_name_words(text: str) -> Iterator[str]:
    """Each word of ``text`` (a run of ``\\w``) that holds a sign of a glued name (an inner
    capital, a run of capitals before a lowercase letter, an underscore between letters), in
    order: what ``\\w*(?:sign)\\w*`` finds.

    >>> list(_glued_name_words("the GtkEventController and event_loop_run() of HTTPServer"))
    ['GtkEventController', 'event_loop_run', 'HTTPServer']
    """
    search, rest = GLUED_NAME_SIGN_RE.search, WORD_REST_RE.match
    position = 0
    while found := search(text, position):
        start = found.start()
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1  # (a \w character: a letter, digit or number sign, or "_")
        position = rest(text, found.end()).end()
        yield text[start:position]


def is_written_as_name(parts: tuple[str, ...], names: Set[str], model: WordModel) -> bool:
    """Whether the two content words ``parts`` of a lowercase token are two words in a row of
    a name of code of its document (``names``: :func:`glued_names`): ``eventcontroller``
    beside ``GtkEventController``, not ``onthe`` beside ``onThe`` (``on``, ``the``).

    >>> model = WordModel({"event": 5.2, "controller": 4.1, "on": 7.0, "the": 7.7})
    >>> names = glued_names("the GtkEventController went onThe end")
    >>> is_written_as_name(("event", "controller"), names, model)
    True
    >>> is_written_as_name(("on", "the"), names, model)
    False
    """
    return (
        len(parts) == 2
        and "".join(parts) in names
        and not any(is_function_word(part, model.frequency(part)) for part in parts)
    )


# A list's neighbour of a token, before it: an item and the separator after it (``readlines
# & ``, ``keyof, and ``, ``[rustfmt and ``), the item in backticks or not.
ITEM_BEFORE_RE = lazy_compile(
    r"(?<![\w.`])`?(?P<item>[A-Za-z_][\w.:]*(?:\(\))?)`?(?:,|,?[ \t]+(?:and|or|&))[ \t]+\Z"
)
# Its neighbour after it: the separator and the next item (``, capset``, `` and readwrite``).
ITEM_AFTER_RE = lazy_compile(
    r"(?:,|,?[ \t]+(?:and|or|&))[ \t]+`?(?P<item>[A-Za-z_][\w.:]*(?:\(\))?)(?![\w`])"
)
# Signs of a name of code inside an item: an underscore beside a letter, a dot or ``::``
# between two letters or more (not ``e.g.``), a call's brackets (``os.path``, ``read_buf``,
# ``f()``). (Not an inner capital: brands and
# names of projects have one too, ``SymPy``, ``MingW``.)
CODE_SIGN_RE = lazy_compile(r"[A-Za-z]_|_[A-Za-z]|[a-z0-9]{2}(?:\.|::)[A-Za-z_]{2}|\w\(\)")


def is_code_item(item: str, model: WordModel, candidates: Set[str]) -> bool:
    """Whether a list's ``item`` is a name of code: it shows a sign of code, or is a
    lowercase token the word table does not know and the pass does not take for words
    glued (no ``candidates``), made of a word and a few letters (:func:`is_glued_name`):
    ``keyof``, ``rustfmt``, ``capset``; not a rare word (``heterodimerize``) or a merge
    the pass left (``matrixitself``).

    >>> model = WordModel({"rust": 3.7, "trace": 4.2})
    >>> [is_code_item(w, model, set()) for w in ("rustfmt", "os.path", "trace", "heterodimerize")]
    [True, True, False, False]
    >>> is_code_item("rustfmt", model, {"rustfmt"}), is_code_item("e.g.", model, set())
    (False, False)
    """
    if CODE_SIGN_RE.search(item):
        return True
    return (
        item.isalpha()
        and item.islower()
        and item not in candidates
        and not model.knows(item)
        and is_glued_name(item, model)
    )


# A name of code glues a word and a few letters: ``key`` + ``of``, ``rust`` + ``fmt``.
GLUED_HEAD_MIN_CHARS = 3
GLUED_HEAD_MIN_ZIPF = 3.0
GLUED_TAIL_MAX_CHARS = 4


def is_glued_name(token: str, model: WordModel) -> bool:
    """Whether ``token`` opens with a word of ``GLUED_HEAD_MIN_CHARS`` letters or more and
    Zipf ``GLUED_HEAD_MIN_ZIPF`` or more, followed by at most ``GLUED_TAIL_MAX_CHARS``
    letters: the shape of a name of code (``keyof``, ``capset``, ``rustfmt``), not of a
    rare word (``callables``, ``heterodimerize``).

    >>> model = WordModel({"key": 5.0, "call": 5.5, "callable": 2.0})
    >>> is_glued_name("keyof", model), is_glued_name("callables", model)
    (True, False)
    """
    return any(
        model.frequency(token[:cut]) >= GLUED_HEAD_MIN_ZIPF
        for cut in range(max(GLUED_HEAD_MIN_CHARS, len(token) - GLUED_TAIL_MAX_CHARS), len(token))
    )


def is_listed_with_code(
    text: str, span: tuple[int, int], parts: tuple[str, ...], model: WordModel, candidates: Set[str]
) -> bool:
    """Whether the token at ``span``, which would split into ``parts`` (the first a content
    word, none one no name has, :data:`NOT_IN_NAMES`), is an item of a list whose next
    item, before or after it, is a name of code (:func:`is_code_item`): ``Pick, Omit,
    keyof, and typeof``, ``rustfmt and rustup``, ``capget, capset``. Asked of technical
    text only.

    >>> model = WordModel({"apples": 4.0, "rust": 3.7, "key": 5.0, "and": 7.4, "the": 7.7})
    >>> is_listed_with_code("rustfmt and rustup were", (12, 18), ("rust", "up"), model, set())
    True
    >>> is_listed_with_code("apples, pearsand figs", (8, 16), ("pears", "and"), model, set())
    False
    >>> is_listed_with_code("keyof, andthe x", (7, 13), ("and", "the"), model, set())
    False
    """
    first = parts[0].lower()
    if is_function_word(first, model.frequency(first)) or any(
        part.lower() in NOT_IN_NAMES for part in parts
    ):
        return False  # (A name opens with a word: ``dh_make or byusing one`` is ``by using``.)
    start, end = span
    before = ITEM_BEFORE_RE.search(text, max(0, start - AROUND_CHARS), start)
    if before and is_code_item(before["item"], model, candidates):
        return True
    after = ITEM_AFTER_RE.match(text, end)
    return bool(after) and is_code_item(after["item"], model, candidates)


# Verbs that end a clause, not a name of code glued from words: ``syntaxis`` is ``syntax
# is`` (a name opens with its verb: ``isnan``, ``haskey``, ``willchange``).
NOT_LAST_IN_GLUED_NAMES = frozenset(
    {
        *("is", "are", "was", "were", "be", "been", "has", "have", "had"),
        *("can", "could", "will", "would", "shall", "should", "may", "might", "must"),
    }
)


def is_name_shaped(parts: Sequence[str], model: WordModel) -> bool:
    """Whether ``parts`` are two lowercase words, neither an article, a determiner, a
    numeral or a conjunction (:data:`NOT_IN_NAMES`), the first no past form or adverb
    (:func:`compounds.is_past_or_adverb`: ``proposedin``, a merge's mark), the last no
    verb of :data:`NOT_LAST_IN_GLUED_NAMES`: the shape of a name of code glued from words
    (``fromstring``, ``writeonly``, ``worktrees``), which a probably clean document keeps
    whole in technical text when it never writes the parts apart.

    >>> model = WordModel({"propose": 4.6, "from": 6.6, "string": 4.8})
    >>> is_name_shaped(("from", "string"), model), is_name_shaped(("a", "range"), model)
    (True, False)
    >>> is_name_shaped(("of", "the"), model), is_name_shaped(("include", "If"), model)
    (False, False)
    >>> is_name_shaped(("syntax", "is"), model), is_name_shaped(("proposed", "in"), model)
    (False, False)
    """
    return (
        len(parts) == 2
        and all(part.islower() for part in parts)
        and not any(part in NOT_IN_NAMES for part in parts)
        and parts[1] not in NOT_LAST_IN_GLUED_NAMES
        and not is_past_or_adverb(parts[0], model)
    )


# A line (an item, joined by ``unwrap``) that opens with a reference to an issue or a pull
# request after a bullet (``* gh-4152: fromfile: ensure ...``, ``* #9372 BUG: Fix ...``,
# ``- `#24123 <https://...>`__: BUG: ...``), or with one and a colon (``#1895/1896: iter:
# writeonly ...``): a change's title, which developers write about code. (Not a number
# opening a wrapped line: ``#2 (Compression tag 7). Copies of this Note can be``.)
ISSUE_REFERENCE = r"`?(?:[Gg][Hh]-|bpo-|#)[0-9]+\b"
CHANGE_TITLE_RE = lazy_compile(
    rf"[ \t]*(?:[*+-][ \t]+{ISSUE_REFERENCE}|{ISSUE_REFERENCE}(?:/[0-9]+)*`?:)"
)


def is_in_change_title(text: str, start: int, parts: Sequence[str], model: WordModel) -> bool:
    """Whether the token at ``start``, which would split into ``parts``, stands on a line
    that opens with an issue's or a pull request's number (:data:`CHANGE_TITLE_RE`), a
    change's title in a changelog, and is shaped as a name of code (:func:`is_name_shaped`):
    NumPy's release notes' ``gh-4152: fromfile: ensure``, ``gh-5251: Issue with
    fromarrays``. Asked of technical text only.

    >>> model = WordModel({})
    >>> is_in_change_title("* gh-4152: fromfile: ensure it", 11, ("from", "file"), model)
    True
    >>> is_in_change_title("* gh-5225: fix it using arange", 24, ("a", "range"), model)
    False
    >>> is_in_change_title("#1895/1896: iter: writeonly it", 18, ("write", "only"), model)
    True
    >>> is_in_change_title("#2 (Tag 7). Copies comefrom", 19, ("come", "from"), model)
    False
    >>> is_in_change_title("We read fromfile: ensure it", 8, ("from", "file"), model)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    return is_name_shaped(parts, model) and CHANGE_TITLE_RE.match(text, line_start) is not None
