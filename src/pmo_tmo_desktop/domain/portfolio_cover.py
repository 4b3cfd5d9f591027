"""The least cost of a set worth at least so much, by the same exact search: the frontier's
question (the budget at which the best set next changes is the least cost of a set of
strictly higher score).

The same moves as `portfolio_search` (funding a proposal funds what it requires, leaving one
out leaves out what requires it, the limits hold), another goal: reach a total of points at
the least cost. It branches on the proposals worth something, most points per unit of cost
first, and cuts a branch when even the cheapest fractional cover of the points still missing
(the undecided proposals by points per cost, the last in part) costs no less than the best
set found, or when all of them together cannot reach the total. Costs are never negative, so
a set that reaches the total is not extended.
"""

from __future__ import annotations

from pmo_tmo_desktop.domain.portfolio_mip import Instance
from pmo_tmo_desktop.domain.portfolio_order import by_ratio, least
from pmo_tmo_desktop.domain.portfolio_search import (
    NODE_LIMIT,
    TooLarge,
    _Limit,
    _limits_and_requirements,
    _Search,
)


def cheapest(inst: Instance, at_least: int | None = None) -> int | None:
    """The least total cost (in the instance's integer money) of a set the rules allow whose
    points reach `at_least` (any allowed set when None); None when there is none. Raises
    `portfolio_search.Unsupported` for a row of another shape and `TooLarge` past the node
    limit, as `portfolio_search.search` does."""
    limits, requires, fixed = _limits_and_requirements(inst)
    if any(f == 2 for f in fixed):
        return None
    return _Cover(inst, limits, requires, fixed, at_least).run()


class _Cover(_Search):
    def __init__(
        self,
        inst: Instance,
        limits: list[_Limit],
        requires: list[list[int]],
        fixed: list[int],
        at_least: int | None,
    ) -> None:
        cost_limit = _Limit(tuple(inst.costs), sum(inst.costs), True)
        self._moves(inst, list(inst.points), [*limits, cost_limit], requires, fixed)
        self.cost_row = len(limits)
        self.goal = at_least
        costs, points = inst.costs, inst.points

        worth = [i for i in range(self.n) if points[i] > 0]
        self.order = by_ratio(worth, points, costs)  # most points per cost first
        self.costs = costs
        self.least: int | None = None
        # Per limit over everyone (the second resource): the proposals by points per unit of
        # it, to prove that what is missing cannot fit in what is left of it.
        self.room_orders: list[tuple[int, list[int]]] = []
        for r, lim in enumerate(limits):
            if lim.full:
                self.room_orders.append((r, by_ratio(worth, points, lim.weights)))
        # With such a limit, the cost bound also prices it in (a Lagrangian bound: any price
        # >= 0 gives a true lower bound; the root's best one is kept).
        self.priced: tuple[int, int, list[int], list[int]] | None = None
        if self.room_orders and at_least is not None:
            r = self.room_orders[0][0]
            price = self._price(r, at_least)
            if price > 0:
                weights = limits[r].weights
                adjusted = [c + price * w for c, w in zip(costs, weights, strict=True)]
                self.priced = (r, price, adjusted, by_ratio(worth, points, adjusted))

    def _price(self, r: int, goal: int) -> int:
        """The price of limit r that makes the root's Lagrangian cost bound greatest."""
        weights, room = self.limits[r].weights, self.capacity[r]
        items = [
            (float(self.value[i]), float(self.costs[i]), float(weights[i]))
            for i in range(self.n)
            if self.value[i] > 0 and self.fixed[i] == -1
        ]

        def bound(price: float) -> float:
            found = -price * room
            missing = float(goal)
            for p, c in sorted(((p, c + price * w) for p, c, w in items),
                               key=lambda item: item[1] / item[0]):  # fmt: skip
                if p >= missing:
                    return found + c * missing / p
                missing -= p
                found += c
            return found

        best = least(lambda price: -bound(price), 0.0, float(sum(self.costs)) + 1.0, 60)
        return int(best) if bound(best) > bound(0.0) else 0

    def run(self) -> int | None:  # type: ignore[override]
        if not self._settle():
            return None
        self._too_deep(self.order)
        self._cover(0)
        return self.least

    def _cover(self, k: int) -> None:
        self.nodes += 1
        if self.nodes > NODE_LIMIT:
            raise TooLarge
        spent = self.used[self.cost_row]
        least = self.least
        if self.goal is None or self.total >= self.goal:
            if least is None or spent < least:
                self.least = spent
            return
        if least is not None and spent >= least:
            return
        order, state = self.order, self.state
        while k < len(order) and state[order[k]] != -1:
            k += 1
        if (
            k == len(order)
            or not self._reachable(k, spent, least)
            or not self._fits()
            or not self._priced_reachable(spent, least)
        ):
            return
        i = order[k]
        mark = len(self.trail)
        if self._fund(i):
            self._cover(k + 1)
        self._undo(mark)
        self._leave(i)
        self._cover(k + 1)
        self._undo(mark)

    def _reachable(self, k: int, spent: int, least: int | None) -> bool:
        """Whether the undecided proposals can still reach the goal for less than `least`."""
        assert self.goal is not None
        missing = self.goal - self.total
        state, points, costs = self.state, self.value, self.costs
        for i in self.order[k:]:
            if state[i] != -1:
                continue
            p, c = points[i], costs[i]
            if p >= missing:  # i completes it, in part: spent + missing x c / p
                return least is None or spent * p + missing * c < least * p
            missing -= p
            spent += c
        return False

    def _priced_reachable(self, spent: int, least: int | None) -> bool:
        """The cost bound with the limit priced in: spent - price x room left + the cheapest
        fractional cover at the adjusted costs must stay below `least`."""
        if self.priced is None or least is None:
            return True
        assert self.goal is not None
        r, price, adjusted, order = self.priced
        found = spent - price * (self.capacity[r] - self.used[r])
        missing = self.goal - self.total
        state, points = self.state, self.value
        for i in order:
            if state[i] != -1:
                continue
            p, c = points[i], adjusted[i]
            if p >= missing:
                return found * p + missing * c < least * p
            missing -= p
            found += c
        return False

    def _fits(self) -> bool:
        """Whether the points still missing fit in what is left of every full-width limit
        (each limit's fractional knapsack of points)."""
        assert self.goal is not None
        state, points = self.state, self.value
        for r, order in self.room_orders:
            weights = self.limits[r].weights
            room = self.capacity[r] - self.used[r]
            missing = self.goal - self.total
            for i in order:
                if state[i] != -1:
                    continue
                w = weights[i]
                if w <= room:
                    room -= w
                    missing -= points[i]
                    if missing <= 0:
                        break
                else:  # i in part: points x room / w must cover what is missing
                    if points[i] * room < missing * w:
                        return False
                    break
            else:
                if missing > 0:
                    return False
        return True
