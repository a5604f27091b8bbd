"""Which language identifier should cleaner use? Accuracy on short texts, speed, start-up.

    python bench/bench_langid.py [LIBRARY...]

Candidates are libraries whose model ships in their package (no download at run time):
py3langid, langdetect, lingua-language-detector, pycld2, cld3-py, eld. Each is asked the
language of every sentence (the shortest texts a pass asks about: a line, a short
paragraph) and of every paragraph of bench/data/languages/*.txt (Universal Dependencies
treebanks, see the README there), for the 14 languages cleaner handles. Start-up is a
fresh process importing the library and identifying one sentence (median of 5).
Install the candidates in a scratch virtualenv; cleaner itself needs only the winner.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "languages"
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "zh", "ko", "th")

SETUP = {
    "py3langid": (
        "import py3langid",
        "lambda text: py3langid.classify(text)[0]",
    ),
    "langdetect": (
        "import langdetect; langdetect.DetectorFactory.seed = 0",
        "lambda text: langdetect.detect(text).split('-')[0]",
    ),
    "lingua": (
        "from lingua import LanguageDetectorBuilder; "
        "detector = LanguageDetectorBuilder.from_all_languages().build()",
        "lambda text: (lambda l: l.iso_code_639_1.name.lower() if l else 'und')"
        "(detector.detect_language_of(text))",
    ),
    "pycld2": (
        "import pycld2",
        "lambda text: pycld2.detect(text)[2][0][1].split('-')[0]",
    ),
    "cld3": (
        "import gcld3; "
        "detector = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=4000)",
        "lambda text: detector.FindLanguage(text=text).language.split('-')[0]",
    ),
    "eld": (
        "from eld import LanguageDetector; detector = LanguageDetector()",
        "lambda text: detector.detect(text).language",
    ),
}


def samples() -> dict[str, tuple[list[str], list[str]]]:
    """Per language: its sentences (cut at sentence ends) and its paragraphs."""
    import re

    found = {}
    for language in LANGUAGES:
        paragraphs = (DATA / f"{language}.txt").read_text(encoding="utf-8").split("\n\n")
        paragraphs = [p.strip() for p in paragraphs if p.strip()]
        cut = r"(?<=[。！？])" if language == "zh" else r"(?<=[.!?])\s+"
        sentences = [s for p in paragraphs for s in re.split(cut, p) if len(s) >= 10]
        found[language] = (sentences[:300], paragraphs)
    return found


def startup(name: str) -> float:
    setup, identify = SETUP[name]
    code = f"{setup}\nidentify = {identify}\nidentify('Das ist ein kurzer Satz auf Deutsch.')"
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    names = sys.argv[1:] or list(SETUP)
    data = samples()
    base = startup_base = statistics.median(
        _time(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True)) for _ in range(5)
    )
    print(f"interpreter alone: {base * 1000:.0f} ms")
    print(
        f"{'library':12} {'sentences':>9} {'paragraphs':>10} {'ms/sentence':>11} "
        f"{'start-up ms':>11}  worst languages (sentence accuracy)"
    )
    for name in names:
        setup, identify_source = SETUP[name]
        namespace: dict = {}
        try:
            exec(setup, namespace)
        except ImportError as error:
            print(f"{name:12} not installed: {error}")
            continue
        identify = eval(identify_source, namespace)
        right = total = right_p = total_p = 0
        per_language = {}
        elapsed = 0.0
        for language, (sentences, paragraphs) in data.items():
            start = time.perf_counter()
            got = [_safe(identify, s) for s in sentences]
            elapsed += time.perf_counter() - start
            hits = sum(_same(g, language) for g in got)
            per_language[language] = hits / len(sentences)
            right, total = right + hits, total + len(sentences)
            right_p += sum(_same(_safe(identify, p), language) for p in paragraphs)
            total_p += len(paragraphs)
        worst = sorted(per_language.items(), key=lambda item: item[1])[:3]
        worst_text = ", ".join(f"{lang} {share:.0%}" for lang, share in worst)
        print(
            f"{name:12} {right / total:9.1%} {right_p / total_p:10.1%} "
            f"{elapsed / total * 1000:11.3f} {(startup(name) - startup_base) * 1000:11.0f}  "
            f"{worst_text}"
        )


def _same(got: str, language: str) -> bool:
    return got == language or (language == "zh" and got in ("zh", "zh-Hant", "zh-Hans"))


def _safe(identify, text: str) -> str:
    try:
        return identify(text)
    except Exception:  # A library's failure counts as a wrong answer.
        return "und"


def _time(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
