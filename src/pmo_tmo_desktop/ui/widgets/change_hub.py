"""The change events of the open workspace, handed to whoever shows what they are about.

The main window owns one hub and publishes on it what every unit of work changed (as
`services.events` names it); areas and pages subscribe a bound method to the kinds of event
they show. Subscribers are called in the order they subscribed.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import TypeVar

from pmo_tmo_desktop.services.events import Event

E = TypeVar("E", bound=Event)


def _bound(slot: Callable[..., object]) -> None:
    if not inspect.ismethod(slot):
        raise TypeError(f"a subscriber is a bound method, not {slot!r}")


class ChangeHub:
    """Publishes the events of each change to the subscribers of their kinds."""

    def __init__(self) -> None:
        self._subscribers: list[tuple[tuple[type[Event], ...], Callable[..., object], bool]] = []

    def subscribe(self, kind: type[E], slot: Callable[[E], object]) -> None:
        """`slot(event)` for every event of `kind`."""
        _bound(slot)
        self._subscribers.append(((kind,), slot, False))

    def subscribe_any(
        self, kinds: tuple[type[Event], ...], slot: Callable[[tuple[Event, ...]], object]
    ) -> None:
        """`slot(events)` once per change that holds events of `kinds`: all of them at once,
        so that what they share is read and shown once."""
        _bound(slot)
        self._subscribers.append((kinds, slot, True))

    def publish(self, events: Sequence[Event]) -> None:
        for kinds, slot, grouped in list(self._subscribers):
            found = tuple(e for e in events if isinstance(e, kinds))
            if found and grouped:
                slot(found)
            else:
                for event in found:
                    slot(event)
