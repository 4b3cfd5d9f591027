"""Help → Getting Started: F1 opens a readable guide, every word of it translatable."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

from pmo_tmo_desktop import i18n
from pmo_tmo_desktop.ui.shell.help_view import GettingStartedDialog
from pmo_tmo_desktop.ui.shell.main_window import MainWindow

HEADINGS = (
    "What the app is for",
    "The five areas",
    "Keyboard essentials",
    "How a workshop runs",
    "Rating from phones: the room",
    "How the scores are computed",
    "Where your data lives",
)


def _help_menu(window: MainWindow) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")


def _guide(qtbot) -> GettingStartedDialog:
    dialog = GettingStartedDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_f1_opens_the_guide_and_a_second_f1_raises_the_same_one(qtbot, window: MainWindow) -> None:
    menu = _help_menu(window)
    action = window.help_action  # the main window installs it
    actions = menu.actions()
    assert actions.index(action) < actions.index(window.about_action)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GettingStartedDialog)
    assert guide is not None and guide.isVisible()
    assert not guide.isModal()  # the facilitator can keep reading while working
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.findChildren(GettingStartedDialog) == [guide]
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_the_guide_covers_areas_keys_workshop_scores_and_data(qtbot) -> None:
    guide = _guide(qtbot)
    text = guide.browser.toPlainText()
    for heading in HEADINGS:
        assert heading in text
    for essential in ("Ctrl+1", "F2", "Ctrl+Up", "Ctrl+Enter", "Ctrl+Shift+P", "Tab"):
        assert essential in text
    for step in ("Blind round", "Reveal", "Gap view", "Decide", "Actions"):
        assert step in text
    assert "Restore Backup" in text and "acme.pmotmo.backups" in text
    for room in ("Mobile hotspot", "Internet Sharing", "allow private networks", "QR code"):
        assert room in text, room
    assert guide.focusWidget() is guide.browser  # arrow keys and Page Down scroll at once


def test_a_contents_link_jumps_to_its_section(qtbot) -> None:
    guide = _guide(qtbot)
    bar = guide.browser.verticalScrollBar()
    assert bar.value() == 0
    guide.show_section("scores")
    assert bar.value() > 0


class _Marking(QTranslator):
    """Wraps every text of one context, so a string that skipped tr() stands out."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return f"«{source}»" if context == "GettingStartedDialog" else None


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = _Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_word_of_the_guide_goes_through_tr(qtbot, marking) -> None:
    guide = _guide(qtbot)
    assert re.fullmatch(r"«[^»]*»", guide.windowTitle())
    assert re.fullmatch(r"«[^»]*»", guide.browser.accessibleName())
    outside = re.sub(r"«[^»]*»", "", guide.browser.toPlainText())
    assert outside.strip() == "", outside


def test_the_guide_and_its_menu_entry_open_in_german(qtbot, window: MainWindow) -> None:
    try:
        assert i18n.install("de") == "de"
        assert window.help_action.shortcut().toString() == "F1"
        guide = _guide(qtbot)
        assert guide.browser.toPlainText()
    finally:
        i18n.install("en")


def test_the_guide_lists_every_menu_command_that_has_a_key(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GettingStartedDialog)
    assert guide is not None
    try:
        text = " ".join(guide.browser.toPlainText().split())
        for keys, command in (
            ("Ctrl+Shift+M", "Workshop → Meeting Pack"),
            ("Ctrl+Shift+W", "Workshop → New Workshop"),
            ("Ctrl+Shift+L", "View → Workshop List"),
        ):
            assert f"{keys} {command}" in text, keys
        assert "Ctrl+Shift+P View → Presenter View" not in text  # the essentials name it
        assert "Ctrl+Space" in text
    finally:
        guide.close()
