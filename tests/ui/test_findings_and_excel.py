"""The live check beside the grid, and Excel in and out from the File menu."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from pmo_tmo_desktop.services import files, queries
from pmo_tmo_desktop.ui.shell import excel_dialogs
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets import dialogs


def _rules(window: MainWindow) -> list[str]:
    report = window.raci_area.report
    assert report is not None
    return [f.rule for f in report.findings]


def test_the_findings_panel_shows_the_demo_gaps(window: MainWindow, demo_path: Path) -> None:
    window.open_path(str(demo_path))
    assert sorted(_rules(window)) == ["gate-one-office", "pmo-blind-spot"]
    model = window.raci_area.findings.model
    assert model.rowCount() == 2
    assert "2 alignment findings" in window.raci_area.findings.title.text()
    shown = {model.data(model.index(row, 1)) for row in range(2)}
    assert shown == {
        "Gate 'Gate 3 – Design approved' has no approver from TMO.",
        "No PMO role takes part in technical activity 'Provision environments'.",
    }
    tips = {model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole) for row in range(2)}
    assert tips == shown


def test_clearing_the_accountable_shows_an_error_at_once_and_clicking_it_selects_the_row(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    window.open_path(str(demo_path))
    window.show_area(1)
    view, model = window.raci_area.table, window.raci_area.model
    target = next(
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.letters_at(model.index(r, c)) == "A"
    )
    view.selectionModel().select(model.index(*target), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    errors = [f for f in window.raci_area.report.findings if f.severity.value == "error"]
    assert [f.rule for f in errors] == ["no-accountable"]
    panel = window.raci_area.findings
    view.clearSelection()
    panel.table.selectRow(0)
    assert {i.row() for i in view.selectionModel().selectedIndexes()} == {target[0]}
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not [f for f in window.raci_area.report.findings if f.severity.value == "error"]


def test_export_writes_a_workbook_with_the_matrix_and_the_findings(
    window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(str(demo_path))
    target = tmp_path / "method.xlsx"
    monkeypatch.setattr(dialogs.Messages, "save_workbook", classmethod(lambda c, p, s: str(target)))
    window.export_action.trigger()
    book = openpyxl.load_workbook(target)
    assert {"Methodology", "RACI", "Roles", "Findings"} <= set(book.sheetnames)
    findings = [row[1] for row in book["Findings"].iter_rows(min_row=2, values_only=True)]
    assert "pmo-blind-spot" in findings


def test_import_shows_a_preview_then_applies_and_undo_takes_it_back(
    window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Activity", "Project Manager", "Night Shift Lead"])
    sheet.append(["Capture business need", "R", "C"])
    sheet.append(["Brand new activity", "A", "R"])
    path = tmp_path / "hand.xlsx"
    book.save(path)
    window.open_path(str(demo_path))
    before = queries.methodology(window.workspace)
    seen = []
    monkeypatch.setattr(dialogs.Messages, "open_workbook", classmethod(lambda c, p, f: str(path)))
    monkeypatch.setattr(
        excel_dialogs.ImportPreviewDialog,
        "choose",
        classmethod(
            lambda cls, parent, plan, snap, path: (
                seen.append(plan) or excel_dialogs.ImportChoice(False, None)
            )
        ),
    )
    window.import_action.trigger()
    assert seen and seen[0].layout == "hand-made"
    with files.open_file(demo_path, read_only=True) as ws:
        after = queries.methodology(ws)
    assert "Night Shift Lead" in {r.name for r in after.roles}
    assert "Brand new activity" in {a.name for a in after.activities}
    window.undo_action.trigger()
    assert queries.methodology(window.workspace) == before


def test_a_broken_workbook_is_refused_with_its_name(
    window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    window.open_path(str(demo_path))
    warnings: list[str] = []
    monkeypatch.setattr(dialogs.Messages, "open_workbook", classmethod(lambda c, p, f: str(path)))
    monkeypatch.setattr(
        dialogs.Messages, "warn", classmethod(lambda c, p, t, text: warnings.append(text))
    )
    window.import_action.trigger()
    assert warnings and warnings[0].startswith("notes.xlsx")
    assert window.undo_stack.count() == 0


def test_the_alignment_area_follows_the_check(qtbot, window: MainWindow, demo_path: Path) -> None:
    window.open_path(str(demo_path))
    window.show_area(3)
    assert window.areas.currentWidget() is window.alignment_area
    report = window.raci_area.report
    headline = window.alignment_area.headline.text()
    assert f"{round(report.metrics.alignment_index * 100)}" in headline
    assert len(window.alignment_area.phase_chart.bars) == 8


def test_choosing_a_gate_finding_shows_the_gate_in_the_methodology(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    window.open_path(str(demo_path))
    window.show_area(1)
    panel = window.raci_area.findings
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)  # checked right after the first paint
    row = next(
        r for r in range(panel.model.rowCount()) if panel.model.record(r).rule == "gate-one-office"
    )
    panel.table.selectRow(row)
    assert window.areas.currentWidget() is window.methodology_area
    gate = panel.model.record(row).control_point_id
    assert window.methodology_area.current_key() == ("control", gate)
