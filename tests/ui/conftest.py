"""GUI fixtures: isolated settings, and a check that no top-level window outlives its test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def _session_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(autouse=True)
def _isolated_paths(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, _session_home: Path
) -> None:
    # Qt's test locations live under the home folder: a home of this test run's own keeps
    # what another run (another checkout, another version) left there out of these tests.
    monkeypatch.setenv("HOME", str(_session_home))
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def _no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    before = {id(w) for w in qapp.topLevelWidgets()}
    yield
    qapp.processEvents()
    leaked = [
        w
        for w in qapp.topLevelWidgets()
        if id(w) not in before and w.isVisible() and w.objectName() != "qtbot-keep"
    ]
    for widget in leaked:
        widget.close()
    assert not leaked, f"windows left open: {[type(w).__name__ for w in leaked]}"


@pytest.fixture
def window(qtbot, settings: Settings) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)  # the offscreen screen is smaller: the size the pages are made for
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
