"""Furniture beyond English: the German rules written from WordPress's own German
translations and Blogger's share bar (tools/build_wordpress_furniture.py)."""

from __future__ import annotations

import pytest

from cleaner.passes.boilerplate import plan_removal, remove_boilerplate

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


FRENCH_ARTICLE = (
    "Le conseil municipal a adopté mardi le nouveau budget. Douze millions d'euros sont "
    "prévus l'an prochain pour la rénovation des écoles, nettement plus qu'auparavant.\n\n"
    "Le maire a défendu le projet pendant la séance. La ville doit fixer des priorités, "
    "a-t-il dit, et les écoles sont en mauvais état depuis des années.\n"
)
# Share prompts and newsletter prompts as sites write them (their own grammar: "für
# unseren", "cet article"), removed where their language is found; prose saying as much stays.
OTHER_LANGUAGE_FURNITURE = [
    (ARTICLE, "Melden Sie sich für unseren Newsletter an", True),
    (ARTICLE, "Melde dich zu unserem Newsletter an!", True),
    (ARTICLE, "Abonnieren Sie unseren Newsletter", True),
    (ARTICLE, "Sie meldete sich für unseren Newsletter an, sagte die Sprecherin gestern.", False),
    (FRENCH_ARTICLE, "Partager cet article", True),
    (FRENCH_ARTICLE, "Partager cette page :", True),
    (FRENCH_ARTICLE, "Elle a voulu partager cet article avec ses amis, dit-elle.", False),
]


@pytest.mark.parametrize(("article", "line", "removed"), OTHER_LANGUAGE_FURNITURE)
def test_share_and_newsletter_prompts(article: str, line: str, removed: bool) -> None:
    text = f"{article}\n{line}\n"
    assert (line not in remove_boilerplate(text)) is removed


def test_a_line_a_rule_of_every_language_matches_as_strongly_needs_no_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``Home`` matches Italian navigation and the general navigation rules alike: it is
    judged without identifying the page's paragraphs (which, on a page without Italian,
    would read every one of them), and attributed to the general rule."""
    import cleaner.language

    def no_identification(lines: object) -> object:
        raise AssertionError("the language was identified")

    monkeypatch.setattr(cleaner.language, "paragraph_languages", no_identification)
    english = (
        "The council met on Tuesday and agreed on most of the budget for the coming year, "
        "after a long debate about the schools."
    )
    plan = plan_removal(f"Home\n\n{english}\n")
    assert [rule.name for rule, _ in plan.removed.values()] == ["navigation/nav-label"]
