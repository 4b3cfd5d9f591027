"""What a facilitator meets in the first hour: a first window that fits the laptop's screen,
menu shortcuts that still work while a text field has the focus, and the area last chosen
(however it was chosen) shown again next time."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit

from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.services import entities, files, queries, workshops
from pmo_tmo_desktop.ui.shell import places, preferences, workshop_menu
from pmo_tmo_desktop.ui.shell.file_notice import Desktop
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.shell.workshop_pages import _menu_actions
from pmo_tmo_desktop.ui.widgets import dialogs
from pmo_tmo_desktop.ui.widgets.settings import Settings

FIT_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QPoint, QSettings
app = QApplication(sys.argv[:1])
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.settings import Settings
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


def test_file_dialogs_start_in_documents_never_in_the_demos_hidden_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.NewWorkspaceDialog, "ask", classmethod(lambda c, p, f, filled=None: asked.append(f))
    )
    monkeypatch.setattr(
        dialogs.Messages, "save_workbook", classmethod(lambda c, p, s: asked.append(s) or "")
    )
    window.open_demo()
    assert window.workspace is not None and places.is_app_folder(window.workspace.path.parent)
    window.new_workspace()
    window.export_excel()
    assert asked == [str(places.documents()), str(places.documents() / "demo.xlsx")]


def test_each_kind_of_file_remembers_its_folder_and_offers_to_open_what_was_written(
    qtbot,
    window: MainWindow,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    books, pdfs = tmp_path / "books", tmp_path / "minutes"
    books.mkdir()
    pdfs.mkdir()
    suggested: list[str] = []

    def save_workbook(cls, parent, suggestion):
        suggested.append(suggestion)
        return str(books / "methodology.xlsx")

    def save_as(cls, parent, suggestion, suffix):
        suggested.append(suggestion)
        return str(pdfs / "minutes.pdf")

    handed: list[tuple[str, Path]] = []
    monkeypatch.setattr(dialogs.Messages, "save_workbook", classmethod(save_workbook))
    monkeypatch.setattr(workshop_menu.Files, "save_as", classmethod(save_as))
    monkeypatch.setattr(
        Desktop, "open", classmethod(lambda c, p: handed.append(("open", p)) or True)
    )
    monkeypatch.setattr(
        Desktop, "reveal", classmethod(lambda c, p: handed.append(("reveal", p)) or True)
    )
    window.open_path(str(demo_path))
    window.show_area(4)
    window.export_excel()
    notice = window.file_notice
    assert notice.isVisible() and notice.label.text() == "Exported to methodology.xlsx"
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(notice.reveal_button, Qt.MouseButton.LeftButton)
    assert handed == [("open", books / "methodology.xlsx"), ("reveal", books / "methodology.xlsx")]
    window.workshop_menu.minutes_action.trigger()
    assert (pdfs / "minutes.pdf").exists() and notice.label.text() == "Wrote minutes.pdf"
    window.export_excel()
    window.workshop_menu.minutes_action.trigger()
    first_pdf, second_book, second_pdf = suggested[1:]
    assert Path(first_pdf).parent == places.documents()  # no PDF written yet: documents
    assert Path(second_book).parent == books  # each kind its own last folder
    assert Path(second_pdf).parent == pdfs
    # the export folder of the preferences, when one is set, comes first for every export
    shared = tmp_path / "shared"
    shared.mkdir()
    window.settings.set(preferences.EXPORT_FOLDER, str(shared))
    window.export_excel()
    assert Path(suggested[-1]).parent == shared
    assert window.places.folder(places.WORKSPACE) == str(demo_path.parent)


def test_the_workspace_open_at_quit_is_reopened_at_the_next_start(
    qtbot, settings: Settings, demo_path: Path
) -> None:
    def start() -> MainWindow:
        made = MainWindow(settings)
        qtbot.addWidget(made)
        made.show()
        made.reopen_last()
        return made

    first = start()
    assert first.workspace is None  # nothing to reopen yet: the start page
    first.open_path(str(demo_path))
    first.close()
    second = start()
    assert second.workspace is not None and second.workspace.path == demo_path
    second.close_workspace()  # closed on purpose before quitting: not reopened
    second.close()
    third = start()
    assert third.workspace is None and third.pages.currentIndex() == 0
    third.open_path(str(demo_path))
    third.close()
    settings.set(preferences.REOPEN_LAST, False)  # the preference, off
    fourth = start()
    assert fourth.workspace is None
    fourth.close()
    settings.set(preferences.REOPEN_LAST, True)
    demo_path.rename(demo_path.with_suffix(".moved"))  # gone since: the start page, no error
    fifth = start()
    assert fifth.workspace is None and fifth.pages.currentIndex() == 0
    fifth.close()


def test_the_first_workshop_is_made_from_the_empty_area_and_nothing_opens_a_round_too_soon(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmo_tmo_desktop.ui.shell.workshop_actions import NewWorkshopDialog

    path = tmp_path / "fresh.pmotmo"
    files.new(path, "integrated", "Fresh").close()
    window.open_path(str(path))
    window.show_area(4)
    area = window.workshops_area
    assert area.body.currentWidget() is area.empty and area.empty.isVisible()
    assert not area.list.isVisible() and not area.pages.isVisible()
    monkeypatch.setattr(NewWorkshopDialog, "ask", classmethod(lambda c, p: "Spring intake"))
    qtbot.mouseClick(area.empty.new_button, Qt.MouseButton.LeftButton)
    assert area.pages.isVisible() and area.pages.currentWidget() is window.setup_page
    assert area.current() is not None and area.current().workshop.title == "Spring intake"
    page = window.rating_page
    area.pages.setCurrentWidget(page)
    for button in (page.open_button, page.close_button, page.start_button, page.discard_button):
        assert not button.isEnabled(), button.text()
    assert page.waiting.text() == (
        "Nothing can be rated yet: add participants, criteria, proposals on the Set-up page first."
    )
    assert page.setup_button.isVisible()
    assert not page.room_button.isEnabled()  # nobody to join, nothing to rate
    workshop_id, ws = area.current_id(), window.workspace
    assert workshop_id is not None and ws is not None
    with pytest.raises(ValidationError, match="add participants, criteria, proposals"):
        workshops.open_round(ws, workshop_id)
    window.workshop_menu.update()
    assert not window.workshop_menu.discard_action.isEnabled()
    qtbot.mouseClick(page.setup_button, Qt.MouseButton.LeftButton)
    assert area.pages.currentWidget() is window.setup_page
    pmo = queries.offices(ws)[0].id
    for table, values in (
        ("participant", {"name": "Ana", "office_id": pmo}),
        ("criterion", {"name": "Value"}),
        ("proposal", {"title": "CRM renewal"}),
    ):
        window.run(
            "add", lambda t=table, v=values: entities.create(ws, t, workshop_id=workshop_id, **v)
        )
    assert page.open_button.isEnabled() and not page.setup_button.isVisible()
    assert page.room_button.isEnabled()
    assert not page.close_button.isEnabled() and not page.start_button.isEnabled()


def test_a_rating_page_with_no_workshop_offers_nothing(qtbot, window: MainWindow) -> None:
    from pmo_tmo_desktop.ui.workshop.rating.rating_page import RatingPage

    page = RatingPage(window)
    qtbot.addWidget(page)
    buttons = (page.open_button, page.close_button, page.start_button, page.discard_button)
    assert not any(b.isEnabled() for b in buttons)


def test_a_new_workspace_over_an_existing_file_offers_to_open_it_or_take_another_name(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    existing = tmp_path / "Acme.pmotmo"
    files.new(existing, "empty", "Acme").close()
    Dialog = dialogs.NewWorkspaceDialog
    dialog = Dialog(str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Acme")
    assert dialog.file.text() == str(tmp_path / "Acme 2.pmotmo")  # a free name at once
    assert not dialog.taken.isVisible()
    dialog.file.setText(str(existing))  # typed over by hand
    assert dialog.taken.isVisible() and "“Acme.pmotmo” already exists" in dialog.taken.text()
    answers = [Dialog.RENAME, Dialog.OPEN]
    monkeypatch.setattr(Dialog, "ask_existing", classmethod(lambda c, p, path: answers.pop(0)))
    create = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.name.text() == "Acme"  # nothing typed is lost
    assert dialog.file.text() == str(tmp_path / "Acme 2.pmotmo") and dialog.file.hasSelectedText()
    dialog.file.setText(str(existing))
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result_value().open_existing


def test_the_window_opens_the_existing_file_or_asks_again_keeping_what_was_typed(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "Acme.pmotmo"
    files.new(existing, "empty", "Acme").close()
    typed = dialogs.NewWorkspace(existing, "light", "Acme method", "Acme Group")
    asked: list[object] = []
    answers = [typed, None, dataclasses.replace(typed, open_existing=True)]

    def ask(cls, parent, folder, filled=None):
        asked.append(filled)
        return answers.pop(0)

    warned: list[str] = []
    monkeypatch.setattr(dialogs.NewWorkspaceDialog, "ask", classmethod(ask))
    monkeypatch.setattr(dialogs.Messages, "warn", classmethod(lambda c, p, t, x: warned.append(x)))
    window.new_workspace()  # the file appeared meanwhile: said, and asked again, filled in
    assert warned and "already exists" in warned[0] and asked == [None, typed]
    assert window.workspace is None
    window.new_workspace()
    assert window.workspace is not None and window.workspace.path == existing
