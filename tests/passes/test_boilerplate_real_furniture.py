"""The ``boilerplate`` pass on furniture of real pages (issue 13): prompts, share and follow
bars, log-in widgets, gallery links, stamps, and menu items next to furniture; and the
lookalike prose that must stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.passes.boilerplate import plan_removal, remove_boilerplate
from cleaner.passes.boilerplate.menus import is_menu_item, menu_items_near, menu_lines
from tests.passes.test_boilerplate import P1, P2, P3


def middle(line: str) -> str:
    """``line`` alone between two paragraphs, with a third one after."""
    return f"{P1}\n\n{line}\n\n{P2}\n\n{P3}\n"


# Furniture lines from the tuning pages of bench/bench_furniture_real.py, and the rule
# that removes each anywhere in a text.
FURNITURE = [
    ("Follow Us", "share/follow-us"),
    ("Follow VentureBeat on Twitter", "share/follow-site-on"),
    ("Share this with Messenger", "share/share-this-with"),
    ("Show more sharing options", "share/sharing-options"),
    ("Like this story? Share it with a friend!", "share/share-with-friend"),
    ("Sorry, your blog cannot share posts by email.", "share/jetpack-share-errors"),
    ("Submit to Stumbleupon (Opens in new window)", "share/opens-new-window"),
    ("Subscribe to our newsletter", "newsletter/sign-up-newsletter"),
    (
        "Sign up for our daily email newsletter and get our latest fact-checks delivered "
        "to your inbox",
        "newsletter/sign-up-newsletter",
    ),
    ("CLICK HERE TO GET THE FOX NEWS APP", "newsletter/click-here-app"),
    ("GET FOX BUSINESS ON THE GO BY CLICKING HERE", "newsletter/click-here-app"),
    ("Subscribe to Sportsnet.ca newsletters", "newsletter/subscribe-to-site"),
    ("Join 513 other subscribers", "newsletter/join-newsletter"),
    ("Subscribe for unlimited access", "newsletter/subscribe-access"),
    ("Don't miss a brief. Sign up for our daily email.", "newsletter/dont-miss"),
    ("You must log in to post a comment.", "comments/logged-in-to-comment"),
    (
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "comments/akismet",
    ),
    ("Notify me via e-mail if anyone answers my comment.", "comments/notify-answers"),
    ("View the discussion thread.", "comments/view-discussion"),
    ("Forgot your password?", "widgets/account-widget"),
    ("You are signed in as", "widgets/account-widget"),
    ("Back To Main Menu", "navigation/back-to"),
    ("Image 1 of / 23", "navigation/image-count"),
    ("Popular on IndieWire", "related/popular-on"),
    ("More Great WIRED Stories", "related/more-stories"),
    ("SEE MORE: Hong Kong protests: 800 students under siege", "related/read-more-prefix"),
    ("Related post: Pickled Brussels Sprouts Recipe", "related/read-more-prefix"),
    ("Advert", "ads/advertisement"),
    ("Media playback is unsupported on your device", "widgets/media-unsupported"),
    ("2019-11-19T08:57:45+01:00", "stamps/iso-timestamp"),
    ("2019-11-19T08:57Z", "stamps/iso-timestamp"),
    ("Updated 1:39 am EST, Wednesday, November 20, 2019", "stamps/updated-datetime"),
    ("Hearst Newspapers © Copyright Hearst Newspapers, LLC", "copyright/copyright-sign-word"),
    ("@2016 - PenciDesign. All Right Reserved.", "copyright/all-right-reserved"),
    ("We use cookies.", "cookies/we-use-cookies-short"),
    (
        "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
        "cookies/consent-to-cookies",
    ),
]


@pytest.mark.parametrize(("line", "rule"), FURNITURE)
def test_real_furniture_goes_anywhere(line: str, rule: str) -> None:
    text = middle(line)
    plan = plan_removal(text)
    assert [r.name for r, _ in plan.removed.values()] == [rule]
    assert remove_boilerplate(text) == f"{P1}\n\n{P2}\n\n{P3}\n"


# Prose that reads like those rules but is article text: it stays, even alone on a line.
LOOKALIKES = [
    "Subscribe to the theory that the ferry will never make money, and you miss the point.",
    "Follow us, the guide said, and keep to the path.",
    "The log shows 2019-11-19T08:57:45+01:00 as the time of the last backup.",
    "Media playback is unsupported on your device, the help page says, so try another.",
    "Share this with your neighbours before the meeting: the council needs every voice.",
    "Click here to see how the vote went, the mayor wrote on the town's notice board.",
    "You must log in to the council's site before you can read the minutes.",
    "Back to the harbour: the ferry left at noon.",
    "More than forty stories were told at the meeting.",
    "Updated figures will be published in the spring.",
    "We use cookies from the bakery on the corner.",
    "Join the residents who have written to the mayor.",
    "The ferry timetable (opens in a new window of the harbour office) was late.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_lookalike_prose_stays(line: str) -> None:
    assert remove_boilerplate(middle(line)) == middle(line)


def test_italian_cookie_notice_goes() -> None:
    notice = (
        "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza "
        "sul nostro sito."
    )
    assert remove_boilerplate(middle(notice)) == f"{P1}\n\n{P2}\n\n{P3}\n"


def test_portuguese_reading_time_goes_where_portuguese_is_found() -> None:
    prose = (
        "A câmara municipal da pequena cidade portuária votou na terça-feira para manter o "
        "velho ferry em funcionamento durante pelo menos mais cinco anos."
    )
    text = f"{prose}\n\nTempo de leitura: 2 minutos\n\n{prose}\n\n{prose}\n"
    assert remove_boilerplate(text) == f"{prose}\n\n{prose}\n\n{prose}\n"
    english = middle("Tempo de leitura: 2 minutos")
    assert remove_boilerplate(english) == english


@pytest.mark.parametrize("bar", ["Facebook\nTwitter\nEmail", "instagram\nYouTube\nRSS"])
def test_bar_of_edge_lines_goes_in_the_middle(bar: str) -> None:
    text = f"{P1}\n\n{bar}\n\n{P2}\n\n{P3}\n"
    assert remove_boilerplate(text) == f"{P1}\n\n{P2}\n\n{P3}\n"


@pytest.mark.parametrize(
    "lines",
    [
        "Facebook\nTwitter",  # two edge lines: maybe a list of the networks it names
        "Next\nAdvertisement\nStory continues below advertisement",  # "Next": a heading
    ],
)
def test_weak_middle_block_keeps_its_edge_lines(lines: str) -> None:
    text = f"{P1}\n\n{lines}\n\n{P2}\n\n{P3}\n"
    kept = remove_boilerplate(text)
    assert lines.split("\n")[0] in kept


def test_menu_items_next_to_furniture_go_with_it() -> None:
    bar = "Follow Us\nCompany Town\nFacebook\nTwitter\nEmail"
    text = f"{P1}\n\n{bar}\n\n{P2}\n\n{P3}\n"
    assert remove_boilerplate(text) == f"{P1}\n\n{P2}\n\n{P3}\n"


def test_heading_next_to_one_ad_line_stays() -> None:
    text = f"{P1}\n\nThe Ferry Vote\nAdvertisement\n\n{P2}\n\n{P3}\n"
    assert remove_boilerplate(text) == f"{P1}\n\nThe Ferry Vote\n\n{P2}\n\n{P3}\n"


def test_menu_items_near_follows_adjacent_items_only() -> None:
    lines = ["Home", "Share this:", "Company Town", "Real Estate", "", "Harbour News", "He left."]
    assert menu_items_near(lines, [1]) == [0, 2, 3]


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Advertise with Us", True),
        ("News from Home", True),
        ("Careers with Us", True),
        ("Optical heart sensor", False),
        ("He went with them", False),
    ],
)
def test_menu_item_allows_small_lower_case_words(line: str, item: bool) -> None:
    assert is_menu_item(line) is item


def test_menu_of_five_goes_four_stay() -> None:
    five = ["Home", "News", "Advertise with Us", "Weather", "Jobs"]
    assert menu_lines([*five, "", "Text."]) == [0, 1, 2, 3, 4]
    assert menu_lines([*five[:4], "", "Text."]) == []


def test_menu_rules_can_be_disabled() -> None:
    bar = "Company Town\nShare this:\nFacebook\nTwitter\nEmail"
    text = f"{P1}\n\n{bar}\n\n{P2}\n\n{P3}\n"
    kept = remove_boilerplate(text, disable=("navigation/menu-item",))
    assert kept == f"{P1}\n\nCompany Town\n\n{P2}\n\n{P3}\n"
    menu = f"Politics\nBusiness\nSport\nWeather\nJobs\nCars\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert remove_boilerplate(menu) == f"{P1}\n\n{P2}\n\n{P3}\n"
    assert remove_boilerplate(menu, disable=("navigation/menu-block",)) == menu


def test_first_line_of_a_wrapped_paragraph_stays_with_it() -> None:
    first = "Sign up for our daily email newsletter and get our latest fact-checks"
    rest = "delivered to your inbox, the editor wrote to readers on the Monday after the vote."
    text = f"{P1}\n\n{first}\n{rest}\n\n{P2}\n\n{P3}\n"
    assert remove_boilerplate(text) == text


KOREAN_PARAGRAPHS = [  # Universal Dependencies sentences (bench/data/languages/ko.txt)
    "LUISS 대학의 학생들은 로마에서 개최하는회의에 참석했다. 오늘 아침 프란치스코 교황은 "
    "카사 산타 마르타에서 마크 주커버그와 아내를 예방했다.",
    "은퇴할때까지 여기에서 일하는것이 그의 꿈이다.",
    "중세 시대에는 대부분의 기독교도들이 모국어로 된 성경을 읽을 수 없었다.",
    '코라도 파세라는 "은행이 우리에게 보여준 완전히 닫힌 태도"로 인해의원들에게 '
    "제안한내용을 철회하였다. 기술한바와 같이, 이러한 결정은 유럽중앙은행의 특혜였으며 "
    "중앙은행이 다른 대안을 찾을 가능성을 배제함으로써 이렇게 주장하는것은 부적절한 "
    "것으로 보인다. 이는 전직 장관이 당을 떠나겠다고 결정한이후 의원들에게 남긴 쪽지에 "
    "쓰여져 있는 내용이다. 이것은 평가를 위해 진행된다.",
]


def test_wrapped_korean_prose_is_no_menu() -> None:
    """Hangul has no case: short lines of wrapped Korean prose without end punctuation
    once read as a run of title-case menu items, and a paragraph's start went."""
    import textwrap

    text = "\n\n".join("\n".join(textwrap.wrap(p, 20)) for p in KOREAN_PARAGRAPHS) + "\n"
    assert remove_boilerplate(text) == text


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Suriah (88)", True),  # a category's link and its count of posts
        ("Letters (1,204)", True),
        ("November 2019 (12)", True),
        ("iPhone 11", True),  # brand names that start in lower case
        ("eNewspaper", True),
        ("macOS Catalina", True),
        ("(88)", False),
        ("the iPhone (2019)", False),
        ("sold out (12)", False),
        ("iPhone sold out", False),
    ],
)
def test_menu_item_allows_post_counts_and_brand_names(line: str, item: bool) -> None:
    assert is_menu_item(line) is item


def test_category_widget_with_counts_goes() -> None:
    widget = "Harbour News (48)\nLocal Politics (112)\nFerries (9)\nWeather (23)\nLetters (4)"
    assert remove_boilerplate(f"{P1}\n\n{widget}\n\n{P2}\n\n{P3}\n") == f"{P1}\n\n{P2}\n\n{P3}\n"
    assert (
        remove_boilerplate(
            f"{P1}\n\n{widget}\n\n{P2}\n\n{P3}\n", disable=("navigation/menu-block",)
        )
        != f"{P1}\n\n{P2}\n\n{P3}\n"
    )


def test_narrow_wrapped_paragraph_with_brand_names_stays() -> None:
    """A paragraph wrapped narrow can hold lines that read as menu items; none of them go."""
    import textwrap

    sentence = (
        "Sales of the iPhone 11 (2019), iPhone XR (2018), iPad Pro (2018), MacBook Air "
        "(2018) and Mac Pro (2019) fell, the report said, and the shop will order fewer."
    )
    for width in (16, 18, 20, 24):
        text = f"{P1}\n\n" + "\n".join(textwrap.wrap(sentence, width)) + f"\n\n{P2}\n\n{P3}\n"
        assert remove_boilerplate(text) == text, width


@pytest.mark.parametrize("stamp", ["32M ago", "1H ago", "14h ago", "5 mins ago", "2 hrs ago"])
def test_abbreviated_time_ago_goes_at_the_edge(stamp: str) -> None:
    text = f"{stamp}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert [r.name for r, _ in plan_removal(text).removed.values()] == ["stamps/time-ago"]
    assert remove_boilerplate(text) == f"{P1}\n\n{P2}\n\n{P3}\n"


def test_time_ago_in_a_sentence_stays() -> None:
    text = middle("He left the harbour 5 mins ago.")
    assert remove_boilerplate(text) == text


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ferry's site told readers whose app was old:\n"
        "Media playback is unsupported on your device\nThey wrote to complain.",
        "Its log, the crew said, was stamped\n2019-11-19T08:57Z",
    ],
)
def test_stamp_line_ending_a_wrapped_line_stays(paragraph: str) -> None:
    """A stamp wrapped with the line above or below it is part of that logical line. (Between
    two halves of one sentence, it reads as an interruption, as ``Advertisement`` would.)"""
    text = middle(paragraph)
    assert remove_boilerplate(text) == text


FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"
MENU_WORDS = ["Home", "News", "iPhone 11", "Contact Us", "he left.", "Terms of Use", "2019", ""]
PROSE_LINE = "the river rose all night, and by the morning the lower town was under water"


ODD_LINES = ["  Sport", "\tNews", " ", "\t \xa0", " " * 64, " " * 65, "A" * 40]


@given(st.lists(st.sampled_from([*MENU_WORDS, PROSE_LINE, *ODD_LINES]), max_size=40))
def test_menus_found_around_the_screen_are_those_found_line_by_line(lines: list[str]) -> None:
    """The screen of the whole text and the stretches read around its runs find the same
    menus as reading every line (``text`` omitted)."""
    for text in ("\n".join(lines), "\n".join(lines) + "\n"):
        assert menu_lines(lines, text) == menu_lines(lines)


def test_menus_found_around_the_screen_in_every_fixture() -> None:
    for case in sorted(FIXTURES.glob("*/input.txt")):
        text = case.read_text(encoding="utf-8").replace("\r\n", "\n")
        lines = text.split("\n")
        assert menu_lines(lines, "\n".join(lines)) == menu_lines(lines), case.parent.name


def last(line: str) -> str:
    """``line`` as a story's last line, after three paragraphs."""
    return f"{P1}\n\n{P2}\n\n{P3}\n\n{line}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Phil Helsel is a reporter for NBC News.",
        "Jane Doe is a senior reporter at The Verge.",
        "Ana Lima is a staff reporter with the Boston Globe.",
    ],
)
def test_reporter_note_goes_at_the_end(line: str) -> None:
    plan = plan_removal(last(line))
    assert [r.name for r, _ in plan.removed.values()] == ["credits/reporter-bio"]
    assert remove_boilerplate(last(line)) == f"{P1}\n\n{P2}\n\n{P3}\n"


@pytest.mark.parametrize(
    "line",
    [
        # More after the outlet: the article's own sentence.
        "Jane Doe is a reporter for NBC News who covered the trial from its first day.",
        # No name: a relative, a pronoun.
        "My sister is a reporter for The Times.",
        "She is a writer for Vogue.",
        # The outlet in lower case: prose.
        "Jane Doe is a writer for hire.",
    ],
)
def test_sentence_about_a_reporter_stays_at_the_end(line: str) -> None:
    assert remove_boilerplate(last(line)) == last(line)


def test_reporter_note_stays_between_paragraphs() -> None:
    """An edge rule: between paragraphs the same line may be the article's own."""
    text = middle("Phil Helsel is a reporter for NBC News.")
    assert remove_boilerplate(text) == text


PT_PROSE = (
    "A câmara municipal da pequena cidade portuária votou na terça-feira para manter o "
    "velho ferry em funcionamento durante pelo menos mais cinco anos."
)


def test_portuguese_post_meta_line_goes() -> None:
    meta = "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad veiculo"
    text = f"{PT_PROSE}\n\n{meta}\n\n{PT_PROSE}\n\n{PT_PROSE}\n"
    plan = plan_removal(text)
    assert [r.name for r, _ in plan.removed.values()] == ["pt/furniture/post-meta"]
    assert remove_boilerplate(text) == f"{PT_PROSE}\n\n{PT_PROSE}\n\n{PT_PROSE}\n"


@pytest.mark.parametrize(
    "line",
    [
        # The same words in a sentence: no label's colon, no dashes between fields.
        "Publicado por uma editora pequena, o livro ganhou o prémio na categoria de ensaio.",
        "Publicado por: Clarissa Borba, que escreve sobre saúde na categoria de ciência.",
    ],
)
def test_portuguese_sentence_about_publishing_stays(line: str) -> None:
    text = f"{PT_PROSE}\n\n{line}\n\n{PT_PROSE}\n\n{PT_PROSE}\n"
    assert remove_boilerplate(text) == text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Reporting by Jane Doe; Editing by John Smith", "credits/wire-signoff"),
        (
            "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal "
            "Ahmed and Gertrude Chavez-Dreyfuss; Editing by Nick Zieminski",
            "credits/wire-signoff",
        ),
    ],
)
def test_wire_signoff_goes_anywhere(line: str, rule: str) -> None:
    plan = plan_removal(middle(line))
    assert [r.name for r, _ in plan.removed.values()] == [rule]
    assert remove_boilerplate(middle(line)) == f"{P1}\n\n{P2}\n\n{P3}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the local paper was thin; editing by the national desk made it worse.",
        "Reporting by Jane Doe; editing by the desk was light that week.",
    ],
)
def test_sentences_about_reporting_and_editing_stay(line: str) -> None:
    assert remove_boilerplate(middle(line)) == middle(line)
