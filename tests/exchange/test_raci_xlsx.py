"""The methodology workbook: the export sheet by sheet, and reading workbooks back."""

from __future__ import annotations

import dataclasses
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.exchange import xlsx_safe
from pmo_tmo_desktop.exchange.raci_xlsx import (
    FindingRow,
    PlanActivity,
    PlanRole,
    export_methodology,
    letter_combinations,
    read_workbook,
)
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.services.methodology_texts import workbook_texts


def snapshot(
    variant: m.RaciVariant = m.RaciVariant.RACI, activity: str = "Kick-off"
) -> m.Methodology:
    """Two offices, three roles (PMO, TMO, PMO again), two phases, three activities."""
    info = m.WorkspaceInfo("Acme", "Acme Ltd", variant, datetime(2026, 1, 1))
    offices = (
        m.Office(1, "PMO", "#2F6DB5", "", 0),
        m.Office(2, "TMO", "#2E8B57", "", 1),
    )
    roles = (
        m.Role(1, "Project Manager", 1, "Runs it", 0),
        m.Role(2, "Architect", 2, "=designs it", 1),
        m.Role(3, "Sponsor", 1, "", 2),
    )
    phases = (m.Phase(1, "Initiate", "Start", 0), m.Phase(2, "Deliver", "", 1))
    kinds = m.ActivityKind
    activities = (
        m.Activity(1, 1, activity, "First meeting", kinds.MANAGEMENT, 1, 0),
        m.Activity(2, 1, "Architecture vision", "", kinds.TECHNICAL, 2, 1),
        m.Activity(3, 2, "Build", "", kinds.TECHNICAL, None, 0),
    )
    deliverables = (
        m.Deliverable(1, 2, "Vision", m.DeliverableKind.TECHNICAL, "", 0),
        m.Deliverable(2, 2, "Options", m.DeliverableKind.TECHNICAL, "", 1),
    )
    cps = (
        m.ControlPoint(1, "Gate 1", m.ControlKind.GATE, 1, None, "", 0, (1, 3)),
        m.ControlPoint(2, "Design review", m.ControlKind.REVIEW, None, 2, "", 1, (2,)),
    )
    assignments = (
        m.Assignment(1, 1, "RA"),
        m.Assignment(1, 3, "I"),
        m.Assignment(2, 2, "RA"),
        m.Assignment(2, 1, "C"),
        m.Assignment(3, 2, "R"),
        m.Assignment(3, 1, "A"),
    )
    return m.Methodology(info, offices, roles, phases, activities, deliverables, cps, assignments)


def values(ws: Worksheet) -> list[list[Any]]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def write_grid(path: Path, rows: list[list[Any]], title: str = "Sheet") -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


# --- export ------------------------------------------------------------------------------


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "method.xlsx"
    finding = FindingRow("error", "one-accountable", "Deliver", "Build", "", "=no accountable")
    export_methodology(snapshot(), [finding], path, workbook_texts())
    return path


def test_the_workbook_has_its_sheets_with_the_matrix_in_front(exported: Path) -> None:
    book = load_workbook(exported)
    assert book.sheetnames == [
        "Methodology",
        "RACI",
        "Roles",
        "Findings",
        "Deliverables",
        "Control points",
    ]
    assert book.active is not None and book.active.title == "RACI"


def test_the_methodology_sheet_lists_phases_activities_deliverables_and_gates(
    exported: Path,
) -> None:
    ws = load_workbook(exported)["Methodology"]
    rows = values(ws)
    assert rows[0] == [
        "Phase", "Activity", "Kind", "Owning office", "Description", "Deliverables",
        "Control points",
    ]  # fmt: skip
    assert rows[1] == [
        "Initiate", None, None, None, "Start", None,
        "Gate 1 [gate] — Project Manager, Sponsor",
    ]  # fmt: skip
    assert rows[3] == [
        "Initiate", "Architecture vision", "technical", "TMO", None,
        "Vision (technical); Options (technical)", "Design review [review] — Architect",
    ]  # fmt: skip
    assert rows[5][:4] == ["Deliver", "Build", "technical", None]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G6"
    assert ws["A1"].font.bold and ws["E2"].alignment.wrap_text


def test_the_raci_sheet_shows_offices_above_their_roles_and_phases_above_activities(
    exported: Path,
) -> None:
    ws = load_workbook(exported)["RACI"]
    rows = values(ws)
    assert rows[0][:5] == [None, None, "PMO", "TMO", "PMO"]
    assert rows[1][:5] == ["Phase", "Activity", "Project Manager", "Architect", "Sponsor"]
    assert rows[2][:5] == ["Initiate", None, None, None, None]  # the phase row
    assert rows[3][:5] == ["Initiate", "Kick-off", "RA", None, "I"]
    assert rows[4][:5] == ["Initiate", "Architecture vision", "C", "RA", None]
    assert rows[5][:5] == ["Deliver", None, None, None, None]
    assert rows[6][:5] == ["Deliver", "Build", "A", "R", None]
    office = ws["C1"]
    assert office.fill.fgColor.rgb == "FF2F6DB5"
    assert office.font.bold and office.font.color.rgb == "FFFFFFFF"
    assert ws["D1"].fill.fgColor.rgb == "FF2E8B57"
    assert ws["C2"].alignment.text_rotation == 90
    assert ws.column_dimensions["C"].width == 7
    assert ws["A3"].font.bold and ws["E3"].fill.fgColor.rgb == "FFE7E7E7"
    assert ws["C4"].alignment.horizontal == "center"
    assert ws.freeze_panes == "C3"
    assert ws.auto_filter.ref == "A2:E7"
    assert ws.print_title_rows == "$1:$2"
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToHeight == 0


def test_letter_cells_are_centred_in_a_grid_and_empty_ones_take_the_look_from_their_column(
    exported: Path,
) -> None:
    ws = load_workbook(exported)["RACI"]
    for coordinate in ("C4", "E4", "D5", "C7"):
        cell = ws[coordinate]
        assert (cell.alignment.horizontal, cell.alignment.vertical) == ("center", "center")
        sides = (cell.border.left, cell.border.right, cell.border.top, cell.border.bottom)
        assert all(side.style == "thin" for side in sides)
    for column in "CDE":  # an empty matrix cell, or a letter typed into one, looks the same
        dimension = ws.column_dimensions[column]
        assert dimension.alignment.horizontal == "center"
        assert dimension.border.left.style == "thin" and dimension.border.bottom.style == "thin"
    assert ws["C3"].fill.fgColor.rgb == "FFE7E7E7"  # phase rows keep their band, no grid
    assert ws["C3"].border.left.style is None


def test_only_cells_with_something_in_them_are_written(exported: Path) -> None:
    """What keeps a large export fast: no empty matrix cells, no empty table cells."""
    with zipfile.ZipFile(exported) as archive:
        methodology = archive.read("xl/worksheets/sheet1.xml").decode()
        raci = archive.read("xl/worksheets/sheet2.xml").decode()
    assert 'r="C4"' in raci and 'r="D4"' not in raci and 'r="E5"' not in raci
    assert 'r="E3"' in methodology and 'r="E4"' not in methodology  # an empty description
    ws = load_workbook(exported)["Methodology"]
    assert ws.column_dimensions["E"].alignment.wrap_text
    assert ws.column_dimensions["E"].alignment.vertical == "top"
    assert ws["D2"].fill.fgColor.rgb == "FFE7E7E7"  # the phase row is filled all across


def test_letters_that_are_not_plain_letters_still_go_in_as_safe_text(tmp_path: Path) -> None:
    snap = snapshot()
    odd = (m.Assignment(3, 3, "=1+2"), m.Assignment(2, 3, "C\x07"))
    path = tmp_path / "odd.xlsx"
    export_methodology(
        dataclasses.replace(snap, assignments=snap.assignments + odd), [], path, workbook_texts()
    )
    ws = load_workbook(path)["RACI"]
    assert (ws["E7"].value, ws["E7"].data_type) == ("=1+2", "s")
    assert ws["E5"].value == "C"
    assert ws["E7"].alignment.horizontal == "center"


def test_a_run_of_roles_of_one_office_shares_one_merged_header(tmp_path: Path) -> None:
    snap = snapshot()
    roles = (snap.roles[0], snap.roles[2], snap.roles[1])  # PMO, PMO, TMO
    path = tmp_path / "m.xlsx"
    export_methodology(dataclasses.replace(snap, roles=roles), [], path, workbook_texts())
    ws = load_workbook(path)["RACI"]
    assert [str(r) for r in ws.merged_cells.ranges] == ["C1:D1"]
    assert (ws["C1"].value, ws["E1"].value) == ("PMO", "TMO")


def test_the_letter_cells_offer_a_dropdown_and_are_coloured_per_letter(exported: Path) -> None:
    ws = load_workbook(exported)["RACI"]
    [check] = ws.data_validations.dataValidation
    assert check.type == "list"
    assert check.formula1 == '"' + ",".join(letter_combinations(m.RaciVariant.RACI)) + '"'
    assert str(check.sqref) == "C3:E7"
    rules = [
        (str(rng.sqref), rule.type, rule.text, rule.dxf.fill.fgColor.rgb)
        for rng in ws.conditional_formatting
        for rule in rng.rules
    ]
    assert [r[2] for r in rules] == ["A", "R", "C", "I"]
    assert all(r[0] == "C3:E7" and r[1] == "containsText" for r in rules)
    assert rules[0][3] == "FFF4B6B6"  # A is red-ish


def test_a_dropdown_too_long_for_excel_reads_its_list_from_a_hidden_sheet(tmp_path: Path) -> None:
    path = tmp_path / "vs.xlsx"
    export_methodology(snapshot(m.RaciVariant.RACI_VS), [], path, workbook_texts())
    book = load_workbook(path)
    combos = letter_combinations(m.RaciVariant.RACI_VS)
    assert len(combos) == 63 and "RASCIV" in combos and "RACSIV" not in combos
    assert book.sheetnames[-1] == "Lists" and "Control points" in book.sheetnames
    lists = book["Lists"]
    assert lists.sheet_state == "hidden"
    assert [row[0] for row in values(lists)] == list(combos)
    [check] = book["RACI"].data_validations.dataValidation
    assert check.formula1 == "'Lists'!$A$1:$A$63"


def test_the_legend_explains_each_letter_of_the_variant(tmp_path: Path) -> None:
    path = tmp_path / "rasci.xlsx"
    export_methodology(snapshot(m.RaciVariant.RASCI), [], path, workbook_texts())
    ws = load_workbook(path)["RACI"]
    assert ws["G3"].value == "Legend"
    legend = [(ws.cell(row=r, column=7).value, ws.cell(row=r, column=8).value) for r in range(4, 9)]
    assert [letter for letter, _ in legend] == ["R", "A", "S", "C", "I"]
    assert legend[2][1].startswith("Supportive")
    assert ws["G5"].fill.fgColor.rgb == "FFF4B6B6"


def test_roles_and_findings_sheets(exported: Path) -> None:
    book = load_workbook(exported)
    assert values(book["Roles"]) == [
        ["Office", "Role", "Description", "R count", "A count"],
        ["PMO", "Project Manager", "Runs it", 1, 2],
        ["TMO", "Architect", "=designs it", 2, 1],
        ["PMO", "Sponsor", None, 0, 0],
    ]
    assert book["Roles"]["C3"].data_type == "s"
    assert values(book["Findings"]) == [
        ["Severity", "Rule", "Phase", "Activity", "Role", "Message"],
        ["error", "one-accountable", "Deliver", "Build", None, "=no accountable"],
    ]


def test_an_empty_findings_list_still_gives_the_sheet_its_headers(tmp_path: Path) -> None:
    path = tmp_path / "clean.xlsx"
    export_methodology(snapshot(), [], path, workbook_texts())
    assert values(load_workbook(path)["Findings"]) == [
        ["Severity", "Rule", "Phase", "Activity", "Role", "Message"]
    ]


def test_names_that_look_like_formulas_stay_text_in_every_sheet(tmp_path: Path) -> None:
    path = tmp_path / "evil.xlsx"
    export_methodology(snapshot(activity="=cmd|' /C calc'!A0"), [], path, workbook_texts())
    book = load_workbook(path)
    assert book["RACI"]["B4"].value == "=cmd|' /C calc'!A0"
    assert book["RACI"]["B4"].data_type == "s"
    assert book["Methodology"]["B3"].data_type == "s"
    assert read_workbook(path).activities[0].name == "=cmd|' /C calc'!A0"


def test_translated_texts_name_the_sheets_and_headers(tmp_path: Path) -> None:
    texts = dataclasses.replace(
        workbook_texts(), raci_sheet="RACI: Matrix?", phase="Phase", activity="Aktivität"
    )
    path = tmp_path / "de.xlsx"
    export_methodology(snapshot(), [], path, texts)
    book = load_workbook(path)
    assert "RACI Matrix" in book.sheetnames
    assert book["RACI Matrix"]["B2"].value == "Aktivität"
    assert read_workbook(path).layout == "ours"


# --- reading our own export --------------------------------------------------------------


def test_our_export_reads_back_into_the_same_methodology(exported: Path) -> None:
    plan = read_workbook(exported)
    assert (plan.layout, plan.sheet, plan.file) == ("ours", "RACI", "method.xlsx")
    assert plan.offices == ("PMO", "TMO")
    assert plan.office_colours == {"PMO": "#2F6DB5", "TMO": "#2E8B57"}
    assert plan.roles == (
        PlanRole("Project Manager", "PMO", "Runs it"),
        PlanRole("Architect", "TMO", "=designs it"),
        PlanRole("Sponsor", "PMO", ""),
    )
    assert plan.phases == ("Initiate", "Deliver")
    assert plan.activities == (
        PlanActivity("Initiate", "Kick-off", "management", "PMO", "First meeting", True),
        PlanActivity("Initiate", "Architecture vision", "technical", "TMO", "", True),
        PlanActivity("Deliver", "Build", "technical", None, "", True),
    )
    assert dict(plan.cells) == {
        ("Initiate", "Kick-off", "Project Manager"): "RA",
        ("Initiate", "Kick-off", "Sponsor"): "I",
        ("Initiate", "Architecture vision", "Project Manager"): "C",
        ("Initiate", "Architecture vision", "Architect"): "RA",
        ("Deliver", "Build", "Project Manager"): "A",
        ("Deliver", "Build", "Architect"): "R",
    }
    assert plan.where[("Deliver", "Build", "Architect")] == "D7"


def _edit(path: Path, change: Callable[[Workbook], None]) -> Path:
    book = load_workbook(path)
    change(book)
    book.save(path)
    return path


def test_letters_typed_by_hand_in_any_spelling_are_normalised(exported: Path) -> None:
    def retype(book: Workbook) -> None:
        book["RACI"]["E4"] = "a, r"
        book["RACI"]["E7"] = "c/i"

    plan = read_workbook(_edit(exported, retype))
    assert plan.cells[("Initiate", "Kick-off", "Sponsor")] == "RA"
    assert plan.cells[("Deliver", "Build", "Sponsor")] == "CI"


# --- hand-made matrices ------------------------------------------------------------------


def test_a_hand_made_matrix_with_a_title_and_a_phase_column(tmp_path: Path) -> None:
    path = write_grid(
        tmp_path / "hand.xlsx",
        [
            ["RACI of project Falcon"],
            [],
            ["Fase", "Task", "Notes", "PM", "Architect", "Sponsor"],
            ["Start", "Kick-off", "whole team", "r/a", None, "i"],
            [None, "Charter", None, "R", "c", "A"],
            [],
            ["Build", None, None, None, None, None],
            [None, "Code", "-", None, "RA", None],
        ],
    )
    plan = read_workbook(path)
    assert (plan.layout, plan.sheet) == ("hand-made", "Sheet")
    assert [r.name for r in plan.roles] == ["PM", "Architect", "Sponsor"]
    assert all(r.office is None for r in plan.roles)
    assert plan.phases == ("Start", "Build")
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Start", "Kick-off"),
        ("Start", "Charter"),
        ("Build", "Code"),
    ]
    assert plan.cells[("Start", "Kick-off", "PM")] == "RA"
    assert plan.cells[("Start", "Charter", "Architect")] == "C"
    assert plan.where[("Build", "Code", "Architect")] == "E8"
    assert plan.offices == ()


def test_a_hand_made_matrix_without_phases_or_a_corner_header(tmp_path: Path) -> None:
    path = write_grid(
        tmp_path / "plain.xlsx",
        [[None, "PM", "Dev"], ["Plan", "A", "C"], ["Build", "I", "RA"]],
    )
    plan = read_workbook(path)
    assert plan.phases == ()
    assert [(a.phase, a.name, a.kind) for a in plan.activities] == [
        (None, "Plan", None),
        (None, "Build", None),
    ]
    assert plan.cells == {
        (None, "Plan", "PM"): "A",
        (None, "Plan", "Dev"): "C",
        (None, "Build", "PM"): "I",
        (None, "Build", "Dev"): "RA",
    }


def _refused(tmp_path: Path, rows: list[list[Any]], message: str) -> None:
    path = write_grid(tmp_path / "plan.xlsx", rows, title="RACI")
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    assert str(caught.value) == message


def test_an_unknown_letter_is_refused_naming_its_cell(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "Dev", "QA", "Ops", "Sec"], ["Plan", "A", "R", "C", "I", "X"]]
    _refused(tmp_path, rows, "plan.xlsx, sheet RACI, cell F2: 'X' is not a RACI letter")


def test_a_number_in_a_letter_cell_is_refused(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "Dev"], ["Plan", "A", 1]]
    _refused(tmp_path, rows, "plan.xlsx, sheet RACI, cell C2: '1' is not a RACI letter")


def test_a_role_named_twice_is_refused(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "Dev", "pm"], ["Plan", "A", "R", "C"]]
    _refused(
        tmp_path, rows, "plan.xlsx, sheet RACI, cell D1: role 'pm' appears twice in the header "
        "(also B1)",
    )  # fmt: skip


def test_letters_without_an_activity_name_are_refused(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "Dev"], ["Plan", "A", "R"], [None, "R", None]]
    _refused(
        tmp_path, rows,
        "plan.xlsx, sheet RACI, cell A3: the activity name is empty but the row has letters",
    )  # fmt: skip


def test_an_activity_listed_twice_in_a_phase_is_refused(tmp_path: Path) -> None:
    rows = [["Phase", "Activity", "PM", "Dev"], ["P", "Plan", "A", "R"], ["P", "plan", "R", "A"]]
    _refused(
        tmp_path, rows, "plan.xlsx, sheet RACI, cell B3: activity 'plan' appears twice (also B2)"
    )


def test_letters_under_a_column_with_no_role_name_are_refused(tmp_path: Path) -> None:
    rows = [["Activity", "PM", "Dev", None], ["Plan", "A", "R", "C"]]
    _refused(
        tmp_path, rows, "plan.xlsx, sheet RACI, cell D2: letters in a column with no role name"
    )


def test_a_workbook_without_a_matrix_is_refused(tmp_path: Path) -> None:
    _refused(
        tmp_path, [["Just a title"], [], ["and a note"]],
        "plan.xlsx: no RACI matrix found: no sheet has a row of role names across and "
        "a column of activities",
    )  # fmt: skip


def test_a_wrong_kind_in_our_methodology_sheet_is_refused(exported: Path) -> None:
    def bad_kind(book: Workbook) -> None:
        book["Methodology"]["C3"] = "magic"

    with pytest.raises(WorkbookError, match=r"sheet Methodology, cell C3: kind 'magic' must be"):
        read_workbook(_edit(exported, bad_kind))


def test_an_oversized_workbook_is_refused_before_it_is_parsed(
    exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_safe, "LIMIT_BYTES", 1024)
    with pytest.raises(WorkbookError, match=r"^method\.xlsx: refused: it would expand to"):
        read_workbook(exported)
