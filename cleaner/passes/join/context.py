"""Where the ``join`` pass looks: documents that show stray spaces, indented paragraphs
that read as prose, and English text (see :mod:`cleaner.passes.join`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from cleaner.lazy_re import lazy_compile
from cleaner.lexicon import WordModel
from cleaner.passes.join.letters import LETTERS_AFTER_RE, LETTERS_BEFORE_RE

# A sign of stray spaces: a lone letter that is no word after a space, a line break, an
# opening bracket or quote, and before a word or after one (``e fforts``, ``tim e.``:
# lowercase, a strong sign, the groups ``lower`` and ``end``), or a capital before a word
# (``T he``) or before a word in capitals (``I NTRODUCTION``; a weak sign, as ``Plan B is``
# and ``A UN report`` are clean). Not ``e.g.`` nor ``well- known``. The leading character
# is matched, not looked behind for: a pattern that starts with a character class is
# searched for that class first, twice as fast over a text with no sign.
STRAY_SIGN_RE = lazy_compile(
    r"[\s(\"“‘](?:(?P<lower>[b-hj-np-z]) (?=[A-Za-z])|[B-HJ-NP-Z] (?=[A-Za-z])"
    r"|[A-Z] (?=[A-Z]{2,}\b)|(?<=[a-z] )(?P<end>[b-hj-np-z])(?![\w'’\-]|\.\w))"
)
# Where a sign may start: before a letter that no word character, apostrophe or hyphen
# follows (every branch of STRAY_SIGN_RE needs one), but not "a", "i" or "o" (words).
LONE_LETTER_RE = re.compile(r"[\s(\"“‘](?=[b-hj-np-zA-Z](?![\w'’\-]))")
# The pass looks into a document whose signs weigh at least this much (a strong sign
# twice a weak one), one per this many characters (a broken word in 100 makes about one
# sign per 1,500 characters).
STRAY_SIGNS = 2
STRONG_SIGN = 2
STRAY_SIGN_CHARS = 12_000
# A sign confirmed by the lexicon: its letter and a token beside it make a word this common
# (as common as a lone letter's join must make: words.LONE_LETTER_JOINED_ZIPF; "inv", "bis"
# and "gor" are words of the lexicon).
CONFIRMED_ZIPF = 4.0
# An indented paragraph reads as prose with at least this many tokens, this share of
# them words (perhaps in quotes, brackets, with punctuation after), and no sign of code:
# a character prose rarely holds, a gap within a line (columns), a prompt.
PROSE_TOKENS = 6
PROSE_WORD_SHARE = 0.8
PROSE_WORD_RE = lazy_compile(r"[(\"'“‘*]*[A-Za-z]+(?:['’][a-z]+)?[)\"'”’*]*[.,;:!?]?[)\"'”’]*")
PROSE_SIGNS_RE = lazy_compile(
    r"[{}<>=$|\\`]|\S(?: {2,}|\t)(?<![.!?:]  )\S|^\s*(?:>>>|\.\.\.|[#%$] )", re.M
)


def shows_stray_spaces(text: str) -> bool:
    """Whether the document shows words broken by spaces: lone letters that are no words
    beside a word (``e fforts``, ``tim e``, ``T he``, ``I NTRODUCTION``) weighing at least
    STRAY_SIGNS (a lowercase one weighs STRONG_SIGN), one per STRAY_SIGN_CHARS characters;
    the same sign twice (a letter and the start of the word after it) counts once. The
    cheap test that lets clean text through.

    >>> [shows_stray_spaces(t) for t in ("Our e fforts.", "The tim e.", "T he I NTRODUCTION.")]
    [True, True, True]
    >>> [shows_stray_spaces(t) for t in ("Plan B.", "A UN report", "as e.g. this", "well- known")]
    [False, False, False, False]
    >>> shows_stray_spaces("Lines of more than k chars" + 30_000 * "." + "Less than k chars")
    False
    """
    return _enough_signs(text)


def confirms_stray_spaces(text: str, model: WordModel) -> bool:
    """:func:`shows_stray_spaces`, counting only the signs whose lone letter makes a word
    (of Zipf CONFIRMED_ZIPF or more) with the token before or after it (``e fforts``, ``T
    he``, ``tim e``); not a command's or a variable's name (``the F command``, ``C
    compiler``, ``v command``), which a tool's notes hold by the dozen.

    >>> from cleaner.lexicon import load_model
    >>> model = load_model()
    >>> confirms_stray_spaces("Our e fforts, and T he end.", model)
    True
    >>> confirms_stray_spaces("Use the F command, the g command or the v command.", model)
    False
    """
    return _enough_signs(text, lambda sign, text: _letter_makes_a_word(sign, text, model))


def _enough_signs(text: str, counts: Callable[[re.Match[str], str], bool] | None = None) -> bool:
    """Whether the signs of ``text`` that ``counts`` keeps (all by default) weigh enough."""
    text = "\n" + text
    seen: set[str] = set()  # A sign twice, "than k chars", is one: a symbol's use, likelier.
    signs = 0
    for sign in stray_signs(text):
        key = text[sign.start() + 1 : sign.end() + 4]
        if key not in seen:
            seen.add(key)
            if counts is None or counts(sign, text):
                signs += STRONG_SIGN if sign.lastgroup else 1
    return signs >= STRAY_SIGNS and signs * STRAY_SIGN_CHARS >= len(text) - 1


def _letter_makes_a_word(sign: re.Match[str], text: str, model: WordModel) -> bool:
    """Whether the sign's lone letter and the token before or after it make a word."""
    at = sign.start() + 1  # The lone letter (a sign starts at the character before it).
    letter = text[at]
    after = LETTERS_AFTER_RE.match(text, at + 2)
    spaced = text[at - 1 : at] == " "
    before = LETTERS_BEFORE_RE.search(text, max(0, at - 40), at - 1) if spaced else None
    joined = [letter + after[0] if after else "", before[0] + letter if before else ""]
    return any(model.frequency(word.lower()) >= CONFIRMED_ZIPF for word in joined if word)


def stray_signs(text: str) -> Iterator[re.Match[str]]:
    """``STRAY_SIGN_RE.finditer(text)``, its pattern tried only where a lone letter follows
    (:data:`LONE_LETTER_RE`, itself tried only at the places :func:`lone_letter_places`
    finds in C): 1.6 times as fast on a novel, which has few.

    >>> [sign.group() for sign in stray_signs("Our e fforts, I NTRODUCTION")]
    [' e ', ' I ']
    """
    end = 0  # where the last sign ended: the next one starts there or later
    for place in lone_letter_places(text):
        if (
            place >= end
            and LONE_LETTER_RE.match(text, place)
            and (sign := STRAY_SIGN_RE.match(text, place))
        ):
            end = sign.end()
            yield sign


# Each character of a text encoded as Latin-1 (one byte each, "?" for any other character)
# to what it may be around a lone letter: "o" an opening (a space, "(", '"'; "?" as it may
# stand for a quote, an exotic space or a letter), "L" a letter LONE_LETTER_RE takes, "w"
# a character that ends no word there (a letter, digit, "_", "'", "-"), "." anything else.
LONE_LETTER_MAP = bytes(
    ord(
        "L"
        if re.fullmatch("[b-hj-np-zA-Z]", char)
        else "o"
        if char.isspace() or char in '("?'
        else "w"
        if char.isalnum() or char in "_'-"
        else "."
    )
    for char in map(chr, range(256))
)
# Where a lone letter may start: an opening, a letter, then an opening, a mark or the end.
LONE_LETTER_SHAPES = (b"oLo", b"oL.")
# A text is mapped this many characters at a time: a huge one's map is never held whole
# (beside the text, it was the peak memory of a 200 MB file).
PLACES_BLOCK_CHARS = 1 << 20


def lone_letter_places(text: str) -> list[int]:
    """The offsets where :data:`LONE_LETTER_RE` may match in ``text``, in order: the text
    mapped a byte per character (:data:`LONE_LETTER_MAP`) and searched for each shape in
    C, not the pattern tried at every space. Each place still needs the pattern.

    >>> text = "A cat, I think; a  b (c)  “d” x"
    >>> [m.start() for m in LONE_LETTER_RE.finditer(text)] == [
    ...     place for place in lone_letter_places(text) if LONE_LETTER_RE.match(text, place)]
    True
    """
    places: list[int] = []
    for start in range(0, len(text), PLACES_BLOCK_CHARS):
        # Two characters past the block, so that a shape that starts in it is seen whole.
        end = start + PLACES_BLOCK_CHARS
        shapes = text[start : end + 2].encode("latin-1", "replace").translate(LONE_LETTER_MAP)
        found = []
        for shape in LONE_LETTER_SHAPES:
            place = shapes.find(shape)
            while 0 <= place < PLACES_BLOCK_CHARS:
                found.append(start + place)
                place = shapes.find(shape, place + 1)
        places += sorted(found)
    if text[-2:].encode("latin-1", "replace").translate(LONE_LETTER_MAP) == b"oL":
        places.append(len(text) - 2)
    return places


def reads_as_prose(paragraph: str) -> bool:
    """Whether an indented paragraph reads as prose, not code: words, no sign of code,
    no columns (``join`` may then mend it, as it does the same text unindented).

    >>> reads_as_prose("      Licensor shall mean the copyright owner or entity authorized by\\n"
    ...                "      the copyright owner that is granting the License.")
    True
    >>> reads_as_prose("    for k in d:\\n        print(k)"), reads_as_prose("    x and y")
    (False, False)
    """
    tokens = paragraph.split()
    if len(tokens) < PROSE_TOKENS or PROSE_SIGNS_RE.search(paragraph):
        return False
    words = sum(1 for token in tokens if PROSE_WORD_RE.fullmatch(token))
    return words >= PROSE_WORD_SHARE * len(tokens)


def foreign(paragraph: str, model: WordModel) -> bool:
    """A paragraph with enough words to judge, too few of them common English words.

    >>> from cleaner.lexicon import load_model
    >>> foreign("und er lag auf seinem panzerartig harten Rücken und sah, wenn er den Kopf "
    ...          "ein wenig hob, seinen gewölbten, braunen Bauch", load_model())
    True
    """
    from cleaner.passes.split import prose  # Deferred: only a candidate needs it.

    words = prose.paragraph_words(paragraph)
    total = words.total()
    if total < prose.MIN_WORDS_TO_JUDGE_LANGUAGE:
        return False
    return prose.common_word_count(words, model) < prose.MIN_ENGLISH_SHARE * total
