"""Sheet values read by calamine (a Rust reader) where that gives exactly what openpyxl would.

openpyxl's read-only parser spends most of an import turning a large matrix's XML into cells;
calamine reads the same values many times faster. It is used only for a workbook that a scan
of its raw parts (as Python's zipfile inflates them, within their recorded sizes) shows to be
plain: every cell element names its own position; none holds an error value, an ISO date,
text that would lose a space at an end, or a number other than a whole one of at most 15
digits (a sheet where calamine still finds a date or time is read by openpyxl); and all
lie within MAX_ROWS x MAX_COLUMNS, with at most MAX_CELLS cells in the workbook and a
rectangle of at most MAX_GRID per part. Within those bounds no row, column or cell-count
limit can be crossed on either reader, and text is counted by the same `Budget` row by row,
so a refusal names the same cell. Anything else is read with openpyxl, as before.

calamine reads a stored copy of the parts Python inflated, never the file itself, so it sees
exactly the bytes that were checked (the zip and XML checks of xlsx_read run first).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from pmo_tmo_desktop.exchange.xlsx_limits import MAX_CELLS, MAX_COLUMNS, MAX_ROWS

FAST_BYTES = 64 * 1024 * 1024
"""Unzipped size up to which a workbook is copied for the fast reader (the 2,000 x 150
matrix is 3 MB)."""
MAX_GRID = 2_000_000
"""Cells of one part's used rectangle that the fast reader may hold at once."""

_UNUSUAL = (
    re.compile(rb't="[ed]"'),  # error values and ISO dates
    re.compile(rb"<t>(?:\s|[^<]*\s</t>)"),  # text with a space at an end, not marked to keep
    re.compile(rb"<[A-Za-z_][\w.-]*:[ct][\s/>]"),  # cells or text in a namespace prefix
    re.compile(rb"<c[\t\r\n]"),  # a cell the count below would miss
    # a value that is not a whole number of at most 15 digits: decimals and exponents (which
    # openpyxl keeps as float), text left by a formula, or something openpyxl cannot read
    re.compile(rb"<v>(?!-?[0-9]{1,15}</v>)"),
)
"""What calamine reads otherwise than openpyxl, or what the count below would miss (each a
pattern of its own: one with alternatives would be tried at every byte)."""
_NAMED_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')
_TEMPORAL = (date, time, timedelta)
"""Values calamine makes of a number by its format, where openpyxl's rules differ at the
edges (a time format on a whole number...): such a sheet is read by openpyxl."""


def _column_number(letters: bytes) -> int:
    number = 0
    for code in letters:
        number = number * 26 + code - 64
    return number


def _plain_part(data: bytes) -> int | None:
    """How many cell elements a part holds, or None when it is not plain (see module doc)."""
    if any(pattern.search(data) for pattern in _UNUSUAL):
        return None
    cells = data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/>")
    if not cells:
        return 0
    named = _NAMED_CELL.findall(data)
    if len(named) != cells:
        return None  # a cell that does not name its position first
    rows = max(map(int, {number for _letters, number in named}))
    columns = max(map(_column_number, {letters for letters, _number in named}))
    if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_GRID:
        return None
    return cells


def plain_copy(path: Path) -> bytes | None:
    """A stored zip of the workbook's parts when the fast reader may read it, else None."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            if sum(m.file_size for m in members) > FAST_BYTES:
                return None
            buffer = io.BytesIO()
            cells = 0
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as copy:
                for member in members:
                    data = archive.read(member)
                    found = _plain_part(data)
                    if found is None:
                        return None
                    cells += found
                    copy.writestr(member.filename, data)
            return buffer.getvalue() if cells <= MAX_CELLS else None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None  # openpyxl's reading says what is wrong


class _NotPlain(Exception):
    """A value calamine may give otherwise than openpyxl."""


def _value(value: Any) -> Any:
    """A non-text calamine value as openpyxl's read-only mode gives it: every number of a
    plain part is a whole one of at most 15 digits, which openpyxl reads as int."""
    if value.__class__ is float:
        return int(value)
    if isinstance(value, _TEMPORAL):
        raise _NotPlain
    return value


class FastSheets:
    """The values of a plain workbook's sheets, read by calamine."""

    def __init__(self, copy: bytes) -> None:
        from python_calamine import CalamineWorkbook

        self._book = CalamineWorkbook.from_filelike(io.BytesIO(copy))

    def grid(self, title: str) -> list[list[Any]] | None:
        """Every row of sheet `title` from A1 on, with empty cells None and numbers as
        openpyxl gives them; None when calamine cannot give it or the sheet holds a date or
        time (openpyxl reads it then)."""
        try:
            sheet = self._book.get_sheet_by_name(title)
            rows = sheet.to_python(skip_empty_area=False)
            return [[(v or None) if v.__class__ is str else _value(v) for v in r] for r in rows]
        except Exception:
            return None

    def close(self) -> None:
        self._book.close()


def rows_of(grid: list[list[Any]]) -> Iterator[tuple[int, list[Any]]]:
    """(row number, values) of a `FastSheets.grid`."""
    return enumerate(grid, start=1)
