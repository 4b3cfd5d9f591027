"""Editing roles and offices with keyboard and mouse, as a methodology owner would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QTableView

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, events, files, queries
from pmo_tmo_desktop.services.changes import ChangeSet
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.offices.roles_models import OfficesModel, RolesModel
from pmo_tmo_desktop.ui.offices.roles_view import RolesArea, unique_name
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from tests.ui.page_host import PageHost

CTRL = Qt.KeyboardModifier.ControlModifier


class Harness(PageHost):
    """The roles area in its host, shown the methodology again after a step that touches it."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.area = RolesArea(self)
        self.refresh(None)

    def refresh(self, changes: ChangeSet | None) -> None:
        assert self.workspace is not None
        shown = (events.MethodologyChanged, events.CellsChanged)  # what the roles area shows
        if changes is None or any(isinstance(e, shown) for e in events.of(changes)):
            self.area.show_methodology(queries.methodology(self.workspace))


@pytest.fixture
def harness(qtbot, demo_path: Path) -> Iterator[Harness]:
    ws = files.open_file(demo_path)
    h = Harness(ws)
    qtbot.addWidget(h.area)
    h.area.resize(1100, 760)
    h.area.show()
    qtbot.waitExposed(h.area)
    h.area.activateWindow()
    qtbot.waitUntil(h.area.isActiveWindow)
    yield h
    h.stack.clear()
    ws.close()


def _stored(path: Path) -> m.Methodology:
    with files.open_file(path, read_only=True) as ws:
        return queries.methodology(ws)


def _role(snapshot: m.Methodology, name: str) -> m.Role:
    return next(r for r in snapshot.roles if r.name == name)


def _office(snapshot: m.Methodology, name: str) -> m.Office:
    return next(o for o in snapshot.offices if o.name == name)


def _names(model: OfficesModel | RolesModel) -> list[str]:
    return [model.record(row).name for row in range(model.rowCount())]


def _click(qtbot, table: QTableView, row: int, column: int = 0) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row


def _click_role(qtbot, area: RolesArea, name: str, column: int = 0) -> int:
    row = _names(area.role_model).index(name)
    _click(qtbot, area.role_table, row, column)
    return row


def _click_office(qtbot, area: RolesArea, name: str, column: int = 0) -> int:
    row = _names(area.office_model).index(name)
    _click(qtbot, area.office_table, row, column)
    return row


def _button(area: RolesArea, text: str) -> QPushButton:
    return next(b for b in area.findChildren(QPushButton) if b.text() == text)


def _type_into_editor(qtbot, table: QTableView, text: str) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert editor.parent() is table.viewport()
    assert editor.selectedText() == editor.text()  # F2 selects the old text
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


# -- editing in place ------------------------------------------------------------------------


def test_f2_then_typing_renames_a_role_and_the_name_is_stored(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    area = harness.area
    row = _click_role(qtbot, area, "PMO Analyst")
    before = _role(_stored(demo_path), "PMO Analyst")
    qtbot.keyClick(area.role_table, Qt.Key.Key_F2)
    _type_into_editor(qtbot, area.role_table, "Planning Analyst")
    qtbot.waitUntil(lambda: area.role_model.record(row).name == "Planning Analyst")
    stored = _stored(demo_path)
    assert _role(stored, "Planning Analyst").id == before.id
    assert not any(r.name == "PMO Analyst" for r in stored.roles)
    assert harness.stack.count() == 1
    assert harness.stack.undoText() == "Rename role"
    assert area.role_table.currentIndex().row() == row  # the selection stays on the role


def test_a_description_is_edited_in_place_too(qtbot, harness: Harness, demo_path: Path) -> None:
    area = harness.area
    _click_office(qtbot, area, "Vendor", OfficesModel.DESCRIPTION)
    qtbot.keyClick(area.office_table, Qt.Key.Key_F2)
    _type_into_editor(qtbot, area.office_table, "Suppliers under contract")
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    assert _office(_stored(demo_path), "Vendor").description == "Suppliers under contract"


def test_an_empty_or_duplicate_name_is_refused_and_nothing_changes(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    area = harness.area
    _click_role(qtbot, area, "Test Manager")
    qtbot.keyClick(area.role_table, Qt.Key.Key_F2)
    _type_into_editor(qtbot, area.role_table, "Project Manager")
    qtbot.waitUntil(lambda: len(harness.errors) == 1)
    assert "already" in harness.errors[0]
    assert _role(_stored(demo_path), "Test Manager")
    assert harness.stack.count() == 0


def test_a_roles_office_is_chosen_from_the_list_of_offices(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    area = harness.area
    _click_role(qtbot, area, "Test Manager", RolesModel.OFFICE)
    qtbot.keyClick(area.role_table, Qt.Key.Key_F2)
    combo = area.role_table.findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "PMO",
        "TMO",
        "Business",
        "Vendor",
    ]
    assert combo.currentText() == "TMO"
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the list opens at once
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    stored = _stored(demo_path)
    qtbot.waitUntil(lambda: _role(_stored(demo_path), "Test Manager").office_id != 2)
    stored = _stored(demo_path)
    assert _role(stored, "Test Manager").office_id == _office(stored, "Business").id
    assert area.selected_role() is not None
    assert area.selected_role().name == "Test Manager"  # followed to its new place
    assert area.selected_office().name == "Business"
    assert harness.stack.undoText() == "Move role to another office"


# -- adding ----------------------------------------------------------------------------------


def test_add_role_puts_a_new_role_in_the_selected_office_and_starts_editing_its_name(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    area = harness.area
    _click_office(qtbot, area, "Vendor")
    qtbot.mouseClick(_button(area, "Add role"), Qt.MouseButton.LeftButton)
    _type_into_editor(qtbot, area.role_table, "Procurement Lead")
    qtbot.waitUntil(lambda: "Procurement Lead" in _names(area.role_model))
    stored = _stored(demo_path)
    assert _role(stored, "Procurement Lead").office_id == _office(stored, "Vendor").id
    assert _names(area.role_model)[-1] == "Procurement Lead"  # last of the Vendor roles
    assert len(stored.roles) == 19


def test_new_roles_get_unique_names(qtbot, harness: Harness) -> None:
    area = harness.area
    _click_role(qtbot, area, "Head of PMO")
    for _ in range(2):
        qtbot.keyClick(area.role_table, Qt.Key.Key_Insert)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    names = _names(area.role_model)
    assert names[4:6] == ["New role", "New role 2"]  # after the four PMO roles
    assert unique_name("New role", ["new ROLE", "New role 2"]) == "New role 3"


def test_add_office_adds_one_and_its_name_can_be_typed_at_once(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    area = harness.area
    qtbot.mouseClick(_button(area, "Add office"), Qt.MouseButton.LeftButton)
    _type_into_editor(qtbot, area.office_table, "Quality Office")
    qtbot.waitUntil(lambda: "Quality Office" in _names(area.office_model))
    office = _office(_stored(demo_path), "Quality Office")
    assert office.colour not in {"#2F6DB5", "#2E8B57", "#C77C1E", "#7D5BA6"}
    assert area.selected_office() == office


# -- order -----------------------------------------------------------------------------------


def test_ctrl_down_moves_a_role_down_within_its_office_and_keeps_it_selected(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    area = harness.area
    _click_role(qtbot, area, "Head of PMO")
    qtbot.keyClick(area.role_table, Qt.Key.Key_Down, CTRL)
    assert _names(area.role_model)[:2] == ["Portfolio Manager", "Head of PMO"]
    assert area.selected_role().name == "Head of PMO"
    stored = [r.name for r in sorted(_stored(demo_path).roles, key=lambda r: r.position)]
    assert stored[:2] == ["Portfolio Manager", "Head of PMO"]
    _click_role(qtbot, area, "PMO Analyst")  # last of its office: it stays there
    qtbot.keyClick(area.role_table, Qt.Key.Key_Down, CTRL)
    assert _names(area.role_model)[3:5] == ["PMO Analyst", "Chief Architect"]
    assert area.selected_role().name == "PMO Analyst"
    assert not area.button_of[area.role_down_action].isEnabled()
    assert harness.stack.count() == 1
    harness.stack.undo()
    assert _names(area.role_model)[:2] == ["Head of PMO", "Portfolio Manager"]


def test_ctrl_up_moves_an_office_and_its_roles_follow(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    area = harness.area
    _click_office(qtbot, area, "TMO")
    qtbot.keyClick(area.office_table, Qt.Key.Key_Up, CTRL)
    assert _names(area.office_model)[:2] == ["TMO", "PMO"]
    assert [o.name for o in _stored(demo_path).offices][:2] == ["TMO", "PMO"]
    assert area.selected_office().name == "TMO"
    assert _names(area.role_model)[0] == "Chief Architect"
    assert not area.button_of[area.office_up_action].isEnabled()


# -- deleting --------------------------------------------------------------------------------


def test_deleting_a_role_that_holds_letters_asks_first(
    qtbot, harness: Harness, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = harness.area
    before = _stored(demo_path)
    head = _role(before, "Head of PMO")
    letters = {(a.activity_id, a.letters) for a in before.assignments if a.role_id == head.id}
    held = sum(len(text) for _, text in letters)
    asked: list[str] = []
    answer = False
    monkeypatch.setattr(
        Messages,
        "confirm",
        classmethod(lambda cls, parent, title, text, yes: asked.append(text) or answer),
    )
    _click_role(qtbot, area, "Head of PMO")
    qtbot.keyClick(area.role_table, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert f"It holds {held} letters" in asked[0]
    assert "Head of PMO" in asked[0]
    assert "Head of PMO" in _names(area.role_model)
    assert _stored(demo_path) == before

    answer = True
    qtbot.keyClick(area.role_table, Qt.Key.Key_Delete)
    assert "Head of PMO" not in _names(area.role_model)
    after = _stored(demo_path)
    assert not any(r.name == "Head of PMO" for r in after.roles)
    assert not any(a.role_id == head.id for a in after.assignments)
    assert area.selected_role().name == "Portfolio Manager"  # the next one is selected

    harness.stack.undo()
    back = _stored(demo_path)
    assert _role(back, "Head of PMO") == head
    assert {(a.activity_id, a.letters) for a in back.assignments if a.role_id == head.id} == (
        letters
    )
    assert "Head of PMO" in _names(area.role_model)


def test_a_role_without_letters_goes_without_a_question(
    qtbot, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = harness.area
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda *a: pytest.fail("asked")))
    _click_office(qtbot, area, "Vendor")
    qtbot.mouseClick(_button(area, "Add role"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert area.selected_role().name == "New role"
    qtbot.mouseClick(_button(area, "Delete role"), Qt.MouseButton.LeftButton)
    assert "New role" not in _names(area.role_model)


def test_deleting_an_office_that_roles_belong_to_shows_the_refusal(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    area = harness.area
    _click_office(qtbot, area, "Vendor")
    qtbot.keyClick(area.office_table, Qt.Key.Key_Delete)
    assert harness.errors == [
        "office Vendor still has 1 roles (Vendor Delivery Lead); move or delete them first"
    ]
    assert _names(area.office_model) == ["PMO", "TMO", "Business", "Vendor"]
    assert len(_stored(demo_path).offices) == 4
    assert harness.stack.count() == 0


def test_an_unused_office_can_be_deleted(qtbot, harness: Harness, demo_path: Path) -> None:
    area = harness.area
    qtbot.mouseClick(_button(area, "Add office"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(area.office_table, Qt.Key.Key_Delete)
    assert _names(area.office_model) == ["PMO", "TMO", "Business", "Vendor"]
    assert len(_stored(demo_path).offices) == 4
    assert area.selected_office().name == "Vendor"


def test_deleting_an_office_that_owns_activities_asks_first(
    qtbot, harness: Harness, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = harness.area
    ws = harness.workspace
    assert ws is not None
    office_id = harness.run("Add", lambda: entities.create(ws, "office", name="Audit")).new_id
    activity = _stored(demo_path).activities[0]
    harness.run("Own", lambda: entities.edit(ws, "activity", activity.id, office_id=office_id))
    asked: list[str] = []
    monkeypatch.setattr(
        Messages, "confirm", classmethod(lambda cls, p, title, text, yes: asked.append(text))
    )
    _click_office(qtbot, area, "Audit")
    qtbot.keyClick(area.office_table, Qt.Key.Key_Delete)
    assert "1 activity will have no owning office" in asked[0]
    assert "Audit" in _names(area.office_model)


# -- colour ----------------------------------------------------------------------------------


def test_choose_colour_stores_the_picked_colour_and_cancel_changes_nothing(
    qtbot, harness: Harness, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = harness.area
    offered: list[str] = []
    picked: list[str | None] = ["#123abc", None]
    monkeypatch.setattr(
        RolesArea,
        "ask_colour",
        classmethod(lambda cls, parent, initial: offered.append(initial) or picked.pop(0)),
    )
    _click_office(qtbot, area, "TMO")
    qtbot.mouseClick(_button(area, "Choose colour…"), Qt.MouseButton.LeftButton)
    assert offered == ["#2E8B57"]
    assert _office(_stored(demo_path), "TMO").colour == "#123ABC"
    assert area.office_model.data(area.office_model.index(1, OfficesModel.COLOUR)) == "#123ABC"
    _click_office(qtbot, area, "TMO", OfficesModel.COLOUR)
    qtbot.keyClick(area.office_table, Qt.Key.Key_Return)  # Enter on the swatch opens it too
    assert offered == ["#2E8B57", "#123ABC"]
    assert harness.stack.count() == 1


# -- the rest --------------------------------------------------------------------------------


def test_the_tables_show_counts_and_have_accessible_names(harness: Harness) -> None:
    area = harness.area
    assert area.office_table.accessibleName() == "Offices"
    assert area.role_table.accessibleName() == "Roles"
    offices = area.office_model
    assert [offices.data(offices.index(r, OfficesModel.ROLES)) for r in range(4)] == [4, 9, 4, 1]
    roles = area.role_model
    row = _names(roles).index("Project Manager")
    r, a, total = (roles.data(roles.index(row, c)) for c in (RolesModel.R, RolesModel.A,
                                                              RolesModel.LETTERS))  # fmt: skip
    assert 0 < r <= total and 0 <= a <= total
    assert roles.data(roles.index(row, RolesModel.OFFICE)) == "PMO"
    assert "4 offices · 18 roles" in area.summary.text()


def test_tab_walks_from_the_offices_over_the_buttons_to_the_roles(qtbot, harness: Harness) -> None:
    area = harness.area
    area.office_table.setFocus()
    qtbot.waitUntil(area.office_table.hasFocus)
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    texts = [w.text() for w in seen if isinstance(w, QPushButton)]
    assert texts[:2] == ["Add office", "Choose colour…"]
    assert area.role_table in seen


def test_selection_survives_a_refresh_that_adds_rows(qtbot, harness: Harness) -> None:
    area = harness.area
    _click_role(qtbot, area, "Test Manager", RolesModel.DESCRIPTION)
    ws = harness.workspace
    assert ws is not None
    pmo = area.office_model.record(0).id
    harness.run("Add role", lambda: entities.create(ws, "role", name="Scheduler", office_id=pmo))
    assert area.selected_role().name == "Test Manager"
    assert area.role_table.currentIndex().column() == RolesModel.DESCRIPTION


def test_a_read_only_workspace_is_shown_but_not_editable(qtbot, demo_path: Path) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        h = Harness(ws)
        qtbot.addWidget(h.area)
        model = h.area.role_model
        assert model.rowCount() == 18
        assert not model.flags(model.index(0, RolesModel.NAME)) & Qt.ItemFlag.ItemIsEditable
        assert not h.area.add_role_action.isEnabled()
        assert not h.area.button_of[h.area.delete_office_action].isEnabled()
        assert "read-only" in h.area.summary.text()


def test_the_main_window_serves_as_the_context(
    qtbot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        Messages, "warn", classmethod(lambda cls, parent, title, text: warned.append(text))
    )
    assert window.open_path(str(demo_path))
    assert window.workspace is not None
    area = RolesArea(window)
    qtbot.addWidget(area)
    area.show_methodology(queries.methodology(window.workspace))
    window.hide()  # the area stands in for the window's page the lead will give it
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    _click_office(qtbot, area, "Business")
    qtbot.keyClick(area.office_table, Qt.Key.Key_Delete)
    assert len(warned) == 1 and warned[0].startswith("office Business still has 4 roles")
    _click_role(qtbot, area, "Change Manager")
    qtbot.keyClick(area.role_table, Qt.Key.Key_F2)
    _type_into_editor(qtbot, area.role_table, "Adoption Manager")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    assert window.undo_stack.undoText() == "Rename role"
    assert _role(_stored(demo_path), "Adoption Manager")
    window.undo_stack.undo()
    assert _role(_stored(demo_path), "Change Manager")


def test_both_models_pass_the_model_tester(qtmodeltester, demo_path: Path) -> None:
    snapshot = _stored(demo_path)
    for model in (OfficesModel(), RolesModel()):
        model.set_methodology(snapshot)
        qtmodeltester.check(model)
