"""What a change means to the screens that show it, derived once from what a unit of work
changed.

A page subscribes to the events it shows and refreshes only that; it never sees a table name
or a primary key. Which tables make which meaning is known here, in `of`, and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from itertools import groupby
from typing import TypeVar

from pmo_tmo_desktop.services.changes import ChangeSet
from pmo_tmo_desktop.services.queries import WorkshopData


@dataclass(frozen=True, slots=True)
class Event:
    """Something a screen may show has changed."""


@dataclass(frozen=True, slots=True)
class MethodologyChanged(Event):
    """The methodology's structure or the workspace's properties: phases, activities, roles,
    offices, deliverables, gates and their approvers, the RACI variant, the name. Any cell of
    the matrix may have changed with it."""


@dataclass(frozen=True, slots=True)
class OfficesChanged(Event):
    """Offices were added, removed, renamed or recoloured (the workshops show them too)."""


@dataclass(frozen=True, slots=True)
class CellsChanged(Event):
    """The letters of these (activity, role) cells, and nothing of the structure."""

    cells: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class WorkshopListChanged(Event):
    """Workshops were made or deleted, or a workshop's title, date or status changed."""


@dataclass(frozen=True, slots=True)
class WorkshopEvent(Event):
    """A change inside workshops: the workshops, rounds and proposals it touched, as far as
    they are known. An event that names none may concern any workshop."""

    workshops: frozenset[int] = field(default=frozenset())
    rounds: frozenset[int] = field(default=frozenset())
    proposals: frozenset[int] = field(default=frozenset())

    @property
    def scoped(self) -> bool:
        return bool(self.workshops or self.rounds or self.proposals)

    def concerns(self, data: WorkshopData) -> bool:
        """Whether the change may touch this workshop."""
        return (
            not self.scoped
            or data.workshop.id in self.workshops
            or any(r.id in self.rounds for r in data.rounds)
            or any(p.id in self.proposals for p in data.proposals)
        )


@dataclass(frozen=True, slots=True)
class WorkshopSetupChanged(WorkshopEvent):
    """A workshop's own fields, its participants, criteria, proposals (with their funding
    rules and groups) or agenda."""


@dataclass(frozen=True, slots=True)
class RoundsChanged(WorkshopEvent):
    """A round opened, closed or discarded."""


@dataclass(frozen=True, slots=True)
class RatingsChanged(WorkshopEvent):
    """Ratings entered, changed or withdrawn (in the rounds `rounds`, when known)."""


@dataclass(frozen=True, slots=True)
class DecisionsChanged(WorkshopEvent):
    """Decisions, action items or amendments."""


STRUCTURE = frozenset(
    {"workspace", "office", "role", "phase", "activity", "deliverable", "control_point", "approver"}
)
CELLS = "assignment"
WORKSHOP = "workshop"
_WORKSHOP_EVENTS: tuple[tuple[type[WorkshopEvent], frozenset[str]], ...] = (
    (
        WorkshopSetupChanged,
        frozenset(
            {
                "workshop",
                "participant",
                "criterion",
                "proposal",
                "proposal_requirement",
                "proposal_group",
                "agenda_item",
            }
        ),
    ),
    (RoundsChanged, frozenset({"round"})),
    (RatingsChanged, frozenset({"rating"})),
    (DecisionsChanged, frozenset({"decision", "action_item", "amendment"})),
)
"""The room's own bookkeeping (its devices, passes, settings) and the criteria compared in
pairs are shown by the room's panel and the weights dialog, which read them themselves."""

_OWNER_FIELDS = (("workshop_id", "workshops"), ("round_id", "rounds"), ("proposal_id", "proposals"))


def of(changes: ChangeSet) -> tuple[Event, ...]:
    """The events of a unit of work's changes, at most one of each kind, in a fixed order:
    the methodology, offices, cells, the list of workshops, then what changed inside them."""
    tables = changes.tables
    found: list[Event] = []
    if tables & STRUCTURE:
        found.append(MethodologyChanged())
    if "office" in tables:
        found.append(OfficesChanged())
    if CELLS in tables and not tables & STRUCTURE:  # a new structure shows every cell anew
        keys = (dict(key) for key in changes.keys(CELLS))
        cells = sorted((int(k["activity_id"]), int(k["role_id"])) for k in keys)
        found.append(CellsChanged(tuple(cells)))
    if WORKSHOP in tables:
        found.append(WorkshopListChanged())
    for kind, names in _WORKSHOP_EVENTS:
        touched = tables & names
        if touched:
            found.append(kind(**_scope(changes, touched)))
    return tuple(found)


def _scope(changes: ChangeSet, tables: frozenset[str]) -> dict[str, frozenset[int]]:
    """The workshops, rounds and proposals the rows of `tables` belong to; nothing (any
    workshop) when the owners of one of them are not known."""
    if any(t not in changes.owners for t in tables):
        return {}
    scope: dict[str, set[int]] = {name: set() for _, name in _OWNER_FIELDS}
    for t in tables:
        for column, name in _OWNER_FIELDS:
            scope[name] |= changes.owners[t].get(column, frozenset())
    return {name: frozenset(ids) for name, ids in scope.items()}


EVERYTHING: tuple[Event, ...] = (
    MethodologyChanged(),
    OfficesChanged(),
    WorkshopListChanged(),
    WorkshopSetupChanged(),
    RoundsChanged(),
    RatingsChanged(),
    DecisionsChanged(),
)
"""Every event, naming nothing: a workspace just opened or restored, preferences changed."""

W = TypeVar("W", bound=WorkshopEvent)


def _merged(first: W, second: W) -> W:
    if not (first.scoped and second.scoped):
        return replace(first, workshops=frozenset(), rounds=frozenset(), proposals=frozenset())
    return replace(
        first,
        **{f.name: getattr(first, f.name) | getattr(second, f.name) for f in fields(first)},
    )


def merge(events: Iterable[Event]) -> tuple[Event, ...]:
    """Events gathered over several changes, at most one of each kind (for changes held back
    and announced together)."""
    merged: list[Event] = []
    for _kind, same in groupby(sorted(events, key=_order), key=type):
        group = list(same)
        first = group[0]
        if isinstance(first, WorkshopEvent):
            for other in group[1:]:
                assert isinstance(other, WorkshopEvent)
                first = _merged(first, other)
        elif isinstance(first, CellsChanged):
            cells = {c for e in group if isinstance(e, CellsChanged) for c in e.cells}
            first = CellsChanged(tuple(sorted(cells)))
        merged.append(first)
    return tuple(merged)


_ORDER = [type(e) for e in EVERYTHING]
_ORDER.insert(2, CellsChanged)


def _order(event: Event) -> int:
    return _ORDER.index(type(event))


def changed_rounds(before: WorkshopData, after: WorkshopData) -> frozenset[int]:
    """The rounds whose ratings differ between two readings of one workshop."""

    def by_round(data: WorkshopData) -> dict[int, list[object]]:
        rounds: dict[int, list[object]] = {}
        for rating in data.ratings:
            rounds.setdefault(rating.round_id, []).append(rating)
        return rounds

    old, new = by_round(before), by_round(after)
    return frozenset(r for r in old.keys() | new.keys() if old.get(r) != new.get(r))
