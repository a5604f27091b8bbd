"""The ``split`` pass: split words that lost the space between them (``issuedpreviously``).

Text taken out of HTML often loses the space where a tag ended. The pass splits a token
only when it is not a known word, occurs once in the document, and splits into two
common words far more probable than it; ``pageThe`` splits only where a sentence
plausibly ended. Precision comes first: names, brands, code, URLs and non-English
paragraphs are never touched. The word model loads only when a candidate is met.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import NamedTuple

from cleaner.lexicon import WordModel, load_model
from cleaner.passes import split_rules as rules


class Split(NamedTuple):
    """One token to split: its span in the text and its parts, spaces to go between."""

    start: int
    end: int
    parts: tuple[str, ...]
    forced: bool = False


def split_merged_words(
    text: str, *, protect: tuple[str, ...] = (), force: tuple[str, ...] = ()
) -> str:
    """Split merged words; ``protect`` words never split, ``force`` entries always do.

    A ``force`` entry is the split form itself, parts separated by spaces: the entry
    ``"issued previously"`` splits every ``issuedpreviously`` (any case) that way, even a
    repeated or known one. ``protect`` lists words (any case) to keep whole.

    >>> split_merged_words("The order was issuedpreviously by him.\\n")
    'The order was issued previously by him.\\n'
    >>> split_merged_words("Read the pageThe end.", protect=("pageThe",))
    'Read the pageThe end.'
    >>> split_merged_words("a bookshelf", force=("book shelf",))
    'a book shelf'
    """
    return apply_splits(text, find_splits(text, protect=protect, force=force))


def find_splits(
    text: str,
    *,
    protect: Iterable[str] = (),
    force: Iterable[str] = (),
    get_model: Callable[[], WordModel] = load_model,
) -> list[Split]:
    """Every split the pass makes in ``text``; ``get_model`` is called only if needed."""
    forced = forced_splits(force)
    protected = {word.lower() for word in protect}
    counts: Counter[str] | None = None
    technical_document: bool | None = None
    found = []
    for paragraph in rules.PARAGRAPH_RE.finditer(text):
        english: bool | None = None
        technical = rules.is_technical(paragraph.group())
        for chunk in rules.WORD_CHUNK_RE.finditer(text, paragraph.start(), paragraph.end()):
            word = chunk["word"]
            key = word.lower()
            span = chunk.span("word")
            if key in forced:
                found.append(Split(*span, _cut(word, forced[key]), forced=True))
                continue
            if key in protected or not rules.may_be_merged(word):
                continue
            if counts is None:
                # A generator, not findall: a huge text must not become a list of its words.
                counts = Counter(m.group().lower() for m in rules.LETTER_RUN_RE.finditer(text))
                technical_document = rules.is_technical_document(text)
            if counts[key] > 1:  # Seen elsewhere as one token: a word of this document.
                continue
            model = get_model()
            if english is None:
                english = rules.is_english(paragraph.group(), model)
            technical_text = technical or bool(technical_document)
            parts = _parts(word, model, technical_text, counts) if english else None
            if parts:
                found.append(Split(*span, parts))
    return found


def apply_splits(text: str, splits: Iterable[Split]) -> str:
    """Insert the spaces of ``splits`` into ``text`` (which must be the text they came from).

    >>> apply_splits("ab cd", [Split(0, 2, ("a", "b"))])
    'a b cd'
    """
    pieces = []
    position = 0
    for split in sorted(splits):
        pieces.append(text[position : split.start])
        pieces.append(" ".join(split.parts))
        position = split.end
    pieces.append(text[position:])
    return "".join(pieces)


def forced_splits(entries: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The ``force`` setting as ``{joined word: part lengths}``; malformed entries are left out.

    >>> forced_splits(["issued previously", "oneword", "bad-entry here"])
    {'issuedpreviously': (6, 10)}
    """
    table = {}
    for entry in entries:
        parts = entry.split()
        if len(parts) > 1 and all(part.isalpha() and part.isascii() for part in parts):
            table["".join(parts).lower()] = tuple(len(part) for part in parts)
    return table


def explain_splits(before: str, after: str, **options: tuple[str, ...]) -> list[str]:
    """One line per split made, with its parts, and one per ``force`` entry left unused.

    >>> explain_splits("was issuedpreviously by", "", force=("x",))  # doctest: +ELLIPSIS
    ['issuedpreviously -> issued + previously', "force entry 'x' ignored: ..."]
    """
    protect, force = options.get("protect", ()), options.get("force", ())
    lines = []
    for split in find_splits(before, protect=protect, force=force):
        note = " (forced)" if split.forced else ""
        lines.append(f"{before[split.start : split.end]} -> {' + '.join(split.parts)}{note}")
    usable = forced_splits(force)
    for entry in force:
        if "".join(entry.split()).lower() not in usable:
            lines.append(
                f"force entry {entry!r} ignored: write the parts separated by spaces, "
                "letters only (e.g. 'issued previously')"
            )
    return lines


def _parts(
    word: str, model: WordModel, technical: bool, counts: Counter[str]
) -> tuple[str, ...] | None:
    if word.islower():
        return rules.best_split(word, model, technical=technical, seen=counts.keys())
    return rules.capital_split(word, model)


def _cut(word: str, lengths: tuple[int, ...]) -> tuple[str, ...]:
    """Cut ``word`` into pieces of the given lengths, keeping its own letters and case."""
    parts, position = [], 0
    for length in lengths:
        parts.append(word[position : position + length])
        position += length
    return tuple(parts)
