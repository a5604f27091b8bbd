"""Idempotence gaps the random property tests found, kept as strict xfails until fixed.

Each was found by a hypothesis run of the default suite (tests/test_fuzz.py,
tests/passes/test_unwrap.py); the suite draws fixed examples in CI (tests/conftest.py), so
these are pinned here instead of turning a build red at random.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_fuzz import check_mutant as check_fuzz_mutant

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def check_mutant(case: Path, seed: int) -> None:
    """tests/test_fuzz.check_mutant outside hypothesis (its notes dropped)."""
    check_fuzz_mutant(case, seed, record=lambda _note: None)


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="seed 485835 (a draw of test_fuzz's derandomized test_mutated_fixtures in session "
    "27, once three split fixtures were added; 3270f2f's code fails the same): in RFC 1448's "
    "pages with right-aligned page numbers, a mutation leaves the first run keeping two page "
    "footers (`Case, McCloghrie, Rose & Waldbusser [Page 5]` and the running head after it) "
    "that the second run removes (pages)",
)
def test_mutated_rfc_right_aligned_pages_are_idempotent() -> None:
    check_mutant(FIXTURES / "pages-rfc-right-aligned-page-numbers" / "input.txt", 485835)
