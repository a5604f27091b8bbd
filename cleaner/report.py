"""What happened to each file, the counts over a run, and the exit code they imply."""

from __future__ import annotations

import time
from collections import Counter
from enum import Enum, IntEnum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from cleaner.config import Config
    from cleaner.diffs import Segment
    from cleaner.pipeline import CleanResult


class ExitCode(IntEnum):
    """The process's exit status; documented in the README."""

    OK = 0  # every file was clean, or was cleaned
    WOULD_CHANGE = 1  # `check` found files that cleaning would change
    USAGE = 2  # bad command line or configuration
    FILE_ERROR = 3  # some file could not be processed (the others were)


class Status(Enum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    FAILED = "failed"


class FileOutcome(NamedTuple):
    """The result of processing one file; ``result`` is kept only when it will be shown.
    (A NamedTuple: a frozen dataclass costs ~0.5 ms to make at import, which every process
    pays.)"""

    path: str
    status: Status
    message: str = ""
    passes: tuple[str, ...] = ()
    result: CleanResult | None = None
    # ``(size, mtime_ns)`` of the file when it is clean on disk afterwards (for the cache).
    stat: tuple[int, int] | None = None
    # True when the cache knew the file clean, so it was not even read.
    cached: bool = False
    # What passes that left the text alone say about it, e.g. "boilerplate: kept the text".
    warnings: tuple[str, ...] = ()
    # For one record of a dataset file (``path`` is then ``FILE:LINE``): its file, line (a
    # Parquet row, from 1) and ``id`` field.
    dataset_file: str | None = None
    line: int | None = None
    record_id: str | None = None
    # A dataset file's own outcome: its records, and how many changed and failed.
    record_counts: tuple[int, int, int] | None = None
    # Its JSON, made where it was cleaned (see :class:`JsonMode`): the line ``--format
    # json`` prints, or with ``--summary`` the object of its counts (no changes listed).
    json_line: str | None = None
    # What ``diff`` or ``explain`` prints of it, made where it was cleaned (ShownChanges).
    segments: tuple[Segment, ...] | None = None

    @property
    def record(self) -> bool:
        """True for one record of a dataset file (counted apart from files)."""
        return self.dataset_file is not None


class Rendering:
    """How an outcome is shown, made where its file was cleaned: in a worker, in parallel,
    and what goes back to the parent is what it prints, not the texts of every pass."""

    def render(self, outcome: FileOutcome, config: Config) -> FileOutcome:
        raise NotImplementedError


class Report:
    """Counts over a run; :attr:`return_code` alone decides the exit status. (A plain class:
    a dataclass costs ~0.3 ms to make at import, which every process pays.)"""

    def __init__(self, *, check: bool = False) -> None:
        self.check = check
        self.counts: Counter[Status] = Counter()
        self.pass_counts: Counter[str] = Counter()
        self.cached = 0
        self.records: Counter[Status] = Counter()
        self.started = time.perf_counter()

    def add(self, outcome: FileOutcome) -> None:
        if outcome.record:
            self.records[outcome.status] += 1
            return
        self.counts[outcome.status] += 1
        self.pass_counts.update(outcome.passes)
        self.cached += outcome.cached

    @property
    def seen(self) -> int:
        return self.counts.total()

    @property
    def elapsed(self) -> float:
        """Seconds since the run started."""
        return time.perf_counter() - self.started

    def table(self) -> list[tuple[str, str]]:
        """The closing summary as ``(label, value)`` rows: counts, changes per pass, time.

        >>> report = Report()
        >>> report.add(FileOutcome("a.txt", Status.CHANGED, passes=("whitespace",)))
        >>> report.table()[:5]
        [('files seen', '1'), ('changed', '1'), ('unchanged', '0'), ('failed', '0'), \
('changed by whitespace', '1')]
        """
        unchanged = str(self.counts[Status.UNCHANGED])
        if self.cached:
            unchanged += f" ({self.cached} known clean from the cache)"
        rows = [
            ("files seen", str(self.seen)),
            ("would change" if self.check else "changed", str(self.counts[Status.CHANGED])),
            ("unchanged", unchanged),
            ("failed", str(self.counts[Status.FAILED])),
        ]
        if self.records:
            rows += [
                ("dataset records " + status.value, str(self.records[status]))
                for status in (Status.CHANGED, Status.FAILED)
            ]
        rows += [(f"changed by {name}", str(n)) for name, n in sorted(self.pass_counts.items())]
        return [*rows, ("time taken", f"{self.elapsed:.2f} s")]

    @property
    def return_code(self) -> ExitCode:
        """3 if any file failed, else 1 if ``check`` found work, else 0.

        >>> report = Report(check=True)
        >>> report.add(FileOutcome("a.txt", Status.CHANGED))
        >>> report.return_code
        <ExitCode.WOULD_CHANGE: 1>
        """
        if self.counts[Status.FAILED]:
            return ExitCode.FILE_ERROR
        if self.check and self.counts[Status.CHANGED]:
            return ExitCode.WOULD_CHANGE
        return ExitCode.OK

    def summary(self) -> str:
        """One line such as ``2 files changed, 5 unchanged, 1 failed``.

        >>> report = Report()
        >>> report.add(FileOutcome("a.txt", Status.CHANGED))
        >>> report.summary()
        '1 file fixed, 0 unchanged, 0 failed'
        """
        changed = self.counts[Status.CHANGED]
        verb = "would change" if self.check else "fixed"
        noun = "file" if changed == 1 else "files"
        return (
            f"{changed} {noun} {verb}, {self.counts[Status.UNCHANGED]} unchanged, "
            f"{self.counts[Status.FAILED]} failed"
        )
