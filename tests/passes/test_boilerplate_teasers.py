"""The ``boilerplate`` pass on real pages' furniture, session 20 (issue 13): teaser lists
under a related-stories heading, and the phrase rules found on bench_furniture_real's
tuning pages; each with the prose that must stay."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.boilerplate import plan_removal, remove_boilerplate, teasers
from cleaner.passes.boilerplate.rules import Rule
from cleaner.passes.boilerplate.teasers import is_headline, kicker_teasers, teaser_lines
from tests.passes.test_boilerplate import P1, P2, P3


def middle(line: str) -> str:
    """``line`` alone between two paragraphs, with a third one after."""
    return f"{P1}\n\n{line}\n\n{P2}\n\n{P3}\n"


def top(line: str) -> str:
    """``line`` above the paragraphs: where a dateline stands."""
    return f"{line}\n\n{P1}\n\n{P2}\n\n{P3}\n"


# Furniture lines of bench_furniture_real's tuning pages (extractors' text), the rule that
# removes each, and where: "middle" (anywhere) or "top" (an edge rule).
FURNITURE = [
    ("Media caption Who is Julian Assange?", "credits/caption-label", "middle"),
    (
        "Image caption Eva-Marie Persson said the decision had been taken after interviews",
        "credits/caption-label",
        "middle",
    ),
    ("Image copyright EPA", "credits/image-copyright", "middle"),
    ("Image copyright Reuters", "credits/image-copyright", "middle"),
    ("By subscribing I accept the terms of use", "newsletter/signup-consent", "middle"),
    (
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "newsletter/signup-consent",
        "middle",
    ),
    (
        "Let our news meet your inbox. The news and stories that matters, delivered weekday "
        "mornings.",
        "newsletter/meet-your-inbox",
        "middle",
    ),
    (
        "Subscribe to WIRED and stay smart with more of your favorite Ideas writers.",
        "newsletter/subscribe-and-stay",
        "middle",
    ),
    (
        "Every online business exists in the 'space-time continuum.'Click To Tweet",
        "share/click-to-tweet-quote",
        "middle",
    ),
    (
        "Share All sharing options for: Browns' defensive snap counts, stats, and notes",
        "share/sharing-options",
        "middle",
    ),
    (
        "China furious at Macron for Hong Kong protest jibe [ INSIGHT]|",
        "related/teaser-tag",
        "middle",
    ),
    ("Thanks for watching! Visit Website", "widgets/video-end-card", "middle"),
    ("Photo illustration by Slate. Photo by David Dyer-Bennet.", "credits/photo-credit", "middle"),
    ("Tell us what YOU think...", "comments/tell-us-what-you-think", "middle"),
    ("[automerge]1574096160[/automerge]", "widgets/forum-automerge", "middle"),
    ("copyright Inexhibit 2019 - ISSN: 2283-5474", "copyright/copyright-name-year", "top"),
    ("November 20, 2019 - 11:28 AMT", "stamps/date-line", "top"),
    ("Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", "stamps/date-line", "top"),
]


@pytest.mark.parametrize(("line", "rule", "where"), FURNITURE)
def test_real_furniture_goes(line: str, rule: str, where: str) -> None:
    text = middle(line) if where == "middle" else top(line)
    plan = plan_removal(text)
    assert [r.name for r, _ in plan.removed.values()] == [rule]
    assert remove_boilerplate(text) == f"{P1}\n\n{P2}\n\n{P3}\n"


# Prose with the same words: it stays, alone on a line, in the middle and at the top.
LOOKALIKES = [
    "Media caption contests draw hundreds of entries every year.",
    "Image copyright is a thorny issue for the town's bloggers.",
    "By signing up, you agree to give the council your address, the clerk warned.",
    "Our news will meet your inbox only if you let it, the editor joked.",
    "Those who subscribe to the paper and stay in town get a discount.",
    "Click to tweet buttons were added to the council's site last year.",
    "The mayor gave his view on the plan [ INSIGHT ] at the meeting.",
    "Thanks for watching the ferry with us, the captain said.",
    "The photo illustration by the harbour office drew complaints from readers.",
    "November 20, 2019 - the day the ferry stopped - is remembered by all.",
    "Tell us what you think of the ferry plan by Friday, the mayor wrote.",
    "The forum's [automerge] tag joins two posts written a minute apart.",
    "Copyright law 2019 changes reached the harbour office late.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
@pytest.mark.parametrize("place", [middle, top])
def test_lookalike_prose_stays(line: str, place) -> None:
    assert remove_boilerplate(place(line)) == place(line)


TEASERS = [
    "The New Space Race",
    "Spacewalking into 'her-story'",
    "China completes landing test for its first Mars mission in 2020",
]


@pytest.mark.parametrize("heading", ["More:", "Related", "You may also like...", "Read next"])
def test_teaser_list_under_a_heading_goes(heading: str) -> None:
    text = f"{P1}\n\n{heading}\n\n" + "\n\n".join(TEASERS) + f"\n\n{P2}\n\n{P3}\n"
    plan = plan_removal(text)
    assert {r.name for r, _ in plan.removed.values()} >= {"related/teaser-list"}
    assert remove_boilerplate(text) == f"{P1}\n\n{P2}\n\n{P3}\n"


# Lines under a heading that are no teaser list: they stay.
NO_TEASER_LISTS = [
    # The heading atop the text, over the article's own headline and byline.
    f"Related\n\nHarbour Town Votes to Keep Its Old Ferry\n\nBy Marta Lindqvist\n\n{P1}\n\n{P2}\n",
    # One headline only.
    f"{P1}\n\nRelated\n\nThe New Space Race\n\n{P2}\n\n{P3}\n",
    # A label a caption or a list may follow ("Video"), not a related-stories heading.
    f"{P1}\n\nVideo\n\n" + "\n\n".join(TEASERS) + f"\n\n{P2}\n\n{P3}\n",
    # Two-word names ("Apple AirPods"), a product box's list.
    f"{P1}\n\nMore:\n\nApple AirPods\n\nSamsung Galaxy Buds\n\n{P2}\n\n{P3}\n",
]


@pytest.mark.parametrize("text", NO_TEASER_LISTS)
def test_no_teaser_list_stays(text: str) -> None:
    assert not any(r.name == "related/teaser-list" for r, _ in plan_removal(text).removed.values())
    assert P1 in remove_boilerplate(text) and P2 in remove_boilerplate(text)


def test_wrapped_paragraph_under_a_heading_is_no_teaser() -> None:
    heading = Rule("related", "related-label", "edge", "")
    lines = [P1, "More:", "The council of the small town", "voted to keep the ferry."]
    assert teaser_lines(lines, {1: heading}) == []
    assert teaser_lines(
        [*lines[:2], "The New Space Race", "Harbour Town Keeps Its Ferry"], {1: heading}
    ) == [2, 3]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Who will make the Rock Hall in 2020?", True),
        ("He left the town.", False),
        ("Embed", False),
        ("and then the ferry left", False),
    ],
)
def test_is_headline(line: str, headline: bool) -> None:
    assert is_headline(line) is headline


def test_teasers_over_the_bound_stay_and_the_rest_goes() -> None:
    teasers = [f"Harbour story number {n} of the long list of other stories" for n in range(12)]
    text = f"Subscribe now\n\n{P1}\n\nRelated\n\n" + "\n\n".join(teasers[:10]) + f"\n\n{P2}\n"
    out = remove_boilerplate(text)
    assert not out.startswith("Subscribe now")
    assert all(teaser in out for teaser in teasers[:10])
    assert remove_boilerplate(out) == out


KICKER_BLOCK = [
    "RANDY ANDY",
    "Andrew parties in unearthed pics despite claiming he avoids parties",
    "TIME TRAVELLER",
    "Conspiracy theorists say they've spotted a famous face in an old pic",
    "'NAÏVE AND TRUSTING'",
    "Harbour town gave the ferry one more year after a long meeting",
]


def test_kicker_teasers_go() -> None:
    article = f"{P1}\n\n{P2}\n\n{P3}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    text = f"{P1}\n\n" + "\n\n".join(KICKER_BLOCK) + "\n\n" + article[len(P1) + 2 :]
    plan = plan_removal(text)
    assert {r.name for r, _ in plan.removed.values()} == {"related/kicker-teasers"}
    assert remove_boilerplate(text) == article


# Headings in capitals over paragraphs or short lines that are no teaser block: they stay.
NO_KICKER_BLOCKS = [
    # Two pairs only.
    "\n\n".join(KICKER_BLOCK[:4]),
    # Headings in capitals over paragraphs (a recipe's sections).
    "\n\n".join(f"STEP {n}\n\n{P1}" for n in range(1, 4)),
    # A grammar's tokens in a code block (PEP 701), each name in capitals over its value.
    "Tokens:\n\n"
    + "\n".join(
        f"    {name} - '{value}'"
        for name, value in [("LBRACE", "{"), ("NAME", "a"), ("PLUS", "+"), ("NAME", "b")] * 2
    ),
    # A book's front matter.
    "EMMA\n\nBy Jane Austen\n\nVOLUME I\n\nCHAPTER I\n\n" + P1,
    # A wrapped paragraph under each heading.
    "\n".join(
        f"PART {n}\nThe council of the small harbour town voted on Tuesday\nnight to keep it."
        for n in "ABC"
    ),
]


@pytest.mark.parametrize("block", NO_KICKER_BLOCKS)
def test_no_kicker_block_stays(block: str) -> None:
    text = f"{P1}\n\n{block}\n\n{P2}\n\n{P3}\n"
    assert remove_boilerplate(text) == text


def test_kicker_starts_are_found_on_every_line() -> None:
    lines = ["x", "", *KICKER_BLOCK]
    assert kicker_teasers(lines, "\n".join(lines)) == list(range(2, 8))
    assert kicker_teasers(KICKER_BLOCK, "\n".join(KICKER_BLOCK)) == list(range(6))


# The kicker screen as first written: quadratic on a long line of another script with an
# ASCII lower-case letter late in it (178 s on a Russian novel), and reading every line of
# Chinese or Russian text. The screens that replaced it must find the same teaser blocks.
_FIRST_KICKER = r"[^a-z\n]*[^\W\d_a-z][^a-z\n]*"
FIRST_KICKER_START_RE = re.compile(
    rf"(?m)\n(?={_FIRST_KICKER}\n(?:[ \t]*\n)*[^\n]+\n(?:[ \t]*\n)*{_FIRST_KICKER}$)"
)
# Kickers, headlines and prose in three scripts and Chinese, and lines of pieces of them.
KICKER_LINES = ["RANDY ANDY", "ТАСС", "ΕΛΛΑΔΑ", "'NAÏVE'", "ÉTÉ", "Teaser headline here"]
KICKER_LINE_PIECES = [
    "a", "Z", " ", "Ж", "я", "Ω", "ω", "É", "é", "中", "9", "'", "\t", ".",
    "Новости дня о погоде", "The council met on Tuesday.", "他说。",
]  # fmt: skip
KICKER_TEST_LINES = st.one_of(
    st.sampled_from(KICKER_LINES),
    st.lists(st.sampled_from(KICKER_LINE_PIECES + KICKER_LINES), max_size=4).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(KICKER_TEST_LINES, min_size=6, max_size=14))
def test_the_kicker_screens_find_the_teasers_the_first_one_found(lines: list[str]) -> None:
    text = "\n".join(lines)
    found = kicker_teasers(lines, text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(teasers, "KICKER_START_ASCII_RE", FIRST_KICKER_START_RE)
        patch.setattr(teasers, "KICKER_START_RE", FIRST_KICKER_START_RE)
        assert found == kicker_teasers(lines, text)


# ASCII lines as an RFC has them: indented, ASCII art with no letter, capitals, prose.
ASCII_PIECES = ["   ", "+-+-+-+", "0 1 2", "|  Code  |", "RFC", "SNMP", "The end.", "x", "\t", "'"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(ASCII_PIECES), max_size=4).map("".join), max_size=14))
def test_the_ascii_kicker_screen_finds_what_the_general_one_finds(lines: list[str]) -> None:
    """Its letters that may be capitals are A-Z, found after a possessive run of the rest."""
    text = "\n" + "\n".join(lines)
    general = re.compile(teasers._kicker_start_pattern(teasers._KICKER_LINE))
    starts = [match.start() for match in teasers.KICKER_START_ASCII_RE.finditer(text)]
    assert starts == [match.start() for match in general.finditer(text)]


def test_the_kicker_screen_reads_no_line_of_russian_or_chinese_prose() -> None:
    lines = ["Жили-были дед да баба.", "ТАСС", "Жили-были.", "中文的句子。", "ОН", "他说。"]
    assert teasers._kicker_starts("\n".join(lines)) == []
    assert len(teasers._kicker_starts("\n".join(["RANDY", "x", "ANDY", "y", "ТАСС"]))) == 2


# Session 21: a list of linked stories an extractor wrote as empty list items (trafilatura:
# a bare "-" before each headline and its dek), from a tuning page of bench_furniture_real.
MARKED = [
    "-",
    "Pochettino fired by Tottenham",
    "Pochettino took the club to the Champions League final in June",
    "-",
    "Results from MLS Expansion Draft",
    "Here's what you need to know about the 2019 Major League Soccer Expansion Draft",
    "-",
    "Maradona out as coach of Gimnasia",
    "The coach would now be free to sign with another club",
    "-",
    "Who will replace Pochettino for Spurs?",
    "Here are some names to keep an eye on as Spurs look for a new manager",
]


def test_marked_teasers_go() -> None:
    prose = f"{P1}\n{P2}\n{P3}\n" * 2
    text = prose + "\n".join(MARKED) + "\n-\n" + prose
    assert remove_boilerplate(text) == prose * 2
    plan = plan_removal(text)
    assert {rule.name for rule, _ in plan.removed.values()} == {"related/marked-teasers"}


@pytest.mark.parametrize(
    "block",
    [
        # Two teasers are no list.
        MARKED[:6],
        # A bare marker before prose (a list of sentences): no teasers.
        ["-", P1, "-", "The council met on Tuesday.", "-", "It voted for the plan."],
        # Items with sentences, one a marker: an article's own list.
        ["-", "The first step.", "-", "The second step.", "-", "The third step."],
    ],
)
def test_no_marked_teaser_list_stays(block: list[str]) -> None:
    text = f"{P1}\n" + "\n".join(block) + f"\n{P2}\n{P3}\n"
    assert remove_boilerplate(text) == text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Mensagens » Mensagens de Autoestima » Só quem se Ama…", "navigation/crumb-trail"),
        ("Sport › Football › Premier League", "navigation/crumb-trail"),
        ("More:", "related/related-colon"),
        ("Related:", "related/related-colon"),
    ],
)
def test_session_21_furniture_goes_anywhere(line: str, rule: str) -> None:
    plan = plan_removal(middle(line))
    assert [r.name for r, _ in plan.removed.values()] == [rule]


@pytest.mark.parametrize("line", ["Jason Cipriani/ZDNet", "Amy K. Dragoo/AIMMEDIA"])
def test_a_name_credit_goes_at_the_edge_and_a_slashed_heading_stays_between_paragraphs(
    line: str,
) -> None:
    """A credit's shape alone between paragraphs is a section's heading as often (a 1978
    State of the Union: ``Defense Posture/Budget``), so the rule is an edge rule."""
    assert [r.name for r, _ in plan_removal(top(line)).removed.values()] == ["credits/name-credit"]
    assert not plan_removal(middle(line)).removed
    assert not plan_removal(middle("Defense Posture/Budget")).removed


@pytest.mark.parametrize(
    "line", ["Improving Our I/O Project", "Running an A/B Test", "Our A/B Test"]
)
def test_a_title_with_a_lone_letter_at_its_slash_is_no_name_credit(line: str) -> None:
    """The Rust book's chapter title ``## Improving Our I/O Project`` went as a credit: a
    name ends in a surname, never a lone letter at the slash (session 25)."""
    assert not plan_removal(top(line)).removed


@pytest.mark.parametrize(
    "line",
    [
        # French quotes, a trail of two parts, a slash inside a sentence.
        "« Il pleut », dit-elle, « et il fera froid » ce soir.",
        "Sport › Football",
        "Jason Cipriani wrote for ZDNet/CNET about phones for ten years.",
        "and/or",
        # A book's author line (speed corpus: War and Peace).
        "By Leo Tolstoy/Tolstoi",
        # A label without its colon may be a heading; with more after the colon, prose.
        "More",
        "More: the council also voted to keep the library open on Sundays.",
    ],
)
def test_session_21_lookalikes_stay(line: str) -> None:
    assert remove_boilerplate(middle(line)) == middle(line)


HEAD_WITH_BYLINE = [
    "Review",
    "16-inch MacBook Pro review: The keyboard is probably enough",
    "By Mike Wuerthele and Malcolm Owen",
    "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)",
]


def test_a_byline_does_not_end_the_top_edge_zone() -> None:
    # The dateline under a byline is the third line of the article's head: it goes; the
    # byline stays (bylines are content).
    text = "\n\n".join([*HEAD_WITH_BYLINE, P1, P2, P3]) + "\n"
    assert remove_boilerplate(text) == "\n\n".join([*HEAD_WITH_BYLINE[:3], P1, P2, P3]) + "\n"
    # A third line of the head that is no byline ends the zone: the dateline stays.
    head = [*HEAD_WITH_BYLINE[:2], "Keyboard and battery", HEAD_WITH_BYLINE[3]]
    text = "\n\n".join([*head, P1, P2, P3]) + "\n"
    assert remove_boilerplate(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "The WeWork logo is displayed outside of a co-working space in New York. Reuters",
        "The WeWork logo is displayed outside of a co-working space in New York.Reuters",
        "U.S. states where marijuana has been legalized for recreational use. Statista",
        "Protesters gather outside the parliament in Santiago on Tuesday. AFP",
    ],
)
def test_a_caption_ending_in_its_agency_goes_anywhere(line: str) -> None:
    plan = plan_removal(middle(line))
    assert [r.name for r, _ in plan.removed.values()] == ["credits/caption-agency"]


@pytest.mark.parametrize(
    "text",
    [
        # The agency named inside a sentence, or as a sentence's last word.
        "The report was confirmed by Reuters, and the minister resigned on the same day.",
        "The minister resigned on Tuesday, two officials told Reuters.",
        "Its figures on the market came from Statista. They were checked by AFP",
        # A hard-wrapped paragraph whose line ends in the agency's name.
        "The minister resigned on Tuesday after the vote, as first reported by AFP and\n"
        "Reuters. Several officials said so. The news came from Reuters\n"
        "correspondents in the capital, who had been there since the spring.",
    ],
)
def test_an_agency_in_prose_stays(text: str) -> None:
    assert remove_boilerplate(middle(text)) == middle(text)


def test_a_markdown_heading_on_the_first_line_is_the_title_not_a_label() -> None:
    """The Rust book's chapter ``## Comments`` lost its title as a comments section's label
    (session 25); the label still goes as the last line, and unmarked at the top."""
    assert not plan_removal(top("## Comments")).removed
    removed = plan_removal(f"{P1}\n\n{P2}\n\n{P3}\n\n## Comments\n").removed
    assert [rule.name for rule, _ in removed.values()] == ["comments/comments-label"]
    assert [rule.name for rule, _ in plan_removal(top("Comments")).removed.values()] == [
        "comments/comments-label"
    ]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["-", "", "a", " -", "- a", "--"]), max_size=12), st.booleans())
def test_bare_marker_lines_are_the_lines_that_are_a_bare_marker(
    lines: list[str], final_newline: bool
) -> None:
    # The lines as the plan splits its text: a final line feed ends the last line.
    text = "\n".join(lines) + "\n" * final_newline
    expected = [i for i, line in enumerate(lines) if line == teasers.BARE_MARKER]
    assert teasers._bare_marker_lines(text) == expected
