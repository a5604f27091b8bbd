"""ftfy for the ``encoding`` pass, with its width fix kept out of CJK text.

ftfy's ``fix_character_width`` turns full-width forms into ASCII: right for ``ＬＯＵＤ`` in
English, wrong in Chinese and Japanese, where ``，`` ``！`` ``１月`` and the ideographic
space are the correct forms. In a line that holds a CJK letter or CJK punctuation
(after repair, so that CJK mojibake counts) only the half-width forms are widened
(``ｶﾞｯｺｳ`` -> ``ガッコウ``); every other line gets ftfy's own width fix, unchanged.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from cleaner.lazy_re import lazy_compile
from cleaner.passes.encoding.rounds import fix_line
from cleaner.scripts import has_cjk

if TYPE_CHECKING:
    import ftfy

# A character ftfy's width fix changes (ideographic space, full- and half-width forms), or
# the start of one as mojibake (UTF-8 bytes EF BC-BF, E3 80 read as cp1252 or Latin-1).
WIDTH_SENSITIVE_RE = lazy_compile("[\u3000\uff01-\uffef]|ï[¼½¾¿]|ã[€\x80]")
# CJK punctuation but the ideographic space (。、「」《》…): it marks a line of CJK text as a
# CJK letter does (a line of wrapped Chinese may hold none: ``MarcRich）。``).
CJK_SYMBOL_RE = lazy_compile("[\u3001-\u303f]")
# Kept in CJK text: the ideographic space, full-width ASCII and brackets (U+FF01-FF60) and
# full-width signs (￠ ￡ ￥, U+FFE0-FFE6). Half-width katakana, Hangul and symbols go wide.
KEPT_IN_CJK_RE = lazy_compile("[\u3000\uff01-\uff60\uffe0-\uffe6]")
# A line of full-width punctuation only (``．``, ``：`` cut off a line of wrapped Chinese):
# no letter or digit of any script, and nothing a Latin text's line would hold instead.
WIDE_SIGNS_ONLY_RE = lazy_compile(
    "[\\s\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff60\uffe0-\uffe6]*"
    "[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff60\uffe0-\uffe6]\\s*"
)


def fix_text(text: str, config: ftfy.TextFixerConfig) -> str:
    """``ftfy.fix_text(text, config)`` (:func:`fix_line` for a line), but in CJK text
    full-width forms stay.

    >>> import ftfy
    >>> config = ftfy.TextFixerConfig(explain=False)
    >>> fix_text("我们今天去公园，天气很好！", config)
    '我们今天去公园，天气很好！'
    >>> fix_text("ＬＯＵＤ　ＮＯＩＳＥＳ", config), fix_text("ｶﾞｯｺｳ　１年", config)
    ('LOUD NOISES', 'ガッコウ\u3000１年')
    >>> fix_text("MarcRich）。", config), fix_text("．", config), fix_text("！", config)
    ('MarcRich）。', '．', '！')
    """
    if not (config.fix_character_width and WIDTH_SENSITIVE_RE.search(text)):
        return fix_line(text, config)
    fixed = fix_line(text, config._replace(fix_character_width=False))
    if not (has_cjk(fixed) or CJK_SYMBOL_RE.search(fixed) or WIDE_SIGNS_ONLY_RE.fullmatch(fixed)):
        return fix_line(text, config)  # Not CJK: ftfy's own result, width fix and all.
    widened = fixed.translate(_half_width_map())
    if widened != fixed and config.normalization:
        widened = unicodedata.normalize(config.normalization, widened)  # ｶﾞ -> ガ
    return widened


@cache
def _half_width_map() -> dict[int, str]:
    """ftfy's width map without the forms CJK text keeps."""
    from ftfy.chardata import WIDTH_MAP

    return {code: to for code, to in WIDTH_MAP.items() if not KEPT_IN_CJK_RE.match(chr(code))}
