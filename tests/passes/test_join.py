"""The ``join`` pass: words broken by a stray space, and the pairs that must stay apart."""

from __future__ import annotations

from collections import Counter
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.guard import guard_join
from cleaner.lexicon import load_model
from cleaner.passes.join import context, explain_joins, find_joins, join_broken_words
from cleaner.passes.join.words import pair_verdict
from tests import join_reference
from tests.test_fuzz import FIXTURES, check_mutant

# Enough signs of stray spaces for the pass to look (see shows_stray_spaces).
SIGNS = " T he e fforts."

CASES = [
    ("I NTRODUCTION and", "INTRODUCTION and"),
    ("TH E PROGRAM F OR YOU", "THE PROGRAM FOR YOU"),
    ("our e fforts", "our efforts"),
    ("the classi cation", "the classification"),
    ("a de nition", "a definition"),
    ("it is di fferent", "it is different"),
    ("the farme r and", "the farmer and"),
    ("the tenant s and", "the tenant s and"),  # Not "sand"; "tenants" too rare to join to.
    ("that s he said", "that she said"),
    ("I t is", "It is"),
    ("used i n a tool", "used in a tool"),  # "a" is a word, no lone letter of a run.
    ("if the C c ode is", "if the C code is"),  # Not "Cc": two letters make a common word.
    # Negative rows: real phrases, names, letters, code.
    ("fell a part", "fell a part"),
    ("to day any one", "to day any one"),
    ("in deed, every one", "in deed, every one"),
    ("Mac Donald", "Mac Donald"),
    ("Plan B is", "Plan B is"),
    ("the X server", "the X server"),
    ("the letters a b c d", "the letters a b c d"),
    ("policy-rc.d is", "policy-rc.d is"),
    ("except E as N:", "except E as N:"),
    ("don' t", "don' t"),
    ('"x and y" and "x < y and y <= z"', '"x and y" and "x < y and y <= z"'),  # Not "andy".
    ("a op1 b and b op2 c", "a op1 b and b op2 c"),  # Not "band".
    # Beside a lost ligature's mark, the pdf pass's to judge (a join there would change its
    # verdict on the next run: "\ufffdna" reads as "fina").
    ("\ufffdn a speech", "\ufffdn a speech"),
    ("a\x00e fforts", "a\x00e fforts"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_join_broken_words(text: str, expected: str) -> None:
    joined = join_broken_words(text + SIGNS)
    assert joined == expected + " The efforts."
    assert guard_join(text + SIGNS, joined) is None


def test_clean_text_is_not_looked_into() -> None:
    text = "It fell a part of the way. Plan B was ready.\n"
    assert join_broken_words(text) == text


def test_force_and_protect() -> None:
    assert join_broken_words("to day us" + SIGNS) == "to day us The efforts."
    assert join_broken_words("to day us", force=("to day",)) == "today us"
    assert join_broken_words("e fforts, T he e nd", protect=("efforts",)) == "e fforts, The end"


def test_guard_catches_a_changed_letter() -> None:
    assert guard_join("e fforts", "e forts") is not None
    assert guard_join("a\nb", "ab") is not None


# Broken words, lone letters, real phrases and ligature gaps, in any mix.
PIECES = [t for pair in CASES for t in pair] + ["T he", "e fforts", "classi cation", "\n\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.lists(st.sampled_from(PIECES)))
def test_an_unchanged_text_had_no_join_to_make(pieces: list[str], forced: list[str]) -> None:
    """explain_joins is silent on an unchanged text without searching it: that is exact
    because every join the pass finds changes the text."""
    text = " ".join(pieces)
    force = tuple(p for p in forced if len(p.split()) == 2)
    if join_broken_words(text, force=force) == text:
        assert find_joins(text, force=force) == []
    else:
        assert explain_joins(text, join_broken_words(text, force=force), force=force)


# An indented paragraph that reads as prose is mended like prose; code is not, however it
# is marked: by its indentation and signs of code, a fence, a literal block, columns.
INDENTED = [
    ("Terms.\n\n      Our e fforts go to the owner that is granting the License.\n", True),
    ("Terms.\n\n    Add support f or Intel Control-flow *Enforcement* Technology.\n", True),
    ("Terms.\n\n    our e fforts go = x and T he(y) and the rest of it\n", False),
    ("Terms.\n\n```\nOur e fforts go to the owner that is granting the License.\n```\n", False),
    ("Terms::\n\n    Our e fforts go to the owner that is granting the License.\n", False),
    ("Terms.\n\n    Our e fforts go to the    owner\n    that is granting the  License.\n", False),
    ("Terms.\n\n    Our e fforts go\n", False),  # Too short to tell.
]


@pytest.mark.parametrize(("text", "mended"), INDENTED)
def test_indented_prose_is_mended_not_code(text: str, mended: bool) -> None:
    joined = join_broken_words(text.replace("Terms", "T he e fforts"))
    assert joined.startswith("The efforts")
    assert ("e fforts go" not in joined) == mended


# One lone lowercase letter that is no word is sign enough to look (a strong sign); one
# capital is not (a weak one: "Plan B", "A UN report").
GATE = [
    ("It is our e fforts that count.", "It is our efforts that count."),
    ("It was the tim e to go.", "It was the time to go."),
    ("It was T he end of the I ntroduction.", "It was T he end of the I ntroduction."),
    ("Plan B of the UN, e.g. this.", "Plan B of the UN, e.g. this."),
]


@pytest.mark.parametrize(("text", "expected"), GATE)
def test_one_strong_sign_is_enough_to_look(text: str, expected: str) -> None:
    assert join_broken_words(text) == expected


# Two tokens that are both words join when the joined word is far likelier (a high score),
# or likely enough and a word of the document itself; real phrases never.
WORDS = [
    ("It is wi th care and sect ion two.", "It is with care and section two."),
    ("The pack ages build. The packages are small.", "The packages build. The packages are small."),
    ("The pack ages build. It is small.", "The pack ages build. It is small."),  # Not its word.
    # Two lowercase letters written once are a fragment ("ny", "re"), unless common ("so").
    ("It is a ny use, a re use, so me.", "It is any use, are use, so me."),
    ("It is a ny use, a ny idea.", "It is a ny use, a ny idea."),
    ("It rose ten per cent, or ten percent.", "It rose ten per cent, or ten percent."),
    ("It fell a part to day, in deed. Apart, today, indeed.", None),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_two_words_join_on_the_documents_own_word(text: str, expected: str | None) -> None:
    assert join_broken_words(text + SIGNS) == (expected or text) + " The efforts."


# A lone letter that makes a word with the token beyond it is joined in the same run, so
# it is no variable nor part of a run of letters: a second run must find nothing more.
ONE_RUN = [
    "The reports o f bug s already fixed.",
    "A sort of pleasur e i n the idea of it.",
    "You need t o ad d the flag.",
]


@pytest.mark.parametrize("text", ONE_RUN)
def test_a_second_run_changes_nothing(text: str) -> None:
    once = join_broken_words(text)
    assert once != text
    assert join_broken_words(once) == once


def test_a_word_a_join_made_joins_a_lone_letter_after_it_in_the_same_run() -> None:
    """A token joins once a round; the word a round made may join the next lone letter,
    which a second run would otherwise do (``T he e~d``, found by test_fuzz)."""
    once = join_broken_words("T he e~d")
    assert once == "Thee~d"
    assert join_broken_words(once) == once
    assert explain_joins("T he e~d", once) == ["'T he' -> The", "'The e~d' -> Thee"]


@pytest.mark.parametrize("seed", [9105, 439772, 25100792])
def test_mutants_where_a_made_word_meets_a_lone_letter_are_idempotent(seed: int) -> None:
    """Mutants of the stray-spaces fixture (``T he e ffnrts``, ``T he e$fforts``, ``di
    f&erent``) that changed again on a second run before the pass made its joins in
    rounds (pinned in tests/test_known_gaps.py until then)."""
    check_mutant(FIXTURES / "join-stray-spaces" / "input.txt", seed, record=lambda _note: None)


SIGN_PIECES = ["e", "T", "I", "a", "A", "he", "fforts", "UN", "NTRO", " ", "\n", "(", "“", "'",
               "-", ".", "x", "é", "1", "_", "’", "‘", '"', "?", ")", "\xa0", "\u2003", "\x1c",
               "\t", "ª", "²", "ß", "Ж", "中", "\ud800", "\U0001d400"]  # fmt: skip


@given(st.lists(st.sampled_from(SIGN_PIECES), max_size=40).map("".join))
@example(" e x e T he")  # (signs back to back: the next starts where one ended)
def test_stray_signs_are_the_matches_of_the_pattern(text: str) -> None:
    """The screen's signs, found where a lone letter follows, are STRAY_SIGN_RE's matches."""
    expected = [m.span() for m in context.STRAY_SIGN_RE.finditer(text)]
    assert [m.span() for m in context.stray_signs(text)] == expected


@given(st.lists(st.sampled_from(SIGN_PIECES), max_size=40).map("".join))
@example("“e” x")  # (an opening and a closing quote, neither Latin-1)
@example("\xa0T\u2003he?e")
def test_lone_letter_places_hold_every_match_of_the_pattern(text: str) -> None:
    """The places found in C hold each start of LONE_LETTER_RE, in order (more may come)."""
    places = context.lone_letter_places(text)
    assert places == sorted(set(places))
    assert {m.start() for m in context.LONE_LETTER_RE.finditer(text)} <= set(places)


@given(st.lists(st.sampled_from(SIGN_PIECES), max_size=40).map("".join), st.integers(1, 6))
@example(" e x", 1)  # (a shape across two blocks, and one at the end)
@example("ab e", 2)
def test_lone_letter_places_by_blocks_are_those_of_the_whole_map(text: str, block: int) -> None:
    """A text is mapped a block at a time (a huge one's map is never whole): the places are
    those of its whole map, a shape crossing a block's end included."""
    shapes = text.encode("latin-1", "replace").translate(context.LONE_LETTER_MAP)
    whole = [i for i in range(len(shapes)) if shapes[i : i + 3] in (b"oLo", b"oL.", b"oL")]
    with mock.patch.object(context, "PLACES_BLOCK_CHARS", block):
        assert context.lone_letter_places(text) == whole


@pytest.mark.parametrize("char", [chr(code) for code in range(256)])
def test_each_latin_1_character_is_mapped_as_the_pattern_reads_it(char: str) -> None:
    """Around a letter, each character the map reads as an opening, a mark or a word
    character is one for LONE_LETTER_RE (as far as the places need: a superset)."""
    text = f"{char}e{char}"
    if context.LONE_LETTER_RE.match(text):
        assert context.lone_letter_places(text) == [0]
    opening, follower = (
        context.LONE_LETTER_RE.match(f"{char}e "),
        context.LONE_LETTER_RE.match(f" e{char}"),
    )
    shape = chr(context.LONE_LETTER_MAP[ord(char)])
    assert not opening or shape == "o"
    assert not follower or shape in "o."


# Tokens of pairs: words, fragments, lone letters, capitals, phrases never joined.
PAIR_TOKENS = ["wi", "th", "a", "ny", "part", "sect", "ion", "e", "fforts", "T", "he", "to",
               "day", "any", "one", "I", "NTRODUCTION", "TH", "E", "classi", "cation", "s",
               "and", "per", "cent", "Intro", "duction", "x", "y", "of", "the", "in",
               "deed"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(PAIR_TOKENS),
    st.sampled_from(PAIR_TOKENS),
    st.sets(st.sampled_from(PAIR_TOKENS)),
    st.lists(st.sampled_from([*PAIR_TOKENS, "within", "anyone", "today"])),
    st.booleans(),
)
@example("classi", "cation", {"classi"}, [], False)  # (a lost ligature: "classification")
@example("wi", "th", set(), [], True)
def test_a_pair_s_verdict_is_the_reference_one(
    left: str, right: str, fragments: set[str], seen: list[str], words: bool
) -> None:
    """pair_verdict drops a pair of words whose joined form is too rare before looking up its
    parts (tests/join_reference.py asks them first): the same verdicts."""
    model = load_model()
    counts = Counter(word.lower() for word in seen)
    assert pair_verdict(left, right, model, counts, fragments, words) == join_reference._joined(
        left, right, model, counts, fragments, words
    )


# Signs of stray spaces ("X server", "C compiler", "A train") but no pair that may join.
NO_JOIN = (
    "The X server and the C compiler. Plan B is a UN plan of the EU and the US. Take the A train."
)


def test_a_document_with_no_pair_that_may_join_is_not_judged_for_its_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    judged: list[str] = []
    monkeypatch.setattr("cleaner.passes.join.foreign", lambda text, model: judged.append(text))
    assert context.shows_stray_spaces(NO_JOIN)
    assert join_broken_words(NO_JOIN) == NO_JOIN
    assert judged == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paragraph that may hold a join after paragraphs that hold none.
        (
            f"{NO_JOIN}\n\n{NO_JOIN}\nOur e fforts count.",
            f"{NO_JOIN}\n\n{NO_JOIN}\nOur efforts count.",
        ),
        # A document in another language is still left whole when a pair may join in it.
        (
            "und er lag auf seinem panzerartig harten Rücken und sah, wenn er den Kopf ein wenig "
            "hob, seinen gewölbten, braunen Bauch. Our e fforts",
            None,
        ),
    ],
)
def test_the_paragraphs_that_may_hold_a_join_are_read_as_before(
    text: str, expected: str | None
) -> None:
    assert join_broken_words(text) == (expected or text)


def test_a_symbol_used_twice_in_a_long_document_is_no_sign_of_stray_spaces() -> None:
    """datatrove's README (session 25): "more than k chars" twice in 40 kB, no other sign,
    came out as "more thank chars": one sign used twice counts once, too few for its size."""
    prose = "The reader takes each file of the folder and yields its documents in order.\n" * 400
    more, less = "- lines of more than k chars\n", "- lines of less than k chars\n"
    text = f"{more}{prose}{less}"
    assert not context.shows_stray_spaces(text)
    assert join_broken_words(text) == text


# A tool's release notes (binutils' NEWS, session 25): lone letters that are names, no
# broken words; before, "so ld" became "sold" and "to ld" "told".
TOOL_NOTES = (
    "* The C compiler now accepts the f (local) modifier and the l modifier.\n"
    "* There is now support for writing ECOFF files, so ld and the other utilities\n"
    "  read them. The q command quits, and the S modifier is passed to ld.\n"
)


def test_lone_letters_that_make_no_word_are_no_sign_of_stray_spaces() -> None:
    assert context.shows_stray_spaces(TOOL_NOTES)  # The cheap test lets it through...
    assert not context.confirms_stray_spaces(TOOL_NOTES, load_model())  # ...the lexicon not.
    assert join_broken_words(TOOL_NOTES) == TOOL_NOTES
