"""Idempotence gaps the random property tests found, kept as strict xfails until fixed.

Each was found by a hypothesis run of the default suite (tests/test_fuzz.py,
tests/passes/test_unwrap.py); the suite draws fixed examples in CI (tests/conftest.py), so
these are pinned here instead of turning a build red at random.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_fuzz import check_mutant as check_fuzz_mutant

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def check_mutant(case: Path, seed: int) -> None:
    """tests/test_fuzz.check_mutant outside hypothesis (its notes dropped)."""
    check_fuzz_mutant(case, seed, record=lambda _note: None)
