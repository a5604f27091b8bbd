"""Benchmark of the ``split`` pass on the merges real extractors make.

Usage: ``python bench/bench_split_real.py [--show N]``

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
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
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
# The kinds of merge left out of the recall that matters (see the docstring).
SET_APART = ("name-like", "not prose", "other script", "other language", "real word")
# A chunk of text with a sign of a URL, a hashtag or code in it.
NOT_PROSE_RE = re.compile(r"[/#=_@<>{}|\\]")
# A brace or a semicolon: a technical line (``is_technical``) with one is a line of code
# (a script left in page text), not a paragraph of prose with links in it.
CODE_SIGN_RE = re.compile(r"[{};]")


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
        line_start = text.rfind("\n", 0, found.start()) + 1
        line_end = text.find("\n", found.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N missed tuning merges")
    args = parser.parse_args()
    from cleaner.data import english_function_words

    function_words = set(english_function_words())
    pages = load_pages()
    merges: Counter[tuple[str, str]] = Counter()
    restored: Counter[tuple[str, str]] = Counter()
    missed: list[str] = []
    wrong: list[str] = []
    words = gold_words_total = gold_wrong = 0
    for page in pages:
        split = "held out" if held_out(page) else "tuning"
        gold = normalize_whitespace(fix_encoding(page["gold"]))
        gold_words_total += len(gold.split())
        for s in find_splits(gold):
            gold_wrong += 1
            wrong.append(f"gold: {gold[s.start : s.end]} -> {' '.join(s.parts)}")
        gold_words = {w.lower() for w in LETTERS_RE.findall(gold)}
        pairs = {}
        for match in PAIR_RE.finditer(gold):
            first, second = match.group(1), match.group(2)
            pairs.setdefault(first + second, (first, second))
        seen: dict[str, bool] = {}
        prose: set[str] = set()
        english: set[str] = set()
        for text in [page["full"], *page["extracted"].values()]:
            text = normalize_whitespace(fix_encoding(text))
            words += len(text.split())
            splits = {text[s.start : s.end]: s.parts for s in find_splits(text)}
            for run in set(LETTERS_RE.findall(text)):
                parts = splits.get(run)
                if run in pairs and run.lower() not in gold_words:
                    first, second = pairs[run]
                    right = parts is not None and parts[0] == first and "".join(parts[1:]) == second
                    seen[run] = seen.get(run, False) or right
                    if run not in english:
                        in_prose, in_english = prose_uses(text, run)
                        prose.update([run] if in_prose else [])
                        english.update([run] if in_english else [])
                elif parts is not None and run.lower() in gold_words:
                    wrong.append(f"{run} -> {' '.join(parts)}")
        for run, right in seen.items():
            kind = kind_of(*pairs[run], function_words)
            if kind not in SET_APART:
                prosaic = run in english or run in prose
                kind = "other language" if prosaic and run not in english else kind
                kind = kind if prosaic else "not prose"
            merges[split, kind] += 1
            restored[split, kind] += right
            if not right and split == "tuning":
                missed.append(f"{kind}: {pairs[run][0]}|{pairs[run][1]}")
    held = sum(map(held_out, pages))
    print(f"{len(pages)} pages ({len(pages) - held} tuning, {held} held out), ", end="")
    print(f"{words:,} words of extractor and page text, {gold_words_total:,} of gold")
    for split in ("tuning", "held out"):
        print(f"{split}:")
        kinds = sorted({k for s, k in merges if s == split}, key=lambda k: (k in SET_APART, k))
        for kind in kinds:
            n, r = merges[split, kind], restored[split, kind]
            print(f"  {kind:14} merges {n:4}  restored {r:4}  recall {r / n:6.1%}")
        n = sum(v for (s, k), v in merges.items() if s == split and k not in SET_APART)
        r = sum(v for (s, k), v in restored.items() if s == split and k not in SET_APART)
        print(f"  {'that matter':14} merges {n:4}  restored {r:4}  recall {r / max(1, n):6.1%}")
    rate = (len(wrong) - gold_wrong) / words * 1e5
    print(f"wrong splits of gold words in extractor text: {len(wrong) - gold_wrong}", end="")
    print(f" ({rate:.2f} per 100,000 words)")
    gold_rate = gold_wrong / gold_words_total * 1e5
    print(f"splits of the gold text: {gold_wrong} ({gold_rate:.2f} per 100,000 words)")
    for line in wrong[:30]:
        print(f"  wrong: {line}")
    for line in missed[: args.show]:
        print(f"  missed {line}")


if __name__ == "__main__":
    main()
