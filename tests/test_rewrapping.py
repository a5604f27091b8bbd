"""The passes after ``unwrap`` change lines it judged; one run still reaches the fixed point
(issue 13; ``cleaner.pipeline.rewrapping_steps``).

``split`` parts a word glued in a line ``unwrap`` kept line for line (``papergarden``: the
line is a column longer), and the next run's ``unwrap`` may read a wrap width off it where
this one found none, and join the block. So the pipeline runs ``unwrap`` again on their
output unless it surely reads it as it read its own (``no_wrap.reads_alike``).
"""

from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st

from cleaner import clean
from cleaner.passes.unwrap import unwrap_paragraphs
from cleaner.passes.unwrap.no_wrap import reads_alike
from tests.test_idempotence_furniture import (
    QUICK,
    WORDS,
    assert_one_run_settles,
    wrapped_documents,
)

# Minimized from derandomized draws of tests/test_offsets.documents() (2 of 6,000 a second
# run changed after session 31): ``unwrap`` removes the soft hyphen (``papergarden``, 19
# columns: no width), ``split`` parts the word (20 columns: a width, at which the block joins).
SOFT_HYPHEN_THEN_SPLIT = (
    "&amp;river\xa0&amp;window-\n\u201cmarket\xad\u00c3\u00a9farmer\xad\x1b[1mhistory\n"
    "paper\xad\x1b[1mgarden\xa0.letter \n,mountain summer\r\n"
)
# Of this file's strategy (2 of 300 derandomized draws on the base): ``budgetpaper``
# parted, the lines show a width of 31.
GLUED_IN_A_KEPT_BLOCK = (
    "Market doctor\nbudgetpaper paper budget\nanswer question farmer question\n"
    "Letter soldier market village\n"
)


@st.composite
def lines_with_a_glued_word(draw: st.DrawFn) -> str:
    """A block of short lines of real words, some capitalized, two words of one glued."""
    lines = []
    for _ in range(draw(st.integers(3, 6))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
        if draw(st.booleans()):
            words[0] = words[0].capitalize()
        lines.append(" ".join(words))
    glued = [i for i, line in enumerate(lines) if " " in line] or [len(lines)]
    lines += [] if glued[0] < len(lines) else ["paper garden"]
    i = draw(st.sampled_from(glued))
    words = lines[i].split(" ")
    j = draw(st.integers(0, len(words) - 2))
    lines[i] = " ".join([*words[:j], words[j] + words[j + 1], *words[j + 2 :]])
    return "\n".join(lines) + "\n"


@QUICK
@given(lines_with_a_glued_word(), st.booleans())
@example(GLUED_IN_A_KEPT_BLOCK, False)
@example(SOFT_HYPHEN_THEN_SPLIT, False)
@example(SOFT_HYPHEN_THEN_SPLIT, True)
def test_a_second_run_changes_nothing_after_split(text: str, record: bool) -> None:
    """For a text file and a record (no final newline)."""
    assert_one_run_settles(text, record)


def test_the_block_split_lengthens_is_joined_in_the_first_run() -> None:
    assert clean(GLUED_IN_A_KEPT_BLOCK) == (
        "Market doctor budget paper paper budget answer question farmer question "
        "Letter soldier market village\n"
    )


@QUICK
@given(wrapped_documents(), st.integers(0, 1 << 16), st.booleans())
def test_unwrap_leaves_what_it_reads_alike(text: str, at: int, glue: bool) -> None:
    """``reads_alike`` is a proof: where it holds, ``unwrap`` leaves the changed text as
    it is. The change: a space of ``unwrap``'s output taken away or put after a letter."""
    unwrapped = unwrap_paragraphs(text)
    assume(unwrap_paragraphs(unwrapped) == unwrapped)
    spaces = [i for i, char in enumerate(unwrapped) if char == " "]
    letters = [i + 1 for i, char in enumerate(unwrapped[:-1]) if char.isalpha()]
    places = spaces if glue else letters
    assume(places)
    i = places[at % len(places)]
    changed = unwrapped[:i] + unwrapped[i + 1 :] if glue else unwrapped[:i] + " " + unwrapped[i:]
    if reads_alike(unwrapped, changed):
        assert unwrap_paragraphs(changed) == changed
