"""The scoring engine: weighted scores, ranks, dissent and the PMO-vs-TMO gap of a workshop.

The method (printed in the README and the minutes):

- a rating r on a criterion with scale [lo, hi] normalises to n = (r - lo) / (hi - lo); for a
  lower-is-better criterion n = 1 - n;
- a participant's proposal score = sum(w * n) / sum(w) over the criteria that participant rated
  (a missing rating is left out, never counted as zero);
- proposal score = 100 x the mean of its participants' scores; the PMO and TMO scores are the
  same mean over that office's participants; gap = PMO - TMO;
- per criterion: 100 x the mean of n over the participants who rated it (all, PMO, TMO) and the
  gap;
- dissent = population standard deviation of the participant scores (0..100) / 50, so 0 is full
  agreement and 1 a maximal split; flagged at the workshop's threshold (0.3 by default);
- rank by score, highest first; equal scores (to 6 decimals) share a rank (1, 2, 2, 4);
- a ballot is complete when every proposal x criterion cell holds a rating or "can't judge"
  (a rating without a value); scores use every rating given;
- with office privacy on, an office's figures for a proposal (and for one of its criteria) are
  withheld unless at least 2 of that office's participants rated it.

Which round counts, and who may see what, is decided by services.results (the results view).

Pure and linear in the number of ratings: it takes a `ScoringInput` (domain.scoring_input)
of named rows and plain rating tuples.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from pmo_tmo_desktop.domain.figures import DISSENT_DIGITS, half_away
from pmo_tmo_desktop.domain.offices import PMO, TMO, key_of
from pmo_tmo_desktop.domain.scoring_input import CriterionRow, ProposalRow
from pmo_tmo_desktop.domain.scoring_input import ScoringInput as ScoringInput  # scoring's input

DISSENT_THRESHOLD = 0.3
TIE_DECIMALS = 6
"""Scores equal to this many decimals count as equal (ranks, gap order, the dissent flag)."""

PRIVATE_MINIMUM = 2
"""With office privacy, an office's figure needs at least this many of its raters."""


@dataclass(frozen=True, slots=True)
class CriterionScore:
    criterion_id: int
    name: str
    score: float | None
    pmo: float | None
    tmo: float | None
    gap: float | None
    raters: int
    withheld: tuple[str, ...] = ()
    """Offices ("pmo", "tmo") whose figure is withheld for privacy (too few raters)."""


@dataclass(frozen=True, slots=True)
class ProposalResult:
    proposal_id: int
    title: str
    rank: int | None
    score: float | None
    pmo_score: float | None
    tmo_score: float | None
    gap: float | None
    """pmo_score - tmo_score; None when either office has no scores."""
    dissent: float | None
    """Population standard deviation of the participant scores / 50."""
    dissent_flag: bool
    median: float | None
    minimum: float | None
    maximum: float | None
    participants: int
    """Participants who rated it (any criterion)."""
    criteria: tuple[CriterionScore, ...]
    """One per criterion, in criterion order (score None where nobody rated it)."""
    cost: float | None
    benefit: float | None
    withheld: tuple[str, ...] = ()
    """Offices ("pmo", "tmo") whose score is withheld for privacy (fewer than 2 raters)."""

    @property
    def any_withheld(self) -> bool:
        return bool(self.withheld) or any(c.withheld for c in self.criteria)


class BallotState:
    COMPLETE = "complete"
    STARTED = "started"
    NOT_STARTED = "not-started"


@dataclass(frozen=True, slots=True)
class Ballot:
    """How far one participant's ballot in a round is filled (never a value)."""

    participant_id: int
    filled: int
    """Cells holding a rating or "can't judge"."""
    cells: int
    """Proposals x criteria."""

    @property
    def state(self) -> str:
        if self.filled == 0:
            return BallotState.NOT_STARTED
        return BallotState.COMPLETE if self.filled >= self.cells else BallotState.STARTED


@dataclass(frozen=True, slots=True)
class Gap:
    proposal_id: int
    criterion_id: int | None
    """None for the proposal's overall gap."""
    gap: float


@dataclass(frozen=True, slots=True)
class Results:
    round_number: int | None
    proposals: tuple[ProposalResult, ...]
    """In rank order; unrated proposals last, in proposal order."""
    rated: int
    """Participants whose ballot in the round is complete."""
    expected: int
    """Participants in the workshop."""
    proposal_order: tuple[int, ...] = ()
    """The proposal ids in proposal order (the workshop's own order, not the rank)."""
    partial: int = 0
    """Participants who started their ballot but left cells empty."""
    ballots: tuple[Ballot, ...] = ()
    """One per participant, in participant order."""

    def in_proposal_order(self) -> tuple[ProposalResult, ...]:
        by_id = {p.proposal_id: p for p in self.proposals}
        order = self.proposal_order or tuple(by_id)
        return tuple(by_id[i] for i in order if i in by_id)

    def largest_gaps(self, n: int = 5) -> tuple[Gap, ...]:
        """The n largest PMO-vs-TMO gaps by size, per criterion and overall.

        Ties go by proposal order, then criterion order, the overall gap of a proposal first.
        """
        if n <= 0:
            return ()
        found: list[tuple[float, int, int, Gap]] = []
        for p_index, result in enumerate(self.in_proposal_order()):
            if result.gap is not None:
                found.append(
                    (_key(abs(result.gap)), p_index, -1, Gap(result.proposal_id, None, result.gap))
                )
            for c_index, crit in enumerate(result.criteria):
                if crit.gap is not None:
                    found.append(
                        (
                            _key(abs(crit.gap)),
                            p_index,
                            c_index,
                            Gap(result.proposal_id, crit.criterion_id, crit.gap),
                        )
                    )
        found.sort(key=lambda item: (-item[0], item[1], item[2]))
        return tuple(item[3] for item in found[:n])

    def heatmap(self) -> tuple[tuple[float | None, ...], ...]:
        """The criterion gaps: one row per proposal (proposal order), one column per criterion."""
        return tuple(tuple(c.gap for c in p.criteria) for p in self.in_proposal_order())


# --- the engine --------------------------------------------------------------------------------


def _key(value: float) -> float:
    return round(value, TIE_DECIMALS)


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _pstdev(values: Sequence[float]) -> float:
    """Population standard deviation (statistics.pstdev, without loading that module)."""
    mean = math.fsum(values) / len(values)
    return math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))


def _mean100(values: Sequence[float]) -> float | None:
    return 100.0 * math.fsum(values) / len(values) if values else None


def _difference(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _ordered_criteria(data: ScoringInput) -> list[CriterionRow]:
    return sorted(data.criteria, key=lambda c: (c.position, c.id))


def _ordered_proposals(data: ScoringInput) -> list[ProposalRow]:
    return sorted(data.proposals, key=lambda p: (p.position, p.id))


def round_numbers(data: ScoringInput) -> tuple[int, ...]:
    """The numbers of the workshop's rounds, ascending."""
    return tuple(sorted({r.number for r in data.rounds}))


def _round_ids(data: ScoringInput, round_number: int) -> frozenset[int]:
    return frozenset(r.id for r in data.rounds if r.number == round_number)


def latest_round_with_ratings(data: ScoringInput) -> int | None:
    """The highest round number that holds at least one rating (None if none does)."""
    number_of = {r.id: r.number for r in data.rounds}
    numbers = {number_of[r] for r in rounds_with_ratings(data) if r in number_of}
    return max(numbers) if numbers else None


def rounds_with_ratings(data: ScoringInput) -> frozenset[int]:
    """The ids of the rounds that hold at least one rating (or "can't judge")."""
    if data.filled is not None:
        return frozenset(f.round_id for f in data.filled if f.cells)
    return frozenset(round_id for round_id, *_ in data.ratings)


def ratings_per_round(data: ScoringInput) -> dict[int, int]:
    """Round id to how many ratings (and "can't judge" answers) it holds."""
    found: dict[int, int] = {}
    if data.filled is not None:
        for f in data.filled:
            found[f.round_id] = found.get(f.round_id, 0) + f.cells
        return found
    for round_id, *_ in data.ratings:
        found[round_id] = found.get(round_id, 0) + 1
    return found


def ballots(data: ScoringInput, round_number: int | None) -> tuple[Ballot, ...]:
    """Per participant (participant order): how many of the round's ballot cells are filled."""
    ids = _round_ids(data, round_number) if round_number is not None else frozenset()
    criterion_ids = {c.id for c in data.criteria}
    proposal_ids = {p.id for p in data.proposals}
    cells = len(criterion_ids) * len(proposal_ids)
    if data.filled is not None:
        counted: dict[int, int] = defaultdict(int)
        for f in data.filled:
            if f.round_id in ids:
                counted[f.participant_id] += f.cells
        return tuple(Ballot(p.id, counted.get(p.id, 0), cells) for p in data.participants)
    filled: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for round_id, participant_id, proposal_id, criterion_id, _ in data.ratings:
        if round_id in ids and proposal_id in proposal_ids and criterion_id in criterion_ids:
            filled[participant_id].add((proposal_id, criterion_id))
    return tuple(Ballot(p.id, len(filled.get(p.id, ())), cells) for p in data.participants)


def progress(data: ScoringInput, round_number: int) -> tuple[int, int]:
    """(participants whose ballot in the round is complete, participants in all)."""
    found = ballots(data, round_number)
    return sum(b.state == BallotState.COMPLETE for b in found), len(found)


def movement(data: ScoringInput, earlier: int, later: int) -> tuple[tuple[int, float | None], ...]:
    """Per proposal (proposal order): its score in `later` minus its score in `earlier`."""
    before = {p.proposal_id: p.score for p in score(data, earlier).proposals}
    after = {p.proposal_id: p.score for p in score(data, later).proposals}
    return tuple(
        (p.id, _difference(after.get(p.id), before.get(p.id))) for p in _ordered_proposals(data)
    )


def progress_only(data: ScoringInput, round_number: int | None) -> Results:
    """A round's ballot progress with nothing scored: all a blind round still open may show
    (and no value of it is even computed)."""
    states = ballots(data, round_number)
    return Results(
        round_number=round_number,
        proposals=(),
        rated=sum(b.state == BallotState.COMPLETE for b in states),
        expected=len(data.participants),
        proposal_order=tuple(p.id for p in _ordered_proposals(data)),
        partial=sum(b.state == BallotState.STARTED for b in states),
        ballots=states,
    )


def score(
    data: ScoringInput,
    round_number: int | None = None,
    dissent_threshold: float = DISSENT_THRESHOLD,
    private: bool = False,
) -> Results:
    """The results of one round: the latest round holding ratings unless a number is given.

    A round number the workshop does not have gives results with nothing rated. `private`
    withholds an office's figures that fewer than `PRIVATE_MINIMUM` of its participants gave.
    """
    if round_number is None:
        round_number = latest_round_with_ratings(data)
    ids = _round_ids(data, round_number) if round_number is not None else frozenset()

    criteria = _ordered_criteria(data)
    proposals = _ordered_proposals(data)
    office_of = {p.id: key_of(p.office) for p in data.participants}
    participant_order = {p.id: i for i, p in enumerate(data.participants)}
    proposal_ids = {p.id for p in proposals}

    cells = _cells(data, ids, criteria, office_of, proposal_ids)

    results = [
        _proposal_result(
            proposal,
            criteria,
            cells.get(proposal.id, {}),
            office_of,
            participant_order,
            dissent_threshold,
            PRIVATE_MINIMUM if private else 1,
        )
        for proposal in proposals
    ]
    rated_keys = sorted(_key(r.score) for r in results if r.score is not None)
    ranked = [
        r
        if r.score is None
        else replace(r, rank=1 + len(rated_keys) - bisect_right(rated_keys, _key(r.score)))
        for r in results
    ]
    order = {p.id: i for i, p in enumerate(proposals)}
    ranked.sort(
        key=lambda r: (
            r.score is None,
            -_key(r.score) if r.score is not None else 0.0,
            order[r.proposal_id],
        )
    )
    states = ballots(data, round_number)
    return Results(
        round_number=round_number,
        proposals=tuple(ranked),
        rated=sum(b.state == BallotState.COMPLETE for b in states),
        expected=len(office_of),
        proposal_order=tuple(p.id for p in proposals),
        partial=sum(b.state == BallotState.STARTED for b in states),
        ballots=states,
    )


Cells = dict[int, dict[int, dict[int, float | None]]]
"""cells[proposal][participant][criterion] = n, the normalised rating (None on a scale with no
width, which counts as not rated)"""


def normalised_cells(data: ScoringInput, round_number: int | None = None) -> Cells:
    """The normalised ratings `score` weighs, of one round (the latest holding ratings unless
    a number is given): what a re-weighting starts from."""
    if round_number is None:
        round_number = latest_round_with_ratings(data)
    ids = _round_ids(data, round_number) if round_number is not None else frozenset()
    office_of = {p.id: key_of(p.office) for p in data.participants}
    return _cells(data, ids, data.criteria, office_of, {p.id for p in data.proposals})


def _cells(
    data: ScoringInput,
    ids: frozenset[int],
    criteria: Sequence[CriterionRow],
    participants: Mapping[int, object],
    proposal_ids: set[int],
) -> Cells:
    """The round's ratings normalised; a repeated cell: the last one counts. Each criterion's
    scale is read once."""
    scale_of = {c.id: _scale(c) for c in criteria}
    cells: Cells = defaultdict(lambda: defaultdict(dict))
    for round_id, participant_id, proposal_id, criterion_id, value in data.ratings:
        if round_id not in ids or participant_id not in participants or value is None:
            continue
        if proposal_id in proposal_ids and criterion_id in scale_of:
            scale = scale_of[criterion_id]
            if scale is None:
                n = None
            else:  # n in [0, 1] for a value on the scale, 1 = best
                lo, width, lower = scale
                n = (value - lo) / width
                if lower:
                    n = 1.0 - n
            cells[proposal_id][participant_id][criterion_id] = n
    return cells


def _scale(criterion: CriterionRow) -> tuple[float, float, bool] | None:
    """A criterion's low end, width and direction (True: lower is better), worked out once
    for all its ratings; None on a scale with no width (its ratings normalise to None)."""
    lo, hi = criterion.scale_min, criterion.scale_max
    if hi == lo:
        return None
    return lo, hi - lo, criterion.direction.strip().casefold() == "lower"


def _proposal_result(
    proposal: ProposalRow,
    criteria: Sequence[CriterionRow],
    by_participant: Mapping[int, Mapping[int, float | None]],
    office_of: Mapping[int, str | None],
    participant_order: Mapping[int, int],
    dissent_threshold: float,
    minimum: int = 1,
) -> ProposalResult:
    proposal_id = proposal.id
    # per criterion: the normalised values of everyone (key None) and of each office
    crit_values: dict[int, dict[str | None, list[float]]] = {}
    all_scores: list[float] = []
    office_scores: dict[str | None, list[float]] = defaultdict(list)
    weighed = [(criterion.id, criterion.weight) for criterion in criteria]
    for participant_id in sorted(by_participant, key=participant_order.__getitem__):
        values = by_participant[participant_id]
        office = office_of[participant_id]
        weighted = weights = 0.0
        for cid, weight in weighed:
            n = values.get(cid)
            if n is None:  # not rated, or on a scale with no width
                continue
            found = crit_values.get(cid)
            if found is None:
                found = crit_values[cid] = {None: []}
            found[None].append(n)
            if office is not None:
                found.setdefault(office, []).append(n)
            weighted += weight * n
            weights += weight
        if weights > 0:
            own = weighted / weights
            all_scores.append(own)
            if office is not None:
                office_scores[office].append(own)

    per_criterion = []
    for criterion in criteria:
        cid = criterion.id
        found = crit_values.get(cid, {})
        (pmo, tmo), hidden = _office_figures(found.get(PMO, ()), found.get(TMO, ()), minimum)
        everyone = found.get(None, ())
        per_criterion.append(
            CriterionScore(
                criterion_id=cid,
                name=criterion.name,
                score=_mean100(everyone) if len(everyone) >= minimum else None,
                pmo=pmo,
                tmo=tmo,
                gap=_difference(pmo, tmo),
                raters=len(found.get(None, ())),
                withheld=hidden,
            )
        )

    hundred = [100.0 * s for s in all_scores]
    (pmo_score, tmo_score), withheld = _office_figures(
        office_scores[PMO], office_scores[TMO], minimum
    )
    dissent = _pstdev(hundred) / 50.0 if hundred else None
    # Privacy: one person's score is never shown, nor can it be worked out from what is —
    # no median, minimum or maximum beside a withheld office figure, no score of one rater.
    spread = bool(hundred) and not withheld and len(hundred) >= minimum
    return ProposalResult(
        proposal_id=proposal_id,
        title=proposal.title,
        rank=None,
        score=_mean100(all_scores) if len(all_scores) >= minimum else None,
        pmo_score=pmo_score,
        tmo_score=tmo_score,
        gap=_difference(pmo_score, tmo_score),
        dissent=dissent,
        dissent_flag=dissent is not None
        and half_away(dissent, DISSENT_DIGITS) >= _key(dissent_threshold),
        median=_median(hundred) if spread else None,
        minimum=min(hundred) if spread else None,
        maximum=max(hundred) if spread else None,
        participants=len(by_participant),
        criteria=tuple(per_criterion),
        cost=proposal.cost,
        benefit=proposal.benefit,
        withheld=withheld,
    )


def _office_figures(
    pmo: Sequence[float], tmo: Sequence[float], minimum: int
) -> tuple[tuple[float | None, float | None], tuple[str, ...]]:
    """The PMO and TMO means (x100), each None where fewer than `minimum` gave one; and the
    offices withheld (an office nobody of which rated is absent, not withheld).

    When one office's figure is withheld, the other office's is withheld too: beside the
    overall score it would let the lone rater's figure be worked out by subtraction.
    """
    lone = any(0 < len(values) < minimum for values in (pmo, tmo))
    if not lone:
        return (_mean100(pmo), _mean100(tmo)), ()
    withheld = tuple(office for office, values in ((PMO, pmo), (TMO, tmo)) if values)
    return (None, None), withheld
