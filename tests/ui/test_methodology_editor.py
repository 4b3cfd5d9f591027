"""Editing the methodology in the tree and its form, keyboard first, every step undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from pmo_tmo_desktop.services import files, queries
from pmo_tmo_desktop.ui.shell.main_window import MainWindow


def _stored(path: Path):
    with files.open_file(path, read_only=True) as ws:
        return queries.methodology(ws)


def _open(window: MainWindow, path: Path):
    assert window.open_path(str(path))
    window.show_area(0)
    area = window.methodology_area
    area.tree.setFocus()
    return area


def test_f2_renames_an_activity_in_place(qtbot, window: MainWindow, demo_path: Path) -> None:
    area = _open(window, demo_path)
    first = _stored(demo_path).activities[0]
    area.select(("activity", first.id))
    qtbot.keyClick(area.tree, Qt.Key.Key_F2)
    editor = area.tree.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == first.name
    editor.selectAll()
    qtbot.keyClicks(editor, "Capture the business need")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(demo_path).activities[0].name != first.name)
    assert _stored(demo_path).activities[0].name == "Capture the business need"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(demo_path).activities[0].name == first.name


def test_insert_adds_an_activity_to_the_current_phase(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    area = _open(window, demo_path)
    before = _stored(demo_path)
    phase = before.phases[1]
    area.select(("phase", phase.id))
    qtbot.keyClick(area.tree, Qt.Key.Key_Insert)
    after = _stored(demo_path)
    added = [a for a in after.activities if a.id not in {b.id for b in before.activities}]
    assert [(a.name, a.phase_id) for a in added] == [("New activity", phase.id)]
    assert area.current_key() == ("activity", added[0].id)
    editor = area.tree.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "New activity"  # ready to be named


def test_delete_removes_a_phase_with_everything_in_it_and_ctrl_z_restores_it(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    area = _open(window, demo_path)
    before = _stored(demo_path)
    phase = before.phases[2]
    area.select(("phase", phase.id))
    qtbot.keyClick(area.tree, Qt.Key.Key_Delete)
    gone = _stored(demo_path)
    assert phase.id not in {p.id for p in gone.phases}
    assert len(gone.assignments) < len(before.assignments)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(demo_path) == before


def test_ctrl_down_moves_the_last_activity_of_a_phase_into_the_next_phase(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    area = _open(window, demo_path)
    snap = _stored(demo_path)
    first_phase, second_phase = snap.phases[0], snap.phases[1]
    last = snap.activities_of(first_phase.id)[-1]
    area.select(("activity", last.id))
    qtbot.keyClick(area.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = _stored(demo_path)
    assert moved.activities_of(second_phase.id)[0].id == last.id
    qtbot.keyClick(area.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _stored(demo_path).activities_of(first_phase.id)[-1].id == last.id


def test_ctrl_up_swaps_two_activities(qtbot, window: MainWindow, demo_path: Path) -> None:
    area = _open(window, demo_path)
    snap = _stored(demo_path)
    a, b = snap.activities_of(snap.phases[0].id)[:2]
    area.select(("activity", b.id))
    qtbot.keyClick(area.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [x.id for x in _stored(demo_path).activities_of(snap.phases[0].id)[:2]] == [b.id, a.id]
    assert area.current_key() == ("activity", b.id)


def test_dropping_an_activity_on_another_phase_moves_it_there(
    window: MainWindow, demo_path: Path
) -> None:
    area = _open(window, demo_path)
    snap = _stored(demo_path)
    activity = snap.activities_of(snap.phases[0].id)[0]
    target = snap.phases[3]
    model = area.model
    data = model.mimeData([model.index_of(("activity", activity.id))])
    parent = model.index_of(("phase", target.id))
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, parent)
    assert not model.canDropMimeData(
        data, Qt.DropAction.MoveAction, 0, 0, model.index_of(("activity", activity.id))
    )
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, parent)
    assert _stored(demo_path).activities_of(target.id)[0].id == activity.id


def test_the_form_changes_kind_office_and_description(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    area = _open(window, demo_path)
    snap = _stored(demo_path)
    activity = next(a for a in snap.activities if a.kind == "management")
    area.select(("activity", activity.id))
    panel = area.panel
    panel.kind.setCurrentIndex(panel.kind.findData("technical"))
    panel.kind.activated.emit(panel.kind.currentIndex())
    tmo = next(o for o in snap.offices if o.name == "TMO")
    panel.office.setCurrentIndex(panel.office.findData(tmo.id))
    panel.office.activated.emit(panel.office.currentIndex())
    panel.description.setFocus()
    panel.description.setPlainText("Now run by the technical office.")
    area.tree.setFocus()  # leaving the text commits it
    stored = next(a for a in _stored(demo_path).activities if a.id == activity.id)
    assert (stored.kind, stored.office_id, stored.description) == (
        "technical",
        tmo.id,
        "Now run by the technical office.",
    )
    assert window.undo_stack.count() == 3


def test_ticking_an_approver_changes_who_signs_the_gate(
    window: MainWindow, demo_path: Path
) -> None:
    area = _open(window, demo_path)
    gate = next(c for c in _stored(demo_path).control_points if c.kind == "gate")
    area.select(("control", gate.id))
    model = area.panel.approver_model
    row = next(
        r for r in range(model.rowCount()) if model.item(r).checkState() == Qt.CheckState.Unchecked
    )
    role_id = model.item(row).data(Qt.ItemDataRole.UserRole)
    model.item(row).setCheckState(Qt.CheckState.Checked)
    stored = next(c for c in _stored(demo_path).control_points if c.id == gate.id)
    assert role_id in stored.approver_ids


def test_search_keeps_matching_items_and_their_phases(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    area = _open(window, demo_path)
    qtbot.keyClicks(area.search, "security")
    visible = area.proxy.rowCount()
    assert 0 < visible < area.model.rowCount()
    area.search.clear()
    assert area.proxy.rowCount() == area.model.rowCount()


def test_after_renaming_in_place_the_keys_keep_working_in_the_tree(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    window.show()
    qtbot.waitExposed(window)
    area = _open(window, demo_path)
    before = _stored(demo_path)
    first, second = before.activities[0], before.activities[1]
    area.select(("activity", first.id))
    for rename in (Qt.Key.Key_F2, Qt.Key.Key_Insert):
        qtbot.keyClick(area.tree, rename)
        editor = area.tree.viewport().findChild(QLineEdit)
        assert editor is not None
        editor.selectAll()
        qtbot.keyClicks(editor, f"Renamed by {rename.name}")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: area.tree.viewport().findChild(QLineEdit) is None)
        assert area.tree.hasFocus(), f"after {rename.name}: focus on {window.focusWidget()}"
    names = {a.name for a in _stored(demo_path).activities}
    assert {"Renamed by Key_F2", "Renamed by Key_Insert"} <= names
    # the arrow keys and Ctrl+Up still act in the tree
    area.select(("activity", first.id))
    qtbot.keyClick(area.tree, Qt.Key.Key_Down)
    assert area.current_key() == ("activity", second.id)
