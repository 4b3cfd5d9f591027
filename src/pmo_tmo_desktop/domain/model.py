"""Value types of the model: the vocabularies and the plain records services hand out."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from types import MappingProxyType
from typing import TypeVar, overload

from pmo_tmo_desktop.domain.portfolio_problem import FundingRule


class RaciVariant(enum.StrEnum):
    RACI = "RACI"
    RASCI = "RASCI"
    RACI_VS = "RACI-VS"

    @property
    def letters(self) -> str:
        """The letters this variant allows, in canonical order."""
        return {"RACI": "RACI", "RASCI": "RASCI", "RACI-VS": "RACIVS"}[self.value]


ALL_LETTERS = "RASCIV"
"""Every letter any variant knows, in canonical display order."""


class ActivityKind(enum.StrEnum):
    MANAGEMENT = "management"
    TECHNICAL = "technical"
    GOVERNANCE = "governance"


class DeliverableKind(enum.StrEnum):
    MANAGEMENT = "management"
    TECHNICAL = "technical"


class ControlKind(enum.StrEnum):
    GATE = "gate"
    REVIEW = "review"
    SIGN_OFF = "sign-off"


class WorkshopStatus(enum.StrEnum):
    PLANNED = "planned"
    LIVE = "live"
    CLOSED = "closed"


class Anonymity(enum.StrEnum):
    NAMED = "named"
    OFFICE_TAGGED = "office-tagged"
    ANONYMOUS = "anonymous"


class Direction(enum.StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class RoundStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class EnteredBy(enum.StrEnum):
    SELF = "self"
    FACILITATOR = "facilitator"
    BALLOT = "ballot"
    ROOM = "room"
    """From the participant's own device, through the room."""


class DeviceState(enum.StrEnum):
    """A participant's device in the room."""

    WAITING = "waiting"
    """Claimed a name another device holds; the facilitator admits it (or not)."""
    ADMITTED = "admitted"
    """Rates for its participant."""
    REVOKED = "revoked"
    """Its token no longer works."""


class DecisionKind(enum.StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    DEFER = "defer"
    NEEDS_INFORMATION = "needs-information"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    DONE = "done"


def normalise_letters(text: str, variant: RaciVariant | None = None) -> str:
    """Upper-case, de-duplicated letters in canonical order; ValueError on a foreign letter."""
    allowed = variant.letters if variant else ALL_LETTERS
    wanted = {ch for ch in text.upper() if not ch.isspace() and ch not in ",;/+"}
    foreign = sorted(wanted - set(allowed))
    if foreign:
        raise ValueError("".join(foreign))
    return "".join(ch for ch in ALL_LETTERS if ch in wanted)


# --- plain records ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WorkspaceInfo:
    name: str
    organisation: str
    raci_variant: RaciVariant
    created: datetime


@dataclass(frozen=True, slots=True)
class Office:
    id: int
    name: str
    colour: str
    description: str
    position: int
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Role:
    id: int
    name: str
    office_id: int
    description: str
    position: int
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Phase:
    id: int
    name: str
    description: str
    position: int
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Activity:
    id: int
    phase_id: int
    name: str
    description: str
    kind: ActivityKind
    office_id: int | None
    position: int
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Deliverable:
    id: int
    activity_id: int
    name: str
    kind: DeliverableKind
    description: str
    position: int
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class ControlPoint:
    id: int
    name: str
    kind: ControlKind
    phase_id: int | None
    activity_id: int | None
    criteria: str
    position: int
    approver_ids: tuple[int, ...] = ()
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Assignment:
    activity_id: int
    role_id: int
    letters: str


class Cells(Sequence[Assignment]):
    """A snapshot's RACI cells, held as letters by (activity id, role id) in that order.

    A 60,000-cell matrix is one dict rather than 60,000 records: views and rules read
    `letters_of(cells)`; an `Assignment` is made only for code that iterates.

    Cells read for a first look (the rows on screen) are not `complete`: they hold the letters
    of some activities only, and `filled` counts the cells of the whole matrix. Nothing that
    judges the matrix takes them (`rules` refuse them).
    """

    __slots__ = ("_filled", "_letters", "complete")

    def __init__(
        self,
        letters: Mapping[tuple[int, int], str],
        *,
        complete: bool = True,
        filled: int | None = None,
    ) -> None:
        self._letters = letters  # the caller's own, fresh mapping: never changed afterwards
        self.complete = complete
        self._filled = filled

    @property
    def letters(self) -> Mapping[tuple[int, int], str]:
        return MappingProxyType(self._letters)

    @property
    def filled(self) -> int:
        """How many cells of the whole matrix hold letters."""
        return filled_cells(self._letters) if self._filled is None else self._filled

    def __len__(self) -> int:
        return len(self._letters)

    def __iter__(self) -> Iterator[Assignment]:
        return (Assignment(a, r, text) for (a, r), text in self._letters.items())

    @overload
    def __getitem__(self, index: int) -> Assignment: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Assignment]: ...

    def __getitem__(self, index: int | slice) -> Assignment | Sequence[Assignment]:
        return tuple(self)[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Cells):
            return self._letters == other._letters
        if isinstance(other, Sequence):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self._letters.items()))

    def __repr__(self) -> str:
        return f"Cells({len(self._letters)} cells{'' if self.complete else ', partial'})"


_Cells = TypeVar("_Cells", bound=Iterable[Assignment])


def filled_cells(letters: Mapping[tuple[int, int], str]) -> int:
    """How many cells hold at least one letter: the count every view of the matrix shows (its
    header, the roles area, the command line's summary counts the same rows)."""
    return sum(1 for text in letters.values() if text)


def whole(cells: _Cells) -> _Cells:
    """`cells`, refused if they are a first look at some rows only: a judgement of the matrix
    needs every letter."""
    if isinstance(cells, Cells) and not cells.complete:
        raise ValueError("the cells of some activities only: read the whole matrix first")
    return cells


def letters_of(cells: Iterable[Assignment]) -> Mapping[tuple[int, int], str]:
    """Letters by (activity id, role id), without a record per cell when `cells` are `Cells`."""
    if isinstance(cells, Cells):
        return cells.letters
    return {(a.activity_id, a.role_id): a.letters for a in cells}


@dataclass(frozen=True, slots=True)
class Workshop:
    id: int
    title: str
    date: date | None
    place: str
    facilitator: str
    status: WorkshopStatus
    anonymity: Anonymity
    notes: str
    budget: float | None = None
    dissent_threshold: float = 0.3
    start_time: time | None = None
    """When the workshop starts: its agenda then reads as clock times."""
    resource_name: str = ""
    """The second resource the proposals draw on besides money (e.g. "People"); "" for none."""
    resource_limit: float | None = None
    """How much of the second resource there is; None: no limit."""
    pairwise_weights: bool = False
    """The ballots ask each participant to compare the criteria pairwise (AHP)."""
    weights_in_force: str = "set"
    """"set": the criteria's own weights; "group": adopted from the pairwise comparisons."""
    weights_adopted_at: datetime | None = None
    """When the group weights were adopted (None: never, or set weights restored since)."""
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: int
    workshop_id: int
    title: str
    presenter: str
    duration_minutes: int
    minutes: str
    position: int
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Participant:
    id: int
    workshop_id: int
    name: str
    office_id: int | None
    title: str
    position: int
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Criterion:
    id: int
    workshop_id: int
    name: str
    weight: float
    direction: Direction
    scale_min: float
    scale_max: float
    description: str
    position: int
    set_weight: float | None = None
    """The weight set by hand, kept while adopted group weights are in force."""
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Proposal:
    id: int
    workshop_id: int
    title: str
    sponsor: str
    description: str
    cost: float | None
    benefit: float | None
    duration_months: float | None
    position: int
    resource_use: float | None = None
    """Its use of the workshop's second resource; None: not given (counts as none)."""
    funding: FundingRule = FundingRule.AUTO
    reason: str = ""
    """Why it must, or must not, be funded."""
    group_name: str | None = None
    """The group of alternatives it belongs to, if any."""
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class ProposalGroup:
    """A group of alternatives of a workshop: at most `at_most` of its members are funded."""

    id: int
    workshop_id: int
    name: str
    at_most: int
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Requirement:
    """Proposal `proposal_id` is funded only if proposal `required_id` is."""

    proposal_id: int
    required_id: int


@dataclass(frozen=True, slots=True)
class Round:
    id: int
    workshop_id: int
    number: int
    blind: bool
    status: RoundStatus
    opened: datetime | None
    closed: datetime | None
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Rating:
    id: int
    round_id: int
    participant_id: int
    proposal_id: int
    criterion_id: int
    value: float | None
    """None: "can't judge" (the ballot's cell is answered, the rating is not scored)."""
    comment: str
    entered_by: EnteredBy
    entered_at: datetime
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Decision:
    id: int
    proposal_id: int
    kind: DecisionKind
    rationale: str
    conditions: str
    decided_at: datetime | None
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class ActionItem:
    id: int
    workshop_id: int
    text: str
    owner: str
    due: date | None
    status: ActionStatus
    proposal_id: int | None
    agenda_item_id: int | None
    position: int
    version: int = field(default=1, compare=False)
    """The row's version when read: an edit names it, so a change made since is not overwritten."""


@dataclass(frozen=True, slots=True)
class Methodology:
    """Everything of the methodology and its RACI, in display order."""

    info: WorkspaceInfo
    offices: tuple[Office, ...]
    roles: tuple[Role, ...]
    phases: tuple[Phase, ...]
    activities: tuple[Activity, ...]
    deliverables: tuple[Deliverable, ...]
    control_points: tuple[ControlPoint, ...]
    assignments: Sequence[Assignment]
    """`Cells` when read from a workspace; any sequence of records will do."""

    def activities_of(self, phase_id: int) -> tuple[Activity, ...]:
        return tuple(a for a in self.activities if a.phase_id == phase_id)


@dataclass(frozen=True, slots=True)
class Amendment:
    """A correction recorded against a closed workshop."""

    id: int
    workshop_id: int
    made_at: datetime
    made_by: str
    what: str
    """A readable one-line description of the change."""
    why: str
    entity: str
    """The kind of record changed: "rating", "decision", "action_item"."""
    entity_id: int | None
    before: str
    """The record before, as JSON ("null": there was none)."""
    after: str
    """The record after, as JSON ("null": there is none now)."""
