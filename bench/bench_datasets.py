"""Dataset throughput: JSON Lines from the speed corpus, cleaned three ways.

Builds about 1 GB (``--quick``: about 24 MB) of JSON Lines records (``id``, ``text``,
``source``, ``n``) from bench/speed_corpus.py's news articles, half of them dirty, in 16
files, then cleans a fresh copy of it

- with ``cleaner fix --jobs 2`` (each file's batches spread over two workers),
- with ``cleaner fix --jobs 1`` (in-process),
- with a datatrove pipeline, JsonlReader -> cleaner.datatrove.CleanerFormatter ->
  JsonlWriter, on LocalPipelineExecutor with one task per file and two workers,

and prints for each its wall time, MB/s of input, CPU seconds, peak resident memory (the
sum over the process and its workers, sampled every 0.1 s, and its peak in each quarter of
the run, to show it stays flat), and the ratio of its MB/s to in-process
``cleaner.clean`` over the records of one file. Targets: ``--jobs 2`` at least 1.7x
``--jobs 1``; datatrove at most 15% slower than ``cleaner fix --jobs 2``. Every way must give
the same output; the script checks it.

    python bench/bench_datasets.py            # about 1 GB; an hour or more on 2 CPUs
    python bench/bench_datasets.py --quick    # about 24 MB; a few minutes
    python bench/bench_datasets.py --big 2    # peak memory on one 2 GB file (~20 minutes)
    python bench/bench_datasets.py --real     # real documents instead (a few minutes)

``--real`` cleans, the same three ways, records that are real documents written by others
(their provenance is in the READMEs of bench/data): the raw documents of
bench/real_documents.py (novels, State of the Union addresses, articles, web pages, the
Python reference's topics, licences) and, when ``CLEANER_REAL_CORPUS`` names it, the
Gutenberg books and non-Latin prose of bench/data/real; one record a document, dealt round
the 16 files.

``--big GB`` instead writes one JSON Lines file of that many GB (fresh articles all along,
so that no cache sees a record twice) and measures ``cleaner fix --jobs 2`` on it with the
default passes (``--big-passes whitespace`` for a fast run): peak memory by quarter of the
run shows whether it grows with the file.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from speed_corpus import dirty_variant, news_article  # noqa: E402

FILES = 16
MB = 1_000_000


def build_corpus(folder: Path, total_bytes: int, seed: int = 16, files: int = FILES) -> int:
    """``files`` JSON Lines files of news articles (1 to 12 kB each, half dirty); total
    bytes."""
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    per_file = total_bytes // files
    index = written = 0
    for number in range(files):
        size = 0
        with open(folder / f"part-{number:02}.jsonl", "w", encoding="utf-8") as out:
            while size < per_file:
                text = news_article(index, rng.randint(1_000, 12_000))
                if index % 2:
                    text = dirty_variant(text, index)
                record = {"id": f"doc-{index}", "text": text, "source": "speed", "n": index}
                line = json.dumps(record, ensure_ascii=False) + "\n"
                out.write(line)
                size += len(line.encode("utf-8"))
                index += 1
        written += size
    return written


def build_real_corpus(folder: Path) -> int:
    """FILES JSON Lines files of real documents, one record each (see ``--real``)."""
    from real_documents import real_documents
    from speed_layouts import real_documents as real_books

    laid_out = ("pdf/", "page/", "garbled/")  # real text made to look like other tools' output
    documents = [(name, text) for name, text in real_documents() if not name.startswith(laid_out)]
    documents += real_books("books") + real_books("nonlatin")
    folder.mkdir(parents=True)
    with contextlib.ExitStack() as stack:
        outs = [
            stack.enter_context(open(folder / f"part-{n:02}.jsonl", "w", encoding="utf-8"))
            for n in range(FILES)
        ]
        for index, (name, text) in enumerate(documents):
            record = {"id": name, "text": text, "source": "real", "n": index}
            outs[index % FILES].write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"real documents: {len(documents)}")
    return sum(path.stat().st_size for path in folder.glob("*.jsonl"))


class TreeSampler:
    """Sample a process and its descendants every 0.1 s (from /proc): their summed
    proportional memory (PSS: a page shared by forked workers counts once over them), and
    each one's CPU time (rusage misses workers their parent never waits for)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.samples: list[tuple[float, int]] = []
        self.cpu: dict[int, float] = {}
        self._tick = os.sysconf("SC_CLK_TCK")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        started = time.perf_counter()
        while not self._stop.wait(0.1):
            rss = 0
            for pid in descendants(self.pid):
                try:
                    with open(f"/proc/{pid}/stat") as stat:
                        fields = stat.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                # utime and stime (fields 14 and 15 of stat(5)).
                self.cpu[pid] = (int(fields[11]) + int(fields[12])) / self._tick
                rss += pss(pid)
            self.samples.append((time.perf_counter() - started, rss))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def peaks(self, parts: int = 4) -> list[int]:
        """Peak over each of ``parts`` equal spans of the run's time (bytes): flat memory
        has the same peak in the last span as in the second."""
        if not self.samples:
            return [0] * parts
        end = self.samples[-1][0]
        found = [0] * parts
        for at, rss in self.samples:
            part = min(int(at / end * parts), parts - 1)
            found[part] = max(found[part], rss)
        return found


def pss(pid: int) -> int:
    """Proportional set size of ``pid`` in bytes (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(child) for child in children.read().split()]
        except (OSError, ValueError):
            continue
    return found


def measure(command: list[str], size: int) -> dict:
    """Run ``command``; its wall time, CPU time, throughput and memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeSampler(process.pid)
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    sampler.stop()
    if process.returncode != 0:
        raise SystemExit(f"{command} failed ({process.returncode}): {stderr.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    quarters = sampler.peaks()
    return {
        "wall": wall,
        "cpu": max(waited_cpu, sum(sampler.cpu.values())),
        "mb_s": size / MB / wall,
        "mb_cpu_s": size / MB / max(waited_cpu, sum(sampler.cpu.values())),
        "peak": max(quarters),
        "peak_quarters": quarters,
        "max_one_process": after.ru_maxrss * 1024,
    }


def in_process_baseline(path: Path) -> dict:
    """``cleaner.clean`` of every record of one file (with the settings of a record), in
    this process: MB/s of the file."""
    from cleaner import Config, clean

    lines = path.read_bytes().splitlines()
    config = Config().for_records()
    clean("warm  up\n", config)
    started, cpu_started = time.perf_counter(), time.process_time()
    for line in lines:
        clean(json.loads(line)["text"], config)
    wall = time.perf_counter() - started
    size = path.stat().st_size
    cpu = time.process_time() - cpu_started
    return {"wall": wall, "cpu": cpu, "mb_s": size / MB / wall, "mb_cpu_s": size / MB / cpu}


def run_datatrove(source: str, target: str, logs: str, workers: int) -> None:
    """The datatrove pipeline (run in its own process by ``--datatrove``)."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.datatrove import CleanerFormatter

    LocalPipelineExecutor(
        [
            JsonlReader(source),
            CleanerFormatter(),
            JsonlWriter(target, compression=None, output_filename="${rank}.jsonl"),
        ],
        tasks=len(os.listdir(source)),
        workers=workers,
        logging_dir=logs,
    ).run()


def texts_of(folder: Path) -> dict[str, str]:
    """id -> text over every JSON Lines file of ``folder``."""
    texts = {}
    for path in sorted(folder.glob("*.jsonl")):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                texts[record["id"]] = record["text"]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="about 24 MB instead of 1 GB")
    parser.add_argument("--megabytes", type=int, help="corpus size (default 1000; quick 24)")
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    parser.add_argument("--big", type=float, help="peak memory on one file of this many GB")
    parser.add_argument("--real", action="store_true", help="real documents as the records")
    parser.add_argument("--big-passes", help="with --big: only these passes (comma-separated)")
    parser.add_argument("--datatrove", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.big:
        big_file(args.big, args.big_passes)
        return
    if args.datatrove:
        source, target, logs, workers = args.datatrove
        run_datatrove(source, target, logs, int(workers))
        return
    megabytes = args.megabytes or (24 if args.quick else 1000)
    work = Path(tempfile.mkdtemp(prefix="bench-datasets-"))
    corpus = args.keep or work / "corpus"
    if args.real and not corpus.exists():
        build_real_corpus(corpus)
    try:
        report(corpus, work, megabytes)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(corpus: Path, work: Path, megabytes: int) -> None:
    started = time.perf_counter()
    if not corpus.exists():
        size = build_corpus(corpus, megabytes * MB)
    else:
        size = sum(path.stat().st_size for path in corpus.glob("*.jsonl"))
    built = time.perf_counter() - started
    print(f"corpus: {size / MB:.1f} MB in {FILES} files, built in {built:.0f} s")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    baseline = in_process_baseline(sorted(corpus.glob("*.jsonl"))[0])
    print(
        f"in-process cleaner.clean over one file: {baseline['mb_s']:.2f} MB/s "
        f"({baseline['cpu']:.1f} CPU s: {baseline['mb_cpu_s']:.2f} MB per CPU s)"
    )
    cleaner = [sys.executable, "-m", "cleaner", "fix", "--quiet", "--no-cache"]
    cleaner += ["--include", "*.jsonl"]
    results, outputs = {}, {}
    for name, jobs in (("cleaner fix --jobs 2", "2"), ("cleaner fix --jobs 1", "1")):
        copy = work / f"fix-{jobs}"
        shutil.copytree(corpus, copy)
        results[name] = measure([*cleaner, "--jobs", jobs, str(copy)], size)
        outputs[name] = copy
        print_row(name, results[name], baseline)
    name = "datatrove, 2 workers"
    target = work / "datatrove-out"
    logs = work / "logs"
    command = [sys.executable, __file__, "--datatrove", str(corpus), str(target), str(logs), "2"]
    results[name] = measure(command, size)
    outputs[name] = target
    print_row(name, results[name], baseline)
    check_same_output(outputs)
    two, one = results["cleaner fix --jobs 2"], results["cleaner fix --jobs 1"]
    overhead = results[name]["wall"] / two["wall"] - 1
    print(f"--jobs 2 / --jobs 1: {one['wall'] / two['wall']:.2f}x (target >= 1.7x)")
    print(f"datatrove overhead over cleaner fix --jobs 2: {overhead:+.1%} (target <= +15%)")
    cpu_overhead = results[name]["cpu"] / two["cpu"] - 1
    print(f"  in CPU time: datatrove {cpu_overhead:+.1%}; --jobs 2 over --jobs 1 "
          f"{two['cpu'] / one['cpu'] - 1:+.1%}")  # fmt: skip
    print(f"load average after: {os.getloadavg()[0]:.1f}")


def big_file(gigabytes: float, passes: str | None) -> None:
    """Peak memory of ``cleaner fix --jobs 2`` on one huge file, by quarter of the run."""
    work = Path(tempfile.mkdtemp(prefix="bench-datasets-big-"))
    try:
        build_corpus(work / "parts", int(gigabytes * 1000 * MB), files=1)
        target = work / "parts" / "part-00.jsonl"
        size = target.stat().st_size
        print(f"one file of {size / MB:.0f} MB; load average {os.getloadavg()[0]:.1f}")
        command = [sys.executable, "-m", "cleaner", "fix", "--quiet", "--no-cache"]
        command += ["--jobs", "2", str(target)]
        if passes:
            command += [f"--pass={name}" for name in passes.split(",")]
        result = measure(command, size)
        print_row(f"fix --jobs 2 {passes or 'default passes'}", result, {"mb_s": 1, "mb_cpu_s": 1})
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_row(name: str, result: dict, baseline: dict) -> None:
    print(
        f"{name:<22} {result['wall']:8.1f} s {result['mb_s']:6.2f} MB/s "
        f"({result['mb_s'] / baseline['mb_s']:.2f}x in-process clean); "
        f"CPU {result['cpu']:7.1f} s, {result['mb_cpu_s']:.2f} MB per CPU s "
        f"({result['mb_cpu_s'] / baseline['mb_cpu_s']:.2f}x in-process); "
        f"peak memory (PSS, all processes) {result['peak'] / MB:6.0f} MB "
        f"(by quarter of the run: {' / '.join(f'{q / MB:.0f}' for q in result['peak_quarters'])}"
        f"; largest process RSS {result['max_one_process'] / MB:.0f})",
        flush=True,
    )


def check_same_output(outputs: dict[str, Path]) -> None:
    """Every way gives the same text for every record."""
    reference = None
    for name, folder in outputs.items():
        texts = texts_of(folder)
        if reference is None:
            reference = texts
        elif texts != reference:
            raise SystemExit(f"{name} gave other texts than {next(iter(outputs))}")
    print(f"all three ways gave the same text for all {len(reference or {})} records")


if __name__ == "__main__":
    main()
