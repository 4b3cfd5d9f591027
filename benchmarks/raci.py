"""The RACI matrix at scale: 2,000 activities x 150 roles with about 20 % of the cells filled.

Measures, in one run on this machine:
  * opening the RACI view (the workspace opened on the RACI area until its grid is painted
    once) against a floor: a bare QTableView over a trivial model of the same size, shown until
    its cells are painted once; and, beside it, when the findings of the whole matrix (checked
    right after that first paint) are shown;
  * one cell edit end to end (key press -> commit -> grid repaint -> findings refresh), p50/p95,
    against one frame (16.7 ms);
  * the xlsx export against raw openpyxl writing the same matrix cells (in process);
  * whole `pmo-tmo import` and `pmo-tmo export` processes against floor processes
    (benchmarks/raci_files.py): the README's items for import, export and the view, one table.

    python benchmarks/raci.py [--activities 2000] [--roles 150] [--edits 60] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QAbstractTableModel,
    QEventLoop,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QPaintEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import insert

import raci_files
from pmo_tmo_desktop.services import files, queries, transfer
from pmo_tmo_desktop.services.rows import table, unit_of_work
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets import settings as keys
from pmo_tmo_desktop.ui.widgets.settings import Settings

LETTERS = ("R", "C", "I", "C", "I", "RA")


def build(path: Path, activities: int, roles: int, fill: float) -> None:
    """A large workspace written in bulk (setup, not measured)."""
    ws = files.new(path, "empty")
    rng = random.Random(7)
    with unit_of_work(ws) as rec:
        conn = rec.conn
        offices = {row.name: row.id for row in conn.execute(table("office").select())}
        names = list(offices)
        conn.execute(
            insert(table("role")),
            [
                {
                    "name": f"Role {i:03d}",
                    "office_id": offices[names[i % 3]],
                    "description": "",
                    "position": i,
                }
                for i in range(roles)
            ],
        )
        phases = max(1, activities // 100)
        conn.execute(
            insert(table("phase")),
            [{"name": f"Phase {p + 1}", "description": "", "position": p} for p in range(phases)],
        )
        phase_ids = [row.id for row in conn.execute(table("phase").select())]
        kinds = ("management", "technical", "governance")
        conn.execute(
            insert(table("activity")),
            [
                {
                    "phase_id": phase_ids[i % phases],
                    "name": f"Activity {i:04d}",
                    "description": "",
                    "kind": kinds[i % 3],
                    "office_id": offices[names[i % 2]],
                    "position": i,
                }
                for i in range(activities)
            ],
        )
        activity_ids = [row.id for row in conn.execute(table("activity").select())]
        role_ids = [row.id for row in conn.execute(table("role").select())]
        cells = []
        per_activity = int(roles * fill)
        for activity_id in activity_ids:
            chosen = rng.sample(role_ids, per_activity)
            cells.append({"activity_id": activity_id, "role_id": chosen[0], "letters": "RA"})
            cells.extend(
                {"activity_id": activity_id, "role_id": r, "letters": rng.choice(LETTERS[:3])}
                for r in chosen[1:]
            )
        conn.execute(insert(table("assignment")), cells)
    ws.close()


class Trivial(QAbstractTableModel):
    def __init__(self, rows: int, columns: int) -> None:
        super().__init__()
        self.rows, self.columns = rows, columns

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return self.rows

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return self.columns

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return (
            "R"
            if role == Qt.ItemDataRole.DisplayRole and (index.row() + index.column()) % 5 == 0
            else None
        )


class Bare(QTableView):
    """A plain QTableView that notes when its cells were first painted."""

    painted_at: float | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painted_at is None:
            self.painted_at = time.perf_counter()


def until(app: QApplication, done: Callable[[], object]) -> None:
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)


def time_floor(app: QApplication, rows: int, columns: int) -> float:
    """A bare QTableView of the same size: made, shown, its cells painted once."""
    start = time.perf_counter()
    view = Bare()
    view.setModel(Trivial(rows, columns))
    view.resize(1280, 800)
    view.show()
    until(app, lambda: view.painted_at)
    assert view.painted_at is not None
    elapsed = view.painted_at - start
    view.close()
    return elapsed


def time_open(app: QApplication, path: Path, folder: Path) -> tuple[float, float, MainWindow]:
    """The workspace opened on the RACI area, until its grid is painted once (what the user
    sees), and until the findings of the whole matrix are there as well."""
    window = MainWindow(Settings(QSettings(str(folder / "b.ini"), QSettings.Format.IniFormat)))
    window.settings.set(keys.LAST_AREA, 1)  # the RACI area is where the user left off
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    painted: list[float] = []
    window.raci_area.table.painted.connect(lambda: painted.append(time.perf_counter()))
    start = time.perf_counter()
    window.open_path(str(path))
    until(app, lambda: painted)
    until(app, lambda: window.raci_area.findings.model.rowCount())
    checked = time.perf_counter()
    return painted[0] - start, checked - start, window


def time_edits(app: QApplication, window: MainWindow, edits: int) -> list[float]:
    view, model = window.raci_area.table, window.raci_area.model
    rng = random.Random(3)
    rows = [r for r in range(model.rowCount()) if not model.is_phase_row(r)]
    times = []
    for _ in range(edits):
        row, column = rng.choice(rows[:40]), rng.randrange(min(30, model.columnCount()))
        index = model.index(row, column)
        view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(index)
        app.processEvents()
        start = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_C)
        app.processEvents()
        times.append(time.perf_counter() - start)
    return times


def time_export(path: Path, out: Path) -> tuple[float, float]:
    import openpyxl

    with files.open_file(path, read_only=True) as ws:
        snapshot = queries.methodology(ws)
        start = time.perf_counter()
        transfer.export_xlsx(ws, out)
        ours = time.perf_counter() - start
    letters = {(a.activity_id, a.role_id): a.letters for a in snapshot.assignments}
    start = time.perf_counter()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Phase", "Activity", *(r.name for r in snapshot.roles)])
    phase = {p.id: p.name for p in snapshot.phases}
    for a in snapshot.activities:
        sheet.append(
            [phase[a.phase_id], a.name, *(letters.get((a.id, r.id)) for r in snapshot.roles)]
        )
    book.save(out.with_name("floor.xlsx"))
    floor = time.perf_counter() - start
    return ours, floor


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--roles", type=int, default=150)
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        path = folder / "big.pmotmo"
        build(path, args.activities, args.roles, 0.2)
        floors, opens, checks = [], [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine
            floors.append(time_floor(app, args.activities + args.activities // 100, args.roles))
            opened, checked, window = time_open(app, path, folder)
            opens.append(opened)
            checks.append(checked)
            window.close()
            window.deleteLater()
            app.processEvents()
        _opened, _checked, window = time_open(app, path, folder)
        edits = time_edits(app, window, args.edits)
        window.close()
        export, raw = time_export(path, folder / "out.xlsx")
        processes = raci_files.measure(
            folder / "files", args.activities, args.roles, 0.2, args.runs
        )
    floor, opened = statistics.median(floors), statistics.median(opens)
    p50 = statistics.median(edits) * 1000
    p95 = sorted(edits)[int(len(edits) * 0.95) - 1] * 1000
    print(f"matrix: {args.activities} activities x {args.roles} roles, ~20 % filled")
    print(
        f"RACI view: grid painted {opened * 1000:.0f} ms, findings of the whole matrix shown "
        f"{statistics.median(checks) * 1000:.0f} ms after the open began (medians)"
    )
    print(
        f"one cell edit end to end: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
        f"(one frame = 16.7 ms; {p95 / 16.7:.1f} frames)"
    )
    print(
        f"xlsx export in process: {export:.2f} s; raw openpyxl, same cells {raw:.2f} s; "
        f"ratio {export / raw:.2f}x"
    )
    print()
    print("| What | Floor (same run) | Result | Ratio | Target |")
    print("|---|---|---|---|---|")
    print(
        f"| Open the RACI view, {args.activities:,} x {args.roles} (median of {args.runs}) "
        f"| bare QTableView of the same size: {floor * 1000:.0f} ms | {opened * 1000:.0f} ms "
        f"| {opened / floor:.1f}x | <= 5x |"
    )
    for figure in processes:
        print(
            f"| {figure.what} (median of {args.runs}) | {figure.floor_text} "
            f"| {figure.result:.2f} s | {figure.ratio:.2f}x | {figure.target} |"
        )
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown of Qt objects: nothing is left to save
