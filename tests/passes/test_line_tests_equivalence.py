"""The string-method line tests of unwrap give exactly what the regexes they replaced gave.

A regex searched for at a line's end (``...$``) tries every position of the line; the
string tests read only the end. The old patterns are kept here as the reference.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cleaner.passes.unwrap.boundaries import FOOTNOTE_MARKS, ends_sentence, ends_with_word_break

SENTENCE_END_RE = re.compile(
    r"""(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bProf)(?<!\bRev)(?<!\bGen)"""
    r"""(?<!\bCol)(?<!\bCapt)(?<!\bLt)(?<!\bSgt)(?<!\bSen)(?<!\bGov)(?<!\bMt)"""
    r"""([.!?:…])["'”’»)\]]*$"""
)
WORD_BREAK_END_RE = re.compile(r"[^\W_]([-\u00ad—–]|--)$")

# The characters the tests turn on, and a few others of each class.
ALPHABET = ".!?:…\"'”’»)]-\u00ad—–_ \n\tDrMsStPfovGenClapLtgSGM1éß٣ⅫaZ,;"
lines = st.text(alphabet=ALPHABET, max_size=12) | st.sampled_from(
    ["Dr.", "a Mrs.", "xDr.", "_Dr.", "It ended.”)", "inter-", "so--", "a---", "1990–\n"]
)


@given(lines.filter(lambda line: line.rstrip("\n")[-1:] not in FOOTNOTE_MARKS))
def test_ends_sentence_as_the_regex(line: str) -> None:
    """Without a footnote mark, which the regex predates (``week."1`` ends a sentence:
    see the doctests, and tests/passes/test_line_tests_fast.py against the plain form)."""
    assert ends_sentence(line) == bool(SENTENCE_END_RE.search(line))


@given(lines)
def test_ends_with_word_break_as_the_regex(line: str) -> None:
    assert ends_with_word_break(line) == bool(WORD_BREAK_END_RE.search(line))
