"""Benchmark of the ``split`` pass on the merges real extractors make.

Usage: ``python bench/bench_split_real.py [--set NAME] [--show N] [--sample N]``

The pages are scrapinghub's article-extraction benchmark (``bench/data/article_benchmark``):
181 real pages, a human-made gold body each, the full page text (``html-text``) and the
text of twelve extractors: the four of ``pages.jsonl.gz`` (trafilatura, readability, goose3,
newspaper) and the eight of ``extractors.jsonl.gz`` that glue words (mdka, llm_readability,
august, html2md_rs, html2text, boilerpipe_rs, dom_smoothie, html2text_rs). A merge is a
word of an extractor's text (a run of letters) that the gold body does not have but writes
as two words in a row: ``adWhen`` where the gold has ``ad When``. Each merge is counted once
per page (extractors often agree). The pass runs on each text after the ``encoding`` and
``whitespace`` passes; a merge is restored when the pass splits it where the gold's space
was. Any other split of a word the gold body has is a wrong split, and so is any split of
the gold body itself (clean text).

Not every mined merge is one a cleaner should split. These kinds are counted apart and
left out of the recall that matters:

- ``not prose``: the merge is met only inside a URL, a hashtag or code, in a chunk (a run
  of non-spaces) holding one of ``/#=_@<>{}|\\`` (``us-pakistan-airpollution-court/``,
  ``#homemadejam``, ``"string"==typeof``): the gold's space there is not the page's.
  A merge met only on a line of code (``"string"==typeof i``, a script left in the page
  text: a line ``split.technical.is_technical`` finds technical, with a brace or a
  semicolon) is no prose either.
- ``other script``: a part has non-ASCII letters (Japanese, whose gold spacing is the
  annotator's): the pass handles English only.
- ``other language``: the merge is met only in paragraphs of another language
  (``Patientenaktein`` in a German list: ``cleaner.language.identify`` of the paragraph
  is not English): the pass handles English only.

- ``real word``: the closed form is an English word (``inline``, ``into``, ``weightless``):
  splitting it would break the word wherever it is meant.
- ``name-like``: both parts are capitalised (``FoxNews``, ``CBSSports``, ``LiveScience``,
  ``DLChris``). Closed CamelCase is how brands and names are usually written (``YouTube``,
  ``PlayStation``, ``JavaScript``, ``McDonald``), and they must never split; nothing in the
  token tells ``FoxNews`` (a site's logo text) from ``YouTube``. Recall on them is shown,
  not aimed at.

The kinds that matter are ``function word`` (a part is a function word: ``forthe``,
``hasbeen``), ``lower+Upper`` (``adWhen``, ``pageThe``: a tag ended a sentence) and
``lower+lower`` (``sackedlast``). A quarter of the pages (the first byte of their id
divisible by 4, as in ``bench_furniture_real.py``) are held out: their merges are not
listed while tuning (``--show`` lists the tuning pages' misses only), and their recall is
reported apart.

Two more human-gold page sets (``--set l3s_gn1``, ``--set dragnet``: L3S-GN1's 621 news
pages and Dragnet's 1,381 news and blog pages, git-ignored, rebuilt by
``tools/build_glued_pages.py``) give more merges, from one careless extraction: every text
node of the crawled page joined with no separator (``BeautifulSoup.get_text()``). Their gold
ends each block with a line break, so a merge there is a run the gold writes as two words
with any white space between them; and as the builder records where two text nodes met, a
mined merge whose parts did not meet there (``thereare`` typed so on the page, ``a|cross``
where the page has ``across`` and the gold ``a cross``) is a gap between gold and page, not
a merge: ``not glued``, set apart. Their held-out halves are the furniture bench's (by
site). Wrong splits are listed for the tuning pages only (``--sample`` prints tuning merges
in their text and gold, to check them by eye). A wrong split of a gold word can be a merge
the page and its gold share (``isyour``, ``inthe``), which the pass is right to mend.

Such a split is counted apart as ``the gold's own merge`` when its parts are all function
words and the same gold writes them apart, as those words in a row, twice or more
(``inthe`` beside 123 ``in the``): a clean page writes them apart, and no English word is
two function words closed up. The rule is strict on purpose, so as to hide no real error:
``itin`` (an itinerary, ``it in`` once elsewhere), ``Hedo`` (a name) and the gold's merges
of a content word (``getsomething``, ``withoutspecifying``), which by eye outnumber them,
stay counted as wrong splits.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.language import TABLE_LANGUAGES, identify, looks_english  # noqa: E402
from cleaner.lexicon import load_model  # noqa: E402
from cleaner.passes.encoding import fix_encoding  # noqa: E402
from cleaner.passes.split import find_splits  # noqa: E402
from cleaner.passes.split.technical import is_technical  # noqa: E402
from cleaner.passes.whitespace import normalize_whitespace  # noqa: E402

DATA = ROOT / "bench" / "data" / "article_benchmark"
# A run of letters, and two runs with only spaces between them.
LETTERS_RE = re.compile(r"[^\W\d_]+")
PAIR_RE = re.compile(r"(?=(?<![^\W\d_])([^\W\d_]+) +([^\W\d_]+)(?![^\W\d_]))")
# Two runs with any white space between them, a line break too: a glued set's gold ends
# each block with one, and its joins tell a block's end glued to the next from a mismatch.
ANY_SPACE_PAIR_RE = re.compile(r"(?=(?<![^\W\d_])([^\W\d_]+)\s+([^\W\d_]+)(?![^\W\d_]))")
# The kinds of merge left out of the recall that matters (see the docstring).
SET_APART = ("name-like", "not glued", "not prose", "other script", "other language", "real word")
# A chunk of text with a sign of a URL, a hashtag or code in it.
NOT_PROSE_RE = re.compile(r"[/#=_@<>{}|\\]")
# A brace or a semicolon: a technical line (``is_technical``) with one is a line of code
# (a script left in page text), not a paragraph of prose with links in it.
CODE_SIGN_RE = re.compile(r"[{};]")
# How often a gold writes a split's parts apart, at least, for the split to be its own merge.
MIN_APART_IN_GOLD = 2
# How far either side of a merge its line is read for code: a careless extraction glues a
# page's paragraphs into lines of thousands of characters, where a semicolon and a dotted
# name far off would make prose "code".
CODE_REACH = 150


def held_out(page: dict) -> bool:
    return int(page["id"][:2], 16) % 4 == 0


def kind_of(first: str, second: str, function_words: set[str]) -> str:
    if not (first + second).isascii():
        return "other script"
    if first[:1].isupper() and second[:1].isupper():
        return "name-like"
    if load_model().knows((first + second).lower()):
        return "real word"
    if first.lower() in function_words or second.lower() in function_words:
        return "function word"
    return "lower+Upper" if second[:1].isupper() else "lower+lower"


def is_gold_merge(gold: str, parts: tuple[str, ...], function_words: set[str]) -> bool:
    """Whether a split into ``parts`` mends a merge of ``gold`` itself: its parts are all
    function words, and the gold writes them apart twice or more (see the docstring).

    >>> fw = {"in", "the", "it"}
    >>> is_gold_merge("in the end, in the dark", ("in", "the"), fw)
    True
    >>> is_gold_merge("put it in a bag", ("it", "in"), fw), is_gold_merge("", ("He", "do"), fw)
    (False, False)
    """
    if not all(part in function_words for part in parts):
        return False
    apart = r"\s+".join(map(re.escape, parts))
    found = re.findall(rf"(?<![^\W\d_]){apart}(?![^\W\d_])", gold, re.IGNORECASE)
    return len(found) >= MIN_APART_IN_GOLD


def in_prose(text: str, run: str) -> bool:
    """Whether ``run`` occurs in ``text`` as a whole run of letters outside URLs and code."""
    return prose_uses(text, run)[0]


def prose_uses(text: str, run: str) -> tuple[bool, bool]:
    """Whether ``run`` occurs in ``text`` as a whole run of letters outside URLs and code,
    and whether it does so in a paragraph that is English (or too short to tell)."""
    prose = False
    for found in re.finditer(rf"(?<![^\W\d_]){re.escape(run)}(?![^\W\d_])", text):
        start = max(text.rfind(" ", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
        ends = [i for i in (text.find(" ", found.end()), text.find("\n", found.end())) if i >= 0]
        if NOT_PROSE_RE.search(text, start, min(ends, default=len(text))):
            continue
        line_start = max(text.rfind("\n", 0, found.start()) + 1, found.start() - CODE_REACH)
        line_end = text.find("\n", found.end())
        line = text[line_start : min(line_end % (len(text) + 1), found.end() + CODE_REACH)]
        if CODE_SIGN_RE.search(line) and is_technical(line):
            continue
        prose = True
        paragraph_start = text.rfind("\n\n", 0, found.start()) + 1
        paragraph_end = text.find("\n\n", found.end())
        paragraph = text[paragraph_start : paragraph_end if paragraph_end >= 0 else len(text)]
        if looks_english(paragraph) or identify(paragraph) not in TABLE_LANGUAGES:
            return True, True
    return prose, False


def load_pages() -> list[dict]:
    """The pages of ``pages.jsonl.gz`` with the texts of ``extractors.jsonl.gz`` added."""
    with gzip.open(DATA / "pages.jsonl.gz", "rt", encoding="utf-8") as lines:
        pages = {page["id"]: page for page in map(json.loads, lines)}
    with gzip.open(DATA / "extractors.jsonl.gz", "rt", encoding="utf-8") as lines:
        for more in map(json.loads, lines):
            pages[more["id"]]["extracted"].update(more["texts"])
    return list(pages.values())


@dataclass(frozen=True)
class Page:
    """A page's gold body and the texts extracted from it; ``joins`` (a glued set's) holds
    each run of letters two text nodes make, with the offset where they meet, or is None
    when the extractions do not tell (every mined merge is then taken as made)."""

    id: str
    held_out: bool
    gold: str
    texts: tuple[str, ...]
    joins: frozenset[tuple[str, int]] | None = None


def article_benchmark_pages() -> list[Page]:
    return [
        Page(p["id"], held_out(p), p["gold"], (p["full"], *p["extracted"].values()))
        for p in load_pages()
    ]


def glued_pages(name: str) -> list[Page]:
    """The pages of ``bench/data/<name>`` as ``tools/build_glued_pages.py`` extracted them,
    or none when its files are absent."""
    folder = ROOT / "bench" / "data" / name
    if not (folder / "glued.jsonl.gz").exists():
        return []
    with gzip.open(folder / "pages.jsonl.gz", "rt", encoding="utf-8") as lines:
        golds = {page["id"]: page["gold"] for page in map(json.loads, lines)}
    with gzip.open(folder / "glued.jsonl.gz", "rt", encoding="utf-8") as lines:
        glued = list(map(json.loads, lines))
    return [
        Page(
            g["id"], g["held_out"], golds[g["id"]], (g["glued"],), frozenset(map(tuple, g["joins"]))
        )
        for g in glued
    ]


# The sets measured: the article benchmark's extractors, and the careless extraction of two
# more human-gold page sets (``tools/build_glued_pages.py``).
SETS = {
    "article_benchmark": article_benchmark_pages,
    "l3s_gn1": partial(glued_pages, "l3s_gn1"),
    "dragnet": partial(glued_pages, "dragnet"),
}


@dataclass
class Tally:
    """What one set's pages gave: merges and restored ones by (half, kind), the pages with
    a merge that matters, words, wrong splits of gold words in extracted text and splits
    of the gold by half; misses, merges in context and wrong splits of the tuning half."""

    merges: Counter[tuple[str, str]] = field(default_factory=Counter)
    restored: Counter[tuple[str, str]] = field(default_factory=Counter)
    pages_that_matter: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    gold_words: Counter[str] = field(default_factory=Counter)
    gold_wrong: Counter[str] = field(default_factory=Counter)
    gold_merges: Counter[str] = field(default_factory=Counter)
    gold_merges_in_text: Counter[str] = field(default_factory=Counter)
    missed: list[str] = field(default_factory=list)
    sample: list[str] = field(default_factory=list)
    wrong_lines: list[str] = field(default_factory=list)


def context(text: str, first: str, second: str = "", width: int = 40) -> str:
    """The first place ``first`` and ``second`` (after white space, if given) are whole runs
    of letters in ``text``, with ``width`` characters either side, on one line.

    >>> context("a bad\\nday, all day", "bad", "day", width=2)
    'a bad day,'
    """
    spaced = rf"\s+{re.escape(second)}" if second else ""
    found = re.search(rf"(?<![^\W\d_]){re.escape(first)}{spaced}(?![^\W\d_])", text)
    at, end = (found.start(), found.end()) if found else (0, 0)
    return " ".join(text[max(0, at - width) : end + width].split())


def tally_page(page: Page, tally: Tally, function_words: set[str]) -> None:
    half = "held out" if page.held_out else "tuning"
    gold = normalize_whitespace(fix_encoding(page.gold))
    tally.gold_words[half] += len(gold.split())
    wrong_lines = []
    for s in find_splits(gold):
        own = is_gold_merge(gold, s.parts, function_words)
        tally.gold_wrong[half] += 1
        tally.gold_merges[half] += own
        note = " (the gold's own merge)" if own else ""
        wrong_lines.append(f"gold: {gold[s.start : s.end]} -> {' '.join(s.parts)}{note}")
    gold_words = {w.lower() for w in LETTERS_RE.findall(gold)}
    pairs = {}
    for match in (PAIR_RE if page.joins is None else ANY_SPACE_PAIR_RE).finditer(gold):
        first, second = match.group(1), match.group(2)
        pairs.setdefault(first + second, (first, second))
    seen: dict[str, bool] = {}
    prose: set[str] = set()
    english: set[str] = set()
    where: dict[str, str] = {}
    for text in page.texts:
        text = normalize_whitespace(fix_encoding(text))
        tally.words[half] += len(text.split())
        splits = {text[s.start : s.end]: s.parts for s in find_splits(text)}
        for run in sorted(set(LETTERS_RE.findall(text))):
            parts = splits.get(run)
            if run in pairs and run.lower() not in gold_words:
                first, second = pairs[run]
                right = parts is not None and parts[0] == first and "".join(parts[1:]) == second
                seen[run] = seen.get(run, False) or right
                where.setdefault(run, context(text, run))
                if run not in english:
                    in_prose, in_english = prose_uses(text, run)
                    prose.update([run] if in_prose else [])
                    english.update([run] if in_english else [])
            elif parts is not None and run.lower() in gold_words:
                own = is_gold_merge(gold, parts, function_words)
                tally.wrong[half] += 1
                tally.gold_merges_in_text[half] += own
                note = " (the gold's own merge)" if own else ""
                wrong_lines.append(f"{run} -> {' '.join(parts)}{note}")
    tally.wrong_lines.extend(wrong_lines if half == "tuning" else [])
    matters = False
    for run, right in seen.items():
        first, second = pairs[run]
        kind = kind_of(first, second, function_words)
        if kind not in SET_APART:
            prosaic = run in english or run in prose
            kind = "other language" if prosaic and run not in english else kind
            kind = kind if prosaic else "not prose"
        if page.joins is not None and (run, len(first)) not in page.joins:
            kind = "not glued"
        tally.merges[half, kind] += 1
        tally.restored[half, kind] += right
        matters = matters or kind not in SET_APART
        if half == "tuning":
            line = f"{kind}: {first}|{second}"
            tally.missed.extend([] if right else [line])
            gold_at = context(gold, first, second)
            tally.sample.append(f"{line}\n      text: {where[run]}\n      gold: {gold_at}")
    tally.pages_that_matter[half] += matters


def print_tally(name: str, pages: list[Page], tally: Tally, wrong_shown: int = 30) -> None:
    held = sum(page.held_out for page in pages)
    print(f"{name}: {len(pages)} pages ({len(pages) - held} tuning, {held} held out)")
    for half in ("tuning", "held out"):
        words, gold_words = tally.words[half], tally.gold_words[half]
        print(f"{half}: {words:,} words of extracted text, {gold_words:,} of gold")
        kinds = {k for s, k in tally.merges if s == half}
        for kind in sorted(kinds, key=lambda k: (k in SET_APART, k)):
            n, r = tally.merges[half, kind], tally.restored[half, kind]
            print(f"  {kind:14} merges {n:4}  restored {r:4}  recall {r / n:6.1%}")
        n = sum(v for (s, k), v in tally.merges.items() if s == half and k not in SET_APART)
        r = sum(v for (s, k), v in tally.restored.items() if s == half and k not in SET_APART)
        print(
            f"  {'that matter':14} merges {n:4}  restored {r:4}  recall {r / max(1, n):6.1%}",
            end="",
        )
        print(f"  (on {tally.pages_that_matter[half]} pages)")
        own_in_text, own = tally.gold_merges_in_text[half], tally.gold_merges[half]
        wrong, gold_wrong = tally.wrong[half] - own_in_text, tally.gold_wrong[half] - own
        print(f"  wrong splits of gold words in extracted text: {wrong}", end="")
        print(f" ({wrong / max(1, words) * 1e5:.2f} per 100,000 words)", end="")
        print(f"; the gold's own merges split: {own_in_text}")
        print(f"  wrong splits of the gold text: {gold_wrong}", end="")
        print(f" ({gold_wrong / max(1, gold_words) * 1e5:.2f} per 100,000 words)", end="")
        print(f"; the gold's own merges split: {own}")
    for line in tally.wrong_lines[:wrong_shown]:
        print(f"  wrong (tuning): {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N missed tuning merges")
    parser.add_argument("--sample", type=int, default=0, help="print N tuning merges in context")
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="default: all")
    parser.add_argument("--wrong", type=int, default=30, help="print N wrong tuning splits")
    args = parser.parse_args()
    from cleaner.data import english_function_words

    function_words = set(english_function_words())
    for name in args.set or SETS:
        pages = SETS[name]()
        if not pages:
            print(f"{name}: absent (see bench/data/{name}/README.md)")
            continue
        tally = Tally()
        for page in pages:
            tally_page(page, tally, function_words)
        print_tally(name, pages, tally, args.wrong)
        for line in tally.missed[: args.show]:
            print(f"  missed {line}")
        for line in random.Random(0).sample(tally.sample, min(args.sample, len(tally.sample))):
            print(f"  sample {line}")


if __name__ == "__main__":
    main()
