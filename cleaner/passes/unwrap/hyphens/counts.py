"""The document's own spelling, counted: how often it writes each word whole, and each pair
with a hyphen inside a line (the first evidence about a line-end hyphen)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import NamedTuple

from cleaner.lazy_re import lazy_compile

# A word, for counting the document's own vocabulary.
WORD_RE = lazy_compile(r"[^\W_]+")
# A hyphenated pair inside a line ("well-known", "pre-election"), counted as "well-known".
HYPHEN_PAIR_RE = lazy_compile(r"(?<![^\W_])([^\W_]+)-(?=([^\W_]+))")
# A run of the characters a hyphenated pair is read in (see _counted_pairs): ASCII letters,
# digits and hyphens, and every character beyond ASCII; read backwards CHAIN_WINDOW at a time.
CHAIN_RE = lazy_compile(r"[-0-9A-Za-z\x80-\U0010ffff]*")
CHAIN_WINDOW = 64


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
    per word, and no pass over the whole text but ``find`` (lower-casing, translating and
    encoding 20 KB of PDF text cost 600,000 instructions; its 20 hyphens, 100,000).

    >>> collect_pairs("Well-known, well-\\nknown and x-y-z")
    Counter({'well-known': 1, 'x-y': 1, 'y-z': 1})
    """
    found: list[str] = []  # Every pair in the text's order, counted once at the end.
    at = text.find("-")
    while at >= 0:
        end = CHAIN_RE.match(text, at).end()  # type: ignore[union-attr]
        chain = text[_chain_start(text, at) : end]
        found += _chain_pairs(chain, end - at)
        at = text.find("-", end)
    return Counter(found)


def _chain_start(text: str, at: int) -> int:
    """Where the chain of :data:`CHAIN_RE` that holds ``text[at]`` starts, read backwards
    from ``at`` (a window at a time: CJK text may run a whole line on).

    >>> _chain_start("a x-y", 3), _chain_start("naïve-ly", 5), _chain_start("-", 0)
    (2, 0, 0)
    """
    size = CHAIN_WINDOW
    while True:
        start = max(at - size, 0)
        back = CHAIN_RE.match(text[start:at][::-1]).end()  # type: ignore[union-attr]
        if back < at - start or start == 0:
            return at - back
        size *= 4


def _chain_pairs(chain: str, after_hyphen: int) -> list[str]:
    """The pairs of one chain (lower-cased), as :func:`_counted_pairs` reads it;
    ``after_hyphen``: the chain's length from its first hyphen."""
    if not chain.isascii():
        return [f"{a}-{b}".lower() for a, b in HYPHEN_PAIR_RE.findall(chain)]
    if after_hyphen > 1 and chain[0] != "-" and chain.count("-") == 1:
        return [chain.lower()]  # (most chains: one pair, "well-known", as it is)
    return [f"{a}-{b}".lower() for a, b in pairwise(chain.split("-")) if a and b]


def _counted_pairs(lowered: bytes, wanted: Wanted | None = None) -> Counter[str]:
    """The in-line hyphenated pairs of a text's UTF-8 bytes, ASCII letters lower-cased
    (only those ``wanted`` covers, if given)."""
    if b"-" not in lowered:
        return Counter()
    found: list[str] = []  # Every pair in the text's order, counted once at the end.
    kept = lowered.translate(_WORD_AND_HYPHEN_BYTES)
    at = kept.find(b"-")
    while at >= 0:
        end = kept.find(b" ", at)
        end = len(kept) if end < 0 else end
        chain = kept[kept.rfind(b" ", 0, at) + 1 : end].decode("utf-8", "surrogatepass")
        if not chain.isascii():
            found += [f"{a}-{b}".lower() for a, b in HYPHEN_PAIR_RE.findall(chain)]
        elif end - at > 1 and chain[0] != "-" and chain.count("-") == 1:
            found.append(chain)  # (most chains: one pair, "well-known", as it is)
        else:
            found += [f"{a}-{b}" for a, b in pairwise(chain.split("-")) if a and b]
        at = kept.find(b"-", end)
    if wanted is not None:
        found = [pair for pair in found if wanted.covers(pair, pairs=True)]
    return Counter(found)


# The UTF-8 bytes of a text with every ASCII byte but a letter or digit made a space (and
# in the second table, but a hyphen too). Runs of the rest are cheap to find with ``split``
# and hold whole words: in ASCII a word of WORD_RE is letters and digits, and the bytes of
# other characters are kept for WORD_RE to read (about 4x faster on a 20 MB book).
_WORD_BYTES = bytes(c if c >= 128 or chr(c).isalnum() else 32 for c in range(256))
_WORD_AND_HYPHEN_BYTES = bytes(c if c == 45 else w for c, w in enumerate(_WORD_BYTES))


# A line-end hyphen and the word that starts the next line (after any blank lines): what
# unwrap asks the counts about is the word before the hyphen, this one, and the two joined.
LINE_END_BREAK_RE = lazy_compile(r"-[^\S\n]*\n\s*([^\W_]+)")
# The word before such a hyphen, in the 59 characters before it that line_join_edit reads,
# found read backwards from the hyphen (a search from the window's start tries every
# position: about 25,000 instructions a break, against 3,000 so).
REVERSED_WORD_RE = lazy_compile(r"[^\W_]+")
WORD_BEFORE_CHARS = 59


def line_end_questions(text: str) -> Wanted:
    """The counts that unwrap can ask of ``text`` about its line-end hyphens: the words
    before and after each, joined and apart, and the pairs that start with the first.

    >>> wanted = line_end_questions("A well-\\nknown co-op; co-\\n\\n Op-\\nx")
    >>> sorted(wanted.words), sorted(wanted.firsts)
    (['co', 'coop', 'known', 'op', 'opx', 'well', 'wellknown', 'x'], ['co', 'op', 'well'])
    """
    words, firsts = set(), set()
    for prefix, suffix in line_end_breaks(text):  # (As hyphen_decision lower-cases them.)
        words.update((prefix.lower(), suffix.lower(), (prefix + suffix).lower()))
        firsts.add(f"{prefix}-{suffix}".lower().partition("-")[0])
    return Wanted.of(words, firsts)


def line_end_breaks(text: str) -> Iterator[tuple[str, str]]:
    """Each line-end hyphen's word before it and word after it (on the next line).

    >>> list(line_end_breaks("A well-\\nknown co-op; x -\\ny"))
    [('well', 'known')]
    """
    for hyphen in LINE_END_BREAK_RE.finditer(text):
        start = hyphen.start()
        window = text[max(start - WORD_BEFORE_CHARS, 0) : start]
        before = REVERSED_WORD_RE.match(window[::-1])
        if before is not None:
            yield before.group()[::-1], hyphen.group(1)


def line_end_halves(text: str) -> Counter[str]:
    """How often each word (lower-cased) is a half of a line-end hyphen's break: words the
    text counts (:func:`collect_evidence`) that it may never write whole (``vin-`` +
    ``ter``: no word ``ter``).

    >>> line_end_halves("in a wet win-\\nter, pro-\\ntest and pro-\\nmise")
    Counter({'pro': 2, 'win': 1, 'ter': 1, 'test': 1, 'mise': 1})
    """
    return Counter(half.lower() for pair in line_end_breaks(text) for half in pair)
