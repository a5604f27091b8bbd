"""How fast is cleaner? Throughput per layout and per pass against ftfy, the whole
``cleaner fix`` process against in-process cleaning, start-up, --jobs and the cache.

    python bench/bench_speed.py [--quick] [--layout NAME]... [--startup | --fix-only]

The corpus is bench/speed_layouts.py: six layouts made from generated news and real
public-domain prose (one paragraph per line; hard-wrapped at 60-100 columns; first word
alone; hyphenated line ends with CRLF; PDF-extractor text; web text with mojibake and
furniture), each at least 5 MB (``--quick``: 0.5 MB), then two of real documents as others
wrote them, reported apart: Project Gutenberg books with their header and footer, and
Chinese, Russian and Greek prose (bench/data/real; skipped when not built). Everything is
timed in one run, so the ratios compare like with like.

``--startup`` prints only the start-up figures (whole processes on a small clean file),
``--fix-only`` only ``cleaner fix`` over the files of the generated layouts.

Per layout: ``ftfy.fix_text`` and ``cleaner.clean`` (MB/s of UTF-8 input, best of a few
runs), their ratio, and each pass alone on the text it gets in the pipeline ("works": the
previous passes' output) and on the pipeline's output ("idle": clean text, where it has
nothing to do). Then, per layout, what changes as data cost over ``cleaner.clean``: the
offset map, and the JSON object ``--format json`` prints (see bench/bench_changes.py).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from caches import clear_line_caches  # noqa: E402
from speed_corpus import news_article  # noqa: E402
from speed_layouts import GENERATED, LAYOUTS, layout_documents  # noqa: E402

import cleaner  # noqa: E402
from cleaner.config import Config  # noqa: E402
from cleaner.passes import PASSES  # noqa: E402

SIZES = {  # (MB per layout, files for `cleaner fix`, cache files, process runs, repeats)
    "full": (5.0, 2000, 10_000, 15, 3),
    "quick": (0.5, 400, 2_000, 5, 2),
}


def best_time(function: Callable[[], object], repeats: int) -> float:
    """The best of ``repeats`` runs, each as cold as a new corpus (see bench/caches.py)."""
    times = []
    for _ in range(repeats):
        clear_line_caches()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def layout_row(texts: list[str], repeats: int) -> dict[str, float]:
    """Seconds for ftfy, the pipeline, and each pass working and idle."""
    import ftfy

    config = Config()
    row = {
        "ftfy": best_time(lambda: [ftfy.fix_text(t) for t in texts], repeats),
        "clean": best_time(lambda: [cleaner.clean(t) for t in texts], repeats),
    }
    current = texts
    outputs = [cleaner.clean(t) for t in texts]
    for cleaning_pass in PASSES:
        function, options = cleaning_pass.function, config.options_for(cleaning_pass.name)
        row[cleaning_pass.name] = best_time(
            lambda f=function, o=options, c=current: [f(t, **o) for t in c], repeats
        )
        row[f"{cleaning_pass.name} idle"] = best_time(
            lambda f=function, o=options: [f(t, **o) for t in outputs], repeats
        )
        current = [function(t, **options) for t in current]
    return row


def print_layouts(names: list[str], megabytes: float, repeats: int) -> None:
    passes = [p.name for p in PASSES]
    print(f"\nThroughput, MB/s of input ({megabytes:g} MB per layout; best of {repeats}):")
    heading = "  ".join(f"{name[:11]:>11}" for name in passes)
    print(f"  {'layout':20} {'MB':>5} {'ftfy':>6} {'clean':>6} {'ratio':>6}  works: {heading}")
    for name in names:
        documents = layout_documents(name, megabytes)
        if not documents:
            print(f"  {name:20} (no data: see bench/data/real/README.md)")
            continue
        if (
            name not in GENERATED
            and names.index(name)
            and names[names.index(name) - 1] in GENERATED
        ):
            print("  real documents, reported apart:")
        texts = [text for _, text in documents]
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        row = layout_row(texts, repeats)
        speeds = "  ".join(f"{size / row[p]:11.1f}" for p in passes)
        idle = "  ".join(f"{size / row[p + ' idle']:11.1f}" for p in passes)
        print(
            f"  {name:20} {size:5.1f} {size / row['ftfy']:6.2f} {size / row['clean']:6.2f} "
            f"{row['ftfy'] / row['clean']:5.2f}x  works: {speeds}"
        )
        print(f"  {'':50}idle: {idle}")


def print_changes_overhead(names: list[str], megabytes: float, repeats: int) -> None:
    """What changes as data cost on each layout: ``clean_and_explain`` with its offset map
    (``offsets``) and with the JSON object of its changes (``json``), against
    ``cleaner.clean``; interleaved rounds, each as cold as a new corpus. Wall-clock time,
    then this process's CPU time (steadier on a machine other work shares)."""
    from bench_changes import VARIANTS

    print(f"\nChanges as data, extra time over cleaner.clean (best of {repeats}, interleaved):")
    print(
        f"  {'layout':20} {'MB':>5} {'changes':>8} {'clean s':>8} {'offsets':>8} {'json':>8}"
        f" {'cpu: offsets':>13} {'json':>8}"
    )
    for name in names:
        texts = [text for _, text in layout_documents(name, megabytes)]
        if not texts:
            continue
        best = dict.fromkeys(("plain", "offsets", "json"), (float("inf"), float("inf")))
        for _ in range(repeats):
            for variant in best:
                function = VARIANTS[variant]
                times = wall_and_cpu(lambda f=function, c=texts: [f(t) for t in c])
                best[variant] = tuple(map(min, best[variant], times))
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        changes = sum(len(cleaner.clean_and_explain(t).changes()) for t in texts)
        extra = [
            f"{best[v][clock] / best['plain'][clock] - 1:+8.0%}"
            for clock in (0, 1)
            for v in ("offsets", "json")
        ]
        print(
            f"  {name:20} {size:5.1f} {changes:8} {best['plain'][0]:8.2f} {' '.join(extra[:2])}"
            f"      {' '.join(extra[2:])}"
        )


def wall_and_cpu(function: Callable[[], object]) -> tuple[float, float]:
    """Seconds of one run as cold as a new corpus: on the clock, and of this process's CPU."""
    clear_line_caches()
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


def print_files(folder: Path, count: int, megabytes: float, repeats: int) -> None:
    """``cleaner fix`` over files of every layout as one process (``--jobs 1``), against
    in-process ``cleaner.clean`` of the same texts; then where the difference goes, in CPU
    time: a fresh process that only imports cleaner and cleans the texts (what a process
    pays once: imports, tables and patterns loaded on first use), and the CLI beyond it
    (discovery, reading, checks, atomic writes). The wall clock adds waiting for ``fsync``."""
    folder.mkdir()
    per_layout = max(1, -(-count // len(GENERATED)))  # (at least ``count`` in all)
    texts = []
    for name in GENERATED:  # (whatever ``megabytes`` makes)
        for index in range(per_layout):
            text = GENERATED[name](index)
            texts.append(text)
            (folder / f"{name}-{index:05}.txt").write_bytes(text.encode("utf-8"))
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    copy = folder.with_name(folder.name + "-copy")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    fix = [sys.executable, "-m", "cleaner", "fix", "--quiet", "--no-cache", "-j", "1", str(copy)]
    fresh = [sys.executable, "-c", FRESH_CLEAN, str(copy)]
    best = dict.fromkeys(("in-process", "fresh", "fix"), (float("inf"), float("inf")))
    for _ in range(repeats):  # interleaved, so that a busy moment weighs on all alike
        times = {"in-process": wall_and_cpu(lambda: [cleaner.clean(t) for t in texts])}
        for what, command in (("fresh", fresh), ("fix", fix)):
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(folder, copy)
            wall, _, _, cpu = run_process(command, env)
            times[what] = (wall, cpu)
        best = {what: tuple(map(min, best[what], times[what])) for what in best}
    (wall, cpu), (fix_wall, fix_cpu) = best["in-process"], best["fix"]
    print(
        f"\ncleaner fix --jobs 1 over {len(texts):,} files of the generated layouts, {size:.1f} MB"
        f" (best of {repeats}):"
    )
    print(f"  in-process cleaner.clean: {size / wall:6.2f} MB/s  (CPU {size / cpu:6.2f} MB/s)")
    print(
        f"  cleaner fix (a process):  {size / fix_wall:6.2f} MB/s = {wall / fix_wall:.0%} of"
        f" in-process  (CPU {size / fix_cpu:6.2f} MB/s = {cpu / fix_cpu:.0%})"
    )
    fresh_cpu = best["fresh"][1]
    print("  where the rest goes, CPU seconds:")
    print(f"    cleaning, in-process (warm)                   {cpu:6.2f}")
    print(f"    a fresh process: imports, first-use loading   {fresh_cpu - cpu:+6.2f}")
    print(f"    the CLI: find, read, check, write atomically  {fix_cpu - fresh_cpu:+6.2f}")
    print(f"    waiting (fsync, disk, other work; wall - CPU) {fix_wall - fix_cpu:+6.2f}")


# What a process pays to clean the files of a folder without the CLI (see print_files).
FRESH_CLEAN = (
    "import pathlib, sys, cleaner\n"
    "for path in sorted(pathlib.Path(sys.argv[1]).iterdir()):\n"
    "    cleaner.clean(path.read_bytes().decode('utf-8'))\n"
)


def run_process(command: list[str], env: dict[str, str]) -> tuple[float, int, int, float]:
    """(wall seconds, exit code, peak RSS in KB, CPU seconds) of the process, for one run."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, process.returncode, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def median_run(command: list[str], env: dict[str, str], runs: int) -> float:
    run_process(command, env)  # warm the disk cache and .pyc files
    return statistics.median(run_process(command, env)[0] for _ in range(runs))


def tool(name: str) -> str:
    """A console script of this virtualenv (next to the interpreter), else from PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name) or name


# The tiny clean file of issue 7: three lines, what a pre-commit hook sees on a new note.
TINY_TEXT = 'A clean little file with "straight quotes" and words.\n\nSecond paragraph here.\n'


def cleaner_command() -> list[str]:
    """cleaner's console script, the launcher ftfy's and the fixer's are run with, else -m."""
    script = tool("cleaner")
    return [script] if Path(script).is_file() else [sys.executable, "-m", "cleaner"]


def print_startup(small: Path, env: dict[str, str], runs: int) -> float:
    """Whole-process times on small clean files, cached and cold, against ftfy's CLI and
    pre-commit-hooks' trailing-whitespace-fixer, measured in turn in the same run."""
    tiny = small.with_name("tiny.txt")
    tiny.write_text(TINY_TEXT, encoding="utf-8")
    check = [*cleaner_command(), "check"]
    commands = {
        "python -c pass (interpreter alone)": [sys.executable, "-c", "pass"],
        "trailing-whitespace-fixer, tiny": [tool("trailing-whitespace-fixer"), str(tiny)],
        "ftfy (CLI), tiny": [tool("ftfy"), str(tiny), "-o", os.devnull],
        "cleaner check, tiny (cache hit)": [*check, str(tiny)],
        "cleaner check --no-cache, tiny (cold)": [*check, "--no-cache", str(tiny)],
        "trailing-whitespace-fixer, article": [tool("trailing-whitespace-fixer"), str(small)],
        "ftfy (CLI), article": [tool("ftfy"), str(small), "-o", os.devnull],
        "cleaner check, article (cache hit)": [*check, str(small)],
        "cleaner check --no-cache, article (cold)": [*check, "--no-cache", str(small)],
    }
    times: dict[str, list[float]] = {what: [] for what in commands}
    for command in commands.values():
        run_process(command, env)  # warm the disk cache (and fill cleaner's cache)
    for _ in range(runs):  # interleaved, so that a busy moment weighs on all alike
        for what, command in commands.items():
            times[what].append(run_process(command, env)[0])
    medians = {what: statistics.median(values) for what, values in times.items()}
    print(
        f"\nWhole process, median of {runs} (launcher: {Path(check[0]).name}; tiny: "
        f"{tiny.stat().st_size} bytes, article: {small.stat().st_size} bytes, both clean):"
    )
    for what, seconds in medians.items():
        size = "tiny" if "tiny" in what else "article"
        ftfy_time = medians[f"ftfy (CLI), {size}"]
        tw_time = medians[f"trailing-whitespace-fixer, {size}"]
        print(
            f"  {what:42} {seconds * 1000:7.1f} ms  "
            f"{seconds / ftfy_time:5.2f}x ftfy  {seconds / tw_time:5.2f}x trailing-whitespace-fixer"
        )
    print_import_breakdown([*check, "--no-cache", str(tiny)], env)
    return medians["cleaner check, article (cache hit)"]


def print_import_breakdown(command: list[str], env: dict[str, str], runs: int = 5) -> None:
    """What start-up is made of: ``python -X importtime`` self times (median of ``runs``),
    summed by group: the standard library, cleaner's core modules, each pass's modules."""
    samples: dict[str, list[int]] = {}
    for _ in range(runs):
        if Path(command[0]).name.startswith("python"):
            argv = [command[0], "-X", "importtime", *command[1:]]
        else:  # a console script: run its file with the same interpreter
            argv = [sys.executable, "-X", "importtime", *command]
        result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
        for line in result.stderr.splitlines()[1:]:
            if line.startswith("import time:"):
                self_us, _, name = line.split(":", 1)[1].split("|")
                samples.setdefault(name.strip(), []).append(int(self_us))
    groups: dict[str, float] = {}
    for module, values in samples.items():
        group = _import_group(module)
        groups[group] = groups.get(group, 0.0) + statistics.median(values) / 1000
    print(f"  imports of {' '.join(Path(c).name for c in command)} (importtime self, ms):")
    for group, ms in sorted(groups.items(), key=lambda item: -item[1]):
        print(f"    {group:44} {ms:6.1f}")
    print(f"    {'all imports':44} {sum(groups.values()):6.1f}")


def _import_group(module: str) -> str:
    if not module.startswith("cleaner"):
        return "standard library (and site)"
    for name in ("encoding", "whitespace", "boilerplate", "unwrap", "split"):
        if module.startswith(f"cleaner.passes.{name}"):
            return f"pass {name}"
    if module == "cleaner.lexicon":
        return "pass split"  # its word table, imported by cleaner.passes.split.pairs
    return "cleaner core (config, runner, files...)"


def print_jobs(folder: Path, env: dict[str, str], megabytes: float) -> None:
    print(f"\ncleaner check --no-cache over {folder.name} as a whole process:")
    base = None
    for jobs in ("1", "2"):
        command = [
            sys.executable,
            "-m",
            "cleaner",
            "check",
            "--no-cache",
            "--jobs",
            jobs,
            str(folder),
        ]
        seconds, code, rss, _ = run_process(command, env)
        base = base or seconds
        print(
            f"  --jobs {jobs}: {seconds:6.2f} s  {megabytes / seconds:6.1f} MB/s  "
            f"speed-up {base / seconds:4.2f}x  peak RSS {rss / 1024:5.0f} MB  (exit {code})"
        )


def print_cache(folder: Path, count: int, env: dict[str, str], startup: float) -> None:
    for i in range(count):
        (folder / f"{i // 1000:02}").mkdir(parents=True, exist_ok=True)
        (folder / f"{i // 1000:02}" / f"note-{i:05}.txt").write_text(f"Note {i}: all clean.\n")
    command = [sys.executable, "-m", "cleaner", "check", str(folder)]
    first, code, rss, _ = run_process(command, env)
    second = statistics.median(run_process(command, env)[0] for _ in range(3))
    print(f"\nCache: cleaner check over {count:,} unchanged small files:")
    print(
        f"  first run (cold, fills the cache): {first:6.2f} s"
        f"  (exit {code}, peak RSS {rss / 1024:.0f} MB)"
    )
    print(f"  second run (median of 3):          {second:6.2f} s")
    print(f"  second run beyond start-up:        {second - startup:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small corpus")
    parser.add_argument("--layout", action="append", choices=LAYOUTS, help="only these")
    only = parser.add_mutually_exclusive_group()  # (both at once would print nothing)
    only.add_argument("--startup", action="store_true", help="only the start-up figures")
    only.add_argument("--fix-only", action="store_true", help="only `cleaner fix` over files")
    args = parser.parse_args()
    mode = "quick" if args.quick else "full"
    megabytes, file_count, cache_files, runs, repeats = SIZES[mode]
    started = time.perf_counter()
    print(f"bench_speed ({mode}), Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    if not (args.startup or args.fix_only):
        print_layouts(args.layout or list(LAYOUTS), megabytes, repeats)
        print_changes_overhead(args.layout or list(LAYOUTS), megabytes, repeats)
    if args.layout:
        return
    # Timed as installed: pip compiles an installed package's bytecode, and without it
    # (PYTHONDONTWRITEBYTECODE) every process would compile cleaner's source anew.
    compileall.compile_dir(str(REPO / "cleaner"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-") as temp:
        root = Path(temp)
        env = {**os.environ, "PYTHONPATH": str(REPO), "CLEANER_CACHE_DIR": str(root / "cache")}
        if not args.startup:
            print_files(root / "files", file_count, megabytes, repeats)
        if args.fix_only:
            return
        news = root / "news"
        news.mkdir()
        for i in range(file_count // 4):
            (news / f"article-{i:05}.txt").write_text(news_article(i, 10_000), encoding="utf-8")
        small = root / "small.txt"
        small.write_bytes(cleaner.clean(news_article(7, 1500)).encode())
        startup = print_startup(small, env, runs)
        if args.startup:
            return
        print_jobs(news, env, sum(p.stat().st_size for p in news.iterdir()) / 1e6)
        print_cache(root / "many", cache_files, env, startup)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
