"""Build ``cleaner/data/split_words.bin``, the word table of the ``split`` pass.

Usage: ``python tools/build_split_words.py [--scowl PATH ...] [--wordnet DIR]`` (needs
``wordfreq`` and ``wordsegment``, which cleaner itself does not need at run time). The
committed table is built with SCOWL's ``huge`` lists and WordNet 3.0 as Debian ships them
(packages wamerican-huge and wbritish-huge 2020.12.07, wordnet-base 1:3.0-37)::

    python tools/build_split_words.py \\
        --scowl /usr/share/dict/american-english-huge \\
        --scowl /usr/share/dict/british-english-huge \\
        --wordnet /usr/share/wordnet

The words (lowercase ASCII letters), with their Zipf frequency rounded to one decimal
(log10 of occurrences per billion words), are sorted in blocks of 64 behind an index of
the blocks' first words (cleaner/lexicon.py, ``pack_table``), so that cleaner searches a
word in its block, unparsed.
The words are:

- wordfreq's ``large`` English list (books, news, subtitles, web; data CC-BY-SA 4.0);
- wordsegment's ``words.txt`` dictionary and ``unigrams.txt`` Google Web 1T counts
  (Apache-2.0), for words wordfreq lacks; a dictionary word with no count gets
  ``DICTIONARY_FLOOR``;
- SCOWL word lists (``--scowl``, Kevin Atkinson's Spell Checker Oriented Word Lists,
  permissive licence, see split_words.NOTICE.txt), for real rare words both lack: closed
  compounds and archaic words of old books (``horsepond``, ``mainyard``, ``bepatched``).
  They get ``SCOWL_ZIPF``: known words (never split) that never count as common parts.
- WordNet 3.0 (``--wordnet``, Princeton University, permissive licence, see the notice):
  its one-word lemmas are dictionary words, and its hyphenated compounds of content
  words, written closed, are known words like SCOWL's (``quicksighted``, ``highflown``:
  ``quick-sighted``, ``high-flown``). Older prose writes such compounds as one word, and
  a lost space never leaves a hyphen to lose. Its open compounds (``prime_minister``,
  ``rope_yarn``) are left out: written closed they are the merges the pass is for; so
  is a compound with a function word (``well-to-do``).

Web debris is left out: a word that no dictionary lists and whose best split into two
listed words is far more probable than the word itself (``ofthe``, ``informationabout``).
"""

from __future__ import annotations

import argparse
import math
import sys
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cleaner.lexicon import TABLE_FILE, pack_table  # noqa: E402

OUTPUT = REPO / "cleaner" / "data" / TABLE_FILE
# Tokens in the Google Web Trillion Word Corpus, the denominator of wordsegment's counts.
GOOGLE_WEB_TOKENS = 1_024_908_267_229
# Zipf given to a dictionary word that no frequency list has: rarer than any listed word.
DICTIONARY_FLOOR = 1.0
# A non-dictionary word is debris when its best two-word split is at least this many Zipf
# units more probable than the word (parts' Zipf sum minus 9, the log of a billion).
DEBRIS_MARGIN = 2.0
# A dictionary word is debris too when it is one of the five commonest words with ``a``
# before or after it and that split beats it by DEBRIS_MARGIN (``anda``, ``ina``, ``toa``:
# listed as names or rare nouns, but in text almost always ``and a``, ``in a``, ``to a``).
TOP_WORD_ZIPF = 7.2
# Zipf given to a SCOWL word that no other source lists. Below every threshold at which
# cleaner uses a frequency (split/pairs.py: SEEN_PART_MIN_ZIPF 1.5, RIVAL_MIN_ZIPF 2.0,
# WORD_FORM_MIN_ZIPF 2.0, MIN_PART_ZIPF 3.0+; unwrap/hyphens/decision.py: KNOWN_WORD_ZIPF
# 2.0), so such a word only makes a token known: it is never split off as a part, never a
# rival reading, never a reason to join a hyphenated pair. Also the debris test's bar: such
# a word is dropped when two parts with a Zipf sum of 12 or more explain it (``tobe``, ``thana``).
SCOWL_ZIPF = DICTIONARY_FLOOR
# A WordNet compound joins the table only if each of its words is rarer than this: the
# Zipf at which split/pairs.py counts a word as a function word (FUNCTION_WORD_ZIPF).
COMPOUND_PART_MAX_ZIPF = 6.0
# WordNet's lemma indexes, one per part of speech.
WORDNET_INDEXES = ("index.noun", "index.verb", "index.adj", "index.adv")
# Google Web words rarer than this are mostly debris, typos and names: left out.
MIN_WEB_ZIPF = 0.0


def wordfreq_table() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return {
        word: math.log10(share) + 9
        for word, share in get_frequency_dict("en", "large").items()
        if share > 0 and word.isascii() and word.isalpha()
    }


def wordsegment_files() -> tuple[dict[str, float], set[str]]:
    folder = resources.files("wordsegment")
    web = {}
    for line in folder.joinpath("unigrams.txt").read_text(encoding="utf-8").splitlines():
        word, count = line.split("\t")
        if word.isascii() and word.isalpha():
            web[word] = math.log10(int(count) * 1e9 / GOOGLE_WEB_TOKENS)
    words = folder.joinpath("words.txt").read_text(encoding="utf-8").split()
    return web, {w for w in words if w.isascii() and w.isalpha() and w.islower()}


def scowl_words(paths: list[Path]) -> set[str]:
    """The all-lowercase ASCII words of SCOWL lists (one word a line, as /usr/share/dict).

    Capitalized entries are names (``Ina`` is not the word ``ina``); possessives (``dog's``)
    and words with accents or hyphens are left out.
    """
    words: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            word = line.strip()
            if word.isascii() and word.isalpha() and word.islower():
                words.add(word)
    return words


def wordnet_lemmas(folder: Path) -> tuple[set[str], set[tuple[str, ...]]]:
    """WordNet's one-word lemmas, and its hyphenated compounds as tuples of words (ASCII
    letters only).

    An index line starts with the lemma: words joined by ``_`` (a space) or ``-``; lines
    starting with a space are the licence header.
    """
    words: set[str] = set()
    compounds: set[tuple[str, ...]] = set()
    for name in WORDNET_INDEXES:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            lemma = line.split(" ", 1)[0].lower()
            if line.startswith(" ") or "_" in lemma:
                continue
            parts = tuple(lemma.split("-"))
            if not all(part.isascii() and part.isalpha() for part in parts):
                continue
            if len(parts) == 1:
                words.add(parts[0])
            else:
                compounds.add(parts)
    return words, compounds


def is_a_debris(word: str, zipf: float, table: dict[str, float]) -> bool:
    other = word[:-1] if word.endswith("a") else word[1:] if word.startswith("a") else ""
    return table.get(other, 0.0) >= TOP_WORD_ZIPF and is_debris(word, zipf, table)


def is_debris(word: str, zipf: float, table: dict[str, float]) -> bool:
    for cut in range(1, len(word)):
        left, right = table.get(word[:cut]), table.get(word[cut:])
        if left and right and left + right - 9 >= zipf + DEBRIS_MARGIN:
            return True
    return False


def build(scowl: list[Path] = (), wordnet: Path | None = None) -> dict[str, float]:
    table = wordfreq_table()
    web, dictionary = wordsegment_files()
    if wordnet is not None:
        words, compounds = wordnet_lemmas(wordnet)
        dictionary |= words
        dictionary |= {
            "".join(parts)
            for parts in compounds
            if all(table.get(part, 0.0) < COMPOUND_PART_MAX_ZIPF for part in parts)
        }
    for word, zipf in web.items():
        if zipf >= MIN_WEB_ZIPF or word in dictionary:
            table.setdefault(word, zipf)
    for word in dictionary:
        table.setdefault(word, DICTIONARY_FLOOR)
    # Not dictionary words for the debris test below: SCOWL lists merges (``tobe``).
    for word in scowl_words(list(scowl)):
        table.setdefault(word, SCOWL_ZIPF)
    debris = {
        word
        for word, zipf in table.items()
        if (word not in dictionary or is_a_debris(word, zipf, table))
        and is_debris(word, zipf, table)
    }
    return {w: z for w, z in table.items() if w not in debris}


def write(table: dict[str, float]) -> None:
    rounded = {word: round(zipf, 1) for word, zipf in table.items()}
    OUTPUT.write_bytes(pack_table(rounded))  # The same bytes for the same words.


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scowl", type=Path, action="append", default=[], help="a SCOWL word list (repeatable)"
    )
    parser.add_argument("--wordnet", type=Path, help="WordNet 3.0's dict folder (index.noun...)")
    arguments = parser.parse_args()
    words = build(arguments.scowl, arguments.wordnet)
    write(words)
    print(
        f"{len(words):,} words -> {OUTPUT} ({OUTPUT.stat().st_size / 1e6:.2f} MB)", file=sys.stderr
    )
