"""The workshop on screen, for the pages that show it.

It is read once when it is chosen, then kept current from the change events: a change of
its ratings reads its ratings again and nothing else; any other change of it reads it once,
whatever else changed with it. Each page follows the kinds of change it shows. While a ballot
is on screen (`hold`) ratings are only noted: the pages catch up once, when it is done.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError
from pmo_tmo_desktop.services import queries
from pmo_tmo_desktop.services.events import (
    DecisionsChanged,
    Event,
    OfficesChanged,
    RatingsChanged,
    RoundsChanged,
    WorkshopEvent,
    WorkshopSetupChanged,
    changed_rounds,
    merge,
)
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.change_hub import ChangeHub

Shown = Callable[[WorkshopData, Mapping[int, m.Office]], object]
"""Shows a workshop in full: `slot(data, offices)`."""
RatingsShown = Callable[[WorkshopData, frozenset[int]], object]
"""Shows the ratings of a workshop anew: `slot(data, rounds)`, `rounds` the ids of the rounds
whose ratings changed."""
Cleared = Callable[[], object]
"""No workshop is chosen any more (the last one was deleted)."""

WORKSHOP_KINDS: tuple[type[WorkshopEvent], ...] = (
    WorkshopSetupChanged,
    RoundsChanged,
    RatingsChanged,
    DecisionsChanged,
)


@dataclass(frozen=True, slots=True)
class _Follower:
    shown: Shown
    kinds: tuple[type[WorkshopEvent], ...]
    ratings: RatingsShown | None
    cleared: Cleared | None


class WorkshopFeed:
    """The chosen workshop's records, current, and who follows them."""

    def __init__(self, changes: ChangeHub, workspace: Callable[[], Workspace | None]) -> None:
        self._workspace = workspace
        self.data: WorkshopData | None = None
        self.offices: dict[int, m.Office] = {}
        self._followers: list[_Follower] = []
        self._holding = False
        self._held: list[Event] = []
        changes.subscribe_any((OfficesChanged, *WORKSHOP_KINDS), self._changed)

    # -- following -------------------------------------------------------------------------

    def follow(
        self,
        shown: Shown,
        *kinds: type[WorkshopEvent],
        ratings: RatingsShown | None = None,
        cleared: Cleared | None = None,
    ) -> None:
        """`shown(data, offices)` whenever a workshop is chosen, read again, the offices
        change, or a change of one of `kinds` touches it (at once, when one is shown
        already); `ratings(data, rounds)` when its ratings change and nothing `shown`
        follows; `cleared()` when no workshop is left to show. Bound methods only."""
        for slot in (shown, ratings, cleared):
            if slot is not None and not hasattr(slot, "__self__"):
                raise TypeError(f"a follower is a bound method, not {slot!r}")
        self._followers.append(_Follower(shown, kinds, ratings, cleared))
        if self.data is not None:
            shown(self.data, self.offices)

    # -- the chosen workshop ---------------------------------------------------------------

    def workshop_id(self) -> int | None:
        return self.data.workshop.id if self.data is not None else None

    def workshop(self) -> m.Workshop | None:
        """The chosen workshop's own record, as it is now."""
        return self.data.workshop if self.data is not None else None

    def show(self, workshop_id: int) -> None:
        """Read the workshop `workshop_id` and show it to every follower."""
        ws = self._workspace()
        if ws is None:
            return
        self.offices = {o.id: o for o in queries.offices(ws)}
        self.data = queries.workshop(ws, workshop_id)
        for follower in list(self._followers):
            follower.shown(self.data, self.offices)

    def clear(self) -> None:
        """No workshop is left: the followers are told."""
        self.data = None
        for follower in list(self._followers):
            if follower.cleared is not None:
                follower.cleared()

    def forget(self) -> None:
        """The workspace closes: nothing is shown, nothing is told."""
        self.data = None
        self._holding = False
        self._held.clear()

    def hold(self) -> None:
        """A ballot is on screen: a rating has shown itself there (the projector its
        progress) and nothing else is in sight; other ratings wait, unread, until `release`."""
        self._holding = True

    def release(self) -> None:
        """The ballot is done: the ratings entered meanwhile are read once, for every page."""
        self._holding = False
        held, self._held = merge(self._held), []
        if held:
            self._changed(held)

    # -- changes ---------------------------------------------------------------------------

    def _changed(self, events: tuple[Event, ...]) -> None:
        data, ws = self.data, self._workspace()
        if data is None or ws is None:
            return
        if self._holding and all(isinstance(e, RatingsChanged) for e in events):
            self._held.extend(events)
            return
        offices = any(isinstance(e, OfficesChanged) for e in events)
        mine = [e for e in events if isinstance(e, WorkshopEvent) and e.concerns(data)]
        whole = offices or any(not isinstance(e, RatingsChanged) for e in mine)
        if not whole and not mine:
            return
        try:
            if whole:
                fresh = queries.workshop(ws, data.workshop.id)
            else:  # ratings only: the rest stands as it was read
                fresh = replace(data, ratings=queries.ratings(ws, data.workshop.id))
            if offices:
                self.offices = {o.id: o for o in queries.offices(ws)}
        except NotFoundError:
            self.data = None  # deleted: the list of workshops chooses another
            return
        self.data = fresh
        rounds = changed_rounds(data, fresh)
        for follower in list(self._followers):
            if offices or any(isinstance(e, follower.kinds) for e in mine):
                follower.shown(fresh, self.offices)
            elif rounds and follower.ratings is not None:
                follower.ratings(fresh, rounds)
