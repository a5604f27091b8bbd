"""Benchmark of the ``split`` pass: precision, recall, false splits on clean prose.

Usage: ``python bench/bench_split.py [--quick] [--compare] [--show N] [--corpus NAME]``

``--corpus NAME`` reports one tuning corpus alone (``prose``, ``books``, ``modern``,
``technical``, ``science-tuning``, ``plos``, ``docs``, ``docs2``, ``arxiv2``), so that
``--show`` prints no held-out split.

Five corpora, reported apart (deterministic order; missing sources are skipped):

- clean prose, the issue's quality bar: the news, feature, history and fiction articles
  written for this benchmark in ``bench/data/prose`` and the seed articles' gold texts;
- books: public-domain novels (Austen's six, Melville's *Moby Dick*; 19th-century
  English, archaic spellings included) in ``bench/data/books``, see its README, each cut
  into documents of about 2,000 words at paragraph ends (a long web article's length: a
  word the pass meets twice in a document is kept whole, so whole books would flatter it);
- modern: public-domain 20th- and 21st-century prose, the U.S. Presidents' annual messages
  and State of the Union addresses since 1900 (one file a president) in
  ``bench/data/modern``, see its README, cut into documents like the books;
- hard: technical text: the licences in /usr/share/common-licenses, the Python language
  reference help topics (``pydoc_data.topics``) and READMEs under /usr/share/doc;
- science: real scientific prose, 789 arXiv abstracts (CC0; one abstract a document) in
  ``bench/data/science``, see its README; reported in two halves, the abstracts of even
  record index (tuning: the rules may be chosen on them) and of odd index (held out);
- physics: 1,338 arXiv abstracts of 2007 (physics, astronomy, mathematics; CC0) in
  ``bench/data/science``, a second field of science, never used to choose a rule;
- plos: the bodies of 122 PLOS papers (biology and medicine; CC BY) in
  ``bench/data/science``, one paper a document: paper bodies, a tuning corpus (session 21);
- docs: the plain paragraphs of astropy's and SciPy's documentation (astronomy, physics,
  mathematics and the software; BSD 3-Clause) in ``bench/data/science``, one file a
  document: a tuning corpus (session 24);
- docs2: the same of Biopython's tutorial and the documentation of SymPy, statsmodels,
  NumPy, scikit-image, photutils and specutils (biology, symbolic mathematics,
  statistics, arrays, imaging, astronomy; BSD 3-Clause, Biopython's dual licence), a
  tuning corpus (session 25);
- arxiv2: 738 more arXiv abstracts (CC0), most of 2023-2024, in ``bench/data/science``
  (machine learning, security, data mining, Python), the register of the held-out
  half: a tuning corpus (session 31);
- arxiv-math: 1,430 arXiv abstracts of May 2025 (mostly mathematics), a tuning corpus
  (session 31) reported with ``--corpus arxiv-math`` only, when built: its source's
  repository is under CC BY-NC-ND 4.0, so ``tools/build_science.py`` builds it locally and
  it is never committed.

Each file or topic is one document.

Merges: in a copy (ten copies for the smaller own prose corpus) of each document, the space
between random pairs of plain lowercase words is deleted at about 1 per 100 words
(``issued previously`` -> ``issuedpreviously``), and at about 1 per 1,000 words a
sentence end ``page. The`` becomes ``pageThe``. A split counts as right only at the
deleted space. Clean text is the untouched documents: every change there is a wrong
split; its rate is printed with an exact 95% (Poisson) upper bound, also for the own
prose, the books and the modern prose together (the issue's bar: at most 1 per 100,000
words). For the books and the modern prose, the changes made when each file is
cleaned whole, as a user would clean it, are printed too. A split of a word the source
itself ran together, read by hand (``SOURCE_MERGES``: ``makeuprelated``, an abstract's lost
hyphen), is a repair, not a wrong split: such splits are counted apart.
``--compare`` runs the same rules with other word models.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.lexicon import WordModel, load_model  # noqa: E402
from cleaner.passes.split import find_splits  # noqa: E402
from cleaner.passes.whitespace import normalize_whitespace  # noqa: E402

SEED = 20240604
BOOK_DOCUMENT_WORDS = 2000
MERGE_RATE = 1 / 100
SENTENCE_MERGE_RATE = 1 / 1000
# A gap between two plain lowercase words: ``word word`` (no punctuation around the space).
LOWER_GAP_RE = re.compile(r"(?<=(?<!\S)[a-z]+) (?=[a-z]+[.,;:]?(?!\S))")
# A sentence end followed by a capitalized word: ``page. The``.
SENTENCE_GAP_RE = re.compile(r"(?<=(?<!\S)[a-z]+)\. (?=[A-Z][a-z]+[.,;:]?(?!\S))")
WORD_RE = re.compile(r"\S+")
# Words the clean sources themselves ran together, read by hand in the changes the pass
# made to them: splitting one repairs the source (the science tuning half's
# ``makeuprelated datasets``, a hyphen lost in the source: bench/data/science/README.md;
# ``(Barberand Cand`es, 2015)``, a citation of Barber and Candès).
# The PLOS bodies' ``glucosemetabolism`` (in quotes, "a shift in glucosemetabolism from"),
# ``indicatingthe`` and ``anaccumulation``.
SOURCE_MERGES = frozenset(
    {
        "makeuprelated",
        "barberand",
        "glucosemetabolism",
        "indicatingthe",
        "anaccumulation",
        "mustbe",
        "widthheight",
        # docs2 (session 25): SymPy's ``will providean iterator`` (diophantine.rst) and
        # ``A pointload of magnitude 20 N`` (beam_problems.rst; ``point load`` elsewhere).
        "providean",
        "pointload",
        # arxiv2 (session 31): ``from visuallyrich documents``, ``a GlObal Structure
        # knowledgeguided relation Extraction`` (hyphens lost) and ``in the research fieldis
        # privacy-preserving DM``.
        "visuallyrich",
        "knowledgeguided",
        "fieldis",
    }
)


# The files of corpus ``docs2`` (session 25), built by ``tools/build_docs_prose.py``.
DOCS2 = tuple(
    f"{name}_docs.jsonl.gz"
    for name in ("biopython", "sympy", "statsmodels", "numpy", "skimage", "photutils", "specutils")
)

# The files of corpus ``arxiv2`` (session 31), built by ``tools/build_science.py``.
ARXIV2 = tuple(f"arxiv_{name}_abstracts.jsonl.gz" for name in ("ml", "python", "mining"))


def documents(corpus: str, quick: bool) -> list[tuple[str, str]]:
    """(name, text) of every document of ``corpus`` found, whitespace-normalized, in fixed order.

    ``prose``: the news, feature and fiction articles of ``bench/data/prose`` and the seed
    articles' gold texts. ``books`` and ``modern``: the long texts of ``bench/data/books``
    and ``bench/data/modern`` cut into documents. ``technical``: licences, pydoc topics and
    READMEs (the hard case). ``science`` and ``physics``: the arXiv abstracts of
    ``bench/data/science``.
    """
    if corpus == "prose":
        docs = list(_own_prose()) + list(_seeds())
    elif corpus in ("books", "modern"):
        docs = list(_long_texts(corpus))
    elif corpus == "science":
        docs = list(_abstracts("arxiv_abstracts.jsonl.gz"))
    elif corpus == "physics":
        docs = list(_abstracts("arxiv_physics_abstracts.jsonl.gz"))
    elif corpus == "arxiv2":
        docs = [doc for name in ARXIV2 for doc in _abstracts(name)]
    elif corpus == "arxiv-math":
        docs = list(_abstracts("arxiv_math_2025_abstracts.jsonl.gz"))
    elif corpus == "plos":
        docs = list(_papers("plos_bodies.jsonl.gz"))
    elif corpus == "docs":
        docs = [
            doc
            for name in ("astropy_docs.jsonl.gz", "scipy_docs.jsonl.gz")
            for doc in _papers(name, key="path")
        ]
    elif corpus == "docs2":
        docs = [doc for name in DOCS2 for doc in _papers(name, key="path")]
    else:
        docs = list(_licence_docs()) + list(_pydoc_topics()) + list(_readmes())
    docs = [(name, normalize_whitespace(text)) for name, text in docs]
    docs = [(name, text) for name, text in docs if len(text.split()) >= 50]
    return docs[::4] if quick else docs


def _own_prose() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "bench" / "data" / "prose").glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8")


def _long_texts(folder: str) -> Iterator[tuple[str, str]]:
    """Each text of ``bench/data/<folder>`` in documents of about ``BOOK_DOCUMENT_WORDS`` words."""
    for path in sorted((ROOT / "bench" / "data" / folder).glob("*.txt.gz")):
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        yield from cut_into_documents(path.name.removesuffix(".txt.gz"), text)


def cut_into_documents(name: str, text: str) -> Iterator[tuple[str, str]]:
    """``text`` in documents of about ``BOOK_DOCUMENT_WORDS`` words, cut at paragraph ends.

    A document is named after the text and its part: ``austen_emma#3``.
    """
    document: list[str] = []
    words = part = 0
    for paragraph in [*text.split("\n\n"), None]:  # None: the text's end.
        if document and (paragraph is None or words >= BOOK_DOCUMENT_WORDS):
            part += 1
            yield f"{name}#{part}", "\n\n".join(document)
            document, words = [], 0
        if paragraph is not None:
            document.append(paragraph)
            words += len(paragraph.split())


def _abstracts(name: str) -> Iterator[tuple[str, str]]:
    path = ROOT / "bench" / "data" / "science" / name
    if path.is_file():
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
        for index, line in enumerate(lines):
            record = json.loads(line)
            yield f"{index}:{record['title']}", record["text"]


def _papers(name: str, key: str = "doi") -> Iterator[tuple[str, str]]:
    path = ROOT / "bench" / "data" / "science" / name
    if path.is_file():
        for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
            record = json.loads(line)
            yield record[key], record["text"]


def science_half(docs: list[tuple[str, str]], half: str) -> list[tuple[str, str]]:
    """The abstracts of one half: ``tuning`` (even record index) or ``held-out`` (odd).

    >>> science_half([("0:A", "a"), ("1:B", "b"), ("2:C", "c")], "held-out")
    [('1:B', 'b')]
    """
    parity = 0 if half == "tuning" else 1
    return [(name, text) for name, text in docs if int(name.split(":")[0]) % 2 == parity]


def _licence_docs() -> Iterator[tuple[str, str]]:
    folder = Path("/usr/share/common-licenses")
    seen = set()
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        real = path.resolve()
        if real not in seen and real.is_file():
            seen.add(real)
            yield path.name, real.read_text(encoding="utf-8", errors="replace")


def _pydoc_topics() -> Iterator[tuple[str, str]]:
    try:
        from pydoc_data.topics import topics
    except ImportError:
        return
    yield from sorted(topics.items())


def _readmes() -> Iterator[tuple[str, str]]:
    for path in sorted(Path("/usr/share/doc").glob("*/README*")):
        try:
            data = path.read_bytes()
            data = gzip.decompress(data) if path.suffix == ".gz" else data
            yield str(path), data.decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
            continue


def _seeds() -> Iterator[tuple[str, str]]:
    for path in sorted(ROOT.glob("fixtures/seed-*/expected.txt")):
        yield path.parent.name, path.read_text(encoding="utf-8")


def merge(text: str, rng: random.Random) -> tuple[str, dict[int, str]]:
    """Delete random word gaps; return the text and {dirty-text space position: kind}."""
    words = len(WORD_RE.findall(text))
    gaps = [(m.start(), m.end(), "lower+lower") for m in LOWER_GAP_RE.finditer(text)]
    ends = [(m.start(), m.end(), "lower+Capital") for m in SENTENCE_GAP_RE.finditer(text)]
    chosen = rng.sample(gaps, min(len(gaps), round(words * MERGE_RATE)))
    chosen += rng.sample(ends, min(len(ends), round(words * SENTENCE_MERGE_RATE)))
    chosen.sort()
    pieces, truth, position, removed = [], {}, 0, 0
    for start, end, kind in chosen:
        if start < position or (pieces and " " not in text[position:start]):
            continue  # Keep merges one word apart: a token holds at most one deleted space.
        pieces.append(text[position:start])
        removed += end - start
        truth[end - removed] = kind
        position = end
    pieces.append(text[position:])
    return "".join(pieces), truth


def score(
    docs: list[tuple[str, str]], get_model: Callable[[], WordModel], show: int, trials: int = 1
) -> dict:
    """Run the pass on merged and clean documents; count right, wrong and missed splits.

    ``trials`` independent merged copies of each document are made (more merges, so a
    finer recall and precision on a small corpus); clean text is scored once.
    """
    rng = random.Random(SEED)
    right = {"lower+lower": 0, "lower+Capital": 0}
    total = dict.fromkeys(right, 0)
    wrong, wrong_examples, false_clean, clean_examples, words = 0, [], 0, [], 0
    repairs = 0  # Splits of SOURCE_MERGES in the clean text.
    missed: list[str] = []
    # Per long text ("austen_emma#3" is part 3 of austen_emma): [words, changes to clean text].
    by_source: dict[str, list[int]] = {}
    for (name, text), trial in [(doc, t) for t in range(trials) for doc in docs]:
        if trial == 0:
            source = by_source.setdefault(name.split("#")[0], [0, 0])
            source[0] += len(WORD_RE.findall(text))
            words += len(WORD_RE.findall(text))
            for split in find_splits(text, get_model=get_model):
                if "".join(split.parts).lower() in SOURCE_MERGES:
                    repairs += 1
                    continue
                false_clean += 1
                source[1] += 1
                clean_examples.append(" + ".join(split.parts))
        dirty, truth = merge(text, rng)
        for kind in truth.values():
            total[kind] += 1
        found = set()
        for split in find_splits(dirty, get_model=get_model):
            cut = split.start + len(split.parts[0])
            if cut in truth and len(split.parts) == 2:
                right[truth[cut]] += 1
                found.add(cut)
            elif "".join(split.parts).lower() in SOURCE_MERGES:
                continue  # (a repair of the source, counted on the clean text)
            else:
                wrong += 1
                wrong_examples.append(" + ".join(split.parts))
        missed += [_token_at(dirty, cut) for cut in truth if cut not in found]
    made = sum(right.values()) + wrong
    return {
        "words": words,
        "precision": sum(right.values()) / made if made else 1.0,
        "recall": {kind: right[kind] / total[kind] if total[kind] else 0.0 for kind in right},
        "merges": total,
        "wrong": wrong,
        "wrong_examples": wrong_examples[:show],
        "clean_changes": false_clean,
        "clean_per_100k": false_clean * 100_000 / words,
        "clean_examples": clean_examples[:show],
        "by_source": by_source,
        "missed_examples": missed[:show],
        "repairs": repairs,
    }


def _token_at(text: str, position: int) -> str:
    start = text.rfind(" ", 0, position) + 1
    end = text.find(" ", position)
    return text[start : end if end >= 0 else len(text)]


def poisson_upper_95(events: int) -> float:
    """The one-sided 95% upper bound of a Poisson mean after ``events`` events (exact).

    >>> round(poisson_upper_95(0), 2), round(poisson_upper_95(1), 2)
    (3.0, 4.74)
    """
    low, high = float(events), events + 10.0 * (events + 1) ** 0.5 + 10.0
    for _ in range(100):  # Bisection: P(X <= events | mean) = 0.05 at the bound.
        mean = (low + high) / 2
        term = cumulative = math.exp(-mean)
        for k in range(1, events + 1):
            term *= mean / k
            cumulative += term
        low, high = (mean, high) if cumulative > 0.05 else (low, mean)
    return (low + high) / 2


def report(label: str, get_model: Callable[[], WordModel], docs, show: int, trials: int) -> None:
    r = score(docs, get_model, show, trials)
    print(f"== {label}: {r['words']:,} words in {len(docs)} documents")
    print(f"   merged copies per document: {trials}")
    print(f"   merges: {r['merges']}")
    print(f"   precision of splits: {r['precision']:.2%} ({r['wrong']} wrong)")
    for kind, value in r["recall"].items():
        print(f"   recall {kind}: {value:.2%}")
    bound = poisson_upper_95(r["clean_changes"]) * 100_000 / r["words"]
    print(
        f"   changes to clean text: {r['clean_changes']} "
        f"= {r['clean_per_100k']:.2f} per 100,000 words (95% upper bound {bound:.2f})"
    )
    if r["repairs"]:
        print(f"   splits of words the source ran together (SOURCE_MERGES): {r['repairs']}")
    if all("#" in name for name, _text in docs):  # Long texts: each one's own figure too.
        for source, (words, changes) in r["by_source"].items():
            bound = poisson_upper_95(changes) * 100_000 / words
            print(
                f"     {source}: {changes} in {words:,} words "
                f"= {changes * 100_000 / words:.2f} per 100,000 (95% upper bound {bound:.2f})"
            )
    if show:
        print(f"   wrong splits: {r['wrong_examples']}")
        print(f"   clean-text splits: {r['clean_examples']}")
        print(f"   missed merges: {r['missed_examples']}")


def report_whole_files(docs: list[tuple[str, str]], get_model: Callable[[], WordModel]) -> None:
    """Changes to clean text when each file (``austen_emma``) is cleaned whole, as a user
    would: the pass then sees more of the book (words used twice, hyphenated forms)."""
    files: dict[str, list[str]] = {}
    for name, text in docs:
        files.setdefault(name.split("#")[0], []).append(text)
    texts = ["\n\n".join(parts) for parts in files.values()]
    changes = [" + ".join(s.parts) for t in texts for s in find_splits(t, get_model=get_model)]
    words = sum(len(WORD_RE.findall(text)) for text in texts)
    print(
        f"   changes to clean text, each of the {len(texts)} files whole: {len(changes)} "
        f"= {len(changes) * 100_000 / words:.2f} per 100,000 words {changes}"
    )


NAMES = (
    *("prose", "books", "modern", "technical", "science", "physics"),
    *("plos", "docs", "docs2", "arxiv2"),
)
# The corpora ``--corpus`` may name: the tuning ones (``science-tuning``: its tuning half).
TUNING = (
    *("prose", "books", "modern", "technical", "science-tuning"),
    *("plos", "docs", "docs2", "arxiv2", "arxiv-math"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a quarter of the documents")
    parser.add_argument("--compare", action="store_true", help="also try other word models")
    parser.add_argument("--show", type=int, default=0, help="print up to N wrong splits")
    parser.add_argument("--science", action="store_true", help="only the arXiv abstracts")
    parser.add_argument("--corpus", choices=TUNING, help="only this tuning corpus")
    args = parser.parse_args()
    if args.corpus:
        name = args.corpus.removesuffix("-tuning")
        docs = documents(name, args.quick)
        if not docs:
            sys.exit(f"{name}: no documents (see bench/data/science/README.md to build them)")
        if name == "science":
            docs = science_half(docs, "tuning")
        report(args.corpus, load_model, docs, args.show, 10 if name == "prose" else 1)
        return
    names = ("science", "physics", "plos", "docs", "docs2", "arxiv2") if args.science else NAMES
    corpora = {c: documents(c, args.quick) for c in names}
    models = {"default": load_model}
    if args.compare:
        from bench_split_models import CANDIDATES  # a sibling script: not part of cleaner

        models |= {label: _cached(loader) for label, loader in CANDIDATES.items()}
    for label, get_model in models.items():
        started = time.perf_counter()
        get_model()
        print(f"model: {label} (load {time.perf_counter() - started:.2f} s)")
        if not args.science:
            report("clean prose (the quality bar)", get_model, corpora["prose"], args.show, 10)
            report("books: public-domain novels", get_model, corpora["books"], args.show, 1)
            report_whole_files(corpora["books"], get_model)
            report("modern public-domain prose", get_model, corpora["modern"], args.show, 1)
            report_whole_files(corpora["modern"], get_model)
            prose = corpora["prose"] + corpora["books"] + corpora["modern"]
            label = "the quality bar on all prose (own prose + books + modern)"
            report(label, get_model, prose, 0, 1)
            report("hard: technical text", get_model, corpora["technical"], args.show, 1)
            both = prose + corpora["technical"]
            report("all clean text (prose + books + modern + technical)", get_model, both, 0, 1)
        report("science: arXiv abstracts", get_model, corpora["science"], 0, 1)
        for half in ("tuning", "held-out"):
            docs = science_half(corpora["science"], half)
            # The held-out half's splits are not printed: they are read once, at the end.
            show = args.show if half == "tuning" else 0
            report(f"science, {half} half (record index parity)", get_model, docs, show, 1)
        label = "science, unseen: physics, astronomy and mathematics abstracts"
        report(label, get_model, corpora["physics"], args.show, 1)
        label = "science, paper bodies: PLOS (tuning, session 21)"
        report(label, get_model, corpora["plos"], args.show, 1)
        label = "science, documentation prose: astropy and SciPy (tuning, session 24)"
        report(label, get_model, corpora["docs"], args.show, 1)
        label = "science, documentation prose: Biopython, SymPy, NumPy... (tuning, session 25)"
        report(label, get_model, corpora["docs2"], args.show, 1)
        label = "science, more arXiv abstracts: ML, security, mining, Python (tuning, session 31)"
        report(label, get_model, corpora["arxiv2"], args.show, 1)


def _cached(loader: Callable[[], WordModel]) -> Callable[[], WordModel]:
    model: list[WordModel] = []
    return lambda: model[0] if model else (model.append(loader()) or model[0])


if __name__ == "__main__":
    main()
