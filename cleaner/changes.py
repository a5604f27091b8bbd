"""Every change cleaning made, as data: pass, rule ID, spans in the input and the output.

Built on demand from :class:`cleaner.CleanResult` (its steps and offset map), so cleaning
itself records nothing. ``before`` and ``after`` are the text the pass saw and made; the
spans locate that change in the original text and in the clean text (a later pass may
have changed the same place again: then the span covers what became of it).
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from cleaner.classify import classify
from cleaner.offsets import carry_spans

if TYPE_CHECKING:
    from cleaner.config import Config
    from cleaner.pipeline import CleanResult


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


def find_changes(result: CleanResult, config: Config) -> list[Change]:
    """The changes of every pass that changed the text, pass by pass, in text order.

    >>> from cleaner import Config, clean_and_explain
    >>> [(c.rule, c.input, c.output) for c in find_changes(clean_and_explain("a  b"), Config())]
    [('whitespace.space-run', (1, 2), (1, 1)), ('whitespace.final-newline', (4, 4), (3, 4))]
    """
    maps = result.offset_map.steps
    changes = []
    for k, step in enumerate(result.steps):
        pieces = classify(
            step.name, step.before, step.after, list(maps[k].blocks), config.options_for(step.name)
        )
        inputs = carry_spans(
            [(i1, i2) for i1, i2, _, _, _ in pieces], maps[:k][::-1], backward=True
        )
        outputs = carry_spans([(j1, j2) for _, _, j1, j2, _ in pieces], maps[k + 1 :])
        name, before, after = step.name, step.before, step.after
        changes += [
            _change((name, rule, source, target, before[i1:i2], after[j1:j2]))
            for (i1, i2, j1, j2, rule), source, target in zip(pieces, inputs, outputs, strict=True)
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
    return {
        name: {"changes": sum(rules.values()), "rules": dict(sorted(rules.items()))}
        for name, rules in per_pass.items()
    }
