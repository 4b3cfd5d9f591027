"""Two small tools the exact searches share: an exact order by ratio, and the minimum of a
one-dimensional convex function (for the Lagrangian multipliers)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from functools import cmp_to_key


def by_ratio(
    items: Iterable[int],
    top: Sequence[int],
    bottom: Sequence[int],
    tie: Sequence[int] | None = None,
) -> list[int]:
    """The items by top[i] / bottom[i], greatest first, compared exactly (cross-multiplied, so
    a bottom of 0 with a positive top comes first); equal ratios by tie[i] (else i) ascending."""
    rank = tie if tie is not None else range(len(top))

    def before(i: int, j: int) -> int:
        left, right = top[i] * bottom[j], top[j] * bottom[i]
        if left != right:
            return -1 if left > right else 1
        return -1 if rank[i] < rank[j] else (1 if rank[i] > rank[j] else 0)

    return sorted(items, key=cmp_to_key(before))


GOLDEN = (math.sqrt(5) - 1) / 2


def least(function: Callable[[float], float], low: float, high: float, steps: int) -> float:
    """Where a convex function of one variable is least on [low, high] (golden sections)."""
    a, b = high - GOLDEN * (high - low), low + GOLDEN * (high - low)
    fa, fb = function(a), function(b)
    for _ in range(steps):
        if fa <= fb:
            high, b, fb = b, a, fa
            a = high - GOLDEN * (high - low)
            fa = function(a)
        else:
            low, a, fa = a, b, fb
            b = low + GOLDEN * (high - low)
            fb = function(b)
    return (low + high) / 2
