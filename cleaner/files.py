"""Files at the edge: finding them, decoding them and writing them back atomically."""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from cleaner.config import Config

STDIN = "-"
BOM = b"\xef\xbb\xbf"
# Temporary files of an interrupted write start with this; discovery never picks them up.
TEMP_PREFIX = ".cleaner-tmp-"
# A temporary file older than this was left by a killed run (a live write takes seconds).
STALE_TEMP_SECONDS = 10 * 60
# Bytes per write call when streaming the clean text out, so no second full copy is made.
WRITE_BLOCK_CHARS = 1 << 20
# charset-normalizer "chaos" scores this close count as a tie, broken by word coherence.
DETECT_CHAOS_TIE = 0.05
# Byte-order marks of the UTF-16/32 encodings: such files hold NULs but are text.
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control bytes (other than tab, LF, CR, FF, ESC) above which a file is binary.
BINARY_CONTROL_SHARE = 0.10
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


class FileProblem(Exception):
    """A file cannot be processed; the message says why in a few words."""


class Decoded(NamedTuple):
    """A file's text and how to write it back the same way. (A NamedTuple: a frozen
    dataclass costs ~0.5 ms to make at import, which every process pays.)"""

    text: str
    had_bom: bool = False
    encoding: str = "utf-8"
    # What the file looked like when read (see :func:`file_stamp`), to notice a change.
    stamp: tuple[int, ...] | None = None


def find_files(
    paths: Iterable[str],
    include: Iterable[str],
    exclude: Iterable[str] = (),
    *,
    on_empty: Callable[[str, int], object] | None = None,
) -> Iterator[str]:
    """Yield the files to process: named files as given, folders walked in sorted order.

    Folders are walked recursively; hidden entries (``.git`` and any ``.name``) are skipped,
    symbolic links to folders are not followed, a file must match an ``include`` glob and
    no ``exclude`` glob (on its name or its path below the folder). A missing path is yielded
    as is, so that reading it reports the problem in order. ``on_empty(folder, left_out)``
    hears of a folder that gave no file (``left_out``: its files the globs left out), so
    that a folder of ``.md`` files under the default ``*.txt`` is not passed over in silence.
    """
    include, exclude = tuple(include), tuple(exclude)
    for raw in paths:
        path = Path(raw)
        if raw == STDIN or not path.is_dir():
            yield raw
            continue
        taken = left_out = 0
        for found in sorted(_walk(path)):
            relative = found.relative_to(path).as_posix()
            if found.is_dir() or (
                _matches(found.name, relative, include)
                and not _matches(found.name, relative, exclude)
            ):
                taken += 1
                yield str(found)
            else:
                left_out += 1
        if not taken and on_empty is not None:
            on_empty(raw, left_out)


def _walk(root: Path) -> Iterator[Path]:
    unreadable: list[OSError] = []
    for folder, subfolders, names in os.walk(root, onerror=unreadable.append):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in names:
            candidate = Path(folder, name)
            if not name.startswith(".") and _inside(candidate, root):
                yield candidate
    # A folder that cannot be listed is yielded itself, so that reading it reports why.
    yield from (Path(error.filename) for error in unreadable if error.filename)


def _inside(candidate: Path, root: Path) -> bool:
    """False for a symbolic link that points out of ``root`` (or nowhere)."""
    if not candidate.is_symlink():
        return True
    try:
        return candidate.resolve(strict=True).is_relative_to(root.resolve())
    except OSError:
        return False


def is_selected(
    path: str, include: Iterable[str], exclude: Iterable[str] = (), *, root: Path | None = None
) -> bool:
    """Whether ``path`` would be taken from a folder: its name or its path below ``root``
    (default: the current folder) matched as :func:`find_files` matches files it walks.

    >>> is_selected("notes/a.txt", ["*.txt"], ["notes/*"]), is_selected("b.md", ["*.txt"])
    (False, False)
    """
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(os.path.abspath(root or Path.cwd())).as_posix()
    except ValueError:
        relative = absolute.name
    include, exclude = tuple(include), tuple(exclude)
    name = absolute.name
    return _matches(name, relative, include) and not _matches(name, relative, exclude)


def _matches(name: str, relative: str, globs: tuple[str, ...]) -> bool:
    return any(fnmatch(name, glob) or fnmatch(relative, glob) for glob in globs)


def decode(data: bytes, *, detect_encoding: bool = False) -> Decoded:
    """Decode a file's bytes: UTF-8 (a BOM is noted and dropped), else detection if asked.

    >>> decode(BOM + "café".encode())
    Decoded(text='café', had_bom=True, encoding='utf-8', stamp=None)
    >>> decode(b"caf\\xe9")
    Traceback (most recent call last):
    ...
    cleaner.files.FileProblem: not valid UTF-8 (byte 0xe9 at offset 3); use --detect-encoding \
to guess its encoding
    """
    wide = next((name for bom, name in WIDE_BOMS if data.startswith(bom)), None)
    if wide is not None:
        return _decode_wide(data, wide, detect_encoding)
    if looks_binary(data):
        raise FileProblem("binary file (NUL or control bytes), skipped")
    had_bom = data.startswith(BOM)
    body = data[len(BOM) :] if had_bom else data
    try:
        return Decoded(body.decode("utf-8"), had_bom)
    except UnicodeDecodeError as error:
        if detect_encoding:
            return _detect(body)
        bad = body[error.start]
        raise FileProblem(
            f"not valid UTF-8 (byte 0x{bad:02x} at offset {error.start}); "
            "use --detect-encoding to guess its encoding"
        ) from None


def _decode_wide(data: bytes, encoding: str, detect_encoding: bool) -> Decoded:
    """UTF-16/32 with a BOM: decoded only when detection is allowed, as any other encoding."""
    if not detect_encoding:
        raise FileProblem(
            f"{encoding.upper()} text (byte-order mark), not UTF-8; "
            "use --detect-encoding to convert it"
        )
    try:
        return Decoded(data.decode(encoding), encoding=encoding)
    except UnicodeDecodeError:
        raise FileProblem(f"not valid {encoding.upper()} despite its byte-order mark") from None


def _detect(data: bytes) -> Decoded:
    """The most plausible decoding: least chaos, then (among near ties) most coherent words.

    charset-normalizer's own first choice ranks by chaos alone, which on short Western
    text often prefers a Baltic or Central European code page over cp1252 ('trčs').
    """
    from charset_normalizer import from_bytes  # Deferred: only for files that are not UTF-8.

    matches = list(from_bytes(data))
    if not matches:
        raise FileProblem("not valid UTF-8 and no text encoding fits it, skipped")
    least_chaos = min(match.chaos for match in matches)
    near = [match for match in matches if match.chaos <= least_chaos + DETECT_CHAOS_TIE]
    best = max(near, key=lambda match: match.coherence)
    return Decoded(str(best), encoding=best.encoding)


def looks_binary(data: bytes, sample_size: int = 8192) -> bool:
    """True for data with a NUL byte or many control bytes in its first 8 KiB.

    >>> looks_binary(b"text\\x00more"), looks_binary(b"plain text\\n")
    (True, False)
    """
    sample = data[:sample_size]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return bool(sample) and controls / len(sample) > BINARY_CONTROL_SHARE


def read_file(path: str, *, detect_encoding: bool = False) -> Decoded:
    """Read and decode ``path``; every failure becomes a :class:`FileProblem`."""
    try:
        kind = os.stat(path).st_mode
        if stat.S_ISDIR(kind):
            os.listdir(path)  # Raises for a folder the walk could not list.
            raise FileProblem("is a folder with no matching files")
        if not stat.S_ISREG(kind):
            # A FIFO or device would block or never end: only regular files are read.
            raise FileProblem("not a regular file (pipe, socket or device), skipped")
        with open(path, "rb") as handle:
            stamp = file_stamp(os.fstat(handle.fileno()))
            data = handle.read()
    except FileNotFoundError:
        raise FileProblem("no such file or folder") from None
    except PermissionError:
        raise FileProblem("permission denied, left untouched") from None
    except OSError as error:
        raise FileProblem(f"cannot read: {error.strerror or error}") from None
    decoded = decode(data, detect_encoding=detect_encoding)
    return Decoded(decoded.text, decoded.had_bom, decoded.encoding, stamp)


def file_stamp(status: os.stat_result) -> tuple[int, ...]:
    """What identifies one version of a file: its inode, size and modification time."""
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


def encode(text: str, *, bom: bool = False) -> bytes:
    """The bytes written back: UTF-8, with a BOM only when asked."""
    return (BOM if bom else b"") + text.encode("utf-8")


def encode_blocks(text: str, *, bom: bool = False) -> Iterator[bytes]:
    """The same bytes as :func:`encode`, a block at a time, so a huge text is not copied whole.

    >>> b"".join(encode_blocks("é" * 3, bom=True)) == encode("é" * 3, bom=True)
    True
    """
    if bom:
        yield BOM
    for start in range(0, len(text), WRITE_BLOCK_CHARS):
        yield text[start : start + WRITE_BLOCK_CHARS].encode("utf-8")


def write_atomic(
    path: str, data: bytes | Iterable[bytes], *, expected: tuple[int, ...] | None = None
) -> None:
    """Replace ``path`` with ``data`` (bytes, or blocks of bytes) all at once, keeping its mode.

    The bytes go to a temporary file in the same folder, are flushed to disk, and the
    temporary file is renamed over the original: a reader (or a crash) sees the old content
    or the new, never a mix. A symbolic link is kept and its target rewritten. A read-only
    file is left alone, and so is a file whose :func:`file_stamp` is no longer ``expected``
    (someone changed or removed it while it was being cleaned).
    """
    target = _link_target(path)
    try:
        status = os.stat(target)
    except FileNotFoundError:
        raise FileProblem("vanished while being cleaned, not written") from None
    except OSError as error:
        raise FileProblem(f"cannot write: {error.strerror or error}, left untouched") from None
    _check_still_writable(status, expected)
    blocks = [data] if isinstance(data, bytes) else data
    temp_name = _write_temp(os.path.dirname(target) or ".", blocks, stat.S_IMODE(status.st_mode))
    try:
        _check_still_writable(_stat_or_none(target), expected)
        os.replace(temp_name, target)
    except (OSError, FileProblem) as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, FileProblem):
            raise
        raise FileProblem(f"cannot write: {error.strerror or error}, left untouched") from None


def _check_still_writable(status: os.stat_result | None, expected: tuple[int, ...] | None) -> None:
    if status is None:
        raise FileProblem("vanished while being cleaned, not written")
    if expected is not None and file_stamp(status) != expected:
        raise FileProblem("changed while being cleaned, left as it is now; run again")
    if not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise FileProblem("read-only file, left untouched")


def _link_target(path: str) -> str:
    """The file that writing ``path`` replaces: ``path`` itself, or the file a symbolic link
    there points to (the link is kept). One ``lstat`` for a file that is no link, where
    ``Path.resolve`` takes one for every folder of the path.

    >>> _link_target("no/such/file.txt")
    'no/such/file.txt'
    """
    return os.path.realpath(path) if os.path.islink(path) else path


def _stat_or_none(target: str | Path) -> os.stat_result | None:
    try:
        return os.stat(target)
    except FileNotFoundError:
        return None


def _write_temp(folder: str | Path, blocks: Iterable[bytes], mode: int) -> str:
    """Write ``blocks`` to a new temporary file in ``folder`` with permissions ``mode``, on
    disk; return its name."""
    try:
        import tempfile  # Deferred: check and diff never write.

        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
    except OSError as error:
        raise FileProblem(f"cannot write: {error.strerror or error}, left untouched") from None
    try:
        with os.fdopen(handle, "wb") as temp:
            for block in blocks:
                temp.write(block)
            temp.flush()
            os.fchmod(temp.fileno(), mode)  # (on the open file: no second look-up by name)
            os.fsync(temp.fileno())
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise FileProblem(f"cannot write: {error.strerror or error}, left untouched") from None
    return temp_name


def remove_stale_temp_files(folder: str, *, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Delete the temporary files a killed run left in ``folder``; return how many.

    Only files named ``.cleaner-tmp-*`` and untouched for ``older_than`` seconds go: a
    younger one may belong to a run still writing. Errors are ignored (best effort).
    """
    removed = 0
    cutoff = time.time() - older_than
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not entry.name.startswith(TEMP_PREFIX):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
    return removed


class AtomicOutput:
    """A temporary file beside ``path`` that replaces it on :meth:`commit`, as
    :func:`write_atomic` does, for output written a piece at a time (a dataset's records).

    Use it as a context manager: leaving the block without a commit (an error, or nothing
    to change) deletes the temporary file and leaves ``path`` as it was.
    """

    def __init__(self, path: str, *, expected: tuple[int, ...] | None = None) -> None:
        self.target = Path(path).resolve()
        self.expected = expected
        self.temp_name = ""
        _check_still_writable(_stat_or_none(self.target), expected)
        try:
            import tempfile  # Deferred: check and diff never write.

            handle, self.temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.target.parent)
        except OSError as error:
            raise FileProblem(f"cannot write: {error.strerror or error}, left untouched") from None
        self.handle = os.fdopen(handle, "wb")

    def __enter__(self) -> AtomicOutput:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def commit(self) -> None:
        """Flush the temporary file to disk and rename it over the target (mode kept)."""
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            status = _stat_or_none(self.target)
            _check_still_writable(status, self.expected)
            assert status is not None
            os.chmod(self.temp_name, stat.S_IMODE(status.st_mode))
            os.replace(self.temp_name, self.target)
        except OSError as error:
            self.discard()
            raise FileProblem(f"cannot write: {error.strerror or error}, left untouched") from None
        except FileProblem:
            self.discard()
            raise
        self.temp_name = ""

    def discard(self) -> None:
        """Delete the temporary file (nothing is written to the target)."""
        with contextlib.suppress(OSError):
            self.handle.close()
        if self.temp_name:
            with contextlib.suppress(OSError):
                os.unlink(self.temp_name)
            self.temp_name = ""


# File name endings of each dataset format (case-insensitive); others are text.
SUFFIXES = (
    (".jsonl", "jsonl"),
    (".jsonl.gz", "jsonl"),
    (".jsonl.zst", "jsonl"),
    (".ndjson", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".ndjson.zst", "jsonl"),
    (".parquet", "parquet"),
)


def dataset_format(path: str, config: Config) -> str | None:
    """The dataset format of ``path`` ("jsonl", "parquet"), or None for a text file.

    ``config.input_format`` decides for every file when set; else the file name's ending does.

    >>> from cleaner.config import Config
    >>> dataset_format("corpus/a.JSONL.gz", Config()), dataset_format("a.txt", Config())
    ('jsonl', None)
    """
    if config.input_format is not None:
        return None if config.input_format == "text" or path == STDIN else config.input_format
    if path == STDIN:
        return None
    name = path.lower()
    return next((kind for suffix, kind in SUFFIXES if name.endswith(suffix)), None)
