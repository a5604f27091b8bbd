"""Files over a pool of worker processes, outcomes back in input order.

At most ``CHUNKS_PER_WORKER`` chunks of ``CHUNK_SIZE`` files per worker are in flight, so
memory stays flat however many files there are. Ready outcomes (files the cache knows
clean) and stdin are handled here; a large dataset file is streamed here and its batches
of records spread over the same workers (cleaner/datasets).
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from cleaner.config import Config
from cleaner.files import STDIN
from cleaner.report import FileOutcome, Rendering
from cleaner.runner import Action, is_dataset, process_dataset, process_file
from cleaner.workers import fork_context, orphaned, start_worker, worker_config

if TYPE_CHECKING:
    from concurrent.futures import Future

# Files per task sent to a worker: enough to amortise the pickling round trip.
CHUNK_SIZE = 16
# Chunks in flight per worker: keeps workers busy while bounding memory.
CHUNKS_PER_WORKER = 4
# A dataset file up to this size on disk goes whole to one worker, as a text file does, so
# that many small files keep every worker busy; a larger one is streamed here and its
# batches of records spread over the workers (cleaner/datasets).
WHOLE_DATASET_BYTES = 4 << 20
# Characters of the first such file's first record cleaned here before the pool starts.
WARM_UP_CHARS = 20_000


def in_pool(
    items: Iterable[str | FileOutcome],
    config: Config,
    action: Action,
    show: bool | Rendering,
    jobs: int,
) -> Iterator[FileOutcome]:
    """Run chunks of files in worker processes, at most ``CHUNKS_PER_WORKER`` each in flight.

    The first chunk runs here, before the pool starts: the models and tables the passes load
    lazily are then loaded once and inherited by forked workers, not loaded in each.
    """
    from concurrent.futures import ProcessPoolExecutor

    chunks = _chunks(items, config)
    first: list[list[FileOutcome]] = []
    held: list[list] = []
    for chunk in chunks:  # up to the first chunk of files, all here
        if _is_streamed_chunk(chunk, config):  # what came before goes out first
            yield from itertools.chain.from_iterable(first)
            first = []
            yield from process_dataset(chunk[0], config, action, show, jobs)
            continue
        if _is_dataset_chunk(chunk, config):  # a whole dataset: a sample here, then the pool
            _warm_up(chunk[0], config)
            held.append(chunk)
            break
        first.append(_run_here(chunk, config, action, show))
        if not isinstance(chunk[0], FileOutcome) and chunk[0] != STDIN:
            break
    pending: deque[Future[list[FileOutcome]] | list[FileOutcome]] = deque(first)
    limit = jobs * CHUNKS_PER_WORKER
    pool = ProcessPoolExecutor(
        jobs, mp_context=fork_context(), initializer=start_worker, initargs=(config,)
    )
    with pool:
        for chunk in itertools.chain(held, chunks):
            if _is_streamed_chunk(chunk, config):  # its records use the CPUs: drain first
                while pending:
                    yield from _resolve(pending.popleft())
                yield from process_dataset(chunk[0], config, action, show, jobs)
            elif isinstance(chunk[0], FileOutcome) or chunk[0] == STDIN:
                pending.append(_run_here(chunk, config, action, show))
            else:
                pending.append(pool.submit(_work, chunk, action, show))
            while pending and (isinstance(pending[0], list) or len(pending) >= limit):
                yield from _resolve(pending.popleft())
        while pending:
            yield from _resolve(pending.popleft())


def _is_dataset_chunk(chunk: list, config: Config) -> bool:
    return isinstance(chunk[0], str) and is_dataset(chunk[0], config)


def _warm_up(path: str, config: Config) -> None:
    """Clean the start of a dataset file's first record here, and drop it: what the passes
    load lazily for such text is then loaded once, before the workers fork."""
    from cleaner.chunks import clean_text
    from cleaner.datasets import first_text
    from cleaner.pipeline import ContentGuardError

    sample = first_text(path, config, WARM_UP_CHARS)
    if sample:
        with contextlib.suppress(ContentGuardError):
            clean_text(sample, config)


def _is_streamed_chunk(chunk: list, config: Config) -> bool:
    """A dataset file too large to go whole to one worker (see ``WHOLE_DATASET_BYTES``)."""
    return _is_dataset_chunk(chunk, config) and _is_large(chunk[0])


def _is_large(path: str) -> bool:
    try:
        return os.stat(path).st_size > WHOLE_DATASET_BYTES
    except OSError:  # reported when it is read
        return False


def _run_here(
    chunk: list, config: Config, action: Action, show: bool | Rendering
) -> list[FileOutcome]:
    """Process a chunk in this process (ready outcomes pass through)."""
    outcomes: list[FileOutcome] = []
    for item in chunk:
        if isinstance(item, FileOutcome):
            outcomes.append(item)
        else:
            outcomes.extend(_whole_file(item, config, action, show))
    return outcomes


def _whole_file(
    path: str, config: Config, action: Action, show: bool | Rendering
) -> list[FileOutcome]:
    """One file's outcomes, cleaned in this process: a dataset file's records one by one."""
    if is_dataset(path, config):
        return list(process_dataset(path, config, action, show, jobs=1))
    return [process_file(path, config, action, show=show)]


def _chunks(items: Iterable[str | FileOutcome], config: Config) -> Iterator[list]:
    """Runs of up to ``CHUNK_SIZE`` paths; ready outcomes, stdin and datasets each come alone."""
    chunk: list[str] = []
    for item in items:
        if isinstance(item, FileOutcome) or item == STDIN or is_dataset(item, config):
            if chunk:
                yield chunk
                chunk = []
            yield [item]
            continue
        chunk.append(item)
        if len(chunk) == CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _resolve(entry: Future[list[FileOutcome]] | list[FileOutcome]) -> list[FileOutcome]:
    return entry if isinstance(entry, list) else entry.result()


def _work(paths: list[str], action: Action, show: bool | Rendering) -> list[FileOutcome]:
    """In a worker: process a chunk of files with the config the worker was started with."""
    config = worker_config()
    outcomes = []
    for path in paths:
        if orphaned():  # the run was killed: write nothing more
            os._exit(1)
        outcomes.extend(_whole_file(path, config, action, show))
    return outcomes
