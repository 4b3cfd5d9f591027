"""Report wording is written once, in the services' texts, and reaches every document: the
methodology workbook speaks the user's language like the PDFs do, and reads back."""

from __future__ import annotations

import ast
import dataclasses
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest

from pmo_tmo_desktop import i18n
from pmo_tmo_desktop.exchange import raci_xlsx_model
from pmo_tmo_desktop.exchange.pdf_handbook_data import HandbookTexts
from pmo_tmo_desktop.exchange.pdf_minutes_data import MinutesTexts
from pmo_tmo_desktop.exchange.pdf_preread_data import PrereadTexts
from pmo_tmo_desktop.exchange.raci_xlsx_model import Texts
from pmo_tmo_desktop.services import checks, files, queries, transfer
from pmo_tmo_desktop.services.methodology_texts import workbook_texts
from tests.cli.test_cli import run

SERVICES = Path(__file__).resolve().parents[2] / "src" / "pmo_tmo_desktop" / "services"
TEXT_MODULES = ("reports_texts.py", "pack_texts.py", "methodology_texts.py")
SPELLED_TWICE = {
    "Time": "the pre-read's is a time of day, the minutes' a duration (French differs)",
    "Prepared with PMO–TMO Desktop on {date}.": "Spanish: the handbook's gender differs",
}
"""Source texts written in two contexts on purpose: their translations differ."""


@pytest.mark.parametrize("texts", [MinutesTexts, PrereadTexts, HandbookTexts, Texts])
def test_the_exchange_layer_holds_no_words_of_its_own(texts: type) -> None:
    """Every word of a document is given by the service that writes it."""
    with_default = [
        f.name
        for f in dataclasses.fields(texts)
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
    ]
    assert with_default == []


def test_each_report_text_is_written_once() -> None:
    """The same words (text and translator's note) are not translated twice over."""
    contexts: defaultdict[tuple[str, str | None], set[str]] = defaultdict(set)
    for name in TEXT_MODULES:
        tree = ast.parse((SERVICES / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "translate"
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                context, text = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
                note = node.args[2] if len(node.args) > 2 else None
                said = note.value if isinstance(note, ast.Constant) else None
                contexts[text, said].add(context)
    twice = {text: sorted(c) for (text, _), c in contexts.items() if len(c) > 1}
    assert set(twice) == set(SPELLED_TWICE), twice


def _headings(path: Path) -> dict[str, list[object]]:
    book = openpyxl.load_workbook(path)
    found = {ws.title: [cell.value for cell in ws[1]] for ws in book.worksheets}
    raci = book.worksheets[1]
    found["RACI row 2"] = [raci["A2"].value, raci["B2"].value]
    column = raci.max_column - 1  # the legend: its title above the letters and their meanings
    found["legend"] = [raci.cell(row=r, column=column).value for r in range(3, 8)]
    found["legend meanings"] = [raci.cell(row=r, column=column + 1).value for r in range(4, 8)]
    [check] = raci.data_validations.dataValidation
    found["letters refused"] = [check.errorTitle, check.error]
    return found


def test_the_methodology_workbook_exported_in_german_has_german_headings(
    demo_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "methodik.xlsx"
    with files.open_file(demo_path, read_only=True) as ws, i18n.speaking("de"):
        checks.export_workbook(ws, path)
    found = _headings(path)
    assert list(found)[:6] == [
        "Methodik",
        "RACI",
        "Rollen",
        "Befunde",
        "Lieferobjekte",
        "Kontrollpunkte",
    ]
    assert found["Methodik"] == [
        "Phase",
        "Aktivität",
        "Typ",
        "Zuständiges Office",
        "Beschreibung",
        "Lieferobjekte",
        "Kontrollpunkte",
    ]
    assert found["RACI row 2"] == ["Phase", "Aktivität"]
    assert found["Rollen"] == ["Office", "Rolle", "Beschreibung", "Anzahl R", "Anzahl A"]
    assert found["Befunde"] == ["Schweregrad", "Regel", "Phase", "Aktivität", "Rolle", "Meldung"]
    assert found["Lieferobjekte"][:3] == ["Phase", "Aktivität", "Lieferobjekt"]
    assert found["Kontrollpunkte"][:3] == ["Phase", "Aktivität", "Kontrollpunkt"]
    assert found["legend"][0] == "Legende"
    assert found["legend meanings"][0] == "Verantwortlich: erledigt die Arbeit"
    assert found["letters refused"][0] == "RACI-Buchstaben"
    book = openpyxl.load_workbook(path)
    messages = [row[-1] for row in book["Befunde"].iter_rows(min_row=2, values_only=True)]
    assert "Keine PMO-Rolle ist an der technischen Aktivität „Provision environments“ " in (
        " ".join(messages)
    )


def test_a_german_workbook_reads_back_whole(demo_path: Path, tmp_path: Path) -> None:
    """Its headings are words the reader knows, its Deliverables and Control points sheets
    included."""
    path = tmp_path / "methodik.xlsx"
    with files.open_file(demo_path, read_only=True) as ws:
        with i18n.speaking("de"):
            transfer.export_xlsx(ws, path)
        snapshot = queries.methodology(ws)
    plan = transfer.read_plan(path)
    assert plan.layout == "ours"
    assert plan.deliverables is not None and plan.control_points is not None
    assert len(plan.deliverables) == len(snapshot.deliverables)
    assert len(plan.control_points) == len(snapshot.control_points)
    assert {a.name for a in plan.activities} == {a.name for a in snapshot.activities}
    assert all(a.detailed for a in plan.activities)


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_the_headings_read_back_are_words_the_reader_knows(language: str) -> None:
    with i18n.speaking(language):
        texts = workbook_texts()
    known = {
        texts.phase: raci_xlsx_model.PHASE_WORDS,
        texts.activity: raci_xlsx_model.ACTIVITY_WORDS,
        texts.office: raci_xlsx_model.OFFICE_WORDS,
        texts.role: raci_xlsx_model.ROLE_WORDS,
        texts.deliverable: raci_xlsx_model.DELIVERABLE_WORDS,
        texts.control_point: raci_xlsx_model.CONTROL_WORDS,
    }
    assert [word for word, words in known.items() if word.casefold() not in words] == []


def test_the_command_line_exports_the_workbook_in_the_language_asked(tmp_path: Path) -> None:
    workspace, out = tmp_path / "demo.pmotmo", tmp_path / "out.xlsx"
    assert run("demo", workspace).returncode == 0
    done = run("--lang", "fr", "export", workspace, "--xlsx", out)
    assert done.returncode == 0, done.stderr
    found = _headings(out)
    assert list(found)[:3] == ["Méthodologie", "RACI", "Rôles"]
    assert found["RACI row 2"] == ["Phase", "Activité"]
