"""The selection when only money binds: an exact 0/1 knapsack, in milliseconds.

A workshop whose rules are at most a budget, musts and must-nots (no requirements, groups or
second resource) asks a plain knapsack: the musts are paid first, the must-nots and the
proposals without a cost or a positive score are left out, and the rest is a dynamic
programme over the sets that are not dominated (Nemhauser-Ullmann), pruned with the linear
relaxation (Dantzig) bound, items in order of value per cost, in exact integer arithmetic.

Every set is valued by one integer that orders sets exactly as the mixed-integer model's
tie-breaks do: score first (in millionths), then the lower cost, then the set that funds the
lowest id where two sets differ (one bit per proposal, the lowest id the most significant).
So the answer is the model's answer, found without a solver; the property tests hold both
against every subset.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from heapq import merge

from pmo_tmo_desktop.domain.portfolio_mip import Instance, Kind
from pmo_tmo_desktop.domain.portfolio_order import by_ratio

_MONEY_ONLY = frozenset({Kind.BUDGET, Kind.MUST, Kind.MUST_NOT, Kind.NO_COST})


def money_only(inst: Instance) -> bool:
    """Whether the rules are at most a budget, musts, must-nots and proposals without a cost."""
    return all(rule.conflict.kind in _MONEY_ONLY for rule in inst.rules)


def knapsack(inst: Instance, start: Sequence[int] | None = None) -> tuple[int, ...] | None:
    """The chosen 0/1 vector of a money-only instance; None when the musts alone cost more
    than the budget. `start`: an earlier answer to begin from (a hint only)."""
    n = inst.size
    fixed: dict[int, int] = {}
    for rule in inst.rules:
        if rule.column is not None:
            column, low, _high = rule.column
            fixed[column] = low
    capacity: int | None = None
    if inst.budget_rule is not None and inst.budget_rule.row is not None:
        capacity = int(inst.budget_rule.row[3] - 0.5)  # the row holds budget + 0.5
    chosen = [0] * n
    for i, value in fixed.items():
        chosen[i] = value
    room = None if capacity is None else capacity - sum(inst.costs[i] for i in fixed if fixed[i])
    if room is not None and room < 0:
        return None
    free = [i for i in range(n) if i not in fixed and inst.points[i] > 0]
    paid = []
    for i in free:
        if inst.costs[i] == 0:
            chosen[i] = 1  # worth something and costs nothing
        elif room is None or inst.costs[i] <= room:
            paid.append(i)
    if room is None or sum(inst.costs[i] for i in paid) <= room:
        for i in paid:
            chosen[i] = 1
        return tuple(chosen)
    ids = [inst.candidates[i].id for i in paid]
    hint = None if start is None or len(start) != n else [k for k, i in enumerate(paid) if start[i]]
    costs = [inst.costs[i] for i in paid]
    for k in _search([inst.points[i] for i in paid], costs, ids, room, hint):
        chosen[paid[k]] = 1
    return tuple(chosen)


def _search(
    points: Sequence[int],
    costs: Sequence[int],
    ids: Sequence[int],
    room: int,
    hint: Sequence[int] | None = None,
) -> set[int]:
    """The positions of the best subset of items (each fits alone, positive cost and points);
    `hint`, positions of a subset to beat from the start."""
    n = len(points)
    # One integer per item that orders subsets as the tie-breaks ask: score first, then (less)
    # cost, then one bit per item, the lowest id the most significant bit.
    bit = [0] * n
    for rank, i in enumerate(sorted(range(n), key=ids.__getitem__)):
        bit[i] = 1 << (n - 1 - rank)
    cost_weight = 1 << n
    score_weight = (sum(costs) + 1) * cost_weight
    values = [points[i] * score_weight - costs[i] * cost_weight + bit[i] for i in range(n)]

    # Best value per cost first (exactly): the order the Dantzig bound needs.
    order = by_ratio(range(n), values, costs, ids)
    value = [values[i] for i in order]
    cost = [costs[i] for i in order]
    prefix_cost = [0] * (n + 1)
    prefix_value = [0] * (n + 1)
    for k in range(n):
        prefix_cost[k + 1] = prefix_cost[k] + cost[k]
        prefix_value[k + 1] = prefix_value[k] + value[k]

    # Dynamic programming over the sets no other set dominates (costs no more and is worth no
    # less), item by item in that order; a set is dropped as soon as even the linear
    # relaxation of the items still to come cannot lift it above the best set known.
    best_value, best_mask = 0, 0
    if hint is not None and sum(costs[i] for i in hint) <= room:
        position = {item: k for k, item in enumerate(order)}
        best_value = sum(values[i] for i in hint)
        best_mask = sum(1 << position[i] for i in hint)
    states = [(0, 0, 0)]  # (cost, value, items taken as bits of `order`), by cost then value
    for k in range(n):
        kept = []
        for used, gained, mask in states:
            left = room - used
            # The greedy run: items k..j-1 fit whole, item j (if any) only in part.
            j = bisect_right(prefix_cost, prefix_cost[k] + left, k, n + 1) - 1
            whole = gained + prefix_value[j] - prefix_value[k]
            if whole > best_value:  # the greedy run is itself a set that fits
                best_value, best_mask = whole, mask | ((1 << j) - (1 << k))
            if j == n:  # all the rest fits: nothing better below this set
                continue
            part = prefix_cost[k] + left - prefix_cost[j]
            # Kept while whole + value[j] * part / cost[j] > best_value (in integers).
            if whole * cost[j] + value[j] * part > best_value * cost[j]:
                kept.append((used, gained, mask))
        grown = [
            (used + cost[k], gained + value[k], mask | 1 << k)
            for used, gained, mask in kept
            if used + cost[k] <= room
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
    return {order[i] for i in range(n) if best_mask >> i & 1}


def cost_steps(inst: Instance) -> list[tuple[int, int]]:
    """For a money-only instance, whatever its budget: every (cost, points) at which more money
    first buys more points — the least cost of each total no cheaper set reaches, ascending in
    both, from the musts alone. One dynamic programme over the undominated sets (as `_search`,
    without a budget and without the tie-breaks: only the totals count here)."""
    fixed: dict[int, int] = {}
    for rule in inst.rules:
        if rule.column is not None:
            column, low, _high = rule.column
            fixed[column] = low
    base_cost = sum(inst.costs[i] for i, on in fixed.items() if on)
    base_points = sum(inst.points[i] for i, on in fixed.items() if on)
    states = [(0, 0)]
    for i in range(inst.size):
        if i in fixed or inst.points[i] <= 0:
            continue
        cost, worth = inst.costs[i], inst.points[i]
        if cost == 0:
            base_points += worth  # free and worth something: always in
            continue
        grown = [(used + cost, gained + worth) for used, gained in states]
        kept: list[tuple[int, int]] = []
        for used, gained in merge(states, grown):
            if kept and gained <= kept[-1][1]:
                continue  # costs no less, is worth no more
            if kept and used == kept[-1][0]:
                kept[-1] = (used, gained)
            else:
                kept.append((used, gained))
        states = kept
    return [(base_cost + used, base_points + gained) for used, gained in states]
