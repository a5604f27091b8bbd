"""An encoding step's lines of HTML entities read off where the entities are
(cleaner/align/lines.py, ``_unescaped_changes``), neighbouring changes one: each change an
entity unescaped or a quote made straight. On the fixtures and the speed layouts, the
same changes as the walk's once cleaner.offsets makes each entity whole
(tools/changes_digests.py)."""

from __future__ import annotations

from html import unescape

from hypothesis import given
from hypothesis import strategies as st

from cleaner.align import align_line_for_line
from cleaner.align.blocks import with_kept_text
from cleaner.align.lines import _unescaped_changes
from cleaner.align.substitutions import _SUBSTITUTIONS
from cleaner.passes.encoding import fix_encoding
from tests.test_align import QUICK
from tests.test_offsets import assert_valid_alignment

PIECES = ("a", "word", " ", "&amp;", "&nbsp;", "&quot;", "&#8217;", "&lt;b&gt;", "&x;", "\u2019")
PIECES += ("\u201c", "&", ";", "\u00e9", "&eacute;", "\n", "\u00c3\u00a9")


@QUICK
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_entities_read_off_one_change_each(pieces: list[str]) -> None:
    """Each change read off is entities unescaped and quotes made straight, nothing kept
    inside one (the walk keeps the ``a`` of ``&amp;`` for a word ``a`` after it); the
    encoding step's alignment with them is valid."""
    before = "".join(pieces).replace("\n", " ")
    after = fix_encoding(before)
    found = _unescaped_changes(before, after)
    if found is not None:
        assert_valid_alignment(before, after, with_kept_text(found, len(before), len(after)))
        for i1, i2, j1, j2 in found:
            assert unescape(before[i1:i2]).translate(_SUBSTITUTIONS) == after[j1:j2]
    text = "".join(pieces)
    read = align_line_for_line(text, fix_encoding(text), entities=True)
    assert_valid_alignment(text, fix_encoding(text), read)


def test_a_line_of_entities() -> None:
    assert _unescaped_changes("x &amp; y&nbsp;&nbsp;z", "x & y\xa0\xa0z") == [
        (2, 7, 2, 3),
        (9, 21, 5, 7),
    ]
    assert _unescaped_changes("x &amp; \u00c3\u00a9", "x & \u00e9") is None  # (mojibake)


def test_an_entity_that_shares_a_letter_with_what_it_became_is_one_change() -> None:
    """The walk keeps the ``f`` of ``&#xfb01;`` (``fi``, ftfy's ligature replaced); read off
    where it is, the entity is one change."""
    assert _unescaped_changes("&#xfb01;t", "fit") == [(0, 8, 0, 2)]
