"""Count the merges a tag-gluing extraction adds to the tuning pages of the merges benchmark.

Usage: ``python tools/mine_glued_merges.py GIT_DIR [--strip-nodes]``

``GIT_DIR`` is a clone (bare or not) of github.com/scrapinghub/article-extraction-benchmark
(commit ``4a3bc97``, MIT licence), the source of ``bench/data/article_benchmark``. Each
tuning page's raw HTML (``html/<id>.html.gz``) is extracted the careless way (every text
node joined with no separator, as ``BeautifulSoup.get_text()`` does; scripts and styles
left out), and its merges are mined as ``bench/bench_split_real.py`` mines them: a run of
letters the gold does not have but writes as two words in a row. Merges the page text and
the twelve extractors already hold are not counted again. Held-out pages are never read.

It answers whether the benchmark's tuning part can grow from the same source: it prints
the new merges by kind. ``--strip-nodes`` strips each text node before joining (scraping
code's ``"".join(t.strip() for t in node.itertext())``): that glues every inline tag's
text to its neighbours (``The<a> company</a>``), a mechanism none of the benchmark's
extractors has, so its merges are not the kind the held-out pages hold.
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_split_real import (  # noqa: E402
    LETTERS_RE,
    PAIR_RE,
    SET_APART,
    held_out,
    in_prose,
    kind_of,
    load_pages,
)

from cleaner.data import english_function_words  # noqa: E402
from cleaner.passes.encoding import fix_encoding  # noqa: E402
from cleaner.passes.whitespace import normalize_whitespace  # noqa: E402

# Elements whose text a reader never sees.
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template"})


class _GluingText(HTMLParser):
    """The text nodes of a page, outside :data:`HIDDEN_TAGS`, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in HIDDEN_TAGS

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def text_nodes(html: str) -> list[str]:
    """The text nodes of ``html`` a reader sees, in order.

    >>> text_nodes("<p>an ad</p><p>When <b>it</b></p><script>x=1</script>")
    ['an ad', 'When ', 'it']
    """
    parser = _GluingText()
    parser.feed(html)
    parser.close()
    return parser.parts


def glued_text(html: str, *, strip: bool = False) -> str:
    """The text of ``html`` with its text nodes joined by nothing (each ``strip``-ped).

    >>> glued_text("<p>an ad</p><p>When <b>it</b></p><script>x=1</script>")
    'an adWhen it'
    >>> glued_text("<p>an ad</p><p>When <b>it</b></p>", strip=True)
    'an adWhenit'
    """
    parts = text_nodes(html)
    return "".join(part.strip() for part in parts) if strip else "".join(parts)


def page_html(git_dir: str, page_id: str) -> str:
    """The raw HTML of one page of the benchmark's snapshot."""
    shown = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"HEAD:html/{page_id}.html.gz"],
        capture_output=True,
        check=True,
    )
    return gzip.decompress(shown.stdout).decode("utf-8", "replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("git_dir", help="a clone of scrapinghub/article-extraction-benchmark")
    parser.add_argument("--strip-nodes", action="store_true", help="strip each text node")
    args = parser.parse_args()
    function_words = set(english_function_words())
    known = new = 0
    kinds: Counter[str] = Counter()
    examples: list[str] = []
    for page in load_pages():
        if held_out(page):
            continue
        gold = normalize_whitespace(fix_encoding(page["gold"]))
        gold_words = {w.lower() for w in LETTERS_RE.findall(gold)}
        pairs: dict[str, tuple[str, str]] = {}
        for match in PAIR_RE.finditer(gold):
            pairs.setdefault(match.group(1) + match.group(2), (match.group(1), match.group(2)))
        merges = {r for r in pairs if r.lower() not in gold_words}
        mined = set()
        for text in [page["full"], *page["extracted"].values()]:
            mined |= merges & set(LETTERS_RE.findall(text))
        known += len(mined)
        text = normalize_whitespace(
            fix_encoding(glued_text(page_html(args.git_dir, page["id"]), strip=args.strip_nodes))
        )
        for run in (merges & set(LETTERS_RE.findall(text))) - mined:
            kind = kind_of(*pairs[run], function_words)
            kind = kind if kind in SET_APART or in_prose(text, run) else "not prose"
            kinds[kind] += 1
            new += 1
            examples.append(f"{kind}: {'|'.join(pairs[run])}")
    print(f"tuning pages: {known} merges already mined (once per page), {new} new: {dict(kinds)}")
    for line in examples:
        print(f"  {line}")


if __name__ == "__main__":
    main()
