"""Peak memory and time of ``cleaner fix`` on one huge text file.

Usage: python bench/bench_memory.py [--quick] [--megabytes N] [--keep DIR]
                                    [--layout NAME] [--jobs N]

Builds a dirty text file of N MB (200 by default, 20 with --quick) in a temporary folder
from a fixed seed: paragraphs of words with double spaces, NO-BREAK SPACEs, CRLF line
ends, mojibake and runs of blank lines, so that every default pass has work everywhere;
or, with ``--layout``, the documents of one of the speed benchmark's layouts (say
``hard-wrapped``: issue 12 asks for 3 MB/s on a 200 MB hard-wrapped file), 20 MB of them
repeated with varied cuts. Then runs ``python -m cleaner fix FILE`` (with ``--jobs N``,
workers that share the file's chunks) in a subprocess and prints its peak resident
memory (``os.wait4``: the largest of its process and its workers), that peak in copies
of the file, and the wall time. Then ``check`` on the now clean file, twice: as the cache
knows it (what a hook's next run pays) and with ``--no-cache`` (reading and cleaning it
again, writing nothing). The runs use a cache folder of their own, not the user's.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = (
    "the of and to in a is that for it as was with be by on not he this are or his from at "
    "which but have an they you were her she there been one all we their has would when "
    "river council winter harvest document library measure quietly engineer morning"
)
WORDS = VOCABULARY.split(" ")
# Dirt the passes repair: (text, share of words followed by it).
DIRT = (
    ("  ", 0.05),
    ("\u00a0", 0.02),
    (" caf\u00c3\u00a9", 0.01),
    (" don\u00e2\u20ac\u2122t", 0.01),
)


def paragraph(rng: random.Random) -> str:
    """One dirty paragraph of 40-120 words, hard-wrapped with CRLF every ~12 words."""
    words = []
    for index in range(rng.randint(40, 120)):
        word = rng.choice(WORDS)
        for dirt, share in DIRT:
            if rng.random() < share:
                word += dirt
        words.append(word + ("\r\n" if index % 12 == 11 else " "))
    return "".join(words).rstrip() + "\r\n" + "\r\n" * rng.choice((1, 1, 2, 3))


def build_file(path: Path, megabytes: int, seed: int = 1) -> int:
    """Write about ``megabytes`` MB of dirty text to ``path`` in blocks; return its size."""
    rng = random.Random(seed)
    block = "".join(paragraph(rng) for _ in range(400))
    with path.open("wb") as handle:
        written = 0
        while written < megabytes * 1_000_000:
            # Vary the blocks cheaply so the file is not one block repeated.
            cut = len(block) - rng.randint(0, 200)
            handle.write((block[:cut] + "\r\n\r\n").encode("utf-8"))
            written = handle.tell()
    return path.stat().st_size


def build_layout_file(path: Path | str, megabytes: int, layout: str, seed: int = 1) -> int:
    """Write about ``megabytes`` MB of one speed layout's documents to ``path``, a blank
    line between documents; return its size."""
    path = Path(path)
    sys.path.insert(0, str(ROOT / "bench"))
    from speed_layouts import layout_documents

    rng = random.Random(seed)
    documents = [text for _, text in layout_documents(layout, min(megabytes, 20))]
    block = "\n\n".join(text.strip("\n") for text in documents) + "\n\n"
    with path.open("wb") as handle:
        while handle.tell() < megabytes * 1_000_000:
            cut = len(block) - rng.randint(0, 200)
            cut = block.rfind("\n", 0, cut) + 1  # (whole lines: a cut word is no layout's)
            handle.write((block[:cut] + "\n").encode("utf-8"))
    return path.stat().st_size


def run_cleaner(*args: str, cache: Path) -> tuple[float, float]:
    """Run ``python -m cleaner ARGS``; return its wall time and the peak resident memory, in
    MB, of its process or of any of its workers (Linux reports KiB). Fail loudly if it fails.

    The peak is the child's own (``os.wait4``), not that of every child this benchmark ran.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLEANER_CACHE_DIR": str(cache)}
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "cleaner", *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in (0, 1):
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip()
            sys.exit(f"cleaner failed ({process.returncode}): {message}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 MB instead of 200 MB")
    parser.add_argument("--megabytes", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="build the file here")
    parser.add_argument("--layout", default=None, help="a speed layout, e.g. hard-wrapped")
    parser.add_argument("--jobs", type=int, default=1, help="cleaner fix --jobs N")
    options = parser.parse_args()
    megabytes = options.megabytes or (20 if options.quick else 200)
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch)
        path = folder / "huge.txt"
        if options.layout:  # Built in a child, whose memory goes back when it ends.
            arguments = (str(path), megabytes, options.layout)
            build = f"import bench_memory as b; b.build_layout_file(*{arguments!r})"
            subprocess.run([sys.executable, "-c", build], cwd=ROOT / "bench", check=True)
            size = path.stat().st_size
        else:
            size = build_file(path, megabytes)
        cache = Path(scratch) / "cache"
        _, baseline = run_cleaner("passes", cache=cache)  # The interpreter and imports alone.
        jobs = ("--jobs", str(options.jobs))
        fix_time, fix_peak = run_cleaner("fix", "--quiet", *jobs, str(path), cache=cache)
        clean_size = path.stat().st_size
        check_time, check_peak = run_cleaner("check", str(path), cache=cache)
        uncached_time, uncached_peak = run_cleaner("check", "--no-cache", str(path), cache=cache)
        check_peak = max(fix_peak, check_peak, uncached_peak)
        kind = f"{options.layout} layout" if options.layout else "dirty"
        print(f"file:            {size / 1e6:.0f} MB {kind} -> {clean_size / 1e6:.0f} MB clean")
        print(f"baseline RSS:    {baseline:.0f} MB (python -m cleaner passes)")
        print(f"fix peak RSS:    {fix_peak:.0f} MB = {fix_peak * 2**20 / size:.2f}x file")
        print(
            f"fix time:        {fix_time:.1f} s ({size / 1e6 / fix_time:.1f} MB/s,"
            f" --jobs {options.jobs})"
        )
        print(f"check time:      {check_time:.1f} s (the cache knows the file clean)")
        print(f"check --no-cache: {uncached_time:.1f} s, peak RSS of all runs {check_peak:.0f} MB")


if __name__ == "__main__":
    main()
