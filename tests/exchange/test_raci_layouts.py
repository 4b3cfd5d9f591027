"""Hand-made matrices in the layouts public RACI templates use are read as a person reads them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pmo_tmo_desktop.exchange import xlsx_read
from pmo_tmo_desktop.exchange.raci_xlsx_read import read_workbook
from pmo_tmo_desktop.exchange.raci_xlsx_sheet import is_none
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from tests.exchange.layouts_xlsx import (
    BOLD_PHASES,
    CASES,
    MERGED_PHASES,
    TRANSPOSED,
    Case,
    assert_plan,
)
from tests.exchange.test_raci_xlsx import write_grid


@pytest.mark.parametrize("name", list(CASES))
def test_each_layout_reads_its_phases_activities_roles_offices_and_letters(
    tmp_path: Path, name: str
) -> None:
    case = CASES[name]
    assert_plan(read_workbook(case.write(tmp_path / "book.xlsx")), case)


@pytest.mark.parametrize("name", list(CASES))
def test_both_readers_give_the_same_plan(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = CASES[name].write(tmp_path / "book.xlsx")
    fast = read_workbook(path)
    monkeypatch.setattr(xlsx_read, "_fast_sheets", lambda _path: None)
    assert read_workbook(path) == fast


@pytest.mark.parametrize(
    "marker", ["-", " – ", "—", "n/a", "N/A", " none ", "None", "NA", "nobody", ""]
)
def test_the_obvious_nobody_markers_read_as_empty(marker: str) -> None:
    assert is_none(marker)


@pytest.mark.parametrize("mark", ["x", "X", "?", "0", "yes"])
def test_a_tick_or_anything_else_is_no_nobody_marker(mark: str, tmp_path: Path) -> None:
    assert not is_none(mark)
    path = write_grid(tmp_path / "x.xlsx", [["Activity", "PM", "Dev"], ["Plan", "A", mark]])
    with pytest.raises(WorkbookError, match=r"x\.xlsx, sheet Sheet, cell C2: "):
        read_workbook(path)


def test_the_flat_reading_keeps_rows_without_letters_as_activities(tmp_path: Path) -> None:
    plan = read_workbook(BOLD_PHASES.write(tmp_path / "book.xlsx"), "roles-flat")
    assert (plan.reading, plan.readings, plan.phases, plan.phase_rows) == (
        "roles-flat",
        ("roles", "roles-flat"),
        (),
        (),
    )
    assert [a.name for a in plan.activities][:3] == ["Initiation", "Define scope", "Write charter"]
    assert all(a.phase is None for a in plan.activities)
    assert plan.cells[(None, "Write charter", "Project Manager")] == "RA"


def test_of_two_rows_without_letters_only_the_one_before_letters_starts_a_phase(
    tmp_path: Path,
) -> None:
    rows: list[list[Any]] = [
        ["Activity", "PM", "Dev"],
        ["Plan"],
        ["Draft the plan"],
        ["Agree the plan", "A", "R"],
    ]
    plan = read_workbook(write_grid(tmp_path / "p.xlsx", rows))
    assert [(a.phase, a.name) for a in plan.activities] == [
        (None, "Plan"),
        ("Draft the plan", "Agree the plan"),
    ]
    assert plan.phase_rows == ("A3",)


def test_a_matrix_without_any_letters_yet_reads_every_row_as_an_activity(tmp_path: Path) -> None:
    rows: list[list[Any]] = [["Activity", "PM", "Dev"], ["Plan"], ["Build"]]
    plan = read_workbook(write_grid(tmp_path / "p.xlsx", rows))
    assert ([a.name for a in plan.activities], plan.phases, plan.readings) == (
        ["Plan", "Build"],
        (),
        ("roles",),
    )


def test_the_letter_layout_read_as_roles_across_is_refused_naming_the_cell(
    tmp_path: Path,
) -> None:
    path = TRANSPOSED.write(tmp_path / "t.xlsx")
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path, "roles")
    assert str(caught.value) == (
        "t.xlsx, sheet RACI, cell B3: 'Dev, QA' holds 'DEQ', which is not a RACI letter"
    )


def test_roles_across_read_as_one_column_per_letter_is_refused_naming_the_header(
    tmp_path: Path,
) -> None:
    path = MERGED_PHASES.write(tmp_path / "m.xlsx")
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path, "letters")
    assert str(caught.value) == (
        "m.xlsx, sheet RACI, cell B3: 'PM' heads no letter column (R, A, C, I, S, V)"
    )


def test_a_layout_that_reads_both_ways_offers_both(tmp_path: Path) -> None:
    """Roles named after letters with letters in the cells: both readings are plausible."""
    rows: list[list[Any]] = [["Activity", "A", "C"], ["Plan", "A", "C"]]
    plan = read_workbook(write_grid(tmp_path / "p.xlsx", rows))
    assert (plan.reading, plan.readings) == ("letters", ("roles", "letters"))
    other = read_workbook(tmp_path / "p.xlsx", "roles")
    assert other.cells == {(None, "Plan", "A"): "A", (None, "Plan", "C"): "C"}


def test_an_unknown_reading_is_refused(tmp_path: Path) -> None:
    path = BOLD_PHASES.write(tmp_path / "b.xlsx")
    with pytest.raises(WorkbookError, match=r"b\.xlsx: 'sideways' is not a layout"):
        read_workbook(path, "sideways")


def test_a_number_among_role_names_is_refused_naming_its_cell(tmp_path: Path) -> None:
    case = Case(
        rows=[["Activity", "R", "A"], ["Plan", "Dev", 7]],
        phases=[],
        activities=[],
        roles=[],
        cells={},
        reading="letters",
        readings=(),
    )
    with pytest.raises(WorkbookError) as caught:
        read_workbook(case.write(tmp_path / "n.xlsx"))
    assert str(caught.value) == "n.xlsx, sheet RACI, cell C2: '7' is not a role name"


def test_a_labelled_repeated_office_band_above_a_phase_column(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["Office", None, "PMO", "PMO", "TMO"],
        ["Phase", "Activity", "Head of PMO", "Analyst", "Architect"],
        ["Start", "Kick-off", "a", "r", "-"],
        [None, "Plan", None, None, None],
        ["Build", "Design", "i", None, "R, A"],
    ]
    plan = read_workbook(write_grid(tmp_path / "band.xlsx", rows))
    assert [(r.name, r.office) for r in plan.roles] == [
        ("Head of PMO", "PMO"),
        ("Analyst", "PMO"),
        ("Architect", "TMO"),
    ]
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Start", "Kick-off"),
        ("Start", "Plan"),
        ("Build", "Design"),
    ]
    assert (plan.phase_rows, plan.readings) == ((), ("roles",))
    assert plan.cells == {
        ("Start", "Kick-off", "Head of PMO"): "A",
        ("Start", "Kick-off", "Analyst"): "R",
        ("Build", "Design", "Head of PMO"): "I",
        ("Build", "Design", "Architect"): "RA",
    }
