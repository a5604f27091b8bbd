"""The content guard: after each pass, check that it kept the words it promises to keep.

Like black's safety check, this catches a bug in a pass before it costs a user text: every
pass documents what it may change, and its guard checks the text before and after it
against exactly that. A guard is ``guard(before, after, **options) -> str | None`` and
returns what went wrong, or None. The pipeline raises :class:`ContentGuardError` (naming
the pass) and the file is left untouched. Each pass's guard has a module of its own here;
``compare`` holds what they share.

Guards are attached by pass name through :data:`GUARDS`, so a pass added to the registry
is guarded without touching this package; ``Pass(..., guard=fn)`` overrides it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cleaner.guard.boilerplate import guard_boilerplate
from cleaner.guard.encoding import guard_encoding
from cleaner.guard.join import guard_join
from cleaner.guard.pages import guard_pages
from cleaner.guard.pdf import guard_pdf
from cleaner.guard.split import guard_split
from cleaner.guard.unwrap import guard_unwrap
from cleaner.guard.whitespace import guard_whitespace
from cleaner.pipeline import ContentGuardError

if TYPE_CHECKING:
    from cleaner.passes import Pass

__all__ = [
    "GUARDS",
    "ContentGuardError",
    "Guard",
    "check_step",
    "guard_boilerplate",
    "guard_encoding",
    "guard_for",
    "guard_join",
    "guard_pages",
    "guard_pdf",
    "guard_split",
    "guard_unwrap",
    "guard_whitespace",
]

Guard = Callable[..., "str | None"]


def check_step(cleaning_pass: Pass, before: str, after: str, options: dict) -> None:
    """Raise :class:`ContentGuardError` if ``cleaning_pass`` broke its promise on this text.

    >>> from cleaner.passes import PASS_BY_NAME
    >>> check_step(PASS_BY_NAME["whitespace"], "a  b", "a", {})
    Traceback (most recent call last):
    ...
    cleaner.pipeline.ContentGuardError: content guard: pass 'whitespace' changed words near ...
    """
    guard = guard_for(cleaning_pass)
    problem = guard(before, after, **options) if guard is not None else None
    if problem is not None:
        raise ContentGuardError(cleaning_pass.name, problem)


def guard_for(cleaning_pass: Pass) -> Guard | None:
    """The pass's own guard if it has one, else the one registered under its name."""
    return getattr(cleaning_pass, "guard", None) or GUARDS.get(cleaning_pass.name)


# The invariant of each pass, by registry name (see the module docstring).
GUARDS: dict[str, Guard] = {
    "pdf": guard_pdf,
    "pages": guard_pages,
    "join": guard_join,
    "encoding": guard_encoding,
    "whitespace": guard_whitespace,
    "boilerplate": guard_boilerplate,
    "unwrap": guard_unwrap,
    "split": guard_split,
}
