"""unwrap's cheap proof that a text shows no wrap width agrees with the survey
(cleaner/passes/unwrap/no_wrap.py): where it says so, the survey finds none."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.passes.unwrap import unwrap_paragraphs
from cleaner.passes.unwrap.kinds import Kind
from cleaner.passes.unwrap.no_wrap import shows_no_wrap
from cleaner.passes.unwrap.survey import surveyed_width
from cleaner.passes.unwrap.width import UNWRAPPED_WIDTH, may_read_as_wrapped, sample_wraps
from cleaner.scripts import LINE_END_FORBIDDEN

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

WORDS = ["the", "and", "river", "Zarathustra", "é", "ran", "tô", "away", "天气", "x", "it"]
# Line starts that make a line something else than prose, or ask more of the survey.
STARTS = ["", "", "", "", "- ", "1. ", "b) ", "    ", "\t", "> ", "# ", "<p>", ".. ", "「", "  "]
# Lines the survey reads apart: fences, a signature, delimiters, rules, table rows, leaders.
SPECIAL = ["```", "~~~", "-- ", "--", "----", "....", "====", "| a | b |", "Contents .... 4", "x::"]
# Line ends: a CJK opening mark goes on before a capital; a space is trailing whitespace.
ENDS = ["", "", "", ".", ",", "（", " ", "-", "  a"]


@st.composite
def line(draw: st.DrawFn, words: tuple[int, int]) -> str:
    """A line of words, opened and ended as STARTS and ENDS draw."""
    body = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=words[0], max_size=words[1])))
    capital = draw(st.booleans())
    body = body[:1].upper() + body[1:] if capital else body
    return draw(st.sampled_from(STARTS)) + body + draw(st.sampled_from(ENDS))


@st.composite
def documents(draw: st.DrawFn) -> str:
    """Blocks as unwrap's output holds them: long joined paragraphs, verse and other
    short lines, special lines; mostly apart by blank lines."""
    blocks = []
    for _ in range(draw(st.integers(1, 14))):
        kind = draw(st.sampled_from(["paragraph", "paragraph", "paragraph", "verse", "special"]))
        if kind == "paragraph":
            blocks.append(draw(line((5, 160))))
        elif kind == "verse":
            blocks.append("\n".join(draw(st.lists(line((1, 9)), min_size=1, max_size=6))))
        else:
            blocks.append(draw(st.sampled_from(SPECIAL)))
    gaps = draw(st.lists(st.sampled_from(["\n\n", "\n\n", "\n\n", "\n", "\n\n\n"]), min_size=14))
    text = "".join(block + gap for block, gap in zip(blocks, gaps, strict=False))
    return text if draw(st.booleans()) else text.rstrip("\n")


@settings(max_examples=600, deadline=None)
@given(documents())
@example("A long line of a joined paragraph that goes on and on " * 5 + "\n\nRoses,\nand so.\n")
@example("A long line of a joined paragraph that goes on and on " * 5 + "\n\n" + "short\n" * 40)
def test_no_wrap_shown_where_the_survey_finds_none(text: str) -> None:
    if shows_no_wrap(text):
        assert surveyed_width(text) == UNWRAPPED_WIDTH


def test_outputs_of_the_fixtures_are_told_as_the_survey_reads_them() -> None:
    """Every fixture's input, expected text and unwrap output: where the proof says no
    width, the survey says none; and it says so for some (most outputs)."""
    told = 0
    for case in sorted(FIXTURES.iterdir()):
        for name in ("input.txt", "expected.txt"):
            path = case / name
            if not path.is_file():
                continue
            text = path.read_text("utf-8")
            for version in (text, unwrap_paragraphs(text)):
                if shows_no_wrap(version):
                    told += 1
                    assert surveyed_width(version) == UNWRAPPED_WIDTH, path
    assert told >= 100


# Verse wrapped at a narrow width, and a line as long as a book's longest paragraph that
# the survey does not count, in each way it may not be: no proof may count it either.
VERSE = "\n".join(["a wrapped line going on in", "lower case below it as"] * 3) + "\n\n"
LONG = ("It goes on and on, a paragraph joined into one line " * 40).rstrip()
UNCOUNTED = {
    "too few breaks": "A joined paragraph, one line, that goes on for a while\n\n",
    "a line below it": f"{LONG}\nA line below it.\n\n",
    "a line above it": f"A line above it.\n{LONG}\n\n",
    "indented as code": f"    {LONG}\n\n",
    "a quote": f"> {LONG}\n\n",
    "a heading": f"# {LONG}\n\n",
    "a table row": f"{LONG} | a | b\n\n",
    "a contents line": f"{LONG} .... 4\n\n",
    "after a signature": f"--\n\n{LONG}\n\n",
    "in a fence": f"```\n\n{LONG}\n\n```\n\n",
}
# Verse that goes on only after a CJK opening mark, before a capital: wrapped, no verse.
OPENING_MARKS = "\n".join(["A line that opens a mark （", "Before a capital"] * 8) + "\n\n"
# Lines that go on below after a quotation mark, in lower case: wrapped.
QUOTED = "\n".join(["a wrapped line going on in", '"lower case below it as'] * 4) + "\n\n"


def test_lines_the_survey_does_not_count_make_no_proof() -> None:
    texts = {why: VERSE + block + VERSE for why, block in UNCOUNTED.items()}
    texts["wrapped before a capital"] = OPENING_MARKS + "A short paragraph in one line.\n"
    texts["wrapped before a quotation"] = QUOTED + "A short paragraph in one line of its own.\n"
    for why, text in texts.items():
        assert surveyed_width(text) != UNWRAPPED_WIDTH, why
        assert not shows_no_wrap(text), why
    assert shows_no_wrap(VERSE + f"{LONG}\n\n" + VERSE)  # (counted, it makes one)


FIRSTS = ["", "a", "A", "7", "-", "- ", '"', "«", "(", " ", "   a", "\t", "—", "，", "天", "ก", "я"]
FIRSTS += ["  A", "  7", "   é", "  «", "  -", "  天", "  ก", "  я", " \tA"]  # (indented)
LASTS = ["", "", ".", ",", "-", "（", "ก", ":", '"', "天"]


@settings(max_examples=1500, deadline=None)
@given(
    st.sampled_from(LASTS),
    st.sampled_from(FIRSTS),
    st.sampled_from(["", "and so", "The end", "it", "x"]),
    st.sampled_from([Kind.PROSE, Kind.ITEM]),
)
@example(".", "- ", '"Ihr Narren', Kind.PROSE)
def test_a_line_not_read_as_wrapped_gives_no_wrap_sample(
    last: str, first: str, rest: str, kind: Kind
) -> None:
    """Where may_read_as_wrapped says no, sample_wraps reads no wrap at that break."""
    line, following = f"A line long enough to be read{last}", f"{first}{rest}"
    if not following or may_read_as_wrapped(line, following):
        return
    wrapped: list[tuple[int, int]] = []
    sample_wraps([line, following], [kind, Kind.PROSE], wrapped, [])
    assert wrapped == []


def test_indented_verse_a_capital_each_line_makes_a_proof() -> None:
    """Indented verse whose lines each open with a capital (Pope's couplets, set in two
    spaces) counts no break the survey could read as wrapped: joined paragraphs then
    prove that no width shows, as they do beside verse set in the first column."""
    couplets = "\n".join(
        ["  Achilles' wrath, to Greece the direful spring", "  Of woes unnumber'd,"] * 60
    )
    text = "\n\n".join([couplets, LONG, couplets, LONG, couplets]) + "\n"
    assert surveyed_width(text) == UNWRAPPED_WIDTH
    assert shows_no_wrap(text)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(LASTS),
    st.sampled_from(["", " ", "  ", "    ", "        "]),
    st.sampled_from(["The end", "Zed", "7 and", "A", "0"]),
)
def test_a_capital_or_digit_below_spaces_is_read_as_wrapped_only_after_a_forbidden_end(
    last: str, indent: str, rest: str
) -> None:
    """shows_no_wrap tells these breaks without asking may_read_as_wrapped: a line whose
    first character below its spaces is an ASCII capital or digit is read as wrapped only
    after a line ending with a CJK opening mark (LINE_END_FORBIDDEN)."""
    line = f"A line long enough to be read{last}"
    expected = line[-1:] in LINE_END_FORBIDDEN
    assert may_read_as_wrapped(line, indent + rest) is expected
