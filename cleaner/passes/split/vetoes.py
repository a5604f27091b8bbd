"""Checks that keep a split :func:`cleaner.passes.split.find_splits` found from being
made, each read from the token's neighbours in the text: a quoted literal, a name of code,
a typo, a Latin epithet, a compound adjective, a word form... Most are asked only of a split
found: seldom."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.join.words import LONE_LETTER_JOINED_ZIPF as LONE_JOINED_ZIPF
from cleaner.passes.split import (
    chunk_patterns,
    combining,
    compounds,
    forms,
    function_words,
    identifiers,
    openers,
    pairs,
    register,
    slips,
)
from cleaner.passes.split.technical import is_technical

# Quotes that set a single token apart as a name or a literal, opening and closing.
QUOTE_PAIRS = frozenset({"''", '""', "`'", "``", "‘’", "“”"})


# A code span: a backtick, then up to this many characters of its line to its closing
# backtick or apostrophe (GNU's `-o nosort' quoting, Markdown's `x = 5`).
CODE_SPAN_CHARS = 60


def is_quoted_literal(text: str, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` stands alone in quotes or backticks, or inside a
    code span opened by a backtick: a command's, an option's or a function's name (``the
    'whatis' command``, ```-o nosort' option``), never a word an extractor glued.

    >>> text = "the 'whatis' and `-o nosort' options, 'a testnew run'"
    >>> [is_quoted_literal(text, *span) for span in ((5, 11), (21, 27), (41, 48))]
    [True, True, False]
    >>> is_quoted_literal("`x` and the pageThe isn't", 12, 19)
    False
    >>> is_quoted_literal("new `-o nosort' and `-o noquote' options", 24, 31)
    True
    >>> is_quoted_literal(".. productionlist::", 3, 17), is_quoted_literal(":envvar:`X`", 1, 7)
    (True, True)
    """
    if start > 0 and text[start - 1] + text[end : end + 1] in QUOTE_PAIRS:
        return True
    if text[end : end + 2] == "::" and text[max(0, start - 3) : start] == ".. ":
        return True  # A reStructuredText directive's name: ``.. productionlist::``.
    if text[end : end + 2] == ":`" and text[start - 1 : start] == ":":
        return True  # A role's name: ``:envvar:`HOME```.
    line_start = text.rfind("\n", 0, start) + 1
    if "`" not in text[max(line_start, start - CODE_SPAN_CHARS) : start]:
        return False
    # Open a span at a backtick, close it at the next backtick or apostrophe, up to the token.
    inside = False
    for mark in text[line_start:start]:
        if mark == "`" or (inside and mark == "'"):
            inside = not inside if mark == "`" else False
    if not inside:
        return False
    line_end = text.find("\n", end)
    rest = text[end : min(end + CODE_SPAN_CHARS, line_end if line_end >= 0 else len(text))]
    return "'" in rest or "`" in rest


def is_repeated_lowercase(word: str, counts: Mapping[str, int]) -> bool:
    """Whether lowercase ``word`` occurs twice or more (``counts``) and is no two function
    words glued (``ofthe``): a candidate only as :func:`candidates.find_candidates` lets a
    repeated merge be one (``thecampaign``, ``possessionof``), which technical text, where
    names of code repeat (``typeof``), does not.

    >>> counts = {"typeof": 2, "ofthe": 2, "thecampaign": 1}
    >>> [is_repeated_lowercase(word, counts) for word in counts]
    [True, False, False]
    """
    return word.islower() and counts[word] > 1 and word not in function_words.function_word_pairs()


def is_name_or_cut(
    text: str,
    span: tuple[int, int],
    parts: tuple[str, ...],
    technical: bool,
    model: WordModel,
    glued_names: Callable[[], frozenset[str]],
) -> bool:
    """Whether the token at ``span``, which would split into ``parts``, is a word cut short
    (``argume...``), a name its neighbours make one in any text (``pip install aflow``, ``a
    package (afterplot)``), a name of code its neighbours name as such (``the nothrow function``;
    outside ``technical`` text only with a function word among ``parts``: ``the ndarray
    astype method``) or, in technical text, one the text writes glued as a name
    (``eventcontroller`` beside ``GtkEventController``; ``glued_names``:
    :func:`identifiers.glued_names` of ``text``, made once, when first asked):
    :mod:`identifiers` (asked of a split found)."""
    start, end = span
    if identifiers.is_cut_short(text, end) or identifiers.is_named_by_neighbours(text, start, end):
        return True
    if not technical:
        # In prose only a function word glued inside a name of code (``the ndarray astype
        # method``): two content words there are a phrase (``the samemajor function``).
        return any(
            pairs.is_function_word(part, model.frequency(part)) for part in parts
        ) and identifiers.is_named_code(text, start, end, parts)
    return (
        identifiers.is_named_code(text, start, end, parts)
        or identifiers.is_in_change_title(text, start, parts, model)
        or (
            text[start:end].islower()
            and identifiers.is_written_as_name(parts, glued_names(), model)
        )
    )


def opens_as_a_name(
    text: str, position: int, start: int, parts: tuple[str, ...], model: WordModel
) -> bool:
    """Whether the token at ``position`` (its paragraph's ``start``) is lowercase, opens a
    sentence after another one (:func:`openers.opens_sentence_lowercase`) and ends in no
    function word: a name written lowercase (``statsmodels``), not a name glued to a verb
    (``gzipis``, ``systemdwill``). Asked only of a split found: seldom."""
    last = parts[-1].lower()
    return (
        "".join(parts).islower()
        and not pairs.is_function_word(last, model.frequency(last))
        and openers.opens_sentence_lowercase(text, start, position)
    )


def is_slip(text: str, span: tuple[int, int], parts: tuple[str, ...], model: WordModel) -> bool:
    """Whether the token at ``span`` is a typo of a very common word (:mod:`slips`; asked
    only of a split found: seldom)."""
    start, end = span
    token = text[start:end]
    return (
        slips.slip_of(token, parts, model) is not None
        or slips.wrong_letter_slip_of(token, parts, model) is not None
    )


def is_combined(
    parts: tuple[str, ...], model: WordModel, ordered_words: Callable[[], list[str]]
) -> bool:
    """:func:`combining.is_derivation` of ``parts``, the document's words sorted once, when
    first needed (``ordered_words``): only a split whose first part is shaped as a combining
    form reads them."""
    return combining.is_combining_form(parts[0], model) and combining.is_derivation(
        parts, ordered_words(), model
    )


# The text after a token read for the word after it.
AFTER_WORD_CHARS = 40


def is_compound_before_noun(
    text: str, chunk: re.Match[str], parts: tuple[str, ...], model: WordModel
) -> bool:
    """:func:`pairs.is_compound_before_noun` for the split ``parts`` of the word of
    ``chunk``, read with the word after it (asked only of a split found: seldom)."""
    if len(parts) != 2 or parts[1] not in pairs.COMPOUND_HEADS:
        return False
    end = chunk.end("word")
    return pairs.is_compound_before_noun(*parts, text[end : end + AFTER_WORD_CHARS], model)


def follows_article(text: str, chunk: re.Match[str], start: int, left: str) -> bool:
    """:func:`compounds.is_no_phrase_after` for a split of the word of ``chunk`` whose first
    part is ``left``; ``start``: its paragraph's (asked only of a split found: seldom)."""
    before = text[max(start, chunk.start() - forms.BEFORE_WORD_CHARS) : chunk.start()]
    return compounds.is_no_phrase_after(left, before)


# The text before a token read for the Latin noun before it (``processus jugalis``).
LATIN_BEFORE_CHARS = 30


def is_latin_epithet(
    text: str, chunk: re.Match[str], start: int, right: str, model: WordModel
) -> bool:
    """:func:`compounds.is_latin_epithet` for a split of the word of ``chunk`` whose last
    part is ``right``; ``start``: its paragraph's (asked only of a split found: seldom)."""
    before = text[max(start, chunk.start() - LATIN_BEFORE_CHARS) : chunk.start()]
    return compounds.is_latin_epithet(chunk["word"], right, before, model)


def joins_a_lone_letter(
    text: str, start: int, end: int, parts: tuple[str, ...], model: WordModel
) -> bool:
    """Whether a part of the split of ``text[start:end]`` makes, with a lone letter that is
    no word one space after or before it, a word as common as ``join`` (run before this
    pass) needs to join them (see :data:`chunk_patterns.LONE_LETTER_AFTER_RE`).

    >>> from cleaner.lexicon import load_model
    >>> model = load_model()
    >>> joins_a_lone_letter("the endno n", 4, 9, ("end", "no"), model)
    True
    >>> joins_a_lone_letter("the endno a", 4, 9, ("end", "no"), model)
    False
    >>> joins_a_lone_letter("x issuedpreviously", 2, 18, ("issued", "previously"), model)
    False
    >>> joins_a_lone_letter("-m timeit", 3, 9, ("time", "it"), model)  # (no pair of join's)
    False
    """
    after = chunk_patterns.LONE_LETTER_AFTER_RE.match(text, end)
    if after and model.frequency((parts[-1] + after.group()[1]).lower()) >= LONE_JOINED_ZIPF:
        return True
    before = chunk_patterns.LONE_LETTER_BEFORE_RE.search(text, max(0, start - 3), start)
    return bool(before) and model.frequency((before.group()[0] + parts[0]).lower()) >= (
        LONE_JOINED_ZIPF
    )


# A short lowercase run, then one space, right before a token: the head of a word that a
# space broke (``bec ause``), when the two make a common word.
BROKEN_HEAD_RE = lazy_compile(r"(?<![^\W\d_])[a-z]{1,4} \Z")
# The head is rarer than this (``bec`` 2.9), the word it makes with the token this common
# (``because`` 6.0): not a word before a merge (``a fewthings``: ``afew``).
BROKEN_HEAD_MAX_ZIPF = 3.0
BROKEN_WORD_MIN_ZIPF = 4.5


def ends_a_broken_word(text: str, start: int, end: int, model: WordModel) -> bool:
    """Whether the token at ``start:end`` is the tail of a word broken by a space, not two
    words glued: the rare short run before it makes a common word with it.

    >>> from cleaner.lexicon import load_model
    >>> model = load_model()
    >>> ends_a_broken_word("I felt for the boys bec ause they", 24, 28, model)
    True
    >>> ends_a_broken_word("It was issuedpreviously by", 7, 23, model)
    False
    """
    head = BROKEN_HEAD_RE.search(text, max(0, start - 6), start)
    if head is None:
        return False
    word = head.group()[:-1].lower()
    joined = word + text[start:end].lower()
    return (
        model.frequency(word) < BROKEN_HEAD_MAX_ZIPF
        and model.frequency(joined) >= BROKEN_WORD_MIN_ZIPF
    )


# An indented line this long with no sign of code is prose (extractors indent whole
# paragraphs, one a line), not a line of code or of aligned columns.
MIN_PROSE_LINE_CHARS = 200


def is_long_prose_line(text: str, offset: int) -> bool:
    """Whether the line holding ``text[offset]`` is a long line of prose, code-free.

    >>> is_long_prose_line("    " + "He said so. " * 20, 10), is_long_prose_line("  f(x)", 3)
    (True, False)
    """
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line) >= MIN_PROSE_LINE_CHARS and not is_technical(line)


# The text after a word read for an elided ending (``'st`` and the letter after it).
ELIDED_AFTER_CHARS = 4


def is_word_form(text: str, chunk: re.Match[str], start: int, model: WordModel) -> bool:
    """:func:`forms.is_word_form` for the word of ``chunk``, or a verb elided
    (:func:`register.is_elided_verb`: ``incorps'd``); ``start``: its paragraph's."""
    before = text[max(start, chunk.start() - forms.BEFORE_WORD_CHARS) : chunk.start()]
    word, end = chunk["word"], chunk.end("word")
    return forms.is_word_form(word, before, text[end : chunk.end()], model) or (
        register.is_elided_verb(word, text[end : end + ELIDED_AFTER_CHARS])
    )
