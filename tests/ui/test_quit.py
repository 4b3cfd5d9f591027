"""Quitting after a long session ends the process cleanly, every time: the window and every
widget are torn down while Python is whole, so no slot runs into a half-finalised interpreter
("Fatal Python error: none_dealloc" once seen at File → Quit)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SESSION = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pmo_tmo_desktop import app as entry

def session():
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    for _ in range(2):
        for area in range(5):
            window.show_area(area)
            QApplication.processEvents()
        pages = window.workshops_area.pages
        for tab in range(pages.count()):
            pages.setCurrentIndex(tab)
            QApplication.processEvents()
        window.show_presenter()
        QApplication.processEvents()
        window.raci_area.table.setCurrentIndex(window.raci_area.model.index(1, 1))
        window.results_page.detail_tabs.setCurrentIndex(3)
        QApplication.processEvents()
    window.quit_action.trigger()

qapp = QApplication(sys.argv[:1])  # the timer needs the application's event loop
QTimer.singleShot(200, session)
sys.exit(entry.main([sys.argv[1]]))
"""


@pytest.mark.slow
def test_quitting_after_a_long_session_ends_cleanly_every_time(
    demo_path: Path, tmp_path: Path
) -> None:
    for attempt in range(6):
        done = subprocess.run(
            [sys.executable, "-X", "faulthandler", "-c", SESSION, str(demo_path)],
            capture_output=True,
            text=True,
            timeout=180,
            env={
                "QT_QPA_PLATFORM": "offscreen",
                "HOME": str(tmp_path),
                "PATH": "/usr/bin:/bin",
                "PYTHONDEVMODE": "1",  # refcount and finalisation faults are loud
            },
        )
        said = done.stderr
        assert "Fatal Python error" not in said and "Segmentation" not in said, said[-2000:]
        assert done.returncode == 0, (attempt, said[-2000:])
