"""How two wrapped lines are joined: a space, or nothing after a soft hyphen, a line-end
hyphen that goes (:mod:`.decision`), a dash on its word, or between Han, kana and Thai."""

from __future__ import annotations

from collections.abc import Callable

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import SOFT_HYPHEN
from cleaner.passes.unwrap.hyphens.counts import Evidence
from cleaner.passes.unwrap.hyphens.decision import should_drop_hyphen
from cleaner.passes.unwrap.hyphens.dialogue import closes_aside, dash_closes_aside
from cleaner.scripts import THAI_CHARACTERS, THAI_RE, breaks_anywhere, joins_without_space

# A hyphen ending a line right after a letter or digit (so not the second half of "--").
LINE_END_HYPHEN_RE = lazy_compile(r"([^\W_]+)-$")
# The same read backwards, from the line's end (see line_end_hyphen).
REVERSED_LINE_END_HYPHEN_RE = lazy_compile(r"-([^\W_]+)")
# A dash ending a line attached to its word ("regime—", "1990–", "word--"): joined without
# a space, dash kept.
ATTACHED_DASH_RE = lazy_compile(r"[^\W_](—|–|--)$")
# The last characters of every line that is joined without a space (a soft hyphen, a
# hyphen, a dash): a line ending otherwise is joined with one.
LINE_END_MARKS = (SOFT_HYPHEN, "-", "—", "–")
# A continuation that goes on a word's line-end hyphen without a space: a slash or a
# currency sign ("Ein-" + "/Ausgabe", "£3.000-" + "£5.000"), and an initial after an
# initial ("J.-" + "C.", "H.-G." names); nothing starts a word of its own so.
HYPHEN_CONTINUATION_RE = lazy_compile(r"[/£$€¥]")
INITIAL_HYPHEN_RE = lazy_compile(r"(?<![^\W_])[^\W\d_]\.-$")
INITIAL_RE = lazy_compile(r"[^\W\d_]\.")
# A hyphen on a number's sign (``3%-`` + ``räntan``, ``40°-`` + ``Linie``) joins a compound
# too: no dash is written so (a dash after punctuation stands apart, ``kann.-``).
NUMBER_SIGN_HYPHEN_RE = lazy_compile(r"\d ?[%‰°]-$")
# Punctuation that ends a clause: no conjunction stands right before it (see _is_suspended).
CLAUSE_PUNCTUATION = frozenset(".,;:!?)")
# The word a continuation line starts with.
LEADING_WORD_RE = lazy_compile(r"^[^\W_]+")
# How much of the tail's line a rule reads after the tail (``around``): the next word or
# two (a suspended hyphen's conjunction and the compound after it, ``zorg-`` + ``en
# hulpverlening``).
AFTER_TAIL_LENGTH = 40


def join_across_line_end(
    left: str,
    right: str,
    evidence: Evidence,
    *,
    dehyphenate: bool,
    use_lexicon: bool = True,
    language: Callable[[], str] | None = None,
) -> str:
    """Join two wrapped lines: a space, or nothing after a soft hyphen, hyphen or dash.

    >>> from cleaner.passes.unwrap.hyphens.counts import collect_evidence
    >>> empty = collect_evidence("")
    >>> join_across_line_end("inter-", "national law", empty, dehyphenate=True)
    'international law'
    >>> join_across_line_end("state-", "TV", empty, dehyphenate=True)
    'state-TV'
    >>> join_across_line_end("a pause -", "then", empty, dehyphenate=True)
    'a pause - then'
    >>> join_across_line_end("regime—", "the", empty, dehyphenate=True)
    'regime—the'
    """
    drop, addition = line_join_edit(
        left, right, evidence, dehyphenate=dehyphenate, use_lexicon=use_lexicon, language=language
    )
    return left[: len(left) - drop] + addition


def line_join_edit(
    left: str,
    right: str,
    evidence: Evidence | Callable[[], Evidence],
    *,
    dehyphenate: bool,
    use_lexicon: bool = True,
    language: Callable[[], str] | None = None,
) -> tuple[int, str]:
    """How to join ``right`` to ``left``: characters to drop from left's end, text to add.

    Only ``left``'s end is read, so a paragraph can be built piece by piece in linear time.
    ``evidence`` may be a function giving it, called only for a line-end hyphen to judge.
    """
    right = right.strip()
    if not left.endswith(LINE_END_MARKS):  # Neither a hyphen nor a dash: a space...
        if not (left[-1:].isascii() and right[:1].isascii()) and _joins_cjk(left, right, language):
            return 0, right  # ...but between Han, kana and Thai (see below).
        return 0, f" {right}"
    if left.endswith(SOFT_HYPHEN):
        return 1, right
    end = left[-60:]
    hyphen = line_end_hyphen(end)
    word = LEADING_WORD_RE.match(right)
    if hyphen and word:
        if language is not None and closes_aside(
            left, len(left) - len(end) + hyphen[0], hyphen[1], word.group(), language
        ):
            return 0, f" {right}"  # "-dijo Sancho-" + "que": the aside's closing dash.
        drop = dehyphenate and should_drop_hyphen(
            hyphen[1],
            word.group(),
            evidence() if callable(evidence) else evidence,
            use_lexicon=use_lexicon,
            language=language,
            around=(end[: hyphen[0]], right[word.end() : word.end() + AFTER_TAIL_LENGTH]),
        )
        if not drop and _is_suspended(word.group(), language, right[word.end() :]):
            return 0, f" {right}"  # "Druck-" + "und Verlagswesen": the space stays.
        return int(drop), right
    if _hyphen_goes_on(left, right, hyphen is not None):
        return 0, right
    if ATTACHED_DASH_RE.search(left[-3:]):
        if language is not None and dash_closes_aside(left, language):
            return 0, f" {right}"  # "—dijo Sancho—" + "que": the aside's closing raya.
        return 0, right
    if _joins_cjk(left, right, language):
        return 0, right
    return 0, f" {right}"


def line_end_hyphen(line: str) -> tuple[int, str] | None:
    """Where :data:`LINE_END_HYPHEN_RE` finds the word before ``line``'s final hyphen, and
    that word, read backwards from the line's end: a search from the start tries every
    position (about 5 µs on a 60-character line, 0.5 µs so).

    >>> line_end_hyphen("the inter-"), line_end_hyphen("a pause -"), line_end_hyphen("e-\\n")
    ((4, 'inter'), None, (0, 'e'))
    """
    end = len(line)
    if line.endswith("\n"):  # ("$" matches before a final line feed too.)
        end -= 1
    found = REVERSED_LINE_END_HYPHEN_RE.match(line[end - 1 :: -1]) if end else None
    if found is None:
        return None
    word = found.group(1)
    return end - 1 - len(word), word[::-1]


def _hyphen_goes_on(left: str, right: str, after_word: bool) -> bool:
    """Whether ``right`` goes on ``left``'s line-end hyphen with no space: after a word, a
    slash or currency sign; after an initial, another initial; after a number's sign, a
    word (``3%-`` + ``räntan``); between Thai, Thai (``ฮาร์ลีย์-`` + ``เดวิดสัน``: the mark
    before the hyphen is no word character to the pattern).

    >>> _hyphen_goes_on("Ein-", "/Ausgabe", True), _hyphen_goes_on("avant J.-", "C.", False)
    (True, True)
    >>> _hyphen_goes_on("a pause -", "/then", False), _hyphen_goes_on("J.-", "Claude", False)
    (False, False)
    >>> _hyphen_goes_on("den 3%-", "räntan", False), _hyphen_goes_on("kann.-", "Und", False)
    (True, False)
    >>> _hyphen_goes_on("ของฮาร์ลีย์-", "เดวิดสัน", False), _hyphen_goes_on("ของ -", "เดวิด", False)
    (True, False)
    """
    # Thai wrappers break between words and hyphenate none: a hyphen between Thai at a
    # line's end is the word's own (Harley-Davidson), kept, with no space.
    if left[-2:-1] in THAI_CHARACTERS and right[:1] in THAI_CHARACTERS and left[-1:] == "-":
        return True
    if after_word:
        return HYPHEN_CONTINUATION_RE.match(right) is not None
    if NUMBER_SIGN_HYPHEN_RE.search(left[-4:]) is not None:
        return right[:1].isalpha()
    return INITIAL_RE.match(right) is not None and INITIAL_HYPHEN_RE.search(left[-4:]) is not None


def _joins_cjk(left: str, right: str, language: Callable[[], str] | None) -> bool:
    """Han, kana and Thai put no space between words: none at the break. Chinese and
    Japanese run a Latin word, a digit or a mark on too ("正因為如此，" + "Olivia")."""
    if joins_without_space(left, right):
        return True
    if language is None:
        return False
    if _cjk_meets_latin(left, right):
        return language() in ("zh", "ja")
    return _thai_meets_hugging_mark(left, right) and language() == "th"


def _thai_meets_hugging_mark(left: str, right: str) -> bool:
    """A Thai letter on one side of the break, on the other a mark that hugs it: a straight
    quote, a closing bracket after it, an opening one before it (``"`` + ``การ``).

    >>> _thai_meets_hugging_mark('ได้รับ "', "การ"), _thai_meets_hugging_mark("เมือง", ") มี")
    (True, True)
    >>> _thai_meets_hugging_mark("ใต้", "(มห"), _thai_meets_hugging_mark("ปี", "1879")
    (False, False)
    """
    if not (left and right):
        return False
    if THAI_RE.match(left[-1]):
        return right[0] in "\"')]}"
    return bool(THAI_RE.match(right[0])) and left[-1] in "\"'([{"


def _cjk_meets_latin(left: str, right: str) -> bool:
    """A Han, kana or CJK punctuation character on one side of the break, anything but a
    space on the other (a Latin word, a digit, a straight quote, a hyphen).

    >>> _cjk_meets_latin("解釋道：", '"每一本書'), _cjk_meets_latin('人性。"', "他獨自")
    (True, True)
    >>> _cjk_meets_latin("Durá", "n擔任"), _cjk_meets_latin("눈이 왔다．", "& 価格")
    (False, False)
    """
    from cleaner.language import HANGUL_RE  # Deferred: only CJK breaks ask.

    if not (left and right) or HANGUL_RE.search(left[-2:]) or HANGUL_RE.search(right[:2]):
        return False  # Korean puts spaces between words, and after its punctuation
    return breaks_anywhere(left[-1]) or breaks_anywhere(right[0])


def _is_suspended(suffix: str, language: Callable[[], str] | None, after: str = "") -> bool:
    """A suspended hyphen before a conjunction, in a language other than English (where
    ``pre-`` + ``and`` keeps its old join; only asked for such short words). Not where
    punctuation follows the conjunction (``after``, the rest of its line): a conjunction
    goes on to a second word, so that is a word's ending after a kept hyphen (``GGD-`` +
    ``en.``, an acronym's plural), joined without a space.

    >>> _is_suspended("en", lambda: "nl", " sport"), _is_suspended("en", lambda: "nl", ".")
    (True, False)
    """
    if language is None or len(suffix) > 5 or after[:1] in CLAUSE_PUNCTUATION:
        return False
    from cleaner.passes.unwrap.hyphens.suspended import is_suspended_hyphen

    return is_suspended_hyphen(suffix, language())
