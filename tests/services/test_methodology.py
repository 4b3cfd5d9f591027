"""RACI letters, gate approvers and the workspace's own facts."""

from __future__ import annotations

import pytest

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.services import methodology, queries, rows
from pmo_tmo_desktop.services.changes import key_of
from pmo_tmo_desktop.services.files import Workspace
from tests.store.helpers import dump


def _letters(ws: Workspace) -> dict[tuple[int, int], str]:
    return {(a.activity_id, a.role_id): a.letters for a in queries.methodology(ws).assignments}


def _free_cells(ws: Workspace, count: int) -> list[tuple[int, int]]:
    meth = queries.methodology(ws)
    taken = {(a.activity_id, a.role_id) for a in meth.assignments}
    free = [(a.id, r.id) for a in meth.activities for r in meth.roles if (a.id, r.id) not in taken]
    return free[:count]


def test_typing_letters_in_a_cell_stores_them_in_canonical_order(workspace: Workspace) -> None:
    ws = workspace
    [(activity, role)] = _free_cells(ws, 1)
    key = key_of(activity_id=activity, role_id=role)

    outcome = methodology.set_letters(ws, [(activity, role, "ra")])
    assert _letters(ws)[(activity, role)] == "RA"
    assert outcome.changes.inserted == {"assignment": frozenset({key})}

    outcome = methodology.set_letters(ws, [(activity, role, " i, r ")])
    assert _letters(ws)[(activity, role)] == "RI"
    assert outcome.changes.updated == {"assignment": frozenset({key})}

    outcome = methodology.set_letters(ws, [(activity, role, "irR")])
    assert not outcome.changes, "the same letters in another spelling change nothing"

    outcome = methodology.set_letters(ws, [(activity, role, "")])
    assert (activity, role) not in _letters(ws), "clearing a cell removes it"
    assert outcome.changes.deleted == {"assignment": frozenset({key})}


def test_many_cells_change_as_one_step_and_undo_as_one(workspace: Workspace) -> None:
    ws = workspace
    meth = queries.methodology(ws)
    existing = meth.assignments[:3]
    free = _free_cells(ws, 3)
    cells = [(a.activity_id, a.role_id, "") for a in existing[:2]]  # cleared
    cells.append((existing[2].activity_id, existing[2].role_id, "c"))  # changed
    cells += [(activity, role, "I") for activity, role in free]  # filled
    before = dump(ws)

    outcome = methodology.set_letters(ws, cells)

    after = dump(ws)
    assert outcome.changes.tables == {"assignment"}
    assert len(outcome.changes.deleted["assignment"]) == 2
    assert len(outcome.changes.updated["assignment"]) == 1
    assert len(outcome.changes.inserted["assignment"]) == 3
    letters = _letters(ws)
    assert letters[(existing[2].activity_id, existing[2].role_id)] == "C"
    assert all(letters[cell] == "I" for cell in free)

    undone = rows.apply(ws, outcome.undo)
    assert dump(ws) == before
    rows.apply(ws, undone.undo)
    assert dump(ws) == after


def test_a_bad_letter_anywhere_refuses_the_whole_step(workspace: Workspace) -> None:
    ws = workspace
    free = _free_cells(ws, 2)
    before = dump(ws)
    with pytest.raises(ValidationError, match="'S' is not a RACI letter"):
        methodology.set_letters(ws, [(free[0][0], free[0][1], "R"), (free[1][0], free[1][1], "S")])
    with pytest.raises(ValidationError, match="'XZ' is not a RACI letter"):
        methodology.set_letters(ws, [(free[0][0], free[0][1], "zax")])
    assert dump(ws) == before


def test_letters_of_the_rasci_variant_are_accepted_once_the_workspace_uses_it(
    workspace: Workspace,
) -> None:
    ws = workspace
    [(activity, role)] = _free_cells(ws, 1)
    with pytest.raises(ValidationError):
        methodology.set_letters(ws, [(activity, role, "S")])

    outcome = methodology.set_info(ws, raci_variant="RASCI")
    assert outcome.changes.updated == {"workspace": frozenset({key_of(id=1)})}
    assert queries.workspace_info(ws).raci_variant == "RASCI"
    methodology.set_letters(ws, [(activity, role, "s")])
    assert _letters(ws)[(activity, role)] == "S"
    with pytest.raises(ValidationError, match="'V' is not a RASCI letter"):
        methodology.set_letters(ws, [(activity, role, "V")])

    before = dump(ws)
    with pytest.raises(ValidationError, match="clear them first"):
        methodology.set_info(ws, raci_variant="RACI")
    assert dump(ws) == before
    methodology.set_info(ws, raci_variant="RACI-VS")
    methodology.set_letters(ws, [(activity, role, "vs")])
    assert _letters(ws)[(activity, role)] == "SV"


def test_workspace_facts_are_checked(workspace: Workspace) -> None:
    ws = workspace
    before = dump(ws)
    with pytest.raises(ValidationError, match="must not be empty"):
        methodology.set_info(ws, name="   ")
    with pytest.raises(ValidationError, match="RACI, RASCI or RACI-VS"):
        methodology.set_info(ws, raci_variant="RAPID")
    with pytest.raises(ValidationError, match="unknown workspace field"):
        methodology.set_info(ws, colour="#000000")
    assert dump(ws) == before
    outcome = methodology.set_info(ws, name="Acme delivery", organisation="Acme Group")
    info = queries.workspace_info(ws)
    assert (info.name, info.organisation) == ("Acme delivery", "Acme Group")
    rows.apply(ws, outcome.undo)
    assert dump(ws) == before


def test_approvers_of_a_gate_are_set_as_a_whole(workspace: Workspace) -> None:
    ws = workspace
    meth = queries.methodology(ws)
    gate = next(c for c in meth.control_points if c.kind == "gate" and c.approver_ids)
    keep = gate.approver_ids[0]
    extra = next(r.id for r in meth.roles if r.id not in gate.approver_ids)
    outcome = methodology.set_approvers(ws, gate.id, [keep, extra])
    after = next(c for c in queries.methodology(ws).control_points if c.id == gate.id)
    assert after.approver_ids == tuple(sorted({keep, extra}))
    assert len(outcome.changes.deleted.get("approver", ())) == len(gate.approver_ids) - 1
    assert outcome.changes.inserted["approver"] == frozenset(
        {key_of(control_point_id=gate.id, role_id=extra)}
    )


def test_the_snapshot_holds_the_cells_as_one_dict_in_activity_and_role_order(
    workspace: Workspace,
) -> None:
    cells = queries.methodology(workspace).assignments
    assert isinstance(cells, m.Cells)
    assert list(m.letters_of(cells)) == sorted(_letters(workspace))
    assert m.letters_of(cells) == _letters(workspace)


def test_the_cells_of_some_activities_come_with_the_count_of_the_whole_matrix(
    workspace: Workspace,
) -> None:
    every = queries.methodology(workspace)
    first = every.activities[:2]
    later = queries.methodology(workspace, every_cell=False)
    assert later.assignments == m.Cells({}) and not later.assignments.complete  # type: ignore[attr-defined]
    look = queries.cells(workspace, [a.id for a in first])
    assert not look.complete and look.filled == len(every.assignments)
    assert dict(look.letters) == {
        cell: text
        for cell, text in m.letters_of(every.assignments).items()
        if cell[0] in {a.id for a in first}
    }
    assert queries.cells(workspace) == every.assignments
