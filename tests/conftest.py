"""Shared test set-up: no test may read or write the real per-user cache."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_cache_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point ``CLEANER_CACHE_DIR`` (inherited by subprocesses too) at a fresh folder."""
    folder = tmp_path_factory.mktemp("cleaner-cache")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(folder))
    return folder
