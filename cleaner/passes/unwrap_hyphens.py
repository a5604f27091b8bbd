"""Line-end hyphens for the ``unwrap`` pass: join ``inter-`` + ``national``, keep ``state-TV``.

The evidence, in order: the document itself (the word written whole or hyphenated elsewhere),
then word frequencies from ``wordfreq`` (a declared dependency; its English list knows both
whole words such as "international" and compounds such as "well-known"). Without either,
the hyphen stays: keeping it never loses a word.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import NamedTuple

# A hyphen ending a line right after a letter or digit (so not the second half of "--").
LINE_END_HYPHEN_RE = re.compile(r"([^\W_]+)-$")
# A dash ending a line attached to its word ("regime—", "1990–", "word--"): joined without
# a space, dash kept.
ATTACHED_DASH_RE = re.compile(r"[^\W_](—|–|--)$")
# The word a continuation line starts with.
LEADING_WORD_RE = re.compile(r"^[^\W_]+")
# A word, for counting the document's own vocabulary.
WORD_RE = re.compile(r"[^\W_]+")
# A hyphenated pair inside a line ("well-known", "pre-election"), counted as "well-known".
HYPHEN_PAIR_RE = re.compile(r"(?<![^\W_])([^\W_]+)-(?=([^\W_]+))")
# Above this Zipf frequency a joined form is a common word whatever the compound scores.
COMMON_WORD_ZIPF = 3.0


class Evidence(NamedTuple):
    """How often the document writes each word whole, and each pair with a hyphen."""

    words: Counter[str]
    pairs: Counter[str]


def collect_evidence(text: str) -> Evidence:
    """Count the document's words and in-line hyphenated pairs, lower-cased.

    >>> collect_evidence("Well-known and well-\\nknown.").pairs["well-known"]
    1
    """
    words = Counter(w.lower() for w in WORD_RE.findall(text))
    pairs = Counter(f"{a}-{b}".lower() for a, b in HYPHEN_PAIR_RE.findall(text))
    return Evidence(words, pairs)


def should_drop_hyphen(prefix: str, suffix: str, evidence: Evidence, *, use_lexicon: bool) -> bool:
    """Whether ``prefix-`` at a line end and ``suffix`` on the next line are one word.

    A capital or digit after the hyphen (``anti-Islamic``, ``state-TV``, ``COVID-19``) and
    an acronym before it keep the hyphen; otherwise the document's own spelling decides,
    then the lexicon.

    >>> empty = collect_evidence("")
    >>> should_drop_hyphen("inter", "national", empty, use_lexicon=True)
    True
    >>> should_drop_hyphen("anti", "Islamic", empty, use_lexicon=True)
    False
    >>> should_drop_hyphen("well", "known", empty, use_lexicon=True)
    False
    """
    if not (prefix.isalpha() and suffix.isalpha()) or not suffix[0].islower():
        return False
    if len(prefix) > 1 and prefix.isupper():
        return False
    joined, compound = (prefix + suffix).lower(), f"{prefix}-{suffix}".lower()
    whole, hyphenated = evidence.words[joined], evidence.pairs[compound]
    if whole != hyphenated:
        return whole > hyphenated
    return use_lexicon and _lexicon_prefers_joined(joined, compound)


@cache
def _lexicon_prefers_joined(joined: str, compound: str) -> bool:
    """A known word, common or at least as frequent as the hyphenated compound."""
    zipf = _zipf_frequency()
    if zipf is None:
        return False
    joined_zipf = zipf(joined, "en")
    return joined_zipf > 0 and (
        joined_zipf >= COMMON_WORD_ZIPF or joined_zipf >= zipf(compound, "en")
    )


@cache
def _zipf_frequency():  # type: ignore[no-untyped-def]
    """wordfreq's lookup, imported on first need (it loads a word list); None if missing."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a declared dependency
        return None
    return zipf_frequency


def join_across_line_end(
    left: str, right: str, evidence: Evidence, *, dehyphenate: bool, use_lexicon: bool = True
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
    right = right.strip()
    if left.endswith("\u00ad"):
        return left[:-1] + right
    hyphen = LINE_END_HYPHEN_RE.search(left)
    word = LEADING_WORD_RE.match(right)
    if hyphen and word:
        drop = dehyphenate and should_drop_hyphen(
            hyphen.group(1), word.group(), evidence, use_lexicon=use_lexicon
        )
        return (left[:-1] if drop else left) + right
    if ATTACHED_DASH_RE.search(left):
        return left + right
    return f"{left} {right}"
