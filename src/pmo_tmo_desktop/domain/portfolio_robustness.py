"""How robust the funded set is: how often each proposal is funded when the weights wobble, and
what each office's scores alone would fund."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from pmo_tmo_desktop.domain.portfolio import Selection, select
from pmo_tmo_desktop.domain.portfolio_problem import Problem
from pmo_tmo_desktop.domain.portfolio_weights import Ratings, candidate_scores

DRAWS = 100
"""Weight vectors drawn by default. Each draw is one exact selection, so at 50 proposals with
ten rules this takes seconds (see benchmarks/portfolio.py): run it off the ui thread."""
SPREAD = 0.25
"""The default sigma of the log-normal factor: most draws move each weight by up to a quarter
either way, some by up to a half."""


def probability_funded(
    ratings: Ratings,
    problem: Problem,
    draws: int = DRAWS,
    spread: float = SPREAD,
    seed: int = 0,
) -> dict[int, float]:
    """Per candidate id, the share of `draws` random weight vectors under which it is funded.

    Each draw multiplies every set weight by its own factor exp(spread x Z), Z standard
    normal: a log-normal factor of median 1, so a weight never turns negative and halving is as
    likely as doubling; criteria keep their order of importance on average. The same seed
    gives the same answer. Draws under which the rules cannot hold fund nothing."""
    if draws <= 0:
        raise ValueError("at least one draw is needed")
    rng = np.random.default_rng(seed)
    factors = np.exp(spread * rng.standard_normal((draws, ratings.weights.size)))
    counts = dict.fromkeys((c.id for c in problem.candidates), 0)
    ids = ratings.proposal_ids
    baseline = select(problem, candidate_scores(problem, ids, ratings.scores(ratings.weights)))
    hint = baseline.funded if baseline.feasible else None
    for weights in ratings.weights * factors:
        scores = candidate_scores(problem, ids, ratings.scores(weights))
        found = select(problem, scores, hint=hint)
        for cid in found.funded:
            counts[cid] += 1
    return {cid: n / draws for cid, n in counts.items()}


@dataclass(frozen=True, slots=True)
class OfficeSelections:
    """What each office's scores would fund beside the joint choice. A selection of None is
    withheld: that office's figures may not be shown (office privacy), nor may a set built
    on them."""

    joint: Selection
    pmo: Selection | None
    tmo: Selection | None
    only_pmo: tuple[int, ...]
    """Funded on the PMO's scores and not on the TMO's (candidate order); empty when either
    office is withheld."""
    only_tmo: tuple[int, ...]


def by_office(
    problem: Problem,
    joint: Mapping[int, float | None],
    pmo: Mapping[int, float | None] | None,
    tmo: Mapping[int, float | None] | None,
) -> OfficeSelections:
    """The funded sets by the joint, the PMO's and the TMO's scores (maps of proposal id to
    score; a proposal missing from a map, or None there, counts as not rated by it). Pass None
    for an office whose figures are withheld: its selection is then None."""

    def under(scores: Mapping[int, float | None] | None) -> Selection | None:
        if scores is None:
            return None
        return select(problem, [scores.get(c.id) for c in problem.candidates])

    together = under(joint)
    assert together is not None
    by_pmo, by_tmo = under(pmo), under(tmo)
    only_pmo: tuple[int, ...] = ()
    only_tmo: tuple[int, ...] = ()
    if by_pmo is not None and by_tmo is not None:
        only_pmo = tuple(i for i in by_pmo.funded if i not in by_tmo.funded)
        only_tmo = tuple(i for i in by_tmo.funded if i not in by_pmo.funded)
    return OfficeSelections(together, by_pmo, by_tmo, only_pmo, only_tmo)
