"""The ``unwrap`` pass, called directly: tables of (input, expected), then properties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner.passes import unwrap
from cleaner.passes.unwrap import explain_unwrap, unwrap_paragraphs
from cleaner.passes.unwrap import width as unwrap_width
from cleaner.passes.unwrap.kinds import Kind
from cleaner.passes.whitespace import LINE_BREAK_RE

CHANGES = [
    # Wrapped paragraphs with blank lines between them.
    ("one two\nthree four.\n\nfive six\nseven.\n", "one two three four.\n\nfive six seven.\n"),
    # No blank lines: a sentence end with room for the next word, then a capital.
    (
        "The first paragraph was wrapped at a narrow\nwidth by the editor.\nA second one"
        " starts here and goes on\nfor a while.\n",
        "The first paragraph was wrapped at a narrow width by the editor.\n\nA second one"
        " starts here and goes on for a while.\n",
    ),
    # A full line ending a sentence is not a paragraph end: the next word did not fit.
    (
        "It rained all day and all night. The\nfields flooded. Farmers moved the cattle\n"
        "to higher ground before noon.\n",
        "It rained all day and all night. The fields flooded. Farmers moved the cattle to"
        " higher ground before noon.\n",
    ),
    # A short line mid-sentence (seed 003) is not a paragraph end.
    (
        "This has led the United Nations Secretary-General to\nrefer to the 1988 massacre of\n"
        "PMOI/MEK members in this year's annual report.\n",
        "This has led the United Nations Secretary-General to refer to the 1988 massacre of"
        " PMOI/MEK members in this year's annual report.\n",
    ),
    # First word alone on its line, the rest wrapped (seed 003).
    (
        "The\nintensity of the storm was such that the roads were closed by\nnoon.\n"
        "Initially,\nnobody knew how long it would last.\n“In\ntwo days,” the mayor said.\n",
        "The intensity of the storm was such that the roads were closed by noon.\n\n"
        "Initially, nobody knew how long it would last.\n\n“In two days,” the mayor said.\n",
    ),
    # A heading and a byline stand alone.
    (
        "Storm Report\nBy Ann Lee\nThe storm reached the coast at dawn and\nmoved inland.\n",
        "Storm Report\n\nBy Ann Lee\n\nThe storm reached the coast at dawn and moved inland.\n",
    ),
    # Line-end hyphens: a real word is joined; a capital or a compound keeps the hyphen.
    ("an inter-\nnational deal\n", "an international deal\n"),
    ("an anti-\nIslamic fatwa on state-\nTV\n", "an anti-Islamic fatwa on state-TV\n"),
    ("the Iran-\nIraq war\n", "the Iran-Iraq war\n"),
    ("a well-\nknown and long-\nterm plan\n", "a well-known and long-term plan\n"),
    # The document's own spelling wins over the lexicon.
    ("To co-ordinate it, we co-\nordinate.\n", "To co-ordinate it, we co-ordinate.\n"),
    # Dashes used as punctuation are never joined away.
    ("a pause -\nthen more\n", "a pause - then more\n"),
    ("a pause --\nthen more\n", "a pause -- then more\n"),
    ("the regime—\nthe old one\n", "the regime—the old one\n"),
    ("it fell\n- slowly - after that\n", "it fell - slowly - after that\n"),
    # A paragraph after an item ends the list: "- " after its unfinished line is a dash.
    (
        "- slowly - after that.\nThen they fell\n- slowly - after that.\n",
        "- slowly - after that.\n\nThen they fell - slowly - after that.\n",
    ),
    # Soft hyphens go; at a line end they join the word.
    ("soft\u00adly and inter\u00ad\nnational\n", "softly and international\n"),
    # A wrapped list item is joined with its marker kept; a bare marker takes its text.
    (
        "Steps:\n- first step that\n  wraps\n- second\n",
        "Steps:\n- first step that wraps\n- second\n",
    ),
    (
        "Steps:\n1)\nInside the country.\n2)\nAbroad.\n",
        "Steps:\n\n1) Inside the country.\n\n2) Abroad.\n",
    ),
    # CRLF and other line breaks, as when the pass runs alone.
    ("one two\r\nthree.\r\n\r\nfour\r\nfive.\r\n", "one two three.\n\nfour five.\n"),
    ("one\rtwo.", "one two.\n"),
    # An autolink starting a wrapped line is prose, not an HTML tag.
    (
        "If you want to know more about\nthe licence and its terms, see\n"
        "<https://www.gnu.org/licenses/>.\n",
        "If you want to know more about the licence and its terms, see"
        " <https://www.gnu.org/licenses/>.\n",
    ),
]

UNCHANGED = [
    "",
    "One paragraph per line.\n\nAnother paragraph, on one line too.\n",
    "Intro:\n\n- a list\n- stays\n\n    code = 1\n    more = 2\n\nEnd.\n",
    "```\nlong fenced line that is not prose\nshort\n```\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "Name    Age\nAnna    34\nBert    51\n",
    # Aligned by tabs: the lines the whitespace pass keeps the spacing of stay as they are.
    "delta\t\tepsilon\ndelta\t\tepsilon\nalpha beta gamma\n",
    "Name:    Anna\nAge:     34\n",
    "> quoted line one\n> quoted line two\n",
    "Thanks.\n\n--\nAnn Lee\nPhone 555\n",
    "# Title\n\n## Section\n",
    "Title\n=====\n\nText.\n",
    "Shall I compare thee to a summer's day?\nThou art more lovely and more temperate:\n"
    "Rough winds do shake the darling buds of May,\n"
    "And summer's lease hath all too short a date;\n",
    "Mr John Smith\n12 Harbour Road\nPortsmouth PO1 3AB\n",
    "First paragraph on one line.\nSecond paragraph on one line.\nThird one here.\n",
    "Copyright (C) 2020 Someone.\n",
    '[home]: https://example.org/home\n[docs]: https://example.org/docs "Docs"\n',
    '<p align="center">\n<img src="logo.png">\n</p>\n',
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_unwraps(text: str, expected: str) -> None:
    assert unwrap_paragraphs(text) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_leaves_structure_and_clean_text_alone(text: str) -> None:
    assert unwrap_paragraphs(text) == text


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_output_is_stable(text: str, expected: str) -> None:
    assert unwrap_paragraphs(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Under a marker alone that opens no item, indented lines are its text, not code.
        "The river\n 1)\n    The\n",
        "The river\n 1)\n    x = 1\n    y = 2\n",
        "Steps\n1.\n    Open the box.\n",
        # Under a line of text, an indented line is code.
        "The river\nflows\n    code = 1\n",
    ],
)
def test_an_indented_line_under_a_marker_alone_reads_the_same_twice(text: str) -> None:
    once = unwrap_paragraphs(text)
    assert unwrap_paragraphs(once) == once


def test_an_indented_line_under_a_line_of_text_stays_code() -> None:
    assert unwrap_paragraphs("The river\nflows\n    code = 1\n") == (
        "The river flows\n    code = 1\n"
    )


def test_dehyphenate_off_keeps_every_hyphen() -> None:
    assert unwrap_paragraphs("an inter-\nnational deal\n", dehyphenate=False) == (
        "an inter-national deal\n"
    )


def test_without_lexicon_only_the_document_decides() -> None:
    text = "International law. An inter-\nnational deal and a trans-\nnational one.\n"
    assert unwrap_paragraphs(text, use_lexicon=False) == (
        "International law. An international deal and a trans-national one.\n"
    )


# Pieces that make unwrapping hard: words, sentence ends, hyphens and dashes at line ends,
# list markers, quotes, code, tables, headings, soft hyphens and every kind of line break.
FRAGMENTS = (
    "The", "the", "river", "Iran", "inter-", "national", "well-", "known", "state-", "TV",
    "-", "--", "—", "–", "1)", "2.", "a)", "(i)", "•", "*", ">", "#", "|", "```", "====",
    ".", ",", ":", "?", "…", "word.", "Dr.", "“In", "”", "\u00ad", "x" * 30, "A", "I",
    " ", "  ", "    ", "\t", "\n", "\n", "\n", "\n\n", "\r\n", "\r", "\u2028", "\x0c", "-- ",
)  # fmt: skip

TEXTS = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(lambda parts: " ".join(parts)),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40).map("".join),
)
PROPERTIES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# A line-end hyphen or soft hyphen: the only place two words may become one.
JOINABLE_GAP_RE = re.compile(r"^[-\u00ad][^\S\n]*\n[^\S\n]*$")
# A line break next to a letter of a script written without spaces (Thai, Han, kana, and
# Han of the supplementary planes): joined without one between two such letters, and in
# Chinese or Japanese between one and a Latin word ("正因為如此" + "Olivia").
LINE_BREAK_GAP_RE = re.compile(r"^[^\S\n]*\n[^\S\n]*$")
UNSPACED_LETTER_RE = re.compile(
    r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003ffff]"
)


def words_and_joinable_gaps(text: str) -> tuple[list[str], list[bool]]:
    """The words of ``text`` and, for each, whether a line-end hyphen precedes it (or a
    line break between letters of Thai, Han or kana)."""
    text = "\n".join(line.rstrip() for line in LINE_BREAK_RE.sub("\n", text).split("\n"))
    text = re.sub("\u00ad(?!\n)", "", text)
    words, joinable, end = [], [], 0
    for match in re.finditer(r"\w+", text):
        words.append(match.group())
        gap = text[end : match.start()]
        unspaced = end and any(UNSPACED_LETTER_RE.match(text[i]) for i in (end - 1, match.start()))
        joinable.append(
            bool(JOINABLE_GAP_RE.match(gap) or (unspaced and LINE_BREAK_GAP_RE.match(gap)))
        )
        end = match.end()
    return words, joinable


def assert_same_words_but_hyphen_joins(before: str, after: str) -> None:
    words, joinable = words_and_joinable_gaps(before)
    output, _ = words_and_joinable_gaps(after)
    i = 0
    for word in output:
        assert i < len(words), f"word added: {word!r}"
        merged, i = words[i], i + 1
        while merged != word and i < len(words) and joinable[i] and word.startswith(merged):
            merged, i = merged + words[i], i + 1
        assert merged == word, f"expected {words[i - 1]!r}, got {word!r}"
    assert i == len(words), f"words lost: {words[i:]}"


@PROPERTIES
@given(TEXTS)
@example("inter-\nnational and soft\u00ad\nly")
@example("a\n1)\n\n-- \nb")
@example('" \u00ad "')  # a soft hyphen between spaces goes with one of them
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = unwrap_paragraphs(text)
    assert unwrap_paragraphs(once) == once


@PROPERTIES
@given(TEXTS)
def test_output_is_canonical(text: str) -> None:
    out = unwrap_paragraphs(text)
    assert out == "" or (out.endswith("\n") and not out.endswith("\n\n"))
    assert "\r" not in out and "\n\n\n" not in out and not out.startswith("\n")
    assert all(line == line.rstrip() for line in out.split("\n"))


@PROPERTIES
@given(TEXTS)
@example("\x1b\U00020000\ra")  # Han (plane 2) + a Latin letter: joined in Japanese
@example("an inter-\nnational deal")
def test_no_word_lost_or_added_except_hyphen_joins(text: str) -> None:
    assert_same_words_but_hyphen_joins(text, unwrap_paragraphs(text))


def test_explain_names_the_width_and_each_hyphen_decision() -> None:
    before = "An anti-\nIslamic campaign and an inter-\nnational deal were\nsigned.\n"
    after = unwrap_paragraphs(before)
    notes = explain_unwrap(before, after)
    assert notes[0] == "wrap width estimated at 30 columns"
    assert (
        "anti- + Islamic -> anti-Islamic: a capital, digit or acronym next to the hyphen" in notes
    )
    assert any(note.startswith("inter- + national -> international: ") for note in notes)


def test_explain_is_silent_when_nothing_changed() -> None:
    assert explain_unwrap("Clean.\n", "Clean.\n") == []


# Generated and mutated texts that a second run changed: ragged verse or list lines beside
# prose wrapped at 36 (first) and 68 (second), whose estimates moved once blocks were joined.
RAGGED_BESIDE_PROSE = [
    "Copyright cassette the are Whether she never\nowner models bracket specific council on"
    " organises\n\nA small plaque near the bridge\nrecords the height the water\nreached. Dr."
    " Helen Marsh, who ran\nthe clinic, kept it open through the\nnight. A community"
    " association was\nfounded in the months that followed.\nVolunteers filled sandbags in"
    " the\nschool yard while the mayor\ntelephoned the regional office. Was\nanyone"
    " surprised? Not really.\n\n- to A embankment of boat post approval\n- After paid must\n"
    "- still consisting terms to of U.S. Sunday the stated\n\n- Each by the procuring means"
    " the\n* the whether\n* notices an but line whole\n- along grandmother by prize. your to\n",
    "The poem was read aloud at the start of the meeting, and most of the\npeople in the hall"
    " had heard it before. It goes like this:\n\nacross the meadow, where\nnew flood defences"
    " and asked for short contributions.\nthe river wrote a quiet line\n\nAfter the readi~g"
    " the chair opened the debate on the\nnew flood defences and asked for short"
    " contributions.\nthe cattle stood and knew\n",
]


@pytest.mark.parametrize("text", RAGGED_BESIDE_PROSE)
def test_ragged_blocks_beside_prose_give_a_fixed_point(text: str) -> None:
    once = unwrap_paragraphs(text)
    assert unwrap_paragraphs(once) == once
    assert "Marsh, who ran the clinic" in once or "debate on the new flood" in once


def test_ragged_blocks_without_a_lower_case_continuation_say_nothing_of_the_width() -> None:
    # Two list items and a verse pair with no continuation: their lengths are not sampled;
    # a one-line paragraph and a wrapped paragraph's lines are.
    lines = [
        "- " + "x" * 40,
        "- y",
        "",
        "Verse line " + "z" * 30,
        "Another line",
        "",
        ("A " * 30).strip(),
    ]
    lines += ["", "Wrapped prose", "goes on here."]
    kinds = [Kind.ITEM, Kind.ITEM, Kind.BLANK, Kind.PROSE, Kind.PROSE, Kind.BLANK, Kind.PROSE]
    kinds += [Kind.BLANK, Kind.PROSE, Kind.PROSE]
    wrapped: list[tuple[int, int]] = []
    others: list[int] = []
    unwrap_width.sample_wraps(lines, kinds, wrapped, others)
    assert wrapped == [(13, 18)]
    assert others == [59, 13]


def test_verse_is_judged_by_the_width_the_output_shows() -> None:
    # Prose wrapped at 68 sets the width; joined, it leaves the short blocks' lines, which
    # show 53: a block kept as verse at 68 but wrapped at 53 is joined now, not next run.
    text = RAGGED_BESIDE_PROSE[1]
    document, _ = unwrap._survey(text, True, True, unwrap.SEGMENT_CHARS)
    assert (document.width, document.verse_width) == (68, 53)


def test_explain_says_why_lines_join_where_no_wrap_width_is_found() -> None:
    """Lines too short to show a wrap width still join where the next goes on in lower
    case: the note says so, and no longer that no line goes on in lower case."""
    from cleaner.passes.unwrap import explain_unwrap, unwrap_paragraphs

    text = "The cat\nsat.\n"
    assert unwrap_paragraphs(text) == "The cat sat.\n"
    note = explain_unwrap(text, "The cat sat.\n")[0]
    assert note.startswith("no wrap width found") and "joined only to a next" in note


# A document of one wrapped paragraph shows no width (no line goes on in lower case): its
# break mid-sentence before a capital, where the next word would pass the longest line,
# is a wrapper's (bench_languages: ``The last Olympic`` / ``Games``).
ONE_WRAPPED = (
    "The council met on Tuesday to discuss the harbour works. The plan for the new\n"
    "Harbour Road bridge was approved after a long debate about its cost and design.\n\n"
    "Residents can read the full minutes at the town hall.\n"
)


def test_one_wrapped_paragraph_joins_before_a_capital_where_no_width_is_found() -> None:
    joined = ONE_WRAPPED.replace("new\nHarbour", "new Harbour")
    assert unwrap_paragraphs(ONE_WRAPPED) == joined
    assert unwrap_paragraphs(joined) == joined
    assert "longest line" in explain_unwrap(ONE_WRAPPED, joined)[0]


@pytest.mark.parametrize(
    "text",
    [
        # The next word would have fitted in the longest line: a real break.
        ONE_WRAPPED
        + "\nThe next meeting of the council is on the first Monday of March, at seven in the"
        " town hall.\n",
        # A mark at the line's end (a comma: verse's lines end so).
        ONE_WRAPPED.replace("the new\n", "the new,\n"),
        # Lines too short for a prose wrapper: verse, an address.
        "The woods are lovely dark and deep\nBut I have promises to keep.\n",
    ],
)
def test_a_break_before_a_capital_stays_where_no_width_is_found(text: str) -> None:
    assert unwrap_paragraphs(text) == text


# Release notes (169 NEWS files of /usr/share/doc, session 25): a version line or a heading
# alone, now and then one going on in lower case, put 26 of them in first-word mode, and
# unwrap set every list item apart with a blank line (libgtk's NEWS: 7,859 of them).
NOTES_PARAGRAPH = ["Thanks", "to everyone who tested the release candidates and wrote to us.", ""]
NOTES_ITEMS = [f"* Fix issue {n} in the mixer, found by a user on a laptop." for n in range(80)]


def first_word_mode(lines: list[str]) -> bool:
    _, _, document = unwrap._read_document("\n".join(lines) + "\n", True, True)
    return document.first_word_mode


def test_a_few_lone_first_words_in_a_long_document_make_no_first_word_mode() -> None:
    short = [*NOTES_PARAGRAPH, *NOTES_PARAGRAPH]
    assert first_word_mode(short)  # Two lone first words in a short text: its layout.
    assert not first_word_mode([*short, *NOTES_ITEMS, "", *NOTES_ITEMS])
    text = "\n".join([*short, *NOTES_ITEMS, "", *NOTES_ITEMS]) + "\n"
    assert "\n\n* Fix issue 1 " not in unwrap_paragraphs(text)


def test_a_lone_word_above_a_list_item_is_the_list_s_heading() -> None:
    lines = ["43.beta", " - symbolic: folder icons", "", "42.0", " - fullcolor: fix input-mouse"]
    assert not first_word_mode(lines)


# Release notes and man pages (session 26, the NEWS files of /usr/share/doc and mawk(1)).
def test_a_list_under_a_title_underline_is_a_list() -> None:
    text = "Major changes in 43.rc\n======================\n- Add a setting\n- Add a schema\n"
    assert unwrap_paragraphs(text) == text  # Before: "- Add a setting - Add a schema".


def test_a_list_after_an_indented_line_is_a_list_but_indented_code_stays_code() -> None:
    text = (
        " - yum: Import yum.\n        Fixes rh#476381 (Richard)\n - yum: Emit signals (Richard)\n"
    )
    assert "(Richard)\n - yum: Emit" in unwrap_paragraphs(text)
    code = "Run it:\n\n    make check\n    - not an item here\n"
    assert unwrap_paragraphs(code) == code


def test_a_short_title_like_item_over_a_wrapped_paragraph_is_its_heading() -> None:
    body = (
        "       An AWK program is a sequence of pattern {action} pairs and user functions,\n"
        "       and each pattern is tested against every record of the input in turn.\n"
    )
    out = unwrap_paragraphs("THE AWK LANGUAGE\n   1. Program structure\n" + body)
    assert "   1. Program structure\n\n       An AWK program" in out
    assert unwrap_paragraphs(out) == out
    # A long first line of an item, wrapped by hand, goes on (dbus's NEWS).
    item = (
        "• Do not look up client-supplied strings in the system user database\n"
        "  (NSS or equivalent) when using the recommended EXTERNAL auth mechanism,\n"
        "  which could lead to a deadlock or timeout in the presence of slow modules.\n"
    )
    assert "user database (NSS or" in unwrap_paragraphs(item)


# A book's prose sets its wrap width (about 70 here); its verse lines' rests set deeper
# never do, as they are read as code until the width is known.
PREFACE = (
    "This edition of the poems is set as the author's last edition set them,\n"
    "with the rest of each line too long for the page set deeper below it, and\n"
    "the poems in the order he gave them in the last years of his long life.\n\n"
)
WHITMAN = (
    "  Me imperturbe, standing at ease in Nature,\n"
    "  Master of all or mistress of all, aplomb in the midst of irrational things,\n"
    "  Finding my occupation, poverty, notoriety, foibles, crimes, less\n"
    "      important than I thought,\n"
    "  Me toward the Mexican sea, or in the Mannahatta or the Tennessee,\n"
    "      or far north or inland,\n"
)


def test_hanging_indented_verse_joins_each_line_with_its_rest() -> None:
    assert unwrap_paragraphs(PREFACE + WHITMAN).split("\n\n")[1] == (
        "  Me imperturbe, standing at ease in Nature,\n"
        "  Master of all or mistress of all, aplomb in the midst of irrational things,\n"
        "  Finding my occupation, poverty, notoriety, foibles, crimes, less important than"
        " I thought,\n"
        "  Me toward the Mexican sea, or in the Mannahatta or the Tennessee, or far north or"
        " inland,\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        # A message flow's deeper lines are another column, not a line's rest.
        "   Send data through the tunnel and wait for the answer of the server\n"
        "                                Re-negotiate LCP,\n"
        "                                authenticate user,\n",
        # An address under a name: the deeper lines are no wrapped rest.
        "   For additional contact information: Dr. Gregory B. Newby and the foundation\n"
        "        Chief Executive and Director\n"
        "        gbnewby@pglaf.org\n",
        # Code under a line of text.
        "   The function below returns the sum of its arguments when both are numbers\n"
        "       total = a + b\n",
    ],
)
def test_deeper_lines_that_are_no_wrapped_rest_stay(text: str) -> None:
    assert unwrap_paragraphs(text) == text


def test_a_rhymed_stanza_with_few_marks_stays_verse() -> None:
    # The Devil's Dictionary (Project Gutenberg #972), "APHORISM": one line of four ends
    # in a mark, but brain/strain and abysm/aphorism rhyme.
    stanza = (
        "  The flabby wine-skin of his brain\n"
        "  Yields to some pathologic strain,\n"
        "  And voids from its unstored abysm\n"
        "  The driblet of an aphorism.\n"
    )
    assert unwrap_paragraphs(PREFACE + stanza).split("\n\n")[1] == stanza


DANTE_CUT_AT_RHYME = (
    Path(__file__).resolve().parents[2]
    / "fixtures/unwrap-rhymed-stanza-word-cut-at-rhyme/input.txt"
)


def test_a_word_cut_at_a_rhyme_stays_in_a_rhymed_stanza() -> None:
    # Paradiso XXIV (held-out book dante_divina_commedia_it): Dante cuts ``differente-`` /
    # ``mente`` at the rhyme; the tercet rhymes (differente / lente) like its neighbours.
    tercets = DANTE_CUT_AT_RHYME.read_text(encoding="utf-8")
    assert "  così quelle carole, differente-\n  mente danzando," in unwrap_paragraphs(tercets)


def test_a_hyphen_in_prose_among_rhymed_stanzas_still_joins() -> None:
    tercets = DANTE_CUT_AT_RHYME.read_text(encoding="utf-8")
    note = (
        "  Qui il poeta spezza una parola lunga per la rima, e questa nota in prosa spie-\n"
        "  ga il verso senza rimare con nessun altro.\n\n"
    )
    output = unwrap_paragraphs(tercets.replace("  Di quella", note + "  Di quella"))
    assert "in prosa spiega il verso senza rimare con nessun altro.\n" in output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sun Tzu (held-out book sun_tzu_art_of_war_en): Giles' romanized names.
        (
            "The king took the field with Tzu-hsu and Po Pei, and Chang Tzu-\n"
            "shang came with them.\n",
            "The king took the field with Tzu-hsu and Po Pei, and Chang Tzu-shang came with"
            " them.\n",
        ),
        # No other pair before a hyphen: the name broken at the line end is joined.
        (
            "The king took the field with Wu and Po Pei, and Chang Tzu-\nshang came with them.\n",
            "The king took the field with Wu and Po Pei, and Chang Tzushang came with them.\n",
        ),
    ],
)
def test_a_name_part_the_document_writes_before_hyphens_keeps_one(text: str, expected: str) -> None:
    assert unwrap_paragraphs(text) == expected


# Ten line-end hyphens, each between two words: a text re-wrapped without hyphenation, as
# Project Gutenberg's transcribers leave a book (the held-out Canterbury Tales' notes).
OWN_BREAKS = (
    "Since the word is of two-\n"
    "fold meaning, the old notes say, the monkish tale-\n"
    "tellers spoke of it only in an under-\n"
    "tone, as a poet on his death-\n"
    "bed might, or soldiers at their camp-\n"
    "fires telling of the above-\n"
    "mentioned home-\n"
    "coming of the co-\n"
    "operating scholars and their text-\n"
    "books, each a pigs-\n"
    "eye of learning kept for the evening.\n"
)


def test_a_document_whose_line_end_hyphens_break_no_word_keeps_them() -> None:
    assert unwrap_paragraphs(OWN_BREAKS) == (
        "Since the word is of two-fold meaning, the old notes say, the monkish tale-tellers"
        " spoke of it only in an under-tone, as a poet on his death-bed might, or soldiers"
        " at their camp-fires telling of the above-mentioned home-coming of the co-operating"
        " scholars and their text-books, each a pigs-eye of learning kept for the evening.\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        # One word broken into a fragment (``guished``): the text hyphenates its words.
        OWN_BREAKS.replace("evening.", "evening, distin-\nguished."),
        # Nine line-end hyphens say nothing of the document.
        OWN_BREAKS.replace("books, each a pigs-\neye", "books, each an eye"),
    ],
)
def test_a_document_that_breaks_a_word_or_few_joins_by_the_lexicon(text: str) -> None:
    output = unwrap_paragraphs(text)
    assert "twofold" in output and "undertone" in output and "deathbed" in output
