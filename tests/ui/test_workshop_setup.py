"""Setting a workshop up with keyboard and mouse, as a facilitator would before the day."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, files, queries
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.shell import preferences, workshop_menu
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.shell.workshop_actions import (
    NewWorkshopDialog,
    delete_workshop,
    new_workshop,
)
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT
from pmo_tmo_desktop.ui.widgets.settings import Settings
from pmo_tmo_desktop.ui.widgets.undo import ServiceCommand
from pmo_tmo_desktop.ui.workshop.setup.copy_setup_dialog import CopySetupDialog
from pmo_tmo_desktop.ui.workshop.setup.setup_section import next_name
from pmo_tmo_desktop.ui.workshop.setup.workshop_setup import SetupPage
from pmo_tmo_desktop.ui.workshop.setup.workshop_setup_models import (
    AgendaModel,
    CriteriaModel,
    ParticipantsModel,
    ProposalsModel,
    SetupTableModel,
)
from tests.ui.page_host import WorkshopHost

CTRL = Qt.KeyboardModifier.ControlModifier


class Harness(WorkshopHost):
    """The set-up page of a workshop in its host."""

    def __init__(self, workspace: Workspace, workshop_id: int | None) -> None:
        super().__init__(workspace, workshop_id)
        self.show(SetupPage(self))


@pytest.fixture(autouse=True)
def warned(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A warning is recorded rather than shown; a question nobody expected fails the test."""
    warned: list[str] = []
    monkeypatch.setattr(
        Messages, "warn", classmethod(lambda cls, parent, title, text: warned.append(text))
    )
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda *a: pytest.fail("asked")))
    return warned


def _show(qtbot, harness: Harness) -> Harness:
    qtbot.addWidget(harness.page)
    harness.page.resize(1100, 750)
    harness.page.show()
    qtbot.waitExposed(harness.page)
    harness.page.activateWindow()
    qtbot.waitUntil(harness.page.isActiveWindow)
    return harness


@pytest.fixture
def demo_ws(demo_path: Path) -> Iterator[Workspace]:
    ws = files.open_file(demo_path)
    yield ws
    ws.close()


@pytest.fixture
def harness(qtbot, demo_ws: Workspace) -> Iterator[Harness]:
    """The page on the demo's finished workshop (ten participants, 829 ratings), set back
    to live: these stories edit its set-up, which closing freezes (see test_closing_ui)."""
    with demo_ws.transaction() as conn:
        conn.exec_driver_sql("UPDATE workshop SET status = 'live'")
    h = _show(qtbot, Harness(demo_ws, queries.workshops(demo_ws)[0].id))
    yield h
    h.stack.clear()


@pytest.fixture
def fresh(qtbot, demo_ws: Workspace) -> Iterator[Harness]:
    """The page on a new, empty workshop next to the demo's."""
    new_id = entities.create(demo_ws, "workshop", title="Q1 Portfolio Review").new_id
    h = _show(qtbot, Harness(demo_ws, new_id))
    yield h
    h.stack.clear()


def _stored(path: Path, workshop_id: int) -> WorkshopData:
    with files.open_file(path, read_only=True) as ws:
        return queries.workshop(ws, workshop_id)


def _names(model: SetupTableModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _click(qtbot, table: QTableView, row: int, column: int = 0) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row


def _f2(qtbot, table: QTableView, row: int, column: int) -> None:
    _click(qtbot, table, row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)


def _type_into_editor(qtbot, table: QTableView, text: str) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert editor.parent() is table.viewport()
    assert editor.selectedText() == editor.text()  # the old text is selected: typing replaces
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _type_into_spin(qtbot, table: QTableView, kind: type, text: str) -> None:
    qtbot.waitUntil(lambda: table.findChild(kind) is not None)
    spin = table.findChild(kind)
    qtbot.waitUntil(spin.hasFocus)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def _pick(qtbot, table: QTableView, text: str) -> list[str]:
    """Choose `text` in the list that opened in the cell, with the keyboard; the choices."""
    qtbot.waitUntil(lambda: table.findChild(QComboBox) is not None)
    combo = table.findChild(QComboBox)
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the list opens at once
    choices = [combo.itemText(i) for i in range(combo.count())]
    steps = choices.index(text) - combo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        qtbot.keyClick(combo.view(), key)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    return choices


def _button(page: QWidget, text: str) -> QPushButton:
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


# -- the workshop's own fields -----------------------------------------------------------


def test_the_page_shows_the_workshop_fields_and_the_counts_in_the_tabs(harness: Harness) -> None:
    page = harness.page
    assert page.title.text() == "Q4 Portfolio Review – Joint PMO/TMO Assessment"
    assert page.date.date() == QDate(2026, 10, 14)
    assert page.place.text() == "Board room 3, Head office"
    assert page.facilitator.text() == "Priya Raman"
    assert page.anonymity.currentText() == "Office-tagged"
    assert "by office" in page.anonymity_help.text()
    assert page.budget.text() == QLocale().toString(2400000.0, "f", 0)
    assert page.notes.toPlainText().startswith("Quarterly joint review")
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == [
        "&Participants (10)", "&Criteria (6)", "P&roposals (7)", "Groups (0)", "A&genda (8)",
    ]  # fmt: skip
    assert "4 PMO, 4 TMO, 2 Business" in page.summary.text()
    assert "829" in page.summary.text()


def test_typing_a_title_place_and_facilitator_stores_each_when_tab_moves_on(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    page.title.setFocus()
    qtbot.keyClick(page.title, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.title, "Q4 Review")
    qtbot.keyClick(page.title, Qt.Key.Key_Tab)
    assert page.date.hasFocus()
    page.place.setFocus()
    qtbot.keyClick(page.place, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.place, "Room 101")
    qtbot.keyClick(page.place, Qt.Key.Key_Tab)
    assert page.facilitator.hasFocus()
    qtbot.keyClick(page.facilitator, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.facilitator, "Lukas Brandt")
    qtbot.keyClick(page.facilitator, Qt.Key.Key_Return)
    stored = _stored(demo_path, harness.workshop_id).workshop
    assert (stored.title, stored.place, stored.facilitator) == (
        "Q4 Review",
        "Room 101",
        "Lukas Brandt",
    )
    assert harness.stack.count() == 3
    assert harness.stack.undoText() == "Change facilitator"
    harness.stack.undo()
    assert page.facilitator.text() == "Priya Raman"


def test_a_date_typed_into_the_date_field_is_stored(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    page.title.setFocus()
    qtbot.keyClick(page.title, Qt.Key.Key_Tab)  # the year is selected: typing replaces it
    qtbot.keyClicks(page.date, "2027")
    qtbot.keyClick(page.date, Qt.Key.Key_Return)
    assert _stored(demo_path, harness.workshop_id).workshop.date == date(2027, 10, 14)
    assert harness.stack.undoText() == "Change workshop date"


def test_anonymity_is_chosen_from_the_keyboard_and_explained(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    page.anonymity.setFocus()
    qtbot.keyClick(page.anonymity, Qt.Key.Key_Down)
    assert page.anonymity.currentText() == "Anonymous"
    assert "no names and no offices" in page.anonymity_help.text()
    stored = _stored(demo_path, harness.workshop_id).workshop
    assert stored.anonymity == m.Anonymity.ANONYMOUS
    qtbot.keyClick(page.anonymity, Qt.Key.Key_Home)
    assert _stored(demo_path, harness.workshop_id).workshop.anonymity == m.Anonymity.NAMED
    assert "with their names" in page.anonymity_help.text()


def test_budget_and_notes_are_stored_and_the_budget_is_shown_the_locale_way(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    page.budget.setFocus()
    qtbot.keyClick(page.budget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.budget, QLocale().toString(1750000.0, "f", 0))
    qtbot.keyClick(page.budget, Qt.Key.Key_Tab)
    assert page.resource_name.hasFocus()
    qtbot.keyClick(page.resource_name, Qt.Key.Key_Tab)
    qtbot.keyClick(page.resource_limit, Qt.Key.Key_Tab)
    assert page.dissent.hasFocus()
    qtbot.keyClick(page.dissent, Qt.Key.Key_Tab)
    assert page.notes.hasFocus()
    qtbot.keyClick(page.notes, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.notes, "Bring the Q3 figures.")
    qtbot.keyClick(page.notes, Qt.Key.Key_Tab)  # leaving the notes stores them
    stored = _stored(demo_path, harness.workshop_id).workshop
    assert stored.budget == 1750000
    assert stored.notes == "Bring the Q3 figures."
    assert page.budget.text() == QLocale().toString(1750000.0, "f", 0)
    assert page.budget.alignment() & Qt.AlignmentFlag.AlignRight
    page.budget.setFocus()
    qtbot.keyClick(page.budget, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(page.budget, Qt.Key.Key_Delete)
    qtbot.keyClick(page.budget, Qt.Key.Key_Return)
    assert _stored(demo_path, harness.workshop_id).workshop.budget is None


def test_an_empty_title_or_a_word_as_budget_is_refused_and_the_stored_value_shown_again(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    page.title.setFocus()
    qtbot.keyClick(page.title, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(page.title, Qt.Key.Key_Delete)
    qtbot.keyClick(page.title, Qt.Key.Key_Return)
    assert harness.errors == ["workshop title: must not be empty"]
    assert page.title.text() == "Q4 Portfolio Review – Joint PMO/TMO Assessment"
    page.budget.setFocus()
    qtbot.keyClick(page.budget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.budget, "plenty")
    qtbot.keyClick(page.budget, Qt.Key.Key_Return)
    assert harness.errors[1] == "workshop budget: must be a number"
    assert page.budget.text() == QLocale().toString(2400000.0, "f", 0)
    assert harness.stack.count() == 0
    assert _stored(demo_path, harness.workshop_id).workshop.budget == 2400000


def test_the_dissent_threshold_is_stepped_or_typed_stored_and_undone(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    spin = page.dissent
    assert isinstance(spin, QDoubleSpinBox) and spin.accessibleName() == "Dissent threshold"
    assert (spin.minimum(), spin.maximum(), spin.singleStep(), spin.decimals()) == (
        0.05,
        1.0,
        0.05,
        2,
    )
    assert spin.text() == QLocale().toString(0.3, "f", 2)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert _stored(demo_path, harness.workshop_id).workshop.dissent_threshold == 0.35
    assert harness.stack.undoText() == "Change dissent threshold"
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, QLocale().toString(0.6, "f", 2))
    assert harness.stack.count() == 1  # nothing is stored while typing
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert _stored(demo_path, harness.workshop_id).workshop.dissent_threshold == 0.6
    assert harness.stack.count() == 2
    harness.stack.undo()
    assert _stored(demo_path, harness.workshop_id).workshop.dissent_threshold == 0.35
    assert spin.value() == pytest.approx(0.35)
    harness.stack.undo()
    assert _stored(demo_path, harness.workshop_id).workshop.dissent_threshold == 0.3
    assert spin.value() == pytest.approx(0.3)
    assert not harness.errors


def test_the_dissent_threshold_field_sits_with_anonymity_and_budget(harness: Harness) -> None:
    page = harness.page
    label = page.fields_box.findChildren(QLabel)
    [caption] = [w for w in label if w.buddy() is page.dissent]
    assert caption.text() == "Dissent threshold (ma&x 1):"
    assert caption.isVisible() and page.dissent.isVisible()
    budget = page.budget.geometry()
    assert page.dissent.geometry().left() == budget.left()
    assert page.dissent.geometry().top() > budget.bottom()
    assert page.dissent.width() >= page.dissent.sizeHint().width()


# -- participants --------------------------------------------------------------------------


def test_insert_adds_a_participant_in_the_selected_office_and_starts_editing_the_name(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    table = harness.page.participants.table
    _click(qtbot, table, 5)  # Aiko Tanaka, TMO
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert QApplication.focusWidget().text() == "Participant 11"
    _type_into_editor(qtbot, table, "Nadia Kowalczyk")
    qtbot.waitUntil(lambda: "Nadia Kowalczyk" in _names(harness.page.participants.model))
    stored = _stored(demo_path, harness.workshop_id)
    added = stored.participants[-1]
    assert added.name == "Nadia Kowalczyk"
    assert added.office_id == stored.participants[5].office_id
    assert harness.stack.count() == 2  # adding, then naming: two steps
    assert harness.page.tabs.tabText(0) == "&Participants (11)"
    assert table.currentIndex().row() == 10


def test_new_rows_get_names_nobody_has_yet() -> None:
    assert next_name("Participant {n}", []) == "Participant 1"
    assert next_name("Participant {n}", ["Ann", "participant 2"]) == "Participant 3"
    assert next_name("Criterion {n}", ["Criterion 2", "Criterion 3"]) == "Criterion 4"


def test_f2_renames_a_participant_and_edits_the_job_title(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    table = harness.page.participants.table
    _f2(qtbot, table, 3, 0)
    _type_into_editor(qtbot, table, "Tomas Herrera Diaz")
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    assert harness.stack.undoText() == "Rename “Tomás Herrera”"
    _f2(qtbot, table, 3, 2)
    _type_into_editor(qtbot, table, "Senior PMO Analyst")
    qtbot.waitUntil(lambda: harness.stack.count() == 2)
    person = _stored(demo_path, harness.workshop_id).participants[3]
    assert (person.name, person.title) == ("Tomas Herrera Diaz", "Senior PMO Analyst")


def test_a_participants_office_is_chosen_from_the_offices_of_the_workspace(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    table = harness.page.participants.table
    _f2(qtbot, table, 9, 1)  # Amira Haddad, Business
    choices = _pick(qtbot, table, "Vendor")
    assert choices == ["No office", "PMO", "TMO", "Business", "Vendor"]
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    offices = {o.id: o.name for o in queries.offices(harness.workspace)}
    assert offices[_stored(demo_path, harness.workshop_id).participants[9].office_id] == "Vendor"
    assert table.model().index(9, 1).data() == "Vendor"
    _f2(qtbot, table, 9, 1)
    _pick(qtbot, table, "No office")
    qtbot.waitUntil(lambda: harness.stack.count() == 2)
    assert _stored(demo_path, harness.workshop_id).participants[9].office_id is None


def test_delete_of_a_participant_who_rated_is_refused_naming_the_ratings(
    qtbot, harness: Harness, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        Messages, "warn", classmethod(lambda cls, p, title, text: warned.append(text))
    )
    monkeypatch.setattr(
        Messages, "confirm", classmethod(lambda cls, *a: pytest.fail("asked to confirm"))
    )
    table = harness.page.participants.table
    before = _stored(demo_path, harness.workshop_id)
    given = sum(1 for r in before.ratings if r.participant_id == before.participants[0].id)
    _click(qtbot, table, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert warned and "“Margaret Okafor”" in warned[0]
    assert f"holds {given} ratings" in warned[0] and "discarding their round" in warned[0]
    assert _stored(demo_path, harness.workshop_id) == before


def test_ctrl_down_and_up_move_a_participant_and_the_selection_follows(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    table = harness.page.participants.table
    model = harness.page.participants.model
    _click(qtbot, table, 1)
    qtbot.keyClick(table, Qt.Key.Key_Down, CTRL)
    assert _names(model)[:3] == ["Margaret Okafor", "Priya Raman", "Lukas Brandt"]
    assert table.currentIndex().row() == 2
    stored = [p.name for p in _stored(demo_path, harness.workshop_id).participants]
    assert stored[:3] == ["Margaret Okafor", "Priya Raman", "Lukas Brandt"]
    qtbot.keyClick(table, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_Up, CTRL)
    assert _names(model)[:2] == ["Lukas Brandt", "Margaret Okafor"]
    assert table.currentIndex().row() == 0
    assert not harness.page.participants.buttons[harness.page.participants.up_action].isEnabled()
    assert harness.stack.undoText() == "Move “Lukas Brandt” up"


# -- criteria ------------------------------------------------------------------------------


def test_add_criterion_button_adds_one_with_the_default_scale(
    qtbot, fresh: Harness, demo_path: Path
) -> None:
    section = fresh.page.criteria
    fresh.page.tabs.setCurrentWidget(section)
    qtbot.mouseClick(_button(fresh.page, "Add criterion"), Qt.MouseButton.LeftButton)
    _type_into_editor(qtbot, section.table, "Security impact")
    qtbot.waitUntil(lambda: _names(section.model) == ["Security impact"])
    made = _stored(demo_path, fresh.workshop_id).criteria[0]
    assert (made.weight, made.direction, made.scale_min, made.scale_max) == (
        1,
        m.Direction.HIGHER,
        1,
        10,
    )


def test_direction_is_chosen_from_a_list(qtbot, harness: Harness, demo_path: Path) -> None:
    table = harness.page.criteria.table
    harness.page.tabs.setCurrentWidget(harness.page.criteria)
    _f2(qtbot, table, 0, 2)
    assert _pick(qtbot, table, "Lower is better") == ["Higher is better", "Lower is better"]
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    assert _stored(demo_path, harness.workshop_id).criteria[0].direction == m.Direction.LOWER
    assert table.model().index(0, 2).data() == "Lower is better"


def test_a_weight_is_typed_into_a_spin_box_and_a_weight_of_zero_is_refused(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    table = harness.page.criteria.table
    harness.page.tabs.setCurrentWidget(harness.page.criteria)
    _f2(qtbot, table, 1, 1)
    _type_into_spin(qtbot, table, QDoubleSpinBox, "5")
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    assert _stored(demo_path, harness.workshop_id).criteria[1].weight == 5
    assert table.model().index(1, 1).data() == "5"
    assert table.model().index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    _f2(qtbot, table, 1, 1)
    _type_into_spin(qtbot, table, QDoubleSpinBox, "0")
    qtbot.waitUntil(lambda: bool(harness.errors))
    assert harness.errors == ["criterion weight: must be greater than zero"]
    assert _stored(demo_path, harness.workshop_id).criteria[1].weight == 5
    assert harness.stack.count() == 1


def test_a_scale_that_would_strand_given_ratings_is_refused_with_the_reason(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    table = harness.page.criteria.table
    harness.page.tabs.setCurrentWidget(harness.page.criteria)
    assert harness.page.criteria.note.isVisible()  # it says ratings make these edits count
    _f2(qtbot, table, 0, 4)
    _type_into_spin(qtbot, table, QDoubleSpinBox, "5")
    qtbot.waitUntil(lambda: bool(harness.errors))
    assert "outside the new scale" in harness.errors[0]
    assert _stored(demo_path, harness.workshop_id).criteria[0].scale_max == 10
    _f2(qtbot, table, 0, 4)
    _type_into_spin(qtbot, table, QDoubleSpinBox, "20")  # widening keeps every rating
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    assert _stored(demo_path, harness.workshop_id).criteria[0].scale_max == 20


# -- proposals -----------------------------------------------------------------------------


def test_a_proposal_is_added_and_its_cost_typed_the_locale_way_shows_right_aligned(
    qtbot, fresh: Harness, demo_path: Path
) -> None:
    section = fresh.page.proposals
    fresh.page.tabs.setCurrentWidget(section)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Insert)
    _type_into_editor(qtbot, section.table, "Data platform")
    qtbot.waitUntil(lambda: _names(section.model) == ["Data platform"])
    for column, typed in ((2, 1250000.0), (3, 2000000.0), (4, 9.5)):
        _f2(qtbot, section.table, 0, column)
        _type_into_editor(qtbot, section.table, QLocale().toString(typed, "g", 12))
        qtbot.waitUntil(lambda column=column: section.model.index(0, column).data() != "")
    made = _stored(demo_path, fresh.workshop_id).proposals[0]
    assert (made.cost, made.benefit, made.duration_months) == (1250000, 2000000, 9.5)
    cost = section.model.index(0, 2)
    assert cost.data() == QLocale().toString(1250000.0, "f", 0)
    assert cost.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert section.model.index(0, 4).data() == QLocale().toString(9.5, "g", 12)


def test_a_cost_that_is_no_number_is_refused_and_an_empty_one_clears_it(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    section = harness.page.proposals
    harness.page.tabs.setCurrentWidget(section)
    _f2(qtbot, section.table, 0, 2)
    _type_into_editor(qtbot, section.table, "a lot")
    qtbot.waitUntil(lambda: bool(harness.errors))
    assert harness.errors == ["proposal cost: must be a number"]
    _f2(qtbot, section.table, 0, 2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    assert _stored(demo_path, harness.workshop_id).proposals[0].cost is None
    assert section.model.index(0, 2).data() == ""


def test_deleting_a_rated_proposal_is_refused_and_nothing_changes(
    qtbot, harness: Harness, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        Messages, "warn", classmethod(lambda cls, p, title, text: warned.append(text))
    )
    section = harness.page.proposals
    harness.page.tabs.setCurrentWidget(section)
    _click(qtbot, section.table, 0)
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert "ratings that participants entered" in warned[0]
    assert len(_stored(demo_path, harness.workshop_id).proposals) == 7
    assert harness.stack.count() == 0


# -- agenda --------------------------------------------------------------------------------


def test_agenda_items_are_added_timed_noted_and_reordered(
    qtbot, fresh: Harness, demo_path: Path
) -> None:
    section = fresh.page.agenda
    fresh.page.tabs.setCurrentWidget(section)
    for title in ("Welcome", "Briefings"):
        qtbot.mouseClick(_button(fresh.page, "Add agenda item"), Qt.MouseButton.LeftButton)
        _type_into_editor(qtbot, section.table, title)
        qtbot.waitUntil(lambda title=title: title in _names(section.model))
    _f2(qtbot, section.table, 1, 2)
    _type_into_spin(qtbot, section.table, QSpinBox, "45")
    qtbot.waitUntil(lambda: section.model.index(1, 2).data() == "45")
    _f2(qtbot, section.table, 1, 3)
    _type_into_editor(qtbot, section.table, "Seven proposals in five minutes each")
    qtbot.waitUntil(lambda: section.model.index(1, 3).data() != "")
    _click(qtbot, section.table, 1)
    qtbot.keyClick(section.table, Qt.Key.Key_Up, CTRL)
    stored = _stored(demo_path, fresh.workshop_id).agenda
    assert [(a.title, a.duration_minutes, a.minutes) for a in stored] == [
        ("Briefings", 45, "Seven proposals in five minutes each"),
        ("Welcome", 10, ""),
    ]
    assert "0 h 55 min" in fresh.page.summary.text()


# -- copying from an earlier workshop ------------------------------------------------------


def _demo_id(h: Harness) -> int:
    assert h.workspace is not None
    return next(w.id for w in queries.workshops(h.workspace) if w.id != h.workshop_id)


def _steps(h: Harness) -> list[str]:
    return [h.stack.text(i) for i in range(h.stack.count())]


def test_copy_brings_the_demo_participants_and_criteria_and_one_undo_removes_them(
    qtbot, fresh: Harness, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []
    demo_id = _demo_id(fresh)

    def ask(cls, parent, workshops):
        offered.append([w.title for w in workshops])
        return demo_id, True, True

    monkeypatch.setattr(CopySetupDialog, "ask", classmethod(ask))
    qtbot.mouseClick(fresh.page.copy_button, Qt.MouseButton.LeftButton)
    assert offered == [["Q4 Portfolio Review – Joint PMO/TMO Assessment"]]  # not itself
    stored = _stored(demo_path, fresh.workshop_id)
    source = _stored(demo_path, demo_id)
    assert [(p.name, p.office_id) for p in stored.participants] == [
        (p.name, p.office_id) for p in source.participants
    ]
    assert [(c.name, c.weight, c.direction) for c in stored.criteria] == [
        (c.name, c.weight, c.direction) for c in source.criteria
    ]
    assert fresh.page.tabs.tabText(1) == "&Criteria (6)"
    assert _steps(fresh) == ["Copy set-up from “Q4 Portfolio Review – Joint PMO/TMO Assessment”"]
    fresh.stack.undo()
    emptied = _stored(demo_path, fresh.workshop_id)
    assert not emptied.participants and not emptied.criteria
    assert fresh.page.participants.model.rowCount() == 0


def test_copy_of_only_participants_leaves_names_already_there_and_says_when_nothing_came(
    qtbot, fresh: Harness, demo_path: Path, monkeypatch: pytest.MonkeyPatch, warned: list[str]
) -> None:
    demo_id = _demo_id(fresh)
    monkeypatch.setattr(CopySetupDialog, "ask", classmethod(lambda c, p, w: (demo_id, True, False)))
    qtbot.mouseClick(fresh.page.copy_button, Qt.MouseButton.LeftButton)
    stored = _stored(demo_path, fresh.workshop_id)
    assert len(stored.participants) == 10 and not stored.criteria
    qtbot.mouseClick(fresh.page.copy_button, Qt.MouseButton.LeftButton)
    assert fresh.stack.count() == 1
    assert "Nothing was copied" in warned[0]


def test_copy_with_no_other_workshop_says_so(
    qtbot, workspace: Workspace, warned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    only = entities.create(workspace, "workshop", title="First ever").new_id
    h = _show(qtbot, Harness(workspace, only))
    monkeypatch.setattr(CopySetupDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    qtbot.mouseClick(h.page.copy_button, Qt.MouseButton.LeftButton)
    assert warned == ["There is no other workshop to copy from yet."]


def test_the_copy_dialog_offers_the_newest_workshop_first_and_needs_something_to_copy(
    qtbot, demo_ws: Workspace
) -> None:
    entities.create(demo_ws, "workshop", title="Q1 review", date="2027-01-20")
    dialog = CopySetupDialog(queries.workshops(demo_ws))
    qtbot.addWidget(dialog)
    assert dialog.source.itemText(0) == "2027-01-20 · Q1 review"
    ok = dialog.buttons.buttons()[0]
    dialog.participants.setChecked(False)
    assert ok.isEnabled()
    dialog.criteria.setChecked(False)
    assert not ok.isEnabled()
    dialog.criteria.setChecked(True)
    assert dialog.answer() == (queries.workshops(demo_ws)[-1].id, False, True)


# -- creating and deleting workshops -------------------------------------------------------


class _Ctx:
    def __init__(self, ws: Workspace) -> None:
        self.workspace: Workspace | None = ws
        self.settings = None
        self.stack = QUndoStack()

    def run(self, text: str, call: Callable[[], Outcome]) -> Outcome | None:
        assert self.workspace is not None
        outcome = call()
        self.stack.push(ServiceCommand(text, self.workspace, outcome, lambda _c: None))
        return outcome


def test_new_workshop_asks_for_a_title_and_plans_it_for_today(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = _Ctx(workspace)
    monkeypatch.setattr(NewWorkshopDialog, "ask", classmethod(lambda cls, parent: "Q1 review"))
    new_id = new_workshop(ctx, None)
    assert new_id is not None
    made = queries.workshop(workspace, new_id).workshop
    assert (made.title, made.date, made.status) == (
        "Q1 review",
        date.today(),
        m.WorkshopStatus.PLANNED,
    )
    assert ctx.stack.undoText() == "New workshop “Q1 review”"
    ctx.stack.undo()
    assert queries.workshops(workspace) == ()
    monkeypatch.setattr(NewWorkshopDialog, "ask", classmethod(lambda cls, parent: None))
    assert new_workshop(ctx, None) is None
    assert queries.workshops(workspace) == ()


def test_a_new_workshop_takes_the_dissent_threshold_preferences_give_new_workshops(
    workspace: Workspace, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    titles = iter(["Q1 review", "Q2 review"])
    monkeypatch.setattr(NewWorkshopDialog, "ask", classmethod(lambda cls, parent: next(titles)))
    plain = new_workshop(_Ctx(workspace), None)  # no settings: the app's default
    ctx = _Ctx(workspace)
    ctx.settings = settings  # type: ignore[attr-defined]
    settings.set(preferences.NEW_WORKSHOP_DISSENT, 0.45)
    preferred = new_workshop(ctx, None)
    assert plain is not None and preferred is not None
    assert queries.workshop(workspace, plain).workshop.dissent_threshold == 0.3
    assert queries.workshop(workspace, preferred).workshop.dissent_threshold == 0.45


def test_the_main_windows_new_workshops_take_the_preferences_threshold(
    window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.settings.set(preferences.NEW_WORKSHOP_DISSENT, 0.4)
    window.open_path(str(demo_path))
    monkeypatch.setattr(NewWorkshopDialog, "ask", classmethod(lambda cls, parent: "By hand"))
    window.workshop_menu.new_action.trigger()
    Files = workshop_menu.Files
    setup = tmp_path / "setup.xlsx"
    monkeypatch.setattr(Files, "setup_out", classmethod(lambda c, p, f: str(setup)))
    window.workshop_menu.template_action.trigger()
    book = load_workbook(setup)
    sheet = book["Workshop"]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(1, sheet.max_row + 1)}
    sheet.cell(row=rows["Title"], column=2, value="From the workbook")
    sheet.cell(row=rows["Dissent threshold"], column=2, value=0.65)
    book.save(setup)
    older = tmp_path / "older.xlsx"
    sheet.cell(row=rows["Title"], column=2, value="From an older workbook")
    sheet.delete_rows(rows["Dissent threshold"])  # as the template was before the field
    book.save(older)
    for path in (setup, older):
        monkeypatch.setattr(Files, "setup_in", classmethod(lambda c, p, f, path=path: str(path)))
        window.workshop_menu.setup_action.trigger()
    with files.open_file(demo_path, read_only=True) as ws:
        made = {w.title: w.dissent_threshold for w in queries.workshops(ws)}
    assert made["By hand"] == 0.4
    assert made["From the workbook"] == 0.65
    assert made["From an older workbook"] == 0.4


def test_the_new_workshop_dialog_creates_only_with_a_title(qtbot) -> None:
    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    create = dialog.buttons.buttons()[0]
    assert create.text() == "Create" and not create.isEnabled()
    qtbot.keyClicks(dialog.title, "  ")
    assert not create.isEnabled()
    qtbot.keyClicks(dialog.title, "Q2 review")
    assert create.isEnabled()


def test_delete_workshop_names_its_ratings_and_undo_brings_everything_back(
    demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = _Ctx(demo_ws)
    workshop_id = queries.workshops(demo_ws)[0].id
    before = queries.workshop(demo_ws, workshop_id)
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(
        Messages,
        "confirm",
        classmethod(lambda cls, p, title, text, yes: asked.append(text) or answer[0]),
    )
    assert delete_workshop(ctx, None, workshop_id) is False
    assert queries.workshops(demo_ws) != ()
    assert f"It holds {len(before.ratings)} ratings" in asked[0]
    assert "“Q4 Portfolio Review – Joint PMO/TMO Assessment”" in asked[0]
    answer[0] = True
    assert delete_workshop(ctx, None, workshop_id) is True
    assert queries.workshops(demo_ws) == ()
    assert queries.counts(demo_ws)["rating"] == 0
    ctx.stack.undo()
    assert queries.workshop(demo_ws, workshop_id) == before


def test_a_workshop_without_ratings_is_deleted_after_saying_it_has_none(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = _Ctx(workspace)
    planned = entities.create(workspace, "workshop", title="Draft").new_id
    asked: list[str] = []
    monkeypatch.setattr(
        Messages, "confirm", classmethod(lambda cls, p, t, text, y: asked.append(text) or True)
    )
    assert delete_workshop(ctx, None, planned)
    assert "It holds no ratings yet." in asked[0]


# -- keyboard, read-only, models -----------------------------------------------------------


def test_shortcuts_act_only_on_the_table_that_has_the_focus(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    page.place.setFocus()
    qtbot.keyClick(page.place, Qt.Key.Key_Delete)  # deletes a character, not a participant
    qtbot.keyClick(page.place, Qt.Key.Key_Insert)
    assert len(_stored(demo_path, harness.workshop_id).participants) == 10
    assert harness.stack.count() == 0


def test_tab_walks_the_fields_in_reading_order_and_everything_has_a_name(
    qtbot, harness: Harness
) -> None:
    page = harness.page
    page.title.setFocus()
    seen: list[QWidget] = []
    for _ in range(18):
        focused = QApplication.focusWidget()
        if not seen or seen[-1] is not focused:  # Tab first walks the date's year, month, day
            seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    order = [
        page.title,
        page.date,
        page.start,
        page.place,
        page.facilitator,
        page.pairwise.box,
        page.anonymity,
        page.budget,
        page.resource_name,
        page.resource_limit,
        page.dissent,
    ]
    assert seen[:13] == [*order, page.notes, page.copy_button]
    for widget in [*order, page.notes, *(s.table for s in page.sections)]:
        assert widget.accessibleName()
    section = page.participants
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.buttons[section.add_action]


def test_a_read_only_workspace_is_shown_but_not_editable(qtbot, demo_path: Path) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        h = Harness(ws, queries.workshops(ws)[0].id)
        qtbot.addWidget(h.page)
        page = h.page
        assert page.title.isReadOnly() and page.notes.isReadOnly()
        assert page.dissent.isReadOnly()
        assert not page.anonymity.isEnabled() and not page.copy_button.isEnabled()
        for section in page.sections:
            if section is page.groups:  # the demo's workshop has no groups of alternatives
                assert not section.add_action.isEnabled()
                continue
            assert section.model.rowCount() > 0
            assert not section.model.flags(section.model.index(0, 0)) & (Qt.ItemFlag.ItemIsEditable)
            assert not any(b.isEnabled() for b in section.buttons.values())
            assert not section.add_action.isEnabled()


@pytest.mark.parametrize(
    "model_class", [ParticipantsModel, CriteriaModel, ProposalsModel, AgendaModel]
)
def test_every_model_passes_the_model_tester(
    qtmodeltester, demo_ws: Workspace, model_class: type[SetupTableModel]
) -> None:
    data = queries.workshop(demo_ws, queries.workshops(demo_ws)[0].id)
    offices = {o.id: o for o in queries.offices(demo_ws)}
    records = {
        ParticipantsModel: data.participants,
        CriteriaModel: data.criteria,
        ProposalsModel: data.proposals,
        AgendaModel: data.agenda,
    }[model_class]
    model = model_class()
    qtmodeltester.check(model)
    model.set_records(records, offices)
    qtmodeltester.check(model)
    model.set_records(tuple(reversed(records)), offices)  # another order keeps the rows
    qtmodeltester.check(model)
    assert model.rowCount() == len(records)


def test_tab_from_a_list_cell_commits_and_moves_to_the_next_cell_not_out_of_the_table(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    table = harness.page.participants.table
    rows = table.model().rowCount()
    _f2(qtbot, table, 9, 1)  # Amira Haddad's office, a list that opens at once
    qtbot.waitUntil(lambda: table.findChild(QComboBox) is not None)
    combo = table.findChild(QComboBox)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)  # Business -> Vendor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    offices = {o.id: o.name for o in queries.offices(harness.workspace)}
    assert offices[_stored(demo_path, harness.workshop_id).participants[9].office_id] == "Vendor"
    focused = QApplication.focusWidget()
    assert focused is table or table.isAncestorOf(focused), focused
    assert (table.currentIndex().row(), table.currentIndex().column()) == (9, 2)
    # a Space now never adds a row
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert table.model().rowCount() == rows
    assert len(_stored(demo_path, harness.workshop_id).participants) == rows


# -- rows pasted from a spreadsheet ------------------------------------------------------------


def _paste(qtbot, page: SetupPage, table: QTableView, text: str) -> None:
    page.tabs.setCurrentWidget(table.parentWidget())
    QApplication.clipboard().setText(text)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_V, CTRL)


def test_rows_pasted_with_a_header_line_are_added_at_once_and_one_undo_takes_them_back(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    table = harness.page.participants.table
    before = _names(table.model())
    rows = "Job title\tName\tOffice\r\nAnalyst\tZoë Park\tpmo\r\n\tYann Lee\tTMO\r\n"
    _paste(qtbot, harness.page, table, rows)
    stored = _stored(demo_path, harness.workshop_id).participants
    offices = {o.id: o.name for o in queries.offices(harness.workspace)}
    assert [(p.name, offices.get(p.office_id), p.title) for p in stored[-2:]] == [
        ("Zoë Park", "PMO", "Analyst"),
        ("Yann Lee", "TMO", ""),
    ]
    assert _names(table.model()) == [*before, "Zoë Park", "Yann Lee"]
    assert harness.stack.count() == 1
    harness.stack.undo()
    assert [p.name for p in _stored(demo_path, harness.workshop_id).participants] == before


def test_one_pasted_column_is_taken_as_names(qtbot, fresh: Harness, demo_path: Path) -> None:
    table = fresh.page.proposals.table
    _paste(qtbot, fresh.page, table, "New CRM\nData lake\n\nERP upgrade\n")
    titles = [p.title for p in _stored(demo_path, fresh.workshop_id).proposals]
    assert titles == ["New CRM", "Data lake", "ERP upgrade"]


def test_a_value_that_does_not_fit_is_refused_naming_row_and_column_and_nothing_is_added(
    qtbot, harness: Harness, demo_path: Path, warned: list[str]
) -> None:
    table = harness.page.participants.table
    before = len(_stored(demo_path, harness.workshop_id).participants)
    _paste(qtbot, harness.page, table, "Name\tOffice\nZoë Park\tPMO\nYann Lee\tMarketing\n")
    assert warned == [
        "row 3, column Office: 'Marketing' is none of No office, PMO, TMO, Business, Vendor"
    ]
    assert len(_stored(demo_path, harness.workshop_id).participants) == before
    assert harness.stack.count() == 0


def test_columns_without_a_header_are_shown_first_and_can_be_given_other_fields(
    qtbot, fresh: Harness, demo_path: Path
) -> None:
    from pmo_tmo_desktop.ui.workshop.setup.setup_paste import PastePreview

    table = fresh.page.criteria.table
    seen: list[str] = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PastePreview))
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen.append(ok.text())
        # the second pasted column holds scale maxima, not weights: give it that field
        dialog.choosers[1].setFocus()
        chooser = dialog.choosers[1]
        chooser.setCurrentIndex(chooser.findText("Scale to"))
        seen.append(ok.text())
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    _paste(qtbot, fresh.page, table, "Strategic fit\t10\nDelivery risk\t5\n")
    assert seen == ["Add 2 Rows", "Add 2 Rows"]
    stored = _stored(demo_path, fresh.workshop_id).criteria
    assert [(c.name, c.scale_max) for c in stored] == [("Strategic fit", 10), ("Delivery risk", 5)]
    assert all(c.weight == 1 for c in stored), "weights left at their default"
