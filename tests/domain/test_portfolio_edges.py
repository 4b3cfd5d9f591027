"""The exact searches at their edges: limits that nothing fits, instances too large to search,
hints from elsewhere, sums too large for doubles, heavy ties, two threads, the instance cache."""

from __future__ import annotations

import math
import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_tmo_desktop.domain import portfolio, portfolio_cover, portfolio_search
from pmo_tmo_desktop.domain.portfolio_mip import instance
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Group, Problem
from tests.domain import portfolio_brute as brute


def _vector(problem: Problem, chosen: frozenset[int] | None) -> tuple[int, ...] | None:
    if chosen is None:
        return None
    return tuple(int(c.id in chosen) for c in problem.candidates)


# --- limits that not even the empty set fits ------------------------------------------------------


@pytest.mark.parametrize(
    ("budget", "limit", "groups"),
    [
        (-1.0, 2.0, ()),  # a negative budget beside a second resource
        (None, -1.0, (Group("G", 3),)),  # a negative resource limit beside a group of all
        (5.0, 2.0, (Group("G", -1),)),  # a group that allows fewer than none
    ],
)
def test_a_limit_below_zero_makes_the_rules_unsatisfiable_not_an_error(
    budget: float | None, limit: float | None, groups: tuple[Group, ...]
) -> None:
    # A free proposal (it weighs nothing against the budget) worth something and using the
    # second resource: the budget's relaxation once divided by its zero cost.
    problem = Problem(
        (
            Candidate(1, "Free", 10.0, 0.0, resource=0.0, group="G"),
            Candidate(2, "Paid", 20.0, 1.0, resource=1.0, group="G"),
        ),
        budget=budget,
        resource_limit=limit,
        groups=groups,
    )
    inst = instance(problem)
    assert portfolio_search.search(inst) is None
    assert portfolio_cover.cheapest(inst) is None
    found = portfolio.select(problem)
    assert not found.feasible and found.funded == ()
    assert brute.best(problem) is None


# --- instances larger than the search takes on ----------------------------------------------


def _many(
    n: int, rng: random.Random, must_not_from: int | None = None, people: bool = True
) -> Problem:
    """n proposals under a budget (and a second resource unless not `people`), with a
    requirement now and then; proposals from position `must_not_from` on are must-nots."""
    candidates = tuple(
        Candidate(
            i,
            f"P{i}",
            round(rng.uniform(1, 100), 3),
            float(rng.randrange(1, 100) * 100),
            resource=float(rng.randint(1, 5)),
            rule=FundingRule.MUST_NOT
            if must_not_from is not None and i > must_not_from
            else FundingRule.AUTO,
            requires=(i - 1,) if i % 50 == 7 else (),
        )
        for i in range(1, n + 1)
    )
    live = candidates if must_not_from is None else candidates[:must_not_from]
    return Problem(
        candidates,
        budget=sum(c.cost or 0 for c in live) / 3,
        resource_name="people",
        resource_limit=sum(c.resource or 0 for c in live) / 3 if people else None,
    )


@pytest.mark.parametrize("people", [True, False])
def test_a_thousand_proposals_are_handed_to_the_solver_not_overflowed(people: bool) -> None:
    # With two limits: one integer per set orders 1100 proposals' sets with 1100 tie-break
    # bits, more than a double holds. With the budget alone: the first dive alone would go
    # 1100 levels deep. The search gives up (to the solver); it must not fail on the way.
    inst = instance(_many(1100, random.Random(1), people=people))
    with pytest.raises(portfolio_search.TooLarge):
        portfolio_search.search(inst)
    with pytest.raises(portfolio_search.TooLarge):
        portfolio_cover.cheapest(inst, sum(inst.points) // 2)


def test_a_thousand_candidates_of_which_few_are_open_are_searched_exactly() -> None:
    # Most candidates are must-nots: the search is small, but its tie-break integers still
    # carry one bit per candidate (past what a double can hold).
    problem = _many(1100, random.Random(2), must_not_from=30)
    inst = instance(problem)
    found = portfolio_search.search(inst)
    assert found is not None and any(found)
    assert found == portfolio.solve_by_model(inst)


# --- hints ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("requires", [(), (1,)])
def test_a_hint_of_another_length_is_ignored_whatever_answers(requires: tuple[int, ...]) -> None:
    problem = Problem(
        (
            Candidate(1, "a", 10.0, 1.0),
            Candidate(2, "b", 20.0, 2.0, requires=requires),
            Candidate(3, "c", 15.0, 2.0),
        ),
        budget=3.0,
    )
    inst = instance(problem)
    expected = _vector(problem, brute.best(problem))
    for start in ((1,), (1, 1), (0, 1, 1, 1)):
        assert portfolio.select_instance(inst, start) == expected
        assert portfolio.solve_by_model(inst, start) == expected


# --- sums too large for doubles ------------------------------------------------------------------


@pytest.mark.parametrize("budget", [1e17, 1e300, -1e300])
def test_a_budget_far_above_every_cost_keeps_the_cents_that_break_ties(budget: float) -> None:
    # Two alternatives of equal score: the cheaper is funded. A budget that binds nothing must
    # not coarsen the money units until 0.5 and 0.3 both count as nothing.
    problem = Problem(
        (
            Candidate(1, "Dear", 10.0, 0.5, resource=0.2, group="G"),
            Candidate(2, "Cheap", 10.0, 0.3, resource=0.2, group="G"),
        ),
        budget=budget,
        resource_limit=1e300,
        groups=(Group("G", 1),),
    )
    expected = brute.best(problem)
    found = portfolio.select(problem)
    assert found.feasible == (expected is not None)
    if expected is not None:
        assert set(found.funded) == expected == {2}
        assert found.total_cost == 0.3 and found.total_resource == 0.2
    assert portfolio.select(replace(problem, resource_limit=None)).funded == found.funded


def test_huge_costs_are_searched_as_the_solver_reads_them() -> None:
    # Costs beyond what doubles hold to the cent (though below the 1e15 HiGHS takes for an
    # infinite coefficient): the model is as exact as doubles allow, and the search and the
    # solver read the same integers.
    rng = random.Random(5)
    candidates = tuple(
        Candidate(
            i,
            f"P{i}",
            float(rng.choice([10, 20, 30])),
            rng.choice([1e14, 2e14, 3e14]) + rng.choice([0.01, 0.02, 0.5]),
            resource=float(rng.randint(1, 3)),
            requires=(i - 1,) if i % 5 == 0 else (),
        )
        for i in range(1, 25)
    )
    problem = Problem(candidates, budget=2e15, resource_name="people", resource_limit=20.0)
    inst = instance(problem)
    assert not inst.exact_sums
    assert portfolio_search.search(inst) == portfolio.solve_by_model(inst)


# --- heavy ties against every subset --------------------------------------------------------------


@st.composite
def _tied(draw: st.DrawFn) -> Problem:
    """Up to nine proposals from two scores and two costs (zero among them), negative and
    missing scores, requirement cycles and self-requirements, groups of at most -1..2, and
    budgets and resource limits from below zero up."""
    ids = draw(st.lists(st.integers(1, 30), min_size=0, max_size=9, unique=True))
    candidates = []
    for pid in ids:
        requires: tuple[int, ...] = ()
        if draw(st.integers(0, 2)) == 0:
            requires = tuple(draw(st.lists(st.sampled_from([*ids, 77]), max_size=2)))
        candidates.append(
            Candidate(
                pid,
                f"P{pid}",
                draw(st.sampled_from([25.0, 25.0, 50.0, 0.0, None, -10.0])),
                draw(st.sampled_from([0.0, 0.0, 1.0, 2.0, None])),
                resource=draw(st.sampled_from([None, 0.0, 1.0, 2.0])),
                rule=draw(st.sampled_from([FundingRule.AUTO] * 6 + list(FundingRule))),
                requires=requires,
                group=draw(st.sampled_from([None, None, "A", "B"])),
            )
        )
    groups = tuple(Group(g, draw(st.integers(-1, 2))) for g in "AB" if draw(st.booleans()))
    budget = draw(st.sampled_from([None, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0]))
    limit = draw(st.sampled_from([None, -1.0, 0.0, 1.0, 2.0]))
    return Problem(tuple(candidates), budget, "people", limit, groups)


@settings(max_examples=250, deadline=None, derandomize=True)
@given(_tied(), st.lists(st.integers(0, 1), min_size=9, max_size=9), st.integers(-1, 80))
def test_heavy_ties_are_broken_as_every_subset_says_whatever_the_hint(
    problem: Problem, bits: list[int], goal: int
) -> None:
    inst = instance(problem)
    expected = _vector(problem, brute.best(problem))
    hint = tuple(bits[: inst.size])  # allowed or not
    assert portfolio_search.search(inst) == expected
    assert portfolio_search.search(inst, hint) == expected
    assert portfolio.select_instance(inst, hint) == expected
    at_least = goal * 1_000_000
    reach = [
        inst.cost_scale * brute.cost(problem, s)
        for s in brute.allowed(problem)
        if sum(brute.points(c.score) for c in problem.candidates if c.id in s) >= at_least
    ]
    assert portfolio_cover.cheapest(inst, at_least) == (int(min(reach)) if reach else None)


# --- two threads, one cache ----------------------------------------------------------------------


def test_two_threads_selecting_at_once_get_what_one_thread_gets() -> None:
    rng = random.Random(9)
    problem = _many(40, rng)
    draws = [[rng.uniform(0, 100) for _ in problem.candidates] for _ in range(24)]
    alone = [portfolio.select(problem, scores) for scores in draws]
    solver = [portfolio.solve_by_model(instance(problem, scores)) for scores in draws[:4]]
    with ThreadPoolExecutor(max_workers=2) as pool:
        together = list(pool.map(lambda scores: portfolio.select(problem, scores), draws))
        models = list(pool.map(lambda s: portfolio.solve_by_model(instance(problem, s)), draws[:4]))
    assert together == alone
    assert models == solver


def test_problems_with_nan_or_lists_are_answered_as_their_equals() -> None:
    nan = float("nan")
    base = (
        Candidate(1, "a", nan, 1.0),
        Candidate(2, "b", 40.0, 1.0, requires=(3,)),
        Candidate(3, "c", 10.0, 1.0),
    )
    first = portfolio.select(Problem(base, budget=2.0))
    other = (replace(base[0], score=float("nan")), *base[1:])  # another NaN: never equal
    again = portfolio.select(Problem(other, budget=2.0))
    listed = Candidate(2, "b", 40.0, 1.0, requires=[3])  # type: ignore[arg-type]
    loose = Problem([base[0], listed, base[2]], budget=2.0)  # type: ignore[arg-type]
    assert first.funded == again.funded == portfolio.select(loose).funded == (2, 3)
    assert math.isclose(first.total_score, 50.0)
