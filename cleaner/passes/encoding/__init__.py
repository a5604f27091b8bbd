"""The ``encoding`` pass: mojibake, HTML entities, control characters, normalization (ftfy)."""

from __future__ import annotations

import re
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from cleaner.lazy_re import lazy_compile
from cleaner.passes.encoding.badness import DocumentBadness
from cleaner.passes.encoding.cjk import fix_text
from cleaner.passes.encoding.clear import (
    all_clear,
    clear_lines,
    lines_found,
    spelled_out_lines,
    spotless_lines,
)
from cleaner.passes.encoding.paragraphs import paragraph_spans, paragraphs_holding
from cleaner.passes.encoding.precheck import (
    SPOT_RE,
    entities_and_ligatures_fixed,
    ftfy_only_uncurls,
    has_no_spot,
    has_quotes,
    only_quotes_to_fix,
    space_after_keeps_it,
    spelled_out_if_simple,
    uncurl,
)
from cleaner.passes.encoding.views import (
    LINE_BREAK_RE,
    OTHER_BREAK_RE,
    as_whitespace_leaves_it,
    entities_kept_whole,
    ftfy_config,
    ftfy_hard_fixes,
    views,
)
from cleaner.passes.layout import INVISIBLE_CHARS, SOFT_HYPHEN, holds_any

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping, Sequence

    import ftfy

# The characters a line break ends with (LINE_BREAK_RE's), for str.endswith.
LINE_ENDS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\u2028", "\u2029")
# The line breaks but LF and CR, each looked for with ``in`` (a class's search, tried at
# every character, costs 3 ms/MB of a CRLF book).
OTHER_BREAKS_BUT_CR = "\x0b\x0c\x1c\x1d\x1e\u2028\u2029"
# What follows a ``<`` that opens a tag: its name, or ``/``, ``!`` (a comment), ``?``.
TAG_NAME_START_RE = lazy_compile(r"[A-Za-z/!?]")
# A line ftfy cannot change: printable ASCII only, and no '&' that could start an entity.
PLAIN_LINE_RE = lazy_compile(r"[\x20-\x25\x27-\x7e\t]*")
# A text of plain lines separated by LF only.
PLAIN_TEXT_RE = re.compile(r"[\x20-\x25\x27-\x7e\t\n]*")
# What ftfy's cosmetic fixes change (curly quotes straightened, Latin ligatures split,
# full-width and half-width forms made normal width), which code keeps as written; and
# signs of code: a literal block's "::", a fence, a doctest's prompt.
COSMETIC_FIXES = ("uncurl_quotes", "fix_latin_ligatures", "fix_character_width")
COSMETIC_RE = lazy_compile("[\u02bc\u2018-\u201f\u3000\ufb00-\ufb06\uff01-\uffef]")
# (Each looked for only if its first character is there: see holds_any.)
CODE_SIGNS = ("::", "```", "~~~", ">>>")
# ftfy unescapes no entity and replaces no ligature (see entities_and_ligatures_fixed).
NO_HARD_FIXES = MappingProxyType({"unescape": False, "ligatures": False})
# A text with a spot in more than a SPOTTED_SHARE-th of its lines is searched whole for
# other line breaks, not line by line (see _lines_if_lf_only).
SPOTTED_SHARE = 4
# ftfy's output settles in one round almost always; this bounds the rare second one.
MAX_ROUNDS = 3


def fix_encoding(
    text: str,
    *,
    unescape_html: bool | Literal["auto"] = "auto",
    remove_terminal_escapes: bool = True,
    fix_encoding: bool = True,
    restore_byte_a0: bool = True,
    replace_lossy_sequences: bool = True,
    decode_inconsistent_utf8: bool = True,
    fix_c1_controls: bool = True,
    fix_latin_ligatures: bool = True,
    fix_character_width: bool = True,
    uncurl_quotes: bool = True,
    fix_line_breaks: bool = True,
    fix_surrogates: bool = True,
    remove_control_chars: bool = True,
    normalization: Literal["NFC", "NFKC", "NFD", "NFKD", ""] = "NFC",
) -> str:
    """Repair the text's characters with ``ftfy.fix_text``; every option is ftfy's own.

    The defaults are ftfy's defaults. Set ``uncurl_quotes = false`` to keep curly quotes,
    ``normalization = "NFKC"`` for compatibility folding; ``unescape_html`` is ``"auto"``
    (not from a paragraph's first line holding a ``<`` on), ``true`` or ``false``.

    ftfy's guesses depend on spacing (``Ã`` and a space may be a lost ``à``), so a line it
    repairs is repaired until it holds as the later passes may leave it: runs of spaces
    collapsed, trailing spaces gone, the next line joined after a space. That makes
    cleaning twice give the same text. Lines ftfy would not change are returned exactly
    as they were.

    >>> fix_encoding("The Mona Lisa doesnâ€™t have eyebrows &amp; lashes.")
    "The Mona Lisa doesn't have eyebrows & lashes."
    >>> fix_encoding("“Hi”", uncurl_quotes=False)
    '“Hi”'
    """
    # The options are named exactly like ftfy's TextFixerConfig fields.
    options = tuple((name, value) for name, value in locals().items() if name != "text")
    if text.isascii() and PLAIN_TEXT_RE.fullmatch(text):
        return text  # the common case, at memory speed: every line is plain, breaks are LF
    spotted, lines = _lines_if_lf_only(text)
    # The break that joins the lines back into ``text``, if there is one.
    joint: str | None = None
    if lines is not None:  # Line feeds only (most text): split in C.
        pieces = ["\n"] * (2 * len(lines) - 1)
        joint = "\n"
    elif _crlf_only(text):  # (A Project Gutenberg book.)
        lines = text.split("\r\n")
        pieces = ["\r\n"] * (2 * len(lines) - 1)
        joint = "\r\n"
    elif fix_line_breaks and "\x85" not in text:  # (PDF text's form feeds) split in C too:
        lines = _split_at_breaks(text)  # every break becomes a line feed below.
        pieces = ["\n"] * (2 * len(lines) - 1)
    else:
        pieces = LINE_BREAK_RE.split(text)  # lines at even indexes, their breaks at odd ones
        lines = pieces[0::2]
    code = _code_lines(text, lines)
    as_code = _without_cosmetic_fixes(options) if code else options
    # ftfy's "auto" unescapes no entity from the first line holding a "<" on (fix_text reads
    # a line at a time and turns unescaping off for good there): here, in a tag's lines only
    # (a line holding a "<", and the lines of a tag still open), so that a line is repaired
    # the same wherever its paragraph starts and ends (a file cleaned in blocks, or cleaned
    # again once unwrap joined its lines or parted its paragraphs, reads the same).
    tagged = _tagged_lines(lines) if unescape_html == "auto" and "<" in text else set()
    past_tag = _entities_kept(options), _entities_kept(as_code)
    spotless = spotless_lines(lines, normalization or None, spotted) - code
    is_bad = DocumentBadness(text)  # ftfy's badness test, narrowed to this text's characters
    own_lines = is_bad.of_own_text  # (for its lines and their views, made of them)
    clear = clear_lines(text, lines, spotless, code, normalization or None, is_bad)
    others = set(range(len(lines))).difference(spotless, clear, code)
    spelled = (  # (PDF text's lines of ligatures, settled all at once)
        spelled_out_lines(lines, sorted(others), normalization or None, uncurl_quotes)
        if fix_latin_ligatures and others
        else {}
    )
    # What _fix_line gives a line only_quotes_to_fix passes (spotless, clear): its quotes
    # uncurled, done on all the lines at once (a character for a character, no line break:
    # the text itself where its lines were split at one kind of break); the others, few,
    # are replaced one by one.
    if not uncurl_quotes:
        fixed = list(lines)
    elif joint is None:
        fixed = uncurl("\n".join(lines)).split("\n")
    else:
        fixed = uncurl(text).split(joint)
    for i in sorted(others.union(code)):
        fixed[i] = (
            spelled[i]
            if i in spelled
            else _fix_line(
                lines[i],
                past_tag[i in code] if i in tagged else as_code if i in code else options,
                normalization or None,
                uncurl_quotes and i not in code,  # (code keeps its curly quotes)
                # A line a non-blank line follows may be joined to it; a paragraph's last
                # line is not.
                i + 1 < len(lines) and bool(lines[i + 1].strip()),
                own_lines,
            )
        )
    lines = fixed
    # Uncurled, a spotless line has no quote nor spot; a spelled one neither (its ligatures,
    # beside no special character, are ASCII letters now), and is in the normalization form.
    # A paragraph of settled lines only is left as it is: no spot spans a line feed, so
    # _fix_joined leaves them (has_no_spot). Only those holding another line are read.
    if uncurl_quotes:
        unsettled = others.union(clear, code).difference(spotless, spelled)
        spans = paragraphs_holding(lines, unsettled)
    else:
        spans = paragraph_spans(lines)
    for start, end in spans:
        if uncurl_quotes and clear and all_clear(lines, start, end, clear):
            continue  # (as clear as its lines, joined: see clear_lines)
        in_code = not code.isdisjoint(range(start, end))
        lines[start:end] = _fix_joined(
            lines[start:end],
            past_tag[in_code]
            if not tagged.isdisjoint(range(start, end))
            else as_code
            if in_code
            else options,
            normalization or None,
            uncurl_quotes and not in_code,
            is_bad,
        )
    pieces[0::2] = lines
    if fix_line_breaks:
        pieces[1::2] = ["\n"] * (len(pieces) // 2)
    return "".join(pieces)


def _lines_if_lf_only(text: str) -> tuple[set[int] | None, list[str] | None]:
    """The lines of ``text`` that hold a spot (``SPOT_RE``'s) and its lines, if its only
    line breaks are line feeds; else ``(None, None)``. Every other break but CR and FF is a
    spot by itself: it is looked for only in the lines that hold one.

    >>> _lines_if_lf_only("a\\nb\u2019\u201d\\nc"), _lines_if_lf_only("a\u2028b\\nc")
    (({1}, ['a', 'b’”', 'c']), (None, None))
    """
    if "\r" in text or "\x0c" in text:  # (CRLF, form feeds: most such texts have many)
        return None, None
    spotted = lines_found(SPOT_RE, text)
    lines = text.split("\n")
    # (Cyrillic or Greek prose, a spot in most lines, is searched whole: it has no CR.)
    searched_whole = SPOTTED_SHARE * len(spotted) > len(lines)
    if (
        any(c in text for c in OTHER_BREAKS_BUT_CR)
        if searched_whole
        else any(OTHER_BREAK_RE.search(lines[i]) for i in spotted)
    ):
        return None, None
    return spotted, lines


def _crlf_only(text: str) -> bool:
    """Whether every line break of ``text`` is a CRLF (counted in C).

    >>> _crlf_only("a\\r\\nb\\r\\n"), _crlf_only("a\\r\\nb\\n"), _crlf_only("a\\r\\n\\rb\\x0c")
    (True, False, False)
    >>> _crlf_only("a\\x0cb"), _crlf_only("ab"), _crlf_only("a\\nb")
    (False, True, False)
    """
    if "\r" not in text:  # (PDF text's form feeds: found at memory speed, no count)
        return "\n" not in text and not any(c in text for c in OTHER_BREAKS_BUT_CR)
    crlf = text.count("\r\n")
    return (
        text.count("\n") == crlf
        and text.count("\r") == crlf
        and not any(c in text for c in OTHER_BREAKS_BUT_CR)
    )


def _split_at_breaks(text: str) -> list[str]:
    """The lines of a text with no NEL (U+0085), as ``LINE_BREAK_RE`` splits it: the breaks
    of ``str.splitlines`` are its breaks and NEL.

    >>> _split_at_breaks("a\\r\\nb\\x0cc\\u2028"), _split_at_breaks("a\\rb")
    (['a', 'b', 'c', ''], ['a', 'b'])
    """
    lines = text.splitlines() or [""]
    if text.endswith(LINE_ENDS):
        lines.append("")  # (splitlines gives no line after the last break)
    return lines


def _without_cosmetic_fixes(
    options: tuple[tuple[str, object], ...],
) -> tuple[tuple[str, object], ...]:
    """``options`` with ftfy's cosmetic fixes off, for code lines."""
    return _turned_off(options, COSMETIC_FIXES)


def _code_lines(text: str, lines: list[str]) -> frozenset[int]:
    """The indexes of code lines, where ftfy's cosmetic fixes are off (code is kept as it
    is written: curly quotes, ligatures, full-width forms; mojibake is still repaired):
    reStructuredText's literal and doctest blocks and fenced code, in a text that has such
    characters and a sign of code.

    >>> sorted(_code_lines("x", ["Run::", "", "    say(“hi”)", "```", "“q”", "```"]))
    []
    >>> sorted(_code_lines("“::```", ["Run::", "", "    say(“hi”)", "```", "“q”", "```"]))
    [2, 4]
    """
    if not COSMETIC_RE.search(text) or not holds_any(text, CODE_SIGNS):
        return frozenset()
    from cleaner.passes.layout import literal_block_lines

    fenced, _ = fenced_code(lines)
    return frozenset(literal_block_lines(lines)).union(fenced)


def fenced_code(lines: Sequence[str], inside: bool = False) -> tuple[list[int], bool]:
    """The indexes of ``lines`` inside a fenced code block (fences aside), fences read as
    this pass reads them, repaired; and whether a block is open after them. ``inside``:
    whether one was open before them (they start after a blank line or at the text's start).

    >>> fenced_code(["\\x00```\\x9d", "code", "```", "text", "~~~"])  # (NUL, C1 dropped)
    ([1], True)
    """
    from cleaner.passes.layout import is_fence

    code: list[int] = []
    previous = ""
    for i, line in enumerate(lines):
        # A run of tildes under a title is its underline when at least as long as the title
        # reads once repaired (a mojibake title shortens: the next run sees it repaired).
        if "~~~" in line and not inside:
            previous = repaired_line(previous)
        # A fence is judged as it reads once repaired, like the title (``\x85```: a C1
        # control, space to ``str.strip``, that ftfy makes an ellipsis).
        fence = ("```" in line or "~~~" in line) and is_fence(repaired_line(line), previous, inside)
        if fence:
            inside = not inside
        elif inside:
            code.append(i)
        previous = line
    return code, inside


def fence_open_after_repaired(lines: Sequence[str], inside: bool) -> bool:
    """:func:`~cleaner.passes.layout.fence_open_after` as this pass reads fences
    (:func:`fenced_code`): where ``fix`` and ``check`` may cut a text into blocks."""
    return fenced_code(lines, inside)[1]


def repaired_line(line: str) -> str:
    """``line`` as ftfy repairs it (unchanged if ASCII): what a second run reads there.

    >>> repaired_line("caf\u00c3\u00a9"), repaired_line("~~~")
    ('café', '~~~')
    """
    if line.isascii():
        return line
    import ftfy  # Deferred: only for a non-ASCII line above a fence.

    return ftfy.fix_text(line)


def _tagged_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines of a tag: each line holding a ``<``, and the lines after it
    while its last tag is open (no ``>`` after its last ``<`` yet; a blank line closes it,
    and so does a line of control or invisible characters, blank once repaired: else the next
    run reads it otherwise): a tag's attributes wrapped over lines keep their ``&quot;``,
    the text after it does not.

    >>> sorted(_tagged_lines(["a &amp;", "b <i>", "c &amp;", "", "d &amp;"]))
    [1]
    >>> sorted(_tagged_lines(['<a title="x', '&quot;y&quot;">', "z &amp;", "<b"]))
    [0, 1, 3]
    >>> sorted(_tagged_lines(["<", "\\x00\\u200b", "&amp;"]))
    [0]
    """
    tagged: set[int] = set()
    inside = False  # (a tag opened on a line is not closed yet)
    for index, line in enumerate(lines):
        if "<" in line:
            tagged.add(index)
            inside = _opens_a_tag(line)
        elif inside and line.translate(_shows_nothing()).strip():  # (blank once repaired)
            tagged.add(index)
            inside = ">" not in line
        else:
            inside = False
    return tagged


def _opens_a_tag(line: str) -> bool:
    """Whether a tag opens on ``line`` and is not closed on it: after its last ``>``, a
    ``<`` before a tag's name or ``/``, ``!``, ``?``. A ``<`` before a space, a digit or the
    line's end opens none (``0<``, ``a < b``): the lines under it are no tag's, and a run
    that parts them from it (a list item under it) would read them otherwise.

    >>> [_opens_a_tag(line) for line in ('<a title="x', "0<", "<b> a < b", "<", "</p")]
    [True, False, False, False, True]
    """
    start = line.rfind("<")
    closed = line.rfind(">")
    while start > closed:
        if TAG_NAME_START_RE.match(line, start + 1):
            return True
        start = line.rfind("<", 0, start)
    return False


@cache
def _shows_nothing() -> dict[int, None]:
    """A table for ``str.translate`` that drops the control characters ftfy removes and the
    invisible ones (INVISIBLE_CHARS), made on first need (ftfy is imported late)."""
    from ftfy.chardata import CONTROL_CHARS

    return dict.fromkeys([*CONTROL_CHARS, *map(ord, INVISIBLE_CHARS)])


def _entities_kept(options: tuple[tuple[str, object], ...]) -> tuple[tuple[str, object], ...]:
    """``options`` with HTML entities left as they are."""
    return _turned_off(options, ("unescape_html",))


def _turned_off(
    options: tuple[tuple[str, object], ...], names: Collection[str]
) -> tuple[tuple[str, object], ...]:
    """``options`` with the fixes ``names`` set to False."""
    return tuple((name, False if name in names else value) for name, value in options)


def _fix_joined(
    lines: list[str],
    options: tuple[tuple[str, object], ...],
    normalization: str | None,
    uncurl_quotes: bool,
    is_bad: Callable[[str], bool] | None = None,
) -> list[str]:
    """The lines of a paragraph repaired as ftfy would once unwrap joins them with spaces.

    ftfy reads a byte, a space and what follows as one character (``Ã`` + space before a
    word is ``à``), and judges a line as a whole, so a line's repair may depend on its
    neighbours. The repaired paragraph is cut back into lines where the joining spaces were.

    >>> fix_encoding("voil\\u00c3\\nà tout")
    'voilà\\nà tout'
    """
    if has_no_spot("\n".join(lines), normalization):
        return lines  # Nothing to repair, and joining the lines makes nothing to repair.
    for _ in range(MAX_ROUNDS):
        parts = [as_whitespace_leaves_it(line.replace(SOFT_HYPHEN, "")).strip() for line in lines]
        # unwrap joins after a space, or with nothing after a line-end soft hyphen.
        joints = ["" if line.rstrip().endswith(SOFT_HYPHEN) else " " for line in lines[:-1]]
        joined = "".join(part + joint for part, joint in zip(parts, [*joints, ""], strict=True))
        # The paragraph's indentation stays before it (a NO-BREAK SPACE there is context).
        lead = _indent(as_whitespace_leaves_it(lines[0].replace(SOFT_HYPHEN, "")))
        # The paragraph ends here: no line is joined after its last one.
        settled = _fixed_without_ftfy(
            lead + joined,
            normalization,
            uncurl_quotes,
            False,
            is_bad,
            ftfy_hard_fixes(options, entities_kept_whole(lead + joined)),
        )
        if settled == lead + joined:
            break  # The pre-check proves ftfy leaves the joined paragraph alone.
        repaired = _first_unsettled_view(lead + joined, ftfy_config(options), followed=False)
        if repaired is None or not repaired.startswith(lead):
            break
        pieces = _resplit(joined, repaired[len(lead) :], [len(part) for part in parts], joints)
        last = len(lines) - 1
        lines = [
            line
            if piece == part
            else _indent(line)
            + _fix_line(piece, options, normalization, uncurl_quotes, k < last, is_bad)
            for k, (line, part, piece) in enumerate(zip(lines, parts, pieces, strict=True))
        ]
    return lines


def _resplit(joined: str, repaired: str, lengths: list[int], joints: list[str]) -> list[str]:
    """Cut ``repaired`` where ``joined`` joined its parts (with a space, or with nothing).

    Where ftfy took a joint into a character (``Â`` + space is a NO-BREAK SPACE), the cut
    falls after that character.

    >>> _resplit("ab cd ef", "ab cD\u00a0f", [2, 2, 2], [" ", " "])
    ['ab', 'cD\xa0', 'f']
    >>> _resplit("abcd", "abcD", [2, 2], [""])
    ['ab', 'cD']
    """
    import difflib

    opcodes = difflib.SequenceMatcher(None, joined, repaired, autojunk=False).get_opcodes()
    pieces, start, position = [], 0, 0
    for length, joint in zip(lengths, joints, strict=False):
        position += length  # The joint's first character, or the next part's.
        tag, i1, _, j1, j2 = next(op for op in opcodes if op[1] <= position < op[2])
        cut = j1 + position - i1 if tag == "equal" else j2
        pieces.append(repaired[start:cut])
        start = cut + len(joint) if tag == "equal" else cut
        position += len(joint)
    return [*pieces, repaired[start:]]


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _fix_line(
    line: str,
    options: tuple[tuple[str, object], ...],
    normalization: str | None,
    uncurl_quotes: bool,
    followed: bool = True,
    is_bad: Callable[[str], bool] | None = None,
) -> str:
    """One line repaired, or returned as it is when ftfy has nothing to do.

    A line that a non-blank line ``followed`` may be joined to it after a space; a
    paragraph's last line never is, and must then hold only as ftfy leaves it.
    """
    if PLAIN_LINE_RE.fullmatch(line):
        return line
    if only_quotes_to_fix(line, normalization):  # so are its views: no need to check them
        return uncurl(line) if uncurl_quotes else line
    hard_fixes = ftfy_hard_fixes(options, entities_kept_whole(line))
    fixed = spelled_out_if_simple(line, normalization, **hard_fixes)
    if fixed is not None:  # (what _fixed_without_ftfy finds, found directly)
        fixed = uncurl(fixed) if uncurl_quotes else fixed
    else:
        fixed = _fixed_without_ftfy(
            line, normalization, uncurl_quotes, followed, is_bad, hard_fixes
        )
    if fixed is None:
        config = ftfy_config(options)
        fixed = fix_text(line, config)  # ftfy (imported only now), CJK kept full-width
        for _ in range(MAX_ROUNDS):
            unsettled = _first_unsettled_view(fixed, config, followed=followed)
            if unsettled is None:
                break
            fixed = unsettled
    if fixed == line:
        return line
    return line if fixed == as_whitespace_leaves_it(line) else fixed


def _fixed_without_ftfy(
    line: str,
    normalization: str | None,
    uncurl_quotes: bool,
    followed: bool = True,
    is_bad: Callable[[str], bool] | None = None,
    hard_fixes: Mapping[str, bool] = NO_HARD_FIXES,
) -> str | None:
    """What ftfy and the settling rounds make of ``line``, when the pre-check proves that
    ftfy would at most uncurl its quotes (after unescaping its entities and replacing its
    Latin ligatures, as far as ``hard_fixes`` says ftfy does here:
    :func:`entities_and_ligatures_fixed`), and then leave each of its views alone; else None.
    """
    unescape = hard_fixes["unescape"]
    if not ftfy_only_uncurls(line, normalization, is_bad, unescape=unescape):
        fixed = entities_and_ligatures_fixed(line, **hard_fixes, is_bad=is_bad)
        if fixed is None or fixed == line:
            return None  # (The same line fails the same test: a line of mojibake.)
        # (Its letters may be none of the document's: ftfy's whole badness test from here.)
        if not ftfy_only_uncurls(fixed, normalization, unescape=unescape):
            return None
        line, is_bad = fixed, None
    fixed = uncurl(line) if uncurl_quotes and has_quotes(line) else line
    # A view only loses soft hyphens and respaces: it has quotes exactly when ``fixed`` has.
    if uncurl_quotes and has_quotes(fixed):
        return None
    passed = {line}  # Views are often the line itself, or each other: check each text once.
    for view in views(fixed, followed=followed):
        if view in passed:
            continue
        if view[:-1] in passed and view.endswith(" "):  # (the next line joined after it)
            if not space_after_keeps_it(view[:-1]):
                return None
        elif not ftfy_only_uncurls(view, normalization, is_bad, unescape=unescape):
            return None
        passed.add(view)
    return fixed


def _first_unsettled_view(
    text: str, config: ftfy.TextFixerConfig, *, followed: bool = True
) -> str | None:
    """ftfy's repair of the first way later passes may leave ``text`` that it would change.

    ftfy reads a byte and a space as a lost NO-BREAK SPACE (``â€`` + space is ``†``), and a
    soft hyphen between two bytes hides them, so what ftfy leaves must hold up once the
    whitespace pass respaced the line (or kept it, in code and aligned columns), unwrap
    removed its soft hyphens and joined the next line after a space.
    """
    for seen in views(text, followed=followed):
        unescape = config.unescape_html is True or (
            config.unescape_html == "auto" and not entities_kept_whole(seen)
        )
        if ftfy_only_uncurls(seen, config.normalization, unescape=unescape) and not (
            config.uncurl_quotes and has_quotes(seen)
        ):
            continue  # The pre-check proves ftfy leaves this view as it is.
        again = fix_text(seen, config)
        if again != seen:
            return again.removesuffix(" ")
    return None
