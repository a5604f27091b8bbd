"""The encoding pass's shortcuts for PDF and web text: a line's entities unescaped and its
Latin ligatures spelt out without the walk over its views (``spelled_out_if_simple``), and
the lines of a text with form feeds split in C. Each must give what it replaces.
"""

from __future__ import annotations

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes import encoding
from cleaner.passes.encoding import fix_encoding
from cleaner.passes.encoding.precheck import (
    HARD_RE,
    NOT_SIMPLE_RE,
    spelled_out_if_simple,
    uncurl,
)

# What PDF and web lines hold, and what must stop the shortcut: every ligature (``ﬅ`` is
# spelt with a long s), quotes and dashes beside other special characters, mojibake, CJK,
# combining marks, soft hyphens, spaces of each kind, entities of every sort (one that
# makes a line break, a soft hyphen, a combining mark, a ligature, another entity).
MIX = "ab ,.'’“”–—…é\u00e9Ã©â€\u2122ﬀﬁﬂﬃﬄﬅﬆ<\t\xa0\u2009\u0301\xad\x1b\x85天"
ENTITIES = (
    "&amp;", "&nbsp;", "&eacute;", "&#x2019;", "&lt;", "&AMP;", "&#10;", "&#12;", "&shy;",
    "&#x301;", "&#xFB01;", "&amp;amp;", "&", "R&D", "&#", "x;", "&am\u00adp;", "&#x5929;",
)  # fmt: skip
lines = st.lists(st.sampled_from(MIX) | st.sampled_from(ENTITIES), max_size=14).map("".join)
options = st.fixed_dictionaries(
    {
        "uncurl_quotes": st.booleans(),
        "normalization": st.sampled_from(["NFC", "NFKC", "NFD", ""]),
        "unescape_html": st.sampled_from([True, False, "auto"]),
        "fix_latin_ligatures": st.booleans(),
    }
)


def without_shortcut(text: str, **settings: object) -> str:
    """The pass as it was: each such line walked with its views."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encoding, "spelled_out_if_simple", lambda *args, **kwargs: None)
        return fix_encoding(text, **settings)


@given(st.lists(lines, min_size=1, max_size=4), options)
@settings(max_examples=800, deadline=None)
def test_the_pass_gives_what_it_gave_without_the_shortcut(parts, settings) -> None:
    # A line alone, the last of a paragraph, and lines joined into one paragraph.
    text = "\n".join(parts) + "\n\n" + parts[0] + "\nand more\n"
    assert fix_encoding(text, **settings) == without_shortcut(text, **settings)


@given(lines, st.sampled_from([True, False, "auto"]))
@settings(max_examples=800, deadline=None)
def test_the_shortcut_is_what_ftfy_makes(line: str, unescape) -> None:
    does_unescape = unescape is True or (unescape == "auto" and "<" not in line)
    fixed = spelled_out_if_simple(line, "NFC", unescape=does_unescape, ligatures=True)
    if fixed is not None:
        assert ftfy.fix_text(line, unescape_html=unescape) == uncurl(fixed)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("the \ufb01rst o\ufb03ce, “a \ufb02oor”", "the first office, “a floor”"),
        ("R&amp;D.&nbsp; It&#x2019;s", "R&D.\xa0 It’s"),
        ("caf&eacute; &lt;b&gt;", "café <b>"),
        # Negative rows: the walk (or ftfy) decides these.
        ("\ufb05", None),  # spelt with a long s
        ("\ufb01\u2019", None),  # a spot: a ligature beside a quote
        ("caf&eacute;&nbsp;", None),  # a spot once unescaped
        ("&amp;amp;", None),  # an entity left for a next round
        ("a&#10;b", None),  # a line break
        ("a&shy;b", None),  # a soft hyphen
        ("\u5929 &amp;", None),  # CJK
        ("&#x5929; &amp;", None),  # an ``&`` in CJK text once unescaped
        ("Ã\ufb01", None),  # mojibake's lone byte
        ("\ufb01 \xa0x", "fi \xa0x"),  # (a NO-BREAK SPACE is no spot by itself)
    ],
)
def test_rows(line: str, expected: str | None) -> None:
    assert spelled_out_if_simple(line, "NFC", unescape=True, ligatures=True) == expected


def test_what_stops_the_shortcut_is_hard_but_the_ampersand_and_ascii_ligatures() -> None:
    stops = {char for char in map(chr, range(0x10000)) if NOT_SIMPLE_RE.match(char)}
    hard = {char for char in map(chr, range(0x10000)) if HARD_RE.match(char)}
    assert stops == (hard - set("&\ufb00\ufb01\ufb02\ufb03\ufb04\ufb06")) | {"\xad", "\n", "\x0c"}


@given(st.text(st.sampled_from("ab \r\n\x0b\x0c\x1c\x1d\x1e\x1f\u2028\u2029\x85é"), max_size=20))
@settings(max_examples=1000, deadline=None)
def test_a_text_without_nel_is_split_as_the_line_break_pattern_splits_it(text: str) -> None:
    """The split in C of a text with other breaks than LF (PDF text's form feeds) gives
    the lines LINE_BREAK_RE does."""
    from cleaner.passes.encoding import LINE_BREAK_RE, _split_at_breaks

    if "\x85" not in text:
        assert _split_at_breaks(text) == LINE_BREAK_RE.split(text)[0::2]


# Lines long enough to be read around their spots: prose with mojibake, quotes beside
# accented letters, lone bad characters, runs of Cyrillic, spots near either end.
SPOTS = [
    "é’", "Ã©", "Ã", "Ã\xa0", "â€™", "â€œ", "Â\xa0", "Œ", "œ", "ВГРС", "вг", "×²", "–—", "“‘",
    "¢", "©", "Ã¢", "Ñ‚",
]  # fmt: skip
PLAIN = ["word", "the", "a", " ", ", ", ". "] * 6
spot_lines = st.lists(st.sampled_from(PLAIN + SPOTS), max_size=60).map("".join)


@given(spot_lines)
@settings(max_examples=1500, deadline=None)
def test_badness_read_around_the_spots_is_ftfys(line: str) -> None:
    from ftfy.badness import is_bad

    from cleaner.passes.encoding.precheck import MAYBE_BAD_RE, is_bad_around_spots

    spot = MAYBE_BAD_RE.search(line)
    if spot is not None:
        assert is_bad_around_spots(line, spot, is_bad) == is_bad(line)
    else:
        assert not is_bad(line)


def test_badness_read_around_the_spots_on_garbled_prose() -> None:
    import sys
    from pathlib import Path

    from ftfy.badness import is_bad

    from cleaner.passes.encoding.precheck import MAYBE_BAD_RE, is_bad_around_spots

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from garbled_corpus import garbled_documents

    read = 0
    for _, _, clean, garbled in garbled_documents(200, paragraphs_each=2):
        for line in (clean + "\n" + garbled).split("\n"):
            if spot := MAYBE_BAD_RE.search(line):
                assert is_bad_around_spots(line, spot, is_bad) == is_bad(line), line
                read += 1
    assert read > 100


@pytest.mark.parametrize(
    "line",
    [
        "x" * 60 + " Jos\u00e9\u2019s " + "y" * 30 + " caf\u00c3\u00a9",  # the second spot is bad
        "x" * 60 + " voil\u00c3 le travail",  # Ã and the space after it
        "x" * 60 + " a \u00c3 le",  # a match that starts two characters before its spot
        "x" * 60 + " Jos\u00e9\u2019s reply" + " z" * 20,
        "\u00c3 " + "x" * 60,  # at the line's start
        "x" * 60 + " \u0413\u045e\u0412\u0402\u04121a",  # ftfy's longest branch: 7 characters
    ],
)
def test_badness_read_around_the_spots_rows(line: str) -> None:
    from ftfy.badness import is_bad

    from cleaner.passes.encoding.precheck import MAYBE_BAD_RE, is_bad_around_spots

    assert is_bad_around_spots(line, MAYBE_BAD_RE.search(line), is_bad) == is_bad(line)
