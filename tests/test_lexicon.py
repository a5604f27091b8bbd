"""The packed word tables: the same words and frequencies as ever, rebuilt to the same bytes,
and searched a word at a time in its block, each answer kept."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import lexicon
from cleaner.data import data_path
from cleaner.lexicon import (
    TABLE_FILE,
    PackedTable,
    WordModel,
    format_table,
    load_language_model,
    load_model,
    pack_table,
    read_index,
)

# sha256 of the text form (format_table) of the shipped table: its words and frequencies,
# as tools/build_split_words.py built them with SCOWL's huge lists and WordNet (the command
# is in its docstring). A rebuild that changes a word changes this: update it on purpose.
TABLE_TEXT_SHA256 = "38f32e17c19bfb7cb0ebba0e64f3b93f237d98bcefd98db55de85b59342fc568"
# The same of each language's table (tools/build_language_words.py), as built in session 30
# and repacked as hash tables in session 36 (the same words and frequencies).
LANGUAGE_TEXT_SHA256 = {
    "de": "6db48932e90b8983fa7fad0ce8d600183df747aab2ef22a964dabfa0f7b476d7",
    "es": "8373b0fc6008daf7687791d646c904e1ae9b5d60b113fb5812cc8c4fa07b8af1",
    "fr": "e62e98af47c98a1a57617315fcee1f585bbf3ecad33e611715a4f0dcc301c766",
    "it": "2592081991754e354b1c70cc577694dfeb401c6fa623de04265348d7184cd2f1",
    "nl": "23d96df8c45e3880b6f3dd93d102018a100936543e08e10b93a9b3965e09e152",
    "pl": "44a6c7e0a3c91966dbc7f78ed02a025e35d9130d5cfa7a42d3b8c3de494ef09e",
    "pt": "1d0406fabb65453bdfc51caf3a8a70bc5c1685e1f5c1217d35f4b66a1297e7ce",
    "ru": "396ef9086b217b9546c8fc6c0cc2deb663b5801f02fe7f7ba3fec63ef5e8736e",
    "sv": "e23a02027bf92e8f508d5b33342c2b066d84fe321e613c9aa802381ef5c39fe4",
}


def shipped_bytes(*parts: str) -> bytes:
    with open(data_path(*parts or (TABLE_FILE,)), "rb") as file:
        return file.read()


def text_sha256(table: dict[str, float]) -> str:
    return hashlib.sha256(format_table(table).encode("utf-8")).hexdigest()


def test_the_words_and_frequencies_are_unchanged() -> None:
    table = PackedTable(shipped_bytes()).read_all()
    assert len(table) == 570_606
    assert text_sha256(table) == TABLE_TEXT_SHA256


@pytest.mark.parametrize("language", sorted(LANGUAGE_TEXT_SHA256))
def test_each_language_has_its_words_and_frequencies(language: str) -> None:
    packed = shipped_bytes("words", f"{language}.bin")
    table = PackedTable(packed).read_all()
    assert text_sha256(table) == LANGUAGE_TEXT_SHA256[language]
    assert pack_table(table) == packed  # (its index agrees with its entries)


def test_packing_the_words_again_gives_the_shipped_bytes() -> None:
    packed = shipped_bytes()
    assert pack_table(PackedTable(packed).read_all()) == packed


def test_a_lookup_searches_its_word_alone_and_keeps_the_answer() -> None:
    table = PackedTable(shipped_bytes())
    firsts, starts, _ = read_index(shipped_bytes())
    assert len(firsts) == 8_916 and len(starts) == 8_917 and firsts[:2] == ["a", "aaaw"]
    assert table["the"] > 7 and "thereof" in table and "qzx" not in table
    assert set(table._found) == {"the", "thereof"} and table._absent == {"qzx"}


def test_every_shipped_word_is_found_and_its_neighbours_as_listed() -> None:
    packed = shipped_bytes()
    words = PackedTable(packed).read_all()
    table = PackedTable(packed)
    assert {w: table.get(w) for w in words} == words
    sample = list(words)[::53]
    probes = {*(w[:-1] for w in sample), *(w + "s" for w in sample), "zzq", "", "zzzzzz"}
    assert {w: table.get(w) for w in probes} == {w: words.get(w) for w in probes}
    assert len(table) == len(words)


def test_a_table_round_trips_and_an_empty_one_lists_nothing() -> None:
    words = {"a": 7.4, "of": 7.5, "the": 7.7, "thereof": 3.0, "zebra": 3.1}
    table = PackedTable(pack_table(words))
    assert dict(table) == words and len(table) == 5
    assert table.get("ox") is None and PackedTable(pack_table({})).get("a", 0.0) == 0.0


def test_a_word_no_entry_can_hold_is_not_found() -> None:
    table = PackedTable(pack_table({"the": 7.7, "of": 7.5}))
    words = ("the of", "the\tof", "the\n", "\ud800the", "the\t", " the", "", "0")
    assert [table.get(w) for w in words] == [None] * len(words)
    assert table.unknown({"the", "of\t", "of "}) == {"of\t", "of "}


def test_a_file_of_another_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="not a packed word table"):
        PackedTable(b"\x1f\x8b gzip")


def test_the_models_read_the_shipped_tables() -> None:
    assert load_model().knows("sesquipedalian")
    assert load_language_model("de").knows("versorgung")


words_and_probes = (
    st.dictionaries(st.text("abtä", min_size=1, max_size=5), st.sampled_from([1.0, 3.5, 7.7])),
    st.lists(st.text("abtä \t\n", max_size=6), max_size=20),
)


@settings(max_examples=200, deadline=None)
@given(*words_and_probes)
def test_a_table_answers_alike_before_and_after_keeping_answers(
    words: dict[str, float], probes: list[str]
) -> None:
    table = PackedTable(pack_table(words))
    for _ in range(2):  # searched first, kept after
        assert [table.get(p) for p in [*probes, *words]] == [
            words.get(p) for p in [*probes, *words]
        ]
        assert [p in table for p in probes] == [p in words for p in probes]
        asked = {*probes, *words}
        assert table.unknown(asked) == {p for p in asked if p not in words}
        # Spellings in any case, whatever spellings the table has kept from the asks before.
        spellings = {*asked, *map(str.upper, asked), *map(str.title, asked)}
        assert WordModel(table).unknown_spellings(spellings) == {
            p for p in spellings if p.lower() not in words
        }


@settings(max_examples=300, deadline=None)
@given(*words_and_probes, st.sets(st.text("abt", max_size=3)), st.booleans())
def test_many_words_at_once_are_answered_as_one_at_a_time(
    words: dict[str, float], probes: list[str], asked_before: set[str], full: bool
) -> None:
    """Whatever words were asked before, and with no room left for words not found:
    unknown() is ``not in`` of each word, unknown_spellings() ``not in`` of each word's
    lowercase form, asked once or again."""
    table = PackedTable(pack_table(words))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lexicon, "MAX_ABSENT_WORDS", 0 if full else lexicon.MAX_ABSENT_WORDS)
        for word in asked_before:
            table.get(word)
        asked = set(probes) | set(words)
        assert table.unknown(asked) == {p for p in asked if p not in words}
        spellings = {*asked, *map(str.upper, asked)}
        for endings in ((), ("a", "bt"), ()):  # (asked again, with known spellings kept)
            assert table.unknown_spellings(spellings, endings) == {
                p for p in spellings if p.lower() not in words or p.endswith(endings)
            }
        assert [table.get(p) for p in asked] == [words.get(p) for p in asked]
