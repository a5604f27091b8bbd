"""The encoding pass calls ftfy only on lines that need it; the output must not change.

Three kinds of evidence: the pre-check's tables are derived again from the installed ftfy
(and every branch of the badness regex is checked to need a spot the pre-check finds);
on every line the pre-check lets through, ``ftfy.fix_text`` is checked to do nothing but
uncurl quotes, over a large corpus (fixtures, seeds, generated mojibake, every character of
the BMP) and random text; and the pass is compared with itself with the pre-check off.
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path
from re import _constants as sre_constants
from re import _parser as sre_parse

import ftfy
import pytest
from ftfy import chardata, fixes
from ftfy.badness import BADNESS_RE
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes import encoding
from cleaner.passes.encoding import cjk as encoding_cjk
from cleaner.passes.encoding import fix_encoding
from cleaner.passes.encoding import precheck as encoding_precheck
from cleaner.passes.encoding.precheck import ftfy_only_uncurls, uncurl
from cleaner.passes.whitespace import collapse_inner_spaces

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path("/work/shared/seeds")
ALL_CHARS = "".join(map(chr, range(0x110000)))


def char_class(chars: set[str]) -> str:
    """``chars`` as a regex class body of ranges, the way the module writes its tables."""
    codes, ranges = sorted(map(ord, chars)), []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])

    def escape(code: int) -> str:
        if code < 0x80 and chr(code).isprintable():
            return chr(code)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return "".join(escape(a) if a == b else f"{escape(a)}-{escape(b)}" for a, b in ranges)


def class_members(body: str) -> set[str]:
    return set(re.findall(f"[{body}]", ALL_CHARS))


def derived_quotes() -> set[str]:
    found = chardata.SINGLE_QUOTE_RE.findall(ALL_CHARS) + chardata.DOUBLE_QUOTE_RE.findall(
        ALL_CHARS
    )
    return set(found)


def derived_hard() -> set[str]:
    """Characters that a fixer other than fix_encoding and uncurl_quotes acts on."""
    tables = [chardata.CONTROL_CHARS, chardata.LIGATURES, chardata.WIDTH_MAP]
    hard = {chr(code) for table in tables for code in table}
    hard |= set("&\x1b\r\u2028\u2029\x85")  # unescape_html, terminal escapes, line breaks
    hard |= set(chardata.C1_CONTROL_RE.findall(ALL_CHARS))
    return hard | set(fixes.SURROGATE_RE.findall(ALL_CHARS))


def positive_members(items: list) -> set[str] | None:
    """The characters an ``IN`` or ``LITERAL`` element matches; None if it is open-ended."""
    chars: set[str] = set()
    for op, arg in items:
        if op is sre_constants.LITERAL:
            chars.add(chr(arg))
        elif op is sre_constants.RANGE:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        else:  # NEGATE or CATEGORY (\\s, \\w): matches too much to count
            return None
    return chars


def element_members(op, arg) -> set[str] | None:
    if op is sre_constants.LITERAL:
        return {chr(arg)}
    if op is sre_constants.IN:
        return positive_members(arg)
    return None


def badness_branches() -> list:
    parsed = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    ((op, (_, branches)),) = list(parsed)
    assert op is sre_constants.BRANCH
    return branches


def derived_soft() -> set[str]:
    chars: set[str] = set()
    for branch in badness_branches():
        for op, arg in branch:
            chars |= element_members(op, arg) or set()
    return {c for c in chars if not c.isascii()} - derived_quotes() - derived_hard()


@pytest.mark.parametrize(
    ("name", "derive"),
    [("QUOTE_CHARS", derived_quotes), ("HARD_CHARS", derived_hard), ("SOFT_CHARS", derived_soft)],
)
def test_tables_match_the_installed_ftfy(name, derive) -> None:
    expected = derive()
    assert class_members(getattr(encoding_precheck, name)) == expected, (
        f"ftfy changed: set {name} = {char_class(expected)!r}"
    )


def test_every_badness_branch_needs_a_spot_the_precheck_finds() -> None:
    """Each branch needs two special characters side by side, or one lone bad character.

    Special: SOFT, HARD or QUOTE. So ``MAYBE_BAD_RE`` finds every line ``is_bad`` can flag.
    """
    special = derived_soft() | derived_hard() | derived_quotes()
    lone = set(encoding_precheck.LONE_BAD_CHARS) | derived_hard()
    for branch in badness_branches():
        needed = [element_members(op, arg) or {"any"} for op, arg in branch]
        pairs = itertools.pairwise(needed)
        assert any(a <= special and b <= special for a, b in pairs) or any(
            members <= lone for members in needed
        ), branch


def test_straight_quotes_match_no_branch_element_curly_ones_do_not() -> None:
    """So uncurling quotes never makes a line bad: the pre-check asks is_bad only before."""
    curly = derived_quotes()
    for branch in badness_branches():
        for op, arg in branch:
            members = element_members(op, arg)
            if members is not None and members & {"'", '"'}:
                assert curly <= members, (op, arg)
            if members is None:  # open-ended (., \\s, \\w, [^A-Za-z], x?): compare matches
                pattern = sre_parse_to_regex(op, arg)
                for straight in "'\"":
                    if pattern.fullmatch(straight):
                        assert all(pattern.fullmatch(c) for c in curly), (op, arg)


def sre_parse_to_regex(op, arg) -> re.Pattern[str]:
    """A regex for one open-ended element of the badness regex (ANY, IN with categories)."""
    if op is sre_constants.ANY:
        return re.compile(".")
    if op is sre_constants.IN:
        parts, negate = [], False
        for item_op, item_arg in arg:
            if item_op is sre_constants.NEGATE:
                negate = True
            elif item_op is sre_constants.RANGE:
                parts.append(f"{re.escape(chr(item_arg[0]))}-{re.escape(chr(item_arg[1]))}")
            elif item_op is sre_constants.LITERAL:
                parts.append(re.escape(chr(item_arg)))
            else:  # a category such as \\s or \\w
                parts.append({"CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}[str(item_arg)])
        return re.compile(f"[{'^' if negate else ''}{''.join(parts)}]")
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        ((inner_op, inner_arg),) = list(arg[2])
        members = element_members(inner_op, inner_arg)
        if members is not None:
            return re.compile(f"[{re.escape(''.join(sorted(members)))}]")
        return sre_parse_to_regex(inner_op, inner_arg)
    if op is sre_constants.AT:
        return re.compile("(?!)")  # ^ matches no character
    raise AssertionError(f"unexpected element {op} {arg}")


# (input, expected): rows that change, and rows that must not.
ROWS = [
    ("plain ASCII\n", "plain ASCII\n"),
    ("", ""),
    ("“Quoted” and it’s fine — really…\n", '"Quoted" and it\'s fine — really…\n'),
    ("“Quoted”  with   runs \n", '"Quoted"  with   runs \n'),  # spacing is whitespace's job
    ("Café  crème,   naïve façade\n", "Café  crème,   naïve façade\n"),  # an unrepaired one not
    ("CafÃ© crÃ¨me\n", "Café crème\n"),
    ("doesnâ€™t\n", "doesn't\n"),
    ("R&amp;D\n", "R&D\n"),
    ("<b>R&amp;D</b>\n", "<b>R&amp;D</b>\n"),
    ("ﬁne ＬＯＵＤ\n", "fine LOUD\n"),
    ("e\u0301te\u0301\n", "été\n"),
    ("line\r\nbreak\u2028x\n", "line\nbreak\nx\n"),
    ("Ã a word\n", "à a word\n"),
    ("Ãœber\n", "Über\n"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rows(text: str, expected: str) -> None:
    assert fix_encoding(text) == expected


@pytest.mark.parametrize(
    ("line", "only_uncurls"),
    [
        ("plain", True),
        ("“quoted” — dash… café", True),
        ("R&amp;D", False),  # HARD: an entity
        ("CafÃ©", False),  # spot: a lone Ã
        ("x\u2014\u201c", True),  # a spot (two specials side by side) that is_bad finds fine
        ("Ã¡", False),  # a spot that is_bad finds bad
        ("e\u0301", False),  # not NFC
        ("ﬁ", False),  # HARD: a ligature
    ],
)
def test_which_lines_need_ftfy(line: str, only_uncurls: bool) -> None:
    assert ftfy_only_uncurls(line) is only_uncurls


def mojibake(line: str, rng: random.Random) -> str:
    """``line`` as UTF-8 misread in a one-byte encoding, sometimes twice, sometimes partly."""
    encoding = rng.choice(["latin-1", "windows-1252", "sloppy-windows-1252", "macroman", "cp437"])
    broken = line.encode("utf-8").decode(encoding, errors="replace")
    if rng.random() < 0.2:
        broken = broken.encode("utf-8").decode("sloppy-windows-1252", errors="replace")
    if rng.random() < 0.3:
        cut = rng.randrange(len(line) + 1)
        broken = line[:cut] + broken[cut:]
    return broken


def corpus_texts() -> list[str]:
    """Fixtures, seeds and generated variants of them: clean, curly, mojibake, entities."""
    texts = [path.read_bytes().decode("utf-8") for path in sorted(ROOT.glob("fixtures/*/*.txt"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    rng = random.Random(7)
    lines = [line for text in texts for line in text.splitlines(keepends=True)]
    lines += ["Zoë’s café in Málaga — “¿qué?” ± 3 °C, 5 €\n", "Ελληνικά, русский, Ærø\n"]
    lines += [  # CJK text keeps its full-width forms; half-width katakana still goes wide.
        "我们今天去公园，天气很好！你呢？\n",
        "「１月」　東京（とうきょう）は“晴れ”です。￥１００\n",
        "ｶﾞｯｺｳ　１年、ＬＯＵＤ\n",
        "한국어：１２３，“인용”\n",
    ]
    variants = []
    for _ in range(400):
        chosen = rng.sample(lines, min(8, len(lines)))
        for i in range(len(chosen)):
            roll = rng.random()
            if roll < 0.4:
                chosen[i] = mojibake(chosen[i], rng)
            elif roll < 0.5:
                chosen[i] = chosen[i].replace("&", "&amp;").replace(" ", "&nbsp;", 1)
            elif roll < 0.6:
                chosen[i] = chosen[i].replace(" ", "\u00a0  ", 2)
        variants.append("".join(chosen))
    return texts + variants


def corpus_lines() -> list[str]:
    return [line for text in corpus_texts() for line in text.splitlines()]


def assert_ftfy_only_uncurls(lines: list[str], **options) -> None:
    """ftfy on the lines the pre-check lets through does nothing but uncurl (one call)."""
    config = ftfy.TextFixerConfig(**options)
    passed = [line for line in lines if ftfy_only_uncurls(line, config.normalization)]
    text = "\n".join(passed)
    # The pass's ftfy: ftfy's own, but with full-width forms kept in CJK text.
    assert encoding_cjk.fix_text(text, config) == (uncurl(text) if config.uncurl_quotes else text)


def test_ftfy_only_uncurls_on_a_corpus() -> None:
    lines = corpus_lines()
    assert_ftfy_only_uncurls(lines)
    assert_ftfy_only_uncurls([collapse_inner_spaces(line.rstrip()) for line in lines])


@pytest.mark.parametrize(
    "options",
    [{"uncurl_quotes": False}, {"normalization": "NFKC"}, {"normalization": None}],
)
def test_ftfy_only_uncurls_with_other_settings(options) -> None:
    assert_ftfy_only_uncurls(corpus_lines(), **options)


def lines_of_each_char(first: int, last: int) -> list[str]:
    """Each character alone, between a letter and a curly quote, and so in CJK text."""
    return [
        line
        for code in range(first, last)
        for line in (chr(code), f"a{chr(code)}’", f"天{chr(code)}’")
    ]


def test_ftfy_only_uncurls_for_each_character_of_the_bmp() -> None:
    assert_ftfy_only_uncurls(lines_of_each_char(0, 0x10000))


@pytest.mark.fuzz
def test_ftfy_only_uncurls_for_every_character() -> None:
    assert_ftfy_only_uncurls(lines_of_each_char(0x10000, 0x110000))


def without_precheck(text: str, **options) -> str:
    """The pass as it is with ftfy on every line that is not plain ASCII."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encoding, "ftfy_only_uncurls", lambda *args, **kwargs: False)
        return fix_encoding(text, **options)


def test_the_pass_is_unchanged_by_the_precheck_on_a_corpus() -> None:
    for text in corpus_texts():
        assert fix_encoding(text) == without_precheck(text), text


# Characters worth mixing: ASCII, line ends, quotes, SOFT and HARD ones, combining marks.
INTERESTING = (
    "aZ 1.,'\"<>&;#\n\t\r’‘“”ʼ‚„–—…\xa0éÃÂâ€™œ©®°±×ØÙВГРСвЂβ€ā€Ä√ﬁＬ\x1b\x85\x9d\u0301\u0308\ufeff"
)
texts = st.text(st.sampled_from(INTERESTING) | st.characters(), max_size=80)
entities = st.sampled_from(["&amp;", "&lt;", "&eacute;", "&EACUTE;", "&#x2019;", "&nbsp;"])
texts_with_entities = st.lists(texts | entities, max_size=6).map("".join)


@given(texts_with_entities)
@settings(max_examples=300, deadline=None)
def test_on_random_text(text: str) -> None:
    assert_ftfy_only_uncurls(text.split("\n"))
    assert fix_encoding(text) == without_precheck(text)


@pytest.mark.fuzz
@given(texts_with_entities, st.booleans(), st.sampled_from(["NFC", "NFKC", "NFD", None]))
@settings(max_examples=20000, deadline=None)
def test_on_random_text_fuzz(text: str, uncurl_quotes: bool, form) -> None:
    assert_ftfy_only_uncurls(text.split("\n"), uncurl_quotes=uncurl_quotes, normalization=form)
    options = {"uncurl_quotes": uncurl_quotes, "normalization": form or ""}
    assert fix_encoding(text, **options) == without_precheck(text, **options)


def test_badness_width_matches_the_installed_ftfy() -> None:
    """space_after_keeps_it reads a line's last BADNESS_WIDTH characters: the longest match."""
    width = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1]
    assert width <= encoding_precheck.BADNESS_WIDTH


def assert_space_after_keeps_it(lines: list[str]) -> None:
    """Where the window check says a space after a passing line keeps it passing, the
    full check agrees; and it catches the lines a space makes bad."""
    caught = 0
    for line in lines:
        if not ftfy_only_uncurls(line):
            continue
        full = ftfy_only_uncurls(line + " ")
        if encoding_precheck.space_after_keeps_it(line):
            assert full, line
        caught += not full
    return caught


def test_space_after_keeps_it_on_a_corpus() -> None:
    lines = corpus_lines()
    lines += [line + tail for line in lines[:2000] for tail in ("\u00c3", " \u00c2", "Ã")]
    assert assert_space_after_keeps_it(lines) > 0  # (lines a space makes bad were met)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aé Ã Â ВГРСўЂ.×²Ø–€ \u00a0\u00adx"), max_size=12))
def test_space_after_keeps_it_on_generated_lines(line: str) -> None:
    assert_space_after_keeps_it([line])


SPOT_PARTS = (
    "a",
    " ",
    "\n",
    "\u2019",
    "\u201c",
    "\u00c3",
    "\u00a9",
    "\u00ad",
    "\u0153",
    "\u00e9",
    "\u20ac",
    "\u00e2",
    "\u0080",
)


@given(st.lists(st.sampled_from(SPOT_PARTS) | st.characters(codec="utf-8"), max_size=30))
def test_the_spot_search_starts_where_its_alternation_does(parts: list[str]) -> None:
    """SPOT_RE (a class first, the rest checked after) finds the spots the readable
    alternation finds, at the same starts."""
    import re

    from cleaner.passes.encoding.precheck import SPOT_ALTERNATION, SPOT_RE

    text = "".join(parts)
    alternation = re.compile(SPOT_ALTERNATION)
    for start in range(len(text) + 1):
        found, expected = SPOT_RE.search(text, start), alternation.search(text, start)
        assert (found and found.start()) == (expected and expected.start())


@given(st.lists(st.sampled_from(SPOT_PARTS) | st.characters(codec="utf-8"), max_size=30))
def test_the_quote_or_spot_search_starts_where_its_alternation_does(parts: list[str]) -> None:
    """QUOTE_OR_SPOT_RE (has_no_spot's one search) finds a quote or a spot where the
    readable alternation finds one, from every start."""
    from cleaner.passes.encoding.precheck import (
        QUOTE_OR_SPOT_RE,
        QUOTE_RE,
        SPOT_ALTERNATION,
    )

    text = "".join(parts)
    alternation = re.compile(f"{QUOTE_RE.pattern}|{SPOT_ALTERNATION}")
    for start in range(len(text) + 1):
        found, expected = QUOTE_OR_SPOT_RE.search(text, start), alternation.search(text, start)
        assert (found and found.start()) == (expected and expected.start())


@given(st.lists(st.sampled_from(SPOT_PARTS) | st.characters(codec="utf-8"), max_size=30))
def test_the_maybe_bad_search_matches_its_alternation(parts: list[str]) -> None:
    """MAYBE_BAD_RE (a class first, the pair or the lone character checked after) finds the
    spans the readable alternation finds, from every start (is_bad_around_spots reads them)."""
    text = "".join(parts)
    alternation = re.compile(encoding_precheck.MAYBE_BAD_ALTERNATION)
    for start in range(len(text) + 1):
        found = [m.span() for m in encoding_precheck.MAYBE_BAD_RE.finditer(text, start)]
        assert found == [m.span() for m in alternation.finditer(text, start)]


def test_the_lone_bad_characters_are_special() -> None:
    """MAYBE_BAD_RE finds a lone bad character only as a special one (its first class)."""
    special = derived_soft() | derived_hard() | derived_quotes()
    assert set(encoding_precheck.LONE_BAD_CHARS) <= special


@given(st.lists(st.text(st.sampled_from("ab \r\n\x0c\u2028é"), max_size=6), max_size=8))
def test_a_crlf_text_is_split_as_the_line_break_pattern_splits_it(lines: list[str]) -> None:
    """Where every break is a CRLF, splitting at CRLF gives the pieces LINE_BREAK_RE does."""
    from cleaner.passes.encoding import LINE_BREAK_RE, _crlf_only

    text = "\r\n".join(lines)
    if _crlf_only(text):
        split = text.split("\r\n")
        pieces = [piece for line in split for piece in (line, "\r\n")][:-1]
        assert LINE_BREAK_RE.split(text) == pieces
    else:
        assert any(char in line for line in lines for char in "\r\n\x0c\u2028")


def test_ligature_table_matches_the_installed_ftfy() -> None:
    ligatures = {chr(code): text for code, text in chardata.LIGATURES.items()}
    assert {char: ligatures[char] for char in encoding_precheck.LIGATURES} == (
        encoding_precheck.LIGATURES
    )


# Lines of PDF and web text: ligatures and entities, with what may stop ftfy from leaving
# it at that (mojibake beside them, an entity that makes a ligature, a tag, an escape).
HARD_MIX = "ab ,.'’“”éÃ©â€\u2122ﬀﬁﬂﬃﬄﬅﬆ<\x1b\x85" + "天"
hard_lines = st.lists(
    st.sampled_from(HARD_MIX)
    | st.sampled_from(["&amp;", "&eacute;", "&#xFB01;", "&#27;", "&lt;", "&AMP;", "&nbsp;", "&"])
    | st.sampled_from(["amp;", "&am\u00adp;", "R&D", "&#", "x;", "&#x2019;"]),
    max_size=12,
).map("".join)


@given(hard_lines, st.sampled_from([True, False, "auto"]))
@settings(max_examples=500, deadline=None)
def test_entities_and_ligatures_fixed_is_what_ftfy_makes(line: str, unescape) -> None:
    config = ftfy.TextFixerConfig(unescape_html=unescape)
    does_unescape = unescape is True or (unescape == "auto" and "<" not in line)
    fixed = encoding_precheck.entities_and_ligatures_fixed(
        line, unescape=does_unescape, ligatures=True
    )
    if fixed is not None and ftfy_only_uncurls(fixed, unescape=does_unescape):
        assert ftfy.fix_text(line, config) == uncurl(fixed)
    if ftfy_only_uncurls(line, unescape=does_unescape):  # an ``&`` that ftfy leaves alone
        assert ftfy.fix_text(line, config) == uncurl(line)


@given(hard_lines)
@settings(max_examples=300, deadline=None)
def test_the_pass_on_ligatures_and_entities_is_ftfy_line_by_line(line: str) -> None:
    text = f"{line}\n\n{line} {line}\nand more\n"
    assert fix_encoding(text) == without_precheck(text)


@pytest.mark.parametrize("line", ["&#10;Ã", "&#13;Ã", "&#12;Ã"])
def test_an_entity_for_a_line_break_is_fixed_as_without_the_precheck(line: str) -> None:
    """ftfy fixes a text a line at a time, and reads ``Ã `` as a lost ``à`` only at a
    line's start: the pre-check of a line that unescaping made two reads each apart (a
    strict xfail of session 18 until then: ``Ã`` + ``and more`` stayed)."""
    text = f"{line}\n\n{line} {line}\nand more\n"
    assert fix_encoding(text) == without_precheck(text)


@pytest.mark.parametrize(
    ("line", "keeps"),
    [
        ("\u00c3\n\u00c3", False),  # ftfy reads the last line's "Ã " as a lost "à".
        ("voil\u00c3\nabc", True),  # The last line has no spot: a space changes nothing.
        ("voil\u00c3", False),
        ("abc\nvoil\u00e0", True),
    ],
)
def test_a_space_after_a_text_of_lines_is_judged_on_its_last_line(line: str, keeps: bool) -> None:
    assert encoding_precheck.space_after_keeps_it(line) is keeps
    if keeps:
        assert ftfy.fix_text(line + " ") == ftfy.fix_text(line) + " "


def test_the_precheck_reads_a_text_of_lines_a_line_at_a_time() -> None:
    for text in ("Ã\nÃ ", "\nÃ ", "Ã\nÃ a", "x\n“quoted”\nÃ "):
        assert ftfy.fix_text(text) != uncurl(text)
        assert not ftfy_only_uncurls(text)
    assert ftfy_only_uncurls("a\n“b”\n") and ftfy.fix_text("a\n“b”\n") == 'a\n"b"\n'


def test_an_ampersand_is_judged_line_by_line_as_ftfy_unescapes() -> None:
    """ftfy's ``"auto"`` unescapes a text's lines up to the first one with a ``<``: the
    repaired line ``&am\\xadp;`` / ``<`` has an entity in its first line once its soft
    hyphen goes, which ftfy unescapes although the text holds a ``<``."""
    line = "&am\u00adp;&#10;&lt;"
    text = f"{line}\n\n{line} {line}\nand more\n"
    assert fix_encoding(text) == without_precheck(text)
