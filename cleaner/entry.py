"""The ``cleaner`` command's entry point: plain ``check``/``fix`` runs skip typer's set-up.

typer (0.29) checks every option's value with a pydantic ``TypeAdapter``: parsing any
command line imports pydantic and builds one adapter per option, ~100 ms before the first
file is read, several times the whole work of a pre-commit run on a few files. The
invocations a hook makes are simple (``check`` or ``fix``, a few switches, file names), so
they are recognised here, with no typer, and run through the very same functions; anything
else (``--help``, other options with values, stdin, other commands) goes to typer, which
stays the one definition of the command line. tests/test_entry.py checks both give the same.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Per command, the switches this fast path understands (all of them simple flags).
FAST_SWITCHES = {
    "check": {"--quiet", "-q", "--no-cache", "--diff"},
    "fix": {"--quiet", "-q", "--no-cache"},
}
# The one option with a value it understands, for both commands: ``--jobs N`` (``-j N``,
# ``--jobs=N``), N a count of digits (anything else goes to typer, which says what is wrong).
JOBS_OPTIONS = ("--jobs", "-j")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line; exit with its status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    status = run_plain_command(arguments)
    if status is None:
        from cleaner.cli import app

        app(args=arguments, prog_name="cleaner")
    sys.exit(status)


def parse_plain_command(arguments: list[str]) -> tuple[str, set[str], list[str], int] | None:
    """``(command, switches, paths, jobs)`` if the fast path understands the line, else None
    (``jobs`` 0 when not given, as typer's default).

    >>> parse_plain_command(["check", "-q", "a.txt", "--", "-b.txt"])
    ('check', {'-q'}, ['a.txt', '-b.txt'], 0)
    >>> parse_plain_command(["fix", "--jobs", "1", "a.txt"]), parse_plain_command(["fix", "-j=1"])
    (('fix', set(), ['a.txt'], 1), None)
    """
    if not arguments or arguments[0] not in FAST_SWITCHES:
        return None
    command, switches, paths, jobs = arguments[0], set(), [], 0
    rest = iter(arguments[1:])
    for argument in rest:
        if argument == "--":
            paths += rest
        elif argument in JOBS_OPTIONS or argument.startswith("--jobs="):
            value = argument[len("--jobs=") :] if "=" in argument else next(rest, "")
            if not (value.isascii() and value.isdigit()):
                return None
            jobs = int(value)
        elif argument.startswith("-"):  # a switch, or stdin ("-"): typer decides
            if argument not in FAST_SWITCHES[command]:
                return None
            switches.add(argument)
        else:
            paths.append(argument)
    if not paths or "-" in paths:
        return None
    return command, switches, paths, jobs


def run_plain_command(arguments: list[str]) -> int | None:
    """Run a command the fast path understands and return its exit status; else None."""
    parsed = parse_plain_command(arguments)
    if parsed is None:
        return None
    command, switches, paths, jobs = parsed
    from cleaner import output
    from cleaner.config import ConfigError, load_settings
    from cleaner.report import ExitCode
    from cleaner.runner import Action, RunOptions, run

    try:
        settings = load_settings()
    except ConfigError as error:
        output.print_error("config", str(error))
        return int(ExitCode.USAGE)
    options = RunOptions(
        quiet=bool(switches & {"--quiet", "-q"}),
        show_diff="--diff" in switches,
        use_cache="--no-cache" not in switches,
        jobs=jobs,
    )
    return run(Action(command), paths, settings, options)
