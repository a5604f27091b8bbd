"""Files at the edge: finding them, decoding them and writing them back atomically."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

STDIN = "-"
BOM = b"\xef\xbb\xbf"
# Temporary files of an interrupted write start with this; discovery never picks them up.
TEMP_PREFIX = ".cleaner-tmp-"
# Share of control bytes (other than tab, LF, CR, FF, ESC) above which a file is binary.
BINARY_CONTROL_SHARE = 0.10
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


class FileProblem(Exception):
    """A file cannot be processed; the message says why in a few words."""


@dataclass(frozen=True)
class Decoded:
    """A file's text and how to write it back the same way."""

    text: str
    had_bom: bool = False
    encoding: str = "utf-8"


def find_files(
    paths: Iterable[str], include: Iterable[str], exclude: Iterable[str] = ()
) -> Iterator[str]:
    """Yield the files to process: named files as given, folders walked in sorted order.

    Folders are walked recursively; hidden entries (``.git`` and any ``.name``) are skipped,
    symbolic links to folders are not followed, a file must match an ``include`` glob and
    no ``exclude`` glob (on its name or its path below the folder). A missing path is yielded
    as is, so that reading it reports the problem in order.
    """
    include, exclude = tuple(include), tuple(exclude)
    for raw in paths:
        path = Path(raw)
        if raw == STDIN or not path.is_dir():
            yield raw
            continue
        for found in sorted(_walk(path)):
            relative = found.relative_to(path).as_posix()
            if _matches(found.name, relative, include) and not _matches(
                found.name, relative, exclude
            ):
                yield str(found)


def _walk(root: Path) -> Iterator[Path]:
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in names:
            candidate = Path(folder, name)
            if not name.startswith(".") and _inside(candidate, root):
                yield candidate


def _inside(candidate: Path, root: Path) -> bool:
    """False for a symbolic link that points out of ``root`` (or nowhere)."""
    if not candidate.is_symlink():
        return True
    try:
        return candidate.resolve(strict=True).is_relative_to(root.resolve())
    except OSError:
        return False


def _matches(name: str, relative: str, globs: tuple[str, ...]) -> bool:
    return any(fnmatch(name, glob) or fnmatch(relative, glob) for glob in globs)


def decode(data: bytes, *, detect_encoding: bool = False) -> Decoded:
    """Decode a file's bytes: UTF-8 (a BOM is noted and dropped), else detection if asked.

    >>> decode(BOM + "café".encode())
    Decoded(text='café', had_bom=True, encoding='utf-8')
    >>> decode(b"caf\\xe9")
    Traceback (most recent call last):
    ...
    cleaner.files.FileProblem: not valid UTF-8 (byte 0xe9 at offset 3); use --detect-encoding \
to guess its encoding
    """
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


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # Deferred: only for files that are not UTF-8.

    best = from_bytes(data).best()
    if best is None:
        raise FileProblem("not valid UTF-8 and no text encoding fits it, skipped")
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
        if Path(path).is_dir():
            raise FileProblem("is a folder with no matching files")
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise FileProblem("no such file or folder") from None
    except PermissionError:
        raise FileProblem("permission denied, left untouched") from None
    except OSError as error:
        raise FileProblem(f"cannot read: {error.strerror or error}") from None
    return decode(data, detect_encoding=detect_encoding)


def encode(text: str, *, bom: bool = False) -> bytes:
    """The bytes written back: UTF-8, with a BOM only when asked."""
    return (BOM if bom else b"") + text.encode("utf-8")


def write_atomic(path: str, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once, keeping its permissions.

    The bytes go to a temporary file in the same folder, are flushed to disk, and the
    temporary file is renamed over the original: a reader (or a crash) sees the old content
    or the new, never a mix. A symbolic link is kept and its target rewritten.
    """
    import tempfile  # Deferred: check and diff never write.

    target = Path(path).resolve()
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=target.parent)
    except OSError as error:
        raise FileProblem(f"cannot write: {error.strerror or error}, left untouched") from None
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise FileProblem(f"cannot write: {error.strerror or error}, left untouched") from None
