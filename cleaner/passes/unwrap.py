"""The ``unwrap`` pass: rejoin hard-wrapped paragraphs, one per line, and keep other structure.

The document's wrap width is estimated from the lines that were clearly wrapped (those
followed by a line starting in lower case). A line break inside a block is a paragraph end
only when the line has room left for the next word and ends a sentence while the next line
starts like a paragraph, or the line is a heading, or (in documents that set each
paragraph's first word alone on its line) the next line is such a lone first word. Lists,
code, tables, quotes, signatures, markup and verse stay line-for-line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import pairwise

from cleaner.passes.unwrap_hyphens import Evidence, collect_evidence, join_across_line_end
from cleaner.passes.unwrap_lines import (
    BARE_MARKER_RE,
    SENTENCE_END_RE,
    Kind,
    classify_lines,
    estimate_wrap_width,
)

DESCRIPTION = "Rejoin hard-wrapped paragraphs (one per line), dehyphenate; keep lists, code, verse."

# Every line boundary str.splitlines() knows: CRLF, CR, VT, FF, FS/GS/RS, NEL, LS, PS.
LINE_BREAK_RE = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# A paragraph's first word alone on its line ("The", "Initially,", "“In"): one short token
# with a letter or digit that does not end a sentence.
LONE_WORD_RE = re.compile(r"^\S{1,25}$")
# A line ending inside a word or a dashed phrase: a hyphen, soft hyphen or dash right after
# a letter or digit ("inter-", "regime—", "1990–").
WORD_BREAK_END_RE = re.compile(r"[^\W_]([-\u00ad—–]|--)$")
# A soft hyphen that is not a word's line-end break: removed before anything else.
STRAY_SOFT_HYPHEN_RE = re.compile(r"(?<![^\W_\u00ad])\u00ad+|\u00ad+(?!\n)")
# Punctuation verse lines end with (prose wrapped at a width mostly ends mid-phrase).
VERSE_LINE_END_RE = re.compile(r"[,;:.!?]$")
# Opening punctuation a paragraph may start with before its first letter.
OPENING_PUNCTUATION = "\"'“‘«([*_¿¡"
# Trailing characters that say a line continues, so it cannot be a heading.
CONTINUING_END = tuple(",;-–—/&(+=")
# The width used when nothing in the document looks wrapped: every line has room.
UNWRAPPED_WIDTH = 1 << 30


@dataclass(frozen=True)
class _Document:
    """What the joining rules need to know about the whole document."""

    width: int
    first_word_mode: bool
    evidence: Evidence
    dehyphenate: bool
    use_lexicon: bool


@dataclass
class _Unit:
    """One output unit: a paragraph or list item being built, or a kept line."""

    kind: Kind
    text: str
    last_line: str
    line_count: int = 1
    # An item laid out like a paragraph: its marker alone on a line ("1)" in seed 003).
    loose: bool = False


def unwrap_paragraphs(text: str, *, dehyphenate: bool = True, use_lexicon: bool = True) -> str:
    """Rejoin hard-wrapped paragraphs into one line each, with a blank line between them.

    ``dehyphenate`` joins ``inter-`` + ``national`` into ``international`` when the document
    or (with ``use_lexicon``) the wordfreq word list knows the joined word; otherwise, and
    always before a capital (``anti-Islamic``), the hyphen stays. Soft hyphens are removed.

    >>> unwrap_paragraphs("The first paragraph was wrapped\\nat a narrow width.\\nA new one.\\n")
    'The first paragraph was wrapped at a narrow width.\\n\\nA new one.\\n'
    >>> unwrap_paragraphs("Already clean.\\n\\n- a list\\n- stays\\n")
    'Already clean.\\n\\n- a list\\n- stays\\n'
    """
    lines = [line.rstrip() for line in LINE_BREAK_RE.sub("\n", text).split("\n")]
    lines = [STRAY_SOFT_HYPHEN_RE.sub("", line + "\n")[:-1].rstrip() for line in lines]
    width = _wrap_width(lines, classify_lines(lines))
    kinds = classify_lines(lines, width)
    document = _Document(
        width=width,
        first_word_mode=_uses_lone_first_words(lines, kinds),
        evidence=collect_evidence(text) if "-" in text else collect_evidence(""),
        dehyphenate=dehyphenate,
        use_lexicon=use_lexicon,
    )
    blocks = [_unwrap_block(block, document) for block in _blocks(lines, kinds)]
    result = "\n\n".join(block for block in blocks if block).replace("\u00ad", "")
    result = "\n".join(line.rstrip() for line in result.split("\n")).strip("\n")
    return result + "\n" if result else ""


def _blocks(lines: list[str], kinds: list[Kind]) -> list[list[tuple[str, Kind]]]:
    """Runs of non-blank lines, each line with its kind."""
    blocks: list[list[tuple[str, Kind]]] = [[]]
    for line, kind in zip(lines, kinds, strict=True):
        if kind is Kind.BLANK:
            blocks.append([])
        else:
            blocks[-1].append((line, kind))
    return [block for block in blocks if block]


def _wrap_width(lines: list[str], kinds: list[Kind]) -> int:
    """Estimate the wrap width from lines followed by a lower-case continuation.

    Without such lines nothing looks hard-wrapped, and every line counts as having room.
    """
    wrapped, others = [], []
    for i, line in enumerate(lines):
        if kinds[i] not in (Kind.PROSE, Kind.ITEM) or _is_lone_word(line):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        continued = (
            kinds[i + 1] is Kind.PROSE and _starts_lowercase(following) if following else False
        )
        (wrapped if continued else others).append(len(line))
    return estimate_wrap_width(wrapped, others) if wrapped else UNWRAPPED_WIDTH


def _uses_lone_first_words(lines: list[str], kinds: list[Kind]) -> bool:
    """Whether paragraphs start with their first word alone on a line (as in seed 003)."""
    lone = lowercase_after = 0
    for i in range(len(lines) - 1):
        if kinds[i] is not Kind.PROSE or kinds[i + 1] is not Kind.PROSE:
            continue
        after_break = i == 0 or kinds[i - 1] is Kind.BLANK or _ends_sentence(lines[i - 1])
        if after_break and _is_lone_word(lines[i]):
            lone += 1
            lowercase_after += _starts_lowercase(lines[i + 1])
    return lone >= 2 and lowercase_after >= 1


def _unwrap_block(block: list[tuple[str, Kind]], document: _Document) -> str:
    """Join the lines of one block into units, then lay the units out."""
    if _is_verse(block, document):
        return "\n".join(line for line, _ in block)
    units: list[_Unit] = []
    for i, (line, kind) in enumerate(block):
        after = block[i + 1][0] if i + 1 < len(block) else None
        if units and kind is Kind.PROSE and _continues(units[-1], line, after, document):
            unit = units[-1]
            unit.text = join_across_line_end(
                unit.text,
                line,
                document.evidence,
                dehyphenate=document.dehyphenate,
                use_lexicon=document.use_lexicon,
            )
            unit.last_line, unit.line_count = line, unit.line_count + 1
        else:
            loose = kind is Kind.ITEM and bool(BARE_MARKER_RE.match(line))
            units.append(_Unit(kind, line, line, loose=loose))
    return _lay_out(units, document)


def _lay_out(units: list[_Unit], document: _Document) -> str:
    """Paragraphs get a blank line between them; kept lines and tight lists stay adjacent."""
    parts = [units[0].text]
    for previous, unit in pairwise(units):
        # Lists stay tight, except in documents laid out like seed 003, whose list items
        # are paragraphs like the rest ("1)" alone on a line, then the item's text).
        adjacent = Kind.KEPT in (previous.kind, unit.kind) or (
            unit.kind is Kind.ITEM and not (document.first_word_mode or unit.loose)
        )
        parts.append("\n" if adjacent else "\n\n")
        parts.append(unit.text)
    return "".join(parts)


def _continues(unit: _Unit, line: str, after: str | None, document: _Document) -> bool:
    """Whether prose ``line`` continues ``unit`` (True) or starts a new paragraph."""
    if unit.kind is Kind.KEPT:
        return False
    if unit.line_count == 1 and BARE_MARKER_RE.match(unit.text):
        return True
    last = unit.last_line
    if _ends_with_word_break(last):
        return True
    alone = unit.kind is Kind.PROSE and unit.line_count == 1
    after_heading = alone and _looks_like_heading(last)
    if document.first_word_mode and _is_lone_word(line) and (_ends_sentence(last) or after_heading):
        return False
    if _ends_sentence(last) and _is_standalone_heading(line, after, document):
        return False
    if not (_has_room(last, line, document.width) and _starts_paragraph(line)):
        return True
    if _ends_sentence(last):
        return False
    if alone and _looks_like_heading(last):
        # A lone first word before a wrapped line or the rest of a sentence is that
        # paragraph's start, not a heading ("Comments" before "Post a Comment" is one).
        lone_start = document.first_word_mode and _is_lone_word(last)
        return lone_start and (_is_full(line, after, document.width) or _ends_sentence(line))
    return True


def _is_standalone_heading(line: str, after: str | None, document: _Document) -> bool:
    """A title-like heading line with room left, then a paragraph start (or the end)."""
    if not (_looks_like_heading(line) and _is_title_like(line)):
        return False
    if after is None:
        return True
    return _has_room(line, after, document.width) and _starts_paragraph(after)


def _is_title_like(line: str) -> bool:
    """Most words that are not function words are capitalized.

    >>> _is_title_like("MEK's Domestic Activism and Intelligence Network")
    True
    >>> _is_title_like("Pourmohammadi, who also served on the commission")
    False
    """
    words = [w.lstrip(OPENING_PUNCTUATION) for w in line.split()]
    content = [w for w in words if w and w.lower() not in _function_words()]
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in content)
    return bool(content) and capitals * 2 > len(content)


def _is_verse(block: list[tuple[str, Kind]], document: _Document) -> bool:
    """Verse, addresses, one-line paragraphs: lines that were not wrapped.

    Either no line starts in lower case and one had room for the next word; or in three or
    more lines, half broke mid-sentence with room left (wrapped prose does not); or three
    or more capitalized lines end in punctuation, nearly all of them.
    """
    lines = [line for line, _ in block]
    if len(lines) < 2 or any(kind is not Kind.PROSE for _, kind in block):
        return False
    if any(_ends_with_word_break(line) for line in lines[:-1]):
        return False
    if document.first_word_mode and _is_lone_word(lines[0]):
        return False
    room = [_has_room(a, b, document.width) for a, b in pairwise(lines)]
    short_breaks = sum(
        fits and _starts_lowercase(b) and not _ends_sentence(a)
        for fits, (a, b) in zip(room, pairwise(lines), strict=True)
    )
    if len(lines) >= 3 and short_breaks * 2 >= len(room):
        return True
    if any(_starts_lowercase(line) for line in lines[1:]):
        return False
    punctuated = sum(bool(VERSE_LINE_END_RE.search(line)) for line in lines[:-1])
    return any(room) or (len(lines) >= 3 and punctuated * 4 >= len(room) * 3)


def _ends_with_word_break(line: str) -> bool:
    """A hyphen, soft hyphen or dash after a letter: the word or phrase goes on below."""
    return bool(WORD_BREAK_END_RE.search(line))


def _has_room(line: str, following: str, width: int) -> bool:
    """The next line's first word would have fitted, or the line is too long to be wrapped."""
    first_word = following.split()[0] if following.split() else ""
    return len(line) + 1 + len(first_word) <= width or len(line) > width + max(6, width // 10)


def _is_full(line: str, after: str | None, width: int) -> bool:
    """The line had no room for the word after it: it was wrapped."""
    return after is not None and not _has_room(line, after, width)


def _ends_sentence(line: str) -> bool:
    return bool(SENTENCE_END_RE.search(line))


def _starts_paragraph(line: str) -> bool:
    """Starts with a capital or digit, after any opening quotes or brackets."""
    core = line.strip().lstrip(OPENING_PUNCTUATION)
    return bool(core) and (core[0].isupper() or core[0].isdigit())


def _starts_lowercase(line: str) -> bool:
    """Starts with a lower-case letter, after opening punctuation or a dash."""
    core = line.strip().lstrip(OPENING_PUNCTUATION + "-–— ")
    return bool(core) and core[0].islower()


def _is_lone_word(line: str) -> bool:
    """One short token with a letter or digit, not ending a sentence: ``The``, ``29``, ``Dr.``.

    >>> [_is_lone_word(w) for w in ("“In", "Initially,", "Dr.", "Iran.", "“Sunshine.”")]
    [True, True, True, False, False]
    """
    token = line.strip()
    return (
        bool(LONE_WORD_RE.match(token))
        and any(c.isalnum() for c in token)
        and not _ends_sentence(token)
        and not token.endswith(";")
    )


def _looks_like_heading(line: str) -> bool:
    """Short, no closing or continuing punctuation, not ending on a function word.

    >>> _looks_like_heading("A Long Conflict between the Clerical Regime and the MEK")
    True
    >>> _looks_like_heading("Antonio Guterres to refer to the 1988 massacre of")
    False
    """
    words = line.split()
    if not 1 <= len(words) <= 12 or line.endswith(CONTINUING_END) or _ends_sentence(line):
        return False
    if _starts_lowercase(line):
        return False
    return words[-1].strip("\"'”’)].").lower() not in _function_words()


@cache
def _function_words() -> frozenset[str]:
    """English function words (cleaner/data/function_words.txt), loaded on first need."""
    text = files("cleaner").joinpath("data/function_words.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())
