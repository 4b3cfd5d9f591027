"""The main window as a facilitator meets it: open, look around, change, undo, save as."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.services import files, queries
from pmo_tmo_desktop.ui.methodology.methodology_model import MethodologyTreeModel
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets import dialogs
from pmo_tmo_desktop.ui.widgets.record_model import Column, RecordTableModel
from tests.store.helpers import damage_an_index_page


def test_a_new_window_greets_with_start_choices_and_no_workspace(window: MainWindow) -> None:
    assert window.workspace is None
    assert window.windowTitle() == "PMO–TMO Desktop"
    assert window.pages.currentWidget() is window.welcome
    assert not window.save_as_action.isEnabled()


def test_opening_the_demo_shows_its_name_and_what_it_holds(
    window: MainWindow, demo_path: Path
) -> None:
    assert window.open_path(str(demo_path))
    assert window.windowTitle().startswith("Acme Group — demo")
    assert window.methodology_area.model.rowCount() == 8  # eight phases
    grid = window.raci_area.model
    assert sum(not grid.is_phase_row(r) for r in range(grid.rowCount())) == 54
    assert window.raci_area.model.columnCount() == 18
    assert window.workshops_area.list_model.rowCount() == 1
    assert window.workshops_area.proposal_model.rowCount() == 7
    assert str(demo_path) in window.file_label.text()


def test_ctrl_digits_switch_between_the_areas(qtbot, window: MainWindow, demo_path: Path) -> None:
    window.open_path(str(demo_path))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.areas.currentWidget() is window.raci_area
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.areas.currentWidget() is window.roles_area
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.areas.currentWidget() is window.alignment_area
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.areas.currentWidget() is window.workshops_area
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.areas.currentWidget() is window.methodology_area


def test_a_property_change_is_saved_at_once_and_ctrl_z_takes_it_back(
    qtbot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(str(demo_path))
    monkeypatch.setattr(
        dialogs.PropertiesDialog,
        "ask",
        classmethod(
            lambda cls, parent, info: {
                "name": "Renamed",
                "organisation": "X",
                "raci_variant": "RASCI",
            }
        ),
    )
    window.properties_action.trigger()
    assert window.windowTitle().startswith("Renamed")
    with files.open_file(demo_path, read_only=True) as other:  # a second reader sees it committed
        assert queries.workspace_info(other).name == "Renamed"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.windowTitle().startswith("Acme Group — demo")
    with files.open_file(demo_path, read_only=True) as other:
        info = queries.workspace_info(other)
        assert (info.name, info.raci_variant.value) == ("Acme Group — demo", "RACI")
    window.redo_action.trigger()
    assert window.windowTitle().startswith("Renamed")


def test_a_refused_change_says_why_and_leaves_nothing_on_the_undo_stack(
    window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(str(demo_path))
    warnings: list[str] = []
    monkeypatch.setattr(
        dialogs.Messages, "warn", classmethod(lambda c, p, t, text: warnings.append(text))
    )
    monkeypatch.setattr(
        dialogs.PropertiesDialog,
        "ask",
        classmethod(
            lambda cls, parent, info: {"name": "  ", "organisation": "", "raci_variant": "RACI"}
        ),
    )
    window.properties_action.trigger()
    assert warnings and "name" in warnings[0]
    assert window.undo_stack.count() == 0


def test_a_file_open_elsewhere_can_be_opened_read_only(
    window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = files.open_file(demo_path)
    try:
        asked: list[str] = []
        monkeypatch.setattr(
            dialogs.Messages,
            "confirm",
            classmethod(lambda c, p, t, text, yes: asked.append(text) or True),
        )
        assert window.open_path(str(demo_path))
        assert "already open" in asked[0]
        assert "(read-only)" in window.windowTitle()
        assert not window.properties_action.isEnabled()
    finally:
        window.close_workspace()
        holder.close()


def test_a_file_that_is_not_a_workspace_is_refused_with_its_name(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stray = tmp_path / "notes.pmotmo"
    stray.write_text("meeting notes", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(
        dialogs.Messages, "warn", classmethod(lambda c, p, t, text: warnings.append(text))
    )
    assert not window.open_path(str(stray))
    assert warnings == ["notes.pmotmo: not a PMO–TMO workspace (not an SQLite database)"]
    assert window.workspace is None
    assert stray.read_text(encoding="utf-8") == "meeting notes"


def test_save_as_continues_in_the_copy(
    window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(str(demo_path))
    target = tmp_path / "copy.pmotmo"
    monkeypatch.setattr(dialogs.Messages, "save_file", classmethod(lambda c, p, f: str(target)))
    window.save_as_action.trigger()
    assert window.workspace is not None and window.workspace.path == target
    assert str(target) in window.file_label.text()
    assert window.workshops_area.list_model.rowCount() == 1
    files.open_file(demo_path).close()  # the original is no longer locked


def test_restore_backup_brings_back_an_earlier_state(
    window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(str(demo_path))
    assert window.workspace is not None
    window.workspace.backup("manual")
    monkeypatch.setattr(
        dialogs.PropertiesDialog,
        "ask",
        classmethod(
            lambda cls, parent, info: {"name": "Later", "organisation": "", "raci_variant": "RACI"}
        ),
    )
    window.properties_action.trigger()
    assert window.windowTitle().startswith("Later")
    monkeypatch.setattr(
        dialogs.RestoreBackupDialog, "ask", classmethod(lambda cls, parent, found: found[0].path)
    )
    window.restore_action.trigger()
    assert window.windowTitle().startswith("Acme Group — demo")
    reasons = [b.reason for b in files.list_backups(window.workspace)]
    assert "before-restore" in reasons


def test_the_window_remembers_its_geometry_and_recent_files(
    qtbot, settings, demo_path: Path
) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 611)
    first.open_path(str(demo_path))
    left_at = first.geometry()
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert second.size() == left_at.size() and second.height() == 611
    assert settings.recent_files()[0] == str(demo_path)
    second._fill_recent_menu()
    assert [a.text() for a in second.recent_menu.actions()] == ["demo.pmotmo"]


def test_a_damaged_file_offers_a_copy_of_its_newest_good_backup(
    window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with files.open_file(demo_path) as ws:
        ws.backup("manual")
    raw = bytearray(demo_path.read_bytes())
    raw[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)
    demo_path.write_bytes(bytes(raw))
    damaged = demo_path.read_bytes()
    monkeypatch.setattr(dialogs.Messages, "confirm", classmethod(lambda c, p, t, text, yes: True))
    assert window.open_path(str(demo_path))
    assert window.workspace is not None
    assert "recovered" in window.workspace.path.name
    assert demo_path.read_bytes() == damaged


def test_a_damage_the_first_reads_miss_is_refused_before_the_file_is_shown(
    window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with files.open_file(demo_path) as ws:
        ws.backup("manual")
    damage_an_index_page(demo_path)  # the methodology still reads: only the check finds it
    damaged = demo_path.read_bytes()
    asked: list[str] = []

    def confirm(cls: object, parent: object, title: str, text: str, yes: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs.Messages, "confirm", classmethod(confirm))
    # The check runs beside the first reads; its verdict comes before the file is shown.
    assert window.open_path(str(demo_path))
    assert len(asked) == 1 and "damaged" in asked[0]
    assert window.workspace is not None
    assert "recovered" in window.workspace.path.name
    assert demo_path.read_bytes() == damaged


def test_models_pass_the_model_tester(qtmodeltester, demo_path: Path) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        snapshot = queries.methodology(ws)
        workshops = queries.workshops(ws)
    tree = MethodologyTreeModel()
    tree.set_methodology(snapshot)
    qtmodeltester.check(tree)
    table = RecordTableModel([Column("Title", lambda w: w.title)])
    table.set_records(workshops)
    qtmodeltester.check(table)


def _smoke(tmp_path: Path, flag: str) -> subprocess.CompletedProcess[str]:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    return subprocess.run(
        [sys.executable, "-m", "pmo_tmo_desktop", "--demo", flag],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_smoke_start_on_the_demo_exits_cleanly(tmp_path: Path) -> None:
    done = _smoke(tmp_path, "--smoke")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("start-up: ")
    assert "(workspace not opened)" not in done.stdout


def test_smoke_room_serves_a_room_joins_and_rates_through_it(tmp_path: Path) -> None:
    """What the installer's smoke step runs in the bundle: the solver, then the whole room,
    end to end."""
    done = _smoke(tmp_path, "--smoke-room")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("start-up: ")
    assert lines[1] == "portfolio: 5 funded", lines  # the demo's round 2 within its budget
    assert lines[2].startswith("room: served, joined and rated at http://127.0.0.1:"), lines
    assert "Traceback" not in done.stderr


def test_the_window_speaks_german_with_lang_de(qtbot, settings) -> None:
    from pmo_tmo_desktop import i18n

    try:
        assert i18n.install("de") == "de"
        german = MainWindow(settings)
        qtbot.addWidget(german)
        menus = [a.text() for a in german.menuBar().actions()]
        assert menus[:2] == ["&Datei", "&Bearbeiten"]
        assert german.new_action.text() != "&New Workspace…"
    finally:
        i18n.install("en")
    english = MainWindow(settings)
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"


def test_text_still_in_an_editor_is_saved_when_the_workspace_closes(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    window.open_path(str(demo_path))
    window.show_area(0)
    area = window.methodology_area
    with files.open_file(demo_path, read_only=True) as ws:
        first = queries.methodology(ws).activities[0]
    area.select(("activity", first.id))
    area.panel.description.setFocus()
    area.panel.description.setPlainText("Typed just before closing.")
    window.close_action.trigger()
    with files.open_file(demo_path, read_only=True) as ws:
        stored = next(a for a in queries.methodology(ws).activities if a.id == first.id)
    assert stored.description == "Typed just before closing."


def test_a_read_only_window_cannot_restore_a_backup(window: MainWindow, demo_path: Path) -> None:
    holder = files.open_file(demo_path)
    try:
        window.open_path(str(demo_path), read_only=True)
        assert not window.restore_action.isEnabled()
        with pytest.raises(UserError, match="read-only"):
            files.restore(window.workspace, demo_path)
    finally:
        window.close_workspace()
        holder.close()


def test_the_workshop_list_can_be_hidden_for_room_and_stays_hidden(
    qtbot, settings, demo_path
) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    assert first.open_path(str(demo_path))
    first.show_area(4)
    assert first.workshops_area.list.isVisible()
    width = first.workshops_area.pages.width()
    listing = first.workshops_area.list
    listing.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(listing.hasFocus)
    qtbot.keyClick(
        listing,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not first.workshops_area.list.isVisible()
    qtbot.waitUntil(lambda: first.workshops_area.pages.width() > width)
    first.close()
    second = MainWindow(settings)  # the choice is remembered
    qtbot.addWidget(second)
    second.show()
    assert second.open_path(str(demo_path))
    second.show_area(4)
    assert not second.workshops_area.list.isVisible()
    second.workshop_list_action.trigger()
    assert second.workshops_area.list.isVisible()
    second.close()


def test_in_a_narrow_window_the_workshop_list_steps_aside_except_on_the_overview(
    qtbot, window, demo_path
) -> None:
    assert window.open_path(str(demo_path))
    window.show_area(4)
    area = window.workshops_area
    area.list.selectRow(0)
    window.resize(1024, 700)
    area.pages.setCurrentIndex(0)
    qtbot.waitUntil(area.list.isVisible)  # the overview is where a workshop is chosen
    area.pages.setCurrentWidget(window.results_page)
    qtbot.waitUntil(lambda: not area.list.isVisible())
    window.resize(1600, 900)
    qtbot.waitUntil(area.list.isVisible)  # room enough: beside every page
    window.workshop_list_action.trigger()  # and View > Workshop List still hides it there
    assert not area.list.isVisible()
    window.workshop_list_action.trigger()
