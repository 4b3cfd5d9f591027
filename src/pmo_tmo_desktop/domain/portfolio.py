"""Portfolio maths: the set of proposals that buys the most score under the funding rules.

`select` solves a mixed-integer model (HiGHS; see portfolio_mip): one 0/1 choice per
candidate; maximise the total score; within the budget and the resource limit; a proposal only
with every proposal it requires; musts in, must-nots out; at most so many of each group.

Exactness and ties (the answer never depends on input order or on solver tolerances):
- costs, the budget, resources and their limit are taken at the decimal value they print as
  (0.1 + 0.2 fits in 0.3); scores count to 6 decimals, the precision ranks use;
- among equally good sets: the lower total cost, then the set that funds the lowest id where
  they differ (for sets of proposals of positive score this is "the lexicographically lower
  sorted ids"); a proposal whose score is not positive is never funded for its own sake;
- a candidate without a score (not rated) counts as worth 0: funded only when a must or
  a funded proposal requires it;
- a candidate without a usable cost (None, negative, not finite) cannot be weighed against
  the budget and is not funded, unless it is a must: a must is funded whatever it costs and,
  without a cost, counts as costing 0 (it is listed in `unpriced` so the outputs can say so);
- a resource of None counts as 0; a group not among the problem's groups has no limit;
  requiring a proposal that is not a candidate means never being funded.
When the rules cannot all hold, `conflicts` is a minimal set of them that cannot hold together
(removing any one of them makes the rest satisfiable), found by a deletion filter.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from pmo_tmo_desktop.domain import portfolio_search
from pmo_tmo_desktop.domain.portfolio_knapsack import knapsack, money_only
from pmo_tmo_desktop.domain.portfolio_mip import (
    SCORE_DECIMALS,
    Conflict,
    Instance,
    Kind,
    Row,
    Rule,
    exact,
    instance,
    settled,
    solve,
    usable,
)
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Problem

__all__ = [
    "SCORE_DECIMALS",
    "BudgetFit",
    "Conflict",
    "Kind",
    "Selection",
    "budget_fit",
    "select",
    "select_instance",
]


@dataclass(frozen=True, slots=True)
class Selection:
    """The proposals to fund, or (when the rules cannot all hold) why none can be chosen."""

    feasible: bool
    funded: tuple[int, ...]
    """The funded proposal ids, in the order the candidates were given."""
    total_score: float
    total_cost: float
    total_resource: float
    conflicts: tuple[Conflict, ...] = ()
    """When not feasible: a minimal set of constraints that cannot hold together."""
    unpriced: tuple[int, ...] = ()
    """Funded musts that have no cost (counted as 0 in total_cost)."""


def select(
    problem: Problem,
    scores: Sequence[float | None] | None = None,
    hint: Iterable[int] | None = None,
) -> Selection:
    """The best set of proposals to fund; `scores` (in candidate order) replaces the
    candidates' own scores (a re-weighted or one office's view). `hint`, the funded ids of an
    earlier feasible selection of the same problem (only the scores changed), speeds it up;
    the answer does not depend on it."""
    inst = instance(problem, scores)
    values = [c.score for c in problem.candidates] if scores is None else list(scores)
    start = None
    if hint is not None:
        chosen = set(hint)
        start = tuple(int(c.id in chosen) for c in problem.candidates)
    return selection_of(inst, values, select_instance(inst, start))


def select_instance(inst: Instance, start: tuple[int, ...] | None = None) -> tuple[int, ...] | None:
    """The chosen 0/1 vector of a problem in integers; None when the rules cannot all hold.
    `start`: a vector known to satisfy the rules, to begin the search from. Where only
    money binds, the exact knapsack answers without the solver (`portfolio_knapsack`)."""
    if money_only(inst):
        return knapsack(inst, start)
    try:
        return portfolio_search.search(inst, start)
    except (portfolio_search.TooLarge, portfolio_search.Unsupported):
        pass  # the mixed-integer solver answers the same question, only slower
    return solve_by_model(inst, start)


def solve_by_model(inst: Instance, start: tuple[int, ...] | None = None) -> tuple[int, ...] | None:
    """`select_instance` by the mixed-integer solver alone (HiGHS): the reference the
    searches are held to, and the answer where they give up."""
    if start is not None and (
        len(start) != inst.size or not all(_holds(inst, rule, start) for rule in inst.rules)
    ):
        start = None
    first = solve(inst, inst.points, maximise=True, start=start)
    if first is None:
        return None
    best = _dot(inst.points, first)
    optimal: Row = (_all(inst), inst.points, best - 0.5, math.inf)
    # Is another set as good? Only then do the tie-breaks need solving. Most candidates are
    # settled by duality; the question is then asked of the few left.
    fixed = settled(inst, best, first)
    if len(fixed) == inst.size:
        return first
    zero = [0] * inst.size
    if solve(inst, zero, maximise=True, rows=[optimal, _differs(first)], fixed=fixed) is None:
        return first
    cheapest = solve(inst, inst.costs, maximise=False, rows=[optimal], start=first)
    assert cheapest is not None  # `first` itself is one
    least: Row = (_all(inst), inst.costs, -math.inf, _dot(inst.costs, cheapest) + 0.5)
    return _lowest_ids(inst, cheapest, [optimal, least])


def _lowest_ids(inst: Instance, incumbent: tuple[int, ...], rows: list[Row]) -> tuple[int, ...]:
    """Among the sets the rows allow, the one that funds the lowest id where two differ (one
    of no worth: the one that leaves it out), deciding one proposal at a time by id."""
    fixed: dict[int, int] = {}
    zero = [0] * inst.size
    for i in sorted(range(inst.size), key=lambda i: inst.candidates[i].id):
        wanted = 1 if inst.points[i] > 0 else 0
        if incumbent[i] != wanted:
            found = solve(inst, zero, maximise=True, rows=rows, fixed={**fixed, i: wanted})
            if found is None:
                wanted = 1 - wanted
            else:
                incumbent = found
        fixed[i] = wanted
    return incumbent


def conflicts(inst: Instance) -> tuple[Conflict, ...]:
    """A minimal set of the rules that cannot hold together (deletion filter): each rule is
    dropped in turn, for good if the rest still cannot hold."""
    kept = list(inst.rules)
    zero = [0] * inst.size
    i = 0
    while i < len(kept):
        trial = kept[:i] + kept[i + 1 :]
        if solve(inst, zero, maximise=True, rules=trial) is None:
            kept = trial
        else:
            i += 1
    return tuple(rule.conflict for rule in kept)


def selection_of(
    inst: Instance, scores: Sequence[float | None], chosen: tuple[int, ...] | None
) -> Selection:
    """The Selection record of a chosen vector (None: infeasible, with its conflicts)."""
    if chosen is None:
        return Selection(False, (), 0.0, 0.0, 0.0, conflicts(inst))
    funded = [i for i in range(inst.size) if chosen[i]]
    cands: Sequence[Candidate] = inst.candidates
    return Selection(
        feasible=True,
        funded=tuple(cands[i].id for i in funded),
        total_score=math.fsum(_finite(scores[i]) for i in funded),
        total_cost=_total(inst.costs, inst.cost_scale, funded, inst.exact_sums)
        or _money(cands[i].cost for i in funded),
        total_resource=_total(inst.resources, inst.resource_scale, funded, inst.exact_sums)
        or _money(cands[i].resource for i in funded),
        unpriced=tuple(
            cands[i].id
            for i in funded
            if cands[i].rule == FundingRule.MUST and not usable(cands[i].cost)
        ),
    )


def _finite(value: float | None) -> float:
    return value if value is not None and math.isfinite(value) else 0.0


def _total(scaled: Sequence[int], scale: int, funded: Sequence[int], exact: bool) -> float | None:
    """The sum of the funded values from their exact integers (None: not exact)."""
    if not exact:
        return None
    return float(Fraction(sum(scaled[i] for i in funded), scale))


def _money(values: Iterable[float | None]) -> float:
    """The sum of the decimal values as written (0.1 + 0.2 is 0.3); unusable ones count 0."""
    return float(sum((exact(v) for v in values if v is not None and usable(v)), Fraction(0)))


def _holds(inst: Instance, rule: Rule, x: Sequence[int]) -> bool:
    if rule.column is not None:
        col, low, high = rule.column
        return low <= x[col] <= high
    assert rule.row is not None
    cols, coefs, lo, hi = rule.row
    return lo <= sum(coefs[j] for j, c in enumerate(cols) if x[c]) <= hi


def _dot(coefs: Sequence[int], x: Sequence[int]) -> int:
    return sum(c for c, on in zip(coefs, x, strict=True) if on)


def _all(inst: Instance) -> tuple[int, ...]:
    return tuple(range(inst.size))


def _differs(x: Sequence[int]) -> Row:
    """A row that every 0/1 vector but x satisfies."""
    coefs = tuple(-1 if on else 1 for on in x)
    return (tuple(range(len(x))), coefs, 1 - sum(x) - 0.5, math.inf)


# --- the budget fit of the results view --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetFit:
    chosen: tuple[int, ...]
    """The chosen proposal ids, in the order the items were given."""
    total_score: float
    total_cost: float
    budget: float
    feasible: bool = True
    """False when the funding rules cannot all hold within the budget: nothing is chosen."""


def budget_fit(items: Sequence[tuple[int, float | None, float | None]], budget: float) -> BudgetFit:
    """The proposals to fund within a budget alone: items are (proposal id, score, cost).

    Left out: items without a score or a cost, with a score that is not positive (to 6
    decimals), with a negative or non-finite cost, or costing more than the budget. Zero-cost
    items with a positive score are always chosen. A negative budget buys nothing.
    """
    if math.isnan(budget):
        raise ValueError("the budget is not a number")
    ids = [item[0] for item in items]
    if len(set(ids)) != len(ids):
        raise ValueError("an id appears twice in the items")
    if budget < 0:
        return BudgetFit((), 0.0, 0.0, budget)
    candidates = tuple(
        Candidate(item_id, str(item_id), score, cost)
        for item_id, score, cost in items
        if score is not None
        and math.isfinite(score)
        and round(score * 10**SCORE_DECIMALS) > 0
        and usable(cost)
    )
    found = select(Problem(candidates, None if math.isinf(budget) else budget))
    return BudgetFit(found.funded, found.total_score, found.total_cost, budget)
