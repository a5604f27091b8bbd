"""The datatrove step behind :mod:`cleaner.datatrove` (imports datatrove: the extra)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.utils.typeshelper import StatHints

from cleaner.chunks import clean_text
from cleaner.config import Config, build_config, read_config_file
from cleaner.pipeline import ContentGuardError


class CleanerFormatter(BaseFormatter):
    """Clean each document's text with cleaner's passes, as ``cleaner fix`` would a file.

    The settings are those of the command line: ``passes`` (run only these), ``skip``,
    ``options`` (per-pass tables, as ``[tool.cleaner.<pass>]``: ``{"split": {"protect":
    ["Katiraie"]}}``), and ``config_file`` (a ``cleaner.toml`` or ``pyproject.toml``, read
    first; the other arguments override it), or a ready :class:`cleaner.Config`.

    As a dataset record's, a document's text ends with a line end only if it had one
    (``final_newline = "keep"``, unless the settings say ``"add"``).

    Stats count the documents ``changed`` and ``unchanged``, those ``changed_by_<pass>``,
    and those ``kept_by_content_guard`` (a pass broke its promise on them: left as they
    were, as a file would be). With ``metadata_key`` each document's metadata records the
    passes that changed it (an empty list for a clean one).
    """

    name = "🧹 cleaner"

    def __init__(
        self,
        passes: Iterable[str] = (),
        skip: Iterable[str] = (),
        options: Mapping[str, Mapping[str, Any]] | None = None,
        config_file: str | Path | None = None,
        config: Config | None = None,
        metadata_key: str | None = None,
    ) -> None:
        super().__init__()
        # A document keeps whether its text ends with a line end, as a dataset record does.
        self.config = (config or _build(passes, skip, options or {}, config_file)).for_records()
        self.metadata_key = metadata_key

    def format(self, text: str) -> str:
        """The clean text (a content guard failure leaves it as it is)."""
        try:
            return clean_text(text, self.config)[0]
        except ContentGuardError:
            return text

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                passes: tuple[str, ...] = ()
                try:
                    text, passes, _ = clean_text(doc.text, self.config)
                except ContentGuardError:
                    self.stat_update("kept_by_content_guard")
                    text = doc.text
            if text != doc.text:
                doc.text = text
                self.stat_update("changed", *(f"changed_by_{name}" for name in passes))
            else:
                passes = ()
                self.stat_update("unchanged")
            if self.metadata_key:
                doc.metadata[self.metadata_key] = list(passes)
            yield doc


def _build(
    passes: Iterable[str],
    skip: Iterable[str],
    options: Mapping[str, Mapping[str, Any]],
    config_file: str | Path | None,
) -> Config:
    """The step's settings, as the command line builds them (a bad one raises ConfigError)."""
    settings: dict[str, Any] = dict(read_config_file(Path(config_file))) if config_file else {}
    for name, table in options.items():
        settings[name] = {**settings.get(name, {}), **table}
    return build_config(
        settings, select=passes, skip=skip, source=str(config_file) if config_file else None
    )
