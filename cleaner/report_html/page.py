"""The report page: one HTML file with its CSS, script and data inline, and nothing to fetch.

Everything the run found travels as JSON in a ``<script type="application/json">`` block
and is put on the page by the script with ``textContent`` only, so no text from a file is
ever read as HTML. In the JSON, ``<``, ``>`` and ``&`` are written as ``\\u003c`` and so on,
so no text can close the block; a lone surrogate (a file name of undecodable bytes) is
written as its ``\\udXXX`` escape instead of crashing the UTF-8 encoder.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from importlib import resources
from pathlib import Path

from cleaner.report_html.collect import ReportData

# Characters that must not appear raw inside a <script> block, with their JSON escapes.
SCRIPT_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)
# Permission bits of a new report (before the umask), as for any file a program creates.
NEW_FILE_MODE = 0o666

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>cleaner report</title>
<style>
{css}
</style>
</head>
<body>
<noscript>This report needs JavaScript to show its data.</noscript>
<main id="app"></main>
<script type="application/json" id="report-data">{data}</script>
<script>
{js}
</script>
</body>
</html>
"""


def embed_json(value: object) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` block.

    >>> embed_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.translate(SCRIPT_ESCAPES)


def render_page(data: ReportData) -> bytes:
    """The whole page, encoded as UTF-8 (lone surrogates as JSON escapes).

    >>> page = render_page(ReportData({"files": ["\\udcff</textarea>"]}))
    >>> b"</textarea>" in page, b'["\\\\udcff\\\\u003c/textarea\\\\u003e"]' in page
    (False, True)
    """
    assets = resources.files("cleaner.report_html") / "assets"
    page = TEMPLATE.format(
        css=(assets / "report.css").read_text(encoding="utf-8"),
        js=(assets / "report.js").read_text(encoding="utf-8"),
        data=embed_json(data.content),
    )
    # Surrogates occur only inside JSON strings, where "\\udcff" is their own escape.
    return page.encode("utf-8", errors="backslashreplace")


def write_page(path: str | Path, page: bytes) -> None:
    """Write the page at ``path`` all at once: a temporary file beside it, then a rename.

    Raises OSError if the folder cannot be written.
    """
    target = Path(path)
    folder = target.resolve().parent
    handle, temp_name = tempfile.mkstemp(prefix=".cleaner-tmp-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(page)
            temp.flush()
            os.fsync(temp.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp_name, NEW_FILE_MODE & ~umask)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
