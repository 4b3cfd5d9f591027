"""A process killed in the middle of importing ballots: each import is all or nothing, every
acknowledged import is there, the file is healthy and no lock or partial backup stays."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pmo_tmo_desktop.services import files, queries, workshop_files
from pmo_tmo_desktop.store import backups
from pmo_tmo_desktop.store.workspace import open_workspace
from tests.exchange.test_workshop_xlsx import edit_cells
from tests.store.test_crash import _live_workshop

IMPORTER = r"""
import sys
from pmo_tmo_desktop.services import files, workshop_files

path, workshop_id, low, high = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
sets = [low.split("|"), high.split("|")]
ws = files.open_file(path)
print("ready", flush=True)
i = 0
while True:
    workshop_files.import_ballots(ws, workshop_id, sets[i % 2])
    print("ack", i, flush=True)  # only after the import returned: it is committed
    i += 1
"""


def _ballot_sets(
    path: Path, workshop_id: int, folder: Path
) -> tuple[list[Path], list[Path], float, float]:
    """Every participant's ballot twice: the first cell at the scale's bottom, then its top."""
    with files.open_file(path) as ws:
        criterion = queries.workshop(ws, workshop_id).criteria[0]
        exported = workshop_files.export_ballots(ws, workshop_id, folder / "low")
    low, high = criterion.scale_min, criterion.scale_max
    lows = [edit_cells(p, "Ballot", {"B7": low}) for p in exported]
    (folder / "high").mkdir()
    highs = [edit_cells(p, "Ballot", {"B7": high}, folder / "high" / p.name) for p in exported]
    return lows, highs, low, high


def _kill_while_importing(
    path: Path, workshop_id: int, sets: tuple[list[Path], list[Path]], acks: int
) -> list[int]:
    low, high = ("|".join(map(str, s)) for s in sets)
    child = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(path), str(workshop_id), low, high],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        acked: list[int] = []
        while len(acked) < acks:
            line = child.stdout.readline()
            assert line, f"the importer stopped early: {child.stderr.read()}"
            acked.append(int(line.split()[1]))
        os.kill(child.pid, signal.SIGKILL)  # mid-stream: the next import is under way
        for line in child.stdout:
            if line.startswith("ack "):
                acked.append(int(line.split()[1]))
        assert child.wait(timeout=20) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    return acked


@pytest.mark.slow
@pytest.mark.parametrize("acks_before_kill", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
def test_every_acknowledged_import_survives_a_kill_and_none_is_half_done(
    demo_path: Path, tmp_path: Path, acks_before_kill: int
) -> None:
    workshop_id = _live_workshop(demo_path)
    lows, highs, low, high = _ballot_sets(demo_path, workshop_id, tmp_path)
    acked = _kill_while_importing(demo_path, workshop_id, (lows, highs), acks_before_kill)
    assert acked == list(range(len(acked))) and len(acked) >= acks_before_kill

    ws = open_workspace(demo_path)  # for writing: the killed process's lock is gone
    try:
        assert ws.pragma("integrity_check") == "ok"
        with ws.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        data = queries.workshop(ws, workshop_id)
        first = data.criteria[0].id
        values = {r.value for r in data.ratings if r.criterion_id == first}
        people = {r.participant_id for r in data.ratings if r.criterion_id == first}
        # The next import after the last acknowledged one may have committed before the kill.
        allowed = {(low, high)[(len(acked) - 1) % 2], (low, high)[len(acked) % 2]}
        assert len(values) == 1 and values <= allowed, (values, allowed)
        assert people == {p.id for p in data.participants}, "every ballot of the import is in"
        workshop_files.import_ballots(ws, workshop_id, lows)  # the next import works
    finally:
        ws.close()
    assert backups.stale_parts(demo_path) == [], "no partial backup stays after an import"
    assert not demo_path.with_name(demo_path.name + ".lock").exists()
