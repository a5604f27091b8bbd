"""The fence-closed groups of ``chunks``: the last piece goes whole with what is pending,
never searched for a fence (a file under a block, most files, is one piece); no group ends
inside a fenced code block or a reStructuredText simple table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Config, clean
from cleaner.chunks import _fence_closed_groups, clean_text
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


# (Rows whose gaps are not the borders': only the table keeps a border's gap.)
TABLE_LINES = st.sampled_from(["=====  =====", "== ==", "a  1", "b 2", "text", "", "", "  goes on"])


@settings(deadline=None)  # (the first example loads the passes)
@given(st.lists(TABLE_LINES, max_size=24))
def test_text_with_simple_tables_cleans_alike_in_blocks(lines: list[str]) -> None:
    """A reStructuredText simple table runs across blank lines (rows may be apart), so no
    group ends inside one: else a block's last border, cut from its table, loses its gaps
    (session 40's fuzz run, unwrap-rst-hand-wrapped seed 3103)."""
    text = "\n".join(lines) + "\n"
    config = Config()
    assert clean_text(text, config, chunk_chars=1)[0] == clean(text, config)


def test_a_table_cut_by_a_blank_line_stays_one_group() -> None:
    pieces = ["=====  =====\nName   Value\n\n", "spam   one\n=====  =====\n\n", "Text.\n"]
    assert list(_fence_closed_groups(pieces)) == ["".join(pieces[:2]), pieces[2]]
