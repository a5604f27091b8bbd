"""What every dataset format shares: one record's text cleaned, and batches of records
mapped over worker processes in order, a bounded number in flight."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from cleaner.config import Config

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from cleaner.pipeline import CleanResult

# Records per batch, and a bound on their bytes: the unit of parallelism and of memory (a
# few batches per worker are in flight).
BATCH_RECORDS = 256
BATCH_BYTES = 1 << 20
# Over worker processes, smaller: a file of a few hundred records (a shard of a corpus)
# must still make several batches, or one worker cleans it while the other waits.
PARALLEL_BATCH_RECORDS = 32
PARALLEL_BATCH_BYTES = 1 << 18
# Batches in flight per worker.
BATCHES_PER_WORKER = 4

Payload = TypeVar("Payload")


@dataclass(frozen=True)
class Cleaned:
    """One record's field cleaned: the new text (None if unchanged) or why it could not be."""

    text: str | None = None
    passes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    result: CleanResult | None = None  # kept only for diff and explain
    error: str = ""


def clean_field(text: str, config: Config, keep: bool) -> Cleaned:
    """Clean one record's text as a text file's would be, but that it ends with a line end
    only if it had one (unless ``final_newline`` is set); ``keep`` the steps for a diff.

    >>> clean_field("a  b", Config(), False).text, clean_field("a  b\\n\\n", Config(), False).text
    ('a b', 'a b\\n')
    >>> clean_field("a b", Config(), False)
    Cleaned(text=None, passes=(), warnings=(), result=None, error='')
    """
    from cleaner.pipeline import ContentGuardError, clean_and_explain

    config = config.for_records()
    try:
        if keep:
            result = clean_and_explain(text, config)
            new, passes = result.text, result.passes
            notes = result.notes(config, unchanged_only=True)
        else:
            from cleaner.chunks import clean_text

            result = None
            new, passes, notes = clean_text(text, config)
    except ContentGuardError as problem:
        return Cleaned(error=str(problem))
    warnings = tuple(f"{name}: {note}" for name, note in notes)
    if new == text:
        return Cleaned(warnings=warnings)
    return Cleaned(new, passes, warnings, result)


def batch_limits(jobs: int) -> tuple[int, int]:
    """The records and bytes a batch holds: smaller when ``jobs`` workers share the batches.

    >>> batch_limits(1), batch_limits(2)
    ((256, 1048576), (32, 262144))
    """
    if jobs <= 1:
        return BATCH_RECORDS, BATCH_BYTES
    return min(BATCH_RECORDS, PARALLEL_BATCH_RECORDS), min(BATCH_BYTES, PARALLEL_BATCH_BYTES)


def batched(items: Iterable[Any], size: Callable[[Any], int], jobs: int = 1) -> Iterator[list[Any]]:
    """Runs of items of up to :func:`batch_limits` items and about as many bytes.

    >>> [len(b) for b in batched(["x" * 600_000] * 3, len)]
    [2, 1]
    >>> [len(b) for b in batched(["x" * 1000] * 100, len, jobs=2)]
    [32, 32, 32, 4]
    """
    most_records, most_bytes = batch_limits(jobs)
    batch: list[Any] = []
    total = 0
    for item in items:
        batch.append(item)
        total += size(item)
        if len(batch) >= most_records or total >= most_bytes:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


# Within :func:`shared_workers`: one pool per (config, jobs), kept from file to file.
_shared_pools: dict[tuple[int, int], ProcessPoolExecutor] | None = None


@contextlib.contextmanager
def shared_workers() -> Iterator[None]:
    """Within it, the dataset files of a run share their worker processes: a pool is not
    started again for each file, and only the first file's first batch waits for no one."""
    global _shared_pools
    if _shared_pools is not None:  # already inside one
        yield
        return
    _shared_pools = {}
    try:
        yield
    finally:
        pools, _shared_pools = _shared_pools, None
        for pool in pools.values():
            pool.shutdown(cancel_futures=True)


class BatchMapper:
    """Apply ``work(payload, config, keep)`` to payloads, in-process or over ``jobs`` worker
    processes, yielding results in order with at most a few batches per worker in flight.

    The first payload runs here before the pool starts, so that the tables the passes load
    lazily are loaded once and inherited by the forked workers. Workers die with this
    process (see :func:`cleaner.workers.start_worker`): a killed run stops at once.
    Within :func:`shared_workers`, a pool another file started is used from the start.
    """

    def __init__(self, config: Config, keep: bool, jobs: int) -> None:
        self.config, self.keep, self.jobs = config, keep, jobs
        shared = _shared_pools.get(self._key) if _shared_pools is not None else None
        self._pool: ProcessPoolExecutor | None = shared

    @property
    def _key(self) -> tuple[int, int]:
        return id(self.config), self.jobs

    def __enter__(self) -> BatchMapper:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None and _shared_pools is None:
            self._pool.shutdown(cancel_futures=True)
        self._pool = None

    def map(
        self, work: Callable[[Payload, Config, bool], Any], payloads: Iterable[Payload]
    ) -> Iterator[tuple[Payload, Any]]:
        """Each payload with ``work`` of it, in order."""
        pending: deque[tuple[Payload, Future[Any] | _Done]] = deque()
        for payload in payloads:
            if self.jobs <= 1 or (self._pool is None and not pending):
                pending.append((payload, _Done(work(payload, self.config, self.keep))))
                if self.jobs > 1:
                    self._start_pool()
            else:
                pool = self._start_pool()
                pending.append((payload, pool.submit(_work_in_worker, work, payload, self.keep)))
            while pending and (
                isinstance(pending[0][1], _Done) or len(pending) >= self.jobs * BATCHES_PER_WORKER
            ):
                yield _resolve(pending.popleft())
        while pending:
            yield _resolve(pending.popleft())

    def _start_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            from cleaner.workers import fork_context, start_worker

            self._pool = ProcessPoolExecutor(
                self.jobs,
                mp_context=fork_context(),
                initializer=start_worker,
                initargs=(self.config,),
            )
            if _shared_pools is not None:
                _shared_pools[self._key] = self._pool
        return self._pool


@dataclass(frozen=True)
class _Done:
    value: Any


def _resolve(entry: tuple[Any, Any]) -> tuple[Any, Any]:
    payload, done = entry
    return payload, done.value if isinstance(done, _Done) else done.result()


def _work_in_worker(work: Callable[[Any, Config, bool], Any], payload: Any, keep: bool) -> Any:
    """In a worker: ``work`` with the config the worker was started with."""
    import os

    from cleaner.workers import orphaned, worker_config

    if orphaned():  # the run was killed: stop
        os._exit(1)
    return work(payload, worker_config(), keep)
