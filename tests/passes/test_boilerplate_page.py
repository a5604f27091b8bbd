"""The ``boilerplate`` pass on the full visible text of web pages (issue 13): the lines
around the article go by their place; books, verse, lists, markup, tables, code and CJK
text are never judged that way."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cleaner.guard import guard_boilerplate
from cleaner.passes.boilerplate import explain_boilerplate, plan_removal, remove_boilerplate
from cleaner.passes.boilerplate.around import is_link_line, page_furniture
from cleaner.passes.boilerplate.ended import ended_below
from cleaner.passes.boilerplate.page import (
    SHORT_RUN_RE,
    is_page_text,
    is_prose_line,
    page_article,
    teaser_summaries,
)

MENU = ["Home", "Local", "Police Reports", "Politics", "Business", "Sports", "Entertainment"]
MENU += ["Obituaries", "Classifieds", "Jobs", "Weather", "Events"]
HEADLINES = [
    "Lighthouse reopens after a year of repairs",
    "School board delays vote on new bus routes",
    "Fishing season opens with record catches",
    "Bakery on Main Street closes after forty years",
]
FOOTER = ["About Us", "Contact Us", "Careers", "Advertise with Us", "Terms of Use", "Site Map"]
PROSE = [
    "The council of the small harbour town voted on Tuesday night to keep the old ferry "
    "running for at least five more years, after a meeting that lasted four hours.",
    "More than two hundred residents came to the meeting, and many of them wrote letters "
    "to the mayor before it; some only signed their names at the door.",
    "The harbour master will now ask the regional government for help with repairs to the "
    "hull, which has not been painted since the ferry was bought in 1988.",
    "The mayor said the town could not afford a new boat before the bridge was finished, "
    "and that the ferry had carried more than a million passengers since it first sailed.",
]
TITLE = "Ferry Kept Running for Five More Years | Harbour News"
TOP = [TITLE, "", *MENU, "", *HEADLINES, "", "Local", "Council"]
HEAD = ["Ferry Kept Running for Five More Years", "By Anna Martin, Staff Writer", "Harbour"]
ARTICLE = [PROSE[0], "", PROSE[1], "", "What happens next", "", PROSE[2], "", PROSE[3]]
BOTTOM = ["", "Photo: Anna Martin", "Comments (3)", "", "Most Popular", *HEADLINES, "", *FOOTER]


def page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


FULL_PAGE = page(TOP, HEAD, [""], ARTICLE, BOTTOM)


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        (PROSE[0], True),
        ("Short and to the point.", False),
        (
            "Fairfield's Late Rally Falls Short In Young's Debut As Coach Of The Team Last Night",
            False,
        ),
        ("word " * 30, False),  # no sentence in it
    ],
)
def test_is_prose_line(line: str, prose: bool) -> None:
    assert is_prose_line(line) is prose


@pytest.mark.parametrize(
    ("line", "link"),
    [
        ("Contact Us", True),
        ("Lighthouse reopens after a year of repairs", True),
        ("icon chevron down", True),
        ("He left the room.", False),  # a sentence
        ("Here is how:", False),
        ("- Contact Us", False),  # a list item
        ("3. Contact Us", False),
        ("1 Kyle Busch 5040 5 1 17 27", False),  # a table row
        ("and the wind blew over the hills", False),  # goes on a sentence
        ("×", False),
        ("One two three four five six seven eight nine ten eleven twelve thirteen", False),
    ],
)
def test_is_link_line(line: str, link: bool) -> None:
    assert is_link_line(line) is link


def test_a_full_page_is_page_text() -> None:
    lines = FULL_PAGE.splitlines()
    assert is_page_text(lines)
    article = page_article(lines, FULL_PAGE)
    assert article is not None
    assert (lines[article.first], lines[article.last]) == (PROSE[0], PROSE[3])


def test_a_menu_parted_by_bars_is_a_page_s() -> None:
    """html-text writes a menu of links parted by bars as ``News |`` lines: no table rows
    (a table's cells hold figures: ``63 |``, see ``NOT_PAGES``)."""
    barred = [TITLE, "", *[f"{item} |" for item in MENU], "|", "", *HEADLINES, "", "Local"]
    lines = page(barred, HEAD, [""], ARTICLE, BOTTOM).splitlines()
    assert is_page_text(lines)


def test_menus_of_bars_on_one_line_are_a_page_s() -> None:
    """The Hindu's menus, each on one line that starts with no bar (``News: ePaper | Front
    Page | National |``): no table rows, whose first cell follows a bar."""
    menus = [" | ".join(MENU[k : k + 4]) + " |" for k in range(0, len(MENU), 4)]
    sites = ["Group Sites: " + " | ".join(FOOTER)] * 2
    top = [TITLE, "", *menus, "", *HEADLINES, "", *MENU, ""]
    lines = page(top, HEAD, [""], ARTICLE, ["", *sites], BOTTOM).splitlines()
    assert is_page_text(lines)
    assert not is_page_text([f"| {line}" if "|" in line else line for line in lines])


def test_a_menu_of_arrowed_items_is_a_page_s() -> None:
    """A menu whose items html-text writes after an arrow (``> Home Cinema``): no Markdown
    quotes, being short lines of letters; a quote of prose still is one."""
    arrowed = [TITLE, "", *[f"> {item}" for item in MENU], "", *HEADLINES, "", *MENU]
    lines = page(arrowed, HEAD, [""], ARTICLE, BOTTOM).splitlines()
    assert is_page_text(lines)
    assert not is_page_text([f"> {line}" if line in PROSE else line for line in lines * 2])


NOT_PAGES = {
    "a clean article": page(["Ferry Kept Running", ""], ARTICLE),
    "prose, one paragraph a line": page(*[[p, ""] for p in PROSE * 12]),
    "a hard-wrapped book": page(
        *[["It was a bright cold day in April, and the clocks were striking", "thirteen."]] * 40
    ),
    "verse": page(
        [PROSE[0], "", PROSE[1], "", PROSE[2], ""],
        ["I wandered lonely as a cloud", "That floats on high o'er vales and hills,"] * 20,
    ),
    "Markdown": page(
        ["# Ferry", ""], *[[f"## {item}", "", PROSE[0], ""] for item in MENU], MENU * 2
    ),
    "reStructuredText and code": page(
        [PROSE[0], "", PROSE[1], "", PROSE[2], ""], ["   >>> run()", "   Done", *MENU] * 5
    ),
    "a table": page([PROSE[0], "", PROSE[1], "", PROSE[2], ""], ["| DL |", "Larry |", "63 |"] * 20),
    "code": page([PROSE[0], "", PROSE[1], "", PROSE[2], ""], ["fn main() {", "run();", "}"] * 20),
    "Chinese": page(
        ["首页", "新闻", "体育", "财经", "天气", "招聘"] * 8, ["市议会周二晚投票决定。" * 12] * 4
    ),
    "too long for a page": page(TOP, HEAD, [""], ARTICLE * 700, BOTTOM),
}


@pytest.mark.parametrize("name", NOT_PAGES)
def test_other_texts_are_no_page_text(name: str) -> None:
    text = NOT_PAGES[name]
    assert page_article(text.splitlines(), text) is None
    assert not any(
        rule.family == "page-text"
        for rule, _ in plan_removal(text, page_text=True).removed.values()
    ), name


def test_the_furniture_around_the_article_goes() -> None:
    # The four lines right above the article stay (one of them a breadcrumb here), and so
    # does the photo's credit right below its last paragraph.
    expected = page([TITLE, "", "Council"], HEAD, [""], ARTICLE, BOTTOM[:2])
    assert remove_boilerplate(FULL_PAGE, page_text=True) == expected
    assert guard_boilerplate(FULL_PAGE, expected) is None  # whole lines only
    assert remove_boilerplate(expected, page_text=True) == expected  # idempotent


def test_what_stays_above_and_below_the_article() -> None:
    lines = FULL_PAGE.splitlines()
    article = page_article(lines, FULL_PAGE)
    assert article is not None
    gone = {lines[i] for i in page_furniture(lines, article)}
    assert TITLE not in gone  # the page's title, and the headline repeating it
    assert not gone & set(HEAD)  # the lines right above the article
    assert set(MENU) | set(HEADLINES) | set(FOOTER) <= gone
    assert not gone & set(ARTICLE)


def test_a_list_that_ends_the_article_stays() -> None:
    books = ["The History of Jazz, by Ted Gioia", "Blues People, by Amiri Baraka"]
    books += ["Really the Blues, by Mezz Mezzrow", "Jazz on Record, by Brian Priestley"]
    below = ["", "Books About the Music", *books, "", "Comments (3)", "", *FOOTER]
    kept = remove_boilerplate(page(TOP, HEAD, [""], ARTICLE, below), page_text=True).splitlines()
    assert all(line in kept for line in ["Books About the Music", *books])
    assert "Site Map" not in kept


def test_list_items_and_prose_outside_the_article_stay() -> None:
    items = [f"- {item}" for item in ("Flour", "Water", "Salt", "Yeast")]
    text = page(TOP, ["", *items, "", PROSE[1]], HEAD, [""], ARTICLE, BOTTOM)
    kept = remove_boilerplate(text, page_text=True).splitlines()
    assert all(item in kept for item in items)
    assert "Weather" not in kept


def test_explain_names_the_rule_and_the_article() -> None:
    notes = explain_boilerplate(
        FULL_PAGE, remove_boilerplate(FULL_PAGE, page_text=True), page_text=True
    )
    assert "removed line 3 'Home': page-text/before-article (strong, page text, its article" in (
        "\n".join(notes)
    )
    assert any("'Site Map': page-text/after-article" in note for note in notes)


def test_rules_can_be_disabled_and_lines_kept() -> None:
    disabled = ("page-text/before-article", "page-text/after-article")
    plan = plan_removal(FULL_PAGE, disable=disabled, page_text=True)
    assert not any(rule.family == "page-text" for rule, _ in plan.removed.values())
    kept = remove_boilerplate(FULL_PAGE, keep_patterns=("Jobs",), page_text=True)
    assert "Jobs" in kept.splitlines() and "Weather" not in kept.splitlines()


def test_the_bound_judges_the_rules_on_what_the_page_furniture_leaves() -> None:
    # Most of the page's letters are furniture that goes by its place: the bound judges
    # only what the rules remove, against the text that furniture leaves. (The photo's
    # credit goes when it is not right below a paragraph.)
    text = page(TOP, HEAD, [""], ARTICLE, ["", "Comments (3)", *BOTTOM[1:2], *BOTTOM[3:]])
    plan = plan_removal(text, page_text=True)
    assert not plan.tripped
    by_place = [i for i, (rule, _) in plan.removed.items() if rule.family == "page-text"]
    by_rule = [i for i, (rule, _) in plan.removed.items() if rule.family != "page-text"]
    assert by_place and by_rule
    tripped = plan_removal(text, max_removed_share=0.0, page_text=True).tripped
    assert tripped.startswith(f"removing {len(by_rule)} line(s)")
    assert "around the page's furniture" in tripped
    assert plan_removal(text, max_removed_share=0.0).tripped.startswith("removing")


def test_a_menu_under_a_wrapped_headline_goes_in_the_first_run() -> None:
    # "Home" goes on the headline above it (a wrapped line), so it stays; it once held
    # back the menu after it ("Local") and lent its strength to a bar with the last
    # "Home", which went: the second run, without that "Home", removed the menu.
    # (hypothesis' example, not derandomized: fixtures/boilerplate-page-text-wrapped-menu.)
    # The menu's three lines are strong, so the "Home" lines next to it go with it.
    below = [HEADLINES[0], "Home", "Home", "Local", "Local", "Local", "", "Home", PROSE[0]]
    text = page([TITLE, ""], ["Home"] * 30, [""], PROSE[:3], PROSE[:1] * 3, [""], below)
    once = remove_boilerplate(text, page_text=True)
    assert remove_boilerplate(once, page_text=True) == once
    assert "Local" not in once.splitlines()
    assert [HEADLINES[0], "Home", ""] == once.splitlines()[-4:-1]
    assert guard_boilerplate(text, once) is None


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(MENU + HEADLINES + FOOTER + [""]), min_size=30, max_size=60),
    st.lists(st.sampled_from([*PROSE, "What happens next", ""]), min_size=3, max_size=12),
    st.lists(st.sampled_from(MENU + HEADLINES + FOOTER + PROSE[:1] + [""]), max_size=40),
)
def test_removing_twice_is_removing_once(
    top: list[str], body: list[str], bottom: list[str]
) -> None:
    text = page([TITLE, ""], top, [""], PROSE[:3], body, [""], bottom)
    assume(page_article(text.splitlines(), text) is not None)
    once = remove_boilerplate(text, page_text=True)
    assert remove_boilerplate(once, page_text=True) == once
    assert guard_boilerplate(text, once) is None


def test_with_page_text_the_bound_leaves_out_menus_around_an_article() -> None:
    # Menus hold more than max_removed_share of the letters: by default the bound keeps
    # them; with page_text the menus go by their form when an article (prose) stays.
    text = page(MENU, [""], FOOTER, [""], MENU, [""], PROSE[:3])
    menu_lines = {i for i, line in enumerate(text.splitlines()) if line in MENU + FOOTER}
    assert "Politics\nBusiness" in remove_boilerplate(text)
    plan = plan_removal(text, page_text=True)
    assert not plan.tripped and menu_lines <= set(plan.removed)
    assert remove_boilerplate(text, page_text=True) == page(PROSE[:3])
    # Without an article (two prose lines), the menus count as any line.
    short = page(MENU, [""], FOOTER, [""], MENU, [""], PROSE[:2])
    assert "Politics\nBusiness" in remove_boilerplate(short, page_text=True)


def test_a_paragraph_the_page_repeats_is_no_article() -> None:
    # A footer's disclaimer, above the page's menus and again below them, is prose but
    # not the article: the menus between the article and its second copy are below it
    # (and no longer inside it, where they counted in the bound).
    notice = (
        "This material may not be published, broadcast, rewritten, or redistributed, and "
        "quotes are delayed at least fifteen minutes by the exchanges that provide them. "
        "Market data is provided by the exchanges; mutual fund data by the funds' sponsors."
    )
    text = page([TITLE, "", notice, ""], MENU, HEAD, [""], ARTICLE, ["", "Comments (3)", ""])
    text += page(MENU, HEADLINES, FOOTER, ["", notice])
    lines = text.splitlines()
    article = page_article(lines, text)
    assert article is not None
    assert (lines[article.first], lines[article.last]) == (PROSE[0], PROSE[3])


def test_a_sign_in_widgets_placeholders_are_no_code() -> None:
    # A sign-in widget's template placeholders (``{* name *}``) and a comment policy's
    # clauses ending in a semicolon are a page's text, not code: the page is still one.
    widget = ["{* #signInForm *} {* emailAddress *}", "{* signInButton *}", "{* /signInForm *}"]
    policy = ["contains insults or threats to other users;", "promotes hatred of any kind;"]
    text = page(TOP, HEAD, [""], ARTICLE, BOTTOM, ["", *widget * 2, "", *policy])
    lines = text.splitlines()
    assert page_article(lines, text) is not None
    assert "Politics" not in remove_boilerplate(text, page_text=True).splitlines()
    # Code is still code: braces and statements ending in a semicolon.
    code = ["if (ready) {", "x = run();", "return;", "}"]
    text = page(TOP, HEAD, [""], ARTICLE, BOTTOM, ["", *code * 2])
    assert page_article(text.splitlines(), text) is None


def test_a_page_of_menus_around_one_paragraph_is_page_text() -> None:
    # A site whose menus are three quarters of its lines or more: its one paragraph of
    # prose is the article, and the menus above it go.
    menus = [f"{item}{more}" for more in ("", " News", " Events", " Archive") for item in MENU]
    text = page([TITLE, ""], menus, [""], HEAD, [""], [PROSE[0]], BOTTOM)
    lines = text.splitlines()
    article = page_article(lines, text)
    assert article is not None and lines[article.first] == PROSE[0]
    kept = remove_boilerplate(text, page_text=True).splitlines()
    assert PROSE[0] in kept and HEAD[0] in kept and "Politics Events" not in kept
    # With fewer short lines (lines of ten words or more between them), one paragraph is
    # not enough: the text is not judged as a page.
    note = "the ferry leaves the harbour at nine and comes back at six"
    notes = [f"Note {n}: {note}" for n in range(30)]
    text = page([TITLE, ""], menus[:30], [""], notes, [""], HEAD, [""], [PROSE[0]], BOTTOM)
    assert page_article(text.splitlines(), text) is None


def test_a_page_of_two_paragraphs_amid_two_thirds_short_lines_is_page_text() -> None:
    # A blog's post of two paragraphs between menus, with a box of longer notes: 68% of
    # its lines are short (Dragnet's tuning pages: 65-74%), under the three quarters that
    # a page with fewer than three prose lines once needed.
    menus = [f"{item}{more}" for more in ("", " News") for item in MENU]
    note = "the ferry leaves the harbour at nine and comes back at six"
    notes = [f"Note {n}: {note}" for n in range(14)]
    article = [PROSE[0], "", PROSE[1]]
    text = page([TITLE, ""], menus, [""], notes, [""], HEAD, [""], article, BOTTOM)
    lines = text.splitlines()
    found = page_article(lines, text)
    assert found is not None and (lines[found.first], lines[found.last]) == (PROSE[0], PROSE[1])
    kept = remove_boilerplate(text).splitlines()
    assert "Police Reports" not in kept and all(line in kept for line in article + notes)


def test_an_archive_of_months_with_counts_is_a_run_of_links() -> None:
    # An archive's months with their counts of posts, above the article, go by their place
    # as any run of links; table rows (numbers in most words) below the last run of links
    # are no links: they stay.
    months = ["January", "February", "March", "April", "May", "June", "July", "August"]
    archive = ["Archive", "2019", *[f"{m} ({n})" for n, m in enumerate(months, 40)]]
    text = page(TOP, [""], archive, [""], HEAD, [""], ARTICLE, BOTTOM)
    lines = text.splitlines()
    article = page_article(lines, text)
    assert article is not None
    placed = {lines[i] for i in page_furniture(lines, article)}
    assert "March (42)" in placed and "Politics" in placed
    rows = [f"Ward {n} {n * 3} ({n * 7})" for n in range(1, 9)]
    text = page(TOP, [""], rows, [""], HEAD, [""], ARTICLE, BOTTOM)
    lines = text.splitlines()
    article = page_article(lines, text)
    assert article is not None
    placed = {lines[i] for i in page_furniture(lines, article)}
    assert "Politics" in placed and not placed & set(rows)


COMMENTS = [
    "The ferry is the only way most of us can get to the market on the other side of the "
    "bay, so this is very good news for the whole island and for the shops.",
    "I would rather they spent the money on the bridge, which has been waiting for years "
    "now, but I suppose the old boat will have to do until it is finished.",
]


def test_the_comments_inside_the_article_end_it() -> None:
    # Readers' comments are prose: the article seems to run on through them. A strong
    # comments rule inside it ("2 responses to ...") ends it there: the lines below go
    # (the commenters' names, the dates), the comments' prose stays.
    comments = ['2 responses to "Ferry Kept Running"', ""]
    for n, comment in enumerate(COMMENTS):
        comments += [f"harbourfan{n} says:", f"June {n + 4}, 2019 at 6:34 am", "", comment, ""]
    text = page(TOP, HEAD, [""], ARTICLE, [""], comments, BOTTOM)
    kept = remove_boilerplate(text, page_text=True).splitlines()
    assert all(line in kept for line in ARTICLE)
    assert "harbourfan1 says:" not in kept and "June 5, 2019 at 6:34 am" not in kept
    assert COMMENTS[1] in kept
    assert remove_boilerplate("\n".join(kept) + "\n", page_text=True) == "\n".join(kept) + "\n"
    # A label ("Comments", a share bar's link) inside the article ends nothing: the
    # heading under it stays.
    article = [*ARTICLE[:4], "Comments", "", *ARTICLE[4:]]
    text = page(TOP, HEAD, [""], article, [""], comments, BOTTOM)
    assert "What happens next" in remove_boilerplate(text, page_text=True).splitlines()


def test_a_footers_copyright_inside_the_article_ends_it() -> None:
    # Other stories' headlines and summaries under a footer's copyright (summaries are
    # prose: the article seems to run on): the copyright ends the article, the headlines
    # below go; the summaries (prose) stay.
    teasers = []
    for headline, summary in zip(HEADLINES, COMMENTS * 2, strict=True):
        teasers += [headline, "", summary, "", "2H ago", ""]
    footer = ["© 2019 Harbour News. All rights reserved.", ""]
    text = page(TOP, HEAD, [""], ARTICLE, [""], footer, teasers, BOTTOM)
    kept = remove_boilerplate(text, page_text=True).splitlines()
    assert all(line in kept for line in ARTICLE)
    assert HEADLINES[2] not in kept and COMMENTS[0] in kept
    # A caption's credit that only holds the phrase ends nothing: the heading under it stays.
    credit = "The ferry at the quay. Photo by Anna Martin, all rights reserved"
    article = [*ARTICLE[:4], credit, "", *ARTICLE[4:]]
    text = page(TOP, HEAD, [""], article, [""], footer, teasers, BOTTOM)
    assert "What happens next" in remove_boilerplate(text, page_text=True).splitlines()


@pytest.mark.parametrize(
    ("stamp", "filler"),
    [
        ("11/20/2019 01:14 PM", True),
        ("11/20/2019", True),
        ("32M ago", True),
        ("updated 15M ago", True),
        ("2 hours ago", True),
        ("Open 11/20/2019 from 10:00.", False),  # a sentence about a date
        ("Tickets: 12, 15 and 20", False),
    ],
)
def test_time_stamps_between_links_keep_a_run(stamp: str, filler: bool) -> None:
    # Other stories below the article, each a headline and a time stamp: a run of links,
    # filler between them.
    below = [line for headline in HEADLINES * 2 for line in (headline, stamp)]
    text = page(TOP, HEAD, [""], ARTICLE, ["", "Photo: Anna Martin", ""], below, FOOTER)
    lines = text.splitlines()
    article = page_article(lines, text)
    assert article is not None
    # (The footer's links a phrase rule matches show that the article has ended there.)
    marks = [lines.index("About Us")]
    placed = {
        lines[i]
        for i in page_furniture(lines, article, marked=set(marks).__contains__)
        if i > article.last
    }
    assert (HEADLINES[2] in placed) is filler
    assert "Site Map" in placed


def test_a_line_above_the_article_naming_its_topic_stays() -> None:
    # A line among the menus whose words (three or more of three letters or more) are all
    # words of the article's prose is a heading of the article's; the menu items go.
    top = [TITLE, "", *MENU[:6], "Harbour Ferry Repairs", *MENU[6:], "", *HEADLINES, ""]
    text = page(top, ["Local", "Council"], HEAD, [""], ARTICLE, BOTTOM)
    once = remove_boilerplate(text, page_text=True)
    kept = once.splitlines()
    assert "Harbour Ferry Repairs" in kept
    assert "Police Reports" not in kept and HEADLINES[0] not in kept
    assert remove_boilerplate(once, page_text=True) == once
    # Two such words are no heading (a menu's "Local Harbour"), nor words the prose lacks.
    for line in ("Harbour Ferry", "Harbour Ferry Timetable"):
        top[6] = line
        text = page(top, ["Local", "Council"], HEAD, [""], ARTICLE, BOTTOM)
        assert line not in remove_boilerplate(text, page_text=True).splitlines()


def test_a_menu_item_inside_the_article_naming_its_topic_stays() -> None:
    # A block of tags inside the article, matched by its form (a menu block): the tag whose
    # words are all the prose's stays, the other tags go.
    tags = ["Related", "", "harbour", "Ferry Hull Repairs", "Regional Government"]
    tags += ["Town Council", "Bridge Plans", "", "Tweet", "Share", ""]
    text = page(TOP, HEAD, [""], [*ARTICLE[:4], *tags, *ARTICLE[4:]], BOTTOM)
    once = remove_boilerplate(text, page_text=True)
    kept = once.splitlines()
    assert "Ferry Hull Repairs" in kept
    assert "Regional Government" not in kept and "Tweet" not in kept
    assert remove_boilerplate(once, page_text=True) == once


def test_a_credit_or_notice_right_below_a_paragraph_stays() -> None:
    # A photo's credit or a wire story's copyright right below a paragraph is the
    # paragraph's (the article's last line, on many pages); a footer's follows its links.
    notice = "Copyright 2019 Harbour News. All rights reserved."
    footer = ["", "Privacy Policy", "© 2019 Harbour News Group", "Terms of Use"]
    for note in ("Photo: Anna Martin", notice):
        text = page(TOP, HEAD, [""], ARTICLE, ["", note], BOTTOM[2:], footer)
        once = remove_boilerplate(text, page_text=True)
        kept = once.splitlines()
        assert note in kept and "© 2019 Harbour News Group" not in kept
        assert "Most Popular" not in kept and "Site Map" not in kept
        assert remove_boilerplate(once, page_text=True) == once
    # Other stories' summaries (prose) below the notice: it ends the article, and stays.
    teasers = []
    for headline, summary in zip(HEADLINES, COMMENTS * 2, strict=True):
        teasers += [headline, "", summary, "", "2H ago", ""]
    text = page(TOP, HEAD, [""], ARTICLE, ["", notice, ""], teasers, BOTTOM[4:], footer)
    kept = remove_boilerplate(text, page_text=True).splitlines()
    assert notice in kept and HEADLINES[2] not in kept
    # Below a line that ends no paragraph (a heading, a label), the credit goes.
    text = page(TOP, HEAD, [""], ARTICLE, ["", "Comments (3)", "Photo: Anna Martin"], BOTTOM[4:])
    assert "Photo: Anna Martin" not in remove_boilerplate(text, page_text=True).splitlines()


EVENT = ["Event details", "Saturday, May 4", "7pm to 10pm", "Harbour Hall", "Quay Street"]
EVENT += ["Tickets from the harbour office", "Free Entry"]


@pytest.mark.parametrize("ends", [["Most Popular"], ["Home"], ["Share this:"]])
def test_a_box_below_the_article_stays_until_the_page_shows_its_end(ends: list[str]) -> None:
    # An event's box right below the article reads as a run of links, one with the
    # other stories' run below it. It is no proof that the article has ended: the lines
    # below go from a line a phrase rule knows, or from a link the page shows above too.
    below = ["", *EVENT, *ends, *HEADLINES, "", *FOOTER]
    text = page(TOP, HEAD, [""], ARTICLE, below)
    once = remove_boilerplate(text, page_text=True)
    kept = once.splitlines()
    assert all(line in kept for line in EVENT)
    assert HEADLINES[2] not in kept and "Site Map" not in kept
    assert remove_boilerplate(once, page_text=True) == once
    assert guard_boilerplate(text, once) is None


def test_links_below_the_article_that_the_page_does_not_repeat_stay() -> None:
    # No line below the article that a rule knows, no link the page shows elsewhere: they
    # stay; from a line a phrase rule knows on, they go.
    below = ["", *EVENT, "Ferry Timetable", "Harbour Map", "", *FOOTER]
    text = page(TOP, HEAD, [""], ARTICLE, below)
    lines = text.splitlines()
    article = page_article(lines, text)
    assert article is not None
    assert not [i for i in page_furniture(lines, article) if i > article.last]
    marks = [lines.index("Quay Street")]
    placed = {
        lines[i]
        for i in page_furniture(lines, article, marked=set(marks).__contains__)
        if i > article.last
    }
    assert placed == {*EVENT[4:], "Ferry Timetable", "Harbour Map", *FOOTER}


def test_a_page_whose_article_is_hard_wrapped_is_no_page_text() -> None:
    # Its article holds no prose line, so the article would be sought in the comments
    # below it, and the article swept above them with the related stories' links.
    comments = [
        "I grew up in this town and took that ferry to school every morning; it would be a "
        "shame to lose it now.",
        "Five more years is not enough, the council should have found the money for a new "
        "boat a long time ago.",
        "The meeting was far too long and most of the people who spoke did not even live "
        "near the harbour anyway.",
    ]
    wrapped = [line for paragraph in PROSE for line in [*textwrap.wrap(paragraph, 60), ""]]
    related = ["Related", *HEADLINES, *HEADLINES[::-1], "", "3 Comments", ""]
    text = page(TOP, HEAD, [""], wrapped, related, comments, BOTTOM)
    assert not is_page_text(text.splitlines())
    kept = remove_boilerplate(text, page_text=True).splitlines()
    assert all(line in kept for line in wrapped)


def test_a_list_of_posts_with_bylines_is_no_wrapped_article() -> None:
    """A list of posts, each headline over its byline (Dragnet's blogs: ``Carlos Gomez To
    Start Today, Shaun Marcum To Start Game 2`` over ``by Kyle Lobner 3 months ago``), or a
    comment over its link's address, reads as no hard-wrapped paragraph: the page is still
    a page's text, and its menus go by default."""
    posts = [
        "Harbour Master Asks Regional Government For Help With Hull Repairs",
        "Lighthouse Reopens After A Year Of Repairs, Keepers Return In May",
        "School Board Delays Vote On New Bus Routes Until After The Summer",
        "Fishing Season Opens With Record Catches Along The Northern Coast",
        "Bakery On Main Street Closes After Forty Years, Owners Say Goodbye",
        "Rowing Club Celebrates Its Hundredth Year With A Regatta On Sunday",
    ]
    bylined = [line for post in posts for line in (post, "by Anna Martin 3 months ago")]
    comment = "I grew up in this town and took that ferry to school every morning for years"
    linked = [comment, "http://harbour.example.com/social/anna/ferry-kept-running"] * 6
    text = page(TOP, HEAD, [""], ARTICLE, ["", "Recent Posts"], bylined, linked, BOTTOM)
    assert is_page_text(text.splitlines())
    kept = remove_boilerplate(text).splitlines()
    assert "Police Reports" not in kept and "Terms of Use" not in kept
    assert all(line in kept for line in ARTICLE)


def test_tags_and_comment_heads_ending_in_commas_are_no_verse() -> None:
    """A list of tags each ending in a comma (msnbc's blogs: ``gulf-oil-spill,``) and
    comments' heads (``Jacob said,``) end no clause: the page is still a page's text. Verse
    (``NOT_PAGES``) still is none."""
    tags = ["Explore related topics:", *[f"{item.lower().replace(' ', '-')}," for item in MENU]]
    comments = [
        line
        for name in ("Jacob", "Debbie M", "Three Pipe Problem")
        for line in (
            f"{name} said,",
            "The ferry should have been replaced ten years ago, to be honest.",
        )
    ]
    text = page(TOP, HEAD, [""], ARTICLE, ["", *tags, "", *comments * 2], BOTTOM)
    assert is_page_text(text.splitlines())
    kept = remove_boilerplate(text).splitlines()
    assert "Police Reports" not in kept and all(line in kept for line in ARTICLE)


def test_a_page_with_a_long_thread_of_comments_is_page_text() -> None:
    # 250 KB: Dragnet's two longest tuning pages (239 and 251 KB) hold long threads.
    thread = [
        line
        for n in range(1100)
        for line in ("Jacob says:", f"July {n % 28 + 1}, 2012", f"{PROSE[n % 4]} ({n})", "Reply")
    ]
    text = page(TOP, HEAD, [""], ARTICLE, ["", "Comments"], thread, BOTTOM)
    assert 200_000 < len(text) < 300_000
    assert page_article(text.splitlines(), text) is not None


def test_a_page_s_bound_is_higher_than_a_text_s() -> None:
    """A page's full text whose short article sits amid two teaser lists: with them, 45% of
    the letters the rules judge would go. The bound on a page (``PAGE_BOUND_FACTOR`` times
    ``max_removed_share``) lets them go; under a text's bound they stayed (the teaser
    rules were set aside). (A test, not a fixture: a new fixture changes the fuzz draws.)"""
    from pathlib import Path

    from cleaner.passes.boilerplate.bound import PAGE_BOUND_FACTOR

    path = Path(__file__).resolve().parent.parent / "data" / "page_teasers_over_text_bound.txt"
    text = path.read_text(encoding="utf-8")
    teaser = "Harbour festival moves to August"
    cleaned = remove_boilerplate(text).splitlines()
    assert teaser not in cleaned and "Rowing club celebrates its hundredth year" not in cleaned
    as_a_text = remove_boilerplate(text, max_removed_share=0.3 / PAGE_BOUND_FACTOR)
    assert teaser in as_a_text.splitlines()
    assert remove_boilerplate("\n".join(cleaned) + "\n") == "\n".join(cleaned) + "\n"


LONG_HEAD = "Nuclear safety watchdog head fired for 'lack of leadership': minister"


@pytest.mark.parametrize(
    ("lines", "teasers"),
    [
        # Two or more summaries in a row, each under a headline of up to 15 words; the
        # list's last summary has a blank line after it (L3S-GN1's CBC pages).
        ([LONG_HEAD, PROSE[0], LONG_HEAD, PROSE[1], ""], [1, 3]),
        (["Related", LONG_HEAD, PROSE[0], LONG_HEAD, PROSE[1], LONG_HEAD, PROSE[0]], [2, 4, 6]),
        # A summary between two short lines, as before.
        (["Ferry Kept", PROSE[0], "2H ago"], [1]),
        # One paragraph under its heading is no list: an article's section.
        (["", LONG_HEAD, PROSE[0], "", PROSE[1], ""], []),
        # An article's paragraphs set apart by blank lines.
        ([LONG_HEAD, "", PROSE[0], "", LONG_HEAD, "", PROSE[1]], []),
        # Two paragraphs in a row under one heading: the second has no headline over it.
        (["", LONG_HEAD, PROSE[0], PROSE[1], ""], []),
        # A headline of more than 15 words over each: no list of headlines.
        ([f"{LONG_HEAD} and seven more of its words said here", PROSE[0]] * 2 + [""], []),
    ],
)
def test_teaser_summaries(lines: list[str], teasers: list[int]) -> None:
    assert sorted(teaser_summaries(lines)) == teasers


STORIES = [
    "Lighthouse on the north point reopens after a year of repairs",
    "School board delays its vote on the new bus routes",
    "Fishing season opens with the biggest catches in years",
    "Bakery on Main Street closes after forty years",
    "Storm damages the old pier at Northgate overnight",
    "Harbour festival draws a record crowd of visitors",
]


@pytest.mark.parametrize(
    ("below", "end"),
    [
        # Six different headlines, time stamps between: other stories; the end is the first.
        (["Harbour Hall", *(x for s in STORIES for x in ("15:44", s))], 2),
        (["Harbour Hall", "Quay Street", *STORIES], 2),
        # Five are too few; one headline six times is no list of stories.
        (["Harbour Hall", "Quay Street", *STORIES[:5]], None),
        (["Harbour Hall", "Quay Street", *[STORIES[0]] * 6], None),
        # Names and their schools, an article's own list, are no headlines.
        (["Harbour Hall", *(f"Ely Allen {n} (University of Ohio)" for n in range(6))], None),
        # An event's box of short lines: no proof.
        (["Harbour Hall", "Quay Street", "Thursday, December 5", "7pm to 9pm", "Tickets"], None),
    ],
)
def test_a_list_of_headlines_ends_the_article(below: list[str], end: int | None) -> None:
    lines = [PROSE[0], *below]
    runs = [list(range(1, len(lines)))]
    found = ended_below(lines, runs, list(range(len(lines))), lambda i: False, 0)
    assert found == (None if end is None else end + 1)


@pytest.mark.parametrize(("names", "found"), [(6, False), (9, True)])
def test_page_screen_reads_deeply_indented_short_lines_once(names: int, found: bool) -> None:
    """Session 41 (bench_damage.py --seed 424242, RFC 4679's title page, its lines indented
    40 to 60 spaces): the quick screen's run of short lines could part each line's
    indentation between a blank line's spaces and the line's characters in every way,
    all tried where the run falls short (190 s for 7,000 characters; a run of six such
    lines, days). Each line is read one way now, and a run long enough is still found."""
    lines = "".join(" " * 60 + f"Author {i}\n" for i in range(names))
    text = f"Title\n{lines}{'x' * 100}\n" * 3
    assert (SHORT_RUN_RE.search(text) is not None) is found
