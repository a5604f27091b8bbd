"""The ``boilerplate`` rules for news-page furniture chosen on bench_furniture_real's tuning
pages (issue 13): one-line share bars, teasers of related stories, search, author, poll and
sign-in widgets, consent notes, abbreviated dates; and the bound keeping big menus only."""

from __future__ import annotations

import pytest

from cleaner.passes.boilerplate import explain_boilerplate, plan_removal, remove_boilerplate
from tests.passes.test_boilerplate import ARTICLE, P1, P2, P3


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Facebook Twitter Pinterest Email", "share/network-row"),
        ("Whatsapp | Facebook | Telegram", "share/network-row"),
        ("%d bloggers like this:", "share/bloggers-like"),
        ("Search in title", "navigation/search-widget"),
        ("Exact matches only", "navigation/search-widget"),
        ("View author archive", "navigation/author-archive"),
        ("Get author RSS feed", "navigation/author-archive"),
        ("{* traditionalSignIn_signInButton *}", "widgets/template-code"),
        ("Use another account", "widgets/sign-in-form"),
        ("Rating: 9 Votes", "widgets/rating-votes"),
        ("Take Our Poll", "widgets/take-poll"),
        ("Plane passengers quarantined after plague outbreak [NEWS]", "related/teaser-tag"),
        ("Ecoflow River 370 Review: charge up to 9 devices [Video]", "related/teaser-tag"),
        ("On HoustonChronicle.com: Car sales plunge nearly 17 percent", "related/site-teaser"),
        (
            "Follow AP's full coverage of Brexit at https://www.apnews.com/Brexit",
            "related/coverage-link",
        ),
        (
            "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
            "related/coverage-link",
        ),
        ("I understand that I can withdraw my consent at any time", "cookies/withdraw-consent"),
        (
            "Community Rules apply to all content you upload or otherwise submit to this site.",
            "comments/community-rules",
        ),
        ("Sign up for newsletters", "newsletter/sign-up-newsletter"),
        ("This post may contain affiliate and/or referral links.", "ads/affiliate-note"),
        # A toolbar and social bookmarks of 2008's news pages (L3S-GN1's tuning pages).
        ("Email this story Print this story", "share/tools-row"),
        ("Print | E-mail | Text size", "share/tools-row"),
        ("Digg this", "share/bookmark-on"),
        ("Post to del.icio.us", "share/bookmark-on"),
        ("E-mail this to a friend", "widgets/email-friend"),
        ("Font size: decrease increase", "widgets/text-size"),
        ("Printable version", "widgets/print-friendly"),
    ],
)
def test_strong_news_furniture_goes_anywhere(line: str, rule: str | None) -> None:
    text = f"{P1}\n\n{line}\n\n{P2}\n\n{P3}\n"
    assert remove_boilerplate(text) == ARTICLE
    if rule is not None:
        (removed,) = plan_removal(text).removed.values()
        assert removed[0].name == rule


@pytest.mark.parametrize(
    "line",
    [
        "Nov 18",
        "Nov. 20, 2019 12:00 AM EST",
        "2 days ago at 07:54 am",
        "Learn More",
        "×",
        "del.icio.us",
        "StumbleUpon",
    ],
)
def test_edge_news_furniture_goes_at_the_edges_only(line: str) -> None:
    assert remove_boilerplate(f"{line}\n\n{ARTICLE}") == ARTICLE
    middle = f"{P1}\n\n{line}\n\n{P2}\n\n{P3}\n"
    assert remove_boilerplate(middle) == middle


@pytest.mark.parametrize(
    "text",
    [
        # Roman numerals are chapter headings, not the network X.
        f"XX\n\n{P1}\n\nXXX\n\n{P2}\n",
        # Sentences that name networks, polls, dates or coverage stay.
        f"{P1}\n\nThe mayor posted the result on Facebook and Twitter.\n\n{P2}\n",
        f"{P1}\n\nWe will take our poll of the residents again in May.\n\n{P2}\n",
        f"{P1}\n\nThe paper's coverage of the ferry won a prize last year.\n\n{P2}\n",
        # A wrapped paragraph's last line that looks like a share bar or a date stays.
        f"{P1}\n\nThe ferry company said that most of the tickets it sold last summer were\n"
        "Facebook, Twitter.\n",
        f"{P1}\n\nHe will bring the first estimate of the cost to the council on Monday,\n"
        "Nov. 19.\n",
    ],
)
def test_news_lookalikes_stay(text: str) -> None:
    assert remove_boilerplate(text) == text


MENU = ["Local", "Police Reports", "Politics", "Business", "Sports", "Entertainment"]
MENU += ["Obituaries", "Weather", "Real Estate", "Travel", "Food & Drink", "Opinion"]


def test_rules_go_when_only_the_menus_would_exceed_the_bound() -> None:
    # With the menus, too much would go; without them, the rules' lines are within the
    # bound, and the menus alone exceed it in what those lines leave: the menus stay, and a
    # second run keeps them again.
    menus = "\n".join(MENU * 2)
    text = f"{menus}\n\nAdvertisement\n\n{P1}\n\nAdvertisement\n\n{P2}\n"
    plan = plan_removal(text)
    assert not plan.tripped
    assert {rule.name for rule, _ in plan.removed.values()} == {"ads/advertisement"}
    once = remove_boilerplate(text)
    assert once == f"{menus}\n\n{P1}\n\n{P2}\n"
    assert remove_boilerplate(once) == once
    notes = explain_boilerplate(text, once)
    assert notes[-1].startswith(f"kept the menus: with their {len(MENU) * 2} line(s)")
    # Menus that would fit in what the rules leave make the whole text stay.
    small = "\n".join(MENU[:6])
    furniture = "\n\n".join(["Advertisement", "Sponsored Content", "Paid Post"] * 4)
    kept = f"{small}\n\n{furniture}\n\n{P1}\n"
    assert plan_removal(kept).tripped


def test_one_paragraph_a_line_teasers_go_whole() -> None:
    # An extractor's text: one paragraph a line, no blank lines. A teaser line much shorter
    # than the paragraphs is a logical line of its own, not the start of a wrapped one.
    long = f"{P1} {P2}"
    teasers = [
        "READ MORE: Harbour town votes on the future of its bridge after storm damage",
        "Island ferry passengers stranded after engine failure in the sound [VIDEO]",
    ]
    text = "\n".join([long, teasers[0], P3, teasers[1], long]) + "\n"
    assert remove_boilerplate(text) == "\n".join([long, P3, long]) + "\n"
    # Hard-wrapped at 72, the same line goes on into the next one and stays.
    wrapped = f"{P1}\n\n{teasers[1]}\nwhich the council has not yet answered.\n\n{P2}\n"
    assert remove_boilerplate(wrapped) == wrapped
