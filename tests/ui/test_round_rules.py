"""A rating round nobody can break: the hot seat reaches no round control, closing asks and
names who has not finished, every ballot's state is on the page, Enter runs the hot seat, the
grid refuses numbers off the scale and takes "can't judge", a round is discarded only on
purpose, and Undo never takes a round or its ratings away."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.scoring import Ballot
from pmo_tmo_desktop.services import entities, files, queries, workshops
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from pmo_tmo_desktop.ui.workshop.rating.round_status import (
    BallotStatusModel,
    DiscardRoundDialog,
    next_incomplete,
)
from tests.ui.test_rating_page import _editor, _page, _ratings, _type, planned_workshop

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _confirm(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    """Answer the next questions with `answer`; the texts asked are collected."""
    asked: list[str] = []

    def confirm(cls, parent, title: str, text: str, yes: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(Messages, "confirm", classmethod(confirm))
    return asked


def _stored(path: Path, workshop_id: int) -> queries.WorkshopData:
    with files.open_file(path, read_only=True) as ws:
        return queries.workshop(ws, workshop_id)


def _ids(path: Path, workshop_id: int) -> dict[str, int]:
    data = _stored(path, workshop_id)
    return {p.name: p.id for p in data.participants}


@pytest.fixture
def live(demo_path: Path) -> tuple[Path, int]:
    """The demo plus "Spring intake": Ana, Ben, Chloé; 2 proposals x 2 criteria (1–10)."""
    return demo_path, planned_workshop(demo_path)


@pytest.fixture
def started(live: tuple[Path, int]) -> tuple[Path, int]:
    """Round 1 open: Ana's ballot complete, Ben's started (1 of 4 cells), Chloé's untouched."""
    path, wid = live
    with files.open_file(path) as ws:
        data = queries.workshop(ws, wid)
        round_id = workshops.open_round(ws, wid).new_id
        ana, ben, _chloe = (p.id for p in data.participants)
        for proposal in data.proposals:
            for criterion in data.criteria:
                workshops.rate(ws, round_id, ana, proposal.id, criterion.id, 7)
        first = data.proposals[0].id, data.criteria[0].id
        workshops.rate(ws, round_id, ben, *first, 7)
    return path, wid


# -- 1. the hot seat reaches no round control -------------------------------------------------


def test_a_digit_in_the_hot_seat_and_close_and_reveal_no_longer_close_the_round(
    qtbot, window: MainWindow, live, monkeypatch
) -> None:
    """The report: Open Round → Start Ballot → one digit → Close and Reveal closed the round
    under the participant's fingers. Now no round control can be reached from the ballot."""
    asked = _confirm(monkeypatch, True)
    path, wid = live
    page = _page(window, path, wid)
    qtbot.mouseClick(page.open_button, LEFT)
    qtbot.mouseClick(page.start_button, LEFT)
    assert page.ballot_visible()
    qtbot.keyClicks(page.ballot, "7")
    assert _editor(page) is not None
    for control in (page.open_button, page.close_button, page.blind, page.discard_button):
        assert not control.isEnabled()
    for letter in (Qt.Key.Key_C, Qt.Key.Key_O, Qt.Key.Key_B):  # Close, Open, Blind
        qtbot.keyClick(QApplication.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(300)  # a mnemonic clicks its button after a short animation
    qtbot.mouseClick(page.close_button, LEFT)
    page.close_round()  # not even when asked directly
    page.discard_round()
    page.open_round()
    assert asked == []
    assert page.ballot_visible()
    assert [r.status for r in _stored(path, wid).rounds] == [m.RoundStatus.OPEN]
    # the menus' commands are locked too (the main window does that), and the other pages
    assert not window.menuBar().isEnabled()
    assert not any(a.isEnabled() for a in window.workshop_menu.menu.actions())
    tabs = window.workshops_area.pages
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tabs.indexOf(window.setup_page)).center())
    qtbot.keyClick(page.done_button, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentWidget() is page
    qtbot.keyClick(_editor(page), Qt.Key.Key_Return, CTRL)  # Done: the 7 is stored
    assert not page.ballot_visible()
    assert [r.value for r in _ratings(path, wid)] == [7.0]
    assert page.close_button.isEnabled() and page.discard_button.isEnabled()
    assert any(a.isEnabled() for a in window.workshop_menu.menu.actions())
    assert all(tabs.isTabEnabled(i) for i in range(tabs.count()))


# -- 2. closing asks, naming who has not finished ---------------------------------------------


def test_closing_names_who_is_incomplete_and_cancel_keeps_the_round_open(
    qtbot, window: MainWindow, started, monkeypatch
) -> None:
    path, wid = started
    page = _page(window, path, wid)
    asked = _confirm(monkeypatch, False)
    qtbot.mouseClick(page.close_button, LEFT)
    assert len(asked) == 1
    question = asked[0]
    assert "Close round 1 and reveal its results?" in question
    assert "Incomplete (1):" in question and "Ben — 1 of 4 cells" in question
    assert "Not started (1):" in question and "Chloé" in question
    assert "Ana" not in question  # complete: not named
    assert "7" not in question  # never a value
    assert _stored(path, wid).open_round is not None  # cancelled: still open
    asked = _confirm(monkeypatch, True)
    qtbot.keyClick(page.close_button, Qt.Key.Key_Space)
    assert _stored(path, wid).open_round is None
    assert not page.close_button.isEnabled()


def test_closing_a_round_everybody_finished_says_so(qtbot, window, live, monkeypatch) -> None:
    path, wid = live
    page = _page(window, path, wid)
    page.blind.setChecked(False)
    qtbot.mouseClick(page.open_button, LEFT)
    for _person in range(3):
        qtbot.keyClick(page.voter, Qt.Key.Key_Return)
        for digit in "1234":
            _type(qtbot, page, digit)
        qtbot.keyClick(page.ballot, Qt.Key.Key_Return, CTRL)
    assert page.progress.text() == "3 of 3 complete"
    assert "Every ballot is complete" in page.waiting.text()
    asked = _confirm(monkeypatch, True)
    qtbot.mouseClick(page.close_button, LEFT)
    assert "Close round 1?" in asked[0] and "Every ballot is complete." in asked[0]


# -- 3. every ballot's state on the page ------------------------------------------------------


def test_the_page_lists_each_ballots_state_and_never_a_value(
    qtbot, qtmodeltester, window: MainWindow, started
) -> None:
    path, wid = started
    page = _page(window, path, wid)
    model = page.status_model
    qtmodeltester.check(model)
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows == [
        ["Ana", "PMO", "Complete"],
        ["Ben", "TMO", "Started (1 of 4)"],
        ["Chloé", "TMO", "Not started"],
    ]
    assert page.progress.text() == "1 of 3 complete, 1 started"
    assert page.status.isVisible()
    # choosing a name in the list chooses it for the ballot, by mouse or by keyboard
    rect = page.status.visualRect(model.index(2, 0))
    qtbot.mouseClick(page.status.viewport(), LEFT, pos=rect.center())
    assert page.voter.currentText().startswith("Chloé")
    qtbot.keyClick(page.status, Qt.Key.Key_Up)
    assert page.voter.currentText().startswith("Ben")
    page.voter.setCurrentIndex(0)
    assert page.status.currentIndex().row() == 0


def test_the_status_model_keeps_its_contract_through_changes(qtmodeltester) -> None:
    people = tuple(m.Participant(i, 1, f"P{i}", None, "", i) for i in range(1, 4))
    model = BallotStatusModel()
    qtmodeltester.check(model)
    model.set_ballots(people, {}, ())
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "—"  # no round open
    model.set_ballots(people, {}, (Ballot(1, 4, 4), Ballot(2, 2, 4), Ballot(3, 0, 4)))
    qtmodeltester.check(model)
    model.set_ballots(people[:2], {}, ())
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_the_next_ballot_is_the_next_one_not_complete_wrapping_round() -> None:
    ballots = (Ballot(1, 4, 4), Ballot(2, 1, 4), Ballot(3, 0, 4), Ballot(4, 4, 4))
    assert next_incomplete(ballots, 2) == 3
    assert next_incomplete(ballots, 3) == 2  # past the last, round to the first not done
    assert next_incomplete(ballots, None) == 2
    assert next_incomplete(tuple(Ballot(i, 4, 4) for i in range(3)), 1) is None


# -- 4. the hot seat by Enter -----------------------------------------------------------------


def test_enter_starts_the_ballot_and_done_chooses_the_next_one_to_finish(
    qtbot, window: MainWindow, started
) -> None:
    path, wid = started
    page = _page(window, path, wid)
    page.voter.setCurrentIndex(2)  # Chloé
    page.voter.setFocus()
    qtbot.waitUntil(page.voter.hasFocus)
    assert page.waiting.text() == "Pick a name and press Enter to start that ballot."
    qtbot.keyClick(page.voter, Qt.Key.Key_Return)
    assert page.ballot_visible()
    assert "Ballot of Chloé" in page.ballot_title.text()
    _type(qtbot, page, "5")
    qtbot.keyClick(page.ballot, Qt.Key.Key_Return, CTRL)  # Done
    assert not page.ballot_visible()
    # Ana is complete: after Chloé the next one to finish is Ben (round past the end)
    assert page.voter.currentText().startswith("Ben")
    assert page.voter.hasFocus()
    qtbot.keyClick(page.voter, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert page.ballot_visible() and "Ballot of Ben" in page.ballot_title.text()
    qtbot.mouseClick(page.done_button, LEFT)
    assert page.voter.currentText().startswith("Chloé")
    # Enter on a name in the list starts that ballot too
    page.status.setFocus()
    page.status.setCurrentIndex(page.status_model.index(1, 0))
    qtbot.keyClick(page.status, Qt.Key.Key_Return)
    assert page.ballot_visible() and "Ballot of Ben" in page.ballot_title.text()
    page.finish_ballot()


# -- 5. the grid: the scale, "can't judge", Delete --------------------------------------------


@pytest.fixture
def costed(live: tuple[Path, int]) -> tuple[Path, int]:
    """The live workshop with a third criterion, Cost, on a scale of 1 to 5."""
    path, wid = live
    with files.open_file(path) as ws:
        entities.create(ws, "criterion", workshop_id=wid, name="Cost", scale_min=1, scale_max=5)
    return path, wid


def test_a_number_off_the_scale_is_refused_with_a_message_and_the_cell_keeps_its_own(
    qtbot, window: MainWindow, costed
) -> None:
    path, wid = costed
    page = _page(window, path, wid)
    qtbot.mouseClick(page.open_button, LEFT)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    cost = page.ballot_model.index(0, 2)
    page.ballot.setCurrentIndex(cost)
    _type(qtbot, page, "3")
    page.ballot.setCurrentIndex(cost)
    qtbot.keyClicks(page.ballot, "7")
    qtbot.keyClick(_editor(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _editor(page) is None)
    assert page.notice.isVisible()
    assert page.notice.text() == (
        "7 is outside 1–5 for Cost; type a number from 1 to 5, or ? if you can't judge it."
    )
    assert cost.data() == "3"
    assert page.ballot.currentIndex() == cost
    assert [r.value for r in _ratings(path, wid)] == [3.0]
    # Tab after a refused number stays on the cell as well
    qtbot.keyClicks(page.ballot, "9")
    qtbot.keyClick(_editor(page), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _editor(page) is None)
    assert page.ballot.currentIndex() == cost
    assert [r.value for r in _ratings(path, wid)] == [3.0]
    # Done with a refused number in the cell keeps the ballot open, to say why
    qtbot.keyClicks(page.ballot, "8")
    qtbot.keyClick(_editor(page), Qt.Key.Key_Return, CTRL)
    assert page.ballot_visible()
    assert "8 is outside 1–5" in page.notice.text()
    page.finish_ballot()


def test_question_mark_answers_cant_judge_and_delete_withdraws_the_answer(
    qtbot, window: MainWindow, live
) -> None:
    path, wid = live
    page = _page(window, path, wid)
    qtbot.mouseClick(page.open_button, LEFT)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    assert "Type ? if you can't judge a cell" in page.how.text()
    first = page.ballot_model.index(0, 0)
    qtbot.keyClick(page.ballot, Qt.Key.Key_Question)
    stored = _ratings(path, wid)
    assert [(r.value, r.criterion_id) for r in stored] == [(None, stored[0].criterion_id)]
    assert first.data() == "?"
    assert first.data(Qt.ItemDataRole.ToolTipRole).startswith("can't judge")
    empty = page.ballot_model.index(0, 1)
    background = Qt.ItemDataRole.BackgroundRole
    assert first.data(background).color() != empty.data(background).color()
    option = QStyleOptionViewItem()
    page.ballot.itemDelegate().initStyleOption(option, first)
    assert option.font.italic()  # "can't judge" reads differently from a number
    assert page.ballot_state.text() == "1 of 4 cells answered"
    # typed into an open editor, ? answers the cell as well
    page.ballot.setCurrentIndex(empty)
    qtbot.keyClicks(page.ballot, "6")
    qtbot.keyClicks(_editor(page), "?")
    qtbot.waitUntil(lambda: _editor(page) is None)
    assert empty.data() == "?"
    assert [r.value for r in _ratings(path, wid)] == [None, None]
    for row, column in ((1, 0), (1, 1)):
        page.ballot.setCurrentIndex(page.ballot_model.index(row, column))
        _type(qtbot, page, "5")
    assert page.ballot_state.text() == "All 4 cells answered: this ballot is complete."
    assert page.progress.text() == "1 of 3 complete"  # can't judge counts as answered
    page.ballot.setCurrentIndex(first)
    qtbot.keyClick(page.ballot, Qt.Key.Key_Delete)
    assert first.data() == ""
    assert sorted(r.value or 0 for r in _ratings(path, wid)) == [0, 5.0, 5.0]
    assert page.ballot_state.text() == "3 of 4 cells answered"
    assert page.progress.text() == "0 of 3 complete, 1 started"
    page.finish_ballot()


# -- 6. discarding a round, on purpose and on the record --------------------------------------


def test_discard_names_what_goes_asks_why_and_takes_no_undo_step(
    qtbot, window: MainWindow, started, monkeypatch
) -> None:
    path, wid = started
    page = _page(window, path, wid)
    told: list[str] = []
    monkeypatch.setattr(
        DiscardRoundDialog, "ask", classmethod(lambda cls, parent, what: told.append(what))
    )
    qtbot.mouseClick(page.discard_button, LEFT)  # cancelled: nothing goes
    assert told == ["Round 1 and its 5 ratings by 2 participants will be removed."]
    assert len(_stored(path, wid).rounds) == 1
    monkeypatch.setattr(
        DiscardRoundDialog, "ask", classmethod(lambda cls, parent, what: "opened too early")
    )
    window.undo_stack.clear()
    qtbot.mouseClick(page.discard_button, LEFT)
    data = _stored(path, wid)
    assert data.rounds == () and data.ratings == ()
    assert data.amendments[-1].why == "opened too early"
    assert not window.undo_action.isEnabled()  # Restore Backup brings it back, not Undo
    assert not page.discard_button.isEnabled()  # no round left
    assert page.open_button.isEnabled()


def test_discard_is_off_while_a_ballot_is_open_and_for_a_closed_workshop(
    qtbot, window: MainWindow, started
) -> None:
    path, wid = started
    page = _page(window, path, wid)
    assert page.discard_button.isEnabled()
    qtbot.keyClick(page.voter, Qt.Key.Key_Return)
    assert page.ballot_visible() and not page.discard_button.isEnabled()
    page.finish_ballot()
    area = window.workshops_area
    demo = next(r for r in range(area.list_model.rowCount()) if area.list_model.record(r).id != wid)
    area.list.selectRow(demo)  # the demo's workshop is closed
    assert page._data is not None and page._data.workshop.status == m.WorkshopStatus.CLOSED
    assert page._data.rounds
    assert not page.discard_button.isEnabled()


def test_the_workshop_menu_discards_the_last_round_through_the_same_questions(
    qtbot, window: MainWindow, started, monkeypatch
) -> None:
    path, wid = started
    page = _page(window, path, wid)
    monkeypatch.setattr(
        DiscardRoundDialog, "ask", classmethod(lambda cls, parent, what: "wrong proposals")
    )
    menu = window.workshop_menu
    menu.update()
    assert menu.discard_action.isEnabled()
    qtbot.keyClick(page.voter, Qt.Key.Key_Return)  # a ballot is open: the menu is off
    menu.update()
    assert not menu.discard_action.isEnabled()
    page.finish_ballot()
    menu.update()
    menu.discard_action.trigger()
    assert _stored(path, wid).rounds == ()
    menu.update()
    assert not menu.discard_action.isEnabled()


def test_the_discard_dialog_wants_a_reason(qtbot) -> None:
    dialog = DiscardRoundDialog("Round 2 and its 27 rating(s) by 3 participant(s) will go.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Round 2" in dialog.what.text()
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "a test round")
    assert dialog.ok.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.why() == "a test round"


# -- 8. Undo never takes a round or its ratings away ------------------------------------------


def test_undo_after_a_round_keeps_the_round_and_its_ratings(
    qtbot, window: MainWindow, live, monkeypatch
) -> None:
    """The report: open round 2, rate in the hot seat, close it, Undo twice — the round and
    its ratings were gone. Now they stay; Undo takes back only the facilitator's edits."""
    path, wid = live
    with files.open_file(path) as ws:
        workshops.open_round(ws, wid)
        workshops.close_round(ws, wid)
    page = _page(window, path, wid)
    ws = window.workspace
    assert ws is not None
    window.run("Rename", lambda: entities.edit(ws, "workshop", wid, title="Spring intake 2"))
    qtbot.mouseClick(page.open_button, LEFT)  # round 2
    for _person in range(2):
        qtbot.keyClick(page.voter, Qt.Key.Key_Return)
        for digit in "4567":
            _type(qtbot, page, digit)
        qtbot.keyClick(page.ballot, Qt.Key.Key_Return, CTRL)
    _confirm(monkeypatch, True)
    qtbot.mouseClick(page.close_button, LEFT)
    window.activateWindow()
    qtbot.keyClick(page.voter, Qt.Key.Key_Z, CTRL)
    window.undo_action.trigger()
    data = _stored(path, wid)
    assert [(r.number, r.status) for r in data.rounds] == [
        (1, m.RoundStatus.CLOSED),
        (2, m.RoundStatus.CLOSED),
    ]
    assert len([r for r in data.ratings if r.round_id == data.rounds[1].id]) == 8
    assert data.workshop.title == "Spring intake"  # the facilitator's edit was undone
