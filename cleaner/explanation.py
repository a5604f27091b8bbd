"""What ``cleaner explain`` prints of a file: each change under the pass that made it, with
its rule and the text around it, then the passes' notes; as segments (see diffs.py).

The changes are those of ``--format json`` (:func:`cleaner.changes.step_changes`), found
by aligning each pass's input with its output in one linear walk: a CRLF book's every
line is a change of its own, and a pass that changes every line costs no more to explain
than to run. The changes of one line are shown together; a pass that changes more than
``MAX_SHOWN`` lines shows the first ones and counts the rest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cleaner.changes import step_changes
from cleaner.diffs import VISIBLE_WHITESPACE, Segment

if TYPE_CHECKING:
    from cleaner.changes import StepChanges
    from cleaner.config import Config
    from cleaner.pipeline import CleanResult

# Lines of changes shown under each pass; the other changes are counted (``--format json``
# lists them all).
MAX_SHOWN = 50
# Characters of unchanged text shown on each side of a change, within its line.
CONTEXT = 40
# Control characters in unchanged text, shown by their pictures (all but tab).
CONTROL_PICTURES = str.maketrans(
    {chr(code): chr(0x2400 + code) for code in range(0x20) if code != 9}
)


def explanation(result: CleanResult, config: Config, path: str) -> list[Segment]:
    """The segments ``explain`` prints for one file.

    >>> from cleaner import Config, clean_and_explain
    >>> result = clean_and_explain("Caf\u00c3\u00a9  au lait")
    >>> print("".join(text for text, _ in explanation(result, Config(), "f.txt")), end="")
    f.txt
      encoding: 1 change
        line 1: Caf[-Ã©-]{+é+}  au lait  (fix_encoding)
      whitespace: 2 changes (space-run 1, final-newline 1)
        line 1: Café[-␠-] au lait{+⏎+}  (space-run, final-newline)
    """
    segments: list[Segment] = [(f"{path}\n", "header")]
    if not result.steps:
        segments.append(("  clean: no pass changes it\n", ""))
    for changes in step_changes(result, config):
        segments += _step_segments(changes)
    segments += [(f"  {name}: {note}\n", "note") for name, note in result.notes(config)]
    return segments


def _step_segments(changes: StepChanges) -> list[Segment]:
    """One pass's changes: how many, then the changes of each line (up to ``MAX_SHOWN``
    lines), a line's changes together (a run of spaces collapsed at every word of it)."""
    before, after, pieces = changes.step.before, changes.step.after, changes.pieces
    noun = "change" if len(pieces) == 1 else "changes"
    rules = Counter(rule.split(".", 1)[-1] for *_, rule in pieces)
    groups = list(_line_groups(before, pieces))
    counts = ""  # how many of each rule, where the lines below may not tell
    if len(rules) > 1 or len(groups) > MAX_SHOWN:
        counts = " (" + ", ".join(f"{rule} {n:,}" for rule, n in rules.most_common()) + ")"
    segments: list[Segment] = [(f"  {changes.step.name}: {len(pieces):,} {noun}{counts}\n", "pass")]
    line, counted, shown = 1, 0, 0  # the line a group starts on, counted so far; changes shown
    for group in groups[:MAX_SHOWN]:
        line += before.count("\n", counted, group[0][0])
        counted = group[0][0]
        segments.append((f"    line {line}: ", "hunk"))
        segments += _in_context(before, after, group)
        names = dict.fromkeys(rule.split(".", 1)[-1] for *_, rule in group)
        segments.append((f"  ({', '.join(names)})\n", "note"))
        shown += len(group)
    if shown < len(pieces):
        more = len(pieces) - shown
        segments.append((f"    … {more:,} more (explain --format json lists all)\n", "note"))
    return segments


def _line_groups(before: str, pieces: list) -> Iterator[list]:
    """``pieces`` in runs that share a line of ``before``: no line feed between one's end
    and the next one's start."""
    group: list = []
    for piece in pieces:
        if group and "\n" in before[group[-1][1] : piece[0]]:
            yield group
            group = []
        group.append(piece)
    if group:
        yield group


def _in_context(before: str, after: str, group: list) -> list[Segment]:
    """The changes of ``group`` (pieces on one line of ``before``), each marked
    ``[-old-]{+new+}`` with whitespace made visible, between up to ``CONTEXT`` characters of
    the text around them (the text between two changes shortened in its middle).

    >>> "".join(text for text, _ in _in_context("say  hi", "say hi", [(3, 4, 3, 3, "")]))
    'say[-␠-] hi'
    """
    first, last = group[0][0], group[-1][1]
    start = max(before.rfind("\n", 0, first) + 1, first - CONTEXT)
    end = before.find("\n", last)
    end = min(len(before) if end < 0 else end, last + CONTEXT)
    left = ("…" if start > 0 and before[start - 1] != "\n" else "") + before[start:first]
    segments: list[Segment] = [(_plain(left), "")]
    for k, (i1, i2, j1, j2, _) in enumerate(group):
        if k:
            between = before[group[k - 1][1] : i1]
            if len(between) > 2 * CONTEXT:
                between = f"{between[:CONTEXT]}…{between[-CONTEXT:]}"
            segments.append((_plain(between), ""))
        if i2 > i1:
            segments.append((f"[-{_visible(before[i1:i2])}-]", "removed"))
        if j2 > j1:
            segments.append((f"{{+{_visible(after[j1:j2])}+}}", "added"))
    right = before[last:end] + ("…" if end < len(before) and before[end] != "\n" else "")
    segments.append((_plain(right), ""))
    return segments


def _visible(text: str) -> str:
    return text.translate(VISIBLE_WHITESPACE)


def _plain(text: str) -> str:
    """Unchanged text as it reads, but for control characters, shown by their pictures (a
    CR would send a terminal's cursor back; a tab stays a tab).

    >>> _plain("a\\tb\\rc\\x0cd")
    'a\\tb␍c␌d'
    """
    return text.translate(CONTROL_PICTURES)
