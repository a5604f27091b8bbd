"""``unwrap``'s shortcuts for speed give what the plain rule they stand for gives.

Each property below puts one shortcut against a straightforward reference on generated
inputs: lines that start and end with the characters the shortcuts tell apart.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.unwrap.lines import classify_structure, items_and_code, with_items

PROPERTIES = settings(max_examples=500, deadline=None)

# Line starts a list marker, a bullet or an indentation may make an item or code of.
ITEM_STARTS = ["- ", "1. ", "12) ", "a) ", "(i) ", "(C) ", "• ", "* ", "    ", "\t", "  ", ""]
# Line bodies that end a sentence or not, at several lengths (so has_room says both).
ITEM_BODIES = ["", "Word", "and so.", "It fell.", "x = 1", "a much longer line that ends.",
               "a line that goes on and on", "Dr.", "x" * 40 + "."]  # fmt: skip
item_lines = st.lists(
    st.tuples(st.sampled_from(ITEM_STARTS), st.sampled_from(ITEM_BODIES)).map("".join),
    max_size=12,
)


@PROPERTIES
@given(item_lines, st.booleans())
def test_unwrap_kinds_said_width_free_are_the_same_at_every_width(
    lines: list[str], markup: bool
) -> None:
    """items_and_code says the width was not read only when the kinds at every width (and
    at none) are the kinds it gave: the survey keeps them as the final kinds."""
    structure = classify_structure(lines, [False] * len(lines))
    kinds, width_read = items_and_code(lines, structure, None, markup=markup)
    if not width_read:
        for width in range(0, 60):
            assert with_items(lines, structure, width, markup=markup) == kinds, width
