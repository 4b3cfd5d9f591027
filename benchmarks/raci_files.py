"""The RACI workbook at scale, as a user meets it: whole `pmo-tmo` processes against floors.

Import: `pmo-tmo import WS FILE` of a hand-made 2,000 x 150 workbook (a Phase column, an
Activity column, a column per role; about 20 % of the cells hold letters) into a workspace that
has none of it (new roles, activities and cells), and again into one that already holds it
all with every fifth cell changed (matched rows, letters updated, added and cleared).
Floor: a process that imports openpyxl and reads every cell of the same workbook in
read-only mode.

Export: `pmo-tmo export WS --xlsx OUT` of that matrix. Floor: a process that imports openpyxl
and writes every cell the export writes (all sheets: Methodology, RACI with its legend, Roles,
Findings, Deliverables, Gates; the values dumped from an exported workbook before the timing)
in openpyxl's normal mode, the mode the export uses, so like is compared with like. The former
floor (the RACI sheet's header and letters only) is still reported beside it.

Processes are fresh and interleaved; the ratio of medians is the figure.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

LETTERS = ("R", "C", "I", "C", "I", "R")

READ_FLOOR = """
import sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True)
for sheet in book.worksheets:
    for row in sheet.iter_rows(values_only=True):
        pass
book.close()
"""

SAME_CELLS_FLOOR = """
import json, sys
from openpyxl import Workbook
with open(sys.argv[1], encoding="utf-8") as source:
    sheets = json.load(source)
book = Workbook()
book.remove(book.active)
for title, rows in sheets.items():
    sheet = book.create_sheet(title)
    for row in rows:
        sheet.append(row)
book.save(sys.argv[2])
"""
"""Writes the very cells the export wrote (every sheet, every value, from a JSON dump of the
exported workbook made before the timing) in openpyxl's normal mode: like with like."""


def dump_values(workbook: Path, target: Path) -> Path:
    """Every sheet's values of `workbook` as JSON rows (setup for SAME_CELLS_FLOOR)."""
    import json

    from openpyxl import load_workbook

    book = load_workbook(workbook, read_only=True)
    sheets = {
        sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
        for sheet in book.worksheets
    }
    book.close()
    target.write_text(json.dumps(sheets, default=str), encoding="utf-8")
    return target


WRITE_FLOOR = """
import sys
sys.path.insert(0, sys.argv[1])
from openpyxl import Workbook
from raci_files import matrix
activities, roles, fill = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
book = Workbook()
sheet = book.active
sheet.append([None, None, *("Office" for _ in range(roles))])
sheet.append(["Phase", "Activity", *(f"Role {r:03d}" for r in range(roles))])
for a, cells in enumerate(matrix(activities, roles, fill)):
    sheet.append([f"Phase {a // 100 + 1}", f"Activity {a:04d}", *cells])
book.save(sys.argv[2])
"""


@dataclass(frozen=True)
class Figure:
    """One whole-process measurement: medians in seconds."""

    what: str
    floor_text: str
    floor: float
    result: float
    target: str

    @property
    def ratio(self) -> float:
        return self.result / self.floor


def matrix(activities: int, roles: int, fill: float, *, seed: int = 11) -> list[list[str | None]]:
    """The letters of each activity's row: one A, then R, C or I in about `fill` of the cells."""
    rng = random.Random(seed)
    rows = []
    per_activity = max(1, int(roles * fill))
    for _ in range(activities):
        cells: list[str | None] = [None] * roles
        chosen = rng.sample(range(roles), per_activity)
        cells[chosen[0]] = "A"
        for r in chosen[1:]:
            cells[r] = rng.choice(LETTERS)
        rows.append(cells)
    return rows


def hand_made(path: Path, activities: int, roles: int, fill: float) -> Path:
    """A hand-made matrix as organisations keep them: a title row, then Phase, Activity, roles."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Our RACI"
    sheet.append(["RACI matrix, as agreed by the steering group"])
    sheet.append(["Phase", "Activity", *(f"Role {r:03d}" for r in range(roles))])
    for a, cells in enumerate(matrix(activities, roles, fill)):
        sheet.append([f"Phase {a // 100 + 1}" if a % 100 == 0 else None, f"Activity {a:04d}",
                      *cells])  # fmt: skip
    book.save(path)
    return path


def changed_copy(source: Path, path: Path, *, seed: int = 5) -> Path:
    """The same workbook with about every fifth cell of the matrix changed, added or cleared."""
    from openpyxl import load_workbook

    rng = random.Random(seed)
    book = load_workbook(source)
    sheet = book.active
    assert sheet is not None
    for row in sheet.iter_rows(min_row=3, min_col=3):
        for cell in row:
            if rng.random() < 0.2:
                cell.value = rng.choice((None, "C", "I", "R"))
        row[0].value = "A"  # keep one accountable per row: a realistic edit
    book.save(path)
    return path


def _env(folder: Path) -> dict[str, str]:
    """Fresh processes that run byte-compiled, as an installed tool does (the floor's openpyxl
    is byte-compiled too); the bytecode goes to the benchmark's folder, not beside the sources.
    """
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(folder),
        XDG_CONFIG_HOME=str(folder),
        XDG_DATA_HOME=str(folder),
        XDG_CACHE_HOME=str(folder),
        PYTHONPYCACHEPREFIX=str(folder / "bytecode"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(command: list[str], env: dict[str, str], before: object = None) -> float:
    if callable(before):
        before()
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _pmo_tmo(*args: str) -> list[str]:
    return [sys.executable, "-m", "pmo_tmo_desktop.cli", *args]


def _fresh(template: Path, target: Path) -> object:
    """A callable that puts a pristine copy of `template` (and nothing beside it) at `target`."""

    def reset() -> None:
        for old in target.parent.glob(target.name + "*"):
            if old.is_dir():
                shutil.rmtree(old)
            else:
                old.unlink()
        shutil.copyfile(template, target)

    return reset


def measure(folder: Path, activities: int, roles: int, fill: float, runs: int) -> list[Figure]:
    """Whole-process import (new and existing) and export figures, floors in the same run."""
    folder.mkdir(parents=True, exist_ok=True)
    env = _env(folder)
    book = hand_made(folder / "hand.xlsx", activities, roles, fill)
    changed = changed_copy(book, folder / "hand-changed.xlsx")
    empty = folder / "empty.pmotmo"
    subprocess.run(_pmo_tmo("new", str(empty), "--template", "empty"), env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    held = folder / "held.pmotmo"
    shutil.copyfile(empty, held)
    subprocess.run(_pmo_tmo("import", str(held), "--xlsx", str(book)), env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    target = folder / "target.pmotmo"
    exported = folder / "exported.xlsx"
    subprocess.run(_pmo_tmo("export", str(held), "--xlsx", str(exported)), env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    values = dump_values(exported, folder / "exported.json")
    commands = {
        "read floor": ([sys.executable, "-c", READ_FLOOR, str(book)], None),
        "read floor changed": ([sys.executable, "-c", READ_FLOOR, str(changed)], None),
        "import new": (_pmo_tmo("import", str(target), "--xlsx", str(book)), _fresh(empty, target)),
        "import existing": (
            _pmo_tmo("import", str(target), "--xlsx", str(changed)),
            _fresh(held, target),
        ),
        "write floor": (
            [
                sys.executable,
                "-c",
                WRITE_FLOOR,
                str(Path(__file__).parent),
                str(folder / "floor.xlsx"),
                str(activities),
                str(roles),
                str(fill),
            ],
            None,
        ),
        "same cells floor": (
            [sys.executable, "-c", SAME_CELLS_FLOOR, str(values), str(folder / "same.xlsx")],
            None,
        ),
        "export": (_pmo_tmo("export", str(held), "--xlsx", str(folder / "out.xlsx")), None),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command, before in commands.values():  # warm the file cache for each
        _timed(command, env, before)
    for _ in range(runs):
        for name, (command, before) in commands.items():
            times[name].append(_timed(command, env, before))
    med = {name: statistics.median(values) for name, values in times.items()}
    shape = f"{activities:,} x {roles}"
    read_floor = "openpyxl reads every cell of that workbook, read-only mode (a process): {:.2f} s"
    return [
        Figure(f"Import of a hand-made {shape} workbook into a new workspace (`pmo-tmo import`)",
               read_floor.format(med["read floor"]), med["read floor"], med["import new"],
               "<= 1.5x"),
        Figure("The same rows and roles already there, a fifth of the cells changed, cleared or "
               "added", read_floor.format(med["read floor changed"]), med["read floor changed"],
               med["import existing"], "<= 1.5x"),
        Figure(f"Export of the {shape} workspace (`pmo-tmo export`)",
               f"openpyxl writes the same cells, normal mode (process): {med['write floor']:.2f} s",
               med["write floor"], med["export"], "(as before)"),
        Figure(f"Export of the {shape} workspace (`pmo-tmo export`)",
               "openpyxl writes every cell the export writes, all sheets, normal mode "
               f"(process): {med['same cells floor']:.2f} s",
               med["same cells floor"], med["export"], "<= 1.2x"),
    ]  # fmt: skip
