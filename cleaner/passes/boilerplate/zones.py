"""Where furniture may go by its place: the seeds the rules give, the blocks grown from
them, the edge zones at a text's top and bottom, and the prose that ends them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Container, Iterable
from itertools import compress

from cleaner.lazy_re import lazy_compile
from cleaner.passes.boilerplate.rules import EDGE, LABEL, STRONG, Rule

# The edge zone ends after this many lines that match no rule (title, byline, dek)...
EDGE_CONTENT_LINES = 3
# (Counted as ``unwrap`` leaves them where a line a rule matches is this many lines or fewer
# past the zone: see :func:`_edge_zone`.)
JOINED_REACH = 40
# ...or at the first line that reads as prose: this long, this many words, or a sentence
# of this many words (a heading such as "Next" after the last paragraph stays content).
PROSE_MIN_CHARS = 100
PROSE_MIN_WORDS = 15
SENTENCE_MIN_WORDS = 6
# In the middle, a label next to furniture goes only with a block holding at least this many
# strong lines ("Comments" next to one "Advertisement" is likely a heading), and an edge
# line ("Next", "Home") only with a bar or a block of EDGES_MIN_STRONG_LINES strong lines.
BLOCK_MIN_STRONG_LINES = 2
# ...or this many edge lines ("Facebook", "Twitter", "Email": a share bar).
BLOCK_MIN_EDGE_LINES = 3
# A block holding this many strong lines takes its edge lines too: "Don't miss" above three
# teasers. (At two, bench_boilerplate lost a content line: a heading above two ad lines.)
EDGES_MIN_STRONG_LINES = 3

# A byline ("By Mike Wuerthele and Malcolm Owen", "By LISA MASCARO, MARY CLARE JALONICK and
# ERIC TUCKER"): part of an article's head, it stays but does not end the edge zone, so the
# dateline under it is still at the edge.
BYLINE_RE = lazy_compile(r"[Bb]y [A-Z][\w.'-]*(,? (and |& )?[A-Z][\w.'-]*){1,11}")
# The end of a sentence: final punctuation, maybe inside closing quotes or brackets.
SENTENCE_END_RE = lazy_compile(r"[.!?…][\"'”’)\]]*$")


def _seed(
    lines: list[str],
    matches: dict[int, Rule],
    zone: set[int],
    filled: list[int],
    document: bool = False,
) -> dict[int, tuple[Rule, str]]:
    """Lines that go on their own: strong ones, edge ones in an edge zone, outermost labels
    (none in a ``document``: its first line is its title, see :mod:`.document`).
    (``filled``: the lines that are not blank.)"""
    # A Markdown heading on the first line is the text's title ("## Comments" heading a
    # chapter on comments), no label of a section of furniture; so is an underlined one
    # (CMake's page on the target property ``LABELS``), no widget's title either.
    outermost = {filled[0], filled[-1]} if filled and not document else set()
    title = -1
    if filled and lines[filled[0]].lstrip().startswith("#"):
        outermost.discard(filled[0])
    elif filled and _underlined(lines, filled[0]):
        outermost.discard(filled[0])
        title = filled[0]
    in_bar = _edge_bars(filled, matches)
    seeds = {}
    for i, rule in matches.items():
        if rule.kind == STRONG:
            seeds[i] = (rule, "anywhere")
        elif rule.kind == EDGE and i in zone and i != title:
            seeds[i] = (rule, "edge zone")
        elif rule.kind == EDGE and i in in_bar:
            seeds[i] = (rule, "bar of edge lines")
        elif rule.kind == LABEL and i in outermost:
            seeds[i] = (rule, "outermost line")
    return seeds


def _underlined(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a title underlined as reStructuredText and Markdown do."""
    from cleaner.passes.boilerplate.structured import underlined  # Deferred: rarely asked.

    return underlined(lines, i)


def filled_lines(lines: list[str]) -> list[int]:
    """The indexes of the lines that are not blank (found in C: a book has 100,000).

    >>> filled_lines(["a", " ", "", "b"])
    [0, 3]
    """
    return list(compress(range(len(lines)), map(str.strip, lines)))


def judged_blocks(
    lines: list[str],
    matches: dict[int, Rule],
    removed: dict[int, tuple[Rule, str]],
    document: bool = False,
    joined: Container[int] | None = None,
) -> dict[int, tuple[Rule, str]]:
    """The lines the rules remove: seeds (and lines already ``removed``), grown into blocks,
    less the middle's weak edge lines and labels. A ``document`` (see :mod:`.document`) has
    no edge zones: a site's header and footer are a page's. (``joined``: see
    :func:`_edge_zone`.)"""
    filled = filled_lines(lines)  # (Once: an RFC has 22,000 lines a megabyte.)
    zone = set() if document else _edge_zone(lines, matches, filled, joined)
    seeds = _seed(lines, matches, zone, filled, document) | removed
    return _keep_middle_neighbours(_grow_blocks(matches, seeds, filled), zone, filled)


def _runs(filled: list[int], indexes: Iterable[int]) -> list[list[int]]:
    """The runs of ``indexes`` that follow each other among the ``filled`` lines (blank
    lines between allowed), in order; an index of a blank line is in none. (Found from the
    indexes, a few, not by reading every line.)

    >>> _runs([0, 1, 2, 4, 6], [6, 0, 1, 4, 3])
    [[0, 1], [4, 6]]
    """
    runs: list[list[int]] = []
    last = -2  # The position among ``filled`` of the last index added.
    for i in sorted(indexes):
        k = bisect_left(filled, i)
        if k == len(filled) or filled[k] != i:
            continue
        if k == last + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
        last = k
    return runs


def _edge_bars(filled: list[int], matches: dict[int, Rule]) -> set[int]:
    """The lines of runs of matching lines (blank lines between allowed) that hold at least
    ``BLOCK_MIN_EDGE_LINES`` edge lines: a share bar or a menu anywhere in the text.

    >>> edge = Rule("share", "network-button", EDGE, "")
    >>> sorted(_edge_bars([0, 1, 2, 4], {0: edge, 1: edge, 2: edge}))
    [0, 1, 2]
    """
    bars: set[int] = set()
    for run in _runs(filled, matches):
        if sum(matches[j].kind == EDGE for j in run) >= BLOCK_MIN_EDGE_LINES:
            bars.update(run)
    return bars


def _edge_zone(
    lines: list[str],
    matches: dict[int, Rule],
    filled: list[int],
    joined: Container[int] | None = None,
) -> set[int]:
    """Line indexes of the top and bottom edge zones: up to the first prose of each end.

    The content lines are counted as ``unwrap`` leaves them, if ``joined`` (the ``i`` whose
    next line not blank it joins to line ``i``, see :class:`.whole.UnwrapJoins`) is given:
    else the next run, which sees the wrapped lines joined, counts fewer and may reach a
    line this one kept (``Share this:`` between two paragraphs of three short lines each).
    Asked only where the count ends the zone before a line a rule matches, not far.

    >>> edge = Rule("share", "share-label", EDGE, "")
    >>> lines = ["a", "b", "c", "", "Share this:", "d", "e", "f"]
    >>> sorted(_edge_zone(lines, {4: edge}, [0, 1, 2, 4, 5, 6, 7]))
    [0, 1, 6, 7]
    >>> sorted(_edge_zone(lines, {4: edge}, [0, 1, 2, 4, 5, 6, 7], joined={0, 1, 5, 6}))
    [0, 1, 2, 4, 5, 6, 7]
    """
    top = _zone_from(filled, lines, matches)
    bottom = _zone_from(filled[::-1], lines, matches)
    if joined is not None:
        if _stops_before_match(filled, top, lines, matches):
            top = _zone_from(filled, lines, matches, lambda i, last: last in joined)
        if _stops_before_match(filled[::-1], bottom, lines, matches):
            bottom = _zone_from(filled[::-1], lines, matches, lambda i, last: i in joined)
    return top | bottom


def _zone_from(
    order: Iterable[int],
    lines: list[str],
    matches: dict[int, Rule],
    goes_on: Callable[[int, int], bool] | None = None,
) -> set[int]:
    """The zone from one end: up to a few content lines, or to the first prose. (A line
    that ``goes_on(i, last)`` the one before it in ``order``, both content, is no more
    content.)"""
    zone: set[int] = set()
    content = 0
    last = -1  # The line before in order, if it was content.
    for i in order:
        if i not in matches:
            more = goes_on is None or last < 0 or not goes_on(i, last)
            content += more and not BYLINE_RE.fullmatch(lines[i].strip())
            last = i
            if _reads_as_prose(lines, i, matches) or content >= EDGE_CONTENT_LINES:
                break
        else:
            last = -1
        zone.add(i)
    return zone


def _stops_before_match(
    order: list[int], zone: set[int], lines: list[str], matches: dict[int, Rule]
) -> bool:
    """Whether the zone from one end (``order``) ends at its count of content lines with a
    line a rule matches, not strong, within :data:`JOINED_REACH` lines after, before prose.
    """
    k = len(zone)  # (The zone is the first lines in order; line ``order[k]`` ended it.)
    if k + 1 >= len(order) or _reads_as_prose(lines, order[k], matches):
        return False
    for i in order[k + 1 : k + 1 + JOINED_REACH]:
        if i in matches:
            if matches[i].kind != STRONG:
                return True
        elif _reads_as_prose(lines, i, matches):
            return False
    return False


def _paragraph_of(lines: list[str], i: int, matches: dict[int, Rule]) -> str:
    """Line ``i`` joined with the unmatched lines right above and below it.

    A hard-wrapped sentence is prose even when each of its lines is short.

    >>> _paragraph_of(["Share", "Once you can bake", "this loaf, try rye.", ""], 1, {0: None})
    'Once you can bake this loaf, try rye.'
    """
    start = end = i
    while start > 0 and lines[start - 1].strip() and start - 1 not in matches:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].strip() and end + 1 not in matches:
        end += 1
    return " ".join(line.strip() for line in lines[start : end + 1])


def _reads_as_prose(lines: list[str], i: int, matches: dict[int, Rule]) -> bool:
    """``is_prose(_paragraph_of(lines, i, matches))``, without joining a long paragraph (a
    text without blank lines is one: each end's zone would join it all): its lines are
    read outward from line ``i`` only until they make :data:`PROSE_MIN_CHARS` characters,
    prose whatever its words.

    >>> lines = ["Share", "Once you can bake", "this loaf, try rye.", "", "Home"]
    >>> [_reads_as_prose(lines, i, {0: None}) for i in (1, 4)]
    [True, False]
    >>> _reads_as_prose(["x" * 60, "Share", "y" * 60], 0, {}), _reads_as_prose(["x" * 60], 0, {})
    (True, False)
    """
    length = len(lines[i].strip())
    start = end = i
    while length and length < PROSE_MIN_CHARS:  # (The joined lines' length, spaces and all.)
        if start > 0 and lines[start - 1].strip() and start - 1 not in matches:
            start -= 1
            length += len(lines[start].strip()) + 1
        elif end + 1 < len(lines) and lines[end + 1].strip() and end + 1 not in matches:
            end += 1
            length += len(lines[end].strip()) + 1
        else:
            break  # (The whole paragraph, shorter: judged by its words.)
    return length >= PROSE_MIN_CHARS or is_prose(_paragraph_of(lines, i, matches))


def is_prose(line: str) -> bool:
    """A line that reads as article text: long, wordy, or a sentence of several words.

    >>> is_prose("Once you can bake this loaf, try rye."), is_prose("Related Posts")
    (True, False)
    """
    words = len(line.split())
    sentence = words >= SENTENCE_MIN_WORDS and SENTENCE_END_RE.search(line.rstrip()) is not None
    return sentence or len(line.strip()) >= PROSE_MIN_CHARS or words >= PROSE_MIN_WORDS


def _grow_blocks(
    matches: dict[int, Rule], seeds: dict[int, tuple[Rule, str]], filled: list[int]
) -> dict[int, tuple[Rule, str]]:
    """Add matching lines next to removed ones (blank lines between), until none is left.
    (``filled``: the lines that are not blank; every seed is one.)"""
    removed = dict(seeds)
    todo = list(seeds)
    while todo:
        k = bisect_left(filled, todo.pop())
        for neighbour in filled[max(k - 1, 0) : k + 2]:
            if neighbour in matches and neighbour not in removed:
                removed[neighbour] = (matches[neighbour], "next to furniture")
                todo.append(neighbour)
    return removed


def _keep_middle_neighbours(
    removed: dict[int, tuple[Rule, str]], zone: set[int], filled: list[int]
) -> dict[int, tuple[Rule, str]]:
    """Keep the middle's edge lines and labels whose block is too weak (see
    :func:`_block_strength`). (``filled``: the lines that are not blank.)"""
    kept = dict(removed)
    for block in _runs(filled, removed):
        takes_edges, takes_labels = _block_strength([removed[j][0].kind for j in block])
        for j in block:
            kind = removed[j][0].kind
            if j not in zone and (
                (kind == EDGE and not takes_edges) or (kind == LABEL and not takes_labels)
            ):
                del kept[j]
    return kept


def _block_strength(kinds: list[str]) -> tuple[bool, bool]:
    """Whether a middle block of lines of these rule ``kinds`` takes its edge lines, and its
    labels: a bar of ``BLOCK_MIN_EDGE_LINES`` edge lines ("Facebook", "Twitter", "Email")
    takes both; ``BLOCK_MIN_STRONG_LINES`` strong lines take labels ("Next" above two ad
    lines may be a heading), ``EDGES_MIN_STRONG_LINES`` take edge lines too.

    >>> _block_strength([STRONG, STRONG, EDGE]), _block_strength([EDGE, EDGE, EDGE, LABEL])
    ((False, True), (True, True))
    >>> _block_strength([EDGE, STRONG, STRONG, STRONG])
    (True, True)
    """
    bar = kinds.count(EDGE) >= BLOCK_MIN_EDGE_LINES
    strong = kinds.count(STRONG)
    return bar or strong >= EDGES_MIN_STRONG_LINES, bar or strong >= BLOCK_MIN_STRONG_LINES
