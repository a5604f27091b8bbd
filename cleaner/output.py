"""The terminal at the edge: diffs and explanations, coloured on a terminal, plain when piped."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from cleaner.config import Config
    from cleaner.diffs import Segment
    from cleaner.learn import LearnResult
    from cleaner.report import FileOutcome, Report

STYLES = {
    "header": "bold",
    "hunk": "cyan",
    "added": "green",
    "removed": "red",
    "pass": "bold magenta",
    "note": "yellow",
}


# --color (True) or --no-color (False) of this run; None: decided by environment and terminal.
_color_choice: bool | None = None


def set_color(choice: bool | None) -> None:
    """Record ``--color``/``--no-color`` (None: neither was given)."""
    global _color_choice
    _color_choice = choice
    _console.cache_clear()


def use_color(stream: Any = None) -> bool:
    """Whether to colour ``stream`` (default stdout): ``--color``/``--no-color`` first, then
    ``NO_COLOR`` (set and not empty: never), then ``FORCE_COLOR`` (set, not empty and not
    ``0``: always), else only on a terminal.

    >>> import io
    >>> set_color(True); use_color(io.StringIO())  # --color: even into a pipe
    True
    >>> set_color(None)
    """
    if _color_choice is not None:
        return _color_choice
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    return (stream or sys.stdout).isatty()


@cache
def _console() -> Console | None:
    """A rich console for stdout when it is to be coloured; None for plain text."""
    if not use_color():
        return None
    from rich.console import Console  # Deferred: rich is only needed for colour.

    terminal = sys.stdout.isatty()
    return Console(
        highlight=False,
        soft_wrap=True,
        force_terminal=True,
        no_color=False,  # the choice is made above; rich would read NO_COLOR again
        color_system="auto" if terminal else "standard",
    )


def _stderr_console(**options: Any) -> Console:
    """A rich console for stderr (progress, summary), coloured as :func:`use_color` says."""
    from rich.console import Console

    return Console(stderr=True, no_color=not use_color(sys.stderr), **options)


def print_segments(segments: Iterable[Segment]) -> None:
    """Write segments to stdout, in colour on a terminal."""
    console = _console()
    if console is None:
        sys.stdout.write("".join(text for text, _ in segments))
        return
    from rich.text import Text

    line = Text()
    for text, kind in segments:
        line.append(text, style=STYLES.get(kind))
    console.print(line, end="")


def print_diff(outcome: FileOutcome, config: Config, *, words: bool = False) -> None:
    """Show what cleaning changes in one file, unified or word by word."""
    print_segments(shown_segments(outcome, config, explain=False, words=words))


def print_explanation(outcome: FileOutcome, config: Config) -> None:
    """Each change of one file, grouped under the pass that made it, with the passes' notes."""
    print_segments(shown_segments(outcome, config, explain=True, words=False))


def shown_segments(
    outcome: FileOutcome, config: Config, *, explain: bool, words: bool
) -> list[Segment]:
    """What ``explain`` or ``diff`` (``words``: word by word) shows of one outcome: made
    already where the file was cleaned (:class:`cleaner.rendering.ShownChanges`), else here."""
    if outcome.segments is not None:
        return list(outcome.segments)
    result = outcome.result
    if result is None:
        return []
    if explain:
        from cleaner.explanation import explanation

        return explanation(result, config, outcome.path)
    if not result.changed:
        return []
    from cleaner.diffs import unified_diff, word_diff  # Deferred: difflib, only for diffs.

    if words:  # (read off the passes' own alignments, when they kept text in order)
        kept = result.offset_map.kept_runs(len(result.original)) if result.steps else None
        return word_diff(result.original, result.text, outcome.path, kept=kept)
    return unified_diff(result.original, result.text, outcome.path)


def print_clean_text(outcome: FileOutcome) -> None:
    """Write the clean text itself (``fix -``), exactly, with no colour."""
    if outcome.result is not None:
        sys.stdout.flush()
        sys.stdout.buffer.write(outcome.result.text.encode("utf-8"))
        sys.stdout.buffer.flush()


def pass_stdin_through() -> None:
    """Copy stdin to stdout unchanged (``fix -`` for a file include/exclude leave out)."""
    sys.stdout.flush()
    while block := sys.stdin.buffer.read(1 << 20):
        sys.stdout.buffer.write(block)
    sys.stdout.buffer.flush()


def print_error(path: str, message: str) -> None:
    """One line on stderr naming the file and the cause."""
    sys.stderr.write(f"cleaner: error: {path}: {message}\n")


def print_line(message: str) -> None:
    """A line of results on stdout."""
    sys.stdout.write(message + "\n")


def print_warning(path: str, message: str) -> None:
    """One line on stderr about a file that was processed, but not as fully as it could be."""
    sys.stderr.write(f"cleaner: warning: {path}: {message}\n")


def print_no_file_taken(
    folder: str, left_out: int, include: Sequence[str], exclude: Sequence[str] = ()
) -> None:
    """Warn that a folder gave no file to clean, so that a run over it is not silently
    empty: ``cleaner: warning: docs: no file taken: none of 3 files matches --include
    *.txt`` (a folder of ``.md`` files under the default glob)."""
    if not left_out:
        print_warning(folder, "no file taken: the folder holds no file")
        return
    unless = f" but not --exclude {', '.join(exclude)}" if exclude else ""
    files = f"{left_out} file{'s' if left_out != 1 else ''}"
    print_warning(
        folder, f"no file taken: none of {files} matches --include {', '.join(include)}{unless}"
    )


def print_status(message: str) -> None:
    """A progress or summary line on stderr, so stdout stays the data."""
    sys.stderr.write(message + "\n")


def interactive() -> bool:
    """True when a person watches: stdout and stderr are terminals, and not under pre-commit."""
    return sys.stdout.isatty() and sys.stderr.isatty() and "PRE_COMMIT" not in os.environ


class ProgressBar:
    """A rich progress bar on stderr that appears only once a run has lasted ``delay`` s.

    Short runs (a pre-commit hook, one file) never show it; it vanishes when closed.
    """

    def __init__(self, enabled: bool, *, delay: float = 0.5) -> None:
        self.enabled = enabled
        self.delay = delay
        self.started = time.perf_counter()
        self._bar: Any = None
        self._task: Any = None

    def update(self, done: int) -> None:
        """Say that ``done`` files are processed."""
        if not self.enabled:
            return
        if self._bar is None:
            if time.perf_counter() - self.started < self.delay:
                return
            self._start()
        self._bar.update(self._task, completed=done)

    def _start(self) -> None:
        # Deferred: only long runs on a terminal need it.
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            TextColumn("cleaning"),
            BarColumn(),
            TextColumn("{task.completed} files"),
            TimeElapsedColumn(),
            console=_stderr_console(),
            transient=True,
        )
        self._task = self._bar.add_task("cleaning", total=None)
        self._bar.start()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def print_summary(report: Report, *, table: bool) -> None:
    """The closing summary: a table on a terminal, one line on stderr otherwise."""
    if not table:
        print_status(report.summary())
        return
    from rich.table import Table

    summary = Table(show_header=False, box=None, padding=(0, 2))
    for label, value in report.table():
        summary.add_row(label, value)
    _stderr_console(highlight=False).print(summary)


def print_repeated_lines(result: LearnResult, *, limit: int = 0) -> None:
    """The lines ``cleaner learn`` found, as a table: documents, share, line, example file."""
    from rich.console import Console  # Deferred: rich is only needed here and on a terminal.
    from rich.table import Table
    from rich.text import Text

    shown = result.lines[:limit] if limit else result.lines
    table = Table(title=f"{len(result.lines)} lines repeated over {result.documents} files")
    for column in ("documents", "share", "line", "example file"):
        table.add_column(column, justify="right" if column in ("documents", "share") else "left")
    for line in shown:
        share = f"{line.documents / result.documents:.1%}"
        # Text, not str: a scraped line may hold [brackets] that rich would read as markup.
        table.add_row(str(line.documents), share, Text(line.example), Text(line.example_file))
    console = _console() or Console(highlight=False, no_color=True, width=160)
    console.print(table)
    if len(shown) < len(result.lines):
        print_status(f"{len(result.lines) - len(shown)} more lines not shown (see --limit)")
