"""Headings among prose lines: short, title-like lines that do not go on below."""

from __future__ import annotations

from cleaner.data import english_function_words
from cleaner.memo import LINE_CACHE_SIZE, short_text_cache
from cleaner.passes.unwrap.boundaries import (
    OPENING_PUNCTUATION,
    ends_sentence,
    starts_lowercase,
    starts_paragraph,
)
from cleaner.passes.unwrap.room import has_room
from cleaner.scripts import starts_caseless

# The longest run of a script without case (Han, kana: no spaces between words) that ends
# a heading; a wrapped line of a sentence runs on longer ("...にも一致させること").
MAX_CASELESS_RUN = 20
# Trailing characters that say a line continues, so it cannot be a heading.
CONTINUING_END = tuple(",;-–—/&(+=，、；（「『《【")


@short_text_cache(maxsize=LINE_CACHE_SIZE)
def is_title_like(line: str) -> bool:
    """Most words that are not function words are capitalized.

    >>> is_title_like("MEK's Domestic Activism and Intelligence Network")
    True
    >>> is_title_like("Pourmohammadi, who also served on the commission")
    False
    """
    words = [w.lstrip(OPENING_PUNCTUATION) for w in line.split()]
    content = [w for w in words if w and w.lower() not in english_function_words()]
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in content)
    return bool(content) and capitals * 2 > len(content)


def looks_like_heading(line: str) -> bool:
    """Short, no closing or continuing punctuation, not ending on a function word.

    >>> looks_like_heading("A Long Conflict between the Clerical Regime and the MEK")
    True
    >>> looks_like_heading("Antonio Guterres to refer to the 1988 massacre of")
    False
    >>> looks_like_heading("終了ステータス")
    True
    >>> looks_like_heading("標準の一致処理ルールではページ名や要約文内の単語境界にも")
    False
    """
    if line.endswith(CONTINUING_END) or ends_sentence(line):
        return False
    words = line.split()
    if not 1 <= len(words) <= 12:
        return False
    if len(words[-1]) > MAX_CASELESS_RUN and starts_caseless(words[-1][-1]):
        return False  # A long run of Han or kana (no spaces) ends a line of a sentence.
    if starts_lowercase(line) and not starts_caseless(line.lstrip(OPENING_PUNCTUATION)):
        return False
    return words[-1].strip("\"'”’)].").lower() not in english_function_words()


def is_standalone_heading(line: str, after: str | None, width: int) -> bool:
    """A title-like heading line, then the end or a paragraph start it left room for.

    >>> is_standalone_heading("The Long War", "It began.", 40)
    True
    >>> is_standalone_heading("The Long War", "and went on.", 40)
    False
    """
    # (The room for the next line asked first: a line of prose that filled the width is no
    # heading, told without reading its words.)
    if after is not None and not (has_room(line, after, width) and starts_paragraph(after)):
        return False
    return looks_like_heading(line) and is_title_like(line)
