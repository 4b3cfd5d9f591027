"""Safe xlsx handling: user text stays text, hostile files are refused, saves are atomic."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from pmo_tmo_desktop.exchange.xlsx_safe import (
    WorkbookError,
    atomic_save,
    check_zip,
    put_text,
    safe_text,
)

RISKY = ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", "\t=1", "\r=2", '=HYPERLINK("http://x")']


def test_formula_like_user_text_is_stored_and_read_back_as_text(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    for row, text in enumerate([*RISKY, "plain", "a-b"], start=1):
        put_text(ws.cell(row=row, column=1), text)
    path = tmp_path / "safe.xlsx"
    atomic_save(book, path)

    back = load_workbook(path).active
    assert back is not None
    for row, text in enumerate(RISKY, start=1):
        cell = back.cell(row=row, column=1)
        expected = text.replace("\r", "\n")  # XML reads a carriage return as a line feed
        assert (cell.value, cell.data_type, cell.quotePrefix) == (expected, "s", True)
    assert back["A8"].value == "plain" and not back["A8"].quotePrefix
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet, "no cell holds a formula"


def test_control_characters_an_xlsx_cannot_hold_are_dropped() -> None:
    assert safe_text("a\x00b\x07c\td\ne") == "abc\td\ne"
    assert safe_text(None) == ""
    assert len(safe_text("x" * 40_000)) == 32_767


def test_a_failed_save_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"previous")
    book = Workbook()

    def broken(target: str) -> None:
        Path(target).write_bytes(b"half a zip")
        raise RuntimeError("disk on fire")

    book.save = broken  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        atomic_save(book, path)
    assert path.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]

    path.unlink()
    with pytest.raises(RuntimeError):
        atomic_save(book, path)
    assert list(tmp_path.iterdir()) == []


def test_saving_into_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match=r"^out\.xlsx: cannot be written"):
        atomic_save(Workbook(), tmp_path / "missing" / "out.xlsx")


def test_the_message_names_file_sheet_and_cell() -> None:
    error = WorkbookError(Path("/x/plan.xlsx"), "'X' is not a RACI letter", sheet="RACI", cell="F7")
    assert str(error) == "plan.xlsx, sheet RACI, cell F7: 'X' is not a RACI letter"
    assert (error.file, error.sheet, error.cell) == ("plan.xlsx", "RACI", "F7")


def test_a_text_file_renamed_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("Activity;Role\nKick-off;A\n", encoding="utf-8")
    with pytest.raises(WorkbookError, match=r"^notes\.xlsx: not an Excel \.xlsx workbook"):
        check_zip(path)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(WorkbookError, match=r"not an Excel \.xlsx workbook"):
        check_zip(path)


def test_zip_bombs_and_absurd_archives_are_refused_before_parsing(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (4 * 1024 * 1024))
    with pytest.raises(WorkbookError, match=r"^bomb\.xlsx: refused: part .* expands 1\d\d\d times"):
        check_zip(bomb)

    big = tmp_path / "big.xlsx"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/media/photo.bin", random.Random(1).randbytes(2 * 1024 * 1024))
    with pytest.raises(WorkbookError, match="would expand to 2 MB, more than the limit of 1 MB"):
        check_zip(big, limit_bytes=1024 * 1024)
    with pytest.raises(WorkbookError, match="holds 2 parts"):
        check_zip(big, limit_members=1)
    check_zip(big)  # within the default limits
