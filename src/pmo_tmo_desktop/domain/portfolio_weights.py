"""The scores under other criterion weights: fast enough for a slider, and exactly as functions
of one weight for the sensitivity analysis.

Built from the normalised ratings the scoring engine weighs (scoring.normalised_cells), so
the method is the engine's: a participant's score = sum(w * n) / sum(w) over the criteria the
participant rated, a proposal's = 100 x the mean over its participants whose weights sum above
0. The figures equal the engine's up to rounding in the last bits (numpy sums, not fsum).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.portfolio import Selection, select
from pmo_tmo_desktop.domain.portfolio_problem import Problem

Array = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Ratings:
    """One round's normalised ratings as arrays: proposals x participants x criteria."""

    proposal_ids: tuple[int, ...]
    """In proposal order."""
    criterion_ids: tuple[int, ...]
    """In criterion order."""
    weights: Array
    """The criteria's set weights."""
    values: Array
    """n where rated, 0 elsewhere."""
    rated: Array
    """1.0 where rated, 0 elsewhere."""
    minimum: int
    """Raters a proposal needs for a score (2 with office privacy, else 1)."""

    @classmethod
    def of(
        cls, data: scoring.ScoringInput, round_number: int | None = None, private: bool = False
    ) -> Ratings:
        cells = scoring.normalised_cells(data, round_number)
        proposals = tuple(p[0] for p in sorted(data.proposals, key=lambda p: (p[4], p[0])))
        criteria = sorted(data.criteria, key=lambda c: (c[6], c[0]))
        people = {pid: j for j, (pid, _) in enumerate(data.participants)}
        column = {c[0]: k for k, c in enumerate(criteria)}
        shape = (len(proposals), len(people), len(criteria))
        values, rated = np.zeros(shape), np.zeros(shape)
        for i, pid in enumerate(proposals):
            for participant, row in cells.get(pid, {}).items():
                for cid, n in row.items():
                    if n is not None:
                        values[i, people[participant], column[cid]] = n
                        rated[i, people[participant], column[cid]] = 1.0
        return cls(
            proposal_ids=proposals,
            criterion_ids=tuple(c[0] for c in criteria),
            weights=np.array([c[2] for c in criteria], dtype=float),
            values=values,
            rated=rated,
            minimum=scoring.PRIVATE_MINIMUM if private else 1,
        )

    def weights_with(self, changes: Mapping[int, float]) -> Array:
        """The set weights with some criteria's (by id) replaced."""
        weights = self.weights.copy()
        for k, cid in enumerate(self.criterion_ids):
            if cid in changes:
                weights[k] = changes[cid]
        return weights

    def scores(self, weights: Array) -> Array:
        """Each proposal's score (proposal order) under these weights; NaN: no score."""
        weighted = self.values @ weights  # proposals x participants
        total = self.rated @ weights
        counted = total > 0
        own = np.divide(weighted, total, out=np.zeros_like(weighted), where=counted)
        raters = counted.sum(axis=1)
        found = 100.0 * own.sum(axis=1) / np.maximum(raters, 1)
        return np.where(raters >= self.minimum, found, np.nan)


def ranks(scores: Array) -> Array:
    """The engine's ranks: by score rounded to 6 decimals, highest first, ties sharing a rank
    (1, 2, 2, 4); 0 where there is no score."""
    keys = np.round(scores, scoring.TIE_DECIMALS)
    rated = ~np.isnan(keys)
    ordered = np.sort(keys[rated])
    higher = ordered.size - np.searchsorted(ordered, keys, side="right")
    return np.where(rated, 1 + higher, 0)


def top(scores: Array, proposal_ids: Sequence[int]) -> frozenset[int]:
    """The proposals ranked first (equal to 6 decimals share the first rank)."""
    rank = ranks(scores)
    return frozenset(pid for pid, r in zip(proposal_ids, rank, strict=True) if r == 1)


def candidate_scores(
    problem: Problem, proposal_ids: Sequence[int], scores: Array
) -> list[float | None]:
    """The candidates' scores (candidate order) with those of the rated proposals replaced;
    a candidate that is not one of the proposals keeps its own."""
    by_id = {pid: float(s) for pid, s in zip(proposal_ids, scores, strict=True)}
    return [
        c.score if c.id not in by_id else (None if np.isnan(by_id[c.id]) else by_id[c.id])
        for c in problem.candidates
    ]


@dataclass(frozen=True, slots=True)
class Reweighed:
    """The outcome of one slider move."""

    scores: dict[int, float | None]
    """Proposal id to score (None: no score)."""
    ranks: dict[int, int | None]
    order: tuple[int, ...]
    """The proposal ids by rank, unrated last, ties in proposal order."""
    selection: Selection | None
    """The funded set under the new scores (None when there is no problem to fund)."""


class Slider:
    """Re-ranks and re-selects under new weights: the sums per proposal and participant are
    precomputed, so one move costs a few array products over the cells and one selection."""

    def __init__(self, ratings: Ratings, problem: Problem | None = None) -> None:
        self.ratings = ratings
        self.problem = problem
        self._last: tuple[int, ...] | None = None

    def move(self, weights: Mapping[int, float]) -> Reweighed:
        """The scores, ranks and funded set with the criteria's weights (by id) as given;
        criteria not mentioned keep their set weight."""
        r = self.ratings
        found = r.scores(r.weights_with(weights))
        rank = ranks(found)
        ids = r.proposal_ids
        index = {pid: i for i, pid in enumerate(ids)}
        order = sorted(
            ids,
            key=lambda pid: (rank[index[pid]] == 0, rank[index[pid]], index[pid]),
        )
        selection = None
        if self.problem is not None:
            scores = candidate_scores(self.problem, ids, found)
            selection = select(self.problem, scores, hint=self._last)
            self._last = selection.funded if selection.feasible else None
        pairs = zip(ids, found, strict=True)
        return Reweighed(
            scores={pid: None if np.isnan(s) else float(s) for pid, s in pairs},
            ranks={pid: int(k) if k else None for pid, k in zip(ids, rank, strict=True)},
            order=tuple(order),
            selection=selection,
        )
