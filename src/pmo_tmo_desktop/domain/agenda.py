"""When each agenda item starts: clock times from the workshop's start time, or times
counted from the beginning when it has none. One rule for the app, the projector and the
documents."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import time


def starts(durations: Iterable[int], start: time | None) -> list[int]:
    """Each item's start in minutes: from midnight when the workshop has a start time, else
    from its beginning."""
    first = start.hour * 60 + start.minute if start is not None else 0
    return list(itertools.accumulate(durations, initial=first))[:-1]


def clock(minute: int, start: time | None) -> str:
    """ "09:20" with a start time (the day wraps at midnight), else "0:20" from the start."""
    hours, rest = divmod(max(0, minute), 60)
    if start is None:
        return f"{hours}:{rest:02d}"
    return f"{hours % 24:02d}:{rest:02d}"


def times(durations: Iterable[int], start: time | None) -> list[str]:
    """Each item's start as the agenda shows it."""
    return [clock(minute, start) for minute in starts(durations, start)]


def span(minute: int, duration: int, start: time | None) -> str:
    """ "09:20–09:40": an item's time on the clock (only with a start time; else "")."""
    if start is None:
        return ""
    return f"{clock(minute, start)}–{clock(minute + duration, start)}"
