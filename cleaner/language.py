"""The language of a paragraph, for the passes whose rules depend on it.

Cheap tests come first, so that plain English text never loads a model: the script
(Han without kana is Chinese, kana Japanese, Hangul Korean, Thai Thai) and English's own
function words. Only a paragraph that passes neither is given to CLD3 (Google's Compact
Language Detector v3, the ``cld3-py`` package: Apache-2.0, its model compiled into the
package, nothing downloaded), imported on first need. bench/bench_langid.py chose it
among the libraries whose model ships in their package (see the README's figures).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from cleaner.data import english_function_words
from cleaner.memo import short_text_cache
from cleaner.scripts import CJK_LETTER_RE, THAI_RE

# The languages whose word tables and boilerplate rules cleaner ships, besides English.
TABLE_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv")
# Their English names, for notes.
NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "ru": "Russian",
    "sv": "Swedish",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "th": "Thai",
}
# The answer when nothing can be said (too short, no letters, the model unsure).
UNKNOWN = "und"
# A word, for the English function-word test.
WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
KANA_RE = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
HANGUL_RE = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3131-\u318e]")
# English when at least this share of the words (and at least MIN_WORDS of them) are
# English function words: English prose has 40-50%, German or French prose under 10%.
ENGLISH_FUNCTION_SHARE = 0.3
MIN_WORDS = 5
# Below this CLD3 probability the answer is not trusted.
MIN_PROBABILITY = 0.7
# A paragraph with fewer letters says too little of its language (see paragraph_languages).
MIN_PARAGRAPH_LETTERS = 40
# A paragraph with fewer letters, which CLD3 reads as a language no rule of cleaner knows
# (RULED_LANGUAGES), is in its document's language where that has a word table (see
# identify_within): on short text CLD3 is often sure and wrong. The benchmark's Dutch tuning
# half has 117 paragraphs; 10 are read as another language with probability 0.7 or more,
# all under 100 letters (list items: Afrikaans, Frisian, Norwegian, Latin, Estonian...); in
# the other eight languages' tuning halves, only Portuguese's one Galician.
SHORT_TEXT_LETTERS = 100
# The languages some rule of cleaner reads: the word tables', English and the scripts'.
RULED_LANGUAGES = frozenset({*TABLE_LANGUAGES, "en", "zh", "ja", "ko", "th"})
# CLD3 reads at most this many bytes of a paragraph.
MAX_BYTES = 4000
# The longest paragraph whose language is cached (a repeated one is short: furniture).
PARAGRAPH_CACHE_CHARS = 2000


def script_language(text: str) -> str | None:
    """The language the script alone shows (Chinese, Japanese, Korean, Thai), or None:
    when most of the text's letters are Han, kana, Hangul or Thai.

    >>> script_language("東京は晴れ"), script_language("北京天气"), script_language("서울")
    ('ja', 'zh', 'ko')
    >>> script_language("Guten Tag") is None, script_language("the word 中国 means China")
    (True, None)
    """
    if text.isascii() or not (CJK_LETTER_RE.search(text) or THAI_RE.search(text)):
        return None  # (What the counts below give a text without those letters.)
    letters = sum(map(str.isalpha, text))
    if len(THAI_RE.findall(text)) * 2 > letters:
        return "th"
    if len(CJK_LETTER_RE.findall(text)) * 2 <= letters:
        return None
    if KANA_RE.search(text):
        return "ja"
    return "ko" if HANGUL_RE.search(text) else "zh"


def looks_english(text: str) -> bool:
    """Whether English function words make up much of ``text`` (cheap: no model).

    >>> looks_english("It was the best of times, it was the worst of times.")
    True
    >>> looks_english("Die Regeln wurden im letzten Jahr geändert.")
    False
    """
    words = WORD_RE.findall(text[:2000])
    if len(words) < MIN_WORDS:
        return False
    function_words = english_function_words()
    share = sum(map(function_words.__contains__, map(str.lower, words))) / len(words)
    return share >= ENGLISH_FUNCTION_SHARE


@short_text_cache(maxsize=1024, max_chars=PARAGRAPH_CACHE_CHARS)
def identify(text: str) -> str:
    """The ISO 639-1 code of the language of ``text`` (a paragraph), or ``"und"``.

    >>> identify("Deine E-Mail-Adresse wird nicht veröffentlicht."), identify("The end of it all.")
    ('de', 'en')
    >>> identify("Nous avons passé la journée au parc."), identify("!!!")
    ('fr', 'und')
    """
    if (by_script := script_language(text)) is not None:
        return by_script
    if looks_english(text):
        return "en"
    if not any(char.isalpha() for char in text):
        return UNKNOWN
    result = _detector().FindLanguage(text=text)
    if result.probability < MIN_PROBABILITY:
        return UNKNOWN
    return result.language.split("-")[0]


def identify_within(text: str, document_language: Callable[[], str]) -> str:
    """The language of ``text``, a paragraph of a document, or the document's
    (``document_language()``, asked only then) where the paragraph says too little: CLD3
    unsure, or a paragraph of fewer than :data:`SHORT_TEXT_LETTERS` letters read as a
    language no rule of cleaner knows while the document's has a word table (a Dutch list
    item read as Norwegian gets the Dutch rules, not the English rule).

    >>> identify_within("- verslaving (roken, alcohol, drugs, gokken)", lambda: "nl")
    'nl'
    >>> identify_within("- verslaving (roken, alcohol, drugs, gokken)", lambda: "ja")
    'no'
    >>> identify_within("Die Regeln wurden im letzten Jahr geändert.", lambda: "nl")
    'de'
    """
    own = identify(text)
    if own == UNKNOWN:
        return document_language()
    if own in RULED_LANGUAGES or _has_letters(text, SHORT_TEXT_LETTERS):
        return own
    found = document_language()
    return found if found in TABLE_LANGUAGES else own


def paragraph_languages(lines: list[str]) -> Iterator[str]:
    """The language of each paragraph (a run of non-blank lines) of at least
    ``MIN_PARAGRAPH_LETTERS`` letters, in order, identified as asked for: short lines
    (furniture, headings) say too little.

    >>> sorted(set(paragraph_languages(["Kommentare", "", "Die Regierung hat gestern neue "
    ...     "Regeln für alle Unternehmen im Land beschlossen.", "", "It was the best of times, "
    ...     "it was the worst of times, it was the age of wisdom."])))
    ['de', 'en']
    """
    paragraph: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            paragraph.append(line.strip())
            continue
        text = " ".join(paragraph)
        if _has_letters(text, MIN_PARAGRAPH_LETTERS):
            yield identify(text)
        paragraph = []


def _has_letters(text: str, count: int) -> bool:
    """Whether ``text`` has at least ``count`` letters, counted only as far as needed.

    >>> _has_letters("a1b2c3", 3), _has_letters("a1b2c3", 4)
    (True, False)
    """
    if len(text) < count:
        return False
    head = 2 * count  # A paragraph's letters are mostly there by then.
    letters = sum(map(str.isalpha, text[:head]))
    return letters >= count or letters + sum(map(str.isalpha, text[head:])) >= count


def name_of(language: str) -> str:
    """The English name of a language code, or the code itself.

    >>> name_of("de"), name_of("xx")
    ('German', 'xx')
    """
    return NAMES.get(language, language)


@cache
def _detector():  # -> gcld3.NNetLanguageIdentifier
    """CLD3, imported and built on first need (~30 ms)."""
    import gcld3

    return gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=MAX_BYTES)
