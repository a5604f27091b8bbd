"""unwrap in scripts without spaces (Han, kana, Thai) and in Korean, which spaces its words."""

from __future__ import annotations

import pytest

from cleaner.passes.unwrap import unwrap_paragraphs
from cleaner.passes.unwrap.hyphens import collect_evidence, hyphen_decision, join_across_line_end

EMPTY = collect_evidence("")

JOINS = [
    ("天气很好，", "你呢？", "天气很好，你呢？"),
    ("何でも薄暗", "いじめじめ", "何でも薄暗いじめじめ"),
    ("มีกรุงเทพ", "มหานคร", "มีกรุงเทพมหานคร"),
    ("수도는 서울이며 인구는", "약 오천만 명이다.", "수도는 서울이며 인구는 약 오천만 명이다."),
    # Mixed script keeps the space, as in English: a space never joins two words.
    ("the word 中国", "means China", "the word 中国 means China"),
    ("我们使用", "Python 语言", "我们使用 Python 语言"),
]


@pytest.mark.parametrize(("left", "right", "joined"), JOINS)
def test_join(left: str, right: str, joined: str) -> None:
    assert join_across_line_end(left, right, EMPTY, dehyphenate=True) == joined


def test_no_dehyphenation_in_cjk() -> None:
    assert hyphen_decision("データ", "ベース", EMPTY, use_lexicon=True)[0] is False
    assert join_across_line_end("データ-", "ベース", EMPTY, dehyphenate=True) == "データ-ベース"


CHINESE = "我们今天去公园，天气很好！你呢？公园里有很多人，有的在散步，有的在跑步，还\n" * 3
DOCUMENTS = [
    # A wrapped paragraph, then a short line that ends a sentence and a new paragraph.
    (
        CHINESE + "有的在钓鱼。\n新的段落。\n",
        CHINESE.replace("\n", "") + "有的在钓鱼。\n\n新的段落。\n",
    ),
    # A heading without a blank line before a wrapped paragraph.
    ("第一章\n" + CHINESE + "完。\n", "第一章\n\n" + CHINESE.replace("\n", "") + "完。\n"),
    # One paragraph per line, no blank lines: paragraphs, not one block.
    ("吾輩は猫である。\n名前はまだ無い。\n", "吾輩は猫である。\n\n名前はまだ無い。\n"),
    # Short lines with no sentence end and room for more: verse, kept line for line.
    (
        "床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n",
        "床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_documents(text: str, expected: str) -> None:
    assert unwrap_paragraphs(text) == expected
    assert unwrap_paragraphs(expected) == expected
