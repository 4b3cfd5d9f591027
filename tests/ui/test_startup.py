"""Start-up does only what the first window needs: the workshop pages are built when the
Workshops area is first shown, and the libraries of files and other databases load when used."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pmo_tmo_desktop.services import files, workshops
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from tests.ui.test_rating_page import planned_workshop


def test_opening_a_workspace_builds_no_workshop_page_yet_the_menu_offers_discard(
    window: MainWindow, demo_path: Path
) -> None:
    spring = planned_workshop(demo_path)
    with files.open_file(demo_path) as ws:
        workshops.open_round(ws, spring)
    assert window.open_path(str(demo_path))
    area, menu = window.workshops_area, window.workshop_menu
    row = next(
        r for r in range(area.list_model.rowCount()) if area.list_model.record(r).id == spring
    )
    area.list.selectRow(row)
    assert window._pages == {}  # nothing of the Workshops area beyond its list
    assert menu.discard_action.isEnabled()  # the workshop holds a round
    window.show_area(4)
    assert window._pages  # built when first shown
    menu.update()
    assert menu.discard_action.isEnabled() and window.rating_page.can_discard()


PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication(sys.argv[:1])
from pmo_tmo_desktop.services import files, workshops
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from tests.ui.test_rating_page import planned_workshop
from pmo_tmo_desktop.ui.widgets.settings import Settings
window = MainWindow(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
assert window.open_path(sys.argv[1])
app.processEvents()
print(json.dumps(sorted(sys.modules)))
window.close()
"""


def test_the_first_window_loads_no_file_format_or_other_database(
    demo_path: Path, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(demo_path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.splitlines()[-1])
    for heavy in ("reportlab", "openpyxl", "alembic", "sqlalchemy.dialects.postgresql"):
        assert heavy not in loaded, heavy
    for page in ("results_page", "rating_page", "agenda_page", "decisions_page"):
        assert f"pmo_tmo_desktop.ui.{page}" not in loaded, page
