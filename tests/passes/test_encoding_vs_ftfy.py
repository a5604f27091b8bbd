"""The ``encoding`` pass gives what ``ftfy.fix_text`` gives, with the same settings.

Over real text garbled in the common ways (``bench/garbled_corpus.py``: novels, State of
the Union addresses and articles, typeset, then read as Windows-1252 or Latin-1, garbled
twice, in part, or written with HTML entities), and over generated text wherever ftfy's
own answer survives the later passes. The README documents the differences: where ftfy's
answer would not survive, the pass repairs the text as ftfy would on the next run; and
``unescape_html = "auto"`` is decided line by line (ftfy stops unescaping at the text's
first ``<``), so :func:`ftfy_by_line` is the reference.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.encoding import LINE_BREAK_RE, fix_encoding
from cleaner.passes.encoding.views import as_whitespace_leaves_it

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from garbled_corpus import KINDS, garble, garbled_documents

# Documents of one paragraph each, so the corpus is large and the test quick.
CORPUS_DOCUMENTS = 2000


def ftfy_by_line(text: str, **settings: object) -> str:
    """``ftfy.fix_text`` line by line with ``"auto"`` decided for each line, as the pass
    decides it: no entity unescaped in a tag's lines, a line holding ``<`` and the lines of
    a tag it leaves open (ftfy stops at the text's first ``<``; the same on a text without).

    >>> ftfy_by_line("&amp;\\n&amp; <b>\\n&amp;\\n\\n&amp;\\n")
    '&\\n&amp; <b>\\n&\\n\\n&\\n'
    >>> ftfy_by_line('<a title="\\n&quot;x&quot;">\\n&amp;\\n')
    '<a title="\\n&quot;x&quot;">\\n&\\n'
    """
    pieces = LINE_BREAK_RE.split(text) if "<" in text else [text]
    lines = ["".join(pieces[k : k + 2]) for k in range(0, len(pieces), 2)]
    fixed, open_tag = [], False  # (the last line's last "<" had no ">" after it)
    for line in lines:
        in_tag = "<" in line or (open_tag and bool(line.strip()))
        if "<" in line:
            open_tag = line.rfind(">") < line.rfind("<")
        elif in_tag:
            open_tag = ">" not in line
        else:
            open_tag = False
        kept = in_tag and settings.get("unescape_html", "auto") == "auto"
        fixed.append(
            ftfy.fix_text(line, **{**settings, **({"unescape_html": False} if kept else {})})
        )
    return "".join(fixed)


def test_the_pass_is_ftfy_on_real_garbled_text() -> None:
    counts: Counter[str] = Counter()
    differ = []
    for name, kind, _clean, garbled in garbled_documents(CORPUS_DOCUMENTS, paragraphs_each=1):
        counts[kind] += 1
        if fix_encoding(garbled) != ftfy_by_line(garbled):
            differ.append((name, kind))
    assert sum(counts.values()) == CORPUS_DOCUMENTS
    assert set(counts) == set(KINDS)
    assert differ == []


def _settled(fixed: str) -> bool:
    """ftfy's answer holds as the later passes leave it (respaced, lines joined)."""
    lines = fixed.split("\n")
    for k, line in enumerate(lines):
        followed = k + 1 < len(lines) and bool(lines[k + 1].strip())
        views = {line.rstrip(), as_whitespace_leaves_it(line)}
        views |= {view + " " for view in views} if followed else set()
        if any(ftfy_by_line(view) != view for view in views):
            return False
    joined = " ".join(line.strip() for line in lines if line.strip())
    return len(lines) == 1 or ftfy_by_line(joined) == joined


# Text with what garbles and what ftfy reads: accents, quotes, dashes, spaces, markup.
PIECES = st.sampled_from(
    [
        "café",
        "à la",
        "naïve",
        "’s",
        "“quoted”",
        " — ",
        "…",
        "£5",
        "&amp;",
        "&rsquo;",
        "<b>",
        " ",
        "  ",
        "\n",
        "\n\n",
        "word",
        "The",
        "Ñ",
        "ß",
        "€",
        "\u00a0",
        "x",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=30), st.sampled_from(("none", *KINDS)))
def test_the_pass_is_ftfy_on_generated_text(pieces: list[str], kind: str) -> None:
    text = "".join(pieces)
    garbled = text if kind == "none" else garble(text, kind)
    expected = ftfy_by_line(garbled)
    if _settled(expected):
        assert fix_encoding(garbled) == expected
