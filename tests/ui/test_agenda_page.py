"""Running the agenda: the current item, its countdown and its minutes, with a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmo_tmo_desktop.services import entities, files, queries
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.workshop.agenda.agenda_model import (
    AgendaModel,
    TimerState,
    format_remaining,
    timer_state,
)
from pmo_tmo_desktop.ui.workshop.agenda.agenda_page import NO_ITEM, AgendaPage
from tests.ui.page_host import WorkshopHost

CTRL = Qt.KeyboardModifier.ControlModifier


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Harness(WorkshopHost):
    """The agenda page in its host, with the current item and the timer's ticks recorded."""

    def __init__(self, workspace: Workspace, clock: Clock) -> None:
        super().__init__(workspace, queries.workshops(workspace)[0].id)
        self.current: list[int] = []
        self.ticks: list[tuple[int, int]] = []
        page = AgendaPage(self, clock=clock)
        page.current_changed.connect(self.current.append)
        page.timer_changed.connect(lambda item, left: self.ticks.append((item, left)))
        self.show(page)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def harness(qtbot, demo_path: Path, clock: Clock) -> Iterator[Harness]:
    ws = files.open_file(demo_path)
    h = Harness(ws, clock)
    qtbot.addWidget(h.page)
    h.page.resize(1100, 750)
    h.page.show()
    qtbot.waitExposed(h.page)
    h.page.activateWindow()
    qtbot.waitUntil(h.page.isActiveWindow)
    yield h
    h.stack.clear()
    ws.close()


def _minutes(path: Path, item_id: int) -> str:
    with files.open_file(path, read_only=True) as ws:
        data = queries.workshop(ws, queries.workshops(ws)[0].id)
    return next(a.minutes for a in data.agenda if a.id == item_id)


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _key(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _column(page: AgendaPage, column: int) -> list[str]:
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


# -- the run-sheet ---------------------------------------------------------------------------


def test_the_run_sheet_lists_the_items_in_order_with_start_and_length(harness: Harness) -> None:
    page = harness.page
    assert page.model.rowCount() == 8
    assert _column(page, AgendaModel.TITLE)[:2] == [
        "Welcome, objectives and rating method",
        "Proposal briefings",
    ]
    assert _column(page, AgendaModel.STARTS)[:4] == ["0:00", "0:15", "0:50", "1:10"]
    assert _column(page, AgendaModel.PLANNED)[:2] == ["15 min", "35 min"]
    assert _column(page, AgendaModel.PRESENTER)[1] == "Lukas Brandt"
    assert page.summary.text() == "Items: 8 · 180 min planned"
    assert page.current_item_id() == 1  # the first item is current from the start
    assert _column(page, AgendaModel.NUMBER)[:2] == ["▶ 1", "2"]
    assert page.item_title.text() == "Welcome, objectives and rating method"
    assert page.timer_label.text() == "15:00"
    assert harness.ticks[-1] == (1, 900)


# -- the timer -------------------------------------------------------------------------------


def test_f5_starts_the_countdown_and_the_display_follows_the_clock(
    qtbot, harness: Harness, clock: Clock
) -> None:
    page = harness.page
    _focus(qtbot, page.table)
    _key(qtbot, Qt.Key.Key_F5)
    assert page.is_running()
    assert page.start_button.text() == "Pause"
    clock.advance(61.4)
    qtbot.waitUntil(lambda: page.timer_label.text() == "13:59")  # the QTimer refreshes it
    assert page.remaining_seconds() == 839
    assert harness.ticks[-1] == (1, 839)
    assert page.timer_state() == TimerState.NORMAL
    assert _column(page, AgendaModel.USED)[0] == "1:01"


def test_f5_again_pauses_and_paused_time_does_not_count(
    qtbot, harness: Harness, clock: Clock
) -> None:
    page = harness.page
    _focus(qtbot, page.notes)  # F5 works while the minutes are being typed, too
    with qtbot.waitSignal(page.running_changed) as started:
        _key(qtbot, Qt.Key.Key_F5)
    assert started.args == [True]
    clock.advance(10)
    _key(qtbot, Qt.Key.Key_F5)
    assert not page.is_running()
    clock.advance(300)
    page.refresh_timer()
    assert page.remaining_seconds() == 890
    assert page.start_button.text() == "Resume"
    assert page.timer_status.text() == "15 min planned · paused"
    _key(qtbot, Qt.Key.Key_F5)
    clock.advance(5)
    page.refresh_timer()
    assert page.timer_label.text() == "14:45"


def test_the_timer_turns_amber_in_the_last_two_minutes_and_red_over_time(
    harness: Harness, clock: Clock
) -> None:
    page = harness.page
    page.toggle_running()
    clock.advance(15 * 60 - 121)
    page.refresh_timer()
    assert (page.timer_label.text(), page.timer_state()) == ("2:01", TimerState.NORMAL)
    clock.advance(1)
    page.refresh_timer()
    assert (page.timer_label.text(), page.timer_state()) == ("2:00", TimerState.WARNING)
    assert page.timer_label.property("state") == "warning"
    assert "#8A4B00" in page.timer_label.styleSheet()
    clock.advance(120)
    page.refresh_timer()
    assert page.timer_label.text() == "0:00"
    assert page.timer_state() == TimerState.WARNING
    clock.advance(83)
    page.refresh_timer()
    assert page.timer_label.text() == "+1:23"
    assert page.timer_state() == TimerState.OVER
    assert page.remaining_seconds() == -83
    assert page.timer_label.property("state") == "over"
    assert "over time" in page.timer_status.text()
    assert harness.ticks[-1] == (1, -83)


def test_ctrl_right_moves_to_the_next_item_and_the_running_timer_goes_with_it(
    qtbot, harness: Harness, clock: Clock
) -> None:
    page = harness.page
    _focus(qtbot, page.table)
    _key(qtbot, Qt.Key.Key_F5)
    clock.advance(16 * 60)
    _key(qtbot, Qt.Key.Key_Right, CTRL)
    assert harness.current[-1] == 2
    assert page.current_item_id() == 2
    assert page.table.currentIndex().row() == 1
    assert page.is_running()
    assert page.timer_label.text() == "35:00"
    assert harness.ticks[-1] == (2, 2100)
    assert _column(page, AgendaModel.USED)[0] == "16:00"  # item 1 keeps its time
    clock.advance(30)
    page.refresh_timer()
    assert page.remaining_seconds() == 2070
    _key(qtbot, Qt.Key.Key_Left, CTRL)
    assert page.current_item_id() == 1
    assert page.timer_label.text() == "+1:00"  # item 1 goes on from where it stopped
    assert page.elapsed_seconds(2) == 30


def test_next_item_stops_at_the_last_item_and_previous_at_the_first(
    qtbot, harness: Harness
) -> None:
    page = harness.page
    assert not page.previous_button.isEnabled()
    for _ in range(9):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        if not page.next_button.isEnabled():
            break
    assert page.current_item_id() == 8
    assert page.position.text() == "Item 8 of 8"
    assert not page.next_button.isEnabled()
    assert harness.current == [1, 2, 3, 4, 5, 6, 7, 8]  # the first on showing


def test_choosing_a_row_makes_it_the_current_item(qtbot, harness: Harness) -> None:
    page = harness.page
    rect = page.table.visualRect(page.model.index(3, AgendaModel.TITLE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_item_id() == 4
    assert harness.current == [1, 4]
    assert page.presenter.text() == "Presenter: Daniel Mensah"
    assert page.timer_label.text() == "25:00"
    assert page.notes.toPlainText().startswith("Daniel Mensah showed")
    _key(qtbot, Qt.Key.Key_Down)
    assert page.current_item_id() == 5


def test_reset_starts_the_items_time_again(qtbot, harness: Harness, clock: Clock) -> None:
    page = harness.page
    page.toggle_running()
    clock.advance(200)
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.timer_label.text() == "15:00"
    assert page.is_running()
    clock.advance(3)
    page.refresh_timer()
    assert page.remaining_seconds() == 897


# -- the minutes -----------------------------------------------------------------------------


def test_minutes_typed_are_saved_when_the_focus_leaves_and_undo_restores_them(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    old = _minutes(demo_path, 1)
    _focus(qtbot, page.notes)
    qtbot.keyClick(page.notes, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(page.notes, " Budget confirmed.")
    assert harness.stack.count() == 0
    _focus(qtbot, page.table)
    assert _minutes(demo_path, 1) == old + " Budget confirmed."
    assert harness.stack.undoText() == "Edit minutes of “Welcome, objectives and rating method”"
    harness.stack.undo()
    assert _minutes(demo_path, 1) == old
    assert page.notes.toPlainText() == old


def test_ctrl_enter_saves_the_minutes_and_keeps_typing_there(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    _focus(qtbot, page.notes)
    qtbot.keyClick(page.notes, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.notes, "Agreed: office-tagged results.")
    qtbot.keyClick(page.notes, Qt.Key.Key_Return, CTRL)
    assert _minutes(demo_path, 1) == "Agreed: office-tagged results."
    assert page.notes.hasFocus()
    assert harness.stack.count() == 1


def test_minutes_belong_to_the_item_they_were_typed_for(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    _focus(qtbot, page.notes)
    qtbot.keyClick(page.notes, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.notes, "Opened on time.")
    _key(qtbot, Qt.Key.Key_F5)  # the timer does not interrupt typing
    page.next_item()  # e.g. from the presenter remote, with the focus still in the minutes
    assert _minutes(demo_path, 1) == "Opened on time."
    assert page.notes.toPlainText().startswith("Lukas Brandt summarised")
    assert _minutes(demo_path, 2).startswith("Lukas Brandt summarised")


def test_a_refresh_keeps_minutes_still_being_typed(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    ws = harness.workspace
    _focus(qtbot, page.notes)
    qtbot.keyClick(page.notes, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.notes, "Half a sentence")
    harness.run("Rename", lambda: entities.edit(ws, "agenda_item", 1, title="Welcome"))
    assert page.item_title.text() == "Welcome"
    assert page.notes.toPlainText() == "Half a sentence"


# -- workshops, keyboard, model --------------------------------------------------------------


def test_another_workshop_pauses_the_timer_and_an_empty_agenda_has_no_current_item(
    harness: Harness, clock: Clock
) -> None:
    page = harness.page
    ws = harness.workspace
    page.next_item()
    page.toggle_running()
    clock.advance(60)
    new = harness.run("Add", lambda: entities.create(ws, "workshop", title="Q1 review"))
    first = harness.workshop_id
    harness.workshop_id = new.new_id
    harness.refresh(None)
    assert not page.is_running()
    assert page.current_item_id() is None
    assert harness.current[-1] == NO_ITEM
    assert page.timer_label.text() == "–:––"
    assert not page.start_button.isEnabled()
    page.toggle_running()
    assert not page.is_running()
    harness.workshop_id = first
    harness.refresh(None)
    assert page.current_item_id() == 2  # back where the room was
    assert page.remaining_seconds() == 35 * 60 - 60


def test_tab_order_and_accessible_names(qtbot, harness: Harness) -> None:
    page = harness.page
    page.next_item()  # the Previous button is enabled from the second item on
    _focus(qtbot, page.table)
    seen = []
    for _ in range(5):
        _key(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [  # the clock's buttons, then the agenda's, as the card shows them
        page.start_button,
        page.reset_button,
        page.previous_button,
        page.next_button,
        page.notes,
    ]
    assert page.table.accessibleName() == "Agenda"
    assert page.timer_label.accessibleName() == "Time left on the current item"
    assert "(F5)" in page.start_button.toolTip()


def test_time_formats_and_states() -> None:
    assert [format_remaining(s) for s in (900, 65, 5, 0, -1, -83, -3600)] == [
        "15:00",
        "1:05",
        "0:05",
        "0:00",
        "+0:01",
        "+1:23",
        "+60:00",
    ]
    assert [timer_state(s) for s in (121, 120, 0, -1)] == [
        TimerState.NORMAL,
        TimerState.WARNING,
        TimerState.WARNING,
        TimerState.OVER,
    ]


def test_the_model_passes_the_model_tester(qtmodeltester, demo_path: Path) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        data = queries.workshop(ws, queries.workshops(ws)[0].id)
    model = AgendaModel()
    model.set_items(data.agenda)
    model.set_current(data.agenda[2].id)
    model.set_used(data.agenda[2].id, 1300)
    qtmodeltester.check(model)
