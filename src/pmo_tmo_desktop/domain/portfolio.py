"""Portfolio maths: the set of proposals that buys the most score within a budget.

An exact 0/1 knapsack. Costs are money (they may run into millions with cents), so there is no
table over cost units: a dynamic programme over the non-dominated sets (Nemhauser-Ullmann)
pruned with the linear-relaxation (Dantzig) bound, items in order of value per cost, in exact
integer arithmetic. Fifty proposals take milliseconds; only instances built so that score is
proportional to cost (a subset-sum puzzle, not a portfolio) can take long.

Exactness and ties:
- costs and the budget are taken at the decimal value they print as (0.1 + 0.2 fits in 0.3);
- scores count to 6 decimals, the precision the scoring engine ranks with;
- among equally good sets: the higher total score, then the lower total cost, then the
  lexicographically lower sorted ids win, so the answer never depends on input order.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

SCORE_DECIMALS = 6
_POINTS_PER_UNIT = 1_000_000  # 10 ** SCORE_DECIMALS


@dataclass(frozen=True, slots=True)
class BudgetFit:
    chosen: tuple[int, ...]
    """The chosen proposal ids, in the order the items were given."""
    total_score: float
    total_cost: float
    budget: float


def _exact(value: float) -> Fraction:
    """The decimal value a float prints as, exactly (0.1 is one tenth, not its binary twin)."""
    return Fraction(repr(float(value)))


def budget_fit(items: Sequence[tuple[int, float | None, float | None]], budget: float) -> BudgetFit:
    """The proposals to fund: items are (proposal id, score, cost).

    Left out: items without a score or a cost, with a score that is not positive (to 6
    decimals), with a negative or non-finite cost, or costing more than the budget. Zero-cost
    items with a positive score are always chosen. A negative budget buys nothing.
    """
    if math.isnan(budget):
        raise ValueError("the budget is not a number")
    ids = [item[0] for item in items]
    if len(set(ids)) != len(ids):
        raise ValueError("an id appears twice in the items")

    usable: list[_Item] = []
    for index, (item_id, item_score, item_cost) in enumerate(items):
        if item_score is None or item_cost is None:
            continue
        if not (math.isfinite(item_score) and math.isfinite(item_cost)):
            continue
        if item_cost < 0 or item_cost > budget or _points(item_score) <= 0:
            continue
        usable.append(_Item(index, item_id, item_score, item_cost))

    free = {u.index for u in usable if u.cost == 0}
    chosen_indices = free | _search([u for u in usable if u.cost > 0], budget)
    chosen = [u for u in usable if u.index in chosen_indices]
    return BudgetFit(
        chosen=tuple(u.id for u in chosen),
        total_score=math.fsum(u.score for u in chosen),
        total_cost=math.fsum(u.cost for u in chosen),
        budget=budget,
    )


@dataclass(frozen=True, slots=True)
class _Item:
    index: int
    id: int
    score: float
    cost: float


def _points(score: float) -> int:
    return round(score * _POINTS_PER_UNIT)


def _search(paid: Sequence[_Item], budget: float) -> set[int]:
    """The input indices of the best subset of items with a positive cost (each fits alone)."""
    n = len(paid)
    # Integer costs: every cost and the budget over one common denominator.
    exact_costs = [_exact(u.cost) for u in paid]
    exact_budget = sum(exact_costs, Fraction(0)) if math.isinf(budget) else _exact(budget)
    if sum(exact_costs, Fraction(0)) <= exact_budget:
        return {u.index for u in paid}
    scale = math.lcm(exact_budget.denominator, *(c.denominator for c in exact_costs))
    costs = [int(c * scale) for c in exact_costs]
    capacity = int(exact_budget * scale)

    # One integer value per item that orders subsets exactly as the tie-break asks: score
    # first, then (less) cost, then one bit per item, the lowest id the most significant bit.
    bit = [0] * n
    for rank, i in enumerate(sorted(range(n), key=lambda i: paid[i].id)):
        bit[i] = 1 << (n - 1 - rank)
    cost_weight = 1 << n
    score_weight = (sum(costs) + 1) * cost_weight
    values = [
        _points(u.score) * score_weight - costs[i] * cost_weight + bit[i]
        for i, u in enumerate(paid)
    ]

    # Best value per cost first (exactly): the order the Dantzig bound needs.
    order = sorted(range(n), key=lambda i: (-Fraction(values[i], costs[i]), paid[i].id))
    value = [values[i] for i in order]
    cost = [costs[i] for i in order]
    prefix_cost = [0] * (n + 1)
    prefix_value = [0] * (n + 1)
    for k in range(n):
        prefix_cost[k + 1] = prefix_cost[k] + cost[k]
        prefix_value[k + 1] = prefix_value[k] + value[k]

    # Dynamic programming over the sets that are not dominated (no other set both costs no
    # more and is worth no less), item by item in that order; a set is dropped as soon as even
    # the linear relaxation of the items still to come cannot lift it above the best set known.
    best_value, best_mask = 0, 0
    states = [(0, 0, 0)]  # (cost, value, items taken as bits of `order`), by cost then value
    for k in range(n):
        kept = []
        for used, gained, mask in states:
            room = capacity - used
            # The greedy run: items k..j-1 fit whole, item j (if any) only in part.
            j = bisect_right(prefix_cost, prefix_cost[k] + room, k, n + 1) - 1
            whole = gained + prefix_value[j] - prefix_value[k]
            if whole > best_value:  # the greedy run is itself a set that fits
                best_value, best_mask = whole, mask | ((1 << j) - (1 << k))
            if j == n:  # all the rest fits: nothing better below this set
                continue
            left = prefix_cost[k] + room - prefix_cost[j]
            # Keep while whole + value[j] * left / cost[j] > best_value (in integers).
            if whole * cost[j] + value[j] * left > best_value * cost[j]:
                kept.append((used, gained, mask))
        grown = [
            (used + cost[k], gained + value[k], mask | 1 << k)
            for used, gained, mask in kept
            if used + cost[k] <= capacity
        ]
        states = []
        for state in sorted(kept + grown):
            if states and state[1] <= states[-1][1]:
                continue  # dominated: costs no less, is worth no more
            if states and state[0] == states[-1][0]:
                states[-1] = state
            else:
                states.append(state)
        if not states:
            break
    for _, gained, mask in states:
        if gained > best_value:
            best_value, best_mask = gained, mask
    return {paid[order[i]].index for i in range(n) if best_mask >> i & 1}
