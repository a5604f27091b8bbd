"""Whole logical lines for the ``boilerplate`` pass: never one physical line of a wrapped one.

The pass runs before ``unwrap``, on physical lines. A line it removes must be a whole
logical line: in its paragraph (a run of non-blank lines), neither the kept line above
goes on into it nor it goes on into the kept line below ("Cover image: ... by Peter
Koros" above "Design at the 7th Amsterdam Light Festival"). A run of removed lines
between two kept lines that go on into each other is an interruption ("Advertisement"
in the middle of a sentence) and is whole too. The pass and its content guard judge
this with the same functions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from cleaner.passes.unwrap.lines import OPENING_PUNCTUATION, ends_sentence, ends_with_word_break

# A line this long that does not end a sentence was wrapped: it goes on in the next line...
WRAPPED_LINE_MIN_CHARS = 60
# ...and so was one within this many characters of its paragraph's longest line, when the
# paragraph was wrapped narrower, if it has at least this many characters.
NEAR_WIDTH_CHARS = 10
NARROW_LINE_MIN_CHARS = 30
# A paragraph with a line this long was not hard-wrapped: its lines are logical lines (an
# extractor's one paragraph a line, no blank lines between), and one less than half as
# long as the longest goes on only by its ends (a word break, a comma, a lower-case start).
UNWRAPPED_WIDTH = 200
# Trailing characters that say a line goes on in the next one.
CONTINUING_END = tuple(",;&/+=(")


def continues(above: str, below: str, width: int) -> bool:
    """Whether ``below`` goes on the logical line ``above`` breaks off (``width``: the
    length of the paragraph's longest line).

    >>> continues("Cover image: artist's impression of the lighting installation by", "Design", 70)
    True
    >>> continues("Share this:", "Facebook", 70), continues("Share on Facebook and", "was how", 70)
    (False, True)
    >>> continues("READ MORE: Plague outbreak confirmed in Beijing", "Yersinia pestis", 400)
    False
    """
    a, b = above.strip(), below.strip()
    if not a or not b:
        return False
    if ends_with_word_break(a) or a.endswith(CONTINUING_END):
        return True
    if ends_sentence(a):
        return False
    core = b.lstrip(OPENING_PUNCTUATION)
    if core[:1].islower():
        return True
    if width > UNWRAPPED_WIDTH and len(a) * 2 < width:
        return False
    wrapped_at = min(WRAPPED_LINE_MIN_CHARS, width - NEAR_WIDTH_CHARS)
    return len(a) >= max(wrapped_at, NARROW_LINE_MIN_CHARS)


def removed_runs(
    lines: Sequence[str], removed: set[int]
) -> Iterator[tuple[int | None, list[int], int | None]]:
    """Each run of removed lines inside a paragraph, with the kept lines right above and
    below it in that paragraph (None at the paragraph's edge).

    >>> list(removed_runs(["a", "x", "b", "", "y"], {1, 4}))
    [(0, [1], 2), (None, [4], None)]
    """
    run: list[int] = []
    above: int | None = None
    for i, line in enumerate([*lines, ""]):
        if i in removed:
            run.append(i)
            continue
        filled = bool(line.strip())
        if run:
            yield above, run, i if filled else None
            run = []
        above = i if filled else None


def partial_runs(lines: Sequence[str], removed: set[int]) -> Iterator[list[int]]:
    """The runs of removed lines that are part of a logical line that is kept in part.

    >>> caption = ["Cover image: artist's impression of the lighting installation by Peter",
    ...            "Design at the 7th Amsterdam Light Festival"]
    >>> list(partial_runs(caption, {0})), list(partial_runs(caption, {0, 1}))
    ([[0]], [])
    """
    widths = _paragraph_widths(lines)
    for above, run, below in removed_runs(lines, removed):
        width = widths[run[0]]
        joined_above = above is not None and continues(lines[above], lines[run[0]], width)
        joined_below = below is not None and continues(lines[run[-1]], lines[below], width)
        if not (joined_above or joined_below):
            continue
        interrupted = above is not None and below is not None
        if interrupted and continues(lines[above], lines[below], width):  # type: ignore[index]
            continue
        yield run


def _paragraph_widths(lines: Sequence[str]) -> list[int]:
    """For each line, the length of the longest line of its paragraph (0 for blank lines)."""
    widths = [0] * len(lines)
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or not lines[i].strip():
            longest = max((len(lines[j].strip()) for j in range(start, i)), default=0)
            widths[start:i] = [longest] * (i - start)
            start = i + 1
    return widths
