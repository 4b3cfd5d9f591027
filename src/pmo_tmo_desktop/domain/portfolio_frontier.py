"""The efficient frontier: the best set of proposals for every budget, and the ranking curve to
draw beside it.

Why the frontier is exact. Let S(B) be the set `select` chooses within budget B (the other rules
applied, ties broken as there). Once B reaches cost(S(B)), S(B) stays the choice as long as no
set of strictly higher score fits: a set of equal score and lower (or equal) cost would
already have fitted at B and been preferred then. So the choice changes exactly at
B' = the least cost of a set of strictly higher total score (one more solve: minimise the cost
subject to score >= score(S(B)) + 1 millionth), and at B' the chosen set costs exactly B' (every
better set costs at least B', and the one chosen fits). Starting from the cheapest set the
rules allow and repeating until no better set exists gives every breakpoint, each the cost of
its set; scores are integers in millionths, so it ends.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from fractions import Fraction

from pmo_tmo_desktop.domain import portfolio_cover
from pmo_tmo_desktop.domain.portfolio import select_instance
from pmo_tmo_desktop.domain.portfolio_knapsack import cost_steps, money_only
from pmo_tmo_desktop.domain.portfolio_mip import (
    SCORE_DECIMALS,
    Instance,
    instance,
    solve,
    usable,
    with_budget,
)
from pmo_tmo_desktop.domain.portfolio_problem import FundingRule, Problem
from pmo_tmo_desktop.domain.portfolio_search import TooLarge, Unsupported


@dataclass(frozen=True, slots=True)
class FrontierPoint:
    """From this budget on (up to the next point's) the best set is `funded`."""

    budget: float
    """The least budget at which this set is chosen: its cost."""
    total_score: float
    funded: tuple[int, ...]
    """In the order the candidates were given."""


def frontier(problem: Problem) -> tuple[FrontierPoint, ...]:
    """Every budget at which the best set changes, from the cheapest set the other rules allow
    (budgets below it fund nothing allowed: with musts, nothing at all) up to the budget that
    funds the best set of all. The problem's own budget is ignored; its other rules hold.
    Empty when the other rules cannot hold at any budget."""
    inst = instance(replace(problem, budget=None))
    found: list[FrontierPoint] = []
    chosen: tuple[int, ...] | None = None
    if money_only(inst):  # every breakpoint at once
        for cost, worth in cost_steps(inst):
            chosen = select_instance(with_budget(inst, cost), chosen)
            assert chosen is not None and _dot(inst.points, chosen) == worth
            found.append(_point(inst, cost, chosen))
        return tuple(found)
    budget = _least_cost(inst, None)
    if budget is None:
        return ()
    best = select_instance(inst)
    assert best is not None  # some set is allowed: the cheapest one
    most = _dot(inst.points, best)  # no budget buys more points than this
    while True:
        chosen = select_instance(with_budget(inst, budget), chosen)
        assert chosen is not None  # the set that set this budget fits in it
        found.append(_point(inst, budget, chosen))
        worth = _dot(inst.points, chosen)
        if worth >= most:
            return tuple(found)
        next_budget = _least_cost(inst, worth + 1)
        assert next_budget is not None  # the best set of all is worth more
        budget = next_budget


def _least_cost(inst: Instance, at_least: int | None) -> int | None:
    """The least cost of an allowed set worth `at_least` points (any set when None): by the
    exact search, or by HiGHS where the search gives up."""
    try:
        return portfolio_cover.cheapest(inst, at_least)
    except (TooLarge, Unsupported):
        pass
    rows = [] if at_least is None else [(_all(inst), inst.points, at_least - 0.5, math.inf)]
    found = solve(inst, inst.costs, maximise=False, rows=rows)
    return None if found is None else _dot(inst.costs, found)


def sampled(problem: Problem, samples: int) -> tuple[FrontierPoint, ...]:
    """Points of the efficient frontier: the best set at `samples` + 1 budgets evenly from 0
    to the cost of every priced proposal, each point at its set's cost (the least budget
    that funds it); the problem's own budget is ignored, its other rules hold."""
    inst = instance(replace(problem, budget=None))
    top = sum(inst.costs)
    found: dict[tuple[int, ...], FrontierPoint] = {}
    chosen: tuple[int, ...] | None = None
    for step in range(samples + 1):
        budget = top * step // samples
        chosen = select_instance(with_budget(inst, budget), chosen)
        if chosen is None:
            continue  # the musts cost more than this budget
        point = _point(inst, _dot(inst.costs, chosen), chosen)
        found.setdefault(point.funded, point)
    return tuple(sorted(found.values(), key=lambda p: (p.budget, p.total_score)))


def ranking_curve(problem: Problem) -> tuple[FrontierPoint, ...]:
    """Funding strictly in rank order: the proposals with a score and a usable cost (must-nots
    aside), highest score first (equal scores to 6 decimals in the order given), each point
    the cumulative cost, score and set after one more proposal. Within a budget B the rank
    order funds the last point whose budget is at most B: it stops at the first proposal
    that does not fit, and skips nothing. The other rules (requirements, groups, musts) are
    not applied: this is the plain ranking the frontier is compared with. Starts at (0, 0)."""
    ranked = [
        (i, c)
        for i, c in enumerate(problem.candidates)
        if c.rule != FundingRule.MUST_NOT
        and c.score is not None
        and math.isfinite(c.score)
        and usable(c.cost)
    ]
    ranked.sort(key=lambda pair: (-round(pair[1].score or 0.0, SCORE_DECIMALS), pair[0]))
    points = [FrontierPoint(0.0, 0.0, ())]
    cost = Fraction(0)
    scores: list[float] = []
    funded: list[int] = []
    order = {c.id: k for k, c in enumerate(problem.candidates)}
    for _, c in ranked:
        cost += Fraction(repr(float(c.cost or 0.0)))
        scores.append(c.score or 0.0)
        funded.append(c.id)
        points.append(
            FrontierPoint(
                float(cost), math.fsum(scores), tuple(sorted(funded, key=order.__getitem__))
            )
        )
    return tuple(points)


def _point(inst: Instance, budget: int, chosen: tuple[int, ...]) -> FrontierPoint:
    cands = inst.candidates
    funded = [i for i in range(inst.size) if chosen[i]]
    return FrontierPoint(
        budget=float(Fraction(budget, inst.cost_scale)),
        total_score=math.fsum(cands[i].score or 0.0 for i in funded),
        funded=tuple(cands[i].id for i in funded),
    )


def _all(inst: Instance) -> tuple[int, ...]:
    return tuple(range(inst.size))


def _dot(coefs: tuple[int, ...], x: tuple[int, ...]) -> int:
    return sum(c for c, on in zip(coefs, x, strict=True) if on)
