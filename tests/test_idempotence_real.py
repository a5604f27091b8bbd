"""Cleaning real documents twice: the second run changes nothing.

The documents (``bench/real_documents.py``) are real text of every kind cleaner meets:
hard-wrapped novels and addresses, news articles, the seed pages, reStructuredText-like
reference text, licences, the full visible text of web pages, and real text laid out as
PDF extractors and web pages leave it, or garbled. A pre-commit hook must not flag a file
it has just fixed.
"""

from __future__ import annotations

import difflib
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from cleaner import clean, pipeline
from cleaner.passes.boilerplate import bound, edges

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from real_documents import real_documents

MIN_DOCUMENTS = 500


def test_cleaning_real_documents_twice_changes_nothing() -> None:
    kinds: Counter[str] = Counter()
    changed = []
    for name, text in real_documents():
        kinds[name.split("/")[0]] += 1
        once = clean(text)
        twice = clean(once)
        if twice != once:
            diff = difflib.unified_diff(once.splitlines(), twice.splitlines(), lineterm="", n=0)
            changed.append((name, list(diff)[2:6]))
    assert sum(kinds.values()) >= MIN_DOCUMENTS, kinds
    assert {"books", "modern", "prose", "pages", "pydoc", "pdf", "page", "garbled"} <= set(kinds)
    assert changed == []


ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SET_APART = sorted(FIXTURES.glob("boilerplate-set-apart-*"))
SETTLED = sorted(FIXTURES.glob("boilerplate-settle-*"))
# The full visible text of 181 real news and blog pages (bench/data/article_benchmark).
PAGES = ROOT / "bench" / "data" / "article_benchmark" / "pages.jsonl.gz"


def test_the_full_text_of_real_pages_cleans_twice_the_same() -> None:
    """Menus and furniture of real pages, where ``boilerplate`` judges by context and the
    safety bound: before the pipeline settled boilerplate, 10 of 181 changed again."""
    with gzip.open(PAGES, "rt", encoding="utf-8") as lines:
        pages = [json.loads(line) for line in lines]
    changed = []
    for page in pages:
        once = clean(page["full"])
        if clean(once) != once:
            changed.append(page["id"][:8])
    assert len(pages) == 181
    assert changed == []


def test_the_rfcs_clean_twice_the_same() -> None:
    """The 56 RFCs of ``bench/data/rfc``, real paged plain text: RFCs 3580 and 5931 changed
    again, their contents squeezed once ``pages`` put a page's entries under an item."""
    paths = sorted((ROOT / "bench" / "data" / "rfc").glob("rfc*.txt"))
    changed = []
    for path in paths:
        once = clean(path.read_text(encoding="utf-8"))
        if clean(once) != once:
            changed.append(path.stem)
    assert len(paths) == 56
    assert changed == []


@pytest.mark.parametrize("case", SETTLED, ids=[case.name for case in SETTLED])
def test_page_excerpts_that_boilerplate_settles_clean_twice_the_same(case: Path) -> None:
    """Excerpts of real pages' full text (shrunk from the pages above) that a second run
    changed until the pipeline settled ``boilerplate`` (see ``settling_steps``): a menu
    that a removed ``Posted in:`` line left whole, menus over the safety bound until
    ``unwrap`` parted them. Each also fails with ``SETTLING_ROUNDS`` set to 0."""
    text = (case / "input.txt").read_text(encoding="utf-8")
    once = clean(text)
    assert clean(once) == once


@pytest.mark.parametrize("case", SETTLED, ids=[case.name for case in SETTLED])
def test_without_settling_the_excerpts_change_again(
    case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the settling is for: without it, a second run changes each excerpt. (Without the
    runs of links at a page's head and foot too, which take one excerpt's menus whole in
    one run, ``boilerplate-settle-over-the-bound``'s: cleaner/passes/boilerplate/edges.py;
    and without a page's higher safety bound, under which that excerpt's menus all go in
    one run too: ``bound.PAGE_BOUND_FACTOR``)."""
    monkeypatch.setattr(pipeline, "SETTLING_ROUNDS", 0)
    monkeypatch.setattr(edges, "page_edges", lambda lines, text, matches: {})
    monkeypatch.setattr(bound, "PAGE_BOUND_FACTOR", 1.0)
    text = (case / "input.txt").read_text(encoding="utf-8")
    once = clean(text)
    assert clean(once) != once


@pytest.mark.parametrize("case", SET_APART, ids=[case.name for case in SET_APART])
def test_page_excerpts_whose_lines_unwrap_sets_apart_clean_twice_the_same(case: Path) -> None:
    """Excerpts of real pages' full text (bench/data/article_benchmark) that a second run
    changed: ``boilerplate`` kept a matched line (``Skip to content`` before ``accedi``,
    ``Rating: 25 Votes`` after a comment) as part of a wrapped line that ``unwrap`` then
    set apart as a paragraph of its own, so the second run removed it (issue 13)."""
    text = (case / "input.txt").read_text(encoding="utf-8")
    once = clean(text)
    assert clean(once) == once


def test_there_are_set_apart_excerpts() -> None:
    assert len(SET_APART) >= 2


@pytest.mark.parametrize("page_text", [False, True])
def test_boilerplate_alone_removes_nothing_more_from_real_pages_on_a_second_run(
    page_text: bool,
) -> None:
    """The pass alone (on the page's text after ``encoding`` and ``whitespace`` only; not
    ``pdf`` and ``pages``), whose second run the pipeline's settling does not hide: on
    three of the tuning pages' full text its second run removed menus its first kept over
    the bound weighed against the whole text, which the next run, weighing them against
    what the first left, removed (session 22)."""
    from cleaner.passes.boilerplate import remove_boilerplate
    from cleaner.passes.encoding import fix_encoding
    from cleaner.passes.whitespace import normalize_whitespace

    with gzip.open(PAGES, "rt", encoding="utf-8") as lines:
        pages = [json.loads(line) for line in lines]
    changed = []
    for page in pages:
        once = remove_boilerplate(
            normalize_whitespace(fix_encoding(page["full"])), page_text=page_text
        )
        if remove_boilerplate(once, page_text=page_text) != once:
            changed.append(page["id"][:8])
    assert changed == []
