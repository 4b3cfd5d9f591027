"""The set-up page asks for pairwise criterion weights (AHP) and says whose weights count."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pmo_tmo_desktop.services import entities, files, pairwise, queries
from pmo_tmo_desktop.services.files import Workspace
from tests.ui.test_workshop_setup import Harness, _show


@pytest.fixture
def planned(qtbot, demo_path: Path) -> Iterator[Harness]:
    """The page on a new workshop beside the demo's: two participants, three criteria."""
    ws = files.open_file(demo_path)
    wid = entities.create(ws, "workshop", title="Weighted review").new_id
    for name in ("Ana", "Ben"):
        entities.create(ws, "participant", workshop_id=wid, name=name)
    for name in ("Value", "Risk", "Fit"):
        entities.create(ws, "criterion", workshop_id=wid, name=name)
    h = _show(qtbot, Harness(ws, wid))
    yield h
    h.stack.clear()
    ws.close()


def _flag(ws: Workspace, workshop_id: int) -> bool:
    return queries.workshop(ws, workshop_id).workshop.pairwise_weights


def test_the_pairwise_box_is_reached_with_tab_ticked_with_space_and_undone(
    qtbot, planned: Harness
) -> None:
    page, ws, wid = planned.page, planned.workspace, planned.workshop_id
    assert ws is not None and wid is not None
    box = page.pairwise.box
    assert not box.isChecked() and box.isVisible()
    page.facilitator.setFocus()
    qtbot.keyClick(page.facilitator, Qt.Key.Key_Tab)
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert _flag(ws, wid) is True
    assert planned.stack.undoText() == "Change pairwise weights"
    planned.stack.undo()
    assert _flag(ws, wid) is False and not box.isChecked()
    planned.stack.redo()
    assert _flag(ws, wid) is True and box.isChecked()


def test_the_page_says_when_the_groups_weights_are_in_force(qtbot, planned: Harness) -> None:
    page, ws, wid = planned.page, planned.workspace, planned.workshop_id
    assert ws is not None and wid is not None
    assert not page.pairwise.in_force.isVisible()
    people = [p.id for p in queries.workshop(ws, wid).participants]
    value, risk, fit = (c.id for c in queries.workshop(ws, wid).criteria)
    for who in people:
        pairwise.record_judgement(ws, who, value, risk, 3)
        pairwise.record_judgement(ws, who, value, fit, 5)
    planned.run("Adopt", lambda: pairwise.adopt_group_weights(ws, wid))
    assert page.pairwise.in_force.isVisible()
    assert "the group's, adopted on" in page.pairwise.in_force.text()
    planned.run("Weight", lambda: entities.edit(ws, "criterion", risk, weight=30))
    assert not page.pairwise.in_force.isVisible()
