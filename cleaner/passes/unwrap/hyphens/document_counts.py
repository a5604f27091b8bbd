"""The counts of :mod:`.counts` for one document, found only as unwrap asks for them: a
search of the lower-cased text per question, every word counted once past a budget."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate

from cleaner.lazy_re import lazy_compile
from cleaner.passes.unwrap.hyphens.counts import (
    Evidence,
    Wanted,
    collect_evidence,
    collect_pairs,
    line_end_breaks,
    line_end_halves,
    line_end_questions,
)
from cleaner.passes.unwrap.hyphens.own_breaks import breaks_no_word
from cleaner.textblocks import line_blocks

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
# The characters beyond ASCII whose lower case holds an ASCII one (the dotted capital I,
# the Kelvin sign): in a text without them an ASCII key is found in a copy lower-cased
# in ASCII alone (test_ascii_lowering_misses_only_these recomputes them).
LOWER_TO_ASCII = ("\u0130", "\u212a")
# A huge text is counted this many characters at a time (its tokens held at once).
COUNT_BLOCK_CHARS = 1 << 18

# The pairs alone (collect_pairs: a Python step per hyphen) are counted once a document's
# searches for pairs have cost half as much as that: the count cost about 2 searches of
# the text (12 beyond ASCII, whose UTF-8 is longer) and 3,000 characters of search per
# hyphen (measured on the speed layouts: 6-12 searches for PDF text and books, 13-24 for
# the Chinese, Russian and Greek prose), so the constants are half those. At half rather
# than the whole cost, the questions of the PDF and CRLF layouts take 90 ms, not 100 ms.
# (Since session 40 collect_pairs reads no copy of the text: 791,000 -> 386,000
# instructions on a 20 KB PDF page of 23 hyphens, about 12 searches that miss; the
# constants stand, measured by the clock.)
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
        # (block, its Latin-1 bytes, "?" beyond, ASCII lower-cased), for an ASCII key.
        self._ascii_lowered: list[tuple[str, bytes]] | None = None
        self._ascii_searchable: bool | None = None  # No character of LOWER_TO_ASCII.
        self._aligned: bool | None = None  # Each character lower-cases to one.
        self._counted: Evidence | None = None
        self._wanted: Wanted | None = None  # What _counted holds, when not every count.
        self._asked: dict[tuple[str, bool], int] = {}
        self._at_least: dict[str, int] = {}  # Words counted only up to a cap, not to the end.
        self._started: dict[str, int] = {}  # Pairs counted by their start (pairs_starting).
        self._pair_index: tuple[list[str], list[int]] | None = None
        self._pairs: Counter[str] | None = None  # Every pair, counted once due (collect_pairs).
        self._pair_searches = 0  # Searches of the text for a pair, or for a pair's start.
        self._pair_cost: int | None = None  # What counting the pairs costs, once asked.
        self._halves: Counter[str] | None = None  # The line-end breaks' halves, once asked.
        self._breaks_no_word: bool | None = None  # (breaks_no_word, once asked.)
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
            found = self._searched(key)
            self._pair_searches += pairs
        else:
            counted = self._counts_holding(key, pairs=pairs)
            found = (counted.pairs if pairs else counted.words)[key]
        self._asked[key, pairs] = found
        return found

    @property
    def text(self) -> str:
        """The document whose words are counted."""
        return self._text

    def halves_count(self, word: str) -> int:
        """How often ``word`` (lower-cased) is a half of a line-end hyphen's break
        (:func:`line_end_halves`, read once, the first time a rule asks).

        >>> DocumentEvidence("a win-\\nter day, a win").halves_count("win")
        1
        """
        if self._halves is None:
            self._halves = line_end_halves(self._text)
        return self._halves[word]

    def breaks_no_word(self) -> bool:
        """Whether the text's line-end hyphens break no word
        (:func:`.own_breaks.breaks_no_word` with the English lexicon, read once, the first
        time a rule asks).

        >>> DocumentEvidence("a two-\\nfold gain" * 10).breaks_no_word()
        True
        >>> DocumentEvidence("a two-\\nfold gain" * 10 + " distin-\\nguished").breaks_no_word()
        False
        """
        if self._breaks_no_word is None:
            from cleaner.lexicon import load_model  # Deferred: loads a table on first need.

            frequency = load_model().frequency
            self._breaks_no_word = breaks_no_word(line_end_breaks(self._text), frequency)
        return self._breaks_no_word

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
            for (block, low, needle), (_, pair_low, pair_needle) in zip(
                self._read(word), self._read(pair), strict=True
            ):
                found_word += _count_in(block, low, needle)
                found_pair += _count_in(block, pair_low, pair_needle)
            asked[word, False], asked[pair, True] = found_word, found_pair
            self._pair_searches += 1
        return self.count(word, pairs=False), self.count(pair, pairs=True)

    def whole_against_hyphenated(self, word: str, pair: str) -> tuple[int, int]:
        """:meth:`whole_and_hyphenated`, ``words[word]`` capped at ``pairs[pair] + 1``: all
        that comparing the two needs (equal, or which is larger). In a text of one block
        read in its ASCII copy (most, past their first question), the word's search stops
        at that many occurrences (a word the text writes whole: on average half of it).

        >>> evidence = DocumentEvidence("wellknown, well-known; Wellknown WELLKNOWN")
        >>> evidence.whole_against_hyphenated("wellknown", "well-known")
        (2, 1)
        >>> evidence.whole_and_hyphenated("wellknown", "well-known")
        (3, 1)
        """
        if (word, False) in self._asked or self._counted is not None:
            whole, hyphenated = self.whole_and_hyphenated(word, pair)
            return min(whole, hyphenated + 1), hyphenated
        hyphenated = self.count(pair, pairs=True)
        cap = hyphenated + 1
        if self._at_least.get(word, 0) >= cap:
            return cap, hyphenated
        lowered = self._ascii_lowered
        if (
            lowered is None
            or len(lowered) != 1
            or not word.isascii()
            or self._counted is not None
            or not self._searchable(word, False)
        ):
            return min(self.count(word, pairs=False), cap), hyphenated
        ((block, low),) = lowered  # (Made only where an ASCII key reads it: see _read.)
        found = _count_in(block, low, word.encode("ascii"), cap)
        if found < cap:  # (The search read the text to its end: the count is whole.)
            self._asked[word, False] = found
        else:
            self._at_least[word] = found
        return found, hyphenated

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
            found = sum(_count_starts_in(block, low, key) for block, low, key in self._read(start))
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

    def _searched(self, key: str) -> int:
        """How often the text writes ``key`` as a word (or a pair), found by a search of
        its lower-cased copy (:meth:`_read`); a text of one block whose ASCII copy is made
        (most, past their first question) is searched with no generator in between.

        >>> evidence = DocumentEvidence("Well, well-known wells")
        >>> evidence._searched("well"), evidence._searched("well"), evidence._searched("well-known")
        (2, 2, 1)
        """
        lowered = self._ascii_lowered
        if lowered is not None and len(lowered) == 1 and key.isascii():
            ((block, low),) = lowered  # (Made only where an ASCII key reads it: see _read.)
            return _count_in(block, low, key.encode("ascii"))
        return sum(_count_in(block, low, needle) for block, low, needle in self._read(key))

    def _searchable(self, key: str, pairs: bool) -> bool:
        """Whether ``key`` is best found by a search of the lower-cased text, and can be."""
        limit = LAZY_QUERIES if len(self._text) <= LOWERED_CACHE_CHARS else LAZY_QUERIES_UNCACHED
        asked = len(self._asked) + len(self._started) + len(self._at_least)
        if asked >= limit or (key.count("-") == 1) != pairs:
            return False
        if not _SEARCHABLE_RE.fullmatch(key):
            return False
        if key.isascii() and self._reads_ascii():
            return True  # (Found in the copy lower-cased in ASCII: see _read.)
        if self._aligned is None:  # Each character lower-cases to one (so offsets agree):
            # true but for rare letters such as "İ".
            self._aligned = all(len(block) == len(low) for block, low in self._blocks())
        return self._aligned

    def _reads_ascii(self) -> bool:
        """Whether an ASCII key is found in the text's copy lower-cased in ASCII alone:
        no character beyond ASCII lower-cases to one in it."""
        if self._ascii_searchable is None:
            self._ascii_searchable = not any(char in self._text for char in LOWER_TO_ASCII)
        return self._ascii_searchable

    def _read(self, key: str) -> Iterator[tuple[str, str | bytes, str | bytes]]:
        """Each block of the text, the copy of it ``key`` is searched in, and ``key`` as
        searched there: an ASCII key in the block's Latin-1 bytes lower-cased in ASCII
        (each character one byte, "?" beyond Latin-1; a search of those bytes is up to 4x
        faster than of a text holding curly quotes, lower-cased at no cost), else in the
        lower-cased block (:meth:`_blocks`).

        >>> list(DocumentEvidence("Well’s well")._read("well"))
        [('Well’s well', b'well?s well', b'well')]
        """
        if not (key.isascii() and self._reads_ascii()):
            yield from ((block, lowered, key) for block, lowered in self._blocks())
            return
        needle = key.encode("ascii")
        if self._ascii_lowered is not None:
            yield from ((block, low, needle) for block, low in self._ascii_lowered)
            return
        pairs = [
            (block, block.encode("latin-1", "replace").lower()) for block in line_blocks(self._text)
        ]
        if len(self._text) <= LOWERED_CACHE_CHARS:
            self._ascii_lowered = pairs
        yield from ((block, low, needle) for block, low in pairs)

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


def _count_in(text: str, lowered: str | bytes, key: str | bytes, cap: int = 0) -> int:
    """Occurrences of ``key`` in ``lowered`` that are whole words (or a whole pair) in
    ``text``, whose lower-cased copy ``lowered`` is, character for character (or, for an
    ASCII ``key`` in bytes, byte for character: see :meth:`DocumentEvidence._read`); no
    more than ``cap`` if given (the search stops there)."""
    found, start, end = 0, lowered.find(key), len(key)
    # An ASCII key is what each of its characters lower-cases to, alone as in the text:
    # only a final sigma's case depends on what follows (so the slice is compared).
    compared = not key.isascii()
    while start >= 0:
        before = text[start - 1] if start else " "
        after = text[start + end] if start + end < len(text) else " "
        if not before.isalnum() and not after.isalnum():  # isalnum is [^\W_]
            found += not compared or text[start : start + end].lower() == key
            if found == cap:
                return found
        start = lowered.find(key, start + 1)
    return found


def _count_starts_in(text: str, lowered: str | bytes, start: str | bytes) -> int:
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
