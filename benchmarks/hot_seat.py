"""One rating in the hot seat, end to end: the key pressed in the ballot grid, the rating
checked and committed, the grid, the round's progress and the projector repainted. Measured
against one frame (16.7 ms) in a workshop of 30 participants x 10 proposals x 8 criteria whose
first round (2,400 ratings) is closed, while the blind second round is rated with the
projector open. Also counted per rating: SQL statements, transactions and scorings.

    python benchmarks/hot_seat.py [--ratings 80]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.services import entities, files, queries, workshops
from pmo_tmo_desktop.services.rows import unit_of_work
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.settings import Settings

FRAME = 1 / 60
PARTICIPANTS, PROPOSALS, CRITERIA = 30, 10, 8


def build(path: Path) -> int:
    """The workshop, its first round rated by everyone and closed (setup, not measured)."""
    ws = files.new(path, "integrated")
    rng = random.Random(5)
    offices = {o.name: o.id for o in queries.offices(ws)}
    with unit_of_work(ws) as rec:
        wid = entities.add(rec, "workshop", {"title": "Spring intake"})
        people = [
            entities.add(
                rec,
                "participant",
                {
                    "workshop_id": wid,
                    "name": f"P{i:02d}",
                    "office_id": offices["PMO" if i % 2 else "TMO"],
                },
            )
            for i in range(PARTICIPANTS)
        ]
        crits = [
            entities.add(rec, "criterion", {"workshop_id": wid, "name": f"Criterion {c}"})
            for c in range(CRITERIA)
        ]
        props = [
            entities.add(rec, "proposal", {"workshop_id": wid, "title": f"Proposal {p}"})
            for p in range(PROPOSALS)
        ]
        round_id = workshops.start_round(rec, wid)
        for person in people:
            for proposal in props:
                for crit in crits:
                    workshops.put_rating(
                        rec, round_id, person, proposal, crit, rng.randint(1, 10), m.EnteredBy.SELF
                    )
        workshops.finish_round(rec, wid)
    ws.close()
    return wid


@dataclass
class HotSeat:
    times: list[float] = field(default_factory=list)
    statements: list[int] = field(default_factory=list)
    transactions: list[int] = field(default_factory=list)
    scorings: list[int] = field(default_factory=list)

    def p(self, share: float) -> float:
        ordered = sorted(self.times)
        return ordered[max(0, int(len(ordered) * share) - 1)]


def measure(app: QApplication, ratings: int) -> HotSeat:
    found = HotSeat()
    original = scoring.score
    counted = [0]

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        counted[0] += 1
        return original(*args, **kwargs)

    scoring.score = counting  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as temp:
            folder = Path(temp)
            path = folder / "hot.pmotmo"
            wid = build(path)
            settings = Settings(QSettings(str(folder / "b.ini"), QSettings.Format.IniFormat))
            window = MainWindow(settings)
            window.resize(1280, 800)
            window.show()
            window.open_path(str(path))
            window.show_area(4)
            area = window.workshops_area
            rows = range(area.list_model.rowCount())
            area.list.selectRow(next(r for r in rows if area.list_model.record(r).id == wid))
            page = window.rating_page
            area.pages.setCurrentWidget(page)
            window.show_presenter()
            page.open_round()  # blind
            page.start_ballot()
            app.processEvents()
            assert window.workspace is not None
            sent: list[str] = []
            event.listen(
                window.workspace.engine,
                "before_cursor_execute",
                lambda _c, _k, statement, *_a: sent.append(statement),
            )
            model, view = page.ballot_model, page.ballot
            cells = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
            rng = random.Random(9)
            for n in range(ratings):
                if n and n % len(cells) == 0:  # the next participant's ballot
                    page.done()
                    page.start_ballot()
                row, column = cells[n % len(cells)]
                view.setCurrentIndex(model.index(row, column))
                app.processEvents()
                sent.clear()
                counted[0] = 0
                start = time.perf_counter()
                QTest.keyClicks(view, str(rng.randint(1, 9)))
                QTest.keyClick(view.focusWidget(), Qt.Key.Key_Return)
                app.processEvents()
                view.viewport().repaint()
                found.times.append(time.perf_counter() - start)
                found.statements.append(sum(not s.startswith("BEGIN") for s in sent))
                found.transactions.append(sum(s.startswith("BEGIN") for s in sent))
                found.scorings.append(counted[0])
            if window.presenter is not None:
                window.presenter.close()
            window.close()
    finally:
        scoring.score = original  # type: ignore[assignment]
    return found


def report(found: HotSeat) -> list[str]:
    def most(values: list[int]) -> str:
        return f"{max(values)}" if min(values) == max(values) else f"{min(values)}-{max(values)}"

    return [
        f"per rating: {most(found.statements)} statements (besides BEGIN), "
        f"{most(found.transactions)} transaction(s), {most(found.scorings)} scorings",
        f"one rating end to end (key -> commit -> repaint): p50 "
        f"{statistics.median(found.times) * 1000:.1f} ms, p95 {found.p(0.95) * 1000:.1f} ms "
        f"(one frame = 16.7 ms; {found.p(0.95) / FRAME:.2f} frames at p95)",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ratings", type=int, default=80)
    ratings = parser.parse_args().ratings
    app = QApplication.instance() or QApplication(sys.argv[:1])
    found = measure(app, ratings)  # type: ignore[arg-type]
    print(
        f"workshop: {PARTICIPANTS} participants x {PROPOSALS} proposals x {CRITERIA} criteria, "
        f"round 1 closed, blind round 2 rated in the hot seat ({ratings} ratings)"
    )
    for line in report(found):
        print(line)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown of Qt objects: nothing is left to save
