"""What the ``boilerplate`` pass remembers of its last runs, known by the text's length and
hash, so that ``explain``, the changes of a step and the pipeline's settling need not plan
the same text again; and what ``explain`` says of a plan.
"""

from __future__ import annotations

from collections.abc import Mapping

from cleaner.passes.boilerplate.bound import MAX_REMOVED_SHARE
from cleaner.passes.boilerplate.lines import expect_rescreening
from cleaner.passes.boilerplate.plan import MAX_LINE_LENGTH, Plan, plan_removal
from cleaner.passes.boilerplate.rules import Rule

# The notes of the last text the pass left as it was, known by its length and hash (no
# reference kept): ``explain`` asked about that text right after (as chunks.clean_blocks
# asks, for warnings) need not plan it again.
LAST_KEPT: list[tuple[int, int, tuple, list[str]]] = []
# The lines removed from the last texts the pass changed, and their rules, known the same
# way, newest first: the changes of those steps (``--format json``, cleaner.classify) need
# not plan them again. A text the pipeline settles has up to four boilerplate steps.
LAST_REMOVED: list[tuple[int, int, tuple, dict[int, tuple[Rule, str]]]] = []
REMOVED_MEMOS = 4
# Whether the last text the pass ran on held furniture it planned to remove (see
# :func:`may_remove_more`), known the same way.
LAST_PLANNED: list[tuple[int, int, tuple, bool]] = []
# The pass's options and their defaults, in order: what the memos above are kept under.
OPTION_DEFAULTS = (
    ("extra_patterns", ()),
    ("keep_patterns", ()),
    ("max_removed_share", MAX_REMOVED_SHARE),
    ("max_line_length", MAX_LINE_LENGTH),
    ("disable", ()),
    ("page_text", False),
)


def options_key(options: Mapping[str, object]) -> tuple[object, ...]:
    """The pass's options as a memo's key, defaults filled in.

    >>> options_key({"disable": ("x/y",)})[4:]
    (('x/y',), False)
    """
    return tuple(options.get(name, default) for name, default in OPTION_DEFAULTS)


def planned_removals(text: str, **options: object) -> dict[int, tuple[Rule, str]]:
    """``plan_removal(text, **options).removed``: the lines the pass removes from ``text``,
    each with its rule and why, as its last run on that very text planned them.

    >>> text = "The minister spoke for an hour about the budget.\\n\\nPost a Comment\\n"
    >>> from cleaner.passes.boilerplate import remove_boilerplate
    >>> _ = remove_boilerplate(text)
    >>> [rule.name for rule, _ in planned_removals(text).values()]
    ['comments/post-comment']
    """
    key = (len(text), hash(text), options_key(options))
    for length, digest, run_options, removed in LAST_REMOVED:
        if (length, digest, run_options) == key:
            return removed
    return plan_removal(text, **options).removed  # type: ignore[arg-type]


def may_remove_more(text: str, **options: object) -> bool:
    """Whether the pass, run on ``text``, found furniture there: lines it removed, that
    the safety bound kept, or that stay wrapped with a line no rule matches. Only then may
    a second run on its output, or on a later pass's (``unwrap`` parting a menu, joining a
    wrapped line), judge otherwise and remove more: a removed line changes its neighbours'
    context (a menu's run, the edge zones). Read from the pass's last run when that was on
    ``text`` (see :mod:`cleaner.pipeline`'s settling).

    >>> prose = "The council met on Tuesday and agreed on most of the budget for the year."
    >>> may_remove_more(f"Subscribe now\\n\\n{prose}\\n"), may_remove_more(f"{prose}\\n")
    (True, False)
    """
    if LAST_PLANNED:
        length, digest, run_options, planned = LAST_PLANNED[0]
        if (length, digest, run_options) == (len(text), hash(text), options_key(options)):
            if planned:  # (The pipeline runs the pass again: see expect_rescreening.)
                expect_rescreening(text)
            return planned
    return planned_any(plan_removal(text, **options))  # type: ignore[arg-type]


def planned_any(plan: Plan) -> bool:
    """Whether ``plan`` found furniture (see :func:`may_remove_more`)."""
    return bool(plan.removed or plan.kept_menus or plan.kept_wrapped)


def explain_boilerplate(before: str, after: str, **options: object) -> list[str]:
    """Each removed line with the rule that matched it; why the bound kept the text.

    >>> print(explain_boilerplate("Text.\\n\\nPost a Comment\\n", "Text.\\n")[0])
    kept the text: removing 1 line(s) (75% of the letters and digits) would exceed ...
    >>> text = "The minister spoke for an hour about the budget.\\n\\nPost a Comment\\n"
    >>> explain_boilerplate(text, "")
    ["removed line 3 'Post a Comment': comments/post-comment (strong, anywhere)"]
    """
    if before == after and LAST_KEPT:
        length, digest, kept_options, notes = LAST_KEPT.pop()
        key = options_key(options)
        if (length, digest, kept_options) == (len(before), hash(before), key):
            return notes
    return plan_notes(plan_removal(before, **options))  # type: ignore[arg-type]


def plan_notes(plan: Plan) -> list[str]:
    """What ``explain`` says of a plan: each removed line and its rule, the bound."""
    notes = [
        f"removed line {i + 1} {plan.lines[i].strip()!r}: {rule.name} ({rule.kind}, {why})"
        for i, (rule, why) in sorted(plan.removed.items())
    ]
    notes += [
        f"kept line {i + 1}: longer than max_line_length though it matches {rule.name}"
        for i, rule in sorted(plan.too_long.items())
    ]
    if plan.tripped:
        notes = [f"kept the text: {plan.tripped}", *(f"(would have) {n}" for n in notes)]
    if plan.kept_menus:
        notes.append(f"kept the menus: {plan.kept_menus}")
    return notes
