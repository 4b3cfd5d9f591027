"""A round in the room: open it, rate from the keyboard in the hot seat, close and reveal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, files, queries
from pmo_tmo_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def live(demo_path: Path) -> tuple[Path, int]:
    """The demo plus a planned workshop: 3 participants, 2 criteria, 2 proposals."""
    return demo_path, planned_workshop(demo_path)


def planned_workshop(demo_path: Path) -> int:
    """Adds "Spring intake" to the demo: Ana (PMO), Ben and Chloé (TMO); Value (weight 2)
    and Risk (lower is better), both 1–10; CRM renewal and Data platform. Its id."""
    with files.open_file(demo_path) as ws:
        offices = {o.name: o.id for o in queries.offices(ws)}
        wid = entities.create(ws, "workshop", title="Spring intake").new_id
        for name, office in (("Ana", "PMO"), ("Ben", "TMO"), ("Chloé", "TMO")):
            entities.create(
                ws, "participant", workshop_id=wid, name=name, office_id=offices[office]
            )
        entities.create(ws, "criterion", workshop_id=wid, name="Value", weight=2)
        entities.create(ws, "criterion", workshop_id=wid, name="Risk", direction="lower")
        entities.create(ws, "proposal", workshop_id=wid, title="CRM renewal", cost=100)
        entities.create(ws, "proposal", workshop_id=wid, title="Data platform", cost=200)
    return wid


def _page(window: MainWindow, path: Path, workshop_id: int):
    assert window.open_path(str(path))
    window.show_area(4)
    area = window.workshops_area
    row = next(
        r for r in range(area.list_model.rowCount()) if area.list_model.record(r).id == workshop_id
    )
    area.list.selectRow(row)
    area.pages.setCurrentWidget(window.rating_page)
    return window.rating_page


def _editor(page):
    found = [e for e in page.ballot.findChildren(QLineEdit) if e.isVisible()]
    return found[0] if found else None


def _type(qtbot, page, text: str, key=Qt.Key.Key_Return) -> None:
    """Type into the current cell and press Enter, as a person at the keyboard would."""
    editor = _editor(page)  # after Tab the next cell's editor is already open
    rest = text
    if editor is None:
        qtbot.keyClicks(page.ballot, text[0])  # a digit on a cell starts its editor
        editor, rest = _editor(page), text[1:]
    assert editor is not None
    if rest:
        qtbot.keyClicks(editor, rest)
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: editor not in [_editor(page)])


def _ratings(path: Path, workshop_id: int) -> list[m.Rating]:
    with files.open_file(path, read_only=True) as ws:
        return list(queries.workshop(ws, workshop_id).ratings)


def test_a_participant_rates_in_the_hot_seat_with_the_keyboard_only(qtbot, window, live) -> None:
    path, wid = live
    page = _page(window, path, wid)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.progress.text() == "0 of 3 complete"
    page.voter.setFocus()
    qtbot.keyClick(page.voter, Qt.Key.Key_Down)  # Ben
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    assert page.ballot_visible()
    for digits, key in (
        ("8", Qt.Key.Key_Return),
        ("3", Qt.Key.Key_Tab),
        ("6", Qt.Key.Key_Return),
        ("9", Qt.Key.Key_Return),
    ):
        _type(qtbot, page, digits, key)
    stored = sorted(r.value for r in _ratings(path, wid))
    assert stored == [3.0, 6.0, 8.0, 9.0]
    assert {r.entered_by for r in _ratings(path, wid)} == {m.EnteredBy.SELF}
    assert page.progress.text() == "1 of 3 complete"
    qtbot.keyClick(page.ballot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not page.ballot_visible()


def test_the_ballot_shows_only_the_voters_own_ratings(qtbot, window, live) -> None:
    path, wid = live
    page = _page(window, path, wid)
    page.open_round()
    page.start_ballot()  # Ana
    _type(qtbot, page, "7")
    page.finish_ballot()
    page.voter.setCurrentIndex(1)  # Ben
    page.start_ballot()
    model = page.ballot_model
    assert all(model.index(r, c).data() == "" for r in range(2) for c in range(2))


def test_an_off_scale_value_is_not_accepted(qtbot, window, live) -> None:
    path, wid = live
    page = _page(window, path, wid)
    page.open_round()
    page.start_ballot()
    qtbot.keyClicks(page.ballot, "4")
    editor = _editor(page)
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # 42 is outside the scale 1–10
    qtbot.waitUntil(lambda: _editor(page) is None)
    assert _ratings(path, wid) == []
    assert page.notice.text().startswith("42 is outside 1–10 for Value")
    assert page.ballot.currentIndex() == page.ballot_model.index(0, 0)  # still on the cell
    assert page.ballot_model.index(0, 0).data() == ""
    _type(qtbot, page, "4")  # a number on the scale is taken, and the message goes
    assert [r.value for r in _ratings(path, wid)] == [4.0]
    assert page.notice.text() == ""


def test_paper_ballots_are_marked_as_entered_by_the_facilitator(qtbot, window, live) -> None:
    path, wid = live
    page = _page(window, path, wid)
    page.open_round()
    page.paper.setChecked(True)
    page.start_ballot()
    _type(qtbot, page, "5")
    assert [r.entered_by for r in _ratings(path, wid)] == [m.EnteredBy.FACILITATOR]


def test_a_rating_can_change_while_the_round_is_open_and_delete_clears_it(
    qtbot, window, live
) -> None:
    path, wid = live
    page = _page(window, path, wid)
    page.open_round()
    page.start_ballot()
    _type(qtbot, page, "4")
    page.ballot.setCurrentIndex(page.ballot_model.index(0, 0))
    _type(qtbot, page, "9")
    assert [r.value for r in _ratings(path, wid)] == [9.0]
    page.ballot.setCurrentIndex(page.ballot_model.index(0, 0))
    qtbot.keyClick(page.ballot, Qt.Key.Key_Delete)
    assert _ratings(path, wid) == []


def test_closing_the_round_stops_rating(qtbot, window, live, monkeypatch) -> None:
    from pmo_tmo_desktop.ui.widgets.dialogs import Messages

    monkeypatch.setattr(Messages, "confirm", classmethod(lambda *a: True))
    path, wid = live
    page = _page(window, path, wid)
    page.open_round()
    page.start_ballot()
    _type(qtbot, page, "5")
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert not page.ballot_visible()
    assert not page.start_button.isEnabled()
    with files.open_file(path, read_only=True) as ws:
        assert queries.workshop(ws, wid).rounds[0].status == m.RoundStatus.CLOSED


def test_ctrl_enter_stores_the_number_still_being_typed(qtbot, window, live) -> None:
    path, wid = live
    page = _page(window, path, wid)
    page.open_round()
    page.start_ballot()
    qtbot.keyClicks(page.ballot, "6")  # the editor is open, nothing stored yet
    assert _editor(page) is not None
    qtbot.keyClick(page.ballot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not page.ballot_visible()
    assert [r.value for r in _ratings(path, wid)] == [6.0]


def test_nothing_can_be_undone_from_the_hot_seat(qtbot, window, live) -> None:
    path, wid = live
    page = _page(window, path, wid)
    page.open_round()
    page.start_ballot()  # Ana rates
    _type(qtbot, page, "9")
    page.finish_ballot()
    page.voter.setCurrentIndex(1)
    page.start_ballot()  # Ben sits down
    assert not window.undo_action.isEnabled()
    qtbot.keyClick(page.ballot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.undo_action.trigger()
    assert [r.value for r in _ratings(path, wid)] == [9.0]  # Ana's rating stands
    assert not window.nav.isEnabled()
    page.finish_ballot()
    assert window.nav.isEnabled()


def test_the_ballot_shows_whole_criterion_headings_and_gets_the_room(qtbot, window, live) -> None:
    path, wid = live
    with files.open_file(path) as ws:
        for name in ("Architecture alignment with the target landscape", "Regulatory urgency"):
            entities.create(ws, "criterion", workshop_id=wid, name=name)
    window.resize(1280, 800)
    page = _page(window, path, wid)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    assert page.ballot_visible()
    assert not window.workshops_area.list.isVisible()  # the hot seat sees only its ballot
    header = page.ballot.horizontalHeader()
    qtbot.waitUntil(lambda: header.height() > 48)
    bold = header.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    model = page.ballot.model()
    for column in range(model.columnCount()):
        text = model.headerData(column, Qt.Orientation.Horizontal)
        width = header.sectionSize(column)
        for word in text.split():  # no word is cut in the middle
            assert metrics.horizontalAdvance(word) < width, (word, width)
        wrapped = metrics.boundingRect(
            QRect(0, 0, width - 8, 10_000),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            text,
        )
        assert wrapped.height() <= header.height(), text  # every line shows
    qtbot.keyClick(page.ballot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.resize(1600, 900)  # the ballot done, the list comes back where there is room
    qtbot.waitUntil(window.workshops_area.list.isVisible)


def test_enter_moves_to_the_next_cell_and_wraps_to_the_next_proposal(qtbot, window, live) -> None:
    path, wid = live
    with files.open_file(path) as ws:
        entities.create(ws, "criterion", workshop_id=wid, name="Urgency")
    page = _page(window, path, wid)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    for digit in "123456":
        _type(qtbot, page, digit)
    model = page.ballot.model()
    shown = [[model.index(row, column).data() for column in range(3)] for row in range(2)]
    assert shown == [["1", "2", "3"], ["4", "5", "6"]]


def test_the_hot_seat_reaches_no_menu_command(qtbot, window, live, monkeypatch) -> None:
    """A participant at the keyboard can fill the ballot and nothing else: the menu commands'
    keys (a new workshop, the meeting pack, an import...) do nothing until Done."""
    from pmo_tmo_desktop.ui.shell import workshop_actions

    asked: list[str] = []
    monkeypatch.setattr(
        workshop_actions.NewWorkshopDialog,
        "ask",
        staticmethod(lambda *args: asked.append("new workshop") or None),
    )
    path, wid = live
    page = _page(window, path, wid)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    assert page.ballot_visible()
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.ballot, Qt.Key.Key_W, shift)
    assert asked == []
    assert not window.menuBar().isEnabled()
    assert not window.workshop_menu.new_action.isEnabled()
    qtbot.keyClick(page.ballot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Done
    assert not page.ballot_visible()
    assert window.menuBar().isEnabled() and window.workshop_menu.new_action.isEnabled()
    qtbot.keyClick(page.voter, Qt.Key.Key_W, shift)
    assert asked == ["new workshop"]
