"""Process files: read, clean, and write back or report, one file at a time."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from enum import Enum

from cleaner.chunks import clean_text
from cleaner.config import Config
from cleaner.files import (
    STDIN,
    Decoded,
    FileProblem,
    decode,
    encode_blocks,
    read_file,
    remove_stale_temp_files,
    write_atomic,
)
from cleaner.guard import ContentGuardError
from cleaner.pipeline import CleanResult, clean_and_explain
from cleaner.report import FileOutcome, Status


class Action(Enum):
    """What to do with a file's clean text; one path through :func:`process_file` for all."""

    FIX = "fix"  # write it back (stdin: print it)
    CHECK = "check"  # only say whether it would change
    DIFF = "diff"  # show the changes
    EXPLAIN = "explain"  # show the changes pass by pass

    @property
    def keeps_result(self) -> bool:
        """Whether the texts before and after each pass are shown (else not kept)."""
        return self in (Action.DIFF, Action.EXPLAIN)


def process_file(path: str, config: Config, action: Action, *, show: bool = False) -> FileOutcome:
    """Clean one file (or stdin, as ``-``) and, for ``FIX``, write it back if it changed.

    ``show`` keeps the full result (texts before and after each pass) in the outcome even for
    ``CHECK``, for ``check --diff``. Never raises for a problem with the file itself.
    """
    keep = action.keeps_result or show or path == STDIN
    try:
        decoded = _read(path, config)
        # Without a diff to show, skip the record of every step: a huge file then costs a
        # few copies of itself, not one per pass (see cleaner/chunks.py).
        if keep:
            result = clean_and_explain(decoded.text, config)
            text, passes = _text_and_passes(result)
            notes = result.notes(config, unchanged_only=True)
        else:
            result = None
            text, passes, notes = clean_text(decoded.text, config)
        warnings = () if action is Action.EXPLAIN else tuple(f"{n}: {note}" for n, note in notes)
        write_bom = decoded.had_bom and config.keep_bom
        changed = text != decoded.text or decoded.had_bom != write_bom
        changed = changed or decoded.encoding != "utf-8"
        if changed and action is Action.FIX and path != STDIN:
            write_atomic(path, encode_blocks(text, bom=write_bom), expected=decoded.stamp)
    except (FileProblem, ContentGuardError) as problem:
        return FileOutcome(path, Status.FAILED, str(problem))
    status = Status.CHANGED if changed else Status.UNCHANGED
    return FileOutcome(path, status, passes=passes, result=result, warnings=warnings)


def _text_and_passes(result: CleanResult) -> tuple[str, tuple[str, ...]]:
    return result.text, tuple(step.name for step in result.steps)


def _read(path: str, config: Config) -> Decoded:
    if path == STDIN:
        return decode(sys.stdin.buffer.read(), detect_encoding=config.detect_encoding)
    return read_file(path, detect_encoding=config.detect_encoding)


def process_files(
    paths: Iterable[str], config: Config, action: Action, *, show: bool = False
) -> Iterator[FileOutcome]:
    """Process each path in turn; a failing file does not stop the others.

    Before ``FIX`` writes into a folder, it deletes the temporary files that a killed run
    may have left there (once per folder, only stale ones: see files.STALE_TEMP_SECONDS).
    """
    swept: set[str] = set()
    for path in paths:
        folder = os.path.dirname(os.path.abspath(path))
        if action is Action.FIX and path != STDIN and folder not in swept:
            swept.add(folder)
            remove_stale_temp_files(folder)
        yield process_file(path, config, action, show=show)
