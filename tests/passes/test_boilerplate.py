"""The ``boilerplate`` pass: rules, position and block awareness, the safety bound."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.boilerplate import (
    SETTLE_ROUNDS,
    explain_boilerplate,
    plan_removal,
    remove_boilerplate,
)
from cleaner.passes.boilerplate.rules import KINDS, library_rules, parse_rules

# Article paragraphs long enough that a little furniture stays under the bound (30%).
P1 = (
    "The council of the small harbour town voted on Tuesday night to keep the old ferry "
    "running for at least five more years, after a meeting that lasted four hours."
)
P2 = (
    "More than two hundred residents came to the meeting, and many of them wrote letters "
    "to the mayor before it; some only signed their names at the door."
)
P3 = (
    "The harbour master will now ask the regional government for help with repairs to "
    "the hull, which has not been painted since the ferry was bought in 1988."
)
ARTICLE = f"{P1}\n\n{P2}\n\n{P3}\n"

CASES = [
    # The seeds' furniture.
    (f"News Ticker\n\n{ARTICLE}", ARTICLE),
    (
        f"{ARTICLE}\nLeave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *\n",
        ARTICLE,
    ),
    (f"{P1}\n{P2}\n{P3}\nComments\nPost a Comment\n", f"{P1}\n{P2}\n{P3}\n"),
    # A whole comment form: labels (Name *, Email *) go with the block.
    (
        f"{ARTICLE}\nLeave a Reply Cancel reply\nComment\nName *\nEmail *\nWebsite\nPost Comment\n",
        ARTICLE,
    ),
    # Strong furniture in the middle goes; the paragraphs keep one blank line between them.
    (f"{P1}\n\nAdvertisement\n\n{P2}\n\n{P3}\n", ARTICLE),
    (f"{P1}\n\nStory continues below advertisement\n\n{P2}\n\n{P3}\n", ARTICLE),
    # Edge furniture at the top: a breadcrumb and a reading-time stamp.
    (f"Home » World » Europe\n5 min read\n\n{ARTICLE}", ARTICLE),
    # Share bar at the bottom: edge lines go in the edge zone.
    (f"{ARTICLE}\nShare this:\nTwitter\nFacebook\n", ARTICLE),
    # Extra patterns from the config go anywhere.
    (f"{P1}\n\nACME Daily - your town\n\n{P2}\n\n{P3}\n", None),
]

NEGATIVE = [
    # Sentences that mention comments, cookies or subscribing stay.
    f"{P1}\n\nWe use cookies in the bakery's new recipe, the chef said.\n\n{P3}\n",
    f"{P1}\n\nReaders left many comments under the story last week.\n\n{P3}\n",
    f"{P1}\n\nYou can subscribe to the council's minutes at the town hall.\n\n{P3}\n",
    # A label alone in the middle stays.
    f"{P1}\n\nComments\n\n{P2}\n\n{P3}\n",
    # Edge-only furniture in the middle stays (a heading "Next", a lone "Share").
    f"{P1}\n\nNext\n\n{P2}\n\n{P3}\n",
    # A label next to a lone strong line in the middle stays (the strong line goes).
    # (checked separately below)
    # The last line of a hard-wrapped paragraph (the pass runs before unwrap) is prose.
    f"{P1}\n\nThe mayor said the residents who wrote to him would all get some\nhelp.\n",
    f"{P1}\n\nThe minister answered the critics in a long message that she posted on\nTwitter.\n",
    f"{P1}\n\nThe old ferry company once paid for a large and expensive full-page\n"
    "advertisement.\n",
    # Bylines are content.
    f"By Jubin Katiraie\n\n{ARTICLE}",
    # Clean text and the empty text.
    ARTICLE,
    "",
]


@pytest.mark.parametrize(("text", "expected"), CASES[:-1])
def test_removes_furniture(text: str, expected: str) -> None:
    assert remove_boilerplate(text) == expected


def test_extra_and_keep_patterns() -> None:
    text = CASES[-1][0]
    assert remove_boilerplate(text, extra_patterns=(r"acme daily - your town",)) == ARTICLE
    kept = remove_boilerplate(f"{ARTICLE}\nAdvertisement\n", keep_patterns=("advertisement",))
    assert kept == f"{ARTICLE}\nAdvertisement\n"


def test_bad_extra_pattern_is_taken_literally() -> None:
    text = f"{ARTICLE}\n[unclosed\n"
    assert remove_boilerplate(text, extra_patterns=("[unclosed",)) == ARTICLE


@pytest.mark.parametrize("text", NEGATIVE)
def test_keeps_content(text: str) -> None:
    assert remove_boilerplate(text) == text


def test_label_next_to_one_strong_line_in_the_middle_stays() -> None:
    text = f"{P1}\n\nComments\nAdvertisement\n\n{P2}\n\n{P3}\n"
    assert remove_boilerplate(text) == f"{P1}\n\nComments\n\n{P2}\n\n{P3}\n"


def test_middle_block_takes_its_label_but_not_edge_lines() -> None:
    block = "Advertisement\nStory continues below advertisement"
    text = f"{P1}\n\nComments\n{block}\n\n{P2}\n\nNext\n{block}\n\n{P3}\n"
    assert remove_boilerplate(text) == f"{P1}\n\n{P2}\n\nNext\n\n{P3}\n"


def test_long_line_matching_a_rule_stays() -> None:
    long_line = "Related: " + "a very long sentence that keeps going " * 6
    text = f"{ARTICLE}\n{long_line.strip()}\n"
    extra = (".* keeps going",)
    assert remove_boilerplate(text, extra_patterns=extra) == text
    wide = {"max_line_length": 400, "max_removed_share": 0.5}
    assert remove_boilerplate(text, extra_patterns=extra, **wide) == ARTICLE
    notes = explain_boilerplate(text, text, extra_patterns=extra)
    assert notes == ["kept line 7: longer than max_line_length though it matches extra_patterns/1"]


def test_bound_keeps_mostly_furniture_text() -> None:
    text = "Short note.\n\nShare this:\nFacebook\nTwitter\nLeave a Reply\nPost a Comment\n"
    assert remove_boilerplate(text) == text
    notes = explain_boilerplate(text, text)
    assert notes[0].startswith("kept the text: removing 5 line(s)")
    assert remove_boilerplate(text, max_removed_share=0.95) == "Short note.\n"


def test_explain_names_family_and_rule() -> None:
    notes = explain_boilerplate(f"News Ticker\n\n{ARTICLE}", ARTICLE)
    assert notes == ["removed line 1 'News Ticker': widgets/news-ticker (strong, anywhere)"]
    assert explain_boilerplate(ARTICLE, ARTICLE) == []


def test_library_has_enough_valid_rules() -> None:
    rules = library_rules()
    assert len(rules) >= 80
    assert {r.kind for r in rules} <= set(KINDS)
    assert len({r.name for r in rules}) == len(rules), "rule ids repeat within a family"
    assert len({r.family for r in rules}) >= 10


@pytest.mark.parametrize(
    "line",
    [
        "News Ticker",
        "Leave a Reply",
        "Comments",
        "Post a Comment",
        "Your email address will not be published. Required fields are marked *",
    ],
)
def test_seed_furniture_is_covered(line: str) -> None:
    assert any(r.pattern.fullmatch(line) for r in library_rules())


def test_parse_rules_names_the_bad_line() -> None:
    with pytest.raises(ValueError, match=r"ads\.txt line 2"):
        parse_rules("ads", "strong ok advertisement\nloud bad pattern")


# Lines drawn from furniture, content and noise, so the properties meet real rules.
LINES = st.one_of(
    st.sampled_from(
        [
            "Comments",
            "Leave a Reply",
            "Advertisement",
            "Share this:",
            "Twitter",
            "Next",
            "Tags: a, b",
            "Name *",
            "",
            "",
            P1,
            P2,
            "Short line.",
            "© 2020 Foo",
        ]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
)
TEXTS = st.lists(LINES, max_size=14).map("\n".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.floats(min_value=0.0, max_value=1.0))
def test_properties(text: str, share: float) -> None:
    once = remove_boilerplate(text, max_removed_share=share)
    assert remove_boilerplate(once, max_removed_share=share) == once
    # Only whole lines go: the output's lines are a subsequence of the input's.
    remaining = iter(text.split("\n"))
    assert all(any(line == old for old in remaining) for line in once.split("\n") if once)
    # The bound counts letters and digits (what later passes never change), in each round
    # of the plan against the text that round judges (as a second run would).
    total = sum(char.isalnum() for char in text)
    removed = total - sum(char.isalnum() for char in once)
    assert removed <= (1 - (1 - share) ** SETTLE_ROUNDS) * total + 1e-9
    if once != text:
        assert not re.search(r"\n\n\n", once) or re.search(r"\n\n\n", text)
        assert not once.startswith("\n") or text.startswith("\n")
    assert (
        plan_removal(text, max_removed_share=share).lines
        == (text[:-1] if text.endswith("\n") else text).split("\n")
        or not text
    )


def test_explain_of_a_kept_text_gives_the_notes_the_pass_made() -> None:
    """chunks.clean_blocks asks for the warnings of a pass that changed nothing right
    after it ran: the pass's own notes are given, the same as planning again."""
    from cleaner.passes.boilerplate import explain_boilerplate, remove_boilerplate

    text = "Text.\n\nPost a Comment\n"  # The bound keeps it: a warning to give.
    assert remove_boilerplate(text) == text
    remembered = explain_boilerplate(text, text)
    assert remembered[0].startswith("kept the text")
    assert explain_boilerplate(text, text) == remembered  # planned again: the same
    other = "Other text.\n\nPost a Comment\n"
    assert remove_boilerplate(text) == text
    assert explain_boilerplate(other, other)[0].startswith("kept the text")
    assert remove_boilerplate(text, max_removed_share=1.0) != text


def test_planned_removals_are_the_plan_of_the_text_and_options_asked_about() -> None:
    """The last run's plan serves only the same text with the same options."""
    from cleaner.passes.boilerplate import planned_removals

    text = f"{P1}\n\nShare this:\n\nPost a Comment\n"
    remove_boilerplate(text)
    assert planned_removals(text) == plan_removal(text).removed
    names = {rule.name for rule, _ in planned_removals(text).values()}
    assert "comments/post-comment" in names
    disabled = {"disable": ("comments/post-comment",)}
    assert planned_removals(text, **disabled) == plan_removal(text, **disabled).removed
    names = {rule.name for rule, _ in planned_removals(text, **disabled).values()}
    assert "comments/post-comment" not in names
    other = text.replace("Share this:", "Share this")
    assert planned_removals(other) == plan_removal(other).removed


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_the_bound_weighs_the_letters_and_digits_python_counts(text: str) -> None:
    """``_weight`` counts ASCII and the rest apart; ``str.isalnum`` is what it counts."""
    from cleaner.passes.boilerplate.bound import _weight

    assert _weight(text) == sum(map(str.isalnum, text))


SETTLE_PROSE = (
    "The council of the small harbour town voted on Tuesday night to keep the old ferry "
    "running for at least five more years, after a meeting that lasted four hours."
)


@pytest.mark.parametrize(
    ("middle", "goes"),
    [
        # Kept as wrapped with a lone letter, which unwrap sets apart once the furniture
        # above went: the next run would remove it, so it goes now.
        ("Comments\na", True),
        # Wrapped with a line of prose, which it stays wrapped with: it stays.
        ("Comments\nare read by the council before every meeting of the board.", False),
    ],
)
def test_what_the_next_run_would_remove_goes_in_one_run(middle: str, goes: bool) -> None:
    text = f"Comments\n\u00a9 2020 Foo\n{middle}\n{SETTLE_PROSE}"
    plan = plan_removal(text, max_removed_share=1.0)
    assert (2 in plan.removed) is goes
    assert sorted(plan.removed)[:2] == [0, 1]
    if goes:
        assert plan.removed[2][1] == "outermost line, once lines near it went"
    once = remove_boilerplate(text, max_removed_share=1.0)
    assert remove_boilerplate(once, max_removed_share=1.0) == once


@pytest.mark.parametrize(
    ("last", "goes"),
    [
        # A line of soft hyphens alone is blank, as unwrap reads it: no line of the
        # bottom edge zone, which reaches `Facebook` (it went only on a second run).
        ("\u00ad", True),
        (" \u00ad\u00ad ", True),
        # A line with text and a soft hyphen is content: three end the edge zone.
        ("Ti\u00adtle three", False),
    ],
)
def test_a_line_of_soft_hyphens_alone_is_blank(last: str, goes: bool) -> None:
    text = f"{SETTLE_PROSE}\n\nFacebook\n\nTitle one\n\nTitle two\n\n{last}\n"
    once = remove_boilerplate(text)
    assert ("Facebook" not in once) is goes
    assert remove_boilerplate(once) == once


@pytest.mark.parametrize("text", ["\u00ad", "a\n\u00ad", "Share\n \u00ad \nText\n"])
def test_the_plan_of_a_text_with_soft_hyphen_lines_has_its_lines(text: str) -> None:
    """The pass judges a line of soft hyphens alone as blank, and plans on the text's lines
    (found by a random draw of test_properties: ``\\xad`` alone, no line in the plan)."""
    assert plan_removal(text).lines == text.removesuffix("\n").split("\n")
