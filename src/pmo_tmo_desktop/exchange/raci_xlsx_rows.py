"""The rows of a RACI matrix sheet: its roles, phases, activities and letters, either way round.

Role names across with letters in the cells, or one column per letter with role names in
the cells ("Dev, QA"). A row with a name and no letters starts a phase when rows with
letters follow it before the next such row (a phase row, often bold and merged across);
otherwise it is an activity with no letters yet. "-", "n/a", "none"... are read as empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.domain.model import ALL_LETTERS, normalise_letters
from pmo_tmo_desktop.exchange.raci_xlsx_layout import Layout, is_ident
from pmo_tmo_desktop.exchange.raci_xlsx_model import (
    CellKey,
    PlanActivity,
    PlanControlPoint,
    PlanDeliverable,
    PlanRole,
)
from pmo_tmo_desktop.exchange.raci_xlsx_sheet import (
    Sheet,
    at,
    coordinate,
    is_letters,
    is_none,
    text,
    text_at,
)
from pmo_tmo_desktop.i18n import translate

_NAMES = re.compile(r"[,;/\n\r]+")
"""What separates role names in a cell of the layout with one column per letter."""


@dataclass
class Collected:
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
    phase_rows: list[str] = field(default_factory=list)
    references: dict[tuple[str | None, str], str] = field(default_factory=dict)

    def phase(self, name: str) -> str:
        return self.phases.setdefault(name.casefold(), name)


@dataclass
class _Row:
    row: int
    name: str
    phase: str
    letters: dict[str, str]
    """Role name → letters."""
    where: dict[str, str]
    """Role name → the cell its letters came from."""
    leading: tuple[int, str] | None = None
    """(column, text) left of the activity column: a phase name merged across from column A."""


def read_roles(sheet: Sheet, layout: Layout, got: Collected) -> None:
    """The roles of the header (role names across), with the offices of the band above."""
    if layout.transposed:
        return  # the roles are named in the cells
    seen: dict[str, int] = {}
    office = ""
    above = sheet.grid[layout.band] if layout.band is not None else []
    for column in range(layout.activity + 1, (layout.roles or [0])[-1] + 1):
        if layout.band is not None:
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


def read_rows(sheet: Sheet, layout: Layout, got: Collected) -> None:
    """Every row below the header: phases, activities and their letters."""
    rows = _transposed_rows(sheet, layout, got) if layout.transposed else _rows(sheet, layout, got)
    phases = _phase_rows(rows) if layout.phase_rows and layout.phase is None else set()
    grid = sheet.grid
    current: str | None = None
    for index, line in enumerate(rows):
        if line.phase:
            current = got.phase(line.phase)
        if index in phases:
            column, name = line.leading or (layout.activity, line.name)
            current = got.phase(name)
            got.phase_rows.append(coordinate(line.row, column))
            continue
        column, name = line.leading or (layout.activity, line.name)
        if not name:
            continue
        key = (current.casefold() if current else None, name.casefold())
        if key in got.activities:
            first = got.activity_cells[(got.activities[key].phase, got.activities[key].name)]
            detail = f"activity '{clip(name)}' appears twice (also {first})"
            raise sheet.fail(line.row, column, detail)
        got.activities[key] = PlanActivity(current, name, None, None)
        got.activity_cells[(current, name)] = coordinate(line.row, column)
        reference = text_at(grid, line.row, layout.ident)
        if reference and not line.leading:
            got.references[(current, name)] = reference
        for role, letters in line.letters.items():
            got.cells[(current, name, role)] = letters
            got.where[(current, name, role)] = line.where[role]


def _phase_rows(rows: list[_Row]) -> set[int]:
    """Rows with a name and no letters followed, before the next such row, by rows with
    letters: they are phase rows. One followed by another such row, or by nothing, stays
    an activity (one with no letters yet)."""
    bare = [i for i, r in enumerate(rows) if (r.name or r.leading) and not r.letters]
    found: set[int] = set()
    for place, index in enumerate(bare):
        end = bare[place + 1] if place + 1 < len(bare) else len(rows)
        if any(rows[i].letters for i in range(index + 1, end)):
            found.add(index)
    return found


def _leading(sheet: Sheet, layout: Layout, row: int) -> tuple[int, str] | None:
    """A name left of the activity column, as a phase row merged across from column A has."""
    for column in range(layout.activity):
        if column == layout.phase:
            continue
        value = at(sheet.grid, row, column)
        if text(value) and not is_ident(value):
            return column, text(value)
    return None


def _rows(sheet: Sheet, layout: Layout, got: Collected) -> list[_Row]:
    grid = sheet.grid
    columns = {
        column: (role.name, get_column_letter(column + 1))
        for role, column in zip(got.roles, layout.roles, strict=True)
    }
    known: dict[str, str] = {}  # text as typed → its letters: a matrix repeats a few spellings
    rows: list[_Row] = []
    for row in range(layout.header + 1, len(grid)):
        values = grid[row]
        width = len(values)
        letters: dict[str, str] = {}
        where: dict[str, str] = {}
        number = row + 1
        for column, (role, column_name) in columns.items():
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
                letters[role] = found
                where[role] = f"{column_name}{number}"
        for column in layout.ignored:
            if is_letters(at(grid, row, column)):
                raise sheet.fail(row, column, "letters in a column with no role name")
        rows.append(_line(sheet, layout, row, letters, where))
    return rows


def _line(
    sheet: Sheet, layout: Layout, row: int, letters: dict[str, str], where: dict[str, str]
) -> _Row:
    name = text_at(sheet.grid, row, layout.activity)
    if not name and letters:
        raise sheet.fail(row, layout.activity, "the activity name is empty but the row has letters")
    phase = text_at(sheet.grid, row, layout.phase)
    leading = None if name or letters or phase else _leading(sheet, layout, row)
    return _Row(row, name, phase, letters, where, leading)


def _transposed_rows(sheet: Sheet, layout: Layout, got: Collected) -> list[_Row]:
    """Rows of the layout with one column per letter; the roles are collected as named."""
    roles: dict[str, str] = {}  # casefold → first spelling
    rows: list[_Row] = []
    for row in range(layout.header + 1, len(sheet.grid)):
        given: dict[str, set[str]] = {}
        where: dict[str, str] = {}
        for column, letter in layout.letters.items():
            value = at(sheet.grid, row, column)
            if is_none(value):
                continue
            if not isinstance(value, str):
                detail = translate("Workbook", "'{value}' is not a role name")
                raise sheet.fail(row, column, detail.format(value=clip(text(value))))
            for part in _NAMES.split(value):
                if is_none(part):
                    continue
                name = roles.setdefault(" ".join(part.split()).casefold(), " ".join(part.split()))
                held = given.setdefault(name, set())
                if all(ALL_LETTERS.index(letter) > ALL_LETTERS.index(k) for k in held):
                    where[name] = coordinate(row, column)  # the rarest letter's cell
                held.add(letter)
        letters = {role: normalise_letters("".join(found)) for role, found in given.items()}
        rows.append(_line(sheet, layout, row, letters, where))
    got.roles.extend(PlanRole(name, None) for name in roles.values())
    return rows
