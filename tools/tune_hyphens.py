"""Line-end hyphen decisions on sentences apart from bench/bench_languages.py's treebanks.

    python tools/tune_hyphens.py nl sv ru [--show 40]
    python tools/tune_hyphens.py nl sv ru fr es it pt pl --confirm

A tuning set for the languages' rules (cleaner/passes/unwrap/hyphens/, names.py) that never
touches the benchmark's held-out half: the ``# text =`` sentences of other Universal
Dependencies treebanks, read from their git mirrors (brought by the search tool's ``fetch``;
nothing is committed, so nothing here runs in tests):

| language | treebank | commit | files | licence |
| --- | --- | --- | --- | --- |
| nl | UD_Dutch-LassySmall | 7880e0bc4c81 | dev, test | CC BY-SA 4.0 |
| sv | UD_Swedish-Talbanken | 30067217d275 | dev, test | CC BY-SA 4.0 |
| ru | UD_Russian-GSD | 5400f2fd7264 | dev, test | CC BY-SA 4.0 |

With ``--confirm``, sentences no rule was chosen on, to check a rule once it is chosen:
three more treebanks (issue 15's second round of rules; the mirrors hold no train files):

| language | treebank | commit | files | licence |
| --- | --- | --- | --- | --- |
| nl | UD_Dutch-Alpino | 95e374a608d1 | dev (the benchmark reads its test file) | CC BY-SA 4.0 |
| sv | UD_Swedish-LinES | 594bd6c | dev, test | CC BY-NC-SA 4.0 (read here, never committed) |
| ru | UD_Russian-Taiga | 3c64a05 | dev, test | CC BY-SA 4.0 |
| fr | UD_French-GSD | 830e278 | dev, test | CC BY-SA 4.0 |
| es | UD_Spanish-GSD | 57c0456 | dev, test | CC BY-SA 4.0 |
| it | UD_Italian-ISDT | 689c1bf | dev, test | CC BY-NC-SA 3.0 (read here, never committed) |
| pt | UD_Portuguese-Bosque | 5de7ac340 | dev, test | CC BY-SA 4.0 |
| pl | UD_Polish-LFG | 7e859fe | dev, test | GPL-3.0 (read here, never committed) |

Sentences are taken five at a time as a document. Each hyphenated word (``a-b``, letters on
both sides) is judged as if broken at its hyphen, with the document's other words as
evidence: dropping its hyphen is a wrong join. Each other word of 6+ letters is split at a
random point (seed 7), judged with the document as it reads so (the word itself is no
evidence; before issue 15's third round it was, and split words were rejoined 99.9-100%):
keeping the hyphen there is a missed join. Prints the rates and the
most frequent wrong joins with the rule's reason.

With ``--tuning-half``, the paragraphs of bench/bench_languages.py's tuning half instead
(each a document), each long word split at every cut rather than one: more cases than the
benchmark's 200 documents make, and still none of its held-out half.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
from collections import Counter
from collections.abc import Iterator

from cleaner.passes.unwrap.hyphens import AFTER_TAIL_LENGTH, collect_evidence, hyphen_decision

MIRRORS = "/work/.mirror/UniversalDependencies+{}/repo"
TREEBANKS = {
    language: [(repo, [f"{prefix}-ud-{part}.conllu" for part in ("dev", "test")])]
    for language, repo, prefix in (
        ("nl", "UD_Dutch-LassySmall", "nl_lassysmall"),
        ("sv", "UD_Swedish-Talbanken", "sv_talbanken"),
        ("ru", "UD_Russian-GSD", "ru_gsd"),
    )
}
CONFIRM = {
    "nl": [("UD_Dutch-Alpino", ["nl_alpino-ud-dev.conllu"])],
} | {
    language: [(repo, [f"{prefix}-ud-{part}.conllu" for part in ("dev", "test")])]
    for language, repo, prefix in (
        ("sv", "UD_Swedish-LinES", "sv_lines"),
        ("ru", "UD_Russian-Taiga", "ru_taiga"),
        ("fr", "UD_French-GSD", "fr_gsd"),
        ("es", "UD_Spanish-GSD", "es_gsd"),
        ("it", "UD_Italian-ISDT", "it_isdt"),
        ("pt", "UD_Portuguese-Bosque", "pt_bosque"),
        ("pl", "UD_Polish-LFG", "pl_lfg"),
    )
}
HYPHENATED_RE = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")
LONG_WORD_RE = re.compile(r"(?<![\w-])([^\W\d_]{6,})(?![\w-])")
SENTENCES_PER_DOCUMENT = 5


def sentences(language: str, *, confirm: bool = False) -> Iterator[str]:
    """The sentences of the language's treebank files, from the git mirrors."""
    for repo, files in (CONFIRM if confirm else TREEBANKS)[language]:
        for name in files:
            text = subprocess.run(
                ["git", "-C", MIRRORS.format(repo), "show", f"HEAD:{name}"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            yield from (line[9:] for line in text.splitlines() if line.startswith("# text = "))


def _around(document: str, start: int, end: int) -> tuple[str, str]:
    """The text before a word on its line, as unwrap sees it (up to 60 characters), and
    the text after it (up to AFTER_TAIL_LENGTH characters)."""
    return document[max(0, start - 60) : start], document[end : end + AFTER_TAIL_LENGTH]


def tuning_half(language: str) -> list[str]:
    """The paragraphs of the benchmark's tuning half (even ones), as it reads them."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from bench_languages import halves

    return halves(language)[0]


def judge(language: str, show: int, *, confirm: bool = False, tuning: bool = False) -> None:
    rng = random.Random(7)
    if tuning:
        found = documents = tuning_half(language)
    else:
        found = list(sentences(language, confirm=confirm))
        documents = [
            " ".join(found[start : start + SENTENCES_PER_DOCUMENT])
            for start in range(0, len(found), SENTENCES_PER_DOCUMENT)
        ]
    own = wrong = split = joined = 0
    wrong_words: Counter[tuple[str, str]] = Counter()
    for document in documents:
        for match in HYPHENATED_RE.finditer(document):
            own += 1
            # The document as it reads with this word broken at its hyphen.
            prefix, suffix = match.group(1), match.group(2)
            broken = f"{document[: match.start()]}{prefix}-\n{suffix}{document[match.end() :]}"
            drop, why = hyphen_decision(
                prefix,
                suffix,
                collect_evidence(broken),
                use_lexicon=True,
                language=lambda: language,
                around=_around(document, match.start(), match.end()),
            )
            if drop:
                wrong += 1
                wrong_words[(match.group(0), why)] += 1
        for match in LONG_WORD_RE.finditer(document):
            word = match.group(1)
            cuts = range(2, len(word) - 1) if tuning else [rng.randint(2, len(word) - 2)]
            for cut in cuts:
                split += 1
                # The document as it reads with this word split: the word is no evidence.
                head, tail = word[:cut], word[cut:]
                broken = f"{document[: match.start()]}{head}-\n{tail}{document[match.end() :]}"
                joined += hyphen_decision(
                    head,
                    tail,
                    collect_evidence(broken),
                    use_lexicon=True,
                    language=lambda: language,
                    around=_around(document, match.start(), match.end()),
                )[0]
    unit = "paragraphs" if tuning else "sentences"
    print(
        f"{language}: {len(found)} {unit}; hyphenated words {own}, hyphen dropped {wrong} "
        f"({wrong / max(own, 1):.1%}); split words {split}, rejoined {joined / max(split, 1):.2%}"
    )
    for (word, why), count in wrong_words.most_common(show):
        print(f"   {count} {word} | {why}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # German has no treebank here: only its --tuning-half.
    parser.add_argument("languages", nargs="+", choices=sorted({*TREEBANKS, *CONFIRM, "de"}))
    parser.add_argument("--show", type=int, default=40, help="wrong joins listed per language")
    parser.add_argument(
        "--confirm", action="store_true", help="the sentences kept apart to check chosen rules"
    )
    parser.add_argument(
        "--tuning-half",
        action="store_true",
        help="the benchmark's tuning-half paragraphs, every cut of each long word",
    )
    args = parser.parse_args()
    for language in args.languages:
        judge(language, args.show, confirm=args.confirm, tuning=args.tuning_half)


if __name__ == "__main__":
    main()
