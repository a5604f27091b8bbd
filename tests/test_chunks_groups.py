"""The fence-closed groups of ``chunks``: the last piece goes whole with what is pending,
never searched for a fence (a file under a block, most files, is one piece)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hypothesis import given
from hypothesis import strategies as st

from cleaner.chunks import _fence_closed_groups
from cleaner.passes.layout import fence_open_after
from cleaner.passes.whitespace import with_lf_line_ends


def groups_searching_every_piece(pieces: Iterable[str]) -> Iterator[str]:
    """The groups as defined: each piece searched, a group ends where no fence is open."""
    pending: list[str] = []
    inside = False
    for piece in pieces:
        pending.append(piece)
        inside = fence_open_after(with_lf_line_ends(piece).split("\n"), inside)
        if not inside:
            yield "".join(pending)
            pending = []
    if pending:
        yield "".join(pending)


LINES = st.sampled_from(["```", "~~~", "```python", "    ```", "text", "", "~~~~", "\r"])
PIECES = st.lists(st.lists(LINES, max_size=6).map(lambda lines: "\n".join(lines) + "\n\n"))


@given(PIECES)
def test_the_groups_are_those_of_every_piece_searched(pieces: list[str]) -> None:
    assert list(_fence_closed_groups(pieces)) == list(groups_searching_every_piece(pieces))


def test_the_last_piece_is_not_searched() -> None:
    class Unsearchable(str):
        def __contains__(self, needle: object) -> bool:
            raise AssertionError("searched")

    assert list(_fence_closed_groups(["a\n\n", Unsearchable("```\n")])) == ["a\n\n", "```\n"]
