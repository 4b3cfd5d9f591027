"""A large import is written table by table: the workspace it leaves is exactly the one the
one-record services build, and its undo is a handful of operations, not one per cell."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from pmo_tmo_desktop.services import entities, files, methodology, queries, rows, transfer
from pmo_tmo_desktop.services.files import Workspace
from tests.services.test_transfer import write_grid
from tests.store.helpers import dump

EXISTING_ROLES = ["Project Manager", "Head of PMO", "Solution Architect"]
NEW_ROLES = [f"Steward {n}" for n in range(8)]


def _mixed_grid(ws: Workspace) -> list[list[Any]]:
    """Known and new roles, known and new activities (in a known and a new phase), letters
    that set, change and clear cells, over 40 rows of 11 roles."""
    snap = queries.methodology(ws)
    known = {p.name: p.id for p in snap.phases}
    initiation = [a.name for a in snap.activities if a.phase_id == known["Initiation"]]
    roles = [*EXISTING_ROLES, *NEW_ROLES]
    grid: list[list[Any]] = [["Phase", "Activity", *roles]]
    names = [*initiation[:6], *(f"New step {n}" for n in range(14))]
    for number, name in enumerate(names):
        cells = [("R", "C", "I", None, "A", "ra")[(number + c) % 6] for c in range(len(roles))]
        grid.append(["Initiation" if number == 0 else None, name, *cells])
    for number in range(20):
        cells = [("I", None, "C")[(number * c) % 3] for c in range(len(roles))]
        grid.append(["Wrap-up" if number == 0 else None, f"Close item {number}", "A", *cells[1:]])
    return grid


def _one_by_one(ws: Workspace, grid: list[list[Any]], replace: bool) -> None:
    """What the import does, through the services that change one record at a time."""
    snap = queries.methodology(ws)
    roles = {r.name: r.id for r in snap.roles}
    phases = {p.name: p.id for p in snap.phases}
    header = grid[0][2:]
    unassigned = None
    for name in header:
        if name not in roles:
            if unassigned is None:
                unassigned = entities.create(ws, "office", name="Unassigned").new_id
            roles[name] = entities.create(ws, "role", name=name, office_id=unassigned).new_id
    phase = None
    for row in grid[1:]:
        phase = row[0] or phase
        if phase not in phases:
            phases[phase] = entities.create(ws, "phase", name=phase).new_id
    activities = {(a.phase_id, a.name): a.id for a in snap.activities}
    listed: list[int] = []
    phase = None
    for row in grid[1:]:
        phase = row[0] or phase
        key = (phases[phase], row[1])
        if key not in activities:
            activities[key] = entities.create(
                ws, "activity", phase_id=phases[phase], name=row[1]
            ).new_id
        listed.append(activities[key])
    cells = [
        (activity, roles[name], value or "")
        for activity, row in zip(listed, grid[1:], strict=True)
        for name, value in zip(header, row[2:], strict=True)
    ]
    for cell in cells:
        methodology.set_letters(ws, [cell])
    if replace:
        for a in queries.methodology(ws).activities:
            if a.id not in listed:
                entities.remove(ws, "activity", a.id)
        for r in queries.methodology(ws).roles:
            if r.name not in header:
                entities.remove(ws, "role", r.id)


def _positions_renumbered(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """The dump without positions: removing records one by one renumbers their siblings,
    an import's removal leaves the survivors' order as it was (gaps allowed)."""
    return dump(ws, skip={"activity": {"position"}, "role": {"position"}})


@pytest.mark.file_only  # the reference is a copy of the file
@pytest.mark.parametrize("replace", [False, True], ids=["merge", "replace"])
def test_a_large_mixed_import_leaves_what_the_one_record_services_leave_and_undoes_in_one_step(
    workspace: Workspace, tmp_path: Path, replace: bool
) -> None:
    ws = workspace
    grid = _mixed_grid(ws)
    path = write_grid(tmp_path / "mixed.xlsx", grid)
    copy_path = tmp_path / "reference.pmotmo"
    shutil.copyfile(ws.path, copy_path)
    reference = files.open_file(copy_path)
    before = dump(ws)

    outcome = transfer.import_xlsx(ws, path, replace=replace)
    _one_by_one(reference, grid, replace)

    try:
        if replace:
            assert _positions_renumbered(ws) == _positions_renumbered(reference)
        else:
            assert dump(ws) == dump(reference)
    finally:
        reference.close()
    after = dump(ws)
    assert len(outcome.changes.inserted["assignment"]) > 100
    assert len(outcome.undo) <= 20, "one operation per table and kind of change, not per cell"
    redo = rows.apply(ws, outcome.undo)
    assert dump(ws) == before
    rows.apply(ws, redo.undo)
    assert dump(ws) == after
