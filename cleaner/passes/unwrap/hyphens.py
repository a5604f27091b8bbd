"""Line-end hyphens for the ``unwrap`` pass: join ``inter-`` + ``national``, keep ``state-TV``.

The evidence, in order: the document itself (the word written whole or hyphenated elsewhere),
then a short list of compound first halves that keep their hyphen ("well-", "self-") unless
the joined form is common, then word frequencies from cleaner's lexicon (cleaner/lexicon.py):
a joined form it knows is a word.
Without evidence the hyphen stays: keeping it never loses a word.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING, NamedTuple

from cleaner.data import read_data
from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import SOFT_HYPHEN
from cleaner.scripts import THAI_RE, breaks_anywhere, joins_without_space, starts_caseless
from cleaner.textblocks import line_blocks

if TYPE_CHECKING:
    from cleaner.passes.unwrap.names import Context

# A hyphen ending a line right after a letter or digit (so not the second half of "--").
LINE_END_HYPHEN_RE = lazy_compile(r"([^\W_]+)-$")
# The same read backwards, from the line's end (see line_end_hyphen).
REVERSED_LINE_END_HYPHEN_RE = lazy_compile(r"-([^\W_]+)")
# A dash ending a line attached to its word ("regime—", "1990–", "word--"): joined without
# a space, dash kept.
ATTACHED_DASH_RE = lazy_compile(r"[^\W_](—|–|--)$")
# The last characters of every line that is joined without a space (a soft hyphen, a
# hyphen, a dash): a line ending otherwise is joined with one.
LINE_END_MARKS = (SOFT_HYPHEN, "-", "—", "–")
# A continuation that goes on a word's line-end hyphen without a space: a slash or a
# currency sign ("Ein-" + "/Ausgabe", "£3.000-" + "£5.000"), and an initial after an
# initial ("J.-" + "C.", "H.-G." names); nothing starts a word of its own so.
HYPHEN_CONTINUATION_RE = lazy_compile(r"[/£$€¥]")
INITIAL_HYPHEN_RE = lazy_compile(r"(?<![^\W_])[^\W\d_]\.-$")
INITIAL_RE = lazy_compile(r"[^\W\d_]\.")
# A hyphen on a number's sign (``3%-`` + ``räntan``, ``40°-`` + ``Linie``) joins a compound
# too: no dash is written so (a dash after punctuation stands apart, ``kann.-``).
NUMBER_SIGN_HYPHEN_RE = lazy_compile(r"\d ?[%‰°]-$")
# Punctuation that ends a clause: no conjunction stands right before it (see _is_suspended).
CLAUSE_PUNCTUATION = frozenset(".,;:!?)")
# The word a continuation line starts with.
LEADING_WORD_RE = lazy_compile(r"^[^\W_]+")
# A word, for counting the document's own vocabulary.
WORD_RE = lazy_compile(r"[^\W_]+")
# A hyphenated pair inside a line ("well-known", "pre-election"), counted as "well-known".
HYPHEN_PAIR_RE = lazy_compile(r"(?<![^\W_])([^\W_]+)-(?=([^\W_]+))")
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
# How much of the tail's line a rule reads after the tail (``around``): the next word or
# two (a suspended hyphen's conjunction and the compound after it, ``zorg-`` + ``en
# hulpverlening``).
AFTER_TAIL_LENGTH = 40
# An English word has a vowel (``y`` counts: ``rhythm``): a lower-case tail with none is no
# word after a hyphen but a word broken before its last letters (``Melanesia-`` + ``ns``,
# ``Cari-`` + ``bs``), joined where the English rule would keep the hyphen. Split words kept
# (tools/tune_hyphens.py's way, one cut a word; the English tuning half every cut): tuning
# half 99 -> 95, A Tale of Two Cities 428 -> 419, Pride and Prejudice 213 -> 192, Moby-Dick
# 1,385 -> 1,319, War and Peace 1,356 -> 1,316; real hyphens dropped 0, 2, 2, 2, 1, each the
# licence's ``Gutenberg-tm`` in five paragraphs that do not write it elsewhere.
ENGLISH_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöœùúûüýÿ")


class Evidence(NamedTuple):
    """How often the document writes each word whole, and each pair with a hyphen."""

    words: Counter[str]
    pairs: Counter[str]


class Wanted(NamedTuple):
    """The counts a document can be asked for: these words (``ascii_words``: those in
    ASCII, encoded), and the pairs whose first part (before the hyphen) is in ``firsts``."""

    words: frozenset[str]
    ascii_words: frozenset[bytes]
    firsts: frozenset[str]

    @classmethod
    def of(cls, words: Iterable[str], firsts: Iterable[str]) -> Wanted:
        """The counts of ``words``, and of the pairs that start with one of ``firsts``."""
        words = frozenset(words)
        ascii_words = frozenset(word.encode() for word in words if word.isascii())
        return cls(words, ascii_words, frozenset(firsts))

    def covers(self, key: str, *, pairs: bool) -> bool:
        """Whether ``key``'s count (a word; with ``pairs``, a pair or a start of pairs that
        holds the hyphen) is one of the wanted ones."""
        if not pairs:
            return key in self.words
        first, hyphen, _ = key.partition("-")
        return bool(hyphen) and first in self.firsts


def collect_evidence(text: str, wanted: Wanted | None = None) -> Evidence:
    """Count the document's words and in-line hyphenated pairs, lower-cased (only the
    ``wanted`` ones, if given: the same counts for those).

    >>> collect_evidence("Well-known and well-\\nknown.").pairs["well-known"]
    1
    >>> collect_evidence("Ça-va, ΣΟΦΟΣ’s a--b x-y-z").pairs
    Counter({'ça-va': 1, 'x-y': 1, 'y-z': 1})
    >>> collect_evidence("Ça-va, a-b, x-y x", Wanted.of(["x"], ["ça"]))
    Evidence(words=Counter({'x': 2}), pairs=Counter({'ça-va': 1}))
    """
    lowered = text.encode("utf-8", "surrogatepass").lower()  # (ASCII letters only: the
    # rest is lower-cased word by word.)
    words: Counter[str] = Counter()
    tokens = Counter(lowered.translate(_WORD_BYTES).split())
    if wanted is None:
        for token, count in tokens.items():
            if token.isascii():
                words[token.decode("ascii")] += count
            else:  # Letters, punctuation and spaces beyond ASCII: the words inside it.
                for word in WORD_RE.findall(token.decode("utf-8", "surrogatepass")):
                    words[word.lower()] += count
    else:  # The wanted ASCII tokens by a set intersection (in C), then the others.
        for token in tokens.keys() & wanted.ascii_words:
            words[token.decode("ascii")] = tokens[token]
        if not lowered.isascii():
            for token, count in tokens.items():
                if not token.isascii():
                    for word in WORD_RE.findall(token.decode("utf-8", "surrogatepass")):
                        if (word := word.lower()) in wanted.words:
                            words[word] += count
    return Evidence(words, _counted_pairs(lowered, wanted))


def collect_pairs(text: str) -> Counter[str]:
    """:func:`collect_evidence`'s pairs alone: a Python step per hyphen of the text, not
    per word.

    >>> collect_pairs("Well-known, well-\\nknown and x-y-z")
    Counter({'well-known': 1, 'x-y': 1, 'y-z': 1})
    """
    return _counted_pairs(text.encode("utf-8", "surrogatepass").lower())


def _counted_pairs(lowered: bytes, wanted: Wanted | None = None) -> Counter[str]:
    """The in-line hyphenated pairs of a text's UTF-8 bytes, ASCII letters lower-cased
    (only those ``wanted`` covers, if given)."""
    pairs: Counter[str] = Counter()
    if b"-" in lowered:
        kept = lowered.translate(_WORD_AND_HYPHEN_BYTES)
        at = kept.find(b"-")
        while at >= 0:
            end = kept.find(b" ", at)
            end = len(kept) if end < 0 else end
            chain = kept[kept.rfind(b" ", 0, at) + 1 : end].decode("utf-8", "surrogatepass")
            if chain.isascii():
                parts = chain.split("-")
                found = [f"{a}-{b}" for a, b in pairwise(parts) if a and b]
            else:
                found = [f"{a}-{b}".lower() for a, b in HYPHEN_PAIR_RE.findall(chain)]
            if wanted is not None:
                found = [pair for pair in found if wanted.covers(pair, pairs=True)]
            pairs.update(found)
            at = kept.find(b"-", end)
    return pairs


# The UTF-8 bytes of a text with every ASCII byte but a letter or digit made a space (and
# in the second table, but a hyphen too). Runs of the rest are cheap to find with ``split``
# and hold whole words: in ASCII a word of WORD_RE is letters and digits, and the bytes of
# other characters are kept for WORD_RE to read (about 4x faster on a 20 MB book).
_WORD_BYTES = bytes(c if c >= 128 or chr(c).isalnum() else 32 for c in range(256))
_WORD_AND_HYPHEN_BYTES = bytes(c if c == 45 else w for c, w in enumerate(_WORD_BYTES))


# A lower-cased word or pair that counts the same found in the lower-cased text: its own
# characters are word characters (and a hyphen), and no final sigma rule can change it.
_SEARCHABLE_RE = lazy_compile(r"[^\W_σς]+(?:-[^\W_σς]+)?")
# After this many words asked of one document, all its words are counted once: a question
# costs a search of the lower-cased text (about 1/25 of a full count on a 0.7 MB book, but
# 24 made unwrap 15% slower on PDF text, whose short documents ask many: 128 kept), or, in
# a text too long to keep that copy, lower-casing it again too (81 ms on 20 MB of
# hard-wrapped prose, against 0.6 s for a full count: about 1/7).
LAZY_QUERIES = 128
LAZY_QUERIES_UNCACHED = 6
# Texts up to this many characters keep their lower-cased copy between queries.
LOWERED_CACHE_CHARS = 1 << 24
# A huge text is counted this many characters at a time (its tokens held at once).
COUNT_BLOCK_CHARS = 1 << 18
# A line-end hyphen and the word that starts the next line (after any blank lines): what
# unwrap asks the counts about is the word before the hyphen, this one, and the two joined.
LINE_END_BREAK_RE = lazy_compile(r"-[^\S\n]*\n\s*([^\W_]+)")
# The word before such a hyphen, in the 59 characters before it that line_join_edit reads.
WORD_BEFORE_RE = lazy_compile(r"[^\W_]+\Z")
WORD_BEFORE_CHARS = 59


def line_end_questions(text: str) -> Wanted:
    """The counts that unwrap can ask of ``text`` about its line-end hyphens: the words
    before and after each, joined and apart, and the pairs that start with the first.

    >>> wanted = line_end_questions("A well-\\nknown co-op; co-\\n\\n Op-\\nx")
    >>> sorted(wanted.words), sorted(wanted.firsts)
    (['co', 'coop', 'known', 'op', 'opx', 'well', 'wellknown', 'x'], ['co', 'op', 'well'])
    """
    words, firsts = set(), set()
    for hyphen in LINE_END_BREAK_RE.finditer(text):
        start = hyphen.start()
        before = WORD_BEFORE_RE.search(text, max(start - WORD_BEFORE_CHARS, 0), start)
        if before is not None:  # (As hyphen_decision lower-cases them.)
            prefix, suffix = before.group(), hyphen.group(1)
            words.update((prefix.lower(), suffix.lower(), (prefix + suffix).lower()))
            firsts.add(f"{prefix}-{suffix}".lower().partition("-")[0])
    return Wanted.of(words, firsts)


# The pairs alone (collect_pairs: a Python step per hyphen) are counted once a document's
# searches for pairs have cost half as much as that: the count costs about 2 searches of
# the text (12 beyond ASCII, whose UTF-8 is longer) and 3,000 characters of search per
# hyphen (measured on the speed layouts: 6-12 searches for PDF text and books, 13-24 for
# the Chinese, Russian and Greek prose), so the constants are half those. At half rather
# than the whole cost, the questions of the PDF and CRLF layouts take 90 ms, not 100 ms.
PAIR_COUNT_SEARCHES = 1
PAIR_COUNT_SEARCHES_NON_ASCII = 6
PAIR_COUNT_HYPHEN_CHARS = 1500


class _Counts:
    """The count of one kind (words or pairs) of :class:`DocumentEvidence`, by key."""

    def __init__(self, evidence: DocumentEvidence, pairs: bool) -> None:
        self._evidence, self._pairs = evidence, pairs

    def __getitem__(self, key: str) -> int:
        return self._evidence.count(key, pairs=self._pairs)


class DocumentEvidence:
    """:func:`collect_evidence` of ``text``, counting only the words and pairs asked for.

    Most documents ask about a handful of line-end hyphens, if any: each is found by
    searching the lower-cased text, and after :data:`LAZY_QUERIES` of them every word is
    counted once. The counts are those of :func:`collect_evidence` in both cases.

    >>> evidence = DocumentEvidence("Well-known and well-\\nknown. WELLKNOWN wellknowns")
    >>> evidence.pairs["well-known"], evidence.words["wellknown"], evidence.words["well"]
    (1, 1, 2)
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._lowered: list[tuple[str, str]] | None = None  # (block, lower-cased block)
        self._aligned: bool | None = None  # Each character lower-cases to one.
        self._counted: Evidence | None = None
        self._wanted: Wanted | None = None  # What _counted holds, when not every count.
        self._asked: dict[tuple[str, bool], int] = {}
        self._started: dict[str, int] = {}  # Pairs counted by their start (pairs_starting).
        self._pair_index: tuple[list[str], list[int]] | None = None
        self._pairs: Counter[str] | None = None  # Every pair, counted once due (collect_pairs).
        self._pair_searches = 0  # Searches of the text for a pair, or for a pair's start.
        self._pair_cost: int | None = None  # What counting the pairs costs, once asked.
        self.words = _Counts(self, pairs=False)
        self.pairs = _Counts(self, pairs=True)

    def count(self, key: str, *, pairs: bool) -> int:
        """How often the text writes ``key`` (lower-cased) as a word, or as a pair."""
        if (key, pairs) in self._asked:
            return self._asked[key, pairs]
        if pairs and self._counted is None and self._pairs_due():
            assert self._pairs is not None
            found = self._pairs[key]
        elif self._counted is None and self._searchable(key, pairs):
            found = sum(_count_in(block, lowered, key) for block, lowered in self._blocks())
            self._pair_searches += pairs
        else:
            counted = self._counts_holding(key, pairs=pairs)
            found = (counted.pairs if pairs else counted.words)[key]
        self._asked[key, pairs] = found
        return found

    def whole_and_hyphenated(self, word: str, pair: str) -> tuple[int, int]:
        """``(words[word], pairs[pair])``, the two found in one read of the lower-cased
        text where both are searched for (a text too long to keep that copy lower-cases
        it once for the two, not once each).

        >>> DocumentEvidence("Well-known and well-\\nknown.").whole_and_hyphenated(
        ...     "wellknown", "well-known")
        (0, 1)
        """
        asked = self._asked
        if (
            self._counted is None
            and (word, False) not in asked
            and (pair, True) not in asked
            and not self._pairs_due()
            and self._searchable(word, False)
            and self._searchable(pair, True)
        ):
            found_word = found_pair = 0
            for block, lowered in self._blocks():
                found_word += _count_in(block, lowered, word)
                found_pair += _count_in(block, lowered, pair)
            asked[word, False], asked[pair, True] = found_word, found_pair
            self._pair_searches += 1
        return self.count(word, pairs=False), self.count(pair, pairs=True)

    def pairs_starting(self, start: str) -> int:
        """How often the text writes a pair that begins with ``start`` (lower-cased, a
        hyphen inside it). Each search of the text counts against the same budget as
        :meth:`count`'s; past it, the pairs counted once are looked up by their start.

        >>> DocumentEvidence("Look-out, look-outs and look-\\nouts.").pairs_starting("look-out")
        2
        """
        if start in self._started:
            return self._started[start]
        if self._counted is None and self._pairs_due():
            found = self._counted_starting(start)
        elif self._counted is None and self._searchable(start, True):
            found = sum(_count_starts_in(block, low, start) for block, low in self._blocks())
            self._pair_searches += 1
        else:
            found = self._counted_starting(start)
        self._started[start] = found
        return found

    def _counted_starting(self, start: str) -> int:
        """:func:`pairs_starting` of the counted pairs, by bisection of their sorted list (a
        huge text has many pairs, and many line-end hyphens to ask about)."""
        if self._counted is None and self._pairs is not None:
            counted = self._pairs  # (Every pair, counted once due: see _pairs_due.)
        else:  # (Which may count every word, and drop an index of fewer pairs.)
            counted = self._counts_holding(start, pairs=True).pairs
        if self._pair_index is None:
            pairs = sorted(counted)
            self._pair_index = (pairs, [0, *accumulate(counted[p] for p in pairs)])
        pairs, totals = self._pair_index
        if not start:
            return totals[-1]
        after = start[:-1] + chr(ord(start[-1]) + 1)  # (The first string past the prefix.)
        return totals[bisect_left(pairs, after)] - totals[bisect_left(pairs, start)]

    def _pairs_due(self) -> bool:
        """Whether the text's pairs are counted, all at once (:func:`collect_pairs`): when
        its searches for pairs have cost half what that count costs (so at most 1.5 times
        the cheaper of the two ways, however many pairs the document asks about).

        >>> evidence = DocumentEvidence("a-b " * 2 + "no hyphen here " * 200)
        >>> [evidence.pairs[f"a-{x}"] for x in "bc"], evidence._pairs
        ([2, 0], None)
        >>> evidence.pairs["a-d"], evidence._pairs  # (Two searches cost half of counting.)
        (0, Counter({'a-b': 2}))
        """
        if self._pairs is not None:
            return True
        if self._pair_searches < PAIR_COUNT_SEARCHES:  # (Most documents ask no more.)
            return False
        text = self._text
        if self._pair_cost is None:  # In characters searched.
            searches = PAIR_COUNT_SEARCHES if text.isascii() else PAIR_COUNT_SEARCHES_NON_ASCII
            self._pair_cost = searches * len(text) + PAIR_COUNT_HYPHEN_CHARS * text.count("-")
        if self._pair_searches * len(text) < self._pair_cost:
            return False
        self._pairs = Counter()
        for block in line_blocks(text, COUNT_BLOCK_CHARS):
            self._pairs.update(collect_pairs(block))
        return True

    def _searchable(self, key: str, pairs: bool) -> bool:
        """Whether ``key`` is best found by a search of the lower-cased text, and can be."""
        limit = LAZY_QUERIES if len(self._text) <= LOWERED_CACHE_CHARS else LAZY_QUERIES_UNCACHED
        if len(self._asked) + len(self._started) >= limit or (key.count("-") == 1) != pairs:
            return False
        if not _SEARCHABLE_RE.fullmatch(key):
            return False
        if self._aligned is None:  # Each character lower-cases to one (so offsets agree):
            # true but for rare letters such as "İ".
            self._aligned = all(len(block) == len(low) for block, low in self._blocks())
        return self._aligned

    def _blocks(self) -> Iterator[tuple[str, str]]:
        """The text's blocks of lines (no word or pair crosses a line end), lower-cased."""
        if self._lowered is not None:
            yield from self._lowered
            return
        pairs = ((block, block.lower()) for block in line_blocks(self._text))
        if len(self._text) > LOWERED_CACHE_CHARS:
            yield from pairs
            return
        self._lowered = list(pairs)
        yield from self._lowered

    def _counts_holding(self, key: str, *, pairs: bool) -> Evidence:
        """The counted words and pairs, ``key``'s among them: first only those of the
        line-end hyphens (all unwrap asks about: 24 words held instead of 26,318 on 20 MB
        of hard-wrapped prose), every one once a question falls outside them."""
        if self._counted is None:
            self._wanted = line_end_questions(self._text)
            self._counted = self._count_all(self._wanted)
        if self._wanted is not None and not self._wanted.covers(key, pairs=pairs):
            self._counted, self._wanted, self._pair_index = self._count_all(), None, None
        return self._counted

    def _count_all(self, wanted: Wanted | None = None) -> Evidence:
        """:func:`collect_evidence` of the text (its ``wanted`` counts), block by block."""
        evidence = collect_evidence("")
        for block in line_blocks(self._text, COUNT_BLOCK_CHARS):
            counted = collect_evidence(block, wanted)
            evidence.words.update(counted.words)
            evidence.pairs.update(counted.pairs)
        return evidence


def _count_in(text: str, lowered: str, key: str) -> int:
    """Occurrences of ``key`` in ``lowered`` that are whole words (or a whole pair) in
    ``text``, whose lower-cased copy ``lowered`` is, character for character."""
    found, start, end = 0, lowered.find(key), len(key)
    while start >= 0:
        before = text[start - 1] if start else " "
        after = text[start + end] if start + end < len(text) else " "
        if not before.isalnum() and not after.isalnum():  # isalnum is [^\W_]
            found += text[start : start + end].lower() == key
        start = lowered.find(key, start + 1)
    return found


def _count_starts_in(text: str, lowered: str, start: str) -> int:
    """Occurrences of ``start`` in ``lowered`` (``text`` lower-cased, character for
    character) that begin a word of ``text``."""
    found, at = 0, lowered.find(start)
    while at >= 0:
        found += not (at and text[at - 1].isalnum())
        at = lowered.find(start, at + 1)
    return found


def pairs_starting(evidence: Evidence | DocumentEvidence, start: str) -> int:
    """How often the document writes a pair that begins with ``start`` (lower-cased).

    >>> pairs_starting(collect_evidence("look-out and look-outs, lookout"), "look-out")
    2
    """
    if isinstance(evidence, DocumentEvidence):
        return evidence.pairs_starting(start)
    return sum(count for pair, count in evidence.pairs.items() if pair.startswith(start))


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
        prefix, suffix, evidence, use_lexicon=use_lexicon, language=language, around=around
    )[0]


def hyphen_decision(
    prefix: str,
    suffix: str,
    evidence: Evidence,
    *,
    use_lexicon: bool,
    language: Callable[[], str] | None = None,
    around: tuple[str, str] = ("", ""),
) -> tuple[bool, str]:
    """Whether to drop the line-end hyphen, and why (``around``: as for
    :func:`should_drop_hyphen`, read only by another language's rule).

    A capital or digit after the hyphen (``anti-Islamic``, ``state-TV``, ``COVID-19``) and
    an acronym before it keep the hyphen (an all-capitals word split in two is judged like
    a lower-case one); otherwise the document's own spelling decides, then the compound
    first halves and the lexicon. When the English lexicon would keep the hyphen, the
    paragraph's ``language()`` (asked only then) may be one whose own rule decides (see
    :mod:`.languages`); in English, a capitalized word inside a sentence, broken before a
    tail that is no common word, is a name broken at the line end (``Flen-`` + ``sburg``),
    and a word broken into a fragment or before a tail with no vowel is joined.

    >>> hyphen_decision("state", "TV", collect_evidence(""), use_lexicon=True)
    (False, 'a capital, digit or acronym next to the hyphen')
    """
    if starts_caseless(prefix[-1:]) or starts_caseless(suffix):
        return False, "a CJK or Thai letter next to the hyphen: no dehyphenation there"
    if prefix.isalpha() and is_camel_tail(suffix):
        return True, "a name in camel case broken at the line end"
    all_capitals = prefix.isupper() and suffix.isupper()
    if not (prefix.isalpha() and suffix.isalpha()) or (
        not all_capitals and (not suffix.islower() or (len(prefix) > 1 and prefix.isupper()))
    ):
        return False, "a capital, digit or acronym next to the hyphen"
    if (why := never_broken(prefix, suffix, around[1])) is not None:
        return False, why
    joined, compound = (prefix + suffix).lower(), f"{prefix}-{suffix}".lower()
    if isinstance(evidence, DocumentEvidence):
        whole, hyphenated = evidence.whole_and_hyphenated(joined, compound)
    else:
        whole, hyphenated = evidence.words[joined], evidence.pairs[compound]
    if whole != hyphenated:
        return (
            whole > hyphenated,
            f"the document writes it {whole} times whole, {hyphenated} hyphenated",
        )
    if not use_lexicon:
        return False, "no evidence in the document (lexicon off)"
    if len(suffix) >= SHARED_TAIL_LETTERS and pairs_starting(
        evidence, compound[: len(prefix) + 1 + SHARED_TAIL_LETTERS]
    ):
        return False, "the document writes another form of it with the hyphen"
    if language is not None and _prefix_keeps_hyphen(prefix, suffix, language):
        return False, "a prefix this language writes with a hyphen (icke-, ex-, e-)"
    zipf = _word_frequency(joined)
    if prefix.lower() in _hyphen_prefixes():
        drop, why = zipf >= COMMON_WORD_ZIPF, f"compound first half; joined form Zipf {zipf:.1f}"
    else:
        drop, why = zipf >= KNOWN_WORD_ZIPF, f"joined form Zipf {zipf:.1f} in the lexicon"
    if not drop and language is not None:
        from cleaner.language import TABLE_LANGUAGES  # Deferred: asked only here.
        from cleaner.passes.unwrap.names import Context, is_broken_english_name, opens_sentence

        found = language()
        before, after = around
        context = Context(
            evidence.words.__getitem__, opens_sentence(before), after[:1] == "-", after
        )
        if found in TABLE_LANGUAGES:
            from cleaner.passes.unwrap.languages import language_hyphen_decision

            return language_hyphen_decision(prefix, suffix, found, context)
        if found == "en" and is_broken_english_name(prefix, suffix, zipf, context, _word_frequency):
            return (
                True,
                "English: a capitalized word no lexicon knows, a name broken at the line end",
            )
        if found == "en" and _is_broken_into_fragment(prefix, suffix, context):
            return True, "English: a word broken into a fragment no lexicon lists"
        if found == "en" and not ENGLISH_VOWELS.intersection(suffix.lower()):
            return True, "English: a tail with no vowel, no word of its own"
    return drop, why


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


def _cjk_meets_latin(left: str, right: str) -> bool:
    """A Han, kana or CJK punctuation character on one side of the break, anything but a
    space on the other (a Latin word, a digit, a straight quote, a hyphen).

    >>> _cjk_meets_latin("解釋道：", '"每一本書'), _cjk_meets_latin('人性。"', "他獨自")
    (True, True)
    >>> _cjk_meets_latin("Durá", "n擔任"), _cjk_meets_latin("눈이 왔다．", "& 価格")
    (False, False)
    """
    from cleaner.language import HANGUL_RE  # Deferred: only CJK breaks ask.

    if not (left and right) or HANGUL_RE.search(left[-2:]) or HANGUL_RE.search(right[:2]):
        return False  # Korean puts spaces between words, and after its punctuation
    return breaks_anywhere(left[-1]) or breaks_anywhere(right[0])


def _prefix_keeps_hyphen(prefix: str, suffix: str, language: Callable[[], str]) -> bool:
    """A hyphenated prefix of the paragraph's language, one of :data:`TABLE_LANGUAGES`
    (asked only for such a prefix: English keeps its own rule, the lexicon's), or one
    letter in English too: no hyphenation leaves one letter on a line (TeX's English
    lefthyphenmin is 2), so ``e-`` + ``mail`` keeps its hyphen though ``email`` is a word.
    On the English tuning half and four Gutenberg novels (a scratch copy of
    tools/tune_hyphens.py) real hyphens dropped 8 -> 7, 153 -> 151, 43 -> 42, 354 -> 352,
    86 -> 83 (``a-piece``, ``T-wo``, the licences' ``e-mail``), no split word kept; no output
    digest moved."""
    from cleaner.passes.unwrap.languages import keeps_prefix_hyphen, may_keep_prefix_hyphen

    if not may_keep_prefix_hyphen(prefix):
        return False
    from cleaner.language import TABLE_LANGUAGES

    found = language()
    if found == "en":
        return len(prefix) == 1
    return found in TABLE_LANGUAGES and keeps_prefix_hyphen(prefix, suffix, found)


def _is_suspended(suffix: str, language: Callable[[], str] | None, after: str = "") -> bool:
    """A suspended hyphen before a conjunction, in a language other than English (where
    ``pre-`` + ``and`` keeps its old join; only asked for such short words). Not where
    punctuation follows the conjunction (``after``, the rest of its line): a conjunction
    goes on to a second word, so that is a word's ending after a kept hyphen (``GGD-`` +
    ``en.``, an acronym's plural), joined without a space.

    >>> _is_suspended("en", lambda: "nl", " sport"), _is_suspended("en", lambda: "nl", ".")
    (True, False)
    """
    if language is None or len(suffix) > 5 or after[:1] in CLAUSE_PUNCTUATION:
        return False
    from cleaner.passes.unwrap.languages import is_suspended_hyphen

    return is_suspended_hyphen(suffix, language())


def _is_broken_into_fragment(prefix: str, suffix: str, context: Context) -> bool:
    """:func:`.fragments.is_broken_into_fragment` with the English lexicon."""
    from cleaner.lexicon import load_model
    from cleaner.passes.unwrap.fragments import is_broken_into_fragment

    return is_broken_into_fragment(
        prefix,
        suffix,
        load_model(),
        context,
        compound_first_halves=_hyphen_prefixes(),
    )


def _word_frequency(word: str) -> float:
    """The word's Zipf frequency in cleaner's English lexicon (0 when unknown)."""
    from cleaner.lexicon import load_model  # Deferred: loads a table on first need.

    return load_model().frequency(word.lower())


@cache
def _hyphen_prefixes() -> frozenset[str]:
    """Compound first halves that keep their hyphen (cleaner/data/hyphen_prefixes.txt)."""
    text = read_data("hyphen_prefixes.txt")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())


def join_across_line_end(
    left: str,
    right: str,
    evidence: Evidence,
    *,
    dehyphenate: bool,
    use_lexicon: bool = True,
    language: Callable[[], str] | None = None,
) -> str:
    """Join two wrapped lines: a space, or nothing after a soft hyphen, hyphen or dash.

    >>> empty = collect_evidence("")
    >>> join_across_line_end("inter-", "national law", empty, dehyphenate=True)
    'international law'
    >>> join_across_line_end("state-", "TV", empty, dehyphenate=True)
    'state-TV'
    >>> join_across_line_end("a pause -", "then", empty, dehyphenate=True)
    'a pause - then'
    >>> join_across_line_end("regime—", "the", empty, dehyphenate=True)
    'regime—the'
    """
    drop, addition = line_join_edit(
        left, right, evidence, dehyphenate=dehyphenate, use_lexicon=use_lexicon, language=language
    )
    return left[: len(left) - drop] + addition


def line_join_edit(
    left: str,
    right: str,
    evidence: Evidence | Callable[[], Evidence],
    *,
    dehyphenate: bool,
    use_lexicon: bool = True,
    language: Callable[[], str] | None = None,
) -> tuple[int, str]:
    """How to join ``right`` to ``left``: characters to drop from left's end, text to add.

    Only ``left``'s end is read, so a paragraph can be built piece by piece in linear time.
    ``evidence`` may be a function giving it, called only for a line-end hyphen to judge.
    """
    right = right.strip()
    if not left.endswith(LINE_END_MARKS):  # Neither a hyphen nor a dash: a space...
        if not (left[-1:].isascii() and right[:1].isascii()) and _joins_cjk(left, right, language):
            return 0, right  # ...but between Han, kana and Thai (see below).
        return 0, f" {right}"
    if left.endswith(SOFT_HYPHEN):
        return 1, right
    end = left[-60:]
    hyphen = line_end_hyphen(end)
    word = LEADING_WORD_RE.match(right)
    if hyphen and word:
        drop = dehyphenate and should_drop_hyphen(
            hyphen[1],
            word.group(),
            evidence() if callable(evidence) else evidence,
            use_lexicon=use_lexicon,
            language=language,
            around=(end[: hyphen[0]], right[word.end() : word.end() + AFTER_TAIL_LENGTH]),
        )
        if not drop and _is_suspended(word.group(), language, right[word.end() :]):
            return 0, f" {right}"  # "Druck-" + "und Verlagswesen": the space stays.
        return int(drop), right
    if _hyphen_goes_on(left, right, hyphen is not None):
        return 0, right
    if ATTACHED_DASH_RE.search(left[-3:]) or _joins_cjk(left, right, language):
        return 0, right
    return 0, f" {right}"


def line_end_hyphen(line: str) -> tuple[int, str] | None:
    """Where :data:`LINE_END_HYPHEN_RE` finds the word before ``line``'s final hyphen, and
    that word, read backwards from the line's end: a search from the start tries every
    position (about 5 µs on a 60-character line, 0.5 µs so).

    >>> line_end_hyphen("the inter-"), line_end_hyphen("a pause -"), line_end_hyphen("e-\\n")
    ((4, 'inter'), None, (0, 'e'))
    """
    end = len(line)
    if line.endswith("\n"):  # ("$" matches before a final line feed too.)
        end -= 1
    found = REVERSED_LINE_END_HYPHEN_RE.match(line[end - 1 :: -1]) if end else None
    if found is None:
        return None
    word = found.group(1)
    return end - 1 - len(word), word[::-1]


def _hyphen_goes_on(left: str, right: str, after_word: bool) -> bool:
    """Whether ``right`` goes on ``left``'s line-end hyphen with no space: after a word, a
    slash or currency sign; after an initial, another initial; after a number's sign, a
    word (``3%-`` + ``räntan``).

    >>> _hyphen_goes_on("Ein-", "/Ausgabe", True), _hyphen_goes_on("avant J.-", "C.", False)
    (True, True)
    >>> _hyphen_goes_on("a pause -", "/then", False), _hyphen_goes_on("J.-", "Claude", False)
    (False, False)
    >>> _hyphen_goes_on("den 3%-", "räntan", False), _hyphen_goes_on("kann.-", "Und", False)
    (True, False)
    """
    if after_word:
        return HYPHEN_CONTINUATION_RE.match(right) is not None
    if NUMBER_SIGN_HYPHEN_RE.search(left[-4:]) is not None:
        return right[:1].isalpha()
    return INITIAL_RE.match(right) is not None and INITIAL_HYPHEN_RE.search(left[-4:]) is not None


def _joins_cjk(left: str, right: str, language: Callable[[], str] | None) -> bool:
    """Han, kana and Thai put no space between words: none at the break. Chinese and
    Japanese run a Latin word, a digit or a mark on too ("正因為如此，" + "Olivia")."""
    if joins_without_space(left, right):
        return True
    if language is None:
        return False
    if _cjk_meets_latin(left, right):
        return language() in ("zh", "ja")
    return _thai_meets_hugging_mark(left, right) and language() == "th"


def _thai_meets_hugging_mark(left: str, right: str) -> bool:
    """A Thai letter on one side of the break, on the other a mark that hugs it: a straight
    quote, a closing bracket after it, an opening one before it (``"`` + ``การ``).

    >>> _thai_meets_hugging_mark('ได้รับ "', "การ"), _thai_meets_hugging_mark("เมือง", ") มี")
    (True, True)
    >>> _thai_meets_hugging_mark("ใต้", "(มห"), _thai_meets_hugging_mark("ปี", "1879")
    (False, False)
    """
    if not (left and right):
        return False
    if THAI_RE.match(left[-1]):
        return right[0] in "\"')]}"
    return bool(THAI_RE.match(right[0])) and left[-1] in "\"'([{"
