"""Edit → Preferences as a facilitator uses it: change, save, and the running app follows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QWidget,
)

from pmo_tmo_desktop import i18n
from pmo_tmo_desktop.domain import rules
from pmo_tmo_desktop.ui.shell import preferences
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.shell.preferences_dialog import PreferencesDialog, apply_preferences
from pmo_tmo_desktop.ui.widgets.settings import BACKUP_MINUTES, BACKUPS_KEPT, LANGUAGE, Settings


def _dialog(qtbot, settings: Settings) -> PreferencesDialog:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, widget: QWidget, text: str) -> None:
    """Replace a field's text the way a user does: select all, type."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _menu(window: MainWindow, title: str) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def _rules_shown(window: MainWindow) -> set[str]:
    model = window.raci_area.findings.model
    return {model.record(row).rule for row in range(model.rowCount())}


def test_saved_preferences_come_back_typed_from_the_settings_file(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, settings)
    for combo, steps in ((dialog.language, 2), (dialog.theme, 2), (dialog.variant, 1)):
        for _ in range(steps):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    _type(qtbot, dialog.overload, "3")
    _type(qtbot, dialog.consulted, "5")
    for _ in range(3):
        qtbot.keyClick(dialog.dissent, Qt.Key.Key_Up)
    _type(qtbot, dialog.backup_minutes, "15")
    _type(qtbot, dialog.backups_kept, "30")
    _type(qtbot, dialog.export_folder, str(tmp_path))
    assert dialog.reopen_last.isChecked()  # on by default
    qtbot.keyClick(dialog.reopen_last, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.backups_kept, Qt.Key.Key_Return)  # Enter presses OK
    assert not dialog.isVisible()

    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    stored = {
        "language": again.get(LANGUAGE),
        "theme": again.get(preferences.THEME),
        "variant": again.get(preferences.DEFAULT_VARIANT),
        "overload": again.get(preferences.OVERLOAD_LIMIT),
        "consulted": again.get(preferences.MAX_CONSULTED),
        "dissent": again.get(preferences.NEW_WORKSHOP_DISSENT),
        "minutes": again.get(BACKUP_MINUTES),
        "kept": again.get(BACKUPS_KEPT),
        "folder": again.get(preferences.EXPORT_FOLDER),
        "reopen": again.get(preferences.REOPEN_LAST),
    }
    assert stored == {
        "language": "de",
        "theme": "dark",
        "variant": "RASCI",
        "overload": 3,
        "consulted": 5,
        "dissent": pytest.approx(0.45),
        "minutes": 15,
        "kept": 30,
        "folder": str(tmp_path),
        "reopen": False,
    }
    assert type(stored["overload"]) is int and type(stored["dissent"]) is float
    assert preferences.limits(again) == rules.Limits(overload_per_phase=3, max_consulted=5)
    assert preferences.default_variant(again).value == "RASCI"
    assert preferences.export_folder(again) == str(tmp_path)


def test_cancel_stores_nothing(qtbot, settings: Settings) -> None:
    dialog = _dialog(qtbot, settings)
    _type(qtbot, dialog.overload, "2")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings.get(preferences.OVERLOAD_LIMIT) == 6


def test_restore_defaults_refills_the_form_and_ok_stores_the_defaults(
    qtbot, settings: Settings
) -> None:
    settings.set(preferences.OVERLOAD_LIMIT, 9)
    settings.set(preferences.THEME, "light")
    dialog = _dialog(qtbot, settings)
    assert dialog.overload.value() == 9
    restore = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert dialog.values() == preferences.Preferences.defaults()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert settings.get(preferences.OVERLOAD_LIMIT) == 6
    assert settings.get(preferences.THEME) == "system"


def test_a_hand_edited_settings_file_cannot_hand_the_rules_nonsense(settings: Settings) -> None:
    settings.set(preferences.OVERLOAD_LIMIT, 500)
    settings.set(preferences.MAX_CONSULTED, -3)
    settings.set(preferences.DEFAULT_VARIANT, "XYZ")
    settings.set(preferences.THEME, "purple")
    settings._store.setValue(preferences.NEW_WORKSHOP_DISSENT.name, "nonsense")
    assert preferences.limits(settings) == rules.Limits(overload_per_phase=50, max_consulted=1)
    assert preferences.default_variant(settings).value == "RACI"
    assert preferences.theme(settings) == "system"
    assert preferences.dissent_threshold(settings) == pytest.approx(0.05)


def test_ask_is_true_when_saved(qtbot, window: MainWindow) -> None:
    def press_ok() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.dissent.setValue(0.5)
        dialog.accept()

    QTimer.singleShot(0, press_ok)
    assert PreferencesDialog.ask(window, window.settings) is True
    assert preferences.dissent_threshold(window.settings) == pytest.approx(0.5)


def test_a_tighter_overload_limit_shows_overloaded_roles_in_the_open_demo(
    window: MainWindow, demo_path: Path
) -> None:
    window.open_path(str(demo_path))
    overloaded = rules.RULE_OVERLOADED_ROLE
    before = sum(f.rule == overloaded for f in window.raci_area.report.findings)
    window.settings.set(preferences.OVERLOAD_LIMIT, 1)
    apply_preferences(window)
    assert window.raci_area.limits == rules.Limits(overload_per_phase=1, max_consulted=4)
    after = sum(f.rule == overloaded for f in window.raci_area.report.findings)
    assert after > before
    assert overloaded in _rules_shown(window)


def test_the_backup_interval_applies_to_the_running_timer(
    window: MainWindow, demo_path: Path
) -> None:
    window.settings.set(BACKUP_MINUTES, 2)
    apply_preferences(window)
    assert not window.backup_timer.isActive()  # no workspace: nothing to back up
    window.open_path(str(demo_path))
    window.settings.set(BACKUP_MINUTES, 7)
    apply_preferences(window)
    assert window.backup_timer.isActive()
    assert window.backup_timer.interval() == 7 * 60_000


def test_the_theme_switches_and_returns_to_the_system_offscreen(
    qapp: QApplication, window: MainWindow
) -> None:
    system = qapp.palette().window().color()
    try:
        window.settings.set(preferences.THEME, "dark")
        apply_preferences(window)
        assert qapp.palette().window().color().lightness() < 100
        window.settings.set(preferences.THEME, "light")
        apply_preferences(window)
        assert qapp.palette().window().color().lightness() > 150
    finally:
        window.settings.set(preferences.THEME, "system")
        apply_preferences(window)
    assert qapp.palette().window().color() == system


def test_edit_menu_offers_preferences_and_saving_applies_them(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit_menu = _menu(window, "&Edit")
    action = window.preferences_action  # the main window installs it
    assert edit_menu.actions()[-1] is action
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert not action.shortcut().isEmpty()
    asked: list[bool] = []

    def fake_ask(parent: QWidget, settings: Settings) -> bool:
        asked.append(True)
        settings.set(preferences.MAX_CONSULTED, 2)
        return True

    monkeypatch.setattr(PreferencesDialog, "ask", fake_ask)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    if action.shortcut() == QKeySequence("Ctrl+,"):
        assert asked
    else:  # a platform binding (e.g. macOS); trigger it as the menu would
        action.trigger()
    assert window.raci_area.limits.max_consulted == 2


def test_cancelling_the_dialog_applies_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.preferences_action

    def fake_ask(parent: QWidget, settings: Settings) -> bool:
        settings.set(preferences.MAX_CONSULTED, 2)  # even if something was stored
        return False

    monkeypatch.setattr(PreferencesDialog, "ask", fake_ask)
    action.trigger()
    assert window.raci_area.limits == rules.Limits()


class _Marking(QTranslator):
    """Wraps every text of the given contexts, so untranslated text stands out."""

    def __init__(self, *contexts: str) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return f"«{source}»" if context in self.contexts else None


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = _Marking("PreferencesDialog")
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_text_of_the_dialog_goes_through_tr(qtbot, settings: Settings, marking) -> None:
    dialog = _dialog(qtbot, settings)
    marked = re.compile(r"^«[^»]*»$", re.S)
    assert marked.match(dialog.windowTitle())
    ours = [w for w in dialog.findChildren(QLabel) if w.text()]
    ours += [b for b in dialog.findChildren(QAbstractButton) if b.parent() is dialog]
    for widget in ours:
        assert marked.match(widget.text()), widget.text()
    for combo in (dialog.theme, dialog.variant):
        for row in range(combo.count()):
            assert marked.match(combo.itemText(row))
    names = [
        dialog.language.itemText(r) for r in range(1, dialog.language.count())
    ]  # native names are never translated
    assert names == list(i18n.LANGUAGES.values())
    for field in dialog.findChildren(QComboBox):
        assert marked.match(field.accessibleName()), field.accessibleName()


def test_the_dialog_opens_in_german(qtbot, settings: Settings) -> None:
    try:
        assert i18n.install("de") == "de"
        dialog = _dialog(qtbot, settings)
        assert dialog.language.count() == 1 + len(i18n.LANGUAGES)
    finally:
        i18n.install("en")
