"""Golden cases: every ``fixtures/<case>/`` holds ``input.txt`` and ``expected.txt``.

A case may add ``cleaner.toml`` (settings, as in a project's config file) and ``xfail.txt``
(the reason it is a known gap; the test is then a strict xfail).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import build_config, clean
from cleaner.config import read_config_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = sorted(path for path in FIXTURES.iterdir() if (path / "input.txt").is_file())


def read_exact(path: Path) -> str:
    """Read a fixture as bytes decoded as UTF-8, so CRLF and BOMs reach the pipeline as-is."""
    return path.read_bytes().decode("utf-8")


def case_config(case: Path):
    settings_file = case / "cleaner.toml"
    return build_config(read_config_file(settings_file) if settings_file.exists() else {})


def case_param(case: Path):
    reason_file = case / "xfail.txt"
    if not reason_file.exists():
        return pytest.param(case, id=case.name)
    reason = reason_file.read_text(encoding="utf-8").strip()
    return pytest.param(case, id=case.name, marks=pytest.mark.xfail(reason=reason, strict=True))


@pytest.mark.parametrize("case", [case_param(case) for case in CASES])
def test_golden_case(case: Path) -> None:
    config = case_config(case)
    assert clean(read_exact(case / "input.txt"), config) == read_exact(case / "expected.txt")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_golden_case_expected_is_stable(case: Path) -> None:
    """The expected output is itself clean: cleaning it again changes nothing."""
    expected = read_exact(case / "expected.txt")
    assert clean(expected, case_config(case)) == expected


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 17
