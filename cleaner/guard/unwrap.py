"""The ``unwrap`` pass's guard: the same text without whitespace, but line-end hyphens that went."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate

from cleaner.guard.compare import GUARD_BLOCK_CHARS, first_difference, without_whitespace
from cleaner.textblocks import CharacterStream, line_blocks

# A hyphen at a line end (any break unwrap reads as one: LF, CR, VT, FF, FS/GS/RS, NEL, LS,
# PS), which unwrap may drop when it joins the two halves of a word.
LINE_END_HYPHEN_RE = re.compile(
    r"-[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*(?=[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])"
)


# A run of hyphens, or of anything else, in the text without whitespace.
HYPHEN_RUN_RE = re.compile(r"-+|[^-]+")


SOFT_HYPHEN = "\u00ad"


# Characters of unwrap's input kept after each hyphen run, to show if it came back wrong.
FOLLOWING_CHARS = 40


# Texts up to this many characters are first compared whole, without whitespace: when
# nothing but whitespace changed (no line-end hyphen went), that settles it at once.
WHOLE_TEXT_CHARS = 1 << 23


def guard_unwrap(before: str, after: str, **_options: object) -> str | None:
    """Unwrap joins lines: same words, but a line-end hyphen may go and soft hyphens may go.

    Without whitespace, ``before`` is runs of hyphens and runs of other characters. Each
    other run must come back as it is, and each hyphen run with at least its hyphens that
    did not end a line and at most all of them (which of a run's hyphens went cannot
    matter: "--\\n--\\n" may lose either line-end one). Both texts are read a block of
    lines at a time, so a huge text costs no whole copy.

    >>> guard_unwrap("inter-\\nnational well-\\nknown", "international well-known") is None
    True
    >>> guard_unwrap("--\\n--\\nAnna", "--\\n--\\nAnna\\n") is None
    True
    >>> guard_unwrap("a line\\nthat goes on", "a line that on")
    "changed non-whitespace characters near 'alinethatgoeson'"
    """
    if (
        _only_line_end_hyphens_gone(before, after)
        if len(before) <= WHOLE_TEXT_CHARS
        else _line_end_hyphens_gone_by_blocks(before, after)
    ):
        return None  # Every run comes back as it is, each hyphen run whole or less line ends.
    return _runs_walked(before, after)


def _runs_walked(before: str, after: str) -> str | None:
    """:func:`guard_unwrap`'s verdict, each run of ``before`` read off ``after`` in turn."""
    new = CharacterStream(_visible(block) for block in line_blocks(after, GUARD_BLOCK_CHARS))
    for run, may_go, following in _runs_without_whitespace(before):
        if run[0] != "-":
            if (found := new.peek(len(run))) != run:
                return first_difference(run, found)
            new.skip(len(run))
            continue
        kept_count = new.hyphens()
        if not len(run) - may_go <= kept_count <= len(run):
            old = run + following
            return first_difference(old, new.peek(len(old) + 1))
        new.skip(kept_count)
    rest = new.peek(FOLLOWING_CHARS)
    return first_difference("", rest) if rest else None


# Marks a line-end hyphen in _only_line_end_hyphens_gone (when the text holds none), in
# the text and in its bytes.
HYPHEN_MARK = "\x00"
HYPHEN_MARK_BYTES = b"\x00"
# A run of hyphens, maybe empty, in a text's bytes.
HYPHEN_RUN_AT_RE = re.compile(b"-*")


def _only_line_end_hyphens_gone(before: str, after: str) -> bool:
    """Whether ``after`` without whitespace and soft hyphens is ``before`` so, with some of
    its line-end hyphens gone: :func:`guard_unwrap`'s verdict, with a Python step per
    line-end hyphen rather than per run (a hyphenated text has one every few lines). The
    hyphen run a line-end hyphen is in does not matter (hyphens are alike), except where
    its hyphens are counted (of ``--\\n--``, either line-end one may have gone); a run
    that goes on over a whole piece between two line ends is not read off, and this says
    False (not proven), as for any other difference.

    >>> _only_line_end_hyphens_gone("inter-\\nnational well-\\nknown", "international well-known")
    True
    >>> _only_line_end_hyphens_gone("a well-known\\nman", "a wellknown man")
    False
    """
    if HYPHEN_MARK in before:
        return False
    # Their UTF-8 bytes are compared with the whitespace deleted, which makes no string per
    # word (a multi-byte character holds no ASCII byte).
    old, new = _marked_bytes(before), _visible_bytes(after)
    if old.replace(HYPHEN_MARK_BYTES, b"-") == new:
        return True  # (every hyphen kept)
    return _read_off(old, new, 0) == len(new)


def _read_off(old: bytes, new: bytes, position: int) -> int:
    """Where ``old`` (visible bytes, its line-end hyphens as ``HYPHEN_MARK_BYTES``) ends in
    ``new`` read from ``position``, with some of those hyphens gone; -1 if it is not so (or
    not proven so).

    >>> _read_off(b"inter\\x00national", b"xinternational", 1)
    14
    >>> _read_off(b"well\\x00-known", b"well-known", 0), _read_off(b"a\\x00b", b"a--b", 0)
    (10, -1)
    """
    pieces = old.split(HYPHEN_MARK_BYTES)
    index, last = 0, len(pieces) - 1
    while True:
        piece = pieces[index]
        if not new.startswith(piece, position):
            return -1
        position += len(piece)
        if index == last:
            return position
        # One or more line-end hyphens, then the piece after them: what is left of the
        # hyphen run is the hyphens ``new`` has here, less those that piece starts with.
        removable, index = 1, index + 1
        while index < last and not pieces[index]:
            removable, index = removable + 1, index + 1
        following = pieces[index]
        leading = len(following) - len(following.lstrip(b"-"))
        if following and leading == len(following) and index < last:
            return -1  # (the run goes on beyond the piece: not read off here)
        kept = HYPHEN_RUN_AT_RE.match(new, position).end() - position - leading  # type: ignore[union-attr]
        if not 0 <= kept <= removable:
            return -1
        position += kept


def _line_end_hyphens_gone_by_blocks(before: str, after: str) -> bool:
    """:func:`_only_line_end_hyphens_gone` of a text too long to copy whole: ``before`` a
    block of lines at a time, read off the visible bytes of ``after`` as they come (a
    hyphen run cut by a block's end is not read off: False, not proven).

    >>> gone = _line_end_hyphens_gone_by_blocks
    >>> gone("inter-\\nnational well-\\nknown", "international wellknown")
    True
    >>> gone("a well-known\\nman", "a wellknown man")
    False
    """
    if HYPHEN_MARK in before:
        return False
    new_blocks = (_visible_bytes(block) for block in line_blocks(after, GUARD_BLOCK_CHARS))
    new, position = b"", 0
    for block in line_blocks(before, GUARD_BLOCK_CHARS):
        old = _marked_bytes(block)
        while len(new) - position <= len(old):  # (and one more: a hyphen run's end)
            more = next(new_blocks, False)
            if more is False:
                break  # (all of ``after`` read)
            new, position = new[position:] + more, 0
        kept = old.replace(HYPHEN_MARK_BYTES, b"-")
        if new.startswith(kept, position):  # (every hyphen kept)
            position += len(kept)
            continue
        position = _read_off(old, new, position)
        if position < 0:
            return False
    return position == len(new) and not any(more != b"" for more in new_blocks)


def _marked_bytes(text: str) -> bytes:
    """:func:`_visible_bytes` of ``text`` with its line-end hyphens as :data:`HYPHEN_MARK`
    (a soft hyphen between a hyphen and the line end is gone first, as unwrap drops it).

    >>> _marked_bytes("inter-\\xad\\nnational, well-known")
    b'inter\\x00national,well-known'
    """
    if not text.isascii() and SOFT_HYPHEN in text:  # (one-character search: memory speed)
        text = text.replace(SOFT_HYPHEN, "")
    return _visible_bytes(LINE_END_HYPHEN_RE.sub(HYPHEN_MARK, text))


def _visible_bytes(text: str) -> bytes:
    """``text``'s UTF-8 bytes without soft hyphens and whitespace (the rest of it, which
    ASCII bytes hold none of, made spaces first).

    >>> _visible_bytes("a\\u00ad b\\u00a0c\\n")
    b'abc'
    """
    if not text.isascii():  # (An ASCII text holds neither: no search of it, no copy.)
        if SOFT_HYPHEN in text:  # (a one-character search, at memory speed: replace's is not)
            text = text.replace(SOFT_HYPHEN, "")
        # (A search for each character, at memory speed, is twice as fast as the pattern's.)
        if any(space in text for space in NON_ASCII_WHITESPACE):
            text = NON_ASCII_WHITESPACE_RE.sub(" ", text)
    return _bytes_without_ascii_whitespace(text)


def _visible(text: str) -> str:
    """``text`` without whitespace and soft hyphens."""
    return without_whitespace(text.replace(SOFT_HYPHEN, ""))


# The whitespace ``str.split`` cuts at: the ASCII characters, and the others (tests check
# that the two sets are every character of ``str.isspace``).
ASCII_WHITESPACE = b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "


# (:data:`NON_ASCII_WHITESPACE_RE` is made of them.)
NON_ASCII_WHITESPACE = (
    "\x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
)


NON_ASCII_WHITESPACE_RE = re.compile(f"[{NON_ASCII_WHITESPACE}]")


def _bytes_without_ascii_whitespace(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass").translate(None, ASCII_WHITESPACE)


def _runs_without_whitespace(text: str) -> Iterator[tuple[str, int, str]]:
    """The runs of hyphens and of other characters of ``text`` without whitespace and soft
    hyphens: each with how many of its hyphens ended a line, and a few characters after it.

    A run of other characters may come in several pieces (one per block of lines read);
    a run of hyphens comes whole.

    >>> list(_runs_without_whitespace("a -\\n-b\\n c"))
    [('a', 0, '--bc'), ('--', 1, 'bc'), ('bc', 0, '')]
    """
    hyphens, hyphens_may_go, hyphens_following = "", 0, ""
    for block in line_blocks(text, GUARD_BLOCK_CHARS):
        old, line_end_hyphens = _without_whitespace(block.replace(SOFT_HYPHEN, ""))
        for run in HYPHEN_RUN_RE.finditer(old):
            start, end = run.span()
            following = old[end : end + FOLLOWING_CHARS]
            if old[start] == "-":
                hyphens += run.group()
                hyphens_may_go += bisect_left(line_end_hyphens, end)
                hyphens_may_go -= bisect_left(line_end_hyphens, start)
                hyphens_following = following
                continue
            if hyphens:
                yield hyphens, hyphens_may_go, hyphens_following
                hyphens, hyphens_may_go = "", 0
            yield run.group(), 0, following
    if hyphens:
        yield hyphens, hyphens_may_go, hyphens_following


def _without_whitespace(text: str) -> tuple[str, list[int]]:
    """``text`` without whitespace, and the offsets in it of the hyphens that ended a line.

    >>> _without_whitespace("a -\\nb-\\n c")
    ('a-b-c', [1, 3])
    """
    pieces = [without_whitespace(piece) for piece in LINE_END_HYPHEN_RE.split(text)]
    ends = list(accumulate(len(piece) + 1 for piece in pieces[:-1]))
    return "-".join(pieces), [end - 1 for end in ends]
