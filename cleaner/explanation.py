"""What ``cleaner explain`` prints of a file: each change under the pass that made it, with
its rule and the text around it, then the passes' notes; as segments (see diffs.py).

The changes are those of ``--format json`` (:func:`cleaner.changes.step_changes`), found
by aligning each pass's input with its output in one linear walk: a CRLF book's every
line is a change of its own, and a pass that changes every line costs no more to explain
than to run. A pass with more than ``MAX_SHOWN`` changes shows the first ones and counts
the rest.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from cleaner.changes import step_changes
from cleaner.diffs import VISIBLE_WHITESPACE, Segment

if TYPE_CHECKING:
    from cleaner.changes import StepChanges
    from cleaner.config import Config
    from cleaner.pipeline import CleanResult

# Changes shown under each pass; the others are counted (``--format json`` lists them all).
MAX_SHOWN = 50
# Characters of unchanged text shown on each side of a change, within its line.
CONTEXT = 40


def explanation(result: CleanResult, config: Config, path: str) -> list[Segment]:
    """The segments ``explain`` prints for one file.

    >>> from cleaner import Config, clean_and_explain
    >>> result = clean_and_explain("Caf\u00c3\u00a9  au lait")
    >>> print("".join(text for text, _ in explanation(result, Config(), "f.txt")), end="")
    f.txt
      encoding: 1 change
        line 1: Caf[-Ã©-]{+é+}  au lait  (fix_encoding)
      whitespace: 2 changes (space-run 1, final-newline 1)
        line 1: Café[-␠-] au lait  (space-run)
        line 1: Café  au lait{+⏎+}  (final-newline)
    """
    segments: list[Segment] = [(f"{path}\n", "header")]
    if not result.steps:
        segments.append(("  clean: no pass changes it\n", ""))
    for changes in step_changes(result, config):
        segments += _step_segments(changes)
    segments += [(f"  {name}: {note}\n", "note") for name, note in result.notes(config)]
    return segments


def _step_segments(changes: StepChanges) -> list[Segment]:
    """One pass's changes: how many, then each (up to ``MAX_SHOWN``) on its line."""
    before, after, pieces = changes.step.before, changes.step.after, changes.pieces
    noun = "change" if len(pieces) == 1 else "changes"
    rules = Counter(rule.split(".", 1)[-1] for *_, rule in pieces)
    counts = ""  # how many of each rule, where the lines below may not tell
    if len(rules) > 1 or len(pieces) > MAX_SHOWN:
        counts = " (" + ", ".join(f"{rule} {n:,}" for rule, n in rules.most_common()) + ")"
    segments: list[Segment] = [(f"  {changes.step.name}: {len(pieces):,} {noun}{counts}\n", "pass")]
    line, counted = 1, 0  # the line of ``before`` where the change starts, counted so far
    for i1, i2, j1, j2, rule in pieces[:MAX_SHOWN]:
        line += before.count("\n", counted, i1)
        counted = i1
        segments.append((f"    line {line}: ", "hunk"))
        segments += _in_context(before, i1, i2, after[j1:j2])
        segments.append((f"  ({rule.split('.', 1)[-1]})\n", "note"))
    if len(pieces) > MAX_SHOWN:
        more = len(pieces) - MAX_SHOWN
        segments.append((f"    … {more:,} more (explain --format json lists all)\n", "note"))
    return segments


def _in_context(before: str, i1: int, i2: int, new: str) -> list[Segment]:
    """``before[i1:i2]`` replaced by ``new``, marked ``[-old-]{+new+}`` with whitespace made
    visible, between up to ``CONTEXT`` characters of the text around it on its lines.

    >>> "".join(text for text, _ in _in_context("say  hi", 3, 4, ""))
    'say[-␠-] hi'
    """
    start = max(before.rfind("\n", 0, i1) + 1, i1 - CONTEXT)
    end = before.find("\n", i2)
    end = min(len(before) if end < 0 else end, i2 + CONTEXT)
    left = ("…" if start > 0 and before[start - 1] != "\n" else "") + before[start:i1]
    right = before[i2:end] + ("…" if end < len(before) and before[end] != "\n" else "")
    segments: list[Segment] = [(_plain(left), "")]
    if i2 > i1:
        segments.append((f"[-{_visible(before[i1:i2])}-]", "removed"))
    if new:
        segments.append((f"{{+{_visible(new)}+}}", "added"))
    segments.append((_plain(right), ""))
    return segments


def _visible(text: str) -> str:
    return text.translate(VISIBLE_WHITESPACE)


def _plain(text: str) -> str:
    """Unchanged text as it reads, but a CR, which would send a terminal's cursor back."""
    return text.replace("\r", "␍")
