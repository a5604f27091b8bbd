"""Every change cleaning made, as data: pass, rule ID, spans in the input and the output.

Built on demand from :class:`cleaner.CleanResult` (its steps and offset map), so cleaning
itself records nothing. ``before`` and ``after`` are the text the pass saw and made; the
spans locate that change in the original text and in the clean text (a later pass may
have changed the same place again: then the span covers what became of it).
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from itertools import compress, repeat
from operator import and_, eq, itemgetter, not_, sub
from typing import TYPE_CHECKING, NamedTuple

from cleaner.align.blocks import fast_block
from cleaner.classify import Piece, classify_with_texts
from cleaner.crlf_map import CR_RULE, CrlfStepMap
from cleaner.joins_map import JoinsStepMap
from cleaner.offsets import LINE_MOVING_PASSES, StepMap, carry_boundaries

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from cleaner.align import Block
    from cleaner.config import Config
    from cleaner.pipeline import CleanResult, Step


class Change(NamedTuple):
    """One change: ``before`` became ``after`` by ``rule`` of pass ``pass_name``, at
    ``input`` (``[start, end)`` of the original text) and ``output`` (of the clean text)."""

    pass_name: str
    rule: str
    input: tuple[int, int]
    output: tuple[int, int]
    before: str
    after: str


# Passes whose changes are not one a changed block in order (boilerplate's are its lines)
# or whose blocks are not in order (a moved line): their spans go through their own maps.
COARSE_SKIPPED = LINE_MOVING_PASSES | {"boilerplate"}
# The text before and after of a CR removed from a CRLF (cleaner.crlf_map's pieces).
CR_TEXTS = {CR_RULE: ("\r", "")}

# ``Change(*fields)`` without the Python frame of a named tuple's ``__new__`` (thousands).
_change = partial(tuple.__new__, Change)


class StepChanges(NamedTuple):
    """The changes of one step as columns: its ``pieces`` (spans in the step's own texts,
    with their rules) and, for each, where it lies in the original text (``input_starts``,
    ``input_ends``) and in the clean text (``output_starts``, ``output_ends``); ``counts``,
    how many each rule made; ``texts``, the text before and after of every change of a
    rule, for the rules whose changes are known to be all alike (a CR removed, a line
    joined), which need not be cut out of the step's texts."""

    step: Step
    pieces: list[Piece]
    input_starts: list[int]
    input_ends: list[int]
    output_starts: list[int]
    output_ends: list[int]
    counts: Counter[str]
    texts: Mapping[str, tuple[str, str]]


def step_changes(result: CleanResult, config: Config) -> Iterator[StepChanges]:
    """The changes of every step that changed the text, step by step, in text order: what
    :func:`find_changes` makes a :class:`Change` each of, and the JSON line writes as they
    are (a novel has a quarter of a million changes).

    >>> from cleaner import Config, clean_and_explain
    >>> [c.output_ends for c in step_changes(clean_and_explain("a  b"), Config())]
    [[1, 4]]
    """
    maps = result.offset_map.steps
    found = [_classified(step, maps[k], config) for k, step in enumerate(result.steps)]
    # What each step's spans are carried through: its map, or one of its changes that move
    # a boundary only (when they are a few of them).
    total = sum(len(pieces) for pieces, *_ in found)
    carriers = [
        _carrier(maps[k], found[k][1:5], step.name, total - len(found[k][0]))
        for k, step in enumerate(result.steps)
    ]
    for k, step in enumerate(result.steps):
        pieces, i1, i2, j1, j2, counts, texts = found[k]
        inputs = carry_boundaries(i1, i2, carriers[:k][::-1], backward=True)
        outputs = carry_boundaries(j1, j2, carriers[k + 1 :])
        yield StepChanges(step, pieces, *inputs, *outputs, counts, texts)


def _classified(
    step: Step, step_map: StepMap | CrlfStepMap | JoinsStepMap, config: Config
) -> tuple:
    """A step's changes with their rules, their columns (``i1``, ``i2``, ``j1``, ``j2``),
    how many each rule made, and the texts of the rules whose changes are all alike."""
    options = config.options_for(step.name)
    if isinstance(step_map, JoinsStepMap):  # (changes made without blocks)
        pieces, texts = step_map.pieces_and_texts(options)
    elif isinstance(step_map, CrlfStepMap):
        pieces, texts = step_map.pieces(options), {}
    else:
        blocks = list(step_map.blocks)
        pieces, texts = classify_with_texts(step.name, step.before, step.after, blocks, options)
    counts = Counter(map(itemgetter(4), pieces))  # (C loops)
    if isinstance(step_map, CrlfStepMap) and step_map.crs and counts[CR_RULE] == len(step_map.crs):
        texts = CR_TEXTS  # (no quote's change has the CRs' rule)
    columns = (list(map(itemgetter(n), pieces)) for n in range(4))
    return (pieces, *columns, counts, texts)


def _carrier(
    step_map: StepMap | CrlfStepMap, columns: tuple[list[int], ...], name: str, spans: int
) -> StepMap | CrlfStepMap:
    """What carries spans across a step as its map does: when most of its changes are a
    character for one (a line break become a space, a quote uncurled), a map of the others
    alone, the text between them kept. Such a change maps a boundary as kept text does
    (its start to its start, its end to its end), so the spans land where the step's own
    map puts them, in a sweep over a few blocks rather than a search per span (a novel's
    unwrap step has a block for every line). ``columns``: the changes' starts and ends in
    the step's texts, one change a changed block, in order (not so for ``boilerplate``,
    which cuts a block into its lines, nor a pass that moves lines); ``spans``: how many
    spans the other steps' changes carry across it. Only where it pays: the step's map has
    about as many blocks as there are spans (each then found by a search), and the map of
    the others has so few that a sweep over them costs little a span."""
    i1, i2, j1, j2 = columns
    if type(step_map) is not StepMap or name in COARSE_SKIPPED:
        return step_map  # (a CRLF step's map is its CRs' positions already)
    if len(step_map.blocks) * 4 < spans or len(i1) * 32 < spans or len(i1) * 2 > spans:
        return step_map  # (a sweep already, or too few changes to pay for another map)
    one_for_one = map(
        and_, map(eq, map(sub, i2, i1), repeat(1)), map(eq, map(sub, j2, j1), repeat(1))
    )
    moving = list(compress(range(len(i1)), map(not_, one_for_one)))  # (C loops)
    if len(moving) * 32 >= spans:
        return step_map
    blocks: list[Block] = []
    kept_i, kept_j = 0, 0  # where the text kept since the last change starts
    for n in moving:
        if i1[n] > kept_i or j1[n] > kept_j:
            blocks.append(fast_block((kept_i, i1[n], kept_j, j1[n], True)))
        blocks.append(fast_block((i1[n], i2[n], j1[n], j2[n], False)))
        kept_i, kept_j = i2[n], j2[n]
    before, after = step_map.before_length, step_map.after_length
    if kept_i < before or kept_j < after:
        blocks.append(fast_block((kept_i, before, kept_j, after, True)))
    return StepMap(tuple(blocks), before, after)


def find_changes(result: CleanResult, config: Config) -> list[Change]:
    """The changes of every pass that changed the text, pass by pass, in text order.

    >>> from cleaner import Config, clean_and_explain
    >>> [(c.rule, c.input, c.output) for c in find_changes(clean_and_explain("a  b"), Config())]
    [('whitespace.space-run', (1, 2), (1, 1)), ('whitespace.final-newline', (4, 4), (3, 4))]
    """
    changes = []
    for step, pieces, *spans, _, _ in step_changes(result, config):
        name, before, after = step.name, step.before, step.after
        changes += [
            _change((name, rule, (s1, s2), (t1, t2), before[i1:i2], after[j1:j2]))
            for (i1, i2, j1, j2, rule), s1, s2, t1, t2 in zip(pieces, *spans, strict=True)
        ]
    return changes


def count_changes(changes: list[Change]) -> dict[str, dict[str, object]]:
    """Per pass, the number of changes and their numbers per rule.

    >>> count_changes([Change("split", "split.capital", (0, 0), (0, 1), "", " ")])
    {'split': {'changes': 1, 'rules': {'split.capital': 1}}}
    """
    per_pass: dict[str, Counter[str]] = {}
    for (pass_name, rule), count in Counter((c.pass_name, c.rule) for c in changes).items():
        per_pass.setdefault(pass_name, Counter())[rule] = count
    return count_rules(per_pass.items())


def count_rules(counts: Iterable[tuple[str, Counter[str]]]) -> dict[str, dict[str, object]]:
    """:func:`count_changes`, from ``(pass, counts per rule)`` in the passes' order (a pass
    that ran twice, as ``boilerplate`` when it settles a text, counted once).

    >>> count_rules([("split", Counter({"split.capital": 1}))])
    {'split': {'changes': 1, 'rules': {'split.capital': 1}}}
    >>> count_rules([("boilerplate", Counter({"a": 1})), ("boilerplate", Counter({"a": 1}))])
    {'boilerplate': {'changes': 2, 'rules': {'a': 2}}}
    """
    per_pass: dict[str, Counter[str]] = {}
    for name, rules in counts:
        if rules:
            per_pass[name] = per_pass[name] + rules if name in per_pass else rules
    return {
        name: {"changes": sum(rules.values()), "rules": dict(sorted(rules.items()))}
        for name, rules in per_pass.items()
    }
