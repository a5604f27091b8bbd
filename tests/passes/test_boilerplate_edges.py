"""The runs of links at the head and foot of a page's full text go by default
(:mod:`cleaner.passes.boilerplate.edges`): the lines next to the article stay, and a second
run removes nothing more."""

from __future__ import annotations

from cleaner.passes.boilerplate import plan_removal, remove_boilerplate
from cleaner.passes.boilerplate.edges import page_edges

PROSE = (
    "The council of the small harbour town voted on Tuesday night to keep the old ferry "
    "running for at least five more years, after a meeting that lasted four hours."
)
MENU = ["Home", "Local", "Politics", "Business", "Sports", "Obituaries", "Classifieds"]
OTHER_STORIES = [
    "Lighthouse reopens after a year of repairs",
    "School board delays vote on new bus routes",
    "Fishing season opens with record catches",
    "Bakery on Main Street closes after forty years",
    "Storm damages the old pier at Northgate",
    "Harbour festival draws a record crowd",
]
HEAD = ["Ferry Kept - Harbour News", "", *MENU * 3, "Harbour", "Ferry Kept", "By Anna Martin"]
# (Each story its own paragraph: lines in a row unwrap might join, and a line joined with
# one that stays stays.)
FOOT = "\n\n".join(OTHER_STORIES * 2)
PAGE = "\n".join([*HEAD, "", PROSE, "", PROSE, "", PROSE, "", FOOT]) + "\n"


def _rules(text: str) -> dict[str, str]:
    lines = text.splitlines()
    return {lines[i]: rule.name for i, (rule, _) in plan_removal(text).removed.items()}


def test_head_and_foot_runs_go_but_the_title_and_the_lines_next_to_the_article() -> None:
    cleaned = remove_boilerplate(PAGE).splitlines()
    assert cleaned[0] == "Ferry Kept - Harbour News" and "Politics" not in cleaned
    assert [line for line in cleaned if line in OTHER_STORIES] == OTHER_STORIES[:3]
    rules = _rules(PAGE)
    assert rules["Politics"] == "page-text/head-links"
    assert rules[OTHER_STORIES[-1]] == "page-text/foot-links"


def test_a_second_run_removes_nothing_more() -> None:
    once = remove_boilerplate(PAGE)
    assert remove_boilerplate(once) == once


def test_a_run_of_three_links_stays() -> None:
    text = PAGE.replace(FOOT, "\n\n".join(OTHER_STORIES[:6]))
    assert "page-text/foot-links" not in _rules(text).values()


def test_a_hard_wrapped_document_is_no_page() -> None:
    contents = [f"Chapter {n}" for n in range(1, 21)]
    wrapped = ["the old ferry running for at least five more years after a meeting"] * 30
    text = "\n".join([*contents, "", *wrapped, "", *contents]) + "\n"
    assert not any(name.startswith("page-text/") for name in _rules(text).values())


def test_the_head_run_ends_at_the_story_headline() -> None:
    """A run of links from the text's start ends at the story's headline (the title
    repeated): the dek under it stays, though link lines follow it down to the article."""
    head = ["Ferry Kept Running - Harbour News", "", *MENU * 5, "Ferry Kept Running"]
    under = ["Town keeps its old boat", "Harbour News Staff", "Photo gallery", "Listen"]
    text = "\n".join([*head, *under, "", PROSE, "", PROSE, "", PROSE]) + "\n"
    once = remove_boilerplate(text)
    twice = remove_boilerplate(once)
    assert "Politics" not in once and "Town keeps its old boat" in twice.splitlines()


def test_other_stories_above_a_clear_articles_headline_go() -> None:
    """A sentence stops the head run; the other stories under it, above the story's
    headline, go, but for the three lines right above it."""
    note = "Harbour News has served the towns of the upper valley since 1898, every weekday."
    head = ["Ferry Kept Running - Harbour News", "", *MENU * 3, "", note, ""]
    stories = "\n\n".join(OTHER_STORIES * 2)
    above = ["Ferry Services", "Transport", "Updated Tuesday", "Ferry Kept Running"]
    text = "\n".join([*head, stories, "", *above, "", PROSE, "", PROSE, "", PROSE]) + "\n"
    rules = _rules(text)
    assert rules[OTHER_STORIES[0]] == "page-text/above-headline"
    assert "page-text/above-headline" not in {rules.get(line) for line in above}
    once = remove_boilerplate(text)
    assert "Ferry Kept Running" in once.splitlines()
    assert remove_boilerplate(once) == once


def test_no_headline_above_the_article_keeps_what_the_head_run_left() -> None:
    note = "Harbour News has served the towns of the upper valley since 1898, every weekday."
    head = ["Harbour News", "", *MENU * 3, "", note, ""]
    stories = "\n\n".join(OTHER_STORIES * 2)
    text = "\n".join([*head, stories, "", "By Anna Martin", "", PROSE, "", PROSE, "", PROSE])
    assert "page-text/above-headline" not in _rules(text + "\n").values()


def test_below_a_clear_article_its_lines_but_prose_and_its_summary_go() -> None:
    """Below a clear article that has ended (a share line, then a run of links), the
    lines ``page_text`` takes there go, not only runs of links (other stories, a video player's
    dialog); the article's first paragraph cut short (the page's summary) stays."""
    head = ["Ferry Kept Running - Harbour News", "", *MENU * 3, "", "Ferry Kept Running"]
    summary = PROSE[:90]
    box = "Beginning of dialog window. Escape will cancel and close the window."
    foot = ["About Us", "Contact Us", "Careers", "Site Map"]
    below = ["Share this story", "Comments (3)", *foot, box, summary, "", *OTHER_STORIES]
    text = "\n".join([*head, "", PROSE, "", PROSE, "", PROSE, "", *below]) + "\n"
    rules = _rules(text)
    assert rules[box] == rules[OTHER_STORIES[0]] == "page-text/below-article"
    assert summary not in rules
    once = remove_boilerplate(text)
    assert summary in once.splitlines() and remove_boilerplate(once) == once


def test_a_runs_last_link_going_on_into_the_margin_stays_alone() -> None:
    """A run's last line that reads as going on into the first line of the margin kept
    above the headline (a lower-case start: ``template_bas``) stays; the rest of the run
    goes. (Before, the edges gave it with the run, and the plan kept the whole run as a
    wrapped line's part: 47 menu lines above an L3S-GN1 page's headline.)"""
    teams = ["Harbour Hawks", "Valley Rovers", "Northgate United", "Millbrook Town"] * 3
    note = "Harbour News has served the towns of the upper valley since 1898, every weekday."
    margin = ["template_bas", "template_bas", "Sports Report"]
    head = ["Ferry Kept Running - Harbour News", "", *MENU * 3, "", note, "", *teams]
    lines = [*head, "Home Delivery Customer Support", *margin, "Ferry Kept Running", ""]
    lines += [PROSE, "", PROSE, "", PROSE]
    found = page_edges(lines, "\n".join(lines), {})
    last = lines.index("Home Delivery Customer Support")
    assert last - 1 in found and last not in found
    assert {lines.index(team) for team in teams[:4]} <= found.keys()


def test_the_headline_right_above_the_article_not_its_copy_in_a_list_above() -> None:
    """The page's own headline first in a list of recent posts above: the other posts
    under it go too, up to the story's headline right above the article, but the three
    lines above it (the last post, a section, a date)."""
    note = "Harbour News has served the towns of the upper valley since 1898, every weekday."
    posts = "\n\n".join(["Ferry Kept Running", *OTHER_STORIES, *OTHER_STORIES])
    above = ["Transport", "Updated Tuesday", "Ferry Kept Running", "By Anna Martin"]
    head = ["Ferry Kept Running - Harbour News", "", *MENU * 3, "", note, ""]
    text = "\n".join([*head, posts, "", *above, "", PROSE, "", PROSE, "", PROSE]) + "\n"
    assert _rules(text)[OTHER_STORIES[0]] == "page-text/above-headline"
    once = remove_boilerplate(text)
    assert [line for line in once.splitlines() if line in OTHER_STORIES] == OTHER_STORIES[-1:]
    assert once.splitlines().count("Ferry Kept Running") == 2
    assert remove_boilerplate(once) == once


def test_above_an_article_whose_headline_repeats_no_title_the_other_stories_go() -> None:
    """A page titled with its site's name alone: above its clear article, the other
    stories go but for the three lines above it that no rule matched (the last story, a
    section, the headline; the byline is the rules'); not where a paragraph of prose lies
    above (where the article starts is not sure)."""
    note = "Harbour News has served the towns of the upper valley since 1898, every weekday."
    head = ["Harbour News", "", *MENU * 3, "", note, ""]
    stories = "\n\n".join(OTHER_STORIES * 2)
    above = ["Transport", "Ferry Kept Running", "By Anna Martin"]
    body = ["", *above, "", PROSE, "", PROSE, "", PROSE]
    text = "\n".join([*head, stories, *body]) + "\n"
    rules = _rules(text)
    assert rules[OTHER_STORIES[0]] == "page-text/above-headline"
    once = remove_boilerplate(text)
    assert [line for line in once.splitlines() if line in OTHER_STORIES] == OTHER_STORIES[-1:]
    assert all(line in once.splitlines() for line in above)
    assert remove_boilerplate(once) == once
    teaser = (
        "The harbour board met on Monday night to talk about the new bus routes and the fares "
        "for the coming year."
    )
    told = "\n".join([*head, teaser, "", stories, *body]) + "\n"
    assert "page-text/above-headline" not in _rules(told).values()


def test_below_a_comment_form_read_as_the_articles_end_other_stories_go() -> None:
    """A comment form and a reader's comment under a clear article, then other stories
    and a promotion's paragraph: the article found runs on to that paragraph, but it has
    ended above the form (a strong comments rule): the stories between go, the comment
    and the paragraph (prose) stay."""
    head = ["Ferry Kept Running - Harbour News", "", *MENU * 3, "", "Ferry Kept Running"]
    comment = (
        "I have taken that ferry every morning for twenty years and I am glad the council "
        "listened to the people who use it."
    )
    promo = (
        "Our weekend guide has the best walks, markets and places to eat along the whole "
        "of the harbour this summer."
    )
    form = ["Post a comment", comment, "Name", "Email", "Town / City"]
    below = [*form, "", *OTHER_STORIES, "", promo, "", *MENU]
    text = "\n".join([*head, "", PROSE, "", PROSE, "", PROSE, "", *below]) + "\n"
    rules = _rules(text)
    assert rules[OTHER_STORIES[0]] == "page-text/below-article"
    once = remove_boilerplate(text).splitlines()
    assert comment in once and promo in once and not set(OTHER_STORIES) & set(once)


def test_below_an_article_of_three_quarters_of_the_prose_other_stories_go() -> None:
    """An article holding three quarters of the page's prose is clear (at least 70%: a
    teaser's summary far below is the rest, as on PanARMENIAN's page of scrapinghub's
    benchmark): the other stories below it go once it has ended; with two such summaries
    (63% in the article) the page is no clear article's, and they stay."""
    head = ["Ferry Kept Running - Harbour News", "", *MENU * 3, "", "Ferry Kept Running"]
    teaser = (
        "The harbour festival drew a record crowd on Saturday, and the organisers said on "
        "Sunday that next year it will run for three days, with music on the old pier and "
        "stalls along the quay."
    )
    stories = "\n\n".join(OTHER_STORIES)
    days = ("Monday", "Tuesday", "Friday", "Sunday")  # (A paragraph repeated weighs nothing.)
    article = "\n\n".join(PROSE.replace("Tuesday", day) for day in days)
    below = ["Share this story", "Comments (3)", "", stories, "", "Top stories", teaser]
    body = [*head, "", article, "", *below, "", stories]
    text = "\n".join(body) + "\n"
    assert _rules(text)[OTHER_STORIES[0]] == "page-text/below-article"
    once = remove_boilerplate(text).splitlines()
    assert teaser in once and PROSE in once and not set(OTHER_STORIES) & set(once)
    twice = "\n".join([*body, "", teaser, "", *MENU]) + "\n"
    assert OTHER_STORIES[0] not in _rules(twice)
