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
from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial

from cleaner.lexicon import WordModel, load_model
from cleaner.passes.layout import SOFT_HYPHEN, code_test
from cleaner.passes.split import (
    capitals,
    chunk_patterns,
    combining,
    compounds,
    document_checks,
    forms,
    function_words,
    identifiers,
    names,
    openers,
    pairs,
    prose,
    speech,
    vetoes,
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
from cleaner.passes.split.splits import Split, apply_splits, cut, forced_splits, part_starts
from cleaner.passes.split.technical import (
    is_technical,
    is_technical_document,
    talks_about_software,
)


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
    cuts = [original[start] for start in part_starts(splits)]
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return " ".join(pieces)


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
                found.append(Split(*chunk.span("word"), cut(word, forced[key]), forced=True))
                continue
            if vetoes.is_quoted_literal(text, *chunk.span("word")):
                continue  # A name quoted as such: the 'whatis' command, `-o nosort'.
            in_code = in_code or code_test(text)
            if in_code(chunk.start("word")) and not vetoes.is_long_prose_line(text, chunk.start()):
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
            if word.islower() and vetoes.is_word_form(text, chunk, start, model):
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
            if parts and technical and vetoes.is_repeated_lowercase(word, counts):
                continue  # ``typeof`` twice in a page's script, beside ``type of`` in prose.
            # ``endStart`` seen twice or more: a block a page repeats, or a name in sentences.
            repeated = parts and counts[word] > 1 and not word.islower()
            if repeated and not capitals.is_repeated_block(text, word):
                continue  # ``the package clusterPower`` ... ``with clusterPower``.
            if parts and vetoes.is_name_or_cut(
                text, chunk.span("word"), parts, technical, model, glued_names
            ):
                continue  # ``the nothrow function``, ``GtkEventController``, ``argume...``.
            if parts and technical and word.islower() and forms.is_derivative(word, parts, model):
                continue  # ``relayout``, ``hasher``: a word derived, not ``relay out``.
            if parts and word.islower() and vetoes.is_combined(parts, model, ordered_words):
                continue  # ``cryptoanalyze`` beside ``cryptography``: ``crypto-`` is a prefix.
            if (
                parts
                and word.islower()
                and vetoes.is_compound_before_noun(text, chunk, parts, model)
            ):
                continue  # ``chaosbased communications``: a compound adjective, hyphen lost.
            if parts and vetoes.follows_article(text, chunk, start, parts[0]):
                continue  # ``an athermal``: no article comes before ``a`` or ``in``.
            if parts and compounds.has_no_phrase_pair(parts):
                continue  # ``athough``, ``whome``: no ``a though``, ``who me``; typos.
            if parts and vetoes.is_latin_epithet(text, chunk, start, parts[-1], model):
                continue  # ``processus jugalis``, ``B. abortis``: Latin, no ``jugal is``.
            if parts and word.islower() and forms.is_in_series(text, *chunk.span("word"), model):
                continue  # ``hylodid, or alsodid taxa``: one of a series of coinages.
            if parts and vetoes.joins_a_lone_letter(text, *chunk.span("word"), parts, model):
                continue  # ``endno n``: ``end no n`` would be join's ``end non``.
            if parts and function_words.ends_before_a_stop(text, chunk.span("word"), parts[-1]):
                continue  # ``Joseph Darnand, who``: no clause ends on ``and``; a name.
            if parts and vetoes.is_slip(text, chunk.span("word"), parts, model):
                continue  # ``importat``: a typo of ``important``, no ``import at``.
            if parts and vetoes.opens_as_a_name(text, chunk.start("word"), start, parts, model):
                continue  # ``models. statsmodels currently``: a name written lowercase.
            if parts and vetoes.ends_a_broken_word(text, *chunk.span("word"), model):
                continue  # ``bec ause``: a word a space broke, no ``a use``.
            if parts:
                found.append(Split(*chunk.span("word"), parts))
                if technical:
                    in_technical_text.add(chunk.start("word"))
    if in_technical_text:
        found = document_checks.without_names_of_code(
            found, text, model, candidates, in_technical_text
        )
    return document_checks.held_to_the_clean_bar(found, text, model, in_technical_text)


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
