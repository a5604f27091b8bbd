"""cleaner as a datatrove pipeline step: :class:`CleanerFormatter` cleans ``doc.text``.

Nothing is imported from datatrove until the step itself is asked for, so ``import
cleaner.datatrove`` costs nothing without the ``datatrove`` extra. The step lives in
:mod:`cleaner.datatrove_step`; this module names it::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.datatrove import CleanerFormatter

    LocalPipelineExecutor(
        [JsonlReader("in/"), CleanerFormatter(skip=["split"]), JsonlWriter("out/")],
        tasks=8,
        workers=2,
    ).run()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cleaner.datatrove_step import CleanerFormatter

__all__ = ["CleanerFormatter"]


def __getattr__(name: str) -> Any:
    if name == "CleanerFormatter":
        from cleaner.datatrove_step import CleanerFormatter

        return CleanerFormatter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
