"""The registry: every pass, once, in the one order the pipeline runs them.

Adding a pass means writing a module in this package with one pure function
``def name(text: str, *, option=default, ...) -> str`` and adding one line to ``PASSES``.
The function's keyword-only parameters *are* the pass's settings: their names are the keys
of ``[tool.cleaner.<name>]`` and their defaults are the documented defaults.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from cleaner.passes import boilerplate, encoding, split, unwrap, whitespace


class Pass(NamedTuple):
    """One named cleaning step: a pure ``text -> text`` function and how to present it."""

    name: str
    function: Callable[..., str]
    description: str
    enabled_by_default: bool
    # Optional: ``explain(before, after, **options) -> list[str]`` for notes a diff cannot
    # show (the rule that removed a line, why a safety bound kept the text).
    explain: Callable[..., list[str]] | None = None
    # Optional: ``guard(before, after, **options) -> str | None``, the content guard's check
    # of what this pass may change; by default the one named after the pass in guard.GUARDS.
    guard: Callable[..., str | None] | None = None
    # True if the pass treats paragraphs (text between blank lines, outside code fences)
    # independently, so that a huge text can be cleaned a block of paragraphs at a time.
    paragraph_local: bool = False

    def options(self) -> Mapping[str, Any]:
        """The pass's settings and their defaults, read from the function's signature.

        >>> PASS_BY_NAME["whitespace"].options()
        {}
        """
        return {
            name: parameter.default
            for name, parameter in inspect.signature(self.function).parameters.items()
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY
        }


# The canonical order: characters, then spacing, then words (so that boilerplate rules see
# repaired words), then whole lines, then paragraph structure.
PASSES: tuple[Pass, ...] = (
    Pass("encoding", encoding.fix_encoding, encoding.DESCRIPTION, True, paragraph_local=True),
    Pass(
        "whitespace",
        whitespace.normalize_whitespace,
        whitespace.DESCRIPTION,
        True,
        paragraph_local=True,
    ),
    Pass("split", split.split_merged_words, split.DESCRIPTION, True, split.explain_splits),
    Pass(
        "boilerplate",
        boilerplate.remove_boilerplate,
        boilerplate.DESCRIPTION,
        True,
        boilerplate.explain_boilerplate,
    ),
    Pass("unwrap", unwrap.unwrap_paragraphs, unwrap.DESCRIPTION, True, unwrap.explain_unwrap),
)

PASS_BY_NAME: Mapping[str, Pass] = {p.name: p for p in PASSES}
PASS_NAMES: tuple[str, ...] = tuple(PASS_BY_NAME)
