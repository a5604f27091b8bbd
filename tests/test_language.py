"""Language identification: script first, English function words, then CLD3."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cleaner.language import identify, identify_within, looks_english, script_language

CASES = [
    ("Die Bundesregierung hat neue Regeln für die Energieversorgung beschlossen.", "de"),
    ("Le gouvernement a annoncé hier de nouvelles règles pour les entreprises.", "fr"),
    ("El gobierno anunció ayer nuevas reglas para las empresas del país.", "es"),
    ("Il governo ha annunciato ieri nuove regole per le imprese del paese.", "it"),
    ("O governo anunciou ontem novas regras para as empresas do país.", "pt"),
    ("De regering heeft gisteren nieuwe regels voor bedrijven aangekondigd.", "nl"),
    ("Rząd ogłosił wczoraj nowe zasady dla firm w całym kraju.", "pl"),
    ("Правительство вчера объявило новые правила для компаний.", "ru"),
    ("Regeringen meddelade i går nya regler för företagen i landet.", "sv"),
    ("The government announced new rules for companies yesterday.", "en"),
    ("我们今天去公园，天气很好！", "zh"),
    ("東京は今日晴れています。", "ja"),
    ("서울은 오늘 맑습니다.", "ko"),
    ("ประเทศไทยเป็นประเทศในเอเชีย", "th"),
    ("12345 !!! ---", "und"),
]


@pytest.mark.parametrize(("text", "language"), CASES)
def test_identify(text: str, language: str) -> None:
    assert identify(text) == language


def test_english_needs_no_model() -> None:
    """Plain English is told by its function words: CLD3 is not even imported."""
    code = (
        "import sys; from cleaner.language import identify; "
        "assert identify('It was the best of times, it was the worst of times.') == 'en'; "
        "print('gcld3' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_cheap_tests() -> None:
    assert looks_english("This is a paragraph of English prose with the usual words in it.")
    assert not looks_english("Das ist ein Absatz deutscher Prosa mit den üblichen Wörtern.")
    assert script_language("An English sentence that quotes 中国 once.") is None


GERMAN = "Die Regierung hat gestern neue Regeln für alle Unternehmen im Land beschlossen."
ENGLISH = "It was the best of times, it was the worst of times, it was the age of wisdom."


def test_paragraph_languages_are_identified_as_far_as_asked() -> None:
    """A boilerplate rule of another language asks whether the text has that language:
    the paragraphs are identified up to the first in it, and the answers stay the same."""
    from cleaner.passes.boilerplate.matching import _LanguagesFound

    lines = [ENGLISH, "", GERMAN, "", "Kurz.", "", "x" * 30 + " " + ENGLISH]
    identify.cache_clear()
    found = _LanguagesFound(lines)
    assert found.has("de")
    assert identify.cache_info().currsize == 2  # English, then German: no further
    assert found.has("en") and not found.has("fr")
    assert identify.cache_info().currsize == 3  # Every long paragraph, to rule French out


SHORT_DUTCH_ITEM = "- verslaving (roken, alcohol, drugs, gokken)"  # CLD3: Norwegian, 0.92
NORWEGIAN = (
    "Regjeringen la i går fram nye regler for bedriftene i hele landet, og statsministeren "
    "sa at endringene vil tre i kraft fra nyttår."
)


@pytest.mark.parametrize(
    ("text", "document", "language"),
    [
        # A short paragraph read as a language no rule knows takes its document's...
        (SHORT_DUTCH_ITEM, "nl", "nl"),
        # ...where that has a word table (a Japanese document's would give it no rule)...
        (SHORT_DUTCH_ITEM, "ja", "no"),
        # ...but a language some rule knows, or a long paragraph, keeps its own.
        ("Die Regeln wurden im letzten Jahr geändert.", "nl", "de"),
        (NORWEGIAN, "nl", "no"),
        # Nothing to tell: the document's, whatever it is.
        ("12345 !!! ---", "ja", "ja"),
    ],
)
def test_a_short_paragraph_read_as_a_language_without_rules_takes_the_documents(
    text: str, document: str, language: str
) -> None:
    assert identify_within(text, lambda: document) == language
