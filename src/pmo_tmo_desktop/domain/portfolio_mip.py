"""The portfolio's mixed-integer model: one 0/1 variable per candidate, solved exactly by HiGHS.

Every number that enters the model is an integer (scores in millionths, money and the resource
over one common denominator of the decimal values they print as), so a row's activity is an
integer and any bound can be given half a unit of room: HiGHS' tolerances never decide between
two sets. Every answer is rounded to 0/1 and checked again in exact integer arithmetic.
"""

from __future__ import annotations

import enum
import functools
import math
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any, TypeVar

import highspy
import numpy as np
from highspy._core import _Highs

from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Problem

T = TypeVar("T")

SCORE_DECIMALS = 6
"""Scores count to this many decimals, the precision the scoring engine ranks with."""
_POINTS_PER_UNIT = 10**SCORE_DECIMALS
_EXACT_LIMIT = 2**52
"""Integer sums up to here are exact in a double (and in HiGHS' rows)."""
_INF = highspy.kHighsInf
_ATTEMPTS = 32
_OPTIONS: dict[str, bool | float] = {
    # On models this small the sub-MIP heuristics cost more than they save (measured with
    # benchmarks/portfolio.py: about half the time), and so does long strong branching.
    "mip_heuristic_run_rins": False,
    "mip_heuristic_run_rens": False,
    "mip_heuristic_run_root_reduced_cost": False,
    "mip_pscost_minreliable": 2,
}


class Kind(enum.StrEnum):
    """What a constraint of the selection is."""

    BUDGET = "budget"
    RESOURCE = "resource"
    REQUIRES = "requires"
    """proposal_ids = (the dependent proposal, the proposal it requires)"""
    MUST = "must"
    MUST_NOT = "must_not"
    GROUP = "group"
    NO_COST = "no_cost"
    """A proposal without a usable cost is never funded unless it is a must."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """One constraint, as a person reads it: its kind, the proposals and the group involved."""

    kind: Kind
    proposal_ids: tuple[int, ...] = ()
    group: str | None = None


Row = tuple[tuple[int, ...], tuple[int, ...], float, float]
"""(columns, integer coefficients, lower, upper)"""


@dataclass(frozen=True, slots=True)
class Rule:
    """A constraint and how it enters the model: a row, or a column's bounds."""

    conflict: Conflict
    row: Row | None = None
    column: tuple[int, int, int] | None = None
    """(column, lower, upper)"""


def points(score: float | None) -> int:
    """A score in integer millionths; None (not rated) and non-finite scores are worth 0."""
    if score is None or not math.isfinite(score):
        return 0
    return int(round(score * _POINTS_PER_UNIT))  # noqa: RUF046 (round of a float is typed Any here)


def exact(value: float) -> Fraction:
    """The decimal value a float prints as, exactly (0.1 is one tenth, not its binary twin)."""
    return Fraction(repr(float(value)))


def usable(value: float | None) -> bool:
    return value is not None and math.isfinite(value) and value >= 0


def _integers(
    values: Sequence[float | None], limit: float | None
) -> tuple[list[int], int | None, int, bool]:
    """The values (None counts as 0) and the limit as integers over one common denominator
    (returned third), and whether they are exact (fourth): they are for any sums a portfolio
    holds (money to the cent)."""
    exacts = [exact(v) if v is not None and usable(v) else Fraction(0) for v in values]
    total = sum(exacts, Fraction(0))
    bound = None if limit is None or math.isinf(limit) else exact(limit)
    if bound is not None:
        # Above the sum of every value a limit binds nothing, below zero it holds nothing: taken
        # at those ends, a far limit neither coarsens the units (0.3 and 0.5 both counted as
        # 0) nor leaves the range of bounds HiGHS reads as finite.
        bound = min(max(bound, Fraction(-1)), total)
    denominators = [f.denominator for f in exacts] + ([bound.denominator] if bound else [])
    scale = math.lcm(1, *denominators)
    reach = total + abs(bound if bound is not None else Fraction(0))
    is_exact = scale * reach < _EXACT_LIMIT
    if not is_exact:  # not money to the cent: as exact as doubles allow
        scale = max(1, math.floor(_EXACT_LIMIT / (4 * (reach + 1))))
    scaled = [math.floor(f * scale) for f in exacts]
    return scaled, None if bound is None else math.floor(bound * scale), scale, is_exact


@dataclass(frozen=True, slots=True)
class Instance:
    """A problem in integers: what every solve of it shares."""

    candidates: tuple[Candidate, ...]
    points: tuple[int, ...]
    costs: tuple[int, ...]
    resources: tuple[int, ...]
    rules: tuple[Rule, ...]
    """The constraints, budget first (its row is replaced when the budget varies)."""
    budget_rule: Rule | None
    cost_scale: int
    """integer cost = money x cost_scale"""
    resource_scale: int = 1
    exact_sums: bool = False
    """Whether the integer costs and resources are the decimal values exactly (so their sums,
    over the scales, are the sums of the values as written)."""

    @property
    def size(self) -> int:
        return len(self.candidates)

    def index_of(self) -> dict[int, int]:
        return {c.id: i for i, c in enumerate(self.candidates)}


def instance(problem: Problem, scores: Sequence[float | None] | None = None) -> Instance:
    """The problem in integers; `scores` (in candidate order) replaces the candidates' own.
    What does not depend on the scores is built once per problem (a slider move, a weight
    draw or a sensitivity probe asks the same problem again with other scores)."""
    try:
        shared = _shared(problem)
    except TypeError:  # an unhashable problem (a list where a tuple belongs): built afresh
        shared = _build(problem)
    if scores is None:
        return shared
    return replace(shared, points=tuple(points(s) for s in scores))


@functools.lru_cache(maxsize=32)
def _shared(problem: Problem) -> Instance:
    return _build(problem)


def _build(problem: Problem) -> Instance:
    cands = problem.candidates
    ids = [c.id for c in cands]
    if len(set(ids)) != len(ids):
        raise ValueError("a proposal appears twice among the candidates")
    if problem.budget is not None and math.isnan(problem.budget):
        raise ValueError("the budget is not a number")
    costs, budget, cost_scale, costs_exact = _integers([c.cost for c in cands], problem.budget)
    resources, limit, resource_scale, resources_exact = _integers(
        [c.resource for c in cands], problem.resource_limit
    )
    everyone = tuple(range(len(cands)))
    rules: list[Rule] = []
    budget_rule = None
    if budget is not None:
        budget_rule = Rule(Conflict(Kind.BUDGET), (everyone, tuple(costs), -_INF, budget + 0.5))
        rules.append(budget_rule)
    if limit is not None:
        rules.append(
            Rule(Conflict(Kind.RESOURCE), (everyone, tuple(resources), -_INF, limit + 0.5))
        )
    index = {c.id: i for i, c in enumerate(cands)}
    for i, c in enumerate(cands):
        if c.rule == FundingRule.MUST:
            rules.append(Rule(Conflict(Kind.MUST, (c.id,)), column=(i, 1, 1)))
        elif c.rule == FundingRule.MUST_NOT:
            rules.append(Rule(Conflict(Kind.MUST_NOT, (c.id,)), column=(i, 0, 0)))
        elif not usable(c.cost):
            rules.append(Rule(Conflict(Kind.NO_COST, (c.id,)), column=(i, 0, 0)))
        for needed in dict.fromkeys(c.requires):
            conflict = Conflict(Kind.REQUIRES, (c.id, needed))
            if needed not in index:  # not a candidate: never funded, so neither is c
                rules.append(Rule(conflict, column=(i, 0, 0)))
            elif index[needed] != i:
                rules.append(Rule(conflict, ((i, index[needed]), (1, -1), -_INF, 0.5)))
    limits = {g.name: g.at_most for g in problem.groups}
    members: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        if c.group is not None and c.group in limits:
            members.setdefault(c.group, []).append(i)
    for name, cols in members.items():
        conflict = Conflict(Kind.GROUP, tuple(cands[i].id for i in cols), name)
        rules.append(Rule(conflict, (tuple(cols), (1,) * len(cols), -_INF, limits[name] + 0.5)))
    return Instance(
        candidates=cands,
        points=tuple(points(c.score) for c in cands),
        costs=tuple(costs),
        resources=tuple(resources),
        rules=tuple(rules),
        budget_rule=budget_rule,
        cost_scale=cost_scale,
        resource_scale=resource_scale,
        exact_sums=costs_exact and resources_exact,
    )


def with_budget(inst: Instance, budget: int | None) -> Instance:
    """The same instance under another budget (an integer in the instance's money units)."""
    rules = [r for r in inst.rules if r is not inst.budget_rule]
    rule = None
    if budget is not None:
        everyone = tuple(range(inst.size))
        rule = Rule(Conflict(Kind.BUDGET), (everyone, inst.costs, -_INF, budget + 0.5))
        rules.insert(0, rule)
    return replace(inst, rules=tuple(rules), budget_rule=rule)


def with_points(inst: Instance, new_points: Sequence[int]) -> Instance:
    return replace(inst, points=tuple(new_points))


def solve(
    inst: Instance,
    objective: Sequence[int],
    maximise: bool,
    rows: Iterable[Row] = (),
    fixed: Mapping[int, int] | None = None,
    rules: Sequence[Rule] | None = None,
    start: Sequence[int] | None = None,
) -> tuple[int, ...] | None:
    """The best 0/1 vector under the rules (all of the instance's unless given), the extra
    rows and the fixed columns; None when nothing satisfies them. `start`, a vector known to
    satisfy them, lets the search begin from it (much faster when it is near the best)."""
    n = inst.size
    active = inst.rules if rules is None else rules
    lower = np.zeros(n)
    upper = np.ones(n)
    all_rows = [r.row for r in active if r.row is not None] + list(rows)
    for rule in active:
        if rule.column is not None:
            col, low, high = rule.column
            lower[col], upper[col] = max(lower[col], low), min(upper[col], high)
    for col, value in (fixed or {}).items():
        lower[col], upper[col] = max(lower[col], value), min(upper[col], value)
    if np.any(lower > upper):
        return None
    for _attempt in range(_ATTEMPTS):
        found = _run(n, objective, maximise, lower, upper, all_rows, start)
        start = None
        if found is None:
            return None
        if all(_holds(row, found) for row in all_rows):
            return found
        # Rows hold sums up to ~1e10 (scores in millionths), so HiGHS' relative tolerances may
        # let through an answer half a unit outside a bound: exclude that answer and solve again.
        cut = tuple(-1 if on else 1 for on in found)
        all_rows.append((tuple(range(n)), cut, 1 - sum(found) - 0.5, math.inf))
    raise ArithmeticError("the portfolio model could not be solved to an exact answer")


def _holds(row: Row, x: Sequence[int]) -> bool:
    cols, coefs, lo, hi = row
    activity = sum(coefs[j] for j, c in enumerate(cols) if x[c])
    return lo <= activity <= hi


def _highs(
    n: int,
    objective: Sequence[int],
    maximise: bool,
    lower: np.ndarray,
    upper: np.ndarray,
    rows: Sequence[Row],
    integral: bool = True,
    start: Sequence[int] | None = None,
) -> _Highs:
    """The model solved (or its linear relaxation when not `integral`)."""
    lp = highspy.HighsLp()
    lp.num_col_ = n
    lp.num_row_ = len(rows)
    lp.col_cost_ = np.asarray(objective, dtype=float)
    lp.col_lower_ = lower
    lp.col_upper_ = upper
    lp.sense_ = highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize
    lp.row_lower_ = np.array([r[2] for r in rows], dtype=float)
    lp.row_upper_ = np.array([r[3] for r in rows], dtype=float)
    starts = [0]
    index: list[int] = []
    value: list[float] = []
    for cols, coefs, _, _ in rows:
        index.extend(cols)
        value.extend(float(c) for c in coefs)
        starts.append(len(index))
    matrix = lp.a_matrix_
    matrix.format_ = highspy.MatrixFormat.kRowwise
    matrix.num_col_ = n
    matrix.num_row_ = len(rows)
    matrix.start_ = np.array(starts, dtype=np.int32)
    matrix.index_ = np.array(index, dtype=np.int32)
    matrix.value_ = np.array(value, dtype=float)
    if integral:
        lp.integrality_ = [highspy.HighsVarType.kInteger] * n
    # The core solver: the Python wrapper (highspy.Highs) prints a banner on stdout whatever
    # the options, which would spoil the command line's output.
    h = _Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 0.5)  # the objective is an integer: < 1 proves optimal
    for name, setting in _OPTIONS.items():
        h.setOptionValue(name, setting)
    h.passModel(lp)
    if start is not None:
        begin = highspy.HighsSolution()
        begin.col_value = [float(v) for v in start]
        begin.value_valid = True
        h.setSolution(begin)
    h.run()
    return h


_SOLVER = threading.RLock()
"""HiGHS is used by one thread at a time: the window decides on its own thread while a worker
analyses, and the solver's Python binding is not known to be safe for that."""


def _one_at_a_time(function: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> T:
        with _SOLVER:
            return function(*args, **kwargs)

    return guarded


@_one_at_a_time
def _run(
    n: int,
    objective: Sequence[int],
    maximise: bool,
    lower: np.ndarray,
    upper: np.ndarray,
    rows: Sequence[Row],
    start: Sequence[int] | None = None,
) -> tuple[int, ...] | None:
    if n == 0:
        return () if all(lo <= 0 <= hi for _, _, lo, hi in rows) else None
    h = _highs(n, objective, maximise, lower, upper, rows, start=start)
    status = h.getModelStatus()
    if status == highspy.HighsModelStatus.kInfeasible:
        return None
    if status != highspy.HighsModelStatus.kOptimal:
        raise ArithmeticError(f"the portfolio model ended as {h.modelStatusToString(status)}")
    return tuple(round(float(v)) for v in h.getSolution().col_value)


@_one_at_a_time
def settled(inst: Instance, best: int, chosen: tuple[int, ...]) -> dict[int, int]:
    """The candidates on which every set worth `best` points agrees with `chosen` (a set
    worth that much, the most there is), proven by linear-programming duality.

    In the relaxation's optimum (value L, reduced costs d) a candidate at a bound can only move
    off it at a cost of at least |d| to any allowed set: sum(points) <= L - |d|. When that is
    below `best` (with room for rounding in the last digits) no set worth `best` moves it."""
    n = inst.size
    if n == 0:
        return {}
    lower, upper = np.zeros(n), np.ones(n)
    for rule in inst.rules:
        if rule.column is not None:
            col, low, high = rule.column
            lower[col], upper[col] = max(lower[col], low), min(upper[col], high)
    rows = [r.row for r in inst.rules if r.row is not None]
    h = _highs(n, inst.points, True, lower, upper, rows, integral=False)
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return {}
    solution = h.getSolution()
    bound = h.getInfo().objective_function_value
    room = 1e-6 * (abs(bound) + 1) + 1
    found: dict[int, int] = {}
    for i, (x, d) in enumerate(zip(solution.col_value, solution.col_dual, strict=True)):
        at = round(float(x))
        if abs(x - at) < 1e-9 and at == chosen[i] and bound - abs(d) < best - 0.5 - room:
            found[i] = at
    return found
