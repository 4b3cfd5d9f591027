"""The selection under every rule the set-up offers, by an exact depth-first search.

The model of `portfolio_mip` has a shape the general solver does not know about: every row is
either a limit (the budget, the second resource, a group's "at most N": non-negative
coefficients, no lower bound) or a requirement (x_i <= x_j). Over that shape a plain
branch-and-bound answers a workshop's fifty proposals in milliseconds where three runs of the
mixed-integer solver take a tenth of a second — the difference between a weight slider that
follows the hand and one that lags.

As in `portfolio_knapsack`, every set is valued by one exact integer that orders sets as the
mixed-integer model's tie-breaks do: score (in millionths) first, then the lower cost, then the
set that decides the lowest id where two sets differ the way `_lowest_ids` prefers (funded when
it is worth something, left out when not). So the best value is the model's answer.

The search:
- Funding a proposal funds everything it requires, transitively; leaving one out leaves out
  everything that requires it. Every partial choice with the undecided proposals left out is
  itself allowed (nothing left out breaks a limit or a requirement), so each node is a
  candidate answer.
- It branches on the proposals worth something, in order of value per cost (fund first); a
  branch is cut when even the linear relaxation of each full-width limit (Dantzig's bound: the
  undecided proposals by value per unit of that limit, the last one in part) cannot lift it
  above the best set found. Without such a limit the bound is the undecided proposals worth
  something, no more of a group than it has room for. A proposal that cannot be funded beside
  the musts is left out before the search begins.
- A search that would visit more than `NODE_LIMIT` choices, or branch on more than
  `DEPTH_LIMIT` proposals (one level of recursion each), gives up (`TooLarge`): the caller
  then asks the mixed-integer solver, so a hard instance is slow, never wrong.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from pmo_tmo_desktop.domain.portfolio_mip import Instance, Kind
from pmo_tmo_desktop.domain.portfolio_order import by_ratio, least

NODE_LIMIT = 200_000
"""Choices visited before the search hands the instance to the mixed-integer solver."""
DEPTH_LIMIT = 500
"""Open proposals beyond which the search hands the instance to the solver: each is one level
of recursion, and Python allows 1000 in all (the caller's frames included)."""


class TooLarge(Exception):
    """The search would take too long; the caller falls back to the solver."""


class Unsupported(Exception):
    """A row that is neither a limit nor a requirement."""


@dataclass(frozen=True, slots=True)
class _Limit:
    weights: tuple[int, ...]
    capacity: int
    full: bool
    """Whether it spans every candidate (the budget, the resource): worth a bound of its own."""


@dataclass(frozen=True, slots=True)
class _Bound:
    """One relaxation: the candidates by value per unit of `limit` (best first)."""

    order: list[int]
    weights: list[int]
    values: list[int]
    limit: int
    priced: int
    """A second limit moved into the values (-1: none) at `price` a unit."""
    price: int


def _limits_and_requirements(inst: Instance) -> tuple[list[_Limit], list[list[int]], list[int]]:
    """The limits, each candidate's direct requirements, and the fixed columns (-1 free)."""
    n = inst.size
    limits: list[_Limit] = []
    requires: list[list[int]] = [[] for _ in range(n)]
    fixed = [-1] * n
    for rule in inst.rules:
        if rule.column is not None:
            col, low, high = rule.column
            if low == high:
                if fixed[col] not in (-1, low):
                    fixed[col] = 2  # both 0 and 1: nothing can hold
                else:
                    fixed[col] = low
            elif low > high:
                fixed[col] = 2
            continue
        assert rule.row is not None
        cols, coefs, lo, hi = rule.row
        if rule.conflict.kind == Kind.REQUIRES and len(cols) == 2 and tuple(coefs) == (1, -1):
            if not (math.isinf(lo) and lo < 0 and 0 <= hi < 1):
                raise Unsupported(rule.conflict.kind)
            requires[cols[0]].append(cols[1])
            continue
        if not (math.isinf(lo) and lo < 0) or any(c < 0 for c in coefs) or math.isinf(hi):
            raise Unsupported(rule.conflict.kind)
        weights = [0] * n
        for col, coef in zip(cols, coefs, strict=True):
            weights[col] += int(coef)
        limits.append(_Limit(tuple(weights), math.floor(hi), len(set(cols)) == n))
    return limits, requires, fixed


def _closures(links: Sequence[Sequence[int]]) -> list[tuple[int, ...]]:
    """Per node, itself and every node it reaches (cycles allowed)."""
    found = []
    for start in range(len(links)):
        seen = {start}
        stack = [start]
        while stack:
            for nxt in links[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        found.append((start, *sorted(seen - {start})))
    return found


def values_of(inst: Instance) -> list[int]:
    """Each candidate's worth in the one integer that orders sets as the tie-breaks do."""
    n = inst.size
    bit = [0] * n
    for rank, i in enumerate(sorted(range(n), key=lambda i: inst.candidates[i].id)):
        bit[i] = 1 << (n - 1 - rank)
    cost_weight = 1 << n
    score_weight = (sum(inst.costs) + 1) * cost_weight
    return [
        inst.points[i] * score_weight
        - inst.costs[i] * cost_weight
        + (bit[i] if inst.points[i] > 0 else -bit[i])
        for i in range(n)
    ]


def search(inst: Instance, start: Sequence[int] | None = None) -> tuple[int, ...] | None:
    """The chosen 0/1 vector (the mixed-integer model's answer, tie-breaks included); None
    when the rules cannot all hold. `start`: an allowed vector to begin from (a hint only).
    Raises Unsupported for a row of another shape and TooLarge past `NODE_LIMIT` or
    `DEPTH_LIMIT`."""
    limits, requires, fixed = _limits_and_requirements(inst)
    if any(f == 2 for f in fixed) or any(lim.capacity < 0 for lim in limits):
        return None  # a column fixed both ways, or a limit not even the empty set fits
    return _Search(inst, limits, requires, fixed).run(start)


class _Search:
    def __init__(
        self, inst: Instance, limits: list[_Limit], requires: list[list[int]], fixed: list[int]
    ) -> None:
        n = inst.size
        self._moves(inst, values_of(inst), limits, requires, fixed)
        # The bounds: per full-width limit, the candidates worth something by value per unit;
        # with two such limits (budget and resource) first the Lagrangian one, the second
        # limit priced into the values at the multiplier that makes the root's bound least.
        full = [r for r, lim in enumerate(limits) if lim.full]
        self.bounds = [self._order(self.value, limits[r].weights, r) for r in full]
        if len(full) >= 2:
            first, second = full[0], full[1]
            price = self._price(first, second)
            if price > 0:
                adjusted = [
                    v - price * w for v, w in zip(self.value, limits[second].weights, strict=True)
                ]
                bound = self._order(adjusted, limits[first].weights, first, second, price)
                self.bounds.insert(0, bound)
        if not self.bounds:  # no limit spans everyone: every worthwhile one, best first, with
            # no more of a group than it has room for (see _capped)
            self.bounds = [self._order(self.value, (1,) * n, -1)]
        self.group_of = [-1] * n
        for r, lim in enumerate(limits):
            if not lim.full and all(w in (0, 1) for w in lim.weights):
                for i, w in enumerate(lim.weights):
                    if w and self.group_of[i] < 0:
                        self.group_of[i] = r
        # Branch in the tightest relaxation's order; the candidates it counts as worthless
        # (priced out by the second limit) still worth something come after.
        first_order = self.bounds[0].order
        listed = set(first_order)
        self.branch = first_order + [i for i in self.bounds[-1].order if i not in listed]
        self.best: int | None = None
        self.best_set: tuple[int, ...] = ()

    def _moves(
        self,
        inst: Instance,
        value: list[int],
        limits: list[_Limit],
        requires: list[list[int]],
        fixed: list[int],
    ) -> None:
        """What funding and leaving out need: values, limits and the requirement closures."""
        n = inst.size
        self.n = n
        self.value = value
        self.limits = limits
        self.capacity = [lim.capacity for lim in limits]
        self.used = [0] * len(limits)
        self.rows_of: list[tuple[tuple[int, int], ...]] = [
            tuple((r, lim.weights[i]) for r, lim in enumerate(limits) if lim.weights[i])
            for i in range(n)
        ]
        dependents: list[list[int]] = [[] for _ in range(n)]
        for i, needs in enumerate(requires):
            for j in needs:
                dependents[j].append(i)
        self.needs = _closures(requires)
        self.needed_by = _closures(dependents)
        self.fixed = fixed
        self.state = [-1] * n
        self.trail: list[int] = []
        self.total = 0
        self.nodes = 0

    def _order(
        self,
        values: Sequence[int],
        weights: Sequence[int],
        limit: int,
        priced: int = -1,
        price: int = 0,
    ) -> _Bound:
        """The relaxation of one limit (-1: none) over `values`, the limit `priced` (if any)
        moved into them at `price` a unit."""
        # v_i / w_i descending, exactly; weightless ones first (they always fit).
        worth = by_ratio(
            (i for i in range(self.n) if values[i] > 0 and self.value[i] > 0), values, weights
        )
        return _Bound(worth, [weights[i] for i in worth], [values[i] for i in worth], limit,
                      priced, price)  # fmt: skip

    def _price(self, first: int, second: int) -> int:
        """The multiplier of the second limit that makes the root's Lagrangian bound least
        (approximately: any multiplier >= 0 gives a true bound; a good one a tight bound)."""
        w1, w2 = self.limits[first].weights, self.limits[second].weights
        room1, room2 = self.capacity[first], self.capacity[second]
        worth = [i for i in range(self.n) if self.value[i] > 0 and self.fixed[i] == -1]
        # The values carry one tie-break bit per candidate: past about a thousand candidates
        # they exceed a double's range. The price is searched in units of 2**shift.
        shift = max(0, max((self.value[i].bit_length() for i in worth), default=0) - 900)
        items = [(float(self.value[i] >> shift), float(w1[i]), float(w2[i])) for i in worth]

        def bound(price: float) -> float:
            gained = price * room2
            room = float(room1)
            adjusted = sorted(
                ((v - price * b, a) for v, a, b in items if v - price * b > 0),
                key=lambda item: -item[0] / item[1] if item[1] > 0 else -math.inf,
            )
            for value, weight in adjusted:
                if weight <= room:
                    room -= weight
                    gained += value
                else:
                    return gained + value * room / weight
            return gained

        dear = [v / b for v, _, b in items if b > 0]
        if not dear or room2 <= 0:
            return 0
        best = least(bound, 0.0, max(dear), 48)
        return int(best) << shift if bound(best) < bound(0.0) else 0

    # --- moves, undone through the trail -----------------------------------------------------

    def _fund(self, i: int) -> bool:
        state, used, capacity = self.state, self.used, self.capacity
        for j in self.needs[i]:
            s = state[j]
            if s == 1:
                continue
            if s == 0:
                return False
            state[j] = 1
            self.trail.append(j)
            self.total += self.value[j]
            over = False
            for r, w in self.rows_of[j]:
                used[r] += w
                over = over or used[r] > capacity[r]
            if over:
                return False
        return True

    def _leave(self, i: int) -> bool:
        state = self.state
        for j in self.needed_by[i]:
            s = state[j]
            if s == 0:
                continue
            if s == 1:
                return False
            state[j] = 0
            self.trail.append(j)
        return True

    def _undo(self, mark: int) -> None:
        state, used, trail = self.state, self.used, self.trail
        while len(trail) > mark:
            j = trail.pop()
            if state[j] == 1:
                self.total -= self.value[j]
                for r, w in self.rows_of[j]:
                    used[r] -= w
            state[j] = -1

    # --- the search ----------------------------------------------------------------------------

    def _settle(self) -> bool:
        """The fixed choices made (musts with what they require, the left-out with what
        requires them); False when they cannot all hold."""
        if any(c < 0 for c in self.capacity):  # not even the empty set fits
            return False
        for i, f in enumerate(self.fixed):
            if f == 1 and not self._fund(i):
                return False
        return all(f != 0 or self._leave(i) for i, f in enumerate(self.fixed))

    def run(self, start: Sequence[int] | None) -> tuple[int, ...] | None:
        if not self._settle():
            return None
        for i in self.branch:  # not fundable beside the musts: left out from the start
            if self.state[i] == -1:
                mark = len(self.trail)
                fits = self._fund(i)
                self._undo(mark)
                if not fits:
                    self._leave(i)
        self._too_deep(self.branch)
        self._remember()
        if start is not None and len(start) == self.n:
            self._try_start(start)
        self._dive(0)
        chosen = set(self.best_set)
        return tuple(int(i in chosen) for i in range(self.n))

    def _too_deep(self, order: Sequence[int]) -> None:
        """TooLarge when more proposals are open to branch on than the recursion allows."""
        if sum(1 for i in order if self.state[i] == -1) > DEPTH_LIMIT:
            raise TooLarge

    def _remember(self) -> None:
        if self.best is None or self.total > self.best:
            self.best = self.total
            self.best_set = tuple(j for j, s in enumerate(self.state) if s == 1)

    def _try_start(self, start: Sequence[int]) -> None:
        mark = len(self.trail)
        ok = True
        for i, on in enumerate(start):
            if on and self.state[i] != 1 and not self._fund(i):
                ok = False
                break
        if ok and all(self.state[i] != 1 or start[i] for i in range(self.n)):
            self._remember()
        self._undo(mark)

    def _promising(self) -> bool:
        """Whether every relaxation could still beat the best set."""
        state, best, capacity, used = self.state, self.best, self.capacity, self.used
        assert best is not None  # the root is remembered first
        for bound in self.bounds:
            r = bound.limit
            if r < 0:
                if not self._capped(bound):
                    return False
                continue
            room = capacity[r] - used[r]
            gained = self.total
            if bound.priced >= 0:
                gained += bound.price * (capacity[bound.priced] - used[bound.priced])
            weights, values = bound.weights, bound.values
            for k, i in enumerate(bound.order):
                if state[i] != -1:
                    continue
                w = weights[k]
                if w <= room:
                    room -= w
                    gained += values[k]
                    continue
                # Item i only in part: gained + value x room / w must beat the best.
                if gained * w + values[k] * room <= best * w:
                    return False
                break
            else:
                if gained <= best:
                    return False
        return True

    def _capped(self, bound: _Bound) -> bool:
        """Whether the worthwhile open proposals (by value, best first), no more of a group
        than it has room for, could still beat the best set: any allowed completion funds
        at most that many of each group, worth at most its best ones."""
        state, capacity, used, group_of = self.state, self.capacity, self.used, self.group_of
        left = [c - u for c, u in zip(capacity, used, strict=True)]
        gained = self.total
        for k, i in enumerate(bound.order):
            if state[i] != -1:
                continue
            g = group_of[i]
            if g >= 0:
                if left[g] <= 0:
                    continue
                left[g] -= 1
            gained += bound.values[k]
        assert self.best is not None
        return gained > self.best

    def _dive(self, k: int) -> None:
        self.nodes += 1
        if self.nodes > NODE_LIMIT:
            raise TooLarge
        order, state = self.branch, self.state
        while k < len(order) and state[order[k]] != -1:
            k += 1
        if k == len(order) or not self._promising():
            return
        i = order[k]
        mark = len(self.trail)
        if self._fund(i):
            self._remember()
            self._dive(k + 1)
        self._undo(mark)
        self._leave(i)
        self._dive(k + 1)
        self._undo(mark)
