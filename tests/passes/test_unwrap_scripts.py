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
    # A word's own hyphen after a Thai mark (no word character to the hyphen's pattern).
    ("โฆษกหญิงของฮาร์ลีย์-", "เดวิดสันกล่าว", "โฆษกหญิงของฮาร์ลีย์-เดวิดสันกล่าว"),
    ("โฆษกหญิงของ -", "เดวิดสันกล่าว", "โฆษกหญิงของ - เดวิดสันกล่าว"),
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


# A break no CJK or Thai typesetter makes, by a wrapper that counts characters: a line
# that ends with an opening bracket, one that starts with a stop or a closing bracket, a
# Thai vowel written before its consonant at a line's end. Joined whatever the width says,
# even in a document too short to show one, and never taken for verse.
FORBIDDEN_BREAKS = [
    (
        "教育主要由古代文學和歷史組成，這是因為人們認為古典作品能夠陶冶情操、加深對人類行為的了解\n。\n",
        "教育主要由古代文學和歷史組成，這是因為人們認為古典作品能夠陶冶情操、加深對人類行為的了解。\n",
    ),
    (
        "國王薩勒曼（King Salaman）讓局長穆罕默德•傑登（\nMohammed al-Jadaan）代替政壇老手。\n",
        "國王薩勒曼（King Salaman）讓局長穆罕默德•傑登（Mohammed al-Jadaan）代替政壇老手。\n",
    ),
    (
        "ในตอนล่างนั้น มีต้นปาล์ม 3 ต้นที่หันหน้าเข้าหาทะเ\nล ซึ่งแสดงถึงความรักที่ผู้คนบนเกาะแห่งนี้มีให้กับแผ่นดิน\n",
        "ในตอนล่างนั้น มีต้นปาล์ม 3 ต้นที่หันหน้าเข้าหาทะเล ซึ่งแสดงถึงความรักที่ผู้คนบนเกาะแห่งนี้มีให้กับแผ่นดิน\n",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORBIDDEN_BREAKS)
def test_breaks_no_typesetter_makes_are_joined(text: str, expected: str) -> None:
    assert unwrap_paragraphs(text) == expected
    assert unwrap_paragraphs(expected) == expected


# Wrapped by a wrapper that counts characters (bench_languages'), and one paragraph a
# line: each was misjudged before session 20.
THAI_WRAPPED = (
    "อัลบั้ม ไวลด์ เวส\n"
    "ต์ ปี 1981 ของเธอเป็นห\n"
    "นึ่งในอัลบั้มที่ขายดี\n"
    "ที่สุด ในช่วงเวลานี้ ก\n"
    "ารใช้จ่ายอย่างสุรุ่ยสุ\n"
    "ร่ายและการลงทุนที่ผิดพ\n"
    "ลาดอย่างต่อเนื่องโดยนา\n"
    "ยทุนของเธอ ทำให้เธออ\n"
    "ยู่ในสภาวะใกล้หมดตัว\n"
)
THAI_PARAGRAPHS = (
    "สตาร์ลินเข้าคุมในฐานะผู้คิดโครงเรื่องในฉบับถัดๆ มา และเริ่มพ"
    "ัฒนาแนวทางเรื่องเกี่ยวกับธานอสตัวร้ายอย่างละเอียด แล้วแพร่ออ"
    "กไปในการ์ตูนมาร์เวลหลายเรื่อง พร้อมกันนั้นในช่วงกลางทศวรรษที"
    "่ 1970 สตาร์ลินเขียนนิยายหลายเรื่องให้ทำหนังสือรวมเล่มนิยายแ"
    "นววิทยาศาสตร์ที่ตีพิมพ์อิสระชื่อสตาร์รีช\n"
    "หลังจากการศัลยกรรมอัจฉริยะและการฟื้นฟูอันหนักหนาสาหัส ฉันก็ฟ"
    "ื้นตัวอย่างสมบูรณ์\n"
    "อัลบั้ม ไวลด์ เวสต์ ปี 1981 ของเธอเป็นหนึ่งในอัลบั้มที่ขายดี"
    "ที่สุด ในช่วงเวลานี้ การใช้จ่ายอย่างสุรุ่ยสุร่ายและการลงทุนท"
    "ี่ผิดพลาดอย่างต่อเนื่องโดยนายทุนของเธอ ทำให้เธออยู่ในสภาวะใก"
    "ล้หมดตัว\n"
    "เมย์ได้รับการวิจารณ์อย่างใหญ่หลวงจากการที่หลีกเลี่ยงและไม่ตอ"
    "บอย่างเปิดเผยต่อสื่อหลังจากมีคำวินิจฉัยชี้ขาดจากศาลเรื่อง Br"
    "exit\n"
)


def test_thai_lines_about_as_long_as_each_other_were_wrapped() -> None:
    """Thai ends no sentence with a sign: lines a wrapper filled show the width."""
    assert unwrap_paragraphs(THAI_WRAPPED) == THAI_WRAPPED.replace("\n", "") + "\n"


def test_thai_paragraphs_one_a_line_stay() -> None:
    """Lines of uneven length, each a paragraph: no sign of a wrap, nothing joined."""
    assert unwrap_paragraphs(THAI_PARAGRAPHS) == THAI_PARAGRAPHS


def test_short_cjk_lines_without_forbidden_breaks_stay_verse() -> None:
    verse = "静かな池に\n蛙が飛び込む\n水の音\n"
    assert unwrap_paragraphs(verse) == verse


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_documents(text: str, expected: str) -> None:
    assert unwrap_paragraphs(text) == expected
    assert unwrap_paragraphs(expected) == expected


# In Chinese (and Japanese), a break between Han, kana or CJK punctuation and anything but
# a space was no space: a straight quote, a hyphen, a Latin word; never next to Hangul. In
# Thai, a straight quote or a bracket that hugs the Thai word beside it.
LANGUAGE_JOINS = [
    ("zh", "並且解釋道：", '"每一本書都是', '並且解釋道："每一本書都是'),
    ("zh", '如同影子之於常人。"', "他獨自一人", '如同影子之於常人。"他獨自一人'),
    ("zh", "我們可以做得更好", "-還有她表達遺憾", "我們可以做得更好-還有她表達遺憾"),
    ("zh", "正因為如此，", "Olivia", "正因為如此，Olivia"),
    ("ja", "서울에 눈이 왔다．", "& 価格は", "서울에 눈이 왔다． & 価格は"),
    ("th", 'ได้รับ "', 'การรับรอง"', 'ได้รับ "การรับรอง"'),
    ("th", "สงครามกลางเมือง", ") มีแนวโน้ม", "สงครามกลางเมือง) มีแนวโน้ม"),
    ("th", "ทะเลใต้", "(มหาสมุทร", "ทะเลใต้ (มหาสมุทร"),
    ("th", "ในปี", "1879 เป็น", "ในปี 1879 เป็น"),
    ("en", "said:", '"Every book', 'said: "Every book'),
]


@pytest.mark.parametrize(("language", "left", "right", "joined"), LANGUAGE_JOINS)
def test_join_in_language(language: str, left: str, right: str, joined: str) -> None:
    found = join_across_line_end(left, right, EMPTY, dehyphenate=True, language=lambda: language)
    assert found == joined


def test_line_broken_before_a_thai_following_vowel_goes_on() -> None:
    """``ำ`` follows a consonant: no word, and no paragraph, starts with it, so a first line
    that looks like a title (one long word) still joins the line after it."""
    lines = [
        "มักจะเกี่ยวข้องกับการพัฒนาขั้นต่",
        "ำ เช่น พื้นที่ปิกนิก ม้านั่ง และทา",
        "งเดินที่เก่าคร่ำคร่า ราชอุทยานแห่ง",
        "ชาติของออสเตรเลียซึ่งก่อตั้งขึ้นใน",
        "ปี 1879 เป็นอุทยานแห่งชาติที่ก่อ",
        "ตั้งขึ้นอย่างเป็นทางการแห่งที่สองข",
        "องโลก",
    ]
    assert unwrap_paragraphs("\n".join(lines) + "\n") == "".join(lines) + "\n"
