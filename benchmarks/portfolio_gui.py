"""The Portfolio tab at workshop size (50 proposals x 30 participants x 8 criteria, the
workspace the minutes benchmark builds): one weight slider step, from the key press to the
repainted table, against its floor — the same move computed directly (`Slider.move`), with no
thread hand-over, no table and no painting. Also the decision shown at once and the analyses.

    python benchmarks/portfolio_gui.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from minutes import build
from pmo_tmo_desktop.services import files, funding, results
from pmo_tmo_desktop.ui.workshop.results.portfolio_tab import PortfolioTab


def _wait(app: QApplication, tab: PortfolioTab) -> None:
    while not tab.idle():
        app.processEvents()
        time.sleep(0.0005)
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.pmotmo"
        wid = build(path)
        with files.open_file(path, read_only=True) as ws:
            found = results.load(ws, wid)
    tab = PortfolioTab()
    tab.resize(1280, 560)
    tab.show()
    start = time.perf_counter()
    tab.show_funding(found, None)
    shown = time.perf_counter() - start
    _wait(app, tab)
    analysed = time.perf_counter() - start
    decided = tab.decided
    assert decided is not None
    slider = tab.sliders.sliders[0]
    base = slider.value()
    moves, floors = [], []
    direct = funding.slider(decided)
    for run in range(runs):
        value = base + (1 + run % 5)
        begin = time.perf_counter()
        slider.setValue(value)
        _wait(app, tab)
        tab.table.viewport().repaint()
        moves.append(time.perf_counter() - begin)
        weights = tab.sliders.weights()
        begin = time.perf_counter()
        direct.move(weights)
        floors.append(time.perf_counter() - begin)
    move, floor = statistics.median(moves), statistics.median(floors)
    print(f"decision shown (decide + tables):        {shown * 1000:8.1f} ms")
    print(f"decision + analyses (frontier, sens., robustness): {analysed:6.2f} s")
    print(f"slider step to repainted table (median): {move * 1000:8.1f} ms")
    print(f"floor: Slider.move alone (median):       {floor * 1000:8.1f} ms")
    print(f"ratio: {move / floor:.2f}")
    tab.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
