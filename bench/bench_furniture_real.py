"""Benchmark of the ``boilerplate`` pass on real pages against human gold.

Usage: ``python bench/bench_furniture_real.py [--tuning-only] [--show N] [--lost N] [--twice]
[--set NAME]``

The pages are scrapinghub's article-extraction benchmark (``bench/data/article_benchmark``,
see its README): 181 real news and blog pages with a human-made gold article body. Two
kinds of text are cleaned: the full visible text of each page (``html-text``), and the
text four main-content extractors left (trafilatura, readability, goose3, newspaper).

Each line of a text (after the ``encoding`` and ``whitespace`` passes, which the pass
follows) is labelled automatically against the gold body, compared lower-cased, single-
spaced and with straight quotes:

- content: the line is a line of the gold body, or (four words or more) part of one;
- furniture: a line of at most 15 words that occurs nowhere in the gold body, and is not
  the start of the page's title (the headline is no furniture, and not in the gold body);
- ambiguous, not judged: the rest (a short line that occurs inside the gold text, such as
  ``Business``; a longer line not in it: teasers, comments, captions, a changed sentence).

A line is labelled by its text without the markup extractors add to it (``strip_markup``):
a leading list marker (``- ``, ``• ``, ``* ``; trafilatura writes a list item as ``- GPS``,
goose3 as ``• GPS``) and a table row's cell pipes (trafilatura's ``| Pos |``, ``Player |``),
since the gold body is plain text (``GPS``, ``Pos Player``). Before (session 18), such a line
was compared with its markup, so a list item or table cell of the gold article counted as
furniture: 339 of the tuning pages' 955 extractor-text furniture lines (221 of them content
once stripped, ``- See it now: Amazon``, ``- 1 tsp nutmeg``; 118 short cells or items found
in the gold text, now ambiguous, as any such short line), and a pass that removed them would
have scored for losing article text; 129 more, ambiguous before, are content (held out: 63
of 270 furniture lines relabelled, 62 of them content). A line of markup alone
(``|---|---|``) is not judged.

The full page text is cleaned twice: with the pass's defaults, and with its option
``page_text`` on (the menus and link lists around a page's article, off by default); the
lines ``--show`` and ``--lost`` print are those of the second.

A quarter of the pages (the first byte of their id divisible by 4) are held out: no rule
was chosen by looking at them; the figures are printed for them apart. ``--show`` and
``--lost`` print tuning pages' lines only; ``--tuning-only`` leaves the held-out pages out
altogether (no figure of theirs printed), for choosing rules.

A second set of pages, when built (``tools/build_l3s_gn1.py``; research use only, so not
committed): L3S-GN1 (``bench/data/l3s_gn1``, see its README), 621 Google News pages of 2008
from 405 sites, whose text blocks seven human assessors labelled; its gold is the text of
the headline and full-text blocks, and its full text ``html-text``'s as above; a line found
in its supplemental or comment blocks (captions, but also the bylines, dates, credits and
copyright lines its assessors kept with the article) is not judged (ambiguous). It has no
extractor text. Its held-out pages are a quarter of its sites (161 pages, the record's
``held_out``). Its rows are named ``L3S-GN1 ...``.

A third, when built (``tools/build_dragnet.py``; AGPLv3, so not committed): Dragnet's
1,381 news and blog pages of 2012 (``bench/data/dragnet``), whose gold is a hand-corrected
article (its comments not judged), labelled as the scrapinghub pages; held out by site as
L3S-GN1 (309 pages of 115 sites). Its rows are named ``Dragnet ...``; its held-out rows
were not read when it was added (session 31), and are measured only with ``--set dragnet``:
read them so only for a rule chosen without them. ``--set`` measures one set only
(``scrapinghub``, ``l3s`` or ``dragnet``).

A lost content line "with a copy left" is one whose text another line of the cleaned text
still holds (a page's headline repeated in its breadcrumb, its title, a "print this" box):
the labels go by text, so removing either copy counts as a loss. One "amid furniture" is a
short one (at most 15 words) whose nearest lines above and below are both furniture: on
L3S-GN1 most are other stories' headlines in a list of them that the assessors marked as
full text (session 32, read on its tuning pages: 15 of the 45 lines ``page_text`` lost);
the gold is not changed, the count is printed apart.

A lost content line "of a kept kind" is one of the kinds of furniture some gold keeps with
the article (Dragnet's correctors kept bylines and dates; L3S-GN1's assessors marked some
ad markers and share bars as full text): by this script's own patterns (:data:`KEPT_KINDS`,
written from the lines read in session 33, not the pass's rules), a date or a byline
(``Posted by Max Fisher on October 29, 2012 at 1:34 pm``), a photo's credit, a copyright
line, a post's tags or category, a count of comments or reads, or a bare label
(``advertisement``, ``Related posts``, ``Tweet``). Each is printed apart by kind, and the
loss without them (nor the lines amid furniture) as "lost, other kinds": the pass removes
those kinds by design, so the figure is reported both ways (session 33, see
``docs/benchmarks.md``).

``--twice`` also cleans every text (full page text and extractor text) with the whole
default pipeline twice, and counts those the second run changes: a pre-commit hook would
flag them again after fixing them. Each is named (its kind and page id) with the start of
the diff of the first run's output to the second's.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.passes.boilerplate import plan_removal  # noqa: E402
from cleaner.passes.encoding import fix_encoding  # noqa: E402
from cleaner.passes.whitespace import normalize_whitespace  # noqa: E402

DATA = ROOT / "bench" / "data" / "article_benchmark" / "pages.jsonl.gz"
L3S_DATA = ROOT / "bench" / "data" / "l3s_gn1" / "pages.jsonl.gz"
DRAGNET_DATA = ROOT / "bench" / "data" / "dragnet" / "pages.jsonl.gz"
# Each set of pages: its file, its rows' name prefix, the tool that builds it.
SETS = {
    "scrapinghub": (DATA, "", "tools/build_article_benchmark.py"),
    "l3s": (L3S_DATA, "L3S-GN1 ", "tools/build_l3s_gn1.py"),
    "dragnet": (DRAGNET_DATA, "Dragnet ", "tools/build_dragnet.py"),
}
# The sets whose held-out pages are measured only when the set is asked for alone.
UNREAD_HELD_OUT = frozenset({"dragnet"})
MAX_FURNITURE_WORDS = 15
MIN_PART_WORDS = 4
# Lines of each second run's diff that ``--twice`` prints.
DIFF_LINES = 12
# The kinds of furniture some gold keeps with its article (see the docstring), each a
# full-line pattern of the line's normalized text (``norm``: lower case, single spaces).
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}} {_MONTH},? \d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{_MONTH} \d{{4}})"
)
_TIME = r"(?:,? (?:at |@ )?\d{1,2}:\d{2} ?(?:[ap]\.?m\.?)?(?: [a-z]{2,3})?)"
KEPT_KINDS = {
    "date or byline": re.compile(
        rf"(?:(?:originally )?(?:posted|published|updated|last updated)(?: on)?:? )?"
        rf"(?:by [^|]{{2,60}}? )?(?:(?:on|at|@) )?(?:{_DATE}{_TIME}?|\d{{1,2}}:\d{{2}} ?[ap]m)"
        rf"(?: [a-z]{{2,3}})?(?: ?\|.*| in .{{1,40}}| as .{{1,20}})?"
        rf"|(?:posted |written |filed )?by [^.!?]{{2,80}}"
        rf"|[^.!?]{{2,40}} contributed to this (?:story|report)\."
    ),
    "credit": re.compile(
        r"(?:photo|image|picture|illustration|graphic)s?(?: credit| courtesy)?s?"
        r"(?:: (?:\S+ ?){1,5}| by .{1,80}| via .{1,80}|: courtesy of .{1,60}| credit: .{1,80})"
        r"|\((?:credit: )?[^()]{2,60}(?:/|getty images|reuters|ap photo)[^()]{0,40}\)"
        r"|getty images|enlarge image|https?://\S+\.(?:jpe?g|png|gif)"
    ),
    "copyright": re.compile(r".*(?:©|\(c\)|copyright|all rights reserved).*"),
    "tags": re.compile(
        r"(?:labels|tags|categories|filed under|posted in|category): .{1,160}"
        r"|this entry was posted in .*"
    ),
    "count": re.compile(r"[\d,]+ (?:comments?|reads|views|shares)|comments \(\d+\)|no comments"),
    "label": re.compile(
        r"(?:advertisement|related(?: posts| articles| links| stories)?|more|see also|you might "
        r"also like|tweet|share this(?: post)?|print|sphere|blog this|article tools|let us know "
        r"what you think|get the app|x|follow .{1,30} on twitter)[.:!]?"
    ),
}


def norm(text: str) -> str:
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.lower().split())


def held_out(page: dict) -> bool:
    if "held_out" in page:
        return page["held_out"]
    return int(page["id"][:2], 16) % 4 == 0


def load_pages(path: Path, prefix: str) -> list[dict]:
    """The pages of one set, each with its rows' name prefix (``""`` or ``"L3S-GN1 "``)."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        pages = [json.loads(line) for line in lines]
    for page in pages:
        page["prefix"] = prefix
        page.setdefault("extracted", {})
    return pages


# A leading list marker extractors write before a list item: trafilatura's ``- ``,
# goose3's ``• ``, markdown's ``* ``.
LIST_MARKER_RE = re.compile(r"^[-•*·]\s+")
# A table row's cell pipe (trafilatura's ``| Pos |``, ``Player |``).
TABLE_PIPE_RE = re.compile(r"\s*\|\s*")
# A table's header rule (``|---|:--|``) once its pipes are gone.
TABLE_RULE_RE = re.compile(r"^[-:\s]*$")


def strip_markup(line: str) -> str:
    """The line's text without an extractor's list marker or table pipes.

    >>> strip_markup("- See it now: Amazon"), strip_markup("| Pos |"), strip_markup("a | b")
    ('See it now: Amazon', 'Pos', 'a | b')
    >>> strip_markup("|---|:--|")
    ''
    """
    line = LIST_MARKER_RE.sub("", line.strip(), count=1)
    if line.startswith("|") or line.endswith("|"):
        line = TABLE_PIPE_RE.sub(" ", line)
        if TABLE_RULE_RE.match(line):
            return ""
    return line.strip()


def label(
    line: str,
    gold_lines: set[str],
    gold_text: str,
    title: str,
    other: tuple[set[str], str] = (set(), ""),
) -> str:
    n = norm(strip_markup(line))
    if not n:
        return "ambiguous"
    words = len(n.split())
    if n in gold_lines or (words >= MIN_PART_WORDS and n in gold_text):
        return "content"
    other_lines, other_text = other
    if n in other_lines or (words >= MIN_PART_WORDS and n in other_text):
        return "ambiguous"
    if words <= MAX_FURNITURE_WORDS and n not in gold_text and not title.startswith(n):
        return "furniture"
    return "ambiguous"


def measure(
    text: str, gold: str, title: str, page_text: bool = False, other: str = ""
) -> tuple[Counter[str], list[tuple[str, str]]]:
    """Counts of each label, of each label removed, and the furniture lines kept
    (``page_text``: the pass's option of that name on; ``other``: text not judged)."""
    text = normalize_whitespace(fix_encoding(text))
    gold_lines = {norm(line) for line in gold.splitlines() if line.strip()}
    gold_text = " ".join(sorted(gold_lines)) + " " + norm(gold)
    other_lines = {norm(line) for line in other.splitlines() if line.strip()}
    other_text = "\n".join(sorted(other_lines))
    plan = plan_removal(text, page_text=page_text)
    removed = set(plan.removed) if not plan.tripped else set()
    counts: Counter[str] = Counter(documents=1, tripped=bool(plan.tripped))
    kept: list[tuple[str, str]] = []
    left = {norm(strip_markup(line)) for i, line in enumerate(plan.lines) if i not in removed}
    filled = [i for i, line in enumerate(plan.lines) if line.strip()]
    kinds = [
        label(plan.lines[i], gold_lines, gold_text, title, (other_lines, other_text))
        for i in filled
    ]
    for k, (i, kind) in enumerate(zip(filled, kinds, strict=True)):
        line = plan.lines[i]
        counts[kind] += 1
        if i in removed:
            counts[f"{kind} removed"] += 1
            if kind == "content":
                kept.append(("lost", line))
                counts["content removed, copy left"] += norm(strip_markup(line)) in left
                amid = amid_furniture(line, kinds, k)
                counts["content removed, amid furniture"] += amid
                kind = kept_kind(line)
                if kind:
                    counts[f"content removed, kept kind: {kind}"] += 1
                elif not amid:
                    counts["content removed, other kinds"] += 1
        elif kind == "furniture":
            kept.append((kind, line))
    return counts, kept


def amid_furniture(line: str, kinds: list[str], k: int) -> bool:
    """Whether ``line``, the ``k``-th non-blank line (``kinds``: their labels), is short and
    its nearest lines above and below are both furniture: another story's headline in a list
    of them, which L3S-GN1's assessors marked as full text on some pages.

    >>> amid_furniture("Banksy wall sold", ["furniture", "content", "furniture"], 1)
    True
    >>> amid_furniture("Banksy wall sold", ["content", "content", "furniture"], 1)
    False
    """
    if len(line.split()) > MAX_FURNITURE_WORDS or k == 0 or k + 1 == len(kinds):
        return False
    return kinds[k - 1] == kinds[k + 1] == "furniture"


def kept_kind(line: str) -> str:
    """The kind of furniture some gold keeps that ``line`` is (:data:`KEPT_KINDS`), or "".

    >>> kept_kind("Posted by Max Fisher on October 29, 2012 at 1:34 pm"), kept_kind("Tweet")
    ('date or byline', 'label')
    >>> kept_kind("Photos: Halloween in Hong Kong looks awesome tonight"), kept_kind("Roxbury")
    ('', '')
    """
    text = norm(strip_markup(line))
    return next((kind for kind, pattern in KEPT_KINDS.items() if pattern.fullmatch(text)), "")


def report(name: str, counts: Counter[str]) -> None:
    furniture, content, ambiguous = counts["furniture"], counts["content"], counts["ambiguous"]
    total = furniture + content + ambiguous
    recall = counts["furniture removed"] / furniture if furniture else 0.0
    lost = counts["content removed"] / content if content else 0.0
    print(
        f"{name:34} furniture {counts['furniture removed']:5}/{furniture:<5} = {recall:6.1%}"
        f"   content lost {counts['content removed']:3}/{content:<6} = {lost:6.2%}"
        f" ({counts['content removed, copy left']} with a copy left,"
        f" {counts['content removed, amid furniture']} amid furniture)"
        f"   ambiguous {ambiguous / total if total else 0:5.1%}"
        f" ({counts['ambiguous removed']} removed)"
        f"   kept whole by the bound: {counts['tripped']}/{counts['documents']}"
    )
    kept = sorted((k.split(": ")[1], n) for k, n in counts.items() if "kept kind: " in k)
    if counts["content removed"]:
        other = counts["content removed, other kinds"]
        print(
            f"{'':34} content lost of other kinds (not amid furniture): {other}/{content}"
            f" = {other / content:6.2%}; of kinds some gold keeps: "
            + (", ".join(f"{kind} {n}" for kind, n in kept) or "none")
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N kept furniture lines")
    parser.add_argument("--lost", type=int, default=0, help="print N content lines removed")
    parser.add_argument("--twice", action="store_true", help="count texts a second run changes")
    parser.add_argument("--tuning-only", action="store_true", help="leave held-out pages out")
    parser.add_argument("--set", choices=tuple(SETS), help="measure one set only")
    args = parser.parse_args()
    pages = []
    for name, (path, prefix, builder) in SETS.items():
        if args.set not in (None, name):
            continue
        if path.exists():
            own = load_pages(path, prefix)
            if name in UNREAD_HELD_OUT and args.set != name:  # Read apart only, once.
                own = [page for page in own if not held_out(page)]
            pages += own
        else:
            print(f"{path} not built ({builder}): {name} left out")
    if args.tuning_only:
        pages = [page for page in pages if not held_out(page)]
    totals: dict[str, Counter[str]] = {}
    kept_lines: Counter[str] = Counter()
    lost_lines: list[str] = []
    for page in pages:
        split = "held out" if held_out(page) else "tuning"
        prefix = page["prefix"]
        title = norm(page["full"].split("\n", 1)[0])
        texts = {"full page text": page["full"], "extractor text": ""}
        for name, extracted in page["extracted"].items():
            counts, kept = measure(extracted, page["gold"], title)
            totals.setdefault(f"extractor text, {split}", Counter()).update(counts)
            totals.setdefault(f"  {name}, {split}", Counter()).update(counts)
            if split == "tuning":
                kept_lines.update(line for kind, line in kept if kind == "furniture")
                lost_lines.extend(f"{name}: {line}" for kind, line in kept if kind == "lost")
        other = page.get("other", "")
        counts, kept = measure(texts["full page text"], page["gold"], title, other=other)
        totals.setdefault(f"{prefix}full page text, {split}", Counter()).update(counts)
        counts, kept = measure(texts["full page text"], page["gold"], title, True, other)
        name = f"{prefix}full page text, page_text on, {split}"
        totals.setdefault(name, Counter()).update(counts)
        if split == "tuning":
            kept_lines.update(line for kind, line in kept if kind == "furniture")
            lost_lines.extend(f"{prefix}full: {line}" for kind, line in kept if kind == "lost")
    for prefix in sorted({page["prefix"] for page in pages}):
        own = [page for page in pages if page["prefix"] == prefix]
        held = sum(held_out(page) for page in own)
        print(
            f"{prefix or 'scrapinghub '}{len(own)} pages: {len(own) - held} tuning, {held} held out"
        )
    for name in sorted(totals, key=lambda n: (n.startswith("  "), n)):
        report(name, totals[name])
    for line, count in kept_lines.most_common(args.show):
        print(f"{count:4}  {line[:100]}")
    for line in lost_lines[: args.lost]:
        print(f"lost: {line[:120]}")
    if args.twice:
        print_second_runs(pages)


def print_second_runs(pages: list[dict]) -> None:
    """How many texts the whole default pipeline changes again on a second run, per kind."""
    from cleaner import clean

    changed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for page in pages:
        texts = [(f"{page['prefix']}full page text", page["full"])]
        texts += [(f"extractor text ({name})", text) for name, text in page["extracted"].items()]
        for kind, text in texts:
            once = clean(text)
            twice = clean(once)
            kind = kind.split(" (")[0]
            total[kind] += 1
            if twice != once:
                changed[kind] += 1
                print(f"changed by a second run: {kind}, page {page['id'][:8]}")
                diff = difflib.unified_diff(once.splitlines(), twice.splitlines(), lineterm="", n=1)
                for line in list(diff)[2:DIFF_LINES]:
                    print(f"    {line[:100]}")
    for kind in sorted(total):
        print(f"changed by a second run: {kind} {changed[kind]} of {total[kind]}")


if __name__ == "__main__":
    main()
