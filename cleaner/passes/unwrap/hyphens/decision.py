"""Whether a line-end hyphen goes: the document's own spelling, then the English rule
(compound first halves, the lexicon), or the paragraph's language's own rule
(:mod:`.languages`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from cleaner.data import read_data
from cleaner.lexicon import load_model
from cleaner.passes.unwrap.hyphens.camel_names import is_camel_name_at_capital
from cleaner.passes.unwrap.hyphens.counts import Evidence
from cleaner.passes.unwrap.hyphens.document_counts import DocumentEvidence, pairs_starting
from cleaner.passes.unwrap.hyphens.name_tails import tail_written_as_name
from cleaner.passes.unwrap.hyphens.prefixes import (
    is_closed_english_prefix,
    is_too_short_to_hyphenate,
    keeps_prefix_hyphen,
    may_keep_prefix_hyphen,
)
from cleaner.scripts import starts_caseless

if TYPE_CHECKING:
    from cleaner.passes.unwrap.names import Context

# From this Zipf frequency (about once per 100 million words) a joined form is a word.
# Compounds written whole by mistake score lower: "wellknown" 1.6, "highquality" 1.8;
# split words score higher: "redistributing" 2.4, "sandbags" 2.6, "embankment" 3.2.
KNOWN_WORD_ZIPF = 2.0
# After a compound first half ("long-", "all-"), only a common word is joined: "longer"
# (5.1) and "allowed" (5.0) are, "longterm" (2.8) is not.
COMMON_WORD_ZIPF = 3.5
# Hyphenation leaves at least this many letters of a word on the next line (TeX's
# righthyphenmin is 2 or 3 in every language; CSS's hyphenate-limit-chars 2): a shorter
# tail keeps its hyphen (``va-`` + ``t-en-guerre``). Not a short word: Russian and Polish
# break four letters (``зи-`` + ``му``).
MIN_BROKEN_TAIL = 2
# Another form of the same hyphenated compound elsewhere in the document keeps the hyphen:
# the first part, the hyphen and at least this many letters of the tail (``christen-`` +
# ``democratische`` beside ``christen-democraten``, ``mast-`` + ``head`` beside ``mast-heads``).
# On tools/tune_hyphens.py's LassySmall real hyphens dropped 49 -> 48, on Moby-Dick (one
# cut a word, five paragraphs a document) 357 -> 352, on LinES (--confirm) 10 -> 8; split
# words kept only on the Spanish tuning half (every cut), 16 -> 18 (``co-protagonizada``,
# which the same paragraph writes so).
SHARED_TAIL_LETTERS = 4
# An English word has a vowel (``y`` counts: ``rhythm``): a lower-case tail with none is no
# word after a hyphen but a word broken before its last letters (``Melanesia-`` + ``ns``,
# ``Cari-`` + ``bs``), joined where the English rule would keep the hyphen. Split words kept
# (tools/tune_hyphens.py's way, one cut a word; the English tuning half every cut): tuning
# half 99 -> 95, A Tale of Two Cities 428 -> 419, Pride and Prejudice 213 -> 192, Moby-Dick
# 1,385 -> 1,319, War and Peace 1,356 -> 1,316; real hyphens dropped 0, 2, 2, 2, 1, each the
# licence's ``Gutenberg-tm`` in five paragraphs that do not write it elsewhere.
# English inflections (ending, what the stem ends in without it): a joined form the
# lexicon rates below KNOWN_WORD_ZIPF whose stem it knows (``orogenies``: ``orogeny``) is a
# word broken at the line end, where the stem goes MIN_STEM_PAST_HYPHEN letters past the
# hyphen and the tail's stem is no word of TAIL_WORD_ZIPF (else two words, inflected:
# ``mast-heads``, ``blue-flies``, ``red-eyed``). Split words kept (tools/tune_hyphens.py's
# way; the English tuning half every cut, four Gutenberg novels one cut a word): tuning
# half 78 -> 75, A Tale of Two Cities 388 -> 377, Pride and Prejudice 176 -> 173, Moby-Dick
# 1,285 -> 1,233, War and Peace 1,269 -> 1,242; real hyphens dropped unchanged. Without
# the tail's bar: Moby-Dick 354 -> 398 real hyphens dropped, A Tale of Two Cities 153 -> 164.
ENGLISH_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
)
MIN_STEM_PAST_HYPHEN = 2
TAIL_WORD_ZIPF = 3.0
# A line-end hyphen after one link of a chain (``mother-in-`` + ``law``) is the chain's own
# where both halves are words of this frequency (Zipf) and the joined form is no common word
# (COMMON_WORD_ZIPF, as after a compound first half): ``inlaw`` 2.0 is listed, yet no
# hyphenation breaks ``mother-inlaw``. A link broken inside a word leaves a fragment or a
# common joined form (``anti-estab-`` + ``lishment``, ``well-in-`` + ``formed`` 4.5).
CHAIN_LINK_ZIPF = 3.0
ENGLISH_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöœùúûüýÿ")


def should_drop_hyphen(
    prefix: str,
    suffix: str,
    evidence: Evidence,
    *,
    use_lexicon: bool,
    language: Callable[[], str] | None = None,
    around: tuple[str, str] = ("", ""),
) -> bool:
    """Whether ``prefix-`` at a line end and ``suffix`` on the next line are one word
    (``around``: the text before ``prefix`` on its line, and after ``suffix`` on its).

    >>> from cleaner.passes.unwrap.hyphens.counts import collect_evidence
    >>> empty = collect_evidence("")
    >>> should_drop_hyphen("inter", "national", empty, use_lexicon=True)
    True
    >>> should_drop_hyphen("anti", "Islamic", empty, use_lexicon=True)
    False
    >>> should_drop_hyphen("long", "term", empty, use_lexicon=True)
    False
    >>> should_drop_hyphen("AG", "REED", empty, use_lexicon=True)
    True
    """
    return hyphen_decision(
        prefix,
        suffix,
        evidence,
        use_lexicon=use_lexicon,
        language=language,
        around=around,
        explained=False,
    )[0]


def hyphen_decision(
    prefix: str,
    suffix: str,
    evidence: Evidence,
    *,
    use_lexicon: bool,
    language: Callable[[], str] | None = None,
    around: tuple[str, str] = ("", ""),
    explained: bool = True,
) -> tuple[bool, str]:
    """Whether to drop the line-end hyphen, and why (``around``: as for
    :func:`should_drop_hyphen`, read only by another language's rule; ``explained``:
    False where only the verdict is read, so the document's spelling is counted only as
    far as it decides and the reason gives no counts).

    A capital or digit after the hyphen (``anti-Islamic``, ``state-TV``, ``COVID-19``) and
    an acronym before it keep the hyphen (an all-capitals word split in two is judged like
    a lower-case one); otherwise the document's own spelling decides, then the compound
    first halves and the lexicon. When the English lexicon would keep the hyphen, the
    paragraph's ``language()`` (asked only then) may be one whose own rule decides (see
    :mod:`.languages`); in English, a capitalized word inside a sentence, broken before a
    tail that is no common word, is a name broken at the line end (``Flen-`` + ``sburg``),
    and a word broken into a fragment or before a tail with no vowel is joined. An English
    document whose line-end hyphens break no word keeps them all (:mod:`.own_breaks`).

    >>> from cleaner.passes.unwrap.hyphens.counts import collect_evidence
    >>> hyphen_decision("state", "TV", collect_evidence(""), use_lexicon=True)
    (False, 'a capital, digit or acronym next to the hyphen')
    """
    ascii_sides = prefix[-1:].isascii() and suffix[:1].isascii()  # (no caseless letter)
    if not ascii_sides and (starts_caseless(prefix[-1:]) or starts_caseless(suffix)):
        return False, "a CJK or Thai letter next to the hyphen: no dehyphenation there"
    if prefix.isalpha() and (is_camel_tail(suffix) or is_mc_name(prefix, suffix)):
        return True, "a name in camel case broken at the line end"
    camel = prefix.isalpha() and suffix.isalpha()
    if camel and is_camel_name_at_capital(prefix, suffix, _word_frequency):
        return True, "a name in camel case broken next to its capital (LaBrocca, YouTube)"
    all_capitals = prefix.isupper() and suffix.isupper()
    if not (prefix.isalpha() and suffix.isalpha()) or (
        not all_capitals and (not suffix.islower() or (len(prefix) > 1 and prefix.isupper()))
    ):
        return False, "a capital, digit or acronym next to the hyphen"
    if (why := never_broken(prefix, suffix, around[1])) is not None:
        return False, why
    if language is not None and is_too_short_to_hyphenate(prefix, suffix, language):
        return False, "no hyphenator breaks so short a word (English, Portuguese, or in capitals)"
    joined, compound = (prefix + suffix).lower(), f"{prefix}-{suffix}".lower()
    if isinstance(evidence, DocumentEvidence) and not explained:  # (whole capped: enough)
        whole, hyphenated = evidence.whole_against_hyphenated(joined, compound)
    elif isinstance(evidence, DocumentEvidence):
        whole, hyphenated = evidence.whole_and_hyphenated(joined, compound)
    else:
        whole, hyphenated = evidence.words[joined], evidence.pairs[compound]
    if whole != hyphenated and not explained:
        return whole > hyphenated, "the document writes it more often whole or hyphenated"
    if whole != hyphenated:
        return (
            whole > hyphenated,
            f"the document writes it {whole} times whole, {hyphenated} hyphenated",
        )
    if not use_lexicon:
        return False, "no evidence in the document (lexicon off)"
    if is_chain_link(prefix, suffix, around[0], _word_frequency):
        return False, "one link of a chain of hyphens before a word (mother-in-law)"
    if len(suffix) >= SHARED_TAIL_LETTERS and pairs_starting(
        evidence, compound[: len(prefix) + 1 + SHARED_TAIL_LETTERS]
    ):
        return False, "the document writes another form of it with the hyphen"
    if language is not None and _prefix_keeps_hyphen(prefix, suffix, language):
        return False, "a prefix this language writes with a hyphen (icke-, ex-, e-)"
    drop, why = _lexicon_decision(prefix, joined, suffix, evidence, language, around)
    if drop and _breaks_no_word(evidence) and (language is None or language() == "en"):
        return False, "the document's line-end hyphens break no word: each is its own"
    return drop, why


def _lexicon_decision(
    prefix: str,
    joined: str,
    suffix: str,
    evidence: Evidence | DocumentEvidence,
    language: Callable[[], str] | None,
    around: tuple[str, str],
) -> tuple[bool, str]:
    """:func:`hyphen_decision` past the document's own spelling: the compound first halves
    and the lexicon, then the paragraph's language's rule (see there); ``joined``: the two
    halves joined, lower-cased."""
    zipf = _word_frequency(joined)
    if prefix.lower() in compound_first_halves():
        drop, why = zipf >= COMMON_WORD_ZIPF, f"compound first half; joined form Zipf {zipf:.1f}"
    else:
        drop, why = zipf >= KNOWN_WORD_ZIPF, f"joined form Zipf {zipf:.1f} in the lexicon"
    if not drop and language is not None:
        from cleaner.language import TABLE_LANGUAGES  # Deferred: asked only here.
        from cleaner.passes.unwrap.names import (
            Context,
            is_broken_english_name,
            is_known_name_broken,
            is_name_broken_after_syllable,
            opens_sentence,
        )

        found = language()
        if found == "en" and writes_name_before_hyphen(prefix, evidence):
            return False, "English: the document writes this name part before other hyphens"
        if _is_tail_written_as_name(prefix, suffix, evidence, found):
            return True, "the document writes the tail only as a name: a word broken before it"
        before, after = around
        context = Context(
            written_apart(evidence, prefix, suffix), opens_sentence(before), after[:1] == "-", after
        )
        if found in TABLE_LANGUAGES:
            from cleaner.passes.unwrap.hyphens.languages import language_hyphen_decision

            return language_hyphen_decision(prefix, suffix, found, context)
        if found == "en" and is_closed_english_prefix(prefix):
            return True, "English: a prefix English writes closed (un-, dis-, mis-, ir-)"
        if found == "en" and is_broken_english_name(prefix, suffix, zipf, context, _word_frequency):
            return (
                True,
                "English: a capitalized word no lexicon knows, a name broken at the line end",
            )
        if found == "en" and is_name_broken_after_syllable(prefix, zipf, context):
            return True, "English: a capitalized syllable inside a sentence, a name broken after it"
        if found == "en" and _is_broken_into_fragment(prefix, suffix, context):
            return True, "English: a word broken into a fragment no lexicon lists"
        if found == "en" and _is_inflection_of_known_word(prefix, suffix):
            return True, "English: the joined form is an inflection of a word the lexicon knows"
        if found == "en" and not ENGLISH_VOWELS.intersection(suffix.lower()):
            return True, "English: a tail with no vowel, no word of its own"
        if found == "en" and _is_rare_word_broken(prefix, suffix, context):
            return True, "English: a rare word the lexicon lists, broken between no common words"
        if (
            found == "en"
            and context.opens_sentence is False  # (At its start a capital says nothing.)
            and prefix[1:].islower()
            and is_known_name_broken(prefix, suffix, "en")
        ):
            return True, "English: a name another table knows whole, broken at the line end"
    return drop, why


def _breaks_no_word(evidence: Evidence | DocumentEvidence) -> bool:
    """:meth:`.DocumentEvidence.breaks_no_word` (False for counts alone: no text to read)."""
    return isinstance(evidence, DocumentEvidence) and evidence.breaks_no_word()


def written_apart(
    evidence: Evidence | DocumentEvidence, prefix: str, suffix: str
) -> Callable[[str], int]:
    """How often the document writes a word (lower-cased), the halves of its other
    line-end hyphens not counted: ``ter`` in ``vin-`` + ``ter`` is no word the document
    writes, and no sign that ``Ter-`` + ``mopyle`` is a name it writes elsewhere. The
    halves of this break (``prefix-`` + ``suffix``) count once each, as in the counts.

    >>> from cleaner.passes.unwrap.hyphens.document_counts import DocumentEvidence
    >>> count = written_apart(DocumentEvidence("Ter-\\nmopyle, a win-\\nter, Ter"), "Ter", "mopyle")
    >>> count("ter"), count("mopyle"), count("win")
    (2, 1, 0)
    """
    if not isinstance(evidence, DocumentEvidence):
        return evidence.words.__getitem__
    own = (prefix.lower(), suffix.lower())

    def count(word: str) -> int:
        found = evidence.words[word]
        return found and found - evidence.halves_count(word) + own.count(word)

    return count


def never_broken(prefix: str, suffix: str, after: str) -> str | None:
    """Why no hyphenation made this line-end hyphen, or None: the tail is too short to be
    left, or a hyphen and a letter follow it (``after``, the two characters after the tail:
    one link of a chain, ``va-`` + ``t-en-guerre``; hyphenation breaks a hyphenated word at
    its hyphen). A suspended hyphen after the tail is no chain (``demog-`` + ``rafi- och``).

    >>> never_broken("va", "t", "-e"), never_broken("Aix", "les", "-B")
    ('a one-letter tail is never left on a line', 'one link of a chain of hyphens')
    >>> never_broken("demog", "rafi", "- "), never_broken("zi", "mę", ",")
    (None, None)
    """
    if len(suffix) < MIN_BROKEN_TAIL:
        return "a one-letter tail is never left on a line"
    if after[:1] == "-" and after[1:2].isalpha():
        return "one link of a chain of hyphens"
    return None


def is_chain_link(prefix: str, suffix: str, before: str, frequency: Callable[[str], float]) -> bool:
    """Whether ``prefix-`` follows another hyphen (``before`` ends in a letter and one) and
    meets ``suffix`` as two words (:data:`CHAIN_LINK_ZIPF`) whose joined form is no common
    word (:data:`COMMON_WORD_ZIPF`): the chain's own hyphen, not a word broken in its link.

    >>> zipf = {"in": 7.3, "law": 5.5, "inlaw": 2.0, "formed": 4.8, "informed": 4.5}.get
    >>> is_chain_link("in", "law", "his mother-", lambda word: zipf(word, 0.0))
    True
    >>> is_chain_link("in", "formed", "a well-", lambda word: zipf(word, 0.0))
    False
    >>> is_chain_link("in", "law", "his mother ", lambda word: zipf(word, 0.0))
    False
    """
    if not (before.endswith("-") and before[-2:-1].isalpha()):
        return False
    if min(frequency(prefix), frequency(suffix)) < CHAIN_LINK_ZIPF:
        return False
    return frequency(prefix + suffix) < COMMON_WORD_ZIPF


def is_camel_tail(suffix: str) -> bool:
    """Whether ``suffix`` is the rest of a name in camel case broken in its first part: two
    lower-case letters or more, then a capital and a lower-case letter (``dium`` +
    ``KunstWerk``). No hyphenated word goes on so: a prefix before a brand has one letter
    before the capital (``pre-iPhone``), an acronym no lower-case letter after it (``macOS``).

    >>> is_camel_tail("diumKunstWerk"), is_camel_tail("iPhone"), is_camel_tail("macOS")
    (True, False, False)
    """
    if suffix.islower():  # (No capital: most tails, told without the walk below.)
        return False
    start = next((i for i, char in enumerate(suffix) if not char.islower()), len(suffix))
    rest = suffix[start : start + 2]
    return start >= 2 and len(rest) == 2 and rest[0].isupper() and rest[1].islower()


def is_mc_name(prefix: str, suffix: str) -> bool:
    """Whether ``Mc-`` + a capitalized tail is a Scottish or Irish name broken after its
    ``Mc`` (``McGregor``, ``McLean``): such names are written closed, never with a hyphen
    (``Mac`` is not asked: French writes ``Mac-Mahon``).

    >>> is_mc_name("Mc", "Gregor"), is_mc_name("MC", "Hammer"), is_mc_name("Mac", "Mahon")
    (True, False, False)
    """
    return prefix == "Mc" and suffix[:1].isupper() and suffix[1:].islower()


def _prefix_keeps_hyphen(prefix: str, suffix: str, language: Callable[[], str]) -> bool:
    """A hyphenated prefix of the paragraph's language, one of :data:`TABLE_LANGUAGES`
    (asked only for such a prefix: English keeps its own rule, the lexicon's), or one
    letter in English too: no hyphenation leaves one letter on a line (TeX's English
    lefthyphenmin is 2), so ``e-`` + ``mail`` keeps its hyphen though ``email`` is a word.
    On the English tuning half and four Gutenberg novels (a scratch copy of
    tools/tune_hyphens.py) real hyphens dropped 8 -> 7, 153 -> 151, 43 -> 42, 354 -> 352,
    86 -> 83 (``a-piece``, ``T-wo``, the licences' ``e-mail``), no split word kept; no output
    digest moved."""
    if not may_keep_prefix_hyphen(prefix):
        return False
    from cleaner.language import TABLE_LANGUAGES

    found = language()
    if found == "en":
        return len(prefix) == 1
    return found in TABLE_LANGUAGES and keeps_prefix_hyphen(prefix, suffix, found)


def writes_name_before_hyphen(prefix: str, evidence: Evidence | DocumentEvidence) -> bool:
    """Whether a capitalized ``prefix`` (one capital, then lower case) stands before a
    hyphen elsewhere in the document, inside a line: a hyphenated name's part, as
    romanized Chinese names write theirs (Sun Tzu's ``Tzu-`` + ``shang`` beside ``Tzu-hsu``,
    ``Wu-`` + ``hou`` beside ``Wu-tu``), not a word broken at the line end.

    >>> from cleaner.passes.unwrap.hyphens.counts import collect_evidence
    >>> evidence = collect_evidence("Tzu-hsu and Tzu-\\nshang")
    >>> writes_name_before_hyphen("Tzu", evidence), writes_name_before_hyphen("Shou", evidence)
    (True, False)
    """
    return (
        prefix[:1].isupper()
        and prefix[1:].islower()
        and pairs_starting(evidence, prefix.lower() + "-") > 0
    )


def _is_tail_written_as_name(
    prefix: str, suffix: str, evidence: Evidence | DocumentEvidence, language: str
) -> bool:
    """:func:`.name_tails.tail_written_as_name`, for a tail that is no common word in
    English nor in the paragraph's language's table (:data:`COMMON_WORD_ZIPF`): a common
    word may be a name's part elsewhere (``Soho-square`` beside ``Bedford Square``,
    Portuguese ``cidades-estado`` beside ``o Estado``)."""
    if not isinstance(evidence, DocumentEvidence) or _word_frequency(suffix) >= COMMON_WORD_ZIPF:
        return False
    from cleaner.language import TABLE_LANGUAGES

    if language in TABLE_LANGUAGES:
        from cleaner.lexicon import load_language_model

        if load_language_model(language).frequency(suffix.lower()) >= COMMON_WORD_ZIPF:
            return False
    return tail_written_as_name(evidence.text, prefix, suffix)


def _is_broken_into_fragment(prefix: str, suffix: str, context: Context) -> bool:
    """:func:`.fragments.is_broken_into_fragment` with the English lexicon."""
    from cleaner.passes.unwrap.fragments import is_broken_into_fragment

    return is_broken_into_fragment(
        prefix,
        suffix,
        load_model(),
        context,
        compound_first_halves=compound_first_halves(),
    )


def _is_inflection_of_known_word(prefix: str, suffix: str) -> bool:
    """Whether the joined form, its inflection put away (:data:`ENGLISH_INFLECTIONS`), is a
    word the lexicon knows (``oro-`` + ``genies``: ``orogeny``; ``climat-`` + ``ologies``),
    its stem reaching :data:`MIN_STEM_PAST_HYPHEN` letters past the hyphen; not a compound
    of two words inflected, whose tail's stem is a common word (``mast-`` + ``heads``), nor
    after a compound first half (``self-`` + ``styled``).

    >>> _is_inflection_of_known_word("oro", "genies"), _is_inflection_of_known_word("mast", "heads")
    (True, False)
    """
    if prefix.lower() in compound_first_halves():
        return False
    joined = (prefix + suffix).lower()
    for ending, replacement in ENGLISH_INFLECTIONS:
        stem = joined[: len(joined) - len(ending)]
        if not joined.endswith(ending) or len(stem) < len(prefix) + MIN_STEM_PAST_HYPHEN:
            continue
        tail = stem[len(prefix) :] + replacement
        if _word_frequency(tail) >= TAIL_WORD_ZIPF:
            return False  # A compound of two words, inflected (``mast-`` + ``heads``).
        if _word_frequency(stem + replacement) >= KNOWN_WORD_ZIPF:
            return True
    return False


def _is_rare_word_broken(prefix: str, suffix: str, context: Context) -> bool:
    """:func:`.rare_words.is_rare_word_broken` with the English lexicon."""
    from cleaner.passes.unwrap.hyphens.rare_words import is_rare_word_broken

    return is_rare_word_broken(
        prefix,
        suffix,
        _word_frequency,
        compound_first_halves=compound_first_halves(),
        word_count=context.word_count,
    )


def _word_frequency(word: str) -> float:
    """The word's Zipf frequency in cleaner's English lexicon (0 when unknown; the table
    is loaded on the first call, not on import)."""
    return load_model().frequency(word.lower())


@cache
def compound_first_halves() -> frozenset[str]:
    """Compound first halves that keep their hyphen (cleaner/data/hyphen_prefixes.txt)."""
    text = read_data("hyphen_prefixes.txt")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())
