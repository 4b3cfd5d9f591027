"""A large RACI matrix is read by calamine where that gives exactly what openpyxl gives: the
same values row by row, the same limits and the same refusals naming the same cell; any
workbook the fast reader could read differently is read by openpyxl, as before."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from pmo_tmo_desktop.exchange.raci_xlsx_read import read_workbook
from pmo_tmo_desktop.exchange.xlsx_fast import MAX_GRID
from pmo_tmo_desktop.exchange.xlsx_read import MAX_CELL_CHARS, MAX_COLUMNS, WorkbookReader
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.services import files, transfer
from tests.exchange.hostile_xlsx import MAIN, SHARED_STRINGS, _with_shared_strings, rewrite

SHEET = "xl/worksheets/sheet1.xml"


def every_row(path: Path, *, fast: bool) -> dict[str, list[tuple[int, tuple[Any, ...]]]]:
    with WorkbookReader(path, fast=fast) as reader:
        assert (reader.fast is not None) is fast
        return {title: list(reader.rows(title)) for title in reader.sheetnames}


def hand_made(path: Path, activities: int = 60, roles: int = 12) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Our RACI"
    sheet.append(["RACI matrix, as agreed"])
    sheet.append(["Phase", "Activity", *(f"Role {r}" for r in range(roles))])
    for a in range(activities):
        letters = [("A" if r == a % roles else "R" if r == (a + 1) % roles else None)
                   for r in range(roles)]  # fmt: skip
        sheet.append([f"Phase {a // 20}" if a % 20 == 0 else None, f"Activity {a}", *letters])
    book.save(path)
    return path


def mixed(path: Path) -> Path:
    """Whole numbers, booleans, text with spaces and line breaks, gaps, an empty sheet, and a
    sheet with a date (calamine would type it by its format: openpyxl reads that sheet)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Values"
    sheet["C3"] = 1
    sheet["D3"] = -2
    sheet["E3"] = True
    sheet["F3"] = False
    sheet["G3"] = 10**14
    sheet["I3"] = "  spaced  "
    sheet["L3"] = "line\nbreak"
    sheet["B7"] = "after a gap"
    book.create_sheet("Empty")
    dated = book.create_sheet("Dated")
    dated["A1"] = "Due"
    dated["B1"] = date(2024, 5, 1)
    book.save(path)
    return path


def with_cached_formulas_and_shared_strings(path: Path) -> Path:
    """As a spreadsheet saves it: shared strings, rich text and formulas with their values."""
    hand_made(path, activities=3, roles=3)
    cells = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c>'
        '<c r="C2" t="s"><v>4</v></c><c r="D2" t="s"><v>5</v></c></row>'
        '<row r="3"><c r="B3" t="inlineStr"><is><r><t xml:space="preserve">Draft </t></r>'
        "<r><rPr><b/></rPr><t>charter</t></r></is></c>"
        '<c r="D3"><f>1+2</f><v>3</v></c>'
        '<c r="E3" t="b"><v>1</v></c><c r="F3"><f>NOW()</f></c></row>'
    )
    strings = ["Phase", "RACI", "Phase", "Activity", "Sponsor", "Architect"]
    sst = f'<sst xmlns="{MAIN}">' + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>"
    with zipfile.ZipFile(path) as book:
        sheet = book.read(SHEET).decode()
    start, end = sheet.index("<sheetData"), sheet.index("</sheetData>") + len("</sheetData>")
    sheet = sheet[:start] + f"<sheetData>{cells}</sheetData>" + sheet[end:]
    target = path.with_name("saved.xlsx")
    parts = {**_with_shared_strings(path), SHARED_STRINGS: sst.encode(), SHEET: sheet.encode()}
    return rewrite(path, target, parts)


def exported(path: Path, folder: Path) -> Path:
    """Our own export of the demo workspace: several sheets, styles, validations."""
    ws = files.new(folder / "w.pmotmo", "integrated")
    try:
        transfer.export_xlsx(ws, path)
    finally:
        ws.close()
    return path


@pytest.mark.parametrize("kind", ["hand-made", "mixed", "saved", "exported"])
def test_the_fast_reader_gives_every_row_as_openpyxl_does(tmp_path: Path, kind: str) -> None:
    make = {
        "hand-made": hand_made,
        "mixed": mixed,
        "saved": with_cached_formulas_and_shared_strings,
        "exported": lambda p: exported(p, tmp_path),
    }[kind]
    path = make(tmp_path / "book.xlsx")
    assert every_row(path, fast=True) == every_row(path, fast=False)


def test_a_workbook_read_fast_makes_the_plan_openpyxl_makes(tmp_path: Path) -> None:
    path = exported(tmp_path / "ours.xlsx", tmp_path)
    plan = read_workbook(path)
    assert plan.layout == "ours" and plan.cells and plan.office_colours
    hand = read_workbook(hand_made(tmp_path / "hand.xlsx"))
    assert hand.layout == "hand-made" and len(hand.activities) == 60 and len(hand.cells) == 120


def _with_cell(path: Path, target: Path, cell: str) -> Path:
    with zipfile.ZipFile(path) as book:
        sheet = book.read(SHEET).decode()
    sheet = sheet.replace("</sheetData>", f"{cell}</sheetData>")
    return rewrite(path, target, {SHEET: sheet.encode()})


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ('<row r="70"><c r="C70" t="e"><v>#N/A</v></c></row>', "an error value"),
        ('<row r="70"><c r="C70" t="d"><v>2024-05-01</v></c></row>', "an ISO date"),
        ('<row r="70"><c t="inlineStr"><is><t>R</t></is></c></row>', "no position"),
        ('<row r="70"><c s="0" r="C70"><v>1</v></c></row>', "position not first"),
        ('<row r="70"><c r="C70" t="inlineStr"><is><t>R </t></is></c></row>', "a space to drop"),
        ('<row r="70"><x:c xmlns:x="' + MAIN + '" r="C70"><x:v>1</x:v></x:c></row>', "a prefix"),
        (f'<row r="2001"><c r="{"ALL"}2001"><v>1</v></c></row>', "a rectangle too large"),
        ('<row r="70"><c r="C70"><v>1.5</v></c></row>', "a decimal, a float to openpyxl"),
        ('<row r="70"><c r="C70"><v>abc</v></c></row>', "a number that is none"),
        ('<row r="70"><c r="C70" t="str"><f>"R"</f><v>R</v></c></row>', "text of a formula"),
    ],
)
def test_what_the_fast_reader_could_read_otherwise_is_read_by_openpyxl(
    tmp_path: Path, cell: str, why: str
) -> None:
    path = _with_cell(hand_made(tmp_path / "book.xlsx"), tmp_path / "odd.xlsx", cell)
    with WorkbookReader(path, fast=True) as reader:
        assert reader.fast is None, why
    assert 2001 * MAX_COLUMNS > MAX_GRID


def test_a_sheet_with_a_date_is_read_by_openpyxl_and_the_others_fast(tmp_path: Path) -> None:
    with WorkbookReader(mixed(tmp_path / "book.xlsx"), fast=True) as reader:
        assert reader.fast is not None
        assert reader.fast.grid("Values") is not None
        assert reader.fast.grid("Dated") is None
        assert list(reader.rows("Dated")) == [(1, ("Due", datetime(2024, 5, 1)))]


def test_a_number_openpyxl_cannot_read_is_refused_as_before(tmp_path: Path) -> None:
    cell = '<row r="70"><c r="C70"><v>abc</v></c></row>'
    path = _with_cell(hand_made(tmp_path / "book.xlsx"), tmp_path / "nan.xlsx", cell)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    assert str(caught.value).startswith("nan.xlsx, sheet Our RACI: cannot be read (")


def test_an_error_value_in_the_matrix_is_still_refused_naming_its_cell(tmp_path: Path) -> None:
    cell = '<row r="70"><c r="D70" t="e"><v>#N/A</v></c></row>'
    path = _with_cell(hand_made(tmp_path / "book.xlsx"), tmp_path / "error.xlsx", cell)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    assert "error.xlsx, sheet Our RACI, cell D70: '#N/A' holds '#N'" in str(caught.value)


def test_a_cell_over_the_text_limit_is_refused_naming_it_on_the_fast_path(tmp_path: Path) -> None:
    path = hand_made(tmp_path / "book.xlsx")
    long = "x" * (MAX_CELL_CHARS + 1)
    cell = f'<row r="40"><c r="E40" t="inlineStr"><is><t>{long}</t></is></c></row>'
    path = _with_cell(path, tmp_path / "long.xlsx", cell)
    with WorkbookReader(path, fast=True) as reader:
        assert reader.fast is not None
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    message = str(caught.value)
    assert message.startswith("long.xlsx, sheet Our RACI, cell E40: refused: ")
    assert f"{MAX_CELL_CHARS + 1} characters in one cell" in message
