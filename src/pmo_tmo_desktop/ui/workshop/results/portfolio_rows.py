"""What the Portfolio tab's tables show: plain rows made from the funding decision (and from
a slider's "what if"), and the words and figures in their cells."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from pmo_tmo_desktop.domain.portfolio import Selection
from pmo_tmo_desktop.domain.portfolio_problem import FundingRule
from pmo_tmo_desktop.domain.portfolio_sensitivity import Bounds
from pmo_tmo_desktop.domain.portfolio_weights import Reweighed
from pmo_tmo_desktop.exchange.funding_texts import conflicts_text
from pmo_tmo_desktop.services.funding import Funding, OfficeSet
from pmo_tmo_desktop.ui.widgets.formatting import one
from pmo_tmo_desktop.ui.workshop.results.plot_base import _money


@dataclass(frozen=True, slots=True)
class Row:
    """One proposal in the funded-set table."""

    proposal_id: int
    title: str
    rank: int | None
    score: float | None
    cost: float | None
    resource: float | None
    rule: FundingRule
    reason: str
    funded: bool
    set_rank: int | None
    """Its rank under the set weights (differs from `rank` only in a "what if")."""
    set_funded: bool
    what_if: bool
    chance: float | None
    """Share of the random weightings that fund it; None while analysing."""


def rows(decided: Funding, moved: Reweighed | None, chance: dict[int, float] | None) -> list[Row]:
    """Every shown proposal, by rank (the moved weights' when there is a "what if")."""
    shown = decided.found.results.proposals
    by_id = {p.proposal_id: p for p in shown}
    candidates = {c.id: c for c in decided.problem.candidates}
    funded = set(decided.selection.funded)
    order = [p.proposal_id for p in shown]
    now_funded = funded
    if moved is not None:
        order = [i for i in moved.order if i in by_id] + [i for i in order if i not in moved.order]
        now_funded = set(moved.selection.funded) if moved.selection is not None else set()
    found: list[Row] = []
    for pid in order:
        p = by_id[pid]
        c = candidates.get(pid)
        found.append(
            Row(
                proposal_id=pid,
                title=p.title,
                rank=p.rank if moved is None else moved.ranks.get(pid),
                score=p.score if moved is None else moved.scores.get(pid),
                cost=p.cost,
                resource=None if c is None else c.resource,
                rule=FundingRule.AUTO if c is None else c.rule,
                reason="" if c is None else c.reason,
                funded=pid in now_funded,
                set_rank=p.rank,
                set_funded=pid in funded,
                what_if=moved is not None,
                chance=None if chance is None else chance.get(pid, 0.0),
            )
        )
    return found


def rank_text(row: Row) -> str:
    if row.rank is None:
        return "—"
    if row.what_if and row.rank != row.set_rank:
        return QCoreApplication.translate("PortfolioTab", "{rank} (was {before})").format(
            rank=row.rank, before=row.set_rank or "—"
        )
    return str(row.rank)


def funded_text(row: Row) -> str:
    if row.rule == FundingRule.MUST_NOT:
        return QCoreApplication.translate("PortfolioTab", "✗ must not")
    if row.what_if and row.funded != row.set_funded:
        return (
            QCoreApplication.translate("PortfolioTab", "✓ new")
            if row.funded
            else QCoreApplication.translate("PortfolioTab", "✗ dropped")
        )
    if not row.funded:
        return ""
    return (
        QCoreApplication.translate("PortfolioTab", "✓ must")
        if row.rule == FundingRule.MUST
        else "✓"
    )


def funded_tooltip(row: Row) -> str:
    reason = (
        QCoreApplication.translate("PortfolioTab", "Reason: {reason}").format(reason=row.reason)
        if row.reason
        else ""
    )
    if row.rule == FundingRule.MUST_NOT:
        text = QCoreApplication.translate("PortfolioTab", "Must not be funded.")
    elif row.what_if and row.funded != row.set_funded:
        text = (
            QCoreApplication.translate(
                "PortfolioTab", "Funded under the moved weights, not under the set ones."
            )
            if row.funded
            else QCoreApplication.translate(
                "PortfolioTab", "Funded under the set weights, not under the moved ones."
            )
        )
    elif row.funded and row.rule == FundingRule.MUST:
        text = QCoreApplication.translate("PortfolioTab", "Must be funded.")
    elif row.funded:
        text = QCoreApplication.translate("PortfolioTab", "Funded.")
    else:
        return ""
    return f"{text} {reason}".strip()


def percent(share: float | None) -> str:
    if share is None:
        return "…"
    return QCoreApplication.translate("PortfolioTab", "{percent}%").format(
        percent=QLocale().toString(100 * share, "f", 0)
    )


def amount(value: float | None) -> str:
    """A resource use or limit (people, days …): as written, no needless decimals."""
    if value is None:
        return "—"
    return QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 2)


def weight_text(value: float) -> str:
    """A criterion weight: up to two decimals, no trailing zeros."""
    text = QLocale().toString(float(value), "f", 2)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def bounds_text(bounds: tuple[float | None, float | None] | None) -> str:
    """A range a weight may move within: "0" below, "no limit" above; "—" when it does not
    apply (no set can be funded)."""
    if bounds is None:
        return "—"
    lo, hi = bounds
    return QCoreApplication.translate("PortfolioTab", "{low} – {high}").format(
        low="0" if lo is None else weight_text(lo),
        high=QCoreApplication.translate("PortfolioTab", "no limit")
        if hi is None
        else weight_text(hi),
    )


def sensitivity_tooltip(bounds: Bounds) -> str:
    lo, hi = bounds.top
    if lo is not None and hi is not None and lo == hi == bounds.weight:
        return QCoreApplication.translate(
            "PortfolioTab",
            "A tie for first place: any move of this weight changes the top proposal.",
        )
    return ""


def totals_text(decided: Funding, selection: Selection) -> str:
    """The funded set's totals against the budget and the second resource's limit."""
    problem = decided.problem
    parts = [
        QCoreApplication.translate("PortfolioTab", "%n funded", None, len(selection.funded)),
        QCoreApplication.translate("PortfolioTab", "total score {score}").format(
            score=one(selection.total_score)
        ),
    ]
    if problem.budget is None:
        parts.append(
            QCoreApplication.translate("PortfolioTab", "cost {cost} (no budget set)").format(
                cost=_money(selection.total_cost)
            )
        )
    else:
        parts.append(
            QCoreApplication.translate("PortfolioTab", "cost {cost} of {budget}").format(
                cost=_money(selection.total_cost), budget=_money(problem.budget)
            )
        )
    if problem.resource_limit is not None or problem.resource_name:
        name = problem.resource_name or QCoreApplication.translate(
            "PortfolioTab", "second resource"
        )
        if problem.resource_limit is None:
            parts.append(
                QCoreApplication.translate("PortfolioTab", "{resource}: {used} (no limit)").format(
                    resource=name, used=amount(selection.total_resource)
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("PortfolioTab", "{resource}: {used} of {limit}").format(
                    resource=name,
                    used=amount(selection.total_resource),
                    limit=amount(problem.resource_limit),
                )
            )
    text = " · ".join(parts)
    if selection.unpriced:
        text += " " + QCoreApplication.translate(
            "PortfolioTab", "(counted as costing nothing, having no cost: {titles})"
        ).format(titles=", ".join(decided.titles.get(i, str(i)) for i in selection.unpriced))
    return text


def conflicts(decided: Funding, selection: Selection) -> list[str]:
    """The rules that cannot all hold, each in words (the wording every output uses)."""
    return conflicts_text(selection.conflicts, decided.problem, _money_or_dash)


def _money_or_dash(value: float | None) -> str:
    return "—" if value is None else _money(value)


def title_of(decided: Funding) -> Callable[[int], str]:
    titles = decided.titles

    def title(proposal_id: int) -> str:
        return titles.get(proposal_id, str(proposal_id))

    return title


# -- the three sets side by side --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OfficeRow:
    """One proposal across the joint set and each office's own."""

    title: str
    joint: str
    pmo: str
    tmo: str
    note: str
    withheld: bool


def _mark(office: OfficeSet, pid: int) -> str:
    if office.selection is None:
        return "—"
    if pid in office.selection.funded:
        return "✓"
    return "—" if pid in office.withheld else ""


def office_rows(decided: Funding) -> list[OfficeRow]:
    pmo, tmo = decided.offices
    joint = set(decided.selection.funded)
    found = []
    for p in decided.found.results.proposals:
        pid = p.proposal_id
        note = ""
        if pid in decided.only_pmo:
            note = QCoreApplication.translate("PortfolioTab", "only PMO")
        elif pid in decided.only_tmo:
            note = QCoreApplication.translate("PortfolioTab", "only TMO")
        withheld = pmo.selection is None or tmo.selection is None
        found.append(
            OfficeRow(
                title=p.title,
                joint="✓" if pid in joint else "",
                pmo=_mark(pmo, pid),
                tmo=_mark(tmo, pid),
                note=note,
                withheld=withheld or pid in pmo.withheld or pid in tmo.withheld,
            )
        )
    return found


def set_summary(decided: Funding, selection: Selection | None) -> str:
    if selection is None:
        return "—"
    if not selection.feasible:
        return QCoreApplication.translate("PortfolioTab", "the rules cannot all hold")
    return QCoreApplication.translate("PortfolioTab", "score {score}, cost {cost}").format(
        score=one(selection.total_score), cost=_money(selection.total_cost)
    )


def offices_summary(decided: Funding) -> str:
    pmo, tmo = decided.offices
    lines = [
        QCoreApplication.translate("PortfolioTab", "Joint: {summary}").format(
            summary=set_summary(decided, decided.selection)
        ),
        QCoreApplication.translate("PortfolioTab", "PMO alone: {summary}").format(
            summary=set_summary(decided, pmo.selection)
        ),
        QCoreApplication.translate("PortfolioTab", "TMO alone: {summary}").format(
            summary=set_summary(decided, tmo.selection)
        ),
    ]
    return " · ".join(lines)


def any_withheld(decided: Funding) -> bool:
    return any(o.selection is None or o.withheld for o in decided.offices)


def ids_of(records: Sequence[Row]) -> list[int]:
    return [r.proposal_id for r in records]
