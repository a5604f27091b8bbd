"""Rebuild cleaner/data/words/<language>.bin: word frequencies for dehyphenation beyond English.

Usage: ``pip install -e ".[data]" && python tools/build_language_words.py``

For each language of :data:`LANGUAGES`, the words of wordfreq's ``large`` list (data
CC-BY-SA 4.0, see cleaner/data/words/NOTICE.txt) made only of letters, with their Zipf
frequency rounded to 0.1, from :data:`MIN_ZIPF` up, packed as the English table is
(cleaner/lexicon.py: memory-mapped, a word searched in its block of 64 sorted words).

Size budget: 17 MB on disk for the nine tables together (about 5 MB in the compressed
wheel; the index of blocks made them 13% larger in session 36). :data:`MIN_ZIPF` 2.0
(about once per 100 million words) keeps them within it: about 1.2 MB a language, 5.3 MB
for Russian (two bytes a letter); 1.5 would double that.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.lexicon import pack_table  # noqa: E402

OUTPUT = ROOT / "cleaner" / "data" / "words"
LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv")
# The rarest words kept, as a Zipf frequency (see the size budget above).
MIN_ZIPF = 2.0


def table(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    found = {}
    for word, share in get_frequency_dict(language, "large").items():
        zipf = round(math.log10(share) + 9, 1) if share > 0 else 0.0
        if zipf >= MIN_ZIPF and word.isalpha():
            found[word] = zipf
    return found


def main() -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    total = 0
    for language in LANGUAGES:
        words = table(language)
        path = OUTPUT / f"{language}.bin"
        path.write_bytes(pack_table(words))  # The same bytes for the same words.
        total += path.stat().st_size
        print(f"{language}: {len(words):,} words, {path.stat().st_size / 1e6:.2f} MB")
    print(f"total {total / 1e6:.2f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
