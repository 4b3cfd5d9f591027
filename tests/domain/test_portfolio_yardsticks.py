"""The exact searches of workshop size held to slower methods that are right by construction:
the mixed-integer solver (HiGHS) for the selection and the cheapest set worth so much, the
frontier as it was defined before the searches (the least cost of a strictly better set,
repeated, each by HiGHS), and a lone top proposal's weight bounds against every other
proposal's meeting points found by multiplying out polynomials."""

from __future__ import annotations

import contextlib
import math
import random
from dataclasses import replace
from functools import reduce

import numpy as np
import pytest
from numpy.polynomial import Polynomial

from pmo_tmo_desktop.domain import portfolio, portfolio_cover, portfolio_search
from pmo_tmo_desktop.domain.portfolio_frontier import FrontierPoint, _point, frontier
from pmo_tmo_desktop.domain.portfolio_mip import Instance, instance, solve, with_budget
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Group, Problem
from pmo_tmo_desktop.domain.portfolio_sensitivity import (
    ScoreFunction,
    _lone_top_bounds,
    _scores,
    score_functions,
)
from pmo_tmo_desktop.domain.portfolio_weights import Ratings, top


def _workshop(seed: int, low: int = 20, high: int = 60, budget: bool = True) -> Problem:
    """low..high proposals with every kind of rule: requirements (chains, cycles, pairs, on
    proposals that are not candidates), musts, must-nots, three groups (at most 0..3), the
    second resource; half the seeds draw scores and costs from a few values (ties abound,
    zero among them), the others from many."""
    rng = random.Random(seed)
    n = rng.randint(low, high)
    ids = rng.sample(range(1, 500), n)
    tied = seed % 2 == 0
    candidates = []
    for k, pid in enumerate(ids):
        roll = rng.random()
        requires: tuple[int, ...] = ()
        if roll < 0.15 and k > 0:
            requires = (ids[k - 1],)
        elif roll < 0.2:
            requires = (rng.choice([*ids, 999]),)
        elif roll < 0.22:
            requires = (rng.choice(ids), rng.choice(ids))
        score = (
            rng.choice([10.0, 20.0, 30.0, 0.0, None])
            if tied
            else round(rng.uniform(0, 100), rng.choice([0, 1, 6]))
        )
        cost = rng.choice([1000.0, 2000.0, 3000.0, 0.0]) if tied else rng.randrange(1, 300) * 100.5
        candidates.append(
            Candidate(
                pid,
                f"P{pid}",
                score,
                None if rng.random() < 0.03 else cost,
                resource=float(rng.randint(0, 5)) if rng.random() < 0.9 else None,
                rule=rng.choices(list(FundingRule), [0.9, 0.04, 0.06])[0],
                requires=requires,
                group=rng.choice([None] * 6 + ["A", "B", "C"]),
            )
        )
    groups = tuple(Group(g, rng.randint(0, 3)) for g in "ABC" if rng.random() < 0.7)
    money = sum(c.cost or 0 for c in candidates)
    people = sum(c.resource or 0 for c in candidates)
    return Problem(
        tuple(candidates),
        budget=round(money * rng.uniform(0.1, 0.6), rng.choice([0, 2])) if budget else None,
        resource_name="people",
        resource_limit=float(round(people * rng.uniform(0.1, 0.6))) if seed % 3 else None,
        groups=groups,
    )


def _dot(coefs: tuple[int, ...], x: tuple[int, ...]) -> int:
    return sum(c for c, on in zip(coefs, x, strict=True) if on)


# --- the selection and the cheapest set worth so much, against HiGHS ----------------------------


@pytest.mark.parametrize("seed", range(24))
def test_the_selection_of_a_workshop_is_the_solvers_tie_breaks_included(seed: int) -> None:
    problem = _workshop(seed, budget=seed % 8 != 7)
    inst = instance(problem)
    expected = portfolio.solve_by_model(inst)
    assert portfolio.select_instance(inst) == expected
    with contextlib.suppress(portfolio_search.TooLarge):  # select_instance asked the solver
        assert portfolio_search.search(inst) == expected
    if expected is not None:  # another set's scores: the earlier answer as a hint
        rng = random.Random(seed)
        again = instance(problem, [rng.choice([10.0, 20.0, 30.0]) for _ in problem.candidates])
        assert portfolio.select_instance(again, expected) == portfolio.solve_by_model(again)


@pytest.mark.parametrize("seed", [33, 129, 141, 147, 171, 189, 195])
def test_a_workshop_without_limits_on_everyone_is_searched_not_handed_over(seed: int) -> None:
    # No budget, no second resource: only groups of alternatives (some at most none) and
    # requirements bind. Counting every worthwhile proposal as a bound, the search gave up
    # on these after 200,000 choices (half a second each) for the solver's few milliseconds.
    problem = _workshop(seed, budget=False)
    assert problem.budget is None and problem.resource_limit is None and problem.groups
    inst = instance(problem)
    assert portfolio_search.search(inst) == portfolio.solve_by_model(inst)


def _cheapest_by_solver(inst: Instance, at_least: int | None) -> int | None:
    rows = (
        [] if at_least is None else [(tuple(range(inst.size)), inst.points, at_least - 0.5, 1e300)]
    )
    found = solve(inst, inst.costs, maximise=False, rows=rows)
    return None if found is None else _dot(inst.costs, found)


@pytest.mark.parametrize("seed", range(12))
def test_the_cheapest_set_worth_so_much_is_the_solvers(seed: int) -> None:
    inst = instance(replace(_workshop(seed + 100), budget=None))
    best = portfolio.solve_by_model(inst)
    most = 0 if best is None else _dot(inst.points, best)
    for at_least in (None, 0, most // 3, most // 2, most - 1, most):
        try:
            found = portfolio_cover.cheapest(inst, at_least)
        except portfolio_search.TooLarge:
            continue
        assert found == _cheapest_by_solver(inst, at_least), f"worth {at_least}"
    # More than the best set is worth: none (HiGHS cannot always prove it, its tolerance on
    # a row of millionths letting through sets a few units short).
    assert portfolio_cover.cheapest(inst, most + 1) is None


# --- the frontier, against its definition before the searches -----------------------------------


def _frontier_by_solver(problem: Problem) -> tuple[FrontierPoint, ...]:
    """From the cheapest allowed set, the chosen set at the least cost of a set of strictly
    higher score, repeated until there is none: every step by HiGHS."""
    inst = instance(replace(problem, budget=None))
    everyone = tuple(range(inst.size))
    cheapest = solve(inst, inst.costs, maximise=False)
    if cheapest is None:
        return ()
    budget = _dot(inst.costs, cheapest)
    found = []
    while True:
        chosen = portfolio.solve_by_model(with_budget(inst, budget))
        assert chosen is not None
        found.append(_point(inst, budget, chosen))
        better = (everyone, inst.points, _dot(inst.points, chosen) + 0.5, math.inf)
        step = solve(inst, inst.costs, maximise=False, rows=[better])
        if step is None:
            return tuple(found)
        budget = _dot(inst.costs, step)


@pytest.mark.parametrize(("seed", "money_only"), [(1, False), (3, False), (9, False), (13, False),
                                                  (0, True), (7, True)])  # fmt: skip
def test_the_frontier_is_the_solvers_step_by_step(seed: int, money_only: bool) -> None:
    problem = _workshop(seed, low=18, high=24)
    if money_only:  # the one-pass frontier over the undominated sets
        candidates = tuple(replace(c, requires=(), group=None) for c in problem.candidates)
        problem = Problem(candidates)
    found = frontier(problem)
    assert len(found) > 3
    assert found == _frontier_by_solver(problem)


# --- a lone top proposal's bounds, against every pair multiplied out ------------------------------


def _ratings(rng: random.Random) -> Ratings:
    """2..12 proposals x 1..8 participants x 2..4 criteria, some cells left empty (so
    participants differ in what they rated), weights from a thousandth to a thousand."""
    shape = (rng.randint(2, 12), rng.randint(1, 8), rng.randint(2, 4))
    fill = rng.choice([1.0, 0.8, 0.5])
    levels = rng.choice([[0.0, 0.5, 1.0], [k / 10 for k in range(11)]])
    rated = np.array([rng.random() < fill for _ in range(math.prod(shape))], dtype=float)
    values = np.array([rng.choice(levels) for _ in range(rated.size)]) * rated
    weights = [rng.choice([rng.randint(1, 5), rng.uniform(1e-3, 0.1), rng.uniform(10, 1e3)])
               for _ in range(shape[2])]  # fmt: skip
    return Ratings(
        proposal_ids=tuple(range(100, 100 + shape[0])),
        criterion_ids=tuple(range(shape[2])),
        weights=np.array(weights, dtype=float),
        values=values.reshape(shape),
        rated=rated.reshape(shape),
        minimum=rng.choice([1, 1, 2]),
    )


def _meetings(f: ScoreFunction, g: ScoreFunction) -> list[float]:
    """Every weight where g's score crosses f's: f - g over the product of its distinct
    denominators (w + c), multiplied out term by term; each positive real root bracketed
    and bisected on the scores themselves, kept where the difference changes sign clearly."""
    constant = 0.0
    size = 0.0  # of the terms that add up to the leading coefficient
    by_denominator: dict[float, list[float]] = {}
    for function, sign in ((f, 1.0), (g, -1.0)):
        s = sign * function.scale
        for a, b, c, d in zip(function.a, function.b, function.c, function.d, strict=True):
            term = s * a / c if d == 0 else s * b
            if d == 0 or c == 0:
                constant += term
            else:
                pair = by_denominator.setdefault(float(c), [0.0, 0.0])
                pair[0] += s * a
                pair[1] += term
            size += abs(term)
    factors = {c: Polynomial([c, 1.0]) for c in by_denominator}
    one = Polynomial([1.0])
    numerator = constant * reduce(lambda p, q: p * q, factors.values(), one)
    for c, (alpha, beta) in by_denominator.items():
        others = [p for d, p in factors.items() if d != c]
        numerator = numerator + Polynomial([alpha, beta]) * reduce(lambda p, q: p * q, others, one)
    # The leading coefficient is the constant plus every beta: where they cancel (both scores
    # tend to one limit) it is rounding noise, which left in can hide the real roots.
    if abs(numerator.coef[-1]) <= 1e-9 * size:
        numerator = Polynomial(numerator.coef[:-1])
    if numerator.degree() < 1 or max(abs(f.value(w) - g.value(w)) for w in (0.1, 1, 10)) < 1e-9:
        return []

    def gap(w: float) -> float:
        return f.value(w) - g.value(w)

    found: list[float] = []
    for root in numerator.roots():
        if abs(root.imag) > 1e-6 * max(1.0, abs(root.real)) or root.real <= 0:
            continue
        w = float(root.real)
        for spread in (1e-9, 1e-7, 1e-5, 1e-3, 1e-2):
            low, high = w * (1 - spread), w * (1 + spread)
            if gap(low) * gap(high) < 0:
                for _ in range(80):
                    middle = (low + high) / 2
                    low, high = (middle, high) if gap(low) * gap(middle) > 0 else (low, middle)
                w = (low + high) / 2
                before, after = gap(w * (1 - 1e-7)), gap(w * (1 + 1e-7))
                if before * after < 0 and min(abs(before), abs(after)) > 1e-12:
                    found.append(w)
                break
    return found


def _by_every_pair(
    first: int, functions: list[ScoreFunction | None], w0: float
) -> tuple[float | None, float | None]:
    f = functions[first]
    assert f is not None
    meetings = [
        w for j, g in enumerate(functions) if g is not None and j != first for w in _meetings(f, g)
    ]
    below = [w for w in meetings if w < w0]
    above = [w for w in meetings if w > w0]
    return (max(below) if below else None, min(above) if above else None)


def _same(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= 1e-7 * max(1.0, abs(x), abs(y))


@pytest.mark.parametrize("seed", range(4))
def test_a_lone_top_proposals_bounds_are_where_some_pair_first_meets(seed: int) -> None:
    rng = random.Random(seed)
    compared = 0
    for _ in range(40):
        ratings = _ratings(rng)
        for k in range(len(ratings.criterion_ids)):
            functions = score_functions(ratings, k)
            w0 = float(ratings.weights[k])
            first = top(_scores(functions, w0), ratings.proposal_ids)
            if len(first) != 1:
                continue
            index = ratings.proposal_ids.index(next(iter(first)))
            found = _lone_top_bounds(index, functions, w0)
            expected = _by_every_pair(index, functions, w0)
            assert _same(found[0], expected[0]) and _same(found[1], expected[1]), (found, expected)
            compared += 1
    assert compared > 40
