"""The workshop set-up workbook: a blank template to fill in, read back into a checked plan.

Sheets: Workshop (label / value rows), Participants, Criteria, Proposals and Agenda (one row
each). `read_setup` reads and checks the whole workbook against the workspace's offices and
workshop titles (given as plain names) and returns a `WorkshopSetup`; the first problem
raises a WorkbookError naming file, sheet and cell. Headers are found by their words, so a
person may reorder columns or leave out the optional ones.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.domain.model import Anonymity, Direction
from pmo_tmo_desktop.domain.scoring import DISSENT_THRESHOLD
from pmo_tmo_desktop.exchange.workshop_setup_portfolio import (
    FUNDING_LABELS,
    GROUPS,
    GROUPS_TABLE,
    PORTFOLIO_COLUMNS,
    read_rules,
)
from pmo_tmo_desktop.exchange.workshop_xlsx import (
    BOLD,
    GRID,
    INPUT_FILL,
    WRAP_TOP,
    Column,
    Grid,
    Row,
    SetupAgendaItem,
    SetupCriterion,
    SetupGroup,
    SetupParticipant,
    SetupProposal,
    Table,
    WorkshopSetup,
    a_date,
    fmt,
    header,
    instruction,
    label,
    landscape,
    list_check,
    open_book,
    read_grid,
    table_rows,
    text,
)
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError, atomic_save, put_text

__all__ = [
    "DEFAULT_OFFICES",
    "DISSENT_RANGE",
    "SetupAgendaItem",
    "SetupCriterion",
    "SetupGroup",
    "SetupParticipant",
    "SetupProposal",
    "WorkshopSetup",
    "read_setup",
    "write_setup_template",
]

DEFAULT_OFFICES = ("PMO", "TMO", "Business", "Vendor")
WORKSHOP, PARTICIPANTS, CRITERIA, PROPOSALS, AGENDA = (  # and GROUPS
    "Workshop",
    "Participants",
    "Criteria",
    "Proposals",
    "Agenda",
)
LISTS = "Lists"
TEMPLATE_ROWS = 200
"""Rows of each list sheet that carry the dropdowns and checks in the blank template."""
HIGHER, LOWER = "higher is better", "lower is better"
DIRECTIONS = {
    "higher is better": Direction.HIGHER,
    "higher": Direction.HIGHER,
    "lower is better": Direction.LOWER,
    "lower": Direction.LOWER,
}


_FIELDS = (
    ("title", "Title", "Required. Must differ from the titles of the workspace's workshops."),
    ("date", "Date (YYYY-MM-DD)", "For example 2026-11-25."),
    ("place", "Place", ""),
    ("facilitator", "Facilitator", "Who runs the workshop."),
    ("anonymity", "Anonymity", "named, office-tagged or anonymous: what the room sees."),
    ("budget", "Budget", "Money available for the proposals (a number), optional."),
    ("notes", "Notes", ""),
    (
        "dissent_threshold",
        "Dissent threshold",
        "Flag proposals whose dissent is at or above this, 0.05–1.",
    ),
    (
        "pairwise_weights",
        "Compare criteria pairwise (AHP)",
        "yes or no: each participant compares the criteria in pairs before rating; the "
        "facilitator may then adopt the group's weights.",
    ),
    (
        "resource_name",
        "Second resource",
        "What else the proposals draw on besides money, e.g. People (optional).",
    ),
    (
        "resource_limit",
        "Second resource limit",
        "How much of it there is (a number), optional; each proposal's use is in Proposals.",
    ),
)
YES_NO = {"yes": True, "y": True, "true": True, "1": True, "no": False, "n": False}
YES_NO |= {"false": False, "0": False, "": False}
"""The answers the pairwise field takes (letter case ignored; empty is no)."""
DISSENT_RANGE = (0.05, 1.0)
"""The dissent thresholds a set-up may give (the app's field offers the same)."""
_TABLES = {
    PARTICIPANTS: Table(
        PARTICIPANTS,
        "One row per person who rates. Office: choose from the list. Names must be unique.",
        (
            Column("name", "Name", 28, ("participant",)),
            Column("office", "Office", 18),
            Column("title", "Title", 34, ("job title", "role")),
        ),
    ),
    CRITERIA: Table(
        CRITERIA,
        "One row per criterion. Weight > 0 (default 1); direction: higher or lower is better; "
        "scale default 1 to 10 (max must be above min).",
        (
            Column("name", "Name", 26, ("criterion",)),
            Column("weight", "Weight", 10),
            Column("direction", "Direction", 18),
            Column("scale_min", "Scale min", 11, ("min", "minimum")),
            Column("scale_max", "Scale max", 11, ("max", "maximum")),
            Column("description", "Description", 50),
        ),
    ),
    PROPOSALS: Table(
        PROPOSALS,
        "One row per proposal to assess. Cost, benefit, duration and resource use are numbers "
        "(or empty). Requires: titles of other proposals, separated by ; . Funding: auto, must "
        "fund or must not fund (say why in Reason). Group: proposals that are alternatives "
        "share a group (see the Groups sheet).",
        (
            Column("title", "Title", 34, ("proposal", "name")),
            Column("sponsor", "Sponsor", 22),
            Column("description", "Description", 50),
            Column("cost", "Estimated cost", 15, ("cost",)),
            Column("benefit", "Expected benefit", 15, ("benefit",)),
            Column("duration", "Duration (months)", 12),
            *PORTFOLIO_COLUMNS,
        ),
    ),
    GROUPS: GROUPS_TABLE,
    AGENDA: Table(
        AGENDA,
        "One row per agenda item, in order. Minutes planned: a whole number (default 10).",
        (
            Column("title", "Title", 36, ("item", "agenda item")),
            Column("presenter", "Presenter", 22),
            Column("minutes", "Minutes planned (duration)", 14, ("minutes", "duration")),
            Column("notes", "Notes", 50),
        ),
    ),
}


# -- the blank template ------------------------------------------------------------------------


def write_setup_template(path: Path, offices: Sequence[str] = DEFAULT_OFFICES) -> None:
    """Write a blank set-up workbook to `path` atomically; Office offers `offices`."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = WORKSHOP
    _workshop_sheet(book, sheet)
    for table in _TABLES.values():
        ws = book.create_sheet(table.title)
        instruction(ws, table.help, len(table.columns))
        header(ws, 2, [c.header for c in table.columns], [c.width for c in table.columns])
        landscape(ws)
        _checks(book, ws, table, list(offices) or list(DEFAULT_OFFICES))
    if LISTS in book.sheetnames:  # the hidden lists go last
        book.move_sheet(LISTS, offset=len(book.sheetnames))
    book.active = 0
    book.properties.creator = "PMO–TMO Desktop"
    book.properties.title = "Workshop set-up"
    atomic_save(book, Path(path))


def _workshop_sheet(book: Workbook, ws: Worksheet) -> None:
    instruction(
        ws,
        "Fill in the yellow cells, then the sheets Participants, Criteria, Proposals, Groups "
        "and Agenda; save, then in the app choose Workshop → New Workshop from Set-up Workbook… "
        "(or run: pmo-tmo workshop new WORKSPACE --from THIS-FILE.xlsx)",
        3,
    )
    header(ws, 2, ["Field", "Value", "Help"], [22, 46, 60])
    for row, (_, caption, help_text) in enumerate(_FIELDS, start=3):
        put_text(ws.cell(row=row, column=1), caption).font = BOLD
        value = ws.cell(row=row, column=2)
        value.fill, value.border, value.alignment = INPUT_FILL, GRID, WRAP_TOP
        put_text(ws.cell(row=row, column=3), help_text).alignment = WRAP_TOP
    rows = {name: row for row, (name, _, _) in enumerate(_FIELDS, start=3)}
    ws.cell(row=rows["date"], column=2).number_format = "yyyy-mm-dd"
    anonymity = list_check(
        book, [a.value for a in Anonymity], LISTS, "Choose named, office-tagged or anonymous."
    )
    anonymity.add(f"B{rows['anonymity']}")
    ws.cell(row=rows["anonymity"], column=2).value = Anonymity.OFFICE_TAGGED.value
    budget = _decimal(0, "The budget is a number, zero or more.")
    budget.add(f"B{rows['budget']}")
    budget.add(f"B{rows['resource_limit']}")
    threshold = ws.cell(row=rows["dissent_threshold"], column=2)
    threshold.value, threshold.number_format = DISSENT_THRESHOLD, "0.00"
    dissent = DataValidation(
        type="decimal",
        operator="between",
        formula1=fmt(DISSENT_RANGE[0]),
        formula2=fmt(DISSENT_RANGE[1]),
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        error="The dissent threshold is a number from 0.05 to 1.",
    )
    dissent.add(threshold.coordinate)
    ws.add_data_validation(anonymity)
    ws.add_data_validation(budget)
    ws.add_data_validation(dissent)
    pairwise = list_check(book, ["yes", "no"], LISTS, "Choose yes or no.")
    pairwise.add(f"B{rows['pairwise_weights']}")
    ws.cell(row=rows["pairwise_weights"], column=2).value = "no"
    ws.add_data_validation(pairwise)
    ws.row_dimensions[rows["notes"]].height = 60


def _decimal(
    minimum: float, error: str, operator: str = "greaterThanOrEqual", whole: bool = False
) -> DataValidation:
    return DataValidation(
        type="whole" if whole else "decimal",
        operator=operator,
        formula1=fmt(minimum),
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        error=error[:255],
    )


def _checks(book: Workbook, ws: Worksheet, table: Table, offices: list[str]) -> None:
    def check(field: str) -> DataValidation | None:
        if field == "office":
            return list_check(book, offices, LISTS, "Choose an office from the list.")
        if field == "direction":
            return list_check(book, [HIGHER, LOWER], LISTS, "Choose from the list.")
        if field == "weight":
            return _decimal(0, "The weight is a number greater than zero.", "greaterThan")
        if field in ("cost", "benefit", "duration", "resource_use"):
            return _decimal(0, "A number, zero or more.")
        if field == "funding":
            return list_check(book, list(FUNDING_LABELS.values()), LISTS, "Choose from the list.")
        if field == "at_most":
            return _decimal(1, "At most: a whole number, 1 or more.", whole=True)
        if field == "minutes":
            return _decimal(0, "Minutes planned: a whole number, zero or more.", whole=True)
        return None

    for column, spec in enumerate(table.columns, start=1):
        letter = get_column_letter(column)
        made = check(spec.field)
        if made is not None:
            made.add(f"{letter}3:{letter}{2 + TEMPLATE_ROWS}")
            ws.add_data_validation(made)


# -- reading -----------------------------------------------------------------------------------


def read_setup(
    path: Path, offices: Sequence[str] = DEFAULT_OFFICES, taken_titles: Collection[str] = ()
) -> WorkshopSetup:
    """Read and check a filled set-up workbook; WorkbookError (file, sheet, cell) on a problem.

    `offices` are the workspace's office names (matched ignoring case); `taken_titles` the
    titles of its workshops, which the new one must not repeat.
    """
    path = Path(path)
    book = open_book(path)
    try:
        grids = {title: read_grid(book, title) for title in (WORKSHOP, *_TABLES)}
    finally:
        book.close()
    sheet = grids[WORKSHOP]
    if sheet is None:
        raise WorkbookError(
            path, "the sheet is missing (is this a workshop set-up workbook?)", sheet=WORKSHOP
        )
    fields = _fields(sheet, taken_titles)
    known = {name.casefold(): name for name in offices}
    proposal_rows = table_rows(grids[PROPOSALS], _TABLES[PROPOSALS])
    proposals, groups = read_rules(
        [_proposal(v) for v in proposal_rows], proposal_rows, grids[GROUPS]
    )
    return WorkshopSetup(
        **fields,
        groups=groups,
        participants=tuple(
            SetupParticipant(v["name"], _office(v, known), text(v.get("title")))
            for v in table_rows(grids[PARTICIPANTS], _TABLES[PARTICIPANTS])
        ),
        criteria=tuple(_criterion(v) for v in table_rows(grids[CRITERIA], _TABLES[CRITERIA])),
        proposals=proposals,
        agenda=tuple(_agenda_item(v) for v in table_rows(grids[AGENDA], _TABLES[AGENDA])),
    )


def _fields(sheet: Grid, taken_titles: Collection[str]) -> dict[str, Any]:
    names = {label(caption): name for name, caption, _ in _FIELDS}
    rows: dict[str, int] = {}
    for row in range(1, len(sheet.rows) + 1):
        name = names.get(label(sheet.at(row, 1)))
        if name is not None and name not in rows:
            rows[name] = row

    def value(name: str) -> Any:
        return sheet.at(rows[name], 2) if name in rows else None

    if "title" not in rows:
        raise sheet.fail(1, 1, "no row labelled Title in column A")
    title = text(value("title"))
    if not title:
        raise sheet.fail(rows["title"], 2, "the workshop's title is empty")
    taken = {t.casefold() for t in taken_titles}
    if title.casefold() in taken:
        raise sheet.fail(rows["title"], 2, f"the workspace already has a workshop '{clip(title)}'")
    try:
        day = a_date(value("date"))
    except ValueError:
        raise sheet.fail(
            rows["date"], 2, f"'{clip(text(value('date')))}' is not a date like 2026-11-25"
        ) from None
    anonymity = text(value("anonymity")).casefold().replace(" ", "-").replace("_", "-")
    try:
        chosen = Anonymity(anonymity) if anonymity else Anonymity.OFFICE_TAGGED
    except ValueError:
        raise sheet.fail(
            rows["anonymity"],
            2,
            f"'{clip(text(value('anonymity')))}' is not named, office-tagged or anonymous",
        ) from None
    budget = sheet.number(rows["budget"], 2, "the budget") if "budget" in rows else None
    if budget is not None and budget < 0:
        raise sheet.fail(rows["budget"], 2, "the budget must not be negative")
    limit = None
    if "resource_limit" in rows:  # an older template has no such row
        limit = sheet.number(rows["resource_limit"], 2, "the second resource limit")
        if limit is not None and limit < 0:
            raise sheet.fail(rows["resource_limit"], 2, "the second resource limit is negative")
    threshold = None
    if "dissent_threshold" in rows:  # an older template has no such row
        at = rows["dissent_threshold"]
        threshold = sheet.number(at, 2, "the dissent threshold")
        low, high = DISSENT_RANGE
        if threshold is not None and not low <= threshold <= high:
            raise sheet.fail(
                at,
                2,
                f"the dissent threshold must be from {fmt(low)} to {fmt(high)} "
                f"({clip(fmt(threshold))})",
            )
    return {
        "title": title,
        "date": day,
        "place": text(value("place")),
        "facilitator": text(value("facilitator")),
        "anonymity": chosen,
        "budget": budget,
        "notes": text(value("notes")),
        "dissent_threshold": threshold,
        "pairwise_weights": _yes_no(sheet, rows.get("pairwise_weights")),
        "resource_name": text(value("resource_name")),
        "resource_limit": limit,
    }


def _yes_no(sheet: Grid, row: int | None) -> bool:
    """The pairwise field: yes or no (an older template without the row: no)."""
    if row is None:
        return False
    value = sheet.at(row, 2)
    if isinstance(value, bool):
        return value
    answer = text(value).casefold()
    if answer not in YES_NO:
        raise sheet.fail(
            row, 2, f"compare criteria pairwise: '{clip(text(value))}' is not yes or no"
        )
    return YES_NO[answer]


def _office(v: Row, known: dict[str, str]) -> str | None:
    given = text(v.get("office"))
    if not given:
        return None
    found = known.get(given.casefold())
    if found is None:
        listed = ", ".join(known.values()) or "none"
        raise v.fail("office", f"unknown office '{clip(given)}' (the workspace has {listed})")
    return found


def _criterion(v: Row) -> SetupCriterion:
    weight = v.number("weight", "the weight")
    if weight is not None and weight <= 0:
        raise v.fail("weight", f"the weight must be greater than zero ({clip(fmt(weight))})")
    given = text(v.get("direction"))
    direction = DIRECTIONS.get(label(given)) if given else Direction.HIGHER
    if direction is None:
        raise v.fail("direction", f"'{clip(given)}' is not '{HIGHER}' or '{LOWER}'")
    given_low = v.number("scale_min", "the scale min")
    given_high = v.number("scale_max", "the scale max")
    low = 1.0 if given_low is None else given_low
    high = 10.0 if given_high is None else given_high
    if high <= low:
        where = "scale_max" if given_high is not None else "scale_min"
        raise v.fail(
            where,
            f"the scale max ({clip(fmt(high))}) must be greater than "
            f"the scale min ({clip(fmt(low))})",
        )
    return SetupCriterion(
        v["name"],
        1.0 if weight is None else weight,
        direction,
        low,
        high,
        text(v.get("description")),
    )


def _proposal(v: Row) -> SetupProposal:
    return SetupProposal(
        v["title"],
        text(v.get("sponsor")),
        text(v.get("description")),
        v.number("cost", "the estimated cost", 0),
        v.number("benefit", "the expected benefit", 0),
        v.number("duration", "the duration", 0),
    )


def _agenda_item(v: Row) -> SetupAgendaItem:
    minutes = v.number("minutes", "minutes planned", 0)
    if minutes is not None and not minutes.is_integer():
        raise v.fail("minutes", f"minutes planned must be a whole number ({clip(fmt(minutes))})")
    return SetupAgendaItem(
        v["title"],
        text(v.get("presenter")),
        None if minutes is None else int(minutes),
        text(v.get("notes")),
    )
