"""``boilerplate.whole.partial_runs`` asks whether ``unwrap`` parts two lines (a run of
``unwrap`` on a window of the text: most of the pass's time on an RFC's title block) only
when the answer counts, and answers as it did when it always asked."""

from __future__ import annotations

from collections.abc import Container, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.boilerplate.whole import (
    _paragraph,
    _paragraph_width,
    continues,
    goes_on,
    partial_runs,
    removed_runs,
)
from cleaner.passes.boilerplate.whole import _paragraph_width_at as paragraph_width_at


def _partial_runs_asking_first(
    lines: Sequence[str], removed: set[int], parted: Container[int] | None
) -> list[list[int]]:
    """``partial_runs`` as it was: both neighbours asked about before anything else."""
    runs = []
    for above, run, below in removed_runs(lines, removed):
        width = paragraph_width_at(lines, run[0])
        joined_above = above is not None and goes_on(lines, above, width, parted)
        joined_below = below is not None and goes_on(lines, run[-1], width, parted)
        if not (joined_above or joined_below):
            continue
        interrupted = above is not None and below is not None
        if interrupted and continues(lines[above], lines[below], width):  # type: ignore[index]
            continue
        runs.append(run)
    return runs


class _Asked(set):
    """A set of parted lines that records each line it is asked about."""

    def __init__(self, parted: set[int]) -> None:
        super().__init__(parted)
        self.asked: list[int] = []

    def __contains__(self, i: object) -> bool:
        self.asked.append(i)  # type: ignore[arg-type]
        return super().__contains__(i)


LINES = st.lists(
    st.sampled_from(
        ["", "Share this:", "Home", "the council met and agreed on most of the budget for", "x",
         "Category: Informational", "Request for Comments: 2548", "and the rest of it.", "(see"]
    ),
    max_size=12,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(LINES, st.sets(st.integers(0, 11)), st.sets(st.integers(0, 11)))
def test_same_runs_as_asking_first(lines: list[str], removed: set[int], parted: set[int]) -> None:
    assert list(partial_runs(lines, removed, parted)) == _partial_runs_asking_first(
        lines, removed, parted
    )
    assert list(partial_runs(lines, removed)) == _partial_runs_asking_first(lines, removed, None)


def test_unwrap_is_not_asked_when_the_neighbours_go_on_into_each_other() -> None:
    lines = [
        "The council met and agreed on most of the budget for the year and",
        "Share this:",
        "then it went home.",
    ]
    parted = _Asked(set())
    assert list(partial_runs(lines, {1}, parted)) == []
    assert parted.asked == []
    parted = _Asked(set())  # Lines that do not go on into each other: asked, in part.
    assert list(partial_runs([lines[0], "Share this:", "", "x"], {1}, parted)) == [[1]]
    assert parted.asked == [0]


def _paragraph_walked(lines: Sequence[str], run: list[int]) -> tuple[int, int]:
    """``_paragraph`` as it was: a walk out from the run to the blank lines around it."""
    start, end = run[0], run[-1] + 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    while end < len(lines) and lines[end].strip():
        end += 1
    return start, end


PARAGRAPH_LINES = st.lists(st.sampled_from(["", " ", "\t", "Home", " the rest ", "x"]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(PARAGRAPH_LINES, st.integers(0, 11), st.integers(0, 3))
def test_paragraph_found_at_c_speed_is_the_walk(lines: list[str], first: int, more: int) -> None:
    if not lines:
        return
    run = list(range(min(first, len(lines) - 1), min(first + more, len(lines) - 1) + 1))
    start, end = _paragraph_walked(lines, run)
    assert _paragraph(lines, run) == (start, end)
    assert _paragraph_width(lines, run) == max(len(lines[i].strip()) for i in range(start, end))
