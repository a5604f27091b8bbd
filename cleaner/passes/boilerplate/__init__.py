"""The ``boilerplate`` pass: remove site furniture (comment forms, share bars, ads, stamps).

Rules live as data in ``cleaner/data/boilerplate/`` (see :mod:`.rules`). A line
goes only as a whole, and only where its rule's kind allows: ``strong`` rules anywhere,
``edge`` rules in the top and bottom edge zones or in a bar of them, ``label`` rules (and
menu items) only next to other furniture. In a web page's full text (see :mod:`.page`),
the lines around its article go by their place; in a document written as plain text (see
:mod:`.document`), a copyright notice, a header's fields, references and lists of names go
only as labels, and nothing goes for its place. A safety bound keeps the text unchanged
when too much would go (of a page's full text: too much of its article).
"""

from __future__ import annotations

from cleaner.passes.boilerplate.bound import MAX_REMOVED_SHARE
from cleaner.passes.boilerplate.memos import (
    LAST_KEPT,
    LAST_PLANNED,
    LAST_REMOVED,
    REMOVED_MEMOS,
    explain_boilerplate,
    may_remove_more,
    options_key,
    plan_notes,
    planned_any,
    planned_removals,
)
from cleaner.passes.boilerplate.plan import MAX_LINE_LENGTH, SETTLE_ROUNDS, Plan, plan_removal

__all__ = [
    "MAX_LINE_LENGTH",
    "MAX_REMOVED_SHARE",
    "SETTLE_ROUNDS",
    "Plan",
    "explain_boilerplate",
    "may_remove_more",
    "plan_removal",
    "planned_removals",
    "remove_boilerplate",
]


def remove_boilerplate(
    text: str,
    *,
    extra_patterns: tuple[str, ...] = (),
    keep_patterns: tuple[str, ...] = (),
    max_removed_share: float = MAX_REMOVED_SHARE,
    max_line_length: int = MAX_LINE_LENGTH,
    disable: tuple[str, ...] = (),
    page_text: bool = False,
) -> str:
    """Remove whole lines of site furniture, keeping the article.

    ``extra_patterns`` are more full-line regexes (case-insensitive) removed anywhere, e.g.
    from ``cleaner learn``; a line matching one of ``keep_patterns`` is never removed. The
    pass never removes a line longer than ``max_line_length`` characters, and removes
    nothing when the lines to go hold more than ``max_removed_share`` of the text's letters
    and digits (in each round of its plan, of the text that round judges: see
    :func:`plan_removal`). ``disable`` names rules (``family/id``) not to use.
    ``page_text`` (off by default: on real pages it loses more content than the 0.2% bar,
    see the README) also removes the menus and link lists around the article of a web
    page's full visible text (:mod:`.page`).

    >>> body = "The minister spoke for an hour about the budget and its cuts."
    >>> remove_boilerplate(f"News Ticker\\n\\n{body}\\n\\nLeave a Reply\\n") == body + "\\n"
    True
    >>> remove_boilerplate("We read the comments.\\n\\nComments\\n\\nThey were kind.\\n")
    'We read the comments.\\n\\nComments\\n\\nThey were kind.\\n'
    """
    options = options_key(locals())
    plan = plan_removal(
        text,
        extra_patterns=extra_patterns,
        keep_patterns=keep_patterns,
        max_removed_share=max_removed_share,
        max_line_length=max_line_length,
        disable=disable,
        page_text=page_text,
    )
    LAST_PLANNED[:] = [(len(text), hash(text), options, planned_any(plan))]
    if plan.tripped or not plan.removed:
        LAST_KEPT[:] = [(len(text), hash(text), options, plan_notes(plan))]
        return text
    LAST_KEPT.clear()
    LAST_REMOVED[:] = [(len(text), hash(text), options, plan.removed), *LAST_REMOVED][
        :REMOVED_MEMOS
    ]
    from cleaner.passes.boilerplate.drop import drop_lines  # Deferred: a clean text never.

    return drop_lines(text, set(plan.removed), plan.lines)
