"""Process files: read, clean, and write back or report, one file at a time."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from enum import Enum

from cleaner.config import Config
from cleaner.files import STDIN, Decoded, FileProblem, decode, encode, read_file, write_atomic
from cleaner.pipeline import clean_and_explain
from cleaner.report import FileOutcome, Status


class Action(Enum):
    """What to do with a file's clean text; one path through :func:`process_file` for all."""

    FIX = "fix"  # write it back (stdin: print it)
    CHECK = "check"  # only say whether it would change
    DIFF = "diff"  # show the changes
    EXPLAIN = "explain"  # show the changes pass by pass

    @property
    def keeps_result(self) -> bool:
        return self is not Action.CHECK


def process_file(path: str, config: Config, action: Action, *, show: bool = False) -> FileOutcome:
    """Clean one file (or stdin, as ``-``) and, for ``FIX``, write it back if it changed.

    ``show`` keeps the full result (texts before and after each pass) in the outcome even for
    ``CHECK``, for ``check --diff``. Never raises for a problem with the file itself.
    """
    try:
        decoded = _read(path, config)
        result = clean_and_explain(decoded.text, config)
        write_bom = decoded.had_bom and config.keep_bom
        changed = result.changed or decoded.had_bom != write_bom or decoded.encoding != "utf-8"
        if changed and action is Action.FIX and path != STDIN:
            write_atomic(path, encode(result.text, bom=write_bom))
    except FileProblem as problem:
        return FileOutcome(path, Status.FAILED, str(problem))
    keep = action.keeps_result or show or path == STDIN
    warnings = () if action is Action.EXPLAIN else result.notes(config, unchanged_only=True)
    return FileOutcome(
        path,
        Status.CHANGED if changed else Status.UNCHANGED,
        passes=tuple(step.name for step in result.steps),
        result=result if keep else None,
        warnings=tuple(f"{name}: {note}" for name, note in warnings),
    )


def _read(path: str, config: Config) -> Decoded:
    if path == STDIN:
        return decode(sys.stdin.buffer.read(), detect_encoding=config.detect_encoding)
    return read_file(path, detect_encoding=config.detect_encoding)


def process_files(
    paths: Iterable[str], config: Config, action: Action, *, show: bool = False
) -> Iterator[FileOutcome]:
    """Process each path in turn; a failing file does not stop the others."""
    for path in paths:
        yield process_file(path, config, action, show=show)
