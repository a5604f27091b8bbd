"""The runs of ASCII letters of a text, where ``split`` finds its candidates: how often
each occurs, those inside web addresses or written with a hyphen elsewhere, and the
paragraphs and chunks that hold a given one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Set

from cleaner.lazy_re import lazy_compile
from cleaner.passes.split import chunk_patterns, compounds

# The text is read this many characters at a time (to a line's end): a huge text must not
# become one list of its words, and a paragraph at a time costs a call per paragraph.
RUNS_CHUNK_CHARS = 1 << 16
# With more candidates than this, each paragraph's runs are looked through instead of
# the text searched for each candidate.
MAX_SEARCHED_CANDIDATES = 32


# string.ascii_letters, written out: importing ``string`` costs a fresh process ~0.3 ms.
ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Bytes to themselves if an ASCII letter or a line feed, else to a space: a text's UTF-8
# bytes so mapped split into its runs of ASCII letters (a non-ASCII character's bytes are
# all >= 0x80), and keep its lines.
LETTERS_ONLY = bytes(b if 65 <= b <= 90 or 97 <= b <= 122 or b == 10 else 32 for b in range(256))


def letter_runs(text: str) -> Counter[str]:
    """How often each run of ASCII letters occurs in ``text``, as written: what
    ``chunk_patterns.LETTER_RUN_RE.findall`` finds, found by mapping bytes (in C, at a third less
    time on a novel than the regex).

    >>> letter_runs("The cat, the CAT-flap. Café")
    Counter({'The': 1, 'cat': 1, 'the': 1, 'CAT': 1, 'flap': 1, 'Caf': 1})
    """
    runs: Counter[str] = Counter()
    start = 0
    while start < len(text):
        # A run never crosses a line feed, so the chunks split no run.
        end = text.find("\n", start + RUNS_CHUNK_CHARS)
        end = len(text) if end < 0 else end
        chunk = text[start:end].encode("utf-8", "surrogatepass").translate(LETTERS_ONLY)
        runs.update(chunk.decode("ascii").split())
        start = end
    return runs


def letter_run_set(text: str) -> set[str]:
    """The runs of ASCII letters of ``text`` (:func:`letter_runs`' keys), not counted: a set
    costs less than a ``Counter``, and most documents need no count (see :func:`run_counts`).

    >>> sorted(letter_run_set("The cat, the CAT-flap. Café"))
    ['CAT', 'Caf', 'The', 'cat', 'flap', 'the']
    """
    runs: set[str] = set()
    start = 0
    while start < len(text):
        end = text.find("\n", start + RUNS_CHUNK_CHARS)  # (as in letter_runs)
        end = len(text) if end < 0 else end
        chunk = text[start:end].encode("utf-8", "surrogatepass").translate(LETTERS_ONLY)
        runs.update(chunk.decode("ascii").split())
        start = end
    return runs


# Up to this many characters searched in all (a word's search reads the text once), the
# runs to count are searched for; beyond it, every run of the text is counted.
MAX_SEARCHED_CHARS = 1 << 21


def run_counts(text: str, words: set[str]) -> Mapping[str, int]:
    """How often each of ``words`` is a whole run of ASCII letters in ``text`` (as
    :func:`letter_runs` counts them): few words in a short text are searched for, else
    every run is counted.

    >>> run_counts("a cat, cats, the cat-flap: Cat", {"cat", "Cat", "dog"})
    {'Cat': 1, 'cat': 2, 'dog': 0}
    """
    if len(words) * len(text) > MAX_SEARCHED_CHARS:
        return letter_runs(text)
    return {word: _whole_runs(text, word) for word in sorted(words)}


def _whole_runs(text: str, word: str) -> int:
    """How often ``word`` (letters) is a whole run of ASCII letters in ``text``."""
    count = 0
    position = text.find(word)
    while position >= 0:
        end = position + len(word)
        if not (_is_ascii_letter(text, position - 1) or _is_ascii_letter(text, end)):
            count += 1
        # (No whole run starts inside a match: the letter before it is the match's.)
        position = text.find(word, end)
    return count


# Signs of a web address; the chunk of non-spaces holding one is the address.
WEB_ADDRESS_SIGNS = ("://", "www.")
# A space, where a chunk of non-spaces ends.
SPACE_RE = lazy_compile(r"\s")


def web_address_runs(text: str) -> Counter[str]:
    """How often each run of ASCII letters occurs in the web addresses of ``text``.

    >>> web_address_runs("by theIntelligencer (https://www.theintelligencer.net/a-b)")
    Counter({'https': 1, 'www': 1, 'theintelligencer': 1, 'net': 1, 'a': 1, 'b': 1})
    """
    runs: Counter[str] = Counter()
    chunks = set()
    for sign in WEB_ADDRESS_SIGNS:
        position = text.find(sign)
        while position >= 0:
            start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1
            space = SPACE_RE.search(text, position)
            end = space.start() if space else len(text)
            if start not in chunks:
                chunks.add(start)
                runs.update(chunk_patterns.LETTER_RUN_RE.findall(text, start, end))
            position = text.find(sign, end)
    return runs


# A text this long is counted whole: it has many rare runs the document writes more than
# once (a book's names: ~1,500 of them), each a search of the text.
MAX_SEARCHED_TEXT_CHARS = 1 << 18


def document_runs(
    text: str, addresses: Counter[str]
) -> tuple[Set[str], Callable[[set[str]], Mapping[str, int]]]:
    """The runs of ASCII letters of ``text`` outside its web addresses (whose runs are
    ``addresses``), and how often each of some of them occurs there (:func:`run_counts`).

    >>> runs, count = document_runs("ab www.ab.cd ab cd", Counter({"www": 1, "ab": 1, "cd": 1}))
    >>> sorted(runs), sorted(count({"ab", "cd"}).items())
    (['ab', 'cd'], [('ab', 2), ('cd', 1)])
    """
    if len(text) > MAX_SEARCHED_TEXT_CHARS:
        counted = letter_runs(text)
        subtract_runs(counted, addresses)
        return counted.keys(), lambda words: counted
    runs = letter_run_set(text)
    if addresses:
        totals = run_counts(text, set(addresses))
        runs.difference_update(run for run, n in addresses.items() if totals[run] <= n)

    def count(words: set[str]) -> Mapping[str, int]:
        totals = run_counts(text, words)
        return {word: totals[word] - addresses[word] for word in words}

    return runs, count


def subtract_runs(runs: Counter[str], taken: Counter[str]) -> None:
    """``runs -= taken`` in place, reading only the words of ``taken`` (``-=`` reads
    every word of ``runs`` for counts gone to zero: a book's tens of thousands).

    >>> runs = Counter({"www": 2, "site": 1, "the": 9})
    >>> subtract_runs(runs, Counter({"www": 1, "site": 1, "net": 1})); runs
    Counter({'the': 9, 'www': 1})
    """
    for run, count in taken.items():
        left = runs[run] - count
        if left > 0:
            runs[run] = left
        else:
            runs.pop(run, None)


def hyphenated_elsewhere(
    text: str, candidates: set[str], forced: dict[str, tuple[int, ...]]
) -> set[str]:
    """The candidates that the document also writes with a hyphen, as a compound.

    Older and technical prose spells a compound both ways (``spoutholes`` and
    ``spout-holes``, ``quicksighted`` and ``quick-sighted``); a lost space never
    leaves a hyphen behind. A forced split still applies.

    >>> sorted(hyphenated_elsewhere("The spout-holes; spoutholes, ropeyarn", {"spoutholes",
    ...     "ropeyarn"}, {}))
    ['spoutholes']
    """
    wanted = {run.lower(): run for run in candidates if run.lower() not in forced}
    found = set()
    for joint in compounds.HYPHEN_JOINT_RE.finditer(text) if wanted else ():
        hyphen = joint.start()
        # The letters before the hyphen (chunk_patterns.LETTERS_BEFORE_RE's search), by rstrip in C.
        before = text[max(0, hyphen - chunk_patterns.MAX_PART_CHARS) : hyphen]
        left = before[len(before.rstrip(ASCII_LETTERS)) :]
        right = chunk_patterns.LETTER_RUN_RE.match(text, hyphen + 1)
        if left and right and (key := (left + right.group()).lower()) in wanted:
            found.add(wanted[key])
    return found


def paragraphs_with(
    text: str, candidates: set[str], counts: Mapping[str, int] | None = None
) -> Iterator[tuple[re.Match[str], set[str]]]:
    """The paragraphs (``chunk_patterns.PARAGRAPH_RE``'s matches) in which a candidate is a whole
    run of letters, in the text's order, each with the candidates it holds so; ``counts``:
    how often each is one in ``text`` (:func:`letter_runs`), if known, so that the search
    for it stops there.

    Few candidates (the usual case) are searched for, and only their paragraphs read. A
    paragraph's own candidates are few even when the document's are many (a book's rare
    words): its chunks are then searched for them (:func:`word_chunks`), not all read.

    >>> [(m.group(), words) for m, words in paragraphs_with("A cat.\\n\\nA dog\\nand a catfish.\\n",
    ...     {"cat", "dog"})]
    [('A cat.', {'cat'}), ('A dog\\nand a catfish.', {'dog'})]
    """
    if len(candidates) > MAX_SEARCHED_CANDIDATES:
        yield from _paragraphs_scanned(text, candidates)
        return
    starts: dict[int, set[str]] = {}
    for candidate in candidates:
        # Whole runs still to find (-1: all there are). Most candidates are seen once: the
        # search ends where it is, halfway through the text on average.
        left = counts[candidate] if counts is not None else -1
        position = text.find(candidate) if left else -1
        while position >= 0:
            end = position + len(candidate)
            if not (_is_ascii_letter(text, position - 1) or _is_ascii_letter(text, end)):
                starts.setdefault(_paragraph_start(text, position), set()).add(candidate)
                left -= 1
                if not left:
                    break
            position = text.find(candidate, end)
    for start in sorted(starts):
        paragraph = chunk_patterns.PARAGRAPH_RE.match(text, start)
        if paragraph:
            yield paragraph, starts[start]


# The characters WORD_CHUNK_RE allows before a chunk's word: ``"(issuedpreviously``.
CHUNK_OPENINGS = frozenset("\"'([{“‘«")


def word_chunks(text: str, start: int, end: int, words: set[str]) -> Iterator[re.Match[str]]:
    """The matches of ``chunk_patterns.WORD_CHUNK_RE`` in ``text[start:end]`` whose word is one of
    ``words``, in the text's order (with many words, every match).

    Few words (the usual case) are searched for and a chunk matched only where one
    stands, rather than every word of a paragraph (which may be a whole article) read.

    >>> [m.group() for m in word_chunks('a "cat," b cat-flap (cat', 0, 24, {"cat", "b"})]
    ['"cat,"', 'b', '(cat']
    """
    if len(words) > MAX_SEARCHED_CANDIDATES:
        yield from chunk_patterns.WORD_CHUNK_RE.finditer(text, start, end)
        return
    found = []
    for word in words:
        position = text.find(word, start, end)
        while position >= 0:
            after = position + len(word)
            whole = not _is_ascii_letter(text, position - 1) and (
                after == end or not _is_ascii_letter(text, after)
            )
            if whole:  # (the text ends at ``end`` for the match, as for ``finditer``)
                # The chunk begins at its opening marks, if any (a match starts only there).
                opening = position
                while opening > start and text[opening - 1] in CHUNK_OPENINGS:
                    opening -= 1
                chunk = chunk_patterns.WORD_CHUNK_RE.match(text, opening, end)
                if chunk and chunk.start("word") == position:
                    found.append(chunk)
            position = text.find(word, after, end)
    yield from sorted(found, key=lambda chunk: chunk.start())


# The marks that join the words of a glued chunk (chunk_patterns.GLUED_CHUNK_RE): ``bedding,butif``.
GLUE_MARKS = frozenset("'’,;!?")


def may_be_glued(text: str, start: int, end: int, words: set[str]) -> bool:
    """Whether one of ``words`` may be a word of a glued chunk (``chunk_patterns.GLUED_CHUNK_RE``)
    in ``text[start:end]``: it stands there next to a glue mark, as each word of such a
    chunk does (with many words, True). Else the chunks need not be searched for.

    >>> may_be_glued("soft bedding,butif you", 0, 22, {"butif"}), may_be_glued("a butif", 0, 7,
    ...     {"butif"})
    (True, False)
    """
    if len(words) > MAX_SEARCHED_CANDIDATES:
        return True
    for word in words:
        position = text.find(word, start, end)
        while position >= 0:
            after = position + len(word)
            if text[position - 1 : position] in GLUE_MARKS or text[after : after + 1] in GLUE_MARKS:
                return True
            position = text.find(word, after, end)
    return False


def _paragraphs_scanned(
    text: str, candidates: set[str]
) -> Iterator[tuple[re.Match[str], set[str]]]:
    """:func:`paragraphs_with` by reading every paragraph's runs: the text with every
    character but ASCII letters and line feeds made a space (its offsets kept), cut at
    its blank lines, each piece's words compared with the candidates.

    >>> [(m.span(), words) for m, words in _paragraphs_scanned("x\\n\\n\\nA caté\\n\\n", {"cat"})]
    [((4, 10), {'cat'})]
    """
    letters = text.encode("ascii", "replace").translate(LETTERS_ONLY).decode("ascii")
    start = 0
    for piece in letters.split("\n\n"):  # (a piece: a paragraph, line feeds around it)
        if present := candidates.intersection(piece.split()):
            paragraph = chunk_patterns.PARAGRAPH_RE.match(
                text, start + len(piece) - len(piece.lstrip("\n"))
            )
            if paragraph:
                yield paragraph, present
        start += len(piece) + 2


def _is_ascii_letter(text: str, index: int) -> bool:
    """Whether ``text[index]`` is an ASCII letter (no character lies outside the text)."""
    return 0 <= index < len(text) and ("a" <= text[index] <= "z" or "A" <= text[index] <= "Z")


def _paragraph_start(text: str, position: int) -> int:
    """Where the paragraph (a run of non-empty lines) holding ``text[position]`` starts;
    that character is no line feed.

    >>> _paragraph_start("\\nOne\\nline\\n\\n\\nTwo", 6), _paragraph_start("\\nOne\\n\\n\\nTwo", 8)
    (1, 7)
    """
    blank = text.rfind("\n\n", 0, position)
    if blank >= 0:
        return blank + 2
    return 1 if text.startswith("\n") else 0
