"""Every word ``split`` changes in clean English books, per 100,000 words, each listed.

Usage: ``CLEANER_REAL_CORPUS=bench/data/real python bench/bench_split_books.py
[--set tuning|blind] [--cache DIR] [--mirrors DIR] [--show]``

Issue 13 allows at most one wrong split per 100,000 words of clean text. An edited book is
clean text: a word it writes closed (Joyce's ``carriagewindow``, Milton's ``asphaltus``,
Chaucer's ``Aprilis``) is the author's, so nearly every split there is wrong. Each book
is cleaned by the default pipeline up to ``split`` (``split`` skipped; kept in ``--cache``
by the digest of the code before it, as ``bench_split_docs.py`` does), then
``split.find_splits`` is asked what it would split. A split counts as right only when the
book's own printing ran two words together, read by hand in context and listed in
:data:`SOURCE_MERGES` (``thefollowing`` in the Canterbury Tales' notes); every other split
counts as wrong.

The books (``--set tuning``, the default): the English books of ``bench/data/real/books``
and ``held-out`` (read by the lead in session 32: no longer blind) and Project Gutenberg
books from GITenberg git mirrors under ``--mirrors`` (the session tool ``fetch`` lays them
out as ``<owner>+<name>/repo``; a missing mirror is skipped and named; the commit read is
printed). ``--set blind``: four books set aside in session 33 before anyone looked at
them (Joyce's *Dubliners*, Swift's *Gulliver's Travels*, Sterne's *Tristram Shandy*, Emily
Brontë's *Wuthering Heights*), to be read once when a session's rules are chosen.

``--merge-every N`` measures what a rule for clean books costs where a long document has
a few merges: in each tuning novel (Austen, Dickens, Melville, Tolstoy, Sherlock Holmes),
one pair of words in a row in N (chosen at random, seeded by the book) loses its space, as
a PDF or OCR text of a book may (``orrather``, ``offatigue``, ``carriagewindow``); printed:
the merges made and how many ``split`` restores at the lost space.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from bench_split import poisson_upper_95  # noqa: E402
from bench_split_docs import before_split, code_digest, git_dir, split_in_context  # noqa: E402
from real_corpus import real_documents  # noqa: E402

from cleaner.passes.split import find_splits  # noqa: E402

# (label, GITenberg mirror, path of the book in it), tuning books.
TUNING_MIRRORS = (
    ("hamlet", "GITenberg+Hamlet-Prince-of-Denmark_1524", "1524-0.txt"),
    ("sonnets", "GITenberg+Shakespeare-s-Sonnets_1041", "1041.txt"),
    ("leaves_of_grass", "GITenberg+Leaves-of-Grass_1322", "1322.txt"),
    ("child_s_garden", "GITenberg+A-Child-s-Garden-of-Verses_136", "136.txt"),
    ("alice", "GITenberg+Alice-s-Adventures-in-Wonderland_11", "11-0.txt"),
    ("sherlock_holmes", "GITenberg+The-Adventures-of-Sherlock-Holmes_1661", "1661.txt"),
    ("time_machine", "GITenberg+The-Time-Machine_35", "35-0.txt"),
    ("devil_s_dictionary", "GITenberg+The-Devil-s-Dictionary_972", "972.txt"),
    ("federalist", "GITenberg+The-Federalist-Papers_18", "18.txt"),
    ("liberty_minstrel", "GITenberg+The-Liberty-Minstrel_22089", "22089.txt"),
)
BLIND_MIRRORS = (
    ("dubliners", "GITenberg+Dubliners_2814", "2814-0.txt"),
    ("gulliver", "GITenberg+Gulliver-s-Travels_829", "829-0.txt"),
    (
        "tristram_shandy",
        "GITenberg+The-Life-and-Opinions-of-Tristram-Shandy-Gentleman_1079",
        "1079.txt",
    ),
    ("wuthering_heights", "GITenberg+Wuthering-Heights_768", "768.txt"),
)
# Words a book's printing ran together, read in context in session 33: a split of one is
# right. The Canterbury Tales' notes: ``occur thefollowing two lines``, ``for, assaith
# Saint Jerome``; the Art of War: ``even if I succeed intaking it``; the Federalist: ``as
# they must allbe  American citizens`` (two spaces after it). Not ``landtax`` (``a landtax
# imposed``): the book writes ``land tax`` too, but a closed form of its time is likely.
SOURCE_MERGES = frozenset({"thefollowing", "assaith", "intaking", "allbe"})
# The novels that ``--merge-every`` glues words in (labels' beginnings).
MERGED_NOVELS = ("austen", "dickens", "melville", "tolstoy", "sherlock")
# Two words in a row, one space between, no other word character next to them.
WORD_PAIR_RE = re.compile(r"(?<![\w'-])([A-Za-z]+) ([A-Za-z]+)(?![\w'-])")
# Characters of context printed either side of a split.
CONTEXT_CHARS = 35


def mirror_book(mirrors: Path, name: str, path: str) -> tuple[str, str] | None:
    """(commit, text) of ``path`` at the ``HEAD`` of mirror ``name``, or ``None``."""
    repo = git_dir(mirrors, name)
    if repo is None:
        return None
    git = ["git", "--git-dir", str(repo)]
    commit = subprocess.run([*git, "rev-parse", "--short=7", "HEAD"], capture_output=True)
    data = subprocess.run([*git, "show", f"HEAD:{path}"], capture_output=True).stdout
    if not data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return commit.stdout.decode().strip(), text


def books(which: str, mirrors: Path) -> list[tuple[str, str]]:
    """(label, text) of each book of set ``which``; a missing mirror is named and skipped."""
    found = []
    if which == "tuning":
        for kind in ("books", "held-out"):
            found += [(n, t) for n, t in real_documents(kind) if n.endswith("_en")]
    for label, name, path in TUNING_MIRRORS if which == "tuning" else BLIND_MIRRORS:
        book = mirror_book(mirrors, name, path)
        if book is None:
            print(f"{label}: no {path} in mirror {name} under {mirrors}, skipped")
            continue
        found.append((f"{label} ({name.split('+')[1]} {book[0]})", book[1]))
    return found


def with_merges(text: str, every: int, seed: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with one pair of words in ``every`` glued (pairs apart from each other),
    and the (start, lost space) of each merge in the new text.

    >>> with_merges("a b c d e f g h", 4, "x")
    ('ab cd e f g h', [(0, 1), (3, 4)])
    """
    pairs = list(WORD_PAIR_RE.finditer(text))
    wanted = len(text.split()) // every
    chosen = sorted(random.Random(seed).sample(range(len(pairs)), min(len(pairs), 2 * wanted)))
    pieces, merges, last = [], [], 0
    for index in chosen:
        pair = pairs[index]
        if pair.start() < last or len(merges) >= wanted:
            continue
        pieces.append(text[last : pair.start()])
        start = sum(map(len, pieces))
        pieces.append(pair.group(1) + pair.group(2))
        merges.append((start, start + len(pair.group(1))))
        last = pair.end()
    pieces.append(text[last:])
    return "".join(pieces), merges


def restored(text: str, merges: list[tuple[int, int]]) -> int:
    """How many of ``merges`` (start, lost space) ``split`` splits at the lost space."""
    found = {(s.start, s.start + len(s.parts[0])) for s in find_splits(text) if len(s.parts) == 2}
    return sum(merge in found for merge in merges)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("tuning", "blind"), default="tuning")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--cache", type=Path, help="keep the texts before split here")
    parser.add_argument("--show", action="store_true", help="print each split in context")
    parser.add_argument("--merge-every", type=int, help="glue one pair of words in N")
    args = parser.parse_args()
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    code = code_digest()
    if args.merge_every:
        made = split = 0
        for label, text in books("tuning", args.mirrors):
            if label.startswith(MERGED_NOVELS):
                glued, merges = with_merges(
                    before_split(text, args.cache, code), args.merge_every, label
                )
                count = restored(glued, merges)
                made, split = made + len(merges), split + count
                print(f"{label}: {len(merges)} merges, {count} split")
        print(f"all: {made} merges (one pair of words in {args.merge_every}), {split} split")
        return
    total_words = total_wrong = total_right = 0
    for label, text in books(args.set, args.mirrors):
        cleaned = before_split(text, args.cache, code)
        words = len(cleaned.split())
        splits = find_splits(cleaned)
        right = [s for s in splits if "".join(s.parts).lower() in SOURCE_MERGES]
        wrong = len(splits) - len(right)
        total_words, total_wrong, total_right = (
            total_words + words,
            total_wrong + wrong,
            total_right + len(right),
        )
        listed = ", ".join(f"{cleaned[s.start : s.end]}{'' if s in right else '*'}" for s in splits)
        print(
            f"{label}: {words:,} words, {wrong} wrong = {wrong * 100_000 / words:.2f} per "
            f"100,000, {len(right)} right: {listed}"
        )
        if args.show:
            for split in splits:
                print(f"    {split_in_context(cleaned, split, CONTEXT_CHARS)}")
    bound = poisson_upper_95(total_wrong) * 100_000 / max(total_words, 1)
    print(
        f"all: {total_words:,} words, {total_wrong} wrong = "
        f"{total_wrong * 100_000 / max(total_words, 1):.2f} per 100,000 (95% upper bound "
        f"{bound:.2f}), {total_right} right (* marks a wrong split)"
    )


if __name__ == "__main__":
    main()
