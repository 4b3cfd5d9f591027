"""The results workbook's funding sheets: Portfolio (each proposal's rules, the funded set with
its totals, the joint, PMO and TMO sets side by side, the conflicting rules when they cannot
all hold), Frontier (the best total score at each budget beside funding in rank order, with a
chart of both) and Sensitivity (how far each criterion's weight may move; how often each
proposal is funded as the weights wobble).

Pure: the decision as domain records and already-worded conflicts in, cells out. Every user
string goes through `put_text`, so none becomes a formula; an office's figure withheld for
privacy reads "—" with a note.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pmo_tmo_desktop.domain.portfolio import Selection
from pmo_tmo_desktop.domain.portfolio_frontier import FrontierPoint
from pmo_tmo_desktop.domain.portfolio_problem import Problem
from pmo_tmo_desktop.domain.portfolio_sensitivity import Bounds
from pmo_tmo_desktop.exchange.workshop_xlsx import (
    BOLD,
    GRID,
    HEADER_ALIGNMENT,
    HEADER_FILL,
    NOTE_FONT,
    header,
    landscape,
)
from pmo_tmo_desktop.exchange.xlsx_safe import put_text

SCORE_FORMAT = "0.0"
MONEY_FORMAT = "#,##0"
WEIGHT_FORMAT = "0.00"
SHARE_FORMAT = "0%"
WRAP_TOP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True, slots=True)
class OfficeFunding:
    """What one office's scores alone would fund (None: its figures are withheld)."""

    office: str
    selection: Selection | None
    withheld: tuple[int, ...] = ()
    """Proposals whose figure of this office is withheld (counted as not rated by it)."""


@dataclass(frozen=True)
class PortfolioContent:
    """The funding decision of the round the workbook shows (services.funding decided it)."""

    problem: Problem
    selection: Selection
    offices: tuple[OfficeFunding, ...]
    only_pmo: tuple[int, ...]
    only_tmo: tuple[int, ...]
    ranked: tuple[int, ...]
    """Proposal ids in rank order (as the Results sheet lists them)."""
    ranks: Mapping[int, int | None]
    scores: Mapping[int, float | None]
    conflicts: tuple[str, ...]
    """The rules that cannot hold together, in words (empty when feasible)."""
    frontier: tuple[FrontierPoint, ...]
    ranking: tuple[FrontierPoint, ...]
    sensitivity: tuple[Bounds, ...]
    criteria: Mapping[int, str]
    probability: Mapping[int, float]
    draws: int
    requires: Mapping[int, tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class PortfolioTexts:
    """Every word of the funding sheets; English unless a caller translates."""

    portfolio_sheet: str = "Portfolio"
    frontier_sheet: str = "Frontier"
    sensitivity_sheet: str = "Sensitivity"
    rank: str = "Rank"
    proposal: str = "Proposal"
    score: str = "Score"
    cost: str = "Cost"
    resource_use: str = "Resource use"
    resource_used: str = "{resource} used"
    """The resource column's heading when the workshop names its second resource."""
    resource_limit: str = "Limit on {resource}"
    second_resource: str = "the second resource"
    funding: str = "Funding"
    reason: str = "Reason"
    requires: str = "Requires"
    group: str = "Group"
    joint: str = "Joint"
    pmo: str = "PMO"
    tmo: str = "TMO"
    one_office: str = "One office alone"
    only_pmo: str = "only PMO"
    only_tmo: str = "only TMO"
    funded_mark: str = "funded"
    withheld: str = "—"
    funding_words: Mapping[str, str] = field(default_factory=dict)
    """A funding rule's value ("auto", "must", "must_not") → its words."""
    set_: str = "Set"
    funded_count: str = "Proposals funded"
    total_score: str = "Total score"
    total_cost: str = "Total cost"
    total_resource: str = "Total resource use"
    budget: str = "Budget"
    no_budget: str = "none"
    left: str = "Left of the budget"
    infeasible: str = "The funding rules cannot all hold, so nothing is funded. These conflict:"
    unpriced: str = "Funded as a must without a cost (counted as 0 in the total): {titles}"
    withheld_note: str = (
        "— withheld: fewer than two participants of an office rated it; such a figure counts "
        "as not rated in that office's set, and an office with no figure shown has no set"
    )
    best_score: str = "Best total score"
    funded_set: str = "Proposals funded"
    change: str = "Change"
    rank_budget: str = "Budget (rank order)"
    rank_score: str = "Total score (rank order)"
    added: str = "Proposal added"
    frontier_chart: str = "Best total score at each budget"
    frontier_series: str = "Best set"
    rank_series: str = "In rank order"
    frontier_note: str = (
        "Each row: from this budget on, up to the next row's, the best set under the funding "
        "rules. Beside it: funding strictly in rank order, skipping nothing, without the rules."
    )
    no_frontier: str = "The funding rules cannot hold at any budget."
    criterion: str = "Criterion"
    weight: str = "Weight"
    top_lo: str = "Top-ranked stays from"
    top_hi: str = "Top-ranked stays up to"
    funded_lo: str = "Funded set stays from"
    funded_hi: str = "Funded set stays up to"
    no_limit: str = "no limit"
    sensitivity_note: str = (
        "The weights within which each criterion leaves the decision as it is, the other "
        "weights unchanged; 0: it holds down to a weight of 0; no limit: for any higher "
        "weight; —: no funded set, the rules cannot hold."
    )
    funded_now: str = "Funded now"
    probability: str = "Probability funded"
    probability_note: str = (
        "How often each proposal is funded in {n} random draws of the weights around the "
        "agreed ones (the same draws every time)."
    )


def write_portfolio(
    sheets: Sequence[Worksheet], content: PortfolioContent, texts: PortfolioTexts
) -> None:
    """Fill the Portfolio, Frontier and Sensitivity sheets."""
    portfolio, frontier, sensitivity = sheets
    _portfolio_sheet(portfolio, content, texts)
    _frontier_sheet(frontier, content, texts)
    _sensitivity_sheet(sensitivity, content, texts)


# -- cells -------------------------------------------------------------------------------------


def _put(
    ws: Worksheet, row: int, column: int, value: Any, number_format: str | None = None
) -> None:
    """A number as it is (with its format), anything else as safe text; None: no cell."""
    if value is None:
        return
    if isinstance(value, int | float) and not isinstance(value, bool):
        cell = ws.cell(row=row, column=column, value=value)
        if number_format:
            cell.number_format = number_format
    else:
        cell = put_text(ws.cell(row=row, column=column), str(value))
    cell.alignment = WRAP_TOP


def _heads(ws: Worksheet, row: int, column: int, texts: Sequence[str]) -> None:
    """A header row for a second table on the sheet (widths are the first table's)."""
    for offset, text in enumerate(texts):
        cell = put_text(ws.cell(row=row, column=column + offset), text)
        cell.font, cell.fill, cell.alignment, cell.border = (
            BOLD,
            HEADER_FILL,
            HEADER_ALIGNMENT,
            GRID,
        )


def _note(ws: Worksheet, row: int, text: str) -> None:
    _put(ws, row, 1, text)
    ws.cell(row=row, column=1).font = NOTE_FONT
    ws.cell(row=row, column=1).alignment = Alignment(vertical="top")


def _rows(
    ws: Worksheet,
    first: int,
    column: int,
    rows: Sequence[Sequence[Any]],
    formats: Sequence[str | None],
) -> int:
    """The rows from `first` on at `column`; the last row written (first - 1 when none)."""
    last = first - 1
    for last, values in enumerate(rows, start=first):
        for offset, (value, number_format) in enumerate(zip(values, formats, strict=True)):
            _put(ws, last, column + offset, value, number_format)
    return last


# -- Portfolio ---------------------------------------------------------------------------------


def _portfolio_sheet(ws: Worksheet, c: PortfolioContent, t: PortfolioTexts) -> None:
    problem = c.problem
    candidates = {x.id: x for x in problem.candidates}
    title = {x.id: x.title for x in problem.candidates}
    sets = [c.selection, *(o.selection for o in c.offices)]
    hidden = [frozenset[int](), *(frozenset(o.withheld) for o in c.offices)]
    alone = {**{i: t.only_pmo for i in c.only_pmo}, **{i: t.only_tmo for i in c.only_tmo}}
    resource = (
        t.resource_used.format(resource=problem.resource_name)
        if problem.resource_name
        else t.resource_use
    )

    def mark(selection: Selection | None, withheld: frozenset[int], pid: int) -> str:
        if selection is None:
            return t.withheld
        if pid in selection.funded:
            return t.funded_mark
        return t.withheld if pid in withheld else ""

    ids = [*c.ranked, *(x.id for x in problem.candidates if x.id not in set(c.ranked))]
    rows = []
    for pid in ids:
        x = candidates.get(pid)
        if x is None:
            continue
        rows.append(
            (
                c.ranks.get(pid),
                x.title,
                c.scores.get(pid),
                x.cost,
                x.resource,
                t.funding_words.get(str(x.rule), str(x.rule)),
                x.reason or None,
                "; ".join(title.get(r, str(r)) for r in x.requires) or None,
                x.group,
                *(mark(s, h, pid) or None for s, h in zip(sets, hidden, strict=True)),
                alone.get(pid),
            )
        )
    headers = [
        t.rank,
        t.proposal,
        t.score,
        t.cost,
        resource,
        t.funding,
        t.reason,
        t.requires,
        t.group,
        t.joint,
        *(o.office.upper() for o in c.offices),
        t.one_office,
    ]
    widths = [7, 38, 9, 13, 12, 14, 30, 30, 16, 10, *(10 for _ in c.offices), 14]
    formats = ["0", None, SCORE_FORMAT, MONEY_FORMAT, "General", None, None, None, None, None,
               *(None for _ in c.offices), None]  # fmt: skip
    header(ws, 1, headers, widths)
    last = _rows(ws, 2, 1, rows, formats)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(last, 1)}"
    row = last + 2
    _heads(ws, row, 1, [t.set_, t.funded_count, t.total_score, t.total_cost, t.total_resource])
    names = [t.joint, *(o.office.upper() for o in c.offices)]
    for name, selection in zip(names, sets, strict=True):
        row += 1
        _put(ws, row, 1, name)
        ws.cell(row=row, column=1).font = BOLD
        if selection is None:
            for column in range(2, 6):
                _put(ws, row, column, t.withheld)
            continue
        _put(ws, row, 2, len(selection.funded), "0")
        _put(ws, row, 3, selection.total_score, SCORE_FORMAT)
        _put(ws, row, 4, selection.total_cost, MONEY_FORMAT)
        _put(ws, row, 5, selection.total_resource, "General")
    row += 2
    _put(ws, row, 1, t.budget)
    ws.cell(row=row, column=1).font = BOLD
    _put(ws, row, 2, problem.budget if problem.budget is not None else t.no_budget, MONEY_FORMAT)
    if problem.budget is not None and c.selection.feasible:
        row += 1
        _put(ws, row, 1, t.left)
        ws.cell(row=row, column=1).font = BOLD
        _put(ws, row, 2, problem.budget - c.selection.total_cost, MONEY_FORMAT)
    if problem.resource_limit is not None:
        row += 1
        name = problem.resource_name or t.second_resource
        _put(ws, row, 1, t.resource_limit.format(resource=name))
        ws.cell(row=row, column=1).font = BOLD
        _put(ws, row, 2, problem.resource_limit, "General")
    if not c.selection.feasible:
        row += 2
        _note(ws, row, t.infeasible)
        for text in c.conflicts:
            row += 1
            _put(ws, row, 1, f"– {text}")
    if c.selection.unpriced:
        row += 2
        _note(ws, row, t.unpriced.format(titles=", ".join(title[i] for i in c.selection.unpriced)))
    if any(o.selection is None or o.withheld for o in c.offices):
        row += 2
        _note(ws, row, t.withheld_note)
    landscape(ws)


# -- Frontier ----------------------------------------------------------------------------------


def _frontier_sheet(ws: Worksheet, c: PortfolioContent, t: PortfolioTexts) -> None:
    title = {x.id: x.title for x in c.problem.candidates}
    header(ws, 1, [t.budget, t.best_score, t.funded_set, t.change], [14, 12, 50, 40])
    before: tuple[int, ...] = ()
    rows = []
    for p in c.frontier:
        added = [f"+ {title.get(i, i)}" for i in p.funded if i not in before]
        dropped = [f"− {title.get(i, i)}" for i in before if i not in p.funded]
        rows.append(
            (p.budget, p.total_score, "; ".join(title.get(i, str(i)) for i in p.funded) or None,
             "; ".join(added + dropped) or None)
        )  # fmt: skip
        before = p.funded
    last = _rows(ws, 2, 1, rows, [MONEY_FORMAT, SCORE_FORMAT, None, None])
    ranking = []
    before = ()
    for p in c.ranking:
        new = [i for i in p.funded if i not in before]
        ranking.append((p.budget, p.total_score, title.get(new[0]) if new else None))
        before = p.funded
    _heads(ws, 1, 6, [t.rank_budget, t.rank_score, t.added])
    for column, width in zip("EFGH", (3, 14, 12, 38), strict=True):
        ws.column_dimensions[column].width = width
    last_rank = _rows(ws, 2, 6, ranking, [MONEY_FORMAT, SCORE_FORMAT, None])
    end = max(last, last_rank)
    ws.auto_filter.ref = f"A1:H{max(end, 1)}"  # both tables share the header row
    _note(ws, end + 2, t.frontier_note if c.frontier else t.no_frontier)
    if c.frontier or c.ranking:
        ws.add_chart(_chart(ws, t, last, last_rank), "J2")
    landscape(ws)


def _chart(ws: Worksheet, t: PortfolioTexts, last: int, last_rank: int) -> ScatterChart:
    """Both curves over the budget: the frontier's steps and funding in rank order."""
    chart = ScatterChart()
    chart.title = t.frontier_chart
    chart.style = 13
    chart.height, chart.width = 10, 18
    chart.x_axis.title = t.budget
    chart.y_axis.title = t.total_score
    chart.x_axis.number_format = MONEY_FORMAT
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    for x_col, y_col, end, name in (
        (1, 2, last, t.frontier_series),
        (6, 7, last_rank, t.rank_series),
    ):
        if end < 2:
            continue
        xs = Reference(ws, min_col=x_col, min_row=2, max_row=end)
        ys = Reference(ws, min_col=y_col, min_row=2, max_row=end)
        series = Series(ys, xs, title=name)
        series.marker.symbol = "circle"
        series.marker.size = 5
        chart.series.append(series)
    return chart


# -- Sensitivity -------------------------------------------------------------------------------


def _sensitivity_sheet(ws: Worksheet, c: PortfolioContent, t: PortfolioTexts) -> None:
    def lo(value: float | None) -> float:
        return 0.0 if value is None else value

    def hi(value: float | None) -> float | str:
        return t.no_limit if value is None else value

    rows = []
    for b in c.sensitivity:
        stays: tuple[Any, Any] = (
            (t.withheld, t.withheld) if b.funded is None else (lo(b.funded[0]), hi(b.funded[1]))
        )
        rows.append(
            (c.criteria.get(b.criterion_id, str(b.criterion_id)), b.weight, lo(b.top[0]),
             hi(b.top[1]), *stays)
        )  # fmt: skip
    header(ws, 1, [t.criterion, t.weight, t.top_lo, t.top_hi, t.funded_lo, t.funded_hi],
           [28, 9, 13, 13, 13, 13])  # fmt: skip
    last = _rows(ws, 2, 1, rows, [None, *([WEIGHT_FORMAT] * 5)])
    title = {x.id: x.title for x in c.problem.candidates}
    funded = set(c.selection.funded)
    shares = [
        (title.get(pid, str(pid)), t.funded_mark if pid in funded else None, c.probability[pid])
        for pid in c.ranked
        if pid in c.probability
    ]
    last_share = 1
    if c.draws and shares:
        _heads(ws, 1, 8, [t.proposal, t.funded_now, t.probability])
        for column, width in zip("GHIJ", (3, 38, 11, 12), strict=True):
            ws.column_dimensions[column].width = width
        last_share = _rows(ws, 2, 8, shares, [None, None, SHARE_FORMAT])
    end = max(last, last_share)
    ws.auto_filter.ref = f"A1:{'J' if last_share > 1 else 'F'}{max(end, 1)}"
    row = end + 2
    _note(ws, row, t.sensitivity_note)
    if c.draws and shares:
        _note(ws, row + 1, t.probability_note.format(n=c.draws))
    landscape(ws)
