"""ftfy's badness test narrowed to a document's characters gives ftfy's answer."""

from __future__ import annotations

import random

from ftfy.badness import is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.encoding.badness import DocumentBadness, _parsed_branches, possible_branches
from tests.passes.test_encoding_precheck import corpus_lines

# Letters of the scripts the narrowing is for, and the characters of mojibake.
ALPHABET = (
    "aeiouzAÃÂÐÎØÙ ВГРСПрстўЂЉџЁёабвгде ΒΓΞΟβάέαω 天气很好，。！我们 "
    "€¢£¥™®»«“”‘’‚„•…–—°µ²³¹±×÷\u00a0\u00ad\x80\x9d ¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰ \n.,'\""
)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.data())
def test_narrowed_test_agrees_with_ftfy(document: str, data: st.DataObject) -> None:
    check = DocumentBadness(document, narrow_after=0)
    assert check(document) == is_bad(document)
    # A line of the document, and one with characters from elsewhere.
    line = data.draw(st.text(alphabet=document + " '\"", max_size=20)) if document else ""
    assert check(line) == is_bad(line)
    other = data.draw(st.text(alphabet=ALPHABET, max_size=20))
    assert check(other) == is_bad(other)


def test_narrowed_test_agrees_on_real_and_garbled_lines() -> None:
    lines = corpus_lines()
    rng = random.Random(3)
    for _ in range(300):
        document = "\n".join(rng.sample(lines, 20))
        check = DocumentBadness(document, narrow_after=0)
        for line in document.split("\n"):
            assert check(line) == is_bad(line), line
            assert check(line + " ") == is_bad(line + " "), line
            respaced = " ".join(line.split()) + " "  # a view of it, as the pass asks
            assert check.of_own_text(respaced) == is_bad(respaced), line


def test_most_branches_drop_out_of_non_latin_prose() -> None:
    """What makes it faster: of 37 branches, none can match Chinese prose, a few Russian."""
    every = possible_branches(frozenset(map(chr, range(0x110000))))
    assert len(every) == len(_parsed_branches()[1]) == 37
    assert possible_branches(frozenset("我们今天去公园，天气很好！你呢？ '\"")) == ()
    russian = possible_branches(frozenset("Все счастливые семьи похожи друг на друга. '\"«»—"))
    assert 0 < len(russian) < 10


def test_a_document_narrows_only_after_many_characters() -> None:
    check = DocumentBadness("Привет, мир. " * 100)
    check("Привет, мир.")
    assert check.allowed is None  # (a short document pays no compile)
    check("Привет, мир. " * 5000)
    assert check.allowed is not None and check("Привет, мир.") is False
