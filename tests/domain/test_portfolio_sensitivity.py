"""How far a criterion's weight may move: every bound held against the scoring engine itself,
re-run on the workshop with that one weight changed."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.portfolio import select
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, Problem
from pmo_tmo_desktop.domain.portfolio_sensitivity import Bounds, sensitivity
from pmo_tmo_desktop.domain.portfolio_weights import Ratings, Slider

EXAMPLES = settings(max_examples=30, deadline=None, derandomize=True)
Case = tuple[scoring.ScoringInput, Problem]


@st.composite
def workshops(draw: st.DrawFn, everything_rated: bool = False) -> Case:
    """A small rated workshop (some cells left empty unless `everything_rated`) and a
    funding problem over its proposals."""
    criteria = tuple(
        (
            10 + k,
            f"C{k}",
            float(draw(st.integers(1, 5))),
            draw(st.sampled_from(["higher", "lower"])),
            1.0,
            5.0,
            k,
        )
        for k in range(draw(st.integers(2, 3)))
    )
    people = tuple((1 + j, "PMO" if j % 2 else "TMO") for j in range(draw(st.integers(2, 4))))
    proposals = tuple((100 + i, f"P{i}", None, None, i) for i in range(draw(st.integers(2, 5))))
    ratings = []
    for pid, *_ in proposals:
        for person, _ in people:
            for cid, *_ in criteria:
                if everything_rated or draw(st.integers(0, 5)) > 0:
                    value = draw(st.integers(10, 50)) / 10
                    ratings.append((1, person, pid, cid, value))
    data = scoring.ScoringInput.from_rows(people, criteria, proposals, ((1, 1),), tuple(ratings))
    costs = draw(st.lists(st.sampled_from([1.0, 2.0, 3.0, 5.0]), min_size=len(proposals),
                          max_size=len(proposals)))  # fmt: skip
    candidates = tuple(
        Candidate(p[0], p[1], None, cost) for p, cost in zip(proposals, costs, strict=True)
    )
    budget = draw(st.sampled_from([3.0, 5.0, 6.0, 8.0]))
    return data, Problem(candidates, budget)


def engine(data: scoring.ScoringInput, criterion: int, weight: float) -> scoring.Results:
    criteria = tuple(
        (c[0], c[1], weight if c[0] == criterion else c[2], *c[3:]) for c in data.criteria
    )
    return scoring.score(
        scoring.ScoringInput.from_rows(
            data.participants, criteria, data.proposals, data.rounds, data.ratings
        )
    )


def first(results: scoring.Results) -> frozenset[int]:
    return frozenset(p.proposal_id for p in results.proposals if p.rank == 1)


def funded(problem: Problem, results: scoring.Results) -> frozenset[int]:
    by_id = {p.proposal_id: p.score for p in results.proposals}
    return frozenset(select(problem, [by_id[c.id] for c in problem.candidates]).funded)


def inside(w0: float, bound: float | None, below: bool) -> list[float]:
    if bound is None:
        return [w0 * f for f in ((0.5, 0.1, 1e-3) if below else (2.0, 10.0, 1e3))]
    return [w0 + f * (bound - w0) for f in (0.25, 0.5, 0.9)]


def outside(bound: float, below: bool) -> list[float]:
    step = -1 if below else 1
    return [bound] + [bound + step * d * (1 + bound) for d in (1e-7, 1e-5, 1e-3)]


def check(bounds: tuple[float | None, float | None], decision: object, w0: float,
          decide: object) -> None:  # fmt: skip
    assert callable(decide)
    lo, hi = bounds
    assert (lo is None or lo <= w0) and (hi is None or w0 <= hi)
    if lo == hi == w0:  # any move changes it
        assert any(decide(w0 * f) != decision for f in (1 - 1e-3, 1 + 1e-3))
        return
    for below, bound in ((True, lo), (False, hi)):
        for w in inside(w0, bound, below):
            assert decide(w) == decision, f"changed inside at {w} (bounds {lo}, {hi})"
        if bound is not None:
            seen = [decide(w) for w in outside(bound, below) if w > 0]
            assert any(s != decision for s in seen), f"unchanged beyond {bound}"


def verify(case: Case) -> None:
    data, problem = case
    found = sensitivity(Ratings.of(data), problem)
    assert [b.criterion_id for b in found] == [c[0] for c in data.criteria]
    for bounds in found:
        cid, w0 = bounds.criterion_id, bounds.weight
        now = engine(data, cid, w0)
        check(bounds.top, first(now), w0, lambda w, cid=cid: first(engine(data, cid, w)))
        assert bounds.funded is not None
        check(bounds.funded, funded(problem, now), w0,
              lambda w, cid=cid: funded(problem, engine(data, cid, w)))  # fmt: skip


@EXAMPLES
@given(workshops(everything_rated=True))
def test_bounds_hold_just_inside_and_break_just_outside_when_everyone_rated_everything(
    case: Case,
) -> None:
    verify(case)


@EXAMPLES
@given(workshops())
def test_bounds_hold_just_inside_and_break_just_outside_with_cells_left_empty(
    case: Case,
) -> None:
    verify(case)


@EXAMPLES
@given(workshops(), st.lists(st.integers(0, 40), min_size=3, max_size=3))
def test_a_slider_move_scores_ranks_and_funds_as_the_engine_does(
    case: Case, tenths: list[int]
) -> None:
    data, problem = case
    weights = {c[0]: t / 10 for c, t in zip(data.criteria, tenths, strict=False)}
    criteria = tuple((c[0], c[1], weights[c[0]], *c[3:]) for c in data.criteria)
    expected = scoring.score(
        scoring.ScoringInput.from_rows(
            data.participants, criteria, data.proposals, data.rounds, data.ratings
        )
    )
    moved = Slider(Ratings.of(data), problem).move(weights)
    for p in expected.proposals:
        got = moved.scores[p.proposal_id]
        assert (got is None) == (p.score is None)
        if p.score is not None and got is not None:
            assert math.isclose(got, p.score, abs_tol=1e-9)
        assert moved.ranks[p.proposal_id] == p.rank
    assert moved.order == tuple(p.proposal_id for p in expected.proposals)
    assert moved.selection is not None
    assert frozenset(moved.selection.funded) == funded(problem, expected)


def test_a_criterion_nobody_separates_on_never_changes_the_top() -> None:
    # Both proposals rated alike on C1: its weight only dilutes the gap C0 makes.
    people = ((1, "PMO"), (2, "TMO"))
    criteria = ((10, "C0", 1.0, "higher", 1.0, 5.0, 0), (11, "C1", 1.0, "higher", 1.0, 5.0, 1))
    ratings = tuple(
        (1, person, pid, cid, value)
        for person in (1, 2)
        for pid, values in ((100, (5.0, 3.0)), (101, (1.0, 3.0)))
        for cid, value in zip((10, 11), values, strict=True)
    )
    proposals = ((100, "A", None, None, 0), (101, "B", None, None, 1))
    data = scoring.ScoringInput.from_rows(people, criteria, proposals, ((1, 1),), ratings)
    found = sensitivity(Ratings.of(data))
    assert found == (Bounds(10, 1.0, (None, None), None), Bounds(11, 1.0, (None, None), None))
    assert np.allclose(Ratings.of(data).scores(np.array([1.0, 1.0])), [100 * 0.75, 100 * 0.25])
