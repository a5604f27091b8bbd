"""The content guard: after each pass, check that it kept the words it promises to keep.

Like black's safety check, this catches a bug in a pass before it costs a user text: every
pass documents what it may change, and its guard checks the text before and after it
against exactly that. A guard is ``guard(before, after, **options) -> str | None`` and
returns what went wrong, or None. The pipeline raises :class:`ContentGuardError` (naming
the pass) and the file is left untouched.

Guards are attached by pass name through :data:`GUARDS`, so a pass added to the registry
is guarded without touching this module; ``Pass(..., guard=fn)`` overrides it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from itertools import accumulate, chain
from typing import TYPE_CHECKING, AnyStr

from cleaner.align import common_prefix_length
from cleaner.passes.encoding.precheck import has_ligature, spell_out_ligatures
from cleaner.pipeline import ContentGuardError
from cleaner.textblocks import CharacterStream, line_blocks, line_groups, lines_of

if TYPE_CHECKING:
    from cleaner.passes import Pass

Guard = Callable[..., "str | None"]

# Any run of whitespace (Unicode-aware): what the whitespace pass may change.
WHITESPACE_RE = re.compile(r"\s+")
# The ASCII characters other than letters and digits, as bytes: the encoding guard drops
# them (and all non-ASCII characters) and compares the rest.
NOT_ALNUM_BYTES = bytes(code for code in range(128) if not chr(code).isalnum())
# A hyphen at a line end (any break unwrap reads as one: LF, CR, VT, FF, FS/GS/RS, NEL, LS,
# PS), which unwrap may drop when it joins the two halves of a word.
LINE_END_HYPHEN_RE = re.compile(
    r"-[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*(?=[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])"
)
# A run of hyphens, or of anything else, in the text without whitespace.
HYPHEN_RUN_RE = re.compile(r"-+|[^-]+")
SOFT_HYPHEN = "\u00ad"
# The guards read a huge text a block at a time: of this many characters (cut at a line
# end) or of this many lines.
GUARD_BLOCK_CHARS = 1 << 16
GUARD_BLOCK_LINES = 1 << 14
# Characters of unwrap's input kept after each hyphen run, to show if it came back wrong.
FOLLOWING_CHARS = 40


def check_step(cleaning_pass: Pass, before: str, after: str, options: dict) -> None:
    """Raise :class:`ContentGuardError` if ``cleaning_pass`` broke its promise on this text.

    >>> from cleaner.passes import PASS_BY_NAME
    >>> check_step(PASS_BY_NAME["whitespace"], "a  b", "a", {})
    Traceback (most recent call last):
    ...
    cleaner.pipeline.ContentGuardError: content guard: pass 'whitespace' changed words near ...
    """
    guard = guard_for(cleaning_pass)
    problem = guard(before, after, **options) if guard is not None else None
    if problem is not None:
        raise ContentGuardError(cleaning_pass.name, problem)


def guard_for(cleaning_pass: Pass) -> Guard | None:
    """The pass's own guard if it has one, else the one registered under its name."""
    return getattr(cleaning_pass, "guard", None) or GUARDS.get(cleaning_pass.name)


def guard_whitespace(before: str, after: str, **_options: object) -> str | None:
    """Whitespace may change, but not vanish between words; every other character stays.

    >>> guard_whitespace("a \\t b\\r\\n", "a b\\n") is None
    True
    >>> guard_whitespace("a b c", "ab c")
    "changed words near 'a b c'"
    """
    if _only_spacing_differs(before, after):
        return None
    # " ".join(text.split()): every whitespace run one space, none at the ends, in C.
    old = " ".join(before.split())
    new = " ".join(after.split())
    return _first_difference(old, new, "changed words")


# A run of whitespace, maybe empty (``\s`` is what ``str.split`` cuts at: str.isspace).
SPACING_RE = re.compile(r"\s*")
# How many differences _only_spacing_differs looks at, at most, per this many characters,
# before it leaves the text to the whole comparison (each costs a search in slices).
SPACING_DIFFERENCES = 8
SPACING_DIFFERENCE_CHARS = 250


def _only_spacing_differs(before: str, after: str) -> bool:
    """Whether the texts differ only in their runs of whitespace (none gone between two
    words, none made inside one): :func:`guard_whitespace`'s verdict, read off at the few
    places that changed (:func:`_differs_only_where`).

    >>> _only_spacing_differs("a  b \\n\\n\\nc", "a b\\n\\nc\\n")
    True
    >>> _only_spacing_differs("a b", "ab"), _only_spacing_differs("a b", "a c")
    (False, False)
    """
    return _differs_only_where(before, after, _past_spacing)


def _differs_only_where(
    before: str, after: str, past: Callable[[str, str, int, int], tuple[int, int] | None]
) -> bool:
    """Whether ``past`` accepts every difference of the texts: the common runs are skipped
    by slice comparisons (C speed), and at each difference ``past`` gives where the texts
    go on, or None. A text with many differences is left to the whole comparison (False:
    not proven)."""
    i = j = 0
    n, m = len(before), len(after)
    budget = SPACING_DIFFERENCES + n // SPACING_DIFFERENCE_CHARS
    while budget:
        common = common_prefix_length(before, i, after, j)
        i, j = i + common, j + common
        if i == n and j == m:
            return True
        step = past(before, after, i, j)
        if step is None:
            return False
        i, j = step
        budget -= 1
    return False


def _past_spacing(before: str, after: str, i: int, j: int) -> tuple[int, int] | None:
    """Past the runs of whitespace that differ at ``before[i]`` and ``after[j]``, if that is
    all that differs there (see :func:`_only_spacing_differs`)."""
    n, m = len(before), len(after)
    # The whitespace run the difference is in (on both sides, from where it starts).
    back = i - _run_start(before, i)
    i, j = i - back, j - back
    end_i, end_j = SPACING_RE.match(before, i).end(), SPACING_RE.match(after, j).end()
    if end_i == i and end_j == j:
        return None  # (not whitespace: a word changed)
    inside = i > 0 and end_i < n and j > 0 and end_j < m  # between two words
    if inside and (end_i == i or end_j == j):
        return None  # (whitespace gone between words, or made inside one)
    if (end_i == n) != (end_j == m) or (end_i < n and before[end_i] != after[end_j]):
        return None  # (a word changed after the whitespace, or one went at the end)
    return end_i, end_j


def _run_start(text: str, index: int) -> int:
    """Where the run of whitespace that ends at ``index`` starts (``index`` if none)."""
    while index and text[index - 1].isspace():
        index -= 1
    return index


def guard_split(before: str, after: str, **_options: object) -> str | None:
    """Split only inserts spaces inside merged words: the text without spaces is the same.

    Compared a block of lines at a time: with the same lines on both sides, the texts
    without spaces are equal exactly when each pair of blocks cut at the same lines is.

    >>> guard_split("issuedpreviously", "issued previously") is None
    True
    >>> guard_split("issuedpreviously", "issued prev")
    "changed non-whitespace characters near 'issuedpreviously'"
    """
    if before.count("\n") != after.count("\n"):
        return "changed the number of lines"
    if _only_spaces_differ(before, after):
        return None
    for old, new in zip(
        line_groups(before, GUARD_BLOCK_LINES), line_groups(after, GUARD_BLOCK_LINES), strict=True
    ):
        if problem := _first_difference(old.replace(" ", ""), new.replace(" ", "")):
            return problem
    return None


def _only_spaces_differ(before: str, after: str) -> bool:
    """Whether the texts differ only in spaces put in or taken out: :func:`guard_split`'s
    verdict, read off at the few places that changed (:func:`_differs_only_where`).

    >>> _only_spaces_differ("issuedpreviously", "issued previously")
    True
    >>> _only_spaces_differ("issuedpreviously", "issued prev")
    False
    """
    return _differs_only_where(before, after, _past_space)


def _past_space(before: str, after: str, i: int, j: int) -> tuple[int, int] | None:
    """Past a space put in at ``after[j]`` or taken out at ``before[i]``, if that is it."""
    if after[j : j + 1] == " ":
        return i, j + 1
    if before[i : i + 1] == " ":
        return i + 1, j
    return None


def guard_boilerplate(before: str, after: str, **_options: object) -> str | None:
    """Boilerplate only removes whole lines: the non-blank lines left are input lines, in
    order, and what went is whole logical lines (never one line of a wrapped paragraph).

    >>> guard_boilerplate("News Ticker\\n\\nText.\\n", "Text.\\n") is None
    True
    >>> guard_boilerplate("Text one.\\n", "Text.\\n")
    "changed or moved a line: 'Text.'"
    >>> guard_boilerplate("Read more about the bridge in the book Mrs Hale wrote with her\\n"
    ...                   "brother in 1998.\\n", "brother in 1998.\\n")
    "removed part of a wrapped line: 'Read more about the bridge in '"
    """
    # Only when boilerplate ran; lines unwrap sets apart are not wrapped, as the pass judges.
    from cleaner.passes.boilerplate.whole import UnwrapParts, partial_runs

    parted = UnwrapParts(before)
    remaining = (line for line in lines_of(after, GUARD_BLOCK_LINES) if line.strip())
    pending = next(remaining, None)
    paragraph: list[str] = []
    removed: set[int] = set()
    partial: str | None = None
    for number, line in enumerate(chain(lines_of(before, GUARD_BLOCK_LINES), [""])):
        if line.strip():
            if line == pending:
                pending = next(remaining, None)
            else:
                removed.add(len(paragraph))
            paragraph.append(line)
            continue
        start = number - len(paragraph)
        runs = partial_runs(paragraph, removed, parted.shifted(start)) if removed else ()
        for run in runs if not partial else ():
            partial = f"removed part of a wrapped line: {_excerpt(paragraph[run[0]])}"
        paragraph, removed = [], set()
    if pending is not None:
        return f"changed or moved a line: {_excerpt(pending)}"
    if partial is not None and _whole_aligned_last(before, after):
        return None
    return partial


def _whole_aligned_last(before: str, after: str) -> bool:
    """Whether what went is whole logical lines when each line left is taken for the last
    input line it can be. (A line that occurs twice, a menu link and the same line kept
    further down, is taken for the first one above; the pass may have kept the second.)

    >>> before = "Lighthouse reopens after a year of repairs\\nHome\\n\\nHome\\nText.\\n"
    >>> _whole_aligned_last(before, "Home\\nText.\\n")
    True
    >>> guard_boilerplate(before, "Home\\nText.\\n") is None
    True
    """
    from cleaner.passes.boilerplate.whole import UnwrapParts, partial_runs

    parted = UnwrapParts(before)
    lines = before.split("\n")
    left = [line for line in after.split("\n") if line.strip()]
    kept: set[int] = set()
    for i in range(len(lines) - 1, -1, -1):
        if left and lines[i].strip() and lines[i] == left[-1]:
            kept.add(i)
            left.pop()
    if left:
        return False
    start = 0
    for end in [*(i for i, line in enumerate(lines) if not line.strip()), len(lines)]:
        paragraph = lines[start:end]
        removed = {i - start for i in range(start, end) if i not in kept}
        runs = partial_runs(paragraph, removed, parted.shifted(start)) if removed else iter(())
        if next(iter(runs), None) is not None:
            return False
        start = end + 1
    return True


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
                return _first_difference(run, found)
            new.skip(len(run))
            continue
        kept_count = new.hyphens()
        if not len(run) - may_go <= kept_count <= len(run):
            old = run + following
            return _first_difference(old, new.peek(len(old) + 1))
        new.skip(kept_count)
    rest = new.peek(FOLLOWING_CHARS)
    return _first_difference("", rest) if rest else None


# Marks a line-end hyphen in _only_line_end_hyphens_gone (when the text holds none).
HYPHEN_MARK = "\x00"
# A run of hyphens, maybe empty (in the text, and in its bytes).
HYPHEN_RUN_AT_RE = re.compile("-*")
HYPHEN_RUN_AT_BYTES_RE = re.compile(b"-*")


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
    marked = LINE_END_HYPHEN_RE.sub(HYPHEN_MARK, before.replace(SOFT_HYPHEN, ""))
    old, new = _visible_bytes(marked), _visible_bytes(after)
    return _line_end_hyphens_gone(old, new, HYPHEN_MARK.encode(), b"-")


def _line_end_hyphens_gone(old: AnyStr, new: AnyStr, mark: AnyStr, hyphen: AnyStr) -> bool:
    """:func:`_only_line_end_hyphens_gone` of the visible texts (strings, or their bytes),
    ``old`` with its line-end hyphens as ``mark``."""
    if old.replace(mark, hyphen) == new:
        return True  # (every hyphen kept)
    return _read_off(old, new, 0, mark, hyphen) == len(new)


def _read_off(old: AnyStr, new: AnyStr, position: int, mark: AnyStr, hyphen: AnyStr) -> int:
    """Where ``old`` (visible, its line-end hyphens as ``mark``) ends in ``new`` read from
    ``position``, with some of those hyphens gone; -1 if it is not so (or not proven so).

    >>> _read_off("inter\\x00national", "xinternational", 1, "\\x00", "-")
    14
    """
    pieces = old.split(mark)
    hyphens = HYPHEN_RUN_AT_RE if isinstance(hyphen, str) else HYPHEN_RUN_AT_BYTES_RE
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
        leading = len(following) - len(following.lstrip(hyphen))
        if following and leading == len(following) and index < last:
            return -1  # (the run goes on beyond the piece: not read off here)
        kept = hyphens.match(new, position).end() - position - leading  # type: ignore[union-attr]
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
    new, position, mark = b"", 0, HYPHEN_MARK.encode()
    for block in line_blocks(before, GUARD_BLOCK_CHARS):
        old = _visible_bytes(LINE_END_HYPHEN_RE.sub(HYPHEN_MARK, block.replace(SOFT_HYPHEN, "")))
        while len(new) - position <= len(old):  # (and one more: a hyphen run's end)
            more = next(new_blocks, False)
            if more is False:
                break  # (all of ``after`` read)
            new, position = new[position:] + more, 0
        kept = old.replace(mark, b"-")
        if new.startswith(kept, position):  # (every hyphen kept)
            position += len(kept)
            continue
        position = _read_off(old, new, position, mark, b"-")
        if position < 0:
            return False
    return position == len(new) and not any(more != b"" for more in new_blocks)


def _visible_bytes(text: str) -> bytes:
    """``text``'s UTF-8 bytes without soft hyphens and whitespace (the rest of it, which
    ASCII bytes hold none of, made spaces first).

    >>> _visible_bytes("a\\u00ad b\\u00a0c\\n")
    b'abc'
    """
    text = NON_ASCII_WHITESPACE_RE.sub(" ", text.replace(SOFT_HYPHEN, ""))
    return _bytes_without_ascii_whitespace(text)


def without_whitespace(text: str) -> str:
    """``WHITESPACE_RE.sub("", text)``, at twice its speed (``str.split`` cuts at the same
    characters: tests/test_guard.py checks every one).

    >>> without_whitespace(" a\\u3000b\\n\\tc ")
    'abc'
    """
    return "".join(text.split())


def _visible(text: str) -> str:
    """``text`` without whitespace and soft hyphens."""
    return without_whitespace(text.replace(SOFT_HYPHEN, ""))


# The whitespace ``str.split`` cuts at: the ASCII characters, and the others (tests check
# that the two sets are every character of ``str.isspace``).
ASCII_WHITESPACE = b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
NON_ASCII_WHITESPACE_RE = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


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


def guard_encoding(
    before: str, after: str, *, remove_terminal_escapes: bool = True, **_options: object
) -> str | None:
    """Character repair keeps every ASCII letter and digit, in order.

    ftfy only rewrites non-ASCII sequences (mojibake), entities, terminal escapes, control
    characters, ligatures, widths and Unicode forms. Both sides are put through the
    entity, escape, control-character and NFC steps (which act alike on both), and then
    the ASCII letters and digits of ``before`` must appear in ``after`` in order (ligature,
    width and NFKC repairs may add some). Other characters are not checked: mojibake repair
    legitimately turns letters such as ``â`` into punctuation, so no count would be sound.

    >>> guard_encoding("Caf\\u00c3\\u00a9 &amp; \\ufb01sh", "Café & fish") is None
    True
    >>> guard_encoding("one two", "one")
    "lost ASCII letters or digits near 'onetwo'"
    """
    if _ascii_alnum(before) == _ascii_alnum(after):
        return None  # Every ASCII letter and digit is there, in order: the common case.
    if has_ligature(before) and _ascii_alnum(spell_out_ligatures(before)) == _ascii_alnum(after):
        return None  # The same, and the letters ftfy spelt out for ligatures (PDF text).
    old = _ascii_alnum(_canonical(before, remove_terminal_escapes))
    # Decomposed, so that a letter composed with a mark ('U' + U+0300 -> 'Ù') still shows.
    new = _ascii_alnum(unicodedata.normalize("NFD", _canonical(after, remove_terminal_escapes)))
    if old != new and not _is_subsequence(old, new):
        return "lost ASCII letters or digits near " + _excerpt(_missing_from(old, new))
    return None


def _canonical(text: str, strip_escapes: bool) -> str:
    """Apply to one side the ftfy steps that may remove or add ASCII letters."""
    from ftfy import fixes  # Deferred: only texts the encoding pass changed get here.

    for _ in range(4):  # ftfy repeats its steps until the text is stable; so do we.
        previous = text
        text = fixes.unescape_html(text)
        if strip_escapes:
            text = fixes.remove_terminal_escapes(text)
        if _control_char_re().search(text):  # Else translating would return the same text.
            text = fixes.remove_control_chars(text)
        if text == previous:
            break
    # Not ligatures or full-width forms: mojibake repair may legitimately consume them
    # ('ﬁÉ' read as MacRoman), and when they become ASCII the subsequence check allows it.
    return unicodedata.normalize("NFC", text)


@cache
def _control_char_re() -> re.Pattern[str]:
    """Any character ftfy's ``remove_control_chars`` deletes (it translates them to None)."""
    from ftfy.chardata import CONTROL_CHARS

    return re.compile("[" + "".join(re.escape(chr(code)) for code in CONTROL_CHARS) + "]")


def _ascii_alnum(text: str) -> str:
    """The ASCII letters and digits of ``text``, in order (by codecs, at memory speed).

    >>> _ascii_alnum("Zoë’s 2 cafés!")
    'Zos2cafs'
    """
    return text.encode("ascii", "ignore").translate(None, NOT_ALNUM_BYTES).decode("ascii")


def _is_subsequence(needle: str, haystack: str) -> bool:
    """True if ``needle``'s characters appear in ``haystack`` in order (extra ones allowed).

    Greedy, each character at its first place from where the last one matched; a run the
    two share is skipped at once (each of its characters would match where it stands).

    >>> _is_subsequence("Zoe", "Zoe\u0308"), _is_subsequence("ab", "ba")
    (True, False)
    """
    index = position = 0
    while index < len(needle):
        common = common_prefix_length(needle, index, haystack, position)
        index, position = index + common, position + common
        if index == len(needle):
            return True
        position = haystack.find(needle[index], position) + 1
        if not position:
            return False
        index += 1
    return True


def _missing_from(needle: str, haystack: str) -> str:
    """``needle`` around the first character ``haystack`` cannot match in order."""
    position = 0
    for index, char in enumerate(needle):
        position = haystack.find(char, position) + 1
        if not position:
            return needle[max(0, index - 10) : index + 20]
    return ""


def _first_difference(
    old: str, new: str, what: str = "changed non-whitespace characters"
) -> str | None:
    """None if equal, else a short description with the text around the first difference."""
    if old == new:
        return None
    low, high = 0, min(len(old), len(new))
    while low < high:  # Binary search on slices: C-speed comparisons, even for huge texts.
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    # From the start of the word that differs (at most 10 characters back).
    start = max(old.rfind(" ", 0, low) + 1, low - 10)
    return f"{what} near {_excerpt(old[start:] or new[start:])}"


def _excerpt(text: str, width: int = 30) -> str:
    return repr(text[:width])


def guard_pdf(before: str, after: str, **_options: object) -> str | None:
    """The pdf pass writes U+FFFE/U+2010 as "-", composes spacing accents and rebuilds
    ligatures: the same text once marks, accents, markers and f, l, i letters are dropped
    (a coarse check: it would miss an f, l or i lost, which its rules never drop).

    >>> guard_pdf("e\\x00cient Sup\u00b4erieure", "efficient Supérieure") is None
    True
    >>> guard_pdf("e\\x00cient", "eXcient")
    "changed non-whitespace characters near 'ecent'"
    """
    return _first_difference(_pdf_skeleton(before), _pdf_skeleton(after))


def _pdf_skeleton(text: str) -> str:
    text = unicodedata.normalize("NFD", without_whitespace(text))
    return "".join(
        char
        for char in text.translate(PDF_MAPPING)
        if char not in "fli" and not unicodedata.combining(char)
    )


# What the pdf pass may remove or rewrite: its markers and spacing accents go, and hyphens
# (U+FFFE and U+2010 become "-", or go inside a word pdfium joined).
PDF_MAPPING = str.maketrans(
    {"\ufffe": None, "\u2010": None, "-": None, "\x00": None, "\ufffd": None}
    | dict.fromkeys("\u00b4\u02cb\u00a8\u02c6\u02dc\u00b8\u02c7\u02da")
)


def guard_pages(before: str, after: str, **_options: object) -> str | None:
    """The pages pass removes, and moves, whole lines: every line left is a line of the input.

    >>> guard_pages("Title\\n\\ntext\\n\\n1\\n", "text\\n") is None
    True
    >>> guard_pages("text one\\n", "text\\n")
    "changed or added a line: 'text'"
    """
    available = Counter(line for line in before.split("\n") if line.strip())
    for line in after.split("\n"):
        if line.strip():
            if not available[line]:
                return f"changed or added a line: {_excerpt(line)}"
            available[line] -= 1
    return None


def guard_join(before: str, after: str, **_options: object) -> str | None:
    """The join pass removes spaces inside words, putting a lost ligature back at most: the
    same lines, and the same text without spaces once f, l and i letters are dropped.

    >>> guard_join("e fforts, classi cation", "efforts, classification") is None
    True
    >>> guard_join("e fforts", "e forts")
    "changed non-whitespace characters near 'efforts'"
    """
    if before.count("\n") != after.count("\n"):
        return "changed the number of lines"
    old, new = before.replace(" ", ""), after.replace(" ", "")
    if old == new:
        return None
    if old.translate(FLI_DROPPED) == new.translate(FLI_DROPPED) and _is_subsequence(old, new):
        return None  # Only f, l and i letters were added.
    return _first_difference(old, new)


# The letters of the ligatures the join pass may rebuild.
FLI_DROPPED = str.maketrans(dict.fromkeys("fli"))


# The invariant of each pass, by registry name (see the module docstring).
GUARDS: dict[str, Guard] = {
    "pdf": guard_pdf,
    "pages": guard_pages,
    "join": guard_join,
    "encoding": guard_encoding,
    "whitespace": guard_whitespace,
    "boilerplate": guard_boilerplate,
    "unwrap": guard_unwrap,
    "split": guard_split,
}
