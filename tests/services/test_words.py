"""One wording per thing, with real plural forms in all four languages: the counts the app,
the documents and the command line print, and the decisions as the app says them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from pmo_tmo_desktop import i18n
from pmo_tmo_desktop.services import files, queries, reports, words

COUNTED = {
    "en": ("1 activity", "2 activities", "1 error", "2 errors", "1 month", "9 months"),
    "de": ("1 Aktivität", "2 Aktivitäten", "1 Fehler", "2 Fehler", "1 Monat", "9 Monate"),
    "fr": ("1 activité", "2 activités", "1 erreur", "2 erreurs", "1 mois", "9 mois"),
    "es": ("1 actividad", "2 actividades", "1 error", "2 errores", "1 mes", "9 meses"),
}


@pytest.mark.parametrize("language", sorted(COUNTED))
def test_counts_take_the_plural_form_of_each_language(qapp, language: str) -> None:
    with i18n.speaking(language):
        said = (
            words.count("activity", 1),
            words.count("activity", 2),
            words.findings_tally(1, 0, 0)[0],
            words.findings_tally(2, 0, 0)[0],
            i18n.translate("PreRead", "%n month(s)", None, 1),
            i18n.translate("PreRead", "%n month(s)", None, 9),
        )
    assert said == COUNTED[language]


def test_the_english_tally_reads_as_words(qapp) -> None:
    assert " · ".join(words.findings_tally(1, 1, 1)) == "1 error · 1 warning · 1 alignment finding"
    assert words.count("control", 2) == "2 gates, reviews or sign-offs"


def test_german_minutes_name_decisions_as_the_app_does(
    qapp, demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "protokoll.pdf"
    try:
        i18n.install("de")
        with files.open_file(demo_path, read_only=True) as ws:
            workshop = queries.workshops(ws)[0].id
            reports.write_minutes(ws, workshop, out)
            kinds = {d.kind for d in queries.workshop(ws, workshop).decisions}
            labels = {words.decision(k) for k in kinds}
    finally:
        i18n.install("en")
    text = " ".join("".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert labels and labels <= {"Genehmigt", "Abgelehnt", "Zurückgestellt", "Informationen fehlen"}
    for label in labels:
        assert label in text
    assert "Genehmigt 4 · Abgelehnt 1 · Zurückgestellt 1 · Informationen fehlen 1" in text
    for verb in ("Genehmigen", "Zurückstellen", "Ablehnen"):
        assert verb not in text
