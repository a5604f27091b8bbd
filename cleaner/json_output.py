"""``--format json``: one JSON object per file (JSON Lines), or only the corpus totals.

The objects follow ``cleaner/data/changes.schema.json`` (documented in the README). A file
is named by ``path``; a record of a dataset file will add ``record`` (its id) beside it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cleaner.changes import Change, count_changes

if TYPE_CHECKING:
    from cleaner.config import Config
    from cleaner.report import FileOutcome


def file_object(outcome: FileOutcome, config: Config, *, notes: bool = False) -> dict[str, Any]:
    """The JSON object of one file's outcome: status, counts per pass and rule, changes.

    >>> from cleaner.report import FileOutcome, Status
    >>> file_object(FileOutcome("a.txt", Status.UNCHANGED, cached=True), None)
    {'path': 'a.txt', 'status': 'unchanged', 'passes': {}, 'changes': [], 'cached': True}
    """
    changes = _changes(outcome, config)
    found: dict[str, Any] = {"path": outcome.path}
    if outcome.record:  # its file, line and id apart
        found["path"], found["line"] = outcome.dataset_file, outcome.line
        if outcome.record_id is not None:
            found["record"] = outcome.record_id
    found["status"] = outcome.status.value
    found["passes"] = count_changes(changes)
    found["changes"] = [change_object(change) for change in changes]
    if outcome.record_counts is not None:
        total, changed, failed = outcome.record_counts
        found["records"] = {"total": total, "changed": changed, "failed": failed}
    if outcome.message and outcome.status.value == "failed":
        found["error"] = outcome.message
    if outcome.cached:
        found["cached"] = True
    if outcome.warnings:
        found["warnings"] = list(outcome.warnings)
    if notes and outcome.result is not None:
        found["notes"] = [{"pass": n, "note": note} for n, note in outcome.result.notes(config)]
    return found


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


def _changes(outcome: FileOutcome, config: Config) -> list[Change]:
    result = outcome.result
    return result.changes(config) if result is not None and result.steps else []


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
    notes: bool = False
    summary: bool = False
    totals: Totals = field(default_factory=Totals)

    def show(self, outcome: FileOutcome) -> None:
        from cleaner import output
        from cleaner.report import Status

        if outcome.status is Status.FAILED:
            output.print_error(outcome.path, outcome.message)
        found = file_object(outcome, self.config, notes=self.notes)
        if self.summary:
            self.totals.add(found)
        else:
            output.print_line(dumps(found))

    def close(self) -> None:
        if self.summary:
            from cleaner import output

            output.print_line(dumps(self.totals.as_object()))


def dumps(found: dict[str, Any]) -> str:
    """One JSON Lines line (UTF-8 text kept as it is, not escaped)."""
    return json.dumps(found, ensure_ascii=False)
