"""Call ftfy only on the lines that can need it, with output identical to ``ftfy.fix_text``.

``ftfy.fix_text`` fixes a text line by line (it cuts segments after each ``\\n``), running a
dozen fixers on every line until nothing changes: about 1.5 MB/s, even on clean text. Yet
each fixer acts only on certain characters, so a cheap scan of the whole text tells which
lines any fixer could change:

- HARD characters: some fixer other than ``fix_encoding`` acts on them (``&`` for HTML
  entities, control characters, C1 controls, ligatures, full-width forms, odd line breaks,
  surrogates). A line holding one goes to ftfy.
- QUOTE characters: only ``uncurl_quotes`` acts on them, one character at a time, so a line
  whose only special characters are quotes is fixed here with ``str.replace``.
- SOFT characters: the non-ASCII characters of ftfy's badness regex (minus the quotes).
  ``fix_encoding`` leaves a line alone unless ``ftfy.badness.is_bad`` finds mojibake in it,
  and every branch of that regex needs two special characters side by side, or one of
  ``Œ œ Ã Â``; only lines with such a spot are checked with ftfy's own ``is_bad`` (running
  ``is_bad`` over the whole text would cost as much as ftfy itself: ~7 MB/s).
- Normalization: a line that is not already in the configured form goes to ftfy.

The tables below are derived from ftfy's own tables and regexes;
tests/passes/test_encoding_precheck.py derives them again from the installed ftfy, fails
(printing the new values) when they differ, and checks the result is identical to
``ftfy.fix_text`` over a large corpus.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

# ftfy.TextFixerConfig.max_decode_length: longer lines are cut into segments of this size.
MAX_SEGMENT = 1_000_000

# Characters a fixer other than fix_encoding and uncurl_quotes can change (see the docstring).
HARD_CHARS = (
    "\x00-\x08\x0b\x0d-\x1f&\x7f-\x9f\u0132-\u0133\u0149\u01c4-\u01cc\u01f1-\u01f3"
    "\u2028-\u2029\u206a-\u206f\u3000\ud800-\udfff\ufb00-\ufb06\ufeff\uff01-\uffbe"
    "\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc\uffe0-\uffe6\uffe8-\uffee\ufff9-\ufffc"
)
# Characters ftfy.fixes.uncurl_quotes replaces (SINGLE_QUOTE_RE and DOUBLE_QUOTE_RE).
QUOTE_CHARS = "\u02bc\u2018-\u201f"
# Non-ASCII characters of ftfy.badness.BADNESS_RE that are neither HARD nor QUOTE.
SOFT_CHARS = (
    "\xa0-\xfc\u0100-\u0107\u010c-\u0113\u0116-\u011b\u011e-\u011f\u0122-\u0123\u012a-\u012b"
    "\u012f-\u0130\u0136-\u0137\u0139-\u013e\u0141-\u0143\u0145\u0147\u014c\u0150\u0152-\u0153"
    "\u0155\u0158\u015a-\u015b\u015e-\u0162\u0164-\u0165\u016a\u016e\u0170\u0172\u0178-\u017e"
    "\u0192\u02c6-\u02c7\u02d8\u02db-\u02dd\u0384-\u0386\u0388-\u038a\u038c\u038e-\u038f"
    "\u0391-\u03c9\u0401-\u045f\u0490-\u0491\u2013-\u2015\u2020-\u2022\u2026\u2030\u2039-\u203a"
    "\u2044\u20a7\u20ac\u2116\u2122\u2202\u2206\u220f\u2211\u221a\u221e\u2229\u222b\u2248"
    "\u2260-\u2261\u2264-\u2265\u2310\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c"
    "\u2550-\u256c\u2580\u2584\u2588\u258c\u2590-\u2593\u25ca\uf8ff\ufffd"
)

# Badness branches with no two special characters side by side need one of these.
LONE_BAD_CHARS = "\u0152\u0153\xc3\xc2"  # Œ œ Ã Â

# A character that sends its line to ftfy.
HARD_RE = re.compile(f"[{HARD_CHARS}]")
# A spot where ftfy's badness regex may match: any match of it contains one of these.
MAYBE_BAD_RE = re.compile(
    f"[{SOFT_CHARS}{QUOTE_CHARS}{HARD_CHARS}][{SOFT_CHARS}{QUOTE_CHARS}{HARD_CHARS}]"
    f"|[{LONE_BAD_CHARS}]"
)
# uncurl_quotes, as (curly, straight) pairs for str.replace (much faster than str.translate).
UNCURL = [(curly, "'") for curly in "\u02bc\u2018\u2019\u201a\u201b"] + [
    (curly, '"') for curly in "\u201c\u201d\u201e\u201f"
]

Span = tuple[int, int]


def fix_text_sparingly(text: str, options: dict[str, Any]) -> str:
    """``ftfy.fix_text(text, TextFixerConfig(**options))``, running ftfy only where needed.

    >>> fix_text_sparingly("“Plain” text\\nCaf\\u00c3\\u00a9\\n", {})
    '"Plain" text\\nCafé\\n'
    """
    if text.isascii() and not HARD_RE.search(text):
        return text  # ASCII without "&" or control characters: no fixer changes it.
    uncurl = options.get("uncurl_quotes", True)
    first_lt = text.find("<")
    out, done = [], 0
    for start, end in lines_needing_ftfy(text, options.get("normalization", "NFC")):
        out.append(_uncurl(text[done:start], uncurl))
        out.append(_ftfy_line(text[start:end], options, after_lt=-1 < first_lt < start))
        done = end
    out.append(_uncurl(text[done:], uncurl))
    return "".join(out)


def lines_needing_ftfy(text: str, normalization: str | None = "NFC") -> list[Span]:
    """The ``(start, end)`` of each line some ftfy fixer other than uncurl_quotes may change.

    >>> lines_needing_ftfy("ok\\nR&amp;D\\n“fine”\\nCaf\\u00c3\\u00a9")
    [(3, 11), (18, 23)]
    """
    spans = dict(_spans_of(text, HARD_RE.finditer(text)))
    if len(text) > MAX_SEGMENT and not text.isascii():
        spans.update(s for s in _lines(text) if s[1] - s[0] > MAX_SEGMENT)
    if normalization and not unicodedata.is_normalized(normalization, text):
        spans.update(
            (start, end)
            for start, end in _lines(text)
            if not unicodedata.is_normalized(normalization, text[start:end])
        )
    spans.update(_bad_lines(text, spans))
    return sorted(spans.items())


def _bad_lines(text: str, known: dict[int, int]) -> Iterator[Span]:
    """Lines not yet in ``known`` that ftfy's ``is_bad`` finds mojibake in."""
    for start, end in _spans_of(text, MAYBE_BAD_RE.finditer(text)):
        if start not in known:
            from ftfy.badness import is_bad  # Deferred: only lines with a suspect spot.

            if is_bad(text[start:end]):
                yield start, end


def _spans_of(text: str, matches: Iterator[re.Match[str]]) -> Iterator[Span]:
    """The line of each match, once per line, in order."""
    end = -1
    for match in matches:
        if match.start() < end:
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.start()) + 1 or len(text)
        yield start, end


def _lines(text: str) -> Iterator[Span]:
    """Every line as ftfy cuts them: up to and including each ``\\n``."""
    start = 0
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        yield start, end
        start = end


def _uncurl(text: str, uncurl: bool) -> str:
    if uncurl and not text.isascii():
        for curly, straight in UNCURL:
            text = text.replace(curly, straight)
    return text


def _ftfy_line(line: str, options: dict[str, Any], *, after_lt: bool) -> str:
    """ftfy on one line, as ``fix_text`` would see it in the whole text.

    ``fix_text`` switches ``unescape_html="auto"`` off for good at the first segment holding
    a ``<``, so a line after one is fixed with it off.
    """
    import ftfy  # Deferred: ftfy costs ~40 ms to import; clean ASCII never needs it.

    config = _ftfy_config(tuple(sorted(options.items())))
    if after_lt and config.unescape_html == "auto":
        config = config._replace(unescape_html=False)
    return ftfy.fix_text(line, config)


@lru_cache(maxsize=16)
def _ftfy_config(options: tuple[tuple[str, Any], ...]) -> Any:
    import ftfy

    return ftfy.TextFixerConfig(**dict(options), explain=False)
