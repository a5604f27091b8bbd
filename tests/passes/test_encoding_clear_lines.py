"""The encoding pass's shortcut for lines of Cyrillic, Greek and CJK prose (``clear_lines``):
a line with none of the document's spots (``DocumentBadness.spot_pattern``), no HARD
character but those kept in a CJK line, no soft hyphen, in the normalization form, is
uncurled without the walk over its views. It must give what the walk gives.
"""

from __future__ import annotations

import re
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes import encoding
from cleaner.passes.encoding import fix_encoding
from cleaner.passes.encoding.badness import DocumentBadness, spot_pattern
from cleaner.passes.encoding.clear import clear_lines, lines_found, spotless_lines
from cleaner.passes.encoding.precheck import SPOT_RE, ftfy_only_uncurls, only_quotes_to_fix, uncurl
from cleaner.passes.encoding.views import views

# Prose of three scripts, and what may make a spot there: Windows-1251 and -1253 mojibake
# (``вЂ™``, ``ВЂ``, ``Β€``), Latin-1 mojibake, quotes, guillemets and signs beside letters,
# full-width forms with and without a CJK letter, combining marks, soft hyphens, spaces.
MIX = (
    "При", "вет", "мир", "Ђ", "вЂ™", "В«", "Р»", "С", "Г", "№", "‰", "µ",
    "Καλη", "μέρα", "Β", "Ο", "΄", "Ξ", "€",
    "天气", "很好", "，", "！", "\u3000", "ＬＯＵＤ", "ｶﾞ",
    "café", "Ã", "©", "Â", "¢", "ñ", "é’", "“", "”", "„", "«", "»", "—", "…",
    " ", "  ", "\xa0", "\t", "\u0301", "\xad", "&amp;", "a", ".", "-", "'", '"',
)  # fmt: skip
lines = st.lists(st.sampled_from(MIX), max_size=10).map("".join)
options = st.fixed_dictionaries(
    {
        "uncurl_quotes": st.booleans(),
        "normalization": st.sampled_from(["NFC", "NFKC", "NFD", ""]),
    }
)


def with_shortcut_always(text: str, **settings: object) -> str:
    """The pass with the shortcut taken on texts of any length."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encoding, "clear_lines", partial(clear_lines, clear_after=0))
        return fix_encoding(text, **settings)


def without_shortcut(text: str, **settings: object) -> str:
    """The pass as it was: each such line walked with its views."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encoding, "clear_lines", lambda *args, **kwargs: set())
        return fix_encoding(text, **settings)


@given(st.lists(lines, min_size=1, max_size=6), options)
@settings(max_examples=1500, deadline=None)
def test_the_pass_gives_what_it_gave_without_the_shortcut(parts, settings) -> None:
    # Lines alone, the last of a paragraph, and lines joined into one paragraph.
    text = "\n".join(parts) + "\n\n" + parts[0] + "\nи ещё\n"
    assert with_shortcut_always(text, **settings) == without_shortcut(text, **settings)


@given(st.lists(lines, min_size=1, max_size=6), st.sampled_from(["NFC", "NFKC", None]))
@settings(max_examples=1500, deadline=None)
def test_a_clear_line_and_its_views_only_uncurl(parts, normalization) -> None:
    text = "\n".join(parts)
    badness = DocumentBadness(text)
    spotless = spotless_lines(parts, normalization)
    for i in clear_lines(text, parts, spotless, frozenset(), normalization, badness, clear_after=0):
        line = parts[i]
        assert ftfy_only_uncurls(line, normalization)  # (ftfy's own badness test)
        for view in views(uncurl(line)):
            assert ftfy_only_uncurls(view, normalization), view


def test_a_line_with_a_spot_character_is_not_clear() -> None:
    # ``вЂ`` (Windows-1251 mojibake of a quote's first bytes) needs an ``Ђ``: the Russian
    # lines without one are clear, the mojibake line is not (ftfy repairs it).
    lines = ["Привет, “мир”", "вЂ™ и т.д.", "天气很好！", "ＬＯＵＤ！", "caf\u00c3\u00a9", "x\xady"]
    text = "\n".join(lines)
    badness = DocumentBadness(text)
    clear = clear_lines(text, lines, set(), frozenset(), "NFC", badness, clear_after=0)
    assert sorted(clear) == [0, 2]
    assert fix_encoding(text) == 'Привет, "мир"\n\' и т.д.\n天气很好！\nLOUD!\ncafé\nx\xady'


def spots(text: str) -> list[int]:
    """Where ``spot_pattern`` finds a spot in ``text``, for a document of its characters."""
    pattern = spot_pattern(frozenset(text) | {" ", "'", '"'}, text)
    return [found.start() for found in re.finditer(pattern, text)] if pattern else []


def test_spots_are_two_characters_side_by_side_or_one_of_the_rarest_class() -> None:
    assert spot_pattern(frozenset("Привет, мир")) == ""  # (no branch can match)
    # ``вЂ``: the two side by side (found at the rarer), not every ``в``.
    assert spots("вЂ в") == [1]
    # ``[ВГРС][-«»…][ВГРС]``: a capital before a guillemet, not every capital or guillemet.
    assert spots("В«Р» Вот «Газета» Р") == [1, 3]
    # ``[a-z]\s?[ÃÂ][ ]`` and ``^[ÃÂ][ ]``: ``Ã`` alone, never the space a join adds.
    assert spots("a\u00c3 b") == [1]


@given(st.lists(lines, max_size=8), st.sampled_from(["NFC", "NFKC", "NFD", None]))
@settings(max_examples=1000, deadline=None)
def test_spotless_lines_are_the_lines_only_quotes_to_fix_passes(parts, normalization) -> None:
    # Found by one search of the lines joined (and one normalization check of them all).
    expected = {i for i, line in enumerate(parts) if only_quotes_to_fix(line, normalization)}
    assert spotless_lines(parts, normalization) == expected


@given(st.lists(lines, max_size=8))
@settings(max_examples=1000, deadline=None)
def test_lines_found_are_the_lines_the_pattern_finds(parts) -> None:
    expected = {i for i, line in enumerate(parts) if SPOT_RE.search(line)}
    assert lines_found(SPOT_RE, "\n".join(parts)) == expected


@given(st.lists(lines, min_size=20, max_size=40), st.sampled_from(["NFC", None]))
@settings(max_examples=300, deadline=None)
def test_clear_lines_found_only_where_they_hold_half_the_text(parts, normalization) -> None:
    # With the default bar, the shortcut is taken (as on any text) or not at all, and never
    # where the lines it could take hold less than half the text (PDF text's ligature lines).
    text = "\n".join(parts)
    badness = DocumentBadness(text)
    spotless = spotless_lines(parts, normalization)
    found = clear_lines(text, parts, spotless, frozenset(), normalization, badness)
    walked = [line for i, line in enumerate(parts) if i not in spotless]
    if 2 * sum(map(len, walked)) < len(text):
        assert found == set()
    elif found:
        assert found == clear_lines(
            text, parts, spotless, frozenset(), normalization, badness, clear_after=0
        )


@given(
    st.lists(
        st.one_of(lines, st.sampled_from(["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\u2028"])),
        max_size=12,
    ).map("".join)
)
@settings(max_examples=1000, deadline=None)
def test_lf_only_texts_are_told_by_their_spots(text: str) -> None:
    from cleaner.passes.encoding import _lines_if_lf_only
    from cleaner.passes.encoding.views import OTHER_BREAK_RE

    # (Every break but the form feed is a spot by itself, found in the lines holding one.)
    spotted, found_lines = _lines_if_lf_only(text)
    if OTHER_BREAK_RE.search(text):
        assert (spotted, found_lines) == (None, None)
    else:
        assert found_lines == text.split("\n")
        assert spotted == lines_found(SPOT_RE, text)


def test_not_clear_is_a_hard_character_or_soft_hyphen_but_those_kept_in_cjk() -> None:
    # NOT_CLEAR_RE is one class made by class_without: the same characters as the class
    # with a lookbehind it replaces, over every code point.
    from cleaner.passes.encoding.clear import NOT_CLEAR_RE
    from cleaner.passes.encoding.precheck import HARD_CHARS, KEPT_IN_CJK
    from cleaner.passes.layout import SOFT_HYPHEN

    told = re.compile(f"[{HARD_CHARS}{SOFT_HYPHEN}](?<![{KEPT_IN_CJK}])")
    every = "".join(map(chr, range(0x110000)))
    assert NOT_CLEAR_RE.findall(every) == told.findall(every)
    assert NOT_CLEAR_RE.pattern.startswith("[") and NOT_CLEAR_RE.pattern.endswith("]")


def test_class_without_cuts_ranges_and_single_characters() -> None:
    from cleaner.passes.encoding.clear import class_without

    assert class_without("a-z", "a-z") == ""
    assert class_without("a-z", "b") == "ac-z"
    assert class_without("ab-dq", "c-q") == "ab"
    assert class_without("&x", "") == "\\&x"


def test_spot_pattern_breaks_ties_by_the_document_s_counts() -> None:
    # The counts are kept once a character (badness._Counts), as many as counted each time:
    # of two classes as large, the one the document holds fewer of is scanned for.
    from cleaner.passes.encoding.badness import _Counts, _fewer

    counts = _Counts("ab b b")
    assert _fewer(counts, ["a"], ["b"]) and not _fewer(counts, ["b"], ["a"])
    assert counts == {"a": 1, "b": 3}  # (each counted once)
    assert _fewer(counts, ["a"], ["x", "y"]) and _fewer(counts, ["b"], None)
