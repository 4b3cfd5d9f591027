"""How robust the funded set is: random weights around the set ones, and each office's view."""

from __future__ import annotations

from hypothesis import given, settings

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.portfolio import select
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Problem
from pmo_tmo_desktop.domain.portfolio_robustness import by_office, probability_funded
from pmo_tmo_desktop.domain.portfolio_weights import Ratings
from tests.domain import portfolio_brute as brute
from tests.domain.test_portfolio_sensitivity import Case, workshops


@settings(max_examples=10, deadline=None, derandomize=True)
@given(workshops())
def test_the_share_funded_is_repeatable_and_counts_real_selections(case: Case) -> None:
    data, problem = case
    ratings = Ratings.of(data)
    shares = probability_funded(ratings, problem, draws=12, seed=4)
    assert shares == probability_funded(ratings, problem, draws=12, seed=4), "same seed"
    assert set(shares) == {c.id for c in problem.candidates}
    assert all(k / 12 == share for share in shares.values() for k in [round(share * 12)])
    # With no spread every draw is the set weights: funded always or never, as select says.
    fixed = probability_funded(ratings, problem, draws=3, spread=0.0)
    scores = {p.proposal_id: p.score for p in scoring.score(data).proposals}
    chosen = select(problem, [scores[c.id] for c in problem.candidates]).funded
    assert fixed == {c.id: 1.0 if c.id in chosen else 0.0 for c in problem.candidates}


def test_a_wide_spread_makes_a_close_call_uncertain_and_a_clear_one_certain() -> None:
    # A leads on C0, B on C1, by about as much; C trails on both. One of A and B fits.
    people = ((1, "PMO"), (2, "TMO"))
    criteria = ((10, "C0", 1.0, "higher", 1.0, 5.0, 0), (11, "C1", 1.0, "higher", 1.0, 5.0, 1))
    values = {100: (5.0, 1.0), 101: (1.0, 4.9), 102: (1.0, 1.0)}
    ratings = tuple(
        (1, person, pid, cid, value)
        for person in (1, 2)
        for pid, pair in values.items()
        for cid, value in zip((10, 11), pair, strict=True)
    )
    proposals = ((100, "A", None, None, 0), (101, "B", None, None, 1), (102, "C", None, None, 2))
    data = scoring.ScoringInput.from_rows(people, criteria, proposals, ((1, 1),), ratings)
    problem = Problem(
        (
            Candidate(100, "A", None, 5.0),
            Candidate(101, "B", None, 5.0),
            Candidate(102, "C", None, 1.0, rule=FundingRule.MUST),
        ),
        budget=6.0,
    )
    shares = probability_funded(Ratings.of(data), problem, draws=40, spread=0.5, seed=1)
    assert 0.1 < shares[100] < 0.9 and 0.1 < shares[101] < 0.9
    assert shares[100] + shares[101] == 1.0 and shares[102] == 1.0


@settings(max_examples=40, deadline=None, derandomize=True)
@given(brute.problems(most=6))
def test_each_office_funds_what_its_own_scores_buy(problem: Problem) -> None:
    joint = {c.id: c.score for c in problem.candidates}
    pmo = {c.id: (c.score or 0) * 0.5 + (c.id % 3) * 10 for c in problem.candidates}
    tmo = {c.id: c.score for c in problem.candidates if c.id % 2}
    found = by_office(problem, joint, pmo, tmo)
    assert found.joint == select(problem)
    assert found.pmo is not None and found.tmo is not None
    for office, scores in ((found.pmo, pmo), (found.tmo, tmo)):
        expected = brute.best(problem, {c.id: scores.get(c.id) for c in problem.candidates})
        assert (set(office.funded) if office.feasible else None) == expected
    assert set(found.only_pmo) == set(found.pmo.funded) - set(found.tmo.funded)
    assert set(found.only_tmo) == set(found.tmo.funded) - set(found.pmo.funded)


def test_a_withheld_office_has_no_set_and_nothing_is_said_to_be_its_alone() -> None:
    problem = Problem((Candidate(1, "A", 50.0, 1.0), Candidate(2, "B", 40.0, 1.0)), budget=1.0)
    found = by_office(problem, {1: 50.0, 2: 40.0}, {1: 30.0, 2: 60.0}, None)
    assert found.joint.funded == (1,)
    assert found.pmo is not None and found.pmo.funded == (2,)
    assert found.tmo is None
    assert found.only_pmo == () and found.only_tmo == ()
