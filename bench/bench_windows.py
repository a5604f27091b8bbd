"""Real documents cut into windows, as a dataset's chunker cuts them, cleaned twice: how many
does a second run change, and does any raise?

    python bench/bench_windows.py [--set NAME ...] [--show N]

Issue 13 wants a second run to change nothing on real documents; a document cut anywhere
(a window of a dataset, an excerpt) starts and ends mid-page and mid-paragraph, which whole
documents never do. Each document of a set is cut into windows of 3,000 and 8,000
characters every 2,500 characters (``pages``: every 4,000, 3,000 only, and each whole page
text too); each window is cleaned, then its output cleaned again.

Sets (all real text written by others, in the repository or rebuilt by its tools):

- ``rfc``: the 56 RFCs of ``bench/data/rfc`` (page furniture, field lists, diagrams);
- ``prose``: PDF extractors' text, Markdown, PEPs and novels (``bench/data/pdf``,
  ``markdown``, ``peps``, ``books``);
- ``pages``: the full text of the L3S-GN1 and Dragnet pages (``pages.jsonl.gz``, when
  built: see their READMEs);
- ``misdecoded``: the ISO-8859-1 books of ``bench/data/real`` read as UTF-8 with
  replacement, as a dataset built with ``errors="replace"`` holds them (whole, not cut),
  the UTF-8 ones read as Latin-1 and as Windows-1252: what raises is counted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import clean  # noqa: E402

DATA = ROOT / "bench" / "data"
SETS = ("rfc", "prose", "pages", "misdecoded")
PROSE = ("pdf/*.txt", "markdown/**/*.md", "peps/*", "books/*.txt*")


def read_text(path: Path) -> str:
    """A file's text (gunzipped if ``.gz``), read as UTF-8 with replacement."""
    raw = path.read_bytes()
    return (gzip.decompress(raw) if path.name.endswith(".gz") else raw).decode("utf-8", "replace")


def data_files(*patterns: str) -> list[Path]:
    """The files under ``bench/data`` that ``patterns`` match, READMEs aside, sorted."""
    found = {p for pattern in patterns for p in DATA.glob(pattern)}
    return sorted(p for p in found if p.is_file() and p.name != "README.md")


def second_run_fault(text: str) -> str | None:
    """What goes wrong cleaning ``text`` twice: ``"changed"`` (by the second run), the
    error raised (its type and message), or ``None``.

    >>> second_run_fault("A clean line.\\n") is None
    True
    """
    try:
        once = clean(text)
        return "changed" if clean(once) != once else None
    except Exception as error:  # (each is counted and named)
        return f"{type(error).__name__}: {str(error)[:100]}"


def windows(text: str, sizes: tuple[int, ...] = (3000, 8000), step: int = 2500) -> Iterator[str]:
    """The windows of ``text``.

    >>> [len(w) for w in windows("x" * 6000, (3000,), 2500)]
    [3000, 3000]
    """
    for size in sizes:
        for start in range(0, max(1, len(text) - size), step):
            yield text[start : start + size]


def texts(name: str) -> Iterator[tuple[str, str]]:
    """(label, text) of a set's windows (``misdecoded``: whole texts)."""
    if name in ("rfc", "prose"):
        for path in data_files("rfc/*.txt") if name == "rfc" else data_files(*PROSE):
            for k, window in enumerate(windows(read_text(path))):
                yield f"{path.relative_to(DATA)}#{k}", window
    elif name == "pages":
        for folder in ("l3s_gn1", "dragnet"):
            path = DATA / folder / "pages.jsonl.gz"
            if not path.exists():
                print(f"  ({path.relative_to(ROOT)} not built: skipped)")
                continue
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                for line in lines:
                    page = json.loads(line)
                    yield f"{folder}/{page['id']}", page["full"]
                    for k, window in enumerate(windows(page["full"], (3000,), 4000)):
                        yield f"{folder}/{page['id']}#{k}", window
    else:
        for path in data_files("real/*/*.txt.gz"):
            raw = gzip.decompress(path.read_bytes())
            yield f"{path.name} as UTF-8", raw.decode("utf-8", "replace")
            yield f"{path.name} as Latin-1", raw.decode("latin-1")
            yield f"{path.name} as Windows-1252", raw.decode("cp1252", "replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=SETS, help="only these")
    parser.add_argument("--show", type=int, default=5, help="name up to N changed texts")
    args = parser.parse_args()
    for name in args.set or SETS:
        total, changed, raised = 0, [], []
        for label, text in texts(name):
            total += 1
            fault = second_run_fault(text)
            if fault == "changed":
                changed.append(label)
            elif fault is not None:
                raised.append(f"{label}: {fault}")
        print(f"{name}: {total} texts, {len(changed)} changed by a second run, ", end="")
        print(f"{len(raised)} raised")
        for label in [*changed[: args.show], *raised[: args.show]]:
            print(f"  {label}")


if __name__ == "__main__":
    main()
