"""The room under load: 60 participants rating a 10 x 8 ballot cell by cell, all at once,
while a Qt event loop hosts the room (as the desktop app does).

Measured: every rating committed, p95 and p50 request latency, throughput, and the Qt event
loop's longest stall (a 5 ms timer; the gap between two of its ticks beyond 5 ms). The floor,
measured in the same run: the same requests, same clients, same server stack, answered by a
bare endpoint that touches no database. Clients run in a separate process (like phones).

    python benchmarks/room.py [--participants 60] [--proposals 10] [--criteria 8] [--think 0.5]

`--think` is the time a participant takes per cell (0.5 s, far quicker than people on phones;
0 sends every cell back to back, a stress test whose latency is the queue: participants /
throughput).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLIENTS = r"""
import asyncio, json, random, sys, time
import httpx

base, code = sys.argv[1], sys.argv[2]
people, cells = json.loads(sys.argv[3]), json.loads(sys.argv[4])
bare, think = sys.argv[5] == "bare", float(sys.argv[6])

async def person(client, pid, out):
    if bare:
        headers = {"Content-Type": "application/json"}
    else:
        r = await client.post(f"{base}/r/{code}/api/claim", json={"participant_id": pid})
        r.raise_for_status()
        headers = {"Authorization": "Bearer " + r.json()["token"]}
    rng = random.Random(pid)
    for i, (prop, crit, lo, hi) in enumerate(cells):
        if think:
            await asyncio.sleep(think * rng.uniform(0.5, 1.5))
        value = lo + (pid + i) % int(hi - lo + 1)
        body = {"proposal_id": prop, "criterion_id": crit, "value": value, "cant_judge": False}
        start = time.perf_counter()
        if bare:
            r = await client.put(f"{base}/bare", json=body, headers=headers)
        else:
            r = await client.put(f"{base}/r/{code}/api/rating", json=body, headers=headers)
        out.append(time.perf_counter() - start)
        r.raise_for_status()

async def main():
    out = []
    limits = httpx.Limits(max_connections=len(people) + 5)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        start = time.perf_counter()
        await asyncio.gather(*(person(client, pid, out) for pid in people))
        total = time.perf_counter() - start
    print(json.dumps({"latencies": out, "total": total}))

asyncio.run(main())
"""


def _build(path: Path, participants: int, proposals: int, criteria: int) -> tuple[int, list]:
    from pmo_tmo_desktop.services import entities, files, queries, workshops

    ws = files.new(path, "empty")
    try:
        wid = entities.create(ws, "workshop", title="Load").new_id
        people = [
            entities.create(ws, "participant", workshop_id=wid, name=f"P{i:02d}").new_id
            for i in range(participants)
        ]
        for i in range(criteria):
            entities.create(ws, "criterion", workshop_id=wid, name=f"C{i}", scale_max=10)
        for i in range(proposals):
            entities.create(ws, "proposal", workshop_id=wid, title=f"Proposal {i}")
        workshops.open_round(ws, wid)
        data = queries.workshop(ws, wid)
        cells = [
            (p.id, c.id, c.scale_min, c.scale_max) for p in data.proposals for c in data.criteria
        ]
    finally:
        ws.close()
    return wid, [people, cells]


def _load(base: str, code: str, people: list, cells: list, bare: bool, think: float) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CLIENTS, base, code, json.dumps(people), json.dumps(cells),
         "bare" if bare else "room", str(think)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def _figures(run: dict) -> tuple[float, float, float]:
    lat = sorted(run["latencies"])
    p95 = lat[int(0.95 * (len(lat) - 1))] * 1000
    return statistics.median(lat) * 1000, p95, len(lat) / run["total"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=60)
    parser.add_argument("--proposals", type=int, default=10)
    parser.add_argument("--criteria", type=int, default=8)
    parser.add_argument(
        "--think",
        type=float,
        default=0.5,
        help="seconds a participant takes per cell, on average (0: every cell at once)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from pmo_tmo_desktop.room.server import RoomServer
    from pmo_tmo_desktop.services import files, queries

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "load.pmotmo"
        wid, (people, cells) = _build(path, args.participants, args.proposals, args.criteria)
        ws = files.open_file(path)
        # every simulated phone comes from 127.0.0.1 here, so the per-address rate limit
        # (one bucket per phone in a real room) is lifted for the run
        server = RoomServer(ws, wid, rate=1e6, burst=1e6)
        server.start()

        async def bare(request):  # the floor: same stack, no database
            await request.body()
            return JSONResponse({"saved": True})

        server._app.router.routes.insert(0, Route("/bare", bare, methods=["PUT"]))
        stalls: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            stalls.append(max(0.0, now - last[0] - 5))
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()
        results: dict[str, dict] = {}

        def run(kind: str) -> None:
            try:
                results[kind] = _load(
                    server.base_url, server.code, people, cells, kind == "bare", args.think
                )
            except subprocess.CalledProcessError as failed:
                print(failed.stderr[-2000:], file=sys.stderr)
                raise

        import threading

        worker = threading.Thread(target=lambda: (run("bare"), stalls.clear(), run("room")))
        watch = QTimer()
        watch.setInterval(50)
        watch.timeout.connect(lambda: None if worker.is_alive() else app.quit())
        started = time.perf_counter()
        worker.start()
        watch.start()
        app.exec()  # the Qt event loop runs while the room takes the load
        worker.join()
        wall = time.perf_counter() - started
        timer.stop()
        server.stop()
        data = queries.workshop(ws, wid)
        committed = len(data.ratings)
        ws.close()
    expected = len(people) * len(cells)
    f50, f95, fthroughput = _figures(results["bare"])
    r50, r95, rthroughput = _figures(results["room"])
    print(
        f"{len(people)} participants x {len(cells)} cells = {expected} ratings, "
        f"{args.think:g} s per cell on average ({wall:.1f} s for both runs)"
    )
    print(f"committed: {committed} of {expected}")
    print(f"floor (same stack, no database): p50 {f50:.1f} ms, p95 {f95:.1f} ms, "
          f"{fthroughput:.0f} requests/s")  # fmt: skip
    print(f"room: p50 {r50:.1f} ms, p95 {r95:.1f} ms, {rthroughput:.0f} ratings/s "
          f"-> p95 {r95 / f95:.1f}x the floor")  # fmt: skip
    print(f"Qt event loop, longest stall while the room took ratings: {max(stalls):.0f} ms")
    print("targets: p95 <= 50 ms, longest stall <= 50 ms")
    return 0 if committed == expected else 1


if __name__ == "__main__":
    sys.exit(main())
