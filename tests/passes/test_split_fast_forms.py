"""The ``split`` pass's faster forms give what the plain forms they replace gave."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.split.runs import subtract_runs
from cleaner.passes.split.technical import ASCII_CODE_HINT_RE

# The signs of code as one plain alternation: what ASCII_CODE_HINT_RE is written for.
PLAIN_ASCII_CODE_HINT_RE = re.compile(r"[`{}<>=|\\]|::|://|\.(?<=[a-z]{2}\.)[a-z]{2}")
SIGNS = st.lists(st.sampled_from([*"`{}<>=|\\:/.aZ \n", "ab", "ab.cd", "::"])).map("".join)


@settings(max_examples=500)
@given(SIGNS)
def test_code_hints_match_where_the_plain_alternation_does(text: str) -> None:
    spans = [m.span() for m in ASCII_CODE_HINT_RE.finditer(text)]
    assert spans == [m.span() for m in PLAIN_ASCII_CODE_HINT_RE.finditer(text)]


COUNTS = st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), st.integers(1, 3)).map(Counter)


@given(COUNTS, COUNTS)
def test_subtracting_runs_is_counter_subtraction(runs: Counter[str], taken: Counter[str]) -> None:
    expected = runs - taken
    subtract_runs(runs, taken)
    assert runs == expected
    assert list(runs) == list(expected)
