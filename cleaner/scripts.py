"""Writing systems by character: which text is CJK, which scripts write words without spaces.

Cheap tests on code points, with no table to load, so that the passes can tell Chinese,
Japanese, Korean and Thai text apart from the rest before any language identification:
ftfy's width fix is kept out of CJK text, and unwrap joins the lines of scripts that put
no space between words without one.
"""

from __future__ import annotations

from cleaner.lazy_re import LazyPattern

# Han ideographs (with 々 〆 〇), kana (full- and half-width), Hangul (full- and half-width).
CJK_LETTERS = (
    "\u3005-\u3007\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3131-\u318e\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff\uff66-\uffdc"
    "\u1100-\u11ff\U00020000-\U0003134f"
)
# Han ideographs (with 々 〆 〇) and kana (full- and half-width): letters, no punctuation.
HAN_AND_KANA_LETTERS = (
    "\u3005-\u3007\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
# Scripts that write words without spaces: Han, kana and Thai (Korean spaces its words).
NO_SPACE_LETTERS = "\u0e01-\u0e5b" + HAN_AND_KANA_LETTERS
# CJK punctuation and full-width forms: the ideographic space and comma, 「」, （）, ！ …
CJK_PUNCTUATION = "\u3000-\u3004\u3008-\u303f\u30fb\uff01-\uff65\uffe0-\uffe6"
# Marks no line of CJK text starts with, and marks none ends with (kinsoku shori): a line
# that does was broken by a wrapper that knew nothing of them, and goes on the line before
# (or after).
CJK_CLOSING_MARKS = frozenset("。．，、：；！？）」』】》〉〕］｝〞〟")
CJK_OPENING_MARKS = frozenset("（「『【《〈〔［｛〝")
# ASCII marks that close what goes before them: no line of text wrapped anywhere starts
# with one but where its wrapper broke mid-sentence.
ASCII_CLOSING_MARKS = frozenset(".,:;!?)]}")
# Thai vowels written before the consonant they follow in speech (เ แ โ ใ ไ): no word
# ends with one.
THAI_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
LINE_END_FORBIDDEN = CJK_OPENING_MARKS | THAI_LEADING_VOWELS
# Punctuation CJK text shares with other scripts, set without spaces next to CJK.
SHARED_MARKS = "—…·‥"
# Letters without case: a line starting with one may open a paragraph or go on one.
CASELESS_LETTERS = CJK_LETTERS + "\u0e01-\u0e5b"


# A CJK letter anywhere: the text is Chinese, Japanese or Korean.
CJK_LETTER_RE = LazyPattern(f"[{CJK_LETTERS}]")
# A character next to which a line break stands for no space at all.
NO_SPACE_RE = LazyPattern(f"[{NO_SPACE_LETTERS}{CJK_PUNCTUATION}]")
# A Han or kana letter.
HAN_OR_KANA_RE = LazyPattern(f"[{HAN_AND_KANA_LETTERS}]")
# A Thai character.
THAI_RE = LazyPattern("[\u0e01-\u0e5b]")
# The same, as a set of characters: a line's end or start is looked up without a call.
THAI_CHARACTERS = frozenset(map(chr, range(0x0E01, 0x0E5C)))
# A letter of a script without case (Han, kana, Hangul, Thai).
CASELESS_RE = LazyPattern(f"[{CASELESS_LETTERS}]")
# Where CASELESS_LETTERS lie below U+3005, their first one (a test reads every code point).
THAI_LETTERS = ("\u0e01", "\u0e5b")
HANGUL_JAMO = ("\u1100", "\u11ff")
FIRST_CJK_LETTER = "\u3005"


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese, Japanese or Korean letter.

    >>> has_cjk("価格は１００円"), has_cjk("한국어"), has_cjk("ＡＢＣ (full-width Latin)")
    (True, True, False)
    """
    return not text.isascii() and CJK_LETTER_RE.search(text) is not None


def joins_without_space(left: str, right: str) -> bool:
    """Whether a line ending in ``left`` and one starting with ``right`` join with no space:
    both sides are Han, kana, Thai or CJK punctuation. Korean and mixed script take a space.

    >>> joins_without_space("天气很好，", "你呢？"), joins_without_space("ภาษา", "ไทย")
    (True, True)
    >>> joins_without_space("한국어", "문장"), joins_without_space("中国", "means")
    (False, False)
    >>> joins_without_space("那個月——", "被提拔"), joins_without_space("wait —", "then")
    (True, False)
    >>> joins_without_space("傑登（", "Mohammed"), joins_without_space("MarcRich", "）。")
    (True, True)
    >>> joins_without_space("ดร", ". ลี เสริมว่า"), joins_without_space("the", ".NET")
    (True, False)
    """
    if not (left and right) or (left[-1].isascii() and right[0].isascii()):
        return False
    if left[-1] in CJK_OPENING_MARKS or right[0] in CJK_CLOSING_MARKS:
        return True  # (a full-width bracket or stop takes no space: "（" + "King")
    left_cjk, right_cjk = NO_SPACE_RE.match(left[-1]), NO_SPACE_RE.match(right[0])
    if left_cjk and (right_cjk or right[0] in ASCII_CLOSING_MARKS):
        return True  # (an ASCII stop after a Thai or Han letter takes none either: "ดร" + ".")
    # Dashes, ellipses and the middle dot that CJK text shares with others ("那個月——").
    return bool(left_cjk or right_cjk) and (left[-1] in SHARED_MARKS or right[0] in SHARED_MARKS)


def breaks_anywhere(char: str) -> bool:
    """Whether a wrapper may break a line before ``char``: a Han or kana letter or CJK
    punctuation (Thai breaks between words, which only a dictionary finds).

    >>> breaks_anywhere("天"), breaks_anywhere("，"), breaks_anywhere("ไ"), breaks_anywhere("a")
    (True, True, False, False)
    """
    if char.isascii():
        return False
    return NO_SPACE_RE.match(char) is not None and not THAI_RE.match(char)


def starts_mid_word(text: str) -> bool:
    """Whether ``text`` starts with a Thai vowel or mark that follows a consonant, with
    which no word begins (``ำ``, ``ะ``, ``า``, tone marks): the line was broken inside a word.

    >>> starts_mid_word("ำ เช่น"), starts_mid_word("เช่น")
    (True, False)
    """
    return bool(text) and "\u0e30" <= text[0] <= "\u0e4e" and not "\u0e3f" <= text[0] <= "\u0e44"


def starts_caseless(text: str) -> bool:
    """Whether ``text`` starts with a letter of a script without case (CJK, Thai).

    >>> starts_caseless("「我们」"), starts_caseless("東京"), starts_caseless("Tokyo")
    (False, True, False)
    """
    if not text or text[0].isascii():
        return False
    first = text[0]
    if first < FIRST_CJK_LETTER and not (
        THAI_LETTERS[0] <= first <= THAI_LETTERS[1] or HANGUL_JAMO[0] <= first <= HANGUL_JAMO[1]
    ):
        return False  # A dash, a curly quote, a Latin letter: no class compiled (~3 ms).
    return CASELESS_RE.match(first) is not None


def is_forbidden_break(line: str, following: str) -> bool:
    """Whether the break between ``line`` and ``following`` is one no CJK or Thai typesetter
    makes: the line ends with an opening bracket or quote (kinsoku shori) or a Thai vowel
    written before its consonant, or the next starts with a closing bracket, a stop or a
    comma (the characters at the break: the passes before ``unwrap`` strip trailing
    spaces). Such a break was a wrapper's, inside a sentence.

    >>> is_forbidden_break("了解", "。"), is_forbidden_break("傑登（", "Mohammed")
    (True, True)
    >>> is_forbidden_break("ติดต่อแ", "ฟรงค์"), is_forbidden_break("了解。", "他")
    (True, False)
    """
    return line[-1:] in LINE_END_FORBIDDEN or following[:1] in CJK_CLOSING_MARKS
