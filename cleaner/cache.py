"""A per-user record of files known clean, so that a second run skips them (like black's).

One cache file per (settings fingerprint, cleaner version), in ``$CLEANER_CACHE_DIR``, else
``$XDG_CACHE_HOME/cleaner``, else ``~/.cache/cleaner``, named by a CRC of that key and holding
the key itself (two keys with one name only evict each other). It maps a file's absolute path
to the size and ``mtime_ns`` it had when it was found clean (by ``check``) or written clean
(by ``fix``); a file whose size or modification time differ is cleaned again. The cache is written
atomically; a missing, unreadable or corrupt cache is treated as empty. Runs may overlap (a
long ``fix`` while other runs come and go): each writes only its own changes into the cache
as it is on disk then, so one run's entries are not lost to another's older copy.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path

from cleaner import __version__
from cleaner.config import Config

# Bump when the file format changes; old caches are then simply not found.
FORMAT = 2
# A file's identity for the cache: (size in bytes, modification time in nanoseconds).
Stat = tuple[int, int]


def cache_dir() -> Path:
    """Where caches live: ``$CLEANER_CACHE_DIR``, ``$XDG_CACHE_HOME/cleaner`` or ~/.cache."""
    if override := os.environ.get("CLEANER_CACHE_DIR"):
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "cleaner"


def settings_key(config: Config) -> str:
    """What a cache is valid for: its format, the version of cleaner and the settings."""
    return f"{FORMAT}\0{__version__}\0{config.fingerprint()}"


def cache_file(config: Config) -> Path:
    """The cache of one configuration and version of cleaner."""
    # A CRC, not hashlib: loading OpenSSL's hashes costs 2 to 6 ms of every start-up, and a
    # name shared by two keys costs nothing but a miss (the file records its whole key).
    return cache_dir() / f"clean-{zlib.crc32(settings_key(config).encode()):08x}.json"


def file_stat(path: str) -> Stat | None:
    """``(size, mtime_ns)`` of ``path``, or None if it cannot be read."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def cache_key(path: str) -> str:
    """The absolute, symlink-resolved path: the same file named two ways is one entry."""
    return os.path.realpath(path)


class Cache:
    """Files known clean; read once at the start of a run, written once at its end. (A
    plain class: a dataclass costs ~0.3 ms to make at import, which every process pays.)"""

    def __init__(self, path: Path, key: str, clean: dict[str, Stat] | None = None) -> None:
        self.path, self.key = path, key
        self.clean: dict[str, Stat] = {} if clean is None else clean
        # This run's changes, by cache key: a new stat, or None for an entry to drop.
        self.changes: dict[str, Stat | None] = {}

    @property
    def dirty(self) -> bool:
        return bool(self.changes)

    @classmethod
    def read(cls, config: Config) -> Cache:
        """The cache for ``config``; empty if it is missing or cannot be understood."""
        path, key = cache_file(config), settings_key(config)
        return cls(path, key, _read_entries(path, key))

    def is_clean(self, path: str) -> bool:
        """True if ``path`` was clean and has not changed since (same size and mtime)."""
        known = self.clean.get(cache_key(path))
        return known is not None and known == file_stat(path)

    def mark_clean(self, path: str, stat: Stat) -> None:
        """Record that ``path``, as it was with ``stat``, is clean."""
        key = cache_key(path)
        if self.clean.get(key) != stat:
            self.clean[key] = self.changes[key] = stat

    def forget(self, path: str) -> None:
        key = cache_key(path)
        if self.clean.pop(key, None) is not None:
            self.changes[key] = None

    def write(self) -> None:
        """Save this run's changes atomically, into the cache as another run may have left it
        since this one read it; a failure to save is not an error (it is a cache)."""
        if not self.changes:
            return
        import tempfile  # Deferred: only when there is something to save.

        entries = _read_entries(self.path, self.key)
        for key, stat in self.changes.items():
            if stat is None:
                entries.pop(key, None)
            else:
                entries[key] = stat
        data = json.dumps({"key": self.key, "clean": entries}, separators=(",", ":"))
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(data)
                os.replace(temp, self.path)
            except OSError:
                os.unlink(temp)
                raise
        self.changes = {}


def _read_entries(path: Path, key: str) -> dict[str, Stat]:
    """The entries of the cache file at ``path`` if it holds ``key``'s cache, else none."""
    try:
        data = json.loads(path.read_bytes())
        entries = {str(k): (int(v[0]), int(v[1])) for k, v in data["clean"].items()}
        if data["key"] != key:  # another configuration's cache, under the same name
            entries = {}
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        entries = {}
    return entries
