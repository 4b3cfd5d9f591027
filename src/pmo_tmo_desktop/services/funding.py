"""The funding decision of a round, decided once for every output: which proposals the joint
scores fund under the workshop's rules (budget, second resource, requirements, must / must
not, groups), what the PMO's and the TMO's scores alone would fund, the efficient frontier
beside funding in rank order, how far each criterion's weight may move before the decision
changes, and how often each proposal is funded when the weights wobble.

The Results page, the minutes, the results workbook and `pmo-tmo portfolio` all read it. It
follows the results view (`services.results`): the same round, nothing of a blind round still
open, and office privacy — an office figure withheld there is never used here (that proposal
counts as not rated by that office, and the office's set says so).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from pmo_tmo_desktop.domain import portfolio, portfolio_frontier, portfolio_robustness
from pmo_tmo_desktop.domain import portfolio_sensitivity as sensitivity
from pmo_tmo_desktop.domain.figures import shown
from pmo_tmo_desktop.domain.offices import PMO, TMO
from pmo_tmo_desktop.domain.portfolio import Selection
from pmo_tmo_desktop.domain.portfolio_frontier import FrontierPoint
from pmo_tmo_desktop.domain.portfolio_problem import Problem
from pmo_tmo_desktop.domain.portfolio_weights import Ratings, Slider
from pmo_tmo_desktop.services.portfolio_setup import problem_of
from pmo_tmo_desktop.services.results import JSON_DIGITS, WorkshopResults, revealed_or_refuse

DRAWS = portfolio_robustness.DRAWS
"""Weight vectors drawn for the robustness figure (seeded: the same file gives the same
figures)."""


@dataclass(frozen=True, slots=True)
class OfficeSet:
    """What one office's scores alone would fund."""

    office: str
    selection: Selection | None
    """None: the office's figures are withheld altogether (office privacy)."""
    withheld: tuple[int, ...] = ()
    """Proposals whose figure of this office is withheld: counted as not rated by it."""


@dataclass(frozen=True, slots=True)
class Funding:
    """The funding decision of one revealed round."""

    found: WorkshopResults
    problem: Problem
    selection: Selection
    offices: tuple[OfficeSet, OfficeSet]
    """PMO, then TMO."""
    only_pmo: tuple[int, ...] = ()
    """Funded on the PMO's scores and not on the TMO's (empty when either is withheld)."""
    only_tmo: tuple[int, ...] = ()
    titles: dict[int, str] = field(default_factory=dict)

    @property
    def budget(self) -> float | None:
        return self.problem.budget

    @property
    def round_number(self) -> int | None:
        return self.found.round_number


def decide(found: WorkshopResults, budget: float | None = None) -> Funding:
    """The funding decision of the round `found` shows (the workshop's budget unless one is
    given). A blind round still open is refused with one line, as every document does."""
    revealed_or_refuse(found)
    budget = found.data.workshop.budget if budget is None else budget
    shown_results = found.results.proposals
    joint = {p.proposal_id: p.score for p in shown_results}
    problem = problem_of(found.data, joint, budget)
    selection = portfolio.select(problem)
    sets = []
    for office in (PMO, TMO):
        figures = {
            p.proposal_id: (p.pmo_score if office == PMO else p.tmo_score) for p in shown_results
        }
        withheld = tuple(p.proposal_id for p in shown_results if office in p.withheld)
        rated = any(v is not None for v in figures.values())
        if not rated:  # nobody of this office rated anything shown: no set of its own
            sets.append(OfficeSet(office, None, withheld))
            continue
        office_problem = problem_of(found.data, figures, budget)
        sets.append(OfficeSet(office, portfolio.select(office_problem), withheld))
    pmo, tmo = sets
    only_pmo: tuple[int, ...] = ()
    only_tmo: tuple[int, ...] = ()
    if pmo.selection is not None and tmo.selection is not None:
        only_pmo = tuple(i for i in pmo.selection.funded if i not in tmo.selection.funded)
        only_tmo = tuple(i for i in tmo.selection.funded if i not in pmo.selection.funded)
    titles = {p.id: p.title for p in found.data.proposals}
    return Funding(found, problem, selection, (pmo, tmo), only_pmo, only_tmo, titles)


@dataclass(frozen=True, slots=True)
class Analyses:
    """The decision's landscape: the frontier, funding in rank order, the sensitivity of each
    criterion's weight and how often each proposal is funded as the weights wobble."""

    frontier: tuple[FrontierPoint, ...]
    ranking: tuple[FrontierPoint, ...]
    sensitivity: tuple[sensitivity.Bounds, ...]
    probability: dict[int, float]
    draws: int


def ratings_of(found: WorkshopResults) -> Ratings:
    """The shown round's ratings as the weight analyses take them."""
    return Ratings.of(found.prepared, found.round_number, private=found.private)


ANALYSES_KEPT = 4
"""Analyses kept for reuse: the Results page, then the minutes and the pack of the same round
ask for the same figures."""
_analysed: OrderedDict[tuple[Any, ...], Analyses] = OrderedDict()
_analysed_lock = threading.Lock()


def question(funding: Funding, draws: int, samples: int | None) -> tuple[Any, ...]:
    """What the analyses depend on, and nothing else (they are seeded: the same question
    always has the same answer): the rules with the joint scores (the problem), the draws and
    samples, and what `ratings_of` reads — the shown round's ratings in the order they were
    stored, the participants, the criteria (weights, scales, order) and the proposals' order,
    with office privacy. However the round was read (the Results page holds every round, a
    document only the rounds it shows), the same round asks the same question."""
    found = funding.found
    data = found.prepared
    shown = frozenset(r.id for r in data.rounds if r.number == found.round_number)
    return (
        funding.problem,
        draws,
        samples,
        found.round_number,
        found.private,
        tuple(p.id for p in data.participants),
        data.criteria,
        tuple((p.id, p.position) for p in data.proposals),
        tuple(r for r in data.ratings if r[0] in shown),
    )


def analyse(funding: Funding, draws: int = DRAWS, samples: int | None = None) -> Analyses:
    """Everything beyond the decision itself (seconds, not milliseconds, for a large
    workshop: the outputs that show it run it once, and the last few answers are kept, so
    the minutes after the Results page, or the pack after the minutes, do not wait again).
    `samples`: the frontier as the best set at that many budgets (+1) instead of exactly."""
    key = question(funding, draws, samples)
    try:
        hash(key)
    except TypeError:  # an input that cannot be compared whole is never reused
        return _analyse(ratings_of(funding.found), funding.problem, draws, samples)
    with _analysed_lock:
        if key in _analysed:
            _analysed.move_to_end(key)
            return _analysed[key]
    found = _analyse(ratings_of(funding.found), funding.problem, draws, samples)
    remember(funding, found, samples)
    return found


def remember(funding: Funding, analyses: Analyses, samples: int | None = None) -> None:
    """Keep `analyses` as this decision's answer (run here, or read back from the workspace,
    services.analyses_kept) for the outputs that ask next."""
    key = question(funding, analyses.draws, samples)
    with _analysed_lock:
        try:
            _analysed[key] = analyses
        except TypeError:  # an input that cannot be compared whole is never reused
            return
        _analysed.move_to_end(key)
        while len(_analysed) > ANALYSES_KEPT:
            _analysed.popitem(last=False)


def known(funding: Funding, draws: int = DRAWS, samples: int | None = None) -> Analyses | None:
    """The analyses of this decision if they were run already in this process (else None).
    `samples` None: the exact ones."""
    try:
        with _analysed_lock:
            return _analysed.get(question(funding, draws, samples))
    except TypeError:  # an input that cannot be compared whole is never reused
        return None


def forget() -> None:
    """Drop the analyses kept (a workspace closed; a measurement that must start cold)."""
    with _analysed_lock:
        _analysed.clear()


def _analyse(ratings: Ratings, problem: Problem, draws: int, samples: int | None) -> Analyses:
    return Analyses(
        frontier=portfolio_frontier.frontier(problem)
        if samples is None
        else portfolio_frontier.sampled(problem, samples),
        ranking=portfolio_frontier.ranking_curve(problem),
        sensitivity=sensitivity.sensitivity(ratings, problem),
        probability=portfolio_robustness.probability_funded(ratings, problem, draws)
        if draws > 0
        else {},
        draws=draws,
    )


def slider(funding: Funding) -> Slider:
    """Re-ranks and re-selects the round live as criterion weights move."""
    return Slider(ratings_of(funding.found), funding.problem)


# --- the published shape (pmo-tmo portfolio --json) ------------------------------------------


def _titles(funding: Funding, ids: tuple[int, ...]) -> list[str]:
    return [funding.titles.get(i, str(i)) for i in ids]


def _selection(funding: Funding, selection: Selection | None) -> dict[str, Any] | None:
    if selection is None:
        return None
    return {
        "feasible": selection.feasible,
        "funded": _titles(funding, selection.funded),
        "total_score": shown(selection.total_score, JSON_DIGITS),
        "total_cost": selection.total_cost,
        "total_resource": selection.total_resource,
        "conflicts": [_conflict(funding, c) for c in selection.conflicts],
    }


def _conflict(funding: Funding, conflict: portfolio.Conflict) -> dict[str, Any]:
    return {
        "kind": str(conflict.kind),
        "proposals": _titles(funding, conflict.proposal_ids),
        "group": conflict.group,
    }


def _bounds(bounds: tuple[float | None, float | None] | None) -> list[float | None] | None:
    if bounds is None:
        return None
    return [None if b is None else round(b, 6) for b in bounds]


def as_data(funding: Funding, analyses: Analyses | None) -> dict[str, Any]:
    """The funding decision as `pmo-tmo portfolio --json` prints it (null: withheld, or an
    open-ended bound)."""
    chosen = funding.selection
    found = funding.found
    data: dict[str, Any] = {
        "workshop": {"id": found.data.workshop.id, "title": found.data.workshop.title},
        "round": funding.round_number,
        "budget": funding.budget,
        "resource": {
            "name": funding.problem.resource_name,
            "limit": funding.problem.resource_limit,
        },
        "feasible": chosen.feasible,
        "funded": _titles(funding, chosen.funded),
        "total_score": shown(chosen.total_score, JSON_DIGITS),
        "total_cost": chosen.total_cost,
        "total_resource": chosen.total_resource,
        "conflicts": [_conflict(funding, c) for c in chosen.conflicts],
        "unpriced": _titles(funding, chosen.unpriced),
        "by_office": {
            s.office.upper(): {
                **(
                    _selection(funding, s.selection)
                    or {"feasible": None, "funded": None, "total_score": None}
                ),
                "withheld": s.selection is None,
                "withheld_proposals": _titles(funding, s.withheld),
            }
            for s in funding.offices
        },
        "only_pmo": _titles(funding, funding.only_pmo),
        "only_tmo": _titles(funding, funding.only_tmo),
    }
    if analyses is not None:
        names = {c.id: c.name for c in found.data.criteria}
        data["frontier"] = [
            {
                "budget": p.budget,
                "total_score": shown(p.total_score, JSON_DIGITS),
                "funded": _titles(funding, p.funded),
            }
            for p in analyses.frontier
        ]
        data["ranking_curve"] = [
            {"budget": p.budget, "total_score": shown(p.total_score, JSON_DIGITS)}
            for p in analyses.ranking
        ]
        data["sensitivity"] = [
            {
                "criterion": names.get(b.criterion_id, str(b.criterion_id)),
                "weight": b.weight,
                "top": _bounds(b.top),
                "funded": _bounds(b.funded),
            }
            for b in analyses.sensitivity
        ]
        data["probability_funded"] = {
            funding.titles.get(i, str(i)): round(share, 4)
            for i, share in analyses.probability.items()
        }
        data["draws"] = analyses.draws
    return data
