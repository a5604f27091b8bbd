"""Thresholds and language sets shared by the line-end hyphen rules of
:mod:`.languages`."""

from __future__ import annotations

# A joined form this frequent (Zipf) is a known word (the English rule's KNOWN_WORD_ZIPF)...
KNOWN_WORD_ZIPF = 2.0
# Languages that write compounds closed: a line-end hyphen there is almost always a break.
COMPOUNDING = frozenset({"de", "nl", "sv"})
# A pair of common halves is joined if its joined form is at least this frequent (see
# :mod:`.languages`), a prefix's hyphen kept only if it is rarer (:mod:`.prefixes`).
PAIR_JOINED_ZIPF = 3.0
# A suffix of a compound adjective is at least this long.
MIN_ADJECTIVE_LENGTH = 6
# The English lexicon's floor (cleaner/lexicon.py lists words down to Zipf 1.0): a word it
# rates at least this is one it lists at all, a rare word or a name (``Peniston`` 1.8,
# ``orogenies`` 1.1); a name before a compound, or two words written closed, it does not list
# (``Laffer-curve``, ``Visa-menyn``, ``sohosquare``).
LISTED_ZIPF = 1.0
