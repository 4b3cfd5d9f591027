"""Many editors on one team library: ten editors, each its own process and connection, each
making 200 RACI edits (no version named: the version read in the same transaction counts,
read FOR UPDATE) on a throwaway PostgreSQL server started the way the tests start theirs.

Reports the commit latency of one edit (p50/p95, each the whole `methodology.set_letters`
call: read, check, write, commit) and lost updates: every acknowledged edit that changed a
cell bumped its version by one, so the sum of the cells' versions must have grown by exactly
the number of acknowledged changes (0 lost). The edits go to a small pool of cells, so the
editors collide often. The same on a workspace file (ten threads of one process: a file has
one writer) for comparison.

    python benchmarks/team.py [--editors 10] [--edits 200] [--cells 40] [--no-file]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pmo_tmo_desktop.domain.errors import StaleWriteError  # noqa: E402
from pmo_tmo_desktop.services import files, methodology, queries  # noqa: E402
from pmo_tmo_desktop.services.files import Workspace  # noqa: E402

LETTERS = ("R", "A", "C", "I", "RA", "AC")


def _edits(ws: Workspace, seed: int, edits: int, cells: list[tuple[int, int]]) -> dict[str, object]:
    """`edits` edits of random cells of the pool; their latencies and how many changed a cell."""
    rng = random.Random(seed)
    latencies: list[float] = []
    changed = refused = 0
    for _ in range(edits):
        activity, role = rng.choice(cells)
        letters = rng.choice(LETTERS)
        started = time.perf_counter()
        try:
            outcome = methodology.set_letters(ws, [(activity, role, letters)])
        except StaleWriteError:
            refused += 1
            continue
        latencies.append(time.perf_counter() - started)
        changed += bool(outcome.changes)
    return {"latencies": latencies, "changed": changed, "refused": refused}


def _editor(url: str, seed: int, edits: int, cells: list[tuple[int, int]]) -> dict[str, object]:
    with files.open_file(f"{url}&application_name=editor{seed}") as ws:
        return _edits(ws, seed, edits, cells)


def _pool(ws: Workspace, count: int) -> list[tuple[int, int]]:
    every = sorted(queries.methodology(ws).assignments, key=lambda a: (a.activity_id, a.role_id))
    return [(a.activity_id, a.role_id) for a in every[:count]]


def _version_sum(ws: Workspace, cells: list[tuple[int, int]]) -> int:
    return sum(queries.cell_versions(ws, cells).values())


def _report(what: str, results: list[dict[str, object]], grown: int, wall: float) -> None:
    latencies = sorted(x for r in results for x in r["latencies"])  # type: ignore[attr-defined]
    changed = sum(int(r["changed"]) for r in results)  # type: ignore[call-overload]
    refused = sum(int(r["refused"]) for r in results)  # type: ignore[call-overload]
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(
        f"{what}: {len(results)} editors, {len(latencies)} commits in {wall:.1f} s "
        f"({len(latencies) / wall:.0f}/s); commit latency p50 "
        f"{statistics.median(latencies) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms; "
        f"{changed} changes acknowledged, versions grew by {grown}: "
        f"{changed - grown} lost updates; {refused} refused"
    )


def library(editors: int, edits: int, pool_size: int) -> int:
    from tests import pg_server as pg

    binaries = pg.binaries()
    if binaries is None:
        print("library: no PostgreSQL binaries found; skipped")
        return 0
    server = pg.Server(binaries)
    try:
        server.start()
        server.create_database("team")
        url = server.url("team")
        files.new(url, "integrated", name="team").close()
        with files.open_file(url) as ws:
            cells = _pool(ws, pool_size)
            before = _version_sum(ws, cells)
        spawn = multiprocessing.get_context("spawn")
        with spawn.Pool(editors) as pool:
            started = time.perf_counter()
            results = pool.starmap(_editor, [(url, i, edits, cells) for i in range(editors)])
            wall = time.perf_counter() - started
        with files.open_file(url) as ws:
            grown = _version_sum(ws, cells) - before
        _report("library", results, grown, wall)
        return sum(int(r["changed"]) for r in results) - grown  # type: ignore[call-overload]
    finally:
        server.stop()


def file(editors: int, edits: int, pool_size: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        ws = files.new(Path(folder) / "team.pmotmo", "integrated")
        try:
            cells = _pool(ws, pool_size)
            before = _version_sum(ws, cells)
            results: list[dict[str, object]] = [{} for _ in range(editors)]

            def run(i: int) -> None:
                results[i] = _edits(ws, i, edits, cells)

            threads = [threading.Thread(target=run, args=(i,)) for i in range(editors)]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.perf_counter() - started
            grown = _version_sum(ws, cells) - before
        finally:
            ws.close()
    _report("file", results, grown, wall)
    return sum(int(r["changed"]) for r in results) - grown  # type: ignore[call-overload]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editors", type=int, default=10)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--cells", type=int, default=40, help="the pool of cells edited")
    parser.add_argument("--no-file", action="store_true", help="the library alone")
    args = parser.parse_args()
    lost = library(args.editors, args.edits, args.cells)
    if not args.no_file:
        lost += file(args.editors, args.edits, args.cells)
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
