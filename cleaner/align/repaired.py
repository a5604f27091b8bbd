"""The alignment of ``encoding``: line for line, with each other line break it made LF a
change of its own, and read off in one pass where all it did was to make CRLF LF and
replace curly quotes and ligatures.
"""

from __future__ import annotations

import re

from cleaner.align.blocks import Block, fast_block, with_kept_text
from cleaner.align.lines import align_line_for_line
from cleaner.align.substitutions import _substituted_changes, one_for_one_runs, uncurled_runs

# The line breaks of one character other than LF (a CR: when no LF follows), which the
# passes make LF (``encoding``, ``whitespace``).
OTHER_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\u2028\u2029"
# The lone CRs are searched by a pattern, the other breaks by ``str.find``.
_OTHER_BREAK_CHARS = OTHER_LINE_BREAKS.replace("\r", "")
_LONE_CR_RE = re.compile("\r(?!\n)")
_CRLF_RE = re.compile("\r\n")


def align_repaired(before: str, after: str) -> list[Block]:
    """Blocks for ``encoding``: :func:`align_line_for_line`, when the pass also made
    ``before``'s other line breaks LF (their lines still pair up, and each such break is a
    change of its own: without this, one form feed per page would send a whole PDF text to
    :func:`align`'s walk), and read off in one pass when all it did besides was to replace
    curly quotes and ligatures (:func:`_substituted_changes`: the same blocks), or a
    few characters each for one other everywhere (:func:`one_for_one_runs`: a book's
    ideographic spaces too).

    >>> [tuple(b) for b in align_repaired("\u2019a\x0cb\\n", "'a\\nb\\n")]
    [(0, 1, 0, 1, False), (1, 2, 1, 2, True), (2, 3, 2, 3, False), (3, 5, 3, 5, True)]
    """
    breaks, text = [], before
    if after.count("\n") > before.count("\n"):  # (else no break became LF: no search)
        breaks, text = breaks_made_lf(before)
    elif "\r\n" in before and (crlf := _crlf_and_quotes(before, after)) is not None:
        return crlf
    # (Of one length, only quotes can have been replaced of what _substituted_changes
    # reads: one_for_one_runs finds them too, and the other kinds.)
    one_for_one = len(text) == len(after)
    substituted = (one_for_one_runs if one_for_one else _substituted_changes)(text, after)
    if substituted is None:
        blocks = align_line_for_line(text, after, entities="&" in text)
    else:
        blocks = with_kept_text(substituted, len(text), len(after))
    return _with_breaks_apart(blocks, breaks) if breaks else blocks


def breaks_made_lf(text: str) -> tuple[list[int], str]:
    """The positions of ``text``'s line breaks of one character other than LF (a CR: when
    no LF follows), in order, and ``text`` with each made LF, as the passes make them.
    Found by a search and a ``str.replace`` for each kind it holds (C speed: a pattern's
    scan tests every character of a text that holds any other than ASCII).

    >>> breaks_made_lf("a\\x0cb\\r\\nc\\rd")
    ([1, 6], 'a\\nb\\r\\nc\\nd')
    """
    breaks: list[int] = []
    kinds = [char for char in _OTHER_BREAK_CHARS if char in text]
    for char in kinds:
        at = text.find(char)
        while at >= 0:
            breaks.append(at)
            at = text.find(char, at + 1)
    if "\r" in text:  # (the lone CRs first: a break made LF after one would make a CRLF)
        breaks += [match.start() for match in _LONE_CR_RE.finditer(text)]
        text = _LONE_CR_RE.sub("\n", text)
    for char in kinds:
        text = text.replace(char, "\n")
    breaks.sort()
    return breaks, text


def _crlf_and_quotes(before: str, after: str) -> list[Block] | None:
    """Blocks for ``encoding`` when all it did was to make each CRLF LF and uncurl quotes
    (each a character for one: every line keeps its length but its CR), read off in one
    pass: each CR removed and each run of quotes replaced is a change, what
    :func:`align_line_for_line` finds line by line (a CRLF text's every line). None for
    any other repair (a ligature, a lone CR made LF: the line-by-line alignment).

    >>> [tuple(b) for b in _crlf_and_quotes("\u2019a\\r\\nb\\r\\n", "'a\\nb\\n")]
    [(0, 1, 0, 1, False), (1, 2, 1, 2, True), (2, 3, 2, 2, False), (3, 5, 2, 4, True), \
(5, 6, 4, 4, False), (6, 7, 4, 5, True)]
    """
    text = before.replace("\r\n", "\n")
    if len(text) != len(after) or "\r" in text:
        return None
    quotes = [] if text == after else uncurled_runs(text, after)
    if quotes is None:
        return None
    # The CRs and the quotes in order, each with the text kept before it: CR number k, at
    # before[c], is where its line ends in the other two texts (at c - k); a quote there
    # before it is k characters further on in ``before``.
    blocks: list[Block] = []
    append = blocks.append
    i = j = q = 0  # where the kept text starts in before and after; the next quote
    count = len(quotes)
    for k, c in enumerate(match.start() for match in _CRLF_RE.finditer(before)):
        while q < count and quotes[q][0] + k < c:
            i1, i2, j1, j2 = quotes[q]
            if i1 + k > i:
                append(fast_block((i, i1 + k, j, j1, True)))
            append(fast_block((i1 + k, i2 + k, j1, j2, False)))
            i, j, q = i2 + k, j2, q + 1
        if c > i:
            append(fast_block((i, c, j, c - k, True)))
        append(fast_block((c, c + 1, c - k, c - k, False)))
        i, j = c + 1, c - k
    shift = len(before) - len(after)  # (all the CRs)
    for i1, i2, j1, j2 in quotes[q:]:
        if i1 + shift > i:
            append(fast_block((i, i1 + shift, j, j1, True)))
        append(fast_block((i1 + shift, i2 + shift, j1, j2, False)))
        i, j = i2 + shift, j2
    if i < len(before):
        append(fast_block((i, len(before), j, len(after), True)))
    return blocks


def _with_breaks_apart(blocks: list[Block], breaks: list[int]) -> list[Block]:
    """``blocks`` with the line breaks at ``breaks`` (of the text before), which the pass
    made LF but the blocks hold as kept, each made a change of its own."""
    split: list[Block] = []
    k = 0  # the next break
    for block in blocks:
        i1, i2, j1, j2, equal = block
        while k < len(breaks) and breaks[k] < i1:
            k += 1
        if not equal or k == len(breaks) or breaks[k] >= i2:
            split.append(block)
            continue
        while k < len(breaks) and breaks[k] < i2:  # an equal block holds the same breaks
            at = breaks[k]
            if at > i1:
                split.append(fast_block((i1, at, j1, j1 + at - i1, True)))
            j1 += at - i1
            split.append(fast_block((at, at + 1, j1, j1 + 1, False)))
            i1, j1, k = at + 1, j1 + 1, k + 1
        if i1 < i2:
            split.append(fast_block((i1, i2, j1, j2, True)))
    return split
