"""A hand-made workbook in any public layout goes into the workspace as the person meant it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.services import methodology, queries, transfer
from pmo_tmo_desktop.services.files import Workspace
from tests.exchange.layouts_xlsx import (
    BAND_AND_ID,
    BAND_ID_MERGED_PHASES,
    BOLD_PHASES,
    CASES,
    assert_imported,
    assert_plan,
)
from tests.exchange.test_raci_xlsx import write_grid


@pytest.mark.parametrize("name", list(CASES))
def test_each_layout_is_imported_with_its_phases_roles_offices_and_letters(
    empty_workspace: Workspace, tmp_path: Path, name: str
) -> None:
    case = CASES[name]
    path = case.write(tmp_path / "book.xlsx")
    assert_plan(transfer.read_plan(path), case)

    outcome = transfer.import_xlsx(empty_workspace, path)

    assert_imported(empty_workspace, case)
    assert (outcome.value.reading, outcome.value.readings) == (case.reading, case.readings)


def test_the_band_matches_an_office_by_name_in_any_case_and_adds_the_ones_missing(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    ws = empty_workspace
    before = {o.name for o in queries.methodology(ws).offices}
    assert {"PMO", "TMO"} <= before and "Delivery Office" not in before

    transfer.import_xlsx(ws, BAND_AND_ID.write(tmp_path / "a.xlsx"))
    outcome = transfer.import_xlsx(ws, BAND_ID_MERGED_PHASES.write(tmp_path / "b.xlsx"))

    after = [o.name for o in queries.methodology(ws).offices]
    assert sorted(after) == sorted([*before, "Delivery Office"])
    assert outcome.value.offices_added == 1


def test_the_flat_reading_chosen_puts_every_named_row_in_as_an_activity(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    ws = empty_workspace
    outcome = transfer.import_xlsx(ws, BOLD_PHASES.write(tmp_path / "b.xlsx"), reading="roles-flat")

    snap = queries.methodology(ws)
    assert [p.name for p in snap.phases] == ["Unassigned"]
    assert [a.name for a in snap.activities] == [
        "Initiation",
        "Define scope",
        "Write charter",
        "Delivery",
        "Build",
        "Test",
        "Release",
    ]
    assert outcome.value.reading == "roles-flat"


def _signed_off(path: Path) -> Path:
    return write_grid(
        path,
        [
            ["Activity", "R", "A", "C", "I", "V", "Sign-off"],
            ["Release", "Dev", "PM", None, "-", "QA", "Sponsor, PM"],
        ],
    )


def test_verify_and_sign_off_columns_go_in_where_the_variant_has_them(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    ws = empty_workspace
    methodology.set_info(ws, raci_variant=m.RaciVariant.RACI_VS.value)

    transfer.import_xlsx(ws, _signed_off(tmp_path / "vs.xlsx"))

    snap = queries.methodology(ws)
    roles = {r.id: r.name for r in snap.roles}
    assert {roles[c.role_id]: c.letters for c in snap.assignments} == {
        "Dev": "R",
        "PM": "AS",
        "QA": "V",
        "Sponsor": "S",
    }


def test_a_sign_off_column_in_a_raci_workspace_is_refused_naming_its_cell(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(WorkbookError) as caught:
        transfer.import_xlsx(empty_workspace, _signed_off(tmp_path / "vs.xlsx"))
    assert str(caught.value).startswith("vs.xlsx, sheet Sheet, cell G2: 'S' is not a RACI letter")
    assert queries.methodology(empty_workspace).roles == ()
