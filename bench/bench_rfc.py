"""Benchmark of real paged plain text: 56 IETF RFCs through the default pipeline.

Usage: ``python bench/bench_rfc.py [--tuning-only] [--show N] [--lost N] [--repeat N] [--layout N]``

The RFCs (``bench/data/rfc``, see its README: 1990-2015, from FreeRADIUS's ``doc/rfc``)
end every page with a footer ``Author   Category   [Page N]`` and a form feed, and start
the next with a header ``RFC NNNN   Short title   Month YYYY``; a paragraph (indented three
spaces, hard-wrapped at 72) often runs on over the break. The furniture is labelled by its
shape in the source, before any cleaning:

- footer: a line that ends with ``[Page N]`` (it holds the page number; maybe indented);
- header: the first non-blank line after a form feed, ``RFC NNNN ... Month YYYY``;
- a heading opening a page: the first text line after the header, at the margin, after
  an indented line before the footer;
- a cut paragraph: a break whose last text line before the footer and first text line
  after the header have the same indent (3 to 12 spaces), the line before is a full line
  (at least 55 characters, no contents line's dot leaders) ending in a letter, digit, comma
  or hyphen (no sentence end).

For each file, tuning and held out apart, and in total:

- footers and headers left: the output still holds the line's text (spaces collapsed);
- cut paragraphs rejoined: the output holds the last three words before the break and the
  first three after it with one space between (or none, a line-end hyphen joined);
- headings joined: a heading opening a page must not be joined to the text before it: the
  output holds it, but at no line's start;
- words lost: the multiset of the source's words (``\\w+``, so quotes, dashes and entities
  aside), footers and headers taken out, less the output's (without the words of the
  footers and headers it still holds); and the lines they came from;
- idempotence: a second run of the pipeline on its output changes nothing;
- layout (session 26), labelled by shape in the source, furniture aside: contents lines
  joined to another (a line ending in dot leaders and a page number, ``Attributes ....10``;
  the output has a leader and number with more text after them on its line); two-column
  lines squeezed (at the margin, indent under four, two halves of single-spaced words at
  most 40 characters each with a gap of 8 spaces or more between, the title block's
  ``Network Working Group        M. Chiba``: the output holds the halves squeezed to one
  space, not the line as it was; lines gone are not counted); indented paragraphs left
  wrapped (a run of two or more lines at one indent of 5 to 12 spaces, each of words
  and sentence punctuation (no gap of three spaces, no dot leaders), all but the last
  full lines: each break inside it must be gone, as a cut paragraph's);
- speed: MB/s of the whole pipeline (CPU time, best of ``--repeat``), against
  ``ftfy.fix_text`` on the same texts in the same run.

Held out: the 19 files whose name's sha256 starts with a byte divisible by 3 (the README
lists them). No rule was chosen by looking at their output; ``--show`` and ``--lost`` print
tuning files only, and ``--tuning-only`` leaves the held-out files out altogether.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import clean  # noqa: E402

DATA = ROOT / "bench" / "data" / "rfc"
# The page's footer: its number at the line's end.
FOOTER_RE = re.compile(r"^\s*\S.*\[Page \d+\]\s*$")
# The next page's header: RFC number first, the month and year last.
HEADER_RE = re.compile(r"^\s*RFC \d+ .*\b\d{4}\s*$")
WORD_RE = re.compile(r"\w+")
SENTENCE_END_RE = re.compile(r"[.!?:;]\W*$")
FULL_LINE = 55
# A contents line: dot leaders, then a page number, at the line's end.
CONTENTS_RE = re.compile(r"(?:\.{4,}|(?:\. ){3,}\.) *\d+\s*$")
# A contents entry with more text after it on its line: joined to the next.
JOINED_CONTENTS_RE = re.compile(r"(?:\.{4,}|(?:\. ){3,}\.) *\d+ +\S")
# Two columns at the margin: two short halves of single-spaced words, a wide gap between.
TWO_COLUMNS_RE = re.compile(r" {0,3}(\S+(?: \S+)*) {8,}(\S+(?: \S+)*)")
MAX_COLUMN = 40
# A line of prose in an indented paragraph: words, single spaces (two after a sentence).
PROSE_LINE_RE = re.compile(r"[A-Za-z\"'(][^|{}=<>\t]*")


def held_out(name: str) -> bool:
    return hashlib.sha256(name.encode()).digest()[0] % 3 == 0


def squeeze(text: str) -> str:
    return " ".join(text.split())


class Labels:
    """The furniture lines of a source text, and its cut paragraphs."""

    def __init__(self, text: str) -> None:
        lines = text.replace("\r\n", "\n").split("\n")
        self.footers: list[str] = []
        self.headers: list[str] = []
        self.furniture: set[int] = set()
        self.cuts: list[tuple[str, str]] = []
        self.headings: list[str] = []
        self.contents: list[str] = []
        self.columns: list[str] = []
        self.nested: list[tuple[str, str]] = []
        for i, line in enumerate(lines):
            if FOOTER_RE.match(line):
                self.footers.append(squeeze(line))
                self.furniture.add(i)
                header = self._header_after(lines, i)
                if header is not None:
                    self.headers.append(squeeze(lines[header]))
                    self.furniture.add(header)
                    self._cut(lines, i, header)
        self.form_feeds = text.count("\f")
        self.lines = lines
        self._layout(lines)

    def _layout(self, lines: list[str]) -> None:
        """The contents lines, two-column lines and indented paragraphs' breaks."""
        run: list[str] = []
        for i, raw in enumerate([*lines, ""]):
            line = raw.lstrip("\f").rstrip()
            if i in self.furniture:
                line = ""
            if CONTENTS_RE.search(line):
                self.contents.append(line)
            two = TWO_COLUMNS_RE.fullmatch(line)
            if two and max(len(two.group(1)), len(two.group(2))) <= MAX_COLUMN:
                self.columns.append(line)
            indent = len(line) - len(line.lstrip(" "))
            if run and (not line or indent != len(run[0]) - len(run[0].lstrip(" "))):
                self._nested(run)
                run = []
            prose = PROSE_LINE_RE.fullmatch(line.lstrip()) and "   " not in line.lstrip()
            if 5 <= indent <= 12 and prose and not CONTENTS_RE.search(line):
                run.append(line)
            elif run:
                self._nested(run)
                run = []

    def _nested(self, run: list[str]) -> None:
        """The breaks of an indented paragraph (all its lines but the last full lines)."""
        if len(run) >= 2 and all(len(line) >= FULL_LINE for line in run[:-1]):
            self.nested += pairwise(run)

    @staticmethod
    def _header_after(lines: list[str], at: int) -> int | None:
        i = at + 1
        while i < len(lines) and not lines[i].strip(" \f"):
            i += 1
        if i < len(lines) and HEADER_RE.match(lines[i].lstrip("\f")):
            return i
        return None

    def _cut(self, lines: list[str], footer: int, header: int) -> None:
        before = footer - 1
        while before >= 0 and not lines[before].strip(" \f"):
            before -= 1
        after = header + 1
        while after < len(lines) and not lines[after].strip(" \f"):
            after += 1
        if before < 0 or after >= len(lines):
            return
        up, down = lines[before], lines[after]
        indent = len(up) - len(up.lstrip(" "))
        if not down.startswith(" ") and indent and re.match(r"[A-Z0-9]", down):
            self.headings.append(down.strip())  # A heading opens the page.
            return
        if not 3 <= indent <= 12 or len(down) - len(down.lstrip(" ")) != indent:
            return
        if len(up.rstrip()) < FULL_LINE or SENTENCE_END_RE.search(up.rstrip()) or "...." in up:
            return
        if not re.search(r"[\w,-]$", up.rstrip()) or not re.match(r"[\w(\"']", down.lstrip()):
            return
        self.cuts.append((up, down))

    def content_words(self) -> Counter[str]:
        return Counter(
            word
            for i, line in enumerate(self.lines)
            if i not in self.furniture
            for word in WORD_RE.findall(line)
        )


def rejoined(cut: tuple[str, str], flat: str) -> bool:
    tail, head = cut[0].split()[-3:], cut[1].split()[:3]
    joined = " ".join(tail) + " " + " ".join(head)
    if joined in flat:
        return True
    if tail[-1].endswith("-"):  # dehyphenated, or the hyphen kept and joined
        glued = " ".join(tail)[:-1] + " ".join(head)
        return glued in flat or " ".join(tail) + " ".join(head) in flat
    return False


def joined_heading(heading: str, flat: str, lines_out: Counter[str]) -> bool:
    """The heading is in the output, but not at a line's start: joined to the line before."""
    heading = squeeze(heading)
    return heading in flat and not any(line.startswith(heading) for line in lines_out)


def score(name: str, text: str, output: str) -> dict[str, object]:
    labels = Labels(text)
    flat = squeeze(output)
    lines_out = Counter(squeeze(line) for line in output.split("\n"))
    footers_left = sum(1 for footer in labels.footers if footer in flat)
    headers_left = min(len(labels.headers), flat.count(labels.headers[0])) if labels.headers else 0
    # A paragraph break in the output is "\n\n": keep it as a mark, so a rejoin is one line.
    paragraphs = " ¶ ".join(squeeze(p) for p in output.split("\n\n"))
    joins = sum(rejoined(cut, paragraphs) for cut in labels.cuts)
    # Every line break as a mark: a break inside a nested paragraph must be gone.
    breaks = " ¶ ".join(squeeze(line) for line in output.split("\n"))
    source = labels.content_words()
    # The words the output has of its own: furniture left in it does not make up for a loss.
    kept = Counter(WORD_RE.findall(output))
    for footer in labels.footers:
        if footer in flat:
            kept -= Counter(WORD_RE.findall(footer))
    for _ in range(headers_left):
        kept -= Counter(WORD_RE.findall(labels.headers[0]))
    lost = source - kept
    lost_lines = [
        squeeze(line)
        for i, line in enumerate(labels.lines)
        if i not in labels.furniture
        and line.strip()
        and any(lost[w] for w in WORD_RE.findall(line))
        and squeeze(line) not in lines_out
        and squeeze(line) not in flat
    ]
    return {
        "name": name,
        "footers": len(labels.footers),
        "footers_left": footers_left,
        "headers": len(labels.headers),
        "headers_left": headers_left,
        "cuts": len(labels.cuts),
        "rejoined": joins,
        "words": sum(source.values()),
        "lost": sum(lost.values()),
        "lost_lines": lost_lines,
        "missed_cuts": [cut for cut in labels.cuts if not rejoined(cut, paragraphs)],
        "headings": len(labels.headings),
        "headings_joined": sum(joined_heading(h, flat, lines_out) for h in labels.headings),
        "contents": len(labels.contents),
        "contents_joined": len(JOINED_CONTENTS_RE.findall(output)),
        "columns": len(labels.columns),
        "columns_squeezed": len(squeezed := squeezed_columns(labels.columns, output)),
        "nested": len(labels.nested),
        "nested_wrapped": len(wrapped := [b for b in labels.nested if not rejoined(b, breaks)]),
        "layout_misses": squeezed + [f"{up.strip()} / {down.strip()}" for up, down in wrapped],
    }


def squeezed_columns(columns: list[str], output: str) -> list[str]:
    """The two-column lines the output holds with their gap squeezed to one space."""
    exact = {line.rstrip() for line in output.split("\n")}
    squeezed = {squeeze(line) for line in output.split("\n")}
    return [c for c in columns if c not in exact and squeeze(c) in squeezed]


def cpu_seconds(work, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def report(label: str, rows: list[dict[str, object]], unstable: list[str]) -> None:
    def total(key: str) -> int:
        return sum(int(row[key]) for row in rows)  # type: ignore[call-overload]

    footers, headers, cuts, words = (
        total("footers"),
        total("headers"),
        total("cuts"),
        total("words"),
    )
    print(
        f"{label:10} {len(rows):3} files  footers removed {footers - total('footers_left')}/"
        f"{footers}  headers removed {headers - total('headers_left')}/{headers}  "
        f"cut paragraphs rejoined {total('rejoined')}/{cuts}  headings opening a page joined "
        f"to the text before {total('headings_joined')}/{total('headings')}  "
        f"words lost {total('lost')}/"
        f"{words} ({100 * total('lost') / max(1, words):.3f}%)  changed by a second run "
        f"{len(unstable)}{' ' + ', '.join(unstable) if unstable else ''}\n{'':10} layout: "
        f"contents lines joined to another {total('contents_joined')}/{total('contents')}  "
        f"two-column lines squeezed {total('columns_squeezed')}/{total('columns')}  "
        f"indented paragraphs' breaks left wrapped {total('nested_wrapped')}/{total('nested')}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tuning-only", action="store_true", help="leave held-out files out")
    parser.add_argument("--show", type=int, default=0, help="print N missed rejoins")
    parser.add_argument("--lost", type=int, default=0, help="print N lines that lost words")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (best of)")
    parser.add_argument("--layout", type=int, default=0, help="print N layout misses")
    parser.add_argument("--per-file", action="store_true", help="a line per file")
    args = parser.parse_args()
    import ftfy

    paths = sorted(DATA.glob("rfc*.txt"))
    if args.tuning_only:
        paths = [p for p in paths if not held_out(p.name)]
    texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in paths}
    outputs = {name: clean(text) for name, text in texts.items()}
    rows = {name: score(name, texts[name], outputs[name]) for name in texts}
    unstable = [name for name, out in outputs.items() if clean(out) != out]
    if args.per_file:
        for name, row in rows.items():
            print(
                f"  {name:12}{' (held out)' if held_out(name) else '':11} footers left "
                f"{row['footers_left']}/{row['footers']}  headers left {row['headers_left']}/"
                f"{row['headers']}  rejoined {row['rejoined']}/{row['cuts']}  words lost "
                f"{row['lost']}/{row['words']}"
            )
    groups = {"tuning": [n for n in texts if not held_out(n)]}
    if not args.tuning_only:
        groups["held out"] = [n for n in texts if held_out(n)]
    for label, names in groups.items():
        report(label, [rows[n] for n in names], [n for n in unstable if n in names])
    size = sum(len(t.encode()) for t in texts.values()) / 1e6
    ftfy_s = cpu_seconds(lambda: [ftfy.fix_text(t) for t in texts.values()], args.repeat)
    clean_s = cpu_seconds(lambda: [clean(t) for t in texts.values()], args.repeat)
    print(
        f"speed ({size:.2f} MB, CPU, best of {args.repeat}): ftfy.fix_text {size / ftfy_s:.2f} "
        f"MB/s, cleaner.clean {size / clean_s:.2f} MB/s, ratio {ftfy_s / clean_s:.2f}x"
    )
    tuning = [rows[n] for n in groups["tuning"]]
    shown = [(row["name"], cut) for row in tuning for cut in row["missed_cuts"]]  # type: ignore[attr-defined]
    for name, (up, down) in shown[: args.show]:
        print(f"not rejoined, {name}: {up.strip()[-40:]!r} / {down.strip()[:40]!r}")
    lost = [(row["name"], line) for row in tuning for line in row["lost_lines"]]  # type: ignore[attr-defined]
    for name, line in lost[: args.lost]:
        print(f"lost words, {name}: {line[:100]!r}")
    layout = [(row["name"], miss) for row in tuning for miss in row["layout_misses"]]  # type: ignore[attr-defined]
    for name, miss in layout[: args.layout]:
        print(f"layout, {name}: {miss[:120]!r}")


if __name__ == "__main__":
    main()
