"""``cleaner report``: one self-contained HTML page of what a run would change.

:func:`build_report` runs the passes over files without writing anything and gathers a
bounded summary (see :class:`Limits`); :func:`render_page` turns it into the page;
:func:`write_page` writes it atomically.
"""

from cleaner.report_html.collect import Limits, ReportBuilder, ReportData
from cleaner.report_html.page import render_page, write_page

__all__ = ["Limits", "ReportBuilder", "ReportData", "render_page", "write_page"]
