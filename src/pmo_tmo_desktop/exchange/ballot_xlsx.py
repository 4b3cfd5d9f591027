"""Ballot workbooks: one per participant, to rate a workshop's proposals on their own laptop.

The sheet Ballot holds the grid (proposals down, criteria across); only its input cells are
unlocked and each takes a number on its criterion's scale or the answer "can't judge" (a
dropdown of every value for a small whole-number scale). Empty cells are shaded "to do",
"can't judge" cells grey italic. A hidden sheet `ids` says exactly what each cell is: the
workspace, workshop, participant, the proposal of each row and the criterion of each column,
and the "can't judge" text the ballot offers, so `read_ballot` (ballot_xlsx_read) never
guesses from titles.
Proposals and Criteria sheets carry the details for reference. Pure: plain domain records in,
plain data out; the words a person reads come in as BallotTexts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from pmo_tmo_desktop.domain import ahp
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.exchange.workshop_xlsx import (
    BOLD,
    CENTRED,
    GRID,
    INPUT_FILL,
    LIST_LIMIT,
    NOTE_FONT,
    TITLE_FONT,
    WRAP_TOP,
    fmt,
    header,
    landscape,
)
from pmo_tmo_desktop.exchange.xlsx_safe import atomic_save, put_text

FORMAT = "pmo-tmo-ballot"
VERSION = 1
BALLOT, PROPOSALS, CRITERIA, IDS, LISTS = "Ballot", "Proposals", "Criteria", "ids", "Lists"
TITLE_CELL, PARTICIPANT_CELL = (1, 1), (3, 1)
PARTICIPANT_AT = "A3"
"""Where the Ballot sheet shows whose ballot it is (PARTICIPANT_CELL, by name)."""
HEADER_ROW = 6
LIST_ROW = 11
"""First row of the ids sheet's lists: ballot row → proposal id (A, B), column → criterion
(D, E)."""
KEYS = {
    "format": 1,
    "version": 2,
    "workspace": 3,
    "workshop id": 4,
    "workshop title": 5,
    "participant id": 6,
    "participant name": 7,
    "sheet": 8,
    "header row": 9,
}
CANT_JUDGE = "can't judge"
"""The answer for a cell one cannot judge, in English: accepted in a ballot of any language."""
CANT_JUDGE_AT = (1, 4)
"""Where the ids sheet names the "can't judge" text its ballot offers: the key here (D1), the
text beside it (E1); a ballot of any language is read with the words it was written in."""
DROPDOWN_STEPS = 20
"""A whole-number scale of at most this many steps (0–20, 1–10) is offered as a dropdown of
its values; a wider or fractional one is checked as a number."""
CANT_JUDGE_FONT = Font(italic=True, color="FF546E7A")
CANT_JUDGE_FILL = PatternFill(fill_type="solid", start_color="FFECEFF1", end_color="FFECEFF1")
TO_DO_FILL = INPUT_FILL
"""An input cell still empty: pale yellow, "to do"."""
PAIRS = "Criteria weights"
PAIRS_HEADER_ROW = 4
PAIRS_AT = (1, 7)
"""Where the ids sheet names the pairwise sheet (the key here, G1; its title beside it)."""
PAIR_COLUMNS = (7, 8, 9)
"""ids sheet columns (G, H, I) from LIST_ROW: pairwise sheet row, criterion a id, b id."""
CHOICE_COLUMNS = (11, 12)
"""ids sheet columns (K, L) from LIST_ROW: each choice as the ballot offers it, its value."""
STEP_WORDS = {
    9: "{side} extremely more important",
    8: "{side} very strongly to extremely more important",
    7: "{side} very strongly more important",
    6: "{side} strongly to very strongly more important",
    5: "{side} strongly more important",
    4: "{side} moderately to strongly more important",
    3: "{side} moderately more important",
    2: "{side} equally to moderately more important",
}


def choices(steps: dict[int, str], equal: str) -> tuple[str, ...]:
    """The 17 answers of a pair, in ahp.SCALE's order: A extremely ... equal ... B extremely."""
    return (
        *(steps[s].format(side="A") for s in ahp.STEPS),
        equal,
        *(steps[s].format(side="B") for s in reversed(ahp.STEPS)),
    )


CHOICES = choices(STEP_WORDS, "Equal")
"""The answers in English: accepted in a ballot of any language."""


@dataclass(frozen=True, slots=True)
class BallotTexts:
    """The words of a ballot that a participant reads, in their language (English here)."""

    cant_judge: str = CANT_JUDGE
    """The answer for a cell one cannot judge, as the dropdown offers it; keep it short."""
    rate_from: str = "Rate each proposal on each criterion from {low} to {high}."
    rate_per_column: str = "Rate each proposal on each criterion on the scale shown in its column."
    leave_none_empty: str = (
        'Leave no cell empty: type a number or choose "{cant_judge}". Details: sheet {sheet}.'
    )
    send_back: str = "Save the file and send it back to {facilitator}."
    error_title: str = "Not on the scale"
    error: str = '{criterion}: enter a number from {low} to {high}, or "{cant_judge}".'
    prompt: str = '{low}–{high}, {direction}; or "{cant_judge}"'
    pairs_sheet: str = PAIRS
    pairs_intro: str = (
        "Optional, before rating: for each pair of criteria, choose which matters more and "
        "how much. Leave a pair empty if you cannot say."
    )
    pairs_headers: tuple[str, str, str] = (
        "Criterion A",
        "Criterion B",
        "Which matters more, and how much?",
    )
    choices: tuple[str, ...] = CHOICES


@dataclass(frozen=True, slots=True)
class BallotSource:
    """What every ballot of one workshop is made from (and checked against on import)."""

    workspace: str
    """Identifies the workspace (e.g. its creation time), so a ballot of a namesake is refused."""
    workshop: m.Workshop
    participants: tuple[m.Participant, ...]
    criteria: tuple[m.Criterion, ...]
    proposals: tuple[m.Proposal, ...]
    texts: BallotTexts = field(default_factory=BallotTexts)
    """The words ballots are written in; on import their "can't judge" is accepted beside the
    English one and the one each ballot itself offered."""


@dataclass(frozen=True, slots=True)
class BallotCell:
    proposal_id: int
    criterion_id: int
    value: float | None
    """None: no rating, either left empty or answered "can't judge" (see `cant_judge`)."""
    cell: str
    cant_judge: bool = False
    """Answered "can't judge" (an answered cell without a value); False with value None: the
    cell was left empty (not answered)."""


@dataclass(frozen=True, slots=True)
class BallotJudgement:
    """A pair of criteria on the pairwise sheet: a_ab, or None when left empty."""

    criterion_a: int
    criterion_b: int
    value: float | None
    cell: str


@dataclass(frozen=True, slots=True)
class Ballot:
    """One filled ballot, checked against its workshop."""

    file: Path
    participant: m.Participant
    cells: tuple[BallotCell, ...]
    judgements: tuple[BallotJudgement, ...] = ()
    """The pairwise sheet's answers (none when the ballot has no such sheet)."""


def _direction(criterion: m.Criterion) -> str:
    return "higher is better" if criterion.direction == m.Direction.HIGHER else "lower is better"


def criterion_header(criterion: m.Criterion) -> str:
    """ "Delivery risk (1–10, lower is better)"."""
    scale = f"{fmt(criterion.scale_min)}–{fmt(criterion.scale_max)}"
    return f"{criterion.name} ({scale}, {_direction(criterion)})"


def participant_label(name: str) -> str:
    """What the Ballot sheet shows at PARTICIPANT_AT: whose ballot it is."""
    return f"Participant: {name}"


def ballot_file_name(name: str, taken: Collection[str] = ()) -> str:
    """A safe file name for `name`'s ballot, distinct from `taken`: "ballot-ana-garcia.xlsx"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-") or "participant"
    lowered = {t.casefold() for t in taken}
    candidate, counter = f"ballot-{slug}.xlsx", 1
    while candidate.casefold() in lowered:
        counter += 1
        candidate = f"ballot-{slug}-{counter}.xlsx"
    return candidate


# -- writing -----------------------------------------------------------------------------------


def write_ballot(path: Path, source: BallotSource, participant: m.Participant) -> None:
    """Write `participant`'s ballot to `path` atomically."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = BALLOT
    lists = _Lists()
    _ballot_sheet(sheet, source, participant, lists)
    _proposals_sheet(book.create_sheet(PROPOSALS), source.proposals)
    _criteria_sheet(book.create_sheet(CRITERIA), source.criteria)
    ids = book.create_sheet(IDS)
    _ids_sheet(ids, source, participant)
    if asks_pairs(source):
        _pairs_sheet(book.create_sheet(source.texts.pairs_sheet[:31], 1), source, lists, ids)
    lists.write(book)
    book.active = 0
    book.security = WorkbookProtection(lockStructure=True)
    book.properties.creator = "PMO–TMO Desktop"
    book.properties.title = "".join(c for c in f"Ballot – {participant.name}" if c.isprintable())
    atomic_save(book, Path(path))


def instructions(source: BallotSource) -> str:
    texts = source.texts
    scales = {(c.scale_min, c.scale_max) for c in source.criteria}
    if len(scales) == 1:
        low, high = next(iter(scales))
        how = texts.rate_from.format(low=fmt(low), high=fmt(high))
    else:
        how = texts.rate_per_column
    parts = [how, texts.leave_none_empty.format(cant_judge=texts.cant_judge, sheet=PROPOSALS)]
    if source.workshop.facilitator:
        parts.append(texts.send_back.format(facilitator=source.workshop.facilitator))
    return " ".join(parts)


def _ballot_sheet(
    ws: Worksheet, source: BallotSource, participant: m.Participant, lists: _Lists
) -> None:
    workshop, criteria = source.workshop, source.criteria
    last = 1 + max(len(criteria), 1)
    put_text(ws.cell(*TITLE_CELL), workshop.title).font = TITLE_FONT
    day = workshop.date.isoformat() if workshop.date else ""
    when = " · ".join(x for x in (day, workshop.place) if x)
    put_text(ws.cell(row=2, column=1), when).font = NOTE_FONT
    put_text(ws.cell(*PARTICIPANT_CELL), participant_label(participant.name)).font = BOLD
    note = put_text(ws.cell(row=4, column=1), instructions(source))
    note.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=max(last, 4))
    ws.row_dimensions[4].height = 60
    header(
        ws, HEADER_ROW, ["Proposal", *map(criterion_header, criteria)], [44] + [18] * len(criteria)
    )
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    ws.row_dimensions[HEADER_ROW].height = 48
    for column, criterion in enumerate(criteria, start=2):
        head = ws.cell(row=HEADER_ROW, column=column)
        head.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        if criterion.description:
            head.comment = Comment(criterion.description[:2000], "PMO–TMO Desktop")
    unlocked = Protection(locked=False)
    for row, proposal in enumerate(source.proposals, start=HEADER_ROW + 1):
        put_text(ws.cell(row=row, column=1), proposal.title).alignment = WRAP_TOP
        for column in range(2, len(criteria) + 2):
            cell = ws.cell(row=row, column=column)
            cell.border, cell.alignment = GRID, CENTRED
            cell.protection = unlocked
    first, final = HEADER_ROW + 1, HEADER_ROW + len(source.proposals)
    if source.proposals and criteria:
        for column, criterion in enumerate(criteria, start=2):
            letter = get_column_letter(column)
            check = _rating_check(criterion, source.texts, f"{letter}{first}", lists)
            check.add(f"{letter}{first}:{letter}{final}")
            ws.add_data_validation(check)
        _answer_formats(ws, f"B{first}:{get_column_letter(last)}{final}", source.texts)
    landscape(ws)
    _protect(ws)


def whole_steps(criterion: m.Criterion) -> list[int] | None:
    """Every value of a small whole-number scale (1, 2, … 10); None for any other scale."""
    low, high = criterion.scale_min, criterion.scale_max
    if not (float(low).is_integer() and float(high).is_integer()):
        return None
    if not 0 < high - low <= DROPDOWN_STEPS:
        return None
    return list(range(int(low), int(high) + 1))


def _quoted(value: str) -> str:
    """`value` as a string in a spreadsheet formula."""
    return '"' + value.replace('"', '""') + '"'


def _rating_check(
    criterion: m.Criterion, texts: BallotTexts, first: str, lists: _Lists
) -> DataValidation:
    """A number on the criterion's scale or "can't judge": a dropdown of every value and the
    answer for a small whole-number scale, else a formula (`first`: the column's first cell)."""
    low, high = fmt(criterion.scale_min), fmt(criterion.scale_max)
    cant = texts.cant_judge
    messages: dict[str, Any] = {
        "allow_blank": True,
        "showErrorMessage": True,
        "errorStyle": "stop",
        "errorTitle": texts.error_title[:32],
        "error": texts.error.format(criterion=criterion.name, low=low, high=high, cant_judge=cant)[
            :255
        ],
        "showInputMessage": True,
        "promptTitle": criterion.name[:32],
        "prompt": texts.prompt.format(
            low=low, high=high, direction=_direction(criterion), cant_judge=cant
        )[:255],
    }
    steps = whole_steps(criterion)
    if steps is not None:
        return DataValidation(type="list", formula1=lists.source([*steps, cant]), **messages)
    answers = "".join(f",TRIM({first})={_quoted(t)}" for t in dict.fromkeys((cant, CANT_JUDGE)))
    in_scale = f"AND(ISNUMBER({first}),{first}>={low},{first}<={high})"
    return DataValidation(type="custom", formula1=f"OR({in_scale}{answers})", **messages)


def _answer_formats(ws: Worksheet, area: str, texts: BallotTexts) -> None:
    """Shade the grid's cells by their answer: "can't judge" grey italic, empty "to do"."""
    first = area.split(":")[0]
    answers = ",".join(
        f"TRIM({first})={_quoted(t)}" for t in dict.fromkeys((texts.cant_judge, CANT_JUDGE))
    )
    ws.conditional_formatting.add(
        area,
        FormulaRule(
            formula=[f"OR({answers})"], font=CANT_JUDGE_FONT, fill=CANT_JUDGE_FILL, stopIfTrue=True
        ),
    )
    ws.conditional_formatting.add(
        area, FormulaRule(formula=[f"LEN(TRIM({first}))=0"], fill=TO_DO_FILL, stopIfTrue=True)
    )


class _Lists:
    """The dropdown lists of one ballot: inline where Excel takes them, else on a hidden sheet
    (longer than LIST_LIMIT, or an item holding a comma or a quote)."""

    def __init__(self) -> None:
        self._columns: dict[tuple[int | str, ...], int] = {}

    def source(self, values: Sequence[int | str]) -> str:
        inline = '"' + ",".join(str(v) for v in values) + '"'
        plain = not any("," in str(v) or '"' in str(v) for v in values)
        if len(inline) <= LIST_LIMIT and plain:
            return inline
        key = tuple(values)
        column = self._columns.setdefault(key, len(self._columns) + 1)
        letter = get_column_letter(column)
        return f"'{LISTS}'!${letter}$1:${letter}${len(values)}"

    def write(self, book: Workbook) -> None:
        if not self._columns:
            return
        ws = book.create_sheet(LISTS)
        for values, column in self._columns.items():
            for row, value in enumerate(values, start=1):
                cell = ws.cell(row=row, column=column)
                if isinstance(value, int):
                    cell.value = value  # a number, so a typed number matches it
                else:
                    put_text(cell, value)
        ws.sheet_state = "hidden"
        _protect(ws)


def _protect(ws: Worksheet) -> None:
    """Protect the sheet (no password): only unlocked cells take input; columns can widen."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _put_row(ws: Worksheet, row: int, values: Sequence[Any]) -> None:
    for column, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=column)
        if isinstance(value, int | float) and not isinstance(value, bool):
            cell.value = value
        else:
            put_text(cell, value)
        cell.alignment = WRAP_TOP


def _proposals_sheet(ws: Worksheet, proposals: Sequence[m.Proposal]) -> None:
    for row, p in enumerate(proposals, start=2):
        _put_row(ws, row, [p.title, p.sponsor, p.description, p.cost, p.benefit, p.duration_months])
    heads = ["Proposal", "Sponsor", "Description", "Estimated cost", "Expected benefit"]
    header(ws, 1, [*heads, "Duration (months)"], [34, 22, 70, 15, 15, 12])
    landscape(ws)
    _protect(ws)


def _criteria_sheet(ws: Worksheet, criteria: Sequence[m.Criterion]) -> None:
    for row, c in enumerate(criteria, start=2):
        scale = f"{fmt(c.scale_min)}–{fmt(c.scale_max)}"
        _put_row(ws, row, [c.name, c.weight, _direction(c), scale, c.description])
    header(ws, 1, ["Criterion", "Weight", "Direction", "Scale", "Description"], [28, 9, 17, 10, 70])
    landscape(ws)
    _protect(ws)


def asks_pairs(source: BallotSource) -> bool:
    """Whether the ballots of this workshop carry the pairwise sheet."""
    return bool(source.workshop.pairwise_weights) and len(source.criteria) >= 2


def _pairs_sheet(ws: Worksheet, source: BallotSource, lists: _Lists, ids: Worksheet) -> None:
    """One row per pair of criteria with a dropdown of the 17 answers (optional); the ids
    sheet lists which pair each row is and what each answer means."""
    texts = source.texts
    put_text(ws.cell(row=1, column=1), texts.pairs_sheet).font = TITLE_FONT
    note = put_text(ws.cell(row=2, column=1), texts.pairs_intro)
    note.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=3)
    ws.row_dimensions[2].height = 45
    header(ws, PAIRS_HEADER_ROW, list(texts.pairs_headers), [30, 30, 46])
    names = {c.id: c.name for c in source.criteria}
    pairs = ahp.pairs([c.id for c in source.criteria])
    first = PAIRS_HEADER_ROW + 1
    for row, (a, b) in enumerate(pairs, start=first):
        put_text(ws.cell(row=row, column=1), names[a]).alignment = WRAP_TOP
        put_text(ws.cell(row=row, column=2), names[b]).alignment = WRAP_TOP
        cell = ws.cell(row=row, column=3)
        cell.border, cell.protection, cell.fill = GRID, Protection(locked=False), TO_DO_FILL
        ids.cell(row=LIST_ROW + row - first, column=PAIR_COLUMNS[0], value=row)
        ids.cell(row=LIST_ROW + row - first, column=PAIR_COLUMNS[1], value=a)
        ids.cell(row=LIST_ROW + row - first, column=PAIR_COLUMNS[2], value=b)
    check = DataValidation(
        type="list",
        formula1=lists.source(list(texts.choices)),
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
    )
    check.add(f"C{first}:C{first + len(pairs) - 1}")
    ws.add_data_validation(check)
    ws.freeze_panes = f"A{first}"
    put_text(ids.cell(*PAIRS_AT), "pairwise sheet")
    put_text(ids.cell(PAIRS_AT[0], PAIRS_AT[1] + 1), ws.title)
    for offset, (label, value) in enumerate(zip(texts.choices, ahp.SCALE, strict=True)):
        put_text(ids.cell(row=LIST_ROW + offset, column=CHOICE_COLUMNS[0]), label)
        ids.cell(row=LIST_ROW + offset, column=CHOICE_COLUMNS[1], value=value)
    landscape(ws)
    _protect(ws)


def _ids_sheet(ws: Worksheet, source: BallotSource, participant: m.Participant) -> None:
    values: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "workspace": source.workspace,
        "workshop id": source.workshop.id,
        "workshop title": source.workshop.title,
        "participant id": participant.id,
        "participant name": participant.name,
        "sheet": BALLOT,
        "header row": HEADER_ROW,
    }
    for key, row in KEYS.items():
        _put_row(ws, row, [key, values[key]])
    row, column = CANT_JUDGE_AT
    put_text(ws.cell(row=row, column=column), CANT_JUDGE)
    put_text(ws.cell(row=row, column=column + 1), source.texts.cant_judge)
    _put_row(ws, LIST_ROW - 1, ["ballot row", "proposal id", "", "ballot column", "criterion id"])
    for offset, proposal in enumerate(source.proposals):
        ws.cell(row=LIST_ROW + offset, column=1, value=HEADER_ROW + 1 + offset)
        ws.cell(row=LIST_ROW + offset, column=2, value=proposal.id)
    for offset, criterion in enumerate(source.criteria):
        ws.cell(row=LIST_ROW + offset, column=4, value=2 + offset)
        ws.cell(row=LIST_ROW + offset, column=5, value=criterion.id)
    ws.sheet_state = "veryHidden"
    _protect(ws)
