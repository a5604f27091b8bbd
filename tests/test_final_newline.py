"""``final_newline = "keep"``: a text keeps whether it ends with a line end; by default
("add") a text gets one final newline, as always."""

from __future__ import annotations

import pytest
from hypothesis import example, given

from cleaner import Config, build_config, clean, clean_and_explain
from cleaner.chunks import clean_text
from cleaner.config import ConfigError
from cleaner.passes.whitespace import ends_with_line_end
from tests.test_fuzz import QUICK, TEXTS
from tests.test_offsets import assert_offsets_exact

KEEP = Config(final_newline="keep")

# (text, as a record, as a text file): a record keeps whether a line end comes after its
# last character that is not whitespace; blank lines and spaces go either way.
CASES = [
    ("a b", "a b", "a b\n"),  # a clean record: unchanged
    ("a  b", "a b", "a b\n"),
    ("a b  \t", "a b", "a b\n"),
    ("a b\n", "a b\n", "a b\n"),
    ("a b\n\n\n", "a b\n", "a b\n"),
    ("a b \r\n \n ", "a b\n", "a b\n"),
    ("a\r\n\r\nb", "a\n\nb", "a\n\nb\n"),
    ("a\n\n\n\nb", "a\n\nb", "a\n\nb\n"),
    ("a b\u2028", "a b\n", "a b\n"),  # any line end counts
    ("caf\u00c3\u00a9  \u2019", "caf\u00e9 '", "caf\u00e9 '\n"),
    ("", "", ""),
    (" \t", "", ""),
    ("\n\n", "", ""),
]


@pytest.mark.parametrize(("text", "as_record", "as_file"), CASES)
def test_records_keep_their_ending_and_files_get_one_newline(
    text: str, as_record: str, as_file: str
) -> None:
    assert clean(text, KEEP) == as_record
    assert clean(text) == clean(text, Config(final_newline="add")) == as_file
    for chunk_chars in (1, 1 << 18):  # fix and check clean block by block
        assert clean_text(text, KEEP, chunk_chars=chunk_chars)[0] == as_record


def test_a_clean_record_has_no_step_and_a_dirty_one_no_final_newline_change() -> None:
    assert clean_and_explain("a b", KEEP).steps == ()
    result = clean_and_explain("x  y", KEEP)
    assert [(c.rule, c.input, c.output) for c in result.changes()] == [
        ("whitespace.space-run", (1, 2), (1, 1))
    ]
    assert result.passes == ("whitespace",)
    assert clean_text("x  y", KEEP)[1] == ("whitespace",)


def test_final_newline_setting_is_checked() -> None:
    assert build_config({"final_newline": "keep"}).final_newline == "keep"
    assert build_config().final_newline is None
    with pytest.raises(ConfigError, match="setting 'final_newline' must be one of add, keep"):
        build_config({"final_newline": "strip"})


def test_cache_fingerprint_tells_the_settings_apart() -> None:
    fingerprints = {Config(final_newline=v).fingerprint() for v in (None, "add", "keep")}
    assert len(fingerprints) == 3
    assert Config().fingerprint() == Config(field="text").fingerprint()  # old caches stay


# --- idempotence and offsets over any text ---------------------------------------------------


@QUICK
@given(TEXTS)
@example("x&#10;")  # an entity makes the line end: the record had none
@example("a\u00a0")
def test_records_are_idempotent_and_keep_their_ending(text: str) -> None:
    result = clean_and_explain(text, KEEP)
    once = result.text
    assert clean_and_explain(once, KEEP).text == once, "not idempotent"
    assert clean_text(text, KEEP)[:2] == (once, result.passes)
    as_file = clean(text)
    assert once == (as_file if ends_with_line_end(text) else as_file.removesuffix("\n"))
    assert once == "" or once.endswith("\n") == ends_with_line_end(text)
    if once and not ends_with_line_end(text):
        assert not any(c.rule == "whitespace.final-newline" for c in result.changes())
    assert_offsets_exact(result, kept_words_only=True)
