"""The state of a worker process: the run's config, and dying with the run.

Worker processes of :mod:`cleaner.pool` (files) and :mod:`cleaner.datasets.records`
(records of a dataset) are started by :func:`start_worker`; each checks :func:`orphaned`
before it writes, so that a killed run stops writing at once.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

from cleaner.config import Config

_WORKER_CONFIG: Config | None = None  # set once in each worker process by start_worker
_PARENT_PID = 0  # the process that started this worker
# prctl(2) option: the signal a process gets when its parent dies.
PR_SET_PDEATHSIG = 1


def fork_context() -> Any:
    """Fork where it exists (workers share what this process loaded); else the default."""
    import multiprocessing

    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return None


def start_worker(config: Config) -> None:
    """Keep the run's config; die with the parent, so a killed run stops writing at once."""
    global _WORKER_CONFIG, _PARENT_PID
    _WORKER_CONFIG, _PARENT_PID = config, os.getppid()
    if sys.platform == "linux":
        import ctypes
        import signal

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def worker_config() -> Config:
    """The config this worker was started with (:func:`start_worker`)."""
    assert _WORKER_CONFIG is not None
    return _WORKER_CONFIG


def orphaned() -> bool:
    """Whether the run that started this worker is gone (killed): write nothing more.

    >>> orphaned()  # (not a worker: no parent was recorded)
    True
    """
    return os.getppid() != _PARENT_PID
