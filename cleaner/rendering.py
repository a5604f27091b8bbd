"""How ``diff``, ``explain`` and ``--format json`` show an outcome, made where its file was
cleaned (see :class:`cleaner.report.Rendering`). Apart from :mod:`cleaner.report`: a
``check`` or ``fix`` never shows one, and a start-up should not build their classes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cleaner.report import Rendering

if TYPE_CHECKING:
    from cleaner.config import Config
    from cleaner.report import FileOutcome


@dataclass(frozen=True)
class ShownChanges(Rendering):
    """What ``diff`` (``words``: word by word) or ``explain`` prints of an outcome, as
    segments (:attr:`FileOutcome.segments`); stdin's is made where it is printed, under
    the name ``--stdin-filename`` gives it."""

    explain: bool = False
    words: bool = False

    def render(self, outcome: FileOutcome, config: Config) -> FileOutcome:
        """``outcome`` with what it shows made and its texts dropped.

        >>> from cleaner import clean_and_explain
        >>> from cleaner.config import Config
        >>> from cleaner.report import FileOutcome, Status
        >>> changed = FileOutcome("a", Status.CHANGED, result=clean_and_explain("a  b\\n"))
        >>> "".join(text for text, _ in ShownChanges().render(changed, Config()).segments)
        '--- a\\t(original)\\n+++ a\\t(cleaned)\\n@@ -1 +1 @@\\n-a  b\\n+a b\\n'
        """
        if outcome.result is None or outcome.path == "-":
            return outcome
        from cleaner import output

        segments = output.shown_segments(outcome, config, explain=self.explain, words=self.words)
        return outcome._replace(result=None, segments=tuple(segments))


@dataclass(frozen=True)
class JsonMode(Rendering):
    """What ``--format json`` makes of each outcome: the JSON line (with ``explain``'s
    notes), or for ``--summary`` only its counts."""

    notes: bool = False
    summary: bool = False

    def render(self, outcome: FileOutcome, config: Config) -> FileOutcome:
        """``outcome`` with its JSON made (:attr:`FileOutcome.json_line`) and its record of
        every pass dropped: what a worker sends back is a line, not each pass's texts.

        >>> from cleaner.config import Config
        >>> from cleaner.report import FileOutcome, Status
        >>> JsonMode(summary=True).render(FileOutcome("a", Status.UNCHANGED), Config()).json_line
        '{"path": "a", "status": "unchanged", "passes": {}}'
        """
        from cleaner import json_output  # Deferred: only --format json needs it.

        if self.summary:
            line = json_output.dumps(json_output.counts_object(outcome, config))
        else:
            line = json_output.file_line(outcome, config, notes=self.notes)
        return outcome._replace(result=None, json_line=line)
