"""German site furniture from WordPress's own German translations, apart from the benchmark.

    python tools/build_wordpress_furniture.py [--mirror DIR] [--show]

Issue 15's German furniture lines (bench/data/boilerplate/languages.txt) are the same
strings in the benchmark's tuning and held-out halves, so rules written from them are
written from the test. This tool takes furniture from an independent public source
instead: the German translations (``.po``) that WordPress shipped, as two German sites
committed them to GitHub under ``wp-content/languages/`` (brought by the search tool's
``fetch``):

| repository | commit | WordPress | files |
| --- | --- | --- | --- |
| derwegas/strubbelkinder | 60d4ab9e331c | 4.4 (2016) | core, Jetpack, Akismet, 2013-16 themes |
| lgudert/drkselm3 | 4a8a06e1d97e | 6.4 (2024) | core, Cookie Notice, 2022-24 themes |

A German string is
taken when its English original is site furniture by cleaner's English rules (the
library's rules of no language, any kind: the English string, placeholders filled in, is
one whole line some rule matches), so the selection never looks at the German rules.

Placeholders are filled the same way in both languages (``%d`` and ``%s`` of a count:
``3``; other ``%s``: ``Beispiel`` / ``Example``); HTML tags go, entities are decoded.
Writes bench/data/boilerplate/wordpress_de.tsv (file, English, German; sorted, unique):
the translations are GPL-2.0-or-later, as WordPress is; the file is benchmark data,
never shipped in the package. ``--show`` prints which lines the German rules miss.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.passes.boilerplate.rules import best_rule, library_rules, normalize_line  # noqa: E402

MIRRORS = "/work/.mirror"
SOURCES = {
    ("derwegas/strubbelkinder", "60d4ab9e331c18ede19ce7e1c847d7220774447b"): (
        "de_DE.po",
        "plugins/jetpack-de_DE.po",
        "plugins/akismet-de_DE.po",
        "themes/twentythirteen-de_DE.po",
        "themes/twentyfourteen-de_DE.po",
        "themes/twentyfifteen-de_DE.po",
        "themes/twentysixteen-de_DE.po",
    ),
    ("lgudert/drkselm3", "4a8a06e1d97e725a313024e3951d5ff2bb15d019"): (
        "de_DE.po",
        "plugins/cookie-notice-de_DE.po",
        "themes/twentytwentytwo-de_DE.po",
        "themes/twentytwentythree-de_DE.po",
        "themes/twentytwentyfour-de_DE.po",
    ),
}
OUTPUT = ROOT / "bench" / "data" / "boilerplate" / "wordpress_de.tsv"
# One entry's fields: a keyword and its quoted string, continued on the next lines.
ENTRY_FIELD_RE = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"$')
CONTINUATION_RE = re.compile(r'^"(.*)"$')
# printf placeholders: a count (%d, %1$d, or %s next to a counted word) and other strings.
COUNT_RE = re.compile(r"%(?:\d\$)?d")
STRING_RE = re.compile(r"%(?:\d\$)?s")
TAG_RE = re.compile(r"<[^>]+>")
# Longest line taken: furniture is short.
MAX_LENGTH = 160


def po_entries(text: str) -> Iterator[dict[str, str]]:
    """Each entry of a .po file as {keyword: string}, escapes undone."""
    entry: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        if match := ENTRY_FIELD_RE.match(line):
            if match.group(1) in ("msgctxt", "msgid") and "msgstr" in "".join(entry):
                yield entry
                entry = {}
            key = match.group(1)
            entry[key] = match.group(2)
        elif (match := CONTINUATION_RE.match(line)) and key:
            entry[key] += match.group(1)
        elif not line.strip():
            key = None
    if entry:
        yield entry


def unescape(value: str) -> str:
    return value.replace('\\"', '"').replace("\\n", "\n").replace("\\t", " ").replace("\\\\", "\\")


def plain(value: str, filler: str) -> str:
    """A translation as a page shows it: tags gone, entities decoded, placeholders filled."""
    value = html.unescape(TAG_RE.sub("", unescape(value)))
    value = COUNT_RE.sub("3", value)
    return STRING_RE.sub(filler, value).replace("%%", "%").strip()


def po_files(mirrors: str) -> Iterator[tuple[str, str]]:
    """(source, text) of each .po file, from the git mirrors."""
    for (repo, commit), names in SOURCES.items():
        for name in names:
            mirror = f"{mirrors}/{repo.replace('/', '+')}/repo"
            path = f"{commit}:wp-content/languages/{name}"
            text = subprocess.run(
                ["git", "-C", mirror, "show", path], capture_output=True, text=True, check=True
            ).stdout
            yield f"{repo}:{Path(name).name}", text


def furniture_pairs(mirrors: str, checksums: list[str]) -> list[tuple[str, str, str]]:
    """(file, English, German) for each translation whose English is furniture; each
    file's sha256 goes to ``checksums``."""
    english_rules = [rule for rule in library_rules() if rule.language is None]
    pairs = set()
    for source, text in po_files(mirrors):
        checksums.append(f"# {source} sha256 {hashlib.sha256(text.encode()).hexdigest()}")
        for entry in po_entries(text):
            for english_key, german_key in (("msgid", "msgstr"), ("msgid", "msgstr[0]")):
                german = entry.get(german_key, "")
                if not german or not entry.get(english_key):
                    continue
                english = plain(entry[english_key], "Example")
                german = plain(german, "Beispiel")
                if "\n" in english or "\n" in german or not 1 < len(german) <= MAX_LENGTH:
                    continue
                if best_rule(normalize_line(english), english_rules):
                    pairs.add((source, english, german))
    return sorted(pairs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", default=MIRRORS)
    parser.add_argument("--show", action="store_true", help="list the lines no rule matches")
    args = parser.parse_args()
    checksums: list[str] = []
    pairs = furniture_pairs(args.mirrors, checksums)
    lines = [
        "# German site furniture from WordPress's German translations (GPL-2.0-or-later),",
        "# built by tools/build_wordpress_furniture.py; its sources and their checksums:",
        *checksums,
        "# file\tEnglish\tGerman",
    ]
    lines += ["\t".join(pair) for pair in pairs]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rules = library_rules()
    missed = [german for _, _, german in pairs if not best_rule(normalize_line(german), rules)]
    print(f"{len(pairs)} German furniture lines written; {len(missed)} match no rule")
    if args.show:
        for german in sorted(set(missed)):
            print("  ", german)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
