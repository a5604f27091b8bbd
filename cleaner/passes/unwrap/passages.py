"""Passages of Chinese or Japanese indented on every line and wrapped all the same: a letter,
a eulogy or a *fu* quoted in a novel (紅樓夢's), each line opened by the ideographic spaces
that open a paragraph elsewhere, and cut mid-phrase where the wrapper broke it
(``...愛彼之貌`` / ``\u3000\u3000容兮，...``). A line opened by ideographic spaces never goes
on the line above, but in such a passage.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from cleaner.passes.unwrap.boundaries import ends_sentence
from cleaner.passes.unwrap.fast import is_mid_phrase_break

# The space CJK text indents its paragraphs with (two of them), and its verse.
IDEOGRAPHIC_SPACE = "\u3000"
# The full stop of some CJK text (紅樓夢's e-text; Japanese technical prose).
FULL_WIDTH_STOP = "\uff0e"
# A passage: at least this many lines opened by the same ideographic indent, ...
MIN_PASSAGE_LINES = 3
# ... with at least one break in this many between two Han or kana letters, after a line at
# least half the document's width (verse ends its lines with punctuation, or is short).
BREAKS_PER_MID_PHRASE = 4
# In a passage a line ends a paragraph where it ends a sentence this many characters or more
# short of the passage's width (its longest line cut mid-phrase), ...
ROOM_TO_END = 6
# ... and a line longer than that width by more than this many characters is none of it (a
# wrapper lets a line end with a mark or two past its width: hanging punctuation).
HANGING = 2
# A line ending so introduces the lines below it.
COLONS = ("\uff1a", ":")
# A line opening so (after its indent) opens a part under a title in brackets: 紅樓夢's songs,
# ``[恨無常]喜榮華正好，``.
TITLE_BRACKETS = ("[", "\u3010", "\u3014")


def passage_joins(lines: Sequence[str], width: int) -> set[int]:
    """The indexes of the lines of a block that go on the line above as part of a passage
    indented on every line and wrapped (at least MIN_PASSAGE_LINES lines opened by the same
    ideographic indent, one break in BREAKS_PER_MID_PHRASE or more mid-phrase): every line
    of it but the first and those after a sentence's end with room to spare.

    >>> fu = ["\u3000\u3000之良質兮，冰清玉潤，羡彼之華服兮，閃灼文章．愛彼之貌",
    ...       "\u3000\u3000容兮，香培玉琢，美彼之態度兮，鳳翥龍翔．其素若何，",
    ...       "\u3000\u3000春梅綻雪．", "\u3000\u3000其艷若何，霞映澄塘．"]
    >>> sorted(passage_joins(fu, 36))
    [1, 2]
    >>> poem = ["\u3000\u3000未卜三生愿，頻添一段愁．", "\u3000\u3000悶來時斂額，行去几回頭．",
    ...         "\u3000\u3000自顧風前影，誰堪月下儔？"]
    >>> passage_joins(poem, 36)
    set()
    """
    joins: set[int] = set()
    start = 0
    while start < len(lines):
        indent = _ideographic_indent(lines[start])
        end = start + 1
        while indent and end < len(lines) and _ideographic_indent(lines[end]) == indent:
            end += 1
        if end - start >= MIN_PASSAGE_LINES:
            joins.update(_joins_in_run(lines[start:end], start, len(indent), width))
        start = end
    return joins


def _joins_in_run(run: Sequence[str], start: int, indent: int, width: int) -> list[int]:
    """:func:`passage_joins` of a ``run`` of lines opened by one indent of ``indent``
    ideographic spaces, the first at index ``start`` of the block: none unless it is a
    wrapped passage. Its width is that of its longest line cut mid-phrase; a line longer
    than that by more than HANGING characters is none of it (a paragraph of one line between
    two passages, ``寶玉看了，...寫道是：``), and a line ending with a colon introduces what
    follows (a poem), as does one that ends a sentence ROOM_TO_END characters short; a line
    opened by a title in brackets opens a part."""
    cut = [
        len(line)
        for line, after in pairwise(run)
        if 2 * len(line) >= width and is_mid_phrase_break(line, after[indent : indent + 1])
    ]
    if not cut or len(cut) * BREAKS_PER_MID_PHRASE < len(run) - 1:
        return []
    passage_width = max(cut)
    fits = [len(line) <= passage_width + HANGING for line in run]
    return [
        start + i + 1
        for i, line in enumerate(run[:-1])
        if fits[i]
        and fits[i + 1]
        and not line.endswith(COLONS)
        and not (_ends_sentence(line) and len(line) <= passage_width - ROOM_TO_END)
        and not run[i + 1][indent:].startswith(TITLE_BRACKETS)
    ]


def _ends_sentence(line: str) -> bool:
    """:func:`~cleaner.passes.unwrap.boundaries.ends_sentence`, or the line ends with a
    full-width full stop (``．``, which 紅樓夢's e-text and Japanese technical prose end
    their sentences with, and ``ends_sentence`` leaves to the caller).

    >>> _ends_sentence("春梅綻雪．"), _ends_sentence("美也！"), _ends_sentence("將到時，")
    (True, True, False)
    """
    return line.endswith(FULL_WIDTH_STOP) or ends_sentence(line)


def _ideographic_indent(line: str) -> str:
    """The ideographic spaces ``line`` opens with, if something other than whitespace follows.

    >>> len(_ideographic_indent("\u3000\u3000天地")), _ideographic_indent("天地")
    (2, '')
    """
    body = line.lstrip(IDEOGRAPHIC_SPACE)
    return line[: len(line) - len(body)] if body[:1].strip() else ""
