"""The ``cleaner report`` command's work: clean without writing, gather, write the page."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from cleaner.report_html.collect import Limits, ReportBuilder
from cleaner.report_html.page import render_page, write_page

if TYPE_CHECKING:
    from cleaner.config import Config


def run_report(
    paths: list[str],
    config: Config,
    output_path: str,
    *,
    jobs: int = 0,
    use_cache: bool = True,
    limits: Limits | None = None,
) -> int:
    """Write the report of ``paths`` to ``output_path``; return the exit code.

    No input is written, nor the cache (it is only read, to skip files known clean): the
    page is the one file this writes. 3 if a file failed (it is listed on the page) or the
    page cannot be written, else 0.
    """
    from cleaner import output
    from cleaner.files import find_files
    from cleaner.report import ExitCode, Status
    from cleaner.runner import Action, default_jobs, process_files

    cache = None
    if use_cache:
        from cleaner.cache import Cache

        cache = Cache.read(config)
    builder = ReportBuilder(config, limits)
    bar = output.ProgressBar(output.interactive())
    empty = partial(output.print_no_file_taken, include=config.include, exclude=config.exclude)
    files = find_files(paths, config.include, config.exclude, on_empty=empty)
    try:
        outcomes = process_files(
            files, config, Action.CHECK, show=True, jobs=jobs or default_jobs(), cache=cache
        )
        for outcome in outcomes:
            if outcome.status is Status.FAILED:
                output.print_error(outcome.path, outcome.message)
            builder.add(outcome)
            bar.update(builder.counts["seen"])
    finally:
        bar.close()
    try:
        write_page(output_path, render_page(builder.data()))
    except OSError as error:
        output.print_error(output_path, f"cannot write the report: {error.strerror or error}")
        return int(ExitCode.FILE_ERROR)
    counts = builder.counts
    output.print_status(
        f"wrote {output_path}: {counts['seen']} files, {counts['changed']} would change, "
        f"{counts['failed']} failed"
    )
    return int(ExitCode.FILE_ERROR if counts["failed"] else ExitCode.OK)
