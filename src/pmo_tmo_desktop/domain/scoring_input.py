"""A workshop as the scoring engine reads it: one small named row per participant, criterion,
proposal and round, and the ratings as plain tuples.

The rows are NamedTuples: read by name, built by position as cheaply as a tuple. The ratings
(12,000 of them in a large workshop) stay plain tuples in `RatingRow`'s field order, straight
from the database driver: the engine unpacks each once, by name, and a tuple subclass would
cost a conversion per rating and a slower unpacking for nothing it reads differently.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from pmo_tmo_desktop.domain.model import Criterion, Participant, Proposal, Rating, Round


class ParticipantRow(NamedTuple):
    id: int
    office: str | None
    """The name of the participant's office; None without one."""


class CriterionRow(NamedTuple):
    id: int
    name: str
    weight: float
    direction: str
    """'higher' or 'lower': which end of the scale is better."""
    scale_min: float
    scale_max: float
    position: int


class ProposalRow(NamedTuple):
    id: int
    title: str
    cost: float | None
    benefit: float | None
    position: int


class RoundRow(NamedTuple):
    id: int
    number: int


class FilledRow(NamedTuple):
    round_id: int
    participant_id: int
    cells: int
    """The ballot cells the participant filled in that round: ratings and "can't judge"."""


RatingRow = tuple[int, int, int, int, float | None]
"""(round id, participant id, proposal id, criterion id, value; None for "can't judge")"""


class WorkshopRecords(Protocol):
    """What `ScoringInput.from_workshop` reads: services.queries.WorkshopData fits."""

    @property
    def participants(self) -> Sequence[Participant]: ...

    @property
    def criteria(self) -> Sequence[Criterion]: ...

    @property
    def proposals(self) -> Sequence[Proposal]: ...

    @property
    def rounds(self) -> Sequence[Round]: ...

    @property
    def ratings(self) -> Sequence[Rating]: ...


@dataclass(frozen=True, slots=True)
class ScoringInput:
    """A workshop as the engine needs it: the rows above, nothing else."""

    participants: tuple[ParticipantRow, ...] = ()
    criteria: tuple[CriterionRow, ...] = ()
    proposals: tuple[ProposalRow, ...] = ()
    rounds: tuple[RoundRow, ...] = ()
    ratings: tuple[RatingRow, ...] = ()
    filled: tuple[FilledRow, ...] | None = None
    """The ballot cells each participant filled per round, counted where the ratings are
    stored (a GROUP BY); `ratings` then need hold only the rounds to be scored. None: counted
    from `ratings`."""

    @classmethod
    def from_workshop(cls, data: WorkshopRecords, offices: Mapping[int, str]) -> ScoringInput:
        """From a workshop's records; `offices` maps office id to office name."""
        return cls(
            participants=tuple(
                ParticipantRow(p.id, offices.get(p.office_id) if p.office_id is not None else None)
                for p in data.participants
            ),
            criteria=tuple(
                CriterionRow(
                    c.id,
                    c.name,
                    float(c.weight),
                    str(c.direction),
                    float(c.scale_min),
                    float(c.scale_max),
                    c.position,
                )
                for c in data.criteria
            ),
            proposals=tuple(
                ProposalRow(p.id, p.title, p.cost, p.benefit, p.position) for p in data.proposals
            ),
            rounds=tuple(RoundRow(r.id, r.number) for r in data.rounds),
            ratings=tuple(
                (
                    r.round_id,
                    r.participant_id,
                    r.proposal_id,
                    r.criterion_id,
                    None if r.value is None else float(r.value),
                )
                for r in data.ratings
            ),
        )

    @classmethod
    def from_rows(
        cls,
        participants: Iterable[tuple[int, str | None]],
        criteria: Iterable[tuple[int, str, float, str, float, float, int]],
        proposals: Iterable[tuple[int, str, float | None, float | None, int]],
        rounds: Iterable[tuple[int, int]],
        ratings: Iterable[RatingRow] = (),
        filled: Iterable[tuple[int, int, int]] | None = None,
    ) -> ScoringInput:
        """From tuples in each row's field order: a workshop written out by hand."""
        return cls(
            participants=tuple(ParticipantRow._make(p) for p in participants),
            criteria=tuple(CriterionRow._make(c) for c in criteria),
            proposals=tuple(ProposalRow._make(p) for p in proposals),
            rounds=tuple(RoundRow._make(r) for r in rounds),
            ratings=tuple(ratings),
            filled=None if filled is None else tuple(FilledRow._make(f) for f in filled),
        )
