"""Opening a workspace on the RACI area: the grid comes first, the findings right after its
first paint, and the methodology tree only when its area is shown."""

from __future__ import annotations

from pathlib import Path

from pmo_tmo_desktop.domain import rules
from pmo_tmo_desktop.services import entities, files, queries
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets import settings as keys


def _open_on_raci(window: MainWindow, path: Path) -> None:
    window.settings.set(keys.LAST_AREA, 1)
    window.open_path(str(path))


def test_the_grid_is_shown_before_the_check_and_the_findings_follow_complete(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    _open_on_raci(window, demo_path)
    area = window.raci_area
    assert area.model.rowCount() > 0
    assert "checking" in area.findings.title.text()
    assert area.findings.model.rowCount() == 0
    qtbot.waitUntil(lambda: area.findings.model.rowCount() > 0)
    with files.open_file(demo_path, read_only=True) as ws:
        expected = rules.check(queries.methodology(ws), area.limits)
    shown = [area.findings.model.record(r) for r in range(area.findings.model.rowCount())]
    assert shown == list(expected.findings)
    assert "2 alignment findings" in area.findings.title.text()


def test_a_letter_typed_before_the_check_ran_is_checked_with_the_whole_matrix(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    _open_on_raci(window, demo_path)
    area = window.raci_area
    model = area.model
    row, column = next(
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.letters_at(model.index(r, c)) == "A"
    )
    activity, role = model.cell(model.index(row, column)) or (0, 0)
    assert "checking" in area.findings.title.text()  # no event yet: the check is still due
    area.show_letters({(activity, role): ""})
    assert [f.rule for f in area.report.findings if f.severity.value == "error"] == [
        "no-accountable"
    ]
    assert "1 error ·" in area.findings.title.text()


def test_the_methodology_tree_is_built_when_its_area_is_first_shown(
    window: MainWindow, demo_path: Path
) -> None:
    _open_on_raci(window, demo_path)
    tree = window.methodology_area.model
    assert tree.rowCount() == 0
    window.show_area(0)
    with files.open_file(demo_path, read_only=True) as ws:
        phases = len(queries.methodology(ws).phases)
    assert tree.rowCount() == phases


def test_a_change_made_elsewhere_reaches_the_hidden_tree_when_it_is_shown(
    window: MainWindow, demo_path: Path
) -> None:
    _open_on_raci(window, demo_path)
    window.show_area(0)
    window.show_area(1)
    area = window.methodology_area
    before = area.model.rowCount()
    ws = window.workspace
    assert ws is not None
    window.run("Add phase", lambda: entities.create(ws, "phase", name="Late phase"))
    assert area.model.rowCount() == before  # hidden: not rebuilt yet
    window.show_area(0)
    assert area.model.rowCount() == before + 1
