"""Criterion weights from pairwise comparisons: the analytic hierarchy process (AHP).

Each participant says, for a pair of criteria, which matters more and how much, on Saaty's
scale (1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important, the
even numbers between). A judgement is kept as a_ab, how many times a outweighs b; a_ba is
1 / a_ab.

- Weights: the principal (Perron) eigenvector of the comparison matrix, summing to 1
  (T. L. Saaty, "The Analytic Hierarchy Process", McGraw-Hill, 1980).
- Consistency: CI = (lambda_max - n) / (n - 1) and CR = CI / RI, with Saaty's random index RI
  (T. L. Saaty, "Decision making with the analytic hierarchy process", Int. J. Services
  Sciences 1(1), 2008, 83-98, Table 3; also Saaty, "How to make a decision: the analytic
  hierarchy process", European Journal of Operational Research 48, 1990, 9-26). A CR up to
  0.1 is usually accepted.
- The most inconsistent judgement: the pair whose a_ij * w_j / w_i lies farthest from 1
  (measured as |ln|, so 1/3 and 3 are as far).
- Incomplete comparisons: Harker's method (P. T. Harker, "Incomplete pairwise comparisons in
  the analytic hierarchy process", Mathematical Modelling 9(11), 1987, 837-848): a missing
  a_ij is 0 and the diagonal entry of row i is 1 + the number of comparisons missing in that
  row; the weights and lambda_max are that matrix's principal eigenpair. Weights need the
  comparisons to connect every criterion; otherwise the criteria cut off are named.
- Groups (an office, the whole room): the geometric mean of the individual judgements of each
  pair (aggregation of individual judgements, AIJ: E. Forman and K. Peniwati, "Aggregating
  individual judgments and priorities with the analytic hierarchy process", European Journal
  of Operational Research 108, 1998, 165-169), over those who compared that pair.

Pure: numbers and ids in, numbers out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

STEPS: tuple[int, ...] = (9, 8, 7, 6, 5, 4, 3, 2)
"""How much more important, from extremely (9) to between equal and moderately (2)."""
SCALE: tuple[float, ...] = (*map(float, STEPS), 1.0, *(1.0 / s for s in reversed(STEPS)))
"""Saaty's 17 judgements, from "a extremely more important" (9) to "b extremely" (1/9)."""
RANDOM_INDEX: Mapping[int, float] = {
    1: 0.0,
    2: 0.0,
    3: 0.58,
    4: 0.90,
    5: 1.12,
    6: 1.24,
    7: 1.32,
    8: 1.41,
    9: 1.45,
    10: 1.49,
}
"""Saaty's random consistency index by matrix size (Saaty 1980; 2008, Table 3). Beyond ten
criteria no CR is given."""
ACCEPTABLE_CR = 0.1
"""Saaty's threshold: a consistency ratio above it asks for the judgements to be revisited."""
_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class Judgement:
    """a_ab: how many times criterion `a` outweighs criterion `b` (1/9 .. 9)."""

    a: int
    b: int
    value: float

    def canonical(self) -> Judgement:
        """The same judgement with the smaller id first (the form it is stored in)."""
        if self.a <= self.b:
            return self
        return Judgement(self.b, self.a, 1.0 / self.value)


@dataclass(frozen=True, slots=True)
class Weights:
    """What a set of judgements says about the criteria `items`."""

    items: tuple[int, ...]
    weights: Mapping[int, float] | None
    """Per criterion, summing to 1; None when the comparisons leave a criterion cut off (or
    none was made)."""
    lambda_max: float | None = None
    consistency_index: float | None = None
    consistency_ratio: float | None = None
    """None without weights, or beyond the sizes Saaty's random index covers."""
    most_inconsistent: tuple[int, int] | None = None
    """The judged pair (a, b) farthest from what the weights imply; None when consistent."""
    missing: tuple[tuple[int, int], ...] = ()
    """Pairs nobody compared, each (smaller id, larger id)."""
    cut_off: tuple[int, ...] = ()
    """Criteria the comparisons do not connect to the rest (weights need them all linked)."""
    judged: int = 0
    """How many pairs were compared."""
    ratios: Mapping[tuple[int, int], float] = field(default_factory=dict)
    """a_ij * w_j / w_i per judged pair (1: exactly what the weights imply)."""

    @property
    def acceptable(self) -> bool | None:
        """CR within Saaty's 0.1 (None: no CR)."""
        cr = self.consistency_ratio
        return None if cr is None else cr <= ACCEPTABLE_CR + _TOLERANCE


def random_index(n: int) -> float | None:
    """Saaty's random index for `n` criteria (None beyond the published table)."""
    return RANDOM_INDEX.get(n)


def scale_value(value: float) -> float:
    """The judgement on Saaty's scale that `value` is (within rounding); ValueError if none."""
    for step in SCALE:
        if math.isclose(value, step, rel_tol=1e-6):
            return step
    raise ValueError(value)


def pairs(items: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """Every unordered pair of `items`, in their order (the order a ballot lists them)."""
    return tuple((a, b) for i, a in enumerate(items) for b in items[i + 1 :])


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a <= b else (b, a)


def _known(items: Sequence[int], judgements: Iterable[Judgement]) -> dict[tuple[int, int], float]:
    """The judgements of pairs of `items`, canonical (smaller id first); the last one of a
    pair counts."""
    wanted = set(items)
    known: dict[tuple[int, int], float] = {}
    for j in judgements:
        if j.a == j.b or j.a not in wanted or j.b not in wanted or not j.value > 0:
            continue
        c = j.canonical()
        known[(c.a, c.b)] = c.value
    return known


def _components(items: Sequence[int], links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected groups of `items` (union-find), each in the items' order."""
    parent = {i: i for i in items}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for i in items:
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _principal(matrix: np.ndarray) -> tuple[float, np.ndarray]:
    """The Perron eigenvalue of a positive (or irreducible non-negative) matrix and its
    eigenvector, positive and summing to 1."""
    values, vectors = np.linalg.eig(matrix)
    index = int(np.argmax(values.real))
    vector = np.abs(vectors[:, index].real)
    return float(values[index].real), vector / vector.sum()


def weights(items: Sequence[int], judgements: Iterable[Judgement]) -> Weights:
    """The weights and consistency of `items` from `judgements` (complete or not)."""
    items = tuple(dict.fromkeys(items))
    n = len(items)
    known = _known(items, judgements)
    missing = tuple(p for p in (_pair(a, b) for a, b in pairs(items)) if p not in known)
    if n == 0:
        return Weights(items, {})
    if n == 1:
        return Weights(items, {items[0]: 1.0}, 1.0, 0.0, 0.0)
    groups = _components(items, known)
    if len(groups) > 1 or not known:
        main = max(groups, key=len) if known else []
        cut = tuple(i for i in items if i not in main)
        return Weights(items, None, missing=missing, cut_off=cut, judged=len(known))
    index = {item: i for i, item in enumerate(items)}
    matrix = np.zeros((n, n))
    for (a, b), value in known.items():
        matrix[index[a], index[b]] = value
        matrix[index[b], index[a]] = 1.0 / value
    for i, item in enumerate(items):  # Harker: 1 + the comparisons this row lacks
        matrix[i, i] = 1.0 + sum(1 for p in missing if item in p)
    lam, vector = _principal(matrix)
    found = {item: float(vector[index[item]]) for item in items}
    ci = max(0.0, (lam - n) / (n - 1))
    ri = random_index(n)
    cr = None if ri is None else (0.0 if ri == 0 else ci / ri)
    ratios = {(a, b): value * found[b] / found[a] for (a, b), value in known.items()}
    worst = max(ratios, key=lambda p: abs(math.log(ratios[p])))
    inconsistent = worst if n >= 3 and abs(math.log(ratios[worst])) > 1e-6 else None
    return Weights(items, found, lam, ci, cr, inconsistent, missing, (), len(known), ratios)


def aggregate(sets: Iterable[Iterable[Judgement]]) -> tuple[Judgement, ...]:
    """One judgement per pair: the geometric mean of the judgements of that pair in `sets`
    (one set per participant), over those who compared it (AIJ)."""
    logs: dict[tuple[int, int], list[float]] = {}
    for judgements in sets:
        mine: dict[tuple[int, int], float] = {}
        for j in judgements:
            if j.a == j.b or not j.value > 0:
                continue
            c = j.canonical()
            mine[(c.a, c.b)] = c.value
        for pair, value in mine.items():
            logs.setdefault(pair, []).append(math.log(value))
    return tuple(
        Judgement(a, b, math.exp(sum(values) / len(values))) for (a, b), values in logs.items()
    )
