"""The exact search under every rule, held to the mixed-integer solver and to every subset."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_tmo_desktop.domain import portfolio, portfolio_cover, portfolio_mip, portfolio_search
from pmo_tmo_desktop.domain.portfolio_mip import instance
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Group, Problem
from tests.domain import portfolio_brute as brute

EXAMPLES = settings(max_examples=200, deadline=None, derandomize=True)


def _vector(problem: Problem, chosen: frozenset[int] | None) -> tuple[int, ...] | None:
    if chosen is None:
        return None
    return tuple(int(c.id in chosen) for c in problem.candidates)


@EXAMPLES
@given(brute.problems(most=9), st.randoms(use_true_random=False))
def test_the_search_finds_what_every_subset_and_the_solver_find(
    problem: Problem, rng: random.Random
) -> None:
    inst = instance(problem)
    expected = _vector(problem, brute.best(problem))
    assert portfolio_search.search(inst) == expected
    assert portfolio.solve_by_model(inst) == expected
    # A hint (any allowed set) never changes the answer.
    options = brute.allowed(problem)
    if options:
        hint = _vector(problem, rng.choice(options))
        assert portfolio_search.search(inst, hint) == expected


def _large(seed: int, people: bool = True) -> Problem:
    """Fifty proposals with requirements (some chained), musts, must-nots, two groups of
    alternatives and a second resource, and close scores."""
    rng = random.Random(seed)
    candidates = []
    for i in range(50):
        pid = 1000 + i
        rule = FundingRule.AUTO
        if rng.random() < 0.05:
            rule = FundingRule.MUST
        elif rng.random() < 0.05:
            rule = FundingRule.MUST_NOT
        requires = (pid - 1,) if i % 7 == 3 else (pid + 2,) if i % 11 == 5 and i < 48 else ()
        candidates.append(
            Candidate(
                pid,
                f"P{i}",
                round(rng.uniform(30, 80), 4),
                rng.randrange(100, 2000) * 1000.0,
                resource=float(rng.randint(1, 6)) if people else None,
                rule=rule,
                requires=requires,
                group="cloud" if i in (30, 31, 32) else "crm" if i in (40, 41) else None,
            )
        )
    return Problem(
        tuple(candidates),
        budget=rng.randrange(8, 20) * 1e6,
        resource_name="people",
        resource_limit=float(rng.randint(40, 90)) if people else None,
        groups=(Group("cloud", 1), Group("crm", 1)),
    )


@pytest.mark.parametrize("seed", range(6))
def test_fifty_proposals_under_every_kind_of_rule_agree_with_the_solver(seed: int) -> None:
    problem = _large(seed, people=seed % 2 == 0)
    inst = instance(problem)
    found = portfolio_search.search(inst)
    assert found is not None
    assert found == portfolio.solve_by_model(inst)


def test_a_search_that_gives_up_hands_the_question_to_the_solver(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    problem = _large(3)
    quick = portfolio.select(problem)
    monkeypatch.setattr(portfolio_search, "NODE_LIMIT", 5)
    with pytest.raises(portfolio_search.TooLarge):
        portfolio_search.search(instance(problem))
    assert portfolio.select(problem) == quick


def test_rules_that_cannot_all_hold_are_found_before_any_search() -> None:
    problem = Problem(
        (
            Candidate(1, "A", 50.0, 5.0, rule=FundingRule.MUST, requires=(2,)),
            Candidate(2, "B", 40.0, 1.0, rule=FundingRule.MUST_NOT),
        ),
        budget=10.0,
    )
    assert portfolio_search.search(instance(problem)) is None
    found = portfolio.select(problem)
    assert not found.feasible and found.funded == ()


@st.composite
def two_limits(draw: st.DrawFn) -> Problem:
    """Up to ten proposals where the budget and the second resource both bind, with a group
    and a requirement: the case where the search prices one limit into the other."""
    n = draw(st.integers(2, 10))
    candidates = []
    for i in range(n):
        candidates.append(
            Candidate(
                i + 1,
                f"P{i + 1}",
                draw(st.floats(1, 100, allow_nan=False)),
                float(draw(st.integers(1, 20)) * 10_000),
                resource=float(draw(st.integers(0, 6))),
                requires=(i,) if i > 0 and draw(st.integers(0, 4)) == 0 else (),
                group="G" if draw(st.integers(0, 3)) == 0 else None,
            )
        )
    total = sum(c.cost or 0 for c in candidates)
    people = sum(c.resource or 0 for c in candidates)
    return Problem(
        tuple(candidates),
        budget=float(draw(st.integers(0, int(total)))),
        resource_name="people",
        resource_limit=float(draw(st.integers(0, int(people)))),
        groups=(Group("G", draw(st.integers(1, 2))),),
    )


@settings(max_examples=300, deadline=None, derandomize=True)
@given(two_limits())
def test_two_binding_limits_are_searched_exactly(problem: Problem) -> None:
    inst = instance(problem)
    assert portfolio_search.search(inst) == _vector(problem, brute.best(problem))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(brute.problems(most=9), st.integers(0, 400_000_000))
def test_the_cheapest_set_worth_so_much_is_the_cheapest_of_every_subset(
    problem: Problem, at_least: int
) -> None:
    inst = instance(problem)
    worth = {
        s: (sum(brute.points(c.score) for c in problem.candidates if c.id in s))
        for s in brute.allowed(problem)
    }
    costs = [inst.cost_scale * brute.cost(problem, s) for s, p in worth.items() if p >= at_least]
    expected = int(min(costs)) if costs else None
    assert portfolio_cover.cheapest(inst, at_least) == expected
    any_set = [inst.cost_scale * brute.cost(problem, s) for s in worth]
    assert portfolio_cover.cheapest(inst) == (int(min(any_set)) if any_set else None)


@pytest.mark.parametrize("seed", range(4))
def test_the_frontier_of_fifty_proposals_agrees_with_the_solver(seed: int) -> None:
    inst = instance(_large(seed))
    for at_least in (None, 0, 500_000_000, 900_000_000, 1_300_000_000):
        rows = [] if at_least is None else [(tuple(range(50)), inst.points, at_least - 0.5, 1e300)]
        found = portfolio_mip.solve(inst, inst.costs, maximise=False, rows=rows)
        paid = [] if found is None else [c for c, on in zip(inst.costs, found, strict=True) if on]
        expected = None if found is None else sum(paid)
        assert portfolio_cover.cheapest(inst, at_least) == expected
