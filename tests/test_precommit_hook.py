"""The pre-commit hooks of .pre-commit-hooks.yaml, run for real by pre-commit in a git repo.

pre-commit installs this checkout into its own virtualenv (from the package registry, as a
user's machine would), so this test is slow the first time; it is marked ``slow``.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which(
    "pre-commit"
)
# What a copy of this checkout needs to be installable as a hook repository.
HOOK_REPO_FILES = (".pre-commit-hooks.yaml", "pyproject.toml", "README.md", "cleaner")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(PRE_COMMIT is None or shutil.which("git") is None, reason="needs git"),
]


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A git copy of this working tree (uncommitted changes included), and its commit."""
    repo = tmp_path_factory.mktemp("hook-repo")
    for name in HOOK_REPO_FILES:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, repo / name)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    assert git(repo, "commit", "-qm", "hooks").returncode == 0
    return repo, git(repo, "rev-parse", "HEAD").stdout.strip()


@pytest.mark.parametrize("hook_id", ["cleaner", "cleaner-check"])
def test_commit_refuses_dirty_text_then_accepts_clean(
    hook_repo: tuple[Path, str], tmp_path: Path, hook_id: str
) -> None:
    repo, rev = hook_repo
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    git(corpus, "init", "-q")
    (corpus / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {repo}\n  rev: {rev}\n  hooks:\n  - id: {hook_id}\n"
    )
    env = {**os.environ, "PRE_COMMIT_HOME": str(REPO_ROOT / ".pre-commit-cache")}
    install = subprocess.run(
        [PRE_COMMIT, "install"], cwd=corpus, env=env, capture_output=True, text=True
    )
    assert install.returncode == 0, install.stderr
    page = corpus / "page.txt"
    page.write_bytes(b"Caf\xc3\x83\xc2\xa9  au lait\r\n\r\n\r\n")
    data = corpus / "data.jsonl.gz"  # a dataset: the hooks' default files take it too
    data.write_bytes(gzip.compress(b'{"id": "d1", "text": "a  b"}\n{"id": "d2", "text": "c\\n"}\n'))
    clean_data = b'{"id": "d1", "text": "a b"}\n{"id": "d2", "text": "c\\n"}\n'
    git(corpus, "add", "-A")

    refused = subprocess.run(
        ["git", "commit", "-qm", "dirty"], cwd=corpus, env=env, capture_output=True, text=True
    )
    assert refused.returncode != 0, refused.stdout + refused.stderr
    assert "page.txt" in refused.stdout + refused.stderr
    assert git(corpus, "rev-parse", "--verify", "HEAD").returncode != 0  # nothing committed

    if hook_id == "cleaner":  # the fixing hook has already cleaned the file
        assert page.read_text(encoding="utf-8") == "Café au lait\n"
        assert gzip.decompress(data.read_bytes()) == clean_data
    else:  # the checking hook showed the diff and left the file alone
        assert "+Café au lait" in refused.stdout + refused.stderr
        assert "data.jsonl.gz:1 (id d1)" in refused.stdout + refused.stderr
        page.write_text("Café au lait\n", encoding="utf-8")
        data.write_bytes(gzip.compress(clean_data))
    git(corpus, "add", "-A")
    accepted = subprocess.run(
        ["git", "commit", "-qm", "clean"], cwd=corpus, env=env, capture_output=True, text=True
    )
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
