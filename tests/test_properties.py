"""Hypothesis properties of the pipeline and of every registered pass run alone.

For any text: cleaning never raises, is idempotent, and its output is canonical (LF only, no
trailing whitespace, at most one blank line in a row, none at the start, exactly one final
newline or nothing). The ``fuzz`` variants run the same properties much longer; they are
opt-in with ``-m fuzz``.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import Config, build_config, clean
from cleaner.passes import PASS_NAMES, PASSES

# Pieces that make cleaning hard: every kind of space and line break, controls, escapes,
# quotes, entities, mojibake, code fences and indentation.
FRAGMENTS = (
    " ", "  ", "\t", "\u00a0", "\u2002", "\u3000", "\u202f", "\n", "\n\n", "\r", "\r\n",
    "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u2028", "\u2029", "\x00", "\x07", "\x1b",
    "\x7f", "\x80", "\x93", "\x9d", "\x1b[31m", "\x1b[0m", "\ufeff", "\u200b",
    "“", "”", "‘", "’", "&amp;", "&eacute;", "&#8217;", "&lt;", "<", ">", "&",
    "Ã©", "Ã", "Ã\xa0", "â€™", "â€œ", "â€", "Ã¢â‚¬â„¢", "ï¬", "Â", "Â ",
    "ﬁ", "Ａ", "é", "e\u0301", "```", "~~~", "    ", "\n    ", "\n\t", "-", "word", "a", "x",
)  # fmt: skip

TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=40).map(
    "".join
)

DEFAULT = Config()
ALONE = {p.name: build_config(select=[p.name]) for p in PASSES}
# Passes that must turn ANY text into canonical text. The passes after it in the canonical
# order must keep canonical text canonical; those before it hand their output to it.
CANONICALIZERS = {"whitespace"}
BEFORE_WHITESPACE = set(PASS_NAMES[: PASS_NAMES.index("whitespace")])

QUICK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))


def assert_canonical(text: str) -> None:
    assert "\r" not in text
    assert text.split("\n")[:-1] == text.splitlines() or text == "", "a line break other than LF"
    for line in text.split("\n"):
        assert line == line.rstrip(), f"trailing whitespace in {line!r}"
    assert "\n\n\n" not in text, "a run of blank lines"
    assert not text.startswith("\n"), "a blank line at the start"
    assert text == "" or (text.endswith("\n") and not text.endswith("\n\n")), "final newline"


def check_pipeline(text: str) -> None:
    once = clean(text, DEFAULT)
    assert clean(once, DEFAULT) == once
    assert_canonical(once)


def check_pass_alone(name: str, text: str) -> None:
    config = ALONE[name]
    once = clean(text, config)
    assert clean(once, config) == once
    if name in CANONICALIZERS:
        assert_canonical(once)
    elif name not in BEFORE_WHITESPACE:
        canonical = clean(text, ALONE["whitespace"])
        assert_canonical(clean(canonical, config))


# Bugs hypothesis found, each at its minimal example, kept as regressions:
# (what went wrong, text, config, property).
REGRESSIONS = [
    (
        "ftfy's mojibake decision depends on horizontal whitespace that the whitespace pass "
        "changes after it: restore_byte_a0 reads a lead byte + ONE ASCII space as a lost 0xA0 "
        "('Ã ' -> 'à', 'â€ ' -> '†'), and the whitespace pass makes 'Ã\\t' into 'Ã '",
        "Ã\tx",
        "default",
        "idempotent",
    ),
    (
        "same cause: ftfy leaves 'aÄ¡\\xa0' alone, but once the whitespace pass strips the "
        "trailing NO-BREAK SPACE it decodes 'Ä¡' as 'ġ' on the next run",
        "aÄ¡\xa0",
        "default",
        "idempotent",
    ),
    (
        "ftfy cuts the text into segments at '\\n' only, so unescape_html='auto' looks for '<' "
        "in a segment that spans '\\r' (or U+2028, FF...); once these are LF the next run sees "
        "the '&amp;' line alone and unescapes it",
        "a &amp; b\r<b>",
        "default",
        "idempotent",
    ),
    (
        "encoding alone, not idempotent: ftfy fixes line breaks but cuts segments at '\\n' "
        "only; it leaves the segment '\\rÂ ' alone, yet fixes 'Â ' once the CR became LF",
        "\rÂ ",
        "encoding",
        "idempotent",
    ),
]
BUG_IDS = ["lead-byte-tab", "trailing-nbsp", "html-auto-cr", "encoding-cr"]


@pytest.mark.parametrize(
    ("text", "name", "prop"),
    [
        pytest.param(text, name, prop, id=bug_id)
        for bug_id, (_, text, name, prop) in zip(BUG_IDS, REGRESSIONS, strict=True)
    ],
)
def test_regression(text: str, name: str, prop: str) -> None:
    config = DEFAULT if name == "default" else ALONE[name]
    once = clean(text, config)
    if prop == "idempotent":
        assert clean(once, config) == once
    else:
        assert_canonical(once)


PASS_PARAMS = [pytest.param(p.name, id=p.name) for p in PASSES]


# The minimal failing examples hypothesis once found run first, every time.
@QUICK
@given(TEXTS)
@example("Ã\tx")
@example("â€\tx")
@example("aÄ¡\xa0")
@example("a &amp; b\r<b>")
@example("&eacute;?\x8c\u2028\x85")
@example("0\x85Â 0")  # ftfy reads NEL as '…'; the whitespace pass must not see a line break
@example("&amp;\x0c<")  # a form feed is a line break for ftfy's per-line decisions too
@example("â€\nâ€")  # unwrap joins the lines: 'â€ ' is '†' to ftfy
@example("\xadÃ©")  # unwrap removes the soft hyphen that hid the mojibake
@example("```\xadÃ\xa0\x85")  # the same in a code line, whose spacing is kept
@example(" Ã\nï¬")  # 'Ã' + space before a word is 'à' once unwrap joins the lines
@example(" Â\r\na\x9d")  # 'Â' + the joining space is a NO-BREAK SPACE
@example("ï¬\nword\u200bÂ")  # ftfy judges the joined line as a whole
@example("Ä\xad\n¯")  # unwrap joins after a line-end soft hyphen with no space: 'Ä¯' is 'į'
@example("\u200b000\nx«\xad\n\x80")  # boilerplate must judge a line as unwrap leaves it
@example("\xa0Ä\n\xa0â€™\x80")  # the paragraph's leading NO-BREAK SPACE is ftfy's context
def test_pipeline_is_idempotent_and_canonical(text: str) -> None:
    check_pipeline(text)


@pytest.mark.parametrize("name", PASS_PARAMS)
@QUICK
@given(text=TEXTS)
@example(text="\rÂ ")
@example(text="UÌ\x80")  # 'U' + combining grave: NFC makes 'Ù', the guard must see the 'U'
@example(text="\x01")  # the unwrap guard once used U+0001 as its own marker
@example(text="delta\t\tepsilon\ndelta\t\tepsilon\nalpha beta gamma\n")  # aligned by tabs
def test_pass_alone_is_idempotent_and_canonical(name: str, text: str) -> None:
    check_pass_alone(name, text)


@pytest.mark.fuzz
@FUZZ
@given(TEXTS)
@example("Ã\tx")
@example("a &amp; b\r<b>")
def test_fuzz_pipeline(text: str) -> None:
    check_pipeline(text)


@pytest.mark.fuzz
@pytest.mark.parametrize("name", PASS_PARAMS)
@FUZZ
@given(text=TEXTS)
@example(text="\rÂ ")
def test_fuzz_pass_alone(name: str, text: str) -> None:
    check_pass_alone(name, text)


# Found by hypothesis: a soft hyphen before a fence hid it from the first run of unwrap
# (which then removed the soft hyphen) but not from the second. Lines are now judged as they
# read without soft hyphens (cleaner/passes/layout.py, visible_lines).
def test_soft_hyphen_beside_a_fence() -> None:
    config = ALONE["unwrap"]
    once = clean("0\r\x00\n\xad```", config)
    assert clean(once, config) == once
