"""The ``split`` pass's candidates, made by set operations (cleaner/passes/split/candidates.py),
are the ones the pass first made a run at a time (tests/split_reference.py), whatever the
lexicon has parsed so far."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.data import data_path
from cleaner.lexicon import TABLE_FILE, PackedTable, WordModel, load_model
from cleaner.passes.split import forced_splits
from cleaner.passes.split.candidates import find_candidates
from cleaner.passes.split.runs import (
    MAX_SEARCHED_TEXT_CHARS,
    document_runs,
    letter_runs,
    subtract_runs,
    web_address_runs,
)
from tests import split_reference as reference

# Runs of every kind the candidates weigh: merges, names, pairs of function words,
# grammatical pairs, the same word in other cases, known and unknown words.
RUNS = [
    *("the", "The", "THE", "of", "Of", "a", "I", "was", "has", "been", "than", "more"),
    *("issuedpreviously", "Issuedpreviously", "issued", "previously", "pageThe", "page"),
    *("Wishas", "Wish", "wish", "ofthe", "Ofthe", "ofa", "wasa", "hasbeen", "greaterthan"),
    *("morethan", "xqzt", "Xqzt", "Paris", "paris", "PARIS", "pennyDoris", "Doris", "userName"),
    *("name", "Name", "iPhone", "London", "london", "sesquipedalian", "Sesquipedalian", "toit"),
    *("washer", "Washer", "forher", "Tanfreportedly", "Tanf", "bookshelf", "inpaints", "about"),
    *("About", "hoursTomato", "Tomato"),
]
SEPARATORS = [" ", " ", "\n", ". ", "\n\n", ", ", " https://www.theofthe.net/xqzt ", "é"]
TEXTS = st.lists(
    st.tuples(st.sampled_from(RUNS), st.sampled_from(SEPARATORS)).map("".join), max_size=30
).map("".join)
FORCED = st.lists(
    st.sampled_from(["issued previously", "of the", "page The", "wash er", "x"]), max_size=2
)
PROTECTED = st.sets(st.sampled_from(["ofthe", "PARIS", "xqzt", "wasa", "pageThe"]), max_size=2)
# Many of these runs, found or not, asked of one table before (so it answers them from
# what it kept) and never of another.
ASKED_WORDS = ("the", "this", "page", "wish", "of", "ofthe", "london", "people", "name")
ASKED_WORDS += ("us", "has", "hasbeen", "great", "more", "paris", "xqzt", "wasa", "about")


def table_model(asked: tuple[str, ...]) -> WordModel:
    with open(data_path(TABLE_FILE), "rb") as file:
        table = PackedTable(file.read())
    for word in asked:
        table.get(word)
    return WordModel(table)


MODELS = {
    "fresh": table_model(()),
    "asked": table_model(ASKED_WORDS),
    "dict": WordModel({"the": 7.7, "of": 7.5, "has": 6.4, "been": 6.3, "hasbeen": 1.7,
                       "issued": 4.7, "previously": 4.8, "page": 5.0, "paris": 4.6, "wish": 5.0,
                       "london": 5.0, "washer": 3.0, "about": 6.0, "name": 5.5}),
    "shared": load_model(),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(MODELS))
@settings(max_examples=300, deadline=None)
@given(TEXTS, FORCED, PROTECTED)
@example("pageThe THE The the Wishas Wish", [], set())
@example("Paris PARIS ofthe ofthe hasbeen", ["of the"], {"ofthe"})
@example("Issuedpreviously issuedpreviously Washer", ["issued previously", "wash er"], set())
@example("hoursTomato pageThe hoursTomato pageThe userName userName", [], set())
def test_the_candidates_are_the_reference_ones(
    name: str, text: str, force: list[str], protect: set[str]
) -> None:
    model = MODELS[name]
    runs = letter_runs(text)
    forced = forced_splits(force)
    protected = {word.lower() for word in protect}
    expected = reference.candidates(runs, forced, protected, model)
    # The runs counted, or only their set, each run left counted by searching the text.
    distinct, count = document_runs(text, Counter())
    for found in (
        find_candidates(runs.keys(), forced, protected, lambda: model, lambda words: runs),
        find_candidates(distinct, forced, protected, lambda: model, count),
    ):
        assert found.words == expected
        if found.words:
            assert found.spellings == Counter(map(str.lower, runs))
            assert found.counts is not None
            assert {word: found.counts[word] for word in found.words} == {
                word: runs[word] for word in found.words
            }


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("ab www.ab.cd ab https://x.org/ab-ab")
@example("ofthe https://www.theofthe.net/xqzt ofthe")
def test_the_runs_outside_web_addresses_are_letter_runs_less_the_addresses(text: str) -> None:
    """:func:`document_runs` (a set, counts by search) gives what counting every run then
    taking away those of web addresses gives (a book's size is counted whole)."""
    addresses = web_address_runs(text)
    counted = letter_runs(text)
    subtract_runs(counted, addresses)
    runs, count = document_runs(text, addresses)
    assert set(runs) == set(counted)
    asked = set(counted) | {"xq", "cat"}  # (with runs the text does not have)
    assert dict(count(asked)) == {run: counted[run] for run in asked}


def test_a_long_text_is_counted_whole() -> None:
    text = "the cat sat. " * (MAX_SEARCHED_TEXT_CHARS // 10)
    runs, count = document_runs(text, Counter())
    assert set(runs) == {"the", "cat", "sat"}
    assert count({"cat"})["cat"] == MAX_SEARCHED_TEXT_CHARS // 10


@pytest.mark.parametrize("name", sorted(MODELS))
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sets(st.sampled_from(RUNS), max_size=12), min_size=1, max_size=4))
def test_unknown_spellings_are_the_runs_whose_lowercase_is_unknown(
    name: str, texts: list[set[str]]
) -> None:
    """Whatever spellings the table has kept from the texts before."""
    model = MODELS[name]
    for runs in texts:
        for endings in ((), ("been", "than")):
            assert model.unknown_spellings(runs, endings) == {
                run for run in runs if run.lower() not in model.zipf or run.endswith(endings)
            }


def test_clean_words_seen_once_load_no_model() -> None:
    """As before: the model loads only when a run may be merged."""

    def no_model() -> WordModel:
        raise AssertionError("the model was loaded")

    text = "The people said that the government would decide.\n"
    runs, count = document_runs(text, Counter())
    assert find_candidates(runs, {}, set(), no_model, count).words == set()


def test_a_repeated_run_is_a_candidate_only_as_a_merge_of_its_shapes() -> None:
    """A run written twice is the document's word, unless it is a determiner glued to a
    common word or a common word glued to a function word the text writes apart."""
    model = WordModel({"the": 7.7, "campaign": 4.6, "possession": 4.0, "of": 7.5, "drop": 4.9})
    runs = Counter(["thecampaign"] * 2 + ["possessionof"] * 2 + ["dropof"] * 2 + ["possession"])
    apart = {("possession", "of")}.__contains__

    def written_apart(left: str, right: str) -> bool:
        return apart((left, right))

    found = find_candidates(runs.keys(), {}, set(), lambda: model, lambda w: runs, written_apart)
    assert found.words == {"thecampaign", "possessionof"}
    without = find_candidates(runs.keys(), {}, set(), lambda: model, lambda w: runs)
    assert without.words == {"thecampaign"}
