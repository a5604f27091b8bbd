"""The ``encoding`` pass's guard: every ASCII letter and digit kept, in order."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from cleaner.guard.compare import excerpt, is_subsequence, missing_from
from cleaner.passes.encoding.precheck import has_ligature, spell_out_ligatures

# The bytes other than ASCII letters and digits: the encoding guard drops them from a
# text's UTF-8 bytes (a non-ASCII character's are all 0x80 or more) and compares the rest.
NOT_ALNUM_BYTES = bytes(code for code in range(256) if not (code < 128 and chr(code).isalnum()))
# The ligatures most PDF text holds (fi, fl), each looked for at memory speed (a search for
# U+FB00, whose low byte is 0, reads a text of two-byte characters ten times slower).
COMMON_LIGATURES = ("\ufb01", "\ufb02")


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
    # Each side's UTF-8 bytes are read once: for its letters, and for its control characters.
    after_utf8 = _utf8(after)
    kept = _ascii_alnum(after, after_utf8)
    # PDF text's letters are read with its ligatures spelt out first: the pass spells them
    # out, so its letters as they are would differ, and reading them costs as much again.
    pdf_like = any(ligature in before for ligature in COMMON_LIGATURES)
    if pdf_like and _letters_spelt_out(before) == kept:
        return None  # Every ASCII letter and digit is there, and those ftfy spelt out.
    before_utf8 = _utf8(before)
    given = _ascii_alnum(before, before_utf8)
    if given == kept:
        return None  # Every ASCII letter and digit is there, in order: the common case.
    if not pdf_like and has_ligature(before) and _letters_spelt_out(before) == kept:
        return None  # (The same, with fewer ligatures.)
    # (A side its steps leave as it was, the same object, has its letters read already.)
    canonical = _canonical(before, remove_terminal_escapes, before_utf8)
    old = given if canonical is before else _ascii_alnum(canonical)
    repaired = _canonical(after, remove_terminal_escapes, after_utf8)
    if old == (kept if repaired is after else _ascii_alnum(repaired)):
        return None  # (a subsequence of its letters decomposed, below: NFD only adds some)
    # Decomposed, so that a letter composed with a mark ('U' + U+0300 -> 'Ù') still shows.
    new = _ascii_alnum(unicodedata.normalize("NFD", repaired))
    if old != new and not is_subsequence(old, new):
        return "lost ASCII letters or digits near " + excerpt(missing_from(old, new))
    return None


def _canonical(text: str, strip_escapes: bool, utf8: bytes | None = None) -> str:
    """Apply to one side the ftfy steps that may remove or add ASCII letters (``utf8``:
    the side's UTF-8 bytes, if the caller has them)."""
    from ftfy import fixes  # Deferred: only texts the encoding pass changed get here.

    given = text
    for round_ in range(4):  # ftfy repeats its steps until the text is stable; so do we.
        previous = text
        if "&" in text:  # (Else no entity to unescape, nor an escape to strip below.)
            text = fixes.unescape_html(text)
        if strip_escapes and "\x1b" in text:
            text = fixes.remove_terminal_escapes(text)
        # Else translating would return the same text; and after a first round, a text
        # the steps above left as it was has none (that round removed them all).
        if (round_ == 0 or text != previous) and has_control_char(
            text, utf8 if text is given else None
        ):
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


def has_control_char(text: str, utf8: bytes | None = None) -> bool:
    """Whether ``text`` holds a character ftfy's ``remove_control_chars`` deletes: what
    ``_control_char_re().search`` tells, at memory speed (the class is tried at every
    character): its few non-ASCII ones each by ``in``, its ASCII ones among the UTF-8
    bytes (no byte of another character is ASCII): ``utf8``, if the caller has them.

    >>> has_control_char("a\u206ab"), has_control_char("tab\tand é"), has_control_char("\x07")
    (True, False, True)
    """
    ascii_kept, others = _control_tables()
    if not text.isascii() and any(character in text for character in others):
        return True
    return bool((_utf8(text) if utf8 is None else utf8).translate(None, ascii_kept))


@cache
def _control_tables() -> tuple[bytes, str]:
    """The bytes that are no ASCII control character ftfy deletes (to drop), and its
    non-ASCII control characters."""
    from ftfy.chardata import CONTROL_CHARS

    ascii_controls = {code for code in CONTROL_CHARS if code < 128}
    kept = bytes(code for code in range(256) if code not in ascii_controls)
    return kept, "".join(chr(code) for code in sorted(CONTROL_CHARS) if code >= 128)


def _letters_spelt_out(text: str) -> str:
    """The ASCII letters and digits of ``text`` once its ligatures are spelt out.

    >>> _letters_spelt_out("\ufb01sh: \ufb00")
    'fishff'
    """
    return _ascii_alnum(spell_out_ligatures(text))


def _ascii_alnum(text: str, utf8: bytes | None = None) -> str:
    """The ASCII letters and digits of ``text``, in order (by codecs, at memory speed: its
    UTF-8 bytes, lone surrogates and all, less the others; encoding to ASCII with "ignore"
    reads each run of other characters through an error handler); ``utf8``: those bytes,
    if the caller has them.

    >>> _ascii_alnum("Zoë’s 2 cafés!\\ud800")
    'Zos2cafs'
    """
    utf8 = _utf8(text) if utf8 is None else utf8
    return utf8.translate(None, NOT_ALNUM_BYTES).decode("ascii")


def _utf8(text: str) -> bytes:
    """``text``'s UTF-8 bytes, lone surrogates and all.

    >>> _utf8("é\\ud800")
    b'\\xc3\\xa9\\xed\\xa0\\x80'
    """
    return text.encode("utf-8", "surrogatepass")
