"""The hot seat's Criteria weights step: a participant compares the criteria in pairs with
the keyboard or the mouse before rating, each answer stored at once, their own consistency
shown as they go."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmo_tmo_desktop.services import entities, files, queries
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.workshop.rating.scale_choice import EQUAL
from tests.ui.test_rating_page import _page, planned_workshop

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def weighted(demo_path: Path) -> tuple[Path, int]:
    """ "Spring intake" with a third criterion, Fit, asking for pairwise weights."""
    wid = planned_workshop(demo_path)
    with files.open_file(demo_path) as ws:
        entities.create(ws, "criterion", workshop_id=wid, name="Fit")
        entities.edit(ws, "workshop", wid, pairwise_weights=True)
    return demo_path, wid


def _judgements(path: Path) -> dict[tuple[str, str, str], tuple[float, str]]:
    """What is committed, read by another connection: (who, a, b) -> (a over b, entered by)."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT p.name, a.name, b.name, j.value, j.entered_by FROM pairwise_judgement j "
            "JOIN participant p ON p.id = j.participant_id "
            "JOIN criterion a ON a.id = j.criterion_a_id "
            "JOIN criterion b ON b.id = j.criterion_b_id"
        ).fetchall()
    finally:
        con.close()
    return {(who, a, b): (round(v, 4), by) for who, a, b, v, by in rows}


def _start(qtbot, window: MainWindow, path: Path, wid: int):
    page = _page(window, path, wid)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    page.voter.setFocus()
    qtbot.keyClick(page.voter, Qt.Key.Key_Return)  # Ana
    assert page.ballot_visible() and page.stack.currentWidget() is page.pairs
    return page


def test_every_pair_is_answered_from_the_keyboard_and_stored_at_once(
    qtbot, window: MainWindow, weighted: tuple[Path, int]
) -> None:
    path, wid = weighted
    page = _start(qtbot, window, path, wid)
    step = page.pairs
    assert [r.choice.accessibleName() for r in step.rows] == [
        "Value versus Risk",
        "Value versus Fit",
        "Risk versus Fit",
    ]
    first = step.rows[0].choice
    assert QApplication.focusWidget() is first
    assert step.progress.text() == "Pairs answered: 0 of 3"
    assert step.go_on.text() == "&Skip to Rating"
    qtbot.keyClick(first, Qt.Key.Key_Left)  # no answer yet: Equal
    assert _judgements(path) == {("Ana", "Value", "Risk"): (1.0, "self")}
    for _ in range(4):
        qtbot.keyClick(first, Qt.Key.Key_Left)  # towards Value: 2, 3, 4, 5
    assert _judgements(path) == {("Ana", "Value", "Risk"): (5.0, "self")}
    assert step.rows[0].answer.text() == "Value strongly more important"
    qtbot.keyClick(first, Qt.Key.Key_Return)  # on to the next pair
    second = step.rows[1].choice
    assert QApplication.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_End)  # Fit extremely more important than Value
    qtbot.keyClick(second, Qt.Key.Key_Return)
    third = step.rows[2].choice
    qtbot.keyClick(third, Qt.Key.Key_Equal)
    stored = _judgements(path)
    assert stored[("Ana", "Value", "Fit")] == (round(1 / 9, 4), "self")
    assert stored[("Ana", "Risk", "Fit")] == (1.0, "self")
    # Value > Risk, Fit >> Value, yet Risk = Fit: the participant is told, and where
    assert "above 0.10" in step.consistency.text()
    assert "Look again at" in step.consistency.text()
    assert any(r.answer.text().startswith("⚠") for r in step.rows)
    assert step.progress.text() == "Pairs answered: 3 of 3"
    assert step.go_on.text() == "&Continue to Rating"
    # Delete takes back this participant's own answer, and only it
    qtbot.keyClick(third, Qt.Key.Key_Delete)
    assert ("Ana", "Risk", "Fit") not in _judgements(path)
    assert step.rows[2].answer.text() == "Not answered"
    assert not window.undo_action.isEnabled()  # no undo takes a judgement back
    qtbot.keyClick(third, Qt.Key.Key_Return, CTRL)
    assert page.stack.currentIndex() == 1 and page.ballot.hasFocus()
    assert page.weights_button.isVisible()


def test_a_click_answers_skip_goes_to_rating_and_the_answers_come_back(
    qtbot, window: MainWindow, weighted: tuple[Path, int]
) -> None:
    path, wid = weighted
    page = _start(qtbot, window, path, wid)
    step = page.pairs
    button = step.rows[1].choice.buttons.button(EQUAL + 2)  # Fit moderately... (3) more
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _judgements(path) == {("Ana", "Value", "Fit"): (round(1 / 3, 4), "self")}
    assert step.rows[1].answer.text() == "Fit moderately more important"
    qtbot.mouseClick(step.rows[1].clear, Qt.MouseButton.LeftButton)
    assert _judgements(path) == {}
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(step.go_on, Qt.MouseButton.LeftButton)  # Skip to Rating
    assert page.stack.currentIndex() == 1
    qtbot.mouseClick(page.weights_button, Qt.MouseButton.LeftButton)  # and back
    assert page.stack.currentWidget() is step
    assert step.rows[1].choice.index() == EQUAL + 2 and step.rows[0].choice.index() is None
    page.finish_ballot()
    assert not page.ballot_visible() and step.rows == []
    page.voter.setCurrentIndex(1)  # Ben sees none of Ana's answers
    page.start_ballot()
    assert all(r.choice.index() is None for r in page.pairs.rows)


def test_a_workshop_that_does_not_ask_goes_straight_to_the_ratings(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    wid = planned_workshop(demo_path)
    page = _page(window, demo_path, wid)
    page.open_round()
    page.start_ballot()
    assert page.stack.currentIndex() == 1 and not page.weights_button.isVisible()
    with files.open_file(demo_path, read_only=True) as ws:
        assert not queries.workshop(ws, wid).workshop.pairwise_weights
