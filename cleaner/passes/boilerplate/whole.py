"""Whole logical lines for the ``boilerplate`` pass: never one physical line of a wrapped one.

The pass runs before ``unwrap``, on physical lines. A line it removes must be a whole
logical line: in its paragraph (a run of non-blank lines), neither the kept line above
goes on into it nor it goes on into the kept line below ("Cover image: ... by Peter
Koros" above "Design at the 7th Amsterdam Light Festival"). A run of removed lines
between two kept lines that go on into each other is an interruption ("Advertisement"
in the middle of a sentence) and is whole too. The pass and its content guard judge
this with the same functions.

Whether two adjacent lines go on into each other is in the end also ``unwrap``'s say, which
runs next and reads the whole document's width: a line it sets apart as a paragraph of its
own is a logical line of its own, judged alone, as the next run judges it. So a line goes
on into the next only if :func:`continues` says so and ``unwrap`` does not part them
(``parted``, see :class:`UnwrapParts`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterable, Iterator, Sequence
from itertools import compress, count, islice
from operator import not_

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.rules import (
    STRONG,
    Rule,
    any_rule_re,
    best_rule,
    normalize_line,
    rule_finder,
)
from cleaner.passes.boilerplate.structured import underlined
from cleaner.passes.layout import SOFT_HYPHEN
from cleaner.passes.unwrap.boundaries import (
    OPENING_PUNCTUATION,
    ends_sentence,
    ends_with_word_break,
)

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
# A line of soft hyphens alone (and spaces): blank once ``unwrap`` removed them.
SOFT_HYPHEN_LINE_RE = lazy_compile(r"^[^\S\n]*(?:\u00ad[^\S\n]*)+$", re.MULTILINE)


def blank_soft_hyphen_lines(text: str) -> str:
    """``text`` with its lines of soft hyphens alone made a space: ``unwrap`` reads such a
    line as the blank line between two paragraphs (and removes every soft hyphen), so the
    pass and its guard judge paragraphs, neighbours and edge zones as the next run will see
    them. The lines keep their numbers (a last line too: a space, not nothing).

    >>> blank_soft_hyphen_lines("Share\\n\\u00ad\\nText \\u00ad\\n \\u00ad")
    'Share\\n \\nText \\xad\\n '
    """
    if SOFT_HYPHEN not in text:  # The common case: a search at C speed.
        return text
    return SOFT_HYPHEN_LINE_RE.sub(" ", text)


def continues(above: str, below: str, width: int) -> bool:
    """Whether ``below`` goes on the logical line ``above`` breaks off (``width``: the
    length of the paragraph's longest line).

    >>> continues("Cover image: artist's impression of the lighting installation by", "Design", 70)
    True
    >>> continues("Share this:", "Facebook", 70), continues("Share on Facebook and", "was how", 70)
    (False, True)
    >>> continues("READ MORE: Plague outbreak confirmed in Beijing", "Yersinia pestis", 400)
    False
    >>> continues("Read more on the `this Nov 2012 python-ideas thread", "<https://x.org/>`_", 76)
    True
    """
    a, b = above.strip(), below.strip()
    if not a or not b:
        return False
    if ends_with_word_break(a) or a.endswith(CONTINUING_END) or _leaves_open(a):
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


def _leaves_open(line: str) -> bool:
    """Whether ``line`` opens a link, a quote of code or a parenthesis it does not close,
    which the next line closes: ``Read more on the `this Nov 2012 python-ideas thread``.

    >>> _leaves_open("Read more on the `this thread"), _leaves_open("Read more (here)")
    (True, False)
    """
    return bool(line.count("`") % 2) or any(
        line.count(opening) > line.count(closing) for opening, closing in ("()", "[]")
    )


class UnwrapParts:
    """The lines ``unwrap`` sets apart from the line above in ``text`` (see
    :mod:`cleaner.passes.unwrap.apart`), as a container of line indexes counted from line
    ``start`` (``i`` for line ``i + 1`` parted from line ``i``); read on first use only, a
    window at a time, since only lines :func:`continues` joins are asked about. Empty
    where ``unwrap``'s output cannot be aligned with the lines.

    >>> parts = UnwrapParts("Home\\nNews\\n\\nThe first paragraph was wrapped\\nat a narrow"
    ...                     " width, but\\nthis one was not.\\nA new one starts here.\\n")
    >>> 5 in parts, 4 in parts, 4 in parts.shifted(1)
    (True, False, True)
    """

    def __init__(self, text: str, start: int = 0, lines: list[str] | None = None) -> None:
        self.text = text
        self.start = start
        self._lines = lines  # The text's lines, split on first use and shared with shifts.

    @classmethod
    def of_lines(cls, text: str, lines: list[str]) -> UnwrapParts:
        """The lines of ``text``, whose ``lines`` are given as the plan splits it (a final
        line feed ends the last line): a huge text is not split again on first use.

        >>> parts = UnwrapParts.of_lines("a\\nb\\n", ["a", "b"])
        >>> parts._lines, UnwrapParts.of_lines("", [])._lines == "".split("\\n")
        (['a', 'b', ''], True)
        """
        return cls(text, 0, lines if text and not text.endswith("\n") else [*lines, ""])

    def shifted(self, start: int) -> UnwrapParts:
        """The same lines, counted from line ``start`` of the text."""
        return type(self)(self.text, self.start + start, self._lines)

    def __contains__(self, i: object) -> bool:
        from cleaner.passes.unwrap.apart import window  # For a wrapped match.

        if not isinstance(i, int):
            return False
        if self._lines is None:
            self._lines = self.text.split("\n")
        i += self.start
        first, end = window(self._lines, i)
        whole = first == 0 and end == len(self._lines)
        found = self._read(self.text if whole else "\n".join(self._lines[first:end]))
        return found is not None and i - first in found

    @staticmethod
    def _read(text: str) -> frozenset[int] | None:
        from cleaner.passes.unwrap.apart import parted_lines

        return parted_lines(text)


class UnwrapJoins(UnwrapParts):
    """The lines ``unwrap`` joins to the next line in ``text`` (``i`` for the next line not
    blank joined to line ``i``, blank lines between them gone or none), read as
    :class:`UnwrapParts` reads the lines it parts.

    >>> joins = UnwrapJoins("Home\\nNews\\n\\nThe first paragraph was wrapped\\nat a narrow"
    ...                     " width, but\\nthis one was not.\\nA new one starts here.\\n")
    >>> 3 in joins, 5 in joins, 0 in joins
    (True, False, False)
    """

    @staticmethod
    def _read(text: str) -> frozenset[int] | None:
        from cleaner.passes.unwrap.apart import joined_lines

        return joined_lines(text)


def goes_on(lines: Sequence[str], i: int, width: int, parted: Container[int] | None) -> bool:
    """Whether line ``i`` goes on into line ``i + 1``: :func:`continues` says so, line
    ``i + 1`` is no underlined title (``unwrap`` joins none to the line above) and, if
    ``parted`` is given, ``unwrap`` does not set them apart.

    >>> goes_on(["Skip to content", "accedi"], 0, 15, None), goes_on(["Skip", "accedi"], 0, 15, {0})
    (True, False)
    >>> goes_on(["It was approved, which", "Leave a Reply", "-------------"], 0, 24, None)
    False
    """
    return (
        continues(lines[i], lines[i + 1], width)
        and (parted is None or i not in parted)
        and not underlined(lines, i + 1)
    )


def removed_runs(
    lines: Sequence[str], removed: set[int]
) -> Iterator[tuple[int | None, list[int], int | None]]:
    """Each run of removed lines inside a paragraph, with the kept lines right above and
    below it in that paragraph (None at the paragraph's edge). Read around the removed
    lines only (a book has 100,000 lines, a handful removed).

    >>> list(removed_runs(["a", "x", "b", "", "y"], {1, 4}))
    [(0, [1], 2), (None, [4], None)]
    """
    count = len(lines)
    run: list[int] = []
    for i in sorted(i for i in removed if 0 <= i < count):
        if run and i != run[-1] + 1:
            yield _run_with_neighbours(lines, run)
            run = []
        run.append(i)
    if run:
        yield _run_with_neighbours(lines, run)


def _run_with_neighbours(
    lines: Sequence[str], run: list[int]
) -> tuple[int | None, list[int], int | None]:
    above, below = run[0] - 1, run[-1] + 1
    return (
        above if above >= 0 and lines[above].strip() else None,
        run,
        below if below < len(lines) and lines[below].strip() else None,
    )


def partial_runs(
    lines: Sequence[str], removed: set[int], parted: Container[int] | None = None
) -> Iterator[list[int]]:
    """The runs of removed lines that are part of a logical line that is kept in part
    (``parted``: the lines ``unwrap`` sets apart, see :func:`goes_on`).

    >>> caption = ["Cover image: artist's impression of the lighting installation by Peter",
    ...            "Design at the 7th Amsterdam Light Festival"]
    >>> list(partial_runs(caption, {0})), list(partial_runs(caption, {0, 1}))
    ([[0]], [])
    """
    for above, run, below in removed_runs(lines, removed):
        width = _paragraph_width_at(lines, run[0])
        if above is not None and below is not None and continues(lines[above], lines[below], width):
            continue  # (Asked first: whether unwrap parts them is read off its output.)
        if (above is not None and goes_on(lines, above, width, parted)) or (
            below is not None and goes_on(lines, run[-1], width, parted)
        ):
            yield run


def opens_paragraph_or_sentence(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` starts the text or a paragraph, or follows a sentence's end: where
    :func:`wrapped_furniture` looks for a wrapped line of furniture (a line in the middle of
    a paragraph of prose goes on from the line above).

    >>> lines = ["Home", "", "It rained.", "Thank you", "for"]
    >>> [opens_paragraph_or_sentence(lines, i) for i in (0, 2, 3, 4)]
    [True, True, True, False]
    """
    return i == 0 or not lines[i - 1].strip() or ends_sentence(lines[i - 1])


def wrapped_furniture(
    lines: Sequence[str], starts: dict[int, list[Rule]], keep_re: re.Pattern[str], max_length: int
) -> dict[int, Rule]:
    """The lines of logical lines wrapped over several physical ones that a strong rule
    matches once joined, though none of their lines does (``Thank you`` / ``for signing
    up!``: ``unwrap`` joins them, and the next run would remove the line). ``starts``: the
    lines a strong rule may begin (the screen found it for them, but they do not match it
    alone) that open a paragraph or follow a sentence's end, with those rules;
    ``keep_re``: what ``keep_patterns`` keep.

    >>> from cleaner.passes.boilerplate.rules import library_rules
    >>> rules = [rule for rule in library_rules() if rule.kind == STRONG]
    >>> lines = ["Thank you", "for signing up!", "", "Thank you", "for coming."]
    >>> found = wrapped_furniture(lines, {0: rules, 3: rules}, any_rule_re(()), 200)
    >>> sorted(found), found[0].name
    ([0, 1], 'newsletter/success-subscribed')
    """
    found: dict[int, Rule] = {}
    for i, rules in starts.items():
        if (bounds := _short_paragraph(lines, i, 2 * max_length)) is None:
            continue  # (A paragraph of prose: no line of it is read twice.)
        width = max(len(lines[k].strip()) for k in range(*bounds))
        if i > bounds[0] and continues(lines[i - 1], lines[i], width):
            continue  # (Not where a logical line starts.)
        end, joined = i, lines[i].strip()
        while end + 1 < bounds[1] and continues(lines[end], lines[end + 1], width):
            end += 1
            joined += " " + lines[end].strip()
        if end == i:
            continue  # (Not wrapped: its line alone matched no rule.)
        normal = normalize_line(joined)
        if len(normal) > max_length or keep_re.fullmatch(normal):
            continue
        rule = best_rule(normal, rules)
        if rule is not None and rule.kind == STRONG:
            found.update(dict.fromkeys(range(i, end + 1), rule))
    return found


def _short_paragraph(lines: Sequence[str], i: int, most: int) -> tuple[int, int] | None:
    """The start and end (exclusive) of the paragraph that holds line ``i``, if its lines
    hold at most ``most`` characters; read no further than that.

    >>> _short_paragraph(["", "a", "bc", "", "d"], 1, 5), _short_paragraph(["abc", "def"], 0, 5)
    ((1, 3), None)
    """
    size = len(lines[i])
    start, end = i, i + 1
    while start > 0 and lines[start - 1].strip() and size <= most:
        start -= 1
        size += len(lines[start])
    while end < len(lines) and lines[end].strip() and size <= most:
        size += len(lines[end])
        end += 1
    return (start, end) if size <= most else None


def _paragraph_width_at(lines: Sequence[str], i: int) -> int:
    """The length of the longest line of the paragraph (a run of non-blank lines) that
    holds line ``i``; 0 for a blank line. (Read for the few runs of removed lines only: a
    table of every line's would cost a third of the pass on a book.)

    >>> [_paragraph_width_at(["ab", " abc ", "", "a"], i) for i in range(4)]
    [3, 3, 0, 1]
    """
    return _paragraph_width(lines, [i]) if lines[i].strip() else 0


def without_open_ends(lines: Sequence[str], removed: Collection[int]) -> set[int]:
    """``removed`` less the lines at each run's ends that go on into a kept line (or on
    from one, :func:`goes_on`): a run of a page's menu lines whose last line goes on into
    the headline's kept margin loses that line, not the whole run (as
    :func:`whole_lines_only` would make it).

    >>> lines = ["Home", "News", "Sport", "Home Delivery Customer Support", "template_bas"]
    >>> sorted(without_open_ends(lines, {0, 1, 2, 3}))
    [0, 1, 2]
    """
    kept = set(removed)
    for above, run, below in removed_runs(lines, kept):
        width = _paragraph_width_at(lines, run[0])
        while run and below is not None and goes_on(lines, run[-1], width, None):
            below = run.pop()
            kept.discard(below)
        while run and above is not None and goes_on(lines, above, width, None):
            above = run.pop(0)
            kept.discard(above)
    return kept


def whole_lines_only(
    lines: list[str],
    removed: dict[int, tuple[Rule, str]],
    extra_patterns: tuple[str, ...],
    keep: tuple[Rule, ...],
    max_line_length: int,
    parted: Container[int] | None = None,
) -> dict[int, tuple[Rule, str]]:
    """Never one physical line of a wrapped logical line (see :mod:`.whole`).

    A run of removed lines that a kept line goes on from or into goes only with its whole
    logical line, if that line as one matches a strong rule; otherwise it stays.
    """
    whole = dict(removed)
    for run in list(partial_runs(lines, set(whole), parted)):
        logical = _logical_line(lines, run, parted)
        rule = _strong_rule(" ".join(lines[i].strip() for i in logical), extra_patterns, keep)
        if rule is not None and len(normalize_line(" ".join(lines[i] for i in logical))) <= (
            max_line_length
        ):
            whole.update({i: (rule, "whole wrapped line") for i in logical})
        else:
            for i in run:
                del whole[i]
    while partial := [i for run in partial_runs(lines, set(whole), parted) for i in run]:
        for i in partial:  # Keeping a run may leave a neighbouring one partial.
            del whole[i]
    return whole


def without_wrapped_parts(
    lines: list[str],
    matches: dict[int, Rule],
    extra_patterns: tuple[str, ...],
    keep: tuple[Rule, ...],
    max_line_length: int,
    parted: Container[int] | None = None,
) -> dict[int, Rule]:
    """``matches`` but the lines wrapped with a line no rule matches, which can never go
    (see :func:`whole_lines_only`) unless their whole logical line matches a strong rule.

    Bars, blocks and edge zones are judged on the lines that can go: a line that must stay
    neither lends its strength to others nor holds back the lines after it, else a second
    run, that no longer sees what the first removed, judges them anew.

    >>> from cleaner.passes.boilerplate.rules import EDGE, Rule
    >>> rule = Rule("navigation", "nav-label", EDGE, "")
    >>> lines = ["Lighthouse reopens after a year of repairs", "Home", "Home", "", "Home"]
    >>> sorted(without_wrapped_parts(lines, {1: rule, 2: rule, 4: rule}, (), (), 200))
    [2, 4]
    """
    stays: set[int] = set()
    for run in partial_runs(lines, set(matches), parted):
        for part in _wrapped_parts(lines, run, parted):
            line = " ".join(lines[i].strip() for i in _logical_line(lines, part, parted))
            rule = _strong_rule(line, extra_patterns, keep)
            if rule is None or len(normalize_line(line)) > max_line_length:
                stays.update(part)
    return {i: rule for i, rule in matches.items() if i not in stays} if stays else matches


def _wrapped_parts(
    lines: list[str], run: list[int], parted: Container[int] | None = None
) -> list[list[int]]:
    """The lines of ``run`` (matched lines of a paragraph) that go on from the unmatched
    line right above it, and those that go on into the one right below it.

    >>> _wrapped_parts(["Lighthouse reopens after a year of repairs", "Home", "Home"], [1, 2])
    [[1]]
    """
    width = _paragraph_width(lines, run)
    parts = []
    if run[0] > 0 and goes_on(lines, run[0] - 1, width, parted):
        k = 1
        while k < len(run) and goes_on(lines, run[k - 1], width, parted):
            k += 1
        parts.append(run[:k])
    if run[-1] + 1 < len(lines) and goes_on(lines, run[-1], width, parted):
        k = len(run) - 1
        while k > 0 and goes_on(lines, run[k - 1], width, parted):
            k -= 1
        parts.append(run[k:])
    return parts


def _logical_line(
    lines: list[str], run: list[int], parted: Container[int] | None = None
) -> list[int]:
    """The line indexes of the logical line ``run`` is part of: its wrapped neighbours."""
    start, end = _paragraph(lines, run)
    width = _paragraph_width(lines, run)
    first, last = run[0], run[-1]
    while first > start and goes_on(lines, first - 1, width, parted):
        first -= 1
    while last + 1 < end and goes_on(lines, last, width, parted):
        last += 1
    return list(range(first, last + 1))


def _paragraph(lines: Sequence[str], run: list[int]) -> tuple[int, int]:
    """The start and end (exclusive) of the paragraph that holds ``run``.

    >>> _paragraph(["a", "", "b", "c", " ", "d"], [3]), _paragraph(["a", "b"], [0, 1])
    ((2, 4), (0, 2))
    """
    first, after = run[0], run[-1] + 1
    above = _lines_before_blank(map(lines.__getitem__, range(first - 1, -1, -1)))
    below = _lines_before_blank(islice(lines, after, None))
    return first - (first if above is None else above), after + (
        len(lines) - after if below is None else below
    )


def _lines_before_blank(lines: Iterable[str]) -> int | None:
    """How many of ``lines`` come before the first blank one (None if none is), found at C
    speed: in a text with no blank line (seed 003's layout) a paragraph is the whole text,
    which each run of removed lines asks for.

    >>> _lines_before_blank(["a", "b", "  ", "c"]), _lines_before_blank(["a"])
    (2, None)
    """
    return next(compress(count(), map(not_, map(str.strip, lines))), None)


def _paragraph_width(lines: Sequence[str], run: list[int]) -> int:
    """The length of the longest line of the paragraph that holds ``run`` (read at C speed,
    as :func:`_lines_before_blank` reads it)."""
    start, end = _paragraph(lines, run)
    return max(map(len, map(str.strip, islice(lines, start, end))))


def _strong_rule(line: str, extra_patterns: tuple[str, ...], keep: tuple[Rule, ...]) -> Rule | None:
    """The strong rule the logical ``line`` matches as a whole, if any and not kept."""
    normal = normalize_line(line)
    if any_rule_re(keep).fullmatch(normal):
        return None
    rule = best_rule(normal, rule_finder(1, extra_patterns)(normal))
    return rule if rule is not None and rule.kind == STRONG else None


def kept_positions(
    lines: Sequence[str], removed: Container[int], left: Sequence[str]
) -> dict[int, int]:
    """For each non-blank line of ``left`` (``lines`` without the ``removed`` ones, as
    :func:`~cleaner.passes.boilerplate.drop.drop_lines` leaves them), the index of the line
    of ``lines`` it is.

    >>> kept_positions(["a", "", "x", "", "b"], {2}, ["a", "", "b"])
    {0: 0, 2: 4}
    """
    kept = (i for i, line in enumerate(lines) if line.strip() and i not in removed)
    return {j: next(kept) for j, line in enumerate(left) if line.strip()}


def whole_in_rounds(lines: list[str], removed: set[int], rounds: int) -> bool:
    """Whether the ``removed`` lines go as whole logical lines in at most ``rounds`` rounds:
    in each, the lines not wrapped with a line that stays this round (its wrapped parts, or
    its whole runs, held for a later round), judged in the text the rounds before left (as
    the pass judges its own output, see ``plan_removal``). A line that ``unwrap`` joins to
    a lone word in a paragraph goes when it stands apart once the lines around it went.

    >>> prose = "The council voted on Tuesday night to keep the old ferry running for years."
    >>> lines = ["Comments", "\u00a9 2020 Foo", "Comments", "a", prose]
    >>> whole_in_rounds(lines, {0, 1, 2}, 1), whole_in_rounds(lines, {0, 1, 2}, 2)
    (False, True)
    >>> whole_in_rounds(["Comments", "Tags: a, b", "a", "Leave a Reply", "a"], {0, 1, 3}, 2)
    True
    >>> whole_in_rounds([f"{prose[:-1]} to be", "read by all."], {0}, 3)
    False
    """
    parted = UnwrapParts("\n".join(lines))
    partial = list(partial_runs(lines, removed, parted))
    if not partial:
        return True
    if rounds <= 1:
        return False
    from cleaner.passes.boilerplate.drop import drop_lines  # (Asked of a partial run only.)

    parts = {i for run in partial for part in _wrapped_parts(lines, run, parted) for i in part}
    runs = {i for run in partial for i in run}
    for held in (parts, runs) if parts != runs else (parts,):
        now = removed - held
        if not now or next(partial_runs(lines, now, parted), None) is not None:
            continue
        left = drop_lines("\n".join(lines), now).split("\n")
        position = {i: j for j, i in kept_positions(lines, now, left).items()}
        if whole_in_rounds(left, {position[i] for i in held}, rounds - 1):
            return True
    return False
