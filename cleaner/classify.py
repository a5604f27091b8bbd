"""Which rule made each change of a pass: the rule IDs of cleaner/rules.py, found after the
fact from the pass's input, output and the aligned blocks that differ.

Pure analysis at explain time: the passes themselves record nothing, so a plain run pays
nothing for it. A change that does several things at once (trailing spaces and a CRLF in
one stretch of whitespace) carries the ID of the first that applies, in the order below.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter, not_
from typing import Any

from ftfy.chardata import LIGATURES

from cleaner import align
from cleaner.align import Block
from cleaner.lazy_re import lazy_compile

# A change: ``before[i1:i2]`` became ``after[j1:j2]`` by rule ``rule``.
Piece = tuple[int, int, int, int, str]

# Line breaks the whitespace pass turns into LF (all it knows but LF itself).
OTHER_LINE_BREAKS = frozenset(align.OTHER_LINE_BREAKS)
SOFT_HYPHEN = "\u00ad"
# ftfy's fixers, in the order ``fix_text`` applies them (each is the ID after "encoding.").
FTFY_ORDER = (
    "unescape_html",
    "remove_terminal_escapes",
    "fix_encoding",
    "decode_inconsistent_utf8",
    "fix_c1_controls",
    "fix_latin_ligatures",
    "fix_character_width",
    "uncurl_quotes",
    "fix_line_breaks",
    "fix_surrogates",
    "remove_control_chars",
)
# The fixer of Latin ligatures (ftfy's table: each becomes two letters or more).
LIGATURES_FIXER = "fix_latin_ligatures"
# Curly quotes and what uncurl_quotes makes of them.
SIMPLE_QUOTES = dict.fromkeys("‘’‚‛", "'") | dict.fromkeys("“”„‟", '"')
# A line with its line feed (the last one may have none), as the boilerplate pass splits.
LINE_RE = re.compile(r"[^\n]*\n|[^\n]+")
# unwrap's rule of a line break become a space, and of a paragraph break put in.
LINE_JOIN = "unwrap.line-join"
PARAGRAPH_BREAK = "unwrap.paragraph-break"
# Their texts, before and after (what unwrap_rule tells by these rules besides).
UNWRAP_TEXTS = {LINE_JOIN: ("\n", " "), PARAGRAPH_BREAK: ("", "\n")}
# A run of letters (the word a split falls in).
LETTERS_RE = re.compile(r"[^\W\d_]+")
# A run of characters that are not blank (``str.isspace``), and how far back _around
# looks for the word before a change at C speed.
_NON_BLANKS_RE = lazy_compile(r"\S*")
AROUND_WINDOW = 64


def classify(
    name: str, before: str, after: str, blocks: list[Block], options: Mapping[str, Any]
) -> list[Piece]:
    """The changes of pass ``name``, each with its rule ID.

    >>> classify("whitespace", "a  b", "a b\\n", [Block(2, 3, 2, 2, False),
    ...     Block(4, 4, 3, 4, False)], {})
    [(2, 3, 2, 2, 'whitespace.space-run'), (4, 4, 3, 4, 'whitespace.final-newline')]
    """
    return classify_with_texts(name, before, after, blocks, options)[0]


def classify_with_texts(
    name: str, before: str, after: str, blocks: list[Block], options: Mapping[str, Any]
) -> tuple[list[Piece], dict[str, tuple[str, str]]]:
    """:func:`classify`, and the rules whose every change in the step is known to have
    replaced the same text by the same text, with those texts (unwrap's line joins and
    breaks, told by their texts): the JSON line need not cut them out of the step's texts.

    >>> blocks = [Block(1, 2, 1, 2, False)]
    >>> pieces, texts = classify_with_texts("unwrap", "a\\nb", "a b", blocks, {})
    >>> pieces, texts["unwrap.line-join"]
    ([(1, 2, 1, 2, 'unwrap.line-join')], ('\\n', ' '))
    """
    changed = list(compress(blocks, map(not_, map(itemgetter(4), blocks))))  # (C loops)
    if name == "boilerplate":
        return list(_boilerplate_pieces(before, changed, options)), {}
    if name == "encoding":
        return _encoding_pieces(before, after, changed, options), {}
    if name == "unwrap":
        return _unwrap_pieces(before, after, changed, options)
    rule_of = CLASSIFIERS.get(name, _unknown(name))
    return [(b.i1, b.i2, b.j1, b.j2, rule_of(before, after, b, options)) for b in changed], {}


def _unwrap_pieces(
    before: str, after: str, blocks: list[Block], options: Mapping[str, Any]
) -> tuple[list[Piece], dict[str, tuple[str, str]]]:
    """:func:`classify_with_texts` of unwrap's changes: a line break become a space (most
    of them) and a paragraph break put in told by their texts, as :func:`unwrap_rule`
    tells them; the others by it. Their texts are known unless it gave one of their rules
    to another change."""
    found: set[str] = set()  # (unwrap_rule's answers)

    def rule_of(block: Block) -> str:
        if block.i1 == block.i2 and after[block.j1 : block.j2] == "\n":
            return PARAGRAPH_BREAK
        rule = unwrap_rule(before, after, block, options)
        found.add(rule)
        return rule

    pieces = [
        (i1, i2, j1, j2, LINE_JOIN)
        if before[i1:i2] == "\n" and after[j1:j2] == " "
        else (i1, i2, j1, j2, rule_of(block))
        for block in blocks
        for i1, i2, j1, j2, _ in (block,)
    ]
    return pieces, {rule: texts for rule, texts in UNWRAP_TEXTS.items() if rule not in found}


def _unknown(name: str) -> Callable[..., str]:
    """A pass with no rules of its own (a pass added later): one ID for all its changes."""
    return lambda *_: f"{name}.change"


def whitespace_rule(before: str, after: str, block: Block, options: Mapping[str, Any]) -> str:
    """The whitespace rule of one change.

    >>> whitespace_rule("a \\r\\nb", "a\\nb", Block(1, 3, 1, 1, False), {})
    'whitespace.line-ends'
    """
    old, new = before[block.i1 : block.i2], after[block.j1 : block.j2]
    if not OTHER_LINE_BREAKS.isdisjoint(old):
        rule = "line-ends"
    elif block.j2 == len(after) and new.count("\n") > old.count("\n"):
        rule = "final-newline"
    elif block.i1 == 0 or block.i2 == len(before):
        rule = "edges"
    elif old.count("\n") > new.count("\n"):
        rule = "blank-lines"
    elif not new and before[block.i2] == "\n":
        rule = "trailing-space"
    else:
        rule = "space-run"
    return f"whitespace.{rule}"


def unwrap_rule(before: str, after: str, block: Block, options: Mapping[str, Any]) -> str:
    """The unwrap rule of one change.

    >>> unwrap_rule("inter-\\nnational", "international", Block(5, 7, 5, 5, False), {})
    'unwrap.hyphen-join'
    """
    old, new = before[block.i1 : block.i2], after[block.j1 : block.j2]
    hyphen_before = before[block.i1 - 1 : block.i1] == "-" and not new
    if "\n" in old and (("-" in old and "-" not in new) or hyphen_before):
        rule = "hyphen-join"
    elif SOFT_HYPHEN in old:
        rule = "soft-hyphen"
    elif new.count("\n") > old.count("\n"):
        rule = "paragraph-break"
    elif "\n" in old and "\n" not in new:
        rule = "line-join"
    else:
        rule = "spacing"
    return f"unwrap.{rule}"


def split_rule(before: str, after: str, block: Block, options: Mapping[str, Any]) -> str:
    """The split rule of one change (a space put into a word).

    >>> split_rule("the pageThe end", "", Block(8, 8, 8, 9, False), {})
    'split.capital'
    """
    from cleaner.passes.split import forced_splits

    word = _word_at(before, block.i1)
    forced = forced_splits(options.get("force", ()))
    if word.replace(SOFT_HYPHEN, "").lower() in forced:
        return "split.forced"
    if before[block.i1 : block.i1 + 1].isupper():
        return "split.capital"
    return "split.merged-word"


def _word_at(text: str, position: int) -> str:
    """The run of letters (and soft hyphens) around ``position``."""
    start, end = position, position
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == SOFT_HYPHEN):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == SOFT_HYPHEN):
        end += 1
    return text[start:end]


def encoding_rule(before: str, after: str, block: Block, options: Mapping[str, Any]) -> str:
    """The ftfy fixer behind one change, tried on the words around it.

    >>> encoding_rule("a &amp; b", "a & b", Block(3, 7, 3, 3, False), {})
    'encoding.unescape_html'
    """
    old, new = before[block.i1 : block.i2], after[block.j1 : block.j2]
    if SIMPLE_QUOTES.get(old) == new and options.get("uncurl_quotes", True):
        return "encoding.uncurl_quotes"  # the common case, without trying every fixer
    return _words_rule(before, after, block, _fixers(options))


def _fixers(options: Mapping[str, Any]) -> tuple[tuple[str, ...], str | None]:
    """The ftfy fixers that ``options`` leave on, in order, and the normalization form."""
    fixers = tuple(name for name in FTFY_ORDER if options.get(name, True) is not False)
    return fixers, options.get("normalization", "NFC")


def _words_rule(
    before: str, after: str, block: Block, fixers: tuple[tuple[str, ...], str | None]
) -> str:
    """:func:`encoding_rule` past its quick look at curly quotes: a line break, else the
    fixer that made the words around the change (``fixers``: :func:`_fixers`)."""
    old, new = before[block.i1 : block.i2], after[block.j1 : block.j2]
    if not OTHER_LINE_BREAKS.isdisjoint(old) and ("\n" in new or after.startswith("\n", block.j2)):
        return "encoding.fix_line_breaks"  # CRLF -> LF, or the CR of one (the LF kept)
    old, new = _around(before, block.i1, block.i2), _around(after, block.j1, block.j2)
    # (Each ligature becomes two letters or more: only a longer ``new`` can be ``old``'s.)
    lengthened = len(new) > len(old)
    if lengthened and old.translate(LIGATURES) == new and LIGATURES_FIXER in fixers[0]:
        # What _fixer_between finds, without trying the fixers before it on every word of
        # a PDF text (a word is a miss of its memo): the words differ by ligatures alone,
        # so fix_latin_ligatures makes one the other, and none of the fixers before it can
        # (none of them ever lengthens a text: they decode, unescape and remove).
        return f"encoding.{LIGATURES_FIXER}"
    return _fixer_between(old, new, *fixers)


def _encoding_pieces(
    before: str, after: str, blocks: list[Block], options: Mapping[str, Any]
) -> list[Piece]:
    """:func:`classify` of encoding's changes, its two commonest told inline, as
    :func:`encoding_rule` tells them: the CR of a CRLF (a CRLF book has one a line) and a
    curly quote made straight.

    >>> _encoding_pieces("a\u2019\\r\\n", "a'\\n", [Block(1, 2, 1, 2, False),
    ...     Block(2, 3, 2, 2, False)], {})
    [(1, 2, 1, 2, 'encoding.uncurl_quotes'), (2, 3, 2, 2, 'encoding.fix_line_breaks')]
    """
    quotes = SIMPLE_QUOTES if options.get("uncurl_quotes", True) else {}
    fixers = _fixers(options)
    pieces = []
    for block in blocks:
        i1, i2, j1, j2, _ = block
        old = before[i1:i2]
        if old == "\r" and j1 == j2 and after.startswith("\n", j2):
            rule = "encoding.fix_line_breaks"
        elif quotes.get(old) == after[j1:j2]:
            rule = "encoding.uncurl_quotes"
        else:  # (encoding_rule past its quotes, with the fixers of ``options`` found once)
            rule = _words_rule(before, after, block, fixers)
        pieces.append((i1, i2, j1, j2, rule))
    return pieces


@lru_cache(maxsize=4096)
def _fixer_between(old: str, new: str, fixers: tuple[str, ...], form: str | None) -> str:
    """The rule of :func:`encoding_rule` for words ``old`` made ``new`` (cached: a dirty
    text repeats its mojibake): the first of ``fixers`` that makes one the other, else the
    first that changes it, else the normalization ``form``, else ``fix_encoding``."""
    first = None
    for fixer_name in fixers:
        fixed = _fixer(fixer_name)(old)
        if fixed == new:
            return f"encoding.{fixer_name}"
        if first is None and fixed != old:
            first = fixer_name
    if first is None and form and unicodedata.normalize(form, old) == new:
        first = "normalization"
    return f"encoding.{first or 'fix_encoding'}"


def _around(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened to the non-blank characters around it on its line: at
    C speed, the word after by a pattern (its ``\\S`` is ``str.isspace``'s opposite), the
    word before by ``rsplit`` of the characters before it (its whitespace is the same),
    then character by character if they were all of it.

    >>> _around("one \ufb02ower's stem", 4, 5), _around("ab", 0, 1), _around(" a\ufb01 ", 3, 3)
    ("\ufb02ower's", 'ab', 'a\ufb01')
    """
    end = _NON_BLANKS_RE.match(text, end).end()  # type: ignore[union-attr]
    if start and not text[start - 1].isspace():
        low = max(0, start - AROUND_WINDOW)
        start -= len(text[low:start].rsplit(None, 1)[-1])
        while start > 0 and not text[start - 1].isspace():  # (a word longer than that)
            start -= 1
    return text[start:end]


@cache
def _fixer(name: str) -> Callable[[str], str]:
    import ftfy  # Deferred: only an explained encoding change needs it.
    import ftfy.fixes

    return ftfy.fix_encoding if name == "fix_encoding" else getattr(ftfy.fixes, name)


def _boilerplate_pieces(
    before: str, blocks: list[Block], options: Mapping[str, Any]
) -> Iterator[Piece]:
    """One change per removed line of furniture, with its rule (the pass's own plan says
    which: a line may go by its place, as in a page's full text); the blank lines removed
    with it go with the line before them (or after, at the start of a removed run)."""
    from cleaner.passes.boilerplate import planned_removals
    from cleaner.rules import boilerplate_rule_id

    chosen = planned_removals(before, **options) if blocks else {}
    for block in blocks:
        pieces: list[list[Any]] = []
        position = block.i1
        first = before.count("\n", 0, block.i1)
        for number, line in enumerate(LINE_RE.findall(before, block.i1, block.i2), first):
            end = position + len(line)
            rule = None
            if number in chosen:
                rule = (chosen[number][0].family, chosen[number][0].id)
            elif line.strip():
                rule = _furniture_rule(line, options)
            if pieces and (rule is None or pieces[-1][4] is None):
                pieces[-1][1] = end  # a blank line, or the line after blank ones
                pieces[-1][4] = pieces[-1][4] or rule
            else:
                pieces.append([position, end, block.j1, block.j2, rule])
            position = end
        for i1, i2, j1, j2, rule in pieces:
            name = boilerplate_rule_id(*rule) if rule else "boilerplate.blank-line"
            yield (i1, i2, j1, j2, name)


def _furniture_rule(line: str, options: Mapping[str, Any]) -> tuple[str, str] | None:
    """``(family, id)`` of the strongest rule matching a removed line, as the pass chose."""
    from cleaner.passes.boilerplate.rules import normalize_line

    extra, disable = tuple(options.get("extra_patterns", ())), tuple(options.get("disable", ()))
    return _normal_line_rule(normalize_line(line), extra, disable)


@lru_cache(maxsize=4096)
def _normal_line_rule(
    normal: str, extra_patterns: tuple[str, ...], disable: tuple[str, ...]
) -> tuple[str, str] | None:
    """:func:`_furniture_rule` of a normalized line (cached: furniture lines recur, and
    screening one against every rule costs more than the rest of its change)."""
    from cleaner.passes.boilerplate.rules import all_rules, best_rule, candidate_rules

    rule = best_rule(normal, candidate_rules(normal, all_rules(extra_patterns, disable)))
    return (rule.family, rule.id) if rule else None


def pdf_rule(before: str, after: str, block: Block, options: Mapping[str, Any]) -> str:
    """The pdf rule of one change: a line-break hyphen mark, a spacing accent, a ligature.

    >>> pdf_rule("infor\\ufffe\\nmation", "infor-\\nmation", Block(5, 6, 5, 6, False), {})
    'pdf.hyphen'
    """
    old = before[block.i1 : block.i2]
    if "\ufffe" in old or "\u2010" in old:
        return "pdf.hyphen"
    if SPACING_ACCENTS.intersection(old):
        return "pdf.accent"
    return "pdf.ligature"


def pages_rule(before: str, after: str, block: Block, options: Mapping[str, Any]) -> str:
    """Every change of the pages pass: page furniture removed, or lines moved across a break."""
    return "pages.page-furniture"


def join_rule(before: str, after: str, block: Block, options: Mapping[str, Any]) -> str:
    """Every change of the join pass: a stray space inside a word removed (or a ligature)."""
    return "join.stray-space"


# Spacing accents that extractors leave beside a letter (the pdf pass composes them).
SPACING_ACCENTS = frozenset("\u00b4`\u00a8\u02c6\u02dc\u02c7\u02d8\u02d9\u02da\u02dd\u00b8^~")

CLASSIFIERS: dict[str, Callable[[str, str, Block, Mapping[str, Any]], str]] = {
    "encoding": encoding_rule,
    "whitespace": whitespace_rule,
    "pdf": pdf_rule,
    "pages": pages_rule,
    "unwrap": unwrap_rule,
    "join": join_rule,
    "split": split_rule,
}
