"""What a facilitator meets in the first hour: a first window that fits the laptop's screen,
menu shortcuts that still work while a text field has the focus, and the area last chosen
(however it was chosen) shown again next time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit

from pmo_tmo_desktop.ui import dialogs
from pmo_tmo_desktop.ui.main_window import MainWindow, _menu_actions
from pmo_tmo_desktop.ui.settings import Settings

FIT_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QPoint, QSettings
app = QApplication(sys.argv[:1])
from pmo_tmo_desktop.ui.main_window import MainWindow
from pmo_tmo_desktop.ui.settings import Settings
window = MainWindow(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
window.show()
app.processEvents()
room = window.screen().availableGeometry()
frame = window.frameGeometry()
bar = window.statusBar()
bottom = bar.mapToGlobal(QPoint(0, bar.height())).y()
print(json.dumps({"room": room.getRect(), "frame": frame.getRect(), "bar_bottom": bottom}))
window.close()
"""


@pytest.mark.parametrize("width,height", [(1366, 768), (1280, 800), (1920, 1080)])
def test_the_first_window_fits_the_screen_with_its_status_bar_in_sight(
    tmp_path: Path, width: int, height: int
) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}],
            }
        )
    )
    done = subprocess.run(
        [sys.executable, "-c", FIT_PROBE, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
            "HOME": str(tmp_path),
            "PATH": "/usr/bin:/bin",
        },
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.splitlines()[-1])
    rx, ry, rw, rh = shown["room"]
    fx, fy, fw, fh = shown["frame"]
    assert (rw, rh) == (width, height)
    assert rx <= fx and ry <= fy and fx + fw <= rx + rw and fy + fh <= ry + rh
    assert shown["bar_bottom"] <= ry + rh
    # as large as 1280 × 800 allows, centred
    assert fw - 4 == min(1280, int(width * 0.96))
    assert abs((fx - rx) - (rx + rw - fx - fw)) <= 4


# Keys a text field takes for itself on some platform: a menu command bound to one of them
# never runs while the user types there. Qt's own editing bindings on this platform, and the
# Emacs-style keys its line and text edits take on Linux desktops (Ctrl+E end of line, Ctrl+K
# delete to the end, Ctrl+U delete the line, Ctrl+D delete, Ctrl+H backspace, Ctrl+A start of
# line in some themes).
LINUX_EDITING = ("Ctrl+E", "Ctrl+K", "Ctrl+U", "Ctrl+D", "Ctrl+H", "Ctrl+A")
EDITING_STANDARD = (
    "Undo",
    "Redo",
    "Cut",
    "Copy",
    "Paste",
    "SelectAll",
    "Delete",
    "Backspace",
    "DeleteEndOfLine",
    "DeleteStartOfWord",
    "DeleteEndOfWord",
    "DeleteCompleteLine",
    "MoveToEndOfLine",
    "MoveToStartOfLine",
    "MoveToNextWord",
    "MoveToPreviousWord",
    "MoveToStartOfDocument",
    "MoveToEndOfDocument",
    "SelectEndOfLine",
    "SelectStartOfLine",
    "SelectNextWord",
    "SelectPreviousWord",
    "InsertLineSeparator",
    "InsertParagraphSeparator",
)
EDITING_COMMANDS = {"&Undo", "&Redo"}  # in a text field they undo the typing, as they should


def editing_keys() -> set[str]:
    found = {QKeySequence(k).toString() for k in LINUX_EDITING}
    for name in EDITING_STANDARD:
        for sequence in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name)):
            found.add(sequence.toString())
    return found


def test_no_menu_shortcut_is_a_key_text_fields_take_on_any_platform(
    window: MainWindow, demo_path: Path
) -> None:
    window.open_path(str(demo_path))
    window.show_area(4)  # every page built, the Workshop menu's commands included
    taken = editing_keys()
    editors = [QLineEdit(), QPlainTextEdit(), QTextEdit(), QSpinBox()]
    clashes = []
    for action in _menu_actions(window.menuBar()):
        if action.text() in EDITING_COMMANDS:
            continue
        for sequence in action.shortcuts():
            if sequence.toString() in taken:
                clashes.append(f"{action.text()}: {sequence.toString()}")
            combo = sequence[0]
            for editor in editors:
                probe = QKeyEvent(
                    QEvent.Type.ShortcutOverride, combo.key(), combo.keyboardModifiers()
                )
                probe.ignore()
                QApplication.sendEvent(editor, probe)
                if probe.isAccepted():
                    clashes.append(f"{action.text()}: {sequence.toString()} in {editor}")
    assert not clashes


def test_export_to_excel_opens_from_a_focused_text_field_and_types_nothing(
    qtbot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(str(demo_path))
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.Messages, "save_workbook", classmethod(lambda c, p, s: asked.append("out") or "")
    )
    monkeypatch.setattr(
        dialogs.Messages, "open_workbook", classmethod(lambda c, p, s: asked.append("in") or "")
    )
    window.show_area(0)
    tree = window.methodology_area.tree
    tree.setCurrentIndex(tree.model().index(0, 0))
    name = window.methodology_area.panel.name
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    before = name.text()
    name.setCursorPosition(0)
    for key in (Qt.Key.Key_E, Qt.Key.Key_I):
        qtbot.keyClick(
            name, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert asked == ["out", "in"]  # the export's file dialog, then the import's
    assert name.text() == before and name.cursorPosition() == 0


def test_the_area_chosen_by_a_click_is_the_one_shown_next_time(
    qtbot, settings: Settings, demo_path: Path
) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.open_path(str(demo_path))
    nav = first.nav
    rect = nav.visualRect(nav.model().index(3, 0))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert first.areas.currentWidget() is first.alignment_area
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.open_path(str(demo_path))
    assert second.areas.currentWidget() is second.alignment_area
    second.close()
