"""Real documentation by others, clean text: every ``split`` on it is a wrong split.

Usage: ``python bench/bench_split_docs.py [--half tuning|held-out|both] [--show N]
[--mirrors DIR] [--cache DIR] [--source peps|rfcs|book|numpy]...``

The corpus is rebuilt from git mirrors when present (nothing downloaded; a source whose
mirror is missing is skipped and named): the PEPs of python/peps (``peps/pep-*.rst``,
appendices in subfolders left out; public domain or CC0), the Rust RFCs of rust-lang/rfcs
(``text/**/*.md``, MIT or Apache-2.0) and the chapters of the Rust book, rust-lang/book
(``src/*.md``, MIT or Apache-2.0), each file at its mirror's ``HEAD`` (session 29:
python/peps ``ba4deeb``, rust-lang/rfcs ``354518a``, rust-lang/book ``9175448``; their
commits are printed). A mirror is ``DIR/<owner>+<name>`` or ``DIR/<owner>+<name>/repo`` (a
bare git directory).
NumPy's documentation (``bench/data/numpy-docs``, BSD-3-Clause, session 35: ``--source
numpy``) is read from its folder: its guides, references and release notes (``source/``)
are its tuning half, its enhancement proposals (``neps/``) its held-out half, as for
``bench_markup.py --set numpy``.

Each file is one document, cleaned by the default pipeline up to ``split`` (``split``
skipped), then ``split.find_splits`` is asked what it would split: the pass runs last,
so that is what it splits of the cleaned file. The files are cut into two halves by their
name's hash (``tuning``: the first byte of the SHA-256 of ``owner/name:path`` is even;
``held-out``: odd): rules are chosen on the tuning half, the held-out half is read once at
the end. Printed per source and half: files, words, splits and splits per 100,000 words
(with an exact 95% upper bound), and with ``--show`` each split with its context. A split
of a word the source itself ran together, read by hand (``SOURCE_MERGES``: PEP 245's ``is
givena later``), is a repair, counted apart.

``--cache DIR`` keeps each document's text before ``split`` (by the digest of the file and
of the code of the passes before it), so that a second run asks ``split`` alone.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_split import poisson_upper_95  # noqa: E402

from cleaner.config import build_config  # noqa: E402
from cleaner.passes.split import Split, find_splits  # noqa: E402
from cleaner.pipeline import clean  # noqa: E402


def _in_folder(path: str, prefix: str, suffix: str) -> bool:
    """Whether ``path`` opens with ``prefix`` and ends with ``suffix``, in no subfolder."""
    return path.startswith(prefix) and path.endswith(suffix) and "/" not in path[len(prefix) :]


# (label, mirror name, whether a path of its HEAD is a document).
SOURCES = (
    ("peps", "python+peps", lambda p: _in_folder(p, "peps/pep-", ".rst")),
    ("rfcs", "rust-lang+rfcs", lambda p: p.startswith("text/") and p.endswith(".md")),
    ("book", "rust-lang+book", lambda p: _in_folder(p, "src/", ".md")),
    ("numpy", "numpy+numpy", None),  # (read from NUMPY, not a mirror)
)
# NumPy's documentation as committed, its folders' halves, and the commit they were taken at.
NUMPY = ROOT / "bench" / "data" / "numpy-docs"
NUMPY_HALVES = {"source": "tuning", "neps": "held-out"}
NUMPY_COMMIT = "1f90bbb"
HALVES = ("tuning", "held-out")
# Words the sources ran together, read by hand among the splits of the tuning half
# (session 29): PEP 245's ``givena``, PEP 468's ``automaticallywould``, PEP 511's
# ``areused``, PEP 703's ``datascientists``, Rust RFC 3424's ``thesefiles``.
SOURCE_MERGES = frozenset(
    {"givena", "automaticallywould", "areused", "datascientists", "thesefiles"}
)
# Characters of context printed either side of a split.
CONTEXT_CHARS = 40


def git_dir(mirrors: Path, name: str) -> Path | None:
    """The bare git directory of mirror ``name`` under ``mirrors``, or ``None``."""
    for path in (mirrors / name / "repo", mirrors / name):
        if (path / "HEAD").is_file() and (path / "objects").is_dir():
            return path
    return None


def source_files(repo: Path, wanted) -> Iterator[tuple[str, str]]:
    """(path, text) of each file of ``repo``'s ``HEAD`` that ``wanted`` takes, by path."""
    listing = subprocess.run(
        ["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    for path in sorted(p for p in listing if p and wanted(p)):
        data = subprocess.run(
            ["git", "--git-dir", str(repo), "show", f"HEAD:{path}"],
            capture_output=True,
            check=True,
        ).stdout
        yield path, data.decode("utf-8", errors="replace")


def numpy_files() -> Iterator[tuple[str, str, str]]:
    """(path, text, half) of each of NumPy's documents in ``NUMPY``, by path."""
    for folder, half in NUMPY_HALVES.items():
        for path in sorted((NUMPY / folder).glob("*.rst.gz")):
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
            yield f"{folder}/{path.name.removesuffix('.gz')}", text, half


def half_of(key: str) -> str:
    """``tuning`` or ``held-out``, by the first byte of ``key``'s SHA-256.

    >>> half_of("python+peps:peps/pep-0008.rst"), half_of("python+peps:peps/pep-0572.rst")
    ('held-out', 'tuning')
    """
    return HALVES[hashlib.sha256(key.encode()).digest()[0] % 2]


def code_digest() -> str:
    """A digest of cleaner's code outside the ``split`` pass (what the text before it
    depends on)."""
    digest = hashlib.sha256()
    package = ROOT / "cleaner"
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".txt", ".json", ".tsv") and "split" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def split_in_context(text: str, split: Split, chars: int = CONTEXT_CHARS) -> str:
    """A split's parts and the ``chars`` characters of ``text`` either side of it, on one
    line (``given + a  | ...``)."""
    start = max(0, split.start - chars)
    context = text[start : split.end + chars].replace("\n", " ")
    return f"{' + '.join(split.parts)}  | {context}"


def before_split(text: str, cache: Path | None, code: str) -> str:
    """``text`` cleaned by the default pipeline without ``split`` (kept in ``cache``)."""
    if cache is None:
        return clean(text, NO_SPLIT)
    key = hashlib.sha256((code + text).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    path = cache / f"{key}.txt"
    if path.is_file():
        return path.read_text(encoding="utf-8", errors="surrogatepass")
    result = clean(text, NO_SPLIT)
    path.write_text(result, encoding="utf-8", errors="surrogatepass")
    return result


NO_SPLIT = build_config({}, skip=["split"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=(*HALVES, "both"), default="tuning")
    parser.add_argument("--show", type=int, default=0, help="print up to N splits")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--cache", type=Path, help="keep the texts before split here")
    parser.add_argument("--source", choices=[s[0] for s in SOURCES], action="append")
    args = parser.parse_args()
    halves = HALVES if args.half == "both" else (args.half,)
    code = code_digest()
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    shown = 0
    for label, name, wanted in SOURCES:
        if args.source and label not in args.source:
            continue
        if label == "numpy":
            documents, commit = numpy_files(), NUMPY_COMMIT
        else:
            repo = git_dir(args.mirrors, name)
            if repo is None:
                print(f"{label}: no mirror {name} under {args.mirrors}, skipped")
                continue
            commit = subprocess.run(
                ["git", "--git-dir", str(repo), "rev-parse", "--short=7", "HEAD"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            documents = (
                (path, text, half_of(f"{name}:{path}")) for path, text in source_files(repo, wanted)
            )
        counts = {half: [0, 0, 0, 0] for half in halves}  # files, words, splits, repairs
        for path, text, half in documents:
            if half not in counts:
                continue
            cleaned = before_split(text, args.cache, code)
            splits = find_splits(cleaned)
            repairs = [s for s in splits if "".join(s.parts).lower() in SOURCE_MERGES]
            tally = counts[half]
            tally[0] += 1
            tally[1] += len(cleaned.split())
            tally[2] += len(splits) - len(repairs)
            tally[3] += len(repairs)
            for split in splits:
                if shown < args.show:
                    shown += 1
                    print(f"  {label} {path}: {split_in_context(cleaned, split)}")
        for half, (files, words, found, repaired) in counts.items():
            per = found * 100_000 / max(words, 1)
            bound = poisson_upper_95(found) * 100_000 / max(words, 1)
            print(
                f"{label} ({name} {commit}) {half}: {files} files, {words:,} words, "
                f"{found} wrong splits = {per:.2f} per 100,000 words (95% upper bound "
                f"{bound:.2f}); splits of SOURCE_MERGES: {repaired}"
            )


if __name__ == "__main__":
    main()
