"""Tests of cleaner/scripts.py's shortcuts: each tells what its class tells."""

from __future__ import annotations

from cleaner import scripts
from cleaner.scripts import CASELESS_RE, starts_caseless


def test_starts_caseless_is_its_class_at_every_code_point() -> None:
    """The ranges it tests before the class hold every caseless letter below U+3005."""
    differ = [
        code
        for code in range(0x40000)
        if starts_caseless(chr(code)) != (CASELESS_RE.match(chr(code)) is not None)
    ]
    assert differ == []


def test_starts_caseless_compiles_no_class_for_a_dash_or_a_latin_letter() -> None:
    vars(scripts.CASELESS_RE).pop("match", None)  # (as before its first use)
    assert [starts_caseless(line) for line in ("— and so", "“Yes,” she", "Ça va")] == [False] * 3
    assert "match" not in vars(scripts.CASELESS_RE)
    assert starts_caseless("東京") and "match" in vars(scripts.CASELESS_RE)
