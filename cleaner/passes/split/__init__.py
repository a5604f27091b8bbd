"""The ``split`` pass: split words that lost the space between them (``issuedpreviously``).

Text taken out of HTML often loses the space where a tag ended. The pass splits a token
only when it is not a known word, occurs once in the document, and splits into two
common words far more probable than it; ``pageThe`` splits only where a sentence
plausibly ended. Precision comes first: names, brands, code (the lines whose spacing
counts, and code-like tokens elsewhere), URLs and non-English paragraphs are never
touched. The word model loads only when a candidate is met.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Set
from functools import cache, partial
from typing import NamedTuple

from cleaner.lexicon import WordModel, load_model
from cleaner.passes.join.words import LONE_LETTER_JOINED_ZIPF as LONE_JOINED_ZIPF
from cleaner.passes.layout import SOFT_HYPHEN, code_test
from cleaner.passes.split import (
    capitals,
    chunk_patterns,
    clean_bar,
    combining,
    compounds,
    forms,
    function_words,
    identifiers,
    names,
    openers,
    pairs,
    prose,
    register,
    slips,
    speech,
)
from cleaner.passes.split.candidates import find_candidates
from cleaner.passes.split.lists import affixes
from cleaner.passes.split.runs import (
    document_runs,
    hyphenated_elsewhere,
    may_be_glued,
    paragraphs_with,
    web_address_runs,
    word_chunks,
)
from cleaner.passes.split.screen import may_split
from cleaner.passes.split.technical import (
    is_technical,
    is_technical_document,
    talks_about_software,
)


class Split(NamedTuple):
    """One token to split: its span in the text and its parts, spaces to go between."""

    start: int
    end: int
    parts: tuple[str, ...]
    forced: bool = False


def split_merged_words(
    text: str, *, protect: tuple[str, ...] = (), force: tuple[str, ...] = ()
) -> str:
    """Split merged words; ``protect`` words never split, ``force`` entries always do.

    A ``force`` entry is the split form itself, parts separated by spaces: the entry
    ``"issued previously"`` splits every ``issuedpreviously`` (any case) that way, even a
    repeated or known one. ``protect`` lists words (any case) to keep whole.

    >>> split_merged_words("The order was issuedpreviously by him.\\n")
    'The order was issued previously by him.\\n'
    >>> split_merged_words("Read the pageThe end.", protect=("pageThe",))
    'Read the pageThe end.'
    >>> split_merged_words("a bookshelf", force=("book shelf",))
    'a book shelf'

    Soft hyphens are invisible to it, as unwrap removes them afterwards:

    >>> split_merged_words("The order was \\u00adissuedpreviously by him.\\n")
    'The order was \\xadissued previously by him.\\n'
    """
    if SOFT_HYPHEN not in text:
        return apply_splits(text, find_splits(text, protect=protect, force=force))
    visible = text.replace(SOFT_HYPHEN, "")
    splits = find_splits(visible, protect=protect, force=force)
    if not splits:
        return text
    # Where each visible character stands in ``text``; a space goes before the first
    # character of each part after the first.
    original = [i for i, char in enumerate(text) if char != SOFT_HYPHEN]
    cuts = [original[start] for start in _part_starts(splits)]
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return " ".join(pieces)


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


def _part_starts(splits: Iterable[Split]) -> list[int]:
    """The positions where the second and later parts of each split begin."""
    starts = []
    for split in sorted(splits):
        position = split.start
        for part in split.parts[:-1]:
            position += len(part)
            starts.append(position)
    return starts


def find_splits(
    text: str,
    *,
    protect: Iterable[str] = (),
    force: Iterable[str] = (),
    get_model: Callable[[], WordModel] = load_model,
) -> list[Split]:
    """Every split the pass makes in ``text``; ``get_model`` is called only if needed.

    The candidates (forced words, and merged-looking words seen once) are found among the
    document's distinct letter runs first, and known words are dropped from them once the
    model is loaded: a paragraph without a candidate is never looked into. A clock time's
    ``am`` or ``pm`` glued to a capitalised word splits wherever it is
    (:func:`capitals.clock_time_splits`: ``9:01pmEach``).

    >>> find_splits("Posted at 9:01pmEach year, millions post.")
    [Split(start=14, end=20, parts=('pm', 'Each'), forced=False)]
    """
    protect = tuple(protect)
    found = _splits_of_candidates(text, protect=protect, force=force, get_model=get_model)
    return _with_clock_time_splits(found, text, protect)


def _with_clock_time_splits(found: list[Split], text: str, protect: Iterable[str]) -> list[Split]:
    """``found`` (the splits of ``text``) and the splits of :func:`capitals.clock_time_splits`
    at the tokens neither split already nor protected, in order."""
    if ":" not in text:
        return found
    taken = {split.start for split in found}
    protected = {word.lower() for word in protect}
    more = [
        Split(start, end, parts)
        for start, end, parts in capitals.clock_time_splits(text)
        if start not in taken and text[start:end].lower() not in protected
    ]
    return sorted([*found, *more]) if more else found


def _splits_of_candidates(
    text: str,
    *,
    protect: Iterable[str],
    force: Iterable[str],
    get_model: Callable[[], WordModel],
) -> list[Split]:
    """The splits of the document's candidate words (see :func:`find_splits`)."""
    forced = forced_splits(force)
    # A domain (theintelligencer.net) is no use of a word (searched for once: no ``in`` first).
    addresses = web_address_runs(text)
    runs, count = document_runs(text, addresses)
    # Known words are left out (best_split, capital_split never split one): most runs of
    # clean text are such words, and without candidates no paragraph needs a look.
    protected = {word.lower() for word in protect}
    written_apart = partial(names.is_written_apart, text)
    found = find_candidates(runs, forced, protected, get_model, count, written_apart)
    candidates, model, spellings, run_counts = found
    if not candidates or model is None or spellings is None or run_counts is None:
        return []
    # (After the look-ups, one a word: few candidates are left to look for by each hyphen.)
    candidates -= hyphenated_elsewhere(text, candidates, forced)
    # A word the document uses in another form too (``inpaints``, ``inpainting``).
    candidates -= forms.with_forms_elsewhere(candidates - forced.keys(), spellings.keys())
    # A Latinate derivative of a stem the document derives (``regressand``, ``regressor``).
    candidates -= forms.derived_elsewhere(candidates - forced.keys(), spellings.keys(), model)
    # A speaker's lisp the text spells (``stwuck``, ``weported``): words, not merges.
    candidates -= speech.lisped_words(candidates - forced.keys(), model)
    # A word no paragraph lets split (most of a book's rare words): its paragraph is not read.
    seen = spellings.keys()
    candidates = {r for r in candidates if r.lower() in forced or may_split(r, model, seen)}
    # Two that are forms of one long word (``timetree``, ``timetrees``): a coinage.
    candidates -= forms.coinages(candidates - forced.keys(), text)
    if not candidates:
        return []
    technical_document: bool | None = None
    compounding: bool | None = None  # Whether the text writes compounds (made when needed).
    in_code: Callable[[int], bool] | None = None  # Made at the first word that may split.
    is_name: Callable[[str], bool] | None = None  # Likewise: whether a word is a name there.
    # The names a split sets apart without the document's evidence (``inFrance``): names of
    # the text for the other candidates too, as on the next run (idempotence).
    split_off = names.names_split_off(candidates - forced.keys(), model)
    # Whether a paragraph's words are English, each word's verdict kept for the next one.
    is_english = partial(prose.is_english_prose, model=model, common_words={})
    found = []
    in_technical_text: set[int] = set()  # Where the splits found in technical text start.
    # Whether a candidate may be the letters glued after a possessive (``Korea'sKospi``).
    possessive = any(
        w[:1] == "s" and function_words.POSSESSIVE_TAIL_RE.fullmatch(w) for w in candidates
    )
    # Whether one may be a name after a hyphen glued to the word after it (``al-Tanfreportedly``).
    hyphen_name = any(w[:1].isupper() and f"-{w}" in text for w in candidates)
    # Whether one may be ``endStart`` ending a hyphenated chunk (``day-by-dayThe``).
    hyphen_tail = any(w[:1].islower() and not w.islower() and f"-{w}" in text for w in candidates)
    # The words in a row of the text's names of code (made when a technical split is found).
    glued_names = cache(partial(identifiers.glued_names, text))
    # The document's lowercase words in order (made when a combining form's split is found).
    ordered_words = cache(partial(combining.sorted_words, spellings.keys()))
    # How often each candidate is a run of the text, in web addresses too.
    counts = {word: run_counts[word] + addresses[word] for word in candidates}
    for paragraph, present in paragraphs_with(text, candidates, counts):
        start, end = paragraph.span()
        english: bool | None = None
        # Its words are English (prose.is_english_prose): else only a forced split is made
        # in it, so with none forced it is not looked into.
        english_words = None if forced else is_english(paragraph.group())
        if english_words is False:
            continue
        technical: bool | None = None
        # (Searched for the paragraph's own candidates, few even where the document's are many.)
        chunks = word_chunks(text, start, end, present)
        if may_be_glued(text, start, end, present):  # (else no glued word is a candidate)
            chunks = _with_glued(chunks, text, start, end)
        if possessive:  # (letters glued after a possessive: ``Korea'sKospi``)
            chunks = _with_matches(chunks, chunk_patterns.POSSESSIVE_CHUNK_RE, text, start, end)
        if hyphen_name:  # (a name ending a hyphenated chunk: ``al-Tanfreportedly``)
            chunks = _with_matches(chunks, chunk_patterns.HYPHEN_NAME_CHUNK_RE, text, start, end)
        if hyphen_tail:  # (``endStart`` ending a hyphenated chunk: ``day-by-dayThe``)
            chunks = _with_matches(chunks, chunk_patterns.HYPHEN_TAIL_CHUNK_RE, text, start, end)
        for chunk in chunks:
            word = chunk["word"]
            if word not in candidates:
                continue
            key = word.lower()
            if key in forced:
                found.append(Split(*chunk.span("word"), _cut(word, forced[key]), forced=True))
                continue
            if is_quoted_literal(text, *chunk.span("word")):
                continue  # A name quoted as such: the 'whatis' command, `-o nosort'.
            in_code = in_code or code_test(text)
            if in_code(chunk.start("word")) and not _is_long_prose_line(text, chunk.start()):
                continue  # Code: "allOf" is a name.
            if english is None:
                if english_words is None:
                    english_words = is_english(paragraph.group())
                english = english_words and not _in_another_language(paragraph.group())
            if not english:
                continue
            if technical is None:
                if technical_document is None:
                    technical_document = is_technical_document(text) or talks_about_software(runs)
                technical = technical_document or is_technical(paragraph.group())
            if word.islower() and _is_word_form(text, chunk, start, model):
                continue
            if chunk.re is chunk_patterns.POSSESSIVE_CHUNK_RE:
                parts = function_words.possessive_split(word)
            elif chunk.re is chunk_patterns.HYPHEN_NAME_CHUNK_RE:
                is_name = is_name or names.name_test(text, runs, split_off)
                parts = names.word_split_after_name(word, model, is_name, affixes()[1])
            elif chunk.re is chunk_patterns.HYPHEN_TAIL_CHUNK_RE:
                parts = capitals.capital_split(word, model)
            elif chunk.re is chunk_patterns.GLUED_WORD_RE and text[chunk.start() - 1] in "'’":
                before = chunk_patterns.LETTERS_BEFORE_RE.search(text, start, chunk.start() - 1)
                parts = function_words.contraction_split(
                    word, before.group() if before else "", model
                )
            else:
                is_name = is_name or names.name_test(text, runs, split_off)
                apart = partial(names.is_written_apart, text)
                opens = word.istitle() and openers.starts_sentence(text, start, chunk.start("word"))
                parts = _parts(
                    word,
                    model,
                    technical,
                    spellings,
                    is_name=is_name,
                    written_apart=apart,
                    opens=opens,
                )
                # A compound-shaped split asks whether the text writes compounds (read
                # once, and only then: most texts never need it).
                if parts and word.islower() and not technical and _may_be_compound(parts, model):
                    if compounding is None:
                        compounding = compounds.writes_compounds(text)
                    if compounding:
                        parts = _parts(word, model, technical, spellings, compounding=True)
            if parts and technical and _is_repeated_lowercase(word, counts):
                continue  # ``typeof`` twice in a page's script, beside ``type of`` in prose.
            # ``endStart`` seen twice or more: a block a page repeats, or a name in sentences.
            repeated = parts and counts[word] > 1 and not word.islower()
            if repeated and not capitals.is_repeated_block(text, word):
                continue  # ``the package clusterPower`` ... ``with clusterPower``.
            if parts and _is_name_or_cut(
                text, chunk.span("word"), parts, technical, model, glued_names
            ):
                continue  # ``the nothrow function``, ``GtkEventController``, ``argume...``.
            if parts and technical and word.islower() and forms.is_derivative(word, parts, model):
                continue  # ``relayout``, ``hasher``: a word derived, not ``relay out``.
            if parts and word.islower() and _is_combined(parts, model, ordered_words):
                continue  # ``cryptoanalyze`` beside ``cryptography``: ``crypto-`` is a prefix.
            if parts and word.islower() and _is_compound_before_noun(text, chunk, parts, model):
                continue  # ``chaosbased communications``: a compound adjective, hyphen lost.
            if parts and _follows_article(text, chunk, start, parts[0]):
                continue  # ``an athermal``: no article comes before ``a`` or ``in``.
            if parts and _is_latin_epithet(text, chunk, start, parts[-1], model):
                continue  # ``processus jugalis``, ``B. abortis``: Latin, no ``jugal is``.
            if parts and word.islower() and forms.is_in_series(text, *chunk.span("word"), model):
                continue  # ``hylodid, or alsodid taxa``: one of a series of coinages.
            if parts and _joins_a_lone_letter(text, *chunk.span("word"), parts, model):
                continue  # ``endno n``: ``end no n`` would be join's ``end non``.
            if parts and _is_slip(text, chunk.span("word"), parts, model):
                continue  # ``importat``: a typo of ``important``, no ``import at``.
            if parts and _opens_as_a_name(text, chunk.start("word"), start, parts, model):
                continue  # ``models. statsmodels currently``: a name written lowercase.
            if parts:
                found.append(Split(*chunk.span("word"), parts))
                if technical:
                    in_technical_text.add(chunk.start("word"))
    if in_technical_text:
        found = _without_names_of_code(found, text, model, candidates, in_technical_text)
    return _held_to_the_clean_bar(found, text, model, in_technical_text)


def _is_repeated_lowercase(word: str, counts: Mapping[str, int]) -> bool:
    """Whether lowercase ``word`` occurs twice or more (``counts``) and is no two function
    words glued (``ofthe``): a candidate only as :func:`candidates.find_candidates` lets a
    repeated merge be one (``thecampaign``, ``possessionof``), which technical text, where
    names of code repeat (``typeof``), does not.

    >>> counts = {"typeof": 2, "ofthe": 2, "thecampaign": 1}
    >>> [_is_repeated_lowercase(word, counts) for word in counts]
    [True, False, False]
    """
    return word.islower() and counts[word] > 1 and word not in function_words.function_word_pairs()


def _held_to_the_clean_bar(
    found: list[Split], text: str, model: WordModel, technical: Set[int] = frozenset()
) -> list[Split]:
    """``found`` (the splits of ``text``) without those of the author's words when the
    document is a clean book whose splits are mostly such words (:mod:`clean_bar`: a
    book's ``asphaltus``; but ``thefollowing`` beside ``the following``); else without
    its splits of two content words shaped as a compound when the document is probably
    clean (``sidegate`` in a novel's 2,000 words with no other split), nor those starting
    at a position of ``technical`` (technical text) shaped as a name of code
    (:func:`identifiers.is_name_shaped`: NumPy's ``the importall function``), nor, when it
    is archaic verse too (:func:`register.is_archaic_verse`), its splits reading as verse's
    forms of listed words (:func:`clean_bar.is_verse_form`: Whitman's ``avataras``);
    forced ones kept, and those the document writes apart elsewhere too (``A pointload
    of`` beside ``the point load``).

    >>> model = load_model()
    >>> book = "He read thefollowing and the following. " + "The day was fine. " * 8000
    >>> _held_to_the_clean_bar([Split(8, 20, ("the", "following"))], book, model)
    [Split(start=8, end=20, parts=('the', 'following'), forced=False)]
    >>> _held_to_the_clean_bar([Split(8, 20, ("the", "following"))], book[41:], model)
    []
    >>> text = "They came by a sidegate. " + "The day was fine. " * 500
    >>> _held_to_the_clean_bar([Split(15, 23, ("side", "gate"))], text, model)
    []
    >>> _held_to_the_clean_bar([Split(15, 23, ("side", "gate"))], text[:300], model)
    [Split(start=15, end=23, parts=('side', 'gate'), forced=False)]
    >>> _held_to_the_clean_bar([Split(15, 23, ("side", "gate"))], text + "A side gate.", model)
    [Split(start=15, end=23, parts=('side', 'gate'), forced=False)]
    >>> notes = "It went with the importall function. " + "Call f() now. " * 400
    >>> _held_to_the_clean_bar([Split(17, 26, ("import", "all"))], notes, model, {17})
    []
    >>> _held_to_the_clean_bar([Split(17, 26, ("import", "all"))], notes, model)
    [Split(start=17, end=26, parts=('import', 'all'), forced=False)]
    >>> verse = "My avataras rise. " + "Thus was it form'd and usher'd so. " * 200
    >>> _held_to_the_clean_bar([Split(3, 11, ("avatar", "as"))], verse, model)
    []
    >>> _held_to_the_clean_bar([Split(3, 11, ("avatar", "as"))], verse.replace("'d", "ed"), model)
    [Split(start=3, end=11, parts=('avatar', 'as'), forced=False)]
    """
    if clean_bar.is_clean_book(text, len(found)):
        apart = [s for s in found if s.forced or names.is_written_apart(text, *s.parts)]
        if not clean_bar.are_lost_spaces(len(apart), len(found)):
            # The author's closed words, but for pairs the book writes apart more than once.
            return [
                split
                for split in apart
                if split.forced
                or names.is_written_apart(
                    text, *split.parts, times=clean_bar.AUTHOR_BOOK_APART_TIMES
                )
            ]
    held = [
        split
        for split in found
        if not split.forced
        and (
            clean_bar.is_compound_shaped(split.parts, model)
            or clean_bar.is_verse_form(split.parts, model)
            or (split.start in technical and identifiers.is_name_shaped(split.parts, model))
        )
        and not names.is_written_apart(text, *split.parts)
    ]
    if not held or not clean_bar.is_probably_clean(text, len(found)):
        return found
    compounds = [
        split
        for split in held
        if clean_bar.is_compound_shaped(split.parts, model)
        or (split.start in technical and identifiers.is_name_shaped(split.parts, model))
    ]
    if len(compounds) < len(held) and register.is_archaic_verse(text):
        compounds = held  # Verse's forms of listed words (``avataras``): words.
    return [split for split in found if split not in compounds]


def _is_name_or_cut(
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


def _without_names_of_code(
    found: list[Split], text: str, model: WordModel, candidates: Set[str], technical: Set[int]
) -> list[Split]:
    """``found`` (the splits of ``text``) without those starting at a position of
    ``technical`` (technical text) whose token is an item of a list beside a name of code
    that the pass does not take for words glued (no ``candidates``): ``keyof, and
    typeof``, ``rustfmt and rustup`` (:func:`identifiers.is_listed_with_code`; asked once
    all candidates are known).

    >>> text = "The rustfmt and rustup tools."
    >>> split = Split(16, 22, ("rust", "up"))
    >>> _without_names_of_code([split], text, load_model(), {"rustup"}, {16})
    []
    """
    return [
        split
        for split in found
        if split.forced
        or split.start not in technical
        or not identifiers.is_listed_with_code(
            text, (split.start, split.end), split.parts, model, candidates
        )
    ]


def _opens_as_a_name(
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


def _is_slip(text: str, span: tuple[int, int], parts: tuple[str, ...], model: WordModel) -> bool:
    """Whether the token at ``span`` is a typo of a very common word (:mod:`slips`; asked
    only of a split found: seldom)."""
    start, end = span
    return slips.slip_of(text[start:end], parts, model) is not None


def _is_combined(
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


def _is_compound_before_noun(
    text: str, chunk: re.Match[str], parts: tuple[str, ...], model: WordModel
) -> bool:
    """:func:`pairs.is_compound_before_noun` for the split ``parts`` of the word of
    ``chunk``, read with the word after it (asked only of a split found: seldom)."""
    if len(parts) != 2 or parts[1] not in pairs.COMPOUND_HEADS:
        return False
    end = chunk.end("word")
    return pairs.is_compound_before_noun(*parts, text[end : end + AFTER_WORD_CHARS], model)


def _follows_article(text: str, chunk: re.Match[str], start: int, left: str) -> bool:
    """:func:`compounds.is_no_phrase_after` for a split of the word of ``chunk`` whose first
    part is ``left``; ``start``: its paragraph's (asked only of a split found: seldom)."""
    before = text[max(start, chunk.start() - forms.BEFORE_WORD_CHARS) : chunk.start()]
    return compounds.is_no_phrase_after(left, before)


# The text before a token read for the Latin noun before it (``processus jugalis``).
LATIN_BEFORE_CHARS = 30


def _is_latin_epithet(
    text: str, chunk: re.Match[str], start: int, right: str, model: WordModel
) -> bool:
    """:func:`compounds.is_latin_epithet` for a split of the word of ``chunk`` whose last
    part is ``right``; ``start``: its paragraph's (asked only of a split found: seldom)."""
    before = text[max(start, chunk.start() - LATIN_BEFORE_CHARS) : chunk.start()]
    return compounds.is_latin_epithet(chunk["word"], right, before, model)


def _joins_a_lone_letter(
    text: str, start: int, end: int, parts: tuple[str, ...], model: WordModel
) -> bool:
    """Whether a part of the split of ``text[start:end]`` makes, with a lone letter that is
    no word one space after or before it, a word as common as ``join`` (run before this
    pass) needs to join them (see :data:`chunk_patterns.LONE_LETTER_AFTER_RE`).

    >>> model = load_model()
    >>> _joins_a_lone_letter("the endno n", 4, 9, ("end", "no"), model)
    True
    >>> _joins_a_lone_letter("the endno a", 4, 9, ("end", "no"), model)
    False
    >>> _joins_a_lone_letter("x issuedpreviously", 2, 18, ("issued", "previously"), model)
    False
    >>> _joins_a_lone_letter("-m timeit", 3, 9, ("time", "it"), model)  # (no pair of join's)
    False
    """
    after = chunk_patterns.LONE_LETTER_AFTER_RE.match(text, end)
    if after and model.frequency((parts[-1] + after.group()[1]).lower()) >= LONE_JOINED_ZIPF:
        return True
    before = chunk_patterns.LONE_LETTER_BEFORE_RE.search(text, max(0, start - 3), start)
    return bool(before) and model.frequency((before.group()[0] + parts[0]).lower()) >= (
        LONE_JOINED_ZIPF
    )


# An indented line this long with no sign of code is prose (extractors indent whole
# paragraphs, one a line), not a line of code or of aligned columns.
MIN_PROSE_LINE_CHARS = 200


def _is_long_prose_line(text: str, offset: int) -> bool:
    """Whether the line holding ``text[offset]`` is a long line of prose, code-free.

    >>> _is_long_prose_line("    " + "He said so. " * 20, 10), _is_long_prose_line("  f(x)", 3)
    (True, False)
    """
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line) >= MIN_PROSE_LINE_CHARS and not is_technical(line)


def _with_matches(
    chunks: Iterator[re.Match[str]], pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``chunks`` (the plain words of ``text[start:end]``), then the matches of ``pattern``
    there, each with the letters to judge as its group ``word``."""
    yield from chunks
    yield from pattern.finditer(text, start, end)


def _with_glued(
    chunks: Iterator[re.Match[str]], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``chunks`` (the plain words of ``text[start:end]``), then the words of its glued
    chunks (``chunk_patterns.GLUED_CHUNK_RE``: ``bedding,butif``, ``al-Tanfreportedly``); the
    letters are group ``word`` of each.

    >>> [m["word"] for m in _with_glued(iter(()), "soft bedding,butif you", 0, 22)]
    ['bedding', 'butif']
    """
    yield from chunks
    for glued in chunk_patterns.GLUED_CHUNK_RE.finditer(text, start, end):  # (two words or more)
        yield from chunk_patterns.GLUED_WORD_RE.finditer(text, glued.start(), glued.end())


# The text after a word read for an elided ending (``'st`` and the letter after it).
ELIDED_AFTER_CHARS = 4


def _is_word_form(text: str, chunk: re.Match[str], start: int, model: WordModel) -> bool:
    """:func:`forms.is_word_form` for the word of ``chunk``, or a verb elided
    (:func:`register.is_elided_verb`: ``incorps'd``); ``start``: its paragraph's."""
    before = text[max(start, chunk.start() - forms.BEFORE_WORD_CHARS) : chunk.start()]
    word, end = chunk["word"], chunk.end("word")
    return forms.is_word_form(word, before, text[end : chunk.end()], model) or (
        register.is_elided_verb(word, text[end : end + ELIDED_AFTER_CHARS])
    )


def apply_splits(text: str, splits: Iterable[Split]) -> str:
    """Insert the spaces of ``splits`` into ``text`` (which must be the text they came from).

    >>> apply_splits("ab cd", [Split(0, 2, ("a", "b"))])
    'a b cd'
    """
    pieces = []
    position = 0
    for split in sorted(splits):
        pieces.append(text[position : split.start])
        pieces.append(" ".join(split.parts))
        position = split.end
    pieces.append(text[position:])
    return "".join(pieces)


def forced_splits(entries: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The ``force`` setting as ``{joined word: part lengths}``; malformed entries are left out.

    >>> forced_splits(["issued previously", "oneword", "bad-entry here"])
    {'issuedpreviously': (6, 10)}
    """
    table = {}
    for entry in entries:
        parts = entry.split()
        if len(parts) > 1 and all(part.isalpha() and part.isascii() for part in parts):
            table["".join(parts).lower()] = tuple(len(part) for part in parts)
    return table


def explain_splits(before: str, after: str, **options: tuple[str, ...]) -> list[str]:
    """One line per split made, with its parts, and one per ``force`` entry left unused.

    >>> explain_splits("It was issuedpreviously by", "", force=("x",))  # doctest: +ELLIPSIS
    ['issuedpreviously -> issued + previously', "force entry 'x' ignored: ..."]
    """
    protect, force = options.get("protect", ()), options.get("force", ())
    lines = []
    # Unchanged, the text had no split to make (each inserts a space): none to look for.
    for split in find_splits(before, protect=protect, force=force) if before != after else ():
        note = " (forced)" if split.forced else ""
        lines.append(f"{before[split.start : split.end]} -> {' + '.join(split.parts)}{note}")
    usable = forced_splits(force)
    for entry in force:
        if "".join(entry.split()).lower() not in usable:
            lines.append(
                f"force entry {entry!r} ignored: write the parts separated by spaces, "
                "letters only (e.g. 'issued previously')"
            )
    return lines


def _parts(
    word: str,
    model: WordModel,
    technical: bool,
    counts: Counter[str],
    *,
    compounding: bool = False,
    is_name: Callable[[str], bool] | None = None,
    written_apart: Callable[[str, str], bool] | None = None,
    opens: bool = False,
) -> tuple[str, ...] | None:
    """The parts ``word`` splits into, or ``None``; ``compounding``: the text writes
    compounds (:func:`compounds.writes_compounds`); ``is_name``: whether the text uses a
    word as a name (:func:`names.name_test`); ``written_apart``: whether it writes two
    words in a row (:func:`names.is_written_apart`); ``opens``: ``word`` starts a
    sentence (:func:`openers.opener_split`)."""
    if word.islower():
        pair = function_words.grammatical_split(word, model)
        return pair or pairs.best_split(
            word, model, technical=technical, compounds=compounding, seen=counts.keys()
        )
    if parts := capitals.capital_split(word, model):
        return parts
    if not technical and (parts := capitals.repeated_word_split(word, model)):
        return parts  # ``Try yoga`` + ``Yoga is...``: a heading glued to its paragraph.
    if not technical and (parts := function_words.function_pair_split(word)):
        return parts
    if opens and not technical and (parts := openers.opener_split(word, model)):
        return parts
    if not technical and (parts := capitals.name_split_after(word, model, counts)):
        return parts
    if is_name and (parts := names.word_split_after_name(word, model, is_name, affixes()[1])):
        return parts
    if not technical and (parts := capitals.block_start_split(word, model)):
        return parts
    return None if technical else names.name_split(word, model, is_name, written_apart)


def _may_be_compound(parts: tuple[str, ...], model: WordModel) -> bool:
    """Whether a split's two parts may be a compound (:func:`pairs.best_split`'s test)."""
    left, right = parts
    return compounds.may_be_compound(left, right, model) and pairs.is_short_content_pair(
        left, right, model
    )


def _cut(word: str, lengths: tuple[int, ...]) -> tuple[str, ...]:
    """Cut ``word`` into pieces of the given lengths, keeping its own letters and case."""
    parts, position = [], 0
    for length in lengths:
        parts.append(word[position : position + length])
        position += length
    return tuple(parts)


# A paragraph of fewer words is not identified: too short to tell its language.
MIN_WORDS_FOR_LANGUAGE = 8


def _in_another_language(paragraph: str) -> bool:
    """Whether the paragraph is in a language cleaner has a word table for (Spanish's
    ``el``, ``en``, ``de``, ``un`` are common English words too, so the word test is fooled).
    English function words answer first; only other paragraphs load the identifier."""
    from cleaner.language import TABLE_LANGUAGES, WORD_RE, identify, looks_english

    if len(WORD_RE.findall(paragraph[:2000])) < MIN_WORDS_FOR_LANGUAGE:
        return False  # Too short to tell ("locatednear," she said.): judged as before.
    return not looks_english(paragraph) and identify(paragraph) in TABLE_LANGUAGES
