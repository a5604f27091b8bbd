"""Word diffs for the report, fast enough for a whole corpus.

Blocks of changed lines with the words changed marked inside them (``cleaner explain``
lists each change instead, as the passes' alignment finds it), computed so that a block of
thousands of lines costs little: a block that keeps its
number of lines (line ends, trailing spaces) is diffed line by line, and a long block that
does not (a rejoined paragraph) lets difflib ignore its most frequent tokens.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from cleaner.diffs import TOKEN_RE

# Segment kinds: unchanged text, text a pass removed, text it added.
SAME, REMOVED, ADDED = 0, 1, 2
# Above this many tokens a side, difflib's "popular token" heuristic is on (quadratic else).
AUTOJUNK_TOKENS = 1_000

Segment = list  # [text, kind]
# Whitespace inside a change, made visible with symbols common fonts have (the terminal's
# ␠ and ␍ are missing from many); the page prints this legend.
PAGE_WHITESPACE = str.maketrans(
    {"\n": "⏎", "\t": "→", "\r": "←", "\u00a0": "⍽", " ": "␣", "\ufeff": "[BOM]"}
)


def change_blocks(
    before: str, after: str, *, context: int = 40
) -> Iterator[tuple[int, int, list[Segment]]]:
    """Each changed block as (first line, line count, segments), unchanged text shortened to
    ``context`` characters beside each change and whitespace in a change made visible.

    >>> [(s, n, seg) for s, n, seg in change_blocks("a\\nb  c\\n", "a\\nb c\\n")]
    [(2, 1, [['b', 0], ['␣␣', 1], ['␣', 2], ['c', 0]])]
    """
    old_lines, new_lines = before.split("\n"), after.split("\n")
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if a2 - a1 == b2 - b1:
            segments: list[Segment] = []
            for i, (old, new) in enumerate(zip(old_lines[a1:a2], new_lines[b1:b2], strict=True)):
                if i:
                    segments.append(["\n", SAME])
                segments += _inline(old, new, context)
        else:
            old, new = "\n".join(old_lines[a1:a2]), "\n".join(new_lines[b1:b2])
            segments = _inline(old, new, context)
        yield a1 + 1, a2 - a1, _merged(segments)


def _inline(old: str, new: str, context: int) -> list[Segment]:
    """Tokens of ``old`` and ``new`` merged, changes marked by kind."""
    if old == new:
        return [[_shorten(old, context, first=True, last=True), SAME]]
    old_tokens, new_tokens = TOKEN_RE.findall(old), TOKEN_RE.findall(new)
    junk = max(len(old_tokens), len(new_tokens)) > AUTOJUNK_TOKENS
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=junk)
    segments: list[Segment] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            same = "".join(old_tokens[a1:a2])
            first, last = a1 == 0, a2 == len(old_tokens)
            segments.append([_shorten(same, context, first=first, last=last), SAME])
            continue
        if a2 > a1:
            segments.append(["".join(old_tokens[a1:a2]).translate(PAGE_WHITESPACE), REMOVED])
        if b2 > b1:
            segments.append(["".join(new_tokens[b1:b2]).translate(PAGE_WHITESPACE), ADDED])
    return segments


def _shorten(same: str, context: int, *, first: bool, last: bool) -> str:
    """Keep ``context`` characters of unchanged text on the sides that touch a change."""
    head = "" if first else same[:context]
    tail = "" if last else same[-context:]
    if len(same) <= len(head) + len(tail) + 1:
        return same
    return f"{head}…{tail}"


def _merged(segments: list[Segment]) -> list[Segment]:
    """Adjacent segments of one kind joined; empty ones dropped."""
    merged: list[Segment] = []
    for text, kind in segments:
        if not text:
            continue
        if merged and merged[-1][1] == kind:
            merged[-1] = [merged[-1][0] + text, kind]
        else:
            merged.append([text, kind])
    return merged
