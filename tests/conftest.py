"""Shared test set-up: no test may read or write the real per-user cache; CI is repeatable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis draws the same examples on every run, so that a red build can be reproduced,
# a green one means the same thing twice, and the README's test command passes on a fresh
# machine (random draws find the gaps kept in test_known_gaps.py from time to time).
# CLEANER_EXPLORE=1 draws new examples (as does ``pytest -m fuzz``, at 10,000 a property).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if not os.environ.get("CLEANER_EXPLORE"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def isolated_cache_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point ``CLEANER_CACHE_DIR`` (inherited by subprocesses too) at a fresh folder."""
    folder = tmp_path_factory.mktemp("cleaner-cache")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(folder))
    return folder
