"""Where sentences and paragraphs end and start, as the ends of a line show them: a line
that ends a sentence or inside a word, one that starts a paragraph or goes on in lower
case, a paragraph's first word alone on its line.
"""

from __future__ import annotations

from cleaner.lazy_re import lazy_compile
from cleaner.memo import LINE_CACHE_SIZE, short_text_cache
from cleaner.scripts import NO_SPACE_RE, starts_caseless, starts_mid_word

# The end of a line that may close a paragraph: sentence punctuation, a colon or an ellipsis,
# then closing quotes or brackets; a title such as "Dr." does not end a sentence. Tested
# with string methods (:func:`ends_sentence`): a regex searched for at the end of a line
# tries every position of the line first.
SENTENCE_PUNCTUATION = ".!?:…。！？："
CLOSING_PUNCTUATION = "\"'”’»)]」』）】》〉"
# A footnote's mark after a sentence ("week.\"1", "horse.4", "end.²"): up to two digits.
FOOTNOTE_MARKS = "0123456789¹²³⁴⁵⁶⁷⁸⁹⁰"
# The last characters a line that ends a sentence may have ("$" allows a final LF).
SENTENCE_END_LAST = frozenset(SENTENCE_PUNCTUATION + CLOSING_PUNCTUATION + FOOTNOTE_MARKS + "\n")
TITLES = ("Dr", "Mr", "Mrs", "Ms", "St", "Prof", "Rev", "Gen", "Col", "Capt", "Lt", "Sgt", "Sen",
          "Gov", "Mt")  # fmt: skip

# A paragraph's first word alone on its line ("The", "Initially,", "“In"): one short token
# with a letter or digit that does not end a sentence.
MAX_LONE_WORD = 25
LONE_WORD_RE = lazy_compile(rf"^\S{{1,{MAX_LONE_WORD}}}$")
# In Han, kana and Thai, written without spaces, a lone word is at most this many characters.
MAX_LONE_CJK = 4
# A line ending inside a word or a dashed phrase: a hyphen, soft hyphen or dash right after
# a letter or digit ("inter-", "regime—", "1990–"); see :func:`ends_with_word_break`.
WORD_BREAK_MARKS = ("-", "\u00ad", "—", "–")
# The last characters a line ending in a word break may have ("$" allows a final LF).
WORD_BREAK_LAST = frozenset((*WORD_BREAK_MARKS, "\n"))
# Opening punctuation a paragraph may start with before its first letter.
OPENING_PUNCTUATION = "\"'“‘«([*_¿¡「『（《〈【"


def ends_sentence(line: str) -> bool:
    """Sentence punctuation, a colon or an ellipsis ends the line, then closing quotes or
    brackets; not after a title.

    A footnote's mark may follow (``week."1``, ``horse.4``), not a number's digits (``3.1``).

    >>> [ends_sentence(x) for x in ("It ended.", "“Why?”", "see Dr.", "a DDr.", "so,")]
    [True, True, False, True, False]
    >>> [ends_sentence(x) for x in ('next week."1', "a horse.4", "version 3.1", "page 12")]
    [True, True, False, False]
    """
    if line[-1:] not in SENTENCE_END_LAST:  # Most lines end with a letter: no sentence end.
        return False
    if line.endswith("\n"):  # As "$" reads a line: before one final line feed.
        line = line[:-1]
    core = line.rstrip(CLOSING_PUNCTUATION)
    if core and core[-1] in FOOTNOTE_MARKS:
        core = _without_footnote_mark(core)
    if not core or core[-1] not in SENTENCE_PUNCTUATION:
        return False
    before = core[:-1]
    if before.endswith(TITLES):
        for title in TITLES:
            start = len(before) - len(title)
            if before.endswith(title) and (start == 0 or not _is_word_character(before[start - 1])):
                return False
    return True


def _without_footnote_mark(core: str) -> str:
    """``core`` without a footnote mark of one or two digits after a sentence's punctuation
    (and closing quotes); unchanged when the digits are a number's."""
    mark = len(core) - len(core.rstrip(FOOTNOTE_MARKS))
    before = core[:-mark].rstrip(CLOSING_PUNCTUATION)
    if mark > 2 or len(before) < 2 or before[-1] not in SENTENCE_PUNCTUATION:
        return core
    return before if not before[-2].isdigit() else core


def _is_word_character(character: str) -> bool:
    """A character of ``\\w`` as ``re`` reads it in a str pattern."""
    return character.isalnum() or character == "_"


def ends_with_word_break(line: str) -> bool:
    """A hyphen, soft hyphen or dash after a letter: the word or phrase goes on below.

    >>> [ends_with_word_break(x) for x in ("inter-", "1990–", "so--", "a ---", "_-", "x")]
    [True, True, True, False, False, False]
    """
    if line[-1:] not in WORD_BREAK_LAST:  # Most lines end with a letter: nothing to read.
        return False
    if line.endswith("\n"):  # As "$" reads a line: before one final line feed.
        line = line[:-1]
    if line.endswith(WORD_BREAK_MARKS) and len(line) > 1 and line[-2].isalnum():
        return True
    return line.endswith("--") and len(line) > 2 and line[-3].isalnum()


def starts_paragraph(line: str) -> bool:
    """Starts with a capital or digit, after any opening quotes or brackets, or with a
    letter of a script without case (CJK, Thai), which may start anything but a Thai vowel
    or mark that only follows a consonant.

    >>> starts_paragraph("The end"), starts_paragraph("มัก"), starts_paragraph("ำ เช่น")
    (True, True, False)
    """
    first = line[:1]
    if first.isascii() and first.isalnum():  # Nothing stripped; no caseless script.
        return not first.islower()
    core = line.strip().lstrip(OPENING_PUNCTUATION)
    return bool(core) and (
        core[0].isupper()
        or core[0].isdigit()
        or (starts_caseless(core) and not starts_mid_word(core))
    )


def starts_lowercase(line: str) -> bool:
    """Starts with a lower-case letter, after opening punctuation or a dash, or with a
    letter of a script without case (CJK, Thai), which may go on a sentence.

    >>> starts_lowercase("and then"), starts_lowercase("「天气」"), starts_lowercase("The")
    (True, True, False)
    """
    first = line[:1]
    if first.isascii() and first.isalnum():  # Nothing stripped; no caseless script.
        return first.islower()
    core = line_core(line)
    return bool(core) and (core[0].islower() or starts_caseless(core))


def line_core(line: str) -> str:
    """``line`` from its first word on: without its indentation, opening punctuation and
    dashes (what :func:`starts_lowercase` reads past).

    >>> line_core("  «— été")
    'été'
    """
    return line.strip().lstrip(OPENING_PUNCTUATION + "-–— ")


def is_lone_word(line: str) -> bool:
    """One short token with a letter or digit, not ending a sentence: ``The``, ``29``, ``Dr.``.

    >>> [is_lone_word(w) for w in ("“In", "Initially,", "Dr.", "Iran.", "“Sunshine.”")]
    [True, True, True, False, False]
    """
    token = line.strip()
    if len(token) > MAX_LONE_WORD or " " in token:  # (LONE_WORD_RE matches neither)
        return False
    return _is_lone_token(token)


@short_text_cache(maxsize=LINE_CACHE_SIZE, max_chars=MAX_LONE_WORD)
def _is_lone_token(token: str) -> bool:
    """:func:`is_lone_word` of a stripped ``token`` of at most MAX_LONE_WORD characters
    and no space, cached: a document asks of the same few words on every line they
    start (``The``, ``In``: a paragraph's first word alone, in first-word mode).

    >>> _is_lone_token("“In"), _is_lone_token("Iran.")
    (True, False)
    """
    if len(token) > MAX_LONE_CJK and not token.isascii() and NO_SPACE_RE.search(token):
        return False  # A run of Han, kana or Thai is a phrase, not one word.
    return (
        bool(LONE_WORD_RE.match(token))
        and any(c.isalnum() for c in token)
        and not ends_sentence(token)
        and not token.endswith(";")
    )
