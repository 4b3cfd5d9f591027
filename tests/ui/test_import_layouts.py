"""The import preview says how a hand-made matrix was read and lets the user read it otherwise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from pmo_tmo_desktop.services import queries, transfer
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.shell.excel_dialogs import ImportChoice, ImportPreviewDialog
from tests.exchange.layouts_xlsx import BAND_ID_MERGED_PHASES, TRANSPOSED, assert_imported


def _ok(dialog: ImportPreviewDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_preview_of_the_letter_layout_switches_reading_and_imports_the_one_chosen(
    qtbot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    ws = empty_workspace
    path = TRANSPOSED.write(tmp_path / "letters.xlsx")
    seen: list[str] = []

    def drive() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, ImportPreviewDialog)
        )
        seen.append(dialog.summary.text())
        assert dialog.reading.isVisible()
        dialog.reading.setCurrentIndex(dialog.reading.findData("letters-flat"))
        seen.append(dialog.summary.text())
        dialog.reading.setCurrentIndex(dialog.reading.findData("letters"))
        seen.append(dialog.summary.text())
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    choice = ImportPreviewDialog.choose(
        None, transfer.read_plan(path), queries.methodology(ws), path
    )

    assert choice == ImportChoice(replace=False, reading="letters")
    first, flat, back = seen
    assert "Read as: one column per letter, role names in the cells" in first
    assert "Rows read as phases: A2, A5" in first
    assert "New roles: Dev, QA, PM, Sponsor, Ops" in first
    assert "rows without letters are activities, not phases" in flat
    assert "Rows read as phases" not in flat
    assert back == first
    transfer.import_xlsx(ws, path, choice.replace, choice.reading)
    assert_imported(ws, TRANSPOSED)


def test_the_preview_names_new_offices_and_ids_and_the_flat_reading_can_be_imported(
    qtbot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    ws = empty_workspace
    path = BAND_ID_MERGED_PHASES.write(tmp_path / "band.xlsx")
    dialog = ImportPreviewDialog(transfer.read_plan(path), queries.methodology(ws), None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.summary.text()
    assert "New offices (from the row above the roles): Delivery Office" in text
    assert "Rows read as phases: A4, A7" in text
    assert "Activity ids (such as 1.1) are kept out of the names." in text
    assert [dialog.reading.itemData(i) for i in range(dialog.reading.count())] == [
        "roles",
        "roles-flat",
    ]

    dialog.reading.setCurrentIndex(1)

    assert dialog.chosen_reading() == "roles-flat"
    assert "Rows read as phases" not in dialog.summary.text()
    assert _ok(dialog).isEnabled()
    transfer.import_xlsx(ws, path, reading=dialog.chosen_reading())
    snap = queries.methodology(ws)
    assert [a.name for a in snap.activities][:2] == ["Strategy", "Set priorities"]
    dialog.reading.setCurrentIndex(0)
    assert dialog.chosen_reading() == "roles"


def test_our_own_export_shows_no_reading_to_choose(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "ours.xlsx"
    transfer.export_xlsx(workspace, path)
    dialog = ImportPreviewDialog(
        transfer.read_plan(path), queries.methodology(workspace), None, path
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.reading.isVisible()
    assert "Read as" not in dialog.summary.text()


def test_file_import_from_excel_takes_the_reading_chosen_in_its_preview(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    from pmo_tmo_desktop.services import files
    from pmo_tmo_desktop.ui.widgets import dialogs

    workspace = tmp_path / "empty.pmotmo"
    files.new(workspace, "empty").close()
    path = TRANSPOSED.write(tmp_path / "letters.xlsx")
    monkeypatch.setattr(dialogs.Messages, "open_workbook", classmethod(lambda c, p, f: str(path)))
    window.open_path(str(workspace))

    def drive() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, ImportPreviewDialog)
        )
        dialog.reading.setCurrentIndex(dialog.reading.findData("letters-flat"))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    window.import_action.trigger()
    ws = window.workspace
    assert ws is not None
    read_flat = transfer.read_plan(path, "letters-flat")
    snapshot = queries.methodology(ws)
    assert [a.name for a in snapshot.activities] == [a.name for a in read_flat.activities]
    window.undo_action.trigger()  # one step
    assert not queries.methodology(ws).activities
