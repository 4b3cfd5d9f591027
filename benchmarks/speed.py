"""Start-up, minutes end to end and one hot-seat rating, each against its floor, in one run on
this machine; printed as the rows of the README's Speed table.

    python benchmarks/speed.py [--startup-runs 15] [--minutes-runs 5] [--ratings 80]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

import hot_seat
import minutes
import startup


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--startup-runs", type=int, default=15)
    parser.add_argument("--minutes-runs", type=int, default=5)
    parser.add_argument("--ratings", type=int, default=80)
    args = parser.parse_args()
    start = startup.measure(args.startup_runs)
    mins = minutes.measure(args.minutes_runs, packs=0)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    seat = hot_seat.measure(app, args.ratings)  # type: ignore[arg-type]

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    whole = [w / f for w, f in zip(mins.whole, mins.floor, strict=True)]
    rows = [
        (
            f"13. Start-up, demo, --smoke ({args.startup_runs} interleaved runs; min/median/max)",
            f"{startup.spread(start.floor)} ms",
            f"{startup.spread(start.app)} ms",
            f"{start.ratio:.2f}x",
            "<= 1.5x",
        ),
        (
            "14. Minutes end to end, 12,000 ratings (read, score, lay out, write)",
            ms(mins.floor),
            ms(mins.whole),
            f"{mins.ratio:.2f}x ({min(whole):.2f}-{max(whole):.2f}x over runs)",
            "<= 1.5x",
        ),
        (
            "16. One hot-seat rating, key -> commit -> repaint (p50 / p95)",
            "one frame: 16.7 ms",
            f"{statistics.median(seat.times) * 1000:.1f} / {seat.p(0.95) * 1000:.1f} ms",
            f"{seat.p(0.95) / hot_seat.FRAME:.2f} frames at p95",
            "<= 1 frame",
        ),
        (
            "16. Per rating: statements (besides BEGIN) / transactions / scorings",
            "—",
            f"{max(seat.statements)} / {max(seat.transactions)} / {max(seat.scorings)}",
            "—",
            "1 transaction, 0 scorings (blind)",
        ),
    ]
    print("| What | Floor (same run) | Result | Ratio | Target |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown of Qt objects: nothing is left to save
