"""The portfolio's rules checked by trying every subset: the yardstick for the solver's tests.

Written from the rules as the selection documents them, not from the solver's model: exact
fractions for money, scores in millionths, the same order among equally good sets.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from fractions import Fraction

from hypothesis import strategies as st

from pmo_tmo_desktop.domain.portfolio import Conflict, Kind
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Group, Problem

Subset = frozenset[int]


def money(value: float | None) -> Fraction:
    return Fraction(repr(float(value))) if value is not None else Fraction(0)


def priced(value: float | None) -> bool:
    return value is not None and math.isfinite(value) and value >= 0


def points(score: float | None) -> int:
    return 0 if score is None or not math.isfinite(score) else round(score * 1_000_000)


def rules_of(problem: Problem) -> list[Conflict]:
    """Every constraint of the problem, described as the selection describes its conflicts."""
    found: list[Conflict] = []
    if problem.budget is not None and not math.isinf(problem.budget):
        found.append(Conflict(Kind.BUDGET))
    if problem.resource_limit is not None and not math.isinf(problem.resource_limit):
        found.append(Conflict(Kind.RESOURCE))
    for c in problem.candidates:
        if c.rule == FundingRule.MUST:
            found.append(Conflict(Kind.MUST, (c.id,)))
        elif c.rule == FundingRule.MUST_NOT:
            found.append(Conflict(Kind.MUST_NOT, (c.id,)))
        elif not priced(c.cost):
            found.append(Conflict(Kind.NO_COST, (c.id,)))
        for needed in dict.fromkeys(c.requires):
            if needed != c.id:
                found.append(Conflict(Kind.REQUIRES, (c.id, needed)))
    limits = {g.name: g.at_most for g in problem.groups}
    for name in dict.fromkeys(c.group for c in problem.candidates if c.group in limits):
        members = tuple(c.id for c in problem.candidates if c.group == name)
        found.append(Conflict(Kind.GROUP, members, name))
    return found


def holds(problem: Problem, rule: Conflict, chosen: Subset) -> bool:
    by_id = {c.id: c for c in problem.candidates}
    if rule.kind == Kind.BUDGET:
        assert problem.budget is not None
        return sum((money(by_id[i].cost) for i in chosen if priced(by_id[i].cost)),
                   Fraction(0)) <= money(problem.budget)  # fmt: skip
    if rule.kind == Kind.RESOURCE:
        assert problem.resource_limit is not None
        total = sum((money(by_id[i].resource) for i in chosen if priced(by_id[i].resource)),
                    Fraction(0))  # fmt: skip
        return total <= money(problem.resource_limit)
    if rule.kind == Kind.MUST:
        return rule.proposal_ids[0] in chosen
    if rule.kind in (Kind.MUST_NOT, Kind.NO_COST):
        return rule.proposal_ids[0] not in chosen
    if rule.kind == Kind.REQUIRES:
        dependent, needed = rule.proposal_ids
        return dependent not in chosen or needed in chosen
    limit = {g.name: g.at_most for g in problem.groups}[rule.group or ""]
    return len(chosen & set(rule.proposal_ids)) <= limit


def subsets(problem: Problem) -> list[Subset]:
    ids = [c.id for c in problem.candidates]
    return [frozenset(s) for k in range(len(ids) + 1) for s in itertools.combinations(ids, k)]


def allowed(problem: Problem, rules: Sequence[Conflict] | None = None) -> list[Subset]:
    active = rules_of(problem) if rules is None else rules
    return [s for s in subsets(problem) if all(holds(problem, r, s) for r in active)]


def cost(problem: Problem, chosen: Subset) -> Fraction:
    return sum(
        (money(c.cost) for c in problem.candidates if c.id in chosen and priced(c.cost)),
        Fraction(0),
    )


def order_key(
    problem: Problem, chosen: Subset, scores: dict[int, float | None] | None = None
) -> tuple[int, Fraction, int]:
    """Smaller is better: more score, then less cost, then the lowest id where sets differ
    funded (left out when it is worth nothing)."""
    score_of = {c.id: c.score for c in problem.candidates} if scores is None else scores
    ranks = {i: r for r, i in enumerate(sorted(score_of), start=0)}
    n = len(ranks)
    bits = sum((1 if points(score_of[i]) > 0 else -1) * 2 ** (n - 1 - ranks[i]) for i in chosen)
    return (-sum(points(score_of[i]) for i in chosen), cost(problem, chosen), -bits)


def best(problem: Problem, scores: dict[int, float | None] | None = None) -> Subset | None:
    options = allowed(problem)
    if not options:
        return None
    return min(options, key=lambda s: order_key(problem, s, scores))


@st.composite
def problems(draw: st.DrawFn, most: int = 8) -> Problem:
    """Small problems with every kind of rule, ties made likely by small pools of values."""
    n = draw(st.integers(0, most))
    ids = draw(st.lists(st.integers(1, 40), min_size=n, max_size=n, unique=True))
    score_pool = draw(st.lists(st.sampled_from([0.0, 12.5, 40.0, 55.25, 70.0, 99.999999]),
                               min_size=1, max_size=3))  # fmt: skip
    cost_pool = [0.0, 0.1, 0.2, 0.3, 1.0, 2.5, 4.0]
    candidates = []
    for item in ids:
        score = draw(st.one_of(st.none(), st.sampled_from(score_pool),
                               st.floats(0, 100, allow_nan=False)))  # fmt: skip
        cost_value = draw(st.one_of(st.none(), st.sampled_from(cost_pool)))
        if cost_value is not None and draw(st.booleans()) and draw(st.booleans()):
            cost_value = -1.0
        rule = draw(st.sampled_from([FundingRule.AUTO] * 5 + [FundingRule.MUST,
                                                              FundingRule.MUST_NOT]))  # fmt: skip
        requires = tuple(draw(st.lists(st.sampled_from([*ids, 99]), max_size=2)))
        if draw(st.integers(0, 3)) != 0:
            requires = ()
        candidates.append(
            Candidate(
                item,
                f"P{item}",
                score,
                cost_value,
                resource=draw(st.one_of(st.none(), st.sampled_from([0.0, 1.0, 2.0, 3.5]))),
                rule=rule,
                requires=requires,
                group=draw(st.sampled_from([None, None, "A", "B", "C"])),
            )
        )
    groups = tuple(
        Group(name, draw(st.integers(0, 2))) for name in ("A", "B") if draw(st.booleans())
    )
    budget = draw(st.one_of(st.none(), st.sampled_from([-1.0, 0.0, 0.3, 1.2, 3.0, 5.0, 8.7,
                                                        math.inf])))  # fmt: skip
    limit = draw(st.one_of(st.none(), st.sampled_from([0.0, 2.0, 4.5])))
    return Problem(tuple(candidates), budget, "people", limit, groups)
