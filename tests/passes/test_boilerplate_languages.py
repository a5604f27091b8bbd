"""Furniture beyond English: the German rules written from WordPress's own German
translations and Blogger's share bar (tools/build_wordpress_furniture.py)."""

from __future__ import annotations

import pytest

from cleaner.passes.boilerplate import remove_boilerplate

ARTICLE = (
    "Der Gemeinderat hat am Dienstag den neuen Haushalt beschlossen. Für die Sanierung der "
    "Schulen sind im kommenden Jahr zwölf Millionen Euro vorgesehen, deutlich mehr als "
    "bisher. Die Opposition kritisierte, dass die Mittel für den Nahverkehr nicht erhöht "
    "werden.\n\n"
    "Der Bürgermeister verteidigte den Entwurf in der Sitzung. Die Stadt müsse Prioritäten "
    "setzen, sagte er, und die Schulen seien seit Jahren in einem schlechten Zustand.\n"
)

REMOVED = [
    "Schreib einen Kommentar",
    "Kommentar verfassen",
    "Kommentare sind geschlossen.",
    "Dein Kommentar wartet auf Freischaltung.",
    "Dein Kommentar wartet auf die Moderation. Dies ist eine Vorschau, dein Kommentar wird "
    "sichtbar, nachdem er freigegeben wurde.",
    "Du bist angemeldet als Anna. Dein Profil bearbeiten. Abmelden?",
    "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
    "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste "
    "Kommentierung speichern.",
    "Klicke, um auf LinkedIn zu teilen",
    "Klicken, um dies einem Freund per E-Mail zu senden",
    "Zum Teilen auf Google+ anklicken",
    "Beitrag nicht abgeschickt - E-Mail Adresse kontrollieren!",
    "Lade Kommentare …",
    "Direkt zum Inhalt wechseln",
    "« Ältere Beiträge",
    "Nächste Seite »",
    "Zeige alle Beiträge von Anna Muster",
    "Gib deine E-Mail-Adresse ein",
    "Blog via E-Mail abonnieren",
    "Abonniere unseren Newsletter und bleibe mit unserer Community verbunden",
    "Folge mir auf Twitter",
    "Letzte Beiträge",
    "Hauptmenü",
    "Suche nach:",
    "Eine Antwort zu „Der neue Haushalt“",
    "Eingestellt von Anna Muster um 04:22",
    "Diesen Post per E-Mail versenden BlogThis! In Twitter freigeben In Facebook freigeben",
]


@pytest.mark.parametrize("line", REMOVED)
def test_german_furniture_goes(line: str) -> None:
    text = f"{ARTICLE}\n{line}\nAuf Facebook teilen\n"
    assert line not in remove_boilerplate(text)


# Sentences, exclamations and headings German prose writes: they stay, also at an edge.
KEPT = [
    "Die Kommentare sind geschlossen worden, sagte der Sprecher der Stadt am Abend.",
    "»Weiter!«",
    "Hilfe!",
    "Oben",
    "Über uns wird in der Stadt seit Wochen geredet, sagte die Kämmerin.",
    "Letzte Beiträge zur Debatte kamen von der Opposition, die den Entwurf ablehnt.",
    "Er schrieb einen Kommentar für die Zeitung, der am Samstag erschien.",
]


@pytest.mark.parametrize("line", KEPT)
def test_german_prose_stays(line: str) -> None:
    text = f"{ARTICLE}\n{line}\n"
    assert line in remove_boilerplate(text)
