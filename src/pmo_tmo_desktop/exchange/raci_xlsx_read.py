"""Read a RACI workbook (our own export or a hand-made matrix) into a checked import plan.

Pure: the whole workbook is read and validated into plain data; the first problem raises a
WorkbookError naming file, sheet and cell. Nothing here knows the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.domain.model import ActivityKind
from pmo_tmo_desktop.exchange.raci_xlsx_details import DETAIL_SHEET_WORDS, read_details
from pmo_tmo_desktop.exchange.raci_xlsx_model import (
    ACTIVITY_WORDS,
    DETAIL_WORDS,
    OFFICE_WORDS,
    PHASE_WORDS,
    ROLE_WORDS,
    CellKey,
    ImportPlan,
    PlanActivity,
    PlanControlPoint,
    PlanDeliverable,
    PlanRole,
)
from pmo_tmo_desktop.exchange.raci_xlsx_sheet import (
    Grid,
    Sheet,
    at,
    coordinate,
    is_letters,
    text,
    text_at,
)
from pmo_tmo_desktop.exchange.xlsx_read import BROKEN, WorkbookReader
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError

HEADER_SEARCH = 40
"""How far down a hand-made sheet the row of role names may be."""
SAMPLE = 200
"""How many rows below a candidate header are looked at to find the activity column."""


@dataclass
class _Layout:
    kind: Literal["ours", "hand-made"]
    header: int
    phase: int | None
    activity: int
    roles: list[int]
    ignored: list[int] = field(default_factory=list)
    """Columns without a role name: letters there are refused, other text ignored."""


@dataclass
class _Collected:
    """What the matrix sheet holds, in sheet order."""

    phases: dict[str, str] = field(default_factory=dict)  # casefold → first spelling
    roles: list[PlanRole] = field(default_factory=list)
    activities: dict[tuple[str | None, str], PlanActivity] = field(default_factory=dict)
    cells: dict[CellKey, str] = field(default_factory=dict)
    where: dict[CellKey, str] = field(default_factory=dict)
    activity_cells: dict[tuple[str | None, str], str] = field(default_factory=dict)
    colours: dict[str, str] = field(default_factory=dict)
    phase_descriptions: dict[str, str] = field(default_factory=dict)
    deliverables: tuple[PlanDeliverable, ...] | None = None
    control_points: tuple[PlanControlPoint, ...] | None = None

    def phase(self, name: str) -> str:
        return self.phases.setdefault(name.casefold(), name)


def read_workbook(path: Path) -> ImportPlan:
    """Read and check a whole RACI workbook; WorkbookError (file, sheet, cell) on any problem."""
    path = Path(path)
    with WorkbookReader(path, fast=True) as reader:
        try:
            return _read(path, reader)
        except WorkbookError:
            raise
        except BROKEN as exc:
            detail = " ".join(str(exc).split())
            raise WorkbookError(path, f"cannot be read as a workbook ({detail})") from None


def _load(path: Path, reader: WorkbookReader, title: str) -> Sheet:
    """A sheet's values, streamed within the limits of xlsx_read."""
    grid: Grid = []
    for number, values in reader.rows(title):
        row = list(values)
        while row and (row[-1] is None or (isinstance(row[-1], str) and not row[-1].strip())):
            row.pop()
        grid.extend([] for _ in range(number - 1 - len(grid)))
        grid.append(row)
    while grid and not grid[-1]:
        grid.pop()
    return Sheet(path, title, grid)


def _read(path: Path, reader: WorkbookReader) -> ImportPlan:
    book = reader.book
    titles = list(book.sheetnames)
    sheets = {title: _load(path, reader, title) for title in titles}
    ours = [t for t in titles if _is_ours(sheets[t].grid)]
    ours.sort(key=lambda t: t.casefold() != "raci")
    if ours:
        sheet = sheets[ours[0]]
        return _plan(sheet, _our_layout(sheet), _colours(book, sheet.title), sheets)
    active = book.active
    first = active.title if active is not None and active.title in sheets else titles[0]
    for title in [first, *(t for t in titles if t != first)]:
        layout = _hand_made_layout(sheets[title].grid)
        if layout is not None:
            return _plan(sheets[title], layout, {}, {})
    raise WorkbookError(
        path,
        "no RACI matrix found: no sheet has a row of role names across and a column of activities",
    )


def _is_ours(grid: Grid) -> bool:
    return (
        not text_at(grid, 0, 0)
        and not text_at(grid, 0, 1)
        and text_at(grid, 1, 0).casefold() in PHASE_WORDS
        and text_at(grid, 1, 1).casefold() in ACTIVITY_WORDS
    )


def _our_layout(sheet: Sheet) -> _Layout:
    header = sheet.grid[1]
    named = [c for c in range(2, len(header)) if text(header[c])]
    last = named[-1] if named else 1
    blank = [c for c in range(2, last + 1) if not text(header[c])]
    return _Layout("ours", 1, 0, 1, named, blank)


def _hand_made_layout(grid: Grid) -> _Layout | None:
    for row in range(min(len(grid), HEADER_SEARCH)):
        heads = [text(v) for v in grid[row]]
        if sum(1 for h in heads if h) < 2:
            continue
        phase = next((c for c, h in enumerate(heads) if h.casefold() in PHASE_WORDS), None)
        activity = next((c for c, h in enumerate(heads) if h.casefold() in ACTIVITY_WORDS), None)
        if activity is None:
            activity = _names_column(grid, row, skip=phase)
        if activity is None:
            continue
        width = max((len(r) for r in grid[row:]), default=0)
        roles = [
            c
            for c in range(activity + 1, len(heads))
            if c != phase and heads[c] and heads[c].casefold() not in DETAIL_WORDS
        ]
        if len(roles) < 2:
            continue
        detail = {c for c in range(len(heads)) if heads[c].casefold() in DETAIL_WORDS}
        ignored = [
            c
            for c in range(activity + 1, width)
            if c not in roles and c != phase and c not in detail
        ]
        return _Layout("hand-made", row, phase, activity, roles, ignored)
    return None


def _names_column(grid: Grid, header: int, skip: int | None) -> int | None:
    """The leftmost column whose cells below `header` hold names rather than letters."""
    sample = grid[header + 1 : header + 1 + SAMPLE]
    width = max((len(r) for r in sample), default=0)
    for column in range(width):
        if column == skip:
            continue
        for row in sample:
            value = row[column] if column < len(row) else None
            if text(value) and not is_letters(value):
                return column
    return None


def _colours(book: Workbook, title: str) -> dict[str, str]:
    """Office name → the fill colour of its header cell in row 1 of our own export."""
    found: dict[str, str] = {}
    for cell in next(book[title].iter_rows(min_row=1, max_row=1), ()):
        name = text(getattr(cell, "value", None))
        fill = getattr(cell, "fill", None)
        rgb = getattr(getattr(fill, "fgColor", None), "rgb", None)
        solid = getattr(fill, "fill_type", None) == "solid"
        if name and solid and isinstance(rgb, str) and len(rgb) == 8:
            found.setdefault(name, "#" + rgb[2:].upper())
    return found


def _plan(
    sheet: Sheet, layout: _Layout, colours: dict[str, str], others: dict[str, Sheet]
) -> ImportPlan:
    got = _Collected(colours=colours)
    _read_roles(sheet, layout, got)
    _read_rows(sheet, layout, got)
    if layout.kind == "ours":
        _merge_details(sheet, others, got)
        details = {t: s for t, s in others.items() if t != sheet.title}
        got.deliverables, got.control_points = read_details(
            details, got.phases, got.activities, [r.name for r in got.roles]
        )
    if not got.roles and not got.activities and not got.phases:
        raise WorkbookError(sheet.path, "no roles and no activities found", sheet=sheet.title)
    offices: dict[str, str] = {}
    for role in got.roles:
        if role.office:
            offices.setdefault(role.office.casefold(), role.office)
    for act in got.activities.values():
        if act.office:
            offices.setdefault(act.office.casefold(), act.office)
    return ImportPlan(
        file=sheet.path.name,
        sheet=sheet.title,
        layout=layout.kind,
        offices=tuple(offices.values()),
        roles=tuple(got.roles),
        phases=tuple(got.phases.values()),
        activities=tuple(got.activities.values()),
        cells=got.cells,
        where=got.where,
        activity_cells=got.activity_cells,
        office_colours={n: c for n, c in got.colours.items() if n.casefold() in offices},
        phase_descriptions=got.phase_descriptions,
        deliverables=got.deliverables,
        control_points=got.control_points,
    )


def _read_roles(sheet: Sheet, layout: _Layout, got: _Collected) -> None:
    seen: dict[str, int] = {}
    office = ""
    above = sheet.grid[layout.header - 1] if layout.kind == "ours" else []
    for column in range(layout.activity + 1, (layout.roles or [0])[-1] + 1):
        if layout.kind == "ours":
            office = text(above[column] if column < len(above) else None) or office
        if column not in layout.roles:
            continue
        name = text_at(sheet.grid, layout.header, column)
        if name.casefold() in seen:
            first = coordinate(layout.header, seen[name.casefold()])
            raise sheet.fail(
                layout.header,
                column,
                f"role '{clip(name)}' appears twice in the header (also {first})",
            )
        seen[name.casefold()] = column
        got.roles.append(PlanRole(name, office or None))


def _read_rows(sheet: Sheet, layout: _Layout, got: _Collected) -> None:
    grid = sheet.grid
    current: str | None = None
    columns = {
        column: (role.name, get_column_letter(column + 1))
        for role, column in zip(got.roles, layout.roles, strict=True)
    }
    known: dict[str, str] = {}  # text as typed → its letters: a matrix repeats a few spellings
    for row in range(layout.header + 1, len(grid)):
        values = grid[row]
        width = len(values)
        letters: dict[int, str] = {}
        for column in columns:
            value = values[column] if column < width else None
            if value is None:
                continue
            if value.__class__ is str and value in known:
                found = known[value]
            else:
                found = sheet.letters(row, column)  # refuses what is not letters
                if value.__class__ is str:
                    known[value] = found
            if found:
                letters[column] = found
        for column in layout.ignored:
            if is_letters(at(grid, row, column)):
                raise sheet.fail(row, column, "letters in a column with no role name")
        phase_name = text_at(grid, row, layout.phase)
        if phase_name:
            current = got.phase(phase_name)
        name = text_at(grid, row, layout.activity)
        if not name:
            if letters:
                raise sheet.fail(
                    row, layout.activity, "the activity name is empty but the row has letters"
                )
            continue
        key = (current.casefold() if current else None, name.casefold())
        if key in got.activities:
            first = got.activity_cells[(got.activities[key].phase, got.activities[key].name)]
            raise sheet.fail(
                row, layout.activity, f"activity '{clip(name)}' appears twice (also {first})"
            )
        got.activities[key] = PlanActivity(current, name, None, None)
        got.activity_cells[(current, name)] = coordinate(row, layout.activity)
        if not letters:
            continue
        number = row + 1
        for column, found in letters.items():
            role_name, column_name = columns[column]
            got.cells[(current, name, role_name)] = found
            got.where[(current, name, role_name)] = f"{column_name}{number}"


def _find(
    others: dict[str, Sheet], skip: str, first: frozenset[str], second: frozenset[str]
) -> Sheet | None:
    """The sheet (other than `skip`) whose first two headers are one of `first`, `second`."""
    for title, sheet in others.items():
        heads = (text_at(sheet.grid, 0, 0).casefold(), text_at(sheet.grid, 0, 1).casefold())
        third = text_at(sheet.grid, 0, 2).casefold()
        if title == skip or third in DETAIL_SHEET_WORDS:
            continue
        if heads[0] in first and heads[1] in second:
            return sheet
    return None


def _merge_details(sheet: Sheet, others: dict[str, Sheet], got: _Collected) -> None:
    """Our export's Methodology and Roles sheets: kinds, owners, descriptions, extra rows."""
    method = _find(others, sheet.title, PHASE_WORDS, ACTIVITY_WORDS)
    if method is not None:
        current: str | None = None
        for row in range(1, len(method.grid)):
            phase_name = text_at(method.grid, row, 0)
            if phase_name:
                current = got.phase(phase_name)
            name = text_at(method.grid, row, 1)
            if not name:
                if phase_name and current is not None:
                    got.phase_descriptions[current] = text_at(method.grid, row, 4)
                continue
            kind = _kind(method, row, 2)
            office = text_at(method.grid, row, 3) or None
            description = text_at(method.grid, row, 4)
            key = (current.casefold() if current else None, name.casefold())
            known = got.activities.get(key)
            spelled = known.name if known else name
            got.activities[key] = PlanActivity(
                current, spelled, kind, office, description, detailed=True
            )
    roles = _find(others, sheet.title, OFFICE_WORDS, ROLE_WORDS)
    if roles is None:
        return
    index = {r.name.casefold(): i for i, r in enumerate(got.roles)}
    for row in range(1, len(roles.grid)):
        name = text_at(roles.grid, row, 1)
        if not name:
            continue
        office = text_at(roles.grid, row, 0) or None
        description = text_at(roles.grid, row, 2)
        place = index.get(name.casefold())
        if place is None:
            index[name.casefold()] = len(got.roles)
            got.roles.append(PlanRole(name, office, description))
        else:
            listed = got.roles[place]
            got.roles[place] = PlanRole(listed.name, listed.office or office, description)


def _kind(sheet: Sheet, row: int, column: int) -> str | None:
    value = text_at(sheet.grid, row, column).casefold()
    if not value:
        return None
    if value not in ActivityKind._value2member_map_:
        allowed = ", ".join(k.value for k in ActivityKind)
        raise sheet.fail(row, column, f"kind '{clip(value)}' must be one of: {allowed}")
    return value
