"""``rounds.fix_line``: ``ftfy.fix_text`` on a line, its idle last round skipped where the
pre-check proves it idle. It must give what ftfy gives, for every setting; its rounds must
be ftfy's; and it must skip that round on a line of mojibake.
"""

from __future__ import annotations

import sys
from pathlib import Path

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.encoding import rounds
from cleaner.passes.encoding.rounds import fix_line

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from garbled_corpus import KINDS, garble, garbled_documents

# What mojibake is made of, and what may stop a line from settling in one round: quotes,
# entities (one for "<", one for a line break, one for an entity), CJK and full-width
# forms, ligatures, escapes, controls, combining marks, a NO-BREAK SPACE.
MIX = "ab ,.'’“”–—…éÃ©Â\xa0â€™œ天ＬＯＵＤ\u3000ﬁ\x1b[1m\x85\x9d\u0301ｶﾞ<"
ENTITIES = ("&amp;", "&lt;", "&#10;", "&amp;amp;", "&eacute;", "&#x2019;", "&")
clean_lines = st.lists(st.sampled_from(MIX) | st.sampled_from(ENTITIES), max_size=16).map("".join)
SETTINGS = st.fixed_dictionaries(
    {
        "uncurl_quotes": st.booleans(),
        "normalization": st.sampled_from(["NFC", "NFKC", "NFD", None]),
        "unescape_html": st.sampled_from([True, False, "auto"]),
        "fix_character_width": st.booleans(),
        "fix_latin_ligatures": st.booleans(),
        "fix_encoding": st.booleans(),
        "restore_byte_a0": st.booleans(),
        "replace_lossy_sequences": st.booleans(),
        "fix_c1_controls": st.booleans(),
        "remove_control_chars": st.booleans(),
    }
)


@st.composite
def lines(draw) -> str:
    """A line, garbled as bench/garbled_corpus.py garbles text, or not."""
    line = draw(clean_lines)
    kind = draw(st.sampled_from((None, *KINDS)))
    try:
        garbled = garble(line, kind) if kind else line
    except UnicodeError:
        return line
    return garbled.replace("\n", " ")


@given(lines(), SETTINGS)
@settings(max_examples=1500, deadline=None)
def test_fix_line_is_ftfy(line: str, options: dict) -> None:
    config = ftfy.TextFixerConfig(explain=False, **options)
    assert fix_line(line, config) == ftfy.fix_text(line, config)


@given(lines(), SETTINGS)
@settings(max_examples=500, deadline=None)
def test_its_rounds_are_ftfys(line: str, options: dict) -> None:
    """Every round run, as ftfy runs them, gives what ftfy gives."""
    config = ftfy.TextFixerConfig(explain=False, **options)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rounds, "_settled", lambda *args: False)
        assert fix_line(line, config) == ftfy.fix_text(line, config)


def test_fix_line_is_ftfy_on_garbled_prose() -> None:
    config = ftfy.TextFixerConfig(explain=False)
    for _, _, _, garbled in garbled_documents(300, paragraphs_each=2):
        for line in garbled.split("\n"):
            assert fix_line(line, config) == ftfy.fix_text(line, config), line


def test_a_line_of_mojibake_takes_one_round() -> None:
    config = ftfy.TextFixerConfig(explain=False)
    calls = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rounds, "_one_round", lambda *args: calls.append(args) or ftfy_round(*args))
        fixed = fix_line("The mayorâ€™s office said: â€œSÃ£o Paulo.â€\x9d", config)
    assert (fixed, len(calls)) == ('The mayor\'s office said: "São Paulo."', 1)


ftfy_round = rounds._one_round


@given(lines())
@settings(max_examples=1500, deadline=None)
def test_no_mojibake_is_proven_only_where_ftfys_step_finds_none(line: str) -> None:
    """Where the pre-check proves no mojibake, ftfy's step of fix_encoding changes nothing."""
    config = ftfy.TextFixerConfig(explain=False)
    if rounds._has_no_mojibake(line):
        assert ftfy._fix_encoding_one_step_and_explain(line, config).text == line


@pytest.mark.parametrize(
    "line", ["café a\x80b", "a\x80b", "cafÃ©", "Ã\nb", "caf\u00c3\u00a9 \ufb01"]
)
def test_no_mojibake_is_not_claimed_where_ftfy_may_find_some(line: str) -> None:
    """A C1 control is bad alone; a spot or a line break sends the text to ftfy."""
    assert not rounds._has_no_mojibake(line)


def test_a_line_of_mojibake_takes_one_step_of_fix_encoding_that_changes_nothing() -> None:
    """fix_encoding's last step (which finds no mojibake left) is skipped: one step for one
    layer of mojibake."""
    steps = []
    one_step = ftfy._fix_encoding_one_step_and_explain
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            ftfy, "_fix_encoding_one_step_and_explain", lambda *a: steps.append(a) or one_step(*a)
        )
        assert rounds._fixed_encoding("The mayorâ€™s office: â€œSÃ£o Pauloâ€\x9d") == (
            "The mayor’s office: “São Paulo”"
        )
    assert len(steps) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Ã©\u3000天",  # CJK: the pre-check spares full-width forms, ftfy's width fix does not
        "&amp;#10;Ã©",  # a line break made by the second round
        "â€œquotedâ€\x9d",  # (no quote left)
        # What each fixer of a round acts on, beside mojibake and alone.
        "cafÃ© a\x80b",
        "a\x80b",
        "cafÃ© \ufb01ne",
        "cafÃ© ＬＯＵＤ",
        "cafÃ© a\u2028b",
        "cafÃ© \ud83d\ude00",
        "cafÃ© \x1b[1mbold\x1b[0m",
        "cafÃ© a\x07b\ufeff",
        "cafÃ© e\u0301",
        "cafÃ©\xa0",
        "voilÃ  le travail",
    ],
)
def test_rows_against_ftfy(line: str) -> None:
    for on in (True, False):
        config = ftfy.TextFixerConfig(
            explain=False, fix_character_width=on, fix_c1_controls=on, restore_byte_a0=on
        )
        assert fix_line(line, config) == ftfy.fix_text(line, config)
        config = ftfy.TextFixerConfig(explain=False, fix_encoding=False, fix_c1_controls=on)
        assert fix_line(line, config) == ftfy.fix_text(line, config)


@pytest.mark.parametrize(
    ("text", "options", "settled"),
    [
        ("plain café", {}, True),
        ("“quoted”", {}, False),  # a round would uncurl them
        ("“quoted”", {"uncurl_quotes": False}, True),
        ("天ＬＯＵＤ", {}, False),  # the pre-check spares full-width forms in CJK text
        ("天ＬＯＵＤ", {"fix_character_width": False}, True),
        ("a\nb", {}, False),  # a text of lines is read whole by a round
        ("&amp;", {}, False),
        ("&amp;", {"unescape_html": False}, True),
    ],
)
def test_what_is_settled(text: str, options: dict, settled: bool) -> None:
    assert rounds._settled(text, ftfy.TextFixerConfig(explain=False, **options)) is settled


def test_another_ftfy_version_gets_ftfy_itself() -> None:
    config = ftfy.TextFixerConfig(explain=False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rounds, "_one_round", None)  # (would fail if called)
        patch.setattr(ftfy, "__version__", "0.0")
        assert fix_line("cafÃ©", config) == "café"
