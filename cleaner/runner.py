"""Process files: read, clean, and write back or report; in-process or over a process pool
(:mod:`cleaner.pool`).

Paths are streamed: outcomes come back in input order while at most a few chunks of files
are in flight, so memory stays flat however many files there are. Files the cache knows
clean are skipped without being read.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from cleaner.config import Config
from cleaner.files import (
    STDIN,
    Decoded,
    FileProblem,
    dataset_format,
    decode,
    encode_blocks,
    read_file,
    remove_stale_temp_files,
    write_atomic,
)
from cleaner.report import FileOutcome, Rendering, Status

if TYPE_CHECKING:
    from cleaner.cache import Cache
    from cleaner.pipeline import CleanResult


# Below this many files a process pool costs more than it saves: run in-process.
MIN_FILES_FOR_POOL = 8


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

    @property
    def uses_cache(self) -> bool:
        """``explain`` shows notes for clean files too, so it never skips them."""
        return self is not Action.EXPLAIN


def default_jobs() -> int:
    """The number of CPUs this process may use; 1 under pre-commit, which runs one per CPU."""
    if "PRE_COMMIT" in os.environ:
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def process_file(
    path: str, config: Config, action: Action, *, show: bool | Rendering = False
) -> FileOutcome:
    """Clean one file (or stdin, as ``-``) and, for ``FIX``, write it back if it changed.

    ``show`` keeps the full result (texts before and after each pass) in the outcome even for
    ``CHECK``, for ``check --diff``; a :class:`~cleaner.rendering.JsonMode` has it written
    as the file's JSON here, where the file was cleaned (in a worker, so that the JSON is
    made in parallel and a line, not every pass's texts, goes back). The outcome carries the
    file's ``(size, mtime_ns)`` when it is clean on disk afterwards, for the cache. Never
    raises for a problem with the file.
    """
    outcome = _processed_file(path, config, action, keep=bool(show))
    return show.render(outcome, config) if isinstance(show, Rendering) else outcome


def _processed_file(path: str, config: Config, action: Action, *, keep: bool) -> FileOutcome:
    """:func:`process_file`'s outcome, the full result kept if ``keep``."""
    # Deferred: the passes and their guards load only once a file must be cleaned, so a run
    # whose files the cache knows clean never imports them.
    from cleaner.cache import file_stat
    from cleaner.pipeline import ContentGuardError, clean_and_explain

    keep = action.keeps_result or keep or path == STDIN
    try:
        # Without a diff to show, skip the record of every step: a huge file then costs a
        # few copies of itself, not one per pass (see cleaner/chunks.py).
        if keep:
            decoded = _read(path, config)
            result = clean_and_explain(decoded.text, config)
            text, passes = _text_and_passes(result)
            notes = result.notes(config, unchanged_only=True)
            changed = text != decoded.text
        else:
            result = None
            decoded, text, passes, notes, changed = _read_and_clean(path, config)
        warnings = () if action is Action.EXPLAIN else tuple(f"{n}: {note}" for n, note in notes)
        write_bom = decoded.had_bom and config.keep_bom
        changed = changed or decoded.had_bom != write_bom or decoded.encoding != "utf-8"
        stat = _stat_when_read(decoded) if not changed else None
        if changed and action is Action.FIX and path != STDIN:
            write_atomic(path, encode_blocks(text, bom=write_bom), expected=decoded.stamp)
            stat = file_stat(path)
    except (FileProblem, ContentGuardError) as problem:
        return FileOutcome(path, Status.FAILED, str(problem))
    status = Status.CHANGED if changed else Status.UNCHANGED
    stat = None if path == STDIN else stat
    return FileOutcome(path, status, passes=passes, result=result, warnings=warnings, stat=stat)


def _read_and_clean(
    path: str, config: Config
) -> tuple[Decoded, str, tuple[str, ...], list[tuple[str, str]], bool]:
    """Read and clean a file block by block, letting its text go as soon as it is read.

    Returns the file as read but without its text, the clean text, the passes that changed
    it, their warnings, and whether the text changed (see :func:`_fingerprint`).
    """
    from cleaner.chunks import CHUNK_CHARS, clean_blocks, split_blocks
    from cleaner.pipeline import drops_final_newline, for_document

    decoded = _read(path, config)
    config = for_document(decoded.text, config)
    fingerprint = _fingerprint(decoded.text, CHUNK_CHARS)
    drop = drops_final_newline(decoded.text, config)
    blocks = split_blocks(decoded.text, CHUNK_CHARS)
    decoded = decoded._replace(text="")  # Now only ``blocks`` holds the input.
    text, passes, notes = clean_blocks(blocks, config, drop_final_newline=drop)
    changed = bool(passes) and _fingerprint(text, CHUNK_CHARS) != fingerprint
    return decoded, text, passes, notes, changed


def _fingerprint(text: str, digest_above: int) -> str | tuple[int, bytes]:
    """What tells a clean text from its input: a text of up to ``digest_above`` characters
    itself; a longer one its length and BLAKE2 digest, taken a block at a time, so that the
    input of a huge file need not stay beside the copies the passes make.

    >>> _fingerprint("abc", 3), _fingerprint("abcd", 3)[0]
    ('abc', 4)
    """
    if len(text) <= digest_above:
        return text
    from hashlib import blake2b  # Deferred: loading OpenSSL's hashes costs ~3 ms.

    hasher = blake2b()
    for block in encode_blocks(text):
        hasher.update(block)
    return len(text), hasher.digest()


def _stat_when_read(decoded: Decoded) -> tuple[int, int] | None:
    """``(size, mtime_ns)`` of the file as it was read (its stamp ends with them)."""
    return (decoded.stamp[-2], decoded.stamp[-1]) if decoded.stamp else None


def _text_and_passes(result: CleanResult) -> tuple[str, tuple[str, ...]]:
    return result.text, result.passes


def _read(path: str, config: Config) -> Decoded:
    if path == STDIN:
        return decode(sys.stdin.buffer.read(), detect_encoding=config.detect_encoding)
    return read_file(path, detect_encoding=config.detect_encoding)


def process_files(
    paths: Iterable[str],
    config: Config,
    action: Action,
    *,
    show: bool | Rendering = False,
    jobs: int = 1,
    cache: Cache | None = None,
) -> Iterator[FileOutcome]:
    """Process each path, yielding outcomes in input order; a failing file stops nothing.

    With ``jobs`` > 1 files go to a pool of worker processes; stdin is always read here.
    With a ``cache``, files it knows clean are skipped, and clean files are recorded in it
    (the caller writes it).
    """
    paths = iter(paths)
    head = list(itertools.islice(paths, MIN_FILES_FOR_POOL))
    paths = itertools.chain(head, paths)
    in_process = jobs <= 1 or len(head) < MIN_FILES_FOR_POOL
    if in_process:
        outcomes = _in_process
    else:
        from cleaner.pool import in_pool  # Deferred: one file, or jobs=1, needs no pool.

        outcomes = in_pool
    prepared = _skip_cached(_sweep_before_fix(paths, action), cache)
    with _shared_workers(in_process):
        for outcome in outcomes(prepared, config, action, show, jobs):
            if (
                cache is not None
                and outcome.path != STDIN
                and not (outcome.cached or outcome.record)
            ):
                if outcome.stat is not None:
                    cache.mark_clean(outcome.path, outcome.stat)
                else:
                    cache.forget(outcome.path)
            yield outcome


def _shared_workers(in_process: bool) -> contextlib.AbstractContextManager[None]:
    """Over a pool, the dataset files of the run share their worker processes."""
    if in_process:
        return contextlib.nullcontext()
    from cleaner.datasets.records import shared_workers

    return shared_workers()


def _sweep_before_fix(paths: Iterable[str], action: Action) -> Iterator[str]:
    """Before ``FIX`` writes into a folder, delete the temporary files a killed run left there.

    Once per folder, only stale ones (see files.STALE_TEMP_SECONDS).
    """
    swept: set[str] = set()
    for path in paths:
        folder = os.path.dirname(os.path.abspath(path))
        if action is Action.FIX and path != STDIN and folder not in swept:
            swept.add(folder)
            remove_stale_temp_files(folder)
        yield path


def _skip_cached(paths: Iterable[str], cache: Cache | None) -> Iterator[str | FileOutcome]:
    """Each path, or an outcome for it already if the cache knows it clean."""
    for path in paths:
        if cache is not None and path != STDIN and cache.is_clean(path):
            yield FileOutcome(path, Status.UNCHANGED, cached=True)
        else:
            yield path


def _in_process(
    items: Iterable[str | FileOutcome],
    config: Config,
    action: Action,
    show: bool | Rendering,
    jobs: int,
) -> Iterator[FileOutcome]:
    for item in items:
        if isinstance(item, FileOutcome):
            yield item
        elif is_dataset(item, config):
            yield from process_dataset(item, config, action, show, jobs)
        else:
            yield process_file(item, config, action, show=show)


def is_dataset(path: str, config: Config) -> bool:
    """True for a JSON Lines or Parquet file (see cleaner/datasets)."""
    return dataset_format(path, config) is not None


def process_dataset(
    path: str, config: Config, action: Action, show: bool | Rendering, jobs: int
) -> Iterator[FileOutcome]:
    """A dataset file's record outcomes, then its own; its batches spread over ``jobs``."""
    from cleaner.datasets import process_dataset

    return process_dataset(path, config, action.value, show=bool(show), jobs=jobs)


class RunOptions(NamedTuple):
    """How a command runs and what it shows, beside the cleaning settings. (A NamedTuple:
    a frozen dataclass costs ~0.5 ms to make at import, which every process pays.)"""

    quiet: bool = False
    words: bool = False  # word diff for ``diff``
    show_diff: bool = False  # ``check --diff``
    jobs: int = 0  # worker processes; 0 means one per CPU, 1 means in-process
    use_cache: bool = True
    stdin_filename: str | None = None  # the name stdin's text goes by in messages
    json: bool = False  # ``--format json``: one JSON object per file on stdout
    summary: bool = False  # ``--summary``: only the corpus totals, as one JSON object


def run(action: Action, paths: list[str], config: Config, options: RunOptions) -> int:
    """Process every file, print what the action shows, and return the exit code."""
    from cleaner import output
    from cleaner.files import find_files
    from cleaner.report import Report

    report = Report(check=action is Action.CHECK)
    cache = _open_cache(config) if options.use_cache and action.uses_cache else None
    quiet_output = action in (Action.FIX, Action.CHECK) and not options.show_diff
    bar = output.ProgressBar(quiet_output and output.interactive())
    empty = partial(output.print_no_file_taken, include=config.include, exclude=config.exclude)
    files = find_files(
        paths, config.include, config.exclude, on_empty=None if options.quiet else empty
    )
    jobs = options.jobs or default_jobs()
    show: bool | Rendering = False
    if options.json:
        from cleaner.json_output import JsonPrinter
        from cleaner.rendering import JsonMode

        show = JsonMode(notes=action is Action.EXPLAIN, summary=options.summary)
        printer = JsonPrinter(config, show)
    elif action in (Action.DIFF, Action.EXPLAIN) or options.show_diff:
        from cleaner.rendering import ShownChanges

        show = ShownChanges(explain=action is Action.EXPLAIN, words=options.words)
    try:
        for outcome in process_files(files, config, action, show=show, jobs=jobs, cache=cache):
            report.add(outcome)
            if options.json:
                printer.show(outcome)
            else:
                _show(outcome, action, config, options)
            bar.update(report.seen)
    finally:
        bar.close()
        if cache is not None:
            cache.write()
    if options.json:
        printer.close()
    if not options.quiet and any(path != STDIN for path in paths):
        output.print_summary(report, table=output.interactive())
    return int(report.return_code)


def _open_cache(config: Config) -> Cache:
    from cleaner.cache import Cache

    return Cache.read(config)


def _show(outcome: FileOutcome, action: Action, config: Config, options: RunOptions) -> None:
    """Print what ``action`` shows of one file's outcome (stdin under ``--stdin-filename``)."""
    from cleaner import output

    stdin_named = outcome.path == STDIN and options.stdin_filename is not None
    if stdin_named:
        outcome = outcome._replace(path=options.stdin_filename)
    for warning in outcome.warnings:
        output.print_warning(outcome.path, warning)
    if outcome.status is Status.FAILED:
        output.print_error(outcome.path, outcome.message)
    elif action is Action.FIX and (outcome.path == STDIN or stdin_named):
        output.print_clean_text(outcome)
    elif action is Action.EXPLAIN:
        output.print_explanation(outcome, config)
    elif action is Action.DIFF or options.show_diff:
        output.print_diff(outcome, config, words=options.words)
    if outcome.status is Status.CHANGED and outcome.path != STDIN:
        # A dataset file says how many of its records changed; ``fix`` lists none of them.
        counts = f" ({outcome.message})" if outcome.message else ""
        if action is Action.CHECK:
            output.print_line(f"would clean {outcome.path}{counts}")
        elif not (options.quiet or outcome.record or stdin_named):
            output.print_status(f"cleaned {outcome.path}{counts}")
