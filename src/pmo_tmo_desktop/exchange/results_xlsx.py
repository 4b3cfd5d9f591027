"""The results workbook of a workshop: scores, criteria, ratings, gaps, decisions, actions and
the scoring method in words, so that a reader can recompute the scores from the workbook alone.

Sheets: Results (rank order), Portfolio, Frontier and Sensitivity (the funding decision, when
a round is shown; see results_xlsx_portfolio), Criteria, Ratings (of every closed round and of
the round that counts), Gaps (every proposal: overall, then each criterion), Decisions,
Actions and Method.
The workbook holds values only, never a formula: what it shows is what was computed.

Office privacy (office-tagged and anonymous workshops) is kept on every sheet:
- the Ratings sheet names no one: raters are keys dealt at random once per workbook (the same
  person, the same key in every round listed) — "PMO 1", "TMO 2" ("Rater 3" without an office)
  when office-tagged, "Rater 1" … and no office column when anonymous; rows sort by key and the
  time of entry is given to the day (list order or the minute of entry would tell who is who);
- an office's figures the results view withheld (fewer than two of its participants rated)
  read "—" with a note, and so do the office-tagged ratings they would be recomputed from.

Every user string goes through `put_text`, so none becomes a formula. Pure: domain records and
scoring results in, an atomically saved file out.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import offices, scoring
from pmo_tmo_desktop.exchange.results_xlsx_data import ResultsContent, ResultsTexts, rater_keys
from pmo_tmo_desktop.exchange.results_xlsx_portfolio import write_portfolio
from pmo_tmo_desktop.exchange.workshop_xlsx import NOTE_FONT, header, landscape
from pmo_tmo_desktop.exchange.xlsx_safe import atomic_save, put_text

SCORE_FORMAT = "0.0"
DISSENT_FORMAT = "0.00"
MONEY_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "yyyy-mm-dd hh:mm"
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
LEFT_WRAP = Alignment(horizontal="left", wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def write_results(path: Path, content: ResultsContent, texts: ResultsTexts | None = None) -> None:
    """Write the results workbook to `path` atomically (a failure leaves no file behind)."""
    texts = texts or ResultsTexts()
    book = Workbook()
    titles = _titles(texts, with_portfolio=content.portfolio is not None)
    first = book.active
    assert first is not None
    first.title = titles[0]
    sheets = [first, *(book.create_sheet(t) for t in titles[1:])]
    if content.portfolio is not None:
        write_portfolio(sheets[1:4], content.portfolio, texts.portfolio)
        del sheets[1:4]
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


def _titles(texts: ResultsTexts, with_portfolio: bool = False) -> list[str]:
    """Valid, distinct sheet titles (Excel: at most 31 characters, none of []:*?/\\)."""
    funding = texts.portfolio
    wanted = (
        (texts.results_sheet, "Results"),
        *(
            (
                (funding.portfolio_sheet, "Portfolio"),
                (funding.frontier_sheet, "Frontier"),
                (funding.sensitivity_sheet, "Sensitivity"),
            )
            if with_portfolio
            else ()
        ),
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
    note: str | None = None,
) -> None:
    """Bold frozen header, one row per item, autofilter over all of it, landscape; a `note`
    goes below the table after an empty row, outside the filter."""
    header(ws, 1, headers, widths)
    last = 1
    for last, values in enumerate(rows, start=2):
        for column, (value, number_format) in enumerate(zip(values, formats, strict=True), 1):
            _put(ws, last, column, value, number_format)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last}"
    if note:
        _put(ws, last + 2, 1, note, None)
        ws.cell(row=last + 2, column=1).font = NOTE_FONT
        ws.cell(row=last + 2, column=1).alignment = Alignment(vertical="top")
    landscape(ws)


def _office_figure(
    value: float | None, office: str, withheld: Sequence[str], texts: ResultsTexts
) -> float | str | None:
    """An office's figure, or the withheld mark where the results view withheld it."""
    return texts.withheld if office in withheld else value


def _gap_figure(value: float | None, withheld: Sequence[str], texts: ResultsTexts) -> Any:
    """A gap, or the withheld mark where either office's figure is withheld."""
    return texts.withheld if withheld else value


# -- sheets ------------------------------------------------------------------------------------


def _results_sheet(ws: Worksheet, content: ResultsContent, texts: ResultsTexts) -> None:
    t, score, money = texts, SCORE_FORMAT, MONEY_FORMAT
    rows = [
        (
            p.rank,
            p.title,
            p.score,
            _office_figure(p.pmo_score, offices.PMO, p.withheld, t),
            _office_figure(p.tmo_score, offices.TMO, p.withheld, t),
            _gap_figure(p.gap, p.withheld, t),
            p.dissent,
            t.flagged if p.dissent_flag else None,
            t.withheld if p.withheld else p.median,
            t.withheld if p.withheld else p.minimum,
            t.withheld if p.withheld else p.maximum,
            p.participants,
            p.cost,
            p.benefit,
        )
        for p in content.results.proposals
    ]
    withheld = any(p.withheld for p in content.results.proposals)
    _table(
        ws,
        [t.rank, t.proposal, t.score, t.pmo_score, t.tmo_score, t.gap, t.dissent,
         t.dissent_flag, t.median, t.minimum, t.maximum, t.raters, t.cost, t.benefit],
        [7, 40, 9, 10, 10, 11, 9, 9, 9, 8, 8, 8, 13, 13],
        ["0", None, score, score, score, score, DISSENT_FORMAT, None, score, score, score,
         "0", money, money],
        rows,
        t.withheld_note if withheld else None,
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


def _natural(key: str) -> tuple[str, int]:
    """Sorts "PMO 10" after "PMO 9"."""
    found = re.fullmatch(r"(.*?)(\d+)", key)
    return (key.casefold(), 0) if found is None else (found[1].casefold(), int(found[2]))


def _shown_raters(content: ResultsContent, texts: ResultsTexts) -> dict[int, str]:
    """Participant id → what the Ratings sheet shows: the name, or a key when private."""
    if not content.private:
        return {p.id: p.name for p in content.participants}
    keys = content.keys
    if keys is None:
        rng = random.SystemRandom()
        keys = rater_keys(content.participants, content.offices, content.names_offices, rng, texts)
    return {p.id: keys.get(p.id, "") for p in content.participants}


def _ratings_sheet(ws: Worksheet, content: ResultsContent, texts: ResultsTexts) -> None:
    t, private = texts, content.private
    with_office = content.names_offices or not private
    people = {p.id: p for p in content.participants}
    office = {
        p.id: content.offices.get(p.office_id) if p.office_id is not None else None
        for p in content.participants
    }
    shown = _shown_raters(content, t)
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
    # Beside an office, a private rater's lone rating is that office's figure: withheld too.
    withheld = _withheld_ratings(kept, office) if private and content.names_offices else set()

    def who(r: m.Rating) -> tuple[Any, ...]:
        p = people[r.participant_id]
        return _natural(shown[p.id]) if private else (p.position, p.id)

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
    rows = [
        (
            rounds[r.round_id].number,
            shown[r.participant_id],
            *((office[r.participant_id],) if with_office else ()),
            proposals[r.proposal_id].title,
            criteria[r.criterion_id].name,
            t.withheld if r.id in withheld else t.cant_judge if r.value is None else r.value,
            str(r.entered_by),
            r.entered_at.date() if private else r.entered_at,
        )
        for r in kept
    ]
    columns = (
        (t.round, 8, "0"),
        (t.rater if private else t.participant, 26, None),
        *(((t.office, 12, None),) if with_office else ()),
        (t.proposal, 40, None),
        (t.criterion, 28, None),
        (t.value, 10, None),
        (t.entered_by, 12, None),
        (t.entered_at, 17, DATE_FORMAT if private else TIME_FORMAT),
    )
    headers, widths, formats = zip(*columns, strict=True)
    _table(ws, headers, widths, formats, rows, t.withheld_note if withheld else None)


def _withheld_ratings(ratings: Sequence[m.Rating], office: Mapping[int, str | None]) -> set[int]:
    """Ids of the ratings an office-tagged sheet must not show: those of an office (or of the
    raters without one) that fewer than two of its participants answered for the proposal in
    that round, or that only one of them scored for the proposal or for the criterion — each
    such rating would give away a figure the results view withholds."""
    answered: dict[tuple[int, int, str | None], set[int]] = defaultdict(set)
    scored: dict[tuple[int, int, str | None], set[int]] = defaultdict(set)
    per_criterion: dict[tuple[int, int, str | None, int], set[int]] = defaultdict(set)
    for r in ratings:
        cell = (r.round_id, r.proposal_id, office[r.participant_id])
        answered[cell].add(r.participant_id)
        if r.value is not None:
            scored[cell].add(r.participant_id)
            per_criterion[(*cell, r.criterion_id)].add(r.participant_id)

    def lone(who: set[int]) -> bool:
        return 0 < len(who) < scoring.PRIVATE_MINIMUM

    lonely: set[tuple[int, int]] = set()  # (round, proposal) with a lone rater's rating
    for r in ratings:
        cell = (r.round_id, r.proposal_id, office[r.participant_id])
        if (
            len(answered[cell]) < scoring.PRIVATE_MINIMUM
            or lone(scored[cell])
            or lone(per_criterion[(*cell, r.criterion_id)])
        ):
            lonely.add((r.round_id, r.proposal_id))
    # Every rating of such a proposal goes, not only the lone rater's: beside the others'
    # ratings and the overall figures, the lone one could be worked out by subtraction.
    return {r.id for r in ratings if (r.round_id, r.proposal_id) in lonely}


def _gaps_sheet(ws: Worksheet, content: ResultsContent, texts: ResultsTexts) -> None:
    t, score = texts, SCORE_FORMAT
    rows: list[tuple[Any, ...]] = []
    for p in content.results.in_proposal_order():
        rows.append(
            (
                p.title,
                t.overall,
                _office_figure(p.pmo_score, offices.PMO, p.withheld, t),
                _office_figure(p.tmo_score, offices.TMO, p.withheld, t),
                _gap_figure(p.gap, p.withheld, t),
            )
        )
        rows.extend(
            (
                p.title,
                c.name,
                _office_figure(c.pmo, offices.PMO, c.withheld, t),
                _office_figure(c.tmo, offices.TMO, c.withheld, t),
                _gap_figure(c.gap, c.withheld, t),
            )
            for c in p.criteria
        )
    withheld = any(p.any_withheld for p in content.results.proposals)
    _table(
        ws,
        [t.proposal, t.criterion_or_overall, t.pmo, t.tmo, t.gap],
        [40, 28, 10, 10, 11],
        [None, None, score, score, score],
        rows,
        t.withheld_note if withheld else None,
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
    anonymity = str(content.workshop.anonymity)
    rows: list[tuple[Any, Any]] = [
        (t.workshop, content.workshop.title),
        (t.date, content.workshop.date),
        (t.round_counted, r.round_number if r.round_number is not None else t.no_round),
        (t.round_chosen, t.chosen_named if content.chosen else t.chosen_default),
        (t.rated, f"{r.rated} / {r.expected}"),
        (t.partial, r.partial),
        (t.threshold, float(content.dissent_threshold)),
        (t.anonymity, t.anonymity_levels.get(anonymity, anonymity)),
    ]
    if content.private:
        rows.append(("", t.office_tagged_note if content.names_offices else t.anonymous_note))
    if any(p.any_withheld for p in r.proposals):
        rows.append(("", t.withheld_note))
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
