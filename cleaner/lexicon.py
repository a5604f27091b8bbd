"""The English lexicon: known words and their frequencies, for ``split`` and ``unwrap``.

Loaded once, lazily, by :func:`load_model` (cached), so that text without a candidate
token never pays for it. Frequencies are *Zipf* values: log10 of occurrences per billion
words (``the`` is about 7.7, a word seen once per million words is 3.0).

The table ``data/split_words.bin`` (570,000 words, 6.1 MB) is precomputed by
``tools/build_split_words.py`` from wordfreq's ``large`` English list (data CC-BY-SA 4.0),
wordsegment's ``unigrams.txt`` and ``words.txt`` (Apache-2.0), SCOWL's huge word lists
and WordNet 3.0's lemmas and hyphenated compounds (permissive licences), web debris such as
``ofthe`` left out. Its words are sorted in blocks of 64 (see :func:`pack_table`), the
file memory-mapped: the blocks' first words and offsets load at once (~1 ms), and a word is
found by ``bisect`` and one search of its block (a few µs), nothing parsed; each answer is
kept (:class:`PackedTable`), so that a warm run asks a dict. (Until session 36 the words
were filed by their first two letters, and a fresh process parsed each such bucket into a
dict when it had asked it a few words: ~85 ms of a run over 400 small files.)
"""

from __future__ import annotations

import mmap
import sys
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from functools import cache
from typing import NamedTuple

from cleaner.data import data_path

# The first line of a packed table: what it is, and the version of its layout.
PACKED_MAGIC = b"cleaner words 3\n"
# The file of the table.
TABLE_FILE = "split_words.bin"
# The most spellings of known words a table keeps (see :meth:`PackedTable.unknown_spellings`):
# a run of many texts stops adding to them there (~10 MB).
MAX_KNOWN_SPELLINGS = 1 << 17
# The most words found missing that a table keeps (~10 MB): the rest are searched again.
MAX_ABSENT_WORDS = 1 << 17
# The words of a block of a packed table, searched at once (~600 bytes; see pack_table).
WORDS_PER_BLOCK = 64


class WordModel(NamedTuple):
    """Word frequencies (lowercase words, Zipf); every listed word is a known word. (A
    NamedTuple: a frozen dataclass costs ~0.5 ms to make at import, which every process
    pays.)"""

    zipf: Mapping[str, float]

    def knows(self, word: str) -> bool:
        """Whether ``word`` (lowercase) is a known word, however rare.

        >>> model = WordModel({"of": 7.5, "the": 7.7, "thereof": 3.0})
        >>> model.knows("thereof"), model.knows("ofthe")
        (True, False)
        """
        return word in self.zipf

    def frequency(self, word: str) -> float:
        """The Zipf frequency of ``word`` (lowercase); 0.0 for an unknown word."""
        return self.zipf.get(word, 0.0)

    def unknown(self, words: set[str]) -> set[str]:
        """The words of ``words`` (lowercase) that are no known words: ``{w for w in words
        if not self.knows(w)}``, made in C where the table allows.

        >>> WordModel({"of": 7.5, "the": 7.7}).unknown({"the", "ofthe"})
        {'ofthe'}
        """
        zipf = self.zipf
        if isinstance(zipf, PackedTable):
            return zipf.unknown(words)
        if isinstance(zipf, dict):
            return words.difference(zipf)  # (in C; ``- zipf.keys()`` reads every key)
        return {word for word in words if word not in zipf}

    def unknown_spellings(self, runs: set[str], endings: tuple[str, ...] = ()) -> set[str]:
        """The runs of ``runs`` (written in any case) whose lowercase form is no known word,
        and those that end with one of ``endings`` (for a caller that asks more of them):
        ``{r for r in runs if not self.knows(r.lower()) or r.endswith(endings)}``, made in C
        where the table allows (:meth:`PackedTable.unknown_spellings`).

        >>> sorted(WordModel({"the": 7.7}).unknown_spellings({"The", "THE", "the", "Xq", "xq"}))
        ['Xq', 'xq']
        >>> model = WordModel({"the": 7.7, "bathe": 3.1})
        >>> sorted(model.unknown_spellings({"the", "bathe", "Xq"}, ("he",)))
        ['Xq', 'bathe', 'the']
        """
        zipf = self.zipf
        if isinstance(zipf, PackedTable):
            return zipf.unknown_spellings(runs, endings)
        keys = dict(zip(runs, map(str.lower, runs), strict=True))
        unknown = self.unknown(set(keys.values()))
        return {run for run, key in keys.items() if key in unknown or run.endswith(endings)}


@cache
def load_model() -> WordModel:
    """The English model (cached after the first call): see the module's docstring.

    >>> model = load_model()
    >>> model.knows("sesquipedalian"), model.knows("issuedpreviously"), model.knows("ofthe")
    (True, False, False)
    """
    return WordModel(zipf=PackedTable(map_file(data_path(TABLE_FILE))))


@cache
def load_language_model(language: str) -> WordModel:
    """The word table of another language (``data/words/<language>.bin``, cached), built
    by ``tools/build_language_words.py`` from wordfreq; memory-mapped like the English one.

    >>> load_language_model("de").knows("versorgung"), load_language_model("de").knows("xq")
    (True, False)
    """
    return WordModel(zipf=PackedTable(map_file(data_path("words", f"{language}.bin"))))


def map_file(path: str) -> mmap.mmap:
    """The file at ``path``, memory-mapped read-only: only the pages asked for load."""
    with open(path, "rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


class PackedTable(Mapping[str, float]):
    """Word -> Zipf from a packed table (see :func:`pack_table`): a word is searched in its
    block on its first ask and the answer kept (a memo, like functools.cache: the table
    never changes), found or not (up to ``MAX_ABSENT_WORDS`` words not found).

    >>> table = PackedTable(pack_table({"the": 7.7, "thereof": 3.0, "of": 7.5}))
    >>> table["the"], table.get("thy", 0.0), "of" in table, sorted(table)
    (7.7, 0.0, True, ['of', 'the', 'thereof'])
    """

    def __init__(self, packed: bytes | mmap.mmap) -> None:
        self._packed = packed
        self._firsts, self._starts, self._data_start = read_index(packed)
        self._found: dict[str, float] = {}  # the words asked and found, with their Zipf
        self._absent: set[str] = set()  # the words asked and not found
        # Runs as texts write them (``The``, ``the``, ``THE``) whose lowercase form is listed,
        # by the endings asked about (see unknown_spellings).
        self._known_spellings: dict[tuple[str, ...], set[str]] = {}

    def _search(self, word: str) -> float | None:
        """The word's Zipf, or None: searched in the one block that may hold it (the last
        whose first word is not after it), and kept."""
        packed, block = self._packed, bisect_right(self._firsts, word) - 1
        start = self._data_start + self._starts[block]
        end = self._data_start + self._starts[block + 1]
        needle = b" " + word.encode("utf-8", "surrogatepass") + b" "
        # (No listed word holds a space or a tab, and none comes before the first.)
        found = packed.find(needle, start, end) if block >= 0 and needle.count(b" ") == 2 else -1
        if found < 0 or b"\t" in needle:
            if len(self._absent) < MAX_ABSENT_WORDS:
                self._absent.add(word)
            return None
        group = packed.rfind(b"\t", start, found) + 1  # (its group: ``\tZIPF word ...``)
        zipf = self._found[word] = float(packed[group : packed.find(b" ", group)])
        return zipf

    def unknown(self, words: set[str]) -> set[str]:
        """The words of ``words`` the table does not list, as by ``not in`` of each (a
        warm run asks a few hundred a MB: the lexicon drops known spellings first).

        >>> sorted(PackedTable(pack_table({"the": 7.7, "of": 7.5})).unknown({"the", "ofthe", "xq"}))
        ['ofthe', 'xq']
        """
        asked = words.difference(self._found)  # (in C)
        new = asked.difference(self._absent)
        found_now = {word for word in new if self._search(word) is not None}
        return asked.difference(found_now) if found_now else asked

    def unknown_spellings(self, runs: set[str], endings: tuple[str, ...] = ()) -> set[str]:
        """The runs of ``runs`` (any case) whose lowercase form the table does not list, and
        those ending with one of ``endings``; the other spellings found listed are kept (up
        to ``MAX_KNOWN_SPELLINGS``), so that the next text's known runs, most of its runs,
        are dropped at once (in C).

        >>> table = PackedTable(pack_table({"the": 7.7, "of": 7.5}))
        >>> sorted(table.unknown_spellings({"The", "the", "Ofthe", "of"}, ("of",)))
        ['Ofthe', 'of']
        >>> sorted(table._known_spellings[("of",)])
        ['The', 'the']
        """
        known = self._known_spellings.setdefault(endings, set())
        rest = runs.difference(known)  # (in C)
        keys = dict(zip(rest, map(str.lower, rest), strict=True))
        unknown = self.unknown(set(keys.values()))
        found = {run for run, key in keys.items() if key in unknown or run.endswith(endings)}
        if len(known) < MAX_KNOWN_SPELLINGS:
            known.update(rest.difference(found))
        return found

    def __getitem__(self, word: str) -> float:
        zipf = self.get(word)
        if zipf is None:
            raise KeyError(word)
        return zipf

    def __contains__(self, word: object) -> bool:
        if word in self._found:
            return True
        if not isinstance(word, str) or word in self._absent:
            return False
        return self._search(word) is not None

    def get(self, word: str, default: float | None = None) -> float | None:  # type: ignore[override]
        zipf = self._found.get(word)  # (the most frequent call: a dict's answer when warm)
        if zipf is None:
            if word in self._absent:
                return default
            zipf = self._search(word)
            if zipf is None:
                return default
        return zipf

    def read_all(self) -> dict[str, float]:
        """Every word and its Zipf, read from the whole table (nothing kept: whole passes
        are rare).

        >>> PackedTable(pack_table({"the": 7.7, "of": 7.5})).read_all() == {"the": 7.7, "of": 7.5}
        True
        """
        table: dict[str, float] = {}
        for group in self._packed[self._data_start :].decode("utf-8").split("\t")[1:]:
            zipf, *words = group.split(" ")[:-1]  # (each word ends with a space)
            table.update(dict.fromkeys(words, float(zipf)))
        return table

    def __iter__(self) -> Iterator[str]:
        return iter(self.read_all())

    def __len__(self) -> int:
        return len(self.read_all())


def read_index(packed: bytes | mmap.mmap) -> tuple[list[str], array, int]:
    """A packed table's blocks' first words, where each block starts (one more: the end),
    and where the blocks start.

    >>> read_index(pack_table({"of": 7.5, "the": 7.7}))
    (['of'], array('I', [0, 17]), 27)
    """
    magic_end = len(PACKED_MAGIC)
    line_end = packed.find(b"\n", magic_end)
    if packed[:magic_end] != PACKED_MAGIC or line_end < 0:
        raise ValueError(f"not a packed word table (expected {PACKED_MAGIC!r} first)")
    firsts = packed[magic_end:line_end].decode("utf-8").split(" ") if line_end > magic_end else []
    starts = array("I")
    data_start = line_end + 1 + 4 * (len(firsts) + 1)
    starts.frombytes(packed[line_end + 1 : data_start])
    if sys.byteorder != "little":
        starts.byteswap()  # (stored little-endian)
    return firsts, starts, data_start


def pack_table(table: Mapping[str, float]) -> bytes:
    """The bytes of a word table (``split_words.bin``, ``words/*.bin``) for ``table``:

    - :data:`PACKED_MAGIC`;
    - a line: the first word of each block, ``WORDS_PER_BLOCK`` words in sorted order;
    - the offset of each block and of their end, little-endian 32-bit integers;
    - the blocks, UTF-8: each its words grouped by Zipf (sorted), a group
      ``\\tZIPF word word ... `` (the Zipf as ``str`` writes it, each word followed by
      a space).

    The same bytes for the same words; a word never holds a space nor a tab. Sorted, like
    words neighbour: the file compresses as a word list does (the wheel).
    """
    words = sorted(table)
    blocks = [
        _block(words[first : first + WORDS_PER_BLOCK], table)
        for first in range(0, len(words), WORDS_PER_BLOCK)
    ]
    starts = array("I", [0])
    for block in blocks:
        starts.append(starts[-1] + len(block))
    if sys.byteorder != "little":
        starts.byteswap()
    firsts = " ".join(words[::WORDS_PER_BLOCK]).encode("utf-8") + b"\n"
    return PACKED_MAGIC + firsts + starts.tobytes() + b"".join(blocks)


def _block(words: list[str], table: Mapping[str, float]) -> bytes:
    """One block of :func:`pack_table`: ``words`` grouped by their Zipf in ``table``.

    >>> _block(["of", "the", "thereof"], {"of": 7.5, "the": 7.7, "thereof": 3.0})
    b'\\t3.0 thereof \\t7.5 of \\t7.7 the '
    """
    groups: dict[float, list[str]] = {}
    for word in words:
        groups.setdefault(table[word], []).append(word)
    text = "".join(f"\t{zipf} " + "".join(w + " " for w in groups[zipf]) for zipf in sorted(groups))
    return text.encode("utf-8")


def format_table(table: Mapping[str, float]) -> str:
    """The text form of ``table``: one line per bucket, ``BUCKET<TAB>ZIPF word word
    ...<TAB>ZIPF word ...``, the words grouped by frequency (what tests/test_lexicon.py checksums).

    >>> format_table({"the": 7.7, "thereof": 3.0, "of": 7.5})
    'of\\t7.5 of\\nth\\t3.0 thereof\\t7.7 the\\n'
    """
    buckets: dict[str, dict[float, list[str]]] = {}
    for word, zipf in sorted(table.items()):
        buckets.setdefault(word[:2], {}).setdefault(zipf, []).append(word)
    return "".join(
        bucket
        + "".join(f"\t{zipf} {' '.join(words)}" for zipf, words in sorted(groups.items()))
        + "\n"
        for bucket, groups in buckets.items()
    )
