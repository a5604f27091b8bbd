"""cleaner as a datatrove step: a real pipeline, JsonlReader -> CleanerFormatter -> JsonlWriter."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import build_config, clean
from cleaner.passes.whitespace import ends_with_line_end

pytest.importorskip("datatrove")

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleaner.datatrove import CleanerFormatter

# A document's text is cleaned as a dataset record's: it keeps whether it ends with a line end.
RECORDS = build_config().for_records()

PIECES = [
    "Don\u2019t  panic.",
    "caf\u00c3\u00a9 au lait",
    "plain words here",
    "Share this article",
    "a hard-\nwrapped line of\ntext that goes on",
    "trailing   \r\n\r\n\r\n",
    "issuedpreviously",
]


def make_corpus(folder: Path, files: int = 6, per_file: int = 15) -> dict[str, str]:
    """JSON Lines files of generated documents; returns id -> text."""
    rng = random.Random(16)
    folder.mkdir()
    corpus = {}
    for f in range(files):
        rows = []
        for i in range(per_file):
            doc_id = f"{f}-{i}"
            text = "\n\n".join(
                " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
                for _ in range(rng.randint(1, 4))
            )
            corpus[doc_id] = clean(text, RECORDS) if i % 4 == 0 else text  # some clean already
            rows.append(json.dumps({"id": doc_id, "text": corpus[doc_id], "source": f"f{f}"}))
        (folder / f"part-{f}.jsonl").write_text("\n".join(rows) + "\n")
    return corpus


def read_output(folder: Path) -> dict[str, dict]:
    docs = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            doc = json.loads(line)
            docs[doc["id"]] = doc
    return docs


def test_local_pipeline_output_equals_clean(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", files=6, per_file=10)
    pipeline = [
        JsonlReader(str(tmp_path / "in")),
        CleanerFormatter(metadata_key="cleaner_passes"),
        JsonlWriter(str(tmp_path / "out"), compression=None),
    ]
    LocalPipelineExecutor(pipeline, tasks=3, workers=2, logging_dir=str(tmp_path / "logs")).run()
    out = read_output(tmp_path / "out")
    assert set(out) == set(corpus)
    changed = 0
    for doc_id, text in corpus.items():
        assert out[doc_id]["text"] == clean(text, RECORDS), doc_id
        if out[doc_id]["text"]:  # no line end put at the end of a text that had none
            assert out[doc_id]["text"].endswith("\n") == ends_with_line_end(text), doc_id
        passes = out[doc_id]["metadata"]["cleaner_passes"]
        assert bool(passes) == (clean(text, RECORDS) != text)
        changed += clean(text, RECORDS) != text
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "cleaner" in s["name"])
    assert 0 < changed < len(corpus)
    assert step["stats"]["changed"] == changed
    assert step["stats"]["unchanged"] == len(corpus) - changed
    assert step["stats"]["total"] == len(corpus)
    assert step["stats"]["changed_by_whitespace"] > 0


def test_settings_as_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "cleaner.toml").write_text('skip = ["split"]\n[encoding]\nuncurl_quotes = false\n')
    step = CleanerFormatter(config_file=tmp_path / "cleaner.toml", skip=["boilerplate"])
    expected = build_config(
        {"skip": ["split"], "encoding": {"uncurl_quotes": False}}, skip=["boilerplate"]
    )
    assert step.config == expected._replace(final_newline="keep")
    assert step.format("Don\u2019t  stop") == clean("Don\u2019t  stop", step.config) == "Don’t stop"
    assert step.format("a  b\n\n") == "a b\n"  # a line end at the end stays, one
    (tmp_path / "add.toml").write_text('final_newline = "add"\n')
    assert CleanerFormatter(config_file=tmp_path / "add.toml").format("a  b") == "a b\n"
    assert "\u2019" in step.format("Don\u2019t")
    only = CleanerFormatter(passes=["whitespace"], options={"split": {"protect": ["x"]}})
    assert only.config.passes == ("whitespace",)


def test_importing_cleaner_datatrove_does_not_import_datatrove() -> None:
    code = "import cleaner.datatrove, sys; print('datatrove' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


@pytest.mark.slow
def test_ray_pipeline_output_equals_clean(tmp_path: Path) -> None:
    ray = pytest.importorskip("ray")
    from datatrove.executor import RayPipelineExecutor

    corpus = make_corpus(tmp_path / "in", files=4, per_file=5)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        RayPipelineExecutor(
            [
                JsonlReader(str(tmp_path / "in")),
                CleanerFormatter(),
                JsonlWriter(str(tmp_path / "out"), compression=None),
            ],
            tasks=2,
            workers=2,
            logging_dir=str(tmp_path / "logs"),
            mem_per_cpu_gb=0.1,
        ).run()
    finally:
        ray.shutdown()
    out = read_output(tmp_path / "out")
    assert {doc_id: doc["text"] for doc_id, doc in out.items()} == {
        doc_id: clean(text, RECORDS) for doc_id, text in corpus.items()
    }
