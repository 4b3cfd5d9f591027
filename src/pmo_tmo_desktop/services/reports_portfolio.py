"""The minutes' portfolio section, from the funding decision (services.funding): the rules,
the funded set, the frontier, each office's set beside the joint one, and how far the weights
may move. Decided once here; the PDF only lays it out.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pmo_tmo_desktop.domain import portfolio_robustness
from pmo_tmo_desktop.domain.portfolio_problem import FundingRule, Problem
from pmo_tmo_desktop.exchange.funding_texts import conflicts_text
from pmo_tmo_desktop.exchange.pdf_portfolio_data import (
    BoundsEntry,
    FundedEntry,
    OfficeRow,
    PortfolioContent,
    RuleEntry,
)
from pmo_tmo_desktop.services import analyses_kept, funding
from pmo_tmo_desktop.services.funding import Analyses, Funding, OfficeSet
from pmo_tmo_desktop.services.results import WorkshopResults
from pmo_tmo_desktop.store.workspace import Workspace


def wanted(found: WorkshopResults) -> bool:
    """Whether the minutes of `found` have a portfolio section: a revealed round with results,
    and something to decide with (a cost, a budget, or a rule)."""
    data = found.data
    if found.round_number is None or not found.revealed or not found.results.proposals:
        return False
    if data.workshop.budget is not None or data.workshop.resource_limit is not None:
        return True
    return any(
        p.cost is not None or p.funding != FundingRule.AUTO or p.group_name or data.requires(p.id)
        for p in data.proposals
    )


def portfolio_of(
    ws: Workspace | None, found: WorkshopResults, number: Callable[[float], str]
) -> PortfolioContent | None:
    """The portfolio section of the minutes of `found` (None: it has none). The analyses are
    run once (seconds on a large workshop) and kept in the workspace `ws`
    (services.analyses_kept). `number` writes the limits named in a conflict's words, as the
    document writes money."""
    if not wanted(found):
        return None
    decided = funding.decide(found)
    exact = analyses_kept.known(ws, decided)  # e.g. the Results page analysed this round
    if exact is not None:
        return content_of(decided, exact, number)
    if _weighed(decided.problem) <= EXACT_FRONTIER_MOST:
        return content_of(decided, analyses_kept.analysed(ws, decided), number)
    sampled = analyses_kept.analysed(ws, decided, samples=FRONTIER_SAMPLES)
    return content_of(decided, sampled, number, sampled=FRONTIER_SAMPLES)


EXACT_FRONTIER_MOST = 12
"""Up to this many proposals to weigh, the minutes draw the exact frontier (every budget at
which the best set changes: about six changes per proposal, each a solve); beyond it the best
set at `FRONTIER_SAMPLES` budgets, each exact, so that the minutes take seconds, not minutes."""
FRONTIER_SAMPLES = 40


def _weighed(problem: Problem) -> int:
    """The proposals whose funding the budget decides (priced, not excluded)."""
    return sum(
        1
        for c in problem.candidates
        if c.rule != FundingRule.MUST_NOT
        and c.cost is not None
        and math.isfinite(c.cost)
        and c.cost >= 0
    )


def _rules(problem: Problem, titles: dict[int, str]) -> tuple[RuleEntry, ...]:
    limits = {g.name: g.at_most for g in problem.groups}
    found = []
    for c in problem.candidates:
        rule = "" if c.rule == FundingRule.AUTO else str(c.rule)
        if not (rule or c.requires or c.group):
            continue
        found.append(
            RuleEntry(
                title=c.title,
                funding=rule,
                reason=c.reason,
                requires=tuple(titles.get(i, str(i)) for i in c.requires),
                group=c.group or "",
                group_limit=limits.get(c.group, 1) if c.group else None,
            )
        )
    return tuple(found)


def _office_rows(decided: Funding, order: list[int]) -> tuple[OfficeRow, ...]:
    pmo, tmo = decided.offices
    joint = set(decided.selection.funded)

    def mark(office: OfficeSet, pid: int) -> bool | None:
        if office.selection is None:
            return None
        funded = pid in office.selection.funded
        return None if not funded and pid in office.withheld else funded

    rows = []
    for pid in order:
        marks = (mark(pmo, pid), mark(tmo, pid))
        if pid not in joint and True not in marks:
            continue
        only = "pmo" if pid in decided.only_pmo else "tmo" if pid in decided.only_tmo else ""
        rows.append(OfficeRow(decided.titles.get(pid, ""), pid in joint, *marks, only=only))
    return tuple(rows)


def content_of(
    decided: Funding, analyses: Analyses, number: Callable[[float], str], sampled: int = 0
) -> PortfolioContent:
    """The section's content from a decision and its analyses (pure)."""
    found, problem, chosen = decided.found, decided.problem, decided.selection
    titles = decided.titles
    shown = {p.proposal_id: p for p in found.results.proposals}
    order = [p.proposal_id for p in found.results.proposals]
    order += [c.id for c in problem.candidates if c.id not in shown]
    place = {pid: i for i, pid in enumerate(order)}
    musts = {c.id for c in problem.candidates if c.rule == FundingRule.MUST}
    candidates = {c.id: c for c in problem.candidates}
    kinds = {d.proposal_id: d.kind.value for d in found.data.decisions}
    funded = []
    for pid in sorted(chosen.funded, key=lambda i: place.get(i, len(place))):
        result, candidate = shown.get(pid), candidates[pid]
        funded.append(
            FundedEntry(
                title=titles.get(pid, ""),
                rank=result.rank if result else None,
                score=result.score if result else None,
                cost=candidate.cost,
                resource=candidate.resource,
                must=pid in musts,
                decision=kinds.get(pid, ""),
            )
        )
    names = {c.id: c.name for c in found.data.criteria}
    pmo, tmo = decided.offices
    return PortfolioContent(
        budget=problem.budget,
        resource_name=problem.resource_name,
        resource_limit=problem.resource_limit,
        rules=_rules(problem, titles),
        feasible=chosen.feasible,
        funded=tuple(funded),
        total_cost=chosen.total_cost,
        total_score=chosen.total_score,
        total_resource=chosen.total_resource,
        conflicts=tuple(conflicts_text(chosen.conflicts, problem, _or_dash(number))),
        unpriced=tuple(titles.get(i, "") for i in chosen.unpriced),
        frontier=tuple((p.budget, p.total_score) for p in analyses.frontier),
        ranking=tuple((p.budget, p.total_score) for p in analyses.ranking),
        offices=_office_rows(decided, order) if chosen.feasible else (),
        pmo_withheld=pmo.selection is None,
        tmo_withheld=tmo.selection is None,
        some_withheld=bool(pmo.withheld or tmo.withheld),
        bounds=tuple(
            BoundsEntry(names.get(b.criterion_id, ""), b.weight, b.top, b.funded)
            for b in analyses.sensitivity
        ),
        probability=tuple(
            (titles.get(pid, ""), analyses.probability[pid])
            for pid in order
            if pid in analyses.probability
        ),
        draws=analyses.draws,
        spread=portfolio_robustness.SPREAD,
        sampled=sampled,
    )


def _or_dash(number: Callable[[float], str]) -> Callable[[float | None], str]:
    """The document's number format, with "—" for a limit that is not set."""

    def written(value: float | None) -> str:
        return "—" if value is None else number(value)

    return written
