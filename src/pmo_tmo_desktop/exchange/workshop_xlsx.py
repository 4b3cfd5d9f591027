"""What the workshop workbooks share: the set-up workbook (workshop_setup_xlsx) and the ballot
workbooks (ballot_xlsx).

Looks (bold frozen headers, fillable input cells), opening a workbook safely, reading a sheet
into a bounded grid of values, and turning what a person typed into numbers, dates and names,
with a WorkbookError that names file, sheet and cell when it cannot. Pure openpyxl + stdlib.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.domain.model import Anonymity, Direction
from pmo_tmo_desktop.domain.portfolio_problem import FundingRule
from pmo_tmo_desktop.exchange.xlsx_read import WorkbookReader
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError, put_text

LIST_LIMIT = 255
"""Excel refuses an inline dropdown list longer than this (quotes included)."""

BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
NOTE_FONT = Font(italic=True, color="FF595959")
HEADER_FILL = PatternFill(fill_type="solid", start_color="FFDDE3EA", end_color="FFDDE3EA")
INPUT_FILL = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTRED = Alignment(horizontal="center", vertical="center")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")


# -- the set-up workbook's content (read by workshop_setup_xlsx) -------------------------------


@dataclass(frozen=True, slots=True)
class SetupParticipant:
    name: str
    office: str | None
    """The office's name as the workspace spells it (None: no office)."""
    title: str


@dataclass(frozen=True, slots=True)
class SetupCriterion:
    name: str
    weight: float
    direction: Direction
    scale_min: float
    scale_max: float
    description: str


@dataclass(frozen=True, slots=True)
class SetupProposal:
    title: str
    sponsor: str
    description: str
    cost: float | None
    benefit: float | None
    duration_months: float | None
    resource_use: float | None = None
    funding: FundingRule = FundingRule.AUTO
    reason: str = ""
    group: str | None = None
    """The group of alternatives, spelt as the Groups sheet spells it when it lists it."""
    requires: tuple[str, ...] = ()
    """The titles (as the Proposals sheet spells them) of the proposals it requires."""


@dataclass(frozen=True, slots=True)
class SetupGroup:
    name: str
    at_most: int


@dataclass(frozen=True, slots=True)
class SetupAgendaItem:
    title: str
    presenter: str
    duration_minutes: int | None
    """None: not given (the model's default applies)."""
    notes: str


@dataclass(frozen=True, slots=True)
class WorkshopSetup:
    """A filled set-up workbook, checked: everything `workshop new` creates."""

    title: str
    date: date | None
    place: str
    facilitator: str
    anonymity: Anonymity
    budget: float | None
    notes: str
    dissent_threshold: float | None = None
    """Dissent at or above this is flagged; None: the workbook gives none (an older template,
    or the cell left empty), so whoever creates the workshop chooses."""
    pairwise_weights: bool = False
    """Each participant compares the criteria pairwise (AHP) before rating."""
    participants: tuple[SetupParticipant, ...] = ()
    criteria: tuple[SetupCriterion, ...] = ()
    proposals: tuple[SetupProposal, ...] = ()
    agenda: tuple[SetupAgendaItem, ...] = ()
    resource_name: str = ""
    resource_limit: float | None = None
    groups: tuple[SetupGroup, ...] = ()


# -- writing -----------------------------------------------------------------------------------


def fmt(number: float) -> str:
    """A number as a person writes it: 1, 2.5, 1000000."""
    return f"{number:.10g}" if abs(number) < 1e15 else f"{number:.0f}"


def instruction(ws: Worksheet, text: str, last_column: int, row: int = 1) -> None:
    """A short line of help across the top of a sheet, in grey italics."""
    cell = put_text(ws.cell(row=row, column=1), text)
    cell.font = NOTE_FONT
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if last_column > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
    ws.row_dimensions[row].height = 32


def header(ws: Worksheet, row: int, headers: Sequence[str], widths: Sequence[float]) -> None:
    """A bold, filled header row with the given column widths; the rows above it stay put."""
    for column, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = put_text(ws.cell(row=row, column=column), text)
        cell.font, cell.fill, cell.alignment, cell.border = (
            BOLD,
            HEADER_FILL,
            HEADER_ALIGNMENT,
            GRID,
        )
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = f"A{row + 1}"
    ws.print_title_rows = f"{row}:{row}"


def landscape(ws: Worksheet) -> None:
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def list_check(
    book: Workbook, values: Sequence[str], lists_title: str, error: str, *, strict: bool = True
) -> DataValidation:
    """A dropdown of `values`, inline or (when too long for Excel) from a hidden sheet."""
    inline = '"' + ",".join(v.replace('"', "") for v in values) + '"'
    if len(inline) <= LIST_LIMIT and not any("," in v for v in values):
        source = inline
    else:
        lists = book[lists_title] if lists_title in book.sheetnames else None
        if lists is None:
            lists = book.create_sheet(lists_title)
            lists.sheet_state = "hidden"
        column = lists.max_column + 1 if lists.max_row > 1 or lists["A1"].value else 1
        letter = get_column_letter(column)
        for number, value in enumerate(values, start=1):
            put_text(lists.cell(row=number, column=column), value)
        quoted = lists_title.replace("'", "''")
        source = f"'{quoted}'!${letter}$1:${letter}${max(len(values), 1)}"
    return DataValidation(
        type="list",
        formula1=source,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if strict else "warning",
        error=error[:255],
    )


# -- reading -----------------------------------------------------------------------------------


def open_book(path: Path, *, data_only: bool = True) -> WorkbookReader:
    """Check the archive and its XML first (zip bomb, XML attack, not an xlsx, over the
    limits of xlsx_read), then open it to stream its values (formulas as text if not
    `data_only`)."""
    return WorkbookReader(path, data_only=data_only)


def coordinate(row: int, column: int) -> str:
    """The spreadsheet name of a 1-based (row, column): (5, 4) → D5."""
    return f"{get_column_letter(column)}{row}"


@dataclass
class Grid:
    """One worksheet's values (1-based access), and where a problem on it is reported."""

    path: Path
    title: str
    rows: list[tuple[Any, ...]]

    def at(self, row: int, column: int) -> Any:
        if row < 1 or row > len(self.rows) or column < 1 or column > len(self.rows[row - 1]):
            return None
        return self.rows[row - 1][column - 1]

    def text(self, row: int, column: int) -> str:
        return text(self.at(row, column))

    def fail(self, row: int, column: int, detail: str) -> WorkbookError:
        return WorkbookError(self.path, detail, sheet=self.title, cell=coordinate(row, column))

    def number(self, row: int, column: int, what: str) -> float | None:
        """The number in a cell (None when empty); a WorkbookError naming it otherwise."""
        value = self.at(row, column)
        try:
            return number(value)
        except ValueError:
            raise self.fail(row, column, f"{what}: '{clip(text(value))}' is not a number") from None


def find_sheet(book: WorkbookReader, title: str) -> str | None:
    """The actual title of the sheet called `title` (letter case ignored)."""
    wanted = title.casefold()
    return next((name for name in book.sheetnames if name.casefold() == wanted), None)


def read_grid(book: WorkbookReader, title: str) -> Grid | None:
    """The values of sheet `title` (found ignoring case), streamed within xlsx_read's limits
    (a value past them is refused, naming its cell, never cut off silently)."""
    name = find_sheet(book, title)
    if name is None:
        return None
    rows = [values for _, values in book.rows(name)]
    while rows and not rows[-1]:
        rows.pop()
    return Grid(book.path, name, rows)


def text(value: Any) -> str:
    """A cell value as the text a person typed, trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def number(value: Any) -> float | None:
    """A cell value as a number, None when empty; ValueError when it is something else.

    Text holding a plain number ("7", "7.5") counts: a ballot typed in a text cell is still
    meant as a number. A comma is refused rather than guessed (decimal or thousands?).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise ValueError(value)
        return float(value)
    if isinstance(value, str):
        stripped = value.strip().replace("\u00a0", "").replace(" ", "")
        if not stripped:
            return None
        if not _NUMBER.match(stripped):
            raise ValueError(value)
        return float(stripped)
    raise ValueError(value)


def a_date(value: Any) -> date | None:
    """A cell value as a date (a date cell or YYYY-MM-DD text), None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return date.fromisoformat(value.strip())
    raise ValueError(value)


def label(value: Any) -> str:
    """A header or field label, normalised for matching: "Duration (months) *" → "duration"."""
    words = re.sub(r"\(.*?\)|[*:]", " ", text(value)).casefold()
    return " ".join(words.split())


# -- list sheets (one record per row, headers found by their words) ----------------------------


@dataclass(frozen=True, slots=True)
class Column:
    field: str
    header: str
    width: float
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (label(self.header), *self.aliases)


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    help: str
    columns: tuple[Column, ...]


class Row(dict[str, Any]):
    """One data row's values by field, and where each came from."""

    grid: Grid
    row: int
    columns: dict[str, int]

    def fail(self, field: str, detail: str) -> WorkbookError:
        return self.grid.fail(self.row, self.columns[field], detail)

    def number(self, field: str, what: str, minimum: float | None = None) -> float | None:
        if field not in self.columns:
            return None
        found = self.grid.number(self.row, self.columns[field], what)
        if found is not None and minimum is not None and found < minimum:
            raise self.fail(field, f"{what} must not be negative ({clip(fmt(found))})")
        return found


def table_rows(grid: Grid | None, table: Table) -> list[Row]:
    """The filled rows of a list sheet; the key (first) column must be filled and unique."""
    if grid is None:
        return []
    key = table.columns[0]
    header_row, columns = 0, {}
    for row in range(1, min(len(grid.rows), 10) + 1):
        labels: dict[str, int] = {}
        for column, value in enumerate(grid.rows[row - 1], start=1):
            labels.setdefault(label(value), column)
        if any(name in labels for name in key.names):
            header_row = row
            for spec in table.columns:
                found = next((labels[n] for n in spec.names if n in labels), None)
                if found is not None:
                    columns[spec.field] = found
            break
    if not header_row:
        raise grid.fail(1, 1, f"no header row with a '{key.header}' column")
    seen: dict[str, int] = {}
    result: list[Row] = []
    for row in range(header_row + 1, len(grid.rows) + 1):
        values = Row({f: grid.at(row, c) for f, c in columns.items()})
        if all(not text(v) for v in values.values()):
            continue
        values.grid, values.row, values.columns = grid, row, columns
        name = text(values[key.field])
        if not name:
            raise values.fail(key.field, f"the {key.header.lower()} is empty")
        if name.casefold() in seen:
            raise values.fail(
                key.field, f"'{clip(name)}' is listed twice (also in row {seen[name.casefold()]})"
            )
        seen[name.casefold()] = row
        values[key.field] = name
        result.append(values)
    return result
