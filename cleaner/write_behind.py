"""Write a file back while the next one is cleaned.

``fix`` writes each changed file atomically and flushes it to disk first (``fsync``):
on a busy disk that wait is longer than the cleaning (about 9 ms a file against 5 in
``bench/bench_speed.py --fix-only``). One worker thread makes the write of a file while
the main thread cleans the next one, which ``fsync`` lets it do (it releases the GIL).
Outcomes still come in input order, each once its file is on disk, so a write that fails
is reported for its file as before.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from cleaner.report import FileOutcome

# A write to make later: it returns the file's outcome once written (never raises for a
# problem with the file).
Write = Callable[[], FileOutcome]


class DeferredWrite(NamedTuple):
    """What :func:`outcomes_writing_behind` is handed for a file to write back: the write,
    and the ``(device, inode)`` the file had when read (a later path naming the same file
    waits for it)."""

    write: Write
    file_id: tuple[int, int] | None


class _Worker:
    """One thread that runs the writes handed to it in turn, keeping their results."""

    def __init__(self) -> None:
        import threading  # Deferred: a run that writes at most one file needs no thread.
        from queue import SimpleQueue

        self._writes: SimpleQueue[Write | None] = SimpleQueue()
        self._done: SimpleQueue[tuple[FileOutcome | None, BaseException | None]] = SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="cleaner-write", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (write := self._writes.get()) is not None:
            try:
                done: tuple[FileOutcome | None, BaseException | None] = (write(), None)
            except BaseException as error:  # (handed to the main thread, raised there)
                done = (None, error)
            del write  # (nor its text, while the next file is cleaned)
            self._done.put(done)

    def start(self, write: Write) -> None:
        self._writes.put(write)

    def result(self) -> FileOutcome:
        """The outcome of the oldest write started and not yet asked for (waits for it)."""
        outcome, error = self._done.get()
        if error is not None:
            raise error
        assert outcome is not None
        return outcome

    def close(self) -> None:
        """Stop once the writes started are made."""
        self._writes.put(None)
        self._thread.join()


def outcomes_writing_behind(
    items: Iterable[str | FileOutcome],
    process: Callable[[str], FileOutcome | DeferredWrite],
    others: Callable[[str], Iterator[FileOutcome] | None],
) -> Iterator[FileOutcome]:
    """The outcome of each item, in order: ``process(path)`` of a path, an outcome as it is.

    ``process`` may hand back a :class:`DeferredWrite`: its write runs on a worker thread
    while the next item is processed, and its outcome comes when that is done. ``others``
    gives the outcomes of a path processed otherwise (a dataset file), or None; they come
    once every write before them is done. At most one write is in flight; a write still in
    flight when the caller stops or fails is finished before this returns.

    >>> from cleaner.report import Status
    >>> written = lambda p: DeferredWrite(lambda: FileOutcome(p, Status.CHANGED), None)
    >>> outcomes = outcomes_writing_behind(["a", "b"], written, lambda p: None)
    >>> [(outcome.path, outcome.status.value) for outcome in outcomes]
    [('a', 'changed'), ('b', 'changed')]
    """
    worker: _Worker | None = None
    writing: tuple[int, int] | None = None  # (device, inode) of the file in flight, if any
    try:
        for item in items:
            if writing is not None and isinstance(item, str) and _file_id(item) == writing:
                writing = None
                yield _written(worker)  # (the path names it again: read it once written)
            done = item if isinstance(item, FileOutcome) else others(item) or process(item)
            if writing is not None:
                writing = None
                yield _written(worker)
            if isinstance(done, DeferredWrite):
                worker = worker or _Worker()
                worker.start(done.write)
                writing = done.file_id or NO_FILE_ID
                del done  # (the worker holds the text until it is written, no longer)
            elif isinstance(done, FileOutcome):
                yield done
            else:
                yield from done
        if writing is not None:
            writing = None
            yield _written(worker)
    finally:
        if worker is not None:
            worker.close()  # (after the write in flight, if any)


# The ``file_id`` of a file whose inode is unknown: no path is taken for it.
NO_FILE_ID = (-1, -1)


def _written(worker: _Worker | None) -> FileOutcome:
    assert worker is not None  # (a write is in flight)
    return worker.result()


def _file_id(path: str) -> tuple[int, int] | None:
    """``(device, inode)`` of the file ``path`` names (links followed), or None."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino
