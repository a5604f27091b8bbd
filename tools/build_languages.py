"""Rebuild bench/data/languages/*.txt: real prose per language for bench/bench_languages.py.

Usage: ``python tools/build_languages.py UD_FOLDER...``

Each ``UD_FOLDER`` is a git clone (or bare git directory) of one Universal Dependencies
treebank from github.com/UniversalDependencies: the parallel PUD treebanks (the same 1,000
sentences of news and Wikipedia, translated) for German, French, Spanish, Italian,
Portuguese, Polish, Russian, Swedish, English, Chinese, Japanese, Korean and Thai, and
UD_Dutch-Alpino's test set (Dutch has no PUD treebank). Their licences are CC BY-SA 3.0
or 4.0 (see bench/data/languages/README.md). The ``# text =`` line of each sentence is
taken as written; a document's sentences (named by the ``sent_id``: PUD's document, the
source file's paragraph in Alpino) make one paragraph, and paragraphs are separated by a
blank line. The commit read and each output's sha256 are printed for the README.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "languages"
# The language code a treebank's file name starts with ("de_pud-ud-test.conllu").
CONLLU_RE = re.compile(r"^([a-z]{2})_(pud|alpino)-ud-test\.conllu$")
# The document or paragraph a sentence id names: PUD's "n01001011" -> "n01001" (not every
# PUD treebank marks ``# newdoc``), Alpino's "WR-P-P-H-0000000005.p.1.s.1" -> "...p.1".
PARAGRAPH_RE = re.compile(r"^([nw]\d{5})\d{3}$|^(.*\.p\.\d+)\.s\.\d+$")
# Chinese and Japanese sentences follow each other without a space.
NO_SPACE_LANGUAGES = {"zh", "ja"}


def git(folder: Path, *args: str) -> str:
    bare = (folder / "HEAD").is_file() and not (folder / ".git").exists()
    prefix = ["git", f"--git-dir={folder}"] if bare else ["git", "-C", str(folder)]
    return subprocess.run([*prefix, *args], capture_output=True, text=True, check=True).stdout


def paragraphs(conllu: str, separator: str = " ") -> list[str]:
    """Each document's (or Alpino paragraph's) sentences, joined into one paragraph."""
    groups: list[tuple[str, list[str]]] = []
    for line in conllu.splitlines():
        if line.startswith("# sent_id = ") and (match := PARAGRAPH_RE.match(line[12:].strip())):
            paragraph = match.group(1) or match.group(2)
            if not groups or groups[-1][0] != paragraph:
                groups.append((paragraph, []))
        elif line.startswith("# text = "):
            if not groups:
                groups.append(("", []))
            groups[-1][1].append(line[9:].strip())
    return [separator.join(sentences) for _, sentences in groups if sentences]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    OUT.mkdir(parents=True, exist_ok=True)
    for folder in parser.parse_args().folders:
        listing = git(folder, "ls-tree", "--name-only", "HEAD").split()
        names = [name for name in listing if CONLLU_RE.match(name)]
        for name in names:
            language = CONLLU_RE.match(name).group(1)  # type: ignore[union-attr]
            separator = "" if language in NO_SPACE_LANGUAGES else " "
            found = paragraphs(git(folder, "show", f"HEAD:{name}"), separator)
            text = "\n\n".join(found) + "\n"
            path = OUT / f"{language}.txt"
            path.write_text(text, encoding="utf-8")
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            commit = git(folder, "rev-parse", "HEAD").strip()
            print(f"{path.name}\t{folder.resolve().name}\t{commit}\t{name}\t{len(found)}\t{digest}")


if __name__ == "__main__":
    main()
