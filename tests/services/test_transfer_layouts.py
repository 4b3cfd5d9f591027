"""A hand-made workbook in any public layout goes into the workspace as the person meant it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmo_tmo_desktop.services import queries, transfer
from pmo_tmo_desktop.services.files import Workspace
from tests.exchange.layouts_xlsx import (
    BAND_AND_ID,
    BAND_ID_MERGED_PHASES,
    BOLD_PHASES,
    CASES,
    assert_imported,
    assert_plan,
)


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
