"""``--format json``: one JSON object per file (JSON Lines), or only the corpus totals.

The objects follow ``cleaner/data/changes.schema.json`` (documented in the README). A file
is named by ``path``; a record of a dataset file will add ``record`` (its id) beside it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

from cleaner.changes import Change, StepChanges, count_changes, count_rules, step_changes
from cleaner.config import Config
from cleaner.offsets import collection_paused

# What json.dumps(..., ensure_ascii=False) writes for a string (the same C function).
encode_string = encode_basestring

if TYPE_CHECKING:
    from cleaner.rendering import JsonMode
    from cleaner.report import FileOutcome


def file_object(outcome: FileOutcome, config: Config, *, notes: bool = False) -> dict[str, Any]:
    """The JSON object of one file's outcome: status, counts per pass and rule, changes.

    >>> from cleaner.report import FileOutcome, Status
    >>> file_object(FileOutcome("a.txt", Status.UNCHANGED, cached=True), None)
    {'path': 'a.txt', 'status': 'unchanged', 'passes': {}, 'changes': [], 'cached': True}
    """
    result = outcome.result
    changes = result.changes(config) if result is not None and result.steps else []
    head, tail = _fields(outcome, config, count_changes(changes), notes)
    return {**head, "changes": [change_object(change) for change in changes], **tail}


def counts_object(outcome: FileOutcome, config: Config) -> dict[str, Any]:
    """What ``--summary`` counts of one file's outcome: :func:`file_object` without the
    changes listed (each is counted under ``passes``).

    >>> from cleaner import clean_and_explain
    >>> from cleaner.report import FileOutcome, Status
    >>> outcome = FileOutcome("a.txt", Status.CHANGED, result=clean_and_explain("a  b"))
    >>> counts_object(outcome, None)["passes"]["whitespace"]["changes"]
    2
    """
    found = file_object(outcome, config)
    del found["changes"]
    return found


def file_line(outcome: FileOutcome, config: Config, *, notes: bool = False) -> str:
    """``dumps(file_object(...))``, written directly: the changes, most of the line, are
    formatted from the columns of each step (:func:`cleaner.changes.step_changes`) rather
    than made into :class:`Change` tuples, then dicts, then encoded.

    >>> from cleaner import clean_and_explain
    >>> from cleaner.report import FileOutcome, Status
    >>> outcome = FileOutcome("a.txt", Status.CHANGED, result=clean_and_explain("a  b"))
    >>> file_line(outcome, None) == dumps(file_object(outcome, None))
    True
    """
    result = outcome.result
    lines: list[str] = []
    counts: list[tuple[str, Counter[str]]] = []
    if result is not None and result.steps:
        with collection_paused():
            for changes in step_changes(result, config or Config()):
                lines += _change_lines(changes)
                counts.append((changes.step.name, changes.counts))
    head, tail = _fields(outcome, config, count_rules(counts), notes)
    rest = f", {dumps(tail)[1:]}" if tail else "}"
    return f'{dumps(head)[:-1]}, "changes": [{", ".join(lines)}]{rest}'


def _change_lines(changes: StepChanges) -> list[str]:
    """What :func:`change_object`'s dicts of one step's changes dump as (default
    separators), written directly: an f-string per change, formatted faster than ``%``;
    the texts of a rule whose changes are all alike (``changes.texts``) encoded once, and
    for a step of one such rule, the start and the end of every change's object formatted
    alike, with nothing looked up a change (about a fifth of the line's cost there)."""
    step, pieces, *spans, counts, texts = changes
    before, after, encode = step.before, step.after, encode_string
    head = f'{{"pass": {encode(step.name)}, "rule": '
    rules = {rule: f'{head}{encode(rule)}, "input": [' for rule in counts}
    if not texts.keys() & counts.keys():
        return [
            f'{rules[rule]}{s1}, {s2}], "output": [{t1}, {t2}], '
            f'"before": {encode(before[i1:i2])}, "after": {encode(after[j1:j2])}}}'
            for (i1, i2, j1, j2, rule), s1, s2, t1, t2 in zip(pieces, *spans, strict=True)
        ]
    tails = {
        rule: f'], "before": {encode(b)}, "after": {encode(a)}}}' for rule, (b, a) in texts.items()
    }
    if len(counts) == 1 and counts.keys() <= tails.keys():  # (the joins of an unwrap step)
        (rule,) = counts
        start, end = rules[rule], tails[rule]
        return [
            f'{start}{s1}, {s2}], "output": [{t1}, {t2}{end}'
            for s1, s2, t1, t2 in zip(*spans, strict=True)
        ]
    return [
        f'{rules[rule]}{s1}, {s2}], "output": [{t1}, {t2}{tails[rule]}'
        if rule in tails
        else f'{rules[rule]}{s1}, {s2}], "output": [{t1}, {t2}], '
        f'"before": {encode(before[i1:i2])}, "after": {encode(after[j1:j2])}}}'
        for (i1, i2, j1, j2, rule), s1, s2, t1, t2 in zip(pieces, *spans, strict=True)
    ]


def _fields(
    outcome: FileOutcome, config: Config, passes: dict[str, Any], notes: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields of a file's object before ``changes`` and after it, in their order;
    ``passes`` is the changes counted per pass and rule."""
    head: dict[str, Any] = {"path": outcome.path}
    if outcome.record:  # its file, line and id apart
        head["path"], head["line"] = outcome.dataset_file, outcome.line
        if outcome.record_id is not None:
            head["record"] = outcome.record_id
    head["status"] = outcome.status.value
    head["passes"] = passes
    tail: dict[str, Any] = {}
    if outcome.record_counts is not None:
        total, changed, failed = outcome.record_counts
        tail["records"] = {"total": total, "changed": changed, "failed": failed}
    if outcome.message and outcome.status.value == "failed":
        tail["error"] = outcome.message
    if outcome.cached:
        tail["cached"] = True
    if outcome.warnings:
        tail["warnings"] = list(outcome.warnings)
    if notes and outcome.result is not None:
        tail["notes"] = [{"pass": n, "note": note} for n, note in outcome.result.notes(config)]
    return head, tail


def change_object(change: Change) -> dict[str, Any]:
    """One change as JSON: spans are ``[start, end)`` in characters (code points).

    >>> change_object(Change("split", "split.capital", (4, 4), (4, 5), "", " "))["output"]
    [4, 5]
    """
    pass_name, rule, (i1, i2), (o1, o2), before, after = change
    return {
        "pass": pass_name,
        "rule": rule,
        "input": [i1, i2],
        "output": [o1, o2],
        "before": before,
        "after": after,
    }


@dataclass
class Totals:
    """The corpus totals of ``--summary``: files by status, changes per pass and rule."""

    statuses: Counter[str] = field(default_factory=Counter)
    rules: dict[str, Counter[str]] = field(default_factory=dict)
    records: Counter[str] = field(default_factory=Counter)

    def add(self, found: dict[str, Any]) -> None:
        """Count one file's or record's object (as :func:`file_object` makes it): a record
        counts its changes; its dataset file's own object, the file and its records."""
        if "line" not in found:
            self.statuses[found["status"]] += 1
        self.records.update(found.get("records", {}))
        for name, counts in found["passes"].items():
            self.rules.setdefault(name, Counter()).update(counts["rules"])

    def as_object(self) -> dict[str, Any]:
        """The summary object.

        >>> totals = Totals()
        >>> totals.add({"status": "changed", "passes": {"split": {"rules": {"split.capital": 2}}}})
        >>> totals.as_object()["passes"]
        {'split': {'changes': 2, 'rules': {'split.capital': 2}}}
        """
        records = (
            {"records": {key: self.records[key] for key in ("total", "changed", "failed")}}
            if self.records
            else {}
        )
        return {
            "summary": True,
            "files": sum(self.statuses.values()),
            **{status: self.statuses[status] for status in ("changed", "unchanged", "failed")},
            **records,
            "passes": {
                name: {"changes": sum(rules.values()), "rules": dict(sorted(rules.items()))}
                for name, rules in self.rules.items()
            },
        }


@dataclass
class JsonPrinter:
    """Prints each file's object on stdout (or, for ``--summary``, only the totals at the
    end); a file's error also goes to stderr, as in the text formats."""

    config: Config
    mode: JsonMode
    totals: Totals = field(default_factory=Totals)

    def show(self, outcome: FileOutcome) -> None:
        from cleaner import output
        from cleaner.report import Status

        if outcome.status is Status.FAILED:
            output.print_error(outcome.path, outcome.message)
        if outcome.json_line is None:  # (made here: a file the cache knew, a dataset's)
            outcome = self.mode.render(outcome, self.config)
        assert outcome.json_line is not None
        if self.mode.summary:
            self.totals.add(json.loads(outcome.json_line))
        else:
            output.print_line(outcome.json_line)

    def close(self) -> None:
        if self.mode.summary:
            from cleaner import output

            output.print_line(dumps(self.totals.as_object()))


def dumps(found: dict[str, Any]) -> str:
    """One JSON Lines line (UTF-8 text kept as it is, not escaped)."""
    return json.dumps(found, ensure_ascii=False)
