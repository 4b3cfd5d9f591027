"""Opening on the RACI area reads the letters of the rows in sight first and the others right
after the grid's first paint; whatever needs the whole matrix before then reads it first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.ui.raci.raci_grid import RaciGridModel
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets import settings as keys
from tests.ui.test_raci_grid import _select, _stored


def _first_look(window: MainWindow, path: Path) -> RaciGridModel:
    """The workspace opened on the RACI area, no event handled yet: the grid holds the letters
    of the rows in sight only."""
    window.settings.set(keys.LAST_AREA, 1)
    assert window.open_path(str(path))
    model = window.raci_area.model
    assert not model.complete
    return model


def _rows(model: RaciGridModel) -> list[int]:
    return [r for r in range(model.rowCount()) if not model.is_phase_row(r)]


def _column(model: RaciGridModel, stored: dict[tuple[int, int], str], column: int) -> list[str]:
    cells = (model.cell(model.index(r, column)) for r in _rows(model))
    return [stored.get(cell, "") if cell else "" for cell in cells]


def _busy_column(model: RaciGridModel, stored: dict[tuple[int, int], str]) -> int:
    """A column whose last filled cell lies below the rows in sight."""
    last_row = _rows(model)[-1]
    return next(
        c
        for c in range(model.columnCount())
        if any(_column(model, stored, c)[-5:]) and model.cell(model.index(last_row, c))
    )


def test_the_rows_in_sight_come_first_and_every_letter_right_after_the_first_paint(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    stored = _stored(demo_path)
    model = _first_look(window, demo_path)
    top = model.cell(model.index(_rows(model)[0], 0))
    assert top is not None
    assert f"{len(stored)} cells filled" in window.raci_area.summary.text()
    qtbot.waitUntil(lambda: model.complete)
    shown = {
        model.cell(model.index(r, c)): model.letters_at(model.index(r, c))
        for r in _rows(model)
        for c in range(model.columnCount())
    }
    assert {cell: text for cell, text in shown.items() if text} == stored


def test_a_copy_of_a_whole_column_right_after_opening_holds_every_letter(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    stored = _stored(demo_path)
    model = _first_look(window, demo_path)
    view = window.raci_area.table
    column = _busy_column(model, stored)
    _select(view, [(_rows(model)[0], column)])
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text().split("\r\n")[:-1]
    assert copied == _column(model, stored, column)


def test_a_letter_typed_in_a_whole_column_right_after_opening_keeps_the_letters_below(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    stored = _stored(demo_path)
    model = _first_look(window, demo_path)
    view = window.raci_area.table
    column = _busy_column(model, stored)
    before = _column(model, stored, column)
    _select(view, [(_rows(model)[0], column)])
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_I)
    expected = [m.normalise_letters(text + "I") for text in before]
    assert _column(model, _stored(demo_path), column) == expected
    assert [model.letters_at(model.index(r, column)) for r in _rows(model)] == expected


def test_a_paste_into_the_last_row_right_after_opening_leaves_every_other_letter(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    stored = _stored(demo_path)
    model = _first_look(window, demo_path)
    view = window.raci_area.table
    last = _rows(model)[-1]
    QApplication.clipboard().setText("R\tC\r\n")
    _select(view, [(last, 0)])
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = {model.cell(model.index(last, 0)): "R", model.cell(model.index(last, 1)): "C"}
    now = _stored(demo_path)
    assert now == {**stored, **pasted}
    shown = {
        model.cell(model.index(r, c)): model.letters_at(model.index(r, c))
        for r in _rows(model)
        for c in range(model.columnCount())
    }
    assert {cell: text for cell, text in shown.items() if text} == now
    assert f"{len(now)} cells filled" in window.raci_area.summary.text()


def test_a_filter_chosen_right_after_opening_shows_the_letters_of_its_rows(
    window: MainWindow, demo_path: Path
) -> None:
    stored = _stored(demo_path)
    model = _first_look(window, demo_path)
    area = window.raci_area
    area.phase_filter.setCurrentIndex(area.phase_filter.count() - 1)  # the last phase
    assert model.complete
    for row in _rows(model):
        for column in range(model.columnCount()):
            cell = model.cell(model.index(row, column))
            assert model.data(model.index(row, column)) == stored.get(cell, "")  # type: ignore[arg-type]
