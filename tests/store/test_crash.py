"""A process killed in the middle of rating loses nothing it acknowledged, and leaves no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmo_tmo_desktop.services import entities, files, queries
from pmo_tmo_desktop.store.workspace import open_workspace

RATER = r"""
import sys
from pmo_tmo_desktop.services import files, queries, workshops

ws = files.open_file(sys.argv[1])
workshop_id = int(sys.argv[2])
data = queries.workshop(ws, workshop_id)
round_id = workshops.open_round(ws, workshop_id).value
combos = [(p.id, q.id, c) for p in data.participants for q in data.proposals
          for c in data.criteria]
print("ready", round_id, len(combos), flush=True)
i = 0
while True:
    person, proposal, criterion = combos[i % len(combos)]
    span = int(criterion.scale_max - criterion.scale_min) + 1
    value = criterion.scale_min + i % span
    workshops.rate(ws, round_id, person, proposal, criterion.id, value, comment=f"w{i}")
    print("ack", i, flush=True)  # only after rate() returned: the rating is committed
    i += 1
"""


def _live_workshop(path: Path) -> int:
    """A fresh live workshop with the demo workshop's set-up (the demo's own is closed)."""
    with files.open_file(path) as ws:
        demo = queries.workshop(ws, queries.workshops(ws)[0].id)
        made = entities.create(ws, "workshop", title="Crash drill", status="live").new_id
        for p in demo.participants:
            entities.create(ws, "participant", workshop_id=made, name=p.name, office_id=p.office_id)
        for c in demo.criteria:
            entities.create(
                ws,
                "criterion",
                workshop_id=made,
                name=c.name,
                weight=c.weight,
                direction=c.direction.value,
                scale_min=c.scale_min,
                scale_max=c.scale_max,
            )
        for q in demo.proposals:
            entities.create(ws, "proposal", workshop_id=made, title=q.title)
    return made


def _combos(data: queries.WorkshopData) -> list[tuple[int, int, int, float, float]]:
    return [
        (p.id, q.id, c.id, c.scale_min, c.scale_max)
        for p in data.participants
        for q in data.proposals
        for c in data.criteria
    ]


def _kill_while_rating(
    path: Path, workshop_id: int, acks_before_kill: int
) -> tuple[int, list[int]]:
    child = subprocess.Popen(
        [sys.executable, "-c", RATER, str(path), str(workshop_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        first = child.stdout.readline().split()
        assert first and first[0] == "ready", (first, child.stderr.read())
        round_id = int(first[1])
        acked: list[int] = []
        while len(acked) < acks_before_kill:
            line = child.stdout.readline()
            assert line, f"the rater stopped early: {child.stderr.read()}"
            acked.append(int(line.split()[1]))
        os.kill(child.pid, signal.SIGKILL)  # mid-stream: it is writing the next ratings
        # Acknowledgements already in the pipe were printed after their commit: count them too.
        for line in child.stdout:
            if line.startswith("ack "):
                acked.append(int(line.split()[1]))
        assert child.wait(timeout=20) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()  # type: ignore[union-attr]
    return round_id, acked


@pytest.mark.slow
@pytest.mark.parametrize("acks_before_kill", [1, 7, 40, 97, 150, 200, 263, 331, 412, 500])
def test_every_acknowledged_rating_survives_a_kill(demo_path: Path, acks_before_kill: int) -> None:
    workshop_id = _live_workshop(demo_path)
    round_id, acked = _kill_while_rating(demo_path, workshop_id, acks_before_kill)
    print(f"killed after {len(acked)} acknowledged ratings")
    assert acked == list(range(len(acked))) and len(acked) >= acks_before_kill

    started = time.monotonic()
    ws = open_workspace(demo_path)  # for writing: the killed process's lock is gone
    try:
        assert time.monotonic() - started < 4, "opening did not wait for a stale lock"
        assert ws.pragma("integrity_check") == "ok"
        with ws.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        data = queries.workshop(ws, workshop_id)
        combos = _combos(data)
        stored = {
            (r.participant_id, r.proposal_id, r.criterion_id): (r.comment, r.value)
            for r in data.ratings
            if r.round_id == round_id
        }
    finally:
        ws.close()

    # The last acknowledged write of each cell must be there; the only write allowed beyond
    # the acknowledged ones is the single one that may have committed just before the kill.
    last = len(acked) - 1
    expected: dict[tuple[int, int, int], set[int]] = {}
    for i in acked:
        person, proposal, criterion, _lo, _hi = combos[i % len(combos)]
        expected[(person, proposal, criterion)] = {i}
    person, proposal, criterion, _lo, _hi = combos[(last + 1) % len(combos)]
    expected.setdefault((person, proposal, criterion), set()).add(last + 1)

    assert set(stored) <= set(expected)
    required = {cell for cell, writes in expected.items() if writes - {last + 1}}
    missing = sorted(required - set(stored))
    assert missing == [], f"acknowledged ratings lost: {missing[:5]}"
    for cell, (comment, value) in stored.items():
        write = int(comment.removeprefix("w"))
        assert write in expected[cell], f"{cell} holds w{write}, expected one of {expected[cell]}"
        _p, _q, _c, lo, hi = combos[write % len(combos)]
        assert value == lo + write % (int(hi - lo) + 1)
