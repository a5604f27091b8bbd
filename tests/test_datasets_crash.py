"""Crash safety of dataset files: SIGKILL ``cleaner fix`` while it rewrites a JSON Lines or a
Parquet file; the file must hold exactly its old content or its new one, never a mix."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner.files import TEMP_PREFIX

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("CLEANER_KILL_ROUNDS", "4"))
WORDS = ["alpha", "beta", "gamma", "delta", "cafÃ©", "donâ€™t", "river", "", "stone"]


def texts(count: int) -> list[str]:
    rng = random.Random(16)
    return [
        "".join(
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 60))) + "  \r\n\r\n"
            for _ in range(rng.randint(1, 4))
        )
        for _ in range(count)
    ]


def write_jsonl(path: Path) -> None:
    rows = [{"id": i, "text": text, "n": i * 1.5} for i, text in enumerate(texts(500))]
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


def write_parquet(path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    all_texts = texts(500)
    table = pa.table({"id": list(range(len(all_texts))), "text": all_texts})
    pq.write_table(table, path, row_group_size=100, compression="zstd")


def start_fix(path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "cleaner", "fix", "--quiet", "--jobs", "2", str(path)]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize(("name", "make"), [("c.jsonl", write_jsonl), ("c.parquet", write_parquet)])
def test_sigkill_leaves_the_dataset_old_or_new(tmp_path: Path, name: str, make) -> None:
    path = tmp_path / name
    make(path)
    old = path.read_bytes()
    started = time.perf_counter()
    calibration = start_fix(path)
    assert calibration.wait(timeout=120) == 0, calibration.stderr.read()  # type: ignore[union-attr]
    full_run = time.perf_counter() - started
    new = path.read_bytes()
    assert new != old

    rng = random.Random(61)
    outcomes = {"old": 0, "new": 0}
    for _ in range(ROUNDS):
        path.write_bytes(old)
        process = start_fix(path)
        time.sleep(rng.uniform(0.3, full_run * 0.9))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        data = path.read_bytes()
        assert data in (old, new), "the dataset holds neither its old nor its new content"
        outcomes["old" if data == old else "new"] += 1
    leftovers = list(tmp_path.glob(TEMP_PREFIX + "*"))
    # At least one kill landed while the new file was being written (else the test proved little).
    assert outcomes["old"] >= 1 and leftovers, (outcomes, full_run)
    finish = start_fix(path)
    assert finish.wait(timeout=120) == 0, finish.stderr.read()  # type: ignore[union-attr]
    assert path.read_bytes() == new
    print(f"{ROUNDS} kill rounds: {outcomes}, {len(leftovers)} temp files left, {full_run=:.1f}s")
