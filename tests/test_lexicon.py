"""The packed word table: the same words and frequencies as ever, rebuilt to the same bytes,
and read a bucket at a time."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.data import data_path
from cleaner.lexicon import (
    PARSE_AFTER_LOOKUPS,
    TABLE_FILE,
    LazyTable,
    WordModel,
    find_zipf,
    format_table,
    load_model,
    pack_table,
    parse_groups,
    read_index,
)

# sha256 of the text form (format_table) of the shipped table: its words and frequencies,
# as tools/build_split_words.py built them with SCOWL's huge lists and WordNet (the command
# is in its docstring). A rebuild that changes a word changes this: update it on purpose.
TABLE_TEXT_SHA256 = "38f32e17c19bfb7cb0ebba0e64f3b93f237d98bcefd98db55de85b59342fc568"


def shipped_bytes() -> bytes:
    with open(data_path(TABLE_FILE), "rb") as file:
        return file.read()


def test_the_words_and_frequencies_are_unchanged() -> None:
    table = dict(LazyTable(shipped_bytes()))
    assert len(table) == 570_606
    text = format_table(table)
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == TABLE_TEXT_SHA256


def test_packing_the_words_again_gives_the_shipped_bytes() -> None:
    packed = shipped_bytes()
    assert pack_table(dict(LazyTable(packed))) == packed


def test_a_lookup_reads_only_its_bucket() -> None:
    table = LazyTable(shipped_bytes())
    assert len(read_index(shipped_bytes())) == 702
    assert table["the"] > 7 and "thereof" in table and "qzx" not in table
    assert set(table._texts) == {"th", "qz"} and not table._buckets


def test_a_table_round_trips_and_empty_buckets_are_empty() -> None:
    words = {"a": 7.4, "of": 7.5, "the": 7.7, "thereof": 3.0, "zebra": 3.1}
    table = LazyTable(pack_table(words))
    assert dict(table) == words and len(table) == 5
    assert table.get("ox") is None and LazyTable(pack_table({})).get("a", 0.0) == 0.0


def test_a_file_of_another_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="not a packed word table"):
        LazyTable(b"\x1f\x8b gzip")


def test_the_model_reads_the_shipped_table() -> None:
    assert load_model().knows("sesquipedalian")


@pytest.mark.parametrize("bucket", ["a", "th", "co", "re", "zy", "qz"])
def test_searching_a_bucket_finds_what_parsing_it_finds(bucket: str) -> None:
    packed = shipped_bytes()
    start, end = read_index(packed).get(bucket, (0, 0))
    text = packed[start:end].decode("utf-8") if end else ""
    parsed = parse_groups(text)
    probes = {*parsed, *(w[:-1] for w in parsed), *(w + "s" for w in parsed), bucket + "zzq"}
    assert {w: find_zipf(text, w) for w in probes} == {w: parsed.get(w) for w in probes}


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.text("abt", min_size=1, max_size=5), st.sampled_from([1.0, 3.5, 7.7])),
    st.lists(st.text("abt \t", max_size=6), max_size=20),
)
def test_a_table_answers_alike_before_and_after_parsing(
    words: dict[str, float], probes: list[str]
) -> None:
    table = LazyTable(pack_table(words))
    for _ in range(PARSE_AFTER_LOOKUPS + 1):  # searched first, parsed at the end
        assert [table.get(p) for p in [*probes, *words]] == [
            words.get(p) for p in [*probes, *words]
        ]
        assert [p in table for p in probes] == [p in words for p in probes]
        # Many words at once, in C where their buckets are parsed; none read to screen.
        asked = {*probes, *words}
        assert table.unknown(asked) == {p for p in asked if p not in words}
        # Spellings in any case, whatever spellings the table has kept from the asks before.
        spellings = {*asked, *map(str.upper, asked), *map(str.title, asked)}
        assert WordModel(table).unknown_spellings(spellings) == {
            p for p in spellings if p.lower() not in words
        }


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.text("abt", min_size=1, max_size=5), st.sampled_from([1.0, 3.5, 7.7])),
    st.sets(st.text("abt", min_size=1, max_size=6), max_size=20),
    st.sets(st.sampled_from(["a", "b", "t", "aa", "ab", "ba", "bt", "ta", "tt"])),
)
def test_many_words_at_once_are_answered_as_one_at_a_time(
    words: dict[str, float], probes: set[str], parsed: set[str]
) -> None:
    """Whatever buckets are parsed: unknown() is ``not in`` of each word, unknown_spellings()
    ``not in`` of each word's lowercase form, asked once or again."""
    table = LazyTable(pack_table(words))
    for bucket in parsed:
        table._parse(bucket)
    asked = probes | set(words)
    assert table.unknown(asked) == {p for p in asked if p not in words}
    spellings = {*asked, *map(str.upper, asked)}
    for endings in ((), ("a", "bt"), ()):  # (asked again, with known spellings kept)
        assert table.unknown_spellings(spellings, endings) == {
            p for p in spellings if p.lower() not in words or p.endswith(endings)
        }
    assert [table.get(p) for p in asked] == [words.get(p) for p in asked]


def test_a_bucket_parsed_while_many_words_are_asked_answers_the_rest() -> None:
    """unknown() looks up the words outside parsed buckets one by one; a look-up that
    parses a bucket must not make its other words unknown."""
    words = {f"ab{letters}": 3.0 for letters in ("c", "d", "e", "f", "g", "h", "i", "j")}
    words |= {f"ab{a}{b}": 3.0 for a in "klmnop" for b in "qrstuv"}
    table = LazyTable(pack_table(words))
    assert table.unknown({*words, "abzz"}) == {"abzz"}
    assert "ab" in table._buckets  # (parsed on the way: the case this asks about)
