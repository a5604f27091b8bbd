"""The README stays true: it names every pass and setting, and CI runs its test command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.config import TOP_LEVEL_KEYS
from cleaner.passes import PASSES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("cleaning_pass", PASSES, ids=lambda p: p.name)
def test_readme_documents_each_pass_and_its_settings(cleaning_pass) -> None:
    assert f"| `{cleaning_pass.name}` |" in README
    for key in cleaning_pass.options():
        assert re.search(rf"^{key} = ", README, re.MULTILINE), f"{cleaning_pass.name}.{key}"


@pytest.mark.parametrize("key", TOP_LEVEL_KEYS)
def test_readme_documents_each_top_level_setting(key: str) -> None:
    assert re.search(rf"^{key} = ", README, re.MULTILINE)


def test_ci_runs_the_readme_test_command() -> None:
    test_command = next(line for line in README.splitlines() if "pytest" in line)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
