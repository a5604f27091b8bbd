"""Every change cleaning made, as data: pass, rule ID, spans in the input and the output.

Built on demand from :class:`cleaner.CleanResult` (its steps and offset map), so cleaning
itself records nothing. ``before`` and ``after`` are the text the pass saw and made; the
spans locate that change in the original text and in the clean text (a later pass may
have changed the same place again: then the span covers what became of it).
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from cleaner.classify import Piece, classify
from cleaner.crlf_map import CrlfStepMap
from cleaner.joins_map import JoinsStepMap
from cleaner.offsets import carry_boundaries

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

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


# ``Change(*fields)`` without the Python frame of a named tuple's ``__new__`` (thousands).
_change = partial(tuple.__new__, Change)


class StepChanges(NamedTuple):
    """The changes of one step as columns: its ``pieces`` (spans in the step's own texts,
    with their rules) and, for each, where it lies in the original text (``input_starts``,
    ``input_ends``) and in the clean text (``output_starts``, ``output_ends``)."""

    step: Step
    pieces: list[Piece]
    input_starts: list[int]
    input_ends: list[int]
    output_starts: list[int]
    output_ends: list[int]


def step_changes(result: CleanResult, config: Config) -> Iterator[StepChanges]:
    """The changes of every step that changed the text, step by step, in text order: what
    :func:`find_changes` makes a :class:`Change` each of, and the JSON line writes as they
    are (a novel has a quarter of a million changes).

    >>> from cleaner import Config, clean_and_explain
    >>> [c.output_ends for c in step_changes(clean_and_explain("a  b"), Config())]
    [[1, 4]]
    """
    maps = result.offset_map.steps
    for k, step in enumerate(result.steps):
        options = config.options_for(step.name)
        if isinstance(maps[k], CrlfStepMap | JoinsStepMap):  # (made without blocks)
            pieces = maps[k].pieces(options)
        else:
            pieces = classify(step.name, step.before, step.after, list(maps[k].blocks), options)
        i1, i2, j1, j2 = (list(map(itemgetter(n), pieces)) for n in range(4))  # (C loops)
        inputs = carry_boundaries(i1, i2, maps[:k][::-1], backward=True)
        outputs = carry_boundaries(j1, j2, maps[k + 1 :])
        yield StepChanges(step, pieces, *inputs, *outputs)


def find_changes(result: CleanResult, config: Config) -> list[Change]:
    """The changes of every pass that changed the text, pass by pass, in text order.

    >>> from cleaner import Config, clean_and_explain
    >>> [(c.rule, c.input, c.output) for c in find_changes(clean_and_explain("a  b"), Config())]
    [('whitespace.space-run', (1, 2), (1, 1)), ('whitespace.final-newline', (4, 4), (3, 4))]
    """
    changes = []
    for step, pieces, *spans in step_changes(result, config):
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
