"""JSON Lines records, plain, gzip or zstd: read a line at a time, cleaned field spliced back.

An unchanged record is written back byte for byte. In a changed one only the field's string
token is replaced: the other keys, their order, their values and the spacing stay exactly as
they were, and the new string is escaped as the line was (``\\u`` escapes for non-ASCII text
in an ASCII-only line, UTF-8 otherwise).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from cleaner.config import Config
from cleaner.datasets.records import Cleaned, clean_field
from cleaner.files import FileProblem

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# gzip's XFL header byte: 2 means the best compression was used, 4 the fastest.
GZIP_LEVEL_BY_XFL = {2: 9, 4: 1}
GZIP_DEFAULT_LEVEL = 6
ZSTD_LEVEL = 3
# JSON's insignificant whitespace.
JSON_SPACE_RE = re.compile(r"[ \t\n\r]*")
DECODER = json.JSONDecoder()


@dataclass(frozen=True)
class Line:
    """One physical line: its number (from 1), its bytes without the line end, and the end."""

    number: int
    body: bytes
    end: bytes


@dataclass(frozen=True)
class Record:
    """One line's outcome: the new body (None: unchanged), the record's id, what was done."""

    number: int
    record_id: str | None
    body: bytes | None
    cleaned: Cleaned


def compression(head: bytes) -> str:
    """The compression of a stream from its first bytes: "gzip", "zstd" or "".

    >>> compression(b"\\x1f\\x8b\\x08"), compression(b'{"text": 1}')
    ('gzip', '')
    """
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    return "zstd" if head.startswith(ZSTD_MAGIC) else ""


def open_reader(raw: IO[bytes], kind: str) -> IO[bytes]:
    """A binary stream of the decompressed bytes of ``raw``."""
    if kind == "gzip":
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == "zstd":
        import io

        zstandard = _zstandard()
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        return io.BufferedReader(reader)  # type: ignore[arg-type]
    return raw


def open_writer(out: IO[bytes], kind: str, head: bytes) -> IO[bytes]:
    """A binary stream compressing into ``out`` as the input was (``head``: its first bytes).

    gzip keeps the original's level class, file name and timestamp; zstd uses level 3.
    """
    if kind == "gzip":
        import gzip

        name, mtime = _gzip_name_and_mtime(head)
        level = GZIP_LEVEL_BY_XFL.get(head[8] if len(head) > 8 else 0, GZIP_DEFAULT_LEVEL)
        return gzip.GzipFile(  # type: ignore[return-value]
            filename=name, mode="wb", compresslevel=level, fileobj=out, mtime=mtime
        )
    if kind == "zstd":
        compressor = _zstandard().ZstdCompressor(level=ZSTD_LEVEL)
        return compressor.stream_writer(out, closefd=False)  # type: ignore[return-value]
    return out


def _gzip_name_and_mtime(head: bytes) -> tuple[str, int]:
    """The original file name and timestamp stored in a gzip header (RFC 1952)."""
    if len(head) < 10:
        return "", 0
    flags, mtime = head[3], int.from_bytes(head[4:8], "little")
    position = 10
    if flags & 0x04:  # FEXTRA: a length, then that many bytes
        position += 2 + int.from_bytes(head[10:12], "little")
    if not flags & 0x08:  # no FNAME
        return "", mtime
    end = head.find(b"\0", position)
    name = head[position:end].decode("latin-1") if end >= 0 else ""
    # GzipFile writes the name it is given without ".gz"; give it back as stored.
    return name + ".gz" if name else "", mtime


def _zstandard() -> Any:
    try:
        import zstandard
    except ImportError:
        raise FileProblem(
            "zstd-compressed, and zstandard is not installed; pip install 'cleaner[zstd]'"
        ) from None
    return zstandard


def read_lines(stream: IO[bytes]) -> Iterator[Line]:
    """Each line of ``stream`` with its number, its line end (LF, CRLF or none) kept apart."""
    for number, raw in enumerate(stream, 1):
        if raw.endswith(b"\r\n"):
            yield Line(number, raw[:-2], b"\r\n")
        elif raw.endswith(b"\n"):
            yield Line(number, raw[:-1], b"\n")
        else:
            yield Line(number, raw, b"")


def clean_lines(lines: list[Line], config: Config, keep: bool) -> list[Record]:
    """Clean the field of each line's record; a bad record comes back with its error."""
    return [clean_line(line.number, line.body, config, keep) for line in lines]


def clean_line(number: int, body: bytes, config: Config, keep: bool) -> Record:
    """One line's record, its field cleaned and spliced back into the line.

    >>> clean_line(3, b'{"id": 7, "text": "a  b", "n": 1.50}', Config(), False).body
    b'{"id": 7, "text": "a b", "n": 1.50}'
    >>> clean_line(4, b'{"text": 5}', Config(), False).cleaned.error
    "field 'text' is a number, not a string"
    """
    if not body.strip():
        return Record(number, None, None, Cleaned())  # a blank line is kept as it is
    try:
        line = body.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = f"byte 0x{body[error.start]:02x} at column {error.start + 1}"
        return Record(number, None, None, Cleaned(error=f"not valid UTF-8 ({bad})"))
    bom = "\ufeff" if line.startswith("\ufeff") and number == 1 else ""
    line = line[len(bom) :]
    try:
        value = json.loads(line)
    except ValueError as error:
        return Record(number, None, None, Cleaned(error=f"invalid JSON ({_json_problem(error)})"))
    if not isinstance(value, dict):
        return Record(number, None, None, Cleaned(error="not a JSON object"))
    record_id = _record_id(value)
    field = config.field
    if field not in value:
        return Record(number, record_id, None, Cleaned(error=f"no field {field!r}"))
    text = value[field]
    if not isinstance(text, str):
        problem = f"field {field!r} is {_json_type(text)}, not a string"
        return Record(number, record_id, None, Cleaned(error=problem))
    cleaned = clean_field(text, config, keep)
    if cleaned.text is None:
        return Record(number, record_id, None, cleaned)
    start, end = field_span(line, field)
    token = json.dumps(cleaned.text, ensure_ascii=line.isascii())
    try:
        new = (bom + line[:start] + token + line[end:]).encode()
    except UnicodeEncodeError:  # a lone surrogate (from a \ud800 escape) stays escaped
        new = (bom + line[:start] + json.dumps(cleaned.text) + line[end:]).encode()
    return Record(number, record_id, new, cleaned)


def field_span(line: str, field: str) -> tuple[int, int]:
    """Where the value of top-level key ``field`` is in a valid JSON object (the last one, as
    :func:`json.loads` takes the last of repeated keys).

    >>> line = '{"text": "x", "meta": {"text": 1}, "text" : "yz"}'
    >>> start, end = field_span(line, "text"); line[start:end]
    '"yz"'
    """
    span = None
    position = JSON_SPACE_RE.match(line, 0).end() + 1  # type: ignore[union-attr]
    while True:
        position = JSON_SPACE_RE.match(line, position).end()  # type: ignore[union-attr]
        if line[position] == "}":
            break
        key, position = json.decoder.scanstring(line, position + 1)  # type: ignore[attr-defined]
        position = JSON_SPACE_RE.match(line, position).end() + 1  # type: ignore[union-attr]
        start = JSON_SPACE_RE.match(line, position).end()  # type: ignore[union-attr]
        _, end = DECODER.raw_decode(line, start)
        if key == field:
            span = (start, end)
        position = JSON_SPACE_RE.match(line, end).end()  # type: ignore[union-attr]
        if line[position] != ",":
            break
        position += 1
    assert span is not None, "field_span is called only for a field the record has"
    return span


def _record_id(value: dict[str, Any]) -> str | None:
    """The record's ``id`` field, when it is a string or a number."""
    record_id = value.get("id")
    if isinstance(record_id, (str, int, float)) and not isinstance(record_id, bool):
        return str(record_id)
    return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "an object" if isinstance(value, dict) else "an array"


def _json_problem(error: ValueError) -> str:
    """The JSON decoder's message without its line number (the file's line is given)."""
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at column {error.colno}"
    return str(error)
