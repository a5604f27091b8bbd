"""A sentence's first word glued to the next (``cleaner/passes/split/openers.py``)."""

from __future__ import annotations

import pytest

from cleaner.lexicon import load_model
from cleaner.passes.split import openers, split_merged_words

SPLITS = [
    # Not after an abbreviation's stop, nor in dialogue after ``!`` or ``?`` (session 27).
    (
        "Some tools (e.g. thecompany tools) work. 'Oh!' shesaid and left the house.",
        "Some tools (e.g. the company tools) work. 'Oh!' she said and left the house.",
    ),
    # A lowercase opener glued to a function word is a name glued to a verb (session 27).
    (
        "Run gzip on the files of a single archive file. gzipis a simple compressor.",
        "Run gzip on the files of a single archive file. gzip is a simple compressor.",
    ),
    # A determiner or pronoun glued to the word after it at a paragraph's start.
    (
        "Thecompany said it would appeal the ruling next week.",
        "The company said it would appeal the ruling next week.",
    ),
    (
        "Wesee no reason to change the plan at this point.",
        "We see no reason to change the plan at this point.",
    ),
    # ... or after a sentence's end, a closing quote or bracket between.
    (
        'He left at noon." Itwas late when he came back home.',
        'He left at noon." It was late when he came back home.',
    ),
    (
        "The rain stopped. Ithink it will be fine today.",
        "The rain stopped. I think it will be fine today.",
    ),
    # A capitalised pair of function words (``function_words.function_word_pairs``).
    (
        "Inthe end the team won the game by two points.",
        "In the end the team won the game by two points.",
    ),
    (
        "We waited. Atthe end of the day we went home.",
        "We waited. At the end of the day we went home.",
    ),
]

KEPT = [
    # Inside a sentence a capitalised word is a name or a title, not a sentence's start.
    "Then the man said that Thecompany was the name of his firm.",
    "He told us about Itwas, a band from the north of the city.",
    # After an article no conjunction: the abbreviation ``Theor``.
    "Theor. Phys. is where the letter was published in the end.",
    # Names (made up, unlisted) that start with an opener: a rare word after it, or an
    # opener that names start with as often as sentences (``In``, ``By``, ``At``, ``Her``).
    "Theroule wrote the book on a long train ride through the south.",
    "Inwood said the plan was a good one for all of the people.",
    "Bygrove said the plan was a good one for all of the people.",
    "Atfield said the plan was a good one for all of the people.",
    "Herwood said the plan was a good one for all of the people.",
    # A short word after ``I`` must be as common as a part of its length (``Ina``, a name).
    "Ina told us the plan was a good one for all of the people.",
    # A lowercase word opening a sentence after a full stop is a name written lowercase,
    # a package's (statsmodels' documentation, docs2; session 27).
    "They are linear models with random effects. statsmodels currently supports two.",
    # A pronoun glued to a verb it does not agree with is a name (``He do``, ``We is``:
    # L3S-GN1's and dragnet's tuning pages, session 38).
    "Hedo Turkoglu scored 14 points and the team won the game by two.",
    "Weis Markets of the town will pay the state for the rights to its hall.",
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_splits_a_sentence_opener_glued_to_the_next_word(text: str, expected: str) -> None:
    assert split_merged_words(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_keeps_names_and_words_inside_sentences(text: str) -> None:
    assert split_merged_words(text) == text


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Thecompany", ("The", "company")),
        ("Itsfleet", ("Its", "fleet")),  # not ``It`` + ``sfleet``
        ("Hesaid", ("He", "said")),
        ("Ithink", ("I", "think")),
        ("Thisis", ("This", "is")),
        ("Inthe", ("In", "the")),
        ("Theor", None),  # ``The`` before a function word
        ("Theatre", None),  # a word
        ("Ina", None),
        ("Inman", None),  # ``In`` only before a function word
    ],
)
def test_opener_split(word: str, parts: tuple[str, str] | None) -> None:
    assert openers.opener_split(word, load_model()) == parts


def test_a_technical_paragraph_is_not_judged() -> None:
    text = "Thecount = len(items); return Thecount + 1;\n"
    assert split_merged_words(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Accordingto the report, the plan was a good one.",
            "According to the report, the plan was a good one.",
        ),
        (
            "Amongthose who came, most of them stayed for the talk.",
            "Among those who came, most of them stayed for the talk.",
        ),
        # A common word before ``in`` or ``on`` is a name as often (``Justin``, ``Seaton``).
        ("Markon said the plan was a good one for all of us.", None),
        ("Partin said the plan was a good one for all of us.", None),
    ],
)
def test_a_common_first_word_glued_to_a_function_word(text: str, expected: str | None) -> None:
    assert split_merged_words(text) == (expected or text)
