"""The pairwise sheet of a ballot: exported when the workshop asks for pairwise weights, a
dropdown of Saaty's 17 answers per pair, read back into the judgements by `ballots import`,
and a bad answer refused in one line naming the sheet and cell, nothing changed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pmo_tmo_desktop.services import entities, files, queries
from tests.cli.test_cli import assert_refused, run
from tests.exchange.test_workshop_xlsx import edit_cells
from tests.store.helpers import fingerprint

PAIRS = "Criteria weights"


def _workspace(path: Path, *, pairwise: bool) -> int:
    ws = files.new(path, "empty")
    try:
        offices = {o.name: o.id for o in queries.offices(ws)}
        workshop = entities.create(
            ws, "workshop", title="Q4 review", anonymity="named", pairwise_weights=pairwise
        ).new_id
        for name in ("Fit", "Risk", "Cost"):
            entities.create(ws, "criterion", workshop_id=workshop, name=name)
        entities.create(ws, "proposal", workshop_id=workshop, title="New CRM")
        for name, office in (("Ann", "PMO"), ("Tom", "TMO")):
            entities.create(
                ws, "participant", workshop_id=workshop, name=name, office_id=offices[office]
            )
    finally:
        ws.close()
    return workshop


def _export(tmp_path: Path, *, pairwise: bool = True) -> tuple[Path, int, Path]:
    path = tmp_path / "acme.pmotmo"
    workshop = _workspace(path, pairwise=pairwise)
    out = tmp_path / "ballots"
    result = run("ballots", "export", path, "--workshop", workshop, "--out", out)
    assert result.returncode == 0, result.stderr
    return path, workshop, out / "ballot-ann.xlsx"


def _judgements(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT p.name, a.name, b.name, round(j.value, 4), j.entered_by "
            "FROM pairwise_judgement j JOIN participant p ON p.id = j.participant_id "
            "JOIN criterion a ON a.id = j.criterion_a_id "
            "JOIN criterion b ON b.id = j.criterion_b_id ORDER BY j.id"
        ).fetchall()
    finally:
        con.close()


def test_the_ballot_carries_one_row_per_pair_with_the_seventeen_answers(tmp_path: Path) -> None:
    _, _, ballot = _export(tmp_path)
    book = load_workbook(ballot)
    assert book.sheetnames[:2] == ["Ballot", PAIRS]
    sheet = book[PAIRS]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=7)]
    assert rows == [
        ["Criterion A", "Criterion B", "Which matters more, and how much?"],
        ["Fit", "Risk", None],
        ["Fit", "Cost", None],
        ["Risk", "Cost", None],
    ]
    [check] = sheet.data_validations.dataValidation
    assert check.type == "list" and str(check.sqref) == "C5:C7"
    listed, letter_range = check.formula1.split("!")
    first, last = letter_range.replace("$", "").split(":")
    answers = [c.value for row in book[listed.strip("'")][f"{first}:{last}"] for c in row]
    assert len(answers) == 17
    assert answers[0] == "A extremely more important" and answers[8] == "Equal"
    assert answers[16] == "B extremely more important"
    assert sheet.protection.sheet and not sheet["C5"].protection.locked


def test_a_workshop_without_pairwise_weights_has_no_such_sheet(tmp_path: Path) -> None:
    _, _, ballot = _export(tmp_path, pairwise=False)
    assert PAIRS not in load_workbook(ballot).sheetnames


def test_answers_become_judgements_and_weights(tmp_path: Path) -> None:
    path, workshop, ballot = _export(tmp_path)
    edit_cells(
        ballot,
        PAIRS,
        {"C5": "A moderately more important", "C6": "  b STRONGLY more important "},
    )
    result = run("ballots", "import", path, "--workshop", workshop, ballot)
    assert result.returncode == 0, result.stderr
    assert "2 pairwise judgements of criteria recorded." in result.stdout
    assert _judgements(path) == [
        ("Ann", "Fit", "Risk", 3.0, "ballot"),
        ("Ann", "Fit", "Cost", 0.2, "ballot"),
    ]
    data = json.loads(run("weights", path, "--workshop", workshop, "--json").stdout)
    ann = data["participants"][0]
    assert ann["missing"] == 1 and ann["weights"]["Cost"] > ann["weights"]["Fit"]

    # Re-imported with a pair emptied: the judgement the earlier ballot gave goes.
    edit_cells(ballot, PAIRS, {"C6": None})
    result = run("ballots", "import", path, "--workshop", workshop, ballot)
    assert result.returncode == 0, result.stderr
    assert _judgements(path) == [("Ann", "Fit", "Risk", 3.0, "ballot")]


@pytest.mark.parametrize("answer", ["very much", 3, "A"])
def test_an_answer_not_offered_is_refused_naming_the_cell(tmp_path: Path, answer: object) -> None:
    path, workshop, ballot = _export(tmp_path)
    edit_cells(ballot, PAIRS, {"C5": "Equal", "C7": answer})
    before = fingerprint(path)
    result = run("ballots", "import", path, "--workshop", workshop, ballot)
    assert_refused(
        result, "ballot-ann.xlsx", f"sheet {PAIRS}", "C7", "Risk vs Cost", "not one of the answers"
    )
    assert fingerprint(path) == before
    assert _judgements(path) == []
