"""``cleaner learn``: find the lines a corpus repeats across many documents (its furniture).

Files are read one at a time; each document adds one count per distinct normalized line, so a
line repeated inside one document counts once. Memory stays bounded: when more than
``max_tracked`` distinct lines are counted, the rarest are dropped (a line dropped early can
come back, so counts are lower bounds; lines that repeat across many documents survive).
The found lines become full-line regexes for ``[tool.cleaner.boilerplate] extra_patterns``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cleaner.passes.boilerplate.rules import normalize_line

# The tokens a line is compared by: runs of letters (any script) and runs of digits.
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
# Any separator between tokens in a learned pattern: spaces, punctuation, symbols.
SEPARATOR = r"[\W_]*"
# A TOML table header line, to find an existing ``[boilerplate]`` table in a config file.
TABLE_HEADER_RE = re.compile(r"^\s*\[\s*([\w.\"-]+?)\s*\]\s*(#.*)?$", re.MULTILINE)


@dataclass(frozen=True)
class RepeatedLine:
    """A normalized line found in ``documents`` documents, with one example of it."""

    key: str
    documents: int
    example: str
    example_file: str

    @property
    def pattern(self) -> str:
        """A full-line regex matching this line and its variants in case, digits, punctuation.

        >>> key = normalize_for_learning("© 2019 Daily Post. All rights reserved")
        >>> RepeatedLine(key, 9, "", "a.txt").pattern
        '[\\\\W_]*\\\\d+[\\\\W_]*daily[\\\\W_]*post[\\\\W_]*all[\\\\W_]*rights[\\\\W_]*reserved[\\\\W_]*'
        """
        parts = [r"\d+" if token == "0" else re.escape(token) for token in self.key.split()]
        return SEPARATOR + SEPARATOR.join(parts) + SEPARATOR


@dataclass(frozen=True)
class LearnResult:
    """How many documents were read and the lines repeated across enough of them."""

    documents: int
    lines: tuple[RepeatedLine, ...]
    # Files that could not be read, with the reason.
    problems: tuple[tuple[str, str], ...] = ()


def normalize_for_learning(line: str) -> str:
    """The key lines are counted by: lower case, digits as ``0``, no punctuation or spacing.

    >>> normalize_for_learning("  Posted on 12/03/2019 by ADMIN | 3 Comments ")
    'posted on 0 0 0 by admin 0 comments'
    """
    return " ".join("0" if t.isdigit() else t for t in TOKEN_RE.findall(line.lower()))


def learn_repeated_lines(
    paths: Iterable[str | Path],
    *,
    min_documents: int = 5,
    min_share: float = 0.01,
    max_line_length: int = 200,
    max_tracked: int = 200_000,
) -> LearnResult:
    """Count normalized lines over the documents ``paths`` and keep the repeated ones.

    A line is kept when it is in at least ``min_documents`` documents and at least
    ``min_share`` of all documents; lines longer than ``max_line_length`` (prose) and lines
    without a letter are not counted. Results are sorted by document count, most first.
    """
    counts: dict[str, list] = {}  # key -> [documents, example line, index of example file]
    files: list[str] = []
    problems: list[tuple[str, str]] = []
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            problems.append((str(path), error.strerror or str(error)))
            continue
        files.append(str(path))
        _count_document(text, len(files) - 1, counts, max_line_length)
        if len(counts) > max_tracked:
            _prune(counts, max_tracked // 2)
    needed = max(min_documents, min_share * len(files))
    found = [
        RepeatedLine(key, n, example, files[file_index])
        for key, (n, example, file_index) in counts.items()
        if n >= needed
    ]
    found.sort(key=lambda r: (-r.documents, r.key))
    return LearnResult(len(files), tuple(found), tuple(problems))


def _count_document(
    text: str, file_index: int, counts: dict[str, list], max_line_length: int
) -> None:
    """Add one to the count of each distinct normalized line of one document."""
    seen: set[str] = set()
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or len(stripped) > max_line_length:
            continue
        key = normalize_for_learning(stripped)
        if not key or key in seen or not any(c.isalpha() for c in key):
            continue
        seen.add(key)
        entry = counts.get(key)
        if entry is None:
            counts[key] = [1, normalize_line(stripped), file_index]
        else:
            entry[0] += 1


def _prune(counts: dict[str, list], target: int) -> None:
    """Drop the rarest entries until at most ``target`` remain (ties go together)."""
    floor = 1
    while len(counts) > target:
        for key in [k for k, entry in counts.items() if entry[0] <= floor]:
            del counts[key]
        floor += 1


def patterns_toml(lines: Iterable[RepeatedLine], *, pyproject: bool = False) -> str:
    """The found lines as an ``extra_patterns`` TOML table, each with its count, to review.

    >>> print(patterns_toml([RepeatedLine("share this", 12, "Share this:", "a.txt")]))
    [boilerplate]
    extra_patterns = [
        '[\\W_]*share[\\W_]*this[\\W_]*',  # 12 documents, e.g. 'Share this:' in a.txt
    ]
    <BLANKLINE>
    """
    header = "[tool.cleaner.boilerplate]" if pyproject else "[boilerplate]"
    return f"{header}\n{patterns_assignment(lines)}"


def patterns_assignment(lines: Iterable[RepeatedLine]) -> str:
    """The ``extra_patterns = [...]`` assignment alone, one commented pattern a line."""
    rows = [
        f"    {_toml_string(r.pattern)},  # {r.documents} documents, e.g. "
        f"{_comment_text(r.example)} in {_comment_text(r.example_file, quote=False)}"
        for r in lines
    ]
    return "extra_patterns = [\n" + "".join(row + "\n" for row in rows) + "]\n"


def add_patterns_to_config(
    config_text: str, lines: Iterable[RepeatedLine], *, pyproject: bool
) -> str:
    """``config_text`` with the found patterns added, for the user to review.

    A config without the boilerplate table gets it appended; one whose table has no
    ``extra_patterns`` gets the key inserted under the header. A table that already has
    ``extra_patterns`` cannot be merged safely as text: ``ValueError`` says so.

    >>> print(add_patterns_to_config('passes = ["boilerplate"]\\n', [], pyproject=False))
    passes = ["boilerplate"]
    <BLANKLINE>
    # Found by `cleaner learn`: review, then keep or delete each pattern.
    [boilerplate]
    extra_patterns = [
    ]
    <BLANKLINE>
    """
    table = "tool.cleaner.boilerplate" if pyproject else "boilerplate"
    note = "# Found by `cleaner learn`: review, then keep or delete each pattern.\n"
    header = next((m for m in TABLE_HEADER_RE.finditer(config_text) if m.group(1) == table), None)
    if header is None:
        body = config_text.rstrip("\n")
        joiner = "\n\n" if body else ""
        return f"{body}{joiner}{note}{patterns_toml(lines, pyproject=pyproject)}"
    if re.search(r"^\s*extra_patterns\s*=", _table_body(config_text, header.end()), re.M):
        raise ValueError(f"[{table}] already has extra_patterns: merge the new ones by hand")
    cut = header.end() + 1
    return config_text[:cut] + note + patterns_assignment(lines) + config_text[cut:]


def _table_body(text: str, start: int) -> str:
    """The text of a TOML table from ``start`` to the next table header."""
    following = TABLE_HEADER_RE.search(text, start)
    return text[start : following.start() if following else len(text)]


def _toml_string(value: str) -> str:
    """A TOML literal string when possible (no escapes needed), else a basic string."""
    if "'" not in value and "\n" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _comment_text(value: str, *, quote: bool = True) -> str:
    """A value fit for a one-line TOML comment: no line breaks, kept short."""
    short = value if len(value) <= 60 else value[:57] + "..."
    short = short.replace("\n", " ").replace("\r", " ")
    return repr(short) if quote else short
