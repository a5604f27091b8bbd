"""The chunks of text the ``split`` pass reads: whitespace-delimited words, words glued by
punctuation, letter runs and paragraphs (patterns only, no word data)."""

from __future__ import annotations

import re

from cleaner.lazy_re import lazy_compile

# A whitespace-delimited chunk that is one plain word: opening punctuation, ASCII letters,
# closing punctuation. Anything else inside (digit, '-', '_', '.', '/', '@', '#', "'") makes
# the chunk a number, URL, e-mail, handle, file name, identifier or hyphenated word. The
# chunk ends at Unicode's White_Space: ``re``'s \s, but for \x1c-\x1f, which str.isspace()
# counts as spaces and Unicode does not (tests/passes/test_fast_paths.py checks them all).
WORD_CHUNK_RE = lazy_compile(
    r"(?<!\S)(?<![\x1c-\x1f])[\"'(\[{“‘«]*(?P<word>[A-Za-z]+)[\"'.,;:!?)\]}”’»…]*"
    r"(?![\x1c-\x1f])(?!\S)"
)
# A chunk of words glued by punctuation with no space after it (``bedding,butif``), after a
# contraction's apostrophe (``don'tknow``) or before a possessive (``sackedlast's``): each
# of its letter runs is a word (``GLUED_WORD_RE``). Only ``,;!?`` join: a ``.`` joins the
# parts of domains and dotted names (``sys.maxsize``), a hyphen a compound, whose lost
# joint is more often a hyphen (``state-ofthe-art``); any other sign (a digit, ``/``,
# ``_``, ``@``) makes the chunk a number, address or identifier (``3issuedpreviously``).
# Only chunks of two words or more match (a lone word is a plain chunk, met already: this
# way most chunks of a text fail in the engine, not in Python).
GLUED_CHUNK_RE = lazy_compile(
    r"(?<!\S)(?<![\x1c-\x1f])[\"'(\[{“‘«]*[A-Za-z]+"
    r"(?:['’][A-Za-z]+(?:[,;!?][A-Za-z]+(?:['’][A-Za-z]+)?)*|(?:[,;!?][A-Za-z]+(?:['’][A-Za-z]+)?)+)"
    r"[\"'.,;:!?)\]}”’»…]*(?![\x1c-\x1f])(?!\S)"
)
# A word of a glued chunk.
# (Compiled now: split's chunk loop tells matches apart by ``match.re is``.)
GLUED_WORD_RE = re.compile(r"(?P<word>[A-Za-z]+)")
# Every run of ASCII letters: how often a word occurs anywhere in the document.
LETTER_RUN_RE = lazy_compile(r"[A-Za-z]+")
# The letters before a hyphen (searched up to it); those after it are a LETTER_RUN_RE match.
LETTERS_BEFORE_RE = lazy_compile(r"[A-Za-z]+\Z")
# A lone letter that is no word ("n", not "a", "I" or "O") one space after a word, or
# before one: a sign of a word broken by a stray space, which ``join`` (run before this
# pass) judges with the word beside it; a split whose part makes a common word with it
# would give join a new word to join ("endno n" -> "end no n", which the next run's join
# reads as "non"). Bounded as join's
# pairs are (``join.PAIR_RE``): "-m timeit" has no lone letter join would pair.
LONE_LETTER_AFTER_RE = lazy_compile(
    r" (?![aAIO](?![A-Za-z]))[A-Za-z](?![\w'’\-/@(=\x00\ufffd]|[.:]\w)"
)
LONE_LETTER_BEFORE_RE = lazy_compile(r"(?<![\w'’\-./\\*@&\x00\ufffd])(?![aAIO] )[A-Za-z] \Z")
# The longest word part looked for before a hyphen.
MAX_PART_CHARS = 40


# A paragraph: text between blank lines.
PARAGRAPH_RE = lazy_compile(r"[^\n]+(?:\n[^\n]+)*")


# Such letters in a chunk of prose, right after a word's apostrophe: ``Korea'sKospi,``.
# (Compiled now: split's chunk loop tells matches apart by ``match.re is``.)
POSSESSIVE_CHUNK_RE = re.compile(
    r"(?<=[A-Za-z]['’])(?P<word>s[A-Z][a-z]{2,})(?=[\"'.,;:!?)\]}”’»…]*(?:\s|\Z))"
)
# The capitalised letters after a hyphenated name's hyphen, ending its chunk
# (``al-Tanfreportedly``): a name glued to the word after it there.
# (Compiled now: split's chunk loop tells matches apart by ``match.re is``.)
HYPHEN_NAME_CHUNK_RE = re.compile(
    r"(?<=[A-Za-z]-)(?P<word>[A-Z][a-z]{3,})(?=[\"'.,;:!?)\]}”’»…]*(?:\s|\Z))"
)
# The lowercase word and capitalised word glued at the end of a hyphenated chunk
# (``day-by-dayThe``, ``cost-effectivenessIn``): a tag ended after the compound, as
# ``pageThe`` after a word; :func:`capitals.capital_split` judges the letters.
# (Compiled now: split's chunk loop tells matches apart by ``match.re is``.)
HYPHEN_TAIL_CHUNK_RE = re.compile(
    r"(?<=[A-Za-z]-)(?P<word>[a-z]+[A-Z][a-z]+)(?=[\"'.,;:!?)\]}”’»…]*(?:\s|\Z))"
)
