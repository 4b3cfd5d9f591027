"""Editing the RACI matrix with the keyboard, as a methodology owner would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from pmo_tmo_desktop.services import files, queries
from pmo_tmo_desktop.ui.raci.raci_grid import RaciGridModel
from pmo_tmo_desktop.ui.shell.main_window import MainWindow


def _open_grid(window: MainWindow, path: Path):
    assert window.open_path(str(path))
    window.show_area(1)
    return window.raci_area.table, window.raci_area.model


def _select(view, cells) -> None:
    view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select
    for row, column in cells:
        view.selectionModel().select(view.model().index(row, column), flags)
    view.selectionModel().setCurrentIndex(
        view.model().index(*cells[0]), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def _stored(path: Path) -> dict[tuple[int, int], str]:
    with files.open_file(path, read_only=True) as ws:
        return {(a.activity_id, a.role_id): a.letters for a in queries.methodology(ws).assignments}


def _empty_cells(model: RaciGridModel, count: int) -> list[tuple[int, int]]:
    found = []
    for row in range(model.rowCount()):
        if model.is_phase_row(row):
            continue
        for column in range(model.columnCount()):
            if not model.letters_at(model.index(row, column)):
                found.append((row, column))
                if len(found) == count:
                    return found
    raise AssertionError("no empty cells")


def test_typing_a_letter_puts_it_in_every_selected_cell_and_saves_it(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    view, model = _open_grid(window, demo_path)
    cells = _empty_cells(model, 3)
    _select(view, cells)
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert [model.letters_at(model.index(*c)) for c in cells] == ["C", "C", "C"]
    stored = _stored(demo_path)
    assert all(stored[model.cell(model.index(*c))] == "C" for c in cells)
    assert window.undo_stack.count() == 1


def test_typing_the_same_letter_again_takes_it_away(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    view, model = _open_grid(window, demo_path)
    cells = _empty_cells(model, 2)
    _select(view, cells)
    qtbot.keyClick(view, Qt.Key.Key_I)
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert [model.letters_at(model.index(*c)) for c in cells] == ["", ""]


def test_a_cell_can_hold_accountable_and_responsible_together(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    view, model = _open_grid(window, demo_path)
    cell = _empty_cells(model, 1)
    _select(view, cell)
    qtbot.keyClick(view, Qt.Key.Key_A)
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert model.letters_at(model.index(*cell[0])) == "RA"


def test_delete_clears_and_ctrl_z_brings_the_letters_back(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    view, model = _open_grid(window, demo_path)
    filled = [
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.letters_at(model.index(r, c))
    ][:4]
    before = [model.letters_at(model.index(*c)) for c in filled]
    _select(view, filled)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [model.letters_at(model.index(*c)) for c in filled] == ["", "", "", ""]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [model.letters_at(model.index(*c)) for c in filled] == before
    assert _stored(demo_path)[model.cell(model.index(*filled[0]))] == before[0]


def test_a_letter_outside_the_variant_changes_nothing(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    view, model = _open_grid(window, demo_path)
    cell = _empty_cells(model, 1)
    _select(view, cell)
    qtbot.keyClick(view, Qt.Key.Key_S)  # RACI has no S
    assert model.letters_at(model.index(*cell[0])) == ""
    assert window.undo_stack.count() == 0


def test_copy_and_paste_exchange_tab_separated_letters(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    view, model = _open_grid(window, demo_path)
    QApplication.clipboard().setText("R\tA\r\nC\tI\r\n")
    start = _empty_cells(model, 1)[0]
    _select(view, [start])
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    row, column = start
    assert model.letters_at(model.index(row, column)) == "R"
    assert model.letters_at(model.index(row, column + 1)) == "A"
    next_row = next(r for r in range(row + 1, model.rowCount()) if not model.is_phase_row(r))
    assert model.letters_at(model.index(next_row, column)) == "C"
    _select(view, [(row, column), (row, column + 1)])
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "R\tA\r\n"
    assert window.undo_stack.count() == 1


def test_filters_narrow_the_grid(window: MainWindow, demo_path: Path) -> None:
    _view, model = _open_grid(window, demo_path)
    area = window.raci_area
    all_rows, all_columns = model.rowCount(), model.columnCount()
    area.kind_filter.setCurrentIndex(area.kind_filter.findData("technical"))
    assert 0 < model.rowCount() < all_rows
    area.office_filter.setCurrentIndex(area.office_filter.findText("TMO"))
    assert 0 < model.columnCount() < all_columns
    area.kind_filter.setCurrentIndex(0)
    area.office_filter.setCurrentIndex(0)
    assert (model.rowCount(), model.columnCount()) == (all_rows, all_columns)


def test_the_grid_model_passes_the_model_tester(qtmodeltester, demo_path: Path) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        snapshot = queries.methodology(ws)
    model = RaciGridModel()
    model.set_methodology(snapshot)
    qtmodeltester.check(model)
