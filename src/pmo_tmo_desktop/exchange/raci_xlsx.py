"""The methodology and RACI workbook: export from a snapshot, read back into an import plan.

Sheets: Methodology (phases, activities, deliverables, control points), RACI (the matrix,
offices above their roles, a dropdown of valid letters, colours per letter, a legend to the
right), Roles (with R and A counts) and Findings (the check's result). `read_workbook` is in
raci_xlsx_read and re-exported here.

Large matrices (thousands of activities, hundreds of roles) must export about as fast as
openpyxl writes their bare cells, so the matrix creates only the cells that hold letters; its
columns carry the letter cells' look (centred, grid) for the empty ones, and every look is
registered with the workbook once and copied onto cells (`_look`, `_give`) rather than set
attribute by attribute, which makes openpyxl hash the style objects cell after cell.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from pmo_tmo_desktop.domain.model import (
    ALL_LETTERS,
    Activity,
    ControlPoint,
    Deliverable,
    Methodology,
    Phase,
    RaciVariant,
    letters_of,
)
from pmo_tmo_desktop.exchange.raci_xlsx_model import (
    CellKey,
    FindingRow,
    ImportPlan,
    PlanActivity,
    PlanRole,
    Texts,
)
from pmo_tmo_desktop.exchange.raci_xlsx_read import read_workbook
from pmo_tmo_desktop.exchange.xlsx_safe import atomic_save, is_risky, put_text, safe_text

__all__ = [
    "CellKey",
    "FindingRow",
    "ImportPlan",
    "PlanActivity",
    "PlanRole",
    "Texts",
    "export_methodology",
    "letter_combinations",
    "read_workbook",
]

LETTER_FILLS = {
    "A": "F4B6B6",  # red-ish: the one who answers for it
    "R": "B7D3F2",  # blue-ish
    "C": "FFE08A",  # amber
    "I": "C6E8C1",  # green
    "S": "D9C6EC",  # lavender
    "V": "B8E3E0",  # teal
}
"""Fill per letter, in rule priority (a cell holding "RA" shows A's colour)."""

BOLD = Font(bold=True)
HEADER_FILL = PatternFill(fill_type="solid", start_color="FFDDE3EA", end_color="FFDDE3EA")
PHASE_FILL = PatternFill(fill_type="solid", start_color="FFE7E7E7", end_color="FFE7E7E7")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTRED = Alignment(horizontal="center", vertical="center")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LIST_LIMIT = 255
"""Excel refuses an inline dropdown list longer than this (quotes included)."""


def letter_combinations(variant: RaciVariant) -> tuple[str, ...]:
    """Every non-empty set of the variant's letters, canonical spelling, shortest first."""
    letters = [ch for ch in ALL_LETTERS if ch in variant.letters]
    return tuple(
        "".join(combo)
        for size in range(1, len(letters) + 1)
        for combo in itertools.combinations(letters, size)
    )


def export_methodology(
    snapshot: Methodology, findings: Sequence[FindingRow], path: Path, texts: Texts
) -> None:
    """Write the methodology workbook to `path` atomically (a failure leaves no file), in the
    words of `texts` (services.methodology_texts translates them)."""
    book = Workbook()
    titles = _titles(texts)
    sheet = book.active
    assert sheet is not None
    sheet.title = titles[0]
    _methodology_sheet(sheet, snapshot, texts)
    raci, roles, found, made, controls = (book.create_sheet(title) for title in titles[1:6])
    _raci_sheet(book, raci, snapshot, texts, titles[6])  # may add the hidden lists, last
    _roles_sheet(roles, snapshot, texts)
    _findings_sheet(found, findings, texts)
    _deliverables_sheet(made, snapshot, texts)
    _control_points_sheet(controls, snapshot, texts)
    book.active = book.index(raci)
    book.properties.creator = "PMO–TMO Desktop"
    book.properties.title = _clean_property(snapshot.info.name)
    atomic_save(book, Path(path))


def _clean_property(text: str) -> str:
    return "".join(ch for ch in text if ch.isprintable())[:255]


def _titles(texts: Texts) -> list[str]:
    """Valid, distinct sheet titles (Excel: at most 31 characters, none of []:*?/\\)."""
    wanted = (
        texts.methodology_sheet,
        texts.raci_sheet,
        texts.roles_sheet,
        texts.findings_sheet,
        texts.deliverables_sheet,
        texts.control_points_sheet,
        texts.lists_sheet,
    )
    titles: list[str] = []
    for number, text in enumerate(wanted, start=1):
        title = "".join(ch for ch in text if ch not in "[]:*?/\\" and ch.isprintable())
        title = title.strip().strip("'")[:31] or str(number)  # nothing left: its place
        while title.casefold() in {t.casefold() for t in titles}:
            title = f"{title[:28]} {len(titles) + 1}"
        titles.append(title)
    return titles


def _argb(colour: str) -> str:
    digits = colour.lstrip("#").upper()
    if len(digits) == 6 and all(c in "0123456789ABCDEF" for c in digits):
        return "FF" + digits
    if len(digits) == 8 and all(c in "0123456789ABCDEF" for c in digits):
        return digits
    return "FF808080"


def _solid(argb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=argb, end_color=argb)


def _look(
    ws: Worksheet,
    *,
    font: Font | None = None,
    fill: PatternFill | None = None,
    alignment: Alignment | None = None,
    border: Border | None = None,
) -> Any:
    """A cell look registered with `ws`'s workbook once, to give cells with `_give`."""
    probe = Cell(ws)
    if font is not None:
        probe.font = font
    if fill is not None:
        probe.fill = fill
    if alignment is not None:
        probe.alignment = alignment
    if border is not None:
        probe.border = border
    return probe._style


def _give(cell: Any, look: Any) -> Any:
    """Give `cell` (or a column dimension) a `_look`: a copy of its indices, no hashing."""
    cell._style = copy(look)
    return cell


def _table(ws: Worksheet, headers: Sequence[str], widths: Sequence[float], last_row: int) -> None:
    """Bold, filled header row, frozen; autofilter down to `last_row`; column widths.

    The columns take the body's look (`_body`), which their empty cells (not written) show.
    """
    body = _body(ws)
    for column, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = put_text(ws.cell(row=1, column=column), header)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        _give(ws.column_dimensions[get_column_letter(column)], body).width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(last_row, 1)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _body(ws: Worksheet, *, bold: bool = False) -> Any:
    """The look of a table's body cells (`_row`): wrapped, at the top; phase rows bold, grey."""
    if bold:
        return _look(ws, font=BOLD, fill=PHASE_FILL, alignment=WRAP_TOP)
    return _look(ws, alignment=WRAP_TOP)


def _row(
    ws: Worksheet, row: int, values: Iterable[Any], look: Any, *, every_cell: bool = False
) -> None:
    """Numbers as they are, other values as safe text; empty text makes no cell (the column
    has the body's look) unless `every_cell` (a row with its own look, such as a fill)."""
    for column, value in enumerate(values, start=1):
        if isinstance(value, int | float):
            cell = ws.cell(row=row, column=column, value=value)
        else:
            text = safe_text(value)
            if not text and not every_cell:
                continue
            cell = put_text(ws.cell(row=row, column=column), text)
        _give(cell, look)


def _methodology_sheet(ws: Worksheet, snap: Methodology, texts: Texts) -> None:
    offices = {o.id: o.name for o in snap.offices}
    # Control points of each phase and of each activity, and deliverables of each activity,
    # in the snapshot's order (looked up per row: one pass each, not one per row).
    phase_cps: defaultdict[int, list[str]] = defaultdict(list)
    activity_cps: defaultdict[int, list[str]] = defaultdict(list)
    for cp in snap.control_points:
        approvers = ", ".join(approver_names(snap, cp))
        text = f"{cp.name} [{cp.kind.value}]" + (f" — {approvers}" if approvers else "")
        if cp.phase_id is not None:
            phase_cps[cp.phase_id].append(text)
        if cp.activity_id is not None:
            activity_cps[cp.activity_id].append(text)
    deliverables: defaultdict[int, list[str]] = defaultdict(list)
    for d in snap.deliverables:
        deliverables[d.activity_id].append(f"{d.name} ({d.kind.value})")

    plain, bold = _body(ws), _body(ws, bold=True)
    row = 2
    for phase in snap.phases:
        cps = "; ".join(phase_cps.get(phase.id, ()))
        _row(ws, row, [phase.name, "", "", "", phase.description, "", cps], bold, every_cell=True)
        row += 1
        for act in snap.activities_of(phase.id):
            owner = offices.get(act.office_id, "") if act.office_id is not None else ""
            values = [phase.name, act.name, act.kind.value, owner, act.description]
            made = "; ".join(deliverables.get(act.id, ()))
            _row(ws, row, [*values, made, "; ".join(activity_cps.get(act.id, ()))], plain)
            row += 1
    headers = [
        texts.phase,
        texts.activity,
        texts.kind,
        texts.owning_office,
        texts.description,
        texts.deliverables,
        texts.control_points,
    ]
    _table(ws, headers, [22, 40, 13, 16, 50, 40, 40], row - 1)


def approver_names(snap: Methodology, cp: ControlPoint) -> list[str]:
    """The control point's approving roles, in the roles' order."""
    return [r.name for r in snap.roles if r.id in cp.approver_ids]


def _in_structure(snap: Methodology) -> Iterable[tuple[Phase, Activity | None]]:
    """Each phase, then each of its activities, in display order."""
    for phase in snap.phases:
        yield phase, None
        for act in snap.activities_of(phase.id):
            yield phase, act


def _deliverables_sheet(ws: Worksheet, snap: Methodology, texts: Texts) -> None:
    """One row per deliverable (the Methodology sheet lists them; this sheet reads back)."""
    made: defaultdict[int, list[Deliverable]] = defaultdict(list)
    for d in snap.deliverables:
        made[d.activity_id].append(d)
    plain, row = _body(ws), 2
    for phase, act in _in_structure(snap):
        if act is None:
            continue
        for d in made.get(act.id, ()):
            _row(ws, row, [phase.name, act.name, d.name, d.kind.value, d.description], plain)
            row += 1
    headers = [texts.phase, texts.activity, texts.deliverable, texts.kind, texts.description]
    _table(ws, headers, [22, 40, 40, 13, 60], row - 1)


def _control_points_sheet(ws: Worksheet, snap: Methodology, texts: Texts) -> None:
    """One row per gate, review or sign-off; approvers one per line, in the roles' order."""
    at_phase: defaultdict[int, list[ControlPoint]] = defaultdict(list)
    at_activity: defaultdict[int, list[ControlPoint]] = defaultdict(list)
    for cp in snap.control_points:
        if cp.activity_id is not None:
            at_activity[cp.activity_id].append(cp)
        elif cp.phase_id is not None:
            at_phase[cp.phase_id].append(cp)
    plain, row = _body(ws), 2
    for phase, act in _in_structure(snap):
        points = at_phase.get(phase.id, []) if act is None else at_activity.get(act.id, [])
        for cp in points:
            approvers = "\n".join(approver_names(snap, cp))
            values = [phase.name, act.name if act else "", cp.name, cp.kind.value, cp.criteria]
            _row(ws, row, [*values, approvers], plain)
            row += 1
    headers = [
        texts.phase,
        texts.activity,
        texts.control_point,
        texts.kind,
        texts.criteria,
        texts.approvers,
    ]
    _table(ws, headers, [22, 40, 36, 12, 50, 30], row - 1)


def _raci_sheet(
    book: Workbook, ws: Worksheet, snap: Methodology, texts: Texts, lists_title: str
) -> None:
    roles = snap.roles
    offices = {o.id: o for o in snap.offices}
    column_of = {role.id: column for column, role in enumerate(roles, start=3)}
    held: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)  # activity → its letters
    for (activity_id, role_id), text in letters_of(snap.assignments).items():
        if role_id in column_of and text:
            held[activity_id].append((column_of[role_id], text))
    last_column = 2 + len(roles)
    last = get_column_letter(last_column)

    # Row 1: each office above its consecutive roles, in the office's colour.
    for _, run in itertools.groupby(enumerate(roles, start=3), key=lambda item: item[1].office_id):
        columns = [column for column, _ in run]
        office = offices.get(roles[columns[0] - 3].office_id)
        fill = _solid(_argb(office.colour if office else "#808080"))
        for column in columns:
            ws.cell(row=1, column=column).fill = fill
        cell = put_text(ws.cell(row=1, column=columns[0]), office.name if office else "")
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if len(columns) > 1:
            ws.merge_cells(start_row=1, start_column=columns[0], end_row=1, end_column=columns[-1])

    # Row 2: the headers, role names turned upright.
    for column, text in ((1, texts.phase), (2, texts.activity)):
        cell = put_text(ws.cell(row=2, column=column), text)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(vertical="bottom")
    upright = Alignment(text_rotation=90, horizontal="center", vertical="bottom", wrap_text=True)
    role_header = _look(ws, font=BOLD, fill=HEADER_FILL, alignment=upright, border=GRID)
    # A letter cell: centred in a grid. Only cells holding letters exist; the matrix columns
    # have the same look, so their empty cells (and letters typed there) look the same.
    letter = _look(ws, alignment=CENTRED, border=GRID)
    for column, role in enumerate(roles, start=3):
        _give(put_text(ws.cell(row=2, column=column), role.name), role_header)
        dimension = _give(ws.column_dimensions[get_column_letter(column)], letter)
        dimension.width = 7
    longest = max((len(r.name) for r in roles), default=10)
    ws.row_dimensions[2].height = min(220.0, max(40.0, 6.5 * longest + 10))
    ws.row_dimensions[1].height = 30
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 42

    row = 3
    phase_title = _look(ws, font=BOLD, fill=PHASE_FILL)
    phase_band = _look(ws, fill=PHASE_FILL)
    muted = _look(ws, font=Font(color="FF7F7F7F"))
    name = _look(ws, alignment=WRAP_TOP)
    as_is: dict[str, bool] = {}  # letters → whether they are written as they are: canonical
    # letters from the store always are, so the matrix skips put_text's checks cell by cell.
    for phase in snap.phases:
        _give(put_text(ws.cell(row=row, column=1), phase.name), phase_title)
        for column in range(2, last_column + 1):
            _give(ws.cell(row=row, column=column), phase_band)
        row += 1
        for act in snap.activities_of(phase.id):
            _give(put_text(ws.cell(row=row, column=1), phase.name), muted)
            _give(put_text(ws.cell(row=row, column=2), act.name), name)
            for column, text in held.get(act.id, ()):
                if text not in as_is:
                    as_is[text] = safe_text(text) == text and not is_risky(text)
                if as_is[text]:
                    cell = ws.cell(row=row, column=column, value=text)
                else:
                    cell = put_text(ws.cell(row=row, column=column), text)
                _give(cell, letter)
            row += 1
    last_row = max(row - 1, 2)

    if roles and last_row >= 3:
        area = f"C3:{last}{last_row}"
        ws.add_data_validation(_dropdown(book, snap.info.raci_variant, texts, lists_title, area))
        for letter, colour in LETTER_FILLS.items():
            if letter in snap.info.raci_variant.letters:
                ws.conditional_formatting.add(area, _contains(letter, colour))

    ws.freeze_panes = "C3"
    ws.auto_filter.ref = f"A2:{last}{last_row}"
    ws.print_title_rows = "1:2"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    _legend(ws, last_column + 2, snap.info.raci_variant, texts)


def _dropdown(
    book: Workbook, variant: RaciVariant, texts: Texts, lists_title: str, area: str
) -> DataValidation:
    combos = letter_combinations(variant)
    inline = '"' + ",".join(combos) + '"'
    if len(inline) <= LIST_LIMIT:
        source = inline
    else:  # too long for Excel: the list lives on a hidden sheet
        lists = book.create_sheet(lists_title)
        lists.sheet_state = "hidden"
        for number, combo in enumerate(combos, start=1):
            lists.cell(row=number, column=1, value=combo)
        quoted = lists_title.replace("'", "''")
        source = f"'{quoted}'!$A$1:$A${len(combos)}"
    check = DataValidation(
        type="list",
        formula1=source,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle=texts.invalid_letters_title[:32],
        error=texts.invalid_letters[:255],
    )
    check.add(area)
    return check


def _contains(letter: str, colour: str) -> Rule:
    fill = PatternFill(fill_type="solid", start_color="FF" + colour, end_color="FF" + colour)
    rule = Rule(
        type="containsText",
        operator="containsText",
        text=letter,
        dxf=DifferentialStyle(fill=fill, font=Font(bold=True)),
    )
    rule.formula = [f'NOT(ISERROR(SEARCH("{letter}",C3)))']
    return rule


def _legend(ws: Worksheet, column: int, variant: RaciVariant, texts: Texts) -> None:
    """Letter → meaning, coloured, beside the matrix (below row 2, so it is not a role)."""
    put_text(ws.cell(row=3, column=column), texts.legend).font = BOLD
    for row, (letter, meaning) in enumerate(texts.meanings(variant).items(), start=4):
        cell = ws.cell(row=row, column=column, value=letter)
        cell.fill = _solid("FF" + LETTER_FILLS[letter])
        cell.font, cell.alignment, cell.border = BOLD, CENTRED, GRID
        put_text(ws.cell(row=row, column=column + 1), meaning)
    ws.column_dimensions[get_column_letter(column)].width = 7
    ws.column_dimensions[get_column_letter(column + 1)].width = 48


def _roles_sheet(ws: Worksheet, snap: Methodology, texts: Texts) -> None:
    offices = {o.id: o.name for o in snap.offices}
    cells = letters_of(snap.assignments).items()
    r_counts = Counter(role for (_activity, role), text in cells if "R" in text)
    a_counts = Counter(role for (_activity, role), text in cells if "A" in text)
    plain = _body(ws)
    for row, role in enumerate(snap.roles, start=2):
        office = offices.get(role.office_id, "")
        values = [office, role.name, role.description, r_counts[role.id], a_counts[role.id]]
        _row(ws, row, values, plain)
    headers = [texts.office, texts.role, texts.description, texts.r_count, texts.a_count]
    _table(ws, headers, [16, 32, 60, 10, 10], len(snap.roles) + 1)


def _findings_sheet(ws: Worksheet, findings: Sequence[FindingRow], texts: Texts) -> None:
    plain = _body(ws)
    for row, f in enumerate(findings, start=2):
        _row(ws, row, [f.severity, f.rule, f.phase, f.activity, f.role, f.message], plain)
    headers = [texts.severity, texts.rule, texts.phase, texts.activity, texts.role, texts.message]
    _table(ws, headers, [12, 24, 20, 36, 24, 70], len(findings) + 1)
