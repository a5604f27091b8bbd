"""How fast is cleaner? Throughput per pass and of the pipeline against ftfy and
pre-commit-hooks' trailing-whitespace fixer, whole-process start-up, --jobs and the cache.

    python bench/bench_speed.py [--quick]

Builds its own corpus in a temporary folder (fixed seed, no network): news-like prose with
curly quotes, dashes and accented names (plus the seed articles of /work/shared/seeds when
present), and dirty variants of it (mojibake, NO-BREAK SPACE runs, CRLF, trailing spaces,
hard wraps). Everything is timed in the same run, so the ratios compare like with like.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
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

from speed_corpus import dirty_variant, news_article  # noqa: E402

import cleaner  # noqa: E402
from cleaner.config import Config  # noqa: E402
from cleaner.passes import PASSES  # noqa: E402
from cleaner.runner import Action, process_files  # noqa: E402

SIZES = {  # (news MB, news files, dirty MB, dirty files, cache files, process runs)
    "full": (20.0, 2000, 4.0, 400, 10_000, 15),
    "quick": (2.0, 200, 0.5, 50, 10_000, 7),
}


def write_corpus(folder: Path, megabytes: float, count: int, *, dirty: bool) -> list[Path]:
    """``count`` files of about ``megabytes`` in all; deterministic."""
    folder.mkdir(parents=True)
    size = int(megabytes * 1_000_000 / count)
    paths = []
    for i in range(count):
        text = news_article(i, size)
        data = (dirty_variant(text, i) if dirty else text).encode("utf-8")
        path = folder / f"article-{i:05}.txt"
        path.write_bytes(data)
        paths.append(path)
    return paths


def best_time(function: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def throughput_rows(paths: list[Path], scratch: Path, repeats: int) -> list[tuple[str, float]]:
    """(what, seconds) for ftfy, each pass, the pipeline, and the file-level tools."""
    import ftfy
    from pre_commit_hooks import trailing_whitespace_fixer

    texts = [path.read_bytes().decode("utf-8") for path in paths]
    config = Config()
    rows = [("ftfy.fix_text", best_time(lambda: [ftfy.fix_text(t) for t in texts], 1))]
    for cleaning_pass in PASSES:
        options = config.options_for(cleaning_pass.name)
        state = "" if cleaning_pass.enabled_by_default else " (off by default)"
        rows.append(
            (
                f"pass {cleaning_pass.name} alone{state}",
                best_time(
                    lambda p=cleaning_pass, o=options: [p.function(t, **o) for t in texts], 2
                ),
            )
        )
    rows.append(
        (
            "cleaner.clean (default passes)",
            best_time(lambda: [cleaner.clean(t) for t in texts], repeats),
        )
    )
    copies = [scratch / f"tw-{i}.txt" for i in range(len(paths))]
    for source, copy in zip(paths, copies, strict=True):
        shutil.copyfile(source, copy)
    names = [str(copy) for copy in copies]
    with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet):  # "Fixing <file>"
        tw_time = best_time(lambda: trailing_whitespace_fixer.main(names), 1)
    rows.append(("trailing-whitespace-fixer, files", tw_time))
    for source, copy in zip(paths, copies, strict=True):
        shutil.copyfile(source, copy)
    rows.append(
        (
            "cleaner fix, files, in-process",
            best_time(lambda: list(process_files(names, config, Action.FIX, jobs=1)), 1),
        )
    )
    return rows


def print_throughput(title: str, paths: list[Path], rows: list[tuple[str, float]]) -> float:
    megabytes = sum(path.stat().st_size for path in paths) / 1e6
    print(f"\n{title}: {len(paths):,} files, {megabytes:.1f} MB")
    ftfy_speed = megabytes / rows[0][1]
    print(f"  {'':44} {'MB/s':>8} {'vs ftfy':>9}")
    for what, seconds in rows:
        speed = megabytes / seconds
        print(f"  {what:44} {speed:8.1f} {speed / ftfy_speed:8.2f}x")
    return ftfy_speed


def run_process(command: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(wall seconds, exit code, peak RSS in KB of the process) for one run."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, process.returncode, usage.ru_maxrss


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
        return "pass split"  # its word table, imported by split_rules
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
        seconds, code, rss = run_process(command, env)
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
    first, code, rss = run_process(command, env)
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
    parser.add_argument("--quick", action="store_true", help="a small corpus, for CI")
    mode = "quick" if parser.parse_args().quick else "full"
    news_mb, news_files, dirty_mb, dirty_files, cache_files, runs = SIZES[mode]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-") as temp:
        root = Path(temp)
        env = {**os.environ, "PYTHONPATH": str(REPO), "CLEANER_CACHE_DIR": str(root / "cache")}
        news = write_corpus(root / "news", news_mb, news_files, dirty=False)
        dirty = write_corpus(root / "dirty", dirty_mb, dirty_files, dirty=True)
        (root / "scratch").mkdir()
        print(f"bench_speed ({mode}), Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
        for title, paths in (("news prose (curly quotes)", news), ("dirty variants", dirty)):
            rows = throughput_rows(paths, root / "scratch", 3 if mode == "full" else 2)
            print_throughput(title, paths, rows)
            shutil.rmtree(root / "scratch")
            (root / "scratch").mkdir()
        small = root / "small.txt"
        small.write_bytes(cleaner.clean(news_article(7, 1500)).encode())
        # Timed as installed: pip compiles an installed package's bytecode, and without it
        # (PYTHONDONTWRITEBYTECODE) every run would compile cleaner's source anew.
        compileall.compile_dir(str(REPO / "cleaner"), quiet=1)
        startup = print_startup(small, env, runs)
        print_jobs(root / "news", env, sum(p.stat().st_size for p in news) / 1e6)
        print_cache(root / "many", cache_files, env, startup)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
