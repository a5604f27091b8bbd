"""The command line: a thin typer layer over the library, files.py, report.py and output.py."""

from __future__ import annotations

from enum import Enum
from functools import partial
from pathlib import Path
from typing import Annotated, Optional

import typer

from cleaner import output
from cleaner.config import (
    Config,
    ConfigError,
    build_config,
    find_config_file,
    load_settings,
    read_config_file,
)
from cleaner.files import STDIN, FileProblem, find_files, is_selected, write_atomic
from cleaner.learn import RepeatedLine, add_patterns_to_config, learn_repeated_lines
from cleaner.report import ExitCode
from cleaner.runner import Action, RunOptions, run

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None)

# Options every file command shares; declared once, listed in each command's signature.
Paths = Annotated[list[str], typer.Argument(help="Files or folders to clean; - for stdin.")]
Select = Annotated[
    Optional[list[str]],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option("--pass", "-p", help="Run only this pass (repeatable)."),
]
Skip = Annotated[Optional[list[str]], typer.Option(help="Skip this pass (repeatable).")]  # noqa: UP045
ConfigFile = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--config", help="Settings file (default: nearest cleaner.toml or pyproject)."),
]
Include = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(help="Glob of files to take from folders (repeatable; default *.txt)."),
]
Exclude = Annotated[Optional[list[str]], typer.Option(help="Glob of files to leave out.")]  # noqa: UP045
Detect = Annotated[
    Optional[bool],  # noqa: UP045
    typer.Option("--detect-encoding", help="Guess the encoding of files that are not UTF-8."),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")]
Jobs = Annotated[
    int,
    typer.Option("--jobs", "-j", min=0, help="Worker processes (default 0: one per CPU; 1: none)."),
]
Field = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--field", help="Record field cleaned in dataset files (default: text)."),
]
InputFormat = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--input-format",
        help="Treat every file as jsonl, parquet or text (default: by extension).",
    ),
]
NoCache = Annotated[
    bool, typer.Option("--no-cache", help="Clean every file, even those known clean.")
]
Color = Annotated[
    Optional[bool],  # noqa: UP045
    typer.Option(
        "--color/--no-color",
        help="Colour the output or not (default: on a terminal; NO_COLOR, FORCE_COLOR).",
        show_default=False,
    ),
]
StdinFilename = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--stdin-filename",
        help="The path of the text read from - : picks the config, include and exclude.",
    ),
]


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"cleaner {version('cleaner')}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    color: Color = None,
) -> None:
    """Turn dirty text into clean, canonical text, and show exactly what changed."""
    output.set_color(color)


class OutputFormat(str, Enum):  # noqa: UP042 (str() of a member, typer's choices: as before)
    TEXT = "text"
    JSON = "json"


Format = Annotated[
    OutputFormat,
    typer.Option("--format", help="text, or json: one JSON object per file (JSON Lines)."),
]
Summary = Annotated[
    bool, typer.Option("--summary", help="With json: only the totals per pass and rule.")
]


@app.command()
def fix(
    paths: Paths,
    select: Select = None,
    skip: Skip = None,
    config: ConfigFile = None,
    include: Include = None,
    exclude: Exclude = None,
    detect_encoding: Detect = None,
    field: Field = None,
    input_format: InputFormat = None,
    quiet: Quiet = False,
    jobs: Jobs = 0,
    no_cache: NoCache = False,
    color: Color = None,
    stdin_filename: StdinFilename = None,
) -> None:
    """Clean files in place; with - read stdin and write the clean text to stdout."""
    _set_color(color)
    settings = _settings(
        config, select, skip, include, exclude, detect_encoding, field, input_format, stdin_filename
    )
    if _stdin_left_out(paths, settings, stdin_filename):
        output.pass_stdin_through()
        raise typer.Exit(ExitCode.OK)
    options = RunOptions(quiet, jobs=jobs, use_cache=not no_cache, stdin_filename=stdin_filename)
    raise typer.Exit(run(Action.FIX, paths, settings, options))


@app.command()
def check(
    paths: Paths,
    diff: Annotated[bool, typer.Option("--diff", help="Also show what would change.")] = False,
    output_format: Format = OutputFormat.TEXT,
    summary: Summary = False,
    select: Select = None,
    skip: Skip = None,
    config: ConfigFile = None,
    include: Include = None,
    exclude: Exclude = None,
    detect_encoding: Detect = None,
    field: Field = None,
    input_format: InputFormat = None,
    quiet: Quiet = False,
    jobs: Jobs = 0,
    no_cache: NoCache = False,
    color: Color = None,
    stdin_filename: StdinFilename = None,
) -> None:
    """List the files cleaning would change (exit 1 if any); write nothing."""
    _set_color(color)
    settings = _settings(
        config, select, skip, include, exclude, detect_encoding, field, input_format, stdin_filename
    )
    if _stdin_left_out(paths, settings, stdin_filename):
        raise typer.Exit(ExitCode.OK)
    options = RunOptions(
        quiet, show_diff=diff, jobs=jobs, use_cache=not no_cache, stdin_filename=stdin_filename
    )
    options = _with_format(options, output_format, summary)
    raise typer.Exit(run(Action.CHECK, paths, settings, options))


@app.command()
def diff(
    paths: Paths,
    words: Annotated[bool, typer.Option("--words", help="Diff word by word.")] = False,
    output_format: Format = OutputFormat.TEXT,
    summary: Summary = False,
    select: Select = None,
    skip: Skip = None,
    config: ConfigFile = None,
    include: Include = None,
    exclude: Exclude = None,
    detect_encoding: Detect = None,
    field: Field = None,
    input_format: InputFormat = None,
    jobs: Jobs = 0,
    no_cache: NoCache = False,
    color: Color = None,
) -> None:
    """Show what cleaning would change, as a unified diff (or word by word)."""
    _set_color(color)
    settings = _settings(
        config, select, skip, include, exclude, detect_encoding, field, input_format
    )
    options = RunOptions(quiet=True, words=words, jobs=jobs, use_cache=not no_cache)
    options = _with_format(options, output_format, summary)
    raise typer.Exit(run(Action.DIFF, paths, settings, options))


@app.command()
def explain(
    paths: Paths,
    output_format: Format = OutputFormat.TEXT,
    summary: Summary = False,
    select: Select = None,
    skip: Skip = None,
    config: ConfigFile = None,
    include: Include = None,
    exclude: Exclude = None,
    detect_encoding: Detect = None,
    field: Field = None,
    input_format: InputFormat = None,
    jobs: Jobs = 0,
    no_cache: NoCache = False,
    color: Color = None,
) -> None:
    """Show each change cleaning would make, under the pass that makes it."""
    _set_color(color)
    settings = _settings(
        config, select, skip, include, exclude, detect_encoding, field, input_format
    )
    options = _with_format(RunOptions(quiet=True, jobs=jobs), output_format, summary)
    raise typer.Exit(run(Action.EXPLAIN, paths, settings, options))


@app.command()
def report(
    paths: Paths,
    output_file: Annotated[
        Path, typer.Option("--output", "-o", help="The HTML page to write.", dir_okay=False)
    ],
    full: Annotated[
        int, typer.Option(min=0, help="Keep the diffs of the first N changed files in full.")
    ] = 200,
    select: Select = None,
    skip: Skip = None,
    config: ConfigFile = None,
    include: Include = None,
    exclude: Exclude = None,
    detect_encoding: Detect = None,
    field: Field = None,
    input_format: InputFormat = None,
    jobs: Jobs = 0,
    no_cache: NoCache = False,
) -> None:
    """Write one self-contained HTML page of what cleaning would change; change no input."""
    from cleaner.report_html.command import Limits, run_report

    settings = _settings(
        config, select, skip, include, exclude, detect_encoding, field, input_format
    )
    limits = Limits(full_files=full)
    raise typer.Exit(
        run_report(
            paths, settings, str(output_file), jobs=jobs, use_cache=not no_cache, limits=limits
        )
    )


@app.command()
def learn(
    paths: Annotated[list[str], typer.Argument(help="Files or folders of the corpus.")],
    min_documents: Annotated[
        int, typer.Option(help="Report a line found in at least this many documents...")
    ] = 5,
    min_share: Annotated[
        float, typer.Option(help="...and in at least this share of them (0.01 = 1%).")
    ] = 0.01,
    limit: Annotated[int, typer.Option(help="Show at most this many lines (0: all).")] = 50,
    write: Annotated[
        bool, typer.Option("--write", help="Add the lines to the config as extra_patterns.")
    ] = False,
    config: ConfigFile = None,
    include: Include = None,
    exclude: Exclude = None,
    color: Color = None,
) -> None:
    """Find the lines a corpus repeats across many documents (its furniture)."""
    _set_color(color)
    settings = _settings(config, None, None, include, exclude, None)
    empty = partial(output.print_no_file_taken, include=settings.include, exclude=settings.exclude)
    files = find_files(paths, settings.include, settings.exclude, on_empty=empty)
    result = learn_repeated_lines(files, min_documents=min_documents, min_share=min_share)
    for path, problem in result.problems:
        output.print_error(path, problem)
    output.print_repeated_lines(result, limit=limit)
    if write and result.lines:
        _write_patterns(config, result.lines)
    raise typer.Exit(ExitCode.FILE_ERROR if result.problems else ExitCode.OK)


def _write_patterns(config_file: Path | None, lines: tuple[RepeatedLine, ...]) -> None:
    """Add learned patterns to the config (a new cleaner.toml if none), or exit 2 saying why.

    The file is written atomically, read back and validated; if it is no longer a valid
    config, its old content is put back.
    """
    path = config_file or find_config_file(Path.cwd()) or Path("cleaner.toml")
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    try:
        new = add_patterns_to_config(old, lines, pyproject=path.name == "pyproject.toml")
        path.touch()
        write_atomic(str(path), new.encode("utf-8"))
        try:
            build_config(read_config_file(path), source=str(path))
        except ConfigError:
            write_atomic(str(path), old.encode("utf-8"))
            raise
    except (ValueError, ConfigError, FileProblem) as error:
        output.print_error(str(path), str(error))
        raise typer.Exit(ExitCode.USAGE) from None
    output.print_status(f"added {len(lines)} patterns to {path}: review them before use")


@app.command("passes")
def list_passes(
    rules: Annotated[
        bool, typer.Option("--rules", help="List every rule ID with what it changes.")
    ] = False,
) -> None:
    """List the passes in the order they run, with their defaults and settings."""
    from cleaner.passes import PASSES

    if rules:
        from cleaner.rules import rule_catalogue

        for rule in rule_catalogue().values():
            typer.echo(f"{rule.id:<44} {rule.description}")
        return
    for cleaning_pass in PASSES:
        state = "on " if cleaning_pass.enabled_by_default else "off"
        typer.echo(f"{cleaning_pass.name:<12} {state}  {cleaning_pass.description}")
        for key, value in cleaning_pass.options().items():
            typer.echo(f"{'':<18}{key} = {value!r}")


def _set_color(color: bool | None) -> None:
    """A command's ``--color``/``--no-color``; without one, the app's (before the command)."""
    if color is not None:
        output.set_color(color)


def _stdin_left_out(paths: list[str], settings: Config, stdin_filename: str | None) -> bool:
    """True when stdin stands for a file that include/exclude leave out (it is not cleaned);
    its path is matched below the config file's folder (else the current folder).

    Exits 2 if ``--stdin-filename`` is given without ``-`` among the paths.
    """
    if stdin_filename is None:
        return False
    if STDIN not in paths:
        output.print_error("--stdin-filename", "it names the text read from -, give - too")
        raise typer.Exit(ExitCode.USAGE)
    root = Path(settings.source).parent if settings.source else None
    return not is_selected(stdin_filename, settings.include, settings.exclude, root=root)


def _with_format(options: RunOptions, output_format: OutputFormat, summary: bool) -> RunOptions:
    """The run's options with ``--format`` and ``--summary`` (which needs json), or exit 2."""
    json_wanted = output_format is OutputFormat.JSON
    if summary and not json_wanted:
        output.print_error("--summary", "needs --format json")
        raise typer.Exit(ExitCode.USAGE)
    return options._replace(json=json_wanted, summary=summary)


def _settings(
    config_file: Path | None,
    select: list[str] | None,
    skip: list[str] | None,
    include: list[str] | None,
    exclude: list[str] | None,
    detect_encoding: bool | None,
    field: str | None = None,
    input_format: str | None = None,
    stdin_filename: str | None = None,
) -> Config:
    """Build the run's settings, or exit 2 with one line naming what is wrong."""
    try:
        return load_settings(
            config_file,
            select=select or (),
            skip=skip or (),
            include=include or (),
            exclude=exclude or (),
            detect_encoding=detect_encoding,
            field=field,
            input_format=input_format,
            search_from=Path(stdin_filename).absolute().parent if stdin_filename else None,
        )
    except ConfigError as error:
        output.print_error("config", str(error))
        raise typer.Exit(ExitCode.USAGE) from None


def main() -> None:
    """Entry point of the ``cleaner`` console script."""
    app(prog_name="cleaner")
