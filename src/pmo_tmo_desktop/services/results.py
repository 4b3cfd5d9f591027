"""The results view: what may be shown about a workshop's round, decided once for every output.

Which round is shown (by default the latest *closed* round holding ratings; an open blind
round never), whether it is revealed, the workshop's dissent threshold, office privacy
(office-tagged and anonymous workshops withhold an office's figures given by fewer than two of
its participants), ballot progress, movement since the previous round, and rounding. The
Results page, the presenter, the minutes, the results workbook and the CLI all read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.domain.figures import DISSENT_DIGITS, shown
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import queries
from pmo_tmo_desktop.services.portfolio_setup import problem_of
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    from pmo_tmo_desktop.domain import portfolio

JSON_DIGITS = 2
"""Figures in --json carry one decimal more than pages show (same rounding rule)."""


def default_round(data: WorkshopData, with_ratings: frozenset[int] | None = None) -> int | None:
    """The round shown unless another is chosen: the latest closed round holding ratings
    (`with_ratings`: the ids of the rounds holding ratings, when `data` carries none)."""
    if with_ratings is None:
        with_ratings = frozenset(r.round_id for r in data.ratings)
    closed = [
        x.number for x in data.rounds if x.status == m.RoundStatus.CLOSED and x.id in with_ratings
    ]
    return max(closed) if closed else None


def is_revealed(data: WorkshopData, round_number: int | None) -> bool:
    """False for a blind round still open (the room sees its progress only) or no round."""
    found = next((x for x in data.rounds if x.number == round_number), None)
    return found is not None and not (found.blind and found.status == m.RoundStatus.OPEN)


def is_private(data: WorkshopData) -> bool:
    """Office-tagged and anonymous workshops: no output ties a figure to one person."""
    return data.workshop.anonymity != m.Anonymity.NAMED


def names_offices(data: WorkshopData) -> bool:
    """Anonymous workshops name no office beside a rater (office figures stay, if private)."""
    return data.workshop.anonymity != m.Anonymity.ANONYMOUS


@dataclass(frozen=True, slots=True)
class WorkshopResults:
    """One round of a workshop as every output may show it."""

    data: WorkshopData
    offices: dict[int, str]
    results: scoring.Results
    fit: portfolio.BudgetFit | None
    revealed: bool = True
    """False: a blind round still open; only its progress may be shown."""
    threshold: float = scoring.DISSENT_THRESHOLD
    private: bool = False
    previous: scoring.Results | None = None
    """The latest earlier round holding ratings (for movement), or None."""
    chosen: bool = False
    """True when the round was named rather than taken by default."""
    movement: dict[int, float | None] = field(default_factory=dict)
    """Per proposal id: its score in this round minus its score in `previous`."""
    prepared: scoring.ScoringInput = field(default_factory=scoring.ScoringInput)
    """What was scored: the workshop as plain tuples, with its ballot counts."""

    @property
    def round_number(self) -> int | None:
        return self.results.round_number

    @property
    def round(self) -> m.Round | None:
        return next((x for x in self.data.rounds if x.number == self.round_number), None)

    @property
    def any_withheld(self) -> bool:
        return any(p.any_withheld for p in self.results.proposals)


def compute(
    data: WorkshopData,
    offices: dict[int, str],
    round_number: int | None = None,
    budget: float | None = None,
    prepared: scoring.ScoringInput | None = None,
    previous: scoring.Results | None = None,
) -> WorkshopResults:
    """The results view of one round (the default round unless a round is named).

    `prepared`: the workshop as the scoring engine takes it, when read that way already
    (`load` does); otherwise made from `data`. The shown round and the one before it are
    scored once each; a blind round still open is not scored at all (only its ballots are
    counted), as nothing may show its values. `previous`: the round before it as scored
    already (`unchanged_previous`), taken as it is when it is that round.

    Raises ValidationError for a round number the workshop does not have.
    """
    if prepared is None:
        prepared = scoring.ScoringInput.from_workshop(data, offices)
    numbers = scoring.round_numbers(prepared)
    if round_number is not None and round_number not in numbers:
        raise ValidationError(
            translate("Services", "workshop {id} has no round {n}").format(
                id=data.workshop.id, n=round_number
            )
        )
    chosen = round_number is not None
    with_ratings = scoring.rounds_with_ratings(prepared)
    if round_number is None:
        round_number = default_round(data, with_ratings)
    threshold = float(data.workshop.dissent_threshold)
    private = is_private(data)
    revealed = is_revealed(data, round_number)
    if revealed or round_number is None:
        results = _score(prepared, round_number, threshold, private)
        before_it = _previous_number(data, with_ratings, round_number)
        if previous is None or before_it is None or previous.round_number != before_it:
            previous = _previous(data, with_ratings, prepared, round_number, threshold, private)
    else:
        results, previous = scoring.progress_only(prepared, round_number), None
    movement: dict[int, float | None] = {}
    if previous is not None and revealed:
        before = {p.proposal_id: p.score for p in previous.proposals}
        for p in results.proposals:
            earlier = before.get(p.proposal_id)
            movement[p.proposal_id] = (
                None if p.score is None or earlier is None else p.score - earlier
            )
    budget = data.workshop.budget if budget is None else budget
    fit = None
    if budget is not None and round_number is not None and revealed:
        # The funding rules apply here too: every output names the same funded set. (The
        # solver and numpy load only when a budget is to be fitted, not at start-up.)
        from pmo_tmo_desktop.domain import portfolio

        scores = {p.proposal_id: p.score for p in results.proposals}
        funded = portfolio.select(problem_of(data, scores, budget))
        fit = portfolio.BudgetFit(
            funded.funded, funded.total_score, funded.total_cost, budget, funded.feasible
        )
    return WorkshopResults(
        data,
        offices,
        results,
        fit,
        revealed,
        threshold,
        private,
        previous,
        chosen,
        movement,
        prepared,
    )


def _round_ids(view: WorkshopResults, *numbers: int | None) -> set[int]:
    return {r.id for r in view.data.rounds if r.number in numbers}


def shows_ratings_of(view: WorkshopResults, rounds: frozenset[int]) -> bool:
    """Whether a change of the ratings of the rounds `rounds` (ids) changes what `view`
    shows: the round shown (its scores, or its progress while blind), the one before it
    (the movement) or, for the default round, which round that is — ratings in a closed
    round are corrections, which may make it the latest closed round holding ratings."""
    earlier = view.previous.round_number if view.previous is not None else None
    if _round_ids(view, view.round_number, earlier) & rounds:
        return True
    closed = {r.id for r in view.data.rounds if r.status == m.RoundStatus.CLOSED}
    return not view.chosen and bool(closed & rounds)


def unchanged_previous(view: WorkshopResults, rounds: frozenset[int]) -> scoring.Results | None:
    """The earlier round `view` compares with, as scored, unless its ratings are among those
    of `rounds` that changed (then it is scored again)."""
    previous = view.previous
    if previous is None or _round_ids(view, previous.round_number) & rounds:
        return None
    return previous


def _score(
    prepared: scoring.ScoringInput, number: int | None, threshold: float, private: bool
) -> scoring.Results:
    if number is None:  # nothing to show yet: an empty round, never "the latest with ratings"
        return replace(scoring.score(prepared, -1, threshold, private), round_number=None)
    return scoring.score(prepared, number, threshold, private)


def _previous_number(
    data: WorkshopData, with_ratings: frozenset[int], number: int | None
) -> int | None:
    """The latest round before `number` that holds ratings (for movement)."""
    if number is None:
        return None
    earlier = [x.number for x in data.rounds if x.number < number and x.id in with_ratings]
    return max(earlier) if earlier else None


def _previous(
    data: WorkshopData,
    with_ratings: frozenset[int],
    prepared: scoring.ScoringInput,
    number: int | None,
    threshold: float,
    private: bool,
) -> scoring.Results | None:
    earlier = _previous_number(data, with_ratings, number)
    return None if earlier is None else scoring.score(prepared, earlier, threshold, private)


def _to_score(round_number: int | None) -> Callable[[WorkshopData, frozenset[int]], list[int]]:
    """Which rounds' ratings `load` reads: the round shown, unless it is a blind round still
    open, and the one before it."""

    def wanted(data: WorkshopData, with_ratings: frozenset[int]) -> list[int]:
        shown = default_round(data, with_ratings) if round_number is None else round_number
        if shown is None or not is_revealed(data, shown):
            return []
        numbers = {shown, _previous_number(data, with_ratings, shown)}
        return [x.id for x in data.rounds if x.number in numbers]

    return wanted


def round_progress(
    data: WorkshopData, offices: dict[int, str], round_number: int | None = None
) -> tuple[scoring.Ballot, ...]:
    """Each participant's ballot state in a round (the open round unless one is named; no
    round: every ballot empty). Never a value: safe for the room and the projector."""
    if round_number is None:
        current = data.open_round
        round_number = current.number if current is not None else None
    return scoring.ballots(scoring.ScoringInput.from_workshop(data, offices), round_number)


def load(
    ws: Workspace, workshop_id: int, round_number: int | None = None, *, every_rating: bool = False
) -> WorkshopResults:
    """The results view read from the workspace in one snapshot, proportionate to what it
    shows (queries.for_results). `data.ratings` is empty unless `every_rating` (a workbook
    that lists them); the ballot counts of every round are in `prepared`."""
    read = queries.for_results(ws, workshop_id, _to_score(round_number), every_rating=every_rating)
    offices = {o.id: o.name for o in read.offices}
    prepared = replace(
        scoring.ScoringInput.from_workshop(replace(read.data, ratings=()), offices),
        ratings=read.ratings,
        filled=read.filled,
    )
    return compute(read.data, offices, round_number, prepared=prepared)


def revealed_or_refuse(found: WorkshopResults) -> WorkshopResults:
    """For documents: a blind round still open is refused with one line, never printed."""
    if found.round_number is not None and not found.revealed:
        raise ValidationError(
            translate(
                "Services", "round {n} is blind and still open; close it before printing results"
            ).format(n=found.round_number)
        )
    return found


def on_screen(found: WorkshopResults) -> scoring.Results | None:
    """What the presenter shows, and the room's pages when the facilitator allows it: the
    shown round's results once revealed, unless another round is open (then progress only)."""
    if not found.revealed or found.round_number is None:
        return None
    current = found.data.open_round
    if current is not None and current.number != found.round_number:
        return None
    return found.results


def as_data(found: WorkshopResults) -> dict[str, Any]:
    """The published shape of results (the CLI's --json, consistent with what the app shows).

    A figure withheld for privacy is null; a blind round still open shows progress only.
    """
    r = found.results
    data: dict[str, Any] = {
        "workshop": {"id": found.data.workshop.id, "title": found.data.workshop.title},
        "round": r.round_number,
        "revealed": found.revealed,
        "rated": r.rated,
        "partial": r.partial,
        "participants": r.expected,
        "dissent_threshold": found.threshold,
        "anonymity": str(found.data.workshop.anonymity),
        "proposals": [] if not found.revealed else [_proposal(found, p) for p in r.proposals],
    }
    if found.fit is not None:
        titles = {p.proposal_id: p.title for p in r.proposals}
        data["budget_fit"] = {
            "budget": found.fit.budget,
            "chosen": [{"id": i, "title": titles.get(i, "")} for i in found.fit.chosen],
            "total_score": shown(found.fit.total_score, JSON_DIGITS),
            "total_cost": found.fit.total_cost,
        }
    return data


def _rules(data: WorkshopData, proposal_id: int) -> dict[str, Any]:
    """A proposal's portfolio rules as --json gives them."""
    record = next((x for x in data.proposals if x.id == proposal_id), None)
    if record is None:
        return {}
    return {
        "resource_use": record.resource_use,
        "funding": record.funding.value,
        "reason": record.reason,
        "group": record.group_name,
        "requires": list(data.requires(proposal_id)),
    }


def _proposal(found: WorkshopResults, p: scoring.ProposalResult) -> dict[str, Any]:
    return {
        **_rules(found.data, p.proposal_id),
        "id": p.proposal_id,
        "title": p.title,
        "rank": p.rank,
        "score": shown(p.score, JSON_DIGITS),
        "pmo_score": shown(p.pmo_score, JSON_DIGITS),
        "tmo_score": shown(p.tmo_score, JSON_DIGITS),
        "gap": shown(p.gap, JSON_DIGITS),
        "withheld": list(p.withheld),
        "dissent": shown(p.dissent, DISSENT_DIGITS + 1),
        "dissent_flag": p.dissent_flag,
        "median": shown(p.median, JSON_DIGITS),
        "min": shown(p.minimum, JSON_DIGITS),
        "max": shown(p.maximum, JSON_DIGITS),
        "moved": shown(found.movement.get(p.proposal_id), JSON_DIGITS),
        "cost": p.cost,
        "benefit": p.benefit,
        "criteria": [
            {
                "name": c.name,
                "score": shown(c.score, JSON_DIGITS),
                "pmo": shown(c.pmo, JSON_DIGITS),
                "tmo": shown(c.tmo, JSON_DIGITS),
                "gap": shown(c.gap, JSON_DIGITS),
                "withheld": list(c.withheld),
            }
            for c in p.criteria
        ],
    }
