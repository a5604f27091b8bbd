"""The encoding pass keeps full-width forms in CJK text and fixes them elsewhere, as ftfy."""

from __future__ import annotations

import ftfy
import pytest

from cleaner.passes.encoding import fix_encoding

CASES = [
    # Chinese and Japanese punctuation, digits, ideographic space: kept.
    ("我们今天去公园，天气很好！你呢？", "我们今天去公园，天气很好！你呢？"),
    ("１月２日（金）　晴れ", "１月２日（金）　晴れ"),
    ("価格は￥１００、ＡＢＣ社", "価格は￥１００、ＡＢＣ社"),
    ("서울（１월）", "서울（１월）"),
    # Half-width katakana and its punctuation are still widened (and composed).
    ("ｶﾞｯｺｳ｡", "ガッコウ。"),
    # CJK mojibake: repaired, and the repaired text's full-width comma stays.
    ("æˆ‘ä»¬ï¼Œå¥½", "我们，好"),
    # Other fixes still run in CJK lines.
    ("東京 &amp; 大阪", "東京 & 大阪"),
    # A line of wrapped Chinese without a Han letter: its CJK stop says it is Chinese.
    ("MarcRich）。", "MarcRich）。"),
    ("（Hillary Clinton）的", "（Hillary Clinton）的"),
    # Outside CJK text: ftfy's width fix as before.
    ("ＬＯＵＤ　ＮＯＩＳＥＳ", "LOUD NOISES"),
    ("Fullwidth ＡＢＣ１２３！", "Fullwidth ABC123!"),
    ("（１）", "(1)"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cjk_width(text: str, expected: str) -> None:
    assert fix_encoding(text) == expected


@pytest.mark.parametrize(
    "text", ["ＬＯＵＤ　ＮＯＩＳＥＳ", "Ｆｕｌｌ ｗｉｄｔｈ ﬁ", "ï¼ˆ１ï¼‰ text", "a\u3000b ＃"]
)
def test_outside_cjk_same_as_ftfy(text: str) -> None:
    assert fix_encoding(text) == ftfy.fix_text(text)


def test_width_fix_off_keeps_everything() -> None:
    assert fix_encoding("ｶﾞｯｺｳ ＡＢＣ", fix_character_width=False) == "ｶﾞｯｺｳ ＡＢＣ"


def test_nfkc_still_folds_when_asked() -> None:
    assert fix_encoding("天气很好！", normalization="NFKC") == "天气很好!"
