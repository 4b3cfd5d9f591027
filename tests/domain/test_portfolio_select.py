"""The selection and the frontier under every kind of rule, held against trying every subset."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_tmo_desktop.domain.portfolio import Conflict, Kind, select
from pmo_tmo_desktop.domain.portfolio_frontier import frontier, ranking_curve
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Group, Problem
from tests.domain import portfolio_brute as brute

EXAMPLES = settings(max_examples=150, deadline=None, derandomize=True)


@EXAMPLES
@given(brute.problems())
def test_the_selection_is_the_best_allowed_subset_or_a_real_minimal_conflict(
    problem: Problem,
) -> None:
    found = select(problem)
    expected = brute.best(problem)
    if expected is None:
        assert not found.feasible and found.funded == ()
        every_rule = brute.rules_of(problem)
        assert all(c in every_rule for c in found.conflicts), "only the problem's own rules"
        assert not brute.allowed(problem, found.conflicts), "they cannot hold together"
        for k in range(len(found.conflicts)):
            fewer = found.conflicts[:k] + found.conflicts[k + 1 :]
            assert brute.allowed(problem, fewer), f"without {found.conflicts[k]} they can"
        return
    assert found.feasible and found.conflicts == ()
    assert set(found.funded) == expected
    order = [c.id for c in problem.candidates]
    assert list(found.funded) == sorted(found.funded, key=order.index)
    assert found.total_cost == float(brute.cost(problem, expected))
    funded = [c for c in problem.candidates if c.id in expected]
    assert math.isclose(found.total_score, sum(c.score or 0 for c in funded), abs_tol=1e-9)
    assert found.unpriced == tuple(
        c.id for c in funded if c.rule == FundingRule.MUST and not brute.priced(c.cost)
    )
    # Starting the search from another set (allowed or not) never changes the answer.
    everyone = [c.id for c in problem.candidates]
    for hint in (brute.allowed(problem)[0], frozenset(everyone[::2])):
        assert select(problem, hint=hint) == found


@st.composite
def _money_only(draw: st.DrawFn) -> Problem:
    """Problems where only money binds (no requirements, groups or second resource), with
    scores and costs from two values each so that equally good sets abound."""
    ids = draw(st.lists(st.integers(1, 40), min_size=3, max_size=10, unique=True))
    candidates = tuple(
        Candidate(
            item,
            f"P{item}",
            draw(st.sampled_from([20.0, 40.0, 20.0, 40.0, None])),
            draw(st.sampled_from([1.0, 2.0, 1.0, 2.0, 0.0, None])),
            rule=draw(
                st.sampled_from([FundingRule.AUTO] * 6 + [FundingRule.MUST, FundingRule.MUST_NOT])
            ),
        )
        for item in ids
    )
    budget = draw(st.sampled_from([None, -1.0, 0.0, 1.0, 2.0, 3.0, 3.0, 4.5, 4.5, 7.0]))
    return Problem(candidates, budget)


@EXAMPLES
@given(_money_only())
def test_where_only_money_binds_the_knapsack_gives_the_best_subset_with_the_same_ties(
    problem: Problem,
) -> None:
    found = select(problem)
    expected = brute.best(problem)
    if expected is None:  # the musts alone cost more than the budget
        assert not found.feasible and found.funded == ()
        assert {c.kind for c in found.conflicts} <= {Kind.BUDGET, Kind.MUST}
        return
    assert found.feasible and set(found.funded) == expected
    assert found.total_cost == float(brute.cost(problem, expected))


@EXAMPLES
@given(brute.problems(most=7))
def test_every_frontier_point_is_where_the_best_set_changes(problem: Problem) -> None:
    points = frontier(problem)
    unbudgeted = replace(problem, budget=None)
    levels = sorted({brute.cost(unbudgeted, s) for s in brute.allowed(unbudgeted)})
    if not levels:
        assert points == ()
        return
    assert points and points[0].budget == float(levels[0])
    for earlier, later in itertools.pairwise(points):
        assert earlier.budget < later.budget and earlier.total_score < later.total_score
        assert earlier.funded != later.funded
    for level in levels:  # the best set can only change at the cost of some allowed set
        at = replace(problem, budget=float(level))
        expected = brute.best(at)
        shown = [p for p in points if p.budget <= float(level)][-1]
        assert set(shown.funded) == expected, f"within {level}"
    for point in points:
        assert float(brute.cost(unbudgeted, frozenset(point.funded))) == point.budget


def test_the_best_pair_beats_the_first_in_rank_order_on_the_frontier() -> None:
    problem = Problem(
        (Candidate(1, "a", 60.0, 6.0), Candidate(2, "b", 50.0, 5.0), Candidate(3, "c", 50.0, 5.0))
    )
    assert [(p.budget, p.total_score, p.funded) for p in frontier(problem)] == [
        (0.0, 0.0, ()),
        (5.0, 50.0, (2,)),
        (6.0, 60.0, (1,)),
        (10.0, 100.0, (2, 3)),
        (11.0, 110.0, (1, 2)),
        (16.0, 160.0, (1, 2, 3)),
    ]
    curve = ranking_curve(problem)
    assert [(p.budget, p.total_score, p.funded) for p in curve] == [
        (0.0, 0.0, ()),
        (6.0, 60.0, (1,)),
        (11.0, 110.0, (1, 2)),
        (16.0, 160.0, (1, 2, 3)),
    ]


def test_the_ranking_curve_leaves_out_the_unrated_the_unpriced_and_the_must_nots() -> None:
    problem = Problem(
        (
            Candidate(1, "a", 40.0, 0.1),
            Candidate(2, "b", None, 1.0),
            Candidate(3, "c", 90.0, None),
            Candidate(4, "d", 95.0, 1.0, rule=FundingRule.MUST_NOT),
            Candidate(5, "e", 40.0, 0.2),
        )
    )
    curve = ranking_curve(problem)
    assert [p.funded for p in curve] == [(), (1,), (1, 5)]
    assert curve[-1].budget == 0.3, "money counts as written"


def test_a_must_that_breaks_the_budget_is_named_with_it() -> None:
    problem = Problem(
        (
            Candidate(1, "ERP", 50.0, 900.0, rule=FundingRule.MUST),
            Candidate(2, "Portal", 70.0, 300.0, requires=(3,)),
            Candidate(3, "Platform", 20.0, 200.0, rule=FundingRule.MUST_NOT),
            Candidate(4, "Pilot", 10.0, 50.0, rule=FundingRule.MUST, group="pilots"),
            Candidate(5, "Pilot B", 15.0, 50.0, rule=FundingRule.MUST, group="pilots"),
        ),
        budget=800.0,
        groups=(Group("pilots", 1),),
    )
    found = select(problem)
    assert not found.feasible
    assert set(found.conflicts) == {
        Conflict(Kind.BUDGET),
        Conflict(Kind.MUST, (1,)),
    } or set(found.conflicts) == {
        Conflict(Kind.MUST, (4,)),
        Conflict(Kind.MUST, (5,)),
        Conflict(Kind.GROUP, (4, 5), "pilots"),
    }


def test_a_requirement_pulls_in_a_proposal_worth_nothing_and_an_unrated_one() -> None:
    problem = Problem(
        (
            Candidate(1, "Portal", 80.0, 10.0, requires=(2, 3)),
            Candidate(2, "Platform", 0.0, 5.0),
            Candidate(3, "Migration", None, 5.0),
            Candidate(4, "Free but worthless", 0.0, 0.0),
        ),
        budget=20.0,
    )
    found = select(problem)
    assert found.funded == (1, 2, 3)
    assert (found.total_score, found.total_cost) == (80.0, 20.0)


def test_a_must_without_a_cost_is_funded_and_counted_as_free() -> None:
    problem = Problem(
        (
            Candidate(1, "Legal", None, None, rule=FundingRule.MUST),
            Candidate(2, "Unpriced", 90.0, None),
            Candidate(3, "Portal", 60.0, 10.0, resource=2.0),
        ),
        budget=10.0,
        resource_limit=2.0,
    )
    found = select(problem)
    assert found.funded == (1, 3) and found.unpriced == (1,)
    assert (found.total_cost, found.total_resource) == (10.0, 2.0)
