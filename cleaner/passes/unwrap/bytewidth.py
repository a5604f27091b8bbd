"""Lines wrapped by a tool that counted UTF-8 bytes rather than characters.

Project Gutenberg's UTF-8 books (War and Peace, #2600; Dubliners, #2814) were wrapped at 72
bytes: a line holding curly quotes, dashes or accented letters stops short of 72
characters, and reads as one that had room for the next word, as verse does
(``“Because I hate ghost stories,” said Prince Hippolyte in a tone`` / ``which showed...``:
63 characters, 67 bytes). ``encoding`` has straightened the quotes by the time ``unwrap``
reads the lines, so a straight quote counts as the curly one it was.
"""

from __future__ import annotations

from itertools import pairwise

# A curly quote's UTF-8 bytes beyond the one a straight quote has.
QUOTE_EXTRA = 2
# At least this many lines wider in bytes than in characters with room for the next word in
# characters, none in bytes...
MIN_ROOMY_IN_CHARACTERS = 5
# ... and at least as many as lines longer than the width in bytes, for a document to be read
# as wrapped in bytes, at least in part (War and Peace's first 45% are, the rest not: 2,913
# such lines, 2,335 wider in bytes; a line wider in bytes than the width was wrapped in
# characters, and still reads so: its bytes leave it no room either). The Canterbury Tales,
# wrapped in characters at 65 and 72 with straight quotes, show 230 and 370.
WIDER_PER_ROOMY = 1
# Lines wider in bytes have room in characters at least this many times as often as plain
# lines (only ASCII, no quote) have: a ragged text (PDF pages, hand-wrapped prose) shows room
# alike in both (War and Peace 26% against 10%, Dubliners 54% against 10%; a PDF
# extractor's Austen 32% against 24%).
ROOMIER_BY = 2
# The lines read: a text this long or shorter whole, a longer one in SAMPLE_WINDOWS windows
# of SAMPLE_CHARS / SAMPLE_WINDOWS characters spread over it (the evidence is a share, and
# a book's 15,000 lines would cost 14 ms/MB read whole).
SAMPLE_CHARS = 400_000
SAMPLE_WINDOWS = 40


def byte_columns(line: str) -> int:
    """The columns a wrapper counting UTF-8 bytes gave ``line``, its straight quotes counted
    as the curly ones they were.

    >>> byte_columns('"Because," said Prince Vasíli')  # (29 characters)
    34
    """
    return len(line.encode()) + QUOTE_EXTRA * (line.count('"') + line.count("'"))


def next_word_columns(following: str) -> int:
    """The :func:`byte_columns` of the first word of ``following`` (0 if it has none): what
    a wrapper counting bytes needed room for.

    >>> next_word_columns("Pávlovna. Then"), next_word_columns("")
    (10, 0)
    """
    words = following.split(None, 1)
    return byte_columns(words[0]) if words else 0


def wrapped_in_bytes(text: str, width: int, text_lines: list[str] | None = None) -> bool:
    """Whether ``text``, wrapped at ``width`` characters as its plain lines show, was wrapped
    in bytes (:func:`byte_columns`), at least in part: of its lines wider in bytes than in
    characters that go on in lower case below, at least MIN_ROOMY_IN_CHARACTERS had room for
    the next word in characters and none in bytes, one for every WIDER_PER_ROOMY wider than
    ``width`` in bytes or more, ROOMIER_BY times as large a share as plain lines had room
    (read on :func:`sampled_windows`). Then a line has room only if it has in bytes.
    ``text_lines``: ``text.split("\\n")``, if the caller has it (a text read whole only).

    >>> line = '"Because I hate ghost stories," said Prince Hippolyte in a tone\\nwhich was\\n'
    >>> plain = "A plain line that had no room for the next word of the next line here\\nbelow.\\n"
    >>> wrapped_in_bytes((line + plain) * 5, 72), wrapped_in_bytes((line + plain) * 5, 66)
    (True, False)
    """
    if text_lines is not None and len(text) <= SAMPLE_CHARS:
        samples = [text_lines]
    else:
        samples = [window.split("\n") for window in sampled_windows(text)]
    roomy = wider = checked = 0
    unmeasured: list[str] = []  # Lines whose bytes were not counted: wider or not, unknown.
    for lines in samples:
        for line, following in pairwise(lines):
            if (line.isascii() and '"' not in line and "'" not in line) or not (
                "a" <= following[:1] <= "z"
            ):
                continue
            checked += 1
            length = len(line)
            if length > width:  # (no room in characters; wider in bytes, as it is longer)
                wider += 1
                continue
            # Bytes are counted only where the line had room in characters (few lines do:
            # those of a text wrapped in bytes, or verse); a word has a letter at least.
            if length + 2 <= width:
                word = len(following.split(None, 1)[0])
                if length + 1 + word <= width:
                    # (byte_columns, inline)
                    columns = len(line.encode()) + QUOTE_EXTRA * (line.count('"') + line.count("'"))
                    roomy += width < columns + 1 + word  # (none in bytes: bytes tell the break)
                    wider += columns > width
                    continue
            unmeasured.append(line)
    if roomy < MIN_ROOMY_IN_CHARACTERS:
        return False
    wider += sum(byte_columns(line) > width for line in unmeasured)  # (asked of few texts)
    if roomy * WIDER_PER_ROOMY < wider:
        return False
    plain_roomy = plain = 0  # (asked of the few texts that get this far)
    for lines in samples:
        for line, following in pairwise(lines):
            if not ("a" <= following[:1] <= "z" and line) or not line.isascii():
                continue
            if '"' not in line and "'" not in line:
                plain += 1
                plain_roomy += len(line) + 1 + len(following.split(None, 1)[0]) <= width
    return roomy * plain >= ROOMIER_BY * plain_roomy * checked


def sampled_windows(text: str) -> list[str]:
    """The parts of ``text`` :func:`wrapped_in_bytes` reads: all of it up to SAMPLE_CHARS,
    else SAMPLE_WINDOWS windows spread evenly over it, each from a line's start.

    >>> [len(window) for window in sampled_windows("a\\nb\\n" * 5)]
    [20]
    """
    if len(text) <= SAMPLE_CHARS:
        return [text]
    size = SAMPLE_CHARS // SAMPLE_WINDOWS
    step = (len(text) - size) // (SAMPLE_WINDOWS - 1)
    windows = []
    for start in range(0, step * SAMPLE_WINDOWS, step):
        window = text[start : start + size]
        windows.append(window[window.find("\n") + 1 :] if start else window)
    return windows
