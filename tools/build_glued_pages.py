"""Build ``bench/data/<set>/glued.jsonl.gz``: the pages of L3S-GN1 or Dragnet extracted the
careless way, for ``bench/bench_split_real.py``'s real merges.

Usage: ``python tools/build_glued_pages.py {l3s_gn1,dragnet} GIT_DIR`` (the project's own
environment is enough: no network, no ``lxml``)

``GIT_DIR`` is the clone the set's ``pages.jsonl.gz`` was built from (``tools/build_l3s_gn1.py``,
``tools/build_dragnet.py``); that file must be there, as each page's ``id``, ``site`` and
``held_out`` are taken from it, so the held-out sites are the furniture bench's. Each page's
crawled HTML is read as UTF-8 (else, for Dragnet, Windows-1252, as its gold files) and its
text nodes are joined with no separator, scripts and styles left out, as
``BeautifulSoup.get_text()`` does (``tools/mine_glued_merges.py``): a block's last word is
glued to the next block's first (``adWhen``). One JSON object a line, one page each:
``{"id", "site", "held_out", "glued", "joins"}``; ``joins`` lists each run of letters of
``glued`` that two text nodes make, with the offset in the run where they meet
(``["adWhen", 2]``), so that a merge can be told from a gap between the gold and the page.

Both sets' licences forbid committing the pages or files derived from them: the output is
git-ignored. The sha256 of the inputs (sorted ``path sha256`` lines of the HTML files read)
and of the output are printed; ``bench/data/<set>/README.md`` records them.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import subprocess
import sys
from bisect import bisect_left, bisect_right
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from jsonl_gz import write_records  # noqa: E402
from mine_glued_merges import LETTERS_RE, text_nodes  # noqa: E402

# Where each set's crawled pages are in its clone, and the charset tried after UTF-8.
HTML_PATHS = {
    "l3s_gn1": ("L3S-GN1-20100130203947-00001/original/{}.html", "utf-8"),
    "dragnet": ("dragnet_data/input/{}.html", "cp1252"),
}


def git_blobs(git_dir: str, paths: list[str]) -> list[bytes]:
    """The contents of ``paths`` at the clone's ``HEAD``, read in one ``git cat-file``."""
    asked = "".join(f"HEAD:{path}\n" for path in paths).encode()
    out = subprocess.run(
        ["git", "--git-dir", git_dir, "cat-file", "--batch"],
        input=asked,
        capture_output=True,
        check=True,
    ).stdout
    blobs, at = [], 0
    for path in paths:
        header_end = out.index(b"\n", at)
        header = out[at:header_end].split()
        if header[-1] == b"missing":
            raise SystemExit(f"{path} is not in {git_dir}: is it the set's clone?")
        size = int(header[2])
        blobs.append(out[header_end + 1 : header_end + 1 + size])
        at = header_end + 1 + size + 1
    return blobs


def decoded(data: bytes, fallback: str) -> str:
    """``data`` as UTF-8, else as ``fallback`` (bytes it cannot read replaced).

    >>> decoded(b"caf\\xc3\\xa9", "cp1252"), decoded(b"caf\\xe9", "cp1252")
    ('café', 'café')
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(fallback, errors="replace")


def joined_runs(parts: list[str]) -> list[tuple[str, int]]:
    """Each run of letters of ``"".join(parts)`` that crosses a join, with the join's offset
    in the run.

    >>> joined_runs(["an ad", "When ", "it", "s"])
    [('adWhen', 2), ('its', 2)]
    """
    text = "".join(parts)
    joins = list(accumulate(len(part) for part in parts[:-1]))
    runs = []
    for run in LETTERS_RE.finditer(text):
        inside = joins[bisect_right(joins, run.start()) : bisect_left(joins, run.end())]
        runs.extend((run.group(), join - run.start()) for join in inside)
    return runs


def glued_record(page: dict, html: str) -> dict:
    parts = [part for part in text_nodes(html) if part]
    joins = sorted(set(joined_runs(parts)))
    return {
        "id": page["id"],
        "site": page["site"],
        "held_out": page["held_out"],
        "glued": "".join(parts),
        "joins": [list(join) for join in joins],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", choices=sorted(HTML_PATHS))
    parser.add_argument("git_dir", help="the clone the set's pages.jsonl.gz was built from")
    args = parser.parse_args()
    folder = ROOT / "bench" / "data" / args.set
    with gzip.open(folder / "pages.jsonl.gz", "rt", encoding="utf-8") as lines:
        pages = [json.loads(line) for line in lines]
    path_of, fallback = HTML_PATHS[args.set]
    paths = [path_of.format(page["id"]) for page in pages]
    blobs = git_blobs(args.git_dir, paths)
    sources = hashlib.sha256()
    for path, data in sorted(zip(paths, blobs, strict=True)):
        sources.update(f"{path} {hashlib.sha256(data).hexdigest()}\n".encode())
    lines_out = [
        json.dumps(glued_record(page, decoded(data, fallback)), ensure_ascii=False) + "\n"
        for page, data in zip(pages, blobs, strict=True)
    ]
    write_records(folder / "glued.jsonl.gz", lines_out, sources.hexdigest())


if __name__ == "__main__":
    main()
