"""The ``split`` pass's screen of candidates: it drops only words that never split."""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.lexicon import load_model
from cleaner.passes.split import find_splits, function_words, pairs
from cleaner.passes.split.screen import may_split

# Words of every kind the rules weigh: function words, common and rare content words,
# compound parts, contractions' letters, a word the document may use elsewhere.
WORDS = [
    *("a", "an", "and", "the", "of", "to", "in", "on", "is", "was", "be", "all", "new"),
    *("has", "been", "than", "greater", "more", "some", "my", "can", "only", "well"),
    *("issued", "previously", "located", "near", "house", "river", "hedgehogs", "sand"),
    *("forbearance", "droop", "rope", "yarn", "over", "able", "detect", "or", "s", "t"),
    *("know", "ve", "ll", "page", "minute", "ports", "spout", "holes", "infinite", "xq"),
]
# Tokens as merges leave them: one to three words run together, or a word cut short.
TOKENS = st.one_of(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map("".join),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map("".join),
    st.text(alphabet="aehinorst", min_size=1, max_size=12),
)


@settings(max_examples=1000, deadline=None)
@given(TOKENS, st.sets(st.sampled_from(WORDS)))
@example("wasa", set())
@example("tknow", set())
@example("droopand", {"droop"})
def test_a_word_the_screen_drops_never_splits(word: str, seen: set[str]) -> None:
    """Whatever its paragraph (technical, writing compounds, after any contraction)."""
    model = load_model()
    if may_split(word, model, seen):
        return
    assert function_words.grammatical_split(word, model) is None
    for before in ("n", "we", ""):
        assert function_words.contraction_split(word, before, model) is None
    for technical in (False, True):
        for compounds in (False, True):
            found = pairs.best_split(
                word, model, technical=technical, compounds=compounds, seen=seen
            )
            assert found is None


# Pieces of a text: merges of every shape, around prose, code signs and paragraphs.
PIECES = st.sampled_from(
    [
        *(f"{w} " for w in WORDS),
        *("issuedpreviously ", "hedgehogsand ", "droopand ", "adroop ", "ropeyarn "),
        *("don'tknow ", "we'vebeen ", "hasbeen ", "greaterthan ", "pageThe ", "Korea'sKospi "),
        *("bedding,butif ", "toforbearance ", "spout-holes ", "spoutholes ", "xqzt "),
        *("wasa ", "witha ", "f(x) ", "a_b ", "\n", "\n\n", ". ", "    ", "the.", "rope-yarn "),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_the_screen_changes_no_split(text: str) -> None:
    """find_splits makes the splits it made with every candidate's paragraph read."""
    found = find_splits(text)
    with mock.patch("cleaner.passes.split.may_split", lambda *_: True):
        assert find_splits(text) == found
