"""Deterministic news-like prose for bench_speed.py, and dirty variants of it.

Articles are made of generated sentences (curly quotes and apostrophes, en and em dashes,
ellipses, accented names, figures) and, when /work/shared/seeds is present, paragraphs of
the two real seed articles. Dirty variants add what scraped text really carries: mojibake,
NO-BREAK SPACE runs, CRLF line ends, trailing spaces and hard wraps.
"""

from __future__ import annotations

import random
import textwrap
from functools import cache
from pathlib import Path

SEEDS = Path("/work/shared/seeds")

NAMES = [
    "José Álvarez", "Zoë Brontë", "Søren Kierkegaard", "Anaïs Lefèvre", "Jubin Katiraie",
    "Maria Schmidt", "Chen Wei", "Amara Okafor", "François Dupré", "Ines García",
]  # fmt: skip
PLACES = ["Paris", "São Paulo", "Zürich", "Kraków", "Lagos", "Reykjavík", "Toronto", "Málaga"]
SUBJECTS = [
    "the council", "the ministry", "the union", "the company", "local residents",
    "the committee", "investors", "the court", "the researchers", "the mayor’s office",
]  # fmt: skip
VERBS = [
    "announced", "rejected", "postponed", "welcomed", "questioned", "approved",
    "criticised", "reviewed", "defended", "unveiled",
]  # fmt: skip
OBJECTS = [
    "a new budget", "the proposed merger", "plans for a bridge", "the annual report",
    "an inquiry into the flooding", "a tax on sugar", "the housing scheme",
    "the findings of the study", "a ban on night flights", "the new curriculum",
]  # fmt: skip
QUOTES = [
    "We’re not going to stop now", "It’s a question of trust", "Nobody saw this coming",
    "We’ve done what we could… and more", "This isn’t the end of the story",
    "They didn’t listen — they never do", "I’d call it a turning point",
]  # fmt: skip


def sentence(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        said = rng.choice(["said", "told reporters", "wrote", "added"])
        return f"“{rng.choice(QUOTES)},” {rng.choice(NAMES)} {said}."
    if kind < 0.4:
        figure = f"{rng.randint(2, 95)}.{rng.randint(0, 9)}"
        return (
            f"In {rng.choice(PLACES)}, {rng.choice(SUBJECTS)} {rng.choice(VERBS)} "
            f"{rng.choice(OBJECTS)} – a rise of {figure}% on {rng.randint(1990, 2024)}."
        )
    if kind < 0.5:
        return (
            f"{rng.choice(NAMES)}’s team {rng.choice(VERBS)} {rng.choice(OBJECTS)}; "
            f"critics called it ‘premature’ — if not worse."
        )
    subject = rng.choice(SUBJECTS)
    return f"{subject[0].upper()}{subject[1:]} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."


@cache
def seed_paragraphs() -> tuple[str, ...]:
    """Paragraphs of the real seed articles (gold versions keep their dashes and accents)."""
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        paragraphs += [p for p in text.split("\n\n") if len(p) > 200]
    return tuple(paragraphs)


def news_article(index: int, size: int) -> str:
    """About ``size`` bytes of news prose: a title, then paragraphs separated by blank lines."""
    rng = random.Random(index)
    paragraphs = [f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"]
    length = len(paragraphs[0])
    while length < size:
        seeds = seed_paragraphs()
        if seeds and rng.random() < 0.2:
            paragraph = rng.choice(seeds).replace("\n", " ")
        else:
            paragraph = " ".join(sentence(rng) for _ in range(rng.randint(3, 7)))
        paragraphs.append(paragraph)
        length += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(paragraphs) + "\n"


def mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252, the commonest mojibake."""
    return text.encode("utf-8").decode("windows-1252", errors="replace")


def dirty_variant(text: str, index: int) -> str:
    """``text`` with one or two kinds of dirt, chosen by ``index``."""
    rng = random.Random(-index)
    paragraphs = text.split("\n\n")
    kinds = rng.sample(["mojibake", "nbsp", "crlf", "trailing", "wrap"], 2)
    if "mojibake" in kinds:
        paragraphs = [mojibake(p) if rng.random() < 0.3 else p for p in paragraphs]
    if "nbsp" in kinds:
        paragraphs = [p.replace(". ", ".\u00a0 ", 3).replace(", ", ",  ", 2) for p in paragraphs]
    if "wrap" in kinds:
        paragraphs = ["\n".join(textwrap.wrap(p, 78)) for p in paragraphs]
    text = "\n\n".join(paragraphs)
    if "trailing" in kinds:
        text = text.replace("\n", "  \n")
    if "crlf" in kinds:
        text = text.replace("\n", "\r\n")
    return text
