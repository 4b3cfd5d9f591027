"""Kill the app in the middle of a round: every rating it had acknowledged is there afterwards,
and the round is still open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, files, queries, workshops

CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.settings import Settings

path, workshop_id, settings = sys.argv[1], int(sys.argv[2]), sys.argv[3]
app = QApplication([])
window = MainWindow(Settings(QSettings(settings, QSettings.Format.IniFormat)))
window.show()
assert window.open_path(path)
area = window.workshops_area
rows = range(area.list_model.rowCount())
row = next(r for r in rows if area.list_model.record(r).id == workshop_id)
area.list.selectRow(row)
page = window.rating_page
step = 0
while True:
    for voter in range(page.voter.count()):
        page.voter.setCurrentIndex(voter)
        page.start_ballot()
        model = page.ballot_model
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                value = 1 + (step % 10)
                model.setData(model.index(r, c), str(value))
                # setData returned: the rating is committed; only now is it acknowledged
                print("ack", page.voter.currentData(), model.proposals[r].id,
                      model.criteria[c].id, value, flush=True)
                step += 1
        page.finish_ballot()
"""


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [40, 97])
def test_every_acknowledged_rating_survives_a_kill(
    demo_path: Path, tmp_path: Path, kill_after: int
) -> None:
    with files.open_file(demo_path) as ws:
        offices = {o.name: o.id for o in queries.offices(ws)}
        wid = entities.create(ws, "workshop", title="Live round").new_id
        for name, office in (("Ana", "PMO"), ("Ben", "TMO"), ("Chloé", "TMO")):
            entities.create(
                ws, "participant", workshop_id=wid, name=name, office_id=offices[office]
            )
        for name in ("Value", "Risk", "Fit"):
            entities.create(ws, "criterion", workshop_id=wid, name=name)
        for title in ("CRM renewal", "Data platform"):
            entities.create(ws, "proposal", workshop_id=wid, title=title)
        workshops.open_round(ws, wid)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(demo_path), str(wid), str(tmp_path / "s.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    acknowledged: dict[tuple[int, int, int], float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        _, voter, proposal, criterion, value = line.split()
        acknowledged[(int(voter), int(proposal), int(criterion))] = float(value)
        kill_after -= 1
        if kill_after <= 0:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert acknowledged, child.stderr.read() if child.stderr else ""
    with files.open_file(demo_path) as ws:  # opens for writing: the dead process left no lock
        assert ws.pragma("integrity_check") == "ok"
        data = queries.workshop(ws, wid)
    stored = {(r.participant_id, r.proposal_id, r.criterion_id): r.value for r in data.ratings}
    differ = [cell for cell, value in acknowledged.items() if stored.get(cell) != value]
    # Every acknowledged rating is there; at most one cell may hold a newer value, written by
    # the one call that committed but was killed before it could say so.
    assert len(differ) <= 1, differ
    assert data.open_round is not None and data.open_round.status == m.RoundStatus.OPEN


PAIRS_CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.settings import Settings

path, workshop_id, settings = sys.argv[1], int(sys.argv[2]), sys.argv[3]
app = QApplication([])
window = MainWindow(Settings(QSettings(settings, QSettings.Format.IniFormat)))
window.show()
assert window.open_path(path)
area = window.workshops_area
rows = range(area.list_model.rowCount())
row = next(r for r in rows if area.list_model.record(r).id == workshop_id)
area.list.selectRow(row)
page = window.rating_page
step = 0
while True:
    for voter in range(page.voter.count()):
        page.voter.setCurrentIndex(voter)
        page.start_ballot()
        for pair in page.pairs.rows:
            index = step % 17
            pair.choice.pick(index)
            # pick returned: the judgement is committed; only now is it acknowledged
            print("ack", page.voter.currentData(), pair.first, pair.second, index, flush=True)
            step += 1
        page.finish_ballot()
"""


@pytest.mark.slow
def test_every_acknowledged_judgement_survives_a_kill(demo_path: Path, tmp_path: Path) -> None:
    from pmo_tmo_desktop.domain import ahp
    from pmo_tmo_desktop.services import weights_view

    with files.open_file(demo_path) as ws:
        wid = entities.create(ws, "workshop", title="Weighted round").new_id
        people = [
            entities.create(ws, "participant", workshop_id=wid, name=name).new_id
            for name in ("Ana", "Ben")
        ]
        for name in ("Value", "Risk", "Fit", "Cost"):
            entities.create(ws, "criterion", workshop_id=wid, name=name)
        entities.create(ws, "proposal", workshop_id=wid, title="CRM renewal")
        entities.edit(ws, "workshop", wid, pairwise_weights=True)
        workshops.open_round(ws, wid)
    child = subprocess.Popen(
        [sys.executable, "-c", PAIRS_CHILD, str(demo_path), str(wid), str(tmp_path / "s.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    acknowledged: dict[tuple[int, int, int], float] = {}
    assert child.stdout is not None
    for count, line in enumerate(child.stdout, start=1):
        _, voter, first, second, index = line.split()
        acknowledged[(int(voter), int(first), int(second))] = ahp.SCALE[int(index)]
        if count >= 29:  # past both ballots twice: answers replaced, cleared never
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert acknowledged, child.stderr.read() if child.stderr else ""
    with files.open_file(demo_path) as ws:
        assert ws.pragma("integrity_check") == "ok"
        stored = {
            (who, a, b): value
            for who in people
            for (a, b), value in weights_view.own(ws, wid, who).answers.items()
        }
    differ = [
        pair
        for pair, value in acknowledged.items()
        if stored.get(pair) is None or abs(stored[pair] - value) > 1e-9
    ]
    assert len(differ) <= 1, differ
