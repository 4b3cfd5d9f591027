"""Start-up of the desktop app on the demo workspace, against a floor measured in the same run.

Floor: a bare PySide6 main window plus the SQLAlchemy ORM import, shown until the event loop
is idle, then exit. App: `pmo-tmo-desktop DEMO --smoke`. Fresh processes, interleaved, so both
see the same machine; the ratio of medians is the figure (target <= 1.5), with min and max.
Both run byte-compiled, as an installed app does (pip compiles what it installs): the
bytecode goes to a temporary cache written by the warm-up run, whatever
PYTHONDONTWRITEBYTECODE says, and nothing is left beside the sources.

    python benchmarks/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

FLOOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy.orm
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


@dataclass(frozen=True)
class Startup:
    floor: list[float]
    app: list[float]

    @property
    def ratio(self) -> float:
        return statistics.median(self.app) / statistics.median(self.floor)


def measure(runs: int) -> Startup:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=folder,
            XDG_CONFIG_HOME=folder,
            XDG_DATA_HOME=folder,
            XDG_CACHE_HOME=folder,
            PYTHONPYCACHEPREFIX=str(Path(folder) / "bytecode"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        demo = Path(folder) / "demo.pmotmo"
        subprocess.run(
            [sys.executable, "-m", "pmo_tmo_desktop.cli", "demo", str(demo)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        floor_cmd = [sys.executable, "-c", FLOOR]
        app_cmd = [sys.executable, "-m", "pmo_tmo_desktop", str(demo), "--smoke"]
        _timed(floor_cmd, env)  # warm the file cache (and the bytecode) for both
        _timed(app_cmd, env)
        floor, app = [], []
        for _ in range(runs):
            floor.append(_timed(floor_cmd, env))
            app.append(_timed(app_cmd, env))
    return Startup(floor, app)


def spread(times: list[float]) -> str:
    """min / median / max in milliseconds."""
    return "/".join(f"{x * 1000:.0f}" for x in (min(times), statistics.median(times), max(times)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    found = measure(runs)
    print(
        f"floor (bare PySide6 window + SQLAlchemy ORM import), min/median/max ms: "
        f"{spread(found.floor)}"
    )
    print(
        f"pmo-tmo-desktop DEMO --smoke, min/median/max ms:                      {spread(found.app)}"
    )
    print(f"ratio of medians: {found.ratio:.2f}x  (target <= 1.5x, {runs} interleaved runs each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
