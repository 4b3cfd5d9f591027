"""One worksheet of a methodology workbook as plain values, and how its cells are named and read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.domain.model import normalise_letters
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError

Grid = list[list[Any]]


def coordinate(row: int, column: int) -> str:
    """Spreadsheet name of a 0-based (row, column)."""
    return f"{get_column_letter(column + 1)}{row + 1}"


def text(value: Any) -> str:
    """A cell value as the name a user typed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def at(grid: Grid, row: int, column: int | None) -> Any:
    if column is None or row >= len(grid) or column >= len(grid[row]):
        return None
    return grid[row][column]


def text_at(grid: Grid, row: int, column: int | None) -> str:
    return text(at(grid, row, column))


NONE_MARKERS = frozenset({"-", "–", "—", "--", "n/a", "na", "none", "nobody", "/"})
"""What people type for "nobody" in a letter cell, read as empty (not x: some tick with it)."""


def is_none(value: Any) -> bool:
    """A cell that says "nobody": empty, blank, or one of NONE_MARKERS in any case."""
    if value is None:
        return True
    return isinstance(value, str) and " ".join(value.split()).casefold() in NONE_MARKERS | {""}


def is_letters(value: Any) -> bool:
    if not isinstance(value, str) or is_none(value):
        return False
    try:
        return bool(normalise_letters(value))
    except ValueError:
        return False


@dataclass
class Sheet:
    """One worksheet's values, and where a problem on it is reported."""

    path: Path
    title: str
    grid: Grid

    def fail(self, row: int, column: int, detail: str) -> WorkbookError:
        return WorkbookError(self.path, detail, sheet=self.title, cell=coordinate(row, column))

    def letters(self, row: int, column: int) -> str:
        value = at(self.grid, row, column)
        if is_none(value):
            return ""
        shown = text(value)
        if not isinstance(value, str):
            raise self.fail(row, column, f"'{clip(shown)}' is not a RACI letter")
        try:
            return normalise_letters(value)
        except ValueError as exc:
            if len(shown) == 1:
                raise self.fail(row, column, f"'{clip(shown)}' is not a RACI letter") from None
            raise self.fail(
                row,
                column,
                f"'{clip(shown)}' holds '{clip(exc.args[0])}', which is not a RACI letter",
            ) from None
