"""Every import reads workbooks within bounds: XML attacks and oversized sheets are refused in
one line naming the file and the part, sheet or cell."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from pmo_tmo_desktop.exchange import xlsx_read
from pmo_tmo_desktop.exchange.ballot_xlsx import write_ballot
from pmo_tmo_desktop.exchange.ballot_xlsx_read import read_ballot
from pmo_tmo_desktop.exchange.raci_xlsx_read import read_workbook
from pmo_tmo_desktop.exchange.workshop_setup_xlsx import read_setup, write_setup_template
from pmo_tmo_desktop.exchange.xlsx_read import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    WorkbookReader,
)
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.services import files
from tests.cli.test_cli import PMO_TMO
from tests.exchange.hostile_xlsx import SHARED_STRINGS, attacked, with_big_shared_strings
from tests.exchange.test_workshop_xlsx import _source, fill_setup

SHEET = "xl/worksheets/sheet1.xml"


def raci_book(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Activity", "Project Manager", "Chief Architect"])
    sheet.append(["Draft charter", "A", "R"])
    book.save(path)
    return path


def setup_book(path: Path) -> Path:
    write_setup_template(path)
    return fill_setup(path, path)


def ballot_book(path: Path) -> Path:
    source = _source()
    write_ballot(path, source, source.participants[0])
    return path


KINDS: dict[str, tuple[Callable[[Path], Path], Callable[[Path], Any]]] = {
    "raci": (raci_book, read_workbook),
    "setup": (setup_book, read_setup),
    "ballot": (ballot_book, lambda p: read_ballot(p, _source())),
}


def refused(read: Callable[[Path], Any], path: Path) -> str:
    with pytest.raises(WorkbookError) as caught:
        read(path)
    message = str(caught.value)
    assert "\n" not in message, message
    assert message.startswith(f"{path.name}"), message
    return message


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("where", [SHARED_STRINGS, SHEET])
@pytest.mark.parametrize("attack", ["laughs", "external"])
def test_an_xml_attack_is_refused_in_one_line_naming_the_part(
    tmp_path: Path, kind: str, where: str, attack: str
) -> None:
    make, read = KINDS[kind]
    hostile = attacked(make(tmp_path / "good.xlsx"), tmp_path / "hostile.xlsx", where, attack)
    message = refused(read, hostile)
    assert message == (
        f"hostile.xlsx: refused: part {where} declares a DTD or entities (an XML attack?)"
    )


# -- limits ------------------------------------------------------------------------------------


def _append(path: Path, sheet: str, rows: list[list[Any]], start: int | None = None) -> Path:
    book = load_workbook(path)
    ws = book[sheet]
    for number, row in enumerate(rows, start=start or ws.max_row + 1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=number, column=column, value=value)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("kind", "sheet", "rows", "start", "cell", "words"),
    [
        ("raci", "Sheet", [["x"]], MAX_ROWS + 1, f"A{MAX_ROWS + 1}", f"more than {MAX_ROWS} rows"),
        ("setup", "Participants", [[f"P{n}", "PMO"] for n in range(MAX_ROWS)], 3,
         f"A{MAX_ROWS + 1}", f"more than {MAX_ROWS} rows"),
        ("raci", "Sheet", [[None] * MAX_COLUMNS + ["R"]], 3,
         "ALM3", f"more than {MAX_COLUMNS} columns"),
        ("setup", "Proposals", [["Big", "", "x" * (MAX_CELL_CHARS + 1)]], 3, "C3",
         f"{MAX_CELL_CHARS + 1} characters in one cell, more than {MAX_CELL_CHARS}"),
        ("ballot", "Ballot", [["ERP", "y" * (MAX_CELL_CHARS + 1)]], 8, "B8",
         f"{MAX_CELL_CHARS + 1} characters in one cell"),
    ],
    ids=["raci-rows", "setup-rows", "raci-columns", "setup-text", "ballot-text"],
)  # fmt: skip
def test_just_above_a_limit_is_refused_in_one_line_naming_sheet_and_cell(
    tmp_path: Path, kind: str, sheet: str, rows: list[list[Any]], start: int, cell: str,
    words: str,
) -> None:  # fmt: skip
    make, read = KINDS[kind]
    path = make(tmp_path / "big.xlsx")
    _append(path, sheet, rows, start)
    message = refused(read, path)
    assert f"sheet {sheet}, cell {cell}: refused: {words}" in message, message


def test_exactly_at_the_row_limit_is_read(tmp_path: Path) -> None:
    path = _append(raci_book(tmp_path / "a.xlsx"), "Sheet", [["last"]], MAX_ROWS)
    plan = read_workbook(path)
    assert plan.activities[-1].name == "last"


def test_a_huge_shared_strings_table_is_refused_while_it_is_streamed(tmp_path: Path) -> None:
    """The table is scanned before openpyxl would load it whole, and stops at the limit."""
    path = with_big_shared_strings(raci_book(tmp_path / "a.xlsx"), tmp_path / "sst.xlsx", 40)
    message = refused(read_workbook, path)
    assert f"more than {xlsx_read.MAX_TEXT_CHARS} characters of text" in message
    assert f"part {SHARED_STRINGS}, string " in message


def test_sheets_are_streamed_not_loaded(tmp_path: Path) -> None:
    """Reading holds one row at a time: the reader is openpyxl's read-only (streaming) mode."""
    with WorkbookReader(raci_book(tmp_path / "a.xlsx")) as reader:
        assert reader.book.read_only
        rows = reader.rows("Sheet")
        assert not isinstance(rows, list | tuple)
        assert next(rows) == (1, ("Activity", "Project Manager", "Chief Architect"))


PEAK = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(done.returncode, peak, done.stderr.strip().replace(chr(10), " | "))
"""


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A set-up workbook of about 250 MB once unzipped, inside the zip limits."""
    folder = tmp_path_factory.mktemp("huge")
    return with_big_shared_strings(setup_book(folder / "s.xlsx"), folder / "huge.xlsx", 250)


def test_a_250_mb_workbook_is_refused_in_bounded_memory(huge: Path, tmp_path: Path) -> None:
    """`workshop new` from it: refused in one line, and the process stays far below the
    memory openpyxl needs to load the whole table (a generous bound, not a measurement)."""
    workspace = tmp_path / "w.pmotmo"
    files.new(workspace, "integrated").close()
    probe = [sys.executable, "-c", PEAK, PMO_TMO, "workshop", "new", workspace, "--from", huge]
    done = subprocess.run(list(map(str, probe)), capture_output=True, text=True, check=True)
    code, peak_kb, stderr = done.stdout.split(" ", 2)
    assert code == "2", stderr
    assert "huge.xlsx: refused: more than" in stderr and " | " not in stderr, stderr
    assert int(peak_kb) < 400 * 1024, f"peak {int(peak_kb) // 1024} MB"
