"""Workshop results: the scoring method over a workshop's ratings, for views, CLI and reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pmo_tmo_desktop.domain import portfolio, scoring
from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import queries
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.store.workspace import Workspace

DISSENT_THRESHOLD = 0.3


@dataclass(frozen=True, slots=True)
class WorkshopResults:
    data: WorkshopData
    offices: dict[int, str]
    results: scoring.Results
    fit: portfolio.BudgetFit | None


def compute(
    data: WorkshopData,
    offices: dict[int, str],
    round_number: int | None = None,
    dissent_threshold: float = DISSENT_THRESHOLD,
    budget: float | None = None,
) -> WorkshopResults:
    """Score a workshop (the latest round holding ratings unless a round is named)."""
    prepared = scoring.ScoringInput.from_workshop(data, offices)
    if round_number is not None and round_number not in scoring.round_numbers(prepared):
        raise ValidationError(
            translate("Services", "workshop {id} has no round {n}").format(
                id=data.workshop.id, n=round_number
            )
        )
    results = scoring.score(prepared, round_number, dissent_threshold)
    budget = data.workshop.budget if budget is None else budget
    fit = None
    if budget is not None and results.round_number is not None:
        fit = portfolio.budget_fit(
            [(p.proposal_id, p.score, p.cost) for p in results.proposals], budget
        )
    return WorkshopResults(data, offices, results, fit)


def load(
    ws: Workspace,
    workshop_id: int,
    round_number: int | None = None,
    dissent_threshold: float = DISSENT_THRESHOLD,
) -> WorkshopResults:
    data = queries.workshop(ws, workshop_id)
    offices = {o.id: o.name for o in queries.offices(ws)}
    return compute(data, offices, round_number, dissent_threshold)


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def as_data(found: WorkshopResults) -> dict[str, Any]:
    """The published shape of results (the CLI's --json, consistent with what the app shows)."""
    r = found.results
    data: dict[str, Any] = {
        "workshop": {"id": found.data.workshop.id, "title": found.data.workshop.title},
        "round": r.round_number,
        "rated": r.rated,
        "participants": r.expected,
        "proposals": [
            {
                "id": p.proposal_id,
                "title": p.title,
                "rank": p.rank,
                "score": _round(p.score),
                "pmo_score": _round(p.pmo_score),
                "tmo_score": _round(p.tmo_score),
                "gap": _round(p.gap),
                "dissent": _round(p.dissent, 3),
                "dissent_flag": p.dissent_flag,
                "median": _round(p.median),
                "min": _round(p.minimum),
                "max": _round(p.maximum),
                "cost": p.cost,
                "benefit": p.benefit,
                "criteria": [
                    {
                        "name": c.name,
                        "score": _round(c.score),
                        "pmo": _round(c.pmo),
                        "tmo": _round(c.tmo),
                        "gap": _round(c.gap),
                    }
                    for c in p.criteria
                ],
            }
            for p in r.proposals
        ],
    }
    if found.fit is not None:
        titles = {p.proposal_id: p.title for p in r.proposals}
        data["budget_fit"] = {
            "budget": found.fit.budget,
            "chosen": [{"id": i, "title": titles.get(i, "")} for i in found.fit.chosen],
            "total_score": _round(found.fit.total_score),
            "total_cost": found.fit.total_cost,
        }
    return data
