"""Write a page set's records the same way on every run: JSON Lines, gzipped with no time
stamp, so two builds give the same bytes and the README can record their checksum."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path


def write_records(out: Path, lines: list[str], sources_sha256: str) -> None:
    """Write ``lines`` (each a JSON object and its line feed) to ``out``, gzipped with no
    time stamp, and print how many, the sources' checksum and the file's.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     write_records(Path(folder) / "a.jsonl.gz", ['{"id": 1}\\n'], "ab12")
    ...     gzip.decompress((Path(folder) / "a.jsonl.gz").read_bytes())
    ... # doctest: +ELLIPSIS
    1 pages; sources sha256 ab12
    /.../a.jsonl.gz: sha256 ...
    b'{"id": 1}\\n'
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as written:
        written.write("".join(lines).encode("utf-8"))
    print(f"{len(lines)} pages; sources sha256 {sources_sha256}")
    print(f"{out}: sha256 {hashlib.sha256(out.read_bytes()).hexdigest()}")
