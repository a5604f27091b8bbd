"""The English lexicon: known words and their frequencies, for ``split`` and ``unwrap``.

Loaded once, lazily, by :func:`load_model` (cached), so that text without a candidate
token never pays for it. Frequencies are *Zipf* values: log10 of occurrences per billion
words (``the`` is about 7.7, a word seen once per million words is 3.0).

The table ``data/split_words.bin`` (570,000 words, 5.3 MB) is precomputed by
``tools/build_split_words.py`` from wordfreq's ``large`` English list (data CC-BY-SA 4.0),
wordsegment's ``unigrams.txt`` and ``words.txt`` (Apache-2.0), SCOWL's huge word lists
and WordNet 3.0's lemmas and hyphenated compounds (permissive licences), web debris such as
``ofthe`` left out. Its words are filed in *buckets*, the words that share their first two
letters, each stored on its own (see :func:`pack_table`), and :class:`LazyTable` reads
a bucket from the memory-mapped file only when a word of it is looked up: the whole table
takes ~0.12 s to make a dict of, more than the rest of a small run, while a page of prose
looks up a few dozen buckets of ~700. The buckets are not compressed: decompressing one
took ~0.25 ms, a third of a small file's split pass (the wheel is compressed anyway).
"""

from __future__ import annotations

import mmap
from collections.abc import Iterator, Mapping
from functools import cache
from typing import NamedTuple

from cleaner.data import data_path

# The first line of a packed table: what it is, and the version of its layout.
PACKED_MAGIC = b"cleaner split words 2\n"
# A bucket is searched as text for its first look-ups (see :func:`find_zipf`), and parsed
# into a dict at this one: a big text asks a bucket for many words.
PARSE_AFTER_LOOKUPS = 8
# The file of the table.
TABLE_FILE = "split_words.bin"
# The most spellings of known words a table keeps (see :meth:`LazyTable.unknown_spellings`):
# a run of many texts stops adding to them there (~10 MB).
MAX_KNOWN_SPELLINGS = 1 << 17
# The buckets a table must have read before it is asked about every word of a text at once
# (of 144; see WordModel.cold).
WARM_BUCKETS = 100


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
        if isinstance(zipf, LazyTable):
            return zipf.unknown(words)
        if isinstance(zipf, dict):
            return words.difference(zipf)  # (in C; ``- zipf.keys()`` reads every key)
        return {word for word in words if word not in zipf}

    def cold(self) -> bool:
        """Whether the table has read few of its buckets yet (a fresh process's): asking it
        about every word of a text would cost more than testing their shapes first.

        >>> WordModel({"the": 7.7}).cold()
        False
        """
        zipf = self.zipf
        return isinstance(zipf, LazyTable) and len(zipf._texts) + len(zipf._buckets) < WARM_BUCKETS

    def unknown_spellings(self, runs: set[str], endings: tuple[str, ...] = ()) -> set[str]:
        """The runs of ``runs`` (written in any case) whose lowercase form is no known word,
        and those that end with one of ``endings`` (for a caller that asks more of them):
        ``{r for r in runs if not self.knows(r.lower()) or r.endswith(endings)}``, made in C
        where the table allows (:meth:`LazyTable.unknown_spellings`).

        >>> sorted(WordModel({"the": 7.7}).unknown_spellings({"The", "THE", "the", "Xq", "xq"}))
        ['Xq', 'xq']
        >>> model = WordModel({"the": 7.7, "bathe": 3.1})
        >>> sorted(model.unknown_spellings({"the", "bathe", "Xq"}, ("he",)))
        ['Xq', 'bathe', 'the']
        """
        zipf = self.zipf
        if isinstance(zipf, LazyTable):
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
    with open(data_path(TABLE_FILE), "rb") as file:
        # Mapped, not read: only the pages of the index and of the buckets asked for load.
        return WordModel(zipf=LazyTable(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)))


@cache
def load_language_model(language: str) -> WordModel:
    """The word table of another language (``data/words/<language>.bin``, cached), built
    by ``tools/build_language_words.py`` from wordfreq; memory-mapped like the English one.

    >>> load_language_model("de").knows("versorgung"), load_language_model("de").knows("xq")
    (True, False)
    """
    with open(data_path("words", f"{language}.bin"), "rb") as file:
        return WordModel(zipf=LazyTable(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)))


def bucket_of(word: str) -> str:
    """The bucket a word is filed under: its first two characters."""
    return word[:2]


class LazyTable(Mapping[str, float]):
    """Word -> Zipf from a packed table (see :func:`pack_table`).

    Each bucket is read and parsed the first time one of its words is asked for (a memo,
    like functools.cache: the mapping itself never changes), into a dict of its own: a
    fresh process that cleans a few hundred files parses most of the table, and filling
    one dict of ~500,000 words cost twice as much as a small dict per bucket.

    >>> table = LazyTable(pack_table({"the": 7.7, "thereof": 3.0, "of": 7.5}))
    >>> table["the"], table.get("thy", 0.0), "of" in table, sorted(table)
    (7.7, 0.0, True, ['of', 'the', 'thereof'])
    """

    def __init__(self, packed: bytes | mmap.mmap) -> None:
        self._packed = packed
        self._blocks = read_index(packed)
        self._texts: dict[str, str] = {}  # buckets read, not yet parsed
        self._lookups: dict[str, int] = {}
        self._buckets: dict[str, dict[str, float]] = {}  # the buckets parsed: their words
        # Words searched for in unparsed buckets, and what was found (None: not a word).
        self._found: dict[str, float | None] = {}
        # Runs as texts write them (``The``, ``the``, ``THE``) whose lowercase form is listed,
        # by the endings asked about (see unknown_spellings).
        self._known_spellings: dict[tuple[str, ...], set[str]] = {}

    def _zipf(self, word: str) -> float | None:
        """The word's Zipf, or None: searched in its bucket's text for the bucket's first
        few look-ups (a small file makes few), then from the bucket parsed into a dict."""
        bucket = bucket_of(word)
        words = self._buckets.get(bucket)
        if words is not None:
            return words.get(word)
        if word in self._found:  # Searched before: a split pass asks again and again.
            return self._found[word]
        self._lookups[bucket] = self._lookups.get(bucket, 0) + 1
        if self._lookups[bucket] < PARSE_AFTER_LOOKUPS:
            zipf = self._found[word] = find_zipf(self._text(bucket), word)
            return zipf
        return self._parse(bucket).get(word)

    def _text(self, bucket: str) -> str:
        text = self._texts.get(bucket)
        if text is None:
            text = self._texts[bucket] = self._read(bucket)
        return text

    def _read(self, bucket: str) -> str:
        start, end = self._blocks.get(bucket, (0, 0))
        return self._packed[start:end].decode("utf-8") if end else ""

    def _parse(self, bucket: str) -> dict[str, float]:
        words = self._buckets.get(bucket)
        if words is None:
            words = self._buckets[bucket] = parse_groups(self._text(bucket))
            self._texts.pop(bucket, None)
        return words

    def unknown(self, words: set[str]) -> set[str]:
        """The words of ``words`` the table does not list, each looked up as by ``in``
        (a warm run asks a few hundred a MB: the lexicon drops known spellings first).

        >>> sorted(LazyTable(pack_table({"the": 7.7, "of": 7.5})).unknown({"the", "ofthe", "xq"}))
        ['ofthe', 'xq']
        """
        # One at a time: a look-up may parse its bucket, and the next word's.
        return {word for word in words if word not in self}

    def unknown_spellings(self, runs: set[str], endings: tuple[str, ...] = ()) -> set[str]:
        """The runs of ``runs`` (any case) whose lowercase form the table does not list, and
        those ending with one of ``endings``; the other spellings found listed are kept (up
        to ``MAX_KNOWN_SPELLINGS``), so that the next text's known runs, most of its runs,
        are dropped at once (in C).

        >>> table = LazyTable(pack_table({"the": 7.7, "of": 7.5}))
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
        zipf = self._zipf(word)
        if zipf is None:
            raise KeyError(word)
        return zipf

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        words = self._buckets.get(word[:2])  # (bucket_of, inline: asked of every candidate)
        return word in words if words is not None else self._zipf(word) is not None

    def get(self, word: str, default: float | None = None) -> float | None:  # type: ignore[override]
        words = self._buckets.get(word[:2])  # (bucket_of, inline: the most frequent call)
        if words is not None:
            return words.get(word, default)
        zipf = self._zipf(word)
        return default if zipf is None else zipf

    def __iter__(self) -> Iterator[str]:
        for bucket in self._blocks:  # (each bucket parsed anew: whole passes are rare)
            yield from parse_groups(self._read(bucket))

    def __len__(self) -> int:
        return sum(len(parse_groups(self._read(bucket))) for bucket in self._blocks)


def read_index(packed: bytes | mmap.mmap) -> dict[str, tuple[int, int]]:
    """Bucket -> (start, end) of its block in a packed table.

    >>> read_index(PACKED_MAGIC + b"of\\t3\\nth\\t5\\n\\nOOOTTTTT")
    {'of': (33, 36), 'th': (36, 41)}
    """
    header_end = packed.find(b"\n\n", len(PACKED_MAGIC) - 1)
    if packed[: len(PACKED_MAGIC)] != PACKED_MAGIC or header_end < 0:
        raise ValueError(f"not a packed word table (expected {PACKED_MAGIC!r} first)")
    fields = packed[len(PACKED_MAGIC) : header_end].decode("utf-8").split()
    blocks = {}
    position = header_end + 2
    for bucket, size in zip(fields[::2], fields[1::2], strict=True):
        blocks[bucket] = (position, position + int(size))
        position += int(size)
    return blocks


def find_zipf(groups: str, word: str) -> float | None:
    """The Zipf of ``word`` in a bucket's groups (see :func:`parse_groups`), found without
    parsing them: a search costs ~10 µs, parsing a bucket ~0.2 µs a word (~1 ms for most).

    >>> find_zipf("3.0 thereof therein\\t7.7 the", "the"), find_zipf("3.0 thereof", "there")
    (7.7, None)
    """
    if not word or " " in word or "\t" in word:
        return None  # No listed word holds a space or a tab.
    needle = " " + word
    found = groups.find(needle)
    while found >= 0:
        end = found + len(needle)
        if end == len(groups) or groups[end] in " \t":
            start = groups.rfind("\t", 0, found) + 1
            return float(groups[start : groups.index(" ", start)])
        found = groups.find(needle, end)
    return None


def parse_groups(line: str) -> dict[str, float]:
    """Read one bucket's groups, ``ZIPF word word ...`` separated by tabs, into a dict.

    >>> parse_groups("3.0 thereof therein\\t7.7 the")
    {'thereof': 3.0, 'therein': 3.0, 'the': 7.7}
    """
    table: dict[str, float] = {}
    for group in line.split("\t") if line else ():
        zipf, _, words = group.partition(" ")
        table.update(dict.fromkeys(words.split(" "), float(zipf)))
    return table


def pack_table(table: Mapping[str, float]) -> bytes:
    """The bytes of ``split_words.bin`` for ``table``: :data:`PACKED_MAGIC`, one line
    ``BUCKET<TAB>SIZE`` per bucket, a blank line, then each bucket's line of
    :func:`format_table` (without the bucket) in UTF-8, SIZE bytes, in order.
    """
    blocks = []
    for line in format_table(table).splitlines():
        bucket, groups = line.split("\t", 1)
        blocks.append((bucket, groups.encode("utf-8")))
    header = "".join(f"{bucket}\t{len(block)}\n" for bucket, block in blocks)
    return PACKED_MAGIC + header.encode("utf-8") + b"\n" + b"".join(b for _, b in blocks)


def format_table(table: Mapping[str, float]) -> str:
    """The text form of ``table``: one line per bucket, ``BUCKET<TAB>ZIPF word word
    ...<TAB>ZIPF word ...``, the words grouped by frequency (see :func:`parse_groups`).

    >>> format_table({"the": 7.7, "thereof": 3.0, "of": 7.5})
    'of\\t7.5 of\\nth\\t3.0 thereof\\t7.7 the\\n'
    """
    buckets: dict[str, dict[float, list[str]]] = {}
    for word, zipf in sorted(table.items()):
        buckets.setdefault(bucket_of(word), {}).setdefault(zipf, []).append(word)
    return "".join(
        bucket
        + "".join(f"\t{zipf} {' '.join(words)}" for zipf, words in sorted(groups.items()))
        + "\n"
        for bucket, groups in buckets.items()
    )
