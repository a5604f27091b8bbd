"""Gather what a run would change into bounded, JSON-ready data for the report page.

Every file is counted in the summary, the charts and the rule view; the table lists the
changed and failed files (and clean files with a warning) up to :attr:`Limits.table_rows`;
the diff and notes of a file are kept only for the first :attr:`Limits.full_files` changed
files, so the page stays small however large the corpus.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cleaner.report import FileOutcome, Status
from cleaner.report_html.diff import ADDED, REMOVED, change_blocks

if TYPE_CHECKING:
    from cleaner.config import Config
    from cleaner.pipeline import CleanResult
    from cleaner.report_html.rules import RuleHit

# Lower edges of the bins of the change-size chart, in characters changed.
SIZE_BINS = (1, 3, 10, 30, 100, 300, 1_000, 3_000, 10_000, 30_000, 100_000)
# The fields of a row of the file table, in order (the page finds them by name).
COLUMNS = ("path", "status", "passes", "size", "removed", "added", "lines", "detail", "message")
# Unchanged characters kept on each side of a change in a file's diff.
DIFF_CONTEXT = 40


@dataclass(frozen=True)
class Limits:
    """The bounds that keep the page small; each one is stated on the page."""

    full_files: int = 200  # changed files whose diff and notes are kept in full
    diff_chars: int = 10_000  # characters of diff kept per file (whole changes only)
    table_rows: int = 20_000  # files listed in the table (changed, failed, warned)
    rule_examples: int = 50  # examples kept per rule


@dataclass
class _RuleGroup:
    pass_name: str
    rule: str
    kind: str
    hits: int = 0
    files: int = 0
    examples: list[list[Any]] = field(default_factory=list)


@dataclass(frozen=True)
class ReportData:
    """Everything the page shows, as JSON-ready values (see :meth:`ReportBuilder.data`)."""

    content: dict[str, Any]


@dataclass(frozen=True)
class FileChanges:
    """What the passes did to one file: sizes, changes per pass, and the diff blocks."""

    removed: int  # characters the passes removed (counted in each pass's word diff)
    added: int  # characters they added
    lines: int  # lines the file lost (net; negative if it gained some)
    changes: dict[str, int]  # pass -> changed blocks
    steps: list[list[Any]]  # [pass index, blocks, blocks left out] for the page
    hits: list[tuple[str, RuleHit]]  # (pass, rule hit)


class ReportBuilder:
    """Add outcomes one by one (memory stays bounded), then take :meth:`data`."""

    def __init__(self, config: Config, limits: Limits | None = None) -> None:
        self.config = config
        self.limits = limits or Limits()
        self.pass_index = {name: i for i, name in enumerate(config.passes)}
        self.counts: Counter[str] = Counter()
        self.totals: Counter[str] = Counter()
        self.changes_per_pass: Counter[str] = Counter()
        self.files_per_pass: Counter[str] = Counter()
        self.sizes = [0] * len(SIZE_BINS)
        self.rows: list[list[Any]] = []
        self.rows_left_out = 0
        self.details: list[dict[str, Any]] = []
        self.rules: dict[str, _RuleGroup] = {}

    def add(self, outcome: FileOutcome) -> None:
        """Count one file's outcome and keep what the page shows of it."""
        self.counts["seen"] += 1
        self.counts[outcome.status.value] += 1
        warning = "; ".join(outcome.warnings)
        if outcome.status is Status.FAILED:
            self._row(outcome.path, "failed", [], 0, 0, 0, 0, -1, outcome.message)
        elif outcome.status is Status.CHANGED and outcome.result is not None:
            self._add_changed(outcome.path, outcome.result, warning)
        elif outcome.status is Status.CHANGED:  # only the encoding or BOM would change
            self._row(outcome.path, "changed", [], 0, 0, 0, 0, -1, "encoding or BOM only")
        elif warning:
            self._row(outcome.path, "unchanged", [], 0, 0, 0, 0, -1, warning)

    def _add_changed(self, path: str, result: CleanResult, warning: str) -> None:
        full = len(self.details) < self.limits.full_files
        changes = file_changes(result, self.config, self.pass_index, self.limits, full=full)
        size = changes.removed + changes.added
        self.totals.update(removed=changes.removed, added=changes.added, lines=changes.lines)
        self.changes_per_pass.update(changes.changes)
        self.files_per_pass.update(changes.changes.keys())
        if size:
            self.sizes[bisect.bisect_right(SIZE_BINS, size) - 1] += 1
        for pass_name, hit in changes.hits:
            self._add_hit(path, pass_name, hit)
        for rule in {hit.rule for _, hit in changes.hits}:
            self.rules[rule].files += 1
        detail = -1
        if full:
            detail = len(self.details)
            notes = [[self.pass_index[name], note] for name, note in result.notes(self.config)]
            self.details.append({"steps": changes.steps, "notes": notes})
        passes = [self.pass_index[name] for name in changes.changes]
        self._row(
            path, "changed", passes, size, changes.removed, changes.added, changes.lines,
            detail, warning,
        )  # fmt: skip

    def _add_hit(self, path: str, pass_name: str, hit: RuleHit) -> None:
        group = self.rules.get(hit.rule)
        if group is None:
            group = self.rules[hit.rule] = _RuleGroup(pass_name, hit.rule, hit.kind)
        group.hits += 1
        if len(group.examples) < self.limits.rule_examples:
            group.examples.append([path, hit.line, hit.text, hit.why])

    def _row(self, *row: Any) -> None:
        if len(self.rows) < self.limits.table_rows:
            self.rows.append(list(row))
        else:
            self.rows_left_out += 1

    def _rule_json(self, group: _RuleGroup) -> dict[str, Any]:
        return {
            "pass": self.pass_index.get(group.pass_name, -1),
            "rule": group.rule,
            "kind": group.kind,
            "hits": group.hits,
            "files": group.files,
            "examples": group.examples,
        }

    def data(self) -> ReportData:
        """The page's data: summary, charts, table rows, kept diffs, rule groups, bounds."""
        labels = [f"{low:,}+" for low in SIZE_BINS]
        rules = sorted(self.rules.values(), key=lambda g: (-g.hits, g.rule))
        return ReportData(
            {
                "version": _version(),
                "config": self.config.source or "",
                "passes": list(self.config.passes),
                "summary": {
                    "seen": self.counts["seen"],
                    "changed": self.counts["changed"],
                    "unchanged": self.counts["unchanged"],
                    "failed": self.counts["failed"],
                    "chars_removed": self.totals["removed"],
                    "chars_added": self.totals["added"],
                    "lines_removed": self.totals["lines"],
                    "changes_per_pass": [self.changes_per_pass[p] for p in self.config.passes],
                    "files_per_pass": [self.files_per_pass[p] for p in self.config.passes],
                },
                "sizes": [[label, n] for label, n in zip(labels, self.sizes, strict=True)],
                "columns": list(COLUMNS),
                "files": self.rows,
                "rows_left_out": self.rows_left_out,
                "details": self.details,
                "rules": [self._rule_json(group) for group in rules],
                "limits": {
                    "full_files": self.limits.full_files,
                    "diff_chars": self.limits.diff_chars,
                    "table_rows": self.limits.table_rows,
                    "rule_examples": self.limits.rule_examples,
                },
            }
        )


def file_changes(
    result: CleanResult,
    config: Config,
    pass_index: dict[str, int],
    limits: Limits,
    *,
    full: bool,
) -> FileChanges:
    """Measure each pass's changes to one file; keep its diff blocks when ``full``.

    >>> from cleaner.config import Config
    >>> from cleaner.pipeline import clean_and_explain
    >>> config = Config()
    >>> index = {name: i for i, name in enumerate(config.passes)}
    >>> changes = file_changes(clean_and_explain("a  b"), config, index, Limits(), full=True)
    >>> changes.removed, changes.added, changes.lines, changes.changes
    (2, 2, -1, {'whitespace': 1})
    >>> changes.steps[0][1]
    [[1, 1, [['a', 0], ['␣␣', 1], ['␣', 2], ['b', 0], ['⏎', 2]]]]
    """
    from cleaner.report_html.rules import RULE_FINDERS

    removed = added = 0
    changes: dict[str, int] = {}
    steps: list[list[Any]] = []
    hits: list[tuple[str, RuleHit]] = []
    for step in result.steps:
        blocks, kept, budget = 0, [], limits.diff_chars
        for start, count, segments in change_blocks(step.before, step.after, context=DIFF_CONTEXT):
            blocks += 1
            removed += sum(len(text) for text, kind in segments if kind == REMOVED)
            added += sum(len(text) for text, kind in segments if kind == ADDED)
            cost = sum(len(text) for text, _ in segments)
            if full and cost <= budget:
                kept.append([start, count, segments])
                budget -= cost
        changes[step.name] = changes.get(step.name, 0) + blocks  # (a pass may run twice)
        if full:
            steps.append([pass_index[step.name], kept, blocks - len(kept)])
        finder = RULE_FINDERS.get(step.name)
        if finder is not None:
            options = config.options_for(step.name)
            hits += [(step.name, hit) for hit in finder(step.before, options)]
    lines = result.original.count("\n") - result.text.count("\n")
    return FileChanges(removed, added, lines, changes, steps, hits)


def _version() -> str:
    from cleaner import __version__

    return __version__
