"""Read a RACI workbook (our own export or a hand-made matrix) into a checked import plan.

Pure: the whole workbook is read and validated into plain data; the first problem raises a
WorkbookError naming file, sheet and cell. Nothing here knows the database.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl.workbook.workbook import Workbook

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.domain.model import ActivityKind
from pmo_tmo_desktop.exchange.raci_xlsx_details import DETAIL_SHEET_WORDS, read_details
from pmo_tmo_desktop.exchange.raci_xlsx_layout import Layout, hand_made_layout, letter_heads
from pmo_tmo_desktop.exchange.raci_xlsx_model import (
    ACTIVITY_WORDS,
    LETTER_HEADS,
    OFFICE_WORDS,
    PHASE_WORDS,
    READINGS,
    ROLE_WORDS,
    ImportPlan,
    PlanActivity,
    PlanRole,
)
from pmo_tmo_desktop.exchange.raci_xlsx_rows import Collected, read_roles, read_rows
from pmo_tmo_desktop.exchange.raci_xlsx_sheet import Grid, Sheet, text, text_at
from pmo_tmo_desktop.exchange.xlsx_read import BROKEN, WorkbookReader
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.i18n import translate


def read_workbook(path: Path, reading: str | None = None) -> ImportPlan:
    """Read and check a whole RACI workbook; WorkbookError (file, sheet, cell) on any problem.

    `reading` (one of READINGS) says how a hand-made sheet is to be read; None: the first
    of the plausible readings under which it reads without a problem.
    """
    path = Path(path)
    if reading is not None and reading not in READINGS:
        raise WorkbookError(
            path,
            translate("Workbook", "'{reading}' is not a layout ({readings})").format(
                reading=clip(reading), readings=", ".join(READINGS)
            ),
        )
    with WorkbookReader(path, fast=True) as reader:
        try:
            return _read(path, reader, reading)
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


def _read(path: Path, reader: WorkbookReader, reading: str | None) -> ImportPlan:
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
        layout = hand_made_layout(sheets[title].grid)
        if layout is not None:
            return _hand_made(sheets[title], layout, reading)
    raise WorkbookError(
        path,
        "no RACI matrix found: no sheet has a row of role names across and a column of activities",
    )


def _as(sheet: Sheet, layout: Layout, reading: str) -> Layout:
    """`layout` read the way `reading` says; WorkbookError when the sheet cannot be."""
    letters = letter_heads(sheet.grid, layout) if reading.startswith("letters") else {}
    if letters is None:
        column = layout.roles[0]
        for column in layout.roles:
            if text_at(sheet.grid, layout.header, column).casefold() not in LETTER_HEADS:
                break
        raise sheet.fail(
            layout.header,
            column,
            translate("Workbook", "'{name}' heads no letter column (R, A, C, I, S, V)").format(
                name=clip(text_at(sheet.grid, layout.header, column))
            ),
        )
    return replace(
        layout,
        transposed=bool(letters),
        letters=letters,
        phase_rows=not reading.endswith("-flat"),
    )


def _hand_made(sheet: Sheet, layout: Layout, reading: str | None) -> ImportPlan:
    """The plan under `reading` (or the first that reads), with the readings that also read."""
    orientations = ["letters", "roles"] if letter_heads(sheet.grid, layout) else ["roles"]
    wanted = [reading] if reading else orientations
    plans: dict[str, ImportPlan] = {}
    failed: WorkbookError | None = None
    for name in wanted:
        try:
            plans[name] = _plan(sheet, _as(sheet, layout, name), {}, {}, name)
            break
        except WorkbookError as exc:
            failed = failed or exc
    if not plans:
        assert failed is not None
        raise failed
    taken, plan = next(iter(plans.items()))
    others = [o for o in orientations if o != taken.removesuffix("-flat")]
    if plan.phase_rows or taken.endswith("-flat"):
        others.append(taken.removesuffix("-flat") if taken.endswith("-flat") else taken + "-flat")
    readable = {taken}
    for name in others:
        try:
            _plan(sheet, _as(sheet, layout, name), {}, {}, name)
        except WorkbookError:
            continue
        readable.add(name)
    return replace(plan, readings=tuple(r for r in READINGS if r in readable))


def _is_ours(grid: Grid) -> bool:
    return (
        not text_at(grid, 0, 0)
        and not text_at(grid, 0, 1)
        and text_at(grid, 1, 0).casefold() in PHASE_WORDS
        and text_at(grid, 1, 1).casefold() in ACTIVITY_WORDS
    )


def _our_layout(sheet: Sheet) -> Layout:
    header = sheet.grid[1]
    named = [c for c in range(2, len(header)) if text(header[c])]
    last = named[-1] if named else 1
    blank = [c for c in range(2, last + 1) if not text(header[c])]
    return Layout("ours", 1, 0, 1, named, blank, band=0)


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
    sheet: Sheet,
    layout: Layout,
    colours: dict[str, str],
    others: dict[str, Sheet],
    reading: str | None = None,
) -> ImportPlan:
    got = Collected(colours=colours)
    read_roles(sheet, layout, got)
    read_rows(sheet, layout, got)
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
        reading=reading,
        readings=(reading,) if reading else (),
        phase_rows=tuple(got.phase_rows),
        references=got.references,
    )


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


def _merge_details(sheet: Sheet, others: dict[str, Sheet], got: Collected) -> None:
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
