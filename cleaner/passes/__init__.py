"""The registry: every pass, once, in the one order the pipeline runs them.

Adding a pass means writing a module in this package with one pure function
``def name(text: str, *, option=default, ...) -> str`` and adding one line to ``PASSES``.
The function's keyword-only parameters *are* the pass's settings: their names are the keys
of ``[tool.cleaner.<name>]`` and their defaults are the documented defaults.

The registry names where each function lives instead of importing it: a pass's module (and
what it imports: regex, ftfy, word tables) loads only when the pass runs, explains, or has
its settings validated, so that start-up and files the cache knows clean never pay for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any


class Pass:
    """One named cleaning step: a pure ``text -> text`` function and how to present it.

    ``function`` and ``explain`` are given as the function itself or as where it lives,
    ``"module:name"``, imported on first use.

    >>> capitalise = Pass("capitalise", "Capitalise every word.", False, "string:capwords")
    >>> capitalise.function("the end"), capitalise.explain
    ('The End', None)
    """

    def __init__(
        self,
        name: str,
        description: str,
        enabled_by_default: bool,
        function: Callable[..., str] | str,
        *,
        explain: Callable[..., list[str]] | str | None = None,
        guard: Callable[..., str | None] | None = None,
        paragraph_local: bool = False,
    ) -> None:
        self.name = name
        self.description = description
        self.enabled_by_default = enabled_by_default
        self._function = function
        # Optional: ``explain(before, after, **options) -> list[str]`` for notes a diff cannot
        # show (the rule that removed a line, why a safety bound kept the text).
        self._explain = explain
        # Optional: ``guard(before, after, **options) -> str | None``, the content guard's
        # check of what this pass may change; by default the one named after the pass in
        # guard.GUARDS.
        self.guard = guard
        # True if the pass treats paragraphs (text between blank lines, outside code fences)
        # independently, so that a huge text can be cleaned a block of paragraphs at a time.
        self.paragraph_local = paragraph_local

    @cached_property
    def function(self) -> Callable[..., str]:
        return _resolve(self._function)

    @cached_property
    def explain(self) -> Callable[..., list[str]] | None:
        return None if self._explain is None else _resolve(self._explain)

    def options(self) -> Mapping[str, Any]:
        """The pass's settings and their defaults, read from the function's signature.

        >>> PASS_BY_NAME["whitespace"].options()
        {'markdown_breaks': 'auto'}
        """
        function = self.function
        if not hasattr(function, "__kwdefaults__") or hasattr(function, "__wrapped__"):
            return _signature_options(function)
        # A plain function's: its keyword-only defaults, in order, as inspect.signature reads
        # them (every setting has a default), without importing inspect (~6 ms of start-up).
        return dict(function.__kwdefaults__ or {})

    def _replace(self, **changes: Any) -> Pass:
        """A copy with some attributes changed (as a NamedTuple's ``_replace``), for tests."""
        attributes = {
            "name": self.name,
            "description": self.description,
            "enabled_by_default": self.enabled_by_default,
            "function": self._function,
            "explain": self._explain,
            "guard": self.guard,
            "paragraph_local": self.paragraph_local,
        }
        return Pass(**{**attributes, **changes})

    def __repr__(self) -> str:
        return f"Pass({self.name!r})"


def _signature_options(function: Callable[..., str]) -> dict[str, Any]:
    """:meth:`Pass.options` of a wrapped or built-in callable, read by inspect."""
    import inspect  # Deferred: the passes are plain functions, read without it.

    return {
        name: parameter.default
        for name, parameter in inspect.signature(function).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }


def _resolve(location: Callable | str) -> Callable:
    """The function ``location`` names as ``"module:name"`` (imported now), or itself."""
    if not isinstance(location, str):
        return location
    module, _, name = location.partition(":")
    # __import__ rather than importlib.import_module: only the former shows in
    # ``python -X importtime``, which tests/test_startup.py reads.
    return getattr(__import__(module, fromlist=[name]), name)


# The canonical order: characters, then spacing, then PDF extractors' artefacts and page
# furniture, then whole lines (boilerplate rules allow for the spaces split may restore),
# then paragraph structure, then words (so that join and split see the words unwrap joins).
# fmt: off
PASSES: tuple[Pass, ...] = (
    Pass("encoding",
         "Repair mojibake, HTML entities, control characters and Unicode form (ftfy).",
         True, "cleaner.passes.encoding:fix_encoding", paragraph_local=True),
    Pass("whitespace",
         "Canonical line ends and spaces, one blank line between paragraphs, one final newline.",
         True, "cleaner.passes.whitespace:normalize_whitespace", paragraph_local=True),
    Pass("pdf",
         "Repair PDF extractors' artefacts: U+FFFE hyphens, spacing accents, lost ligatures.",
         # (Not paragraph-local: whether a mark is a lost ligature or a decoding's damage
         # is judged on the whole text, pdf.ligature_rebuilds.)
         True, "cleaner.passes.pdf:repair_extraction"),
    Pass("pages",
         "Remove page numbers and running headers; rejoin paragraphs across page breaks.",
         True, "cleaner.passes.pages:remove_page_furniture",
         explain="cleaner.passes.pages:explain_pages"),
    Pass("boilerplate",
         "Remove site furniture: comment forms, share bars, ads, cookie notices, stamps.",
         True, "cleaner.passes.boilerplate:remove_boilerplate",
         explain="cleaner.passes.boilerplate:explain_boilerplate"),
    Pass("unwrap",
         "Rejoin hard-wrapped paragraphs (one per line), dehyphenate; keep lists, code, verse.",
         True, "cleaner.passes.unwrap:unwrap_paragraphs",
         explain="cleaner.passes.unwrap:explain_unwrap"),
    Pass("join",
         "Rejoin words broken by a stray space: e fforts -> efforts, I NTRODUCTION.",
         True, "cleaner.passes.join:join_broken_words",
         explain="cleaner.passes.join:explain_joins"),
    Pass("split",
         "Split words merged when a tag ended: issuedpreviously -> issued previously.",
         True, "cleaner.passes.split:split_merged_words",
         explain="cleaner.passes.split:explain_splits"),
)
# fmt: on

PASS_BY_NAME: Mapping[str, Pass] = {p.name: p for p in PASSES}
PASS_NAMES: tuple[str, ...] = tuple(PASS_BY_NAME)
