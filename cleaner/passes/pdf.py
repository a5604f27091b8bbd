"""The ``pdf`` pass: repair what PDF text extractors leave in words.

Three artefacts, each only where it is unmistakable:

- a line-break hyphen written as U+FFFE (pdfium) or U+2010 HYPHEN becomes ``-``, which
  ``unwrap`` then joins or keeps like any line-end hyphen (soft hyphens it removes already);
- a spacing accent next to a vowel (``Sup´erieure``, ``e´te´``) becomes the composed
  letter (``Supérieure``, ``été``); an accent used as an apostrophe (``it´s``) stays;
- a ligature the extractor lost, where it left a NUL or U+FFFD (``e\\x00cient``), is
  rebuilt when exactly one of fi, fl, ff, ffi, ffl gives a known word.

It runs after ``encoding`` and ``whitespace``, so a U+FFFD that ``encoding`` leaves is
judged in the same run; ``encoding`` deletes NULs, so the NUL form is repaired only when
that pass is skipped (files holding NUL bytes are refused as binary anyway). A text with
none of these characters is returned after one regular-expression search.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import product

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import ALIGNMENT_GAP_RE

# Any character this pass may act on: the cheap document-level test, each looked for with
# ``in`` (a class's search, tried at every character, took 2-4x as long on every layout).
TRIGGER_CHARS = "\x00\ufffd\ufffe\u2010\u00b4\u00a8\u02c6\u02dc\u00b8\u02c7\u02da\u02cb"
# U+FFFE or U+2010 ending a line (before optional spaces and any line break).
LINE_END_HYPHEN_RE = lazy_compile("(?<=[^\\W\\d_])[\ufffe\u2010](?=[ \t]*(?:\r\n|[\n\r]))")
# U+FFFE between the two halves of a word: a line break pdfium joined.
MARKED_BREAK_RE = lazy_compile("([^\\W\\d_]+)\ufffe([^\\W\\d_]+)")
# A lost ligature: NUL or U+FFFD in, before or after a letter run.
LOST_LIGATURE_RE = lazy_compile("(?<![^\\W\\d_])([^\\W\\d_]*)[\x00\ufffd]([^\\W\\d_]*)")
# Where one may be (a NUL or U+FFFD, each found by ``str.find``: a class's search tries
# every character, 4x slower), a letter, and a run of letters: the pieces of
# lost_ligatures, which reads LOST_LIGATURE_RE's matches around each mark (that pattern,
# led by a look-behind, is tried at every character: 19 MB/s).
LIGATURE_MARKS = "\x00\ufffd"
# The same as a set (no empty string in it: a slice at the text's edge is in none).
MARK_SET = frozenset(LIGATURE_MARKS)
LETTER_RE = lazy_compile("[^\\W\\d_]")
LETTERS_RE = lazy_compile("[^\\W\\d_]*")
# The ligatures an extractor can lose, tried in turn.
LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")
# A spacing accent and the combining mark it stands for.
SPACING_ACCENTS = {
    "\u00b4": "\u0301",  # ACUTE ACCENT
    "\u02cb": "\u0300",  # MODIFIER LETTER GRAVE ACCENT
    "\u00a8": "\u0308",  # DIAERESIS
    "\u02c6": "\u0302",  # MODIFIER LETTER CIRCUMFLEX ACCENT
    "\u02dc": "\u0303",  # SMALL TILDE
    "\u00b8": "\u0327",  # CEDILLA
    "\u02c7": "\u030c",  # CARON
    "\u02da": "\u030a",  # RING ABOVE
}
# Any spacing accent this pass composes.
ACCENT_RE = lazy_compile("[\u00b4\u02cb\u00a8\u02c6\u02dc\u00b8\u02c7\u02da]")
# A word holding spacing accents: letters and accents, from a word's start (so that a
# failed match is not tried again inside the word); soft hyphens inside it, which
# ``unwrap`` drops after this pass has run, are part of it (``C\xad¸`` is ``Ç``).
ACCENTED_WORD_RE = lazy_compile(
    "(?<![^\\W\\d_])(?<!\u00ad)(?:[^\\W\\d_]|\u00ad)*"
    "(?:[\u00b4\u02cb\u00a8\u02c6\u02dc\u00b8\u02c7\u02da](?:[^\\W\\d_]|\u00ad)*)+"
)
# The letters each accent may sit on: vowels, and n, c, s, z, r for tilde, cedilla, caron.
ACCENT_TAKERS = {
    "\u0301": "aeiouy",
    "\u0300": "aeiou",
    "\u0308": "aeiouy",
    "\u0302": "aeiou",
    "\u0303": "aon",
    "\u0327": "c",
    "\u030c": "csznrez",
    "\u030a": "au",
}
# Endings of a contraction: an accent before them is an apostrophe (it´s, I´m, we´ll).
CONTRACTION_ENDINGS = ("s", "t", "m", "d", "ll", "re", "ve")
# More accents than this in one word: not a word an extractor broke.
MAX_ACCENTS = 6
# The characters on either side of a composed accent that ftfy is asked about, at most: its
# line (ftfy judges a line of text as a whole: ``ßÄ0 Â "`` reads as mojibake only with the
# ``ß`` and the ``"``), up to this far.
MOJIBAKE_CONTEXT_CHARS = 200
# A rebuilt word must be at least this common (Zipf; once per 100 million words is 2.0).
KNOWN_WORD_ZIPF = 2.0


def repair_extraction(
    text: str, *, hyphens: bool = True, accents: bool = True, ligatures: bool = True
) -> str:
    """Repair line-break hyphens, spacing accents and lost ligatures left by PDF extractors.
    A row of aligned columns keeps its columns where it was (see :func:`_columns_kept`).

    >>> repair_extraction("infor\\ufffe\\nmation, e\\x00cient, Sup\\u00b4erieure, it\\u00b4s")
    'infor-\\nmation, efficient, Supérieure, it´s'
    >>> repair_extraction("plain text")
    'plain text'
    """
    triggers = "\x00" if text.isascii() else TRIGGER_CHARS  # (\x00: the one ASCII one)
    if not any(c in text for c in triggers):
        return text
    before = text
    if hyphens and ("\ufffe" in text or "\u2010" in text):
        text = LINE_END_HYPHEN_RE.sub("-", text)
        if "\ufffe" in text:
            text = _join_marked_breaks(text)
    if accents and ACCENT_RE.search(text):
        text = ACCENTED_WORD_RE.sub(_composed_unless_mojibake, text)
    if ligatures and ("\x00" in text or "\ufffd" in text):
        text = _with_ligatures_rebuilt(text)
    return _columns_kept(before, text)


def _composed_unless_mojibake(match: re.Match[str]) -> str:
    """The matched word with its accents composed, unless the composed letter would read,
    with the rest of its line, as mojibake (``A¨¹`` -> ``Ä¹``, UTF-8 ``Ĺ`` read as
    Latin-1), which the ``encoding`` pass would then repair on the next run.

    >>> _composed_unless_mojibake(ACCENTED_WORD_RE.search("Sup\u00b4erieure"))
    'Supérieure'
    >>> _composed_unless_mojibake(ACCENTED_WORD_RE.search("A\u00a8\u00b9"))
    'A¨¹'
    """
    word = match.group()
    composed = compose_accents(word.replace("\u00ad", ""))
    if composed is None:
        return word
    text, start, end = match.string, match.start(), match.end()
    first = max(text.rfind("\n", 0, start) + 1, start - MOJIBAKE_CONTEXT_CHARS)
    last = text.find("\n", end, end + MOJIBAKE_CONTEXT_CHARS)
    before, after = (
        text[first:start],
        text[end : last if last >= 0 else end + MOJIBAKE_CONTEXT_CHARS],
    )
    if _reads_as_mojibake(before + composed + after):
        return word
    return composed


def _reads_as_mojibake(text: str) -> bool:
    import ftfy

    return ftfy.fix_encoding(text) != text


def _join_marked_breaks(text: str) -> str:
    """A U+FFFE inside a word (pdfium joined the line and kept its marker): the word whole
    where ``unwrap`` would drop a line-end hyphen there, else with a hyphen.

    >>> _join_marked_breaks("neigh\ufffebourhood, over\ufffescrupulous")
    'neighbourhood, over-scrupulous'
    """
    from cleaner.passes.unwrap.hyphens import collect_evidence, should_drop_hyphen

    evidence = collect_evidence(text)

    def join(match: re.Match[str]) -> str:
        left, right = match.groups()
        drop = should_drop_hyphen(left, right, evidence, use_lexicon=True)
        return left + ("" if drop else "-") + right

    return MARKED_BREAK_RE.sub(join, text)


def compose_accents(word: str, known: Callable[[str], bool] | None = None) -> str | None:
    """``word`` with each spacing accent put on the vowel next to it, or None if unsure.

    An accent goes on the neighbour that can take it; when both can, the known word
    decides; an accent before a contraction's ending is an apostrophe and stays.

    >>> compose_accents("Sup\u00b4erieure"), compose_accents("e\u00b4te\u00b4")
    ('Supérieure', 'été')
    >>> compose_accents("don\u00b4t") is None, compose_accents("I\u00b4m") is None
    (True, True)
    """
    accents = [i for i, char in enumerate(word) if char in SPACING_ACCENTS]
    if len(accents) > MAX_ACCENTS:
        return None
    choices = []
    for i in accents:
        mark = SPACING_ACCENTS[word[i]]
        if i > 0 and word[i + 1 :].lower() in CONTRACTION_ENDINGS:
            return None
        sides = [j for j in (i - 1, i + 1) if 0 <= j < len(word) and _takes(word[j], mark)]
        if not sides:
            return None
        choices.append(sides)
    options = {
        _placed(word, dict(zip(accents, picked, strict=True))) for picked in product(*choices)
    }
    options.discard(None)
    if len(options) == 1:
        return options.pop()
    known = known or _is_known
    found = [option for option in options if option and known(option.lower())]
    return found[0] if len(found) == 1 else None


def _placed(word: str, targets: dict[int, int]) -> str | None:
    """``word`` with the accent at each key of ``targets`` put on the letter at its value."""
    marks: dict[int, str] = {}
    for accent, letter in targets.items():
        if letter in marks:
            return None  # Two accents on one letter: not a placement extractors make.
        marks[letter] = SPACING_ACCENTS[word[accent]]
    letters = (
        _compose(char, marks[j]) if j in marks else char
        for j, char in enumerate(word)
        if j not in targets
    )
    return "".join(letters)


def _takes(letter: str, mark: str) -> bool:
    return letter.lower() in ACCENT_TAKERS[mark]


def _compose(letter: str, mark: str) -> str:
    return unicodedata.normalize("NFC", letter + mark)


def lost_ligatures(text: str) -> list[tuple[int, int, int]]:
    """``LOST_LIGATURE_RE.finditer(text)``'s matches, each as (start, mark, end): the letters
    before a NUL or U+FFFD from a word's start, the mark, the letters after it.

    >>> lost_ligatures("e\\x00cient, di\\ufffderent\\x00 \\ufffd")
    [(0, 1, 7), (9, 11, 17), (19, 19, 20)]
    """
    found: list[tuple[int, int, int]] = []
    end = 0  # where the last match ended: the next starts there or later
    for at in _mark_positions(text):
        if at < end:
            continue
        start = at  # back over the letters before it (a mark, no letter, ends them)
        while start > end and LETTER_RE.match(text, start - 1):
            start -= 1
        if start == end and start and LETTER_RE.match(text, start - 1):
            continue  # a word that the last match ended in: no match starts inside it
        end = LETTERS_RE.match(text, at + 1).end()  # type: ignore[union-attr]
        found.append((start, at, end))
    return found


def _mark_positions(text: str) -> list[int]:
    """Where a mark (:data:`LIGATURE_MARKS`) is in ``text``, in order.

    >>> _mark_positions("a\\ufffdb\\x00c\\ufffd")
    [1, 3, 5]
    """
    positions = []
    for mark in LIGATURE_MARKS:
        at = text.find(mark)
        while at >= 0:
            positions.append(at)
            at = text.find(mark, at + 1)
    return sorted(positions)


def _with_ligatures_rebuilt(text: str) -> str:
    """``text`` with each lost ligature :func:`ligature_rebuilds` finds rebuilt."""
    pieces, last = [], 0
    for start, end, word in ligature_rebuilds(text):
        pieces += [text[last:start], word]
        last = end
    return "".join([*pieces, text[last:]]) if pieces else text


def ligature_rebuilds(text: str) -> list[tuple[int, int, str]]:
    """Each lost ligature of ``text`` rebuilt (:func:`rebuild_ligature` of each
    :func:`lost_ligatures` match not :func:`is_between_marks`): (start, end, the word).
    None when fewer than half of the text's marks rebuild a word: they are then a
    decoding's damage (Latin-1 text read as UTF-8: ``min�ralogie``, ``p�t`` is no
    ``pfft``), not ligatures lost.

    >>> ligature_rebuilds("di\\ufffderent and e\\ufffdcient")
    [(0, 8, 'different'), (13, 20, 'efficient')]
    >>> ligature_rebuilds("Il \\ufffdtait min\\ufffdralogiste, on p\\ufffdt le voir")
    []
    """
    rebuilt = []
    for start, at, end in lost_ligatures(text):
        if is_between_marks(text, start, end):
            continue
        word = rebuild_ligature(text[start:at], text[at + 1 : end])
        if word is not None:
            rebuilt.append((start, end, word))
    if not rebuilt:
        return rebuilt  # (most texts with a mark: no count of the marks needed)
    marks = text.count("\x00") + text.count("\ufffd")
    return rebuilt if 2 * len(rebuilt) >= marks else []


def _columns_kept(before: str, after: str) -> str:
    """``after`` (``before`` repaired, line for line) with the columns of ``before``'s
    aligned lines (whose spacing counts, as ``whitespace`` judges it) where they were: a
    word made longer or shorter (``\ufffdame`` -> ``flame``, ``Sup\u00b4er`` -> ``Supér``)
    takes its letters from the gap after it or gives them to it. Else ``whitespace`` and
    ``unwrap`` would judge the table otherwise on a second run. A line whose gaps cannot
    keep two spaces (or hold a tab) stays as it was.

    >>> _columns_kept("Name     Age\\n\\ufffdame     Age\\n", "Name     Age\\nflame     Age\\n")
    'Name     Age\\nflame    Age\\n'
    >>> _columns_kept("Name  Age\\n\\ufffdame  Age\\n", "Name  Age\\nflame  Age\\n")
    'Name  Age\\n\\ufffdame  Age\\n'
    """
    if after == before or ("  " not in before and "\t" not in before):
        return after
    old_lines, new_lines = before.split("\n"), after.split("\n")
    if len(old_lines) != len(new_lines):
        return after  # (A marked break joined two lines: no table row.)
    changed = [
        i
        for i, (old, new) in enumerate(zip(old_lines, new_lines, strict=True))
        if old != new and ALIGNMENT_GAP_RE.search(old)
    ]
    if not changed:
        return after
    from cleaner.passes.layout import lines_with_meaningful_spacing  # (Rarely needed.)

    keep = lines_with_meaningful_spacing(old_lines)
    for i in changed:
        if keep[i]:
            new_lines[i] = _realigned(old_lines[i], new_lines[i])
    return "\n".join(new_lines)


def _realigned(old: str, new: str) -> str:
    """``new`` with its gaps ending at the columns ``old``'s end at, or ``old`` if one
    cannot (a gap left under two spaces, a tab, another count of gaps).

    >>> _realigned("Sup\u00b4er  Paris  x", "Supér  Paris  x")
    'Supér   Paris  x'
    """
    old_gaps, new_gaps = list(ALIGNMENT_GAP_RE.finditer(old)), list(ALIGNMENT_GAP_RE.finditer(new))
    if len(old_gaps) != len(new_gaps):
        return old
    pieces, last, shift = [], 0, 0  # (shift: how far the gaps so far moved what follows)
    for old_gap, new_gap in zip(old_gaps, new_gaps, strict=True):
        width = old_gap.end() - (new_gap.start() + shift)
        if width < 2 or "\t" in old_gap.group() or "\t" in new_gap.group():
            return old
        pieces += [new[last : new_gap.start()], " " * width]
        shift += width - (new_gap.end() - new_gap.start())
        last = new_gap.end()
    return "".join([*pieces, new[last:]])


def is_between_marks(text: str, start: int, end: int) -> bool:
    """Whether the letters around a mark, ``text[start:end]``, have a mark on their outer
    side too: letters spaced by marks (a letter-spaced title mis-decoded, ``L�E�I�P``), or
    marks in a row, not one word with one ligature lost.

    >>> is_between_marks("L\\ufffdE\\ufffdI\\ufffdP", 2, 5)
    True
    >>> is_between_marks("di\\ufffderent", 0, 9)
    False
    """
    return text[start - 1 : start] in MARK_SET or text[end : end + 1] in MARK_SET


def rebuild_ligature(left: str, right: str) -> str | None:
    """``left`` + the one ligature that makes a known word + ``right``, or None.

    >>> rebuild_ligature("di", "erent"), rebuild_ligature("", "rst")
    ('different', 'first')
    >>> rebuild_ligature("zz", "qq") is None
    True
    """
    if len(left + right) < 2:
        return None  # Too little of the word left to know it.
    fits = [left + ligature + right for ligature in LIGATURES]
    known = [word for word in fits if _frequency(word.lower()) >= KNOWN_WORD_ZIPF]
    if len(known) != 1:
        return None
    word = known[0]
    return word.upper() if left.isupper() and right.isupper() else word


def _frequency(word: str) -> float:
    from cleaner.lexicon import load_model  # Deferred: only a marked word needs it.

    return load_model().frequency(word)


def _is_known(word: str) -> bool:
    return _frequency(word) >= KNOWN_WORD_ZIPF


def explain_extraction(before: str, after: str, **_options: object) -> list[str]:
    """One line per kind of repair made, with how many and an example.

    >>> explain_extraction("e\\x00cient", "efficient")
    ['rebuilt 1 lost ligature(s): efficient']
    """
    notes = []
    hyphens = len(LINE_END_HYPHEN_RE.findall(before))
    if hyphens:
        notes.append(f"{hyphens} line-break hyphen(s) U+FFFE/U+2010 written as '-'")
    accents = [m.group() for m in ACCENTED_WORD_RE.finditer(before)]
    composed = [compose_accents(word) for word in accents]
    done = [word for word in composed if word]
    if done:
        notes.append(f"composed spacing accents in {len(done)} word(s): {done[0]}")
    made = [word for _, _, word in ligature_rebuilds(before)]
    if made:
        notes.append(f"rebuilt {len(made)} lost ligature(s): {made[0]}")
    return notes
