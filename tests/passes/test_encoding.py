"""The ``encoding`` pass, called directly: tables of (input, expected) and its options."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import ConfigError, build_config
from cleaner.passes.encoding import fix_encoding

CHANGES = [
    # UTF-8 read as Windows-1252.
    ("doesnâ€™t", "doesn't"),
    ("â€œquotedâ€\x9d", '"quoted"'),
    ("a â€” b", "a — b"),
    ("CafÃ©", "Café"),
    # UTF-8 read as Latin-1 (C1 characters where Windows-1252 has punctuation).
    ("naÃ¯ve faÃ§ade", "naïve façade"),
    ("donâ\x80\x99t", "don't"),
    ("Ã\xa0 la carte", "à la carte"),
    # Encoded twice.
    ("donÃ¢â‚¬â„¢t", "don't"),
    ("CafÃƒÂ©", "Café"),
    # HTML entities, when the text has no "<".
    ("Fish &amp; chips", "Fish & chips"),
    ("caf&eacute;", "café"),
    ("it&#8217;s", "it's"),
    ("&#x263A;", "☺"),
    ("&lt;tag&gt;", "<tag>"),
    # C0 controls removed, C1 controls read as Windows-1252, terminal escapes removed.
    ("a\x00b\x07c\x7fd", "abcd"),
    ("5\x80", "5€"),
    ("1990\x962000", "1990–2000"),
    ("\x1b[1;31mred\x1b[0m", "red"),
    # BOM removed; line breaks of any kind become LF.
    ("\ufeffHello", "Hello"),
    ("a\r\nb\rc\u2028d\u2029e", "a\nb\nc\nd\ne"),
    # Ligatures and fullwidth characters folded; curly quotes made straight (defaults).
    ("ﬁnd ﬂow", "find flow"),
    ("ＡＢＣ１２３", "ABC123"),
    ("“Hi” ‘there’", "\"Hi\" 'there'"),
    # Combining sequences composed (NFC).
    ("e\u0301", "é"),
]

UNCHANGED = [
    "",
    "Plain ASCII text.\n",
    "Café crème, naïve façade, 東京, Ελληνικά, русский.\n",
    "Use <b>bold</b> &amp; stay caf&eacute;.",  # "<" present: "auto" leaves entities.
    "a  b\t\tc\u00a0d\n",  # Spacing is the whitespace pass's job.
    "    indented  code\n",
    "x² and ½ are compatibility characters kept under NFC.",
    "€ — – … are real characters, not mojibake.",
]

WITH_OPTIONS: list[tuple[str, dict[str, Any], str]] = [
    ("“Don’t”", {"uncurl_quotes": False}, "“Don’t”"),
    ("doesnâ€™t", {"uncurl_quotes": False}, "doesn’t"),
    ("x² ½ ﬁ", {"normalization": "NFKC"}, "x2 1⁄2 fi"),
    ("e\u0301", {"normalization": ""}, "e\u0301"),
    ("caf&eacute; &amp;", {"unescape_html": False}, "caf&eacute; &amp;"),
    ("<b>caf&eacute;</b>", {"unescape_html": True}, "<b>café</b>"),
    ("<b>caf&eacute;</b>", {"unescape_html": "auto"}, "<b>caf&eacute;</b>"),
    ("caf&eacute;", {"unescape_html": False}, "caf&eacute;"),
    ("CafÃ©", {"fix_encoding": False}, "CafÃ©"),
    (
        "\x1b[31mred",
        {"remove_terminal_escapes": False, "remove_control_chars": False},
        "\x1b[31mred",
    ),
    ("ﬁnd", {"fix_latin_ligatures": False}, "ﬁnd"),
    ("ＡＢＣ", {"fix_character_width": False}, "ＡＢＣ"),
    ("a\r\nb", {"fix_line_breaks": False}, "a\r\nb"),
    ("5\x80", {"fix_c1_controls": False, "fix_encoding": False}, "5\x80"),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_repairs(text: str, expected: str) -> None:
    assert fix_encoding(text) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_leaves_good_text_alone(text: str) -> None:
    assert fix_encoding(text) == text


@pytest.mark.parametrize(("text", "options", "expected"), WITH_OPTIONS)
def test_options(text: str, options: dict[str, Any], expected: str) -> None:
    assert fix_encoding(text, **options) == expected


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_output_is_stable(text: str, expected: str) -> None:
    assert fix_encoding(expected) == expected


@pytest.mark.parametrize(
    "settings",
    [{"unescape_html": "sometimes"}, {"unescape_html": "false"}, {"normalization": "NFX"}],
    ids=["html", "html-string", "nf"],
)
def test_bad_option_value_is_a_config_error(settings: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        build_config({"encoding": settings})


@pytest.mark.parametrize(
    ("text", "kept", "straightened"),
    [
        (  # A reStructuredText literal block: its quotes are code.
            "Say “hi”::\n\n    print(“hi”)\n\nThen “bye”.\n",
            "    print(“hi”)",
            'Then "bye".',
        ),
        ("Say “hi”:\n\n```\nprint(‘hi’)\n```\n", "print(‘hi’)", 'Say "hi":'),
        (">>> say(“x”)\n“x”\n\nIt said “x”.\n", ">>> say(“x”)", 'It said "x".'),
        # Ligatures and full-width forms in code stay too (a text about confusables).
        ("The ﬁx::\n\n    def ﬁnalize(): pass\n", "    def ﬁnalize(): pass", "The fix::"),
        (
            "Run::\n\n    ＞ pip install say\n\nThen ＞ go.\n",
            "    ＞ pip install say",
            "Then > go.",
        ),
    ],
)
def test_curly_quotes_in_code_stay(text: str, kept: str, straightened: str) -> None:
    lines = fix_encoding(text).split("\n")
    assert kept in lines
    assert straightened in lines


def test_curly_quotes_outside_code_are_straightened() -> None:
    """Without code, the pass is ftfy's: an indented line after no "::" is prose."""
    assert fix_encoding("Say “hi”:\n\n    print(“hi”)\n") == 'Say "hi":\n\n    print("hi")\n'


# Pieces of text around the pre-checks' edges: curly quotes, accents (composed and not),
# a quote beside an accent (a spot), mojibake, a soft hyphen, an entity, spaces, breaks.
_EDGE_PIECES = st.sampled_from(
    [
        "word",
        " ",
        "“",
        "”",
        "’",
        "é",
        "e\u0301",
        "\u0301",
        "é’",
        "Ã©",
        "\u00ad",
        "&amp;",
        "\u00a0",
        "\n",
        "\n\n",
        "\r\n",
        "  ",
        "—",
        "…",
        "ﬁ",
        "::",
        "    x",
        "\x07",
        "Â",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_EDGE_PIECES, max_size=30).map("".join))
def test_spotless_lines_are_repaired_as_line_by_line(text: str) -> None:
    """Lines found spotless by one search of the text are repaired as each line's own
    pre-check would repair them."""
    import cleaner.passes.encoding as encoding

    fast = fix_encoding(text)
    original = encoding.spotless_lines
    encoding.spotless_lines = lambda *args: set()
    try:
        assert fix_encoding(text) == fast
    finally:
        encoding.spotless_lines = original
