"""The aligner's fast paths give exactly the blocks of the plain walk (tests/align_reference.py,
the aligner before them): the one-for-one shortcut, the bounded and cached resynchronisation,
the CRLF lines and the skipped slide of align_line_for_line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cleaner import clean_and_explain
from cleaner.align import align, align_line_for_line, align_lines, read_off, whole_lines
from cleaner.align.lines import _walked_changes
from cleaner.align.resync import ONLY_PLACE_COST, PROBE, _only_place
from cleaner.align.substitutions import _SUBSTITUTED_CHARS, _SUBSTITUTIONS
from cleaner.align.walk import _common_run
from cleaner.passes.whitespace import normalize_whitespace
from tests import align_reference as reference
from tests.test_fixtures import CASES, case_config, read_exact
from tests.test_offsets import VOCABULARY, documents
from tests.test_properties import TEXTS

QUICK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# What unwrap makes of a line end (a join, a hyphen join, a kept or new paragraph break)
# and what encoding and whitespace make of one (CRLF, a lone CR).
LINE_ENDS = (("\n", " "), ("-\n", ""), ("-\n", "-"), ("\n", "\n"), ("\n", "\n\n"), ("\r\n", "\n"))
WORDS = (*VOCABULARY, "a", "I", "The", "In", "“A", "’s", "x-y", "", " ", "\r")


def same_blocks(before: str, after: str) -> None:
    """align and align_line_for_line (both ways) agree with the reference aligner."""
    assert [tuple(b) for b in align(before, after)] == [
        tuple(b) for b in reference.align(before, after)
    ]
    for respaced in (False, True):
        assert [tuple(b) for b in align_line_for_line(before, after, respaced=respaced)] == [
            tuple(b) for b in reference.align_line_for_line(before, after, respaced=respaced)
        ]


def same_blocks_for_every_step(text: str, config: object = None) -> None:
    for step in clean_and_explain(text, config).steps:
        same_blocks(step.before, step.after)
        assert [tuple(b) for b in align_lines(step.before, step.after)] == [
            tuple(b) for b in reference.align_lines(step.before, step.after)
        ]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_every_fixture_step_aligns_as_before(case: Path) -> None:
    same_blocks_for_every_step(read_exact(case / "input.txt"), case_config(case))


@st.composite
def rewrapped(draw: st.DrawFn) -> tuple[str, str]:
    """Lines of short and long words, and the text unwrap (or encoding) would make of them:
    every line end joined, hyphen-joined, kept, doubled or its CR dropped."""
    before, after = [], []
    for _ in range(draw(st.integers(1, 30))):
        line = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6)))
        old_end, new_end = draw(st.sampled_from(LINE_ENDS))
        before.append(line + old_end)
        after.append(line + new_end)
    return "".join(before), "".join(after)


@QUICK
@given(rewrapped())
def test_rewrapped_lines_align_as_before(pair: tuple[str, str]) -> None:
    same_blocks(*pair)


@QUICK
@given(documents())
def test_generated_documents_align_as_before(text: str) -> None:
    same_blocks_for_every_step(text)


@QUICK
@given(TEXTS, TEXTS)
def test_any_two_texts_align_as_before(before: str, after: str) -> None:
    same_blocks(before, after)
    same_blocks_for_every_step(before)


# The gaps a line's words may have: what whitespace collapses, keeps, or strips at its end;
# and the blank lines it takes out or empties.
GAPS = (" ", " ", "  ", "   ", "\xa0", " \xa0", "\xa0 ", " \xa0 ", "\t", " \t ", "\u2003")
GAPS += ("\xa0\xa0", "\u3000", "\u3000 ", " " * 9, " " * 17)
# And words that repeat within a few characters (an RFC's dot leaders): where the walk may
# resynchronise elsewhere than after the blanks taken out.
SPACED_WORDS = (*WORDS, ".", ". .", "a", "a a")
BLANK_LINES = ("", "", " ", "   ", "\xa0", "\t", "\x0c", "\r")


@st.composite
def respaced_texts(draw: st.DrawFn) -> tuple[str, str]:
    """Lines of words with gaps of all kinds, some indented, blank lines of spaces or none
    between them, and what whitespace makes of them (blank lines taken out, ends stripped)."""
    lines = []
    for _ in range(draw(st.integers(1, 8))):
        lines += draw(st.lists(st.sampled_from(BLANK_LINES), max_size=3))
        words = draw(st.lists(st.sampled_from(SPACED_WORDS), min_size=1, max_size=10))
        gaps = draw(st.lists(st.sampled_from(GAPS), min_size=len(words), max_size=len(words)))
        indent = draw(st.sampled_from(("", "", "  ", "\xa0")))
        lines.append(indent + "".join(map(str.__add__, words, gaps)))
    lines += draw(st.lists(st.sampled_from(BLANK_LINES), max_size=3))
    before = "\n".join(lines) + draw(st.sampled_from(("\n", "", "\n\n", " ")))
    return before, normalize_whitespace(before)


@QUICK
@given(respaced_texts())
def test_respaced_lines_align_as_the_walk(pair: tuple[str, str]) -> None:
    same_blocks(*pair)


def test_respaced_changes_read_off_the_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Changes far apart are read off the runs, not walked; near ones are the walk's; a line
    break become a space (a join) is not a whitespace step's."""
    far = "Then  words and then.\xa0 More words  "
    with monkeypatch.context() as patched:
        patched.setattr(read_off, "resynced", None)  # (the walk: not called)
        assert read_off.read_off_changes(
            far, normalize_whitespace(far)[:-1], read_off.blanks_taken_out
        ) == [
            (5, 6, 5, 5),
            (21, 22, 20, 20),
            (33, 35, 31, 31),
        ]
    near = ("a  b  c", "a b c")
    assert [tuple(b) for b in read_off.align_respaced(*near)] == [tuple(b) for b in align(*near)]
    assert read_off.align_respaced("ab\ncdefghijk", "ab cdefghijk") is None


# Words as a web page's mojibake holds them, repaired (and its quotes made straight).
MOJIBAKE_WORDS = ("café", "crème", "naïve", "Zoë", "déjà", "€5", "’s", "“quoted”", "—", "ab", "é")
MOJIBAKE_WORDS += ("a", "the", "é é", "ÃÃ", "😀", "ﬁne", "”x", "”", "\ufffd")


@st.composite
def mojibake_lines(draw: st.DrawFn) -> tuple[str, str]:
    """A line of words, some as their UTF-8 bytes read as Windows-1252 or Latin-1, and the
    line repaired, its curly quotes made straight (what ftfy makes of it); some read as
    Windows-1252 with a byte it leaves undefined lost (``\ufffd``), each such character
    repaired as ``\ufffd`` (ftfy's lossy sequences: ``”`` read as ``â€\ufffd``)."""
    words = draw(st.lists(st.sampled_from(MOJIBAKE_WORDS), min_size=1, max_size=12))
    broken, repaired = [], []
    for word in words:
        form = draw(st.sampled_from(("as is", "cp1252", "latin-1", "lost")))
        if form == "latin-1":
            broken.append(word.encode().decode("latin-1"))
        elif form == "as is":
            broken.append(word)
        else:
            broken.append(word.encode().decode("cp1252", "replace"))
        if form == "lost":
            lost = ("\ufffd" in c.encode().decode("cp1252", "replace") for c in word)
            word = "".join("\ufffd" if gone else c for c, gone in zip(word, lost, strict=True))
        repaired.append(word)
    gap = draw(st.sampled_from((" ", "  ", "")))
    return gap.join(broken), " ".join(repaired).translate(str.maketrans("‘’“”", "''\"\""))


@QUICK
@given(mojibake_lines())
def test_mojibake_read_off_as_the_walk(pair: tuple[str, str]) -> None:
    old, new = pair
    assert _walked_changes(old, new) == [
        (x.i1, x.i2, x.j1, x.j2) for x in reference.align(old, new) if not x.equal
    ]


def test_mojibake_read_off_only_where_the_walk_takes_it() -> None:
    """Where the repaired character repeats nearby, the walk resynchronises on the repeat (a
    cheaper change): not read off (found by a random search of a version without the
    check of the characters around)."""
    old, new = "Ã© é é é é . aa aa", "é é é é é . aa aa"
    assert _walked_changes(old, new) == [
        (x.i1, x.i2, x.j1, x.j2) for x in reference.align(old, new) if not x.equal
    ]


def test_mojibake_read_off_not_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_off, "resynced", None)  # (the walk: not called)
    assert _walked_changes("caf\u00c3\u00a9 au lait \u00e2\u20ac\u2122s", "café au lait 's") == [
        (3, 5, 3, 4),
        (14, 17, 13, 14),
    ]


# A web page's line: mojibake of quotes closer than PROBE to each other (``â€œItâ€™s``),
# and a right double quote whose last byte was lost (``â€\ufffd``).
CLUSTERED = (
    "In Toronto \u00e2\u20ac\u0153It\u00e2\u20ac\u2122s a question of trust,\u00e2\u20ac\ufffd"
    " Maria Schmidt said, \u00e2\u20ac\u0153It\u00e2\u20ac\u2122s late.\u00e2\u20ac\ufffd"
    " She left at noon, the clerk said."
)


def test_mojibake_clusters_read_off_not_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Changes closer than PROBE are found where the walk's search would find them, and a
    lost byte's mojibake is read off: no search of the walk (``resynced``)."""
    new = "In Toronto \"It's a question of trust,\ufffd Maria Schmidt said, \"It's late.\ufffd"
    new += " She left at noon, the clerk said."
    expected = [(x.i1, x.i2, x.j1, x.j2) for x in reference.align(CLUSTERED, new) if not x.equal]
    monkeypatch.setattr(read_off, "resynced", None)
    assert _walked_changes(CLUSTERED, new) == expected


def test_mojibake_cluster_walked_where_another_place_is_as_cheap() -> None:
    """Where the texts also agree again at a place as cheap as the cluster's end (the
    repaired word repeats), the walk searches (found by hypothesis with the check gone)."""
    old, new = "caf\u00c3\u00a9 caf\u00c3\u00a9 caf\u00e9 caf\u00e9", "caf\u00e9 " * 3 + "caf\u00e9"
    assert _walked_changes(old, new) == [
        (x.i1, x.i2, x.j1, x.j2) for x in reference.align(old, new) if not x.equal
    ]


# A heading after blank lines of spaces, as whitespace empties them (non-latin book): the
# first spaces of a line look like a word pushed onto the line before, but the texts do not
# agree after them.
SPACED_HEADING = ("   \n       \n     Книга первая\n", "\n     Книга первая\n")


@pytest.mark.parametrize(
    "pair",
    [
        SPACED_HEADING,
        ("end.\nThe\nquick brown fox\n", "end.\n\nThe quick brown fox\n"),
        ("end.\nA\nb\n", "end.\n\nA b\n"),
        ("x\n  \n  y z w v u t s\n", "x\n\n  y z w v u t s\n"),
    ],
)
def test_first_word_pushed_back_aligns_as_before(pair: tuple[str, str]) -> None:
    same_blocks(*pair)


@st.composite
def first_words_alone(draw: st.DrawFn) -> tuple[str, str]:
    """Paragraphs whose first word (or first spaces) stands alone on its line, and what
    unwrap or whitespace makes of them: the word joined to the next line, a blank line
    before it, lines of spaces emptied or dropped."""
    before, after = [], []
    for _ in range(draw(st.integers(1, 12))):
        first = draw(st.sampled_from((*WORDS, "   ", "  x")))
        rest = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6)))
        before.append(f"{first}\n{rest}\n")
        blank = draw(st.sampled_from(("", "\n", "\n\n")))
        joined = draw(st.sampled_from((f"{first} {rest}\n", f"{first.strip()}\n{rest}\n")))
        after.append(blank + joined)
    return "".join(before), "".join(after)


@QUICK
@given(first_words_alone())
def test_first_words_alone_align_as_before(pair: tuple[str, str]) -> None:
    same_blocks(*pair)


@st.composite
def wrapped_first_words_alone(draw: st.DrawFn) -> tuple[str, str]:
    """Hard-wrapped paragraphs whose first word stands alone on its line, and unwrap's
    joins of them (each line joined to the one before, a blank line between paragraphs):
    a few words, often the same, so that a word can recur where the walk resynchronises."""
    words = st.sampled_from(("The", "the", "word", "a", "words", "The\u2019s", "Then"))
    before, after = [], []
    for _ in range(draw(st.integers(2, 8))):
        first = draw(words)
        lines = [
            " ".join(draw(st.lists(words, min_size=1, max_size=8)))
            for _ in range(draw(st.integers(1, 4)))
        ]
        before.append("\n".join([first, *lines]) + "\n")
        after.append(" ".join([first, *lines]) + "\n")
    return "".join(before), "\n".join(after)


@QUICK
@given(wrapped_first_words_alone())
def test_wrapped_first_words_alone_align_as_before(pair: tuple[str, str]) -> None:
    """The joined lines' fast loop (_joined_lines) and the moved first words between
    paragraphs give the walk's blocks."""
    same_blocks(*pair)


@QUICK
@given(
    st.lists(st.sampled_from(["a\n", "b\n", "a b\n", "\n", "x\r\n", "y\r", "z"]), max_size=40),
    st.data(),
)
def test_removed_lines_align_as_before(lines: list[str], data: st.DataObject) -> None:
    """align_lines (boilerplate's removed lines: runs of kept lines compared as lists)
    gives the reference's blocks, whether ``after`` keeps some lines in order or not."""
    before = "".join(lines)
    kept = [line for line in before.splitlines(keepends=True) if data.draw(st.booleans())]
    if data.draw(st.booleans()):  # now and then, lines out of order: the fallback
        kept = data.draw(st.permutations(kept))
    after = "".join(kept)
    assert [tuple(b) for b in align_lines(before, after)] == [
        tuple(b) for b in reference.align_lines(before, after)
    ]


@QUICK
@given(st.one_of(rewrapped(), first_words_alone()), st.integers(0, 300), st.integers(0, 300))
def test_common_run_is_the_common_prefix(pair: tuple[str, str], i: int, j: int) -> None:
    """_common_run (whole lines first, across kept line breaks) is the common prefix."""
    before, after = pair
    assume(before and after)  # as the walk calls it: inside both texts
    i, j = i % len(before), j % len(after)
    pairs = zip(before[i:], after[j:], strict=False)
    expected = next(
        (k for k, (x, y) in enumerate(pairs) if x != y), min(len(before) - i, len(after) - j)
    )
    assert _common_run(before, i, after, j) == expected


def only_place_by_definition(a: str, i: int, b: str, j: int, place: tuple, cost: int) -> bool:
    """_only_place as its docstring defines it, every (di, dj) tried."""
    if cost > ONLY_PLACE_COST or len(a) - i <= cost + PROBE or len(b) - j <= cost + PROBE:
        return False
    return all(
        (di, dj) == place
        for di in range(cost + 1)
        for dj in range(cost + 1 - di)
        if a[i + di : i + di + PROBE] == b[j + dj : j + dj + PROBE]
    )


@QUICK
@given(st.one_of(rewrapped(), first_words_alone()), st.data())
def test_only_place_as_defined(pair: tuple[str, str], data: st.DataObject) -> None:
    """_only_place (one str.find per di) agrees with trying every place."""
    before, after = pair
    assume(before and after)
    i = data.draw(st.integers(0, len(before) - 1))
    j = data.draw(st.integers(0, len(after) - 1))
    cost = data.draw(st.integers(0, ONLY_PLACE_COST + 1))
    di = data.draw(st.integers(0, cost))
    place = (di, data.draw(st.integers(0, cost - di)))
    assert _only_place(before, i, after, j, place, cost) == only_place_by_definition(
        before, i, after, j, place, cost
    )


# Words of PDF text: ligatures and curly quotes, a few words apart or next to each other.
PDF_WORDS = (
    *VOCABULARY[:20],
    "o\ufb03ce",
    "\ufb01nd",
    "\ufb02ights",
    "e\ufb00ect",
    "mayor\u2019s",
    "\u201cWe\u2019ve",
    "done,\u201d",
    "\u2018premature\u2019",
    "\u0133s",
    "\u201c\u2018Tis",
)


@QUICK
@given(st.lists(st.sampled_from(PDF_WORDS), min_size=1, max_size=14))
def test_substituted_quotes_and_ligatures_are_what_the_walk_finds(words: list[str]) -> None:
    """A line of PDF text whose curly quotes and ligatures ftfy replaced: each run of them
    is one change, what the walk of the line finds (the fast path, against it)."""
    from cleaner.align.lines import _walked_changes
    from cleaner.align.substitutions import _SUBSTITUTIONS, _substituted_changes

    old = " ".join(words)
    new = old.translate(_SUBSTITUTIONS)
    assume(len(new) != len(old))
    changes = _substituted_changes(old, new)
    assert changes == _walked_changes(old, new)
    for i1, i2, j1, j2 in changes:
        assert old[i1:i2].translate(_SUBSTITUTIONS) == new[j1:j2] != old[i1:i2]


@QUICK
@given(
    st.text(
        st.sampled_from(("a", " ", "\u02bc", "\u0149", "\ufb01", *_SUBSTITUTED_CHARS[:9])),
        max_size=24,
    ),
    st.integers(0, 30),
    st.sampled_from(("", "x", "'", "fi")),
)
def test_substituted_changes_accept_what_replacements_make(
    old: str, at: int, inserted: str
) -> None:
    """``_substituted_changes`` reads a line as ``old`` with its runs replaced exactly when
    the replacements of its first form (``str.replace`` of each character in the order of
    ``_SUBSTITUTED_CHARS``) make ``new``: with the text rebuilt once, the same lines
    accepted, the same changes (``ŉ`` becomes ``ʼn``, whose ``ʼ`` stays)."""
    from cleaner.align.substitutions import _substituted_changes

    replaced = old
    for char in _SUBSTITUTED_CHARS:
        replaced = replaced.replace(char, _SUBSTITUTIONS[ord(char)])
    new = replaced[:at] + inserted + replaced[at:]  # (nothing inserted, or a change more)
    changes = _substituted_changes(old, new)
    if any(map(_SUBSTITUTED_CHARS.__contains__, old)) and len(new) >= len(old):
        assert (changes is not None) == (replaced == new)
    if changes is not None:
        for i1, i2, j1, j2 in changes:
            assert old[i1:i2].translate(_SUBSTITUTIONS) == new[j1:j2]


@QUICK
@given(
    st.text(
        st.sampled_from(("a", " ", "\n", "'", '"', "\ufb01", *_SUBSTITUTED_CHARS[:9])),
        max_size=24,
    ),
    st.booleans(),
    st.integers(0, 30),
    st.sampled_from(("", "x", "'", '"', "\u2019")),
)
def test_uncurled_runs_are_the_substituted_changes(
    old: str, ligatures: bool, at: int, replaced: str
) -> None:
    """On texts of one length, ``uncurled_runs`` (checked by a ``str.replace`` of each
    quote) accepts the same texts as ``_substituted_changes`` (checked by the text rebuilt
    from its runs), with the same runs: a ligature kept, a character put for another or
    a quote left curly is no text of quotes alone; two texts the same, no run."""
    from cleaner.align.substitutions import _substituted_changes, uncurled_runs

    quotes = {code: text for code, text in _SUBSTITUTIONS.items() if len(text) == 1}
    new = old.translate(_SUBSTITUTIONS if ligatures else quotes)
    new = new[:at] + replaced + new[at + 1 :] if replaced and at < len(new) else new
    assume(len(new) == len(old))
    if old != new:
        assert uncurled_runs(old, new) == _substituted_changes(old, new)
    else:
        held = any(map(_SUBSTITUTED_CHARS.__contains__, old))
        assert uncurled_runs(old, new) == (None if held else [])


def test_substituted_changes_only_for_replacements() -> None:
    """Another change on the line (a control character gone) leaves it to the walk; an
    ambiguous one (``ﬁfi``: which ``fi`` is new?) is the replaced character."""
    from cleaner.align.substitutions import _substituted_changes

    assert _substituted_changes("\x08o\ufb03ce", "office") is None
    assert _substituted_changes("\ufb01fi", "fifi") == [(0, 1, 0, 2)]


@QUICK
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(PDF_WORDS), max_size=8), st.sampled_from(("\n", "\r\n"))
        ),
        min_size=1,
        max_size=10,
    )
)
def test_repaired_quotes_and_ligatures_align_as_line_for_line(
    lines: list[tuple[list[str], str]],
) -> None:
    """A text whose only repairs are curly quotes and ligatures is read off in one pass
    (align_repaired): the blocks the line-for-line alignment gives it."""
    from cleaner.align.repaired import align_repaired
    from cleaner.align.substitutions import _SUBSTITUTIONS

    before = "".join(" ".join(words) + end for words, end in lines)
    after = before.translate(_SUBSTITUTIONS)
    assert [tuple(b) for b in align_repaired(before, after)] == [
        tuple(b) for b in reference.align_line_for_line(before, after)
    ]


# Words of a CRLF text whose quotes ftfy uncurls: no ligature (each lengthens its line).
QUOTED_WORDS = tuple(word for word in PDF_WORDS if len(word.translate(_SUBSTITUTIONS)) == len(word))


def crlf_quoted_lines(*, max_size: int) -> st.SearchStrategy[list[tuple[list[str], str]]]:
    """Lines of such words (and runs of curly quotes), each ending in LF or CRLF."""
    return st.lists(
        st.tuples(
            st.lists(st.sampled_from((*QUOTED_WORDS, "", "\u2019\u2019"))),
            st.sampled_from(("\n", "\r\n")),
        ),
        min_size=1,
        max_size=max_size,
    )


@QUICK
@given(crlf_quoted_lines(max_size=10), st.booleans())
def test_crlf_and_quotes_align_as_line_for_line(
    lines: list[tuple[list[str], str]], final_line: bool
) -> None:
    """A CRLF text whose only repairs are CRs gone and quotes uncurled is read off in one
    pass (_crlf_and_quotes): the blocks the line-for-line alignment gives it."""
    from cleaner.align.repaired import _crlf_and_quotes, align_repaired

    before = "".join(" ".join(words) + end for words, end in lines) + ("end" if final_line else "")
    after = before.replace("\r\n", "\n").translate(_SUBSTITUTIONS)
    assume("\r\n" in before)
    assert _crlf_and_quotes(before, after) is not None
    assert [tuple(b) for b in align_repaired(before, after)] == [
        tuple(b) for b in reference.align_line_for_line(before, after)
    ]


@QUICK
@given(st.lists(st.sampled_from((*PDF_WORDS, "\n", "plain")), max_size=12))
def test_substitution_runs_of_a_long_text_are_the_pattern_runs(words: list[str]) -> None:
    """Past ``FIND_SIZE`` characters the runs of quotes and ligatures are found by a search
    per character: the runs the pattern finds (none in a text without any)."""
    from cleaner.align.substitutions import _SUBSTITUTED_RUN_RE, FIND_SIZE, _substitution_runs

    line = " ".join(words) + "\n"
    text = line * (FIND_SIZE // len(line) + 1)
    assert len(text) >= FIND_SIZE
    assert _substitution_runs(text) == [run.span() for run in _SUBSTITUTED_RUN_RE.finditer(text)]
    assert _substitution_runs("plain text\n" * FIND_SIZE) == []


@QUICK
@given(crlf_quoted_lines(max_size=6))
def test_long_crlf_and_quotes_align_as_line_for_line(lines: list[tuple[list[str], str]]) -> None:
    """The same on a text long enough for the search per character (a book's chapter)."""
    from cleaner.align.repaired import align_repaired
    from cleaner.align.substitutions import FIND_SIZE

    text = "".join(" ".join(words) + end for words, end in lines)
    before = text * (2 * FIND_SIZE // len(text) + 1)  # (past it without its CRs too)
    after = before.replace("\r\n", "\n").translate(_SUBSTITUTIONS)
    assert [tuple(b) for b in align_repaired(before, after)] == [
        tuple(b) for b in reference.align_line_for_line(before, after)
    ]


def test_one_for_one_runs_are_the_lines_alignment() -> None:
    """A text whose characters of a few kinds were replaced one for one (some kept, as a
    book's indentation keeps its ideographic spaces) is read off as the lines align it."""
    from cleaner.align.repaired import align_repaired
    from cleaner.align.substitutions import one_for_one_runs

    cases = [
        ("\u3000\u3000a\u201cb\u201d\n\u3000\u3000\n\u3000c", '\u3000\u3000a"b"\n  \n\u3000c'),
        ("\u201c\u201d x\n\u2019\u2019\n", '"" x\n' + "''\n"),
        ("\u3000\u3000\u3000\n\u3000x\u3000\u3000", "   \n\u3000x  "),  # (a run's kept kin)
    ]
    for before, after in cases:
        assert align_repaired(before, after) == align_line_for_line(before, after)
    assert one_for_one_runs(*cases[0]) is not None
    assert one_for_one_runs(*cases[2]) is None


LINES = st.lists(st.sampled_from(["a\n", "b\n", "\n", "dd\n", "e"]), min_size=1, max_size=8)


@settings(max_examples=400, deadline=None)
@given(LINES, st.integers(0, 8), st.integers(0, 8))
def test_one_run_removed_as_line_by_line(lines: list[str], i: int, j: int) -> None:
    """A run of whole lines taken out is aligned as the line by line search aligns it,
    read off at C speed or not (where a line of the run is the next one kept)."""
    before = "".join(lines)
    i, j = sorted((min(i, len(lines)), min(j, len(lines))))
    after = "".join(lines[:i] + lines[j:])
    assume(before != after)
    fast = whole_lines._one_run_removed(before, after)
    assert fast is None or fast == _line_by_line(before, after)


def _line_by_line(before: str, after: str) -> list:
    """align_lines's blocks without the shortcut of one run removed."""
    found = whole_lines._one_run_removed
    try:
        whole_lines._one_run_removed = lambda *_: None
        return align_lines(before, after)
    finally:
        whole_lines._one_run_removed = found


def test_one_run_removed_reads_off_a_line_taken_out() -> None:
    before = "a\nM\nL\nN\nL\nq\n"
    assert whole_lines._one_run_removed(before, "a\nL\nq\n") is None  # (L in the run)
    assert whole_lines._one_run_removed(before, "a\nN\nL\nq\n") == _line_by_line(
        before, "a\nN\nL\nq\n"
    )
