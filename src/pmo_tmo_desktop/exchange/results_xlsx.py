"""The results workbook of a workshop: scores, criteria, ratings, gaps, decisions, actions and
the scoring method in words, so that a reader can recompute every score from the workbook alone.

Sheets: Results (rank order), Criteria, Ratings (of every closed round and of the round that
counts), Gaps (every proposal: overall, then each criterion), Decisions, Actions and Method.

In an anonymous workshop the Ratings sheet names no one: each participant is a code ("P07")
dealt in a random order (not the order of the participant list, which the room knows), rows
are sorted by code, and the time of entry is given to the day only (the minute would tell the
hot-seat order). Every user string goes through `put_text`, so none becomes a formula. Pure:
domain records and scoring results in, an atomically saved file out.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.exchange.workshop_xlsx import header, landscape
from pmo_tmo_desktop.exchange.xlsx_safe import atomic_save, put_text

SCORE_FORMAT = "0.0"
DISSENT_FORMAT = "0.00"
MONEY_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "yyyy-mm-dd hh:mm"
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
LEFT_WRAP = Alignment(horizontal="left", wrap_text=True, vertical="top")
BOLD = Font(bold=True)


@dataclass(frozen=True)
class ResultsTexts:
    """Every user-visible string the workbook carries; English unless a caller translates."""

    results_sheet: str = "Results"
    criteria_sheet: str = "Criteria"
    ratings_sheet: str = "Ratings"
    gaps_sheet: str = "Gaps"
    decisions_sheet: str = "Decisions"
    actions_sheet: str = "Actions"
    method_sheet: str = "Method"
    rank: str = "Rank"
    proposal: str = "Proposal"
    score: str = "Score"
    pmo_score: str = "PMO score"
    tmo_score: str = "TMO score"
    gap: str = "Gap (PMO − TMO)"
    dissent: str = "Dissent"
    dissent_flag: str = "Dissent flag"
    median: str = "Median"
    minimum: str = "Min"
    maximum: str = "Max"
    raters: str = "Raters"
    cost: str = "Cost"
    benefit: str = "Benefit"
    name: str = "Criterion"
    weight: str = "Weight"
    direction: str = "Direction"
    scale_min: str = "Scale min"
    scale_max: str = "Scale max"
    description: str = "Description"
    round: str = "Round"
    participant: str = "Participant"
    office: str = "Office"
    criterion: str = "Criterion"
    value: str = "Value"
    entered_by: str = "Entered by"
    entered_at: str = "Entered at"
    criterion_or_overall: str = "Criterion"
    overall: str = "overall"
    pmo: str = "PMO"
    tmo: str = "TMO"
    decision: str = "Decision"
    rationale: str = "Rationale"
    conditions: str = "Conditions"
    decided_at: str = "Decided at"
    action: str = "Action"
    owner: str = "Owner"
    due: str = "Due"
    status: str = "Status"
    agenda_item: str = "Agenda item"
    flagged: str = "yes"
    item: str = "Item"
    text: str = "Text"
    workshop: str = "Workshop"
    date: str = "Date"
    round_counted: str = "Round counted"
    no_round: str = "none (no ratings yet)"
    rated: str = "Participants who rated"
    threshold: str = "Dissent flag at"
    anonymity: str = "Anonymity"
    anonymous_note: str = (
        "Anonymous workshop: participants appear as codes dealt in a random order, and the "
        "time of entry is given to the day only."
    )
    step: str = "Step {n}"
    method: tuple[str, ...] = (
        "A rating r on a criterion with scale [lo, hi] normalises to n = (r − lo) / (hi − lo); "
        "for a criterion where lower is better, n = 1 − n.",
        "A participant's score for a proposal is Σ w·n / Σ w over the criteria that participant "
        "rated (w: the criterion's weight; a missing rating is left out, never counted as zero).",
        "A proposal's score is 100 × the mean of its participants' scores. The PMO score and "
        "the TMO score are the same mean over the participants of that office; gap = PMO − TMO.",
        "Per criterion (sheet Gaps): 100 × the mean of n over the participants who rated it, "
        "for PMO and for TMO, and the gap between them.",
        "Dissent is the population standard deviation of the participant scores (0–100) "
        "divided by 50: 0 is full agreement, 1 a maximal split. Median, min and max are of the "
        "same participant scores.",
        "Rank: by score, highest first; equal scores share a rank (1, 2, 2, 4).",
        "Only the round counted is scored (by default the latest round that holds ratings); "
        "the Ratings sheet lists it in the column Round beside the earlier rounds.",
    )


@dataclass(frozen=True)
class ResultsContent:
    """What the workbook shows: a workshop's records and its scored results."""

    workshop: m.Workshop
    participants: Sequence[m.Participant]
    offices: Mapping[int, str]
    """Office id → office name."""
    criteria: Sequence[m.Criterion]
    proposals: Sequence[m.Proposal]
    rounds: Sequence[m.Round]
    ratings: Sequence[m.Rating]
    decisions: Sequence[m.Decision]
    actions: Sequence[m.ActionItem]
    agenda: Sequence[m.AgendaItem]
    results: scoring.Results
    dissent_threshold: float = scoring.DISSENT_THRESHOLD
    codes: Mapping[int, str] | None = field(default=None)
    """Participant id → anonymous code; None: dealt at random (anonymous workshops only)."""


def anonymous_codes(participant_ids: Sequence[int], rng: random.Random) -> dict[int, str]:
    """Codes P01, P02... (wider past 99) dealt to the participants in a random order."""
    dealt = list(participant_ids)
    rng.shuffle(dealt)
    width = max(2, len(str(len(dealt))))
    return {pid: f"P{index:0{width}d}" for index, pid in enumerate(dealt, start=1)}


def write_results(path: Path, content: ResultsContent, texts: ResultsTexts | None = None) -> None:
    """Write the results workbook to `path` atomically (a failure leaves no file behind)."""
    texts = texts or ResultsTexts()
    book = Workbook()
    titles = _titles(texts)
    first = book.active
    assert first is not None
    first.title = titles[0]
    sheets = [first, *(book.create_sheet(t) for t in titles[1:])]
    results, criteria, ratings, gaps, decisions, actions, method = sheets
    _results_sheet(results, content, texts)
    _criteria_sheet(criteria, content, texts)
    _ratings_sheet(ratings, content, texts)
    _gaps_sheet(gaps, content, texts)
    _decisions_sheet(decisions, content, texts)
    _actions_sheet(actions, content, texts)
    _method_sheet(method, content, texts)
    book.active = 0
    book.properties.creator = "PMO–TMO Desktop"
    book.properties.title = "".join(ch for ch in content.workshop.title if ch.isprintable())[:255]
    atomic_save(book, Path(path))


def _titles(texts: ResultsTexts) -> list[str]:
    """Valid, distinct sheet titles (Excel: at most 31 characters, none of []:*?/\\)."""
    wanted = (
        (texts.results_sheet, "Results"),
        (texts.criteria_sheet, "Criteria"),
        (texts.ratings_sheet, "Ratings"),
        (texts.gaps_sheet, "Gaps"),
        (texts.decisions_sheet, "Decisions"),
        (texts.actions_sheet, "Actions"),
        (texts.method_sheet, "Method"),
    )
    titles: list[str] = []
    for text, default in wanted:
        title = "".join(ch for ch in text if ch not in "[]:*?/\\" and ch.isprintable())
        title = title.strip().strip("'")[:31] or default
        while title.casefold() in {t.casefold() for t in titles}:
            title = f"{title[:28]} {len(titles) + 1}"
        titles.append(title)
    return titles


# -- cells -------------------------------------------------------------------------------------


def _put(ws: Worksheet, row: int, column: int, value: Any, number_format: str | None) -> None:
    """A number or date as it is (with its format), anything else as safe text; None: no cell."""
    if value is None:
        return
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, int | float | date | datetime):
        cell = ws.cell(row=row, column=column, value=value)
        if number_format:
            cell.number_format = number_format
    else:
        cell = put_text(ws.cell(row=row, column=column), value)
        if cell.value is None:
            return
    cell.alignment = WRAP_TOP


def _table(
    ws: Worksheet,
    headers: Sequence[str],
    widths: Sequence[float],
    formats: Sequence[str | None],
    rows: Iterable[Sequence[Any]],
) -> None:
    """Bold frozen header, one row per item, autofilter over all of it, landscape."""
    header(ws, 1, headers, widths)
    last = 1
    for last, values in enumerate(rows, start=2):
        for column, (value, number_format) in enumerate(zip(values, formats, strict=True), 1):
            _put(ws, last, column, value, number_format)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last}"
    landscape(ws)


# -- sheets ------------------------------------------------------------------------------------


def _results_sheet(ws: Worksheet, content: ResultsContent, texts: ResultsTexts) -> None:
    t, score, money = texts, SCORE_FORMAT, MONEY_FORMAT
    rows = [
        (
            p.rank,
            p.title,
            p.score,
            p.pmo_score,
            p.tmo_score,
            p.gap,
            p.dissent,
            t.flagged if p.dissent_flag else None,
            p.median,
            p.minimum,
            p.maximum,
            p.participants,
            p.cost,
            p.benefit,
        )
        for p in content.results.proposals
    ]
    _table(
        ws,
        [t.rank, t.proposal, t.score, t.pmo_score, t.tmo_score, t.gap, t.dissent,
         t.dissent_flag, t.median, t.minimum, t.maximum, t.raters, t.cost, t.benefit],
        [7, 40, 9, 10, 10, 11, 9, 9, 9, 8, 8, 8, 13, 13],
        ["0", None, score, score, score, score, DISSENT_FORMAT, None, score, score, score,
         "0", money, money],
        rows,
    )  # fmt: skip


def _criteria_sheet(ws: Worksheet, content: ResultsContent, texts: ResultsTexts) -> None:
    t = texts
    rows = [
        (c.name, c.weight, str(c.direction), c.scale_min, c.scale_max, c.description)
        for c in sorted(content.criteria, key=lambda c: (c.position, c.id))
    ]
    _table(
        ws,
        [t.name, t.weight, t.direction, t.scale_min, t.scale_max, t.description],
        [30, 9, 11, 10, 10, 70],
        [None, None, None, None, None, None],
        rows,
    )


def _anonymous(content: ResultsContent) -> bool:
    return content.workshop.anonymity == m.Anonymity.ANONYMOUS


def _ratings_sheet(ws: Worksheet, content: ResultsContent, texts: ResultsTexts) -> None:
    t = texts
    anonymous = _anonymous(content)
    people = {p.id: p for p in content.participants}
    order = {p.id: (p.position, p.id) for p in content.participants}
    if anonymous:
        codes = content.codes
        if codes is None:
            codes = anonymous_codes([p.id for p in content.participants], random.SystemRandom())
        shown = {pid: codes.get(pid, "") for pid in people}
    else:
        shown = {pid: p.name for pid, p in people.items()}
    proposals = {p.id: p for p in content.proposals}
    criteria = {c.id: c for c in content.criteria}
    counted = content.results.round_number
    rounds = {
        r.id: r for r in content.rounds if r.status == m.RoundStatus.CLOSED or r.number == counted
    }
    kept = [
        r
        for r in content.ratings
        if r.round_id in rounds
        and r.participant_id in people
        and r.proposal_id in proposals
        and r.criterion_id in criteria
    ]

    def who(r: m.Rating) -> tuple[Any, ...]:
        return (shown[r.participant_id],) if anonymous else order[r.participant_id]

    kept.sort(
        key=lambda r: (
            rounds[r.round_id].number,
            proposals[r.proposal_id].position,
            r.proposal_id,
            criteria[r.criterion_id].position,
            r.criterion_id,
            *who(r),
        )
    )
    rows = []
    for r in kept:
        office_id = people[r.participant_id].office_id
        at: date | datetime = r.entered_at.date() if anonymous else r.entered_at
        rows.append(
            (
                rounds[r.round_id].number,
                shown[r.participant_id],
                content.offices.get(office_id) if office_id is not None else None,
                proposals[r.proposal_id].title,
                criteria[r.criterion_id].name,
                r.value,
                str(r.entered_by),
                at,
            )
        )
    _table(
        ws,
        [t.round, t.participant, t.office, t.proposal, t.criterion, t.value, t.entered_by,
         t.entered_at],
        [8, 26, 12, 40, 28, 8, 12, 17],
        ["0", None, None, None, None, None, None, DATE_FORMAT if anonymous else TIME_FORMAT],
        rows,
    )  # fmt: skip


def _gaps_sheet(ws: Worksheet, content: ResultsContent, texts: ResultsTexts) -> None:
    t, score = texts, SCORE_FORMAT
    rows: list[tuple[Any, ...]] = []
    for p in content.results.in_proposal_order():
        rows.append((p.title, t.overall, p.pmo_score, p.tmo_score, p.gap))
        rows.extend((p.title, c.name, c.pmo, c.tmo, c.gap) for c in p.criteria)
    _table(
        ws,
        [t.proposal, t.criterion_or_overall, t.pmo, t.tmo, t.gap],
        [40, 28, 10, 10, 11],
        [None, None, score, score, score],
        rows,
    )


def _decisions_sheet(ws: Worksheet, content: ResultsContent, texts: ResultsTexts) -> None:
    t = texts
    by_proposal = {d.proposal_id: d for d in content.decisions}
    rows = [
        (p.title, str(d.kind), d.rationale, d.conditions, d.decided_at)
        for p in sorted(content.proposals, key=lambda p: (p.position, p.id))
        if (d := by_proposal.get(p.id)) is not None
    ]
    _table(
        ws,
        [t.proposal, t.decision, t.rationale, t.conditions, t.decided_at],
        [36, 16, 60, 60, 17],
        [None, None, None, None, TIME_FORMAT],
        rows,
    )


def _actions_sheet(ws: Worksheet, content: ResultsContent, texts: ResultsTexts) -> None:
    t = texts
    proposals = {p.id: p.title for p in content.proposals}
    agenda = {a.id: a.title for a in content.agenda}
    rows = [
        (
            a.text,
            a.owner,
            a.due,
            str(a.status),
            proposals.get(a.proposal_id) if a.proposal_id is not None else None,
            agenda.get(a.agenda_item_id) if a.agenda_item_id is not None else None,
        )
        for a in sorted(content.actions, key=lambda a: (a.position, a.id))
    ]
    _table(
        ws,
        [t.action, t.owner, t.due, t.status, t.proposal, t.agenda_item],
        [60, 22, 12, 12, 36, 30],
        [None, None, DATE_FORMAT, None, None, None],
        rows,
    )


def _method_sheet(ws: Worksheet, content: ResultsContent, texts: ResultsTexts) -> None:
    t, r = texts, content.results
    rows: list[tuple[Any, Any]] = [
        (t.workshop, content.workshop.title),
        (t.date, content.workshop.date),
        (t.round_counted, r.round_number if r.round_number is not None else t.no_round),
        (t.rated, f"{r.rated} / {r.expected}"),
        (t.threshold, content.dissent_threshold),
        (t.anonymity, str(content.workshop.anonymity)),
    ]
    if _anonymous(content):
        rows.append(("", t.anonymous_note))
    rows.extend((t.step.format(n=n), step) for n, step in enumerate(t.method, start=1))
    header(ws, 1, [t.item, t.text], [26, 100])
    for row, (label, value) in enumerate(rows, start=2):
        _put(ws, row, 1, label, None)
        ws.cell(row=row, column=1).font = BOLD
        if isinstance(value, date):
            number_format = DATE_FORMAT
        elif isinstance(value, float):
            number_format = DISSENT_FORMAT
        else:
            number_format = "0"
        _put(ws, row, 2, value, number_format)
        ws.cell(row=row, column=2).alignment = LEFT_WRAP
    ws.auto_filter.ref = f"A1:B{len(rows) + 1}"
    landscape(ws)
