"""How far each criterion's weight may move, the others held, before the decision changes.

With one weight w free, participant j's score for a proposal is (a_j + b_j w) / (c_j + d_j w):
a_j and c_j the weighted sum and the sum of the other criteria's weights over what j rated,
b_j = j's n on the criterion and d_j = 1 if j rated it (else both 0). A proposal's score is
100 / m x the sum of these over its m counted participants (`ScoreFunction`).

- The top: where the top-ranked proposal's score meets another's. Two scores meet where their
  difference, a sum of such fractions, is 0; grouped by denominator (participants who rated
  the same criteria share one) and multiplied out it is a polynomial whose real roots (numpy,
  then polished by Newton's method on the difference itself) are the only candidates. When
  every participant rated every criterion all denominators are one and it is linear.
- The funded set: the set S0 chosen at the set weight stays chosen until another set's total
  overtakes it. Along the axis t = w / (1 + w) (0..1 covers every weight, the end the limit
  w -> infinity) the selection is re-solved at a scan of points until one chooses another set
  S1; the first weight c after the set weight where total(S0) = total(S1) is the candidate
  bound. If S0 is still optimal at c (tied) c is the bound; else the set chosen at c takes
  S1's place and the search repeats closer in (it ends: each step moves closer and there are
  finitely many sets). When every participant rated every criterion the totals of two sets
  cross at most once, so a set that is optimal at the set weight and at c is optimal all the
  way between: the bound is exact. Otherwise a change that begins and ends between two scan
  points could go unseen.

Bounds are weights: lo None when the decision holds for every positive weight below, hi None
when it holds for every weight above. A bound equal to the set weight means any move changes
it (e.g. two proposals tied first whose scores part as soon as the weight moves).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pmo_tmo_desktop.domain.portfolio import select
from pmo_tmo_desktop.domain.portfolio_mip import points
from pmo_tmo_desktop.domain.portfolio_problem import Problem
from pmo_tmo_desktop.domain.portfolio_weights import Array, Ratings, candidate_scores, top

SCAN = 8
"""Points of the scan along t = w / (1 + w) on each side of the set weight."""
_SAME = 1e-9
"""Two scores closer than this everywhere are the same function."""
_NOISE = 1e-12
"""A difference of scores (0..100) this small is rounding noise, not a sign: where two scores
only draw together (both tending to the same limit) they do not cross."""


@dataclass(frozen=True, slots=True)
class ScoreFunction:
    """A proposal's score as a function of one criterion's weight w > 0:
    scale x sum((a + b w) / (c + d w))."""

    a: Array
    b: Array
    c: Array
    d: Array
    scale: float

    def value(self, w: float) -> float:
        if math.isinf(w):  # the limit: the criterion alone where rated
            terms = np.where(self.d > 0, self.b, self.a / np.where(self.c > 0, self.c, 1.0))
        elif w == 0:  # the limit from above
            terms = np.where(self.c > 0, self.a / np.where(self.c > 0, self.c, 1.0), self.b)
        else:
            terms = (self.a + self.b * w) / (self.c + self.d * w)
        return self.scale * float(terms.sum())

    def reach(self) -> tuple[float, float]:
        """The least and the greatest value it takes over every weight: each term moves
        monotonically from its value at 0 to its value in the limit."""
        safe_c = np.where(self.c > 0, self.c, 1.0)
        safe_d = np.where(self.d > 0, self.d, 1.0)
        at_zero = np.where(self.c > 0, self.a / safe_c, self.b / safe_d)
        at_end = np.where(self.d > 0, self.b / safe_d, self.a / safe_c)
        low = float(np.minimum(at_zero, at_end).sum())
        high = float(np.maximum(at_zero, at_end).sum())
        return self.scale * low, self.scale * high


def score_functions(ratings: Ratings, criterion: int) -> list[ScoreFunction | None]:
    """Per proposal (proposal order) its score as a function of the weight of the criterion at
    index `criterion`; None for a proposal without a score."""
    others = ratings.weights.copy()
    others[criterion] = 0.0
    found: list[ScoreFunction | None] = []
    for i in range(len(ratings.proposal_ids)):
        a = ratings.values[i] @ others
        c = ratings.rated[i] @ others
        b = ratings.values[i][:, criterion]
        d = ratings.rated[i][:, criterion]
        counted = (c > 0) | (d > 0)
        m = int(counted.sum())
        if m < ratings.minimum or m == 0:
            found.append(None)
        else:
            found.append(ScoreFunction(a[counted], b[counted], c[counted], d[counted], 100.0 / m))
    return found


class _Difference:
    """sum(sign x f) of some score functions plus a constant, as K + sum((al + be w) / (c + w))."""

    def __init__(self, parts: Sequence[tuple[ScoreFunction, float]], constant: float = 0.0):
        self.parts = parts
        k = constant
        groups: dict[float, list[float]] = {}
        for f, sign in parts:
            s = sign * f.scale
            for a, b, c, d in zip(f.a, f.b, f.c, f.d, strict=True):
                if d == 0:
                    k += s * a / c
                elif c == 0:
                    k += s * b
                else:
                    pair = groups.setdefault(float(c), [0.0, 0.0])
                    pair[0] += s * a
                    pair[1] += s * b
        self.k = k
        self.c = np.array(list(groups), dtype=float)
        self.alpha = np.array([g[0] for g in groups.values()], dtype=float)
        self.beta = np.array([g[1] for g in groups.values()], dtype=float)

    def __call__(self, w: float) -> float:
        return self.k + float(((self.alpha + self.beta * w) / (self.c + w)).sum())

    def slope(self, w: float) -> float:
        return float(((self.beta * self.c - self.alpha) / (self.c + w) ** 2).sum())

    def roots(self, low: float, high: float) -> list[float]:
        """The weights in (low, high) where it is 0, ascending (none if it is 0 throughout)."""
        probes = [t / (1 - t) for t in np.linspace(0.02, 0.98, 9)]
        if max(abs(self(w)) for w in probes) < _SAME:
            return []
        found: list[float] = []
        candidates = np.roots(self._numerator()) if self.c.size else np.array([])
        for z in candidates:
            if abs(z.imag) > 1e-6 * max(1.0, abs(z.real)) or z.real <= 0:
                continue
            w = self._polish(float(z.real))
            if low < w < high and self._zero(w) and not any(_close(w, r) for r in found):
                found.append(w)
        return sorted(found)

    def _numerator(self) -> Array:
        """The difference times the product of its denominators, as polynomial coefficients
        (highest power first): K P(w) + sum_g (al_g + be_g w) P(w) / (c_g + w), with
        P = prod(c_g + w) and each quotient by synthetic division, all g at once."""
        c = self.c
        size = c.size
        whole = np.poly(-c)  # P, degree size
        quotients = np.empty((size, size))  # row g: P / (w + c_g), degree size - 1
        quotients[:, 0] = whole[0]
        for j in range(1, size):
            quotients[:, j] = whole[j] - c * quotients[:, j - 1]
        numerator = self.k * whole
        numerator[:-1] += self.beta @ quotients
        numerator[1:] += self.alpha @ quotients
        return np.asarray(numerator, dtype=np.float64)

    def _polish(self, w: float) -> float:
        for _ in range(12):
            slope = self.slope(w)
            if slope == 0:
                break
            step = self(w) / slope
            if not math.isfinite(step) or w - step <= 0:
                break
            w -= step
            if abs(step) <= 1e-15 * max(1.0, w):
                break
        return w

    def _zero(self, w: float) -> bool:
        """Whether the difference really changes sign at w (a root the polynomial shows
        where both scores only draw together, or a touch that changes no order, is none)."""
        step = 1e-7 * w
        before, after = self(w - step), self(w + step)
        return before * after < 0 and min(abs(before), abs(after)) > _NOISE


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


@dataclass(frozen=True, slots=True)
class Bounds:
    """How far one criterion's weight may move before the decision changes."""

    criterion_id: int
    weight: float
    top: tuple[float | None, float | None]
    """The weights within which the top-ranked proposal(s) stay the same."""
    funded: tuple[float | None, float | None] | None
    """The weights within which the funded set stays the same; None with no problem, or
    when the rules cannot hold at any weight."""


def sensitivity(ratings: Ratings, problem: Problem | None = None) -> tuple[Bounds, ...]:
    """The bounds of every criterion's weight, in criterion order."""
    found = []
    for k, cid in enumerate(ratings.criterion_ids):
        functions = score_functions(ratings, k)
        w0 = float(ratings.weights[k])
        funded = None if problem is None else _funded_bounds(ratings, problem, functions, w0)
        found.append(Bounds(cid, w0, _top_bounds(ratings, functions, w0), funded))
    return tuple(found)


def _scores(functions: Sequence[ScoreFunction | None], w: float) -> Array:
    return np.array([np.nan if f is None else f.value(w) for f in functions], dtype=float)


def _top_bounds(
    ratings: Ratings, functions: Sequence[ScoreFunction | None], w0: float
) -> tuple[float | None, float | None]:
    ids = ratings.proposal_ids
    first = top(_scores(functions, w0), ids)
    if len(first) == 1:
        return _lone_top_bounds(ids.index(next(iter(first))), functions, w0)
    roots: list[float] = []
    reach = [None if f is None else f.reach() for f in functions]
    for i, f in enumerate(functions):
        if f is None or ids[i] not in first:
            continue
        for j, g in enumerate(functions):
            if g is None or j == i:
                continue
            if ids[j] not in first and _apart(reach[j], reach[i]):
                continue  # below the top at every weight: they never meet
            meet = _Difference([(f, 1.0), (g, -1.0)]).roots(0.0, math.inf)
            if ids[j] in first and meet:
                return (w0, w0)  # tied first, and not for good: any move parts them
            roots.extend(meet)
    below = [r for r in roots if r < w0]
    above = [r for r in roots if r > w0]
    return (max(below) if below else None, min(above) if above else None)


CELLS = 32
"""Cells of the axis t = w / (1 + w) on each side of the set weight, in which a score is
enclosed before any polynomial is solved."""


def _lone_top_bounds(
    first: int, functions: Sequence[ScoreFunction | None], w0: float
) -> tuple[float | None, float | None]:
    """The bounds of a top proposal with no tie, walking outward from the set weight cell by
    cell: in a cell where every other score's enclosure lies below the top's, no score can meet
    it (each term of a score is monotone in w, so its values in a cell lie between those at
    the cell's ends); only in the first cell where one cannot be ruled out are the meeting
    points solved exactly, for those proposals alone."""
    t0 = w0 / (1 + w0)
    grid = np.concatenate([np.linspace(0.0, t0, CELLS + 1), np.linspace(t0, 1.0, CELLS + 1)[1:]])
    with np.errstate(divide="ignore"):
        weights = np.where(grid < 1, grid / (1 - grid), np.inf)
    weights[CELLS] = w0
    low, high = _enclosures(functions, weights)
    f = functions[first]
    assert f is not None
    cells_above = range(CELLS, 2 * CELLS)
    cells_below = range(CELLS - 1, -1, -1)
    found: list[float | None] = []
    for cells, side in ((cells_below, -1), (cells_above, +1)):
        bound = None
        for k in cells:
            start, end = float(weights[k]), float(weights[k + 1])
            # Clearly below the top throughout this cell (NaN, no score, compares False).
            close = np.flatnonzero(~(low[first, k] - high[:, k] > _NOISE * 100))
            roots: list[float] = []
            for j in close.tolist():
                g = functions[j]
                if j == first or g is None:
                    continue
                reach = (start * (1 - 1e-12), end * (1 + 1e-12) if math.isfinite(end) else end)
                meet = _Difference([(f, 1.0), (g, -1.0)]).roots(*reach)
                roots.extend(r for r in meet if (r > w0 if side > 0 else r < w0))
            if roots:
                bound = min(roots) if side > 0 else max(roots)
                break
        found.append(bound)
    return found[0], found[1]


def _enclosures(functions: Sequence[ScoreFunction | None], weights: Array) -> tuple[Array, Array]:
    """Per function (rows; NaN for None) and per cell between consecutive weights, the least
    and the greatest value it can take, all at once (terms padded with zeros)."""
    width = max((f.a.size for f in functions if f is not None), default=0)
    shape = (len(functions), max(width, 1))
    a, b, d = np.zeros(shape), np.zeros(shape), np.zeros(shape)
    c = np.ones(shape)
    scale = np.full(len(functions), np.nan)
    for i, f in enumerate(functions):
        if f is not None:
            m = f.a.size
            a[i, :m], b[i, :m], c[i, :m], d[i, :m] = f.a, f.b, f.c, f.d
            scale[i] = f.scale
    a, b, c, d = (x[:, :, None] for x in (a, b, c, d))
    finite = np.where(np.isfinite(weights), weights, 0.0)[None, None, :]
    safe_c = np.where(c > 0, c, 1.0)
    safe_d = np.where(d > 0, d, 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        inner = (a + b * finite) / (c + d * finite)
    at_zero = np.where(c > 0, a / safe_c, b / safe_d)
    at_end = np.where(d > 0, b / safe_d, a / safe_c)
    w = weights[None, None, :]
    values = np.where(w == 0, at_zero, np.where(np.isinf(w), at_end, inner))
    low = np.minimum(values[:, :, :-1], values[:, :, 1:]).sum(axis=1) * scale[:, None]
    high = np.maximum(values[:, :, :-1], values[:, :, 1:]).sum(axis=1) * scale[:, None]
    return low, high


def _apart(lower: tuple[float, float] | None, upper: tuple[float, float] | None) -> bool:
    """Whether every value of the first lies clearly below every value of the second."""
    assert lower is not None and upper is not None
    return lower[1] < upper[0] - 1e-9 * max(1.0, abs(upper[0]))


def _funded_bounds(
    ratings: Ratings, problem: Problem, functions: Sequence[ScoreFunction | None], w0: float
) -> tuple[float | None, float | None] | None:
    chooser = _Chooser(ratings, problem, functions)
    first = chooser.at(w0)
    if first is None:
        return None
    return (chooser.bound(first, w0, -1), chooser.bound(first, w0, +1))


class _Chooser:
    """The funded set at any weight of one criterion, and where it stops being chosen."""

    def __init__(
        self, ratings: Ratings, problem: Problem, functions: Sequence[ScoreFunction | None]
    ) -> None:
        self.problem = problem
        self.ids = ratings.proposal_ids
        self.functions = functions
        by_proposal = dict(zip(self.ids, functions, strict=True))
        self.function_of = [by_proposal.get(c.id) for c in problem.candidates]

    def scores(self, w: float) -> list[float | None]:
        return candidate_scores(self.problem, self.ids, _scores(self.functions, w))

    def at(self, w: float, hint: frozenset[int] | None = None) -> frozenset[int] | None:
        chosen = select(self.problem, self.scores(w), hint=hint)
        return frozenset(chosen.funded) if chosen.feasible else None

    def bound(self, first: frozenset[int], w0: float, side: int) -> float | None:
        t0 = w0 / (1 + w0)
        end = 1.0 if side > 0 else 0.0
        other, w_other = None, 0.0
        for j in range(1, SCAN + 1):
            t = t0 + (end - t0) * j / SCAN
            w = math.inf if t >= 1 else t / (1 - t)
            found = self.at(w, first)
            if found != first:
                other, w_other = found, w
                break
        if other is None:
            return None
        for _ in range(64):
            crossing = self._crossing(first, other, w0, w_other, side)
            if crossing is None:
                if math.isinf(w_other) or w_other == 0:
                    return None  # parted only by the tie-breaks in the limit
                crossing = w_other
            chosen = self.at(crossing, first)
            if chosen is None or chosen == first or self._tied(first, chosen, crossing):
                return crossing
            other, w_other = chosen, crossing
        return w_other

    def _total_difference(self, first: frozenset[int], other: frozenset[int]) -> _Difference:
        parts: list[tuple[ScoreFunction, float]] = []
        constant = 0.0
        for c, f in zip(self.problem.candidates, self.function_of, strict=True):
            sign = (c.id in first) - (c.id in other)
            if sign == 0:
                continue
            if f is not None:
                parts.append((f, float(sign)))
            elif c.id not in self.ids and c.score is not None and math.isfinite(c.score):
                constant += sign * c.score
        return _Difference(parts, constant)

    def _crossing(
        self, first: frozenset[int], other: frozenset[int], w0: float, w1: float, side: int
    ) -> float | None:
        low, high = (w0, w1 * (1 + 1e-12)) if side > 0 else (w1 * (1 - 1e-12), w0)
        roots = self._total_difference(first, other).roots(low, high)
        if not roots:
            return None
        return roots[0] if side > 0 else roots[-1]

    def _tied(self, first: frozenset[int], chosen: frozenset[int], w: float) -> bool:
        """Whether the first set is as good as the chosen one at w, to the millionths the
        selection counts (the sums of rounded scores may differ by one per proposal)."""
        scores = self.scores(w)
        worth = {c.id: points(s) for c, s in zip(self.problem.candidates, scores, strict=True)}
        gap = sum(worth[i] for i in chosen) - sum(worth[i] for i in first)
        return gap <= len(first) + len(chosen)
