"""Build ``bench/data/article_benchmark/extractors.jsonl.gz``: the texts that glue words.

Usage: ``python tools/build_extractor_texts.py GIT_DIR``

``GIT_DIR`` is a clone (bare or not) of github.com/scrapinghub/article-extraction-benchmark
(MIT licence). One JSON object a line, one page each: ``{"id", "texts"}``, where ``texts``
maps an extractor to its text of the page. Only the extractors whose output holds merges
(words glued where a tag ended) are kept: of the benchmark's 32 outputs, these eight hold
all 110 distinct merges found in the 30 present in the snapshot (a greedy cover; htmd and
xpath-text are absent). ``pages.jsonl.gz`` has the gold and the other extractors.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_article_benchmark import page_texts, read

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "article_benchmark" / "extractors.jsonl.gz"
# Ordered by the merges each adds to those before it (61, 27, 10, 5, 4, 1, 1, 1).
EXTRACTORS = (
    "mdka",
    "llm_readability",
    "august",
    "html2md_rs",
    "html2text",
    "boilerpipe_rs",
    "dom_smoothie",
    "html2text_rs",
)


def main() -> None:
    git_dir = sys.argv[1]
    gold = read(git_dir, "ground-truth.json")
    outputs = {name: read(git_dir, f"output/{name}.json") for name in EXTRACTORS}
    lines = []
    for page_id in sorted(gold):
        texts = page_texts(outputs, page_id)
        lines.append(json.dumps({"id": page_id, "texts": texts}, ensure_ascii=False))
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))
    print(f"{len(lines)} pages, {len(EXTRACTORS)} extractors -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
