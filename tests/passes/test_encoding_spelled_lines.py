"""The encoding pass's shortcut for lines of PDF text (``spelled_out_lines``): the lines with
no ampersand that ``_fix_line`` would settle by ``spelled_out_if_simple`` get their Latin
ligatures spelt out (and quotes uncurled) all at once. It must give what ``_fix_line``
gives them, and the pass what it gave without the shortcut.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes import encoding
from cleaner.passes.encoding import _fix_line, fix_encoding
from cleaner.passes.encoding.clear import spelled_out_lines, spotless_lines
from cleaner.passes.encoding.precheck import has_no_spot, uncurl

# PDF text and what keeps a line from the shortcut: every Latin ligature (``ﬅ`` spelt with a
# long s), quotes and dashes beside them, entities and ampersands, mojibake, a CJK letter,
# combining marks (a ligature's last letter may compose with one), soft hyphens, controls.
MIX = (
    "\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04", "\ufb05", "\ufb06",
    "of", "ce", " ", "  ", "’", "“", "”", "—", "…", "é", "Ã", "©", "&", "&amp;", "R&D",
    "天", "\u0301", "\u0308", "\xad", "\x0c", "\x85", "\x1b", "e\u0301", "a", ".", "-",
)  # fmt: skip
lines = st.lists(st.sampled_from(MIX), max_size=8).map("".join)
OPTIONS = st.fixed_dictionaries(
    {
        "uncurl_quotes": st.booleans(),
        "normalization": st.sampled_from(["NFC", "NFKC", "NFD", ""]),
        "fix_latin_ligatures": st.booleans(),
    }
)


def without_shortcut(text: str, **options: object) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encoding, "spelled_out_lines", lambda *args: {})
        return fix_encoding(text, **options)


@given(st.lists(lines, min_size=1, max_size=6), OPTIONS)
@settings(max_examples=1500, deadline=None)
def test_the_pass_gives_what_it_gave_without_the_shortcut(parts, options) -> None:
    # Lines alone, the last of a paragraph, and lines joined into one paragraph.
    text = "\n".join(parts) + "\n\n" + parts[0] + "\nthe \ufb01rst\n"
    assert fix_encoding(text, **options) == without_shortcut(text, **options)


@given(st.lists(lines, min_size=1, max_size=6), st.sampled_from(["NFC", "NFKC", None]))
@settings(max_examples=1500, deadline=None)
def test_each_line_gets_what_fix_line_gives_it(parts, normalization) -> None:
    options = tuple(
        (name, normalization or "" if name == "normalization" else value)
        for name, value in encoding.fix_encoding.__kwdefaults__.items()
    )
    for i, spelled in spelled_out_lines(parts, range(len(parts)), normalization, True).items():
        for followed in (True, False):
            assert spelled == _fix_line(parts[i], options, normalization, True, followed)


@pytest.mark.parametrize(
    ("line", "spelled"),
    [
        ("the \ufb01rst o\ufb03ce", "the first office"),
        ("“a \ufb02at”", '"a flat"'),
        ("\ufb01’", None),  # a spot: the ligature beside a quote
        ("R&D \ufb01rm", None),  # an ampersand
        ("\ufb05", None),  # spelt with a long s: not ASCII
        ("\ufb01 \xad", None),  # a soft hyphen
        ("\ufb01 天", None),  # a CJK letter
    ],
)
def test_rows(line: str, spelled: str | None) -> None:
    assert spelled_out_lines([line], [0], "NFC", True).get(0) == spelled


def test_a_line_not_in_the_form_leaves_them_all_to_fix_line() -> None:
    assert spelled_out_lines(["\ufb01ne", "e\u0301 \ufb01"], [0, 1], "NFC", True) == {}


@given(st.lists(lines, min_size=1, max_size=6), st.sampled_from(["NFC", "NFKC", "NFD", None]))
@settings(max_examples=1500, deadline=None)
def test_spelled_and_spotless_lines_joined_have_no_spot(parts, normalization) -> None:
    # So the pass leaves a paragraph of them as its lines are (``_fix_joined`` would).
    spotless = spotless_lines(parts, normalization)
    others = [i for i in range(len(parts)) if i not in spotless]
    spelled = spelled_out_lines(parts, others, normalization, True)
    fixed = [uncurl(line) if i in spotless else spelled.get(i) for i, line in enumerate(parts)]
    settled = [line for line in fixed if line is not None]
    assert has_no_spot("\n".join(settled), normalization)
