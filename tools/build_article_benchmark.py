"""Build ``bench/data/article_benchmark/pages.jsonl.gz`` from scrapinghub's benchmark.

Usage: ``python tools/build_article_benchmark.py GIT_DIR``

``GIT_DIR`` is a clone (bare or not) of github.com/scrapinghub/article-extraction-benchmark
(MIT licence): 181 real news and blog pages, each with a human-made gold article body
(``ground-truth.json``) and the text 30-odd extractors made of it (``output/*.json``).
One JSON object a line, one page each: ``{"id", "url", "gold", "full", "extracted"}``,
where ``full`` is the full visible text of the page (``html-text``'s output, which keeps
every text node) and ``extracted`` maps an extractor (trafilatura, readability, goose3,
newspaper) to its text.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "article_benchmark" / "pages.jsonl.gz"
EXTRACTORS = ("trafilatura", "readability", "goose3", "newspaper")


def read(git_dir: str, path: str) -> dict:
    shown = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], capture_output=True, check=True
    )
    return json.loads(shown.stdout)


def page_texts(outputs: dict[str, dict], page_id: str) -> dict[str, str]:
    """Each extractor's text of one page (empty where it gave none), from its output file."""
    texts = {}
    for name, output in outputs.items():
        pages = output.get("output", output)
        texts[name] = (pages.get(page_id) or {}).get("articleBody") or ""
    return texts


def main() -> None:
    git_dir = sys.argv[1]
    gold = read(git_dir, "ground-truth.json")
    full = read(git_dir, "output/html-text.json")["output"]
    extracted = {name: read(git_dir, f"output/{name}.json") for name in EXTRACTORS}
    lines = []
    for page_id in sorted(gold):
        texts = page_texts(extracted, page_id)
        lines.append(
            json.dumps(
                {
                    "id": page_id,
                    "url": gold[page_id].get("url", ""),
                    "gold": gold[page_id]["articleBody"],
                    "full": full[page_id]["articleBody"],
                    "extracted": texts,
                },
                ensure_ascii=False,
            )
        )
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(lines)} pages -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
