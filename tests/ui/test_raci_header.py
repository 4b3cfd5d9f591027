"""The RACI area's header counts the filled cells as they are, after every kind of change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from tests.ui.test_raci_grid import _empty_cells, _open_grid, _select, _stored


def test_the_header_counts_the_filled_cells_through_typing_deleting_pasting_undo_and_areas(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    view, model = _open_grid(window, demo_path)
    summary = window.raci_area.summary

    def says(count: int) -> None:
        assert count == len(_stored(demo_path))
        assert summary.text().endswith(f", {count} cells filled"), summary.text()

    start = len(_stored(demo_path))
    says(start)
    empty = _empty_cells(model, 3)
    _select(view, [empty[0]])
    qtbot.keyClick(view, Qt.Key.Key_C)  # a letter typed in an empty cell
    says(start + 1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # and cleared again
    says(start)
    row, column = empty[1]
    QApplication.clipboard().setText("R\tI\r\n")
    _select(view, [(row, column)])
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = len([c for c in (model.cell(model.index(row, column + i)) for i in (0, 1)) if c])
    says(start + pasted)
    window.undo_action.trigger()  # the paste undone
    says(start)
    window.redo_action.trigger()  # and done again
    says(start + pasted)
    window.show_area(0)  # another area, then back
    window.show_area(1)
    says(start + pasted)
    window.undo_action.trigger()  # the paste and the clearing undone after coming back
    window.undo_action.trigger()
    says(start + 1)
