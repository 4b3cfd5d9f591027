"""The minutes' portfolio section: the workshop's rules, the funded set (or the rules that
cannot hold together), the efficient frontier, what each office alone would fund, and how far
the weights may move before the decision changes. Laid out from `MinutesContent.portfolio`
(services.reports_portfolio), in the words of `MinutesTexts.portfolio`.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from pmo_tmo_desktop.domain.figures import shown
from pmo_tmo_desktop.exchange.pdf_base import FONT_BOLD, INK, Markup, esc, para, tag
from pmo_tmo_desktop.exchange.pdf_chart_frontier import frontier_chart
from pmo_tmo_desktop.exchange.pdf_minutes_layout import KIND_COLOURS, Layout
from pmo_tmo_desktop.exchange.pdf_portfolio_data import PortfolioContent, PortfolioTexts
from pmo_tmo_desktop.exchange.pdf_tables import data_table, facts_table

MUST_COLOUR = "#1565C0"
ONLY_COLOUR = "#B26A00"


def portfolio(lay: Layout) -> list[Any]:
    """The whole section; nothing when the minutes have none (services.reports_portfolio)."""
    p = lay.c.portfolio
    if p is None or lay.results_missing() is not None:
        return []
    t = lay.t.portfolio
    found = [*lay.h1(t.title, room=90 * mm), para(t.intro, lay.s.body)]
    found += _rules(lay, p, t)
    found += _funded(lay, p, t)
    found += _frontier(lay, p, t)
    found += _offices(lay, p, t)
    found += _sensitivity(lay, p, t)
    return found


def _limit(lay: Layout, value: float | None) -> str:
    """A budget, a limit or a weight: decimals only where it has them."""
    if value is None:
        return "—"
    return lay.n(value, 0 if float(value).is_integer() else 2)


def _rules(lay: Layout, p: PortfolioContent, t: PortfolioTexts) -> list[Any]:
    s = lay.s
    facts: list[tuple[str, Any]] = [
        (t.budget, t.no_budget if p.budget is None else lay.money(p.budget))
    ]
    if p.resource_limit is not None:
        name = p.resource_name or t.resource
        facts.append((name, t.resource_limit.format(limit=_limit(lay, p.resource_limit))))
    found: list[Any] = [lay.h2(t.rules), facts_table(facts, s), Spacer(1, 6)]
    if not p.rules:
        return [*found, lay.empty(t.no_rules)]
    rows: list[list[Any]] = []
    for r in p.rules:
        funding: list[Any] = []
        if r.funding:
            word = t.must if r.funding == "must" else t.must_not
            funding.append(para(tag("b", word), s.cell))
            if r.reason.strip():
                funding.append(para(r.reason, s.cell_small))
        group = ""
        if r.group:
            group = t.group_at_most.format(group=r.group, limit=r.group_limit or 1)
        rows.append(
            [
                para(tag("b", r.title), s.cell),
                funding,
                para(", ".join(r.requires), s.cell) if r.requires else "",
                para(group, s.cell) if group else "",
            ]
        )
    table = data_table((t.proposal, t.funding, t.requires, t.group), rows, (3.2, 2.8, 2.6, 1.8), s)
    return [*found, table]


def _funded(lay: Layout, p: PortfolioContent, t: PortfolioTexts) -> list[Any]:
    s = lay.s
    found: list[Any] = [Spacer(1, 8), lay.h2(t.funded_set)]
    if not p.feasible:
        said = [para(tag("b", t.conflict), s.body)]
        said += [Paragraph(esc(c), s.bullet, bulletText="•") for c in p.conflicts]
        return [*found, KeepTogether(said)]
    if not p.funded:
        return [*found, lay.empty(t.nothing_funded)]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = [
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
    ]
    resource = p.resource_limit is not None
    for row, f in enumerate(p.funded, start=1):
        title: Any = f.title
        if f.must:
            mark = tag("font", t.must_mark, color=MUST_COLOUR)
            title = para(Markup(f"<b>{esc(f.title)}</b> &nbsp;{mark}"), s.cell)
        cells = ["—" if f.rank is None else str(f.rank), title, lay.score(shown(f.score))]
        cells.append(lay.money(f.cost))
        if resource:
            cells.append(_limit(lay, f.resource))
        cells.append(lay.kind(f.decision) if f.decision else "")
        rows.append(cells)
        if f.decision:
            ink = colors.HexColor(KIND_COLOURS.get(f.decision, "#1F2933"))
            extra.append(("TEXTCOLOR", (len(cells) - 1, row), (len(cells) - 1, row), ink))
    totals = ["", t.total, lay.score(shown(p.total_score)), lay.money(p.total_cost)]
    heads = [t.rank, t.proposal, t.score, t.cost]
    widths = [0.6, 4.4, 1, 1.3]
    if resource:
        totals.append(_limit(lay, p.total_resource))
        heads.append(p.resource_name or t.resource)
        widths.append(1.1)
    rows.append([*totals, ""])
    numeric = set(range(len(heads))) - {1}
    table = data_table(
        (*heads, t.decision),
        rows,
        (*widths, 1.6),
        s,
        numeric=numeric,
        bold={1},
        extra=extra,
    )
    if p.budget is not None:
        total = t.totals.format(cost=lay.money(p.total_cost), budget=lay.money(p.budget))
    else:
        total = t.totals_no_budget.format(cost=lay.money(p.total_cost))
    if resource:
        used = t.resource_totals.format(
            resource=p.resource_name or t.resource,
            used=_limit(lay, p.total_resource),
            limit=_limit(lay, p.resource_limit),
        )
        total = f"{total} {used}"
    notes = [para(total, s.body)]
    if any(f.must for f in p.funded):
        notes.append(lay.note(t.must_note))
    if p.unpriced:
        notes.append(lay.note(t.unpriced.format(titles=", ".join(p.unpriced))))
    return [*found, table, Spacer(1, 4), *notes]


def frontier_drawing(lay: Layout, p: PortfolioContent, t: PortfolioTexts) -> Drawing:
    budget = "" if p.budget is None else t.budget_line.format(budget=lay.money(p.budget))
    return frontier_chart(
        p.frontier,
        p.ranking,
        budget=p.budget,
        budget_label=budget,
        money_text=lambda v: lay.n(v, 0 if float(v).is_integer() else 1),
        score_text=lambda v: lay.n(v, 0),
        x_title=t.axis_budget,
        y_title=t.axis_score,
        frontier_label=t.frontier_line,
        ranking_label=t.ranking_line,
    )


def _frontier(lay: Layout, p: PortfolioContent, t: PortfolioTexts) -> list[Any]:
    s = lay.s
    head = [Spacer(1, 10), lay.h2(t.frontier_title)]
    if not p.frontier and len(p.ranking) < 2:
        return [*head, lay.empty(t.no_frontier)]
    drawing = frontier_drawing(lay, p, t)
    intro = t.frontier_intro
    if p.sampled:
        intro = f"{intro} {t.frontier_sampled.format(n=p.sampled)}"
    return [KeepTogether([*head, para(intro, s.body), drawing])]


def _office_cell(lay: Layout, funded: bool | None, only: str, t: PortfolioTexts) -> Any:
    """✓, with "only PMO" / "only TMO" where `only` names the office; "—" withheld."""
    if funded is None:
        return "—"
    if not funded:
        return ""
    if only:
        word = t.only_pmo if only == "pmo" else t.only_tmo
        return para(
            Markup(f"<b>{esc(t.funded_mark)}</b> {tag('font', word, color=ONLY_COLOUR)}"),
            lay.s.cell,
        )
    return para(tag("b", t.funded_mark), lay.s.cell)


def _offices(lay: Layout, p: PortfolioContent, t: PortfolioTexts) -> list[Any]:
    s = lay.s
    if not p.feasible:
        return []
    head = [Spacer(1, 10), lay.h2(t.offices_title), para(t.offices_intro, s.body)]
    if not p.offices:
        return [*head, lay.empty(t.no_office_sets)]
    rows = [
        [
            r.title,
            _office_cell(lay, r.joint, "", t),
            _office_cell(lay, r.pmo, "pmo" if r.only == "pmo" else "", t),
            _office_cell(lay, r.tmo, "tmo" if r.only == "tmo" else "", t),
        ]
        for r in p.offices
    ]
    table = data_table((t.proposal, t.joint, t.pmo, t.tmo), rows, (4.6, 1.2, 1.6, 1.6), s)
    notes = []
    if p.pmo_withheld or p.tmo_withheld:
        notes.append(lay.note(t.office_withheld_note))
    if p.some_withheld:
        notes.append(lay.note(t.withheld_note))
    return [*head, table, *notes]


def _bound(lay: Layout, bounds: tuple[float | None, float | None] | None, t: PortfolioTexts) -> str:
    if bounds is None:
        return "—"
    low, high = bounds
    return t.interval.format(
        low=t.zero if low is None else lay.n(low, 2),
        high=t.no_limit if high is None else lay.n(high, 2),
    )


def _sensitivity(lay: Layout, p: PortfolioContent, t: PortfolioTexts) -> list[Any]:
    s = lay.s
    found: list[Any] = []
    if p.bounds:
        rows = [
            [b.criterion, _limit(lay, b.weight), _bound(lay, b.top, t), _bound(lay, b.funded, t)]
            for b in p.bounds
        ]
        table = data_table(
            (t.criterion, t.weight, t.top_holds, t.set_holds),
            rows,
            (3.6, 1, 2.2, 2.2),
            s,
            numeric={1, 2, 3},
        )
        intro = para(t.sensitivity_intro, s.body)
        found += [Spacer(1, 10), KeepTogether([lay.h2(t.sensitivity_title), intro, table])]
    if p.probability and p.draws:
        rows = [[title, lay.n(100 * share, 0) + " %"] for title, share in p.probability]
        intro = t.probability_intro.format(draws=lay.n(p.draws, 0), spread=lay.n(p.spread, 2))
        table = data_table((t.proposal, t.probability_share), rows, (6, 1.4), s, numeric={1})
        found += [
            Spacer(1, 10),
            KeepTogether([lay.h2(t.probability_title), para(intro, s.body), table]),
        ]
    return found
